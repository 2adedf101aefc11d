/**
 * Round 13 probes (chatter13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: a sign in the clause of a day past (昨晚高烧, 前天夜里吐了, 上礼拜头晕得站不稳, "last night she was throwing up") is that day's; a
// later clause of today with no sign (今天能吃饭了, 今朝退咗, "today he went to work") tells how it is now, and nothing is asked. A
// later clause that says it goes on (还是吐, 还在疼, 又烧起来了) or names a sign now still asks or pages.
// Read right before the change: 10/17; after: 17/17.
export const ROUND_13_CHATTER_PAST_CLAUSE: Probe[] = [
  ['group', '孩子昨天夜里吐了好几次 今天能吃饭了', 'none'],
  ['group', '我妈昨晚心慌了一阵 今天早上量了血压挺正常的', 'none'],
  ['group', '老婆前天扭到腰 今天能下床了', 'none'],
  ['group', '外婆琴晚發燒 今朝退咗 謝謝街坊', 'none'],
  ['group', '昨天下午老头子胸口闷了一会儿 今天一早就去菜场排队了', 'none'],
  ['group', 'Last night my daughter was throwing up nonstop, today she ate a full breakfast', 'none'],
  ['group', '上礼拜阿爷头晕得站不稳 今朝自家去公园打拳了', 'none'],
  ['group', 'Yesterday my husband had chest pains after dinner, today he went to work as usual', 'none'],
  ['group', '小儿子昨晚烧到三十九度五 今天量了三十六度八', 'none'],
  ['group', '我爸前天早上晕了一下 今天血压一百二十多 挺稳的', 'none'],
  ['group', '孩子昨天夜里吐了好几次 今天还是吐 什么都吃不下', 'emergency.ask'],
  ['group', '我妈昨晚心慌 今天早上又开始心慌了 手一直发抖', 'emergency.ask'],
  ['group', '昨天我爸摔了一跤 今天腿肿得走不了路', 'emergency.ask'],
  ['group', '昨天晚上他说胸口疼 现在还在疼 出冷汗', 'emergency'],
  ['group', '孩子前天发高烧 今天又烧起来了 39度8', 'emergency.ask'],
  ['group', 'Last night my dad had chest pain, today he is sweating and can\'t breathe', 'emergency'],
  ['group', '外婆琴晚發燒 今朝叫極都唔醒', 'emergency'],
];

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
