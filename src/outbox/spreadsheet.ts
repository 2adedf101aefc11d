import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { onFirstUse } from '../kernel/lazy.js';
import type { Cell, ColumnKind, SheetSpec, SpreadsheetSpec } from '../kernel/types.js';

/** exceljs (10-26 MB once loaded) is loaded the first time a sheet is written or read: most runs never make one. */
export const loadExcel = onFirstUse(async () => (await import('exceljs')).default);

/**
 * Renders a spreadsheet spec to .xlsx bytes, laid out to be printed: title lines, a bordered table
 * whose header row is frozen on screen and repeated on every page, numbers as numbers (money with
 * two decimals and ¥, so "3" and "245.00" side by side can never read as 3245.00), widths from the
 * content, large type, A4 one page wide (across the page when the columns need it), page numbers.
 *
 * The streaming writer serialises each row as it is committed instead of keeping a whole workbook
 * of cell objects. A street's biggest group-buy (4,855 orders, 300 building sheets) took the bot's
 * peak RSS from ~175 MB to 316-345 MB with the in-memory workbook, 237-273 MB with this. Shared
 * strings are kept: that is how the in-memory writer stored text, and without them every text cell
 * is written as a formula result (t="str").
 */
export async function renderSpreadsheet(spec: SpreadsheetSpec): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  for (const sheet of spec.sheets) {
    const ws = writeSheet(workbook, sheet);
    const zipped = sheetZipped(workbook, ws.id);
    ws.commit();
    await zipped;
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/** Type sizes in points: a delivery volunteer reads the list standing in a stairwell. */
const TYPE = { title: 18, body: 14 } as const;
const FONT = 'Arial';
/** Excel's width unit is a digit of the workbook's default font (11 pt): one of ours at 14 pt takes this many. */
const UNITS_PER_CHAR = 1.5;
/** Line height at 14 pt, and the air above and below a row, in points. */
const LINE = 18;
const ROW_AIR = 6;
/** Widths in Excel's units that fit A4 upright at 100% (0.4 in margins): wider tables print across the page. */
const UPRIGHT_WIDTH = 100;
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const SHADE = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E5E5' } } as const;
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { name: FONT, size: TYPE.title, bold: true } };
const SUBTITLE_STYLE: Partial<ExcelJS.Style> = { font: { name: FONT, size: TYPE.body } };
export const MONEY_FORMAT = '"¥"#,##0.00';
export const COUNT_FORMAT = '0';
/** In the table's rows a count of 0 prints blank, so the items a household did order stand out. */
export const COUNT_IN_ROWS_FORMAT = '0;-0;;@';

const sheetName = (name: string) => name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_');

/** Characters that print two digits wide: CJK, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** How wide a cell prints, in characters (a Chinese character takes two; money as "¥1,234.00"). */
function textWidth(value: Cell, kind: ColumnKind): number {
  if (typeof value === 'number') return kind === 'money' ? value.toFixed(2).length + 1 + Math.floor((String(Math.trunc(Math.abs(value))).length - 1) / 3) : String(value).length;
  let w = 0;
  for (const ch of value ?? '') w += WIDE.test(ch) ? 2 : 1;
  return w;
}

const MIN_WIDTH: Record<ColumnKind, number> = { text: 6, count: 6, money: 8, sign: 14 };
const MAX_TEXT_WIDTH = 40;
/** A header wider than this wraps rather than widen a column of numbers. */
const MAX_HEADER_CHARS = 12;

/** Each column's width in Excel's units: the spec's, else its widest cell. */
function widths(sheet: SheetSpec, kinds: ColumnKind[]): number[] {
  const [header = [], ...body] = sheet.rows;
  return kinds.map((kind, c) => {
    const given = sheet.columns?.[c]?.width;
    if (given !== undefined) return given;
    let widest = Math.min(textWidth(header[c] ?? null, 'text'), kind === 'text' ? MAX_TEXT_WIDTH : MAX_HEADER_CHARS);
    for (const row of body) if (row.length > 1 || kinds.length === 1) widest = Math.max(widest, textWidth(row[c] ?? null, kind));
    return Math.min(MAX_TEXT_WIDTH, Math.max(MIN_WIDTH[kind], Math.ceil(widest * UNITS_PER_CHAR) + 3));
  });
}

/** A row's height: enough for the cell that wraps to the most lines; taller where people sign. */
function rowHeight(values: Cell[], cols: number[], kinds: ColumnKind[], signs: boolean): number {
  let lines = 1;
  values.forEach((v, c) => {
    if (typeof v !== 'string' || kinds.length === 1) return;
    const room = Math.max(1, ((cols[c] ?? 10) - 3) / UNITS_PER_CHAR);
    lines = Math.max(lines, Math.ceil(textWidth(v, 'text') / room));
  });
  return lines * LINE + ROW_AIR + (signs && lines === 1 ? 6 : 0);
}

const ALIGN: Record<ColumnKind, Partial<ExcelJS.Alignment>> = {
  text: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 },
  count: { horizontal: 'center', vertical: 'middle' },
  money: { horizontal: 'right', vertical: 'middle', indent: 1 },
  sign: { horizontal: 'center', vertical: 'middle' },
};

/** Excel's name of column n (0 → A, 26 → AA). */
function letter(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSpec): ExcelJS.Worksheet {
  const title = sheet.title ?? [];
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const kinds = Array.from({ length: width }, (_, c) => sheet.columns?.[c]?.kind ?? 'text');
  const cols = widths(sheet, kinds);
  const headerAt = title.length + 1;
  const ws = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerAt, showGridLines: true }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: cols.reduce((a, b) => a + b, 0) > UPRIGHT_WIDTH ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: `${headerAt}:${headerAt}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&L&A&R&P / &N', evenFooter: '&L&A&R&P / &N' },
  });
  cols.forEach((w, c) => (ws.getColumn(c + 1).width = w));

  title.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.getCell(1).style = i === 0 ? TITLE_STYLE : SUBTITLE_STYLE;
    row.height = i === 0 ? 30 : LINE + ROW_AIR;
    row.commit();
  });

  const styles = cellStyles(kinds);
  const last = sheet.rows.length - 1;
  sheet.rows.forEach((values, i) => {
    const isHeader = i === 0;
    const isTotal = sheet.total === true && i === last && i > 0;
    const isBand = !isHeader && values.length === 1 && width > 1;
    const role: Role = isHeader ? 'header' : isTotal ? 'total' : isBand ? 'band' : 'body';
    const row = ws.addRow(values.map((v, c) => (isTotal && v !== null && (kinds[c] === 'count' || kinds[c] === 'money') ? sum(c, headerAt, headerAt + i, v) : v)));
    for (let c = 0; c < width; c++) row.getCell(c + 1).style = styles[role][c]!;
    row.height = rowHeight(isBand ? [] : values, cols, kinds, role === 'body' && kinds.includes('sign'));
    row.commit();
  });
  return ws;
}

type Role = 'header' | 'body' | 'total' | 'band';

/**
 * The style of every cell of a sheet, by its row's role and its column. One object per kind of
 * cell, shared by every cell of that kind: exceljs files a style object it has seen once by its
 * identity, where a new object per cell is serialised again for each (twice the time of a
 * street's delivery file).
 */
function cellStyles(kinds: ColumnKind[]): Record<Role, Partial<ExcelJS.Style>[]> {
  const font = { name: FONT, size: TYPE.body };
  const bold = { ...font, bold: true };
  const last = kinds.length - 1;
  return {
    header: kinds.map(() => ({ font: bold, border: BOX, fill: SHADE, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } })),
    body: kinds.map((kind) => ({
      font,
      border: BOX,
      alignment: ALIGN[kind],
      ...(kind === 'money' ? { numFmt: MONEY_FORMAT } : kind === 'count' ? { numFmt: COUNT_IN_ROWS_FORMAT } : {}),
    })),
    total: kinds.map((kind) => ({
      font: bold,
      border: { ...BOX, top: { style: 'double' } },
      alignment: ALIGN[kind],
      ...(kind === 'money' ? { numFmt: MONEY_FORMAT } : kind === 'count' ? { numFmt: COUNT_FORMAT } : {}),
    })),
    // A heading across the table: ruled above and below, no lines through its text.
    band: kinds.map((_, c) => ({
      font: bold,
      fill: SHADE,
      border: { top: THIN, bottom: THIN, ...(c === 0 ? { left: THIN } : {}), ...(c === last ? { right: THIN } : {}) },
      alignment: { horizontal: 'left', vertical: 'middle', indent: 1 },
    })),
  };
}

/**
 * A total cell: the sum of the column above it, with the caller's figure as its cached result (what
 * a phone's preview shows without calculating). A zero stays a plain 0: exceljs drops a cached
 * result of 0, and a preview would show an empty total.
 */
function sum(column: number, headerAt: number, totalAt: number, value: Cell): Cell | ExcelJS.CellFormulaValue {
  if (typeof value !== 'number' || value === 0 || totalAt - headerAt < 2) return value;
  const c = letter(column);
  return { formula: `SUM(${c}${headerAt + 1}:${c}${totalAt - 1})`, result: value, date1904: false };
}

/**
 * Resolves once the zip has taken in worksheet `id`. Each worksheet's rows wait in a 64 KB buffer
 * until the zip reaches them: without waiting, the 300 building sheets of a street's delivery
 * file all sit in memory at once (~20 MB of buffers that outlive the export until a full GC).
 * The zip (archiver) is not in exceljs's types, hence the cast.
 */
function sheetZipped(workbook: ExcelJS.stream.xlsx.WorkbookWriter, id: number): Promise<void> {
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter }).zip;
  const name = `xl/worksheets/sheet${id}.xml`;
  return new Promise((resolve, reject) => {
    const onEntry = (entry: { name: string }) => {
      if (!entry.name.endsWith(name)) return;
      zip.off('entry', onEntry);
      zip.off('error', reject);
      resolve();
    };
    zip.on('entry', onEntry);
    zip.once('error', reject);
  });
}

/** Reads an .xlsx back into rows of plain values (for imports and for tests). */
export async function readSpreadsheet(data: Buffer): Promise<SpreadsheetSpec['sheets']> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map(cellValue));
    });
    return { name: ws.name, rows };
  });
}

/** A cell as a plain value: rich text and formulas become their text or result. */
export function cellValue(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return cellValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null; // a formula whose result was not saved
  }
  return String(v);
}
