import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { allCapabilities } from '../../commands/index.js';
import { ConsoleAdapter } from '../../src/adapters/console.js';
import { TelegramAdapter } from '../../src/adapters/telegram.js';
import { App } from '../../src/app.js';
import { loadConfig } from '../../src/kernel/config.js';
import type { AnyCommand } from '../../src/runtime/command.js';
import type { Clock } from '../../src/kernel/clock.js';
import { Dispatcher } from '../../src/runtime/dispatcher.js';
import { Registry } from '../../src/runtime/registry.js';
import { TelegramEmulator, TOKEN } from './telegram-emulator.js';


export interface BotOptions {
  admins?: string[];
  clock?: Clock;
  /** Commands besides linli's own (a tiny test command), handled by the same dispatcher. */
  extraCommands?: AnyCommand[];
  /** Start the outbox worker's own timer (off when a test drives a fake clock). */
  worker?: boolean;
  /** getMe says the bot cannot read all group messages (privacy mode on). */
  privacyOn?: boolean;
  /** The console chat beside Telegram: another platform, where admins hear about Telegram's trouble. */
  console?: boolean;
}

/**
 * linli on Telegram for a test: the telegram-test-api emulator on 127.0.0.1, the real telegraf
 * client pointed at it through TELEGRAM_API_ROOT, a real SQLite file in a temp folder.
 */
export class TelegramBot {
  readonly dir = mkdtempSync(join(tmpdir(), 'linli-tg-'));
  app!: App;
  adapter!: TelegramAdapter;
  /** The console chat, when asked for (BotOptions.console). */
  console: ConsoleAdapter | undefined;
  dispatcher!: Dispatcher;

  private constructor(readonly emu: TelegramEmulator) {}

  static async start(opts: BotOptions = {}): Promise<TelegramBot> {
    const bot = new TelegramBot(await TelegramEmulator.start());
    if (opts.privacyOn) bot.emu.canReadAllGroupMessages = false;
    await bot.boot(opts);
    return bot;
  }

  private async boot(opts: BotOptions): Promise<void> {
    const config = loadConfig({
      LINLI_DB_PATH: join(this.dir, 'linli.db'),
      LINLI_ADMINS: (opts.admins ?? ['telegram:1']).join(','),
      LOG_LEVEL: 'silent',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: this.emu.apiRoot,
    });
    const log = pino({ level: 'silent' });
    this.adapter = new TelegramAdapter({ token: TOKEN, apiRoot: this.emu.apiRoot, admins: config.admins, pollTimeout: 1 }, log);
    await this.adapter.init();
    this.console = opts.console ? new ConsoleAdapter() : undefined;
    this.app = new App({ config, log, adapters: this.console ? [this.adapter, this.console] : [this.adapter], clock: opts.clock });
    const registry = opts.extraCommands
      ? new Registry([...allCapabilities, { name: 'test', commands: opts.extraCommands, messages: {} }], this.adapter.botNames)
      : this.app.registry;
    this.dispatcher = opts.extraCommands ? new Dispatcher(this.app.deps, registry) : this.app.dispatcher;
    this.dispatcher.onCommit = () => this.app.worker.kick();
    if (opts.worker !== false) this.app.worker.start(100);
    await this.adapter.start((msg) => this.dispatcher.submit(msg));
  }

  get db() {
    return this.app.db;
  }

  /** How many incoming messages are recorded. */
  incomingCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM incoming_messages').pluck().get() as number;
  }

  async stop(): Promise<void> {
    if (this.app.db.open) await this.app.stop(0);
    await this.emu.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
