import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CONSOLE_GROUP, CONSOLE_RESIDENT, ConsoleAdapter } from './adapters/console.js';
import { chatByAddress } from './services/communities.js';
import { platformAdapters, sendOnlyAdapters } from './adapters/index.js';
import { App } from './app.js';
import { ConfigError, loadConfig, type Config } from './kernel/config.js';
import { LockError } from './db/lock.js';
import { MigrationError } from './db/migrate.js';
import { workInLinliHome } from './kernel/home.js';
import { createLogger, type Logger } from './kernel/log.js';
import { t } from './kernel/catalogue.js';
import './desk/messages.js';
import { HealthServer } from './ops/health.js';

/** Start-up fails loudly, in one line: bad configuration, or a database this code cannot use. */
function fail(message: string): never {
  console.error(`linli: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const startedIn = workInLinliHome();
  const argv = process.argv.slice(2);
  const scriptAt = argv.indexOf('--script');
  const script = scriptAt >= 0 && argv[scriptAt + 1] ? resolve(startedIn, argv[scriptAt + 1]!) : undefined;
  if (scriptAt >= 0 && !script) fail('--script needs a file: npm start -- --script demo.txt');

  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const log = createLogger(config.logLevel);
  let adapters: Awaited<ReturnType<typeof platformAdapters>>;
  try {
    adapters = await platformAdapters(config, log);
  } catch (err) {
    fail((err as Error).message); // a refused token, an unreachable Bot API server
  }
  const consoleChat = adapters.length === 0
    ? new ConsoleAdapter({ print: (line) => console.log(line), exportDir: join(dirname(config.dbPath), 'exports'), anonymous: CONSOLE_RESIDENT })
    : undefined;

  let app: App;
  try {
    app = new App({ config, log, adapters: [...(consoleChat ? [consoleChat] : adapters), ...sendOnlyAdapters()] });
  } catch (err) {
    if (err instanceof MigrationError || err instanceof LockError) fail(err.message);
    throw err;
  }
  const health = config.healthPort === undefined ? undefined : new HealthServer(app.db, config.healthPort, config.healthHost);
  handleSignals(app, log, health);
  await app.start();
  await health?.start();
  log.info({ platforms: [...app.adapters.keys()], db: resolve(config.dbPath), desk: app.desk?.url, health: config.healthPort }, 'linli started');
  if (consoleChat && app.desk) console.log(t('zh-CN', 'deskpage.consoleAddress', { url: app.desk.url }));

  if (consoleChat) {
    await runConsole(app, consoleChat, script);
    health?.stop();
  }
}

/** Plays the console chat: a script file line by line, or the terminal until Ctrl-D. */
async function runConsole(app: App, chat: ConsoleAdapter, script: string | undefined): Promise<void> {
  const say = async (line: string) => {
    const msg = chat.parseLine(line);
    if (!msg) return;
    await app.dispatcher.submit(msg);
    await app.intake.idle(); // a file the line brought for a step is read before the next line
    await app.worker.drain();
  };
  if (script) {
    for (const line of readFileSync(script, 'utf8').split('\n')) {
      if (chat.parseLine(line)) console.log(line);
      await say(line);
    }
    await app.stop();
    return;
  }
  console.log(`邻里 linli 控制台群聊。每行写「名字: 内容」,例如「secretary: /帮助」;没写名字的一行算「${CONSOLE_RESIDENT}」在群里说的;私聊写「名字 (private): 内容」。Ctrl-D 退出。`);
  if (chatByAddress(app.db, 'console', CONSOLE_GROUP)?.community_id == null) {
    console.log('第一次用:先发「secretary: /bind 阳光小区」,把控制台群绑定到一个小区,居民的话才有处可记。');
  }
  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
  let chain = Promise.resolve();
  rl.on('line', (line) => {
    chain = chain.then(() => say(line)).catch((err: unknown) => console.error(err));
  });
  await new Promise<void>((resolve) => rl.on('close', resolve));
  await chain;
  await app.stop();
}

function handleSignals(app: App, log: Logger, health: HealthServer | undefined): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: leave at once
    stopping = true;
    log.info({ signal }, 'stopping');
    health?.stop();
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

await main();
