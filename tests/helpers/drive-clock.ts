import type { FakeClock } from '../../src/kernel/clock.js';
import type { OutboxWorker } from '../../src/outbox/worker.js';

/**
 * Lets the outbox worker send on a fake clock: drains what the limits allow now, moves the clock
 * to when the next message may go, and again, until nothing is pending or `until` is reached.
 */
export async function runOutbox(worker: OutboxWorker, clock: FakeClock, until = Infinity): Promise<void> {
  for (let steps = 0; steps < 100_000; steps++) {
    await worker.drain();
    const at = worker.nextSendAt();
    if (at === undefined || at > until) break;
    clock.set(Math.max(at, clock.now() + 1));
  }
  if (until !== Infinity && clock.now() < until) clock.set(until);
}
