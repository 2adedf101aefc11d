// Loopback emulator of the WeCom group-robot webhook (doc 91770/99110), for tests.
// Answers like the real service: HTTP 200 with {errcode, errmsg}, errmsg carrying the
// ", hint: [..], from ip: .., more info at .." tail. Codes marked "assumed" are WeCom's
// global codes (doc 90455) that no public caller showed coming back from the webhook itself.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TEXT_MAX = 2048;
const MARKDOWN_MAX = 4096;
const IMAGE_MAX = 2 * 1024 * 1024;
const FILE_MAX = 20 * 1024 * 1024;
const VOICE_MAX = 2 * 1024 * 1024;
const MEDIA_TTL_MS = 3 * 24 * 3600 * 1000; // "media_id仅三天内有效"
const RATE_WINDOW_MS = 60_000;
const RATE_LIMIT = 20; // "每个机器人发送的消息不能超过20条/分钟"
const BODY_LIMIT = 32 * 1024 * 1024;
const MSGTYPES = new Set(['text', 'markdown', 'markdown_v2', 'image', 'news', 'file', 'voice', 'template_card']);

export interface StoredMedia {
  type: 'file' | 'voice';
  name: string;
  data: Buffer;
  createdAt: number;
}

export interface RecordedMessage {
  msgtype: string;
  /** The object under the msgtype key, as the group would render it (news titles truncated). */
  payload: Record<string, unknown>;
  at: number;
  /** image: the decoded picture; file/voice: the uploaded media. */
  image?: Buffer;
  media?: StoredMedia;
}

export type Failure = number | 'reset' | 'hang';

class Reject extends Error {
  constructor(readonly errcode: number, readonly errmsg: string) {
    super(errmsg);
  }
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** "超过会自动截断" for news title/description: cut at a character boundary. */
function truncateUtf8(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  let out = '';
  for (const cp of s) {
    if (bytes(out + cp) > max) break;
    out += cp;
  }
  return out;
}

function isPngOrJpeg(b: Buffer): boolean {
  const png = b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpg = b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  return png || jpg;
}

function parseDisposition(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/;\s*([\w*]+)=("((?:[^"\\]|\\.)*)"|[^;]*)/g)) {
    const name = m[1]!.toLowerCase();
    out[name] = (m[3] ?? m[2] ?? '').trim();
  }
  return out;
}

/** Extracts the part named "media" from a multipart/form-data body. */
function parseMultipartMedia(body: Buffer, contentType: string): { name: string; data: Buffer } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const b = boundary?.[1] ?? boundary?.[2];
  if (!b) return undefined;
  const delim = Buffer.from(`--${b}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    const start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') return undefined;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd === -1) return undefined;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headerEnd + 4);
    if (next === -1) return undefined;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const disp = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const params = parseDisposition(disp);
    if (params.name === 'media') {
      let name = params.filename ?? '';
      const ext = params['filename*'];
      if (ext) name = decodeURIComponent(ext.replace(/^[\w-]+'[^']*'/, ''));
      name = name.replace(/%22/g, '"').replace(/%0D/g, '\r').replace(/%0A/g, '\n');
      return { name, data: body.subarray(headerEnd + 4, next) };
    }
    pos = next + 2;
  }
  return undefined;
}

export class WecomServer {
  readonly #server: Server;
  readonly #keys = new Set<string>();
  readonly #now: () => number;
  readonly #messages = new Map<string, RecordedMessage[]>();
  readonly #sendTimes = new Map<string, number[]>();
  readonly #media = new Map<string, StoredMedia & { key: string }>();
  #failures: Failure[] = [];
  #requests = 0;

  private constructor(keys: Iterable<string>, now: () => number) {
    for (const k of keys) this.#keys.add(k);
    this.#now = now;
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  /** Listens on 127.0.0.1, port 0. `now` is the clock for the rate limit and media expiry. */
  static async start(opts: { keys?: Iterable<string>; now?: () => number } = {}): Promise<WecomServer> {
    const s = new WecomServer(opts.keys ?? [], opts.now ?? Date.now);
    await new Promise<void>((resolve) => s.#server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** HTTP requests received so far (any path, any outcome). */
  get requestCount(): number {
    return this.#requests;
  }

  urlFor(key: string): string {
    return `${this.baseUrl}/cgi-bin/webhook/send?key=${key}`;
  }

  addKey(key: string): void {
    this.#keys.add(key);
  }

  /** The robot was removed from its group (or deleted): its key now gets 93000. */
  removeKey(key: string): void {
    this.#keys.delete(key);
  }

  /** The next n requests fail: an HTTP status with an HTML body, a reset connection, or no answer at all. */
  failNext(n: number, failure: Failure): void {
    for (let i = 0; i < n; i++) this.#failures.push(failure);
  }

  /** What the group saw, oldest first. */
  messages(key: string): RecordedMessage[] {
    return [...(this.#messages.get(key) ?? [])];
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.#requests++;
    const failure = this.#failures.shift();
    if (failure === 'hang') return; // left open until close()
    if (failure === 'reset') {
      req.socket.destroy();
      return;
    }
    if (typeof failure === 'number') {
      res.writeHead(failure, { 'content-type': 'text/html' }).end(`<html><body>${failure}</body></html>`);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/cgi-bin/webhook/send' && url.pathname !== '/cgi-bin/webhook/upload_media') {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    try {
      body = await this.#readBody(req);
    } catch {
      res.writeHead(413).end();
      return;
    }
    try {
      if (req.method !== 'POST') throw new Reject(43002, 'require POST method'); // assumed (global table)
      const key = url.searchParams.get('key');
      if (!key) throw new Reject(40058, "invalid param 'key'. invalid Request Parameter"); // seen in the wild
      if (!this.#keys.has(key)) throw new Reject(93000, 'invalid webhook url');
      const extra =
        url.pathname === '/cgi-bin/webhook/send'
          ? this.#send(key, body)
          : this.#upload(key, url.searchParams.get('type'), body, String(req.headers['content-type'] ?? ''));
      this.#answer(res, { errcode: 0, errmsg: 'ok', ...extra });
    } catch (err) {
      if (!(err instanceof Reject)) {
        res.writeHead(500).end(); // an emulator bug; the test sees a 5xx
        return;
      }
      const hint = randomBytes(12).toString('hex');
      const errmsg = `${err.errmsg}, hint: [${hint}], from ip: 127.0.0.1, more info at https://open.work.weixin.qq.com/devtool/query?e=${err.errcode}`;
      this.#answer(res, { errcode: err.errcode, errmsg });
    }
  }

  #answer(res: ServerResponse, obj: { errcode: number; errmsg: string } & Record<string, unknown>): void {
    // The real service also repeats the code in Error-Code / Error-Msg headers.
    res.writeHead(200, {
      'content-type': 'application/json; charset=UTF-8',
      'error-code': String(obj.errcode),
      'error-msg': encodeURIComponent(obj.errmsg),
    });
    res.end(JSON.stringify(obj));
  }

  async #readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > BODY_LIMIT) throw new Error('body too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  #send(key: string, body: Buffer): Record<string, never> {
    let msg: unknown;
    try {
      msg = JSON.parse(body.toString('utf8'));
    } catch {
      throw new Reject(40058, 'Warning: wrong json format. invalid Request Parameter'); // assumed wording
    }
    if (!isObj(msg) || typeof msg.msgtype !== 'string' || !MSGTYPES.has(msg.msgtype)) {
      throw new Reject(40008, 'invalid message type');
    }
    const now = this.#now();
    const recent = (this.#sendTimes.get(key) ?? []).filter((t) => now - t < RATE_WINDOW_MS);
    this.#sendTimes.set(key, recent);
    if (recent.length >= RATE_LIMIT) throw new Reject(45009, 'api freq out of limit');

    const record = this.#validate(key, msg.msgtype, msg[msg.msgtype], now);
    recent.push(now); // only delivered messages count (unverified; see NOTES.md)
    const list = this.#messages.get(key) ?? [];
    list.push(record);
    this.#messages.set(key, list);
    return {};
  }

  #validate(key: string, msgtype: string, p: unknown, at: number): RecordedMessage {
    if (!isObj(p)) throw new Reject(40058, `missing field \`${msgtype}\`. invalid Request Parameter`);
    switch (msgtype) {
      case 'text':
      case 'markdown':
      case 'markdown_v2': {
        const max = msgtype === 'text' ? TEXT_MAX : MARKDOWN_MAX;
        if (typeof p.content !== 'string' || p.content === '') throw new Reject(44004, 'empty content');
        if (bytes(p.content) > max) throw new Reject(40058, `${msgtype}.content exceed max length ${max}. invalid Request Parameter`);
        for (const f of ['mentioned_list', 'mentioned_mobile_list']) {
          if (p[f] !== undefined && !isStrArray(p[f])) throw new Reject(40058, `invalid ${msgtype}.${f}. invalid Request Parameter`);
        }
        return { msgtype, payload: { ...p }, at };
      }
      case 'image': {
        if (typeof p.base64 !== 'string' || typeof p.md5 !== 'string') throw new Reject(40058, 'missing field `image.base64` or `image.md5`. invalid Request Parameter');
        const img = Buffer.from(p.base64, 'base64');
        if (img.length === 0 || img.length > IMAGE_MAX) throw new Reject(40009, 'invalid image size'); // assumed
        if (createHash('md5').update(img).digest('hex') !== p.md5.toLowerCase()) throw new Reject(301019, 'media md5 not match');
        if (!isPngOrJpeg(img)) throw new Reject(40004, 'invalid media type'); // assumed
        return { msgtype, payload: { md5: p.md5 }, at, image: img };
      }
      case 'news': {
        const arts = p.articles;
        if (!Array.isArray(arts) || arts.length < 1 || arts.length > 8) throw new Reject(40058, 'news.articles must hold 1 to 8 articles. invalid Request Parameter');
        const articles = arts.map((a: unknown) => {
          if (!isObj(a) || typeof a.title !== 'string' || a.title === '' || typeof a.url !== 'string' || a.url === '') {
            throw new Reject(40058, 'news.articles needs title and url. invalid Request Parameter');
          }
          const out: Record<string, unknown> = { ...a, title: truncateUtf8(a.title, 128) };
          if (typeof a.description === 'string') out.description = truncateUtf8(a.description, 512);
          return out;
        });
        return { msgtype, payload: { articles }, at };
      }
      case 'file':
      case 'voice': {
        if (typeof p.media_id !== 'string' || p.media_id === '') throw new Reject(40058, `missing field \`${msgtype}.media_id\`. invalid Request Parameter`);
        const m = this.#media.get(p.media_id);
        // Unknown, expired, another robot's, or of the other type.
        if (!m || m.key !== key || at - m.createdAt > MEDIA_TTL_MS || m.type !== msgtype) throw new Reject(40007, 'invalid media_id');
        const { key: _owner, ...media } = m;
        return { msgtype, payload: { media_id: p.media_id }, at, media };
      }
      default: {
        // template_card: only the outline is checked.
        if (typeof p.card_type !== 'string') throw new Reject(40058, 'missing field `template_card.card_type`. invalid Request Parameter');
        return { msgtype, payload: { ...p }, at };
      }
    }
  }

  #upload(key: string, type: string | null, body: Buffer, contentType: string): Record<string, unknown> {
    if (type !== 'file' && type !== 'voice') throw new Reject(40005, 'invalid media type'); // assumed (不合法的type参数)
    const part = parseMultipartMedia(body, contentType);
    if (!part) throw new Reject(44001, 'empty media data'); // assumed (多媒体文件为空)
    const max = type === 'voice' ? VOICE_MAX : FILE_MAX;
    if (part.data.length <= 5 || part.data.length > max) throw new Reject(40006, 'invalid file size'); // assumed
    if (type === 'voice' && !part.data.subarray(0, 6).equals(Buffer.from('#!AMR\n'))) throw new Reject(40004, 'invalid media type'); // assumed
    const createdAt = this.#now();
    const mediaId = `3${randomBytes(30).toString('base64url')}`;
    this.#media.set(mediaId, { key, type, name: part.name, data: Buffer.from(part.data), createdAt });
    return { type, media_id: mediaId, created_at: String(Math.floor(createdAt / 1000)) };
  }
}
