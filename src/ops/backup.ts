import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupSchedule } from '../kernel/config.js';
import { atLocal, localDate } from '../kernel/time.js';
import type { Db } from '../db/open.js';

const NAME = /^linli-\d{8}-\d{6}-\d{3}(?:-\d+)?\.db$/;

/** "20260420-010000-000": a UTC timestamp that sorts as text. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');

/** The backups in a folder, oldest first (their names sort by time). */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => NAME.test(f)).sort().map((f) => join(dir, f));
}

export interface BackupOptions {
  /** Pages copied per step; between steps the bot keeps reading and writing. */
  pagesPerStep?: number;
}

/**
 * Takes an online backup with SQLite's backup API (through better-sqlite3): consistent while the bot
 * keeps writing. It is written under a temporary name and renamed when complete, so a crash never
 * leaves a half backup that looks whole; then all but the newest `keep` are deleted.
 */
export async function backupNow(db: Db, dir: string, keep: number, now: number, opts: BackupOptions = {}): Promise<string> {
  mkdirSync(dir, { recursive: true });
  let file = join(dir, `linli-${stamp(now)}.db`);
  for (let n = 2; existsSync(file); n++) file = join(dir, `linli-${stamp(now)}-${n}.db`);
  const partial = `${file}.partial`;
  const pages = opts.pagesPerStep ?? 100;
  try {
    await db.backup(partial, { progress: () => pages });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  renameSync(partial, file);
  pruneBackups(dir, keep);
  return file;
}

/** Deletes all but the newest `keep` backups; returns the deleted files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const f of old) rmSync(f, { force: true });
  return old;
}

/** When the next backup is due after `now`. */
export function nextBackupAt(now: number, schedule: BackupSchedule, timeZone: string): number {
  if ('everyMs' in schedule) return now + schedule.everyMs;
  const today = atLocal(localDate(now, timeZone), schedule.dailyAt, timeZone);
  return today > now ? today : atLocal(localDate(now + 24 * 3_600_000, timeZone), schedule.dailyAt, timeZone);
}

/** Size of a file in bytes (for the log line). */
export const fileSize = (file: string): number => statSync(file).size;
