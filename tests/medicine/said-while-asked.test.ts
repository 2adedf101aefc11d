import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/** What elderly residents say while a medicine question waits: thanks, and a further medicine run out. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const SUBSTITUTE = '如果配不到原来的药,可以用同成分的其他牌子替换吗?请回复「可以」或「不可以」。';

describe('said while a medicine question waits', () => {
  it('「谢谢侬」 is welcomed and the question still waits; twice does not put the request aside', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我还要一盒阿司匹林')).toBe(SUBSTITUTE);
    expect(await chat.answer('wang (private): 谢谢侬')).toBe('不客气!上面还有一个问题等您回答,回答了我就接着办。');
    expect(await chat.answer('wang (private): thank you so much')).toContain('One question above still waits');
    expect(await chat.answer('wang (private): 可以')).toContain('配药登记 #1 已收到');
  });

  it('「好的 谢谢」 still answers yes', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我还要一盒阿司匹林');
    expect(await chat.answer('wang (private): 好的 谢谢')).toContain('配药登记 #1 已收到');
  });

  it('「还有我家里血糖仪试纸也没了」 adds the strips, asks their count, and both go in one request', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我还要一盒阿司匹林');
    expect(await chat.answer('wang (private): 还有我家里血糖仪试纸也没了')).toBe('好的,记下了。「试纸」要几盒(几瓶、几支)?');
    expect(await chat.answer('wang (private): 两盒')).toBe(SUBSTITUTE);
    const done = await chat.answer('wang (private): 可以');
    expect(done).toContain('1. 阿司匹林 ×1盒');
    expect(done).toContain('2. 试纸 ×2盒');
    expect(requestRows(chat.db)).toHaveLength(1);
  });

  it('a newcomer\'s thanks while the door is asked keeps the request and the question', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('lao (private): 我要配两盒氨氯地平');
    expect(await chat.answer('lao (private): 谢谢')).toBe('不客气!上面还有一个问题等您回答,回答了我就接着办。');
    const out = await chat.say('lao (private): 8号楼601');
    expect(out.map((o) => o.text).join('\n')).toContain(SUBSTITUTE);
  });
});
