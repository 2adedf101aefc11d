import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
const all = async (line: string) => (await chat.say(line)).map((o) => o.text).join('\n');

// In a tower compound the domestic helper (住家阿姨) writes for her employer's household, and foreigners write in English.
describe('a request written for an employer, or in English with pens', () => {
  it("names the employer's elder whole: 「雇主家老太太」, not 「主家老太太」", async () => {
    chat = await chatWithWang();
    await chat.say('ayi (private): 我是T3-2801的阿姨 雇主家老太太的药快没了 帮忙登记一下 阿托伐他汀 两盒');
    const done = await all('ayi (private): 可以');
    expect(done).toContain('门牌:3号楼2801 雇主家老太太');
    expect(done).not.toMatch(/(?<!雇)主家老太太/);
  });

  it('counts insulin in pens in English, as the resident wrote, and other 支 in tubes', async () => {
    chat = await chatWithWang();
    await chat.say('tom (private): Hi, I live in tower 3 flat 2801. My wife needs her insulin refilled, 3 pens. Is that possible?');
    expect(await all('tom (private): yes')).toContain('insulin x3 pens');
    await chat.say('tom (private): I also need 2 tubes of hydrocortisone cream please');
    expect(await all('tom (private): yes')).toMatch(/hydrocortisone cream x2 tubes/i);
  });
});
