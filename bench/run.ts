/**
 * `npm run bench`: how fast linli is, measured against baselines in the same run.
 * Small for now (routing only); the benchmark issue grows it. `--quick` runs small sizes for CI.
 */
import { writeFileSync } from 'node:fs';
import { allCommands } from '../commands/index.js';
import { Router } from '../src/core/router.js';
import { benchChainParse } from './groupbuy-chain.js';

const quick = process.argv.includes('--quick');
const router = new Router(allCommands, ['linli']);
const mix = ['/我是 5-302', '今天天气不错', '我住5号楼302', '/help', '大家注意安全', '/授权 @li 团长'];

function perSecond(n: number, fn: (i: number) => void): number {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return n / ((performance.now() - start) / 1000);
}

const n = quick ? 2_000 : 50_000;
perSecond(1000, (i) => router.route({ text: mix[i % mix.length]!, isGroup: true }));
const results = {
  routingPerSecond: Math.round(perSecond(n, (i) => router.route({ text: mix[i % mix.length]!, isGroup: true }))),
  // Reading one 500-line 接龙 chain (the aim: well under 10 ms).
  chain500LinesMs: benchChainParse(quick ? 10 : 50).readChainMs,
};
console.table(results);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2));
