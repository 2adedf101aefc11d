import './messages.js';
import { Api, GrammyError } from 'grammy';
import type { Logger } from '../kernel/log.js';
import type { Button, Incoming, IncomingFile, Menu, OutgoingEdit, OutgoingMessage } from '../kernel/types.js';
import { t } from '../kernel/catalogue.js';
import { FileTooBig, SendError, type Adapter, type MessageSink } from '../outbox/port.js';


export interface TelegramOptions {
  token: string;
  /** Another Bot API server (a local one, or the test emulator). */
  apiRoot?: string;
  /** Platform-qualified admin ids (LINLI_ADMINS): telegram ones get start-up warnings privately. */
  admins?: string[];
  /** Long-polling timeout, seconds. */
  pollTimeout?: number;
}

// The parts of Bot API objects the adapter reads.
interface TgUser { id: number; is_bot?: boolean; first_name?: string; last_name?: string; username?: string }
interface TgChat { id: number; type: string; title?: string }
interface TgEntity { type: string; offset: number; length: number; user?: TgUser }
interface TgMessage {
  message_id: number;
  date: number;
  from?: TgUser;
  sender_chat?: TgChat;
  chat: TgChat;
  text?: string;
  caption?: string;
  entities?: TgEntity[];
  caption_entities?: TgEntity[];
  reply_to_message?: { message_id: number };
  message_thread_id?: number;
  is_topic_message?: boolean;
  document?: { file_id: string; file_name?: string; mime_type?: string; file_size?: number };
  /** Spoken: a voice note, an audio file, a round video message. */
  voice?: object;
  audio?: object;
  video_note?: object;
  migrate_to_chat_id?: number;
}
interface TgCallbackQuery { id: string; from: TgUser; message?: TgMessage; data?: string }
interface TgUpdate { update_id: number; message?: TgMessage; callback_query?: TgCallbackQuery; [kind: string]: unknown }

const displayName = (u: TgUser) => [u.first_name, u.last_name].filter(Boolean).join(' ') || u.username || String(u.id);

/**
 * Telegram through grammY's Bot API client (`Api`: typed methods, nothing else of grammY's
 * framework). Polling is our own loop rather than `bot.start()`: linli needs each batch handed on
 * in order, committed together, and the offset confirmed only after that commit (so a crash before
 * the commit means Telegram delivers the updates again). Files go up as a standard multipart form
 * through Node's own fetch (`upload`).
 */
export class TelegramAdapter implements Adapter {
  readonly platform = 'telegram' as const;
  botNames: string[] = [];
  readonly api: Api;
  private me: { id: number; username?: string; can_read_all_group_messages?: boolean } | undefined;

  /**
   * t.me/<username>: where a resident presses Start, so the bot may write to them privately; with a
   * payload (`med_23`), Start sends "/start med_23" and the flow resumes (src/runtime/start.ts).
   */
  startLink(payload?: string): string | undefined {
    if (!this.me?.username) return undefined;
    const safe = payload?.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
    return safe ? `https://t.me/${this.me.username}?start=${safe}` : `https://t.me/${this.me.username}`;
  }

  /** A private chat's id is the user's id (it works once they have pressed Start); groups' ids are negative. */
  privateChatOf = (userId: string): string => userId;
  isGroupChatId = (chatId: string): boolean => chatId.startsWith('-');
  private offset = 0;
  private running = false;
  private abort: AbortController | undefined;
  private loop: Promise<void> | undefined;
  /** Usernames seen in chats, so "@wang" can be turned into wang's user id. */
  private readonly usernames = new Map<string, { id: number; name: string }>();
  private readonly names = new Map<string, string>();
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly opts: TelegramOptions,
    private readonly log: Logger,
  ) {
    this.apiRoot = opts.apiRoot ?? 'https://api.telegram.org';
    this.api = new Api(opts.token, { apiRoot: this.apiRoot });
  }

  private readonly apiRoot: string;

  /** Asks Telegram who the bot is (its username is how it is @-mentioned). Fails loudly on a bad token. */
  async init(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.me = await this.api.getMe();
        break;
      } catch (err) {
        if (err instanceof GrammyError && err.error_code === 401) throw new Error('TELEGRAM_BOT_TOKEN: Telegram refused the token (401 Unauthorized)');
        if (attempt >= 5) throw new Error(`Telegram is unreachable: ${(err as Error).message}`);
        this.log.warn({ attempt, err: (err as Error).message }, 'getMe failed, retrying');
        await sleep(1000 * attempt);
      }
    }
    this.botNames = this.me?.username ? [this.me.username] : [];
  }

  async start(sink: MessageSink): Promise<void> {
    if (!this.me) await this.init();
    if (this.me && this.me.can_read_all_group_messages === false) await this.warnPrivacyMode();
    // Long polling and a webhook exclude each other (Telegram answers 409): polling wins, nothing is dropped.
    await this.api.deleteWebhook({ drop_pending_updates: false }).catch((err: unknown) => this.log.warn({ err: (err as Error).message }, 'deleteWebhook failed'));
    this.log.info({ bot: this.me?.username }, 'Telegram: polling for messages');
    this.running = true;
    this.loop = this.poll(sink);
  }

  /** Stops polling after the batch in hand is committed, and confirms that batch to Telegram. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort?.abort();
    this.wakeUp?.();
    await this.loop;
    if (this.offset > 0) {
      await this.api.getUpdates({ offset: this.offset, limit: 1, timeout: 0 }).catch(() => undefined);
    }
  }

  private async warnPrivacyMode(): Promise<void> {
    this.log.warn(
      { bot: this.me?.username },
      'Telegram privacy mode is on: the bot sees only commands and replies in groups. Turn it off with BotFather /setprivacy, or make the bot a group admin',
    );
    const text = `${t('zh-CN', 'telegram.privacyOn', { bot: this.me?.username ?? '' })}\n\n${t('en', 'telegram.privacyOn', { bot: this.me?.username ?? '' })}`;
    for (const admin of this.opts.admins ?? []) {
      if (!admin.startsWith('telegram:')) continue;
      const id = admin.slice('telegram:'.length);
      // An admin who never opened a private chat with the bot cannot be written to: the log must do.
      await this.api.sendMessage(id, text).catch((err: unknown) => this.log.warn({ admin, err: (err as Error).message }, 'could not warn an admin privately'));
    }
  }

  private async poll(sink: MessageSink): Promise<void> {
    let failures = 0;
    while (this.running) {
      let updates: TgUpdate[];
      try {
        this.abort = new AbortController();
        updates = (await this.api.getUpdates(
          { offset: this.offset, timeout: this.opts.pollTimeout ?? 50, allowed_updates: ['message', 'callback_query'] },
          // grammY types the signal as its polyfill's; Node's own is what node-fetch takes.
          this.abort.signal as never,
        )) as unknown as TgUpdate[];
        failures = 0;
      } catch (err) {
        if (!this.running) return;
        failures++;
        const retryAfter = err instanceof GrammyError ? err.parameters.retry_after : undefined;
        const waitMs = retryAfter ? retryAfter * 1000 : Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        this.log.warn({ err: (err as Error).message, waitMs }, 'getUpdates failed; polling again soon');
        await this.pause(waitMs);
        continue;
      }
      if (updates.length === 0) continue;
      await this.handOn(updates, sink);
    }
  }

  /**
   * Turns a batch into messages in order and hands them all on at once (so they share one commit).
   * The offset moves past the batch only once every message of it is committed; if the commit
   * failed, the same updates are fetched again (and what was committed is skipped as a duplicate).
   */
  private async handOn(updates: TgUpdate[], sink: MessageSink): Promise<void> {
    const messages: Incoming[] = [];
    for (const update of updates) {
      try {
        const msg = await this.toIncoming(update);
        if (msg) messages.push(msg);
      } catch (err) {
        this.log.error({ err, updateId: update.update_id }, 'could not read a Telegram update; skipped');
      }
    }
    const results = await Promise.allSettled(messages.map((m) => sink(m)));
    if (results.some((r) => r.status === 'rejected') && !(await this.oneByOne(messages, sink))) {
      this.log.error({ updates: updates.length }, 'a batch of Telegram updates could not be committed; fetching it again');
      await this.pause(1000);
      return;
    }
    this.offset = updates[updates.length - 1]!.update_id + 1;
  }

  /**
   * After a failed group commit: each message on its own, so one that cannot be committed is
   * logged and skipped instead of blocking the chat forever. False when none could be committed
   * (the database itself is failing): then nothing is confirmed and the batch comes again.
   */
  private async oneByOne(messages: Incoming[], sink: MessageSink): Promise<boolean> {
    let committed = 0;
    const skipped: string[] = [];
    for (const m of messages) {
      try {
        await sink(m);
        committed++;
      } catch {
        skipped.push(m.messageId);
      }
    }
    if (committed === 0 && messages.length > 0) return false;
    if (skipped.length > 0) this.log.error({ chatIds: messages.map((m) => m.chatId), skipped }, 'Telegram messages that could not be committed were skipped');
    return true;
  }

  /** Waits, unless the adapter is stopped meanwhile. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** The neutral message for an update, or undefined for what linli does not handle. */
  async toIncoming(update: TgUpdate): Promise<Incoming | undefined> {
    if (update.callback_query) return this.tapToIncoming(update.callback_query);
    const m = update.message;
    // Edited messages, channel posts, membership changes: not requests.
    if (!m) return undefined;
    if (m.migrate_to_chat_id) {
      this.log.warn({ from: m.chat.id, to: m.migrate_to_chat_id }, 'a Telegram group became a supergroup with a new id; bind it again with /bind');
      return undefined;
    }
    const from = m.from;
    if (!from || from.is_bot || m.sender_chat) return undefined; // anonymous admins, channels, bots
    const isGroup = m.chat.type === 'group' || m.chat.type === 'supergroup';
    if (!isGroup && m.chat.type !== 'private') return undefined;
    const text = m.text ?? m.caption ?? '';
    // A voice message holds nothing to read, but an elderly resident who spoke is answered (in private).
    const voice = text === '' && !!(m.voice ?? m.audio ?? m.video_note);
    if (text === '' && !m.document && !voice) return undefined; // stickers, photos, service messages

    const name = displayName(from);
    if (from.username) this.usernames.set(from.username.toLowerCase(), { id: from.id, name });
    this.names.set(String(from.id), name);

    const entities = m.entities ?? m.caption_entities ?? [];
    const mentions: { userId: string; name: string }[] = [];
    let mentionsBot = false;
    for (const e of entities) {
      if (e.type === 'text_mention' && e.user) {
        if (e.user.id === this.me?.id) mentionsBot = true;
        else mentions.push({ userId: String(e.user.id), name: displayName(e.user) });
      } else if (e.type === 'mention') {
        const username = text.slice(e.offset + 1, e.offset + e.length).toLowerCase();
        if (username === this.me?.username?.toLowerCase()) mentionsBot = true;
        else {
          const known = this.usernames.get(username);
          if (known) mentions.push({ userId: String(known.id), name: known.name });
        }
      } else if (e.type === 'bot_command') {
        const command = text.slice(e.offset, e.offset + e.length);
        if (this.me?.username && command.toLowerCase().endsWith(`@${this.me.username.toLowerCase()}`)) mentionsBot = true;
      }
    }
    // In a forum topic every message "replies" to the topic's first message: that is not a reply.
    const replyTo = m.reply_to_message && !(m.is_topic_message && m.reply_to_message.message_id === m.message_thread_id)
      ? String(m.reply_to_message.message_id)
      : undefined;

    const msg: Incoming = {
      platform: 'telegram',
      chatId: String(m.chat.id),
      chatTitle: isGroup ? m.chat.title : undefined,
      isGroup,
      senderId: String(from.id),
      senderName: name,
      text,
      messageId: String(m.message_id),
      replyToMessageId: replyTo,
      mentionsBot,
      mentions: mentions.length > 0 ? mentions : undefined,
      time: m.date * 1000,
      voice: voice || undefined,
    };
    // A document is handed on as what Telegram says of it; it is downloaded only if a step waits for it.
    if (m.document) msg.file = { name: m.document.file_name ?? 'file', mimeType: m.document.mime_type, size: m.document.file_size, ref: m.document.file_id };
    return msg;
  }

  /**
   * A tap on a button under a bot post, as the reply it stands for: its text is the button's data,
   * replying to the post, from the person who tapped. Its id is the tap's, so a tap delivered twice
   * is handled once.
   */
  private tapToIncoming(q: TgCallbackQuery): Incoming | undefined {
    const m = q.message;
    if (!m || q.from.is_bot || !q.data) return undefined;
    const isGroup = m.chat.type === 'group' || m.chat.type === 'supergroup';
    if (!isGroup && m.chat.type !== 'private') return undefined;
    const name = displayName(q.from);
    if (q.from.username) this.usernames.set(q.from.username.toLowerCase(), { id: q.from.id, name });
    this.names.set(String(q.from.id), name);
    return {
      platform: 'telegram',
      chatId: String(m.chat.id),
      chatTitle: isGroup ? m.chat.title : undefined,
      isGroup,
      senderId: String(q.from.id),
      senderName: name,
      text: q.data,
      messageId: `tap:${q.id}`,
      replyToMessageId: String(m.message_id),
      mentionsBot: true,
      tap: { id: q.id },
      time: Date.now(),
    };
  }

  /** Downloads a document by its file_id, stopping as soon as more than `maxBytes` have come. */
  async fetchFile(file: IncomingFile, maxBytes: number): Promise<Buffer> {
    if (!file.ref) throw new Error('no file_id');
    if (file.size !== undefined && file.size > maxBytes) throw new FileTooBig(`${file.size} bytes`);
    const { file_path: path } = await this.api.getFile(file.ref);
    if (!path) throw new Error('Telegram gave no path for the file');
    const abort = new AbortController();
    const res = await fetch(`${this.apiRoot}/file/bot${this.opts.token}/${path}`, { signal: abort.signal });
    if (!res.ok || !res.body) throw new Error(`download answered ${res.status}`);
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
      abort.abort();
      throw new FileTooBig(`${res.headers.get('content-length')} bytes`);
    }
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      length += chunk.length;
      if (length > maxBytes) {
        abort.abort();
        throw new FileTooBig(`over ${maxBytes} bytes`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }

  /**
   * Sends one platform message: text (without parse_mode, so user text is never read as markup),
   * a file as a document or a picture as a photo, each with the text as its caption; as a reply when
   * asked, with mentions. The outbox has split long texts already (src/outbox/parts.ts).
   */
  async send(out: OutgoingMessage): Promise<string[]> {
    const { text, entities } = this.withMentions(out.text, out.mentions, out.mentionNames);
    const reply = {
      ...(out.replyTo ? { reply_parameters: { message_id: Number(out.replyTo), allow_sending_without_reply: true } } : {}),
      ...(out.buttons ? { reply_markup: keyboard(out.buttons) } : {}),
    };
    const to = { chatId: out.chatId };
    if (out.file) {
      const file = out.file;
      const extra = { ...reply, ...(text ? { caption: text } : {}), ...(text && entities.length > 0 ? { caption_entities: entities } : {}) };
      const sent = await this.call(() => this.upload('sendDocument', to.chatId, extra, { field: 'document', ...file }), to);
      return [String(sent.message_id)];
    }
    if (out.image) {
      const image = out.image;
      const extra = { ...reply, ...(text ? { caption: text } : {}), ...(text && entities.length > 0 ? { caption_entities: entities } : {}) };
      const sent = await this.call(() => this.upload('sendPhoto', to.chatId, extra, { field: 'photo', ...image }), to);
      return [String(sent.message_id)];
    }
    const extra = { ...reply, ...(entities.length > 0 ? { entities } : {}) };
    const sent = await this.call(() => this.api.sendMessage(to.chatId, text, extra as never), to);
    return [String(sent.message_id)];
  }

  /**
   * sendDocument / sendPhoto as a standard multipart form through Node's own fetch: a body every
   * multipart parser reads, on every Node linli supports (telegraf's streamed body never ended on
   * Node 26; grammY's own form writes unquoted headers that strict parsers refuse). Fields that
   * are objects go as JSON, as the Bot API expects.
   */
  private async upload(
    method: 'sendDocument' | 'sendPhoto',
    chatId: string,
    fields: Record<string, unknown>,
    file: { field: string; name: string; data: Buffer },
  ): Promise<{ message_id: number }> {
    const form = new FormData();
    form.set('chat_id', chatId);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    form.set(file.field, new Blob([new Uint8Array(file.data)]), file.name);
    const res = await fetch(`${this.apiRoot}/bot${this.opts.token}/${method}`, { method: 'POST', body: form });
    const body = (await res.json()) as { ok: true; result: { message_id: number } } | { ok: false; error_code: number; description: string; parameters?: object };
    if (body.ok) return body.result;
    throw new GrammyError(`Call to '${method}' failed! (${body.error_code}: ${body.description})`, { parameters: {}, ...body }, method, {});
  }

  /** Changes a post: its text and buttons (none given: the buttons go). An unchanged post is not an error. */
  async edit(edit: OutgoingEdit): Promise<void> {
    const extra = edit.buttons ? { reply_markup: keyboard(edit.buttons) } : {};
    try {
      await this.call(() => this.api.editMessageText(edit.chatId, Number(edit.messageId), edit.text, extra as never), edit);
    } catch (err) {
      if (err instanceof SendError && /message is not modified/i.test(err.message)) return;
      throw err;
    }
  }

  /** Answers a tap to the person who tapped: a toast, or an alert they dismiss when it is long. */
  async answerTap(tapId: string, text: string): Promise<void> {
    const options = text ? { text, show_alert: text.length > 100 } : {};
    await this.call(() => this.api.answerCallbackQuery(tapId, options), { chatId: '' });
  }

  /**
   * The command menus, per scope and language. Telegram knows languages by two letters only, so the
   * zh-CN list serves "zh" (and zh-TW clients: a traditional list cannot be told apart) and is also
   * the list for clients whose language has none of its own.
   */
  async setMenus(menus: Menu[]): Promise<void> {
    const scopes = { private: 'all_private_chats', group: 'all_group_chats', admin: 'all_chat_administrators' } as const;
    for (const menu of menus) {
      const scope = { type: scopes[menu.audience] };
      const languages = menu.lang === 'zh-CN' ? [undefined, 'zh' as const] : menu.lang === 'en' ? ['en' as const] : [];
      for (const language_code of languages) {
        await this.api
          .setMyCommands(menu.commands, { scope, ...(language_code ? { language_code } : {}) })
          .catch((err: unknown) => this.log.warn({ err: (err as Error).message, scope: scope.type, language_code }, 'could not set a command menu'));
      }
    }
  }

  /** Mentions by user id: the person's name, linked to them (a text_mention needs no parse_mode). */
  private withMentions(text: string, mentions: string[] | undefined, known: string[] = []): { text: string; entities: TgEntity[] } {
    if (!mentions || mentions.length === 0) return { text, entities: [] };
    let prefix = '';
    const entities: TgEntity[] = [];
    for (const [i, id] of mentions.entries()) {
      const name = `@${this.names.get(id) ?? known[i] ?? id}`;
      entities.push({ type: 'text_mention', offset: prefix.length, length: name.length, user: { id: Number(id), is_bot: false, first_name: name.slice(1) } });
      prefix += `${name} `;
    }
    return { text: prefix + text, entities };
  }

  /**
   * One API call, its failure turned into a SendError the outbox understands. A 429 is not waited
   * out here: the outbox pauses that chat alone and goes on with the others.
   */
  private async call<T>(fn: () => Promise<T>, to: { chatId: string }): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        // A group upgraded to a supergroup has a new id: what was queued for it goes there.
        const movedTo = err instanceof GrammyError ? err.parameters.migrate_to_chat_id : undefined;
        if (movedTo !== undefined && attempt < 3) {
          this.log.warn({ from: to.chatId, to: movedTo }, 'the group became a supergroup; sending to its new id');
          to.chatId = String(movedTo);
          continue;
        }
        throw toSendError(err);
      }
    }
  }
}

/** Buttons as Telegram's inline keyboard: each carries the reply it stands for as its data. */
const keyboard = (rows: Button[][]) => ({
  inline_keyboard: rows.map((row) => row.map((b) => ({ text: b.label, callback_data: Buffer.from(b.reply).subarray(0, 64).toString() }))),
});

/** Bot API descriptions of a 400 that mean the bot cannot write to the chat at all. */
const CHAT_GONE = /chat not found|peer_id_invalid|bot was kicked|bot is not a member|not enough rights|have no rights|chat_write_forbidden|user is deactivated|chat was deleted/i;

/**
 * Telegram's answers as the outbox reads them: a 429 pauses that chat; a 403, or a 400 saying the
 * chat is not there, means the chat is gone; another 400 refuses this message; anything else
 * (5xx, no connection) passes, and the message is tried again.
 */
function toSendError(err: unknown): SendError {
  if (err instanceof GrammyError) {
    const retryAfter = err.parameters.retry_after;
    const what = `Telegram ${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return new SendError(what, { retryAfterMs: (retryAfter ?? 5) * 1000 });
    if (err.error_code === 403 || (err.error_code === 400 && CHAT_GONE.test(err.description))) return new SendError(what, { chatGone: true });
    if (err.error_code === 400) return new SendError(what, { permanent: true });
    return new SendError(what);
  }
  return new SendError((err as Error)?.message ?? String(err));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
