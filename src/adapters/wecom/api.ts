// Client for a WeCom (企业微信) group-robot webhook ("群机器人", renamed "消息推送" in the
// 2025 client). Node built-ins only. The limits and errcodes, with their sources, are in
// docs/platforms-wecom.md; the main one is the official page "群机器人配置说明 / 消息推送配置说明",
// https://developer.work.weixin.qq.com/document/path/91770 (also path/99110). Long texts are split
// by the outbox (src/outbox/parts.ts, in UTF-8 bytes), not here.
import { createHash, randomBytes } from 'node:crypto';
import { parseWebhookUrl, SEND_PATH } from '../../kernel/wecom-url.js';

export { maskWebhookUrl, parseWebhookUrl, WECOM_HOST } from '../../kernel/wecom-url.js';

/** text.content: "最长不超过2048个字节，必须是utf8编码" (doc 91770). */
export const TEXT_MAX_BYTES = 2048;
/** markdown.content and markdown_v2.content: "最长不超过4096个字节" (doc 91770). */
export const MARKDOWN_MAX_BYTES = 4096;
/** image: "图片（base64编码前）最大不能超过2M，支持JPG,PNG格式" (doc 91770). */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
/** upload_media: "所有类型的文件大小均要求大于5个字节", file "不超过20M" (doc 91770). */
export const FILE_MIN_BYTES_EXCLUSIVE = 5;
export const FILE_MAX_BYTES = 20 * 1024 * 1024;
/** "每个机器人发送的消息不能超过20条/分钟" (doc 91770, 消息发送频率限制). */
export const RATE_LIMIT_PER_MINUTE = 20;
export const RATE_LIMIT_RETRY_MS = 60_000;

/** Errcodes linli reacts to. Confirmed-in-the-wild vs. taken from the global table: see docs/platforms-wecom.md. */
export const ERRCODE = {
  OK: 0,
  SYSTEM_BUSY: -1, // 全局错误码 "系统繁忙 … 建议稍候重试" (doc 90455)
  INVALID_MEDIA_TYPE: 40004, // 不合法的媒体文件类型 (90455)
  INVALID_FILE_SIZE: 40006, // 不合法的文件大小 (90455)
  INVALID_MEDIA_ID: 40007, // 不合法的media_id参数 (90455)
  INVALID_MSGTYPE: 40008, // "invalid message type" seen from the webhook (ttttmr/Wechat2RSS#278)
  INVALID_IMAGE_SIZE: 40009, // 上传图片大小不是有效值 (90455)
  INVALID_PARAM: 40035, // 不合法的参数 (90455)
  INVALID_REQUEST_PARAMETER: 40058, // "markdown.content exceed max length 4096. invalid Request Parameter"
  EMPTY_CONTENT: 44004, // "empty content" seen from the webhook
  RATE_LIMITED: 45009, // "api freq out of limit" seen from the webhook
  INVALID_WEBHOOK: 93000, // "invalid webhook url": wrong key, or robot removed from the group
  MEDIA_MD5_MISMATCH: 301019, // "media md5 not match" (lenye/pmsg#2)
} as const;

export type WecomErrorKind = 'rate-limited' | 'invalid-webhook' | 'bad-message' | 'network' | 'server';

/**
 * Every failure of WecomClient. `code` is WeCom's errcode when WeCom answered, the HTTP status
 * when something answered non-2xx, and -1 when nothing answered (network error or timeout).
 * The message never contains the webhook key or URL: these errors get logged.
 */
export class WecomError extends Error {
  readonly code: number;
  readonly kind: WecomErrorKind;
  readonly permanent: boolean;
  readonly retryAfterMs?: number;

  constructor(init: { code: number; kind: WecomErrorKind; message: string; permanent: boolean; retryAfterMs?: number }) {
    super(init.message);
    this.name = 'WecomError';
    this.code = init.code;
    this.kind = init.kind;
    this.permanent = init.permanent;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }

  /** Loggers that JSON.stringify errors otherwise drop the message. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, code: this.code, kind: this.kind, permanent: this.permanent, retryAfterMs: this.retryAfterMs };
  }
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

// WeCom errmsgs end in ", hint: [...], from ip: <our egress IP>, more info at ..."; keep only
// the human part, and redact anything key-shaped in case a proxy echoes the URL.
function cleanErrmsg(errmsg: unknown, key: string): string {
  const s = typeof errmsg === 'string' ? errmsg : '';
  return s
    .split(/, hint:|, from ip:|, more info at/)[0]!
    .split(key)
    .join('[key]')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '[key]')
    .slice(0, 200);
}

function classifyErrcode(code: number, msg: string): WecomError {
  const text = `WeCom errcode ${code}: ${msg || 'no errmsg'}`;
  if (code === ERRCODE.RATE_LIMITED) {
    return new WecomError({ code, kind: 'rate-limited', message: text, permanent: false, retryAfterMs: RATE_LIMIT_RETRY_MS });
  }
  // 40058 "invalid param 'key'" is a malformed key, not a malformed message.
  if (code === ERRCODE.INVALID_WEBHOOK || (code === ERRCODE.INVALID_REQUEST_PARAMETER && msg.includes("'key'"))) {
    return new WecomError({ code, kind: 'invalid-webhook', message: text, permanent: true });
  }
  const requestFaults: number[] = [
    ERRCODE.INVALID_MEDIA_TYPE, ERRCODE.INVALID_FILE_SIZE, ERRCODE.INVALID_MEDIA_ID, ERRCODE.INVALID_MSGTYPE,
    ERRCODE.INVALID_IMAGE_SIZE, ERRCODE.INVALID_PARAM, ERRCODE.INVALID_REQUEST_PARAMETER, ERRCODE.EMPTY_CONTENT,
    ERRCODE.MEDIA_MD5_MISMATCH,
    // Global table (90455), not seen from the webhook but unambiguous about the request itself:
    40005, 43002, 44001, 44002, 44003, 45001, 45002,
  ];
  if (requestFaults.includes(code)) return new WecomError({ code, kind: 'bad-message', message: text, permanent: true });
  // -1 (系统繁忙) and codes we do not know: let the caller's bounded retry decide.
  return new WecomError({ code, kind: 'server', message: text, permanent: false });
}

function badMessage(code: number, what: string): WecomError {
  return new WecomError({ code, kind: 'bad-message', message: `not sent (local check): ${what}`, permanent: true });
}

function imageKind(b: Buffer): 'png' | 'jpg' | undefined {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  return undefined;
}

// multipart filename as browsers and urllib3 write it: raw UTF-8 with " CR LF percent-escaped.
const quoteFilename = (name: string): string => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export interface WecomClientOptions {
  url: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class WecomClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(opts: WecomClientOptions) {
    const parsed = parseWebhookUrl(opts.url);
    if (!parsed) {
      throw new WecomError({
        code: ERRCODE.INVALID_WEBHOOK,
        kind: 'invalid-webhook',
        message: 'not a WeCom group-robot webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>)',
        permanent: true,
      });
    }
    this.#base = parsed.base;
    this.#key = parsed.key;
    this.#fetch = opts.fetch ?? globalThis.fetch;
    this.#timeoutMs = opts.timeoutMs ?? 10_000;
  }

  /** Masked form of this client's URL, safe to log. */
  get masked(): string {
    return `${this.#base}${SEND_PATH}?key=…${this.#key.slice(-4)}`;
  }

  async sendText(text: string, opts: { mentionAll?: boolean; mentionedMobiles?: string[] } = {}): Promise<void> {
    if (text.trim() === '') throw badMessage(ERRCODE.EMPTY_CONTENT, 'empty text');
    const bytes = utf8Bytes(text);
    if (bytes > TEXT_MAX_BYTES) throw badMessage(ERRCODE.INVALID_REQUEST_PARAMETER, `text is ${bytes} bytes, limit ${TEXT_MAX_BYTES} (the outbox splits long texts)`);
    const mobiles = opts.mentionedMobiles ?? [];
    if (mobiles.some((m) => !/^\+?\d{5,20}$/.test(m))) throw badMessage(ERRCODE.INVALID_REQUEST_PARAMETER, 'mentionedMobiles must be phone numbers');
    const body: { content: string; mentioned_list?: string[]; mentioned_mobile_list?: string[] } = { content: text };
    if (opts.mentionAll) body.mentioned_list = ['@all'];
    if (mobiles.length > 0) body.mentioned_mobile_list = [...mobiles];
    await this.#send({ msgtype: 'text', text: body });
  }

  /** v1 renders <font color> and <@userid>; v2 adds tables, lists, code blocks but older clients show it as plain text. */
  async sendMarkdown(text: string, opts: { version?: 'v1' | 'v2' } = {}): Promise<void> {
    if (text.trim() === '') throw badMessage(ERRCODE.EMPTY_CONTENT, 'empty markdown');
    const bytes = utf8Bytes(text);
    if (bytes > MARKDOWN_MAX_BYTES) throw badMessage(ERRCODE.INVALID_REQUEST_PARAMETER, `markdown is ${bytes} bytes, limit ${MARKDOWN_MAX_BYTES} (the outbox splits long texts)`);
    const msgtype = opts.version === 'v2' ? 'markdown_v2' : 'markdown';
    await this.#send({ msgtype, [msgtype]: { content: text } });
  }

  /** PNG or JPEG, at most 2 MB before base64. */
  async sendImage(png: Buffer): Promise<void> {
    if (png.length === 0 || png.length > IMAGE_MAX_BYTES) throw badMessage(ERRCODE.INVALID_IMAGE_SIZE, `image is ${png.length} bytes, limit ${IMAGE_MAX_BYTES}`);
    if (!imageKind(png)) throw badMessage(ERRCODE.INVALID_MEDIA_TYPE, 'image must be PNG or JPEG');
    // One unbroken base64 line: line breaks inside it make WeCom answer 301019 md5 mismatch.
    await this.#send({
      msgtype: 'image',
      image: { base64: png.toString('base64'), md5: createHash('md5').update(png).digest('hex') },
    });
  }

  /** Uploads then sends; `name` is what the group sees. The media_id lives 3 days, for this robot only. */
  async sendFile(name: string, data: Buffer): Promise<void> {
    const mediaId = await this.uploadMedia(name, data);
    await this.#send({ msgtype: 'file', file: { media_id: mediaId } });
  }

  async uploadMedia(name: string, data: Buffer, type: 'file' | 'voice' = 'file'): Promise<string> {
    const shown = name.replace(/^.*[\\/]/, '').trim();
    if (shown === '') throw badMessage(ERRCODE.INVALID_REQUEST_PARAMETER, 'file name is empty');
    const max = type === 'voice' ? 2 * 1024 * 1024 : FILE_MAX_BYTES;
    if (data.length <= FILE_MIN_BYTES_EXCLUSIVE || data.length > max) {
      throw badMessage(ERRCODE.INVALID_FILE_SIZE, `${type} is ${data.length} bytes; must be more than ${FILE_MIN_BYTES_EXCLUSIVE} and at most ${max}`);
    }
    const boundary = `----linli${randomBytes(12).toString('hex')}`;
    const head =
      `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="media"; filename="${quoteFilename(shown)}"; filelength=${data.length}\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`;
    // A plain Uint8Array copy: fetch's BodyInit typing refuses Buffer.
    const body = new Uint8Array(Buffer.concat([Buffer.from(head, 'utf8'), data, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]));
    const answer = await this.#post(`/cgi-bin/webhook/upload_media?type=${type}`, body, `multipart/form-data; boundary=${boundary}`);
    if (typeof answer.media_id !== 'string' || answer.media_id === '') {
      throw new WecomError({ code: 0, kind: 'server', message: 'upload_media answered ok without a media_id', permanent: false });
    }
    return answer.media_id;
  }

  async #send(message: Record<string, unknown>): Promise<void> {
    await this.#post(SEND_PATH, JSON.stringify(message), 'application/json');
  }

  async #post(pathAndQuery: string, body: string | Uint8Array<ArrayBuffer>, contentType: string): Promise<Record<string, unknown>> {
    const sep = pathAndQuery.includes('?') ? '&' : '?';
    const url = `${this.#base}${pathAndQuery}${sep}key=${encodeURIComponent(this.#key)}`;
    let res: Response;
    try {
      res = await this.#fetch(url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (err) {
      // Deliberately not kept as `cause`: fetch errors may carry the request URL.
      const e = err as { name?: string; cause?: { code?: unknown } };
      const detail = e.name === 'TimeoutError' ? `timeout after ${this.#timeoutMs} ms` : typeof e.cause?.code === 'string' ? e.cause.code : e.name ?? 'error';
      throw new WecomError({ code: -1, kind: 'network', message: `WeCom unreachable: ${detail}`, permanent: false });
    }
    let raw: string;
    try {
      raw = await res.text();
    } catch {
      throw new WecomError({ code: -1, kind: 'network', message: 'WeCom connection dropped while reading the answer', permanent: false });
    }
    if (!res.ok) {
      // WeCom itself always answers 200; anything else came from a proxy or an outage.
      if (res.status === 429) {
        throw new WecomError({ code: 429, kind: 'rate-limited', message: 'HTTP 429 from WeCom', permanent: false, retryAfterMs: RATE_LIMIT_RETRY_MS });
      }
      const retryable = res.status >= 500 || res.status === 408;
      throw new WecomError({ code: res.status, kind: 'server', message: `HTTP ${res.status} from WeCom`, permanent: !retryable });
    }
    let answer: unknown;
    try {
      answer = JSON.parse(raw);
    } catch {
      answer = undefined;
    }
    if (typeof answer !== 'object' || answer === null || typeof (answer as { errcode?: unknown }).errcode !== 'number') {
      throw new WecomError({ code: res.status, kind: 'server', message: 'WeCom answered without a JSON errcode', permanent: false });
    }
    const obj = answer as Record<string, unknown> & { errcode: number };
    if (obj.errcode !== 0) throw classifyErrcode(obj.errcode, cleanErrmsg(obj.errmsg, this.#key));
    return obj;
  }
}
