import type { Deps } from '../services/deps.js';
import type { Incoming, OutgoingMessage, Platform } from '../kernel/types.js';

/** What an adapter does with an incoming message: hand it on and wait until it is committed. */
export type MessageSink = (msg: Incoming) => Promise<unknown>;

/**
 * A send that failed. `retryAfterMs` when the platform said when to try again (Telegram's 429);
 * `pausePlatform` when the whole account must rest (WeChat's "操作过于频繁"); `permanent` when
 * retrying cannot help (the bot was removed from the chat).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly opts: { retryAfterMs?: number; permanent?: boolean; pausePlatform?: boolean } = {},
  ) {
    super(message);
  }
}

/**
 * The only code that knows a platform SDK. It turns platform events into `Incoming` and sends
 * `OutgoingMessage`s, returning the platform ids of what it posted (several when split).
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
  stop(): Promise<void>;
}
