import { afterEach, describe, expect, it } from 'vitest';
import { elderlyOf, planPairs } from '../../commands/volunteering/store/pairing.js';
import { roster } from '../../commands/volunteering/store/volunteers.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  // The next test may not open a chat: never dispose this one twice.
  chat = undefined!;
});

// 30 volunteers, three in each of buildings 1-10.
const volunteers = Array.from({ length: 30 }, (_, i) => `v${i + 1}: ${(i % 10) + 1}-${101 + i} 配送 全天`);
// 45 elderly: five in each of buildings 1-4, four in each of 5-10, and one in building 11 where no volunteer lives.
const elderly = [
  ...Array.from({ length: 44 }, (_, i) => {
    const building = i < 20 ? Math.floor(i / 5) + 1 : Math.floor((i - 20) / 4) + 5;
    return `长者${i + 1} ${building}-${601 + i}${i % 3 === 0 ? ` 1381234${String(1000 + i)}` : ''}`;
  }),
  '长者45 11-101',
];

const communityId = () => chat.db.prepare('SELECT id FROM communities').pluck().get() as number;

describe('elderly pairing (长者一对一)', () => {
  it('pairs 45 elderly residents with 30 volunteers: everyone paired, same building first, nobody more than two', async () => {
    chat = await communityWithVolunteers(volunteers);
    expect(await chat.answer(`secretary: /长者 ${elderly.join('\\n')}`)).toBe('已登记45位长者,现共45位。');
    const out = await chat.say('secretary: /配对');
    const summary = out.find((o) => o.chatId === '控制台群')!;
    expect(summary.text).toContain('已为45位长者配对志愿者(44位同楼),共45位长者、30位志愿者');
    // The group sees counts only; names and doors go privately.
    expect(summary.text).not.toContain('长者1');
    const cid = communityId();
    const pairs = elderlyOf(chat.db, cid);
    expect(pairs.every((e) => e.volunteer_member_id !== null)).toBe(true);
    const building = new Map(roster(chat.db, cid).map((v) => [v.member_id, v.building]));
    expect(pairs.filter((e) => e.building !== '11').every((e) => building.get(e.volunteer_member_id!) === e.building)).toBe(true);
    // Building 11 has no volunteer: the nearest building with room (10) takes it.
    expect(building.get(pairs.find((e) => e.building === '11')!.volunteer_member_id!)).toBe('10');
    const load = new Map<number, number>();
    for (const e of pairs) load.set(e.volunteer_member_id!, (load.get(e.volunteer_member_id!) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(2);
    // Each volunteer is told privately whom to look after, phones masked.
    const told = out.filter((o) => o.chatId.startsWith('private:v'));
    expect(told.length).toBe(load.size);
    expect(told.some((o) => /138\*\*\*\*\d{4}/.test(o.text))).toBe(true);
    expect(told.some((o) => /1381234\d{4}/.test(o.text))).toBe(false);
  });

  it('a building lead pairs the elderly of their own building only', async () => {
    chat = await communityWithVolunteers(volunteers);
    await chat.say(`secretary: /长者 ${elderly.join('\\n')}`);
    await chat.say('secretary: /授权 @lead1 楼组长 1号楼');
    const out = await chat.say('lead1: /配对');
    // Building 1 has three volunteers; one each while volunteers suffice, so two go next door.
    expect(out.find((o) => o.chatId === '控制台群')!.text).toContain('已为5位长者配对志愿者(3位同楼),共5位长者');
    const pairs = elderlyOf(chat.db, communityId());
    expect(pairs.filter((e) => e.volunteer_member_id !== null).map((e) => e.building)).toEqual(['1', '1', '1', '1', '1']);
  });

  it('one elderly person per volunteer while there are enough volunteers', () => {
    const plan = planPairs(
      [1, 2, 3].map((id) => ({ id, building: '5', volunteer_member_id: null })),
      [10, 11, 12, 13].map((memberId) => ({ memberId, building: memberId === 13 ? '6' : '5' })),
    );
    expect([...plan.values()].sort()).toEqual([10, 11, 12]);
  });

  it('a daily check-in reminds each volunteer; those who did not answer "已联系" are listed for the secretary', async () => {
    chat = await communityWithVolunteers(['li: 5-302 配送 全天', 'wang: 6-101 司机 全天']);
    await chat.say('secretary: /长者 张阿姨 5-501\\n李伯伯 6-202');
    await chat.say('secretary: /配对');
    chat.clock.set(Date.parse('2026-04-20T10:00:00+08:00'));
    const reminders = await chat.tick();
    expect(reminders.map((o) => o.chatId).sort()).toEqual(['private:li', 'private:wang']);
    expect(reminders.find((o) => o.chatId === 'private:li')!.text).toContain('张阿姨,5号楼501');
    expect(await chat.answer('li: 已联系')).toBe('好的,已记录今天联系了1位长者,谢谢!');
    expect(await chat.answer('zhao: 已联系')).toBe('您还没有配对的长者。');
    chat.clock.set(Date.parse('2026-04-20T20:00:00+08:00'));
    const report = await chat.tick();
    expect(report).toHaveLength(1);
    expect(report[0]!.chatId).toBe('private:secretary');
    expect(report[0]!.text).toBe('长者一对一:今天还有1位未确认联系:\n李伯伯(6号楼202)— wang');
    // The next day's reminder comes again.
    chat.clock.set(Date.parse('2026-04-21T10:00:00+08:00'));
    expect((await chat.tick()).map((o) => o.chatId).sort()).toEqual(['private:li', 'private:wang']);
  });

  it('a volunteer cannot register elderly residents or pair them', async () => {
    chat = await communityWithVolunteers(['li: 5-302 配送 全天']);
    expect(await chat.answer('li: /长者 张阿姨 5-501')).toContain('书记');
    expect(await chat.answer('li: /配对')).toContain('书记');
    expect(await chat.answer('secretary: /长者 张阿姨')).toContain('姓名 门牌号');
  });
});

describe('what /配对 says about the list', () => {
  it('says the list went privately only when it did; otherwise only how to open a private chat', async () => {
    chat = await communityWithVolunteers(volunteers);
    await chat.say(`secretary: /长者 ${elderly.join('\\n')}`);
    const sent = (await chat.say('secretary: /配对')).find((o) => o.chatId === '控制台群')!.text;
    expect(sent).toContain('名单已私信给您');
    expect(sent).not.toContain('请先私聊我');

    await chat.say('secretary: /授权 @lead1 楼组长 1号楼');
    // lead1 has never written to the bot privately (no private chat to send the list to).
    const msg = chat.adapter.parseLine('lead1: /配对')!;
    msg.senderPrivateChatId = undefined;
    const unsent = (await chat.deliver(msg)).find((o) => o.chatId === '控制台群')!.text;
    expect(unsent).toContain('请先私聊我');
    expect(unsent).not.toContain('名单已私信给您');
  });
});
