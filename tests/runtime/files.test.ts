import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/outbox/spreadsheet.js';
import { SPREADSHEET_LIMITS } from '../../src/runtime/files/limits.js';
import { readOffThread } from '../../src/runtime/files/read.js';
import { inflateEntries, listEntries } from '../../src/runtime/files/zip.js';
import { manyRows, zipBomb } from '../helpers/xlsx-attacks.js';
import { asCsv, asXlsx, kttOrders } from '../helpers/big-exports.js';
import { csvCommas, csvLineBreaks, csvOneLine, csvRows, csvUnclosedQuote, loopingXls, lyingXls, xlsOf } from '../helpers/xls-csv-attacks.js';

const read = (bytes: Buffer, name = 'orders.xlsx') => readOffThread(bytes, { name }, SPREADSHEET_LIMITS);

/** The rows as exceljs reads the whole workbook in memory: what the streaming reader must match. */
async function inMemory(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map(cellValue);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

describe('reading a spreadsheet within limits, in its own thread', { timeout: 60_000 }, () => {
  it('reads the 快团团 and 群接龙 exports row for row as exceljs reads them whole', async () => {
    for (const fixture of ['ktt-export.xlsx', 'qjl-export.xlsx']) {
      const bytes = readFileSync(`tests/fixtures/${fixture}`);
      const got = await read(bytes, fixture);
      expect(got.ok).toBe(true);
      expect(got.ok && got.sheets).toEqual(await inMemory(bytes));
    }
  });

  it('a zip bomb whose headers lie (400 MB in one cell, 400 KB zipped) is refused while inflating', async () => {
    const bomb = await zipBomb(400);
    expect(bomb.length).toBeLessThan(500_000);
    // The directory claims a few KB; inflating stops at that, so no more is ever held.
    expect(() => inflateEntries(bomb, listEntries(bomb).filter((e) => e.name.endsWith('sheet1.xml')), SPREADSHEET_LIMITS.unpackedBytes)).toThrow(/inflates past/);
    expect(await read(bomb)).toEqual({ ok: false, problem: 'unpacksTooBig', limit: SPREADSHEET_LIMITS.unpackedBytes });
  });

  it('a zip that says honestly that it unpacks too big is refused before anything is inflated', async () => {
    const rows = await manyRows(200_000);
    expect(rows.length).toBeLessThan(SPREADSHEET_LIMITS.bytes);
    const sheet = listEntries(rows).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.size).toBeGreaterThan(SPREADSHEET_LIMITS.unpackedBytes);
    expect(await read(rows)).toEqual({ ok: false, problem: 'unpacksTooBig', limit: SPREADSHEET_LIMITS.unpackedBytes });
  });

  it('more rows than the limit is refused at the first row too many', async () => {
    expect(await read(await manyRows(SPREADSHEET_LIMITS.rows))).toMatchObject({ ok: true });
    expect(await read(await manyRows(SPREADSHEET_LIMITS.rows + 1))).toEqual({ ok: false, problem: 'tooManyRows', limit: SPREADSHEET_LIMITS.rows });
  });

  it('the biggest export taken, a 快团团 order export of 10,000 rows, is read within the thread\'s heap', async () => {
    // exceljs parses each chunk it is given into one batch of XML events: handed the sheet whole,
    // it held every event at once and ran this thread out of memory.
    const rows = kttOrders(SPREADSHEET_LIMITS.rows);
    for (const [name, bytes] of [['orders.xlsx', await asXlsx(rows)], ['orders.csv', asCsv(rows)]] as const) {
      const got = await read(bytes, name);
      expect(got.ok && got.sheets!.length, name).toBe(1);
      expect(got.ok && got.sheets![0]!.rows.length, name).toBe(SPREADSHEET_LIMITS.rows);
      expect(got.ok && got.sheets![0]!.rows.at(-1)!.slice(0, 2).map(String), name).toEqual(['9999', '团员9998']);
    }
  });

  it('a cell longer than the limit, and a file that is not a spreadsheet, are refused', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('订单').addRow(['商品', 'x'.repeat(SPREADSHEET_LIMITS.cellChars + 1)]);
    const long = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await read(long)).toEqual({ ok: false, problem: 'cellTooLong', limit: SPREADSHEET_LIMITS.cellChars });
    expect(await read(Buffer.from('{"not": "a spreadsheet"}'), 'package.json')).toEqual({ ok: false, problem: 'unreadable' });
    expect(await read(Buffer.concat([Buffer.from('PK\u0003\u0004'), deflateRawSync(Buffer.alloc(100))]))).toEqual({ ok: false, problem: 'unreadable' });
    expect(await read(Buffer.alloc(0), 'empty.xlsx')).toEqual({ ok: false, problem: 'unreadable' });
  });
});

describe('.xls and .csv are read within the same limits, in the same thread', { timeout: 60_000 }, () => {
  const limits = SPREADSHEET_LIMITS;

  it('reads a sample of each as its rows, numbers as numbers in .xls, text in .csv, a GBK .csv like a UTF-8 one', async () => {
    const xls = await read(readFileSync('tests/fixtures/ktt-form.xls'), 'ktt-form.xls');
    expect(xls.ok && xls.sheets![0]!.rows.slice(0, 2)).toEqual([
      ['跟团号', '下单人', '商品', '数量', '收货人', '联系电话', '服务小区', '弄号（如168）', '楼号（如10）', '房号（如606）', '团长备注'],
      [1, '阿花', '草莓(2斤装)', 1, '陈', '13700000000', '阳光二期', 168, 10, 606],
    ]);
    const gbk = readFileSync('tests/fixtures/qjl-unpriced.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const utf8 = Buffer.concat([Buffer.from('\ufeff'), Buffer.from(new TextDecoder('gb18030').decode(gbk))]);
    const [fromGbk, fromUtf8] = [await read(gbk, 'a.csv'), await read(utf8, 'b.csv')];
    expect(fromGbk).toEqual(fromUtf8);
    expect(fromGbk.ok && fromGbk.sheets![0]!.rows[4]!.slice(0, 5)).toEqual(['4', '4', '老,吴', '13755555555', 'B套餐']);
  });

  it('an .xls of more rows than the limit is refused at the first row too many', async () => {
    expect(await read(xlsOf(limits.rows), 'rows.xls')).toMatchObject({ ok: true });
    expect(await read(xlsOf(limits.rows + 1), 'rows.xls')).toEqual({ ok: false, problem: 'tooManyRows', limit: limits.rows });
  });

  it('an .xls of more cells than the limit, and one bigger than the file limit, are refused', async () => {
    // The cell limit made small, so the workbook is quick to write: 100 rows of 60 cells against 5,000.
    const fewCells = { ...limits, cells: 5000 };
    expect(await readOffThread(xlsOf(100, 60), { name: 'cells.xls' }, fewCells)).toEqual({ ok: false, problem: 'tooManyCells', limit: 5000 });
    expect(await readOffThread(xlsOf(80, 60), { name: 'cells.xls' }, fewCells)).toMatchObject({ ok: true });
    const big = Buffer.concat([xlsOf(10), Buffer.alloc(limits.bytes)]);
    expect(await read(big, 'big.xls')).toEqual({ ok: false, problem: 'tooBig', limit: limits.bytes });
  });

  it('a deeply broken .xls is refused as unreadable: sector chains that loop, a header that lies, a cut file, noise', async () => {
    const good = xlsOf(500);
    const mangled = Buffer.from(good);
    for (let i = 600; i < mangled.length; i += 97) mangled[i] = mangled[i]! ^ 0xff;
    for (const [name, bytes] of [
      ['looping.xls', loopingXls()],
      ['lying.xls', lyingXls()],
      ['cut.xls', good.subarray(0, good.length / 2)],
      ['mangled.xls', mangled],
      ['noise.xls', Buffer.concat([good.subarray(0, 512), Buffer.alloc(1024 * 1024, 0x5a)])],
    ] as const) {
      expect(await read(bytes, name), name).toEqual({ ok: false, problem: 'unreadable' });
    }
    // An HTML page named .xls is not a workbook.
    expect(await read(Buffer.from('<html><table><tr><td>商品</td></tr></table></html>'), 'export.xls')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('a CSV bomb is refused within a row: one giant line, a line of commas, an unclosed quote, millions of line breaks', async () => {
    const size = limits.bytes - 1024;
    expect(await read(csvOneLine(size), 'line.csv')).toEqual({ ok: false, problem: 'cellTooLong', limit: limits.cellChars });
    expect(await read(csvCommas(size), 'commas.csv')).toEqual({ ok: false, problem: 'tooManyCells', limit: limits.cells });
    expect(await read(csvUnclosedQuote(size), 'quote.csv')).toEqual({ ok: false, problem: 'cellTooLong', limit: limits.cellChars });
    expect(await read(csvLineBreaks(size), 'breaks.csv')).toEqual({ ok: false, problem: 'tooManyRows', limit: limits.rows });
    expect(await read(csvOneLine(limits.bytes + 1), 'big.csv')).toEqual({ ok: false, problem: 'tooBig', limit: limits.bytes });
  });

  it('a CSV of more rows than the limit is refused at the first row too many; a cell too long, and a binary file named .csv, are refused', async () => {
    expect(await read(csvRows(limits.rows), 'rows.csv')).toMatchObject({ ok: true });
    expect(await read(csvRows(limits.rows + 1), 'rows.csv')).toEqual({ ok: false, problem: 'tooManyRows', limit: limits.rows });
    expect(await read(Buffer.from(`商品,${'x'.repeat(limits.cellChars + 1)}\n`), 'long.csv')).toEqual({ ok: false, problem: 'cellTooLong', limit: limits.cellChars });
    expect(await read(Buffer.from([0x50, 0x00, 0x51, 0x00]), 'utf16.csv')).toEqual({ ok: false, problem: 'unreadable' });
  });
});
