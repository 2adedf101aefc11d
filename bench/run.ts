/**
 * `npm run bench`: how fast linli is, against the durable limit of this disk, all in one run.
 * Prints one table and writes the same figures to bench/results.json.
 * `npm run bench -- --quick` runs small sizes (CI runs it so the bench cannot rot; nothing is asserted).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCapabilities } from '../commands/index.js';
import { Router } from '../src/runtime/router.js';
import { benchChainParse } from './groupbuy-chain.js';
import { benchApp, burst, collectGarbage, heapMb, incoming, oneByOne, rawCommits, rssMb, workDir, type Throughput } from './lib.js';
import { groupBuyBurst, mixedDay, taskClaimBurst } from './scenarios.js';
import { attackFiles, type FileFigures } from './files-bench.js';
import type { StreetFigures } from './street-bench.js';
import { buildStreet, FULL_STREET, SMALL_STREET } from './street.js';

const allCommands = allCapabilities.flatMap((c) => c.commands);

const quick = process.argv.includes('--quick');
const size = (full: number, small: number) => (quick ? small : full);

interface Row {
  figure: string;
  value: number;
  unit: string;
  vsLimit?: number;
  target?: string;
}
const rows: Row[] = [];
const round = (v: number, digits = 0) => Number(v.toFixed(digits));

// 1. The limit: the most durable one-message commits a second, and NORMAL for reference.
const raw = rawCommits('FULL', size(3000, 300));
const limitFull = raw.perSecond;
const limitNormal = rawCommits('NORMAL', size(20000, 1000)).perSecond;
rows.push({ figure: 'limit: raw commits/s, synchronous=FULL', value: round(limitFull), unit: '/s', vsLimit: 1 });
rows.push({ figure: 'limit: p99 of one raw commit, synchronous=FULL (the disk\'s own tail)', value: round(raw.p99Ms, 2), unit: 'ms' });
rows.push({ figure: 'reference: raw commits/s, synchronous=NORMAL', value: round(limitNormal), unit: '/s', vsLimit: round(limitNormal / limitFull, 2) });

// 2. Routing only, over a realistic mix.
const router = new Router(allCommands, ['linli']);
const mix = [
  '/我是 5-302',
  '今天天气不错',
  '我住5号楼302',
  '/help',
  '大家注意安全,戴好口罩',
  '/授权 @li 团长',
  '5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天',
  '12. 5-302 B×2',
  '收到,谢谢志愿者',
  '誰是醫護人員?',
];
const nRoute = size(50_000, 2_000);
for (let i = 0; i < 2000; i++) router.route({ text: mix[i % mix.length]!, isGroup: true });
let t0 = performance.now();
for (let i = 0; i < nRoute; i++) router.route({ text: mix[i % mix.length]!, isGroup: true });
const routing = nRoute / ((performance.now() - t0) / 1000);
rows.push({ figure: 'routing only: messages/s', value: round(routing), unit: '/s' });

// 5. Chain parsing: one 500-line 接龙 chain message.
{
  const chain = benchChainParse(size(50, 10));
  rows.push({ figure: 'chain of 500 lines: read', value: round(chain.readChainMs, 2), unit: 'ms', target: '< 10 ms' });
  rows.push({ figure: 'chain of 500 lines: normalise, lines new', value: round(chain.normalizeNewMs, 2), unit: 'ms' });
  rows.push({ figure: 'chain of 500 lines: normalise, lines seen before (a copy)', value: round(chain.normalizeMs, 2), unit: 'ms' });
}

// 3. End to end in process: Incoming → committed writes and outbox rows (sending not included).
const e2e = (name: string, r: Throughput, target?: string) => {
  rows.push({ figure: `${name}: messages/s`, value: round(r.perSecond), unit: '/s', vsLimit: round(r.perSecond / limitFull, 2), target });
  rows.push({ figure: `${name}: p50 latency`, value: round(r.p50Ms, 2), unit: 'ms' });
  rows.push({ figure: `${name}: p99 latency`, value: round(r.p99Ms, 2), unit: 'ms' });
};
{
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  await app.dispatcher.submit(incoming('secretary', '/bind 阳光二期'));
  const n = size(500, 100);
  const homes = Array.from({ length: n }, (_, i) => incoming(`r${i}`, `/我是 ${1 + (i % 40)}-${101 + (i % 6) * 100}`));
  e2e('burst of home records (500 at once)', await burst(app, homes), '>= 2x limit');
  const idle = Array.from({ length: size(300, 50) }, (_, i) => incoming(`idle${i}`, `/我是 ${1 + (i % 40)}-302`));
  e2e('single messages on an idle bot', await oneByOne(app, idle), 'p99 < 5 ms');
  app.db.close();
  cleanup();
}

// 3a-c. The three scenarios, each on a fresh database set up through the real chat commands.
async function scenario<T extends Throughput>(run: (app: ReturnType<typeof benchApp>) => Promise<T>): Promise<T> {
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
  const n = size(500, 100);
  // The first burst of group-buy lines in this process pays for compiling that code and for loading
  // the traditional-Chinese dictionary (replies to 繁體 lines); a running bot pays it once.
  const cold = await scenario((app) => groupBuyBurst(app, n));
  e2e(`(a) 接龙 burst, first in the process: ${n} residents order at once`, cold);
  const a = await scenario((app) => groupBuyBurst(app, n));
  e2e(`(a) 接龙 burst, again on a fresh database: ${n} residents order at once`, a, '>= 2x limit');
  rows.push({ figure: '(a) orders recorded', value: a.orders, unit: '' });
  const people = size(3500, 700);
  const b = await scenario((app) => mixedDay(app, people, size(14_000, 1_000), 100));
  e2e(`(b) mixed day, ${people} people, ${b.messages} messages in bursts of 100`, b);
  const volunteers = size(200, 60);
  const c = await scenario((app) => taskClaimBurst(app, volunteers, 20));
  e2e(`(c) ${volunteers} volunteers reply 接 to 20 tasks at once`, c);
  rows.push({ figure: '(c) tasks claimed (one owner each)', value: c.claimed, unit: '' });
}

// 3d. Soak: many messages in bursts; RSS after warm-up and at the end.
{
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  await app.dispatcher.submit(incoming('secretary', '/bind 阳光二期'));
  const total = size(100_000, 2_000);
  const batch = 500;
  let sent = 0;
  let warm = 0;
  let warmHeap = 0;
  while (sent < total) {
    const msgs = Array.from({ length: batch }, (_, i) => {
      const k = sent + i;
      return k % 3 === 0 ? incoming(`s${k % 3500}`, '收到,谢谢') : incoming(`s${k % 3500}`, `/我是 ${1 + (k % 40)}-${101 + (k % 9) * 100}`);
    });
    await burst(app, msgs);
    sent += batch;
    if (sent === Math.min(10_000, total / 2)) {
      collectGarbage();
      warm = rssMb();
      warmHeap = heapMb();
    }
  }
  collectGarbage();
  const end = rssMb();
  rows.push({ figure: `soak: RSS after warm-up (${Math.min(10_000, total / 2)} messages)`, value: round(warm, 1), unit: 'MB' });
  rows.push({ figure: `soak: RSS after ${total} messages`, value: round(end, 1), unit: 'MB' });
  rows.push({ figure: `soak: RSS growth`, value: round(end - warm, 1), unit: 'MB', target: '< 50 MB' });
  rows.push({ figure: `soak: JS heap after warm-up → at the end`, value: round(heapMb() - warmHeap, 1), unit: 'MB growth' });
  app.db.close();
  cleanup();
}

// 4. Street scale: build the street, then measure the bot on it in a process of its own (peak RSS).
{
  const { dir, cleanup } = workDir();
  try {
    const street = quick ? SMALL_STREET : FULL_STREET;
    const dbPath = join(dir, 'street.db');
    const t = performance.now();
    const built = buildStreet(dbPath, street);
    rows.push({ figure: `street: build ${street.residents} residents, ${street.orders} orders, ${street.days} days (SQL)`, value: round((performance.now() - t) / 1000, 1), unit: 's' });
    const script = fileURLToPath(new URL('./street-bench.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, dbPath, String(built.biggestGroupBuy), built.today, String(built.now)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`street bench failed: ${child.stderr}`);
    const f = JSON.parse(child.stdout.trim().split('\n').pop()!) as StreetFigures;
    rows.push({ figure: 'street: start-up (new App over the file, migrations checked)', value: round(f.startupMs, 1), unit: 'ms' });
    rows.push({ figure: 'street: start-up + first message committed', value: round(f.startupMs + f.firstMessageMs, 1), unit: 'ms', target: '< 1 s' });
    rows.push({ figure: "street: assemble one day's bulletin", value: round(f.bulletinMs, 1), unit: 'ms', target: '< 100 ms' });
    rows.push({ figure: `street: export the biggest group-buy (${f.exportOrders} orders, 3 sheets, .xlsx)`, value: round(f.exportMs, 0), unit: 'ms', target: '< 1 s' });
    rows.push({ figure: '  of which: rendering the three .xlsx (src/outbox/spreadsheet.ts)', value: round(f.exportRenderMs, 0), unit: 'ms' });
    rows.push({ figure: '  of which: reading orders, building and sorting rows (commands/groupbuy/sheets.ts)', value: round(f.exportMs - f.exportRenderMs, 0), unit: 'ms' });
    rows.push({ figure: `street: medicine queue (${f.medicineQueueLength} open)`, value: round(f.medicineQueueMs, 1), unit: 'ms' });
    rows.push({ figure: 'street: RSS with the code loaded, before opening the database', value: round(f.codeRssMb, 0), unit: 'MB' });
    rows.push({ figure: 'street: peak RSS before the export (start-up, message, bulletin, queue)', value: round(f.peakBeforeExportMb, 0), unit: 'MB' });
    rows.push({ figure: 'street: peak RSS of the bot process', value: round(f.peakRssMb, 0), unit: 'MB', target: '< 200 MB' });
  } finally {
    cleanup();
  }
}

// 5. Files that could sink the bot, sent by a leader with /导入团购, read by the bot in a process of its own.
{
  const { dir, cleanup } = workDir();
  try {
    await attackFiles(dir, quick);
    const script = fileURLToPath(new URL('./files-bench.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`files bench failed: ${child.stderr}`);
    const f = JSON.parse(child.stdout.trim().split('\n').pop()!) as FileFigures;
    rows.push({ figure: 'files: RSS with the code loaded', value: round(f.codeRssMb, 0), unit: 'MB' });
    for (const file of f.files) {
      rows.push({ figure: `files: ${file.name} (${round(file.bytes / 1024)} KB) answered ("${file.answer}")`, value: round(file.ms, 0), unit: 'ms' });
      rows.push({ figure: `files: peak RSS after ${file.name}`, value: round(file.peakRssMb, 0), unit: 'MB' });
    }
  } finally {
    cleanup();
  }
}

console.table(rows.map((r) => ({ figure: r.figure, value: `${r.value} ${r.unit}`, 'vs limit': r.vsLimit ?? '', target: r.target ?? '' })));
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ quick, node: process.version, at: new Date().toISOString(), rows }, null, 2),
);
