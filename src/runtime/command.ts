import type { z } from 'zod';
import type { MessageKey } from './catalogue-index.js';
import type { Ctx, JobCtx } from './context.js';
import type { Role } from '../kernel/roles.js';
import type { Lang } from '../kernel/types.js';

/** What the pure parsing step knows about a message (no database). */
export interface ParseContext {
  lang: Lang;
  isGroup: boolean;
  addressed: boolean;
}

/** Handles a reply to a message the bot posted about a record (a task, a chain, an emergency). */
export type ReplyHandler = (ctx: Ctx, refId: number, text: string) => boolean;

/** Handles the next message of a member who has an open conversation of this kind. */
export type ConversationHandler = (ctx: Ctx, state: unknown, text: string) => void;

/**
 * What a command's parsed arguments touch, declared on the command and checked by the policy
 * (src/core/policy.ts) before the handler runs. Every field is optional; see docs/trust.md.
 */
export interface Scope {
  /** The building acted on (as parseBuilding writes it, "5"): a building lead may act only for their own. */
  building?: string;
  /** The member the record belongs to (a group-buy's leader, a request's resident): they may act on it. */
  ownerMemberId?: number;
  /** Roles these arguments need besides the command's own (e.g. ['medicine_team'] to read medicine details). */
  needs?: Role[];
}

/** Runs a durable job when it falls due. */
export type JobHandler = (ctx: JobCtx, payload: unknown) => void;

/**
 * A capability, declared in one object (one file in commands/): its names in every language,
 * the phrases that trigger it, who may use it, the schema of its arguments, and its handler.
 */
export interface CommandDef<S extends z.ZodType = z.ZodType> {
  /** Canonical name, used in logs, audit and `npm run parse`. */
  name: string;
  /** Slash names in every language: ['home', '我是', '住址']. Traditional forms are normalised away. */
  aliases: string[];
  /** Whole-message phrases that trigger it without a slash; capture group 1 (if any) is the argument text. */
  keywords?: RegExp[];
  /** Free-text recogniser tried after keywords (e.g. a copied 接龙 chain); returns the argument text. */
  detect?: (text: string, p: ParseContext) => string | undefined;
  /** Keywords of higher priority are tried first, and a priority >= 100 interrupts an open conversation. */
  priority?: number;
  /** Who may use it (any of these); omitted means every member. Secretaries may use everything. */
  roles?: Role[];
  /**
   * What the parsed arguments touch (a building, a record's owner, sensitive details), checked by the
   * policy before the handler runs. It may read the database (e.g. look up a group-buy's leader) but
   * must not write. Omitted means the arguments touch nothing scoped.
   */
  scope?: (args: z.infer<S>, ctx: Ctx) => Scope | undefined;
  /** Whether the chat must be bound to a community first. */
  needsCommunity?: boolean;
  /** One line for /help. */
  help: MessageKey;
  /** The right form, shown when the arguments are wrong. */
  usage: MessageKey;
  /** Turns the argument text into the argument object (pure); the schema then checks it. */
  parse: (raw: string, p: ParseContext) => unknown;
  args: S;
  handle: (ctx: Ctx, args: z.infer<S>) => void;
  /** Replies to bot messages with these ref kinds come here. */
  onReply?: Record<string, ReplyHandler>;
  /** Open conversations of these kinds come here. */
  onConversation?: Record<string, ConversationHandler>;
  /** Durable jobs of these kinds come here. */
  jobs?: Record<string, JobHandler>;
}

/** Declares a command with its argument types inferred from the schema. */
export function defineCommand<S extends z.ZodType>(def: CommandDef<S>): CommandDef<S> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<any>;
