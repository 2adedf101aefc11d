import { allBulletinSections, allCommands } from '../commands/index.js';
import type { Adapter } from './outbox/port.js';
import { prepareIncoming } from './adapters/files.js';
import { BulletinCron } from './ops/cron.js';
import type { Config } from './kernel/config.js';
import { loadChineseDictionaries } from './kernel/chinese.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Deps } from './runtime/context.js';
import { Dispatcher } from './runtime/dispatcher.js';
import { Registry } from './runtime/registry.js';
import type { Platform } from './kernel/types.js';
import { migrate } from './db/migrate.js';
import { openDb, type Db } from './db/open.js';
import type { Logger } from './kernel/log.js';
import { OutboxWorker } from './outbox/worker.js';
import { Scheduler } from './ops/scheduler.js';
import { TrustRuntime } from './ops/backups.js';

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
  readonly bulletins: BulletinCron;
  readonly adapters: Map<Platform, Adapter>;
  /** Backups, the retention job, the pid file a restore checks. */
  readonly trust: TrustRuntime;

  constructor(opts: AppOptions) {
    const db = opts.db ?? openDb(opts.config.dbPath);
    migrate(db);
    this.deps = {
      db,
      clock: opts.clock ?? systemClock,
      config: opts.config,
      log: opts.log,
      privateChatLink: (platform) => this.adapters.get(platform)?.privateChatLink,
    };
    this.adapters = new Map(opts.adapters.map((a) => [a.platform, a]));
    this.registry = new Registry(allCommands, opts.adapters.flatMap((a) => a.botNames));
    this.dispatcher = new Dispatcher(this.deps, this.registry);
    this.worker = new OutboxWorker(this.deps, this.adapters);
    this.scheduler = new Scheduler(this.deps, this.registry);
    this.bulletins = new BulletinCron(this.deps, allBulletinSections);
    this.trust = new TrustRuntime(this.deps);
    this.dispatcher.onCommit = () => this.worker.kick();
    this.scheduler.onCommit = () => this.worker.kick();
    this.bulletins.onCommit = () => this.worker.kick();
  }

  get db(): Db {
    return this.deps.db;
  }

  /** Starts taking messages on every adapter, sending, and running jobs. */
  async start(): Promise<void> {
    loadChineseDictionaries();
    this.trust.start();
    this.worker.start();
    this.scheduler.start();
    this.bulletins.start();
    for (const adapter of this.adapters.values()) {
      // An attached spreadsheet is read before the (synchronous) handlers see the message.
      await adapter.start((msg) => (msg.file ? prepareIncoming(msg).then((m) => this.dispatcher.submit(m)) : this.dispatcher.submit(msg)), this.deps);
    }
  }

  /** Stops taking messages, lets the outbox drain for a moment, closes the database. */
  async stop(drainMs = 3000): Promise<void> {
    for (const adapter of this.adapters.values()) await adapter.stop();
    this.scheduler.stop();
    await this.bulletins.stop();
    await Promise.race([this.worker.flush(drainMs), new Promise((r) => setTimeout(r, drainMs).unref())]);
    await this.worker.stop();
    await this.trust.stop();
    this.deps.db.close();
  }
}
