import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/outbox/spreadsheet.js';
import { SPREADSHEET_LIMITS } from '../../src/runtime/files/limits.js';
import { readOffThread } from '../../src/runtime/files/read.js';
import { inflateEntries, listEntries } from '../../src/runtime/files/zip.js';
import { manyRows, zipBomb } from '../helpers/xlsx-attacks.js';

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
