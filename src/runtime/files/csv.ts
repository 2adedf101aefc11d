import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { FileLimits } from './limits.js';
import { FileRefused, type RowCollector, type SpreadsheetFormat } from './sheets.js';

/** Text is handed to the parser in slices of this many characters. */
const SLICE = 64 * 1024;

/**
 * .csv: what a leader gets from "导出为 CSV" or saves from WPS. Chinese CSV files come in UTF-8
 * (often with a BOM) or, saved by Excel on a Chinese Windows, in GBK/GB18030: the bytes are decoded
 * as UTF-8 when they are valid UTF-8, otherwise as GB18030 (a superset of GBK), with the decoders
 * Node carries (no dependency). Parsed by csv-parse as a stream of slices, so a record is handed to
 * the collector as soon as it ends; a record longer than a full row can be (the columns limit times
 * the cell length limit) stops the parser at that length, and a line with more delimiters than the
 * columns limit is refused before parsing, so one giant line, a line of commas or an unclosed quote
 * never builds more than a row.
 */
export const csv: SpreadsheetFormat = {
  name: 'csv',
  accepts: (file) => /\.csv$/i.test(file.name) || file.mimeType === 'text/csv' || file.mimeType === 'text/comma-separated-values',

  async read(bytes: Buffer, limits: FileLimits, rows: RowCollector): Promise<void> {
    const text = decode(bytes);
    const delimiter = delimiterOf(text);
    if (tooWide(text, delimiter, limits.columns)) throw new FileRefused('tooManyCells', limits.cells);
    const parser = parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: limits.cellChars * limits.columns,
    });
    rows.sheet('CSV');
    let number = 0;
    try {
      for await (const record of Readable.from(slices(text)).pipe(parser) as AsyncIterable<string[]>) {
        // Empty lines count too: a file of nothing but line breaks stops at the row limit.
        if (++number > limits.rows) throw new FileRefused('tooManyRows', limits.rows);
        // A line with nothing on it is an empty row, as a spreadsheet shows it.
        const cells = record.length === 1 && record[0] === '' ? [] : record.map((c) => (c === '' ? null : c));
        if (cells.length > 0) rows.row(number, cells);
      }
    } catch (err) {
      parser.destroy();
      if (err instanceof FileRefused) throw err;
      if (err instanceof CsvError && err.code === 'CSV_MAX_RECORD_SIZE') throw new FileRefused('cellTooLong', limits.cellChars);
      throw new FileRefused('unreadable');
    }
  },
};

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (which reads GBK and GB2312 too). */
function decode(bytes: Buffer): string {
  if (bytes.includes(0)) throw new FileRefused('unreadable'); // UTF-16 or a binary file named .csv
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new FileRefused('unreadable');
    }
  }
}

/** Commas, unless the first line is separated by tabs or semicolons and holds no comma. */
function delimiterOf(text: string): string {
  const end = text.search(/\r|\n/);
  const first = text.slice(0, end < 0 ? Math.min(text.length, SLICE) : Math.min(end, SLICE));
  if (first.includes(',')) return ',';
  if (first.includes('\t')) return '\t';
  if (first.includes(';')) return ';';
  return ',';
}

/**
 * Whether a line holds more delimiters than a row may have cells: a line of a million commas would
 * otherwise become a record of a million empty cells before the collector saw it. Quotes are not
 * looked at (a real export has no quoted cell holding hundreds of commas); one pass, no copies.
 */
function tooWide(text: string, delimiter: string, columns: number): boolean {
  const d = delimiter.charCodeAt(0);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d) {
      if (++count >= columns) return true;
    } else if (c === 10) count = 0;
  }
  return false;
}

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += SLICE) yield text.slice(at, at + SLICE);
}
