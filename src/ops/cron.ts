import cron, { type ScheduledTask } from 'node-cron';
import type { Schedule } from '../runtime/capability.js';
import { JobCtx, type Deps } from '../runtime/context.js';
import type { Registry } from '../runtime/registry.js';

/**
 * Runs the capabilities' schedules (the daily bulletin's check, every minute). node-cron only wakes
 * a check: it skips runs missed by more than a second and remembers nothing, so each check looks
 * at the database for what is due and not yet done, at start-up (the catch-up) and at every tick.
 */
export class Cron {
  private tasks: ScheduledTask[] = [];
  onCommit: () => void = () => {};

  constructor(
    private readonly deps: Deps,
    private readonly registry: Registry,
  ) {}

  /** Checks every schedule now, then on its own cron expression (or `expression`, in tests). */
  start(expression?: string): void {
    this.check();
    this.tasks = this.registry.schedules.map((s) =>
      cron.schedule(expression ?? s.cron, () => void this.run(s), { name: `linli-${s.name}`, timezone: this.deps.config.timeZone, noOverlap: true }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.tasks.map((t) => t.destroy()));
    this.tasks = [];
  }

  /** Runs every schedule now; returns how many things they did (bulletins sent). Never throws. */
  check(): number {
    return this.registry.schedules.reduce((n, s) => n + this.run(s), 0);
  }

  private run(schedule: Schedule): number {
    try {
      const done = schedule.run(new JobCtx(this.deps, this.registry));
      if (done > 0) this.onCommit();
      return done;
    } catch (err) {
      this.deps.log.error({ err, schedule: schedule.name }, 'scheduled check failed');
      return 0;
    }
  }
}
