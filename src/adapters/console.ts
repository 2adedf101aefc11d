import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Incoming, IncomingFile, OutgoingMessage } from '../kernel/types.js';
import { FileTooBig, type Adapter, type MessageSink } from '../outbox/port.js';

/** Who says a line of the terminal's chat written without a name. */
export const CONSOLE_RESIDENT = '居民';

/** The group the console plays when a line names none. */
export const CONSOLE_GROUP = '控制台群';

/** The console's private chats are named for the person: "private:alice". */
const PRIVATE = 'private:';
const privateChatOf = (userId: string): string => `${PRIVATE}${userId}`;

export interface ConsoleSent {
  /** The bot's message id, as shown: "#12". Replies use it: `alice ^12: 接`. */
  id: string;
  chatId: string;
  isGroup: boolean;
  text: string;
  replyTo?: string;
  mentions?: string[];
  file?: { name: string; data: Buffer; path?: string };
  /** A picture (a bulletin card, PNG), written beside files when there is an export folder. */
  image?: { name: string; data: Buffer; path?: string };
}

// name [chat] (private) ^id: text     — every part but name and text is optional
// `name +file(path/to/x.xlsx): text` attaches a file (read from disk) to the message.
const ATTACH = /\s*\+file\(([^)]+)\)/;
const LINE = /^([^:：[(^]+?)\s*(?:\[([^\]]+)\])?\s*(\((?:private|私聊)\))?\s*(?:\^(\d+))?\s*[:：]\s?(.*)$/;

/** What stands before a colon in a pasted message ("my father collapsed, please help: 4-501"), not a name. */
const looksLikeSentence = (name: string): boolean => name.trim().length > 20 || /[,，。.!！?？、;；]|https?$/i.test(name);

/** A missing file arrives empty, so the bot answers that it cannot read it instead of the console stopping. */
function readAttachment(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * A chat in the terminal. Each line is `name: text` from a person in the group; `name (private): text`
 * is a private chat with the bot; `name ^12: text` replies to the bot's message #12; `name [楼5群]: text`
 * speaks in another group. `\n` in a line is a line break (for a pasted 接龙 chain).
 */
export class ConsoleAdapter implements Adapter {
  readonly platform = 'console' as const;
  readonly botNames = ['linli', '邻里', '邻里助手'];
  readonly sent: ConsoleSent[] = [];
  private counter = 0;
  private readonly runId = Date.now().toString(36);

  constructor(
    private readonly opts: {
      print?: (line: string) => void;
      exportDir?: string;
      now?: () => number;
      /** Who says a line written without "name:" (the terminal's own chat); without it such lines are skipped. */
      anonymous?: string;
    } = {},
  ) {}

  privateChatOf = privateChatOf;
  isGroupChatId = (chatId: string): boolean => !chatId.startsWith(PRIVATE);

  async start(_sink: MessageSink): Promise<void> {}
  async stop(): Promise<void> {}

  /**
   * Turns a typed line into a message, or undefined for blank lines and comments. A line without
   * "name:" is said in the group by the `anonymous` person when there is one, else skipped.
   */
  parseLine(line: string): Incoming | undefined {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return undefined;
    const attach = ATTACH.exec(line);
    const colon = line.search(/[:：]/);
    let filePath: string | undefined;
    if (attach && colon > attach.index) {
      filePath = attach[1]!.trim();
      line = line.slice(0, attach.index) + line.slice(attach.index + attach[0].length);
    }
    const m = LINE.exec(line);
    const named = m && !(this.opts.anonymous && looksLikeSentence(m[1]!));
    if (!named && !this.opts.anonymous) return undefined;
    const [, name, chat, priv, replyTo, body] = named ? m : [line, this.opts.anonymous!, undefined, undefined, undefined, line];
    const sender = name!.trim();
    const text = body!.replace(/\\n/g, '\n');
    const mentions = [...text.matchAll(/@([^\s@:：,,]+)/g)]
      .map((x) => x[1]!)
      .filter((n) => !this.botNames.includes(n))
      .map((n) => ({ userId: n, name: n }));
    const isGroup = !priv;
    return {
      platform: 'console',
      chatId: isGroup ? (chat?.trim() ?? CONSOLE_GROUP) : privateChatOf(sender),
      chatTitle: isGroup ? (chat?.trim() ?? CONSOLE_GROUP) : undefined,
      isGroup,
      senderId: sender,
      senderName: sender,
      senderPrivateChatId: privateChatOf(sender),
      text,
      messageId: `${this.runId}-${++this.counter}`,
      replyToMessageId: replyTo,
      mentionsBot: this.botNames.some((n) => text.includes(`@${n}`)),
      mentions: mentions.length > 0 ? mentions : undefined,
      file: filePath ? this.attachment(filePath) : undefined,
      time: this.opts.now?.() ?? Date.now(),
    };
  }

  /** The file a line attaches: the operator's own local file, so it is at hand at once. */
  private attachment(path: string): IncomingFile {
    const data = readAttachment(path);
    return { name: basename(path), data, size: data.length, ref: path };
  }

  /** The attached file again, when a step waits for it (read from disk once more). */
  async fetchFile(file: IncomingFile, maxBytes: number): Promise<Buffer> {
    const data = file.ref ? readAttachment(file.ref) : Buffer.alloc(0);
    if (data.length > maxBytes) throw new FileTooBig(`${data.length} bytes`);
    return data;
  }

  async send(msg: OutgoingMessage): Promise<string[]> {
    // The outbox id is unique and survives restarts, so it serves as the console message id.
    const id = String(msg.outboxId);
    const isGroup = this.isGroupChatId(msg.chatId);
    const record: ConsoleSent = { id, chatId: msg.chatId, isGroup, text: msg.text, replyTo: msg.replyTo, mentions: msg.mentions };
    for (const kind of ['file', 'image'] as const) {
      const attached = msg[kind];
      if (!attached) continue;
      const kept: { name: string; data: Buffer; path?: string } = { ...attached };
      if (this.opts.exportDir) {
        mkdirSync(this.opts.exportDir, { recursive: true });
        kept.path = join(this.opts.exportDir, `${id}-${attached.name}`);
        writeFileSync(kept.path, attached.data);
      }
      record[kind] = kept;
    }
    this.sent.push(record);
    if (this.opts.print) {
      const where = isGroup ? msg.chatId : `${msg.chatId.slice(PRIVATE.length)} (私聊)`;
      const mentions = msg.mentions?.length ? msg.mentions.map((m) => `@${m} `).join('') : '';
      const lines = `${mentions}${msg.text}`.split('\n');
      this.opts.print(`[#${id}] linli → ${where}: ${lines[0]}`);
      for (const line of lines.slice(1)) this.opts.print(`    ${line}`);
      if (record.file) this.opts.print(`    📎 ${record.file.path ?? record.file.name}`);
      if (record.image) this.opts.print(`    🖼 ${record.image.path ?? record.image.name}`);
    }
    return [id];
  }
}
