import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

/**
 * A neighbour's need said with the writer's own door first and the neighbour's room alone after it
 * (「我住5-301, 帮502阿婆配…」): the request is the neighbour's household's, in the writer's building —
 * never filed under the writer's door, where the writer's household would see it as theirs.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const doors = () => chat.db.prepare('SELECT door FROM medicine_requests ORDER BY id').pluck().all();

describe("a neighbour's room after the writer's door", () => {
  it.each([
    ['我住5-301, 帮502阿婆配两盒氨氯地平 可以换牌子', '5-502'],
    ['我是3号楼201的 楼上501王伯伯降压药没了 帮他配一盒 可以替换', '3-501'],
    ['我住12號樓1203 樓下1103的爺爺速效救心丸只剩一瓶了 幫忙配兩瓶 可以換', '12-1103'],
    ['I live at 8-302, my neighbour in 402 needs 2 boxes of metformin, any brand is fine', '8-402'],
  ])('「%s」 is recorded for %s', async (text, door) => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say(`lee: ${text}`);
    expect(doors()).toEqual([door]);
  });

  it("a dose or a count after the writer's door is no room: the writer's own request stays theirs", async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('lee: 我住5-301 阿姨的药是500mg的二甲双胍 要两盒 可以换牌子');
    expect(doors()).toEqual(['5-301']);
  });
});

describe("a need, then another household's need said to be met", () => {
  it('「7號樓1101 拜新同兩盒 7號樓1102已經配到了」 records 1101 and nothing for 1102', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('lead: /我是 7-101');
    const out = await chat.say('lead: 7號樓1101 拜新同兩盒 7號樓1102已經配到了 可以換牌子');
    expect(doors()).toEqual(['7-1101']);
    expect(out.find((o) => o.isGroup)!.text).toBe('已收到配藥登記 #1(7號樓),詳情已私聊確認。');
  });
});
