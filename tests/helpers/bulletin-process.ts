/**
 * A second (and third) linli process for the exactly-once test: opens the app on a database file
 * at a fake time, says "ready", and on "go" runs the bulletin due check once and prints how many
 * bulletins it sent. No adapters: what it queues stays in the outbox for the test to count.
 */
import pino from 'pino';
import { App } from '../../src/app.js';
import { loadConfig } from '../../src/kernel/config.js';
import { FakeClock } from '../../src/kernel/clock.js';

const [dbPath, nowMs] = process.argv.slice(2);
const config = loadConfig({ LINLI_DB_PATH: dbPath!, LOG_LEVEL: 'silent' });
const app = new App({ config, log: pino({ level: 'silent' }), adapters: [], clock: new FakeClock(Number(nowMs)) });
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  const sent = app.cron.check();
  app.db.close();
  process.stdout.write(`sent ${sent}\n`);
  process.exit(0);
});
