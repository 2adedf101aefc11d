import { createServer } from 'node:net';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export const TOKEN = '123456:linli-test-token';

type Json = Record<string, unknown>;
interface StoredUpdate {
  updateId: number;
  botToken: string;
  time: number;
  isRead: boolean;
  messageId?: number;
  message?: Json;
  raw?: Json;
}
interface StoredBotMessage {
  updateId: number;
  messageId: number;
  botToken: string;
  time: number;
  message: Json;
}

/** What the bot posted, as a user's client sees it. */
export interface BotPost {
  messageId: number;
  chatId: string;
  text: string;
  replyTo?: number;
  document?: { name: string; bytes: number };
  /** A photo the bot sent (sendPhoto): its file name and the bytes, to look at. */
  photo?: { name: string; data: Buffer };
  entities?: { type: string; offset: number; length: number; user?: { id: number } }[];
  time: number;
}

/**
 * The `telegram-test-api` Bot API emulator on 127.0.0.1, with the parts of the real Bot API it
 * lacks and linli relies on, added in front of its routes: `getUpdates` that honours `offset`
 * (updates stay until confirmed, as on Telegram) and waits a little for new ones (long polling),
 * updates of any kind (edited messages, channel posts), 429 answers with `retry_after` for one
 * chat, `sendDocument`, `sendPhoto`, `getFile` and file downloads, and `getMe` with `can_read_all_group_messages`.
 */
export class TelegramEmulator {
  readonly server: TelegramServer;
  /** Highest offset the bot has confirmed: every update below it was acknowledged. */
  confirmedOffset = 0;
  /** Chats answering 429 until this epoch ms, with the retry_after seconds to report. */
  private readonly limited = new Map<string, { until: number; retryAfter: number }>();
  /** Every 429 the emulator answered: chat and time. */
  readonly refusals: { chatId: string; time: number }[] = [];
  private readonly files = new Map<string, Buffer>();
  /** Photos the bot sent, by message id. */
  private readonly photos = new Map<number, { name: string; data: Buffer }>();
  canReadAllGroupMessages = true;
  /** Telegram taking its time: every send is answered this much later (ms). */
  sendDelayMs = 0;
  /** How many times a bot asked for updates. */
  polls = 0;

  private constructor(readonly port: number) {
    this.server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
    this.install();
  }

  static async start(): Promise<TelegramEmulator> {
    const emu = new TelegramEmulator(await freePort());
    await emu.server.start();
    return emu;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  private get store(): { userMessages: StoredUpdate[]; botMessages: StoredBotMessage[] } {
    return (this.server as unknown as { storage: { userMessages: StoredUpdate[]; botMessages: StoredBotMessage[] } }).storage;
  }

  private takeUpdateId(): number {
    const s = this.server as unknown as { updateId: number };
    return s.updateId++;
  }

  private takeMessageId(): number {
    const s = this.server as unknown as { messageId: number };
    return s.messageId++;
  }

  /**
   * A message from a person. `chat` describes where: a group (negative id) or a private chat
   * (the person's own id). Returns the message id Telegram gave it.
   */
  userSays(
    from: { id: number; name: string; username?: string },
    chat: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string },
    text: string,
    extra: Json = {},
  ): number {
    const messageId = this.takeMessageId();
    const message: Json = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      from: { id: from.id, is_bot: false, first_name: from.name, username: from.username },
      chat: chat.type === 'private' ? { id: chat.id, type: 'private', first_name: from.name } : { id: chat.id, type: chat.type, title: chat.title ?? 'group' },
      text,
      ...extra,
    };
    if (text.startsWith('/')) {
      const end = text.search(/\s/);
      message.entities = [{ type: 'bot_command', offset: 0, length: end < 0 ? text.length : end }, ...((extra.entities as Json[]) ?? [])];
    }
    this.pushRaw({ message });
    return messageId;
  }

  /** Any update as Telegram would send it (edited_message, channel_post, a sticker ...), without update_id. */
  pushRaw(raw: Json): number {
    const updateId = this.takeUpdateId();
    this.store.userMessages.push({ updateId, botToken: TOKEN, time: Date.now(), isRead: false, raw });
    this.lastUpdateId = updateId;
    this.server.emit('AddedUserMessage');
    return updateId;
  }

  /** The id of the last update from a user (the emulator numbers the bot's messages in the same sequence). */
  lastUpdateId = 0;

  /** Delivers an update's message again, as a new update (a redelivery after a reconnect). Returns the new update id. */
  redeliver(updateId: number): number {
    const u = this.allUpdates.find((x) => x.updateId === updateId);
    if (!u?.raw) throw new Error(`no update ${updateId} was delivered`);
    return this.pushRaw(u.raw);
  }

  private readonly allUpdates: StoredUpdate[] = [];

  /**
   * A person sends a file (as a document), with a caption or none; the file can then be fetched
   * with getFile and downloaded, as on Telegram. Returns the message id.
   */
  userSends(
    from: { id: number; name: string; username?: string },
    chat: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string },
    file: { name: string; data: Buffer },
    caption = '',
  ): number {
    const fileId = this.addFile(file.name, file.data);
    const messageId = this.takeMessageId();
    const message: Json = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      from: { id: from.id, is_bot: false, first_name: from.name, username: from.username },
      chat: chat.type === 'private' ? { id: chat.id, type: 'private', first_name: from.name } : { id: chat.id, type: chat.type, title: chat.title ?? 'group' },
      document: { file_id: fileId, file_unique_id: fileId, file_name: file.name, mime_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', file_size: file.data.length },
    };
    if (caption) {
      message.caption = caption;
      if (caption.startsWith('/')) {
        const end = caption.search(/\s/);
        message.caption_entities = [{ type: 'bot_command', offset: 0, length: end < 0 ? caption.length : end }];
      }
    }
    this.pushRaw({ message });
    return messageId;
  }

  /** Every file the bot downloaded, by file_id, in order. */
  readonly downloads: string[] = [];

  /** A file a user sent, for getFile and download. Returns the file_id. */
  addFile(name: string, data: Buffer): string {
    const id = `file-${this.files.size + 1}`;
    this.files.set(id, data);
    return id;
  }

  /** Makes sendMessage to a chat answer 429 with retry_after for the next `seconds` seconds. */
  limitChat(chatId: number | string, seconds: number): void {
    this.limited.set(String(chatId), { until: Date.now() + seconds * 1000, retryAfter: seconds });
  }

  /** Makes the next `times` sends to a chat fail with this Bot API error (403: the user blocked the bot; 502: a hiccup). */
  failChat(chatId: number | string, code: number, description: string, times = Infinity, parameters?: Json): void {
    this.failing.set(String(chatId), { code, description, times, parameters });
  }
  /** Sends to the chat work again (the bot was added back, the user unblocked it). */
  unfailChat(chatId: number | string): void {
    this.failing.delete(String(chatId));
  }
  private readonly failing = new Map<string, { code: number; description: string; times: number; parameters?: Json }>();
  /** Every send the emulator refused on purpose (failChat), by chat. */
  readonly failures: string[] = [];

  /**
   * The Bot API down: every send answers this error (a 502 from Telegram's front) until `recover`.
   * Polling keeps working, so what residents wrote before the outage has been handled.
   */
  failAll(code = 502, description = 'Bad Gateway'): void {
    this.down = { code, description };
  }
  recover(): void {
    this.down = undefined;
  }
  private down: { code: number; description: string } | undefined;

  /**
   * Lets `sends` more messages through to a chat, then answers 429 with retry_after `seconds` to
   * every send there until `unlimit` (for a test on a fake clock, where real time hardly moves).
   */
  limitChatAfter(chatId: number | string, sends: number, seconds: number): void {
    this.limitedAfter.set(String(chatId), { sends, retryAfter: seconds });
  }
  private readonly limitedAfter = new Map<string, { sends: number; retryAfter: number }>();

  /** Ends every 429 the emulator was told to give. */
  unlimit(): void {
    this.limited.clear();
    this.limitedAfter.clear();
  }

  /** What the bot posted (text messages and documents), oldest first; optionally in one chat. */
  botPosts(chatId?: number | string): BotPost[] {
    return this.store.botMessages
      .filter((m) => m.botToken === TOKEN && (chatId === undefined || String(m.message.chat_id) === String(chatId)))
      .map((m) => {
        const msg = m.message;
        const replyParams = msg.reply_parameters as { message_id?: number } | undefined;
        const replyTo = replyParams?.message_id ?? (msg.reply_to_message_id as number | undefined);
        return {
          messageId: m.messageId,
          chatId: String(msg.chat_id),
          text: String(msg.text ?? msg.caption ?? ''),
          replyTo: replyTo === undefined ? undefined : Number(replyTo),
          document: msg.document as BotPost['document'],
          photo: this.photos.get(m.messageId),
          entities: msg.entities as BotPost['entities'],
          time: m.time,
        };
      });
  }

  /** Waits until `check` holds, polling; fails after `ms`. */
  async until<T>(check: () => T | undefined | false, ms = 15_000, what = 'condition'): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private install(): void {
    const app = (this.server as unknown as { webServer: unknown }).webServer as {
      use: (fn: (req: Req, res: Res, next: () => void) => void) => void;
      _router: { stack: unknown[] };
    };
    app.use((req, res, next) => {
      this.handle(req, res, next).catch((err: unknown) => {
        res.status(500).json({ ok: false, error_code: 500, description: String(err) });
      });
    });
    // Our layer goes right after express's own (query, json and urlencoded parsers), before the routes.
    const stack = app._router.stack;
    const ours = stack.pop();
    const firstRoute = stack.findIndex((l) => (l as { route?: unknown }).route !== undefined);
    stack.splice(firstRoute, 0, ours);
  }

  private async handle(req: Req, res: Res, next: () => void): Promise<void> {
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(req.path);
    if (file) {
      const id = decodeURIComponent(file[1]!);
      const data = this.files.get(id);
      if (!data) return void res.status(404).json({ ok: false, error_code: 404, description: 'Not Found' });
      this.downloads.push(id);
      res.status(200).send(data);
      return;
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.path);
    if (!m) return next();
    const method = m[2]!;
    if (method === 'getMe') {
      return void res.json({
        ok: true,
        result: { id: 666, is_bot: true, first_name: '邻里助手', username: 'linli_test_bot', can_join_groups: true, can_read_all_group_messages: this.canReadAllGroupMessages },
      });
    }
    if (method === 'getUpdates') return this.getUpdates(req, res);
    if (method === 'getFile') {
      const id = String(req.body?.file_id ?? '');
      if (!this.files.has(id)) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      return void res.json({ ok: true, result: { file_id: id, file_unique_id: id, file_size: this.files.get(id)!.length, file_path: id } });
    }
    if (method === 'sendMessage' || method === 'sendDocument' || method === 'sendPhoto') {
      if (this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
      let body = req.body ?? {};
      let document: BotPost['document'];
      let photo: BotPost['photo'];
      if (method === 'sendDocument' || method === 'sendPhoto') {
        const form = await readForm(req);
        body = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
        const doc = form.get('document');
        if (doc && typeof doc !== 'string') document = { name: doc.name, bytes: doc.size };
        const picture = form.get('photo');
        if (picture && typeof picture !== 'string') photo = { name: picture.name, data: Buffer.from(await picture.arrayBuffer()) };
      }
      const chatId = String(body.chat_id);
      if (this.down) {
        this.failures.push(chatId);
        return void res.status(this.down.code).json({ ok: false, error_code: this.down.code, description: this.down.description });
      }
      const failing = this.failing.get(chatId);
      if (failing && failing.times > 0) {
        failing.times--;
        this.failures.push(chatId);
        return void res.status(failing.code).json({ ok: false, error_code: failing.code, description: failing.description, parameters: failing.parameters });
      }
      const after = this.limitedAfter.get(chatId);
      if (after && after.sends-- <= 0) {
        this.refusals.push({ chatId, time: Date.now() });
        return void res.status(429).json({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${after.retryAfter}`, parameters: { retry_after: after.retryAfter } });
      }
      const limit = this.limited.get(chatId);
      if (limit && Date.now() < limit.until) {
        this.refusals.push({ chatId, time: Date.now() });
        const retryAfter = Math.max(1, Math.ceil((limit.until - Date.now()) / 1000));
        return void res.status(429).json({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
      }
      if (method === 'sendDocument') {
        const message = { ...body, document };
        const result = this.server.addBotMessage(message as never, m[1]!);
        return void res.json({ ok: true, result: { ...result, document } });
      }
      if (method === 'sendPhoto') {
        if (!photo) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: there is no photo in the request' });
        const result = this.server.addBotMessage(body as never, m[1]!) as unknown as { message_id: number };
        this.photos.set(result.message_id, photo);
        const sizes = [{ file_id: `photo-${result.message_id}`, file_unique_id: `photo-${result.message_id}`, width: 1080, height: 1080, file_size: photo.data.length }];
        return void res.json({ ok: true, result: { ...result, photo: sizes } });
      }
      return next();
    }
    next();
  }

  private async getUpdates(req: Req, res: Res): Promise<void> {
    this.polls++;
    const q = { ...req.query, ...(req.body ?? {}) } as Json;
    const offset = Number(q.offset ?? 0);
    const timeout = Math.min(Number(q.timeout ?? 0), 1);
    const limit = Number(q.limit ?? 100);
    if (offset > 0) {
      this.confirmedOffset = Math.max(this.confirmedOffset, offset);
      this.store.userMessages = this.store.userMessages.filter((u) => u.updateId >= offset);
    }
    const pending = () => this.store.userMessages.filter((u) => u.botToken === TOKEN && u.updateId >= offset);
    const end = Date.now() + timeout * 1000;
    while (pending().length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    const updates = pending().slice(0, limit);
    for (const u of updates) {
      u.isRead = true;
      if (!this.allUpdates.some((x) => x.updateId === u.updateId)) this.allUpdates.push({ ...u });
    }
    res.json({ ok: true, result: updates.map((u) => ({ update_id: u.updateId, ...(u.raw ?? { message: { ...u.message, message_id: u.messageId } }) })) });
  }
}

interface Req {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body?: Json;
  query: Json;
  on(event: string, fn: (chunk?: Buffer) => void): void;
}
interface Res {
  status(code: number): Res;
  json(body: unknown): void;
  send(body: Buffer): void;
}

/** Reads a multipart body (sendDocument) with the platform's own parser. */
async function readForm(req: Req): Promise<FormData> {
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    req.on('data', (c) => chunks.push(c!));
    req.on('end', () => resolve());
  });
  const request = new Request('http://local/', {
    method: 'POST',
    headers: { 'content-type': String(req.headers['content-type']) },
    body: Buffer.concat(chunks),
  });
  return request.formData();
}
