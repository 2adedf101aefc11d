import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/kernel/config.js';

describe('configuration', () => {
  it('has defaults that start the console chat', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ dbPath: './data/linli.db', timeZone: 'Asia/Shanghai', admins: ['console:secretary'], logLevel: 'info' });
    expect(c.telegram).toBeUndefined();
    expect(c.wechat).toBeUndefined();
  });

  it('reads platforms and admins', () => {
    const c = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABC-def_ghi',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000',
      WECHATY_PUPPET: 'wechaty-puppet-wechat4u',
      LINLI_ADMINS: 'telegram:123, wechat:wxid_abc,console:secretary',
    });
    expect(c.telegram).toEqual({ token: '123456:ABC-def_ghi', apiRoot: 'http://127.0.0.1:9000' });
    expect(c.wechat).toEqual({ puppet: 'wechaty-puppet-wechat4u', token: undefined });
    expect(c.admins).toEqual(['telegram:123', 'wechat:wxid_abc', 'console:secretary']);
  });

  it('runs the desk only when LINLI_DESK_PORT is set, on 127.0.0.1 unless told otherwise', () => {
    expect(loadConfig({}).desk).toBeUndefined();
    expect(loadConfig({ LINLI_DESK_PORT: '8080' }).desk).toEqual({ port: 8080, host: '127.0.0.1', publicUrl: undefined, trustProxy: false });
    expect(
      loadConfig({ LINLI_DESK_PORT: '8080', LINLI_DESK_HOST: '0.0.0.0', LINLI_DESK_URL: 'https://desk.example.org/', LINLI_DESK_TRUST_PROXY: '1' }).desk,
    ).toEqual({ port: 8080, host: '0.0.0.0', publicUrl: 'https://desk.example.org', trustProxy: true });
  });

  it.each([
    [{ LINLI_DESK_PORT: 'eighty' }, 'LINLI_DESK_PORT'],
    [{ LINLI_DESK_PORT: '70000' }, 'LINLI_DESK_PORT'],
    [{ LINLI_DESK_PORT: '8080', LINLI_DESK_URL: 'ftp://desk' }, 'LINLI_DESK_URL'],
    [{ LINLI_DESK_PORT: '8080', LINLI_DESK_TRUST_PROXY: 'maybe' }, 'LINLI_DESK_TRUST_PROXY'],
    [{ LINLI_DESK_PORT: '8080', LINLI_DESK_HOST: 'my host' }, 'LINLI_DESK_HOST'],
  ])('a wrong desk setting stops start-up with one line naming it: %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name}: [^\\n]+$`));
  });

  it.each([
    [{ LINLI_TIMEZONE: 'Mars/Olympus' }, 'LINLI_TIMEZONE'],
    [{ LINLI_ADMINS: 'alice' }, 'LINLI_ADMINS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_BOT_TOKEN: 'not a token' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_API_ROOT: 'nowhere' }, 'TELEGRAM_API_ROOT'],
  ])('a wrong value stops start-up with one line naming the variable: %j', (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
  });
});
