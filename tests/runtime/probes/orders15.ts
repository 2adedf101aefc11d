/**
 * Round 15 probes (orders15): group-buy orders for the open group-buy #1 (A 蔬菜套餐, B 肉禽套餐, C 水果套餐, D 鸡蛋(30个)),
 * in sentences of the writer's own as residents type them, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts; played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: 不要 said right before what a package holds (「蔬菜一份 不要辣椒」, 「肉禽一份不要鸡爪」): a wish about the package's content,
// not the package refused — the 不要 governs the word after it (`OBJECT_AFTER` in commands/groupbuy/words.ts, only after a counted
// package). 「A不要了」, 「B不要 谢谢」, 「C就不要啦」 and an uncounted 「蔬菜 不要香菜」 still refuse the package. Read right before the change:
// 14/17. After: 17/17.
export const ORDERS_15_NOT_THIS_IN_IT: Probe[] = [
  ['reply:chain', '要一份蔬菜 不要辣椒', 'order', 'items=A*1'],
  ['reply:chain', '蔬菜一份 不要香菜 谢谢', 'order', 'items=A*1'],
  ['group', '7-301 蔬菜套餐一份 不要土豆', 'order', 'items=A*1;door=7-301'],
  ['group', '5-1102 肉禽一份不要鸡爪 水果一份', 'order', 'items=B*1|C*1;door=5-1102'],
  ['reply:chain', 'A两份 不要葱 4-402', 'order', 'items=A*2;door=4-402'],
  ['reply:chain', '水果两份不要榴莲哈 3-702', 'order', 'items=C*2;door=3-702'],
  ['reply:chain', '菜一只 勿要香菜 12-501', 'order', 'items=A*1;door=12-501'],
  ['group', '8-1201 肉的两份 不要肥肉', 'order', 'items=B*2;door=8-1201'],
  ['reply:chain', '蔬菜套餐里不要香菜可以吗', 'none'],
  ['reply:chain', '不要香菜', 'none'],
  ['reply:chain', '8-402 A一份 B不要 谢谢', 'order', 'items=A*1;door=8-402'],
  ['reply:chain', '要两份水果不要芒果 10-1402', 'order', 'items=C*2;door=10-1402'],
  ['group', '3-201 来一份肉禽 不要鸭肉', 'order', 'items=B*1;door=3-201'],
  ['reply:chain', '一份蔬菜不要葱姜 6-101', 'order', 'items=A*1;door=6-101'],
  ['reply:chain', '6-302 C两份 D就不要啦 家里还有', 'order', 'items=C*2;door=6-302'],
  ['reply:chain', '鸡蛋不要了', 'order.cancel'],
  ['group', '蔬菜不要放太久 会烂的', 'none'],
];

// Set 2: every package at once, the count said right after 每样 / 每种 / 每个套餐 without a verb (「每样一份」, 「每种来一份」 was read):
// each item of the group-buy with that count (`orderText` in words.ts). 每个人一份, 每家限一份 stay what they are. Read right before the
// change: 4/10. After: 10/10.
export const ORDERS_15_EACH_OF_ALL: Probe[] = [
  ['reply:chain', '每样一份', 'order', 'items=A*1|B*1|C*1|D*1'],
  ['group', '每样一份 7-702', 'order', 'items=A*1|B*1|C*1|D*1;door=7-702'],
  ['reply:chain', '11-203 每种两份', 'order', 'items=A*2|B*2|C*2|D*2;door=11-203'],
  ['reply:chain', '每个套餐一份 2-601', 'order', 'items=A*1|B*1|C*1|D*1;door=2-601'],
  ['reply:chain', '阿拉每样一只 9-302', 'order', 'items=A*1|B*1|C*1|D*1;door=9-302'],
  ['reply:chain', '每樣一份 唔該 6座1101', 'order', 'items=A*1|B*1|C*1|D*1;door=6-1101'],
  ['reply:chain', '每样来一份', 'order', 'items=A*1|B*1|C*1|D*1'],
  ['group', '每家限一份哦', 'none'],
  ['group', '每个人一份 够吃吗', 'none'],
  ['reply:chain', '是不是每样一份都要自己接龙', 'none'],
];

// Set 3: one package changed for another in other words than 改成 / 换成 — Cantonese 改做 / 換做 / 轉做, 调成, 改为 — under the chain
// post or in the group: a change (README rule 25: none), not an order of both packages (`CHANGED_TO` in NOT_AN_ORDER,
// commands/groupbuy/recognise.ts). An order whose reason says 做 (做饭) stays. Read right before the change: 5/10. After: 10/10.
export const ORDERS_15_CHANGED_IN_OTHER_WORDS: Probe[] = [
  ['reply:chain', '可唔可以將我個B改做C', 'none'],
  ['reply:chain', '我嗰份C換做D 唔該', 'none'],
  ['reply:chain', '团长 我的B调成A好吗', 'none'],
  ['reply:chain', 'A转做B得唔得', 'none'],
  ['group', '12-301 B改为A', 'none'],
  ['reply:chain', '肉禽換做蔬菜啦 7-402', 'none'],
  ['reply:chain', '我家B一份 调成两份', 'none'],
  ['reply:chain', '做饭没菜了 要一份蔬菜 5-302', 'order', 'items=A*1;door=5-302'],
  ['reply:chain', 'B一份 做红烧肉用 3-1101', 'order', 'items=B*1;door=3-1101'],
  ['group', '6-702 C两份 换季了多吃水果', 'order', 'items=C*2;door=6-702'],
];

// Set 4: a package refused beside the order and named again in the reason (「水果不要 上趟水果吃不光」, 「鸡蛋免了 家里鸡蛋还有」), or refused last
// (「我要水果 肉不要」): the package refused is not ordered, wherever it is named again without a count. A package refused and then
// ordered with its count (「蛋不要 哦不对 蛋还是要一份」) is ordered. In words.ts: REFUSED takes a package refused last without 了
// (「B不要了」 stays a cancellation), and a refused package's later uncounted mentions are left out. Read right before the change: 5/10.
// After: 10/10.
export const ORDERS_15_REFUSED_AND_WHY: Probe[] = [
  ['group', '8-1102 要一份肉 一份蛋 水果不要 上次水果吃不完都烂了', 'order', 'items=B*1|D*1;door=8-1102'],
  ['reply:chain', '蔬菜两份 鸡蛋不要 家里鸡蛋还有一板', 'order', 'items=A*2'],
  ['reply:chain', '我要水果 肉不要', 'order', 'items=C*1'],
  ['reply:chain', '阿拉要一只菜 肉覅 阿拉屋里肉还有 5-601', 'order', 'items=A*1;door=5-601'],
  ['reply:chain', 'C两份 B唔要 屋企啲肉食唔晒 9-1203', 'order', 'items=C*2;door=9-1203'],
  ['reply:chain', 'A一份 D就算了 谢谢 2-502', 'order', 'items=A*1;door=2-502'],
  ['reply:chain', '3-401 B一份 鸡蛋不要 哦不对 鸡蛋还是要一份', 'order', 'items=B*1|D*1;door=3-401'],
  ['reply:chain', '水果一份 鸡蛋也来一份 7-201', 'order', 'items=C*1|D*1;door=7-201'],
  ['group', '鸡蛋不要了 家里还有好多鸡蛋', 'none'],
  ['group', '水果不要买太多 容易烂', 'none'],
];

// Set 5: how long a package lasts told in the group (「一份菜吃三天」, 「两份鸡蛋吃一个月」, 「一份蔬菜顶三天」, "one veg box lasts us 3 days"):
// talk about the goods, no order (`LASTS` in NOT_AN_ORDER, commands/groupbuy/recognise.ts). An order line with its door, or with
// 我要, and a remark on how long it lasts stays the order. Read right before the change: 9/14. After: 14/14.
export const ORDERS_15_HOW_LONG_IT_LASTS: Probe[] = [
  ['group', '一份菜吃三天 省着点', 'none'],
  ['group', '一份蔬菜吃三天', 'none'],
  ['group', '两份鸡蛋吃一个月', 'none'],
  ['group', '一份菜撑三天', 'none'],
  ['group', '一份蔬菜顶三天', 'none'],
  ['group', '两份肉够吃一个礼拜了', 'none'],
  ['group', '一箱鸡蛋能吃半个月', 'none'],
  ['group', '阿拉两个人 一只蔬菜吃四五天', 'none'],
  ['group', 'one veg box lasts us 3 days', 'none'],
  ['group', '一份肉吃了一个礼拜', 'none'],
  ['reply:chain', 'B两份 5-302', 'order', 'items=B*2;door=5-302'],
  ['group', '7-1101 蔬菜一份 鸡蛋一份', 'order', 'items=A*1|D*1;door=7-1101'],
  ['group', '12-401 鸡蛋两份 三天吃一板', 'order', 'items=D*2;door=12-401'],
  ['reply:chain', '我要一份蔬菜 能吃三天 3-602', 'order', 'items=A*1;door=3-602'],
];
