/**
 * The 接龙 burst with the disk taken out (synchronous=OFF), so the figure is the CPU's work per
 * message: `npx tsx bench/chain-cpu.ts [n]`. "growing": message k copies the chain with the k-1
 * lines before it, as residents who saw each other's copies do (message k carries ~k lines);
 * "bench": scenario (a) as bench/run.ts has it.
 */
import { loadChineseDictionaries } from '../src/kernel/chinese.js';
import { benchApp, burst, incoming, workDir } from './lib.js';
import { community, groupBuyBurst, homeOf, launchedGroupBuy } from './scenarios.js';

const LINE_STYLES = [
  (n: number, b: number, r: number) => `${n}. ${b}-${r} B×2`,
  (_n: number, b: number, r: number) => `${b}号楼${r} A套餐两份`,
  (_n: number, b: number, r: number) => `${b}-${r} 王 A1 B1`,
  (n: number, b: number, r: number) => `${n}、${b}號樓${r}室 B套餐兩份🙏`,
];

async function withApp<T>(run: (app: ReturnType<typeof benchApp>) => Promise<T>): Promise<T> {
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  app.db.pragma('synchronous = OFF');
  try {
    return await run(app);
  } finally {
    app.db.close();
    cleanup();
  }
}

async function growing(n: number) {
  return withApp(async (app) => {
    await community(app);
    const { chainText } = await launchedGroupBuy(app);
    const lines: string[] = [];
    const msgs = Array.from({ length: n }, (_, i) => {
      const { b, r } = homeOf(i);
      lines.push(LINE_STYLES[i % 4]!(i + 1, b, r));
      return incoming(`r${i}`, `${chainText}\n${lines.join('\n')}`);
    });
    const cpu = process.cpuUsage();
    const result = await burst(app, msgs);
    const used = process.cpuUsage(cpu);
    const cpuMsPerMessage = (used.user + used.system) / 1000 / n;
    const orders = app.db.prepare(`SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'`).pluck().get() as number;
    return { perSecond: Math.round(result.perSecond), orders, cpuMsPerMessage };
  });
}

const n = Number(process.argv[2] ?? 500);
loadChineseDictionaries();
for (let round = 0; round < 3; round++) {
  const cpu = process.cpuUsage();
  const bench = process.env.ONLY_GROWING ? { perSecond: 0, orders: 0 } : await withApp((app) => groupBuyBurst(app, n));
  const used = process.cpuUsage(cpu);
  // The bench's figure includes setting up the group-buy (a few dozen messages), so its CPU is an upper bound.
  const benchCpu = (used.user + used.system) / 1000 / n;
  const grow = await growing(n);
  console.log(`round ${round}: bench (a) ${Math.round(bench.perSecond)}/s, CPU ≤ ${benchCpu.toFixed(2)} ms/msg (${bench.orders} orders); growing chain ${grow.perSecond}/s, CPU ${grow.cpuMsPerMessage.toFixed(2)} ms/msg (${grow.orders} orders)`);
}
