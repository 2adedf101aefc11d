/**
 * Round 11 probes (lead11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: more of a package said on top of one's order (「再加一份B」, 「再来两份C 7号楼302」) is an order; a change said in words
// (「我那份改成A」, 「不对 C不要了 改成B」) or asked (「能不能把我的B改成A」) stays talk for the leader, as the corpora label it (corpus 27's
// writer: "a change or cancel stays none"). The lead read changes said as orders for a while and went back: kept as a guard.
// Read right before the change: 10/10 (the change was to what the additions do, not to how they read).
export const ROUND_11_ORDER_ADDED_NOT_CHANGED: Probe[] = [
  ['group', '再加一份B', 'order', 'items=B*1'],
  ['group', '再来两份C 7号楼302', 'order', 'items=C*2;door=7-302'],
  ['group', '我家再加一份鸡蛋', 'order', 'items=D*1'],
  ['group', '不对 C不要了 改成B', 'none'],
  ['group', '我那份改成A', 'none'],
  ['group', '能不能把我的B改成A', 'none'],
  ['group', '我想改成B 唔要A 得唔得', 'none'],
  ['group', '隔壁说她那份改成C了', 'none'],
  ['group', '俺那份换成鸡蛋行不', 'none'],
  ['group', '要是送不到就改成C吧?', 'none'],
];
