/**
 * Round 15 probes (replies15): replies under the bot's task post and recruit post, and offers of help in the group, in
 * kinds the people15 sets did not cover. Sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a claim under a task post said as when one goes: after what one is doing (「下班就去」, 「吃完饭就去」, 「开完会就去拿」,
// Cantonese 「放工即刻去」), after a while (「我一个小时后去」, 「半个钟后到」, 「半小时内到」), by what one rides (「我骑车去」), or
// fetched first then taken to the door (「我拿好药就送去5号楼」). The fix is in CLAIM (commands/volunteering/recognise.ts). Near misses
// stay silent: tired after work, someone else coming after work, someone else's time told, a time asked.
// Read right before the change: 6/16. After: 16/16.
export const REPLIES_15_CLAIM_WHEN: Probe[] = [
  ['reply:task', '下班就去', 'task.claim'],
  ['reply:task', '我六点下班 下班就过去拿', 'task.claim'],
  ['reply:task', '吃完饭就去', 'task.claim'],
  ['reply:task', '开完会就去拿', 'task.claim'],
  ['reply:task', '放工即刻去', 'task.claim'],
  ['reply:task', '我一个小时后去', 'task.claim'],
  ['reply:task', '半个钟后到', 'task.claim'],
  ['reply:task', '我这边可以 半小时内到', 'task.claim'],
  ['reply:task', '我骑车去 二十分钟', 'task.claim'],
  ['reply:task', '我拿好药就送去5号楼', 'task.claim'],
  ['reply:task', '十分钟后到', 'task.claim'],
  ['reply:task', '我做完核酸就去', 'task.claim'],
  ['reply:task', '下班了好累', 'none'],
  ['reply:task', '她儿子下班就过来拿', 'none'],
  ['reply:task', '他说一个小时后到', 'none'],
  ['reply:task', '半小时后到得了吗', 'none'],
];

// Set 2: a claim on the way or in dialect and English: 「我下楼了」, 「正在去的路上」, 「我跟进」, for the old person named
// (「我帮阿婆拿」), "leaving in 5", "can do, 30 mins", "I'll sort it"; 「我嚟」, 「交畀我」, 「阿拉去」, 「俺去」, "on it" were
// read already. The fix is in CLAIM. Near misses stay silent: asked whether anyone took it, a wish from quarantine, thanks, a
// parcel on its way (「快递在路上了」, read as a claim before: 在路上 is now the writer's), asked whether she is on her way. Read right before the change: 12/20. After: 20/20.
export const REPLIES_15_CLAIM_ON_THE_WAY: Probe[] = [
  ['reply:task', '我下楼了', 'task.claim'],
  ['reply:task', '正在去的路上', 'task.claim'],
  ['reply:task', 'got it, leaving in 5', 'task.claim'],
  ['reply:task', 'can do, 30 mins', 'task.claim'],
  ['reply:task', "I'll sort it", 'task.claim'],
  ['reply:task', '我帮阿婆拿 住她对门', 'task.claim'],
  ['reply:task', '好嘅 我跟进', 'task.claim'],
  ['reply:task', '我嚟', 'task.claim'],
  ['reply:task', '交畀我啦', 'task.claim'],
  ['reply:task', '阿拉去 十分钟', 'task.claim'],
  ['reply:task', '俺去俺去', 'task.claim'],
  ['reply:task', 'on it', 'task.claim'],
  ['reply:task', 'leaving now', 'task.claim'],
  ['reply:task', '药我去拿 送到7号楼门口', 'task.claim'],
  ['reply:task', 'is anyone on it?', 'none'],
  ['reply:task', '有人接了吗', 'none'],
  ['reply:task', '我也想去但在隔离', 'none'],
  ['reply:task', '谢谢接单的邻居', 'none'],
  ['reply:task', '快递在路上了', 'none'],
  ['reply:task', '她在路上了吗', 'none'],
];

// Set 3: done reported by its result: 完事了, in her hands (「药已经到老人手里了」), hung on the handle, left with the guard or in
// a parcel locker, 「刚送完」, Cantonese 「送去咗」, 「到咗 交俾阿婆」, "she's got them". The fix is in DONE. Near misses: asked
// whether it arrived, told where to leave it, thanks, asked where. Read right before the change: 11/20. After: 20/20.
export const REPLIES_15_DONE_RESULT: Probe[] = [
  ['reply:task', '完事了 药给她女儿了', 'task.done'],
  ['reply:task', "she's got them", 'task.done'],
  ['reply:task', '到咗 交俾阿婆', 'task.done'],
  ['reply:task', '刚送完 老人挺好的', 'task.done'],
  ['reply:task', '放快递柜了 取件码发她了', 'task.done'],
  ['reply:task', '已经挂在门把手上了 敲了门', 'task.done'],
  ['reply:task', '东西给门卫了 阿姨等下去拿', 'task.done'],
  ['reply:task', '药已经到老人手里了', 'task.done'],
  ['reply:task', '送去咗啦', 'task.done'],
  ['reply:task', '药放门口了 拍了照', 'task.done'],
  ['reply:task', 'left it with the guard', 'task.done'],
  ['reply:task', '送到咗', 'task.done'],
  ['reply:task', '交到她儿子手上了', 'task.done'],
  ['reply:task', 'dropped at her door, she waved from the window', 'task.done'],
  ['reply:task', '送到了吗?', 'none'],
  ['reply:task', '放门口就行 不用敲门', 'none'],
  ['reply:task', '谢谢 辛苦了', 'none'],
  ['reply:task', 'where should I leave it?', 'none'],
  ['reply:task', '放快递柜可以吗', 'none'],
  ['reply:task', '药到了没有', 'none'],
];

// Set 4: a give-back with its reason in words not read before: "I need to pass", "rain check", "something's come up", a car that
// won't start and "can anyone else go?", 「得退一下 楼里有阳性」. The fix is in GIVE_BACK, WITHDRAW, OBSTACLE and HAND_OVER. Near
// misses: late but coming, a question about someone else's lockdown, sympathy, a car talked of, asked who else is going.
// Read right before the change: 13/18. After: 18/18.
export const REPLIES_15_GIVEBACK_REASON: Probe[] = [
  ['reply:task', 'I need to pass, got called into work', 'task.giveback'],
  ['reply:task', "rain check on this one, my building's locked", 'task.giveback'],
  ['reply:task', '得退一下 楼里有阳性', 'task.giveback'],
  ['reply:task', "something's come up at home, anyone else?", 'task.giveback'],
  ['reply:task', "my car won't start, can anyone else go?", 'task.giveback'],
  ['reply:task', '临时要去做核酸 谁帮我接一下', 'task.giveback'],
  ['reply:task', 'something came up, sorry', 'task.giveback'],
  ['reply:task', '不好意思 单位突然叫我回去 这单去不了了', 'task.giveback'],
  ['reply:task', '唔好意思 我临时有事 搵第二个啦', 'task.giveback'],
  ['reply:task', "can't make it today, kid is sick", 'task.giveback'],
  ['reply:task', '阿拉屋里有事体 去勿了了', 'task.giveback'],
  ['reply:task', '抗原两道杠了 这单给别人吧', 'task.giveback'],
  ['reply:task', '抱歉 加班晚了 现在过去', 'task.claim'],
  ['reply:task', '她家被封了还能送吗', 'none'],
  ['reply:task', '辛苦了 注意安全', 'none'],
  ['reply:task', "my car is parked by the gate if anyone needs it", 'none'],
  ['reply:task', 'is anyone else going to the pharmacy?', 'none'],
  ['reply:task', '上次我退过一单 这次没问题', 'none'],
];
