import { afterEach, describe, expect, it } from 'vitest';
import { PRIORITY } from '../../src/outbox/store.js';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const at = (local: string) => Date.parse(`${local}+08:00`);

async function community(): Promise<TestChat> {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary [楼5群]: /bind 阳光二期 楼 5');
  await chat.say('secretary [志愿者群]: /bind 阳光二期 志愿者群');
  return chat;
}

/** The bot's one answer in the chat the line was said in (a translation task may go to the volunteers' group too). */
async function answerHere(line: string): Promise<string> {
  const msg = chat.adapter.parseLine(line)!;
  const here = (await chat.deliver(msg)).filter((m) => m.chatId === msg.chatId);
  expect(here).toHaveLength(1);
  return here[0]!.text;
}

describe('the secretary\'s notices', () => {
  it('a notice goes into today\'s bulletin; the secretary lists, edits and removes notices', async () => {
    await community();
    expect(await answerHere('secretary: /通知 明天上午8点全员核酸,请按楼栋顺序下楼')).toBe('已加入4月20日的通报(第1号通知)。');
    await chat.say('secretary: /通知 今天下午3点发放蔬菜包');
    expect(await chat.answer('secretary: /通知 列表')).toBe(
      '4月20日通报的通知:\n#1 明天上午8点全员核酸,请按楼栋顺序下楼\n#2 今天下午3点发放蔬菜包',
    );
    expect(await answerHere('secretary: /通知 修改 2 今天下午4点发放蔬菜包')).toBe('第2号通知已修改。');
    expect(await chat.answer('secretary: /通知 删除 1')).toBe('第1号通知已删除。');
    expect(await chat.answer('secretary: /notice list')).toBe('Notices for the bulletin of Apr 20:\n#2 今天下午4点发放蔬菜包');
  });

  it('a wrong notice number gets a clear answer and changes nothing', async () => {
    await community();
    await chat.say('secretary: /通知 测试');
    expect(await chat.answer('secretary: /通知 删除 99')).toBe('没有第99号通知。发 /通知 列表 看看编号。');
    expect(await chat.answer('secretary: /通知 修改 ９９ 新的内容')).toBe('没有第99号通知。发 /通知 列表 看看编号。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM notices WHERE removed_at IS NULL').pluck().get()).toBe(1);
  });

  it('after today\'s bulletin has gone, a new notice goes into tomorrow\'s and sent ones cannot change', async () => {
    await community();
    await chat.say('secretary: /通知 今晚停水');
    await chat.say('secretary (private): /通报 发送');
    expect(await answerHere('secretary: /通知 明早核酸')).toBe('今天的通报已发出,这条加入明天(4月21日)的通报(第2号通知)。');
    expect(await chat.answer('secretary: /通知 修改 1 今晚不停水')).toBe('第1号通知已经随4月20日的通报发出,不能再改。');
  });

  it('"/notice now" pushes an urgent notice to every group at once', async () => {
    await community();
    const out = await chat.say('secretary: /通知 紧急 5号楼发现阳性,全楼居民请勿下楼');
    const urgent = out.filter((m) => m.text.startsWith('🚨'));
    expect(urgent.map((m) => m.chatId).sort()).toEqual(['控制台群', '志愿者群', '楼5群'].sort());
    expect(urgent[0]!.text).toBe('🚨 紧急通知:5号楼发现阳性,全楼居民请勿下楼');
    const priorities = chat.db.prepare(`SELECT DISTINCT priority FROM outbox WHERE text LIKE '🚨%'`).pluck().all();
    expect(priorities).toEqual([PRIORITY.urgent]);
    expect(out.find((m) => m.chatId === '控制台群' && !m.text.startsWith('🚨') && !m.text.startsWith('📝'))!.text).toBe(
      '紧急通知已发往3个群,也会写进今天的通报。',
    );
    // It is in today's bulletin too, marked urgent.
    const [preview] = await chat.say('secretary (private): /通报');
    expect(preview!.text).toContain('1. 【紧急】5号楼发现阳性,全楼居民请勿下楼');
  });

  it('only the secretary can add notices or send the bulletin', async () => {
    await community();
    expect(await chat.answer('wang: /通知 明天停电')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect(await chat.answer('wang: /通知 紧急 快下楼')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect(await chat.answer('wang: /通报 发送')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect(await chat.answer('wang: /通报 时间 8点')).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    await chat.say('secretary: /授权 @li 志愿者');
    expect(await chat.answer('li: /notice tomorrow no water')).toContain('secretary');
    expect(chat.db.prepare('SELECT COUNT(*) FROM notices').pluck().get()).toBe(0);
    expect(chat.db.prepare('SELECT COUNT(*) FROM bulletin_sends').pluck().get()).toBe(0);
    // A secretary granted in the community may.
    await chat.say('secretary: /授权 @zhang 书记');
    expect(await answerHere('zhang: /通知 明天停电')).toContain('已加入');
  });
});

describe('the secretary\'s bulletin commands', () => {
  it('"/bulletin" previews it privately; a resident is told when it goes out', async () => {
    await community();
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    const out = await chat.say('secretary: /通报');
    expect(out.map((m) => m.chatId)).toEqual(['private:secretary', '控制台群']);
    expect(out[0]!.text).toBe(
      '预览(将于20:00发出):\n\n【阳光二期 每日通报】4月20日\n\n📢 书记通知\n1. 明天上午8点全员核酸\n\n—— 阳光二期',
    );
    expect(out[1]!.text).toBe('已私信给您。');
    expect(await chat.answer('wang: /通报')).toBe('今天的通报还没发,20:00发出。');
    expect(chat.db.prepare('SELECT COUNT(*) FROM bulletin_sends').pluck().get()).toBe(0);
  });

  it('"/bulletin send" pushes it now, once a day; an empty one is not sent', async () => {
    await community();
    expect(await chat.answer('secretary: /通报 发送')).toBe('今天的通报没有内容,没有发送。先发 /通知 内容 添加通知。');
    await chat.say('secretary: /通知 今晚停水');
    const out = await chat.say('secretary: /通报 发送');
    expect(out.filter((m) => m.text.includes('每日通报')).map((m) => m.chatId).sort()).toEqual(['控制台群', '志愿者群', '楼5群'].sort());
    expect(out.find((m) => m.text.startsWith('今日通报正在发往'))!.text).toBe('今日通报正在发往3个群,全部送达后会告诉您。');
    expect(await chat.answer('secretary: /通报 发送')).toBe('4月20日的通报已经发过了,每天只发一次。新的通知会进入明天的通报。');
    chat.clock.advance(3 * 60_000);
    expect((await chat.tick()).map((m) => [m.chatId, m.text])).toEqual([['private:secretary', '4月20日的通报已送达全部3个群。']]);
    // The scheduled run at 20:00 finds the day taken.
    chat.clock.set(at('2026-04-20T20:00:00'));
    expect(chat.app.cron.check()).toBe(0);
  });

  it('the secretary sets the time and chooses the groups', async () => {
    await community();
    expect(await chat.answer('secretary: /通报 时间 晚上7点半')).toBe('好的,每天19:30(Asia/Shanghai)发通报。');
    expect(await chat.answer('secretary: /通报 时间 25点')).toBe('时间没看懂,请这样写:/通报 时间 20:00');
    expect(await chat.answer('secretary: /通报 ２０：３０')).toBe('好的,每天20:30(Asia/Shanghai)发通报。');
    expect(await chat.answer('secretary: /bulletin time 7:30pm')).toBe('OK: the bulletin goes out every day at 19:30 (Asia/Shanghai).');
    expect(await chat.answer('secretary: /bulletin time 13pm')).toBe('I could not read that time. Write: /bulletin time 20:00');
    expect(await chat.answer('secretary: /通报 时间 晚上7点半')).toBe('好的,每天19:30(Asia/Shanghai)发通报。');
    expect(await chat.answer('secretary: /通报 群')).toBe(
      '通报发往这些群(打√的):\n√ 1. 控制台群\n√ 2. 楼5群\n√ 3. 志愿者群\n要改,发 /通报 群 1,3 或 /通报 群 全部',
    );
    expect(await chat.answer('secretary: /通报 群 1,2')).toBe('好的,通报发往:控制台群、楼5群');
    expect(await chat.answer('secretary: /通报 群 7')).toBe('没有第7个群。发 /通报 群 看看编号。');
    await chat.say('secretary: /通知 明早核酸');
    chat.clock.set(at('2026-04-20T19:29:00'));
    expect(chat.app.cron.check()).toBe(0);
    chat.clock.set(at('2026-04-20T19:30:00'));
    expect(chat.app.cron.check()).toBe(1);
    await chat.app.worker.drain();
    expect(chat.sent.filter((m) => m.text.includes('每日通报')).map((m) => m.chatId)).toEqual(['控制台群', '楼5群']);
  });

  it('a paused bulletin does not go out until resumed', async () => {
    await community();
    await chat.say('secretary: /通知 明早核酸');
    expect(await chat.answer('secretary: /通报 停发')).toBe('好的,每日通报暂停发送。发 /通报 恢复 重新开始。');
    chat.clock.set(at('2026-04-20T20:00:00'));
    expect(chat.app.cron.check()).toBe(0);
    expect(await chat.answer('secretary: /通报 恢复')).toBe('好的,每天20:00发通报。');
    expect(chat.app.cron.check()).toBe(1);
  });

  it('nonsense after /bulletin gets the usage and changes nothing', async () => {
    await community();
    expect(await chat.answer('secretary: /通报 😀😀 DROP TABLE notices')).toContain('可以这样用');
    expect(chat.db.prepare('SELECT COUNT(*) FROM bulletin_settings').pluck().get()).toBe(0);
  });
});

describe('history', () => {
  it('"/bulletin 2026-04-20" shows that day\'s bulletin as it was sent, per language', async () => {
    await community();
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    await chat.say('secretary: /通报 发送');
    // Later edits do not change what was sent.
    chat.clock.set(at('2026-04-22T10:00:00'));
    const out = await chat.say('wang [楼5群]: /通报 2026-04-20');
    expect(out.map((m) => m.chatId)).toEqual(['private:wang', '楼5群']);
    expect(out[0]!.text).toBe('4月20日发出的通报:\n\n【阳光二期 每日通报】4月20日\n\n📢 书记通知\n1. 明天上午8点全员核酸\n\n—— 阳光二期');
    expect(await chat.answer('wang (private): /通报 4月20日')).toContain('明天上午8点全员核酸');
    await chat.say('bob [楼5群]: Hello neighbours, is there a test tomorrow?');
    const [english] = await chat.say('bob [楼5群]: /bulletin 2026-04-20');
    expect(await chat.answer('bob (private): /bulletin 2026-04-20 please')).toContain('Use:');
    expect(english!.text).toContain('The bulletin sent on Apr 20:');
    expect(english!.text).toContain('(awaiting translation) 明天上午8点全员核酸');
    expect(await chat.answer('wang (private): /通报 2026-04-19')).toBe('4月19日没有发过通报。');
    expect(await chat.answer('wang (private): /通报 2026-02-30')).toContain('可以这样用');
    expect(await chat.answer('wang (private): /通报 昨天')).toBe('4月21日没有发过通报。');
  });
});
