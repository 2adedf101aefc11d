import { afterEach, describe, expect, it } from 'vitest';
import { emergencyById } from '../../commands/emergency/store/emergencies.js';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

/**
 * Someone the bot does not know yet cries for help privately with the door, in the one community it serves: the call goes
 * out as a resident's would. The doctor paged privately answers there without quoting the page, and the one who asked
 * hears that someone is coming.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const textsTo = (out: { chatId: string; text: string }[], chatId: string) => out.filter((o) => o.chatId === chatId).map((o) => o.text);

describe('a newcomer\'s private cry for help with the door', () => {
  it('pages the doctors and the building\'s group when one community is served, and the writer becomes its resident', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    const out = await chat.say('granny (private): 救命 我老头子倒在地上叫不醒 3号楼402');
    expect(textsTo(out, 'private:granny')[0]).toBe('情况危急请立即拨打120!已发出紧急呼叫#1,正在通知医护人员和书记。');
    expect(textsTo(out, '控制台群')[0]).toMatch(/^🚨 紧急:3号楼402需要医护人员!/);
    expect(textsTo(out, 'private:doc')[0]).toContain('情况:我老头子倒在地上叫不醒');
    expect(textsTo(out, 'private:secretary')[0]).toContain('已通知医护志愿者1人');
    expect(chat.db.prepare("SELECT community_id FROM members WHERE user_id = 'granny'").pluck().get()).not.toBeNull();
  });

  it('without a door, or with two communities served, only the secretaries hear and the writer is asked where', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    const out = await chat.say('granny (private): 救命 我老头子倒在地上叫不醒');
    expect(textsTo(out, 'private:granny')[0]).toMatch(/^请立即拨打120!.*请告诉我您住哪个小区/);
    expect(textsTo(out, 'private:doc')).toEqual([]);
    expect(textsTo(out, '控制台群')).toEqual([]);
    await chat.say('secretary [楼9群]: /bind 幸福小区');
    const two = await chat.say('grandpa (private): 救命 我老伴倒在地上叫不醒 3号楼402');
    expect(textsTo(two, 'private:doc')).toEqual([]);
    expect(textsTo(two, 'private:secretary')[0]).toContain('我还不知道此人住哪里');
  });
});

describe('a doctor paged privately', () => {
  it('answers with 「我去」 in that chat without quoting the page; the group, the secretary and the one who asked hear it', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    await chat.say('granny (private): 救命 我老头子倒在地上叫不醒 3号楼402');
    const out = await chat.say('doc (private): 我去');
    expect(textsTo(out, '控制台群')).toEqual(['✅ 紧急呼叫#1:doc 已响应,正在赶往3号楼402。']);
    expect(textsTo(out, 'private:granny')).toEqual(['✅ doc 已响应,正在赶往3号楼402。请开着门、保持电话畅通;情况危急请同时拨打120。']);
    expect(textsTo(out, 'private:secretary')[0]).toContain('doc 已响应');
    expect(emergencyById(chat.db, 1)!.responder_member_id).not.toBeNull();
  });

  it('「我去」 from someone who is no doctor or nurse answers no call; with two calls open the doctor is asked which', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上', 'porter: 4-401 配送 下午']);
    await chat.say('granny (private): 救命 我老头子倒在地上叫不醒 3号楼402');
    await chat.say('porter (private): 我去');
    expect(emergencyById(chat.db, 1)!.responder_member_id).toBeNull();
    await chat.say('li: /sos 6-101 老人昏迷');
    expect(await chat.answer('doc (private): 我去')).toBe('现在有几个紧急呼叫:\n#1 3号楼402\n#2 6号楼101\n请回复(引用)您要去的那条呼叫消息「到」。');
    expect(emergencyById(chat.db, 1)!.responder_member_id).toBeNull();
    expect(emergencyById(chat.db, 2)!.responder_member_id).toBeNull();
  });
});
