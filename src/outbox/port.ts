import type { MessageKey } from '../kernel/catalogue.js';
import type { Deps } from '../services/deps.js';
import type { Incoming, IncomingFile, OutgoingMessage, Platform } from '../kernel/types.js';

/** What an adapter does with an incoming message: hand it on and wait until it is committed. */
export type MessageSink = (msg: Incoming) => Promise<unknown>;

/**
 * A send that failed. `retryAfterMs` when the platform said when to try again (Telegram's 429, for
 * that chat only); `pausePlatform` when the whole account must rest (WeChat's "操作过于频繁");
 * `chatGone` when the bot can no longer write to the chat (removed from the group, blocked by the
 * person), with `goneNotice` when the secretaries must be told something else than the usual
 * (a WeCom robot is added again with a new address, not re-invited); `permanent` when the platform
 * refuses this message itself. Anything else is taken as passing (5xx, no connection) and tried
 * again until it goes out.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly opts: { retryAfterMs?: number; permanent?: boolean; pausePlatform?: boolean; chatGone?: boolean; goneNotice?: MessageKey } = {},
  ) {
    super(message);
  }
}

/** A file larger than the caller would take: the download stopped there (src/runtime/files/intake.ts). */
export class FileTooBig extends Error {}

/**
 * The only code that knows a platform SDK. It turns platform events into `Incoming` and sends
 * `OutgoingMessage`s, each one platform message (the outbox splits long texts: src/outbox/parts.ts),
 * returning the platform id of what it posted.
 */
export interface Adapter {
  readonly platform: Platform;
  /** Names the bot is @-mentioned by, for the router to strip. */
  readonly botNames: string[];
  /** Where a person opens a private chat with the bot, when the platform has such a link (Telegram's t.me). */
  readonly privateChatLink?: string;
  /**
   * The private chat with a person the bot has not heard from privately (an admin named in
   * LINLI_ADMINS): the platform's own address format, known to the adapter alone.
   */
  privateChatOf(userId: string): string | undefined;
  /** Whether a chat id names a group, for a chat the bot has not seen yet (its shape on the platform). */
  isGroupChatId(chatId: string): boolean;
  /** `deps` for adapters that keep platform state in the database (WeChat's quote and id maps). */
  start(sink: MessageSink, deps?: Deps): Promise<void>;
  send(msg: OutgoingMessage): Promise<string[]>;
  /**
   * Downloads a file a message brought (its `ref`), only when a step waits for it, and stops with
   * FileTooBig as soon as more than `maxBytes` have come.
   */
  fetchFile?(file: IncomingFile, maxBytes: number): Promise<Buffer>;
  stop(): Promise<void>;
}
