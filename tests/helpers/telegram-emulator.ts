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
  /** The inline keyboard under the post, as it shows now (after any edit): each button's label and data. */
  buttons?: { text: string; data: string }[][];
  /** How many times the bot edited the post (editMessageText / editMessageReplyMarkup). */
  edits: number;
  time: number;
}

/** What a person saw when their tap was answered (answerCallbackQuery): a toast, or an alert to dismiss. */
export interface TapAnswer {
  callbackId: string;
  text: string;
  showAlert: boolean;
  time: number;
}

/** One command of a menu, as setMyCommands took it. */
export interface MenuCommand {
  command: string;
  description: string;
}

/**
 * The `telegram-test-api` Bot API emulator on 127.0.0.1, with the parts of the real Bot API it
 * lacks and linli relies on, added in front of its routes: `getUpdates` that honours `offset`
 * (updates stay until confirmed, as on Telegram) and waits a little for new ones (long polling),
 * updates of any kind (edited messages, channel posts), 429 answers with `retry_after` for one
 * chat, `sendDocument`, `sendPhoto`, `getFile` and file downloads, `getMe` with
 * `can_read_all_group_messages`, taps on inline buttons (`callback_query` updates) answered once by
 * `answerCallbackQuery`, `editMessageText` / `editMessageReplyMarkup` as Telegram does them (the
 * edited message returned, "message is not modified" refused), `setMyCommands` / `getMyCommands` per
 * scope and language with Telegram's rules for names, and, when asked (`strictPrivateChats`), the
 * 403 Telegram answers to a bot writing first to someone who never started it.
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
  /** Every tap answered, in order (answerCallbackQuery). */
  readonly tapAnswers: TapAnswer[] = [];
  /** Menus as set, by scope and language: "all_private_chats|zh", "all_group_chats|" (no language). */
  readonly menus = new Map<string, MenuCommand[]>();
  /**
   * As on Telegram: the bot may not write first to a person. When on, a send to a private chat of
   * someone who never wrote to the bot privately answers 403 "bot can't initiate conversation".
   */
  strictPrivateChats = false;
  /** People who have written to the bot in a private chat (pressed Start). */
  private readonly started = new Set<number>();
  private readonly editCounts = new Map<number, number>();
  private callbackCounter = 0;

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
    if (chat.type === 'private') this.started.add(from.id);
    this.pushRaw({ message });
    return messageId;
  }

  /**
   * A person taps an inline button under one of the bot's posts: a callback_query update carrying
   * the button's data and the post as it shows now. Returns the callback query's id.
   */
  userTaps(
    from: { id: number; name: string; username?: string },
    chat: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string },
    post: { messageId: number },
    data: string,
  ): string {
    const stored = this.storedBotMessage(chat.id, post.messageId);
    if (!stored) throw new Error(`no bot post ${post.messageId} in chat ${chat.id}`);
    const buttons = this.buttonsOf(stored.message).flat();
    if (!buttons.some((b) => b.data === data)) throw new Error(`post ${post.messageId} has no button "${data}" (it has ${buttons.map((b) => b.data).join(', ') || 'none'})`);
    const id = `cb${++this.callbackCounter}-${from.id}`;
    const message = {
      message_id: stored.messageId,
      date: Math.floor(stored.time / 1000),
      from: { id: 666, is_bot: true, first_name: '邻里助手', username: 'linli_test_bot' },
      chat: chat.type === 'private' ? { id: chat.id, type: 'private', first_name: from.name } : { id: chat.id, type: chat.type, title: chat.title ?? 'group' },
      text: stored.message.text,
      reply_markup: stored.message.reply_markup,
    };
    this.pushRaw({ callback_query: { id, from: { id: from.id, is_bot: false, first_name: from.name, username: from.username }, message, chat_instance: String(chat.id), data } });
    return id;
  }

  /** The answers shown to the person who made this tap. */
  answersTo(callbackId: string): TapAnswer[] {
    return this.tapAnswers.filter((a) => a.callbackId === callbackId);
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
          buttons: this.buttonsOf(msg).length > 0 ? this.buttonsOf(msg) : undefined,
          edits: this.editCounts.get(m.messageId) ?? 0,
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

  private storedBotMessage(chatId: string | number, messageId: number): StoredBotMessage | undefined {
    return this.store.botMessages.find((m) => m.botToken === TOKEN && m.messageId === Number(messageId) && String(m.message.chat_id) === String(chatId));
  }

  private buttonsOf(message: Json): { text: string; data: string }[][] {
    const markup = (typeof message.reply_markup === 'string' ? JSON.parse(message.reply_markup) : message.reply_markup) as
      | { inline_keyboard?: { text: string; callback_data?: string }[][] }
      | undefined;
    return (markup?.inline_keyboard ?? []).map((row) => row.map((b) => ({ text: b.text, data: b.callback_data ?? '' })));
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
    if (method === 'answerCallbackQuery') return this.answerCallbackQuery(req, res);
    if (method === 'editMessageText' || method === 'editMessageReplyMarkup') return this.editMessage(method, req, res);
    if (method === 'setMyCommands' || method === 'getMyCommands' || method === 'deleteMyCommands') return this.myCommands(method, req, res);
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
      if (this.strictPrivateChats && Number(chatId) > 0 && !this.started.has(Number(chatId))) {
        this.failures.push(chatId);
        return void res.status(403).json({ ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
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

  /** A tap is answered once, within Telegram's time; a second answer is refused as Telegram refuses it. */
  private answerCallbackQuery(req: Req, res: Res): void {
    const body = (req.body ?? {}) as Json;
    const id = String(body.callback_query_id ?? '');
    const text = String(body.text ?? '');
    if (text.length > 200) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: MESSAGE_TOO_LONG' });
    if (!/^cb\d+-/.test(id) || this.tapAnswers.some((a) => a.callbackId === id)) {
      return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' });
    }
    this.tapAnswers.push({ callbackId: id, text, showAlert: body.show_alert === true || body.show_alert === 'true', time: Date.now() });
    res.json({ ok: true, result: true });
  }

  /** Edits one of the bot's posts: its text and buttons, or its buttons alone; no buttons given removes them. */
  private editMessage(method: 'editMessageText' | 'editMessageReplyMarkup', req: Req, res: Res): void {
    const body = (req.body ?? {}) as Json;
    const stored = this.storedBotMessage(String(body.chat_id), Number(body.message_id));
    if (this.down) return void res.status(this.down.code).json({ ok: false, error_code: this.down.code, description: this.down.description });
    if (!stored) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
    const markup = typeof body.reply_markup === 'string' ? JSON.parse(body.reply_markup) : body.reply_markup;
    const text = method === 'editMessageText' ? String(body.text ?? '') : String(stored.message.text ?? '');
    if (method === 'editMessageText' && text.trim() === '') return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
    if (text === stored.message.text && JSON.stringify(markup ?? null) === JSON.stringify(stored.message.reply_markup ?? null)) {
      return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message' });
    }
    stored.message = { ...stored.message, text, reply_markup: markup, ...(body.entities ? { entities: body.entities } : {}) };
    if (!markup) delete stored.message.reply_markup;
    this.editCounts.set(stored.messageId, (this.editCounts.get(stored.messageId) ?? 0) + 1);
    res.json({ ok: true, result: { message_id: stored.messageId, date: Math.floor(stored.time / 1000), edit_date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: Number(body.chat_id) > 0 ? 'private' : 'supergroup' }, text, reply_markup: markup } });
  }

  /** The bot's menus, one list per scope and language, with the Bot API's rules for what a list may hold. */
  private myCommands(method: 'setMyCommands' | 'getMyCommands' | 'deleteMyCommands', req: Req, res: Res): void {
    const body = (req.body ?? {}) as Json;
    const scope = (typeof body.scope === 'string' ? JSON.parse(body.scope) : body.scope) as { type?: string; chat_id?: number } | undefined;
    const lang = String(body.language_code ?? '');
    if (lang !== '' && !/^[a-z]{2}$/.test(lang)) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid language code specified' });
    const key = `${scope?.type ?? 'default'}${scope?.chat_id !== undefined ? `:${scope.chat_id}` : ''}|${lang}`;
    if (method === 'getMyCommands') return void res.json({ ok: true, result: this.menus.get(key) ?? [] });
    if (method === 'deleteMyCommands') {
      this.menus.delete(key);
      return void res.json({ ok: true, result: true });
    }
    const commands = (typeof body.commands === 'string' ? JSON.parse(body.commands) : body.commands) as MenuCommand[];
    const bad = !Array.isArray(commands) || commands.length > 100 || commands.some((c) => !/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256);
    if (bad) return void res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: BOT_COMMAND_INVALID' });
    this.menus.set(key, commands.map((c) => ({ command: c.command, description: c.description })));
    res.json({ ok: true, result: true });
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
