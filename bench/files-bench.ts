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
import { asCsv, asXls, asXlsx, kttOrders } from '../tests/helpers/big-exports.js';
import { csvCommas, csvOneLine, xlsOf } from '../tests/helpers/xls-csv-attacks.js';
import { manyRows, zipBomb } from '../tests/helpers/xlsx-attacks.js';
import { benchApp } from './lib.js';

export interface FileFigures {
  codeRssMb: number;
  files: { name: string; bytes: number; answer: string; ms: number; peakRssMb: number }[];
}

/**
 * Writes the files the bench sends: a real export, the zip bomb, rows at and over the limit, a
 * million rows; the biggest import (a 快团团 order export at the row limit) as .xlsx, .csv and
 * .xls; an .xls one row over the limit and two CSV bombs (one 5 MB line, a line of commas).
 */
export async function attackFiles(dir: string, quick: boolean): Promise<string[]> {
  const { rows, bytes } = SPREADSHEET_LIMITS;
  const biggest = kttOrders(rows);
  const files: [string, Buffer][] = [
    ['1-ktt-export.xlsx', readFileSync('tests/fixtures/ktt-export.xlsx')],
    ['2-zip-bomb.xlsx', await zipBomb(quick ? 50 : 400)],
    [`3-rows-${rows + 1}.xlsx`, await manyRows(rows + 1)],
    [`4-rows-${rows}.xlsx`, await manyRows(rows)],
    [`6-ktt-orders-${rows}.xlsx`, await asXlsx(biggest)],
    [`7-ktt-orders-${rows}.csv`, asCsv(biggest)],
    ['9-csv-one-5MB-line.csv', csvOneLine(bytes - 1024)],
    ['10-csv-commas.csv', csvCommas(bytes - 1024)],
  ];
  if (!quick) {
    // Writing .xls with SheetJS takes a while (tens of seconds for these): left out of --quick.
    files.push([`8-ktt-orders-${rows}.xls`, asXls(biggest)], [`11-rows-${rows + 1}.xls`, xlsOf(rows + 1)]);
    files.push(['5-rows-1000000.xlsx', await manyRows(1_000_000)]);
  }
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return files.map(([name]) => join(dir, name));
}

// Run by bench/run.ts compiled (files-bench.js) or from the sources (files-bench.ts).
if (/files-bench\.[jt]s$/.test(process.argv[1] ?? '')) await main(process.argv[2]!);

async function main(dir: string): Promise<void> {
  // Sampled while each file is read: the kernel's maxRSS of a spawned process can carry its
  // parent's peak over, which said nothing about these files.
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
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
  const order = (f: string) => Number.parseInt(f, 10);
  const files = readdirSync(dir).filter((f) => /\.(xlsx|xls|csv)$/.test(f)).sort((a, b) => order(a) - order(b));
  for (const path of files.map((f) => join(dir, f))) {
    const t = performance.now();
    peak = process.memoryUsage.rss();
    const out = await say(`leader (private) +file(${path}): /导入团购`);
    peak = Math.max(peak, process.memoryUsage.rss());
    figures.files.push({ name: basename(path), bytes: statSync(path).size, answer: out[0]?.text.slice(0, 40) ?? '', ms: performance.now() - t, peakRssMb: peak / 1024 / 1024 });
  }
  clearInterval(sampler);
  app.db.close();
  console.log(JSON.stringify(figures));
  process.exit(0);
}

