import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** Someone living alone who says privately they are afraid: comforted, asked, and on 「是」 the secretary hears. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const ASK = '别担心,有事随时跟我说;遇到危险直接说「救命」,我马上叫医护志愿者。要不要我请居委安排志愿者每天联系您?回复「是」。';

describe('living alone and afraid', () => {
  it('「我一个人住 有点害怕」 privately is comforted and asked; 「是」 tells the secretary with the door, and the writer', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我一个人住 有点害怕')).toBe(ASK);
    const out = await chat.say('wang (private): 是');
    expect(out.find((o) => o.chatId === 'private:secretary')?.text).toBe('🧓 wang(5-302)私聊说一个人住、有点害怕,希望有志愿者每天联系。可用 /长者 登记后 /配对。');
    expect(out.find((o) => o.chatId === 'private:wang')?.text).toBe('好的,已告诉居委,会安排志愿者联系您。有急事直接跟我说,或打120。');
  });

  it('「不用」 tells nobody; said in the group, or danger said beside it, it is not this', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): I live alone and I am scared');
    const out = await chat.say('wang (private): 不用');
    expect(out.filter((o) => o.chatId === 'private:secretary')).toEqual([]);
    expect(await chat.say('wang: 我一个人住 有点害怕')).toEqual([]);
    expect((await chat.say('wang (private): 我一个人在家 晕倒了 救命'))[0]?.text).toMatch(/^情况危急请立即拨打120!已发出紧急呼叫#1/);
  });
});
