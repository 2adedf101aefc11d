import type { FileRead, Incoming, IncomingFile, Platform } from '../../kernel/types.js';
import { isDeadWorker, newWorkerId, retireWorkerId } from '../../outbox/claims.js';
import { FileTooBig, type Adapter } from '../../outbox/port.js';
import type { Deps } from '../../services/deps.js';
import { claimFileRead, fileReads, finishFileRead, releaseFileRead, type FileReadRow } from '../../services/files.js';
import { DOCUMENT_LIMITS, SPREADSHEET_LIMITS } from './limits.js';
import { readOffThread } from './read.js';

/**
 * The file intake: fetches and reads the files steps wait for (queued by src/runtime/files/step.ts
 * in the transaction of the message that brought them), one at a time, off the message path, and
 * hands each on as a message of its own ("<message id>#file", so exactly once) carrying what was
 * read or why it was refused. The message that brought the file was committed and acknowledged
 * before; a restart resumes what was queued. A read that a crash interrupted is never tried again:
 * the file is refused as unreadable, so no file can take the bot down twice (no crash loop).
 * Called from one place, the app.
 */
export class FileIntake {
  private readonly id = newWorkerId();
  private busy: Promise<void> | undefined;
  private again = false;
  private stopping = false;
  private abort: AbortController | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly adapters: Map<Platform, Adapter>,
    /** Hands a message on to the dispatcher and resolves once it is committed. */
    private readonly handOn: (msg: Incoming) => Promise<unknown>,
  ) {}

  /** Looks for files to read now (after a commit queued one, and at start-up). */
  kick(): void {
    if (this.stopping) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = this.run()
      .catch((err: unknown) => this.deps.log.error({ err }, 'file intake failed'))
      .finally(() => {
        this.busy = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when every queued file has been read and handed on (tests, the console). */
  async idle(): Promise<void> {
    while (this.busy) await this.busy;
  }

  /** Stops after letting go of the read in progress (it is read again after the next start). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.abort?.abort();
    await this.busy;
    retireWorkerId(this.id);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const next = fileReads(this.deps.db).find((r) => r.status === 'pending' || (r.claimed_by !== null && isDeadWorker(r.claimed_by)));
      if (!next) return;
      // A message that cannot be committed now waits for the next kick.
      if (!(await this.process(next))) return;
    }
  }

  /** Reads one queued file and hands it on; false when the hand-on failed (it stays queued). */
  private async process(row: FileReadRow): Promise<boolean> {
    const { db, log } = this.deps;
    // A read begun by a process that is gone: that process may have died of this very file.
    const interrupted = row.status === 'reading';
    if (interrupted) log.warn({ platform: row.platform, chatId: row.chat_id, messageId: row.message_id }, 'a file read was interrupted by a crash: it is refused, not read again');
    if (!interrupted && !claimFileRead(db, row.id, this.id)) return true;
    const file = JSON.parse(row.file_json) as IncomingFile;
    const read: FileRead = interrupted ? { ok: false, problem: 'unreadable' } : await this.read(row, file);
    if (this.stopping && !interrupted) {
      releaseFileRead(db, row.id, this.id);
      return false;
    }
    const msg: Incoming = { ...(JSON.parse(row.message_json) as Omit<Incoming, 'text'>), messageId: `${row.message_id}#file`, text: row.command, file: { ...file, read } };
    try {
      await this.handOn(msg);
      finishFileRead(db, row.id);
      return true;
    } catch (err) {
      // The database refused the commit: the read stays queued and is tried again.
      log.error({ err, messageId: row.message_id }, 'a read file could not be handed on');
      releaseFileRead(db, row.id, this.id);
      return false;
    }
  }

  /** Fetches the file within its size limit, and reads a spreadsheet in its own thread. */
  private async read(row: FileReadRow, file: IncomingFile): Promise<FileRead> {
    const limits = row.kind === 'spreadsheet' ? SPREADSHEET_LIMITS : DOCUMENT_LIMITS;
    const adapter = this.adapters.get(row.platform);
    let bytes: Buffer;
    try {
      if (!adapter?.fetchFile) throw new Error(`no way to fetch files on ${row.platform}`);
      bytes = await adapter.fetchFile(file, limits.bytes);
    } catch (err) {
      if (err instanceof FileTooBig) return { ok: false, problem: 'tooBig', limit: limits.bytes };
      this.deps.log.warn({ err: (err as Error).message, platform: row.platform, messageId: row.message_id }, 'a file could not be fetched');
      return { ok: false, problem: 'lost' };
    }
    if (bytes.length > limits.bytes) return { ok: false, problem: 'tooBig', limit: limits.bytes };
    if (row.kind === 'document') return { ok: true, data: bytes };
    this.abort = new AbortController();
    try {
      return await readOffThread(bytes, file, SPREADSHEET_LIMITS, this.abort.signal);
    } finally {
      this.abort = undefined;
    }
  }
}
