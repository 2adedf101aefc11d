import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** A sign-up question is not asked for ever: someone talking of something else is let go. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const ASK_SKILLS = '请问您有什么特长?例如:医生、护士、司机/有车、翻译、配送、巡逻、配药。没有特长回复“都可以”。';

describe('a sign-up question answered with something else', () => {
  it('is asked once more, then let go with how to come back; the next message is read as it reads', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我想报名当志愿者')).toBe(ASK_SKILLS);
    expect(await chat.answer('wang (private): 今天有团购吗')).toBe(ASK_SKILLS);
    expect(await chat.answer('wang (private): 明天的菜什么时候到')).toBe('好的,报名先放一放。想报名时跟我说「我要当志愿者」就行。');
    expect(await chat.answer('wang (private): 谢谢')).toBe('不客气!有需要随时跟我说。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM volunteers').pluck().get()).toBe(0);
  });

  it('an answer after a miss counts again from nothing: the sign-up goes on to the end', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我想报名当志愿者');
    await chat.say('wang (private): 嗯 让我想想');
    await chat.say('wang (private): 会开车');
    expect(await chat.answer('wang (private): 哦哦 稍等')).toMatch(/上午、下午、晚上/);
    expect(await chat.answer('wang (private): 晚上')).toMatch(/司机|开车/);
    expect(chat.db.prepare('SELECT COUNT(*) FROM volunteers').pluck().get()).toBe(1);
  });
});

describe('a question answered with a request of another kind', () => {
  it('lets the sign-up go at once and answers that request (「我的信息」)', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我想报名当志愿者');
    const out = (await chat.say('wang (private): 我的信息')).map((o) => o.text);
    expect(out[0]).toBe('好的,报名先放一放。想报名时跟我说「我要当志愿者」就行。');
    expect(out[1]).toMatch(/^邻里保存的您的信息/);
  });

  it('a medicine question too: the request is put aside and 「配药」 takes it up again', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我要配药 氨氯地平');
    const out = (await chat.say('wang (private): 我想报名当志愿者 我会开车')).map((o) => o.text);
    expect(out[0]).toBe('好的,配药登记先放一放,刚才说的我都记着。想接着登记时发「配药」就行。');
    expect(out[1]).toMatch(/有空/);
  });
});

describe('weekends', () => {
  it('「周末」 answers when one can help, and the roster says so', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我想报名当志愿者 我会开车');
    expect(await chat.answer('wang (private): 周末')).toMatch(/^已登记志愿者 wang:5号楼,特长:司机,有空:周末/);
  });
});

describe('thanks in the group while a sign-up question waits', () => {
  it('is not answered by the question again (a busy group), and the answer after it completes the sign-up', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('mark: I can help translate for the foreigners in our compound, tower 5 flat 1203')).toMatch(/When can you help/);
    expect(await chat.say('mark: thanks')).toEqual([]);
    expect(await chat.say('mark: 谢谢')).toEqual([]);
    expect(await chat.answer('mark: evenings')).toMatch(/Volunteer mark registered: building 5, skills: translator, available: evenings/);
  });
});
