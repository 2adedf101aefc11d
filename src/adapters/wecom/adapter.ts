import '../messages.js';
import { secretBox } from '../../kernel/secret-box.js';
import type { OutgoingMessage } from '../../kernel/types.js';
import { SendError, type Adapter, type MessageSink } from '../../outbox/port.js';
import type { Deps } from '../../services/deps.js';
import { robotSealContext, wecomRobotByChat } from '../../services/wecom-robots.js';
import { WecomClient, WecomError } from './api.js';
import { fitImage } from './image.js';

/**
 * WeCom (企业微信) group robots: a platform that only sends. Each chat is one robot, added by a
 * secretary with its webhook address (commands/wecom); the address is opened from its sealed form
 * for each send and never leaves this file (errors carry WeCom's answer, never the address). The
 * outbox splits and paces (src/outbox/limits.ts: 2048 bytes a text, 18 a minute a robot); what
 * WeCom answers becomes the outbox's usual paths:
 * - 93000 / invalid key (robot removed, address reset): the chat is gone, its secretaries are told;
 * - 45009 (too frequent): this robot waits a minute, the others go on;
 * - 5xx, no answer: tried again with the outbox's backoff;
 * - a message WeCom refuses itself: given up, the admins told.
 */
export class WecomAdapter implements Adapter {
  readonly platform = 'wecom' as const;
  /** Nobody writes to a robot: it has no name to be called by. */
  readonly botNames: string[] = [];
  privateChatOf = (): undefined => undefined;
  isGroupChatId = (): boolean => true;
  private deps: Deps | undefined;
  private sent = 0;

  constructor(private readonly opts: { fetch?: typeof fetch; timeoutMs?: number } = {}) {}

  /** Receives nothing; keeps the database to look up each chat's robot. */
  async start(_sink: MessageSink, deps?: Deps): Promise<void> {
    if (!deps) throw new Error('the WeCom adapter needs the database: start(sink, deps)');
    this.deps = deps;
  }

  async stop(): Promise<void> {}

  async send(msg: OutgoingMessage): Promise<string[]> {
    const client = this.client(msg.chatId);
    try {
      if (msg.image) await client.sendImage(await fitImage(msg.image.data));
      else if (msg.file) await client.sendFile(msg.file.name, msg.file.data);
      else if (msg.text.trim() !== '') await client.sendText(msg.text, { mentionAll: msg.urgent === true });
      else return [];
    } catch (err) {
      throw sendError(err);
    }
    // WeCom gives no message id; this one keeps the parts of one message apart in bot_messages.
    return [`wecom-${msg.outboxId}-${++this.sent}`];
  }

  private client(chatId: string): WecomClient {
    const deps = this.deps;
    if (!deps) throw new SendError('the WeCom adapter has not started');
    const robot = wecomRobotByChat(deps.db, chatId);
    if (!robot) throw new SendError('the robot was removed', { chatGone: true, goneNotice: 'wecom.robotGone' });
    // WeCom said its address is no longer valid: not asked again until a secretary adds it anew.
    if (robot.gone_at !== null) throw new SendError('the robot no longer works', { chatGone: true, goneNotice: 'wecom.robotGone' });
    const url = secretBox(deps.config).open(robot.url_sealed, robotSealContext(robot.chat_id));
    if (url === undefined) throw new SendError('the secret key cannot open the stored address', { chatGone: true, goneNotice: 'wecom.keyLost' });
    try {
      return new WecomClient({ url, fetch: this.opts.fetch, timeoutMs: this.opts.timeoutMs });
    } catch {
      throw new SendError('the stored address is not a WeCom robot address', { chatGone: true, goneNotice: 'wecom.robotGone' });
    }
  }
}

/** What WeCom answered, as the outbox takes it. WecomError messages never hold the address. */
function sendError(err: unknown): SendError {
  if (!(err instanceof WecomError)) {
    // fitImage: a picture that cannot be made small enough.
    return new SendError(err instanceof Error ? err.message : 'the message could not be prepared', { permanent: true });
  }
  switch (err.kind) {
    case 'invalid-webhook':
      return new SendError(err.message, { chatGone: true, goneNotice: 'wecom.robotGone' });
    case 'rate-limited':
      return new SendError(err.message, { retryAfterMs: err.retryAfterMs ?? 60_000 });
    case 'bad-message':
      return new SendError(err.message, { permanent: true });
    default:
      return new SendError(err.message, err.permanent ? { permanent: true } : {});
  }
}
