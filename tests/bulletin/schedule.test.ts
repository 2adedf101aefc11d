import { afterEach, describe, expect, it } from 'vitest';
import { markFailed } from '../../src/outbox/store.js';
import { TestChat } from '../helpers/chat.js';
import { FakeClock } from '../../src/kernel/clock.js';

const at = (local: string) => Date.parse(`${local}+08:00`);

const open: TestChat[] = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});

function newChat(opts: ConstructorParameters<typeof TestChat>[0] = {}): TestChat {
  const chat = new TestChat(opts);
  open.push(chat);
  return chat;
}

/** A community with three residents' groups and a notice for today's bulletin. */
async function community(clock = new FakeClock(at('2026-04-20T09:00:00'))): Promise<TestChat> {
  const chat = newChat({ clock });
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary [楼5群]: /bind 阳光二期 楼 5');
  await chat.say('secretary [楼6群]: /bind 阳光二期 楼 6');
  await chat.say('secretary: /通知 明天上午8点全员核酸,请按楼栋顺序下楼');
  return chat;
}

/** Runs the due check as the cron tick does, and sends what it queued. */
async function dueCheck(chat: TestChat) {
  const before = chat.sent.length;
  const count = chat.app.cron.check();
  await chat.app.worker.drain();
  return { count, sent: chat.sent.slice(before) };
}

const bulletinRows = (chat: TestChat) =>
  chat.db
    .prepare(`SELECT chat_id, COUNT(*) AS n FROM outbox WHERE ref_kind = 'bulletin' GROUP BY chat_id ORDER BY chat_id`)
    .all() as { chat_id: string; n: number }[];

describe('the daily bulletin goes out on time, exactly once', () => {
  it('goes out at 20:00 Shanghai time to the three groups, once', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T19:59:00'));
    expect((await dueCheck(chat)).sent).toEqual([]);

    chat.clock.set(at('2026-04-20T20:00:00'));
    const { sent } = await dueCheck(chat);
    expect(sent.map((m) => m.chatId).sort()).toEqual(['控制台群', '楼5群', '楼6群']);
    for (const m of sent) {
      expect(m.text).toContain('【阳光二期 每日通报】4月20日');
      expect(m.text).toContain('1. 明天上午8点全员核酸,请按楼栋顺序下楼');
      expect(m.text).not.toContain('晚发');
    }

    chat.clock.set(at('2026-04-20T20:01:00'));
    expect((await dueCheck(chat)).sent).toEqual([]);
    expect(bulletinRows(chat).map((r) => r.n)).toEqual([1, 1, 1]);
  });

  it('a restart at 20:05 sends nothing more', async () => {
    const first = await community();
    first.clock.set(at('2026-04-20T20:00:00'));
    await dueCheck(first);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const clock = new FakeClock(at('2026-04-20T20:05:00'));
    const second = newChat({ dir: first.dir, clock });
    const { count, sent } = await dueCheck(second);
    expect(count).toBe(0);
    expect(sent).toEqual([]);
    expect(bulletinRows(second).map((r) => r.n)).toEqual([1, 1, 1]);
  });

  it('a bot down from 19:50 to 21:00 sends it when it starts, saying it is late', async () => {
    const first = await community();
    first.clock.set(at('2026-04-20T19:50:00'));
    await dueCheck(first);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = newChat({ dir: first.dir, clock: new FakeClock(at('2026-04-20T21:00:00')) });
    await second.app.start();
    await second.app.worker.drain();
    const groups = second.sent.filter((m) => m.isGroup);
    expect(groups.map((m) => m.chatId).sort()).toEqual(['控制台群', '楼5群', '楼6群']);
    for (const m of groups) expect(m.text).toContain('本通报原定20:00发出,因系统中断晚发');
    expect(second.db.prepare(`SELECT detail FROM audit_log WHERE action = 'bulletin.sent'`).pluck().all()).toEqual([
      'schedule late groups=3',
    ]);
  });

  it('a bot down all evening, past the catch-up window, does not send yesterday\'s', async () => {
    const first = await community();
    first.clock.set(at('2026-04-20T19:50:00'));
    await dueCheck(first);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const clock = new FakeClock(at('2026-04-20T23:01:00'));
    const second = newChat({ dir: first.dir, clock });
    expect((await dueCheck(second)).sent).toEqual([]);
    clock.set(at('2026-04-21T08:00:00'));
    expect((await dueCheck(second)).sent).toEqual([]);
    expect(bulletinRows(second)).toEqual([]);
    expect(await second.answer('wang: /通报 2026-04-20')).toBe('4月20日没有发过通报。');
  });

  it('the catch-up window is configurable', async () => {
    const first = await community();
    first.clock.set(at('2026-04-20T19:50:00'));
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = newChat({
      dir: first.dir,
      clock: new FakeClock(at('2026-04-20T23:30:00')),
      env: { LINLI_BULLETIN_CATCHUP_HOURS: '4' },
    });
    const { sent } = await dueCheck(second);
    expect(sent.filter((m) => m.isGroup)).toHaveLength(3);
    expect(sent[0]!.text).toContain('晚发');
  });

  it('a bulletin due at 23:30 that the bot missed still goes out after midnight, within the window', async () => {
    const chat = await community();
    await chat.say('secretary: /通报 时间 晚上11点半');
    chat.clock.set(at('2026-04-21T00:30:00'));
    const { sent } = await dueCheck(chat);
    expect(sent.filter((m) => m.isGroup)).toHaveLength(3);
    expect(sent[0]!.text).toContain('4月20日');
    expect(sent[0]!.text).toContain('原定23:30发出');
  });

  it('moving the time to one already past sends today\'s now, without calling it late', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T19:30:00'));
    await chat.say('secretary: /通报 时间 19:00');
    const { sent } = await dueCheck(chat);
    expect(sent.filter((m) => m.isGroup && m.text.includes('每日通报'))).toHaveLength(3);
    expect(sent[0]!.text).not.toContain('晚发');
  });

  it('a community bound after its bulletin time starts with tomorrow\'s', async () => {
    const chat = newChat({ clock: new FakeClock(at('2026-04-20T20:30:00')) });
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary: /通知 欢迎使用邻里助手');
    expect((await dueCheck(chat)).sent).toEqual([]);
    chat.clock.set(at('2026-04-21T20:00:00'));
    await chat.say('secretary: /通知 明早核酸');
    const { sent } = await dueCheck(chat);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('4月21日');
  });

  it('two bot processes on one database still send one bulletin per group per day', async () => {
    const a = await community();
    const b = newChat({ dir: a.dir, clock: a.clock });
    a.clock.set(at('2026-04-20T20:00:00'));
    const fromB = await dueCheck(b);
    const fromA = await dueCheck(a);
    expect(fromB.count + fromA.count).toBe(1);
    // Each process drains the shared outbox; together they deliver each group's copy once.
    const delivered = [...a.sent, ...b.sent].filter((m) => m.isGroup && m.text.includes('每日通报'));
    expect(delivered.map((m) => m.chatId).sort()).toEqual(['控制台群', '楼5群', '楼6群']);
    expect(bulletinRows(a).map((r) => r.n)).toEqual([1, 1, 1]);
    a.clock.set(at('2026-04-20T20:01:00'));
    expect((await dueCheck(a)).count + (await dueCheck(b)).count).toBe(0);
  });

  it('the next day has its own bulletin', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T20:00:00'));
    await dueCheck(chat);
    chat.clock.set(at('2026-04-21T10:00:00'));
    await chat.say('secretary: /通知 今天下午发放蔬菜包');
    chat.clock.set(at('2026-04-21T20:00:00'));
    const { sent } = await dueCheck(chat);
    expect(sent.filter((m) => m.isGroup)).toHaveLength(3);
    expect(sent[0]!.text).toContain('4月21日');
    expect(sent[0]!.text).toContain('今天下午发放蔬菜包');
    expect(sent[0]!.text).not.toContain('全员核酸');
  });

  it('a day with nothing to say sends nothing', async () => {
    const chat = newChat({ clock: new FakeClock(at('2026-04-20T09:00:00')) });
    await chat.say('secretary: /bind 阳光二期');
    chat.clock.set(at('2026-04-20T20:00:00'));
    expect((await dueCheck(chat)).sent).toEqual([]);
  });

  it('the secretary is told when every group has it, or which did not', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T20:00:00'));
    chat.app.cron.onCommit = () => {}; // queue only: the refusal below happens before sending
    chat.app.cron.check();
    // The platform refuses one group for good (the bot was removed from it).
    const row = chat.db
      .prepare(`SELECT id FROM outbox WHERE ref_kind = 'bulletin' AND chat_id = '楼6群'`)
      .pluck()
      .get() as number;
    markFailed(chat.db, row, 'bot was kicked from the group', null);
    await chat.app.worker.drain();
    chat.clock.set(at('2026-04-20T20:03:00'));
    const report = await chat.tick();
    expect(report.map((m) => [m.chatId, m.text])).toEqual([
      ['private:secretary', '4月20日的通报送达2/3个群,这些群没有收到:楼6群'],
    ]);
  });

  it('when every group has it, the secretary hears so once', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T20:00:00'));
    await dueCheck(chat);
    chat.clock.set(at('2026-04-20T20:03:00'));
    expect((await chat.tick()).map((m) => m.text)).toEqual(['4月20日的通报已送达全部3个群。']);
    chat.clock.set(at('2026-04-20T21:00:00'));
    expect(await chat.tick()).toEqual([]);
  });

  it('the cron schedule wakes the check (node-cron with a per-second expression)', async () => {
    const chat = await community();
    chat.clock.set(at('2026-04-20T19:59:00'));
    chat.app.cron.start('* * * * * *');
    try {
      expect(bulletinRows(chat)).toEqual([]);
      chat.clock.set(at('2026-04-20T20:00:00'));
      const deadline = Date.now() + 10_000;
      while (bulletinRows(chat).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(bulletinRows(chat).map((r) => r.n)).toEqual([1, 1, 1]);
    } finally {
      await chat.app.cron.stop();
    }
  });
});

describe('two real processes on one database file', () => {
  it('send one bulletin per group per day, even when they check at the same moment', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const chat = await community();
    const script = fileURLToPath(new URL('../helpers/bulletin-process.ts', import.meta.url));
    const dbPath = chat.config.dbPath;
    const now = String(at('2026-04-20T20:00:00'));
    const procs = [0, 1].map(() => spawn(process.execPath, ['--import', 'tsx', script, dbPath, now], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const output = procs.map((p) => {
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const done = new Promise<string>((resolve) => p.on('exit', () => resolve(out)));
      // A process that dies before it is ready ends the wait too (and fails the counts below).
      const ready = new Promise<void>((resolve) => {
        const look = () => (out.includes('ready') || p.exitCode !== null ? resolve() : setTimeout(look, 20));
        look();
      });
      return { ready, done };
    });
    await Promise.all(output.map((o) => o.ready));
    for (const p of procs) p.stdin.write('go\n');
    const outs = await Promise.all(output.map((o) => o.done));
    const counts = outs.map((o) => Number(/sent (\d+)/.exec(o)?.[1] ?? NaN));
    expect(counts.sort()).toEqual([0, 1]);
    expect(bulletinRows(chat).map((r) => r.n)).toEqual([1, 1, 1]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM bulletin_sends').pluck().get()).toBe(1);
  }, 60_000);
});
