import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { retryDelay, TroubleLog } from '../../src/adapters/wechat-trouble.js';

/**
 * A committee's first `npm start` with WeChat, as it really runs (`tsx src/main.ts`, configured by
 * the environment): what it prints is all they have to go on.
 */
const dir = mkdtempSync(join(tmpdir(), 'linli-first-run-'));
const children: ChildProcess[] = [];
let proxy: Server | undefined;

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  proxy?.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(name: string, env: Record<string, string>) {
  const out: string[] = [];
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { ...process.env, LINLI_DB_PATH: join(dir, `${name}.db`), LINLI_ADMINS: 'wechat:wxid_wang', LOG_LEVEL: 'info', CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => out.push(d.toString()));
  children.push(child);
  const text = () => out.join('');
  const lines = () => text().split('\n').filter((l) => l.trim() !== '');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = async (what: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!what()) {
      if (Date.now() > end) throw new Error(`timed out; the process printed:\n${text().slice(0, 3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stop = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  return { text, lines, exited, until, stop };
}

const messages = (lines: string[]) => lines.map((l) => (l.startsWith('{') ? (JSON.parse(l) as { msg: string }).msg : l));

describe('the first run on WeChat says what a person needs, in one line', { timeout: 90_000 }, () => {
  it('a puppet linli does not know: one line listing the ones it knows, and no advice to install it', async () => {
    const bot = run('unknown', { WECHATY_PUPPET: 'wechaty-puppet-padlocal' });
    expect(await bot.exited).toBe(1);
    expect(bot.lines()).toEqual([
      'linli: WECHATY_PUPPET=wechaty-puppet-padlocal is not a puppet linli knows. Use one of: wechat4u (free web WeChat, no token), wechaty-puppet-service (a paid protocol, with WECHATY_PUPPET_TOKEN), wechaty-puppet-mock (for tests only: no WeChat at all).',
    ]);
  });

  it('the mock puppet: a warning that it is for tests and reaches nobody', async () => {
    const bot = run('mock', { WECHATY_PUPPET: 'mock' });
    await bot.until(() => bot.text().includes('linli started'), 60_000);
    await bot.stop();
    const said = messages(bot.lines());
    expect(said.filter((m) => m.includes('for tests'))).toEqual([
      'WECHATY_PUPPET=mock is for tests: it connects to no WeChat, so nobody can reach linli through it. Use wechat4u (free) or wechaty-puppet-service (with WECHATY_PUPPET_TOKEN).',
    ]);
    expect(bot.text()).not.toMatch(/\n\s+at /);
  });

  it('no network: one line naming what cannot be reached, and no stack traces', async () => {
    // Everything this machine sends goes through a proxy port nobody listens on: as good as no
    // network, whether or not the machine running the test has one.
    const port = await freePort();
    const via = `http://127.0.0.1:${port}`;
    const bot = run('offline', { WECHATY_PUPPET: 'wechat4u', ...proxyEnv(via) });
    await bot.until(() => bot.text().includes('cannot reach WeChat'), 60_000);
    await new Promise((r) => setTimeout(r, 8000)); // the second try comes after 5 s: still one line
    await bot.stop();
    const said = messages(bot.lines());
    expect(said.filter((m) => m.includes('cannot reach'))).toEqual([
      `cannot reach WeChat (127.0.0.1:${port}: ECONNREFUSED); trying again in 5 s. Check this machine's network.`,
    ]);
    expect(bot.text()).not.toMatch(/\n\s+at /);
    expect(bot.text().length).toBeLessThan(2000);
  });

  it('a gateway that cannot reach WeChat (502): tried again after 5 s, then 10 s, not every few hundred ms', async () => {
    // Each try starts by asking web WeChat's login host for a QR code: those are counted.
    let tries = 0;
    proxy = createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', (head: Buffer) => {
        if (/^(CONNECT login\.wx\.qq\.com|\w+ https?:\/\/login\.wx\.qq\.com)/.test(head.toString('latin1'))) tries++;
        socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
      });
    });
    await new Promise<void>((r) => proxy!.listen(0, '127.0.0.1', r));
    const via = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    const bot = run('gateway', { WECHATY_PUPPET: 'wechat4u', ...proxyEnv(via) });
    await bot.until(() => bot.text().includes('cannot reach WeChat'), 60_000);
    expect(tries).toBe(1);
    // Tries at 0 s, 5 s and 15 s: the next 10 s see one more, not dozens.
    await new Promise((r) => setTimeout(r, 10_000));
    await bot.stop();
    expect(tries).toBe(2);
    expect(messages(bot.lines()).filter((m) => m.includes('cannot reach'))).toEqual([
      "cannot reach WeChat (login.wx.qq.com: HTTP 502); trying again in 5 s. Check this machine's network.",
    ]);
    expect(bot.text()).not.toMatch(/\n\s+at /);
  });
});

const proxyEnv = (via: string) => ({ HTTPS_PROXY: via, HTTP_PROXY: via, https_proxy: via, http_proxy: via, NO_PROXY: '', no_proxy: '' });

/** A loopback port nobody listens on. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('connection trouble, over hours', () => {
  it('is logged at most once a minute, counting the tries, and once when WeChat answers again', () => {
    const logged: { msg: string; tries?: number }[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void logged.push(JSON.parse(l) as { msg: string; tries?: number }) });
    let now = 0;
    const trouble = new TroubleLog(log, () => now);
    for (let i = 0; i < 180; i++, now += 1000) trouble.failed({ host: 'login.wx.qq.com', error: 'ENOTFOUND' }, retryDelay(1 + Math.floor(i / 60)));
    trouble.reached();
    trouble.reached();
    expect(logged.map((l) => [l.msg, l.tries])).toEqual([
      ["cannot reach WeChat (login.wx.qq.com: ENOTFOUND); trying again in 5 s. Check this machine's network.", 1],
      ["cannot reach WeChat (login.wx.qq.com: ENOTFOUND); trying again in 10 s. Check this machine's network.", 60],
      ["cannot reach WeChat (login.wx.qq.com: ENOTFOUND); trying again in 20 s. Check this machine's network.", 60],
      ['WeChat can be reached again', undefined],
    ]);
  });

  it('tries again after 5 s, 10 s, 20 s … never more than 5 minutes apart', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([5000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });
});
