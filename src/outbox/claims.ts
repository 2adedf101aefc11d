import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * How long a worker's claim on the rows it sends lasts without renewal. A worker renews it while
 * a send runs, so only a dead (or frozen) process loses its rows to another.
 */
export const CLAIM_MS = 60_000;
/** How often a send in progress renews its claim (real time). */
export const CLAIM_RENEW_MS = 15_000;

/** Workers alive in this process (a process may run several, as tests do). */
const liveHere = new Set<string>();

/** A new worker's name in claims: host and pid, so a later process can tell whether it is still alive. */
export function newWorkerId(): string {
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  liveHere.add(id);
  return id;
}

export function retireWorkerId(id: string): void {
  liveHere.delete(id);
}

/**
 * Whether the worker that wrote a claim is certainly gone: it ran on this host and its process no
 * longer exists (or it is this process, which no longer runs it: a restart in one process). A
 * worker on another host, or a pid taken by another program, is taken as alive; its claims then
 * run out after CLAIM_MS.
 */
export function isDeadWorker(id: string): boolean {
  const [host, pidText] = id.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return !liveHere.has(id);
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
