/**
 * How long reading one 500-line 接龙 chain takes: `npx tsx bench/groupbuy-chain.ts`.
 * Kept apart from bench/run.ts so the benchmark issue can wire it in (import `benchChainParse`).
 */
import { normalize, normalizeUncached } from '../src/kernel/normalize.js';
import { readChain } from '../commands/groupbuy/chain.js';

/** A 500-line chain as residents write it: several formats, full-width digits, emoji, traditional. */
export function sampleChain(lines = 500): string {
  const out = ['【团购接龙 #7】4月21日蔬菜套餐', 'A套餐 100元: 鸡蛋、蔬菜、肉', 'B套餐 150元', '截止:4月20日 20:00', '——'];
  for (let i = 0; i < lines; i++) {
    const b = (i % 20) + 1;
    const r = 100 + i;
    const style = i % 5;
    out.push(
      style === 0 ? `${i + 1}. ${b}-${r} B×2`
        : style === 1 ? `${b}号楼${r} A套餐两份`
          : style === 2 ? `${b}-${r} 王 A1 B1`
            : style === 3 ? `${i + 1}、${b}號樓${r}室 B套餐兩份🙏`
              : `${b}－${r}　Ａ×１`,
    );
  }
  return out.join('\n');
}

/**
 * Median milliseconds to read one chain (already normalised, as the router hands it on), and to
 * normalise it: again (its lines in the cache of recent lines, as for a copied chain) and new.
 */
export function benchChainParse(runs = 50): { readChainMs: number; normalizeMs: number; normalizeNewMs: number } {
  const text = normalize(sampleChain());
  const raw = sampleChain();
  const codes = new Set(['A', 'B']);
  const median = (fn: () => void) => {
    for (let i = 0; i < 20; i++) fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! * 100) / 100;
  };
  return { readChainMs: median(() => readChain(text, codes)), normalizeMs: median(() => normalize(raw)), normalizeNewMs: median(() => normalizeUncached(raw)) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) console.table(benchChainParse());
