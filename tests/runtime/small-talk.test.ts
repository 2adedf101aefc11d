import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** What a neighbour would answer to words that ask nothing: never a menu of choices. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const MENU = /回复数字就好|reply with the number/i;

describe('small talk said to the bot', () => {
  it('privately: 「好的」, 「嗯嗯」 and 👍 get no answer; thanks are welcomed and a greeting greeted, in the writer\'s language', async () => {
    chat = await chatWithWang();
    for (const ack of ['好的', '嗯嗯', '👍', '收到', 'ok', '我知道了']) expect(await chat.say(`wang (private): ${ack}`), ack).toEqual([]);
    expect(await chat.answer('wang (private): 谢谢你们 辛苦了')).toBe('不客气!有需要随时跟我说。');
    expect(await chat.answer('chan (private): 多謝晒!')).toMatch(/^不客氣!有需要隨時跟我說/);
    expect(await chat.answer('wang (private): Thanks a lot 🙏')).toBe('You are welcome! Tell me whenever you need something.');
    expect(await chat.answer('wang (private): 早上好')).toContain('有事直接跟我说就行');
    expect(await chat.answer('wang (private): hi there')).toMatch(/^Hello! Just tell me what you need.*\/help/);
    expect(await chat.answer('wang: @邻里 你好')).toContain('/帮助');
  });

  it('thanks beside news that asks nothing are welcomed (「谢谢 救护车来了」, 「药收到了 多谢你们」), never a menu; thanks beside a question still get its answer', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 谢谢 救护车来了')).toBe('不客气!有需要随时跟我说。');
    expect(await chat.answer('wang (private): 药收到了 多谢你们')).toBe('不客气!有需要随时跟我说。');
    expect(await chat.answer('wang (private): thanks, the ambulance is here')).toBe('You are welcome! Tell me whenever you need something.');
    expect(await chat.answer('wang (private): 谢谢 请问封控什么时候结束')).toMatch(/^这个我答不上来/);
    expect(await chat.say('wang: 谢谢 救护车来了')).toEqual([]);
  });

  it('thanks with a need beside them are the need; a question it cannot answer still gets the choices', async () => {
    chat = await chatWithWang();
    const asked = await chat.answer('wang (private): 请问封控什么时候结束');
    expect(asked).toMatch(/^这个我答不上来,居委的通知会发在群里。我能帮您:\n1\. 登记配药/);
    expect(asked).toMatch(MENU);
    const need = await chat.answer('wang (private): 谢谢 我的降压药快吃完了');
    expect(need).not.toContain('不客气');
    expect(need).toContain('「降压药」要几盒');
  });

  it('in the group, thanks to neighbours are left alone; thanks said to the bot are welcomed in one line', async () => {
    chat = await chatWithWang();
    expect(await chat.say('wang: 谢谢大家')).toEqual([]);
    expect(await chat.answer('wang: @邻里 谢谢')).toBe('不客气!有需要随时跟我说。');
    expect(await chat.say('wang: @邻里 好的')).toEqual([]);
  });
});
