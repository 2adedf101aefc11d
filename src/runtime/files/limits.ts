/**
 * What linli takes in a file. A 快团团 / 群接龙 export of a whole complex is a few hundred KB,
 * a few thousand rows of a dozen short cells; these limits leave room for ten times that and no
 * more. Each is checked before the part it guards is held in memory: the size before and while
 * downloading, the unpacked size from the zip's directory and again while inflating, rows, cells
 * and cell length while the rows stream by (src/runtime/files/).
 */
export interface FileLimits {
  /** Bytes of the file as sent. */
  bytes: number;
  /** Bytes the parts of a spreadsheet that are read may unpack to, all together (a zip bomb stops here). */
  unpackedBytes: number;
  /** Rows of all sheets together (and the highest row number a sheet may use). */
  rows: number;
  /** Non-empty cells of all sheets together. */
  cells: number;
  /** Characters in one cell. */
  cellChars: number;
  /** Columns a row may use. */
  columns: number;
  /** Sheets in the workbook. */
  sheets: number;
}

export const SPREADSHEET_LIMITS: FileLimits = {
  bytes: 5 * 1024 * 1024,
  unpackedBytes: 20 * 1024 * 1024,
  rows: 10_000,
  cells: 200_000,
  cellChars: 2_000,
  columns: 200,
  sheets: 50,
};

/** A document (a certificate, a pass) is kept as it is: only its size matters. */
export const DOCUMENT_LIMITS: Pick<FileLimits, 'bytes'> = { bytes: 5 * 1024 * 1024 };

/** How long reading one spreadsheet may take before it is given up as unreadable. */
export const READ_TIMEOUT_MS = 60_000;
/** The reading thread's own heap: a file that gets past every limit above still cannot take more. */
export const READER_HEAP_MB = 160;
