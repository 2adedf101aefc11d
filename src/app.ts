import { allCommands } from '../commands/index.js';
import type { Adapter } from './adapters/adapter.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import type { Deps } from './core/context.js';
import { Dispatcher } from './core/dispatcher.js';
import { Registry } from './core/registry.js';
import type { Platform } from './core/types.js';
import { migrate } from './db/migrate.js';
import { openDb, type Db } from './db/open.js';
import type { Logger } from './log.js';
import { OutboxWorker } from './outbox/worker.js';
import { Scheduler } from './scheduler.js';

export interface AppOptions {
  config: Config;
  log: Logger;
  adapters: Adapter[];
  clock?: Clock;
  /** An already open database (tests, benchmarks); otherwise config.dbPath is opened. */
  db?: Db;
}

/** linli assembled: database, commands, dispatcher, outbox worker, scheduler, adapters. */
export class App {
  readonly deps: Deps;
  readonly registry: Registry;
  readonly dispatcher: Dispatcher;
  readonly worker: OutboxWorker;
  readonly scheduler: Scheduler;
  readonly adapters: Map<Platform, Adapter>;

  constructor(opts: AppOptions) {
    const db = opts.db ?? openDb(opts.config.dbPath);
    migrate(db);
    this.deps = { db, clock: opts.clock ?? systemClock, config: opts.config, log: opts.log };
    this.adapters = new Map(opts.adapters.map((a) => [a.platform, a]));
    this.registry = new Registry(allCommands, opts.adapters.flatMap((a) => a.botNames));
    this.dispatcher = new Dispatcher(this.deps, this.registry);
    this.worker = new OutboxWorker(this.deps, this.adapters);
    this.scheduler = new Scheduler(this.deps, this.registry);
    this.dispatcher.onCommit = () => this.worker.kick();
    this.scheduler.onCommit = () => this.worker.kick();
  }

  get db(): Db {
    return this.deps.db;
  }

  /** Starts taking messages on every adapter, sending, and running jobs. */
  async start(): Promise<void> {
    this.worker.start();
    this.scheduler.start();
    for (const adapter of this.adapters.values()) await adapter.start((msg) => this.dispatcher.submit(msg), this.deps);
  }

  /** Stops taking messages, lets the outbox drain for a moment, closes the database. */
  async stop(drainMs = 3000): Promise<void> {
    for (const adapter of this.adapters.values()) await adapter.stop();
    this.scheduler.stop();
    await Promise.race([this.worker.drain(), new Promise((r) => setTimeout(r, drainMs).unref())]);
    await this.worker.stop();
    this.deps.db.close();
  }
}
