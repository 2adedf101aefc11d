import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/** A medicine question is not asked for ever: someone talking of something else is let go, and the request waits. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const LET_GO = '好的,配药登记先放一放,刚才说的我都记着。想接着登记时发「配药」就行。';

describe('a medicine question answered with something else', () => {
  it('is asked once more, then let go; the next message is read as it reads, and 「配药」 picks the request up where it stopped', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我要配药 氨氯地平')).toBe('「氨氯地平」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 今天有团购吗')).toBe('没看懂这一句。「氨氯地平」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 明天的菜什么时候到')).toBe(LET_GO);
    expect(await chat.answer('wang (private): 谢谢')).toBe('不客气!有需要随时跟我说。');
    expect(requestRows(chat.db)).toEqual([]);
    expect(await chat.answer('wang (private): 配药')).toBe('「氨氯地平」要几盒(几瓶、几支)?');
    await chat.say('wang (private): 两盒');
    await chat.say('wang (private): 可以替换');
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: null, items: '氨氯地平×2' }]);
  });

  it('an answer after a miss counts again from nothing', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药 氨氯地平');
    await chat.say('wang (private): 嗯 让我看看');
    expect(await chat.answer('wang (private): 两盒')).toMatch(/替换/);
    expect(await chat.answer('wang (private): 等一下我问问医生')).toMatch(/没看懂这一句/);
    expect(await chat.answer('wang (private): 可以')).toMatch(/已登记|#1/);
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: null, items: '氨氯地平×2' }]);
  });

  it('in English the same', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): I need to refill my amlodipine');
    await chat.say('wang (private): what time is the vegetable delivery');
    expect(await chat.answer('wang (private): is the gate open today')).toBe('OK, I will leave the medicine request for now; what you told me is kept. Send "配药" (or /med) when you want to go on.');
  });
});

describe('the request let go', () => {
  it('is picked up by /med as by 「配药」', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): I need to refill my amlodipine');
    await chat.say('wang (private): what time is the vegetable delivery');
    await chat.say('wang (private): is the gate open today');
    expect(await chat.answer('wang (private): /med')).toBe('How many of "amlodipine" (boxes, bottles)?');
  });
});
