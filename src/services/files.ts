import type { Db } from '../db/open.js';
import type { ChatAddress, FileKind, IncomingFile, Platform } from '../kernel/types.js';

/** A step waiting for a person's file in a chat (a command that came without its file). */
export interface FileWait {
  kind: FileKind;
  command: string;
}

export function saveFileWait(db: Db, memberId: number, at: ChatAddress, wait: FileWait, expiresAt: number): void {
  db.prepare(
    `INSERT INTO file_waits (member_id, platform, chat_id, kind, command, expires_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (member_id, platform, chat_id) DO UPDATE SET kind = excluded.kind, command = excluded.command, expires_at = excluded.expires_at`,
  ).run(memberId, at.platform, at.chatId, wait.kind, wait.command, expiresAt);
}

/** The step waiting for this person's file here, taken (it waits for one file), if it has not expired. */
export function takeFileWait(db: Db, memberId: number, at: ChatAddress, now: number): FileWait | undefined {
  const wait = db
    .prepare('SELECT kind, command, expires_at FROM file_waits WHERE member_id = ? AND platform = ? AND chat_id = ?')
    .get(memberId, at.platform, at.chatId) as (FileWait & { expires_at: number }) | undefined;
  if (!wait) return undefined;
  db.prepare('DELETE FROM file_waits WHERE member_id = ? AND platform = ? AND chat_id = ?').run(memberId, at.platform, at.chatId);
  return wait.expires_at > now ? { kind: wait.kind, command: wait.command } : undefined;
}

/** A file that came alone: what a command that follows from the same person here may take. */
export interface FileOffer {
  messageId: string;
  /** Name, size, type and how to fetch it; never its bytes. */
  file: IncomingFile;
}

/**
 * Remembers the file a person just sent here (one at a time: a newer file replaces it). Offers gone
 * stale are dropped on the way: a file's name may say whose it is (王阿姨核酸.jpg).
 */
export function saveFileOffer(db: Db, memberId: number, at: ChatAddress, offer: FileOffer, expiresAt: number, now: number): void {
  db.prepare('DELETE FROM file_offers WHERE expires_at <= ?').run(now);
  db.prepare(
    `INSERT INTO file_offers (member_id, platform, chat_id, message_id, file_json, expires_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (member_id, platform, chat_id) DO UPDATE SET message_id = excluded.message_id, file_json = excluded.file_json, expires_at = excluded.expires_at`,
  ).run(memberId, at.platform, at.chatId, offer.messageId, JSON.stringify(offer.file), expiresAt);
}

/** The file this person sent here lately, taken if it has not expired and `accept` takes it (else it stays). */
export function takeFileOffer(db: Db, memberId: number, at: ChatAddress, now: number, accept: (file: IncomingFile) => boolean): FileOffer | undefined {
  const row = db
    .prepare('SELECT message_id, file_json, expires_at FROM file_offers WHERE member_id = ? AND platform = ? AND chat_id = ?')
    .get(memberId, at.platform, at.chatId) as { message_id: string; file_json: string; expires_at: number } | undefined;
  if (!row) return undefined;
  const offer = { messageId: row.message_id, file: JSON.parse(row.file_json) as IncomingFile };
  const fresh = row.expires_at > now;
  if (fresh && !accept(offer.file)) return undefined;
  db.prepare('DELETE FROM file_offers WHERE member_id = ? AND platform = ? AND chat_id = ?').run(memberId, at.platform, at.chatId);
  return fresh ? offer : undefined;
}

/** For /forgetme: the files this person sent that no command took yet are forgotten. */
export function forgetFileOffers(db: Db, memberId: number): number {
  return db.prepare('DELETE FROM file_offers WHERE member_id = ?').run(memberId).changes;
}

export interface FileReadRow {
  id: number;
  platform: Platform;
  chat_id: string;
  message_id: string;
  kind: FileKind;
  command: string;
  message_json: string;
  file_json: string;
  status: 'pending' | 'reading';
  claimed_by: string | null;
}

/** Queues a file to be fetched and read (in the transaction of the message that brought it). */
export function queueFileRead(
  db: Db,
  r: { platform: Platform; chatId: string; messageId: string; kind: FileKind; command: string; message: unknown; file: unknown },
  now: number,
): void {
  db.prepare(
    `INSERT OR IGNORE INTO file_reads (platform, chat_id, message_id, kind, command, message_json, file_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.platform, r.chatId, r.messageId, r.kind, r.command, JSON.stringify(r.message), JSON.stringify(r.file), now);
}

/** Files waiting to be read, or being read (by this process or another), oldest first. */
export function fileReads(db: Db): FileReadRow[] {
  return db.prepare('SELECT * FROM file_reads ORDER BY id').all() as FileReadRow[];
}

/** Takes a queued read for one process; false when another took it first. */
export function claimFileRead(db: Db, id: number, worker: string): boolean {
  return db.prepare(`UPDATE file_reads SET status = 'reading', claimed_by = ? WHERE id = ? AND status = 'pending'`).run(worker, id).changes === 1;
}

/** A read this process began and did not finish (it is stopping): another start may do it. */
export function releaseFileRead(db: Db, id: number, worker: string): void {
  db.prepare(`UPDATE file_reads SET status = 'pending', claimed_by = NULL WHERE id = ? AND claimed_by = ?`).run(id, worker);
}

/** The read is done and its message handed on (or it was refused). */
export function finishFileRead(db: Db, id: number): void {
  db.prepare('DELETE FROM file_reads WHERE id = ?').run(id);
}
