import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SpreadsheetSpec } from '../../src/kernel/types.js';
import { readSpreadsheet, renderSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { dense } from '../groupbuy/helpers.js';

// A delivery file as a leader receives it: one sheet per building, many buildings.
const buildings = Array.from({ length: 40 }, (_, b) => ({
  name: `${b + 1}号楼`,
  rows: [
    ['门牌', '姓名', 'A', '金额', '电话'],
    ...Array.from({ length: 30 }, (_, r) => [`${b + 1}-${101 + r}`, r % 3 === 0 ? null : `王阿姨${r}`, r % 4, 12.5 * r, '138****5678']),
    ['合计', null, 60, 5437.5, null],
  ],
}));
const spec: SpreadsheetSpec = { name: '配送单.xlsx', sheets: buildings };

describe('a spreadsheet the bot sends', () => {
  it('opens with every sheet in order and every cell as written, blanks included', async () => {
    const sheets = dense(await readSpreadsheet(await renderSpreadsheet(spec)));
    expect(sheets.map((s) => s.name)).toEqual(buildings.map((b) => b.name));
    // A blank at the end of a row is not stored in .xlsx at all, so it reads back as a shorter row.
    const trimmed = buildings.map((b) => ({ ...b, rows: b.rows.map((r) => (r.at(-1) === null ? r.slice(0, -1) : r)) }));
    expect(sheets).toEqual(trimmed);
  });

  it('has a bold header row on every sheet and plain rows below it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderSpreadsheet(spec)) as unknown as ArrayBuffer);
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.getRow(1).getCell(5).font?.bold).toBe(true);
      expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
    }
  });

  it('keeps numbers as numbers and names a sheet Excel would refuse so that it opens', async () => {
    const file = await renderSpreadsheet({ name: 'x.xlsx', sheets: [{ name: '收款/付款?:[一]*期 很长很长很长很长很长很长很长很长很长很长', rows: [['金额'], [88.5]] }] });
    const [sheet] = await readSpreadsheet(file);
    expect(sheet!.name).toBe('收款_付款___一__期 很长很长很长很长很长很长很长很长很长很'.slice(0, 31));
    expect(sheet!.rows).toEqual([['金额'], [88.5]]);
  });
});
