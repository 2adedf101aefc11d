/**
 * The bulletin card's time and memory (src/outbox/card.ts), and the choice of where it is drawn.
 * Each way runs in a fresh process of its own, so its RSS is its own:
 *   npx tsx bench/card-bench.ts in-process   satori and resvg in the bot's process
 *   npx tsx bench/card-bench.ts worker       in a worker thread, ended after the cards
 *   npx tsx bench/card-bench.ts process      in the renderer process, as the bot does (src/outbox/cards.ts)
 * Each prints one JSON line; bench/run.ts calls benchCards() and adds the rows to its table.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { en, samples, zhCN, zhTW } from '../tests/helpers/sample-cards.js';

const rss = () => process.memoryUsage().rss / 1024 / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const since = (t: number) => performance.now() - t;
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 200));
    gc();
  }
};

export interface CardFigures {
  mode: string;
  rssStartMb: number;
  rssAfterMb: number;
  /** The first card, everything included (a process or a worker starting, fonts, wasm). */
  firstMs: number;
  /** The two other languages' first cards (their fonts). */
  otherLangsMs: number;
  /** One card again, everything loaded: mean of several. */
  warmMs?: number;
  /** Where it was drawn: the peak RSS of that process (the bot's own in-process). */
  peakMb: number;
}

async function inProcess(warmRuns: number): Promise<CardFigures> {
  const rssStartMb = rss();
  let t = performance.now();
  const { renderCardPng } = await import('../src/outbox/card.js');
  await renderCardPng(zhCN);
  const firstMs = since(t);
  t = performance.now();
  await renderCardPng(zhTW);
  await renderCardPng(en);
  const otherLangsMs = since(t);
  t = performance.now();
  for (let i = 0; i < warmRuns; i++) await renderCardPng(samples[i % 3]!);
  const warmMs = since(t) / warmRuns;
  await settle();
  return { mode: 'in-process', rssStartMb, rssAfterMb: rss(), firstMs, otherLangsMs, warmMs, peakMb: process.resourceUsage().maxRSS / 1024 };
}

async function inWorker(): Promise<CardFigures> {
  const rssStartMb = rss();
  const t = performance.now();
  // Node 20 workers do not inherit tsx's loader: the worker registers it first.
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((t) => t.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(boot, { eval: true });
  const times = await new Promise<{ firstMs: number; otherLangsMs: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const firstMs = since(t) - times.otherLangsMs;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  await worker.terminate();
  await settle();
  return { mode: 'worker', rssStartMb, rssAfterMb: rss(), firstMs, otherLangsMs: times.otherLangsMs, peakMb };
}

async function inRendererProcess(warmRuns: number): Promise<CardFigures> {
  const { CardRenderer } = await import('../src/outbox/cards.js');
  const renderer = new CardRenderer({ idleMs: 500 });
  const rssStartMb = rss();
  let t = performance.now();
  await renderer.render(zhCN);
  const firstMs = since(t);
  t = performance.now();
  await renderer.render(zhTW);
  await renderer.render(en);
  const otherLangsMs = since(t);
  t = performance.now();
  // Different cards each time (the renderer keeps the last few it drew).
  for (let i = 0; i < warmRuns; i++) await renderer.render({ ...samples[i % 3]!, date: `${samples[i % 3]!.date} ${i}` });
  const warmMs = since(t) / warmRuns;
  const peakMb = renderer.lastPeakRssMb;
  await new Promise((r) => setTimeout(r, 800)); // the renderer process ends when idle
  await settle();
  return { mode: 'process', rssStartMb, rssAfterMb: rss(), firstMs, otherLangsMs, warmMs, peakMb };
}

if (!isMainThread) {
  // Inside the worker of inWorker(): draw the three cards, say how long they took.
  const { renderCardPng } = await import('../src/outbox/card.js');
  await renderCardPng(zhCN);
  const t = performance.now();
  await renderCardPng(zhTW);
  await renderCardPng(en);
  parentPort?.postMessage({ otherLangsMs: since(t) });
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  const warm = Number(process.argv[3] ?? 5);
  const figures = mode === 'in-process' ? await inProcess(warm) : mode === 'worker' ? await inWorker() : await inRendererProcess(warm);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** The card's rows for bench/run.ts: each way in a fresh process. */
export function benchCards(quick: boolean): { figure: string; value: number; unit: string; target?: string }[] {
  const script = fileURLToPath(import.meta.url);
  const run = (mode: string): CardFigures => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode, String(quick ? 2 : 10)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`card bench (${mode}) failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CardFigures;
  };
  const ours = run('process');
  const inside = run('in-process');
  const worker = run('worker');
  const r = (v: number, d = 0) => Number(v.toFixed(d));
  return [
    { figure: 'bulletin card: first of the day (renderer process starts, fonts, zh-CN card 1080 px)', value: r(ours.firstMs), unit: 'ms', target: '< 3 s' },
    { figure: 'bulletin card: zh-TW and en after it (their fonts)', value: r(ours.otherLangsMs), unit: 'ms' },
    { figure: 'bulletin card: one more card, warm (mean)', value: r(ours.warmMs ?? 0), unit: 'ms', target: '< 1 s' },
    { figure: 'bulletin card: peak RSS of the renderer process', value: r(ours.peakMb), unit: 'MB' },
    { figure: 'bulletin card: bot RSS after the cards, renderer process gone (growth)', value: r(ours.rssAfterMb - ours.rssStartMb), unit: 'MB', target: '< 10 MB' },
    { figure: 'bulletin card, measured against: drawn in the bot process, RSS growth that stays', value: r(inside.rssAfterMb - inside.rssStartMb), unit: 'MB' },
    { figure: 'bulletin card, measured against: drawn in the bot process, first card / warm card', value: r(inside.firstMs), unit: `ms / ${r(inside.warmMs ?? 0)} ms` },
    { figure: 'bulletin card, measured against: worker thread ended, RSS growth that stays', value: r(worker.rssAfterMb - worker.rssStartMb), unit: 'MB' },
  ];
}
