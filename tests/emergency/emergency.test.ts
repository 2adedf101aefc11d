import { afterEach, describe, expect, it } from 'vitest';
import { emergencyById } from '../../commands/emergency/store/emergencies.js';
import { upsertMember } from '../../src/services/members.js';
import { enqueue, PRIORITY } from '../../src/outbox/store.js';
import { signUp } from '../../commands/volunteering/store/volunteers.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  // The next test may not open a chat: never dispose this one twice.
  chat = undefined!;
});

const VOLUNTEERS = ['doc: 5-302 医生 晚上', 'nurse1: 6-101 护士 全天', 'nurse2: 7-201 护士 上午', 'driver: 3-101 司机 全天', 'porter: 4-401 配送 下午'];
const MEDICS = ['private:doc', 'private:nurse1', 'private:nurse2'];

async function setUp() {
  chat = await communityWithVolunteers(VOLUNTEERS);
  await chat.say('secretary [楼6群]: /bind 阳光二期 楼 6');
  return chat;
}

describe('emergency calls', () => {
  it('reaches the group and every medical volunteer before 50 queued bulletin messages', async () => {
    await setUp();
    for (let i = 0; i < 50; i++) {
      enqueue(chat.db, { platform: 'console', chatId: '控制台群' }, `日报第${i}段`, { priority: PRIORITY.bulk }, chat.clock.now());
    }
    const out = await chat.say('grandson: /sos 5-302 老人昏迷');
    const firstBulk = out.findIndex((o) => o.text.startsWith('日报'));
    expect(firstBulk).toBeGreaterThan(0);
    const before = out.slice(0, firstBulk);
    const group = before.find((o) => o.chatId === '控制台群')!;
    expect(group.text).toBe('🚨 紧急:5号楼302需要医护人员!请医护人员回复本消息“我是”或“到”。情况危急请同时拨打120。(呼叫#1,发起人:grandson)');
    for (const medic of MEDICS) {
      expect(before.find((o) => o.chatId === medic)!.text).toContain('情况:老人昏迷');
    }
    expect(before.find((o) => o.chatId === 'private:secretary')!.text).toContain('已通知医护志愿者3人');
    // Volunteers without a medical skill are not called first.
    expect(out.some((o) => o.chatId === 'private:driver')).toBe(false);
    expect(out.filter((o) => o.text.startsWith('日报'))).toHaveLength(50);
  });

  it('tells the secretary whom to phone when a medic cannot be messaged privately (Telegram)', async () => {
    await setUp();
    const communityId = chat.db.prepare('SELECT id FROM communities').pluck().get() as number;
    const drLi = upsertMember(chat.db, { platform: 'telegram', userId: '4242', displayName: 'drli', communityId }, chat.clock.now());
    signUp(chat.db, { communityId, memberId: drLi.id, building: '5', skills: ['doctor'], availability: ['allday'] }, chat.clock.now());
    const out = await chat.say('grandson: /sos 5-302 老人昏迷');
    expect(out.find((o) => o.chatId === 'private:secretary')!.text).toContain('已通知医护志愿者3人(1位医护志愿者还没私聊过我,无法私信,请电话联系:drli)');
  });

  it('the health detail never goes into a group message', async () => {
    await setUp();
    const out = await chat.say('grandson: /sos 5-302 老人昏迷 有糖尿病');
    for (const o of out.filter((x) => x.isGroup)) expect(o.text).not.toMatch(/昏迷|糖尿病/);
  });

  it('without an answer in two minutes it goes out again, wider: every group and every volunteer', async () => {
    await setUp();
    await chat.say('grandson: /sos 5-302 老人昏迷');
    chat.clock.advance(119_000);
    expect(await chat.tick()).toEqual([]);
    chat.clock.advance(1_000);
    const again = await chat.tick();
    expect(again.filter((o) => o.isGroup).map((o) => o.chatId).sort()).toEqual(['控制台群', '楼6群']);
    expect(again.find((o) => o.isGroup)!.text).toContain('再次紧急呼叫:5号楼302');
    for (const v of ['doc', 'nurse1', 'nurse2', 'driver', 'porter']) {
      expect(again.some((o) => o.chatId === `private:${v}`)).toBe(true);
    }
    expect(again.find((o) => o.chatId === 'private:secretary')!.text).toContain('已扩大到2个群和5位志愿者');
  });

  it('the re-send survives a restart of the bot', async () => {
    await setUp();
    await chat.say('grandson: /sos 5-302 老人昏迷');
    await chat.close();
    chat = new TestChat({ dir: chat.dir, clock: chat.clock });
    chat.clock.advance(3 * 60 * 1000);
    const again = await chat.tick();
    expect(again.some((o) => o.isGroup && o.text.includes('再次紧急呼叫'))).toBe(true);
  });

  it('a call without a door and without a saved home still goes out, naming whom to ask', async () => {
    await setUp();
    const out = await chat.say('stranger: 救命,有人昏倒了');
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:(位置未知,请联系 stranger)需要医护人员');
    expect(out.filter((o) => MEDICS.includes(o.chatId))).toHaveLength(3);
  });

  it('the medics read what happened without the door\'s leftover commas, in the words written', async () => {
    await setUp();
    const out = await chat.say('tom: Help! my wife collapsed, tower 3 flat 2801, not breathing');
    expect(out.find((o) => o.isGroup)!.text).toContain('3号楼2801');
    expect(out.find((o) => o.chatId === 'private:doc')!.text).toContain('my wife collapsed, not breathing');
  });

  it('the first responder is recorded and announced; the call is then not re-sent', async () => {
    await setUp();
    const [post] = await chat.say('grandson: 救命!5号楼302老人晕倒了');
    expect(post!.text).toContain('🚨 紧急:5号楼302');
    const answered = await chat.say(`doc ^${post!.id}: 我是!`);
    expect(answered.find((o) => o.isGroup)!.text).toBe('✅ 紧急呼叫#1:doc 已响应,正在赶往5号楼302。');
    expect(answered.find((o) => o.chatId === 'private:secretary')!.text).toContain('doc 已响应');
    expect(await chat.say(`porter ^${post!.id}: 到底怎么了?`)).toEqual([]);
    expect(await chat.answer(`nurse1 ^${post!.id}: 到`)).toBe('谢谢!doc 已先响应,您也可以前往5号楼302协助。');
    expect(emergencyById(chat.db, 1)!.responder_member_id).not.toBeNull();
    chat.clock.advance(5 * 60 * 1000);
    expect(await chat.tick()).toEqual([]);
  });

  it('a medic can answer from the private message', async () => {
    await setUp();
    const out = await chat.say('grandson: /sos 5-302 老人昏迷');
    const privateCall = out.find((o) => o.chatId === 'private:nurse2')!;
    const answered = await chat.say(`nurse2 (private) ^${privateCall.id}: 马上到`);
    expect(answered.find((o) => o.chatId === '控制台群')!.text).toContain('nurse2 已响应');
  });

  it('an emergency phrase interrupts a half-finished conversation', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(await chat.answer('li: 我要当志愿者')).toContain('几号楼');
    const out = await chat.say('li: 快叫120!7号楼201有人昏迷');
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:7号楼201');
  });

  it('a volunteer cannot close an emergency, is told why, and it stays open; the secretary closes it and the timeline is kept', async () => {
    await setUp();
    const [post] = await chat.say('grandson: /sos 5-302 老人昏迷');
    await chat.say(`doc ^${post!.id}: 到`);
    const refusal = '只有书记可以结束紧急呼叫,这样不会有人误以为已经处理好了。如情况已解决,请告诉书记。';
    // The command is refused by the policy, naming the role; a reply is refused by the capability, saying why.
    expect(await chat.answer('doc: /结束紧急 1')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect(await chat.answer(`doc ^${post!.id}: 已处理`)).toBe(refusal);
    expect(emergencyById(chat.db, 1)!.status).toBe('open');
    expect(await chat.answer('secretary: /结束紧急')).toBe('紧急呼叫#1已处理完毕,谢谢大家!');
    expect(emergencyById(chat.db, 1)!.status).toBe('closed');
    const [log] = await chat.say('secretary (private): /紧急记录 1');
    expect(log!.text.split('\n')).toEqual([
      '紧急呼叫#1(5号楼302,已结束)经过:',
      '09:00 grandson 发起呼叫',
      '09:00 已通知3人',
      '09:00 doc 响应',
      '09:00 secretary 结束呼叫',
    ]);
  });

  it('a volunteer who says they know first aid is signing up, not calling for help', async () => {
    await setUp();
    const out = await chat.say('li: 我要当志愿者 8-101 护士 会急救 全天');
    expect(out.map((o) => o.text)).toEqual([expect.stringContaining('已登记志愿者 li')]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM emergencies').pluck().get()).toBe(0);
  });

  it('traditional Chinese and English callers are understood', async () => {
    await setUp();
    const out = await chat.say('chen: 救命!5號樓302有人暈倒了');
    expect(out.some((o) => o.isGroup && o.text.includes('5号楼302'))).toBe(true);
    await chat.say('tom: /home 7-101');
    const en = await chat.say('tom (private): my neighbour collapsed, please call an ambulance');
    expect(en.find((o) => o.chatId === 'private:tom')!.text).toContain('Emergency call #2 is out');
    expect(en.some((o) => o.chatId === '控制台群' && o.text.includes('7号楼101'))).toBe(true);
  });
});
