import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('the words of medicine requests', () => {
  it('a request number that does not exist is answered as such, not as a missing role', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('wang: /我是 5-302');
    expect(await chat.answer('wang (private): /取消配药 #99')).toBe('没有 #99 这个配药登记,请核对单号。');
    expect(await chat.answer('wang (private): /配药详情 #99')).toBe('没有 #99 这个配药登记,请核对单号。');
    await chat.say('tom: I live at 7-1201');
    expect(await chat.answer('tom (private): /cancelmed #99')).toBe('There is no medicine request #99; please check the number.');
  });
});
