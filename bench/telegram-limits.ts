/**
 * Telegram's sending limits, enforced in front of the telegram-test-api emulator by a loopback
 * proxy: at most 20 messages a minute in one group, one a second in one chat, 30 a second in all.
 * Above a limit the proxy answers as Telegram does: HTTP 429, `retry_after` in seconds (until the
 * oldest send of the window leaves it). Everything else is passed through unchanged.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

const SEND_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'sendMediaGroup', 'editMessageText', 'forwardMessage', 'copyMessage']);

export interface SentToGroup {
  chatId: string;
  bytes: number;
  at: number;
}

export class TelegramLimits {
  /** Every send let through to a group: chat, bytes of the request body, time. */
  readonly groupSends: SentToGroup[] = [];
  /** How many sends were refused with 429. */
  refused = 0;
  private readonly sends = new Map<string, number[]>();
  private readonly all: number[] = [];
  private server: Server | undefined;
  port = 0;

  constructor(private readonly upstreamPort: number) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Seconds until a send to this chat is allowed, or 0 now (and then it is counted). */
  private admit(chatId: string, now: number): number {
    const isGroup = chatId.startsWith('-');
    const times = (this.sends.get(chatId) ?? []).filter((t) => now - t < 60_000);
    this.sends.set(chatId, times);
    const recentAll = this.all.filter((t) => now - t < 1000);
    this.all.splice(0, this.all.length, ...recentAll);
    let wait = 0;
    const last = times[times.length - 1];
    if (last !== undefined && now - last < 1000) wait = Math.max(wait, 1000 - (now - last));
    if (isGroup && times.length >= 20) wait = Math.max(wait, 60_000 - (now - times[times.length - 20]!));
    if (recentAll.length >= 30) wait = Math.max(wait, 1000 - (now - recentAll[recentAll.length - 30]!));
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    times.push(now);
    this.all.push(now);
    return 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1];
    if (method && SEND_METHODS.has(method)) {
      const chatId = chatIdOf(body, String(req.headers['content-type'] ?? ''));
      if (chatId !== undefined) {
        const retryAfter = this.admit(chatId, Date.now());
        if (retryAfter > 0) {
          this.refused++;
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } }));
          return;
        }
        if (chatId.startsWith('-')) this.groupSends.push({ chatId, bytes: body.length, at: Date.now() });
      }
    }
    const upstream = request(
      { host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: req.url, headers: { ...req.headers, 'content-length': String(body.length) } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 502, description: String(err) }));
    });
    upstream.end(body);
  }
}

/** The chat a send goes to: JSON, urlencoded or multipart (documents). */
function chatIdOf(body: Buffer, contentType: string): string | undefined {
  const text = body.toString('utf8');
  if (contentType.includes('json')) {
    try {
      const id = (JSON.parse(text) as { chat_id?: unknown }).chat_id;
      return id === undefined ? undefined : String(id);
    } catch {
      return undefined;
    }
  }
  if (contentType.includes('urlencoded')) return new URLSearchParams(text).get('chat_id') ?? undefined;
  return /name="chat_id"\r\n\r\n([^\r]+)/.exec(text)?.[1];
}
