import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { FileBox } from 'file-box';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { ConsoleAdapter } from '../../src/adapters/console.js';
import { WechatAdapter } from '../../src/adapters/wechat.js';
import { App } from '../../src/app.js';
import type { Clock } from '../../src/kernel/clock.js';
import { loadConfig } from '../../src/kernel/config.js';

type ContactMock = InstanceType<mock.Mocker['ContactMock']>;
type RoomMock = InstanceType<mock.Mocker['RoomMock']>;

/** What the bot posted, as the WeChat side saw it. */
export interface Seen {
  chatId: string;
  text: string;
  /** A file's name, when the bot sent a file. */
  file?: { name: string; base64: string };
  /** When WeChat saw it, by the app's clock (fake in pacing tests). */
  at: number;
}

/**
 * linli on real wechaty with wechaty-puppet-mock, over a real SQLite file, with the console chat
 * beside it (standing for "another platform", where the admins hear about a WeChat logout).
 */
export class WechatWorld {
  readonly dir: string;
  readonly mocker = new mock.Mocker();
  readonly puppet: PuppetMock;
  readonly adapter: WechatAdapter;
  readonly console = new ConsoleAdapter();
  readonly app: App;
  /** Every message the bot sent on WeChat, in order. */
  readonly seen: Seen[] = [];
  /** What the adapter printed to the terminal (the login QR code). */
  readonly printed: string[] = [];
  botUser!: ContactMock;

  /**
   * `Puppet` lets a test give the puppet WeChat's own refusals (a subclass of PuppetMock); `clock`
   * drives the app's time; `dir` reuses the folder (database) of an earlier world: a restart.
   */
  private readonly clock: Clock | undefined;

  constructor(opts: { admins?: string[]; Puppet?: typeof PuppetMock; clock?: Clock; dir?: string; env?: Record<string, string> } = {}) {
    this.clock = opts.clock;
    this.dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'linli-wechat-'));
    this.puppet = new (opts.Puppet ?? PuppetMock)({ mocker: this.mocker });
    const log = pino({ level: 'silent' });
    const config = loadConfig({
      LINLI_DB_PATH: join(this.dir, 'linli.db'),
      LINLI_ADMINS: (opts.admins ?? ['console:secretary']).join(','),
      LOG_LEVEL: 'silent',
      WECHATY_PUPPET: 'wechaty-puppet-mock',
      ...opts.env,
    });
    this.adapter = new WechatAdapter({
      puppet: 'wechaty-puppet-mock',
      puppetInstance: this.puppet,
      name: join(this.dir, 'wechat'),
      log,
      print: (text) => this.printed.push(text),
      watchMs: 100,
      logoutNoticeMs: 500,
    });
    this.app = new App({ config, log, adapters: [this.console, this.adapter], clock: opts.clock });
  }

  /** Starts linli and logs the bot's WeChat account in. */
  async start(): Promise<void> {
    await this.app.start();
    this.botUser = this.mocker.createContact({ id: 'wxid_linli', name: 'linli' });
    this.login();
  }

  login(): void {
    this.mocker.login(this.botUser);
  }

  person(name: string, id?: string): ContactMock {
    const contact = this.mocker.createContact({ name, ...(id ? { id } : {}) });
    (contact as unknown as EventEmitter).on('message', (m: { payload: { talkerId: string; listenerId?: string; roomId?: string; text?: string; id: string } }) => {
      if (m.payload.talkerId === this.botUser.id && m.payload.listenerId === contact.id) this.record(contact.id, m.payload);
    });
    return contact;
  }

  /** A room with the bot and these members; `id` to give it the id it had before a restart. */
  room(topic: string, members: ContactMock[], id?: string): RoomMock {
    const room = this.mocker.createRoom({ topic, memberIdList: [this.botUser.id, ...members.map((c) => c.id)], ...(id ? { id } : {}) });
    (room as unknown as EventEmitter).on('message', (m: { payload: { talkerId: string; text?: string; id: string } }) => {
      if (m.payload.talkerId === this.botUser.id) this.record(room.id, m.payload);
    });
    return room;
  }

  private record(chatId: string, payload: { text?: string; id: string }): void {
    const json = this.mocker.cacheFileBoxPayload.get(payload.id) as { name: string; base64?: string } | undefined;
    this.seen.push({ chatId, text: payload.text ?? '', file: json ? { name: json.name, base64: json.base64 ?? '' } : undefined, at: this.clock?.now() ?? Date.now() });
  }

  /**
   * A person sends a file (a .xlsx export) into a room or to the bot, as WeChat delivers one: a
   * message of type Attachment. (The mock's own `say(fileBox)` types only .txt/.doc/.pdf so.)
   */
  sendFile(from: ContactMock, to: RoomMock | ContactMock, box: FileBox): void {
    // WeChat names the file in the message itself (wechat4u: the appmsg title), before any download.
    this.deliver(from, to, { type: types.Message.Attachment, filename: box.name }, box);
  }

  /**
   * WeChat's own 「#接龙」 built with the chain button: a message of type GroupNote whose text is the
   * chain (what wechat4u hands on: the note's title).
   */
  sendGroupNote(from: ContactMock, to: RoomMock, text: string): void {
    this.deliver(from, to, { type: types.Message.GroupNote, text });
  }

  private deliver(from: ContactMock, to: RoomMock | ContactMock, fields: { type: types.Message; filename?: string; text?: string }, box?: FileBox): void {
    const id = `msg-${++this.files}-${Date.now()}`;
    if (box) this.mocker.cacheFileBoxPayload.set(id, box.toJSON());
    const base = { id, talkerId: from.id, timestamp: Date.now(), ...fields };
    const payload = 'memberIdList' in to.payload ? { ...base, roomId: to.id, mentionIdList: [] } : { ...base, listenerId: to.id };
    const msg = this.mocker.MessageMock.create(payload as never);
    this.puppet.emit('message', { messageId: msg.id });
  }
  private files = 0;

  /** The bot's messages in a chat (room or person). */
  to(chat: { id: string }): Seen[] {
    return this.seen.filter((s) => s.chatId === chat.id);
  }

  /** Waits until the bot has sent `n` messages to a chat (or fails after a while), and returns them. */
  async expectFrom(chat: { id: string }, n: number, timeoutMs = 15_000): Promise<Seen[]> {
    await until(() => this.to(chat).length >= n, timeoutMs, () => `bot sent ${this.to(chat).length} of ${n} messages to ${chat.id}: ${JSON.stringify(this.to(chat))}`);
    return this.to(chat);
  }

  async dispose(): Promise<void> {
    await this.app.stop(0);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Polls until a condition holds. */
export async function until(cond: () => boolean, timeoutMs = 15_000, why: () => string = () => 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${why()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
