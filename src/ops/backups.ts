import type { Deps } from '../services/deps.js';
import { backupNow, fileSize, nextBackupAt } from './backup.js';

/**
 * Scheduled online backups while the bot runs. (What keeps a restore from swapping the database
 * under a running bot is the lock every linli holds: src/db/lock.ts.)
 */
export class Backups {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly deps: Deps) {}

  start(): void {
    this.stopped = false;
    this.scheduleNext();
  }

  /** Stops scheduling and waits for a backup in progress (the database must stay open until it ends). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Takes a backup now (also what the schedule calls); resolves with its file. */
  backup(): Promise<string> {
    const { db, clock, config, log } = this.deps;
    const run = backupNow(db, config.backup.dir, config.backup.keep, clock.now()).then(
      (file) => {
        log.info({ file, bytes: fileSize(file) }, 'backup taken');
        return file;
      },
      (err: unknown) => {
        log.error({ err, dir: config.backup.dir }, 'backup failed');
        throw err;
      },
    );
    this.running = run;
    return run;
  }

  private scheduleNext(): void {
    const { clock, config } = this.deps;
    const schedule = config.backup.schedule;
    if (!schedule || this.stopped) return;
    // Timers drift and cannot wait more than ~24 days: wake at most hourly and check.
    const due = nextBackupAt(clock.now(), schedule, config.timeZone);
    const wait = Math.min(Math.max(0, due - clock.now()), 3_600_000);
    this.timer = setTimeout(() => {
      if (clock.now() >= due) void this.backup().catch(() => undefined).finally(() => this.scheduleNext());
      else this.scheduleNext();
    }, wait);
    this.timer.unref();
  }
}
