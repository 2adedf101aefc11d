import cron, { type ScheduledTask } from 'node-cron';
import type { BulletinSection } from '../runtime/capability.js';
import { JobCtx, type Deps } from '../runtime/context.js';
import { checkDueBulletins } from '../../commands/bulletin/deliver.js';

/** Every minute: a bulletin time is a minute of the day. */
export const BULLETIN_CRON = '* * * * *';

/**
 * Sends each community's daily bulletin on time. node-cron only wakes the check: it skips runs
 * missed by more than a second and remembers nothing, so the check itself looks at the database
 * for bulletins due and not yet sent, at start-up (the catch-up) and at every tick.
 */
export class BulletinCron {
  private task: ScheduledTask | undefined;
  onCommit: () => void = () => {};

  constructor(
    private readonly deps: Deps,
    private readonly sections: readonly BulletinSection[],
  ) {}

  start(expression = BULLETIN_CRON): void {
    this.check();
    this.task = cron.schedule(expression, () => void this.check(), {
      name: 'linli-bulletin',
      timezone: this.deps.config.timeZone,
      noOverlap: true,
    });
  }

  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = undefined;
  }

  /** Sends what is due now; returns how many bulletins went out. Never throws. */
  check(): number {
    try {
      const sent = checkDueBulletins(new JobCtx(this.deps), this.sections);
      if (sent > 0) this.onCommit();
      return sent;
    } catch (err) {
      this.deps.log.error({ err }, 'bulletin check failed');
      return 0;
    }
  }
}
