import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberByPlatformId } from '../../src/services/members.js';
import { TestChat } from '../helpers/chat.js';

const toFullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('re-binding with a one-time code, as residents type it', () => {
  let chat: TestChat;
  beforeEach(() => {
    chat = new TestChat();
  });
  afterEach(async () => {
    await chat.dispose();
  });

  it('accepts the code in full-width digits, with spaces in it', async () => {
    await chat.say('陈奶奶 (private): /我是 5-302');
    const code = /(\d{6})/.exec(await chat.answer('陈奶奶 (private): /换绑码'))![1]!;
    const spaced = `${toFullWidth(code.slice(0, 3))} ${toFullWidth(code.slice(3))}`;
    const out = await chat.say(`新号 (private): /换绑 ${spaced}`);
    expect(out[0]!.text).toBe('好的,陈奶奶,已找回您的身份,住址和身份都保留着。');
    expect(memberByPlatformId(chat.db, 'console', '新号')?.home_room).toBe('302');
  });

  it('sends the code privately when asked in a group, and says so in the group', async () => {
    const out = await chat.say('陈奶奶: /换绑码');
    expect(out.map((o) => [o.isGroup, o.text.slice(0, 6)])).toEqual([
      [false, '您的换号验证'],
      [true, '验证码已私聊'],
    ]);
  });

  it('explains the form when the code is missing or not six digits', async () => {
    expect(await chat.answer('陈奶奶 (private): /换绑 12')).toBe('请在「/换绑」后面写六位验证码,例如:/换绑 123456');
  });
});
