import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

async function community() {
  chat = await chatWithWang();
}

const said = (out: { text: string }[]) => out.map((o) => o.text).join('\n');
const ASK_DOOR = '我先记一下您的住址:您是阳光小区的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。';

describe('someone new, asked for the door, who answers with the need instead', () => {
  it('keeps the medicine named and asks for the door again, without "not a door"', async () => {
    await community();
    expect(await chat.answer('lee (private): 我要配药')).toBe(ASK_DOOR);
    expect((await chat.say('lee (private): 氨氯地平')).map((o) => o.text)).toEqual(['好的,记下了。', ASK_DOOR]);
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

describe('someone new who says more before giving the door: nothing said is lost', () => {
  it('a second medicine is kept beside the first', async () => {
    await community();
    expect(await chat.answer('lee (private): 我要配药 氨氯地平 两盒')).toBe(ASK_DOOR);
    const both = said(await chat.say('lee (private): 还有硝苯地平'));
    expect(both).toContain('也记下了');
    expect(both).toContain(ASK_DOOR);
    expect(said(await chat.say('lee (private): 8号楼601'))).toContain('「硝苯地平」要几盒');
    await chat.say('lee (private): 一瓶');
    const receipt = said(await chat.say('lee (private): 可以'));
    expect(receipt).toContain('氨氯地平 ×2盒');
    expect(receipt).toContain('硝苯地平 ×1瓶');
  });

  it('a second need said whole, in traditional characters too', async () => {
    await community();
    await chat.say('lee (private): 我要配藥 氨氯地平 兩盒');
    await chat.say('lee (private): 我還要配藥 二甲雙胍 一瓶');
    await chat.say('lee (private): 8號樓601');
    const receipt = said(await chat.say('lee (private): 可以'));
    expect(receipt).toContain('氨氯地平 ×2盒');
    expect(receipt).toMatch(/二甲[双雙]胍 ×1瓶/);
  });

  it('a second need of another kind is kept too, and done after the first', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平 两盒');
    const kept = said(await chat.say('lee (private): 我还想报名当志愿者'));
    expect(kept).toContain('这件也记下了');
    expect(kept).toContain(ASK_DOOR);
    expect(said(await chat.say('lee (private): 8号楼601'))).toContain('可以用同成分的其他牌子替换吗');
    const done = said(await chat.say('lee (private): 可以'));
    expect(done).toContain('氨氯地平 ×2盒(可替换)');
    expect(done).toContain('接着办您说的另一件事');
    expect(done).toContain('请问您有什么特长');
  });

  it('cancelling the first goes on to the second', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平 两盒');
    await chat.say('lee (private): 我想當志願者');
    await chat.say('lee (private): 8号楼601');
    const out = (await chat.say('lee (private): 取消')).map((o) => o.text);
    expect(out[0]).toBe('好的,已取消。');
    expect(out.join('\n')).toContain('接着办您说的另一件事');
    expect(out.join('\n')).toContain('请问您有什么特长');
  });

  it('in English: medicine, then volunteering', async () => {
    await community();
    await chat.say('tom (private): I need medicine amlodipine 2 boxes');
    expect(said(await chat.say('tom (private): I want to volunteer'))).toContain('I am keeping this too');
    await chat.say('tom (private): building 8 room 601');
    const done = said(await chat.say('tom (private): yes'));
    expect(done).toContain('amlodipine');
    expect(done).toContain('now the other thing you asked for');
  });

  it('a count answered to the door question completes the medicine: it is said to be kept, and the door asked again', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平');
    const out = (await chat.say('lee (private): 两盒')).map((o) => o.text);
    expect(out).toEqual(['好的,记下了。', ASK_DOOR]);
    const next = said(await chat.say('lee (private): 8号楼601'));
    expect(next).not.toContain('要几盒');
    const receipt = said(await chat.say('lee (private): 可以'));
    expect(receipt).toContain('氨氯地平 ×2盒(可替换)');
  });

  it('a sign-up with its door (/志愿者报名 5-101 医生 全天) is not asked the door again', async () => {
    await community();
    expect(said(await chat.say('lee (private): /志愿者报名 5-101 医生 全天'))).toBe('好的,已记下您是阳光小区的居民。\n已登记志愿者 lee:5号楼,特长:医生,有空:全天。');
  });

  it('the count said beside the door is kept too', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平');
    const out = said(await chat.say('lee (private): 8号楼601 两盒'));
    expect(out).not.toContain('要几盒');
    expect(said(await chat.say('lee (private): 可以'))).toContain('氨氯地平 ×2盒(可替换)');
  });

  it('in English: "2 boxes" to the door question', async () => {
    await community();
    await chat.say('tom (private): I need medicine amlodipine');
    expect(said(await chat.say('tom (private): 2 boxes'))).not.toContain('could not read');
    expect(said(await chat.say('tom (private): building 8 room 601'))).not.toContain('How many');
  });
});


describe('someone new who never says where they live: the request is not dropped in silence', () => {
  const MINUTE = 60_000;
  const toSecretary = (out: { chatId: string; text: string }[]) => out.filter((o) => o.chatId === 'private:secretary').map((o) => o.text);

  it('is reminded once after half an hour, the secretary hears after two hours without the medicine, and an answer next morning completes it', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平 两盒');
    chat.clock.advance(29 * MINUTE);
    expect(await chat.tick()).toEqual([]);
    chat.clock.advance(2 * MINUTE);
    const reminded = await chat.tick();
    expect(reminded.map((o) => [o.chatId, o.text])).toEqual([['private:lee', '您刚才的请求我还记着,只差您住哪里:请回复小区和门牌号,例如「5号楼302」,我马上接着办。']]);
    chat.clock.advance(90 * MINUTE);
    const told = toSecretary(await chat.tick());
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('「lee」');
    expect(told[0]).toContain('登记配药');
    expect(told[0]).not.toContain('氨氯地平');
    // Nothing more after that.
    chat.clock.advance(5 * 60 * MINUTE);
    expect(await chat.tick()).toEqual([]);
    // The next morning (14 hours on) the door still completes the request.
    chat.clock.advance(7 * 60 * MINUTE);
    const answered = said(await chat.say('lee (private): 8号楼601'));
    expect(answered).toContain('好的,已记下您是阳光小区的居民。');
    expect(said(await chat.say('lee (private): 可以'))).toContain('氨氯地平 ×2盒');
  });

  it('says nothing more once the door is given', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平 两盒');
    await chat.say('lee (private): 8号楼601');
    chat.clock.advance(3 * 60 * MINUTE);
    expect((await chat.tick()).filter((o) => o.chatId === 'private:lee' || o.chatId === 'private:secretary')).toEqual([]);
  });

  it('in English for an English writer', async () => {
    await community();
    await chat.say('tom (private): I need medicine, amlodipine 2 boxes');
    chat.clock.advance(31 * MINUTE);
    expect((await chat.tick()).map((o) => o.text)).toEqual(['I am still keeping your request; I only need where you live: reply with your community and door, e.g. "5-302", and I will go on at once.']);
  });

  it('is forgotten after a day: a door then is only a door', async () => {
    await community();
    await chat.say('lee (private): 我要配药 氨氯地平 两盒');
    chat.clock.advance(25 * 60 * MINUTE);
    await chat.tick();
    expect(said(await chat.say('lee (private): 8号楼601'))).not.toContain('氨氯地平');
    expect(chat.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get()).toBe(0);
  });
});

describe('someone new who gave the door first, then asks for something', () => {
  it('is not asked for the door again: the one community served is theirs, and the sign-up goes on', async () => {
    await community();
    expect(said(await chat.say('newbie (private): 我是新搬来的 住12号楼801'))).toBe('好的,已记下您是阳光小区的居民。\n已记住:您住12号楼801。以后登记都会用这个地址。');
    const asked = said(await chat.say('newbie (private): 我想报名当志愿者 我会开车'));
    expect(asked).not.toContain('门牌号');
    expect(asked).not.toContain('请回复门牌号');
    expect(asked).toMatch(/什么时间|哪些时间|什么时候/);
    const row = chat.db.prepare(`SELECT c.name, m.home_room FROM members m JOIN communities c ON c.id = m.community_id WHERE m.display_name = 'newbie'`).get();
    expect(row).toEqual({ name: '阳光小区', home_room: '801' });
  });

  it('with a medicine need, the request is recorded under the door given before', async () => {
    await community();
    await chat.say('newbie (private): 我住8号楼601');
    await chat.say('newbie (private): 我要配药 氨氯地平 两盒');
    const receipt = said(await chat.say('newbie (private): 可以'));
    expect(receipt).toContain('门牌:8号楼601');
    expect(receipt).toContain('氨氯地平 ×2盒');
  });
});

describe('a daughter abroad asks for her mother, and says the door again while a question waits', () => {
  it('the door said again is noted, the question stands, and "yes" finishes the request; her data reads in English', async () => {
    await community();
    const first = said(await chat.say("amy (private): Hi, my mum lives in building 12 room 302 and her Norvasc runs out on Friday. Can someone get 2 boxes for her? I'm in Toronto."));
    expect(first).toContain('may we buy the same medicine from another maker?');
    // Before, 「12-302」 here put the request aside ("send 配药 when you want to go on") and the "yes" after it was not understood.
    const again = said(await chat.say('amy (private): 12-302'));
    expect(again).toBe('OK, noted. If the exact brand is not there, may we buy the same medicine from another maker? Reply "yes" or "no".');
    const receipt = said(await chat.say('amy (private): yes'));
    expect(receipt).toContain('Medicine request #1 received');
    expect(receipt).toContain('Door: 12-302');
    expect(receipt).toContain('Norvasc x2 boxes (substitute ok)');
    const data = said(await chat.say('amy (private): what do you have about me?'));
    expect(data).toContain('Home: 12-302');
    expect(data).toContain('Medicine request #1 (submitted, 1 medicine)');
  });

  it('a different door is not taken as the same request', async () => {
    await community();
    await chat.say("amy (private): my mum lives in building 12 room 302, her Norvasc runs out on Friday, can someone get 2 boxes for her?");
    expect(said(await chat.say('amy (private): 12-302'))).toContain('OK, noted.');
    expect(said(await chat.say('amy (private): 14-1101'))).not.toContain('OK, noted.');
  });
});
