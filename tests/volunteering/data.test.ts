import { afterEach, describe, expect, it } from 'vitest';
import { volunteersBulletin, volunteersPersonalData } from '../../commands/volunteering/data.js';
import { localDayWindow } from '../../src/kernel/time.js';
import { emergencyById } from '../../commands/emergency/store/emergencies.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { roster } from '../../commands/volunteering/store/volunteers.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const communityId = () => chat.db.prepare('SELECT id FROM communities').pluck().get() as number;
const today = () => ({ communityId: communityId(), date: '2026-04-20', timeZone: 'Asia/Shanghai', ...localDayWindow('2026-04-20', 'Asia/Shanghai') });

describe('volunteers in the bulletin and in /mydata', () => {
  it('the bulletin counts new volunteers, tasks and emergencies, and names nobody', async () => {
    chat = await communityWithVolunteers(['li: 5-302 医生 晚上', 'wang: 6-101 配送 全天']);
    const [task] = await chat.say('secretary: /任务 搬运物资');
    await chat.say(`wang ^${task!.id}: 接`);
    await chat.say('wang: /完成 1');
    await chat.say('secretary: /任务 送药到6号楼');
    await chat.say('chen: /sos 5-302 老人昏迷');
    await chat.say('secretary: /结束紧急 1');
    const lines = volunteersBulletin.render(chat.db, today(), 'zh-CN')!;
    expect(lines).toEqual(['志愿者:今日新增2人,共2人;任务:未完成1个,今日完成1个;紧急呼叫:今日1起,已处理1起。']);
    expect(lines.join()).not.toMatch(/li|wang|昏迷|5-302/);
  });

  it('a community without volunteers has no volunteer section', async () => {
    chat = await communityWithVolunteers([]);
    expect(volunteersBulletin.render(chat.db, today(), 'en')).toBeUndefined();
  });

  it('describes what is held about a volunteer, and forgetting erases it and frees their tasks', async () => {
    chat = await communityWithVolunteers(['li: 5-302 医生 晚上']);
    const [task] = await chat.say('secretary: /任务 搬运物资');
    await chat.say(`li ^${task!.id}: 接`);
    const li = memberByPlatformId(chat.db, 'console', 'li')!;
    expect(volunteersPersonalData.describe(chat.db, li, 'zh-CN')).toEqual([
      '志愿者登记:5号楼,特长:医生,有空:晚上,小队:未分组,状态:在岗',
      '任务:认领1个,发布0个',
    ]);
    expect(volunteersPersonalData.forget(chat.db, li, chat.clock.now())).toBeGreaterThan(0);
    expect(roster(chat.db, communityId())).toEqual([]);
    expect(volunteersPersonalData.describe(chat.db, li, 'en')).toEqual(['Volunteer record: building ?, skills: none, available: none, team: none, status: stepped down']);
    // /claim goes through the policy, which names the role that is missing now.
    expect(await chat.answer('li: /claim 1')).toBe('这个操作需要志愿者身份。如需开通,请联系书记。');
  });

  it('retention erases the place and health detail of old closed emergencies, keeping the count', async () => {
    chat = await communityWithVolunteers([]);
    await chat.say('chen: /sos 5-302 老人昏迷');
    await chat.say('secretary: /结束紧急 1');
    expect(volunteersPersonalData.expire!(chat.db, communityId(), chat.clock.now() + 1, chat.clock.now())).toBe(1);
    expect(emergencyById(chat.db, 1)).toMatchObject({ door: null, detail: null, status: 'closed' });
    expect(volunteersBulletin.render(chat.db, today(), 'zh-CN')![0]).toContain('紧急呼叫:今日1起');
  });
});
