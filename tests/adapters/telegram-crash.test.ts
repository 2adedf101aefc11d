import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { queryDb } from '../helpers/db.js';
import { TelegramEmulator, TOKEN } from '../helpers/telegram-emulator.js';

const dir = mkdtempSync(join(tmpdir(), 'linli-crash-'));
const dbPath = join(dir, 'linli.db');
let emu: TelegramEmulator | undefined;
const children: ChildProcess[] = [];
const logs: string[] = [];

/** linli as it runs in production: `tsx src/main.ts`, configured by the environment. */
function startBot(): ChildProcess {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emu!.apiRoot,
      LINLI_DB_PATH: dbPath,
      LINLI_ADMINS: 'telegram:1',
      LOG_LEVEL: 'warn',
      CI: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: SIGKILL must reach node itself, not only the tsx launcher.
    detached: true,
  });
  child.stderr!.on('data', (d: Buffer) => logs.push(d.toString()));
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const query = <T>(sql: string): T[] => queryDb<T>(dbPath, sql);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a crash in the middle of a burst', () => {
  it('300 messages, the bot killed with SIGKILL mid-burst and started again: nothing acknowledged lost, nothing doubled', async () => {
    emu = await TelegramEmulator.start();
    const first = startBot();
    await emu.until(() => emu!.polls > 0, 60_000, 'the bot to start polling');

    // 5 groups of 50 residents recording their homes, and 50 residents writing privately.
    const sent: { chatId: string; messageId: number }[] = [];
    const say = (i: number) => {
      const user = { id: 10_000 + i, name: `居民${i}` };
      const door = `${1 + (i % 20)}-${101 + Math.floor(i / 20)}`;
      const chat = i < 250
        ? { id: -3000 - (i % 5), type: 'group' as const, title: `${i % 5}号楼群` }
        : { id: user.id, type: 'private' as const };
      sent.push({ chatId: String(chat.id), messageId: emu!.userSays(user, chat, `/我是 ${door}`) });
    };
    let firstUpdate = 0;
    let killedAt: number | undefined;
    const kill = () => {
      process.kill(-first.pid!, 'SIGKILL');
      killedAt = emu!.confirmedOffset;
    };
    for (let i = 0; i < 300; i++) {
      say(i);
      if (i === 0) firstUpdate = emu.lastUpdateId;
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 15));
      // On a slow machine the bot may lag: the burst waits for it half-way, so the kill is mid-burst.
      if (killedAt === undefined && i === 150) await emu.until(() => emu!.confirmedOffset > firstUpdate + 60, 60_000, 'the bot to take some messages');
      if (killedAt === undefined && emu.confirmedOffset > firstUpdate + 60) kill();
    }
    await exited(first);
    const lastUpdate = emu.lastUpdateId;
    // Killed mid-burst: some updates were acknowledged, others not yet.
    expect(killedAt).toBeGreaterThan(firstUpdate);
    expect(killedAt).toBeLessThanOrEqual(lastUpdate);

    const second = startBot();
    await emu.until(() => {
      const [n] = query<{ n: number }>('SELECT COUNT(*) AS n FROM incoming_messages');
      const [p] = query<{ n: number }>(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'`);
      return n!.n === 300 && p!.n === 0;
    }, 90_000, 'every message handled and every answer sent');
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    // A graceful stop confirms the last batch: Telegram would not deliver any of them again.
    expect(emu.confirmedOffset).toBeGreaterThan(lastUpdate);

    // Every message stored once (UNIQUE), none missing.
    const stored = new Set(query<{ k: string }>(`SELECT chat_id || '/' || message_id AS k FROM incoming_messages`).map((r) => r.k));
    expect(stored.size).toBe(300);
    for (const m of sent) expect(stored.has(`${m.chatId}/${m.messageId}`)).toBe(true);

    // Every stored message's answer went out, alone or merged into a group message.
    const answers = query<{ chat_id: string; text: string; name: string; status: string }>(
      `SELECT o.chat_id, o.text, o.status, m.display_name AS name FROM outbox o
       JOIN incoming_messages i ON i.id = o.source_message_id JOIN members m ON m.id = i.member_id`,
    );
    expect(answers).toHaveLength(300);
    const posts = emu.botPosts();
    for (const a of answers) {
      expect(a.status).toBe('sent');
      const carrying = posts.filter((p) => p.chatId === a.chat_id && (p.text === a.text || p.text.split('\n').includes(`${a.name}:${a.text}`)));
      expect(carrying.length, `${a.name} in ${a.chat_id}`).toBeGreaterThanOrEqual(1);
    }
    // At most one send repeated across the kill: no other post appears twice in its chat.
    const seen = new Map<string, number>();
    for (const p of posts) seen.set(`${p.chatId}\u0000${p.text}`, (seen.get(`${p.chatId}\u0000${p.text}`) ?? 0) + 1);
    const repeated = [...seen.values()].filter((n) => n > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    expect(repeated.every((n) => n === 2)).toBe(true);
  }, 150_000);

  it('a second SIGTERM during the graceful stop exits at once', async () => {
    emu ??= await TelegramEmulator.start();
    const bot = startBot();
    await emu.until(() => emu!.polls > 0, 60_000, 'the bot to start polling');
    const before = emu.botPosts().length;
    const user = { id: 77_001, name: '张' };
    for (let i = 0; i < 10; i++) emu.userSays(user, { id: user.id, type: 'private' }, `/我是 ${i + 1}-101`);
    await emu.until(() => emu!.botPosts().length > before, 30_000, 'the first answer');
    bot.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    bot.kill('SIGTERM');
    // Not the graceful exit (0): the answers still queued were not waited for.
    expect(await exited(bot)).not.toBe(0);
    expect(emu.botPosts().length - before).toBeLessThan(10);
  }, 90_000);
});
