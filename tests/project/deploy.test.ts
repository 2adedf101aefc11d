import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/telegram-emulator.js';

/**
 * What a committee installs: the compiled bot run by `node` from any folder, its health answer,
 * the Docker image and the systemd unit. The image is built when a Docker engine answers here;
 * otherwise the Dockerfile is checked by dockerfile-utils (the linter behind VS Code's Docker
 * support) and the unit by `systemd-analyze verify`.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/src/main.js');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const unit = readFileSync(join(ROOT, 'deploy/linli.service'), 'utf8');

const SCRIPT = 'secretary: /bind 阳光二期\nwang: /我是 5-302\n';

describe('the compiled bot', () => {
  let elsewhere: string;
  beforeAll(() => {
    // `npm ci` built it; a source changed since is built again (the build's own staleness check).
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'pipe' });
    elsewhere = mkdtempSync(join(tmpdir(), 'linli-elsewhere-'));
    writeFileSync(join(elsewhere, 'script.txt'), SCRIPT);
  }, 300_000);
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  const run = (env: Record<string, string>) =>
    execFileSync(process.execPath, [MAIN, '--script', 'script.txt'], { cwd: elsewhere, env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });

  it('started from another folder, keeps a relative LINLI_DB_PATH in the linli folder, not in the folder it was started from', () => {
    const name = `deploy-test-${process.pid}`;
    try {
      const out = run({ LINLI_DB_PATH: `data/${name}/linli.db` });
      expect(out).toContain('已记住:您住5号楼302');
      expect(existsSync(join(ROOT, 'data', name, 'linli.db'))).toBe(true);
      expect(existsSync(join(elsewhere, 'data'))).toBe(false);
    } finally {
      rmSync(join(ROOT, 'data', name), { recursive: true, force: true });
    }
  });

  it('keeps an absolute LINLI_DB_PATH where it says, and finds it again after a restart', () => {
    const db = join(elsewhere, 'state', 'linli.db');
    run({ LINLI_DB_PATH: db });
    expect(existsSync(db)).toBe(true);
    // The second start finds the home recorded by the first.
    writeFileSync(join(elsewhere, 'script.txt'), 'wang: /身份\nwang: /我的信息\n');
    const out = run({ LINLI_DB_PATH: db });
    writeFileSync(join(elsewhere, 'script.txt'), SCRIPT);
    expect(out).toContain('5号楼302');
  });

  /** The modules the compiled bot loads while it plays a script, recorded by a module resolve hook. */
  const loadedWhilePlaying = (script: string): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-loads-'));
    try {
      writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.LINLI_LOADS, r.url + '\\n'); return r; }\n");
      writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
      writeFileSync(join(dir, 'script.txt'), script);
      writeFileSync(join(dir, 'loads.txt'), '');
      execFileSync(process.execPath, ['--import', join(dir, 'register.mjs'), MAIN, '--script', join(dir, 'script.txt')], {
        cwd: elsewhere,
        env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', LINLI_DB_PATH: join(dir, 'linli.db'), LINLI_LOADS: join(dir, 'loads.txt') },
        encoding: 'utf8',
      });
      return readFileSync(join(dir, 'loads.txt'), 'utf8').split('\n').filter(Boolean);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const HEAVY = ['/node_modules/exceljs/', '/node_modules/grammy/', '/node_modules/wechaty/', '/node_modules/opencc-js/dist/esm/cn2t.js', '/node_modules/opencc-js/dist/esm/full.js', '/node_modules/tsx/'];

  it('answers residents without loading exceljs, grammY, wechaty, tsx or the simplified→traditional dictionary', () => {
    const loads = loadedWhilePlaying(`${SCRIPT}li: 我住5號樓302\n`);
    expect(loads.some((url) => url.endsWith('/node_modules/opencc-js/dist/esm/t2cn.js'))).toBe(true);
    expect(loads.filter((url) => HEAVY.some((h) => url.includes(h)))).toEqual([]);
  }, 60_000);

  it('loads exceljs the first time a sheet is asked for', () => {
    const loads = loadedWhilePlaying(`${SCRIPT}secretary: /花名册 导出\n`);
    expect(loads.some((url) => url.includes('/node_modules/exceljs/'))).toBe(true);
  }, 60_000);

  it('answers GET /healthz on LINLI_HEALTH_PORT while it runs, and nothing else there', async () => {
    const port = await freePort();
    const bot = spawn(process.execPath, [MAIN], {
      cwd: elsewhere,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', LINLI_DB_PATH: join(elsewhere, 'health', 'linli.db'), LINLI_HEALTH_PORT: String(port) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    try {
      let health: Response | undefined;
      for (let i = 0; i < 200 && !health; i++) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 50));
      }
      expect(health?.status).toBe(200);
      expect(await health!.json()).toMatchObject({ ok: true, outboxPending: 0 });
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    } finally {
      bot.stdin!.end();
      await new Promise((r) => bot.once('exit', r));
    }
    expect(bot.exitCode).toBe(0);
  }, 60_000);
});

const dockerEngine = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

describe('the Docker image', () => {
  it('is multi-stage, runs node as an unprivileged user with the data on a volume and a health check', () => {
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    const run = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(run).toMatch(/^USER node$/m);
    expect(run).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(run).toMatch(/^ENV [\s\S]*LINLI_DB_PATH=\/data\/linli\.db/m);
    expect(run).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(run).toMatch(/^CMD \["node", "--max-semi-space-size=2", "dist\/src\/main\.js"\]$/m);
  });

  // One test, two ways: this machine has no Docker engine, CI's may.
  it(dockerEngine ? 'builds, runs as a user other than root and holds the compiled bot' : 'passes the Dockerfile linter (no Docker engine answers here to build it)', () => {
    if (!dockerEngine) {
      expect(validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
      return;
    }
    const tag = `linli-test-${process.pid}`;
    execFileSync('docker', ['build', '-t', tag, ROOT], { stdio: 'pipe', timeout: 900_000 });
    try {
      const uid = execFileSync('docker', ['run', '--rm', tag, 'id', '-u'], { encoding: 'utf8' }).trim();
      expect(uid).not.toBe('0');
      const built = spawnSync('docker', ['run', '--rm', tag, 'node', '-e', 'process.exit(require("fs").existsSync("dist/src/main.js") ? 0 : 1)']);
      expect(built.status).toBe(0);
    } finally {
      spawnSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
    }
  }, 900_000);
});

const analyze = spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' }).status === 0;

describe('the systemd unit', () => {
  it('restarts always, reads an env file and keeps the database at an absolute path', () => {
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/\S+$/m);
    // Set on the command line: an EnvironmentFile's settings would win over Environment=.
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/env LINLI_DB_PATH=\/\S+\.db \/\S+\/node --max-semi-space-size=2 \/\S+\/dist\/src\/main\.js$/m);
  });

  it('passes systemd-analyze verify', () => {
    // .ci/run installs Debian's systemd package when systemd-analyze is missing.
    expect(analyze).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'linli-unit-'));
    try {
      writeFileSync(join(dir, 'linli.service'), unit);
      const r = spawnSync('systemd-analyze', ['verify', join(dir, 'linli.service')], { encoding: 'utf8' });
      // Messages about this machine (no /opt/linli, no linli user) are not the unit's: only its own lines count.
      const complaints = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes('linli.service'));
      expect(complaints).toEqual([]);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
