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

// Set 2: a wish to volunteer taken back by what keeps one (可惜我要上班, 白天要加班, 不過要湊仔, 屋里老人要照顾, 还在隔离), or a relative's wish the
// writer forbids (我女儿想当志愿者 我不同意, 我儿子想报名 我不让): nobody signs up. A wish with a skill, a time one is free or a call after it
// (下班后可以, 但是周末可以, 随时叫我) still signs up.
// Fix: `TAKEN_BACK` in commands/volunteering/recognise.ts. Read right before the change: 7/14; after: 14/14.
export const ROUND_15_CHATTER_WISH_KEPT_BACK: Probe[] = [
  ['group', '我也想报名志愿者 可惜我要上班', 'none'],
  ['group', '好想帮忙啊 可惜我自己还在隔离', 'none'],
  ['group', '我女儿想当志愿者 我不同意 太危险了', 'none'],
  ['group', '我都想做義工 不過要湊仔', 'none'],
  ['group', '我也想去当志愿者 但是家里两个娃要带', 'none'],
  ['group', '想报名做志愿者的 可是白天要加班', 'none'],
  ['group', '阿拉也想做志愿者 就是屋里老人要照顾', 'none'],
  ['group', '我也想报名 不过我还在居家隔离', 'none'],
  ['group', '我儿子想报名志愿者 我不让 他才十六', 'none'],
  ['group', 'I\'d sign up as a volunteer but I work night shifts at the hospital', 'none'],
  ['group', '我也想报名志愿者 我会开车 下班后可以', 'volunteer', 'skills=driver'],
  ['group', '想做志愿者 虽然要上班 但是周末可以', 'volunteer'],
  ['group', '我想报名志愿者 家里有车 随时叫我', 'volunteer', 'skills=driver'],
  ['group', '我女儿想当志愿者 她会英语 可以帮忙翻译', 'volunteer', 'skills=translator'],
];

// Set 3: a sign the doctor has seen and explained (医生看过了 说是焦虑, 医生睇过 话系胃气, 讲是胃勿好, "the doctor checked him … it's just acid
// reflux"): a scare told, not danger now. What the doctor said to do at once, a grave diagnosis, a sign again after it, or no doctor yet
// still page. Fix: `SETTLED` in commands/emergency/frames.ts (说是/话系 after the doctor saw them, not before 心梗, 中风, 急, 要).
// Read right before the change: 6/13; after: 13/13.
export const ROUND_15_CHATTER_DOCTOR_EXPLAINED: Probe[] = [
  ['group', '我外婆说胸口闷 医生看过了 说是焦虑', 'none'],
  ['group', '我阿爸心口痛 医生睇过 话系胃气', 'none'],
  ['group', '我爸昨天胸口痛 医生检查过了 说是肌肉拉伤', 'none'],
  ['group', '阿拉老头子胸闷 医生看过了 讲是胃勿好', 'none'],
  ['group', '我妈头晕 社区医生上门看过了 说是血压低了点', 'none'],
  ['group', '孩子肚子痛得厉害 医生看过 说是吃坏了', 'none'],
  ['group', 'My dad\'s chest pain: the doctor checked him this morning, it\'s just acid reflux', 'none'],
  ['group', '婆婆喘不上气 醫生看過了 話係焦慮 冇事', 'none'],
  ['group', '我爸胸口痛 医生看过了 说要马上去医院', 'emergency'],
  ['group', '我妈头晕 医生看过了 说是低血糖 刚刚又晕倒了 叫不醒', 'emergency'],
  ['group', '医生看过了还是胸口痛 越来越厉害 怎么办', 'emergency'],
  ['group', '我爸胸口痛 还没找医生看过', 'emergency'],
  ['group', '我爸胸闷 医生看过了 说是心梗 叫我们赶紧打120', 'emergency'],
];

// Set 4: a low stock told with the need already seen to — just got (今天刚配到), someone of the household or a helper bringing it or gone for
// it (我女儿今天会送过来, 已经叫儿子去医院拿了, "the volunteer already picked it up"), 不用担心 — or compared with the neighbours' (你们家老人的…还有
// 多少): nothing asked. The same low with someone who cannot come and a request (儿子回不来 麻烦志愿者帮我配一盒) still asks.
// Fix: `SEEN_TO` and `STOCK_COMPARED` (commands/medicine/talk.ts), weighed with `NO_NEED` when nothing is asked. Read right before the
// change: 5/12; after: 12/12.
export const ROUND_15_CHATTER_NEED_SEEN_TO: Probe[] = [
  ['group', '降压药没了 今天刚配到 感谢居委', 'none'],
  ['group', '我的降压药吃完了 不过我女儿今天会送过来 不用担心', 'none'],
  ['group', '我們家的降血壓藥剩一個禮拜 已經叫兒子去醫院拿了', 'none'],
  ['group', 'my mum only has 3 days of insulin left but the volunteer already picked it up', 'none'],
  ['group', '胰岛素只剩两支了 我老公已经去医院排队了', 'none'],
  ['group', '阿拉屋里降压药还有三天 阿拉儿子明早会带过来 覅担心', 'none'],
  ['group', '你们家老人的二甲双胍还有多少 我家还有两周的', 'none'],
  ['group', 'My dad\'s down to a week of Lipitor, how are yours doing?', 'none'],
  ['group', '我妈二甲双胍只剩两天了 我女儿在外地 谁能帮忙配两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['group', '我的降压药吃完了 儿子回不来 麻烦志愿者帮我配一盒', 'medicine', 'items=降压药;qty=1;days=0'],
  ['group', '我家降压药只剩三天了 你们谁去医院能帮我带两盒吗', 'medicine', 'items=降压药;qty=2;days=3'],
  ['group', 'my mum only has 3 days of insulin left, can anyone pick some up for her?', 'medicine', 'items=insulin;days=3'],
];
