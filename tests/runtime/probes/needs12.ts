/**
 * Round 12 probes (needs12): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the stair entrance 门 said between the building and the room, as the walk-ups of a 公房 新村 are numbered
// (「9号楼2门301」, 「十號樓三門五零二」): 门 is the unit (SPEC, README-30 1), whatever the intent around the door; a 门口 or a
// 门 with no room after it is a place, not a door.
// Read right before the change: 5/12 (after: 12/12).
export const ROUND_12_STAIR_ENTRANCE_IS_THE_UNIT: Probe[] = [
  ['private', '我家是9号楼2门301', 'home', 'door=9-2-301'],
  ['private:new', '你好 我住在曹杨新村8号楼1门203', 'home', 'door=8-1-203'],
  ['private:new', '我住喺十號樓三門五零二', 'home', 'door=10-3-502'],
  ['private', '门牌是 21号2门604', 'home', 'door=21-2-604'],
  ['group', '要两份C 6号楼2门401', 'order', 'items=C*2;door=6-2-401'],
  ['reply:chain', '4号楼3门102 鸡蛋一份', 'order', 'items=D*1;door=4-3-102'],
  ['group', '帮我老爸配两盒硝苯地平 他住16号楼1门501', 'medicine', 'items=硝苯地平;qty=2;door=16-1-501'],
  ['group', '5号楼2门口的快递是谁家的', 'none'],
  ['group', '12号楼3门的电梯又坏了 大家走楼梯当心', 'none'],
  ['group', '7号楼门口302那家的猫跑出来了', 'none'],
  ['private', '我住5号楼302', 'home', 'door=5-302'],
  ['reply:chain', '3号楼1单元702 B一份', 'order', 'items=B*1;door=3-1-702'],
];

// Set B: a Korean family writes the building with 동 and the room with 호 (「8동 1502」, "3동 702호"): 동 is 号楼 (README-29 7).
// Read right before the change: 1/5 (after: 5/5).
export const ROUND_12_KOREAN_BUILDING_DONG: Probe[] = [
  ['private:new', 'we live in 8동 1502', 'home', 'door=8-1502'],
  ['private', 'my home is 3동 702호', 'home', 'door=3-702'],
  ['group', '2 boxes of eggs please, 11동 903', 'order', 'items=D*2;door=11-903'],
  ['private:new', 'my mother needs her amlodipine, 2 boxes, she lives at 6동 1101', 'medicine', 'items=amlodipine;qty=2;door=6-1101'],
  ['group', 'the kids from 5동 are playing downstairs again', 'none'],
];

// Set C: what the bot does asked in a reported question's order ("tell me what this bot does", "not sure what this thing is
// for", "what kinds of things you can help with"): the subject before the verb, after a verb of knowing or telling, is the same
// question as "what does this bot do?"; about a medicine, a parcel or the committee it stays talk.
// Read right before the change: 3/9 (after: 9/9).
export const ROUND_12_WHAT_IT_DOES_REPORTED: Probe[] = [
  ['private:new', 'Could you explain what this bot actually does? My daughter set it up for me', 'help'],
  ['private', "I'd like to know what kinds of things you can do for my parents", 'help'],
  ['private:new', 'my neighbour added me here, not sure what this thing is for', 'help'],
  ['private', 'wondering what sort of requests you handle', 'help'],
  ['group', '@邻里 can you tell me what you can help with?', 'help'],
  ['private:new', "Hello, I'm a new tenant in building 3. Please tell me what the bot does and whether it can get groceries", 'help'],
  ['group', 'does anyone know what this medicine does? my mum was given it at the clinic', 'none'],
  ['group', 'I wonder what the committee will do about the lifts', 'none'],
  ['group', 'no idea what it is for, the parcel had no label', 'none'],
];

// Set D: the menu asked for politely or in a language (「劳驾 发一下菜单」, "do you have a menu in english?", 「有繁體字的選單嗎」):
// the courtesy before it and the language or script it is wanted in leave it the menu; a restaurant's menu stays talk.
// Read right before the change: 3/10 (after: 10/10).
export const ROUND_12_MENU_POLITELY_OR_IN_A_LANGUAGE: Probe[] = [
  ['private', '劳驾 发一下菜单', 'help'],
  ['private', '麻烦发个菜单给我 谢谢', 'help'],
  ['private', '请问有英文版的菜单吗', 'help'],
  ['private:new', 'do you have a menu in english?', 'help'],
  ['private', 'is there a chinese version of the menu', 'help'],
  ['private', '有繁體字的選單嗎', 'help'],
  ['private', 'can I see the menu please', 'help'],
  ['group', '小区门口那家饭店有英文菜单吗', 'none'],
  ['group', 'the noodle shop finally has an english menu lol', 'none'],
  ['group', '麻烦大家看看这个菜单 团长说明天改', 'none'],
];

// Set E: any task, said as "whatever I am told, that I do" — the question word said twice, the first after being told or sent
// (「叫我干啥我就干啥」, 「安排我去哪我就去哪」, "I'll do whatever you tell me") — or "general help": the skill is general.
// Cooking whatever a child wants (「想吃啥就做啥」) or believing whatever one hears is no offer.
// Read right before the change: 3/10 (after: 10/10).
export const ROUND_12_WHATEVER_I_AM_TOLD: Probe[] = [
  ['reply:recruit', '报名 你们叫我干啥我就干啥', 'recruit.signup', 'skills=general'],
  ['reply:recruit', '我参加 安排我去哪我就去哪', 'recruit.signup', 'skills=general'],
  ['group', '我想当志愿者 居委让做什么就做什么', 'volunteer', 'skills=general'],
  ['group', '想做志愿者 你们派我干嘛我就干嘛', 'volunteer', 'skills=general'],
  ['reply:recruit', 'count me in, general help', 'recruit.signup', 'skills=general'],
  ['reply:recruit', 'sign me up for general stuff', 'recruit.signup', 'skills=general'],
  ['reply:recruit', "I'll do whatever you tell me, sign me up", 'recruit.signup', 'skills=general'],
  ['group', '孩子想吃啥就做啥 封控在家也没办法', 'none'],
  ['group', '我妈现在是电视里说什么就信什么', 'none'],
  ['reply:recruit', '报名 我会开车', 'recruit.signup', 'skills=driver'],
];

// Set F: PCR and nucleic-acid work named in English ("the PCR queue", "nucleic acid registration") is testing, as 核酸 is.
// Read right before the change: 1/5 (after: 5/5).
export const ROUND_12_PCR_IS_TESTING: Probe[] = [
  ['reply:recruit', 'sign me up, I can help with the PCR queue', 'recruit.signup', 'skills=testing'],
  ['reply:recruit', 'count me in for PCR', 'recruit.signup', 'skills=testing'],
  ['group', "I'd like to volunteer, happy to do nucleic acid registration", 'volunteer', 'skills=testing'],
  ['group', 'I can volunteer at the pcr site tomorrow morning', 'volunteer', 'skills=testing'],
  ['group', 'is there PCR today? nobody told us', 'none'],
];

// Set G: 我去 after the thing taken (「这个我去」, 「那单我去」) claims it, whatever is said next (「穿好大衣」 is putting a coat on,
// not "so big"); 我去 that opens a reply is still the exclamation (「我去 外面好冷啊」).
// Read right before the change: 4/7 (after: 7/7).
export const ROUND_12_THIS_ONE_I_GO: Probe[] = [
  ['reply:task', '这个我去 穿好大衣就下楼', 'task.claim'],
  ['reply:task', '那个我去 虽然路好远', 'task.claim'],
  ['reply:task', '这个任务我去 楼下太冷了多穿点', 'task.claim'],
  ['reply:task', '这单我去 鞋都换好了', 'task.claim'],
  ['reply:task', '我去 这么快就有人接了', 'none'],
  ['reply:task', '我去 外面好冷啊', 'none'],
  ['reply:task', '我去 这个任务也太远了吧', 'none'],
];

// Set H: an instruction to the one who posted, put with 把 (「麻烦把医保卡放门口」, 「你们把单子放门卫」), is how to hand things
// over, not a report that they were put there: the claim beside it stands. Put there by the writer (「我把菜放在她家门口了」) is done.
// Read right before the change: 5/7 (after: 7/7).
export const ROUND_12_PUT_IT_THERE_ASKED: Probe[] = [
  ['reply:task', '我去吧 麻烦把钱和单子放门口 半小时后到', 'task.claim'],
  ['reply:task', '接了 记得把医保卡放在信箱里 我下午来取', 'task.claim'],
  ['reply:task', '我接 你们把单子放门卫 我等下去拿', 'task.claim'],
  ['reply:task', '我来 请把病历本放到门口鞋柜上', 'task.claim'],
  ['reply:task', '已经把药放在老人门口了', 'task.done'],
  ['reply:task', '药和医保卡都放门口了 请查收', 'task.done'],
  ['reply:task', '我把菜放在她家门口了', 'task.done'],
];

// Set I: a door corrected in one message (「我讲成9号601 其实是9号楼1门601」, 「原先写的是…正确的是…」): the door said after the
// correcting word (其实是, 实际上是, 应该是, 正确的是) is the home, whichever was said first.
// Read right before the change: 2/7 (after: 7/7).
export const ROUND_12_DOOR_CORRECTED: Probe[] = [
  ['private', '上次说的5号楼302不对 应该是5号楼3单元302', 'home', 'door=5-3-302'],
  ['private', '我的门牌我讲错了 我讲成9号601 其实是9号楼1门601', 'home', 'door=9-1-601'],
  ['private', '帮我更正一下 原先写的是3号楼402 正确的是3号楼2门402', 'home', 'door=3-2-402'],
  ['private', '我家门牌写成了16号1203 实际上是16号楼1302', 'home', 'door=16-1302'],
  ['private:new', '邻里你好 我女儿给我登记的是7号302 其实阿拉是7号楼2门302', 'home', 'door=7-2-302'],
  ['private', '地址改成8号楼1102 之前登记的是8号楼1201', 'home', 'door=8-1102'],
  ['private', '我住5号楼302 其实是上个月刚搬来的', 'home', 'door=5-302'],
];

// Set J: someone of the household sent to help, said to the bot by name (「邻里 我女儿在家 下午搬东西可以叫她」): 邻里 opening the
// message is the bot addressed, not an app a relative installed whose 她 is the bot; and calling him (「叫他」) sends him only with the
// task named — 「吃饭都要叫他」 is a mother's complaint.
// Read right before the change: 2/7 (after: 7/7).
export const ROUND_12_KIN_CALLED_FOR_A_TASK: Probe[] = [
  ['private', '邻里 我女儿在家上网课 下午搬东西可以叫她', 'volunteer', 'skills=delivery'],
  ['private', '邻里你好 我老公有车 要用车就喊他', 'volunteer', 'skills=driver'],
  ['group', '邻里 阿拉儿子年纪轻力气大 搬物资喊伊', 'volunteer', 'skills=delivery'],
  ['private', '机器人 我孙子放假在家 跑腿的事叫他去', 'volunteer', 'skills=delivery'],
  ['private', '我儿子天天打游戏 吃饭都要叫他', 'none'],
  ['private', '邻里 我女儿天天睡懒觉 中午了还要喊她', 'none'],
  ['private', '女儿帮我装了邻里 讲有事可以找伊', 'none'],
];

// Set K: 配药 named as what a list or form is of (「统计各家配药的名单」, 「配药登记表我来整理」, 「汇总配药需求」) is paperwork — the
// coordination skill — not the medicine run; 配药 done (「跑医院配药」) is still medicine.
// Read right before the change: 2/6 (after: 6/6). (A fourth sentence first written, 「…可以帮楼组长统计配药清单」, is read by the
// medicine recogniser as 帮…配 at 0.86 beside the offer, so it is asked: the medicine helper's; replaced by one of the same reason.)
export const ROUND_12_MEDICINE_LISTS_ARE_PAPERWORK: Probe[] = [
  ['group', '我想当志愿者 可以帮忙统计各家配药的名单', 'volunteer', 'skills=coordination'],
  ['reply:recruit', '报名 配药登记表我来整理 表格我熟', 'recruit.signup', 'skills=coordination'],
  ['reply:recruit', '报名 可以帮忙汇总配药需求', 'recruit.signup', 'skills=coordination'],
  ['group', '我退休前做会计 配药的清单可以交给我统计', 'volunteer', 'skills=coordination'],
  ['group', '我可以帮忙配药 也可以统计名单', 'volunteer', 'skills=medicine|coordination'],
  ['reply:recruit', '报名 我有车 可以跑医院配药', 'recruit.signup', 'skills=driver|medicine'],
];

// Set L: the chain's English title written with a hyphen ("Group-buy #1", "GROUP-BUY #1") names our group-buy as "group buy #1"
// does: the last line pasted under it is the sender's order; a one-line notice naming it stays talk.
// Read right before the change: 2/5 (after: 5/5).
export const ROUND_12_HYPHENATED_GROUP_BUY: Probe[] = [
  ['reply:chain', 'Group-buy #1\n1. 5-301 A×1\n2. 9-1102 D×2', 'order', 'items=D*2;door=9-1102'],
  ['group', 'GROUP-BUY #1 veggies\n1. 3-502 B×1\n2. 14-801 C×1 A×1', 'order', 'items=C*1|A*1;door=14-801'],
  ['group', 'group-buy #1\n1. 7-101 A×1\n2. 7-202 B×2 (my line, thanks!)', 'order', 'items=B*2;door=7-202'],
  ['group', 'Group-buy #1 closes at 8pm tonight, last chance', 'none'],
  ['group', 'Reminder\nGroup-buy #1 delivery is tomorrow\nplease be home', 'none'],
];
