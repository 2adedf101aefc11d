import { t } from '../kernel/catalogue.js';
import type { Incoming, Lang } from '../kernel/types.js';
import { communityById, upsertChat, type Chat } from '../services/communities.js';
import { endConversation, loadConversation, type Conversation } from '../services/conversations.js';
import { enqueue, tapAnswered } from '../outbox/store.js';
import { markHandled, recordIncoming, setSender } from '../services/inbox.js';
import { rolesOf, setLang, upsertMember, type Member } from '../services/members.js';
import { readingArgs, type ParsedArgs } from './args.js';
import type { AnyCommand, ParseContext } from './command.js';
import { Ctx, type Deps } from './context.js';
import { UserError } from './errors.js';
import { withFile } from './files/step.js';
import { FloodGuard } from './flood.js';
import { Pending } from './pending.js';
import { decide as decideFor, decideRoles } from './policy.js';
import type { Registry } from './registry.js';
import type { Prepared } from './router.js';
import { replyRef, situationOf } from './situation.js';
import { thanksAlone } from './small-talk.js';
import { resumedText } from './start.js';
import { decide, type Decision, type OpenGroupBuy, type Reading } from './understand.js';

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

// The whole answer a giving up: 「取消」, 「算了 不配了」, 「不用了 谢谢」, "never mind".
const CANCEL = /^(?:算了|那|那就|好吧|哦|嗯)?[\s,,。]*(?:取消|算了|不要了|不用了|不配了|不买了|不需要了|不弄了|勿要了|覅了|唔使了|cancel|stop|never ?mind|forget it)(?:吧|啊|哦|呢)?[\s,,。.!!]*(?:谢谢(?:你|您|啦)?|thanks?(?: you)?)?[\s,,。.!!]*$/i;

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

  /** The runtime's own questions: a likely reading confirmed with 「是」, choices, which community. */
  private readonly pending: Pending;

  constructor(
    private readonly deps: Deps,
    private readonly registry: Registry,
  ) {
    const perMinute = deps.config.floodPerMinute;
    this.flood = perMinute > 0 ? new FloodGuard(perMinute, perMinute) : undefined;
    this.pending = new Pending(registry, {
      run: (ctx, command, args, via) => this.run(ctx, command, args, via, true),
      reply: (ctx, ref, text) => this.reply(ctx, text, ref),
      refresh: (ctx, member) => this.ctx(ctx.msg, ctx.chat, member, ctx.lang, ctx.incomingId),
    });
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

    // The text is normalised here, once: every route below reads prepared.text.
    // A private chat opened by a link that continues a flow (/start medinfo_23) is that flow's command.
    const text = (!msg.isGroup && resumedText(msg.text, (n) => this.registry.router.commandNamed(n))) || msg.text;
    const prepared = this.registry.router.read({ text, isGroup: msg.isGroup, mentionsBot: msg.mentionsBot, knownLang: member.lang ?? undefined });
    // A tap's text is the button's reply ("接"), not the person's own words: it says nothing of their language.
    const written = msg.tap ? undefined : prepared.lang;
    const lang: Lang = written ?? member.lang ?? chat.lang ?? 'zh-CN';
    const ctx = this.ctx(msg, chat, member, lang, incomingId);
    // Only messages for the bot count against the flood limit: chatter in a busy group costs nothing.
    const forBot = prepared.kind === 'command' || !msg.isGroup || prepared.addressed || msg.replyToMessageId !== undefined;
    const flooded = forBot ? this.flooded(ctx) : undefined;
    if (flooded) return this.done(incomingId, flooded.status, flooded.as);
    // A voice message holds nothing to read: asked to type (in their last language), privately; silence in a group.
    if (msg.voice && msg.text.trim() === '') {
      if (msg.isGroup) return this.done(incomingId, 'ignored', 'voice');
      ctx.reply('core.voice');
      return this.done(incomingId, 'handled', 'voice');
    }
    // The language a member writes in is remembered for later private messages (a handler may
    // put it back, e.g. for a translator writing English); a refused message changes nothing.
    const languageChanged = written !== undefined && written !== member.lang;
    if (languageChanged) setLang(db, member.id, written);
    // A file is decided before anything is downloaded (src/runtime/files/step.ts); free text in a
    // group is for the bot only once it is understood as something to do.
    const result = withFile(ctx, prepared.kind === 'command', () => this.route(ctx, prepared, forBot ? () => undefined : () => this.flooded(ctx)));
    if (languageChanged && result.status === 'refused') setLang(db, member.id, member.lang);
    // A tap is always answered (the person's app shows a spinner until it is), if only with nothing.
    if (msg.tap && !tapAnswered(db, msg.platform, msg.tap.id)) enqueue(db, ctx.here, '', { tapId: msg.tap.id, sourceMessageId: incomingId }, now);
    return this.done(incomingId, result.status, result.as);
  }

  /** The flood guard's verdict on one more message for the bot; secretaries work in bulk and are not slowed. */
  private flooded(ctx: Ctx): Routed | undefined {
    if (!this.flood || ctx.isSecretary) return undefined;
    const verdict = this.flood.take(ctx.member.id, ctx.now());
    if (verdict === 'pass') return undefined;
    if (verdict === 'notice') ctx.reply('core.slowDown');
    return { status: verdict === 'notice' ? 'refused' : 'ignored', as: 'flood' };
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
   * The one place that decides which route a message takes. A slash command runs as written. Free
   * text is read by every recogniser in its situation (src/runtime/understand.ts) and one decision
   * is taken: a reply to a bot post goes to its handler when that reading leads (a thank-you reads
   * as nothing and gets silence); danger to someone now interrupts anything; an open conversation
   * takes its answer; then the decision: act, ask, silence in a busy group, or a best guess with
   * choices where the person is talking to the bot.
   */
  private route(ctx: Ctx, prepared: Prepared, gate: () => Routed | undefined): Routed {
    if (prepared.kind === 'command') return this.run(ctx, prepared.command, prepared.args, 'slash', prepared.addressed);
    if (prepared.kind === 'none') return this.notForACommand(ctx, prepared.reason);
    const text = prepared.text;
    const conversation = loadConversation(ctx.db, ctx.member.id, ctx.here, ctx.now());
    const situation = situationOf(ctx, prepared.addressed, conversation, (c) => this.openGroupBuys(c), (c) => this.ownOpen(c));
    // A reply to a post whose kind has no recogniser of its own is read by its handler first, as always.
    if (situation.replyTo && !this.registry.router.recognisers.replies.has(situation.replyTo.kind)) {
      const reply = this.reply(ctx, text);
      if (reply) return reply;
    }
    const understanding = this.registry.router.understand(text, situation, prepared.lang);
    let decision = understanding.decision;
    const lead = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
    if (lead?.via === 'reply' && situation.replyTo) {
      // Likely but not clear ("我不要了 把我那行删掉吧" under the chain): asked first, completed by 「是」.
      if (decision.kind === 'ask') return this.pending.askReply(ctx, situation.replyTo, text);
      const reply = this.reply(ctx, text);
      if (reply) return reply;
      decision = decide(understanding.readings.filter((r) => r.via !== 'reply'), situation);
    }
    const reading = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
    const command = reading ? this.registry.router.commandByName(reading.command) : undefined;
    // Danger to someone now is never taken for the answer to a question.
    if (!(command && (command.priority ?? 0) >= 100) && conversation) {
      const answered = this.converse(ctx, conversation, text, decision);
      if (answered) return answered;
    }
    if (decision.kind === 'silence') return { status: 'ignored', as: 'chatter' };
    const stopped = gate();
    if (stopped) return stopped;
    if (decision.kind === 'guess') return this.pending.guess(ctx, decision.choices, prepared.addressed, situation);
    const p: ParseContext = { lang: ctx.lang, isGroup: ctx.isGroup, addressed: prepared.addressed };
    const args = readingArgs(command!, reading!, p);
    if (decision.kind === 'ask') return this.pending.ask(ctx, command!, reading!, args, decision.then);
    return this.run(ctx, command!, args, reading!.via, prepared.addressed);
  }

  /** The open group-buys every capability knows of where this message was written. */
  private ownOpen(ctx: Ctx): string[] {
    return this.registry.capabilities.filter((c) => c.ownOpen?.(ctx)).map((c) => c.name);
  }

  private openGroupBuys(ctx: Ctx): OpenGroupBuy[] {
    return this.registry.capabilities.flatMap((c) => c.openGroupBuys?.(ctx) ?? []);
  }

  /**
   * A reply to a message the bot posted about a record: read first, so a thank-you gets silence.
   * `ref` is the post replied to (by default the one this message quotes; a confirmed reply keeps its own).
   */
  private reply(ctx: Ctx, text: string, ref: { kind: string; id: number } | undefined = replyRef(ctx)): Routed | undefined {
    const owned = ref ? this.registry.replyHandlers.get(ref.kind) : undefined;
    if (!ref || !owned) return undefined;
    if (owned.command.needsCommunity && !ctx.community) return undefined;
    const reading: unknown = owned.handler.read(ctx, ref.id, text);
    if (reading === undefined) return undefined;
    const needs = owned.handler.needs?.(reading);
    const decision = needs ? decideRoles(ctx, needs.roles, needs.refusal) : { ok: true as const };
    if (!decision.ok) {
      ctx.reply(decision.key, decision.params);
      return { status: 'refused', as: `reply:${ref.kind}:not-allowed` };
    }
    owned.handler.handle(ctx, ref.id, reading);
    return { status: 'handled', as: `reply:${ref.kind}` };
  }

  /**
   * The next message of an open conversation; it keeps its command's roles ("取消" ends it). The
   * runtime's own questions (「是」 to a likely reading, a choice, which community) are answered here
   * too; an answer that is not one ends them and the message is routed as it reads.
   */
  private converse(ctx: Ctx, conversation: Conversation, text: string, decision: Decision): Routed | undefined {
    if (CANCEL.test(text)) {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      ctx.reply('core.cancelled');
      this.pending.carryOn(ctx);
      return { status: 'handled', as: `conversation:${conversation.kind}:cancel` };
    }
    // 「谢谢侬」 while a question waits: welcomed, and the question still waits (no answer, and no miss counted against it).
    if (!ctx.isGroup && thanksAlone(text)) {
      ctx.reply('core.welcomeQuestionWaits');
      return { status: 'handled', as: `conversation:${conversation.kind}:thanks` };
    }
    // In a busy group the question is not said again for a 「谢谢」 (it got "Please reply: mornings, …"): it still waits.
    if (ctx.isGroup && thanksAlone(text)) return { status: 'ignored', as: `conversation:${conversation.kind}:thanks` };
    if (this.pending.owns(conversation.kind)) return this.pending.answer(ctx, conversation, text, decision);
    const owned = this.registry.conversationHandlers.get(conversation.kind);
    if (!owned) return undefined;
    const allowed = decideFor(ctx, owned.command);
    if (!allowed.ok) {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      ctx.reply(allowed.key, allowed.params);
      return { status: 'refused', as: `conversation:${conversation.kind}:not-allowed` };
    }
    const elsewhere = decision.kind === 'act' && decision.reading.command !== owned.command.name;
    if (owned.handler(ctx, conversation.state, text, elsewhere) === 'released') {
      if (elsewhere) return undefined;
      return { status: 'handled', as: `conversation:${conversation.kind}:let-go` };
    }
    this.pending.carryOn(ctx);
    return { status: 'handled', as: `conversation:${conversation.kind}` };
  }

  /** Groups are busy: what is not for the bot gets silence there. */
  private notForACommand(ctx: Ctx, reason: 'empty' | 'unknown-command' | 'other-bot'): Routed {
    if (reason === 'unknown-command') {
      ctx.reply('core.unknownCommand');
      return { status: 'refused', as: 'unknown-command' };
    }
    return { status: 'ignored', as: reason };
  }

  /**
   * Runs a command with its arguments, through the policy. Someone the bot does not know yet who
   * asks in a private chat for something that needs a community is asked which one (and the
   * request is kept until the answer) rather than sent away.
   */
  run(ctx: Ctx, command: AnyCommand, args: ParsedArgs, via: Reading['via'] | 'slash' | 'choice', addressed: boolean): Routed {
    // (A secretary of every community, by LINLI_ADMINS, is told by the policy to bind a group instead.)
    if (command.needsCommunity && !ctx.community && !ctx.isGroup && !ctx.isSecretary) return this.pending.askCommunity(ctx, command, args);
    // Arguments were parsed once this route was chosen; the policy sees them (which building, whose record).
    const decision = decideFor(ctx, command, args.ok ? { args: args.value } : undefined);
    if (!decision.ok) {
      ctx.reply(decision.key, decision.params);
      return { status: 'refused', as: `${command.name}:not-allowed` };
    }
    if (!args.ok) {
      // A phrase that merely looked like a command ("我住院了") is chatter in a busy group.
      if (via !== 'slash' && ctx.isGroup && !addressed) return { status: 'ignored', as: `${command.name}:not-parsed` };
      ctx.reply(args.error.key, args.error.params);
      return { status: 'refused', as: `${command.name}:usage` };
    }
    ctx.command = command;
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
      lang = this.registry.router.read({ text: msg.text.slice(0, MAX_TEXT_LENGTH), isGroup: msg.isGroup }).lang ?? lang;
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
