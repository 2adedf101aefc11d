import { z } from 'zod';
import { doorKey } from '../../src/kernel/fields/door.js';
import { defineCommand } from '../../src/runtime/command.js';
import { homeOf } from '../../src/services/members.js';
import { itemsText, noneOpen } from './shared.js';
import { groupBuysOf, type GroupBuyStatus } from './store/groupbuys.js';
import { householdOrders } from './store/orders.js';

/** The most recent orders shown; older ones are on the desk. */
const SHOWN = 5;

/**
 * One's own group-buy order asked after (「我订了什么」, 「我刚才接龙报上了吗」, 「我的团购呢」, "what did I order?", "did my order
 * go through?"): the household's orders are the answer, never a new order. Privately, or with the bot named. 我 after 帮/替/给
 * (「侬会帮阿拉接龙伐」) is the one the bot is asked to act for: a question about the bot, not one's order.
 */
const ASKED_ZH =
  /^(?:请问|那个?|麻烦问一下)?[\s,,]*(?:我|我家|我们家|阿拉)(?:刚才|刚刚|今天|早上|上午|下午|昨天|之前)?(?:都|一共)?(?:订|定|买|报|接|下单|跟团|接龙)(?:了|的)(?:什么|啥|哪些|几份|多少)(?:东西|菜|套餐)?(?:来着)?(?:呢|啊|呀)?[\s??。]*$|(?<![帮替给为让叫请])(?:我|我家|阿拉)(?:刚才|刚刚|今天|早上|上午|昨天)?(?:的)?(?:接龙|团购|订单|下单|订的菜|团的菜)(?:报|登记|记|接)?(?:上|进去|成功)?(?:了)?(?:吗|没|伐|没有)[\s??。]*$|(?<![帮替给为让叫请])(?:我|阿拉)(?:刚才|刚刚|今天|早上)?(?:接龙|团购|下单|跟团)(?:接|报|登记|记)?(?:上|进去|成功)了(?:吗|没|伐|没有)|^(?:我的|我家的)(?:团购|订单|接龙)(?:呢|在哪|有哪些)?[\s??。]*$/;
const ASKED_EN =
  /^(?:hi,? |hello,? |sorry,? )?(?:what|how many) (?:did|have) (?:i|we) (?:order(?:ed)?|get|buy|sign(?:ed)? up for)(?: again| today| this morning)?\s*\??$|\b(?:did|has) my (?:group ?buy |grocery |veg(?:etable)? )?order (?:go(?:ne)? through|get (?:in|through|recorded))|\bis my (?:group ?buy |grocery )?order (?:in|recorded|there|ok)\b|^(?:show me )?my (?:group ?buy )?orders\s*\??$/i;

export const ordersAskedAfter = (text: string): RegExpExecArray | null => (text.length > 80 ? null : ASKED_ZH.exec(text) ?? ASKED_EN.exec(text));

/** /我的团购 (/myorders): the household's group-buy orders, newest first, where each stands — privately. */
export const myOrdersCommand = defineCommand({
  name: 'myorders',
  aliases: ['我的团购', '我的订单', '我订了什么', 'myorders'],
  needsCommunity: true,
  help: 'groupbuy.mineHelp',
  usage: 'groupbuy.mineHelp',
  // (Slightly surer than the medicine request's asked-after, which also reads "did my order go through".)
  recognise: (text, s) => {
    if (s.isGroup && !s.addressed) return undefined;
    const asked = ordersAskedAfter(text.trim());
    return asked ? { intent: 'mydata', confidence: 0.96, evidence: [asked[0]], args: {} } : undefined;
  },
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const home = homeOf(ctx.member);
    const orders = householdOrders(ctx.db, ctx.member.id, ctx.community.id, home ? doorKey(home) : undefined, SHOWN);
    if (orders.length === 0) {
      const open = groupBuysOf(ctx.db, ctx.community.id, ['open']).length > 0;
      ctx.answerPrivately(ctx.text(open ? 'groupbuy.mineNoneOpen' : noneOpen(ctx)), { saidInGroup: 'groupbuy.mineSentPrivately' });
      return;
    }
    const lines = orders.map((o) =>
      ctx.text('groupbuy.mineLine', {
        id: o.groupbuy_id,
        title: o.title,
        door: o.door,
        items: itemsText(o.items),
        status: ctx.text(`groupbuy.status.${o.groupbuy_status as GroupBuyStatus}`),
        paid: ctx.text(o.delivered_at !== null ? 'groupbuy.mineDelivered' : o.paid_at !== null ? 'groupbuy.minePaid' : 'groupbuy.mineUnpaid'),
      }),
    );
    ctx.answerPrivately([ctx.text('groupbuy.mineTitle'), ...lines].join('\n'), { saidInGroup: 'groupbuy.mineSentPrivately' });
  },
});
