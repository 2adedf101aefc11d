import { allCapabilities } from '../commands/index.js';
import { holdDatabase, type DbLock } from './db/lock.js';
import { migrate } from './db/migrate.js';
import { startDesk, type DeskServer } from './desk/server.js';
import { openDb, type Db } from './db/open.js';
import { loadChineseDictionaries } from './kernel/chinese.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import type { Logger } from './kernel/log.js';
import type { Platform } from './kernel/types.js';
import { Backups } from './ops/backups.js';
import { carryOverRestore } from './ops/carry-over.js';
import { Cron } from './ops/cron.js';
import { Scheduler } from './ops/scheduler.js';
import type { Adapter } from './outbox/port.js';
import { OutboxWorker } from './outbox/worker.js';
import type { Capability } from './runtime/capability.js';
import { JobCtx, type Deps } from './runtime/context.js';
import { Dispatcher } from './runtime/dispatcher.js';
import { FileIntake } from './runtime/files/intake.js';
import { Registry } from './runtime/registry.js';

export interface AppOptions {
  config: Config;
  log: Logger;
  adapters: Adapter[];
  clock?: Clock;
  /** An already open database (tests, benchmarks); otherwise config.dbPath is opened. */
  db?: Db;
  /** The capabilities to run; every one in commands/index.ts unless given (tests add their own). */
  capabilities?: Capability[];
}

/** Every capability's commands on a router, without a database: for `npm run parse` and tests. */
export const allCommandsRegistry = (botNames: string[] = []): Registry => new Registry(allCapabilities, botNames);
export { allCapabilities };

/** linli assembled: database, capabilities, dispatcher, outbox worker, scheduler, adapters, the desk. */
export class App {
  readonly deps: Deps;
  readonly registry: Registry;
  readonly dispatcher: Dispatcher;
  readonly worker: OutboxWorker;
  readonly scheduler: Scheduler;
  /** The capabilities' schedules (the daily bulletin). */
  readonly cron: Cron;
  readonly adapters: Map<Platform, Adapter>;
  /** Fetches and reads the files steps wait for, off the message path. */
  readonly intake: FileIntake;
  /** Scheduled online backups. */
  readonly backups: Backups;
  /** The desk (a web page for secretaries), while it runs: LINLI_DESK_PORT. */
  desk: DeskServer | undefined;
  /** Held while the database is open here, so a restore cannot replace it (src/db/lock.ts). */
  private readonly lock: DbLock;

  constructor(opts: AppOptions) {
    this.lock = holdDatabase(opts.db?.name ?? opts.config.dbPath);
    let db: Db;
    try {
      db = opts.db ?? openDb(opts.config.dbPath);
      migrate(db);
    } catch (err) {
      this.lock.release();
      throw err;
    }
    this.deps = {
      db,
      clock: opts.clock ?? systemClock,
      config: opts.config,
      log: opts.log,
      privateChatLink: (platform) => this.adapters.get(platform)?.privateChatLink,
      privateChatOf: (platform, userId) => this.adapters.get(platform)?.privateChatOf(userId),
      deskUrl: () => this.desk?.url,
    };
    this.adapters = new Map(opts.adapters.map((a) => [a.platform, a]));
    this.registry = new Registry(opts.capabilities ?? allCapabilities, opts.adapters.flatMap((a) => a.botNames));
    this.dispatcher = new Dispatcher(this.deps, this.registry);
    this.worker = new OutboxWorker(this.deps, this.adapters);
    this.scheduler = new Scheduler(this.deps, this.registry);
    this.cron = new Cron(this.deps, this.registry);
    this.backups = new Backups(this.deps);
    this.intake = new FileIntake(this.deps, this.adapters, (msg) => this.dispatcher.submit(msg));
    // A restored database first learns what already went out after its backup (nothing goes twice).
    carryOverRestore(this.deps, this.registry);
    this.dispatcher.onCommit = () => {
      this.worker.kick();
      this.intake.kick();
    };
    this.scheduler.onCommit = () => this.worker.kick();
    this.cron.onCommit = () => this.worker.kick();
  }

  get db(): Db {
    return this.deps.db;
  }

  /** Starts taking messages on every adapter, sending, and running jobs. */
  async start(): Promise<void> {
    loadChineseDictionaries();
    const ctx = new JobCtx(this.deps, this.registry);
    this.db.transaction(() => {
      for (const c of this.registry.capabilities) c.start?.(ctx);
    })();
    this.backups.start();
    await this.startDesk();
    this.worker.start();
    this.scheduler.start();
    this.cron.start();
    // Files a step waited for and that were not read before the last stop.
    this.intake.kick();
    for (const adapter of this.adapters.values()) {
      await adapter.start((msg) => this.dispatcher.submit(msg), this.deps);
    }
  }

  /** Starts the desk when LINLI_DESK_PORT is set (start() does; tests call it on their own); its address is `desk.url`. */
  async startDesk(): Promise<DeskServer | undefined> {
    const config = this.deps.config.desk;
    if (!config || this.desk) return this.desk;
    this.desk = await startDesk({ deps: this.deps, registry: this.registry, config, onCommit: () => this.worker.kick() });
    return this.desk;
  }

  /** Stops taking messages (and desk requests), lets the outbox drain for a moment, closes the database. */
  async stop(drainMs = 3000): Promise<void> {
    await this.desk?.close();
    this.desk = undefined;
    for (const adapter of this.adapters.values()) await adapter.stop();
    await this.intake.stop();
    this.scheduler.stop();
    await this.cron.stop();
    await Promise.race([this.worker.flush(drainMs), new Promise((r) => setTimeout(r, drainMs).unref())]);
    await this.worker.stop();
    await this.backups.stop();
    this.deps.db.close();
    this.lock.release();
  }
}
