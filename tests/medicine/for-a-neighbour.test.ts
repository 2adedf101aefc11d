import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from '../groupbuy/helpers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const count = (sql: string) => chat.db.prepare(sql).pluck().get() as number;

describe('medicine reported for a neighbour while a group-buy is open', () => {
  it('「替12号楼王阿婆报:降糖药+降压药 各一盒」 is a medicine request for that home, not a group-buy order', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    const out = await chat.say('wang: 替12号楼王阿婆报:降糖药+降压药 各一盒 12-102 她耳朵背电话打不通');
    // In the group: only that the rest is asked privately, never the medicine; no order for the group-buy.
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    expect(count('SELECT COUNT(*) FROM groupbuy_orders')).toBe(0);
    expect(out.filter((o) => o.chatId === 'private:wang').map((o) => o.text).join('\n')).toContain('可以用同成分的其他牌子替换吗');
    const done = await chat.answer('wang (private): 可以');
    expect(done).toContain('降糖药');
    expect(done).toContain('降压药');
    const request = chat.db.prepare(`SELECT r.door, group_concat(i.name || '×' || i.quantity, '、') AS items FROM medicine_requests r JOIN medicine_items i ON i.request_id = r.id GROUP BY r.id`).get();
    expect(request).toEqual({ door: '12-102', items: '降糖药×1、降压药×1' });
  });
});

describe('medicine posted for a neighbour by someone who gives their own door first', () => {
  it('「我是3号楼201的小李 楼下王阿姨(3号楼101)…」 is recorded for 3-101, the neighbour the medicine goes to', async () => {
    chat = await communityWithLeader();
    await chat.say('li: /我是 3-201');
    const out = await chat.say('li: 我是3号楼201的小李 楼下王阿姨(3号楼101)让我帮她发一下 她的降压药络活喜吃完了 要两盒 可以换牌子');
    // The medicine's name is never said in the group.
    expect(out.filter((o) => o.isGroup).map((o) => o.text).join('\n')).not.toContain('络活喜');
    const request = chat.db.prepare(`SELECT r.door, group_concat(i.name || '×' || i.quantity, '、') AS items FROM medicine_requests r JOIN medicine_items i ON i.request_id = r.id GROUP BY r.id`).get();
    expect(request).toEqual({ door: '3-101', items: '络活喜×2' });
  });
});
