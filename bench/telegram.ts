/**
 * The Telegram scenario: linli as `npm start` runs it (compiled, its own process) against the
 * telegram-test-api emulator, with Telegram's limits enforced in front of it (telegram-limits.ts),
 * and a naive one-reply-per-message grammY bot (naive-bot.ts) on another emulator and proxy,
 * in the same run. Residents order by 接龙: each copies the latest chain they saw in the group and
 * adds their line, at random times over the scenario. First one resident orders in a quiet group.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TelegramEmulator, TOKEN, type BotPost } from '../tests/helpers/telegram-emulator.js';
import { percentiles } from './lib.js';
import { MAIN, sleep, start, statusMb, stop, until } from './processes.js';
import { TelegramLimits } from './telegram-limits.js';

const GROUP = { id: -100200, type: 'supergroup' as const, title: '阳光二期3号楼' };
const SECRETARY = { id: 1, name: '王书记' };
const resident = (i: number) => ({ id: 1000 + i, name: `居民${i}` });
/** 40 buildings, 18 floors, 5 doors a floor: no door is another's substring with the boundaries below. */
const doorOf = (i: number) => `${1 + (i % 40)}-${(1 + (Math.floor(i / 40) % 18)) * 100 + 1 + (Math.floor(i / 720) % 5)}`;
const doorIn = (text: string, door: string) => new RegExp(`(?<![\\d-])${door}(?![\\d])`).test(text);
const LINES = ['{n}. {door} B×2', '{n}. {door} A套餐1份', '{n}. {door} 王 A1 B1', '{n}、{door} B套餐兩份🙏'];

export interface ChainFigures {
  residents: number;
  seconds: number;
  groupMessages: number;
  groupBytes: number;
  acked: number;
  ackP50s: number;
  ackP99s: number;
  /** How long the scenario waited after the last order for acknowledgements (unacknowledged count as longer). */
  waitedS: number;
  quietAckS: number;
  refused: number;
  botPeakRssMb: number;
}

interface Side {
  emu: TelegramEmulator;
  limits: TelegramLimits;
  /** The bot's posts in the group from the launch on. */
  posts: () => BotPost[];
  /** When resident i's order was acknowledged, found in the posts. */
  ackedAt: (i: number, messageId: number, sentAt: number) => number | undefined;
  pid: () => number;
  close: () => Promise<void>;
}

async function proxied(): Promise<{ emu: TelegramEmulator; limits: TelegramLimits }> {
  const emu = await TelegramEmulator.start();
  const limits = new TelegramLimits(emu.port);
  await limits.start();
  return { emu, limits };
}

/** "4月21日", some days from today in Shanghai, as a leader writes dates. */
const monthDay = (days: number) => {
  const [m, d] = new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' }).split('/');
  return `${m}月${d}日`;
};
const registration = () =>
  ['/团购登记', '标题: 蔬菜套餐', '供应商: 浦东绿源农产品公司', 'A套餐 100元: 鸡蛋、蔬菜、肉', 'B套餐 150元: 蔬菜、水果、肉', '每户限购: 5份', '截止: 明天20:00', `送达: ${monthDay(2)}`,
    '营业执照: 91310115MA1K4XXXX', '通行证: 沪A-2026-0042', `送货员核酸: ${monthDay(0)} 阴性`, `司机核酸: ${monthDay(0)} 阴性`].join('\n');

/** linli, started as in production, with a launched group-buy in the group. */
async function linliSide(): Promise<Side & { chain: string }> {
  const { emu, limits } = await proxied();
  const dir = mkdtempSync(join(tmpdir(), 'linli-bench-tg-'));
  const bot = start(process.execPath, [MAIN], {
    LINLI_DB_PATH: join(dir, 'linli.db'),
    LINLI_ADMINS: `telegram:${SECRETARY.id}`,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: limits.apiRoot,
    LINLI_BACKUP_SCHEDULE: 'off',
    LOG_LEVEL: 'warn',
  });
  await until(() => emu.polls > 0 || bot.exitCode !== null, 30_000, 'linli to poll');
  if (bot.exitCode !== null) throw new Error(`linli did not start: ${bot.output()}`);
  const inGroup = () => emu.botPosts(GROUP.id);
  const say = async (text: string, chat: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string }) => {
    const before = emu.botPosts().length;
    emu.userSays(SECRETARY, chat, text);
    await until(() => emu.botPosts().length > before, 30_000, `linli's answer to ${text.split('\n')[0]}`);
  };
  await say('/bind 阳光二期', GROUP);
  const privately = { id: SECRETARY.id, type: 'private' as const };
  await say(registration(), privately);
  await say('/团购审批 1', privately);
  await say('/发团 1', GROUP);
  const launch = await until(() => inGroup().find((p) => p.text.includes('团购接龙')), 30_000, 'the chain post').catch((err: Error) => {
    throw new Error(`${err.message}; linli said: ${emu.botPosts().map((p) => p.text.slice(0, 80)).join(' | ')}; ${bot.output()}`);
  });
  return {
    emu,
    limits,
    chain: launch.text,
    posts: () => inGroup().filter((p) => p.time >= launch.time),
    ackedAt: (i, _id, sentAt) => inGroup().find((p) => p.time >= sentAt && p !== launch && doorIn(p.text, doorOf(i)))?.time,
    pid: () => bot.pid!,
    close: async () => {
      await stop(bot);
      await limits.stop();
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The naive bot, with the leader's chain posted in its group. */
async function naiveSide(chain: string): Promise<Side> {
  const { emu, limits } = await proxied();
  const bot = start(process.execPath, [fileURLToPath(new URL('./naive-bot.js', import.meta.url)), limits.apiRoot, TOKEN], {});
  await until(() => bot.output().includes('ready') || bot.exitCode !== null, 30_000, 'the naive bot to start');
  const launchedAt = Date.now();
  emu.userSays(SECRETARY, GROUP, chain);
  const inGroup = () => emu.botPosts(GROUP.id).filter((p) => p.time >= launchedAt);
  return {
    emu,
    limits,
    posts: inGroup,
    ackedAt: (_i, id) => inGroup().find((p) => p.replyTo === id)?.time,
    pid: () => bot.pid!,
    close: async () => {
      await stop(bot);
      await limits.stop();
      await emu.stop();
    },
  };
}

/** A resident's copy: the latest chain in the group with their line added, cut to Telegram's 4,096 characters (the oldest lines go). */
function copyWith(latest: string, line: string): string {
  const lines = [...latest.split('\n'), line];
  while (lines.join('\n').length > 4096) lines.splice(Math.min(8, lines.length - 2), 1);
  return lines.join('\n');
}

/** A seeded generator, so every run sends the same orders at the same moments. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * Runs both bots side by side: the quiet single order, then `residents` orders over `seconds`,
 * then waits up to `waitS` after the last for acknowledgements.
 */
export async function chainOnTelegram(residents: number, seconds: number, waitS: number): Promise<{ linli: ChainFigures; naive: ChainFigures }> {
  const linli = await linliSide();
  const naive = await naiveSide(linli.chain);
  const sides = [linli, naive] as const;
  const latest = [linli.chain, linli.chain];
  const sent: { i: number; at: number; ids: number[] }[] = [];
  const order = (i: number) => {
    const line = LINES[i % LINES.length]!.replace('{n}', String(i + 1)).replace('{door}', doorOf(i));
    const at = Date.now();
    const ids = sides.map((side, k) => {
      const text = copyWith(latest[k]!, line);
      latest[k] = text;
      return side.emu.userSays(resident(i), GROUP, text);
    });
    sent.push({ i, at, ids });
  };
  try {
    // One order in a quiet group: nothing said for a few seconds before it.
    await sleep(3000);
    order(0);
    const quiet = await Promise.all(
      sides.map((side, k) => until(() => side.ackedAt(0, sent[0]!.ids[k]!, sent[0]!.at), 60_000, 'the quiet order to be acknowledged')),
    );
    await sleep(2000);
    // The burst: each resident at a random moment of the scenario.
    const random = seeded(42);
    const moments = Array.from({ length: residents - 1 }, () => random() * seconds * 1000).sort((a, b) => a - b);
    const t0 = Date.now();
    for (let k = 0; k < moments.length; k++) {
      const wait = t0 + moments[k]! - Date.now();
      if (wait > 0) await sleep(wait);
      order(k + 1);
    }
    const lastAt = Date.now();
    const peaks = sides.map((s) => statusMb(s.pid(), 'VmHWM'));
    const burst = sent.slice(1);
    const allAcked = () => sides.every((side, k) => burst.every((s) => side.ackedAt(s.i, s.ids[k]!, s.at) !== undefined));
    while (!allAcked() && Date.now() - lastAt < waitS * 1000) await sleep(500);
    const waitedS = (Date.now() - lastAt) / 1000;
    const figures = sides.map((side, k): ChainFigures => {
      const delays = burst.map((s) => {
        const at = side.ackedAt(s.i, s.ids[k]!, s.at);
        return at === undefined ? Infinity : (at - s.at) / 1000;
      });
      const posts = side.posts();
      const { p50Ms, p99Ms } = percentiles(delays);
      return {
        residents,
        seconds,
        groupMessages: posts.length,
        groupBytes: posts.reduce((n, p) => n + Buffer.byteLength(p.text), 0),
        acked: delays.filter(Number.isFinite).length,
        ackP50s: p50Ms,
        ackP99s: p99Ms,
        waitedS,
        quietAckS: (quiet[k]! - sent[0]!.at) / 1000,
        refused: side.limits.refused,
        botPeakRssMb: Math.max(peaks[k]!, statusMb(side.pid(), 'VmHWM')),
      };
    });
    return { linli: figures[0]!, naive: figures[1]! };
  } finally {
    await naive.close();
    await linli.close();
  }
}
