import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const actions = (c: TestChat) => c.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();

describe('the audit trail', () => {
  it('records binding, homes, grants and revocations: who, what, which record, from which chat', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('wang: /我是 5-302');
    await chat.say('secretary: /授权 @wang 志愿者');
    await chat.say('secretary: /撤销 @wang 志愿者');
    expect(actions(chat)).toEqual(['chat.bind', 'member.home', 'role.grant', 'role.revoke']);
    const grant = chat.db.prepare(`SELECT * FROM audit_log WHERE action = 'role.grant'`).get() as Record<string, unknown>;
    expect(grant).toMatchObject({ actor_member_id: 1, record_kind: 'member', record_id: '2', chat_id: '控制台群', detail: 'volunteer' });
  });

  it('the secretary lists a person\'s trail privately, and reading it is recorded too', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('wang: /我是 5-302');
    await chat.say('secretary: /授权 @wang 志愿者');
    const [list, ack] = await chat.say('secretary: /记录 @wang');
    expect(ack!.text).toBe('已私信发给您。');
    expect(list!.chatId).toBe('private:secretary');
    expect(list!.text).toContain('操作记录(wang(#2)');
    expect(list!.text).toContain('wang(#2) member.home member#2');
    expect(list!.text).toContain('secretary(#1) role.grant member#2 volunteer');
    expect(list!.text).not.toContain('302');
    expect(actions(chat).at(-1)).toBe('audit.read');
  });

  it('the trail of one record, by kind and number', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary: /保留 30');
    const [list] = await chat.say('secretary (private): /audit community#1');
    expect(list!.text).toContain('retention.set community#1 days:30');
    expect(list!.text).toContain('chat.bind community#1');
    expect((await chat.say('secretary (private): /audit task#99'))[0]!.text).toBe('No audit entries for task#99.');
  });

  it('a community\'s trail shows only what happened in that community', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary [B群]: /bind 明月小区');
    await chat.say('wang: /我是 5-302');
    await chat.say('wang [B群]: /我是 7-701');
    const [list] = await chat.say('secretary: /记录 @wang');
    expect(list!.text.match(/member\.home/g)).toHaveLength(1);
    const [other] = await chat.say('secretary [B群]: /记录 @wang');
    expect(other!.text.match(/member\.home/g)).toHaveLength(1);
  });

  it('a wrong /audit gets the right form', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(await chat.answer('secretary: /记录 随便')).toContain('/记录 @某人');
    expect(await chat.answer('secretary: /记录')).toContain('/记录 @某人');
  });

  it('nothing can change or delete the trail, not even the database connection the bot uses', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(() => chat.db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => chat.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(actions(chat)).toEqual(['chat.bind']);
  });

  it('a /forgetme leaves the trail whole', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: /forgetme');
    await chat.say('wang: 确认');
    expect(actions(chat)).toEqual(['chat.bind', 'member.home', 'member.forget']);
  });
});
