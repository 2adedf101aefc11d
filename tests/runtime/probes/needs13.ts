/**
 * Round 13 probes (needs13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the room said as its floor and its number on that floor, after the building (「20栋4楼02」, 「7号楼3层05室」,
// 「十二幢五楼2号」): the room is the floor's hundred and the number (402, 305, 502), whatever the intent around the door; a
// floor with a time, a count or nothing after it is no room.
// Read right before the change: 6/13 (after: 13/13).
export const ROUND_13_FLOOR_AND_ROOM_ON_IT: Probe[] = [
  ['private', '我家在9栋6楼03', 'home', 'door=9-603'],
  ['private:new', '你好 我住11号楼2层01室', 'home', 'door=11-201'],
  ['private', '麻烦登记一下 十二幢五楼2号', 'home', 'door=12-502'],
  ['group', '@邻里 帮我记一下 我住17栋12楼06', 'home', 'door=17-1206'],
  ['group', '要一份鸡蛋 8号楼3楼04', 'order', 'items=D*1;door=8-304'],
  ['reply:chain', '6栋2层07室 水果一份', 'order', 'items=C*1;door=6-207'],
  ['group', '我妈的氨氯地平还剩三天 她住14号楼7楼01', 'medicine', 'items=氨氯地平;days=3;door=14-701'],
  ['group', '5号楼3楼12点停水 大家提前接点水', 'none'],
  ['group', '9栋6楼2个小孩在楼道里玩', 'none'],
  ['group', '10号楼4楼的灯坏了 谁去报修一下', 'none'],
  ['private', '我住5号楼302', 'home', 'door=5-302'],
  ['private', '我住20栋4楼', 'none'],
  ['reply:chain', '3号楼1单元702 B一份', 'order', 'items=B*1;door=3-1-702'],
];

// Set B: Shanghainese 好 before what one does is "can" (「我好开车」, 「夜里我好值班」, 「啥都好做」, 「侬好做啥」): after who
// does it or 都/也, and before a verb of helping or doing, 好 is 可以, so an offer, a sign-up or a question about the bot reads
// as its Mandarin would; 侬好 the greeting, 好想, 好开心, 不好做 stay what they are.
// Read right before the change: 8/15 (after: 15/15).
export const ROUND_13_SHANGHAINESE_HAO_IS_CAN: Probe[] = [
  ['group', '晚上我好守夜 白天要上班', 'volunteer', 'skills=patrol'],
  ['group', '夜里厢我好開車 送人去醫院', 'volunteer', 'skills=driver'],
  ['reply:recruit', '报名 我好做翻译 英文日文侪可以', 'recruit.signup', 'skills=translator'],
  ['reply:recruit', '我好搬物资 力气大', 'recruit.signup', 'skills=delivery'],
  ['reply:recruit', '阿拉老头子好值班 我好统计名单', 'recruit.signup', 'skills=patrol|coordination'],
  ['reply:recruit', '算阿拉一家 啥活侪好做', 'recruit.signup', 'skills=general'],
  ['private:new', '侬好做点啥呀', 'help'],
  ['group', '@邻里 侬到底好帮阿拉做啥', 'help'],
  ['private', '侬好帮我做点啥事体', 'help'],
  ['group', '侬好 请问今朝快递到了伐', 'none'],
  ['group', '这个活不好做 大家辛苦了', 'none'],
  ['group', '我好想出去吃饭啊 关了一个月了', 'none'],
  ['group', '她好开心 终于能下楼了', 'none'],
  ['group', '侬好 我是新搬来的', 'none'],
  ['reply:recruit', '我好开心 大家都来报名了', 'none'],
];

// Set C: how to have the bot do one of its services, asked as a procedure ("how do I order medicine through you?", 「通过你怎么配药」,
// 「你可以帮我做些什么」): with no medicine named and no one's stock said, the question is about the bot (help); the same how with a
// medicine and a need in it stays the request, a how about anything else stays talk.
// Read right before the change: 7/12 (after: 12/12).
export const ROUND_13_HOW_TO_USE_A_SERVICE: Probe[] = [
  ['private:new', 'how can I get medicine delivered through this bot?', 'help'],
  ['private', 'what do I need to do to order groceries with you?', 'help'],
  ['private:new', 'How would I request a prescription refill using linli?', 'help'],
  ['private', '请问通过你怎么配药', 'help'],
  ['private:new', '你可以帮我做些什么 买菜可以吗', 'help'],
  ['private', '請問要怎樣透過你幫家裡老人配藥', 'help'],
  ['group', '@邻里 how do we sign up for the vegetable group buy through you?', 'help'],
  ['private', 'how do I get my mum her amlodipine? she has 2 days left, 5-302', 'medicine', 'items=amlodipine;days=2;door=5-302'],
  ['private', '我的降压药吃完了 怎么配', 'medicine', 'items=降压药;days=0'],
  ['group', 'how do I get to the hospital from here? the bus stopped running', 'none'],
  ['private', 'I need insulin for my dad, how do I order it?', 'medicine', 'items=insulin'],
  ['group', '这个药怎么吃 一天几次', 'none'],
];

// Set D: "anything" in an offer beside a named skill: left open ("anything you need", "anything at all", "anything else the
// committee needs") it is any job too (general); narrowed by what follows it ("anything medical", "anything heavy", "anything
// language-related") it is only that kind of job, not general.
// Read right before the change: 3/9 (after: 9/9).
export const ROUND_13_ANYTHING_OPEN_OR_NARROWED: Probe[] = [
  ['group', 'I have a van and can help with moving boxes or anything heavy', 'volunteer', 'skills=driver|delivery'],
  ['group', 'I can translate for the Korean families or anything language-related', 'volunteer', 'skills=translator'],
  ['reply:recruit', "sign me up, I'm a nurse, happy to help with anything medical", 'recruit.signup', 'skills=nurse'],
  ['group', 'I can do deliveries on my scooter, honestly anything you need', 'volunteer', 'skills=delivery|general'],
  ['reply:recruit', 'count me in - patrols at night, and anything else the committee needs', 'recruit.signup', 'skills=patrol|general'],
  ['group', 'Can carry shopping upstairs for the elderly, anything at all', 'volunteer', 'skills=delivery|general'],
  ['group', 'I used to be a driver, can take people to hospital if needed', 'volunteer', 'skills=driver'],
  ['group', 'has anything been decided about the water outage?', 'none'],
  ['reply:recruit', "I'm in, happy to do anything", 'recruit.signup', 'skills=general'],
];

// Set E: under a task post, going said with a "can" or "will" (「我能去的」, 「我也会去额」, 「阿拉下半天好去额」): 的 (or Shanghainese 额)
// closing it is assurance, not the past, 会 claims as 可以 and 能 do, and a time may stand between the writer and the verb;
// 「是我送的」 (who did it) stays what it was, 「能去的人多吗」 asks.
// Read right before the change: 4/8 (after: 8/8).
export const ROUND_13_ASSURANCE_DE_AFTER_CAN: Probe[] = [
  ['reply:task', '我能去的', 'task.claim'],
  ['reply:task', '我也会去额', 'task.claim'],
  ['reply:task', '明早我可以跑一趟的', 'task.claim'],
  ['reply:task', '這個我能幫忙拿的', 'task.claim'],
  ['reply:task', '阿拉下半天好去额', 'task.claim'],
  ['reply:task', '我可以去', 'task.claim'],
  ['reply:task', '药是我送的 放在门口了', 'task.done'],
  ['reply:task', '能去的人多吗', 'none'],
];

// Set F: under a task post, a hand-over said as what someone else is to do (「让她放门口」, 「叫阿婆把单子放门卫」, 「请家里人放楼下」)
// is an instruction, not a report that it was done: with a claim before it, the reply claims.
// Read right before the change: 6/7 (after: 7/7).
export const ROUND_13_HANDOVER_TOLD_TO_SOMEONE: Probe[] = [
  ['reply:task', '我接了 叫阿婆把医保卡放门卫 我六点去拿', 'task.claim'],
  ['reply:task', '这单我来 让她家里人把药盒放门口就行', 'task.claim'],
  ['reply:task', '我去吧 请老人家放楼下信箱里', 'task.claim'],
  ['reply:task', '我来跑 东西让他们放电梯口', 'task.claim'],
  ['reply:task', '已经放门口了', 'task.done'],
  ['reply:task', '送到了 放在她家门口', 'task.done'],
  ['reply:task', '我接 麻烦把单子放门口', 'task.claim'],
];

// Set G: a courtesy said last (「大家一起加油」, 「辛苦团长了」, "Thank you for organising this!", "thanks so much everyone") closes a
// sign-up said with what one can do, or an order line with its door (under the chain post, in private or to the bot); it is set
// aside before what would make the message a cheer or a thanks is looked for. The courtesy on its own stays a cheer or a thanks.
// Read right before the change: 9/12 (after: 12/12).
export const ROUND_13_CLOSING_COURTESY: Probe[] = [
  ['reply:recruit', '报名 我会开车 周末都可以 大家一起加油', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '我報名 會說英文 可以幫外國住戶翻譯 辛苦大家了 加油', 'recruit.signup', 'skills=translator'],
  ['reply:recruit', "Count me in, I can do evening patrols. Thanks for organising all this!", 'recruit.signup', 'skills=patrol'],
  ['reply:chain', 'Please add 1x fruit box for 8-602. Thank you so much for running this!', 'order', 'items=C*1;door=8-602'],
  ['reply:chain', 'two egg packs for 11-1203 please, thanks for doing this everyone', 'order', 'items=D*2;door=11-1203'],
  ['reply:chain', '9-301 肉禽套餐一份 团长辛苦了 加油', 'order', 'items=B*1;door=9-301'],
  ['reply:chain', 'Hi, please put us down for 1x meat box, 3-1502. Thank you for sorting this out!', 'order', 'items=B*1;door=3-1502'],
  ['reply:recruit', '我也来报名当志愿者 可以帮忙搬东西 辛苦了', 'recruit.signup', 'skills=delivery'],
  ['reply:recruit', '報名當志工 會開車 一起加油💪', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '大家加油!', 'none'],
  ['reply:chain', 'Thank you for organising this!', 'none'],
  ['reply:recruit', '辛苦各位志愿者了 加油', 'none'],
];

// Set H: what the bot can do for one, asked with 可以 (or Shanghainese 好, read as 可以) and then services named as examples
// (「这个邻里可以帮我做些什么 配药也行吗」, 「侬好帮阿拉做点啥 买菜好买伐」): the question about the bot, not a request for medicine;
// a medicine of one's own asked for after it stays the request.
// Read right before the change: 3/7 (after: 7/7).
export const ROUND_13_WHAT_CAN_YOU_DO_WITH_KEYI: Probe[] = [
  ['private:new', '这个邻里可以帮我做些什么 配药也行吗', 'help'],
  ['private:new', '侬好帮阿拉做点啥 买菜好买伐 配药呢', 'help'],
  ['private', '你到底可以帮老人做点什么 配药 团购这些都管吗', 'help'],
  ['private:new', '我奶奶让我问问 这个东西可以帮她做些啥 配药可以报吗', 'help'],
  ['private', '你可以帮我做点什么 我的降压药只剩两天了 麻烦配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
  ['group', '谁可以帮我做点饭 我发烧了', 'none'],
  ['private', '你可以帮我做什么', 'help'],
];
