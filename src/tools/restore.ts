import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../kernel/config.js';
import { listBackups } from '../ops/backup.js';
import { restoreBackup, RestoreError } from '../ops/restore.js';

/**
 * `npm run restore -- FILE`: replaces the database (LINLI_DB_PATH) with a backup after checking it.
 * `npm run restore -- --list` shows the backups in LINLI_BACKUP_DIR. Stop linli first.
 */
function main(): void {
  const args = process.argv.slice(2);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  if (args[0] === '--list' || args.length === 0) {
    const backups = listBackups(config.backup.dir);
    if (args.length === 0) console.error('usage: npm run restore -- FILE   (npm run restore -- --list shows the backups)');
    console.log(backups.length > 0 ? backups.join('\n') : `no backups in ${config.backup.dir}`);
    process.exit(args.length === 0 ? 1 : 0);
  }
  const file = resolve(args[0]!);
  try {
    const { savedAs, migrations } = restoreBackup(file, config.dbPath, Date.now());
    console.log(`restored ${file} to ${config.dbPath} (migrations ${migrations.join(', ')}).`);
    if (savedAs) console.log(`the previous database is kept as ${savedAs}`);
    console.log('start linli again: npm start (newer migrations are applied at start-up).');
  } catch (err) {
    if (err instanceof RestoreError) fail(err.message);
    throw err;
  }
}

function fail(message: string): never {
  console.error(`restore: ${message}`);
  process.exit(1);
}

main();
