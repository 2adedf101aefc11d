import { z } from 'zod';
import { doorKey, parseDoor } from '../../src/kernel/fields/door.js';
import { parseNumber } from '../../src/kernel/chinese.js';
import { defineCommand, type CommunityCtx } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { yesNo } from '../../src/runtime/pending.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import { homeOf } from '../../src/services/members.js';
import { cancelledLine, orderFromLine } from './order.js';
import { ackChanges, itemsText } from './shared.js';
import { groupBuyById } from './store/groupbuys.js';
import { householdOrders } from './store/orders.js';

/**
 * A household taking back its own group-buy order in words, privately (「我订的团购不要了」, 「取消我的订单」, "please cancel my
 * order"): it got the three-choice menu. Asked first, as every cancel is; under the chain post the chain's own reading does it.
 */
const CANCELLED_ZH =
  /(?:团购|团的|订的|接龙|订单|那单|那份|套餐|菜)[^。!?!?药]{0,6}?(?:不要了|取消|退掉|退了吧|删掉|不跟了|不订了|不参加了)|(?:取消|退掉|撤销|删掉)(?:我|我家|我们家?)?(?:的)?(?:团购|订单|接龙|那单|那份)|(?:团购|接龙)(?:我|我家)?(?:就)?不(?:跟|参加|要|订)了/;
const CANCELLED_EN = /\bcancel (?:my |our |the )?(?:group ?buy |grocery |veg(?:etable)? )?(?:order|group ?buy)\b|\b(?:don'?t|do not|no longer) (?:want|need) (?:my |our |the )?(?:group ?buy|order|veg(?:etable)? box)/i;
/** News or someone else's: 「听说团购取消了」, 「团长把团购取消了」, 「她订的不要了」. */
const NOT_OWN = /听说|团长|被取消|(?:他|她|他们|她们|别人|隔壁|邻居)(?:家)?(?:的|订)|\b(?:his|her|their)\b|药/i;

export const cancelledOwnOrder = (text: string): RegExpExecArray | null =>
  text.length > 120 || NOT_OWN.test(text) ? null : CANCELLED_ZH.exec(text) ?? CANCELLED_EN.exec(text);

/** The household's orders in group-buys that still take changes, newest first. */
export function changeableOrders(ctx: Ctx) {
  if (!ctx.community) return [];
  const home = homeOf(ctx.member);
  return householdOrders(ctx.db, ctx.member.id, ctx.community.id, home ? doorKey(home) : undefined).filter((o) => {
    const gb = groupBuyById(ctx.db, o.groupbuy_id);
    return gb !== undefined && gb.status === 'open' && ctx.now() < gb.deadline_at;
  });
}

/** Which of several orders to take back, asked: the answer is its group-buy's number (「2」, 「#2」, 「二」). */
const PICK = 'groupbuy.cancelPick';
interface Pick {
  orders: { id: number; door: string }[];
}

function cancel(ctx: CommunityCtx, id: number, door: string): void {
  const gb = groupBuyById(ctx.db, id);
  const at = parseDoor(door);
  if (!gb || gb.community_id !== ctx.community.id || !at) throw new UserError('groupbuy.cancelOwnNone');
  if (gb.status !== 'open' || ctx.now() >= gb.deadline_at) throw new UserError('groupbuy.closedAlready', { title: gb.title });
  ackChanges(ctx, gb, [orderFromLine(ctx, gb, cancelledLine(), at, false)]);
}

export const cancelOwnOrderCommand = defineCommand({
  name: 'groupbuy.cancelOwn',
  aliases: ['取消团购', 'cancelorder'],
  needsCommunity: true,
  recognise: (text, s) => {
    // With no order open the words are talk (the corpora label 「我不要团购了 取消吧」 so): the choices answer them.
    if (s.isGroup || !s.ownOpen?.includes('groupbuy')) return undefined;
    const said = cancelledOwnOrder(text);
    return said ? { intent: 'order.cancel', confidence: 0.6, evidence: [said[0]], args: {} } : undefined;
  },
  confirm: {
    question: 'groupbuy.cancelOwnNone',
    ask(ctx) {
      const orders = changeableOrders(ctx);
      if (orders.length === 0) {
        ctx.reply('groupbuy.cancelOwnNone');
        return null;
      }
      if (orders.length > 1) {
        const list = orders.map((o) => ctx.text('groupbuy.cancelOwnLine', { id: o.groupbuy_id, title: o.title, door: o.door, items: itemsText(o.items) }));
        ctx.reply('groupbuy.cancelOwnWhich', { list: list.join('\n'), id: orders[0]!.groupbuy_id });
        saveConversation(ctx.db, ctx.member.id, ctx.here, PICK, { orders: orders.map((o) => ({ id: o.groupbuy_id, door: o.door })) } satisfies Pick, ctx.now());
        return null;
      }
      const o = orders[0]!;
      ctx.reply('groupbuy.cancelOwnAsk', { id: o.groupbuy_id, title: o.title, door: o.door, items: itemsText(o.items) }, { buttons: yesNo(ctx) });
      return { id: o.groupbuy_id, door: o.door };
    },
  },
  onConversation: {
    [PICK]: (ctx, raw, text, elsewhere) => {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      const said = /^(?:#|第)?\s*([0-9]{1,6}|[一二两三四五六七八九十]{1,3})\s*(?:号|个|個|团|那个|那单)?\s*(?:吧)?[\s。.!!]*$/.exec(text.trim());
      const n = said ? parseNumber(said[1]!) : undefined;
      const picked = (raw as Pick).orders.find((o) => o.id === n);
      if (!picked) {
        if (elsewhere) return 'released';
        ctx.reply('groupbuy.cancelOwnNotPicked', { id: (raw as Pick).orders[0]!.id });
        return;
      }
      cancel(ctx as CommunityCtx, picked.id, picked.door);
    },
  },
  help: 'groupbuy.cancelOwnHelp',
  usage: 'groupbuy.cancelOwnHelp',
  parse: () => ({}),
  args: z.object({ id: z.number().int().positive().optional(), door: z.string().optional() }),
  handle(ctx, { id, door }) {
    if (id !== undefined && door !== undefined) return cancel(ctx, id, door);
    const orders = changeableOrders(ctx);
    if (orders.length !== 1) throw new UserError('groupbuy.cancelOwnNone');
    cancel(ctx, orders[0]!.groupbuy_id, orders[0]!.door);
  },
});
