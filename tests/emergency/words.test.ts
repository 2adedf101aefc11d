import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('the words of an emergency call', () => {
  it('the escalation keeps the call number and the two minutes apart', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    await chat.say('grandson: /sos 5-302 老人昏迷');
    chat.clock.advance(120_000);
    const again = await chat.tick();
    const secretary = again.find((o) => o.chatId === 'private:secretary')!.text;
    expect(secretary).toContain('紧急呼叫#1:2分钟内无人响应');
    expect(secretary).not.toContain('#12分钟');
  });

  it('the cry for help is not kept as what happened', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    const out = await chat.say('grandson: /sos 5-302 救命老人晕倒了');
    const medic = out.find((o) => o.chatId === 'private:doc')!.text;
    expect(medic).toContain('情况:老人晕倒了');
    expect(medic).not.toContain('救命');
  });

  it('a cry for help alone leaves what happened unknown rather than "救命"', async () => {
    chat = await communityWithVolunteers(['doc: 5-302 医生 晚上']);
    const out = await chat.say('grandson: /sos 5-302 救命!!');
    expect(out.find((o) => o.chatId === 'private:doc')!.text).not.toMatch(/情况:救命/);
  });
});
