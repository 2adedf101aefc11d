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

describe('a sheet laid out for printing', () => {
  const printable: SpreadsheetSpec = {
    name: '配送单.xlsx',
    sheets: [
      {
        name: '5号楼',
        title: ['阳光二期 ·「蔬菜团」配送单 · 5号楼', '团号 #1 · 送达 4月21日'],
        columns: [{ kind: 'count' }, { kind: 'text' }, { kind: 'count' }, { kind: 'money' }, { kind: 'sign' }],
        rows: [
          ['跟团号', '门牌', '份数', '应付(元)', '签收'],
          [1, '5-302', 3, 245, null],
          [2, '5-1102', 12, 1234.5, null],
          ['合计', null, 15, 1479.5, null],
        ],
        total: true,
      },
    ],
  };

  async function opened(spec: SpreadsheetSpec) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderSpreadsheet(spec)) as unknown as ArrayBuffer);
    return workbook;
  }

  it('puts the title above a bordered table whose header is frozen on screen and repeated on every printed page', async () => {
    const ws = (await opened(printable)).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('阳光二期 ·「蔬菜团」配送单 · 5号楼');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(18);
    expect(ws.getCell('A2').value).toBe('团号 #1 · 送达 4月21日');
    expect(ws.getRow(3).values).toEqual([undefined, '跟团号', '门牌', '份数', '应付(元)', '签收']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    for (const address of ['A3', 'E3', 'B4', 'E5', 'D6']) {
      const { top, left, bottom, right } = ws.getCell(address).border ?? {};
      expect([top?.style, left?.style, bottom?.style, right?.style], address).toEqual([expect.any(String), 'thin', 'thin', 'thin']);
    }
    // Type a volunteer reads in a stairwell: 14 pt in the table, bold header.
    expect(ws.getCell('B4').font?.size).toBe(14);
    expect(ws.getCell('B3').font?.bold).toBe(true);
  });

  it('prints on A4, one page wide and as many pages down as the rows need, upright when the columns fit', async () => {
    const { pageSetup } = (await opened(printable)).worksheets[0]!;
    expect(pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'portrait' });
    const wide: SpreadsheetSpec = {
      name: 'wide.xlsx',
      sheets: [{ name: 'wide', columns: Array.from({ length: 14 }, () => ({ kind: 'count' as const })), rows: [Array.from({ length: 14 }, (_, i) => `商品${i + 1}号`), Array.from({ length: 14 }, (_, i) => i)] }],
    };
    expect((await opened(wide)).worksheets[0]!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape' });
  });

  it('keeps counts and money as numbers with their formats, and totals as sums of the column', async () => {
    const ws = (await opened(printable)).worksheets[0]!;
    expect(ws.getCell('C5').value).toBe(12);
    // A count of 0 prints blank in the rows (what a household did not order), and as 0 in the total.
    expect(ws.getCell('C5').numFmt).toBe('0;-0;;@');
    expect(ws.getCell('C6').numFmt).toBe('0');
    expect(ws.getCell('D5').value).toBe(1234.5);
    // "¥1,234.50": the sign and two decimals, so "12" beside it never reads as one number.
    expect(ws.getCell('D5').numFmt).toBe('"¥"#,##0.00');
    expect(ws.getCell('D6').value).toEqual({ formula: 'SUM(D4:D5)', result: 1479.5 });
    expect(ws.getCell('C6').value).toEqual({ formula: 'SUM(C4:C5)', result: 15 });
    expect(ws.getCell('A6').font?.bold).toBe(true);
    expect(ws.getCell('D6').border?.top?.style).toBe('double');
  });

  it('gives each column a width for its content: a door, ¥1,234.50, a box to sign in', async () => {
    const ws = (await opened(printable)).worksheets[0]!;
    const width = (c: number) => ws.getColumn(c).width ?? 0;
    expect(width(2)).toBeGreaterThanOrEqual('5-1102'.length * 1.4);
    expect(width(4)).toBeGreaterThanOrEqual('¥1,234.50'.length * 1.4);
    expect(width(5)).toBeGreaterThanOrEqual(14);
    expect(width(3)).toBeLessThan(width(4));
  });

  it('spans a row of one cell across the table as a heading (a hospital in a medicine run)', async () => {
    const ws = (await opened({
      name: 'run.xlsx',
      sheets: [{ name: '清单', columns: [{ kind: 'text' }, { kind: 'count' }], rows: [['药品', '数量'], ['仁济医院(2份登记)'], ['氨氯地平', 2]] }],
    })).worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('仁济医院(2份登记)');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(null);
    expect(ws.getCell('A3').font?.bold).toBeFalsy();
  });
});
