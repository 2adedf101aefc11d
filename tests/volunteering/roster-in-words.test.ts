import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** The secretary asks in words how many volunteers there are: the roster. A resident's same words are talk. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('the roster asked in words', () => {
  it('「现在有几个志愿者」 and "how many volunteers do we have?" privately from the secretary give the roster', async () => {
    chat = await chatWithWang('v1: /志愿者报名 5-101 司机 全天', 'v2: /志愿者报名 6-101 医生 晚上');
    expect((await chat.answer('secretary (private): 现在有几个志愿者')).split('\n')[0]).toBe('志愿者共2人');
    expect((await chat.answer('secretary (private): how many volunteers do we have?')).split('\n')[0]).toBe('2 volunteers');
    expect(await chat.answer('wang (private): 现在有几个志愿者')).not.toContain('志愿者共');
  });
});
