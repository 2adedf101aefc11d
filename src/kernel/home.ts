import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findHome(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('linli: no package.json above the code; run it from its folder');
    dir = up;
  }
  return dir;
}

/** The linli folder: the nearest folder above the code that holds package.json (the same for src/ and the compiled dist/). */
export const LINLI_HOME = findHome();

/**
 * Makes the relative paths of the configuration (LINLI_DB_PATH, LINLI_BACKUP_DIR) mean the linli
 * folder, wherever the bot is started from (a service manager, a shell in another folder). Returns
 * the folder it was started in, for paths a person typed on the command line.
 */
export function workInLinliHome(): string {
  const startedIn = process.cwd();
  process.chdir(LINLI_HOME);
  return startedIn;
}
