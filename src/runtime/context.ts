import type { Db } from '../db/open.js';
import { entryOf, t, type MessageKey, type Params } from '../kernel/catalogue.js';
import type { Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import type { Logger } from '../kernel/log.js';
import type { Role } from '../kernel/roles.js';
import type { ChatAddress, Incoming, Lang } from '../kernel/types.js';
import { enqueue, PRIORITY, type Fallback, type SendOptions } from '../outbox/store.js';
import { appendAudit } from '../services/audit.js';
import { groupsWhereWrote, isGone, type Chat, type Community } from '../services/communities.js';
import type { Deps } from '../services/deps.js';
import { privateAddress, qualifiedId, secretariesOf, type Member, type RoleGrant } from '../services/members.js';
import './messages.js';
import type { AnyCommand } from './command.js';
import type { Registry } from './registry.js';
import { startPayload } from './start.js';

export type { Deps };

/**
 * What may be said in a group when a person cannot be written to privately: a message without the
 * private detail (its text has {startLink}, filled with a link that continues privately at `start`).
 */
export interface InGroup {
  key: MessageKey;
  params?: Params;
  /** The flow the private chat resumes (`task_3`, `med_23`): src/runtime/start.ts. */
  start?: string;
}

/** The language to write to a member or a chat in, when they did not just write to us. */
export const langOfMember = (m: Pick<Member, 'lang'>): Lang => m.lang ?? 'zh-CN';
export const langOfChat = (c: Pick<Chat, 'lang'>): Lang => c.lang ?? 'zh-CN';

/**
 * What a job (a reminder, a scheduled bulletin) can do: read and write the database and queue
 * messages, all inside the transaction the job runs in.
 */
export class JobCtx implements Deps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
  readonly log: Logger;

  readonly privateChatLink: Deps['privateChatLink'];
  readonly deskUrl: Deps['deskUrl'];

  constructor(
    deps: Deps,
    /** Every capability: how one reaches the others (their bulletin sections, personal data, commands). */
    readonly registry: Registry,
  ) {
    this.db = deps.db;
    this.clock = deps.clock;
    this.config = deps.config;
    this.log = deps.log;
    this.privateChatLink = deps.privateChatLink;
    this.deskUrl = deps.deskUrl;
  }

  now(): number {
    return this.clock.now();
  }

  t(lang: Lang, key: MessageKey, params?: Params): string {
    return t(lang, key, params);
  }

  /** Queues a message to any chat. */
  send(to: ChatAddress, text: string, opts: SendOptions = {}): number {
    return enqueue(this.db, to, text, opts, this.now());
  }

  /** Posts a catalogue message into a group chat, in the group's language. */
  post(chat: Chat, key: MessageKey, params?: Params, opts: SendOptions = {}): number {
    return this.send({ platform: chat.platform, chatId: chat.chat_id }, t(langOfChat(chat), key, params), opts);
  }

  /**
   * Tells one member something privately, in their language. Nobody is silently unreachable: when
   * the platform gives no private way to them (a Telegram user who never started the bot, one who
   * blocked it, a WeChat stranger) and `inGroup` says what may be said in a group, it is said in the
   * group they last wrote in, @-mentioning them, with a link that continues privately, and the
   * audit trail records it; a private message that fails later for that reason falls back the same
   * way (src/outbox/worker.ts). Returns false only when they could not be reached at all.
   */
  tell(member: Member, key: MessageKey, params?: Params, opts: SendOptions & { inGroup?: InGroup } = {}): boolean {
    const { inGroup, ...sendOpts } = opts;
    const fallback = inGroup ? this.fallbackFor(member, inGroup) : undefined;
    const to = privateAddress(member);
    if (to && !isGone(this.db, to.platform, to.chatId)) {
      this.send(to, t(langOfMember(member), key, params), { ...sendOpts, fallback });
      return true;
    }
    if (!fallback) return false;
    this.send(fallback, fallback.text, { mentions: fallback.mentions, priority: sendOpts.priority });
    this.audit({ actorMemberId: null, communityId: fallback.communityId, action: 'member.reachedInGroup', recordKind: 'member', recordId: member.id, platform: fallback.platform, chatId: fallback.chatId });
    return true;
  }

  /** The group post standing in for a private message to a member, in the group they last wrote in (of their community first). */
  private fallbackFor(member: Member, inGroup: InGroup): Fallback | undefined {
    const chat = groupsWhereWrote(this.db, [member.id], member.community_id)[0] ?? groupsWhereWrote(this.db, [member.id])[0];
    if (!chat) return undefined;
    const lang = langOfChat(chat);
    const link = this.privateChatLink?.(member.platform, inGroup.start);
    const text = t(lang, inGroup.key, { ...inGroup.params, startLink: link ? t(lang, 'core.startLink', { link }) : t(lang, 'core.startLinkNone') });
    return { platform: chat.platform, chatId: chat.chat_id, text, mentions: [member.user_id], memberId: member.id, communityId: chat.community_id };
  }

  /** The secretaries of a community (granted the role there, or in LINLI_ADMINS), to tell them something privately. */
  secretaries(communityId: number): Member[] {
    return secretariesOf(this.db, this.config.admins, communityId);
  }

  /** Whether a member is a secretary of every community, by LINLI_ADMINS. Checked by id, never by name. */
  isAdmin(member: Pick<Member, 'platform' | 'user_id'>): boolean {
    return this.config.admins.includes(qualifiedId(member));
  }

  audit(entry: Parameters<typeof appendAudit>[1]): void {
    appendAudit(this.db, entry, this.now());
  }
}

/**
 * Acting as one member of a community: who they are, their roles there, the language to answer in,
 * and the audit of what they do. A message in a chat (Ctx) and a session at the desk (src/desk)
 * both act as a member; the policy (src/runtime/policy.ts) decides for either the same way.
 */
export class MemberCtx extends JobCtx {
  constructor(
    deps: Deps,
    registry: Registry,
    readonly member: Member,
    readonly community: Community | null,
    readonly roles: RoleGrant[],
    /** The language to answer in: the script the person wrote in, or the one they read. */
    readonly lang: Lang,
    /** Where the member acts from, for the audit trail: a chat, or the desk. */
    private readonly origin: { platform: string; chatId?: string },
  ) {
    super(deps, registry);
  }

  /** The message in the member's language. */
  text(key: MessageKey, params?: Params): string {
    return t(this.lang, key, params);
  }

  /** Whether the member holds a role here (secretaries by LINLI_ADMINS or by grant hold every role). */
  has(role: Role, scope?: string): boolean {
    if (role === 'resident') return true;
    if (this.isSecretary) return true;
    return this.roles.some((g) => g.role === role && (scope === undefined || g.scope === scope || g.scope === ''));
  }

  get isSecretary(): boolean {
    return this.isAdmin(this.member) || this.roles.some((g) => g.role === 'secretary');
  }

  /** Audits a change made by the member, from where they act. */
  record(action: string, recordKind?: string, recordId?: string | number, detail?: string): void {
    this.audit({
      actorMemberId: this.member.id,
      communityId: this.community?.id ?? null,
      action,
      recordKind,
      recordId,
      platform: this.origin.platform,
      chatId: this.origin.chatId,
      detail,
    });
  }
}

/** A member context with a community (a command that needs one, the desk). */
export type CommunityMemberCtx = MemberCtx & { readonly community: Community };

/** Everything a command handler gets for one incoming message. */
export class Ctx extends MemberCtx {
  constructor(
    deps: Deps,
    registry: Registry,
    readonly msg: Incoming,
    readonly chat: Chat,
    member: Member,
    community: Community | null,
    roles: RoleGrant[],
    /** The language to answer this message in: the script the person wrote in. */
    lang: Lang,
    /** Row id of this message in incoming_messages. */
    readonly incomingId: number,
  ) {
    super(deps, registry, member, community, roles, lang, { platform: msg.platform, chatId: msg.chatId });
  }

  get here(): ChatAddress {
    return { platform: this.msg.platform, chatId: this.msg.chatId };
  }

  get isGroup(): boolean {
    return this.msg.isGroup;
  }

  /** The message is a tap on a button (src/kernel/types.ts, Incoming.tap). */
  get tapped(): boolean {
    return this.msg.tap !== undefined;
  }

  /** The command this message runs, once the dispatcher has chosen it (a link to continue privately resumes it). */
  command: AnyCommand | undefined;

  /**
   * The message in the asker's language. Messages that ask a person to open a private chat carry
   * {startLink}: the platform's link, if any, resuming the flow `startPayload` names (by default
   * the command running: src/runtime/start.ts).
   */
  override text(key: MessageKey, params?: Params): string {
    if (!entryOf(key)['zh-CN'].includes('{startLink}')) return t(this.lang, key, params);
    const { startPayload, ...rest } = params ?? {};
    const link = this.privateChatLink?.(this.msg.platform, startPayload === undefined ? this.startPayload() : String(startPayload));
    const startLink = link ? t(this.lang, 'core.startLink', { link }) : '';
    return t(this.lang, key, { startLink, ...rest });
  }

  /** The payload of a link that continues the running command privately: its name. */
  private startPayload(): string | undefined {
    return this.command ? startPayload(this.command.name) : undefined;
  }

  /** Answers in this chat, as a reply to the message. */
  reply(key: MessageKey, params?: Params, opts: SendOptions = {}): number {
    return this.replyText(this.text(key, params), opts);
  }

  /**
   * Answers with text already composed (from catalogue parts). A tap in a group is answered to the
   * person who tapped alone (a toast): the group does not hear what was said to one person.
   */
  replyText(text: string, opts: SendOptions = {}): number {
    if (this.msg.tap && this.isGroup) return this.send(this.here, text, { tapId: this.msg.tap.id, sourceMessageId: this.incomingId, priority: opts.priority });
    return this.send(this.here, text, { replyTo: this.msg.tap ? undefined : this.msg.messageId, sourceMessageId: this.incomingId, ...opts });
  }

  /**
   * A short confirmation. In a group it may be merged with other confirmations for the group
   * (the outbox coalesces them so a 接龙 burst does not flood the chat); in private it is a reply.
   */
  ack(key: MessageKey, params?: Params): number {
    return this.replyText(this.text(key, params), { coalesce: this.isGroup });
  }

  /**
   * Answers privately: in a private chat, a reply; in a group, a private message to the asker.
   * Returns false if the platform gives no private way yet (the caller then says how to open one).
   */
  replyPrivately(key: MessageKey, params?: Params, opts: SendOptions = {}): boolean {
    return this.replyPrivatelyText(this.text(key, params), opts);
  }

  replyPrivatelyText(text: string, opts: SendOptions = {}): boolean {
    if (!this.isGroup) {
      this.replyText(text, opts);
      return true;
    }
    const to = privateAddress(this.member);
    if (!to) return false;
    this.send(to, text, { sourceMessageId: this.incomingId, ...opts });
    return true;
  }

  /**
   * Answers privately, the one way: in a private chat a reply; from a group a private message, and
   * the group hears `saidInGroup` ("sent to you privately") or, when the platform gives no private
   * way yet, how to open a private chat. Returns whether it went.
   */
  answerPrivately(text: string, opts: SendOptions & { saidInGroup?: MessageKey } = {}): boolean {
    const { saidInGroup, ...sendOpts } = opts;
    if (!this.replyPrivatelyText(text, sendOpts)) {
      this.reply('core.startPrivate');
      return false;
    }
    if (this.isGroup && saidInGroup) this.reply(saidInGroup);
    return true;
  }
}

export { PRIORITY };
