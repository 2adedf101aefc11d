import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const at = (local: string) => Date.parse(`${local}+08:00`);

/** A community with a Chinese group, an English group, a volunteers' group and two volunteers who translate (signed up with the skill). */
async function community(): Promise<TestChat> {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary [International]: /bind 阳光二期 楼 7');
  await chat.say('secretary [志愿者群]: /bind 阳光二期 志愿者群');
  await chat.say('anna: /志愿者报名 7-101 翻译 晚上');
  await chat.say('li: /志愿者报名 7-102 英语 全天');
  return chat;
}

/** The translation task the bot posted in the volunteers' group for the latest notice. */
function task(): { id: string; text: string } {
  const posted = chat.sent.filter((m) => m.chatId === '志愿者群' && m.text.startsWith('📝'));
  return posted[posted.length - 1]!;
}

async function sendBulletin() {
  chat.clock.set(at('2026-04-20T20:00:00'));
  chat.app.cron.check();
  await chat.app.worker.drain();
  return chat.sent.filter((m) => /每日通[报報]|daily bulletin/.test(m.text));
}

describe('the English bulletin', () => {
  it('a group set to English gets the bulletin in English; Chinese groups in Chinese', async () => {
    await community();
    expect(await chat.answer('secretary [International]: /bulletin lang en')).toBe('OK, this group will get the bulletin in English.');
    expect(await chat.answer('wang: /通报 英文')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect(await chat.answer('secretary: /通报 繁体')).toBe('好的,本群以后收繁体中文版通报。');
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    const sent = await sendBulletin();
    const english = sent.find((m) => m.chatId === 'International')!;
    expect(english.text).toBe(
      '[阳光二期 daily bulletin] Apr 20\n\n📢 Notices from the secretary\n1. (awaiting translation) 明天上午8点全员核酸\n\n' +
        'Volunteers: 2 new today, 2 in all; tasks: 0 unfinished, 0 done today; emergency calls: 0 today, 0 handled.\n\n— 阳光二期',
    );
    // The traditional group reads the parts in traditional characters, the notice as the secretary typed it.
    expect(sent.find((m) => m.chatId === '控制台群')!.text).toContain('【阳光二期 每日通報】4月20日');
    expect(sent.find((m) => m.chatId === '控制台群')!.text).toContain('1. 明天上午8点全员核酸');
  });

  it('a notice becomes a translation task that a volunteer claims by reply and answers in English', async () => {
    await community();
    await chat.say('secretary [International]: /bulletin lang en');
    await chat.say('secretary: /通知 明天上午8点全员核酸,请按楼栋顺序下楼');
    await chat.say('secretary: /通知 今天下午3点发放蔬菜包');
    const first = chat.sent.find((m) => m.chatId === '志愿者群' && m.text.includes('全员核酸'))!;
    expect(first.text).toBe(
      '📝 翻译任务 #1:请把这条通知译成英文,给外籍居民看。\n「明天上午8点全员核酸,请按楼栋顺序下楼」\n回复本消息「接」认领,再回复英文译文。',
    );

    const [claimed] = await chat.say(`anna [志愿者群] ^${first.id}: 接`);
    expect(claimed!.text).toBe('anna 认领了翻译任务 #1。请回复本消息发英文译文。');
    // The second volunteer is told at once that someone was faster.
    expect(await chat.answer(`li [志愿者群] ^${first.id}: 我来`)).toBe('翻译任务 #1 已经由 anna 认领了,谢谢!');
    expect(await chat.answer(`li [志愿者群] ^${first.id}: PCR test tomorrow`)).toBe('翻译任务 #1 已经由 anna 认领了,谢谢!');
    // A resident who is not a volunteer cannot take it.
    expect(await chat.answer(`wang [志愿者群] ^${first.id}: 接`)).toBe('翻译任务由会翻译的志愿者认领。想帮忙,请报名志愿者并写上“翻译”,例如:/志愿者报名 5-302 翻译 晚上');
    // Nor can a volunteer who did not sign up as a translator.
    await chat.say('secretary: /授权 @zhou 志愿者');
    expect(await chat.answer(`zhou [志愿者群] ^${first.id}: 接`)).toBe('翻译任务由会翻译的志愿者认领。想帮忙,请报名志愿者并写上“翻译”,例如:/志愿者报名 5-302 翻译 晚上');
    // Chinese is not a translation.
    expect(await chat.answer(`anna [志愿者群] ^${claimed!.id}: 明天核酸`)).toBe('译文请用英文写(不要夹中文)。');
    expect(
      await chat.answer(`anna [志愿者群] ^${claimed!.id}: PCR test for everyone tomorrow at 8am; please go down building by building.`),
    ).toBe('谢谢 anna!第1号通知的英文版已收到,会出现在英文通报里。');
    expect(await chat.answer(`li [志愿者群] ^${first.id}: claim`)).toBe('翻译任务 #1 已经译好了,谢谢!');

    const sent = await sendBulletin();
    const english = sent.find((m) => m.chatId === 'International')!.text;
    expect(english).toContain('1. PCR test for everyone tomorrow at 8am; please go down building by building.');
    expect(english).toContain('2. (awaiting translation) 今天下午3点发放蔬菜包');
    expect(english).not.toContain('全员核酸');
    const chinese = sent.find((m) => m.chatId === '控制台群')!.text;
    expect(chinese).toContain('1. 明天上午8点全员核酸,请按楼栋顺序下楼');
    expect(chinese).not.toContain('PCR');
  });

  it('a volunteer may answer with the English text straight away, without claiming first', async () => {
    await community();
    const langOfLi = () => chat.db.prepare(`SELECT lang FROM members WHERE user_id = 'li'`).pluck().get();
    const before = langOfLi();
    await chat.say('secretary: /通知 今晚停水');
    expect(await chat.answer(`li [志愿者群] ^${task().id}: No water tonight.`)).toBe(
      '谢谢 li!第1号通知的英文版已收到,会出现在英文通报里。',
    );
    expect(await chat.answer('secretary: /通知 列表')).toBe('4月20日通报的通知:\n#1 今晚停水(已译英文)');
    // Sending an English translation does not make li an English reader.
    expect(langOfLi()).toBe(before);
    expect(before).not.toBe('en');
  });

  it('editing a translated notice drops the old translation and posts a new task', async () => {
    await community();
    await chat.say('secretary: /通知 今晚停水');
    await chat.say(`li [志愿者群] ^${task().id}: No water tonight.`);
    await chat.say('secretary: /通知 修改 1 今晚停水,明早恢复');
    expect(task().text).toContain('「今晚停水,明早恢复」');
    await chat.say('secretary [International]: /bulletin lang en');
    const english = (await sendBulletin()).find((m) => m.chatId === 'International')!.text;
    expect(english).toContain('(awaiting translation) 今晚停水,明早恢复');
    expect(english).not.toContain('No water tonight.');
  });

  it('a resident who writes English gets the bulletin in English privately when no group carries English', async () => {
    await community();
    await chat.say('bob: Hello, when is the next PCR test?');
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    const sent = await sendBulletin();
    const bob = sent.find((m) => m.chatId === 'private:bob')!;
    expect(bob.text).toContain('[阳光二期 daily bulletin] Apr 20');
    expect(bob.text).toContain('(awaiting translation) 明天上午8点全员核酸');
    expect(sent.filter((m) => m.chatId.startsWith('private:') && m.chatId !== 'private:bob')).toEqual([]);
  });

  it('the secretary writing English previews the English bulletin', async () => {
    await community();
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    const [preview] = await chat.say('secretary (private): /bulletin preview please');
    expect(preview!.text).toBe('Use: /bulletin (preview), /bulletin send, /bulletin time 20:00, /bulletin groups 1,3 or /bulletin groups all, /bulletin lang en (this group gets English), /bulletin off or /bulletin on, /bulletin 2026-04-20 (history)');
    const [english] = await chat.say('secretary (private): /bulletin preview');
    expect(english!.text).toContain('Preview (goes out at 20:00):');
    expect(english!.text).toContain('(awaiting translation) 明天上午8点全员核酸');
  });

  it('an urgent notice reaches English groups at once, and its translation follows when a volunteer gives it', async () => {
    await community();
    await chat.say('secretary [International]: /bulletin lang en');
    const out = await chat.say('secretary: /通知 紧急 7号楼发现阳性,全楼居民请勿下楼');
    expect(out.find((m) => m.chatId === 'International')!.text).toBe(
      '🚨 URGENT notice (translation to follow): 7号楼发现阳性,全楼居民请勿下楼',
    );
    const posted = await chat.say(`anna [志愿者群] ^${task().id}: A positive case in building 7: everyone there, please stay home.`);
    const follow = posted.filter((m) => m.chatId === 'International');
    expect(follow.map((m) => m.text)).toEqual(['🚨 URGENT notice: A positive case in building 7: everyone there, please stay home.']);
    expect(chat.db.prepare(`SELECT DISTINCT priority FROM outbox WHERE chat_id = 'International' AND text LIKE '🚨%'`).pluck().all()).toEqual([10]);
  });
});
