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

describe('English words for medicine requests', () => {
  it('a household member who reads English sees the door and the units in English', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('tom: I live at 5-302');
    await chat.say('tom (private): hello');
    const out = await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩1天');
    const text = out.filter((o) => o.chatId === 'private:tom').map((o) => o.text).join('\n');
    expect(text).toContain('5-302');
    expect(text).not.toContain('5号楼302');
    expect(text).toContain('x2 boxes');
    expect(text).toContain('1 day of medicine left');
    expect(text).not.toContain('盒');
  });
});

describe('English plurals in the catalogue', () => {
  it('one request, two requests', async () => {
    const { t } = await import('../../src/kernel/catalogue.js');
    await import('../../commands/medicine/messages.js');
    expect(t('en', 'medicine.bulletin', { received: 1, delivered: 0, open: 1, urgent: 0 })).toContain('1 request received today');
    expect(t('en', 'medicine.bulletin', { received: 2, delivered: 0, open: 1, urgent: 0 })).toContain('2 requests received today');
    expect(t('en', 'medicine.detailDays', { days: 1 })).toBe('1 day of medicine left');
    expect(t('zh-CN', 'medicine.detailDays', { days: 1 })).toBe('还剩1天的药');
  });
});
