import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/** Round 4: names written by their sound, by their condition, and counts that are not whole. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

async function community() {
  chat = await chatWithWang();
  return chat;
}

const requests = () => requestRows(chat.db);

describe('medicine said as residents say it', () => {
  it('a name heard by voice input is recorded as written, and 陪药 is 配药', async () => {
    await community();
    expect(await chat.answer('wang (private): 喂喂 我要陪药 拜唐苹 两盒 胰道素 一盒')).toMatch(/替换吗/);
    const confirm = await chat.answer('wang (private): 不可以');
    expect(confirm).toContain('拜唐苹 ×2盒');
    expect(confirm).toContain('胰道素 ×1盒');
    expect(requests()).toEqual([{ door: '5-302', days: null, items: '拜唐苹×2、胰道素×1' }]);
  });

  it('a need said by its condition is asked for the quantity privately, never named in the group', async () => {
    await community();
    const out = await chat.say('wang: 请问谁能帮我配点降压的 我这边只有三四天的了');
    expect(out.filter((o) => o.isGroup).map((o) => o.text).join('')).not.toMatch(/降压/);
    expect(out.filter((o) => !o.isGroup).map((o) => o.text)).toEqual(['「降压的药」要几盒(几瓶、几支)?']);
    await chat.say('wang (private): 两盒');
    await chat.say('wang (private): 可以');
    expect(requests()).toEqual([{ door: '5-302', days: 3, items: '降压的药×2' }]);
  });

  it('pinyin is read, and the medicine kept as the resident wrote it', async () => {
    await community();
    expect(await chat.answer('wang (private): wo yao pei yao, jiang ya yao liang he')).toMatch(/another maker/);
    expect(await chat.answer('wang (private): yes')).toContain("1. jiang ya yao x2 boxes");
    expect(requests()).toEqual([{ door: '5-302', days: null, items: 'jiang ya yao×2' }]);
  });

  it('in a long voice run-on, the medicine asked for is recorded, not the one said as stock at home', async () => {
    await community();
    const said = '喂喂 我是五号楼的 老太婆的药 一个是二甲双胍 一个是苯磺酸氨氯地平 二甲双胍还有半盒 氨氯地平只剩三天了 所以想请侬帮帮忙 帮阿拉配两盒氨氯地平 放门口就可以 谢谢侬';
    expect(await chat.answer(`wang (private): ${said}`)).toMatch(/替换吗/);
    const confirm = await chat.answer('wang (private): 可以');
    expect(confirm).toContain('苯磺酸氨氯地平 ×2盒');
    expect(confirm).not.toContain('二甲双胍');
    expect(requests()).toEqual([{ door: '5-302', days: 3, items: '苯磺酸氨氯地平×2' }]);
  });

  it('a count and a half is asked, not recorded as one', async () => {
    await community();
    expect(await chat.answer('wang (private): 帮我配一瓶半的止咳糖浆')).toBe('「止咳糖浆」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 一瓶半')).toMatch(/「止咳糖浆」要几盒/);
    await chat.say('wang (private): 两瓶');
    await chat.say('wang (private): 可以');
    expect(requests()).toEqual([{ door: '5-302', days: null, items: '止咳糖浆×2' }]);
  });
});
