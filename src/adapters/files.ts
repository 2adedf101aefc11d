import type { Incoming, IncomingFile } from '../kernel/types.js';
import { cellValue, loadExcel } from '../outbox/spreadsheet.js';

const isSpreadsheet = (file: IncomingFile) =>
  /\.xlsx$/i.test(file.name) || file.mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads an attached .xlsx into rows before the message is handed on (handlers are synchronous;
 * exceljs is not). Rows keep their spreadsheet numbering: rows[i] is row i + 1, empty rows are [].
 * An unreadable file is left without `sheets`, and the handler says so.
 */
export async function prepareIncoming(msg: Incoming): Promise<Incoming> {
  const file = msg.file;
  if (!file || file.sheets || !isSpreadsheet(file)) return msg;
  try {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    file.sheets = workbook.worksheets.map((ws) => {
      const rows: (string | number | null)[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        rows[n - 1] = (row.values as unknown[]).slice(1).map(cellValue);
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return { name: ws.name, rows };
    });
  } catch {
    // Not a spreadsheet after all: the handler answers that it cannot read it.
  }
  return msg;
}
