import { DateTime } from 'luxon';
import type { Scope, CommunityCtx } from '../../src/runtime/command.js';
import type { Ctx, JobCtx, MemberCtx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import type { Door } from '../../src/kernel/fields/door.js';
import { localDateTime } from '../../src/kernel/time.js';
import type { Button, Lang } from '../../src/kernel/types.js';
import { chatByAddress } from '../../src/services/communities.js';
import { scheduleJob, pendingJob } from '../../src/services/jobs.js';
import { PRIORITY } from '../../src/outbox/store.js';
import type { OpenGroupBuy } from '../../src/runtime/understand.js';
import {
  groupBuyById,
  groupBuysOf,
  itemsOf,
  launchChats,
  launchedOf,
  markPosted,
  openInChat,
  type GroupBuy,
  type Item,
} from './store/groupbuys.js';
import { SEPARATOR } from './chain.js';
import { ordersOf, placeOrder, portionsOf, type OrderChange } from './store/orders.js';
import { formatYuan } from './registration.js';

/** How long after an order the canonical chain is posted again (once, however many orders came). */
export const REPOST_AFTER_MS = 10 * 60_000;

/** "A×1 B×2" */
export const itemsText = (items: ReadonlyMap<string, number>): string =>
  [...items.entries()].map(([code, qty]) => `${code}×${qty}`).join(' ');

export const codesText = (items: Item[], lang: Lang): string => items.map((i) => i.code).join(lang === 'en' ? ', ' : '、');

/**
 * The group-buys a message may order from, for the recognisers: those open in this chat (else in
 * the community), and those launched lately, marked closed, so a copied chain or a reply that
 * names one is answered ("已截团") rather than ignored.
 */
export function orderableGroupBuys(ctx: Ctx): OpenGroupBuy[] {
  if (!ctx.community) return [];
  // Waiting for re-approval (a price changed) counts as open: the order is answered, not ignored.
  const here = ctx.isGroup ? openInChat(ctx.db, ctx.msg.platform, ctx.msg.chatId) : [];
  const open = new Set((here.length > 0 ? here : groupBuysOf(ctx.db, ctx.community.id, ['open', 'pending'])).map((g) => g.id));
  return launchedOf(ctx.db, ctx.community.id).map((g) => ({
    id: g.id,
    items: itemsOf(ctx.db, g.id).map((i) => ({ code: i.code, name: i.name })),
    ...(open.has(g.id) ? {} : { closed: true }),
  }));
}

/** A group-buy of the asker's community by number, or a polite error. */
export function groupBuyNumbered(ctx: MemberCtx, id: number): GroupBuy {
  const gb = groupBuyById(ctx.db, id);
  if (!gb || gb.community_id !== ctx.community?.id) throw new UserError('groupbuy.notFound', { id });
  return gb;
}

/** Nothing open to order from; a leader (or the secretary) is told how one is started, since they may have meant to. */
export const noneOpen = (ctx: MemberCtx): 'groupbuy.noneOpen' | 'groupbuy.noneOpenLeader' =>
  ctx.has('groupbuy_leader') || ctx.isSecretary ? 'groupbuy.noneOpenLeader' : 'groupbuy.noneOpen';

/** The group-buy an order is for: the number given, else the one open in this chat, else the only open one. */
export function groupBuyForOrder(ctx: CommunityCtx, id: number | undefined): GroupBuy {
  if (id !== undefined) return groupBuyNumbered(ctx, id);
  const here = openInChat(ctx.db, ctx.msg.platform, ctx.msg.chatId);
  if (here.length === 1) return here[0]!;
  const open = here.length > 0 ? here : groupBuysOf(ctx.db, ctx.community.id, ['open']);
  if (open.length === 1) return open[0]!;
  if (open.length === 0) throw new UserError(noneOpen(ctx));
  throw new UserError('groupbuy.whichOne', { ids: open.map((g) => `#${g.id} ${g.title}`).join(ctx.lang === 'en' ? '; ' : ';') });
}

/**
 * What a leader's command on group-buy #id touches: its leader owns it (checked by the policy,
 * src/runtime/policy.ts). No such group-buy here is -1, so only a secretary hears "not found".
 */
export function groupBuyScope(ctx: MemberCtx, id: number | undefined): Scope | undefined {
  if (id === undefined) return undefined;
  const gb = groupBuyById(ctx.db, id);
  return { ownerMemberId: gb && gb.community_id === ctx.community?.id ? (gb.leader_member_id ?? -1) : -1 };
}

/** Whether the asker leads this group-buy (or is a secretary). */
export function mayLead(ctx: MemberCtx, gb: GroupBuy): boolean {
  return ctx.isSecretary || (gb.leader_member_id === ctx.member.id && ctx.has('groupbuy_leader'));
}

/**
 * Checks an order against the rules (open, before the deadline, known items, quantities within
 * the limit) and places it. Throws a UserError the person can act on.
 */
export function checkAndPlace(
  ctx: Ctx,
  gb: GroupBuy,
  o: { door: Door; items: Map<string, number>; unknown?: string[]; badQuantity?: boolean; name?: string },
): OrderChange {
  const items = itemsOf(ctx.db, gb.id);
  if (gb.status === 'closed' || ctx.now() >= gb.deadline_at) throw new UserError('groupbuy.closedAlready', { title: gb.title });
  if (gb.status !== 'open') throw new UserError('groupbuy.notOpen', { id: gb.id, title: gb.title });
  if (o.unknown && o.unknown.length > 0) {
    throw new UserError('groupbuy.unknownCode', { code: o.unknown.join('、'), codes: codesText(items, ctx.lang) });
  }
  const limit = gb.household_limit ?? 0;
  const limitText = limit > 0 ? ctx.text('groupbuy.limitIs', { limit }) : '';
  if (o.badQuantity) throw new UserError('groupbuy.badQuantity', { limit: limitText });
  if (o.items.size === 0) throw new UserError('groupbuy.noItems', { codes: codesText(items, ctx.lang) });
  const total = [...o.items.values()].reduce((a, b) => a + b, 0);
  if (limit > 0 && total > limit) throw new UserError('groupbuy.overLimit', { limit, asked: total });
  const change = placeOrder(ctx.db, { groupbuyId: gb.id, door: o.door, items: o.items, placedBy: ctx.member.id, name: o.name }, ctx.now());
  if (change.kind !== 'same') {
    ctx.record(`groupbuy.order.${change.kind}`, 'groupbuy', gb.id, `${total}`);
    scheduleRepost(ctx, gb.id);
  }
  return change;
}

/** One short line about what an order change did. */
export function changeText(ctx: Ctx, change: OrderChange, onBehalf = false): string {
  const door = change.order.door;
  const items = itemsText(change.order.items);
  switch (change.kind) {
    case 'new':
      return ctx.text(onBehalf ? 'groupbuy.orderedFor' : 'groupbuy.ordered', { door, items });
    case 'updated':
      return ctx.text('groupbuy.updated', { door, items, before: itemsText(change.before) });
    case 'same':
      return ctx.text('groupbuy.same', { door, items });
    case 'cancelled':
      return ctx.text('groupbuy.cancelled', { door });
  }
}

/** Answers a batch of order changes with one short acknowledgement (merged with others in busy groups). */
export function ackChanges(ctx: Ctx, gb: GroupBuy, lines: string[]): void {
  if (lines.length === 0) return;
  ctx.ack('groupbuy.ack', { lines: lines.join(ctx.lang === 'en' ? '; ' : ';'), total: portionsOf(ctx.db, gb.id) });
}

/** "2026-04-21" as residents read it: "4月21日" / "Apr 21". */
export function dateLabel(date: string, lang: Lang): string {
  const dt = DateTime.fromISO(date);
  return lang === 'en' ? dt.toFormat('LLL d') : dt.toFormat("M'月'd'日'");
}

/** The canonical chain: header (title, items, deadline, how to join) and the numbered list. */
export function chainText(ctx: JobCtx, gb: GroupBuy, lang: Lang): string {
  const items = itemsOf(ctx.db, gb.id);
  const tz = ctx.config.timeZone;
  const lines = [ctx.t(lang, 'groupbuy.chainHeader', { id: gb.id, title: gb.title })];
  for (const item of items) {
    lines.push(ctx.t(lang, 'groupbuy.itemLine', { name: item.name, price: formatYuan(item.price_fen), contents: item.contents ? `: ${item.contents}` : '' }));
  }
  lines.push(
    ctx.t(lang, 'groupbuy.chainInfo', {
      deadline: localDateTime(gb.deadline_at, tz, lang),
      delivery: gb.delivery_date ? dateLabel(gb.delivery_date, lang) : '-',
      limit: gb.household_limit ? ctx.t(lang, 'groupbuy.limitIs', { limit: gb.household_limit }) : '',
    }),
  );
  lines.push(ctx.t(lang, 'groupbuy.chainHow', { id: gb.id }));
  lines.push(SEPARATOR);
  ordersOf(ctx.db, gb.id).forEach((o, i) => {
    lines.push(`${i + 1}. ${o.door}${o.name ? ` ${o.name}` : ''} ${itemsText(o.items)}`);
  });
  return lines.join('\n');
}

/**
 * The buttons under a chain post: +1 and −1 per item, a tap being the reply 「B+1」 (one more B for
 * the tapper's household) read as typing it would be.
 */
export function chainButtons(ctx: JobCtx, gb: GroupBuy, lang: Lang): Button[][] {
  return itemsOf(ctx.db, gb.id).map((item) => [
    { label: ctx.t(lang, 'groupbuy.buttonMore', { code: item.code }), reply: `${item.code}+1` },
    { label: ctx.t(lang, 'groupbuy.buttonLess', { code: item.code }), reply: `${item.code}-1` },
  ]);
}

/** Posts the canonical chain into every group the group-buy was launched in. */
export function postChain(ctx: JobCtx, gb: GroupBuy): void {
  for (const chat of launchChats(ctx.db, gb.id)) {
    const lang = chatByAddress(ctx.db, chat.platform, chat.chat_id)?.lang ?? 'zh-CN';
    ctx.send({ platform: chat.platform, chatId: chat.chat_id }, chainText(ctx, gb, lang), {
      ref: { kind: 'chain', id: gb.id },
      priority: PRIORITY.bulk,
      buttons: chainButtons(ctx, gb, lang),
    });
  }
  markPosted(ctx.db, gb.id);
}

/** Re-posts the chain a while after the first order since the last post (a durable job, once per burst). */
export function scheduleRepost(ctx: JobCtx, groupbuyId: number): void {
  const key = `groupbuy.repost:${groupbuyId}`;
  if (pendingJob(ctx.db, key)) return;
  scheduleJob(ctx.db, { kind: 'groupbuy.repost', key, dueAt: ctx.now() + REPOST_AFTER_MS, payload: { id: groupbuyId } }, ctx.now());
}
