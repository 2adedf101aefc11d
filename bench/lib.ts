import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import pino from 'pino';
import { ConsoleAdapter } from '../src/adapters/console.js';
import { App } from '../src/app.js';
import { loadConfig } from '../src/kernel/config.js';
import type { Incoming } from '../src/kernel/types.js';
import { openDb } from '../src/db/open.js';

/** A folder for one benchmark's files, removed by `cleanup`. */
export function workDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'linli-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The most durable one-message commits a second this disk does: one small insert per transaction; and the p99 of one. */
export function rawCommits(synchronous: 'FULL' | 'NORMAL', n: number): { perSecond: number; p99Ms: number } {
  const { dir, cleanup } = workDir();
  try {
    const db = openDb(join(dir, 'raw.db'), { synchronous });
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, chat TEXT, msg TEXT, at INTEGER)');
    const insert = db.prepare('INSERT INTO t (chat, msg, at) VALUES (?, ?, ?)');
    const one = db.transaction((i: number) => insert.run('group', `m${i}`, i));
    for (let i = 0; i < 50; i++) one(i);
    const times: number[] = new Array(n);
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      one(i);
      times[i] = performance.now() - t0;
    }
    const seconds = (performance.now() - start) / 1000;
    db.close();
    return { perSecond: n / seconds, p99Ms: percentiles(times).p99Ms };
  } finally {
    cleanup();
  }
}

/** Commits a second only (see rawCommits). */
export function rawCommitsPerSecond(synchronous: 'FULL' | 'NORMAL', n: number): number {
  return rawCommits(synchronous, n).perSecond;
}

/** An App over a fresh database file, with the console adapter (nothing printed, nothing paced). */
export function benchApp(dir: string, dbName = 'linli.db'): App {
  const config = loadConfig({ LINLI_DB_PATH: join(dir, dbName), LOG_LEVEL: 'silent', LINLI_ADMINS: 'console:secretary' });
  const app = new App({ config, log: pino({ level: 'silent' }), adapters: [new ConsoleAdapter()] });
  // Measured up to the commit of writes and outbox rows; sending is the platforms' pace, not ours.
  app.dispatcher.onCommit = () => {};
  return app;
}

/** "@li" names a person, as the console adapter reads it (undefined when nobody is named, as there). */
function mentionsIn(text: string): Incoming['mentions'] {
  const names = [...text.matchAll(/@([^\s@:：,,]+)/g)].map((x) => ({ userId: x[1]!, name: x[1]! }));
  return names.length > 0 ? names : undefined;
}

let counter = 0;
/** A console message as the adapter would make it. */
export function incoming(sender: string, text: string, opts: { chatId?: string; replyTo?: string; isGroup?: boolean } = {}): Incoming {
  const isGroup = opts.isGroup ?? true;
  return {
    platform: 'console',
    chatId: isGroup ? (opts.chatId ?? '控制台群') : `private:${sender}`,
    chatTitle: isGroup ? (opts.chatId ?? '控制台群') : undefined,
    isGroup,
    senderId: sender,
    senderName: sender,
    text,
    messageId: `b${++counter}`,
    replyToMessageId: opts.replyTo,
    mentions: mentionsIn(text),
    time: Date.now(),
  };
}

export interface Throughput {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Submits messages the way adapters do (all of a burst in the same tick, so they share a commit)
 * and measures from submit to commit for each.
 */
export async function burst(app: App, msgs: Incoming[]): Promise<Throughput & { latencies: number[] }> {
  const latencies: number[] = new Array(msgs.length);
  const start = performance.now();
  await Promise.all(
    msgs.map((m, i) => {
      const t0 = performance.now();
      return app.dispatcher.submit(m).then(() => {
        latencies[i] = performance.now() - t0;
      });
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: msgs.length / seconds, ...percentiles(latencies), latencies };
}

/** One message at a time on an idle bot: each waits for its own commit. */
export async function oneByOne(app: App, msgs: Incoming[]): Promise<Throughput> {
  const latencies: number[] = [];
  const start = performance.now();
  for (const m of msgs) {
    const t0 = performance.now();
    await app.dispatcher.submit(m);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: msgs.length / seconds, ...percentiles(latencies) };
}

export function percentiles(values: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50Ms: at(0.5), p99Ms: at(0.99) };
}

export const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
export const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

// A full collection before reading memory, without asking every caller for --expose-gc.
v8.setFlagsFromString('--expose-gc');
/** Runs a full garbage collection (before reading RSS or heap, so the figures compare). */
export const collectGarbage = runInNewContext('gc') as () => void;
