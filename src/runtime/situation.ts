import { doorKey } from '../kernel/fields/door.js';
import { botMessageRef } from '../outbox/store.js';
import type { Conversation } from '../services/conversations.js';
import { homeOf } from '../services/members.js';
import type { Ctx } from './context.js';
import type { OpenGroupBuy, Situation } from './understand.js';

/** The bot post a message replies to, when it is about a record ("task" #3). */
export function replyRef(ctx: Ctx): { kind: string; id: number } | undefined {
  if (!ctx.msg.replyToMessageId) return undefined;
  const ref = botMessageRef(ctx.db, ctx.msg.platform, ctx.msg.chatId, ctx.msg.replyToMessageId);
  return ref?.ref_kind && ref.ref_id !== null ? { kind: ref.ref_kind, id: ref.ref_id } : undefined;
}

/**
 * What the database says about a message, for the recognisers: the bot post it replies to, the
 * writer's community, home and open conversation, and (read only when a recogniser asks) the
 * open group-buys the capabilities know of and the kinds of the writer's own records still open.
 */
export function situationOf(
  ctx: Ctx,
  addressed: boolean,
  conversation: Conversation | undefined,
  openGroupBuys: (ctx: Ctx) => OpenGroupBuy[],
  ownOpen: (ctx: Ctx) => string[] = () => [],
): Situation {
  const home = homeOf(ctx.member);
  let groupBuys: OpenGroupBuy[] | undefined;
  let open: string[] | undefined;
  return {
    isGroup: ctx.isGroup,
    addressed,
    replyTo: replyRef(ctx),
    get groupBuys() {
      return (groupBuys ??= ctx.community ? openGroupBuys(ctx) : []);
    },
    hasCommunity: ctx.community !== null,
    home: home ? doorKey(home) : undefined,
    conversation: conversation?.kind,
    get ownOpen() {
      return (open ??= ctx.community ? ownOpen(ctx) : []);
    },
    has: (role) => ctx.community !== null && ctx.has(role),
  };
}
