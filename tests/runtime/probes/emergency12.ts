/**
 * Round 12 probes (emergency12): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1 (dev-30: 伊呼吸没了): the vital sign named first and said gone after it (呼吸没了, 心跳也没有了, 脉搏摸不到了, "his breathing
// is gone") is as 没有呼吸; gas, a phone's signal, a heart "gone" with fright or a run are not. Read right before the change: 6/10.
export const ROUND_12_VITAL_SIGN_GONE: Probe[] = [
  ['group', '外婆心跳好像没了 快来人 6号楼301', 'emergency', 'door=6-301'],
  ['group', '我爸呼吸都没有了 谁会急救', 'emergency'],
  ['group', '阿婆脉搏摸不出来了 呼吸也没了', 'emergency'],
  ['group', '老头子气息没了 快点', 'emergency'],
  ['group', '伊心跳呼吸侪没了 快点快点', 'emergency'],
  ['group', "his breathing is gone, come quick, building 4 room 1102", 'emergency', 'door=4-1102'],
  ['group', '家里煤气没了 快点来人修一下', 'none'],
  ['group', '手机信号又没了 烦死', 'none'],
  ['group', '看到菜价吓得我心跳都没了 哈哈', 'none'],
  ['group', '爬了二十层楼 呼吸都没了 累死', 'none'],
];

// Set 2 (dev-29: 总之谢谢群里每一个帮忙的人; dev-30: 伊儿子讲叫阿拉谢谢大家): thanks for help already given (帮忙的人, 我替她谢谢大家,
// relayed thanks, "thanks to everyone who helped") close a story that is over; thanks in advance beside a request for help now do
// not. Read right before the change: 5/9.
export const ROUND_12_THANKS_FOR_HELP_GIVEN: Probe[] = [
  ['group', '我爸早上在小区里头晕 坐了一会 多亏几个邻居陪着 后来自己走回来了 真的谢谢大家帮忙', 'none'],
  ['group', '今天下午我婆婆摔了一跤 邻居们帮忙扶起来了 我替她谢谢大家', 'none'],
  ['group', '外公刚才低血糖 手有点抖 楼下阿姨送了糖过来 谢谢帮忙的邻居们', 'none'],
  ['group', 'Thanks to everyone who helped my mum when she fainted by the gate this morning', 'none'],
  ['group', '老太太夜里在楼梯上滑了一下 隔壁小伙子背她上楼的 她女儿让我谢谢各位', 'none'],
  ['group', '我爸摔倒了 爬不起来 谁能来帮帮忙 谢谢大家', 'emergency'],
  ['group', '快来人 我妈晕倒了 叫不醒 先谢谢了', 'emergency'],
  ['group', '我老公胸口痛 出冷汗 有没有医生 谢谢', 'emergency'],
  ['group', '外婆有点喘 要不要紧 谢谢大家', 'emergency.ask'],
];

// Set 3 (dev-29: 他说没有不舒服): discomfort denied (没有不舒服, 没什么不舒服, 没觉得哪里不舒服, "doesn't feel unwell") is not said;
// discomfort said stays. Read right before the change: 6/7.
export const ROUND_12_DISCOMFORT_DENIED: Probe[] = [
  ['group', '测了一下老爸血压偏高 他说没什么不舒服 过两天去社区医院复查', 'none'],
  ['group', '外婆体检回来 医生说都还行 她也没觉得哪里不舒服', 'none'],
  ['group', '阿爷今朝血压155 伊讲呒没不舒服 就是昨天夜里没困好', 'none'],
  ['group', "Dad's pressure was a bit high this morning but he says he doesn't feel unwell at all", 'none'],
  ['group', '我妈说不舒服 脸色很差', 'emergency.ask'],
  ['group', '老伴又说心口不舒服 出冷汗', 'emergency'],
  ['group', '外公一早上都不舒服 不想吃东西', 'emergency.ask'],
];
