import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/** A Cantonese-speaking family's private chat, answered as they write and recorded as they said. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

describe('answers in Cantonese and in words written the same in both scripts', () => {
  it('the name given at any question replaces the kind; 「唔可以換」 is no substitute; 「夜晚」 is evenings, answered in traditional', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('chan (private): 你好 我係8座1203嘅住戶');
    await chat.say('chan (private): 我阿媽嘅降血壓藥食晒 可唔可以幫手配兩盒');
    // The name said when the substitute question waited: taken for the kind, and the question asked again.
    expect(await chat.answer('chan (private): 絡活喜')).toBe('如果配不到原來的藥,可以用同成分的其他牌子替換嗎?請回覆「可以」或「不可以」。');
    expect(await chat.answer('chan (private): 唔可以換')).toContain('絡活喜 ×2盒(不可替換)');
    expect(requestRows(chat.db)).toEqual([{ door: '8-1203', days: 0, items: '络活喜×2' }]);
    expect(chat.db.prepare('SELECT substitute FROM medicine_items').pluck().get()).toBe(0);
    expect(await chat.answer('chan (private): 我想做義工 我識講廣東話同英文')).toBe('請問您什麼時間有空?上午、下午、晚上、週末,還是全天?');
    expect(await chat.answer('chan (private): 夜晚')).toBe('已登記志願者 chan:8號樓,特長:翻譯,有空:晚上。');
  });
});
