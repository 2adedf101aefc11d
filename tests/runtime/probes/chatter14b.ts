/**
 * Round 14 probes (chatter14b, helper chatter2): chatter taken in the older readable dev files, sentences of the writer's own,
 * written before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported
 * array is played by ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: how to pay, asked under the chain post (how do I pay, where do I send the money, 钱怎么给, 點俾錢, 可以用支付宝吗), orders
// nothing even when it names the package paid for (`PAYING_ASKED`, commands/groupbuy/recognise.ts); an order with its count beside the
// question, or the paying told as what one will do (will transfer the money, 钱等下转), still orders.
// Read right before the change: 7/12 (then 12 probes; the last one was added after, to guard the narrowing); after: 13/13.
export const ROUND_14B_CHATTER_HOW_TO_PAY: Probe[] = [
  ['reply:chain', 'how do I pay for the meat box?', 'none'],
  ['reply:chain', 'How should we pay for the fruit box, cash or transfer?', 'none'],
  ['reply:chain', 'where do I send the money for the eggs', 'none'],
  ['reply:chain', 'can I pay for the veggie box with alipay', 'none'],
  ['reply:chain', '蔬菜套餐的钱怎么给团长', 'none'],
  ['reply:chain', '水果套餐錢點俾 轉賬定現金', 'none'],
  ['reply:chain', '肉禽套餐钞票哪能付 微信还是支付宝', 'none'],
  ['reply:chain', '鸡蛋的钱转到哪里？', 'none'],
  ['reply:chain', 'how do I pay for the veggie box, I ordered one yesterday', 'none'],
  ['reply:chain', 'one veggie box please, how do I pay? 5-302', 'order', 'items=A*1;door=5-302'],
  ['reply:chain', 'B×2 钱怎么给 12-402', 'order', 'items=B*2;door=12-402'],
  ['reply:chain', 'A 一份 7-301 钱等下转', 'order', 'items=A*1;door=7-301'],
  ['reply:chain', 'one meat box please, 6-1203, will pay via wechat and transfer the money tonight', 'order', 'items=B*1;door=6-1203'],
];
