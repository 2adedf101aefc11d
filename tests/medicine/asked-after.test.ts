import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** A resident asking after a request made before is told where it stands, not asked to make a new one. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const count = () => chat.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get() as number;

describe('asking after one\'s own medicine request', () => {
  it('「我前天让你们帮我配的降压药有消息了吗」 privately lists the household\'s requests and where each stands; nothing new is recorded', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(count()).toBe(1);
    const answer = await chat.answer('wang (private): 我前天让你们帮我配的降压药有消息了吗');
    expect(answer).toBe('您家的配药登记:\n#1 已登记:氨氯地平 5mg×2盒\n配药队每办一步(取卡、配到、送达)都会私聊告诉您。');
    expect(count()).toBe(1);
  });

  it('in English and in traditional characters, and said to the bot in the group (answered privately)', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(await chat.answer('wang (private): Hi, could you tell me if my medicine request went through?')).toContain('#1');
    expect(await chat.answer('wang (private): 我之前報的藥到了嗎')).toContain('#1');
    const out = await chat.say('wang: @邻里 我昨天登记的药什么时候能到');
    expect(groupOf(out).join('')).not.toContain('氨氯地平');
    expect(out.find((o) => o.chatId === 'private:wang')?.text).toContain('#1');
    expect(count()).toBe(1);
  });

  it('with nothing on record, says so and how to ask; a new need after the question is a request as before', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 上次登记的药什么时候能到')).toBe('您家还没有配药登记。要登记的话,直接说要配什么药、几盒就行。');
    expect(await chat.answer('wang (private): 我上次配的降压药吃完了 再配两盒')).toMatch(/替换吗|降压药/);
  });
});

describe('taking back one\'s own medicine request in words', () => {
  const status = (id: number) => chat.db.prepare('SELECT status FROM medicine_requests WHERE id = ?').pluck().get(id);

  it('「我的药不用配了 已经买到了」 asks which request, by its number and items, and 「是」 cancels it', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(await chat.answer('wang (private): 我的药不用配了 已经买到了')).toBe('要取消配药登记 #1(氨氯地平 5mg×2盒)吗?回复「是」就取消。');
    expect(status(1)).toBe('submitted');
    expect(await chat.answer('wang (private): 是')).toBe('配药登记 #1 已取消。');
    expect(status(1)).toBe('cancelled');
  });

  it('「不是」 keeps it; in English too; with two open the household is asked which, by number', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    await chat.answer('wang (private): please cancel my medicine request');
    expect(await chat.answer('wang (private): 不是')).toContain('不办了');
    expect(status(1)).toBe('submitted');
    await chat.say('wang (private): 配药 二甲双胍 一盒 可以替换');
    const which = await chat.answer('wang (private): 取消昨天登记的配药');
    expect(which).toContain('要取消哪一份');
    expect(which).toContain('#1');
    expect(which).toContain('#2');
    expect([status(1), status(2)]).toEqual(['submitted', 'submitted']);
  });

  it('of two open, the one picked by its number (「2」, 「#2」, 「二」) or its medicine (「二甲双胍那个」) is taken back; other words take back nothing', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    await chat.say('wang (private): 配药 二甲双胍 一盒 可以替换');
    expect(await chat.answer('wang (private): 我想取消配药')).toContain('回复编号或药名就好');
    expect(await chat.answer('wang (private): 2')).toBe('配药登记 #2 已取消。');
    expect([status(1), status(2)]).toEqual(['submitted', 'cancelled']);
    await chat.say('wang (private): 配药 阿托伐他汀 一盒 可以替换');
    await chat.answer('wang (private): 撤销配药');
    expect(await chat.answer('wang (private): 氨氯地平那个')).toBe('配药登记 #1 已取消。');
    expect(status(3)).toBe('submitted');
    await chat.say('wang (private): 配药 硝苯地平 一盒 可以替换');
    await chat.answer('wang (private): 我想取消配药');
    expect(await chat.answer('wang (private): 今天天气不错')).toContain('没有取消任何配药登记');
    expect([status(3), status(4)]).toEqual(['submitted', 'submitted']);
  });

  it('「我想取消配药」 with none open is told so plainly (it got the three-choice menu), and a 「好的」 after it does nothing', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我想取消配药')).toBe('您家现在没有可以取消的配药登记。');
    expect(await chat.say('wang (private): 好的')).toEqual([]);
    expect(await chat.answer('wang (private): please cancel my medicine request')).toBe('Your household has no medicine request that can be cancelled now.');
  });

  it('with nothing open the words are talk, and said in the group they change nothing there', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 刚才那个药 不用配了 女儿送过来了')).not.toContain('取消');
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(await chat.say('wang: 我的药不用配了 已经买到了')).toEqual([]);
    expect(status(1)).toBe('submitted');
  });
});

describe('a bare question of where it stands, from a household with a request open', () => {
  it('「什么时候能送到」 and "when will it arrive?" privately list the requests; with none open, the same words are not taken for it', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 什么时候能送到')).not.toContain('配药登记');
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    expect(await chat.answer('wang (private): 什么时候能送到')).toBe('您家的配药登记:\n#1 已登记:氨氯地平 5mg×2盒\n配药队每办一步(取卡、配到、送达)都会私聊告诉您。');
    expect(await chat.answer('wang (private): 到了吗?')).toContain('#1');
    expect(await chat.answer('wang (private): when will it arrive?')).toContain('#1');
    expect(count()).toBe(1);
  });
});

describe('when it will come', () => {
  it('a request in the team\'s run says the day and the hospital, and that every step will be told', async () => {
    chat = await chatWithWang('secretary: /授权 @medic 配药', 'medic: /我是 6-101');
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    await chat.say('medic: /配药出车 仁济医院 明天');
    const answer = await chat.answer('wang (private): 什么时候能送到');
    expect(answer).toMatch(/^您家的配药登记:\n#1 .+:氨氯地平 5mg×2盒\(配药车\S+去仁济医院\)\n配药队每办一步/);
  });
});

describe('whether it was registered, asked of the bot in the group', () => {
  it('「@邻里 你帮我看看我的药登记了没有」 is answered (privately when there is one), never with the one-line greeting', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang: @邻里 我不会用 你帮我看看我的药登记了没有')).toContain('您家还没有配药登记');
    await chat.say('wang (private): 配药 氨氯地平 5mg 两盒 可以替换');
    const out = await chat.say('wang: @邻里 我的配药登记上了吗');
    expect(out.find((o) => !o.isGroup)!.text).toContain('#1 已登记:氨氯地平 5mg×2盒');
    expect(out.filter((o) => o.isGroup).map((o) => o.text).join('')).not.toContain('氨氯地平');
  });
});
