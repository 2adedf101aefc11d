import { createHash, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MARKDOWN_MAX_BYTES,
  TEXT_MAX_BYTES,
  WecomClient,
  WecomError,
  maskWebhookUrl,
  parseWebhookUrl,
} from '../../src/adapters/wecom/api.js';
import { limitsFor } from '../../src/outbox/limits.js';
import { partsOf } from '../../src/outbox/parts.js';
import { fitImage } from '../../src/adapters/wecom/image.js';
import { WecomServer } from '../helpers/wecom-server.js';

const KEY = '693a91f6-7c3e-4bc4-97a0-0ec2b1fa5aaa';
const OTHER = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
// 1x1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function failure(p: Promise<unknown>): Promise<WecomError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(WecomError);
    return err as WecomError;
  }
  throw new Error('expected a WecomError');
}

let server: WecomServer;
let now: number;
let client: WecomClient;

beforeEach(async () => {
  now = T0;
  server = await WecomServer.start({ keys: [KEY, OTHER], now: () => now });
  client = new WecomClient({ url: server.urlFor(KEY), timeoutMs: 2000 });
});
afterEach(async () => {
  await server.close();
});

describe('parseWebhookUrl / maskWebhookUrl', () => {
  it('accepts the real host and the loopback emulator', () => {
    expect(parseWebhookUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`)).toEqual({ base: 'https://qyapi.weixin.qq.com', key: KEY });
    expect(parseWebhookUrl(`  https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}\n`)?.key).toBe(KEY);
    expect(parseWebhookUrl(`http://127.0.0.1:4321/cgi-bin/webhook/send?key=${KEY}`)).toEqual({ base: 'http://127.0.0.1:4321', key: KEY });
  });

  it.each([
    ['plain http to WeCom', `http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`],
    ['look-alike host', `https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=${KEY}`],
    ['other host', `https://example.com/cgi-bin/webhook/send?key=${KEY}`],
    ['DingTalk', `https://oapi.dingtalk.com/robot/send?access_token=${KEY}`],
    ['other loopback name', `http://localhost:4321/cgi-bin/webhook/send?key=${KEY}`],
    ['private address', `http://10.0.0.1:80/cgi-bin/webhook/send?key=${KEY}`],
    ['https to loopback', `https://127.0.0.1:4321/cgi-bin/webhook/send?key=${KEY}`],
    ['non-default port on WeCom', `https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=${KEY}`],
    ['user info', `https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`],
    ['wrong path', `https://qyapi.weixin.qq.com/cgi-bin/webhook/upload_media?key=${KEY}`],
    ['missing key', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send'],
    ['empty key', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key='],
    ['doc placeholder key', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa'],
    ['bare key', KEY],
    ['not a url', 'webhook please'],
  ])('rejects %s', (_why, url) => {
    expect(parseWebhookUrl(url)).toBeUndefined();
  });

  it('masks to host and the last 4 characters of the key', () => {
    const masked = maskWebhookUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`);
    expect(masked).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa');
    expect(masked).not.toContain(KEY.slice(0, -4));
    expect(maskWebhookUrl('nonsense')).toBe('[invalid webhook url]');
    expect(maskWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).not.toContain('abc');
    expect(client.masked).toBe(`${server.baseUrl}/cgi-bin/webhook/send?key=…5aaa`);
  });
});

describe('sending', () => {
  it('text with mentions', async () => {
    await client.sendText('停水通知：明天 9:00–12:00 检修 🚰');
    await client.sendText('紧急：3号楼电梯故障', { mentionAll: true, mentionedMobiles: ['13800001111'] });
    const got = server.messages(KEY);
    expect(got.map((m) => m.msgtype)).toEqual(['text', 'text']);
    expect(got[0]?.payload).toEqual({ content: '停水通知：明天 9:00–12:00 检修 🚰' });
    expect(got[1]?.payload).toEqual({ content: '紧急：3号楼电梯故障', mentioned_list: ['@all'], mentioned_mobile_list: ['13800001111'] });
    expect(server.messages(OTHER)).toEqual([]);
  });

  it('markdown v1 and v2', async () => {
    await client.sendMarkdown('# 每日简报\n> 快递：<font color="info">12 件</font>');
    await client.sendMarkdown('| 楼 | 件 |\n| :-- | --: |\n| 3 | 12 |', { version: 'v2' });
    const got = server.messages(KEY);
    expect(got[0]).toMatchObject({ msgtype: 'markdown', payload: { content: '# 每日简报\n> 快递：<font color="info">12 件</font>' } });
    expect(got[1]).toMatchObject({ msgtype: 'markdown_v2' });
  });

  it('image as base64 with the md5 of the raw bytes', async () => {
    await client.sendImage(PNG);
    await client.sendImage(JPEG);
    const got = server.messages(KEY);
    expect(got[0]?.image?.equals(PNG)).toBe(true);
    expect(got[0]?.payload.md5).toBe(createHash('md5').update(PNG).digest('hex'));
    expect(got[1]?.image?.equals(JPEG)).toBe(true);
  });

  it('rejects images locally that WeCom would refuse', async () => {
    const before = server.requestCount;
    const gif = Buffer.from('GIF89a0123456789');
    expect((await failure(client.sendImage(gif))).kind).toBe('bad-message');
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const e = await failure(client.sendImage(big));
    expect(e).toMatchObject({ kind: 'bad-message', permanent: true, code: 40009 });
    expect(server.requestCount).toBe(before);
  });

  it('file: multipart upload under "media", then a file message; Chinese name survives', async () => {
    const pdf = Buffer.from('%PDF-1.4 业主大会通知\n');
    await client.sendFile('2026年业主大会 "通知".pdf', pdf);
    const [msg] = server.messages(KEY);
    expect(msg?.msgtype).toBe('file');
    expect(msg?.media?.name).toBe('2026年业主大会 "通知".pdf');
    expect(msg?.media?.data.equals(pdf)).toBe(true);
    expect(typeof msg?.payload.media_id).toBe('string');
  });

  it('file size bounds are checked before uploading', async () => {
    const before = server.requestCount;
    const e = await failure(client.sendFile('a.txt', Buffer.from('12345')));
    expect(e).toMatchObject({ kind: 'bad-message', code: 40006, permanent: true });
    expect(server.requestCount).toBe(before);
  });

  it('empty and over-long text never leave the process', async () => {
    expect((await failure(client.sendText('  \n'))).code).toBe(44004);
    const e = await failure(client.sendText('字'.repeat(683))); // 2049 bytes
    expect(e).toMatchObject({ kind: 'bad-message', code: 40058, permanent: true });
    expect(server.requestCount).toBe(0);
  });
});

describe('emulator fidelity (raw requests)', () => {
  const post = async (key: string, body: unknown): Promise<{ errcode: number; errmsg: string }> => {
    const res = await fetch(`${server.baseUrl}/cgi-bin/webhook/send?key=${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { errcode: number; errmsg: string };
  };

  it('answers errcodes like WeCom', async () => {
    expect(await post(KEY, { msgtype: 'text', text: { content: 'hi' } })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await post(KEY, { msgtype: 'TEXT', text: { content: 'hi' } })).errcode).toBe(40008);
    expect((await post(KEY, { msgtype: 'text', text: { content: '' } })).errcode).toBe(44004);
    expect((await post(KEY, { msgtype: 'text', text: { content: 'a'.repeat(2048) } })).errcode).toBe(0);
    const long = await post(KEY, { msgtype: 'text', text: { content: 'a'.repeat(2049) } });
    expect(long.errcode).toBe(40058);
    expect(long.errmsg).toMatch(/^text\.content exceed max length 2048\. .*, hint: \[\w+\], from ip: /);
    expect((await post(KEY, { msgtype: 'markdown', markdown: { content: 'a'.repeat(4097) } })).errcode).toBe(40058);
    const b64 = PNG.toString('base64');
    expect((await post(KEY, { msgtype: 'image', image: { base64: b64, md5: '0'.repeat(32) } })).errcode).toBe(301019);
    expect((await post('1b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', { msgtype: 'text', text: { content: 'hi' } })).errcode).toBe(93000);
    const news = await post(KEY, { msgtype: 'news', news: { articles: [{ title: '标'.repeat(50), url: 'https://example.com' }] } });
    expect(news.errcode).toBe(0);
    const title = (server.messages(KEY).at(-1)?.payload.articles as Array<{ title: string }>)[0]?.title ?? '';
    expect(bytes(title)).toBe(126); // truncated to <= 128 bytes at a character boundary
  });

  it('media_id is per robot and lives 3 days', async () => {
    const form = new FormData();
    form.append('media', new Blob([Buffer.from('hello world')]), 'hello.txt');
    const up = (await (await fetch(`${server.baseUrl}/cgi-bin/webhook/upload_media?key=${KEY}&type=file`, { method: 'POST', body: form })).json()) as {
      errcode: number;
      type: string;
      media_id: string;
    };
    expect(up).toMatchObject({ errcode: 0, type: 'file' });
    expect((await post(OTHER, { msgtype: 'file', file: { media_id: up.media_id } })).errcode).toBe(40007);
    expect((await post(KEY, { msgtype: 'voice', voice: { media_id: up.media_id } })).errcode).toBe(40007);
    expect((await post(KEY, { msgtype: 'file', file: { media_id: up.media_id } })).errcode).toBe(0);
    expect(server.messages(KEY).at(-1)?.media?.name).toBe('hello.txt');
    now += 3 * 24 * 3600 * 1000 + 1;
    expect((await post(KEY, { msgtype: 'file', file: { media_id: up.media_id } })).errcode).toBe(40007);
  });
});

/**
 * The outbox splits long texts for WeCom (src/outbox/parts.ts) in UTF-8 bytes, with the limits of
 * src/outbox/limits.ts: every part must be a text WeCom takes (<= 2048 bytes), whole lines where
 * they fit, never a broken character or emoji.
 */
describe('the outbox splits for WeCom in UTF-8 bytes', () => {
  const wecom = limitsFor('wecom', { wechatDailyCap: 1000 });
  const split = (text: string, markdown = false): string[] =>
    partsOf(text, false, markdown ? { ...wecom, textLimit: MARKDOWN_MAX_BYTES } : wecom).map((p) => p.text);
  const check = (parts: string[], limit: number): void => {
    for (const p of parts) {
      expect(bytes(p)).toBeLessThanOrEqual(limit);
      expect(p).not.toMatch(LONE_SURROGATE);
    }
  };

  it('counts UTF-8 bytes, not characters, at the exact limits', () => {
    expect(wecom.textLimit).toBe(TEXT_MAX_BYTES);
    const exact = '邻'.repeat(682) + 'ab'; // 2046 + 2 = 2048 bytes
    expect(split(exact)).toEqual([exact]);
    expect(split(exact + 'c')).toHaveLength(2);
    const md = '里'.repeat(1365) + 'a'; // 4096 bytes
    expect(split(md, true)).toEqual([md]);
    expect(split('')).toEqual([]);
  });

  it('keeps lines whole when they fit', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}号楼 ${'快递到了，请及时领取'.repeat(1 + (i % 4))} 📦`);
    const text = lines.join('\n');
    for (const markdown of [false, true]) {
      const limit = markdown ? MARKDOWN_MAX_BYTES : TEXT_MAX_BYTES;
      const parts = split(text, markdown);
      check(parts, limit);
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.join('\n')).toBe(text);
      for (const p of parts) for (const line of p.split('\n')) expect(lines).toContain(line);
    }
  });

  it('cuts a single over-long line without splitting surrogate pairs or emoji clusters', () => {
    const emoji = '😀'.repeat(1000); // 4000 bytes, one line
    const parts = split(emoji);
    check(parts, TEXT_MAX_BYTES);
    expect(parts.join('')).toBe(emoji);
    const family = '👨‍👩‍👧‍👦'; // one grapheme, 25 bytes
    const line = 'a' + family.repeat(200);
    const fParts = split(line);
    check(fParts, TEXT_MAX_BYTES);
    expect(fParts.join('')).toBe(line);
    for (const p of fParts.slice(1)) expect(p.startsWith(family)).toBe(true);
  });

  it('random mixed text always fits and reassembles', () => {
    const alphabet = ['a', ' ', '\n', '邻', '里', '😀', '🇨🇳', 'é', '\n\n', '快递'];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 30; round++) {
      let text = 'x';
      const len = 200 + rnd(3000);
      for (let i = 0; i < len; i++) text += alphabet[rnd(alphabet.length)]!;
      if (round % 3 === 0) text += 'y'.repeat(5000);
      text += 'z';
      const parts = split(text, round % 2 === 0);
      check(parts, round % 2 ? TEXT_MAX_BYTES : MARKDOWN_MAX_BYTES);
      const squash = (s: string): string => s.replace(/\s+/g, '');
      expect(squash(parts.join(''))).toBe(squash(text));
    }
  });

  it('every part is accepted by the emulator', async () => {
    const text = Array.from({ length: 120 }, (_, i) => `第${i}条：${'通知🔔'.repeat(i % 9)}`).join('\n') + '\n' + '长'.repeat(2000);
    const parts = split(text);
    for (const p of parts.slice(0, 19)) await client.sendText(p);
    expect(server.messages(KEY)).toHaveLength(Math.min(parts.length, 19));
  });
});

describe('failures', () => {
  it('the 21st message within a minute is rate-limited, then the window slides', async () => {
    for (let i = 0; i < 20; i++) {
      now += 1000;
      await client.sendText(`消息 ${i + 1}`);
    }
    const e = await failure(client.sendText('第21条'));
    expect(e).toMatchObject({ kind: 'rate-limited', code: 45009, permanent: false });
    expect(e.retryAfterMs).toBeGreaterThanOrEqual(55_000);
    expect(e.retryAfterMs).toBeLessThanOrEqual(65_000);
    expect(server.messages(KEY)).toHaveLength(20);
    now += 60_000;
    await client.sendText('第21条');
    expect(server.messages(KEY)).toHaveLength(21);
  });

  it('a removed robot is permanent', async () => {
    await client.sendText('before');
    server.removeKey(KEY);
    const e = await failure(client.sendText('after'));
    expect(e).toMatchObject({ kind: 'invalid-webhook', code: 93000, permanent: true });
    expect(e.message).toContain('invalid webhook url');
    expect(e.message).not.toContain('from ip');
  });

  it('5xx and resets are retryable, and the retry goes through', async () => {
    server.failNext(1, 502);
    const e = await failure(client.sendText('a'));
    expect(e).toMatchObject({ kind: 'server', code: 502, permanent: false });
    server.failNext(1, 'reset');
    expect(await failure(client.sendText('a'))).toMatchObject({ kind: 'network', code: -1, permanent: false });
    await client.sendText('a');
    expect(server.messages(KEY)).toHaveLength(1);
  });

  it('a hung connection times out as a retryable network error', async () => {
    const quick = new WecomClient({ url: server.urlFor(KEY), timeoutMs: 150 });
    server.failNext(1, 'hang');
    const e = await failure(quick.sendText('a'));
    expect(e).toMatchObject({ kind: 'network', permanent: false });
    expect(e.message).toContain('timeout');
  });

  it('a non-JSON 200 is a retryable server error', async () => {
    const fake: typeof fetch = async () => new Response('<html>portal</html>', { status: 200 });
    const c = new WecomClient({ url: server.urlFor(KEY), fetch: fake });
    expect(await failure(c.sendText('a'))).toMatchObject({ kind: 'server', permanent: false });
  });

  it('unknown errcodes are retryable server errors; -1 (系统繁忙) too', async () => {
    const fake: typeof fetch = async () => Response.json({ errcode: -1, errmsg: 'system busy' });
    const c = new WecomClient({ url: server.urlFor(KEY), fetch: fake });
    expect(await failure(c.sendText('a'))).toMatchObject({ kind: 'server', code: -1, permanent: false });
  });
});

describe('the key never leaks', () => {
  const leaks = (err: unknown, secrets: string[]): string[] => {
    const e = err as WecomError;
    const views = [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true }), e.stack ?? ''];
    return secrets.filter((s) => views.some((v) => v.includes(s)));
  };

  it('in any thrown error', async () => {
    const url = server.urlFor(KEY);
    const secrets = [KEY, url, KEY.slice(0, 8)];
    const errors: unknown[] = [];
    const collect = async (p: Promise<unknown>): Promise<void> => {
      errors.push(await failure(p));
    };

    await collect(client.sendText(''));
    await collect(client.sendImage(Buffer.from('not an image')));
    await collect(client.sendFile('x', Buffer.alloc(1)));
    server.failNext(1, 503);
    await collect(client.sendText('a'));
    server.failNext(1, 'reset');
    await collect(client.sendFile('a.txt', Buffer.from('hello world')));
    server.failNext(1, 'hang');
    await collect(new WecomClient({ url, timeoutMs: 100 }).sendText('a'));
    for (let i = 0; i < 20; i++) await client.sendText(String(i));
    await collect(client.sendText('rate'));
    server.removeKey(KEY);
    await collect(client.sendText('gone'));
    await collect(client.sendFile('a.txt', Buffer.from('hello world')));

    // A proxy that echoes the whole URL back in errmsg.
    const echo: typeof fetch = async (input) => Response.json({ errcode: 40058, errmsg: `bad request to ${String(input)}` });
    await collect(new WecomClient({ url, fetch: echo }).sendText('a'));
    // fetch itself failing with the URL in its message and cause.
    const boom: typeof fetch = async (input) => {
      throw new TypeError(`fetch failed for ${String(input)}`, { cause: new Error(String(input)) });
    };
    await collect(new WecomClient({ url, fetch: boom }).sendText('a'));
    // The constructor, given a URL it refuses.
    try {
      new WecomClient({ url: `https://evil.example/cgi-bin/webhook/send?key=${KEY}` });
    } catch (err) {
      errors.push(err);
    }

    expect(errors).toHaveLength(12);
    for (const err of errors) {
      expect(err).toBeInstanceOf(WecomError);
      expect(leaks(err, secrets)).toEqual([]);
    }
  });
});

describe('a picture over WeCom\'s 2 MB', () => {
  it('is scaled down until it fits, stays a PNG, and WeCom takes it', async () => {
    const { PNG: Png } = (await import('pngjs')).default;
    // Noise does not compress: 1200 × 600 of it is a PNG of about 2.2 MB.
    const noisy = new Png({ width: 1200, height: 600 });
    const noise = randomBytes(noisy.data.length);
    for (let i = 0; i < noisy.data.length; i++) noisy.data[i] = i % 4 === 3 ? 255 : noise[i]!;
    const big = Png.sync.write(noisy);
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const fitted = await fitImage(big);
    expect(fitted.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const back = Png.sync.read(fitted);
    expect(back.width).toBeLessThan(1200);
    expect(back.width / back.height).toBeCloseTo(2, 1);
    await client.sendImage(fitted);
    expect(server.messages(KEY)[0]?.image?.equals(fitted)).toBe(true);
    // A card of the usual size goes as it is.
    expect(await fitImage(PNG)).toBe(PNG);
  });
});
