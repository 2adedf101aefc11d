/**
 * Files that could sink the bot, read by the bot in a process of its own so its peak RSS is the
 * bot's: `node dist/bench/files-bench.js <dir>` (bench/run.ts writes the files with
 * `attackFiles` and runs this). A group-buy leader sends each with /导入团购 (the path that
 * downloads and reads); prints one JSON line of how long each took to be answered and the
 * process's peak RSS after it.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ConsoleAdapter } from '../src/adapters/console.js';
import { SPREADSHEET_LIMITS } from '../src/runtime/files/limits.js';
import { manyRows, zipBomb } from '../tests/helpers/xlsx-attacks.js';
import { benchApp } from './lib.js';

export interface FileFigures {
  codeRssMb: number;
  files: { name: string; bytes: number; answer: string; ms: number; peakRssMb: number }[];
}

/** Writes the files the bench sends: a real export, the zip bomb, rows at and over the limit, a million rows. */
export async function attackFiles(dir: string, quick: boolean): Promise<string[]> {
  const files: [string, Buffer][] = [
    ['1-ktt-export.xlsx', readFileSync('tests/fixtures/ktt-export.xlsx')],
    ['2-zip-bomb.xlsx', await zipBomb(quick ? 50 : 400)],
    [`3-rows-${SPREADSHEET_LIMITS.rows + 1}.xlsx`, await manyRows(SPREADSHEET_LIMITS.rows + 1)],
    [`4-rows-${SPREADSHEET_LIMITS.rows}.xlsx`, await manyRows(SPREADSHEET_LIMITS.rows)],
  ];
  if (!quick) files.push(['5-rows-1000000.xlsx', await manyRows(1_000_000)]);
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return files.map(([name]) => join(dir, name));
}

if (/files-bench\.[jt]s$/.test(process.argv[1] ?? '')) await main(process.argv[2]!);

async function main(dir: string): Promise<void> {
  const peakMb = () => process.resourceUsage().maxRSS / 1024;
  const codeRssMb = process.memoryUsage().rss / 1024 / 1024;
  const app = benchApp(join(dir, 'db'));
  const chat = app.adapters.get('console') as ConsoleAdapter;
  const say = async (line: string) => {
    const before = chat.sent.length;
    app.dispatcher.handleNow([chat.parseLine(line)!]);
    app.intake.kick();
    await app.intake.idle();
    await app.worker.drain();
    return chat.sent.slice(before);
  };
  await say('secretary: /bind 阳光二期');
  await say('leader: 大家好');
  await say('secretary: /授权 @leader 团长');

  const figures: FileFigures = { codeRssMb, files: [] };
  for (const path of readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f))) {
    const t = performance.now();
    const out = await say(`leader (private) +file(${path}): /导入团购`);
    figures.files.push({ name: basename(path), bytes: statSync(path).size, answer: out[0]?.text.slice(0, 40) ?? '', ms: performance.now() - t, peakRssMb: peakMb() });
  }
  app.db.close();
  console.log(JSON.stringify(figures));
  process.exit(0);
}

