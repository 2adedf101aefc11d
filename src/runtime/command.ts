import type { z } from 'zod';
import type { MessageKey } from '../kernel/catalogue.js';
import type { Role } from '../kernel/roles.js';
import type { Lang, MenuAudience } from '../kernel/types.js';
import type { Community } from '../services/communities.js';
import type { CommunityMemberCtx, Ctx, JobCtx, MemberCtx } from './context.js';
import type { Recognised, Situation } from './understand.js';

/** What the pure parsing step knows about a message (no database). */
export interface ParseContext {
  lang: Lang;
  isGroup: boolean;
  addressed: boolean;
}

/** The context of a command that needs a bound community: the policy has checked there is one. */
export type CommunityCtx = Ctx & { readonly community: Community };

/**
 * A reply to a message the bot posted about a record (a task, a chain, an emergency run). The
 * dispatcher reads it first (a thank-you is not for the bot and gets silence), then checks the
 * roles the reading needs with the policy, then hands it over.
 */
export interface ReplyDef<R = unknown, C extends Ctx = Ctx> {
  /**
   * Reads a reply as free text, without the database (src/runtime/understand.ts): what it asks for,
   * how sure, and the words that decided it. The dispatcher takes the reply route only when this
   * reading wins over the free-text ones (a medicine request quoted under a task post is medicine).
   */
  recognise?(text: string, s: Situation): Recognised | undefined;
  /** The question asked when that reading is likely but not clear (「您是要取消订单吗?」); without it a likely reply is left alone. */
  confirm?: MessageKey;
  /** What the reply asks for, or undefined when it is not for the bot. May read the database, never write. */
  read(ctx: C, refId: number, text: string): R | undefined;
  /** The roles a reading needs (any of them), and the refusal if it should say more than "needs the role"; undefined: anyone. */
  needs?(reading: R): { roles: Role[]; refusal?: MessageKey } | undefined;
  handle(ctx: C, refId: number, reading: R): void;
}

/** Declares a reply handler with its reading's type inferred. */
export const defineReply = <R, C extends Ctx = Ctx>(def: ReplyDef<R, C>): ReplyDef<R, C> => def;

/**
 * Handles the next message of a member who has an open conversation of this kind. The command that
 * declares it is checked again by the policy first: a conversation keeps its command's roles.
 * `elsewhere`: the message reads clearly as a request of another command (「我的信息」 while a medicine
 * question waits). A handler that lets the conversation go returns 'released', and the message is then
 * routed as it reads when it is such a request.
 */
export type ConversationHandler<C extends Ctx = Ctx> = (ctx: C, state: unknown, text: string, elsewhere: boolean) => void | 'released';

/**
 * What a command's parsed arguments touch, declared on the command and checked by the policy
 * (src/runtime/policy.ts) before the handler runs. Every field is optional; see docs/trust.md.
 */
export interface Scope {
  /** The building acted on (as parseBuilding writes it, "5"): a building lead may act only for their own. */
  building?: string;
  /**
   * When no building is named: the buildings the group it happens in serves. A building lead may act
   * there only if one of them is theirs (a recruit call posted in another building's group).
   */
  servedBuildings?: string[];
  /** The member the record belongs to (a group-buy's leader, a request's resident): they may act on it. */
  ownerMemberId?: number;
  /** Roles these arguments need besides the command's own (e.g. ['medicine_team'] to read medicine details). */
  needs?: Role[];
}

/** What a command's scope may read: the member acting (in a chat or at the desk) and the database, never the message. */
export type ScopeCtx<C> = [C] extends [CommunityCtx] ? CommunityMemberCtx : MemberCtx;

/** Runs a durable job when it falls due. */
export type JobHandler = (ctx: JobCtx, payload: unknown) => void;

/**
 * A command, declared in one object: its names in every language, the phrases that trigger it,
 * who may use it, the schema of its arguments, and its handler.
 */
export interface CommandDef<S extends z.ZodType = z.ZodType, C extends Ctx = Ctx> {
  /** Canonical name, used in logs, audit and `npm run parse`. */
  name: string;
  /** Slash names in every language: ['home', '我是', '住址']. Traditional forms are normalised away. */
  aliases: string[];
  /** Whole-message phrases that are this command and nothing else; capture group 1 (if any) is the argument text. */
  keywords?: RegExp[];
  /**
   * Reads free text (src/runtime/understand.ts): what the person wants from this command, how sure,
   * the words that decided it, and the arguments read. Pure: the situation carries what the
   * database knows. Every reading of every command is weighed together before anything is done.
   */
  recognise?: (text: string, s: Situation) => Recognised | Recognised[] | undefined;
  /** Keywords of higher priority are tried first, and a priority >= 100 interrupts an open conversation. */
  priority?: number;
  /**
   * How a likely reading (src/runtime/understand.ts) is confirmed: the question a person answers
   * with 「是」, asked privately when the detail is private; or the command's own way of asking
   * (an emergency asks the group), which may return the request as the 「是」 is to run it (what its
   * question already said need not be said again). Without it a likely reading is not acted on.
   */
  /** `ask` may ask its own question (and return the args the 「是」 completes), or return null: it answered, nothing to ask. */
  confirm?: { question: MessageKey; privately?: boolean; ask?: (ctx: C, args: z.infer<S>) => z.infer<S> | null | void };
  /**
   * Words said while the request waits for something else (a newcomer's door): the request with them
   * added (a further medicine, the count asked for), or undefined when they add nothing to it.
   */
  addTo?: (args: z.infer<S>, text: string) => z.infer<S> | undefined;
  /** The command as one of the choices offered when the bot is not sure what a person meant ("登记配药"). */
  choice?: MessageKey;
  /**
   * Talk written privately that asks nothing of the bot, but to which this command is a kind offer (「我一个人住 有点害怕」:
   * a volunteer's daily call): the message stays talk, and instead of the choices the command's `confirm` question is asked.
   */
  offeredOn?: (text: string) => boolean;
  /**
   * Private talk the bot reads nothing in, from someone this command waits to hear from (the one who called for help,
   * while the call is open: 「他不抽了 现在睡着了」; a volunteer with a task in hand: 「快递送到了」): the arguments it takes
   * them as, and the command runs instead of the choices; undefined when they are not for it.
   */
  takesTalk?: (ctx: C) => string | undefined;
  /** Whether it is worth offering as a choice where the person is (an order only while a group-buy is open). */
  offered?: (s: Situation) => boolean;
  /** Who may use it (any of these); omitted means every member. Secretaries may use everything. */
  roles?: Role[];
  /**
   * What the parsed arguments touch (a building, a record's owner, sensitive details), checked by the
   * policy before the handler runs. It may read the database (e.g. look up a group-buy's leader) but
   * must not write. Omitted means the arguments touch nothing scoped.
   */
  scope?: (args: z.infer<S>, ctx: ScopeCtx<C>) => Scope | undefined;
  /** Whether the chat must be bound to a community first; the handler's context then has one. */
  needsCommunity?: boolean;
  /** One line for /help. */
  help: MessageKey;
  /**
   * Where the command is offered first (src/runtime/menus.ts): the audiences whose command menu
   * (Telegram's "/" list) carries it under its Latin name, with `about`, a few words; `rank` orders
   * the menus and a resident's short /help (the commands everyone may use that have one).
   */
  menu?: { for: MenuAudience[]; about: MessageKey; rank: number };
  /** The role whose part of /help shows a command everyone may use (/done is a volunteer's). */
  helpSection?: Role;
  /** The right form, shown when the arguments are wrong. */
  usage: MessageKey;
  /** Turns the argument text into the argument object (pure); the schema then checks it. */
  parse: (raw: string, p: ParseContext) => unknown;
  args: S;
  handle: (ctx: C, args: z.infer<S>) => void;
  /** Replies to bot messages with these ref kinds come here (the command's needsCommunity applies). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onReply?: Record<string, ReplyDef<any, C>>;
  /** Open conversations of these kinds come here (the command's roles apply). */
  onConversation?: Record<string, ConversationHandler<C>>;
}

/** Declares a command with its argument types inferred from the schema; `needsCommunity: true` gives its handlers a community. */
export function defineCommand<S extends z.ZodType>(def: CommandDef<S, CommunityCtx> & { needsCommunity: true }): CommandDef<S, CommunityCtx>;
export function defineCommand<S extends z.ZodType>(def: CommandDef<S, Ctx> & { needsCommunity?: false }): CommandDef<S, Ctx>;
export function defineCommand(def: AnyCommand): AnyCommand {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<any, any>;

/** Narrows a context to one with a community, for handlers of commands that work without one too. */
export const hasCommunity = (ctx: Ctx): ctx is CommunityCtx => ctx.community !== null;
