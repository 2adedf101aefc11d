import './messages.js';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { FileBox } from 'file-box';
import { qrcodeValueToImageUrl, ScanStatus, types, WechatyBuilder } from 'wechaty';
import type { Contact, Message, Room, Wechaty } from 'wechaty';
import type { Deps } from '../services/deps.js';

import type { Incoming, IncomingFile, OutgoingMessage } from '../kernel/types.js';
import type { Logger } from '../kernel/log.js';
import { tellAdmins } from '../outbox/admins.js';
import { memberByPlatformId } from '../services/members.js';
import {
  findQuotedMessage,
  isKnownGroup,
  memberByStableKey,
  moveMemberToUserId,
  recordSentText,
  rememberStableKey,
} from '../services/wechat-ids.js';
import { FileTooBig, SendError, type Adapter, type MessageSink } from '../outbox/port.js';
import { DEFAULT_PUPPET, puppetName } from './wechat-puppets.js';
import { groupNoteText, isRateLimited, parseQuote, quotedBody, stripMention } from './wechat-text.js';
import { networkTrouble, TroubleLog, WECHAT4U_HOST, Wechat4uRetries } from './wechat-trouble.js';

export { DEFAULT_PUPPET, puppetName };
/** A logout (or a silent drop) is told to the admins after at most this long; the issue asks for five minutes. */
export const LOGOUT_NOTICE_MS = 2 * 60_000;

export interface WechatOptions {
  /** An npm puppet name (wechaty-puppet-wechat4u, wechaty-puppet-service ...). */
  puppet: string;
  /** The token paid puppets need. */
  token?: string;
  /** A puppet object instead of a name (tests pass wechaty-puppet-mock's). */
  puppetInstance?: unknown;
  /** Wechaty's session name: where it keeps the login between restarts (NAME.memory-card.json). */
  name?: string;
  log: Logger;
  /** Where the login QR code is shown; the terminal by default. */
  print?: (text: string) => void;
  /** How often to check whether WeChat dropped without saying so. */
  watchMs?: number;
  /** How long a silent drop may last before the admins are told (LOGOUT_NOTICE_MS). */
  logoutNoticeMs?: number;
}

/**
 * WeChat through wechaty. Rooms are group chats, contacts private chats; a room's id is its chat
 * id, a contact's id is both the person's id and their private chat id. The bot's own messages are
 * skipped. Incoming messages are handed on one at a time, in the order they came.
 */
export class WechatAdapter implements Adapter {
  readonly platform = 'wechat' as const;
  readonly botNames = ['linli', '邻里', '邻里助手'];
  /** A person's private chat is addressed by their contact id; a room's id ends in @chatroom. */
  privateChatOf = (userId: string): string => userId;
  isGroupChatId = (chatId: string): boolean => chatId.endsWith('@chatroom');
  private bot: Wechaty | undefined;
  private deps: Deps | undefined;
  private chain: Promise<void> = Promise.resolve();
  private readonly pending = new Set<Promise<void>>();
  private watch: NodeJS.Timeout | undefined;
  private everLoggedIn = false;
  private lastLoggedInAt = 0;
  private logoutNoticed = false;
  private stopping = false;
  private stopped: Promise<void> | undefined;

  /** Connection trouble, logged once a minute; wechat4u's retries, spaced out. */
  private readonly trouble: TroubleLog;
  private readonly retries = new Wechat4uRetries();

  constructor(private readonly opts: WechatOptions) {
    this.trouble = new TroubleLog(opts.log);
  }

  /** WeChat answered: a try to log in goes at once again, and the trouble (if any) is over. */
  private reached(): void {
    this.retries.reached();
    this.trouble.reached();
  }

  get loggedIn(): boolean {
    return this.bot?.isLoggedIn ?? false;
  }

  async start(sink: MessageSink, deps?: Deps): Promise<void> {
    if (!deps) throw new Error('the WeChat adapter needs the database: start(sink, deps)');
    this.deps = deps;
    const { log } = this.opts;
    const name = this.opts.name ?? 'linli-wechat';
    setAsideBrokenLogin(`${name}.memory-card.json`, log);
    const bot = WechatyBuilder.build({
      name,
      puppet: (this.opts.puppetInstance ?? puppetName(this.opts.puppet)) as never,
      puppetOptions: this.opts.token ? { token: this.opts.token } : undefined,
    });
    this.bot = bot;
    const wechat4u = !this.opts.puppetInstance && puppetName(this.opts.puppet) === DEFAULT_PUPPET;
    bot.on('scan', (qrcode, status) => {
      this.reached();
      if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) void this.showQr(qrcode);
      else log.info({ status: ScanStatus[status] }, 'WeChat login: QR code scanned, confirm on the phone');
    });
    bot.on('login', (user) => {
      this.reached();
      log.info({ user: user.name() }, 'WeChat logged in');
      if (this.logoutNoticed) this.tellAdmins('wechat.loggedInAgain', {});
      this.everLoggedIn = true;
      this.logoutNoticed = false;
      this.lastLoggedInAt = deps.clock.now();
    });
    bot.on('logout', (_user, reason) => this.loggedOut(reason ? String(reason) : 'logout'));
    // Without a network a puppet fails every few hundred ms: one line a minute says what cannot be reached.
    bot.on('error', (err) => {
      const trouble = networkTrouble(err, wechat4u ? WECHAT4U_HOST : 'the WeChat puppet service');
      if (trouble) this.trouble.failed(trouble, wechat4u ? this.retries.nextDelay : undefined);
      else log.error({ err }, 'WeChat puppet error');
    });
    // The puppet announces messages in order; wechaty's own 'message' event comes in whatever order
    // their details finish loading. So take the ids from the puppet and load them one at a time.
    bot.on('puppet', (puppet) => {
      if (wechat4u) this.retries.attach(puppet);
      puppet.on('message', ({ messageId }) => {
        this.chain = this.chain
          .then(async () => {
            const m = await bot.Message.find({ id: messageId });
            if (m) await this.receive(m, sink);
          })
          .catch((err: unknown) => log.error({ err, messageId }, 'WeChat message could not be handled'));
      });
    });
    await bot.start();
    this.watch = setInterval(() => this.checkConnection(), this.opts.watchMs ?? 30_000);
    this.watch.unref();
  }

  /** Stops taking messages and waits for those under way. Calling it again waits for the same stop. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true; // our own shutdown logs the puppet out: that is no news for the admins
      this.retries.stop();
      if (this.watch) clearInterval(this.watch);
      await this.bot?.stop();
      await this.idle();
    })();
    return this.stopped;
  }

  /** Waits until the messages received so far are handled and committed (tests, shutdown). */
  async idle(): Promise<void> {
    await this.chain;
    await Promise.allSettled([...this.pending]);
  }

  private async showQr(qrcode: string): Promise<void> {
    const print = this.opts.print ?? ((s: string) => process.stdout.write(`${s}\n`));
    const url = qrcodeValueToImageUrl(qrcode);
    this.opts.log.info({ url }, 'WeChat login: scan the QR code with the committee phone');
    try {
      // qrcode comes with wechaty (through file-box); if it is ever missing, the link still works.
      const qr = (await import('qrcode' as string)) as { toString(v: string, o: object): Promise<string> };
      print(await qr.toString(qrcode, { type: 'terminal', small: true }));
    } catch {
      // The log line above carries a link to the same code as an image.
    }
    print(`用手机微信扫码登录 / Scan with WeChat to log in: ${url}`);
  }

  /** Logs a logout and tells the admins on their other platforms, once per logout. */
  private loggedOut(reason: string): void {
    const deps = this.deps;
    if (!deps || this.logoutNoticed || this.stopping) return;
    this.logoutNoticed = true;
    deps.log.warn({ reason }, 'WeChat logged out: scan the new QR code to log in again');
    if (this.tellAdmins('wechat.loggedOut', { reason }) === 0) {
      deps.log.warn('no admin on another platform to tell about the WeChat logout (LINLI_ADMINS)');
    }
  }

  /** Tells the admins on their other platforms (their WeChat ids may be stale after a re-login). */
  private tellAdmins(key: 'wechat.loggedOut' | 'wechat.loggedInAgain', params: Record<string, string>): number {
    const deps = this.deps!;
    return deps.db.transaction(() => tellAdmins(deps, key, params, { except: ['wechat'] }))();
  }

  /** A connection can drop without a logout event: after a while without a login, say so. */
  private checkConnection(): void {
    if (!this.deps || !this.everLoggedIn) return;
    const now = this.deps.clock.now();
    if (this.loggedIn) this.lastLoggedInAt = now;
    else if (now - this.lastLoggedInAt >= (this.opts.logoutNoticeMs ?? LOGOUT_NOTICE_MS)) this.loggedOut('connection lost');
  }

  private async receive(m: Message, sink: MessageSink): Promise<void> {
    if (m.self()) return;
    const talker = m.talker();
    if (talker.type() !== types.Contact.Individual) return; // official accounts, service notices
    const room = m.room();
    const type = m.type();
    const file = this.fileOf(m);
    // WeChat's own 「#接龙」 (a group note) is read as the chain it shows.
    let text = type === types.Message.Text ? m.text() : type === types.Message.GroupNote ? groupNoteText(m.text()) : '';
    // A voice message: nothing to read, but an elderly resident who spoke is answered (in private).
    const voice = type === types.Message.Audio;
    if (text.trim() === '' && !file && !voice) return; // stickers, videos, links: nothing for linli

    const self = this.bot!.currentUser;
    let mentionsBot = false;
    let mentions: { userId: string; name: string }[] = [];
    if (room) {
      const mentioned = await m.mentionList();
      mentionsBot = mentioned.some((c) => c.id === self.id);
      mentions = mentioned.filter((c) => c.id !== self.id).map((c) => ({ userId: c.id, name: c.name() }));
      const selfNames = [self.name(), (await room.alias(self)) ?? ''];
      const stripped = stripMention(text, selfNames);
      if (stripped !== text.trim()) mentionsBot = true;
      if (mentionsBot) text = stripped;
    }

    const chatId = room ? room.id : talker.id;
    const incoming: Incoming = {
      platform: 'wechat',
      chatId,
      chatTitle: room ? await room.topic() : undefined,
      isGroup: room !== undefined,
      senderId: talker.id,
      senderName: (room ? await room.alias(talker) : undefined) || talker.name() || talker.id,
      // On WeChat the private chat with a person is addressed by their contact id.
      senderPrivateChatId: this.privateChatOf(talker.id),
      text,
      messageId: m.id,
      mentionsBot,
      mentions: mentions.length > 0 ? mentions : undefined,
      file,
      voice: voice || undefined,
      time: m.date().getTime(),
    };
    const quote = parseQuote(text);
    if (quote) {
      incoming.text = quote.reply;
      const quoted = quotedBody(quote.quoted);
      incoming.replyToMessageId = findQuotedMessage(this.deps!.db, chatId, quoted);
      if (!incoming.replyToMessageId) incoming.quotedText = quoted;
      // Quoting the bot speaks to it, as a reply to the bot does on Telegram.
      if (incoming.replyToMessageId || quote.name === self.name()) incoming.mentionsBot = true;
    }
    const key = await stableKeyOf(talker);
    if (key) this.followStableKey(key, talker.id);
    // Handed on in order without waiting for the commit, so a burst shares one commit.
    const handed = sink(incoming).then(() => {
      if (!key) return;
      const db = this.deps!.db;
      const member = memberByPlatformId(db, 'wechat', talker.id);
      if (member && memberByStableKey(db, key)?.id !== member.id) rememberStableKey(db, key, member.id);
    });
    this.pending.add(handed);
    handed
      .catch((err: unknown) => this.opts.log.error({ err, messageId: m.id }, 'WeChat message was not committed'))
      .finally(() => this.pending.delete(handed));
  }

  /** A person whose stable key linli knows, writing from a new contact id: the same member. */
  private followStableKey(key: string, contactId: string): void {
    const { db, clock, log } = this.deps!;
    const known = memberByStableKey(db, key);
    if (!known || known.user_id === contactId) return;
    db.transaction(() => moveMemberToUserId(db, known.id, { userId: contactId, privateChatId: this.privateChatOf(contactId) }, clock.now()))();
    log.info({ memberId: known.id }, 'WeChat contact id changed; member followed by stable id');
  }

  /**
   * An attachment or a photo as WeChat describes it: its name from the message, nothing downloaded.
   * (A puppet's file box may download at once: wechat4u's fetches the whole file to make one.) The
   * bytes are fetched only when a step waits for this person's file (fetchFile). A photo counts as a
   * file: where a document is asked for (a 通行证, a 核酸 certificate) a photo of it will do.
   */
  private fileOf(m: Message): IncomingFile | undefined {
    const type = m.type();
    if (type !== types.Message.Attachment && type !== types.Message.Image) return undefined;
    const named = m.payload?.filename?.trim();
    const name = named || (type === types.Message.Image ? `photo-${m.id.slice(-8)}.jpg` : `file-${m.id.slice(-8)}`);
    return { name, mimeType: type === types.Message.Image ? 'image/jpeg' : undefined, ref: m.id };
  }

  /** Downloads an attachment by its message id, stopping as soon as more than `maxBytes` have come. */
  async fetchFile(file: IncomingFile, maxBytes: number): Promise<Buffer> {
    if (!file.ref || !this.bot) throw new Error('no WeChat message to fetch the file from');
    const m = await this.bot.Message.find({ id: file.ref });
    const box = await m?.toFileBox();
    if (!box) throw new Error('the WeChat message with the file is gone');
    if (box.size > maxBytes) throw new FileTooBig(`${box.size} bytes`);
    const chunks: Buffer[] = [];
    let length = 0;
    const stream = await box.toStream();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > maxBytes) {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        throw new FileTooBig(`over ${maxBytes} bytes`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }

  /**
   * Sends one platform message: a text (with @-mentions in a room), or a file. The outbox has split
   * long texts already and paces every part (src/outbox/parts.ts), so parts never go back to back.
   */
  async send(msg: OutgoingMessage): Promise<string[]> {
    const bot = this.bot;
    const deps = this.deps;
    // Logged out, every WeChat send would fail alike: the whole platform waits for the next login.
    if (!bot || !deps || !bot.isLoggedIn) {
      throw new SendError('WeChat is not logged in', { retryAfterMs: 60_000, pausePlatform: true });
    }
    const to = await this.conversation(bot, deps, msg.chatId);
    // Not in this login's contacts and rooms: after a re-login ids change, and the group is rebound (/换绑群).
    if (!to) throw new SendError(`WeChat has no chat ${msg.chatId} in this login`, { chatGone: true });
    try {
      if (msg.file) {
        // Base64, not a Buffer box: puppets that pass files on (puppet-service, the mock) must serialise them.
        const sent = await to.say(FileBox.fromBase64(msg.file.data.toString('base64'), msg.file.name));
        return [sent?.id ?? `linli-${msg.outboxId}-file`];
      }
      if (msg.image) {
        // A .png box goes as a picture (WeChat shows it in the chat), base64 for the same reason as files.
        const sent = await to.say(FileBox.fromBase64(msg.image.data.toString('base64'), msg.image.name));
        return [sent?.id ?? `linli-${msg.outboxId}-image`];
      }
      const mentioned = 'memberAll' in to && msg.mentions?.length ? await this.contacts(bot, msg.mentions) : [];
      const sent = mentioned.length > 0 ? await (to as Room).say(msg.text, ...mentioned) : await to.say(msg.text);
      const id = sent?.id ?? `linli-${msg.outboxId}-${deps.clock.now()}`;
      recordSentText(deps.db, msg.chatId, id, msg.text, deps.clock.now());
      return [id];
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (isRateLimited(err)) throw new SendError(`WeChat says slow down: ${message}`, { pausePlatform: true });
      throw new SendError(message);
    }
  }

  private async conversation(bot: Wechaty, deps: Deps, chatId: string): Promise<Room | Contact | undefined> {
    const group = isKnownGroup(deps.db, chatId) ?? (chatId.endsWith('@chatroom') || chatId.startsWith('@@'));
    try {
      return group ? await bot.Room.find({ id: chatId }) : await bot.Contact.find({ id: chatId });
    } catch {
      return undefined;
    }
  }

  private async contacts(bot: Wechaty, ids: string[]): Promise<Contact[]> {
    const found = await Promise.all(ids.map((id) => bot.Contact.find({ id }).catch(() => undefined)));
    return found.filter((c): c is Contact => c !== undefined);
  }
}

/**
 * A login file cut short (the process was killed while wechaty saved it) makes wechaty print a JSON
 * error at every start; it is set aside, and the account scans a new QR code.
 */
function setAsideBrokenLogin(file: string, log: Logger): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return; // none yet: the first login
  }
  // Empty: a run that stopped before any login (wechaty writes the file at stop); nothing is lost.
  if (text.trim() === '') return rmSync(file, { force: true });
  try {
    JSON.parse(text);
  } catch {
    const aside = `${file}.broken-${Date.now()}`;
    renameSync(file, aside);
    log.warn({ file: aside }, 'the saved WeChat login was damaged (an interrupted save) and was set aside: scan the new QR code');
  }
}

/**
 * An id that survives re-login: the person's WeChat id when the puppet gives it, or a remark the
 * committee set on a friend in the form 邻里#<anything unique>. Display names never count.
 */
export async function stableKeyOf(contact: Contact): Promise<string | undefined> {
  const handle = contact.handle();
  if (handle) return `handle:${handle}`;
  const alias = await contact.alias().catch(() => undefined);
  if (alias && /^(?:邻里|linli)#\S+$/i.test(alias)) return `alias:${alias}`;
  return undefined;
}
