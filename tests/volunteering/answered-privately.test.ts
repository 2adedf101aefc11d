import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';
import { findAvailability } from '../../commands/volunteering/words.js';

/** A question asked in the group, answered privately: the sign-up goes on in the private chat. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('a sign-up question asked in the group, answered privately', () => {
  it('「下午吧」 written to the bot finishes the sign-up begun in the group; the group hears nothing more', async () => {
    chat = await chatWithWang('secretary: /招募 需要志愿者搬物资');
    expect(await chat.answer('wang: 我退休了身体还可以 可以帮忙搬东西')).toBe('请问您什么时间有空?上午、下午、晚上、周末,还是全天?');
    const answered = await chat.say('wang (private): 下午吧');
    expect(answered.map((o) => o.text)).toContain('已登记志愿者 wang:5号楼,特长:配送,有空:下午。');
    expect(answered.every((o) => o.chatId === 'private:wang')).toBe(true);
    expect(await chat.answer('wang (private): /我的信息')).toContain('有空:下午');
  });

  it('an answer it cannot read is asked again privately, with the choices', async () => {
    chat = await chatWithWang('secretary: /招募 需要志愿者搬物资');
    await chat.say('wang: 可以帮忙搬东西');
    expect(await chat.answer('wang (private): 看情况吧')).toBe('请回复:上午、下午、晚上、周末 或 全天');
    expect(await chat.answer('wang (private): 晚上')).toContain('已登记志愿者 wang');
    // The group's question was moved, not left behind: the next thing said in the group is read as it is.
    expect(groupOf(await chat.say('wang: 今天天气不错'))).toEqual([]);
  });

  it('days named (「我礼拜三礼拜五有空」, "Mondays and Thursdays") are weekdays', async () => {
    chat = await chatWithWang('secretary: /招募 需要志愿者搬物资');
    await chat.say('wang: 可以帮忙搬东西');
    expect(await chat.answer('wang (private): 我礼拜三礼拜五有空')).toBe('已登记志愿者 wang:5号楼,特长:配送,有空:工作日。');
    expect(await chat.answer('tom ^1: I can help with deliveries, 7-101, Mondays and Thursdays')).toContain('available: weekdays');
  });

  it('a day of the week said in passing is no availability', () => {
    expect(findAvailability('每周一次就行')).toEqual([]);
    expect(findAvailability('上周三我去送过菜')).toEqual([]);
    expect(findAvailability('周一到周五晚上')).toEqual(['evening', 'weekdays']);
  });

  it('a medicine request put aside is not picked up by an unrelated word', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药');
    await chat.say('wang (private): 不知道');
    await chat.say('wang (private): 随便吧 以后再说');
    expect(await chat.answer('wang (private): 下午吧')).not.toContain('配药登记');
  });
});
