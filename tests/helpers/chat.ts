import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ConsoleAdapter, type ConsoleSent } from '../../src/adapters/console.js';
import { App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/kernel/config.js';
import { FakeClock } from '../../src/kernel/clock.js';
import type { Incoming } from '../../src/kernel/types.js';
import type { Logger } from '../../src/kernel/log.js';
import type { Adapter } from '../../src/outbox/port.js';

/** 2026-04-20 09:00 in Shanghai: a weekday morning in the lockdown. */
export const MORNING = Date.parse('2026-04-20T09:00:00+08:00');

export interface ChatOptions {
  admins?: string[];
  clock?: FakeClock;
  /** Reuse a database folder (to test restarts). */
  dir?: string;
  env?: Record<string, string>;
  /** Platforms beside the console chat (a WeCom robot's adapter); started with `startAdapters()`. */
  adapters?: Adapter[];
  /** The app's log (silent unless given: a test that reads what is logged gives its own). */
  log?: Logger;
}

/**
 * A console group chat over a real migrated SQLite file in a temp folder: the harness for command
 * tests. Lines read like the chat: `await chat.say('alice: /我是 5-302')` returns what the bot sent.
 */
export class TestChat {
  readonly app: App;
  readonly adapter: ConsoleAdapter;
  readonly clock: FakeClock;
  readonly dir: string;
  readonly config: Config;

  constructor(opts: ChatOptions = {}) {
    this.dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'linli-test-'));
    this.clock = opts.clock ?? new FakeClock(MORNING);
    this.config = loadConfig({
      LINLI_DB_PATH: join(this.dir, 'linli.db'),
      LINLI_ADMINS: (opts.admins ?? ['console:secretary']).join(','),
      LOG_LEVEL: 'silent',
      ...opts.env,
    });
    this.adapter = new ConsoleAdapter({ now: () => this.clock.now() });
    this.extra = opts.adapters ?? [];
    this.app = new App({ config: this.config, log: opts.log ?? pino({ level: 'silent' }), adapters: [this.adapter, ...this.extra], clock: this.clock });
  }

  private readonly extra: Adapter[];

  /** Starts the platforms given beside the console (they keep the database to send). */
  async startAdapters(): Promise<void> {
    for (const a of this.extra) await a.start((msg) => this.app.dispatcher.submit(msg), this.app.deps);
  }

  get db() {
    return this.app.db;
  }

  /** Every message the bot has sent so far. */
  get sent(): ConsoleSent[] {
    return this.adapter.sent;
  }

  /** Says one console line (`name: text`, `name (private): text`, `name ^12: text`); returns the bot's answers. */
  async say(line: string): Promise<ConsoleSent[]> {
    const msg = this.adapter.parseLine(line);
    if (!msg) throw new Error(`not a chat line: ${line}`);
    return this.deliver(msg);
  }

  /** Delivers a message as an adapter would (also used to replay the same message). */
  async deliver(...msgs: Incoming[]): Promise<ConsoleSent[]> {
    const before = this.sent.length;
    this.app.dispatcher.handleNow(msgs);
    // A file some step waits for is read off the message path and comes back as a message of its own.
    await this.app.intake.idle();
    await this.app.worker.drain();
    return this.sent.slice(before);
  }

  /** Runs due jobs at the current fake time and sends what they queued. */
  async tick(): Promise<ConsoleSent[]> {
    const before = this.sent.length;
    this.app.scheduler.tick();
    await this.app.worker.drain();
    return this.sent.slice(before);
  }

  /** The text of the bot's single answer to a line, failing if there was not exactly one. */
  async answer(line: string): Promise<string> {
    const out = await this.say(line);
    if (out.length !== 1) throw new Error(`expected one answer to "${line}", got ${out.length}: ${JSON.stringify(out.map((o) => o.text))}`);
    return out[0]!.text;
  }

  /** Closes the database (the folder stays, for a restart). */
  async close(): Promise<void> {
    await this.app.stop(0);
  }

  /** Closes and removes the folder. */
  async dispose(): Promise<void> {
    await this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A bound community (阳光小区) where wang lives at 5-302, and whatever else `more` says: where most understanding tests begin. */
export async function chatWithWang(...more: string[]): Promise<TestChat> {
  const chat = new TestChat();
  await chat.say('secretary: /bind 阳光小区');
  await chat.say('wang: /我是 5-302');
  for (const line of more) await chat.say(line);
  return chat;
}

/** What the group heard of what the bot sent. */
export const groupOf = (out: { isGroup: boolean; text: string }[]): string[] => out.filter((o) => o.isGroup).map((o) => o.text);
