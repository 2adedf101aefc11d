import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

async function boundChat() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  return chat;
}

describe('communities and roles', () => {
  it('a secretary binds a group to a community from inside it', async () => {
    chat = new TestChat();
    expect(await chat.answer('secretary: /bind 阳光二期 楼 5,6')).toBe('本群已绑定到「阳光二期」,服务5、6号楼。');
    expect(await chat.answer('secretary [志愿者群]: /bind 阳光二期 志愿者群')).toContain('志愿者群');
  });

  it('a resident cannot bind or grant, and is told which role is needed', async () => {
    await boundChat();
    expect(await chat.answer('wang: /bind 别的小区')).toContain('书记');
    expect(await chat.answer('wang: /授权 @li 楼组长 5号楼')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
  });

  it('grants and revokes by member id, never by display name', async () => {
    await boundChat();
    expect(await chat.answer('secretary: /授权 @li 楼组长 5号楼')).toBe('已授予 li 5号楼楼组长身份。');
    expect(await chat.answer('li: /身份')).toContain('5号楼楼组长');
    expect(await chat.answer('secretary: /撤销 @li 楼组长')).toContain('已撤销');
    expect(await chat.answer('li: /身份')).toBe('li 的身份:居民');
  });

  it('a granted secretary may grant; a copied display name does not carry the role', async () => {
    await boundChat();
    await chat.say('secretary: /授权 @zhang 书记');
    expect(await chat.answer('zhang: /授权 @li 团长')).toContain('已授予');
    // Someone else calling themselves "zhang" on another platform id is another member.
    const impostor = chat.adapter.parseLine('zhang: /授权 @wang 团长')!;
    impostor.senderId = 'someone-else';
    const [answer] = await chat.deliver(impostor);
    expect(answer!.text).toContain('需要书记身份');
  });

  it('grants by replying to the person\'s message', async () => {
    await boundChat();
    await chat.say('li: 我可以帮忙');
    const liMessage = chat.db.prepare('SELECT message_id FROM incoming_messages ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const grant = chat.adapter.parseLine('secretary: /grant volunteer')!;
    grant.replyToMessageId = liMessage;
    const [answer] = await chat.deliver(grant);
    expect(answer!.text).toBe('li is now volunteer.');
  });

  it('a role command in an unbound group says how to bind it, and changes nothing', async () => {
    chat = new TestChat();
    expect(await chat.answer('secretary: /授权 @li 团长')).toContain('/bind');
    expect(chat.db.prepare('SELECT COUNT(*) FROM member_roles').pluck().get()).toBe(0);
  });
});
