/**
 * `npm run bench`: how fast and how lean linli is, measured as it runs: compiled, run by `node` as
 * `npm start`, the Docker image and the systemd unit run it (npm run bench builds first). Prints
 * one table, every figure beside its target, and writes the same figures to bench/results.json.
 * `npm run bench -- --quick` runs small sizes (CI runs it so the bench cannot rot; nothing is asserted).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCapabilities } from '../commands/index.js';
import { PAGE_CACHE_KIB } from '../src/db/open.js';
import { loadChineseDictionaries } from '../src/kernel/chinese.js';
import { Router } from '../src/runtime/router.js';
import { benchDesk } from './desk.js';
import { benchCards } from './card-bench.js';
import { benchChainParse } from './groupbuy-chain.js';
import { benchApp, burst, incoming, oneByOne, rawCommits, workDir, type Throughput } from './lib.js';
import { cpuSeconds, MAIN, processTree, ROOT, sleep, start, stop, until } from './processes.js';
import { community, groupBuyBurst, homeOf, launchedGroupBuy, mixedDay, taskClaimBurst } from './scenarios.js';
import type { SoakFigures } from './soak.js';
import { attackFiles, type FileFigures } from './files-bench.js';
import type { StreetFigures } from './street-bench.js';
import { buildStreet, FULL_STREET, SMALL_STREET } from './street.js';
import { chainOnTelegram } from './telegram.js';

const allCommands = allCapabilities.flatMap((c) => c.commands);
const quick = process.argv.includes('--quick');
const size = (full: number, small: number) => (quick ? small : full);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

interface Row {
  figure: string;
  value: number | string;
  unit: string;
  /** Against the raw one-commit-per-message limit of this run. */
  vsLimit?: number;
  target?: string;
  /** value ÷ target, where the target is a number of the same unit. */
  ofTarget?: number;
  met?: boolean;
}
const rows: Row[] = [];
const round = (v: number, digits = 0) => Number(v.toFixed(digits));
const range = (xs: number[], digits = 0) => (Math.min(...xs) === Math.max(...xs) ? `${round(xs[0]!, digits)}` : `${round(Math.min(...xs), digits)}-${round(Math.max(...xs), digits)}`);
/** A figure with an upper bound: `value` (the worst of the runs) ≤ `max`. */
const atMost = (figure: string, values: number[], unit: string, max: number, digits = 0): Row => ({
  figure,
  value: range(values, digits),
  unit,
  target: `<= ${max} ${unit}`,
  ofTarget: round(Math.max(...values) / max, 2),
  met: Math.max(...values) <= max,
});
const log = (what: string) => console.error(`bench: ${what} (${new Date().toISOString().slice(11, 19)}, load ${loadavg()[0]!.toFixed(1)})`);

// 1. The limit: the most durable one-message commits a second, and NORMAL for reference.
log('the disk');
const raw = rawCommits('FULL', size(3000, 300));
const limitFull = raw.perSecond;
const limitNormal = rawCommits('NORMAL', size(20000, 1000)).perSecond;
rows.push({ figure: 'limit: raw commits/s, synchronous=FULL', value: round(limitFull), unit: '/s', vsLimit: 1 });
rows.push({ figure: "limit: p99 of one raw commit, synchronous=FULL (the disk's own tail)", value: round(raw.p99Ms, 2), unit: 'ms' });
rows.push({ figure: 'reference: raw commits/s, synchronous=NORMAL', value: round(limitNormal), unit: '/s', vsLimit: round(limitNormal / limitFull, 2) });

// 2. Memory and start-up of the bot as it runs: `node dist/src/main.js`, and the `npm start` tree.
log('memory and start-up');
async function startBot(viaNpm: boolean, dir = mkdtempSync(join(tmpdir(), 'linli-bench-run-'))): Promise<{ child: ReturnType<typeof start>; dir: string }> {
  const env = { LINLI_DB_PATH: join(dir, 'linli.db'), LOG_LEVEL: 'warn', LINLI_BACKUP_SCHEDULE: 'off' };
  const child = viaNpm ? start('npm', ['start', '--silent'], env) : start(process.execPath, ['--max-semi-space-size=2', MAIN], env);
  return { child, dir };
}
/** From the process's start to the reply to a message typed at once, on the database of an earlier run (a restart). */
async function firstReply(): Promise<{ ms: number; cpuS: number }> {
  const earlier = await startBot(false);
  await until(() => earlier.child.output().includes('控制台群聊'), 60_000, 'the console chat');
  await stop(earlier.child);
  const t0 = performance.now();
  const { child, dir } = await startBot(false, earlier.dir);
  child.stdin!.write('wang: /我是 5-302\n');
  await until(() => child.output().includes('linli → 控制台群'), 30_000, 'the first reply');
  const ms = performance.now() - t0;
  const cpuS = cpuSeconds(child.pid!);
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuS };
}
/** RSS once started and idle for a few seconds: the bot process alone, and every process of the tree. */
async function idleRss(viaNpm: boolean): Promise<{ botMb: number; treeMb: number; tree: string }> {
  const { child, dir } = await startBot(viaNpm);
  await until(() => child.output().includes('控制台群聊') || child.exitCode !== null, 120_000, 'the console chat');
  await sleep(3000);
  const tree = processTree(child.pid!);
  const bot = tree.find((p) => p.command.includes('dist/src/main.js'));
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
  if (!bot) throw new Error(`bench: no bot process in ${JSON.stringify(tree)}: ${child.output()}`);
  return {
    botMb: bot.rssMb,
    treeMb: tree.reduce((n, p) => n + p.rssMb, 0),
    tree: tree.map((p) => `${p.command.split(' ').slice(0, 2).join(' ').replace(ROOT, '')} ${round(p.rssMb)} MB`).join(' → '),
  };
}
{
  const runs = size(3, 1);
  const direct: number[] = [];
  const npmBot: number[] = [];
  const npmTree: number[] = [];
  const replies: number[] = [];
  const replyCpu: number[] = [];
  let shape = '';
  for (let i = 0; i < runs; i++) {
    direct.push((await idleRss(false)).botMb);
    const n = await idleRss(true);
    npmBot.push(n.botMb);
    npmTree.push(n.treeMb);
    shape = n.tree;
    const reply = await firstReply();
    replies.push(reply.ms);
    replyCpu.push(reply.cpuS);
  }
  rows.push(atMost(`idle RSS of the bot process, node dist/src/main.js (${runs} runs)`, direct, 'MB', 100));
  rows.push(atMost('idle RSS of the bot process under npm start', npmBot, 'MB', 100));
  rows.push({ figure: `idle RSS of the whole npm start tree: ${shape}`, value: range(npmTree), unit: 'MB' });
  rows.push(atMost('first reply: from starting the process (a restart) to the answer of a message typed at once', replies.map((ms) => ms / 1000), 's', 0.4, 2));
  rows.push({ figure: 'first reply: CPU time the bot process used until then (what it takes on an idle core)', value: range(replyCpu, 2), unit: 's' });
}

// 3. Routing only, over a realistic mix.
log('routing');
loadChineseDictionaries();
const router = new Router(allCommands, ['linli']);
const mix = ['/我是 5-302', '今天天气不错', '我住5号楼302', '/help', '大家注意安全,戴好口罩', '/授权 @li 团长', '5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天', '12. 5-302 B×2', '收到,谢谢志愿者', '誰是醫護人員?'];
const nRoute = size(50_000, 2_000);
for (let i = 0; i < 2000; i++) router.route({ text: mix[i % mix.length]!, isGroup: true });
let t0 = performance.now();
for (let i = 0; i < nRoute; i++) router.route({ text: mix[i % mix.length]!, isGroup: true });
rows.push({ figure: 'routing only: messages/s', value: round(nRoute / ((performance.now() - t0) / 1000)), unit: '/s' });

// 4. Chain parsing: one 500-line 接龙 chain message.
{
  const chain = benchChainParse(size(50, 10));
  rows.push({ figure: 'chain of 500 lines: read', value: round(chain.readChainMs, 2), unit: 'ms', target: '<= 10 ms', ofTarget: round(chain.readChainMs / 10, 2), met: chain.readChainMs <= 10 });
  rows.push({ figure: 'chain of 500 lines: normalise, lines new', value: round(chain.normalizeNewMs, 2), unit: 'ms' });
  rows.push({ figure: 'chain of 500 lines: normalise, lines seen before (a copy)', value: round(chain.normalizeMs, 2), unit: 'ms' });
}

// 5. End to end in process: Incoming → committed writes and outbox rows (sending not included).
log('end to end');
const e2e = (name: string, r: Throughput, goal?: number) => {
  const vs = round(r.perSecond / limitFull, 2);
  rows.push({ figure: `${name}: messages/s`, value: round(r.perSecond), unit: '/s', vsLimit: vs, ...(goal ? { target: `>= ${goal}x limit`, ofTarget: round(vs / goal, 2), met: vs >= goal } : {}) });
  rows.push({ figure: `${name}: p50 latency`, value: round(r.p50Ms, 2), unit: 'ms' });
  rows.push({ figure: `${name}: p99 latency`, value: round(r.p99Ms, 2), unit: 'ms' });
};
async function scenario<T>(run: (app: ReturnType<typeof benchApp>) => Promise<T>): Promise<T> {
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  try {
    return await run(app);
  } finally {
    app.db.close();
    cleanup();
  }
}
{
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  await app.dispatcher.submit(incoming('secretary', '/bind 阳光二期'));
  const n = size(500, 100);
  const homes = Array.from({ length: n }, (_, i) => incoming(`r${i}`, `/我是 ${1 + (i % 40)}-${101 + (i % 6) * 100}`));
  e2e('burst of home records (500 at once)', await burst(app, homes), 2);
  const idle = Array.from({ length: size(300, 50) }, (_, i) => incoming(`idle${i}`, `/我是 ${1 + (i % 40)}-302`));
  const single = await oneByOne(app, idle);
  e2e('single messages on an idle bot', single);
  rows.push({ figure: 'single messages on an idle bot: p99 against its target', value: round(single.p99Ms, 2), unit: 'ms', target: '<= 5 ms', ofTarget: round(single.p99Ms / 5, 2), met: single.p99Ms <= 5 });
  app.db.close();
  cleanup();
}
{
  const n = size(500, 100);
  const cold = await scenario((app) => groupBuyBurst(app, n));
  e2e(`(a) 接龙 burst, first in the process: ${n} residents order at once`, cold);
  const runs = size(3, 1);
  const again: (Throughput & { orders: number })[] = [];
  for (let i = 0; i < runs; i++) again.push(await scenario((app) => groupBuyBurst(app, n)));
  const best = again.reduce((a, b) => (a.perSecond >= b.perSecond ? a : b));
  e2e(`(a) 接龙 burst, again on a fresh database: ${n} residents order at once (best of ${runs})`, best, 2);
  rows.push({ figure: `(a) 接龙 burst again: messages/s of the ${runs} runs`, value: again.map((r) => round(r.perSecond)).join(' / '), unit: '/s' });
  rows.push({ figure: '(a) orders recorded', value: best.orders, unit: '' });
  // The SQL statements one chain message runs.
  const statements = await scenario(async (app) => {
    await community(app);
    const { chainText } = await launchedGroupBuy(app);
    // Every prepared statement run (statements are prepared through db.prepare: src/db/open.ts).
    let count = 0;
    const db = app.db as unknown as { prepare: (sql: string) => { run: (...a: unknown[]) => unknown; get: (...a: unknown[]) => unknown; all: (...a: unknown[]) => unknown } };
    const prepare = db.prepare.bind(db);
    const wrapped = new WeakSet<object>();
    db.prepare = (sql: string) => {
      const stmt = prepare(sql) as unknown as Record<'run' | 'get' | 'all', (...a: unknown[]) => unknown>;
      if (!wrapped.has(stmt)) {
        wrapped.add(stmt);
        for (const m of ['run', 'get', 'all'] as const) {
          const f = stmt[m].bind(stmt);
          stmt[m] = (...a: unknown[]) => (count++, f(...a));
        }
      }
      return stmt as never;
    };
    const k = 100;
    count = 0;
    await burst(app, Array.from({ length: k }, (_, i) => incoming(`c${i}`, `${chainText}\n${i + 1}. ${homeOf(i).b}-${homeOf(i).r} B×2`)));
    return count / k;
  });
  rows.push({ figure: '(a) SQL statements run for one chain message (an order writes 7 rows)', value: round(statements, 1), unit: '' });
  const people = size(3500, 700);
  const b = await scenario((app) => mixedDay(app, people, size(14_000, 1_000), 100));
  e2e(`(b) mixed day, ${people} people, ${b.messages} messages in bursts of 100`, b);
  const volunteers = size(200, 60);
  const c = await scenario((app) => taskClaimBurst(app, volunteers, 20));
  e2e(`(c) ${volunteers} volunteers reply 接 to 20 tasks at once`, c);
  rows.push({ figure: '(c) tasks claimed (one owner each)', value: c.claimed, unit: '' });
}

// 6. Soak, in a process of its own: RSS after a full collection, from warm to the end; in the full
// run also with better-sqlite3's default page cache (16 MiB) for comparison.
log('soak');
{
  const total = size(300_000, 6_000);
  const warmAt = size(50_000, 4_000);
  const checkAt = quick ? [1_000, 2_000, 4_000, 6_000] : [10_000, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000];
  const soakWith = (cacheKib?: number): SoakFigures => {
    const child = spawnSync(process.execPath, [here('./soak.js'), checkAt.join(','), ...(cacheKib ? [String(cacheKib)] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`soak failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as SoakFigures;
  };
  const report = (s: SoakFigures, cache: string, goal: boolean) => {
    const first = s.checkpoints[0]!;
    const warm = s.checkpoints.find((c) => c.messages >= warmAt)!;
    const highest = Math.max(...s.checkpoints.filter((c) => c.messages >= warmAt).map((c) => c.rssMb));
    const end = s.checkpoints[s.checkpoints.length - 1]!;
    rows.push({ figure: `soak, page cache ${cache}: RSS at ${s.checkpoints.map((c) => `${c.messages / 1000}k`).join(' / ')} messages`, value: s.checkpoints.map((c) => round(c.rssMb)).join(' / '), unit: 'MB' });
    const growth = `soak, page cache ${cache}: RSS growth once warm, ${warm.messages / 1000}k → ${end.messages / 1000}k messages`;
    rows.push(goal ? atMost(growth, [end.rssMb - warm.rssMb], 'MB', 5, 1) : { figure: growth, value: round(end.rssMb - warm.rssMb, 1), unit: 'MB' });
    rows.push({ figure: `soak, page cache ${cache}: highest RSS once warm, above the warm figure`, value: round(highest - warm.rssMb, 1), unit: 'MB' });
    rows.push({ figure: `soak, page cache ${cache}: RSS growth cold → warm, ${first.messages / 1000}k → ${warm.messages / 1000}k`, value: round(warm.rssMb - first.rssMb, 1), unit: 'MB' });
    rows.push({ figure: `soak, page cache ${cache}: JS heap once warm, ${warm.messages / 1000}k → ${end.messages / 1000}k`, value: `${round(warm.heapMb, 1)} → ${round(end.heapMb, 1)}`, unit: 'MB' });
    rows.push({ figure: `soak, page cache ${cache}: messages/s over ${total / 1000}k (database ${round(s.dbMb)} MB at the end)`, value: round(s.messagesPerSecond), unit: '/s' });
  };
  report(soakWith(), `${PAGE_CACHE_KIB / 1024} MiB (linli's)`, true);
  if (!quick) report(soakWith(16_000), '16 MiB (better-sqlite3 default)', false);
}

// 7. Street scale: build the street, then the bot on it, started, in a process of its own (peak RSS).
log('street');
{
  const { dir, cleanup } = workDir();
  try {
    const street = quick ? SMALL_STREET : FULL_STREET;
    const dbPath = join(dir, 'street.db');
    const t = performance.now();
    const built = buildStreet(dbPath, street);
    rows.push({ figure: `street: build ${street.residents} residents, ${street.orders} orders, ${street.days} days (SQL)`, value: round((performance.now() - t) / 1000, 1), unit: 's' });
    const child = spawnSync(process.execPath, [here('./street-bench.js'), dbPath, String(built.biggestGroupBuy), built.today, String(built.now)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`street bench failed: ${child.stderr}`);
    const f = JSON.parse(child.stdout.trim().split('\n').pop()!) as StreetFigures;
    rows.push({ figure: 'street: start-up (App over the file, migrations checked, started)', value: round(f.startupMs, 1), unit: 'ms' });
    rows.push(atMost('street: start-up + first message committed', [(f.startupMs + f.firstMessageMs) / 1000], 's', 1, 2));
    rows.push(atMost("street: assemble one day's bulletin", [f.bulletinMs], 'ms', 100, 1));
    rows.push(atMost(`street: export the biggest group-buy (${f.exportOrders} orders, 3 sheets, .xlsx)`, [f.exportMs / 1000], 's', 1, 2));
    rows.push({ figure: '  of which: rendering the three .xlsx (src/outbox/spreadsheet.ts)', value: round(f.exportRenderMs, 0), unit: 'ms' });
    rows.push({ figure: '  of which: reading orders, building and sorting rows (commands/groupbuy/sheets.ts)', value: round(f.exportMs - f.exportRenderMs, 0), unit: 'ms' });
    rows.push({ figure: `street: medicine queue (${f.medicineQueueLength} open)`, value: round(f.medicineQueueMs, 1), unit: 'ms' });
    rows.push({ figure: 'street: RSS with the code loaded, before opening the database', value: round(f.codeRssMb, 0), unit: 'MB' });
    rows.push({ figure: 'street: peak RSS before the export (start-up, message, bulletin, queue)', value: round(f.peakBeforeExportMb, 0), unit: 'MB' });
    rows.push({ figure: 'street: peak RSS after one export (what a leader asking once costs)', value: round(f.peakAfterOneExportMb, 0), unit: 'MB' });
    rows.push(atMost('street: peak RSS of the started bot (start-up, message, bulletin, queue, three exports)', [f.peakRssMb], 'MB', 160));
  } finally {
    cleanup();
  }
}

// The desk on a street, through its HTTP server (bench/desk.ts).
rows.push(...(await benchDesk(quick)));
// 6. The bulletin card: time and memory, drawn as the bot draws it and the ways it was measured against.
rows.push(...benchCards(quick));

// 8. Telegram: 接龙 through the emulator with Telegram's limits, linli beside a naive bot.
log('Telegram');
{
  const residents = size(300, 12);
  const seconds = size(180, 10);
  const { linli, naive } = await chainOnTelegram(residents, seconds, size(180, 40));
  const s = (v: number) => (Number.isFinite(v) ? round(v, 1) : `> ${round(linli.waitedS)}`);
  const name = `Telegram: ${residents} residents order by 接龙 in ${seconds} s`;
  rows.push({ figure: `${name}: group messages, linli (naive bot)`, value: `${linli.groupMessages} (${naive.groupMessages})`, unit: '', target: `<= ${size(20, 20)}`, ofTarget: round(linli.groupMessages / 20, 2), met: linli.groupMessages <= 20 });
  rows.push({ figure: `${name}: bytes of group messages, linli (naive bot)`, value: `${round(linli.groupBytes / 1024, 1)} (${round(naive.groupBytes / 1024, 1)})`, unit: 'KB' });
  rows.push({ figure: `${name}: acknowledged, linli (naive bot), waiting ${round(linli.waitedS)} s after the last`, value: `${linli.acked} (${naive.acked}) of ${residents - 1}`, unit: '' });
  rows.push({ figure: `${name}: acknowledgement p50, linli (naive bot)`, value: `${s(linli.ackP50s)} (${s(naive.ackP50s)})`, unit: 's' });
  rows.push({ figure: `${name}: acknowledgement p99, linli (naive bot)`, value: `${s(linli.ackP99s)} (${s(naive.ackP99s)})`, unit: 's', target: '<= 15 s', ofTarget: Number.isFinite(linli.ackP99s) ? round(linli.ackP99s / 15, 2) : undefined, met: linli.ackP99s <= 15 });
  rows.push({ figure: `${name}: 429 answers drawn, linli (naive bot)`, value: `${linli.refused} (${naive.refused})`, unit: '' });
  rows.push(atMost('Telegram: one order in a quiet group, acknowledged after', [linli.quietAckS], 's', 2, 2));
  rows.push({ figure: 'Telegram: the same quiet order, naive bot', value: round(naive.quietAckS, 2), unit: 's' });
  rows.push({ figure: 'Telegram: peak RSS of the bot process during the scenario, linli (naive bot)', value: `${round(linli.botPeakRssMb)} (${round(naive.botPeakRssMb)})`, unit: 'MB' });
}

// 5. Files that could sink the bot, sent by a leader with /导入团购, read by the bot in a process of its own.
{
  const { dir, cleanup } = workDir();
  try {
    await attackFiles(dir, quick);
    const child = spawnSync(process.execPath, [here('./files-bench.js'), dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`files bench failed: ${child.stderr}`);
    const f = JSON.parse(child.stdout.trim().split('\n').pop()!) as FileFigures;
    rows.push({ figure: 'files: RSS with the code loaded', value: round(f.codeRssMb, 0), unit: 'MB' });
    for (const file of f.files) {
      rows.push({ figure: `files: ${file.name} (${round(file.bytes / 1024)} KB) answered ("${file.answer}")`, value: round(file.ms, 0), unit: 'ms' });
      rows.push({ figure: `files: peak RSS while ${file.name} was read and answered`, value: round(file.peakRssMb, 0), unit: 'MB' });
    }
  } finally {
    cleanup();
  }
}

const machine = `${cpus().length} cores, ${round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
console.log(`linli bench${quick ? ' --quick' : ''}, ${new Date().toISOString()}, ${machine}`);
console.table(
  rows.map((r) => ({
    figure: r.figure,
    value: `${r.value} ${r.unit}`.trim(),
    'vs limit': r.vsLimit ?? '',
    target: r.target ?? '',
    'of target': r.ofTarget ?? '',
    met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  })),
);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify({ quick, node: process.version, machine, at: new Date().toISOString(), rows }, null, 2));
