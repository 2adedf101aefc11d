import { afterEach, describe, expect, it } from 'vitest';
import { shiftById } from '../../commands/volunteering/store/shifts.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('patrol shifts (三班倒)', () => {
  it('the secretary defines three shifts for three days; volunteers take them by reply', async () => {
    chat = await communityWithVolunteers(['li: 5-302 巡逻 全天', 'wang: 6-101 巡逻 晚上']);
    const [plan] = await chat.say('secretary: /排班 8-16 16-24 0-8 4月21日-4月23日');
    const lines = plan!.text.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe('#1 4月21日 8:00-16:00 — 待认领');
    expect(lines[2]).toBe('#2 4月21日 16:00-24:00 — 待认领');
    expect(lines[3]).toBe('#3 4月22日 0:00-8:00 — 待认领');
    expect(await chat.answer(`li ^${plan!.id}: 接 2`)).toBe('✅ li 认领了巡逻班次 #2(4月21日 16:00-24:00),开始前1小时会提醒您。');
    expect(await chat.answer(`wang ^${plan!.id}: 接 2`)).toBe('班次#2已经由 li 认领了,请选别的班次。');
    expect(await chat.answer(`wang ^${plan!.id}: 接`)).toBe('请写班次编号,例如:接 1');
    expect(await chat.answer(`chen ^${plan!.id}: 接 1`)).toContain('只有登记的志愿者');
    expect(shiftById(chat.db, 1)!.owner_member_id).toBeNull();
    expect(await chat.answer('secretary: /班表')).toContain('#2 4月21日 16:00-24:00 — li');
    expect(await chat.say(`wang ^${plan!.id}: 辛苦2位了`)).toEqual([]);
    // A volunteer who steps down frees the shifts they took.
    await chat.say('li: /退出志愿者');
    expect(shiftById(chat.db, 2)!.owner_member_id).toBeNull();
  });

  it('reminds each volunteer an hour before their shift and tells the secretary about shifts nobody took', async () => {
    chat = await communityWithVolunteers(['li: 5-302 巡逻 全天']);
    const [plan] = await chat.say('secretary: /排班 8-16 16-24 明天');
    await chat.say(`li ^${plan!.id}: 接 2`);
    chat.clock.set(Date.parse('2026-04-21T06:00:00+08:00'));
    const warned = await chat.tick();
    expect(warned.find((o) => o.chatId === 'private:secretary')!.text).toBe('⚠️ 巡逻班次 #1(4月21日 8:00-16:00)2小时后开始,还没人认领。');
    chat.clock.set(Date.parse('2026-04-21T15:00:00+08:00'));
    const reminded = await chat.tick();
    expect(reminded.map((o) => [o.chatId, o.text])).toEqual([['private:li', '⏰ 提醒:您的巡逻班次 #2(4月21日 16:00-24:00)1小时后开始。']]);
  });

  it('a wrong plan gets the right form and creates nothing', async () => {
    chat = await communityWithVolunteers([]);
    expect(await chat.answer('secretary: /排班 随便')).toContain('/排班 8-16 16-24 0-8');
    expect(await chat.answer('secretary: /排班 8-16 4月1日-5月1日')).toContain('最多7天');
    expect(await chat.answer('li: /排班 8-16')).toContain('书记');
  });
});

describe('what a shift warning says about its start', () => {
  it('a plan made at 08:04 for a shift that began at 08:00 says it has started, not that it starts in 2 hours', async () => {
    chat = await communityWithVolunteers(['li: 5-302 巡逻 全天']);
    chat.clock.set(Date.parse('2026-04-21T08:04:00+08:00'));
    await chat.say('secretary: /排班 8-16 16-24 4月21日');
    const warned = await chat.tick();
    const now = warned.filter((o) => o.text.includes('#1('));
    expect(now.length).toBeGreaterThan(0);
    for (const o of now) {
      expect(o.text).toBe('⚠️ 巡逻班次 #1(4月21日 8:00-16:00)已经开始了,还没人认领。');
    }
  });

  it('a shift taken 40 minutes before it starts is reminded as starting in 40 minutes', async () => {
    chat = await communityWithVolunteers(['li: 5-302 巡逻 全天']);
    const [plan] = await chat.say('secretary: /排班 8-16 16-24 4月21日');
    chat.clock.set(Date.parse('2026-04-21T15:20:00+08:00'));
    await chat.say(`li ^${plan!.id}: 接 2`);
    const reminded = await chat.tick();
    expect(reminded.find((o) => o.chatId === 'private:li')!.text).toBe('⏰ 提醒:您的巡逻班次 #2(4月21日 16:00-24:00)40分钟后开始。');
  });
});
