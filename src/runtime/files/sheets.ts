import type { FileProblem, SpreadsheetSpec } from '../../kernel/types.js';
import type { FileLimits } from './limits.js';

type Cell = string | number | null;

/** A file that breaks a limit or cannot be read: the reason, and the limit it broke. */
export class FileRefused extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly limit?: number,
  ) {
    super(problem);
  }
}

/**
 * A spreadsheet format linli reads (.xlsx, .xls and .csv, listed in read-worker.ts). A format
 * hands rows to the collector as it reads them; the collector enforces the row, cell and length
 * limits, so no format has to, and refuses with FileRefused as soon as one is broken.
 */
export interface SpreadsheetFormat {
  name: string;
  /** Whether a file looks like this format, by its name, type and first bytes. */
  accepts(file: { name: string; mimeType?: string }, head: Buffer): boolean;
  read(bytes: Buffer, limits: FileLimits, rows: RowCollector): Promise<void>;
}

/**
 * Collects the rows a format reads, within limits. Rows keep their spreadsheet numbering: rows[i]
 * is row i + 1, and empty rows are [].
 */
export class RowCollector {
  readonly sheets: SpreadsheetSpec['sheets'] = [];
  private rowCount = 0;
  private cellCount = 0;

  constructor(private readonly limits: FileLimits) {}

  sheet(name: string): void {
    if (this.sheets.length >= this.limits.sheets) throw new FileRefused('unreadable');
    this.sheets.push({ name, rows: [] });
  }

  /** A row by its number (1 = the first), its cells from the first column on. */
  row(number: number, cells: Cell[]): void {
    const { limits } = this;
    const sheet = this.sheets.at(-1);
    if (!sheet) throw new FileRefused('unreadable');
    if (number < 1 || number > limits.rows || ++this.rowCount > limits.rows) throw new FileRefused('tooManyRows', limits.rows);
    if (cells.length > limits.columns) throw new FileRefused('tooManyCells', limits.cells);
    for (const cell of cells) {
      if (cell === null || cell === '') continue;
      if (++this.cellCount > limits.cells) throw new FileRefused('tooManyCells', limits.cells);
      if (typeof cell === 'string' && cell.length > limits.cellChars) throw new FileRefused('cellTooLong', limits.cellChars);
    }
    const rows = sheet.rows;
    while (rows.length < number - 1) rows.push([]);
    rows[number - 1] = cells;
  }
}

/**
 * Reads a spreadsheet's rows with the first format that takes it, within limits. Runs in the
 * reading thread (src/runtime/files/read.ts), never on the message path.
 */
export async function readSpreadsheet(
  bytes: Buffer,
  file: { name: string; mimeType?: string },
  limits: FileLimits,
  formats: readonly SpreadsheetFormat[],
): Promise<SpreadsheetSpec['sheets']> {
  if (bytes.length > limits.bytes) throw new FileRefused('tooBig', limits.bytes);
  const format = formats.find((f) => f.accepts(file, bytes.subarray(0, 8)));
  if (!format) throw new FileRefused('unreadable');
  const rows = new RowCollector(limits);
  await format.read(bytes, limits, rows);
  return rows.sheets;
}
