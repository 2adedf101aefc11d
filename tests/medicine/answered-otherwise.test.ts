import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/**
 * A medicine question answered the way an elderly resident answers it: with the days left instead of the count,
 * with 「不知道」, by giving up, or by asking later where a request stands that was never finished.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const LET_GO = '好的,配药登记先放一放,刚才说的我都记着。想接着登记时发「配药」就行。';

describe('a medicine question answered with something else the request needs', () => {
  it('the days left said at 「要几盒」 are kept (correcting 「快没了」), and the count asked again without 「没看懂」', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我妈心脏不好 地高辛快没了')).toBe('「地高辛」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 还有3天')).toBe('好的,记下了。「地高辛」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 两盒')).toMatch(/替换/);
    expect(await chat.answer('wang (private): 可以')).toMatch(/#1[\s\S]*3\s*天/);
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: 3, items: '地高辛×2' }]);
  });

  it('in English: "about a week left" at the count question is kept', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): I need to refill my amlodipine')).toMatch(/How many of "amlodipine"/);
    expect(await chat.answer('wang (private): I have 5 days left')).toBe('OK, noted. How many of "amlodipine" (boxes, bottles)?');
    await chat.say('wang (private): 2 boxes');
    await chat.say('wang (private): yes');
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: 5, items: 'amlodipine×2' }]);
  });

  it('「我也不知道」 at the count question starts from one, and the confirmation shows it', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药 氨氯地平');
    expect(await chat.answer('wang (private): 我也不知道')).toMatch(/替换/);
    expect(await chat.answer('wang (private): 可以')).toMatch(/氨氯地平 ×1/);
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: null, items: '氨氯地平×1' }]);
  });

  it('a count said with a hedge ("not sure, maybe 2?", 「大概两盒吧」) is the count', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): I need to refill my amlodipine');
    expect(await chat.answer('wang (private): not sure, maybe 2?')).toMatch(/another maker/);
    await chat.say('wang (private): yes');
    await chat.say('wang (private): 我要配药 硝苯地平');
    expect(await chat.answer('wang (private): 大概两盒吧')).toMatch(/替换/);
    await chat.say('wang (private): 可以');
    expect(requestRows(chat.db)).toEqual([
      { door: '5-302', days: null, items: 'amlodipine×2' },
      { door: '5-302', days: null, items: '硝苯地平×2' },
    ]);
  });

  it('「算了 不配了」 at any question gives the request up, and nothing is recorded', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药 氨氯地平');
    expect(await chat.answer('wang (private): 算了 不配了')).toBe('好的,已取消。');
    expect(await chat.answer('wang (private): 两盒')).not.toMatch(/替换/);
    expect(requestRows(chat.db)).toEqual([]);
  });
});

describe('a request put aside before it was finished', () => {
  it('is told as unfinished when asked after (「药什么时候能到」, 「我的配药」), not 「答不上来」; 「算了 不配了」 drops it', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药 氨氯地平');
    await chat.say('wang (private): 今天有团购吗');
    expect(await chat.answer('wang (private): 明天的菜什么时候到')).toBe(LET_GO);
    const unfinished = '还有一份配药登记没填完(氨氯地平×?),还没交给配药队。发「配药」接着填。';
    expect(await chat.answer('wang (private): 药什么时候能到')).toBe(unfinished);
    expect(await chat.answer('wang (private): 我的配药')).toBe(unfinished);
    expect(await chat.answer('wang (private): 算了 不配了')).toBe('好的,没填完的配药登记(氨氯地平×?)不办了。');
    expect(await chat.answer('wang (private): 我的配药')).toBe('您家还没有配药登记。要登记的话,直接说要配什么药、几盒就行。');
    expect(await chat.answer('wang (private): 配药')).toMatch(/请告诉我要配的药/);
    expect(requestRows(chat.db)).toEqual([]);
  });
});

describe('a newcomer asked for their door', () => {
  it('is told a count said meanwhile was kept (「兩盒」 was met by the bare door question), and the request goes on with it', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('wong (private): 你好 我阿媽嘅降血壓藥食晒啦 可唔可以幫手配');
    expect((await chat.say('wong (private): 兩盒')).map((o) => o.text)[0]).toBe('好的,記下了。');
    expect((await chat.say('wong (private): 12座1502')).map((o) => o.text)).toEqual(['好的,已記下您是阳光小区的居民。', expect.stringMatching(/替換嗎/)]);
    await chat.say('wong (private): 可以');
    expect(requestRows(chat.db)).toEqual([{ door: '12-1502', days: 0, items: '降血压药×2' }]);
  });
});
