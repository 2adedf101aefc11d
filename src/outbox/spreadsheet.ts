import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { onFirstUse } from '../kernel/lazy.js';
import type { SpreadsheetSpec } from '../kernel/types.js';

/** exceljs (10-26 MB once loaded) is loaded the first time a sheet is written or read: most runs never make one. */
export const loadExcel = onFirstUse(async () => (await import('exceljs')).default);

/**
 * Renders a spreadsheet spec to .xlsx bytes. The streaming writer serialises each row as it is
 * committed instead of keeping a whole workbook of cell objects. A street's biggest group-buy
 * (4,855 orders, 300 building sheets) took the bot's peak RSS from ~175 MB to 316-345 MB with the
 * in-memory workbook, 237-273 MB with this. Shared strings are kept: that is how the in-memory
 * writer stored text, and without them every text cell is written as a formula result (t="str").
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
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'));
    sheet.rows.forEach((values, i) => {
      const row = ws.addRow(values);
      if (i === 0) row.font = { bold: true };
      row.commit();
    });
    const zipped = sheetZipped(workbook, ws.id);
    ws.commit();
    await zipped;
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
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
  }
  return String(v);
}
