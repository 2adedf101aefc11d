import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光小区');
  await chat.say('wang: /我是 5-302');
}

const said = (out: { text: string }[]) => out.map((o) => o.text).join('\n');
const ASK_DOOR = '我先记一下您的住址:您是阳光小区的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。';

describe('someone new, asked for the door, who answers with the need instead', () => {
  it('keeps the medicine named and asks for the door again, without "not a door"', async () => {
    await community();
    expect(await chat.answer('lee (private): 我要配药')).toBe(ASK_DOOR);
    expect((await chat.say('lee (private): 氨氯地平')).map((o) => o.text)).toEqual([ASK_DOOR]);
    expect(said(await chat.say('lee (private): 8号楼601'))).toContain('「氨氯地平」要几盒');
    await chat.say('lee (private): 两盒');
    const receipt = said(await chat.say('lee (private): 可以'));
    expect(receipt).toContain('门牌:8号楼601');
    expect(receipt).toContain('氨氯地平 ×2盒(可替换)');
  });

  it('a need and the door in one answer: both are kept', async () => {
    await community();
    await chat.say('lee (private): 我要配药');
    const out = said(await chat.say('lee (private): 降压药没了 我住8号楼601'));
    expect(out).toContain('好的,已记下您是阳光小区的居民。');
    expect(out).toContain('「降压药」要几盒');
    expect(chat.db.prepare("SELECT home_building || '-' || home_room FROM members WHERE user_id = 'lee'").pluck().get()).toBe('8-601');
  });

  it('in English too', async () => {
    await community();
    await chat.say('tom (private): I need medicine');
    expect(said(await chat.say('tom (private): amlodipine'))).toContain('Reply with your door number');
    expect(said(await chat.say('tom (private): building 8 room 601'))).toContain('How many of "amlodipine"');
  });
});
