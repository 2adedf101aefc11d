import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from '../groupbuy/helpers.js';

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
    // In words a secretary reads (issue 16), no longer `member.home member#2` / `role.grant member#2 volunteer`.
    expect(list!.text).toContain('登记住址 · wang');
    expect(list!.text).toContain('wang 授予身份 志愿者 · secretary');
    expect(list!.text).not.toMatch(/member\.home|role\.grant|member#/);
    expect(list!.text).not.toContain('302');
    expect(actions(chat).at(-1)).toBe('audit.read');
  });

  it('the trail of one record, by kind and number', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary: /保留 30');
    const [list] = await chat.say('secretary (private): /audit community#1');
    expect(list!.text).toContain('secretary: set how long data is kept, the community (30 days)');
    expect(list!.text).toContain('secretary: bound a group, the community');
    expect((await chat.say('secretary (private): /audit task#99'))[0]!.text).toBe('No audit entries for task#99.');
  });

  it('a record is asked for in Chinese words as well as by its stored name, and each entry reads as words', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: /buy B 2');
    const gb = '1';
    const [zh] = await chat.say(`secretary (private): /记录 团购#${gb}`);
    expect(zh!.text).toContain(`操作记录(团购#${gb}`);
    expect(zh!.text).toContain(`团购#${gb} 新订单 2件 · wang`);
    expect(zh!.text).not.toContain('groupbuy.order');
    const [en] = await chat.say(`secretary (private): /audit groupbuy#${gb}`);
    expect(en!.text).toContain(`wang: placed an order, group-buy #${gb} (2 pieces)`);
    expect((await chat.say('secretary (private): /记录 任务#99'))[0]!.text).toBe('没有找到任务#99的操作记录。');
    expect(await chat.answer('secretary (private): /记录 随便#99')).toContain('/记录 @某人');
  });

  it('a community\'s trail shows only what happened in that community', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary [B群]: /bind 明月小区');
    await chat.say('wang: /我是 5-302');
    await chat.say('wang [B群]: /我是 7-701');
    const [list] = await chat.say('secretary: /记录 @wang');
    expect(list!.text.match(/登记住址/g)).toHaveLength(1);
    const [other] = await chat.say('secretary [B群]: /记录 @wang');
    expect(other!.text.match(/登记住址/g)).toHaveLength(1);
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

describe('the audit trail in words', () => {
  it('every action the code records has words of its own in both languages', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { allEntries } = await import('../../src/kernel/catalogue.js');
    const { loadAllMessages } = await import('../../src/tools/catalogue.js');
    await loadAllMessages();
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const actions = new Set<string>();
    for (const file of [...files('commands'), ...files('src')]) {
      const source = readFileSync(file, 'utf8');
      // ctx.record('task.claim', …), ctx.record(created ? 'a.b' : 'a.c', …) and { action: 'task.overdue', … }
      for (const call of source.matchAll(/\.record\(([^;]*?)(?:,|\))|action: ('[a-z]+(?:\.[a-zA-Z]+)+')/g)) {
        for (const word of (call[1] ?? call[2] ?? '').matchAll(/'([a-z]+(?:\.[a-zA-Z]+)+)'/g)) actions.add(word[1]!);
      }
      if (source.includes('`groupbuy.order.${change.kind}`')) ['new', 'updated', 'cancelled'].forEach((k) => actions.add(`groupbuy.order.${k}`));
    }
    expect(actions.size).toBeGreaterThan(70);
    const missing = [...actions].filter((a) => !allEntries().has(`audit.do.${a}`));
    expect(missing).toEqual([]);
  });
});
