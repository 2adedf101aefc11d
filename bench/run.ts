/**
 * `npm run bench`: how fast linli is, against the durable limit of this disk, all in one run.
 * Prints one table and writes the same figures to bench/results.json.
 * `npm run bench -- --quick` runs small sizes (CI runs it so the bench cannot rot; nothing is asserted).
 */
import { writeFileSync } from 'node:fs';
import { allCommands } from '../commands/index.js';
import { Router } from '../src/core/router.js';
import { benchApp, burst, incoming, oneByOne, rawCommitsPerSecond, rssMb, workDir, type Throughput } from './lib.js';

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
const limitFull = rawCommitsPerSecond('FULL', size(3000, 300));
const limitNormal = rawCommitsPerSecond('NORMAL', size(20000, 1000));
rows.push({ figure: 'limit: raw commits/s, synchronous=FULL', value: round(limitFull), unit: '/s', vsLimit: 1 });
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

// 3d. Soak: many messages in bursts; RSS after warm-up and at the end.
{
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  await app.dispatcher.submit(incoming('secretary', '/bind 阳光二期'));
  const total = size(100_000, 2_000);
  const batch = 500;
  let sent = 0;
  let warm = 0;
  while (sent < total) {
    const msgs = Array.from({ length: batch }, (_, i) => {
      const k = sent + i;
      return k % 3 === 0 ? incoming(`s${k % 3500}`, '收到,谢谢') : incoming(`s${k % 3500}`, `/我是 ${1 + (k % 40)}-${101 + (k % 9) * 100}`);
    });
    await burst(app, msgs);
    sent += batch;
    if (sent === Math.min(10_000, total / 2)) {
      global.gc?.();
      warm = rssMb();
    }
  }
  global.gc?.();
  const end = rssMb();
  rows.push({ figure: `soak: RSS after warm-up`, value: round(warm, 1), unit: 'MB' });
  rows.push({ figure: `soak: RSS after ${total} messages`, value: round(end, 1), unit: 'MB', target: 'growth < 50 MB' });
  app.db.close();
  cleanup();
}

console.table(rows.map((r) => ({ figure: r.figure, value: `${r.value} ${r.unit}`, 'vs limit': r.vsLimit ?? '', target: r.target ?? '' })));
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ quick, node: process.version, at: new Date().toISOString(), rows }, null, 2),
);
