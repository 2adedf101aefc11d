import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** What the one who called for help says next, privately: passed on to whoever is going and to the secretaries. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

async function aCallAnswered(): Promise<TestChat> {
  const c = await chatWithWang('secretary: /授权 @doc 志愿者', 'doc: /我是 3-101', 'doc: 我是医生 可以帮忙 全天', 'mom: /我是 12-2304');
  await c.say('mom (private): 我儿子烧到40度 现在在抽搐 怎么办');
  return c;
}

describe('the caller\'s next words', () => {
  it('「他不抽了 现在睡着了」 reaches the doctor on the way and the secretary, privately; the caller is told so', async () => {
    chat = await aCallAnswered();
    await chat.say('doc (private): 我去');
    const out = await chat.say('mom (private): 他不抽了 现在睡着了');
    const relayed = out.filter((o) => o.text === '🚨 紧急呼叫#1(12号楼2304):mom 又说:他不抽了 现在睡着了');
    expect(relayed.map((o) => o.chatId).sort()).toEqual(['private:doc', 'private:secretary']);
    expect(out.at(-1)?.text).toBe('已转告正在赶来的 doc 和居委。情况变危急请马上拨打120。');
    // Health details never reach a group.
    expect(groupOf(out)).toEqual([]);
  });

  it('before anyone has answered, the secretary hears it', async () => {
    chat = await aCallAnswered();
    const out = await chat.say('mom (private): 他嘴唇有点发紫');
    expect(out.map((o) => o.text)).toContain('呼叫#1已经发出,正在找医护人员,新情况已转告他们和居委。情况危急请立即拨打120!');
    expect(out.find((o) => o.chatId === 'private:doc')?.text).toContain('他嘴唇有点发紫');
    expect(out.find((o) => o.chatId === 'private:secretary')?.text).toContain('他嘴唇有点发紫');
    // Not a second call: nobody is paged again under another number.
    expect(out.map((o) => o.text).join('\n')).not.toContain('#2');
    expect(groupOf(out)).toEqual([]);
    const calm = await chat.say('mom (private): 他现在睡着了');
    expect(calm.at(-1)?.text).toBe('已转告医护志愿者和居委。情况变危急请马上拨打120。');
    expect(calm.find((o) => o.chatId === 'private:doc')?.text).toBe('🚨 紧急呼叫#1(12号楼2304):mom 又说:他现在睡着了');
  });

  it('the same cry again in the group while the call is open is not a second call', async () => {
    chat = await chatWithWang('li: /我是 6-201');
    await chat.say('li: 救命 我妈倒在地上叫不醒');
    const again = await chat.say('li: 快来人啊 我妈还是叫不醒');
    expect(groupOf(again)).toEqual(['呼叫#1已经发出,正在找医护人员,新情况已转告他们和居委。情况危急请立即拨打120!']);
  });

  it('another of the household calling for the same door is news of the same call', async () => {
    chat = await aCallAnswered();
    await chat.say('dad: /我是 12-2304');
    const out = await chat.say('dad: 救命 我儿子在抽搐 12号楼2304');
    expect(groupOf(out)).toEqual(['呼叫#1已经发出,正在找医护人员,新情况已转告他们和居委。情况危急请立即拨打120!']);
    expect(out.find((o) => o.chatId === 'private:doc')?.text).toBe('🚨 紧急呼叫#1(12号楼2304):dad 又说:我儿子在抽搐');
  });

  it('someone with no open call gets the usual choices, and a need said by the caller is read as a need', async () => {
    chat = await aCallAnswered();
    expect(await chat.answer('wang (private): 他不抽了 现在睡着了')).toContain('您是想');
    expect((await chat.say('mom (private): 我的降压药快吃完了 氨氯地平 两盒 可以替换')).map((o) => o.text).join('\n')).toContain('配药登记 #1 已收到');
  });
});
