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
  /^(?:请问|那个?|麻烦问一下)?[\s,,]*(?:我|我家|我们家|阿拉)(?:刚才|刚刚|今天|早上|上午|下午|昨天|之前)?(?:团购)?(?:都|一共)?(?:订|定|买|报|接|下单|跟团|接龙)(?:了|的)(?:什么|啥|哪些|几份|多少)(?:东西|菜|套餐)?(?:来着)?(?:呢|啊|呀)?[\s??。]*$|(?<![帮替给为让叫请])(?:我|我家|阿拉)(?:刚才|刚刚|今天|早上|上午|昨天)?(?:的)?(?:接龙|团购|订单|下单|订的菜|团的菜)(?:报|登记|记|接)?(?:上|进去|成功)?(?:了)?(?:吗|没|伐|没有)[\s??。]*$|(?<![帮替给为让叫请])(?:我|阿拉)(?:刚才|刚刚|今天|早上)?(?:接龙|团购|下单|跟团)(?:接|报|登记|记)?(?:上|进去|成功)了(?:吗|没|伐|没有)|^(?:我的|我家的)(?:团购|订单|接龙)(?:呢|在哪|有哪些)?[\s??。]*$/;
const ASKED_EN =
  /^(?:hi,? |hello,? |sorry,? )?(?:what|how many) (?:did|have) (?:i|we) (?:order(?:ed)?|get|buy|sign(?:ed)? up for)(?: again| today| this morning)?\s*\??$|\b(?:did|has) my (?:group ?buy |grocery |veg(?:etable)? )?order (?:go(?:ne)? through|get (?:in|through|recorded))|\bis my (?:group ?buy |grocery )?order (?:in|recorded|there|ok)\b|^(?:show me )?my (?:group ?buy )?orders\s*\??$/i;

/**
 * One's order named (我刚才接的龙, 我那行接龙, 接龙的那条, 我订的B套餐, 我的订单), then whether the bot keeps it (你那边有记录吗, 收到了吗,
 * 登记上了吗, 记牢了吗, 有没有记低): what is held, asked (README-28 4).
 */
const ORDER_RECORDED =
  /(?<![帮替给为让叫请])(?:我|我家|我们家)(?:刚才|刚刚|刚先|今天|早上|上午|下午|晚上|昨天|之前|上次|前天){0,2}(?:的)?(?:接(?:了|的)龙|接龙|那行接龙|那条接龙|团购|订单|(?:接龙)?订的[^。!?！？\s]{0,5}|报的团购|下的单|那份|那单|那行)(?:的)?(?:那条|那行|那份|那单)?[\s,，]*(?:你|你们|你哋)?(?:那边|那里|这边|这里|度)?[^。!?！？\s]{0,3}?(?:有(?:没有)?记录|记录(?:了)?|收到(?:了)?|(?:登记|记|报)(?:上|进去|好)(?:了)?|记(?:下|低|住|牢|了)(?:来)?(?:了)?|有没有(?:记下|记低|记上|记录|登记|收到)|(?<=(?:你|你们|你哋)(?:那边|那里|这边|这里|度)?)有(?=吗|没有|伐|[?？]))(?:吗|没|未|伐|么|没有|[?？]|$)/;
/** "did you get my order", "is my line recorded", "what did I order last time". */
const ASKED_EN_MORE =
  /\b(?:did|have) (?:you|u) (?:get|got|receive|received|record|recorded|see|seen|save|saved) (?:my|our) (?:group ?buy |grocery |veg(?:etable)? )?(?:order|line)\b|\bis (?:my|our) (?:group ?buy |grocery )?(?:order|line)\b[^.?]{0,24}\b(?:recorded|saved|registered|in your (?:system|list))\b|^(?:what|how many) (?:did|have) (?:i|we) (?:order(?:ed)?|get|buy)(?: last time| yesterday| so far| this time)\s*\??$/i;

export const ordersAskedAfter = (text: string): RegExpExecArray | null =>
  text.length > 80 ? null : ASKED_ZH.exec(text) ?? ORDER_RECORDED.exec(text) ?? ASKED_EN.exec(text) ?? ASKED_EN_MORE.exec(text);

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
