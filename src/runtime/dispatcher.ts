import { t } from '../kernel/catalogue.js';
import type { Incoming, Lang } from '../kernel/types.js';
import { botMessageRef } from '../outbox/store.js';
import { communityById, upsertChat, type Chat } from '../services/communities.js';
import { endConversation, loadConversation } from '../services/conversations.js';
import { markHandled, recordIncoming, setSender } from '../services/inbox.js';
import { rolesOf, setLang, upsertMember, type Member } from '../services/members.js';
import { Ctx, type Deps } from './context.js';
import { UserError } from './errors.js';
import { withFile } from './files/step.js';
import { FloodGuard } from './flood.js';
import { decide, decideRoles } from './policy.js';
import type { Registry } from './registry.js';
import type { Parsed } from './router.js';

/** Messages longer than this are refused with a reply (a 500-line 接龙 chain is about 15,000). */
export const MAX_TEXT_LENGTH = 30_000;
/** How many messages one group commit takes at most. */
export const MAX_BATCH = 500;

export type Outcome =
  | { status: 'handled'; as: string; incomingId: number }
  | { status: 'ignored'; incomingId: number }
  | { status: 'duplicate' }
  | { status: 'refused' | 'error'; incomingId: number };

type Routed = { status: 'handled' | 'ignored' | 'refused'; as: string };

const CANCEL = /^(取消|算了|不要了|不用了|cancel|stop)$/i;

/**
 * Handles incoming messages exactly once. Each message is recorded in incoming_messages in the same
 * transaction as everything its handler wrote and the replies it queued; a message seen again changes
 * nothing. Messages that arrive together are committed together (group commit): one fsync for a burst.
 */
export class Dispatcher {
  private queue: { msg: Incoming; resolve: (o: Outcome) => void; reject: (e: unknown) => void }[] = [];
  private flushScheduled = false;
  private readonly handleBatchTx: (msgs: Incoming[]) => Outcome[];
  private readonly handleOneTx: (msg: Incoming) => Outcome;

  /** Slows down a member who floods the bot (in memory, per process). */
  readonly flood: FloodGuard | undefined;

  /** Called after each commit, e.g. to wake the outbox worker. */
  onCommit: () => void = () => {};

  constructor(
    private readonly deps: Deps,
    private readonly registry: Registry,
  ) {
    const perMinute = deps.config.floodPerMinute;
    this.flood = perMinute > 0 ? new FloodGuard(perMinute, perMinute) : undefined;
    this.handleOneTx = deps.db.transaction((msg: Incoming) => this.handleOne(msg));
    this.handleBatchTx = deps.db.transaction((msgs: Incoming[]) =>
      msgs.map((msg) => {
        try {
          return this.handleOneTx(msg);
        } catch (err) {
          return this.recordFailure(msg, err);
        }
      }),
    );
  }

  /** Queues a message; resolves once it and its replies are committed. Messages of one tick share a commit. */
  submit(msg: Incoming): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ msg, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Handles messages now, in order, in one transaction. */
  handleNow(msgs: Incoming[]): Outcome[] {
    const outcomes = this.handleBatchTx(msgs);
    this.onCommit();
    return outcomes;
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const outcomes = this.handleBatchTx(batch.map((b) => b.msg));
        batch.forEach((b, i) => b.resolve(outcomes[i]!));
      } catch (err) {
        // The commit itself failed (disk full, database locked): nothing was acknowledged.
        this.deps.log.error({ err }, 'could not commit a batch of incoming messages');
        batch.forEach((b) => b.reject(err));
      }
    }
    this.onCommit();
  }

  private handleOne(msg: Incoming): Outcome {
    const { db } = this.deps;
    const now = this.deps.clock.now();
    const incomingId = recordIncoming(db, msg, now);
    if (incomingId === undefined) return { status: 'duplicate' };

    const { chat, member } = this.identify(msg, now);
    setSender(db, incomingId, member.id);

    if (msg.text.length > MAX_TEXT_LENGTH) {
      const lang = member.lang ?? chat.lang ?? 'zh-CN';
      const ctx = this.ctx(msg, chat, member, lang, incomingId);
      ctx.reply('core.tooLong', { limit: MAX_TEXT_LENGTH });
      return this.done(incomingId, 'refused', 'too-long');
    }

    // The text is normalised here, once: every route below reads parsed.text.
    const parsed = this.registry.router.route({ text: msg.text, isGroup: msg.isGroup, mentionsBot: msg.mentionsBot });
    const lang: Lang = parsed.lang ?? member.lang ?? chat.lang ?? 'zh-CN';
    const ctx = this.ctx(msg, chat, member, lang, incomingId);
    // Only messages for the bot count against the flood limit: chatter in a busy group costs nothing.
    const forBot = parsed.kind === 'command' || !msg.isGroup || parsed.addressed || msg.replyToMessageId !== undefined;
    // Secretaries work in bulk (approving, marking deliveries door by door) and are not slowed.
    if (forBot && this.flood && !ctx.isSecretary) {
      const verdict = this.flood.take(member.id, now);
      if (verdict === 'notice') ctx.reply('core.slowDown');
      if (verdict !== 'pass') return this.done(incomingId, verdict === 'notice' ? 'refused' : 'ignored', 'flood');
    }
    // The language a member writes in is remembered for later private messages (a handler may
    // put it back, e.g. for a translator writing English); a refused message changes nothing.
    const languageChanged = parsed.lang !== undefined && parsed.lang !== member.lang;
    if (languageChanged) setLang(db, member.id, parsed.lang!);
    // A file is decided before anything is downloaded (src/runtime/files/step.ts).
    const result = withFile(ctx, parsed, () => this.route(ctx, parsed));
    if (languageChanged && result.status === 'refused') setLang(db, member.id, member.lang);
    return this.done(incomingId, result.status, result.as);
  }

  private identify(msg: Incoming, now: number): { chat: Chat; member: Member } {
    const chat = upsertChat(
      this.deps.db,
      { platform: msg.platform, chatId: msg.chatId, title: msg.chatTitle, isGroup: msg.isGroup },
      now,
    );
    const member = upsertMember(
      this.deps.db,
      {
        platform: msg.platform,
        userId: msg.senderId,
        displayName: msg.senderName,
        communityId: chat.community_id,
        privateChatId: msg.isGroup ? msg.senderPrivateChatId : msg.chatId,
      },
      now,
    );
    return { chat, member };
  }

  private ctx(msg: Incoming, chat: Chat, member: Member, lang: Lang, incomingId: number): Ctx {
    // A group belongs to the community it is bound to (none until /bind); a private chat to the member's.
    const communityId = msg.isGroup ? chat.community_id : member.community_id;
    const community = communityId === null ? null : (communityById(this.deps.db, communityId) ?? null);
    // In a group not bound yet, the member's roles are those of their own community (so its
    // secretary can /bind it); nothing else can act there until it is bound.
    const roles = rolesOf(this.deps.db, member.id, community?.id ?? member.community_id);
    return new Ctx(this.deps, this.registry, msg, chat, member, community, roles, lang, incomingId);
  }

  private done(incomingId: number, status: 'handled' | 'ignored' | 'refused', as: string): Outcome {
    markHandled(this.deps.db, incomingId, as);
    if (status === 'handled') return { status, as, incomingId };
    return { status, incomingId };
  }

  /**
   * The one place that decides which route a message takes, in this order: a slash command, a reply
   * to a bot message, urgent words (an emergency interrupts anything), an open conversation, a
   * keyword or a recognised free text (a 接龙 chain), and last what is not for the bot.
   */
  private route(ctx: Ctx, parsed: Parsed): Routed {
    if (parsed.kind === 'command' && parsed.via === 'slash') return this.run(ctx, parsed);
    const reply = this.reply(ctx, parsed.text);
    if (reply) return reply;
    if (parsed.kind === 'command' && (parsed.command.priority ?? 0) >= 100) return this.run(ctx, parsed);
    const conversation = this.converse(ctx, parsed.text);
    if (conversation) return conversation;
    if (parsed.kind === 'command') return this.run(ctx, parsed);
    return this.notForACommand(ctx, parsed);
  }

  /** A reply to a message the bot posted about a record: read first, so a thank-you gets silence. */
  private reply(ctx: Ctx, text: string): Routed | undefined {
    if (!ctx.msg.replyToMessageId) return undefined;
    const ref = botMessageRef(ctx.db, ctx.msg.platform, ctx.msg.chatId, ctx.msg.replyToMessageId);
    const owned = ref?.ref_kind ? this.registry.replyHandlers.get(ref.ref_kind) : undefined;
    if (!ref || !owned || ref.ref_id === null) return undefined;
    if (owned.command.needsCommunity && !ctx.community) return undefined;
    const reading: unknown = owned.handler.read(ctx, ref.ref_id, text);
    if (reading === undefined) return undefined;
    const needs = owned.handler.needs?.(reading);
    const decision = needs ? decideRoles(ctx, needs.roles, needs.refusal) : { ok: true as const };
    if (!decision.ok) {
      ctx.reply(decision.key, decision.params);
      return { status: 'refused', as: `reply:${ref.ref_kind}:not-allowed` };
    }
    owned.handler.handle(ctx, ref.ref_id, reading);
    return { status: 'handled', as: `reply:${ref.ref_kind}` };
  }

  /** The next message of an open conversation; it keeps its command's roles ("取消" ends it). */
  private converse(ctx: Ctx, text: string): Routed | undefined {
    const conversation = loadConversation(ctx.db, ctx.member.id, ctx.here, ctx.now());
    const owned = conversation && this.registry.conversationHandlers.get(conversation.kind);
    if (!conversation || !owned) return undefined;
    if (CANCEL.test(text)) {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      ctx.reply('core.cancelled');
      return { status: 'handled', as: `conversation:${conversation.kind}:cancel` };
    }
    const decision = decide(ctx, owned.command);
    if (!decision.ok) {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      ctx.reply(decision.key, decision.params);
      return { status: 'refused', as: `conversation:${conversation.kind}:not-allowed` };
    }
    owned.handler(ctx, conversation.state, text);
    return { status: 'handled', as: `conversation:${conversation.kind}` };
  }

  /** Groups are busy: what is not for the bot gets silence there, unless the bot was addressed. */
  private notForACommand(ctx: Ctx, parsed: Extract<Parsed, { kind: 'none' }>): Routed {
    if (parsed.reason === 'other-bot' || parsed.reason === 'empty') return { status: 'ignored', as: parsed.reason };
    if (parsed.reason === 'unknown-command') {
      ctx.reply('core.unknownCommand');
      return { status: 'refused', as: 'unknown-command' };
    }
    if (!ctx.isGroup || parsed.addressed) {
      ctx.reply('core.shortHelp');
      return { status: 'handled', as: 'short-help' };
    }
    return { status: 'ignored', as: 'chatter' };
  }

  private run(ctx: Ctx, parsed: Extract<Parsed, { kind: 'command' }>): Routed {
    const { command, via } = parsed;
    // Arguments are parsed now that this route is chosen; the policy sees them (which building, whose record).
    const args = parsed.args;
    const decision = decide(ctx, command, args.ok ? { args: args.value } : undefined);
    if (!decision.ok) {
      ctx.reply(decision.key, decision.params);
      return { status: 'refused', as: `${command.name}:not-allowed` };
    }
    if (!args.ok) {
      // A phrase that merely looked like a command ("我住院了") is chatter in a busy group.
      if (via !== 'slash' && ctx.isGroup && !parsed.addressed) return { status: 'ignored', as: `${command.name}:not-parsed` };
      ctx.reply(args.error.key, args.error.params);
      return { status: 'refused', as: `${command.name}:usage` };
    }
    command.handle(ctx, args.value);
    return { status: 'handled', as: command.name };
  }

  /**
   * A message whose handling threw: its writes were rolled back (to the savepoint). It is still
   * recorded as seen, with one reply: the user error's text, or a short apology for a bug.
   */
  private recordFailure(msg: Incoming, err: unknown): Outcome {
    const { db, log } = this.deps;
    const now = this.deps.clock.now();
    const incomingId = recordIncoming(db, msg, now, err instanceof UserError ? `user-error:${err.key}` : 'error');
    if (incomingId === undefined) return { status: 'duplicate' };
    const { chat, member } = this.identify(msg, now);
    let lang: Lang = member.lang ?? 'zh-CN';
    try {
      lang = this.registry.router.route({ text: msg.text.slice(0, MAX_TEXT_LENGTH), isGroup: msg.isGroup }).lang ?? lang;
    } catch {
      // The router itself failed on this text: answer in the member's language.
    }
    const ctx = this.ctx(msg, chat, member, lang, incomingId);
    if (err instanceof UserError) {
      ctx.replyText(t(lang, err.key, err.params));
      return { status: 'refused', incomingId };
    }
    // Never log the text: it may hold a medicine or a phone number.
    log.error({ err, platform: msg.platform, chatId: msg.chatId, messageId: msg.messageId }, 'handler failed');
    ctx.reply('core.error');
    return { status: 'error', incomingId };
  }
}
