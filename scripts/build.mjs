#!/usr/bin/env node
/**
 * Builds what `npm start` runs: the zh-TW catalogue from zh-CN (src/tools/catalogue.ts), the
 * TypeScript compiled to dist/, migrations/ copied beside it (dist/src/db/migrate.js finds them at
 * dist/migrations/). `npm ci` runs it (the `prepare` script); `npm start` runs it with --if-stale
 * first, so a `git pull` or an edited source is never started as the old build.
 * Plain JavaScript: it has to run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.built');
/** What the build is made from: a newer file here means the build is stale. */
const SOURCES = ['src', 'commands', 'bench', 'migrations', 'tests/helpers', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

/** Written by the bench into bench/, not built from. */
const NOT_SOURCES = new Set(['results.json', '.work']);

function newestIn(path) {
  if (!existsSync(path) || NOT_SOURCES.has(basename(path))) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, name)));
  return newest;
}

export function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((s) => newestIn(join(root, s)) > built);
}

function run(what, command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`linli build: ${what} failed${r.error ? `: ${r.error.message}` : ''}`);
    process.exit(r.status ?? 1);
  }
}

export function build() {
  run('generating the zh-TW catalogue', process.execPath, ['--import', 'tsx', join(root, 'src/tools/catalogue.ts'), '--write']);
  run('compiling', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')]);
  rmSync(join(dist, 'migrations'), { recursive: true, force: true });
  cpSync(join(root, 'migrations'), join(dist, 'migrations'), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  if (process.argv.includes('--if-stale')) console.error('linli: the build is missing or older than the sources; building (about a minute)…');
  build();
}
