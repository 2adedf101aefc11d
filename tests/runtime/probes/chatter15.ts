/**
 * Round 15 probes (chatter15): group talk that asks nothing of the bot but was acted on. Sentences of the writer's own, written before
 * each change, in sets by reason; [context, text, intent, fields?] as in ../understand-probes.ts, played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: under the chain post, a cancelling word not done or not the writer's — negated right before it (还好没取消, 唔使取消, 勿取消, 我不会取消,
// "I'm not cancelling"), urged on everyone (大家别取消啊, "don't cancel guys"), or of others (取消的人好多): nobody's order comes off.
// A plain cancellation with 别/不用/没 after it (我不要了 别给我送了, 要不取消吧, 我那份取消 没事的) still cancels.
// Fix: `NOT_CANCELLING` in commands/groupbuy/recognise.ts. Read right before the change: 7/16; after: 16/16.
export const ROUND_15_CHATTER_NOT_CANCELLING: Probe[] = [
  ['reply:chain', '我昨天差点不要了 还好没取消 今天菜很新鲜', 'none'],
  ['reply:chain', '取消的人好多啊 团长辛苦了', 'none'],
  ['reply:chain', '大家别取消啊 团长凑单不容易', 'none'],
  ['reply:chain', 'I\'m not cancelling, just wondering when it arrives', 'none'],
  ['reply:chain', '唔使取消啦 我屋企人會幫我收', 'none'],
  ['reply:chain', '沒有取消哦 我那份還要的 放門口就行', 'none'],
  ['reply:chain', '阿拉勿取消额 放门口就好', 'none'],
  ['reply:chain', 'Don\'t cancel guys, we\'re only 3 short of the minimum', 'none'],
  ['reply:chain', '取消的邻居记得跟团长说一声退款的事', 'none'],
  ['reply:chain', '我不会取消的 团长放心', 'none'],
  ['reply:chain', '不好意思 我那份取消吧', 'order.cancel'],
  ['reply:chain', '我不要了 别给我送了 谢谢团长', 'order.cancel'],
  ['reply:chain', '算了 我不跟了 大家别等我', 'order.cancel'],
  ['reply:chain', 'cancel mine please, no need to deliver', 'order.cancel'],
  ['reply:chain', '取消 取消 我接错了', 'order.cancel'],
  ['reply:chain', '家里菜够了 我那份取消 没事的', 'order.cancel'],
];
