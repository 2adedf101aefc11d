import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

/**
 * A kind named first ("insulin"), its brand said next ("Novorapid pens, 3 of them") while a question waits: one medicine,
 * the brand with its count — not the kind and the brand as two. And what one asked for, asked mid-questions.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('a kind of medicine, then its brand', () => {
  it('a newcomer\'s "insulin", then "Novorapid pens, 3 of them" while the door is asked, is one medicine: the brand, three', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('amy (private): my mum needs insulin, she only has 2 days left');
    await chat.say('amy (private): Novorapid pens, 3 of them');
    expect((await chat.say('amy (private): 3-402')).at(-1)?.text).toContain('another maker');
    const done = await chat.answer('amy (private): yes');
    expect(done).toContain('1. Novorapid pens x3');
    expect(done).not.toContain('insulin');
    expect(done).not.toContain('2.');
    expect(requestRows(chat.db)).toHaveLength(1);
  });

  it('「胰岛素」 then 「诺和锐 两支」 likewise, in Chinese', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('lao (private): 我老伴要打胰岛素 快没了');
    await chat.say('lao (private): 诺和锐 两支');
    await chat.say('lao (private): 8号楼601');
    const done = await chat.answer('lao (private): 可以');
    expect(done).toMatch(/1\. 诺和锐 ?×2/);
    expect(done).not.toContain('2.');
  });

  it('/我的配药 asked while a question waits says the request is not sent yet and what it holds', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光小区');
    await chat.say('wang: /我是 5-302');
    await chat.say('wang (private): 我要配氨氯地平');
    expect(await chat.answer('wang (private): /我的配药')).toBe('正在登记的配药(氨氯地平×?)还差上面的问题没回答,回答后才会交给配药队。');
    expect(requestRows(chat.db)).toHaveLength(0);
  });
});
