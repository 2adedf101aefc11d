import { JobCtx, type Deps } from '../runtime/context.js';
import type { Registry } from '../runtime/registry.js';
import { dueJobs, finishJob, retryJob } from '../services/jobs.js';

const MAX_JOB_ATTEMPTS = 3;

/**
 * Runs durable jobs (reminders, re-announcements, deadlines) when they fall due, each in its own
 * transaction with the messages it queues. Jobs due while the bot was down run at the next tick.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  onCommit: () => void = () => {};

  constructor(
    private readonly deps: Deps,
    private readonly registry: Registry,
  ) {}

  start(intervalMs = 5000): void {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs every job due now; returns how many ran. */
  tick(): number {
    const { db, clock, log } = this.deps;
    let ran = 0;
    for (const job of dueJobs(db, clock.now())) {
      const handler = this.registry.jobHandlers.get(job.kind);
      try {
        db.transaction(() => {
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          handler(new JobCtx(this.deps, this.registry), JSON.parse(job.payload) as unknown);
          finishJob(db, job.id, 'done', clock.now());
        })();
        ran++;
      } catch (err) {
        log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
        if (job.attempts + 1 < MAX_JOB_ATTEMPTS && handler) retryJob(db, job.id, clock.now() + 60_000);
        else finishJob(db, job.id, 'failed', clock.now());
      }
    }
    if (ran > 0) this.onCommit();
    return ran;
  }
}
