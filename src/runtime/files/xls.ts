import { read, type CellObject, type WorkBook } from '@e965/xlsx';
import type { FileLimits } from './limits.js';
import { FileRefused, type RowCollector, type SpreadsheetFormat } from './sheets.js';

/** The first bytes of an OLE compound file, the container of a BIFF .xls workbook. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * .xls (Excel 97–2003, BIFF in an OLE compound file): the format of many committees' own sheets.
 * Read by SheetJS Community Edition 0.20.3 (the npm package `@e965/xlsx`, the official release
 * republished unchanged; the npm `xlsx` stopped at 0.18.5 with CVE-2023-30533 and CVE-2024-22363,
 * both fixed in 0.20.x). BIFF is not compressed, so the workbook held in memory is no bigger than
 * the file (at most FileLimits.bytes); SheetJS stops each sheet at one row past the row limit, and
 * the collector checks rows, cells and their length as the rows are handed over. Only a real
 * compound file is taken: an HTML page or an XML file named .xls is refused as unreadable.
 */
export const xls: SpreadsheetFormat = {
  name: 'xls',
  accepts: (_file, head) => head.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC),

  async read(bytes: Buffer, limits: FileLimits, rows: RowCollector): Promise<void> {
    let workbook: WorkBook;
    try {
      workbook = read(bytes, {
        type: 'buffer',
        dense: true,
        sheetRows: limits.rows + 1,
        cellFormula: false,
        cellHTML: false,
        cellText: false,
        cellDates: false,
        cellStyles: false,
        bookVBA: false,
      });
    } catch {
      throw new FileRefused('unreadable');
    }
    if (workbook.SheetNames.length > limits.sheets) throw new FileRefused('unreadable');
    for (const name of workbook.SheetNames) {
      rows.sheet(name);
      const data = (workbook.Sheets[name] as { '!data'?: (CellObject[] | undefined)[] } | undefined)?.['!data'] ?? [];
      for (let r = 0; r < data.length; r++) {
        const row = data[r];
        if (!row || row.length === 0) continue;
        if (row.length > limits.columns) throw new FileRefused('tooManyCells', limits.cells);
        rows.row(r + 1, Array.from(row, cellOf));
      }
    }
  },
};

/** A BIFF cell as the collector takes it: numbers as numbers, everything else as its text. */
function cellOf(cell: CellObject | undefined): string | number | null {
  // An error cell (#N/A) holds its error code as a number: it is no value.
  if (!cell || cell.t === 'e' || cell.v === undefined || cell.v === null) return null;
  if (typeof cell.v === 'number') return cell.v;
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return String(cell.v);
}
