/**
 * Round 13 probes (chatter13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 2: an event named as its day, a day past (摔跤那天, 晕倒那次, 跌親嗰日, 上趟, "the day my dad fainted", "the night my son had his
// seizure"): a scare retold with what came after it, no sign now; the person named by it falling again now (那天摔倒的阿婆 刚才又…),
// a sign running on from that day (那天起, 到现在), or news said as now beside it, still asked or paged.
// Read right before the change: 7/15; after: 15/15.
export const ROUND_13_CHATTER_EVENT_AS_TIME: Probe[] = [
  ['group', '我妈摔跤那天幸亏隔壁阿姨在家', 'none'],
  ['group', '老爸晕倒那次 是楼下的王医生先赶过来的', 'none'],
  ['group', '孩子抽筋那晚 我吓得腿都软了 现在想起来还后怕', 'none'],
  ['group', '阿爺跌親嗰日 好彩有街坊幫手', 'none'],
  ['group', 'The day my dad fainted in the lift, the neighbours were amazing', 'none'],
  ['group', 'The night my son had his seizure I didn\'t sleep at all', 'none'],
  ['group', '上趟阿爷跌跤 吓煞人了', 'none'],
  ['group', '上一趟我姆妈晕倒 是邻居送伊去医院额', 'none'],
  ['group', '外公中风那天 多亏120来得快', 'none'],
  ['group', '奶奶心脏病发那晚 全楼的人都出来帮忙', 'none'],
  ['group', '那天摔倒的阿婆 刚才又摔倒了 起不来', 'emergency'],
  ['group', '上趟跌跤的阿爷 现在又倒在楼道里了 叫不应', 'emergency'],
  ['group', '我妈摔跤那天到现在腰一直疼 今天疼得下不了床', 'emergency.ask'],
  ['group', '外公中风那天起说话就不太清楚 今天嘴巴突然歪了 手也抬不起来', 'emergency'],
  ['group', 'The day my dad fainted was bad, but right now he collapsed again and is not breathing', 'emergency'],
];
