/**
 * The reading thread: reads spreadsheets' rows (src/runtime/files/sheets.ts), one job at a time,
 * and posts back the rows or the limit the file broke. Started by src/runtime/files/read.ts, with
 * its own small heap.
 */
import { parentPort } from 'node:worker_threads';
import type { FileRead } from '../../kernel/types.js';
import type { FileLimits } from './limits.js';
import { FileRefused, readSpreadsheet } from './sheets.js';
import { csv } from './csv.js';
import { xls } from './xls.js';
import { xlsx } from './xlsx.js';

/**
 * The formats linli reads, tried in order: .xls by its compound-file signature first (so an .xls
 * renamed .xlsx is still read), then .xlsx (a zip, or named so), then .csv by its name.
 */
const FORMATS = [xls, xlsx, csv];

interface Job {
  bytes: Uint8Array;
  file: { name: string; mimeType?: string };
  limits: FileLimits;
}

parentPort!.on('message', (job: Job) => {
  void read(job).then((result) => parentPort!.postMessage(result));
});

async function read(job: Job): Promise<FileRead> {
  try {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return { ok: true, sheets: await readSpreadsheet(bytes, job.file, job.limits, FORMATS) };
  } catch (err) {
    return err instanceof FileRefused ? { ok: false, problem: err.problem, limit: err.limit } : { ok: false, problem: 'unreadable' };
  }
}
