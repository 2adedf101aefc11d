import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SPREADSHEET_LIMITS } from '../../src/runtime/files/limits.js';
import { queryDb } from '../helpers/db.js';
import { TelegramEmulator, TOKEN } from '../helpers/telegram-emulator.js';
import { manyRows, zipBomb } from '../helpers/xlsx-attacks.js';

const dir = mkdtempSync(join(tmpdir(), 'linli-files-'));
const dbPath = join(dir, 'linli.db');
/** The bot's heap, as small as the machine the issue saw die four times out of four (512 MB), halved. */
const HEAP_MB = 256;
let emu: TelegramEmulator | undefined;
const children: ChildProcess[] = [];
/** What the bot logged (warnings and errors), shown when an expectation fails. */
const logs: string[] = [];

/** linli as it runs in production (`tsx src/main.ts`), with a small heap. */
function startBot(): ChildProcess {
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: {
      ...process.env,
      NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emu!.apiRoot,
      LINLI_DB_PATH: dbPath,
      LINLI_ADMINS: 'telegram:1',
      LINLI_BACKUP_SCHEDULE: 'off',
      LOG_LEVEL: 'warn',
      CI: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: signals reach node itself, and its memory can be read
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

/** The most memory (peak RSS, MB) any process of the bot's group has used so far. */
function peakRssMb(child: ChildProcess): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group !== child.pid) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // a process that just ended
    }
  }
  return Math.round(peak);
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const GROUP = { id: -4001, type: 'supergroup' as const, title: '阳光二期5号楼群' };
const SECRETARY = { id: 1, name: '书记' };
const LEADER = { id: 2, name: '老李' };
const RESIDENT = { id: 3, name: '小张' };
const privately = (u: { id: number }) => ({ id: u.id, type: 'private' as const });
const texts = (chatId: number) => emu!.botPosts(chatId).map((p) => p.text);

describe('files that could sink the bot, sent to linli on Telegram (a child process with a small heap)', () => {
  it('a zip bomb and a million-row sheet: never read for a resident, refused with one reply for a leader, memory bounded, no crash loop, every other chat answered', async () => {
    const bomb = await zipBomb(400);
    const million = await manyRows(1_000_000);
    const overRows = await manyRows(SPREADSHEET_LIMITS.rows + 1);

    emu = await TelegramEmulator.start();
    let bot = startBot();
    await emu.until(() => emu!.polls > 0, 60_000, 'the bot to start polling');
    emu.userSays(SECRETARY, privately(SECRETARY), '/我是 1-101');
    emu.userSays(SECRETARY, GROUP, '/bind 阳光二期');
    await emu.until(() => texts(GROUP.id).length === 1, 60_000, 'the group bound');
    emu.userSays(LEADER, GROUP, '/我是 2-201');
    emu.userSays(LEADER, privately(LEADER), '/我是');
    emu.userSays(SECRETARY, GROUP, '/授权 @老李 团长', { entities: [{ type: 'text_mention', offset: 4, length: 3, user: { id: LEADER.id, is_bot: false, first_name: LEADER.name } }] });
    await emu.until(() => texts(GROUP.id).length === 3 && texts(LEADER.id).length === 1, 60_000, 'the leader known and granted');

    // A resident posts both in the group, and the bomb privately: none is downloaded.
    emu.userSends(RESIDENT, GROUP, { name: '订单.xlsx', data: bomb });
    emu.userSends(RESIDENT, GROUP, { name: '全部订单.xlsx', data: million }, '看看这个');
    emu.userSends(RESIDENT, privately(RESIDENT), { name: '订单.xlsx', data: bomb });
    // The leader sends the bomb with /导入团购 as its caption, and the million rows after /导入团购.
    emu.userSends(LEADER, privately(LEADER), { name: '四月团.xlsx', data: bomb }, '/导入团购');
    emu.userSays(LEADER, privately(LEADER), '/导入团购');
    await emu.until(() => texts(LEADER.id).some((t) => t.includes('请在 5 分钟内')), 60_000, 'the bot to wait for the leader\'s file');
    emu.userSends(LEADER, privately(LEADER), { name: '百万行.xlsx', data: million });
    emu.userSends(LEADER, privately(LEADER), { name: '一万行.xlsx', data: overRows }, '/导入团购');
    // Meanwhile, twenty residents record their homes privately.
    const neighbours = Array.from({ length: 20 }, (_, i) => ({ id: 100 + i, name: `邻居${i}` }));
    for (const n of neighbours) emu.userSays(n, privately(n), `/我是 ${1 + (n.id % 9)}-${300 + n.id}`);

    await emu.until(() => texts(LEADER.id).length >= 5 && neighbours.every((n) => texts(n.id).length === 1), 120_000, 'every answer');
    await new Promise((r) => setTimeout(r, 1500));

    // Each refused file got one clear reply, in the leader's words (the bomb's came when its read
    // ended, off the message path, after the quicker answers); nothing was imported.
    expect(texts(LEADER.id).slice(1).sort(), logs.join('')).toEqual([
      '文件「四月团.xlsx」解压后太大(超过 20 MB),没有读取。请发导出的原表格。',
      '请在 5 分钟内把 .xlsx 表格(快团团 / 群接龙导出的)发到这里。',
      '文件「百万行.xlsx」太大了(超过 5 MB),没有读取。请发导出的原表格。',
      `表格「一万行.xlsx」超过 ${SPREADSHEET_LIMITS.rows} 行,没有读取。请分成几个文件发。`,
    ].sort());
    // The resident: silence in the group, one short line in private.
    expect(texts(GROUP.id), logs.join('')).toHaveLength(3);
    expect(texts(RESIDENT.id)).toEqual(['收到文件「订单.xlsx」,但现在没有要用文件的事。导入团购请先发 /导入团购,补团购资料请先发 /团购资料 团号 资料名,再发文件。']);
    // Only the two files a step waited for and that were not too big to fetch were downloaded.
    expect(emu.downloads, logs.join('')).toHaveLength(2);
    for (const n of neighbours) expect(texts(n.id)[0]).toContain('已记住');
    expect(queryDb<{ n: number }>(dbPath, 'SELECT COUNT(*) AS n FROM groupbuys')[0]!.n).toBe(0);
    const peak = peakRssMb(bot);
    // The old reader held the whole workbook: 1.4-2.9 GB for these files, and death at 512 MB.
    expect(peak, `peak RSS ${peak} MB`).toBeLessThan(HEAP_MB + 250);
    expect(bot.exitCode, logs.join('')).toBeNull();

    // A restart: Telegram hands nothing back (every update was acknowledged), nobody hears anything twice.
    const posts = emu.botPosts().length;
    const lastUpdate = emu.lastUpdateId;
    bot.kill('SIGTERM');
    expect(await exited(bot), logs.join('')).toBe(0);
    expect(emu.confirmedOffset, logs.join('')).toBeGreaterThan(lastUpdate);

    // And a read that a crash interrupted (the process died reading the file) is not tried again.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const db = new Database(dbPath);
    db.prepare(
      `INSERT INTO file_reads (platform, chat_id, message_id, kind, command, message_json, file_json, status, claimed_by, created_at)
       VALUES ('telegram', ?, '999999', 'spreadsheet', '/导入团购', ?, ?, 'reading', ?, ?)`,
    ).run(
      String(LEADER.id),
      JSON.stringify({ platform: 'telegram', chatId: String(LEADER.id), isGroup: false, senderId: String(LEADER.id), senderName: LEADER.name, messageId: '999999', time: Date.now() }),
      JSON.stringify({ name: '炸弹.xlsx', size: bomb.length, ref: 'file-1' }),
      `${hostname()}:${gone}:deadbeef`,
      Date.now(),
    );
    db.close();
    bot = startBot();
    await emu.until(() => emu!.botPosts().length === posts + 1, 60_000, 'the interrupted read answered');
    expect(texts(LEADER.id).at(-1), logs.join('')).toBe('打不开「炸弹.xlsx」,请发快团团或群接龙导出的表格(.xlsx、.xls 或 .csv)。');
    expect(emu.downloads, logs.join('')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(emu.botPosts(), logs.join('')).toHaveLength(posts + 1);
    bot.kill('SIGTERM');
    expect(await exited(bot), logs.join('')).toBe(0);
  }, 240_000);
});
