import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellValue } from '../../outbox/spreadsheet.js';
import type { FileLimits } from './limits.js';
import { FileRefused, type RowCollector, type SpreadsheetFormat } from './sheets.js';
import { inflateEntries, listEntries, storedZip, ZipRefused, type ZipEntry } from './zip.js';

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml'];

/**
 * .xlsx (Office Open XML), the format 快团团 and 群接龙 export. The zip is opened without trusting
 * it (src/runtime/files/zip.ts): only the workbook, its shared strings and its sheets are inflated,
 * within the unpacked-size limit, and exceljs's streaming WorkbookReader then reads the rows one by
 * one from a clean copy of just those parts; the collector stops it at the first broken limit.
 */
export const xlsx: SpreadsheetFormat = {
  name: 'xlsx',
  accepts: (file, head) =>
    /\.xlsx$/i.test(file.name) ||
    file.mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ||
    head.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1')),

  async read(bytes: Buffer, limits: FileLimits, rows: RowCollector): Promise<void> {
    let parts: Map<string, Buffer>;
    try {
      const wanted = listEntries(bytes).filter((e) => PARTS.includes(e.name) || SHEET.test(e.name));
      const sheets = wanted.filter((e) => SHEET.test(e.name));
      if (sheets.length === 0) throw new FileRefused('unreadable');
      if (sheets.length > limits.sheets) throw new FileRefused('unreadable');
      parts = inflateEntries(bytes, sortParts(wanted), limits.unpackedBytes);
    } catch (err) {
      if (err instanceof ZipRefused) throw new FileRefused(err.problem, err.problem === 'unpacksTooBig' ? limits.unpackedBytes : undefined);
      throw err;
    }
    // Shared strings and the workbook's relations first, so exceljs never parks a sheet in a temp file.
    parts.set('xl/sharedStrings.xml', parts.get('xl/sharedStrings.xml') ?? Buffer.from('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'));
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels') ?? Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'));
    const ordered = [...PARTS, ...[...parts.keys()].filter((n) => SHEET.test(n))].filter((n) => parts.has(n)).map((n) => [n, parts.get(n)!] as [string, Buffer]);
    const clean = storedZip(ordered);
    parts.clear();

    // In slices: exceljs parses each chunk it is given into one batch of XML events, so a sheet
    // handed over whole (4.6 MB for a 10,000-row 快团团 export) held every event of it at once,
    // over 160 MB, and ran the reading thread out of memory.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices(clean)), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    });
    try {
      for await (const sheet of reader) {
        rows.sheet((sheet as unknown as { name: string }).name);
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          rows.row(row.number, (row.values as unknown[]).slice(1).map(cellValue));
        }
      }
    } catch (err) {
      if (err instanceof FileRefused) throw err;
      throw new FileRefused('unreadable');
    }
  },
};

/** A buffer in 64 KB slices (views, not copies). */
function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
}

/** The workbook's parts in sheet order (sheet2 before sheet10). */
function sortParts(entries: ZipEntry[]): ZipEntry[] {
  const number = (e: ZipEntry) => Number(SHEET.exec(e.name)?.[1] ?? -1);
  return [...entries].sort((a, b) => number(a) - number(b));
}
