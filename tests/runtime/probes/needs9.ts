/**
 * Round 9 needs probes: what dev-20 (a 长宁 group in the weeks of 封控) and dev-22 (an old 虹口 community at night)
 * missed or mistook among medicine, orders, homes, offers, task replies, help and one's own details, each by its
 * reason, in new words and other scripts. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-20, dev-22: 抗原試劑, "antigen tests", "glucose test strips", 酒精): a testing or first-aid supply named by
// what it tests or is (抗原试剂, antigen test, glucose test strips, 酒精) is the item, whole, as written.
// Left out, not wired: 「抗原冇晒 可唔可以幫我攞一盒」 (抗原 alone, items=抗原) — alone, 抗原 is the test taken or thrown away in
// older dev files' chatter (「今天要抗原吗」, 「用过的抗原和口罩」), so only 抗原试剂 / 抗原检测试剂 name the supply. 0/5 before; 4/4 after.
export const ROUND_9_SUPPLIES: Probe[] = [
  ['private', '家里的抗原试剂用完了 能不能给我们两盒', 'medicine', 'items=抗原试剂;qty=2;days=0'],
  ['private', 'can we have two boxes of antigen tests? none left at home', 'medicine', 'items=antigen tests;qty=2;days=0'],
  ['private', 'need one box of glucose test strips, my last ones are gone', 'medicine', 'items=glucose test strips;qty=1;days=0'],
  ['private', '麻烦帮我买一瓶酒精 家里消毒用', 'medicine', 'items=酒精;qty=1'],
];

// Set 2 (dev-20: 侬记牢了阿拉屋里啥个地址, 你記咗我哋屋企咩地址): one's home said as the household (阿拉屋里, 我哋屋企,
// 屋里厢, 我屋头) with a verb of keeping said in dialect (记牢, 记咗, 记低, 记住) asks what the bot holds. 3/5 before; 5/5 after.
export const ROUND_9_MYDATA_HOUSEHOLD: Probe[] = [
  ['private', '侬晓得阿拉屋里住啥地方伐', 'mydata'],
  ['private', '你哋記低咗我屋企電話未', 'mydata'],
  ['private', '侬记牢阿拉屋里厢门牌了伐', 'mydata'],
  ['private', '你們有沒有記住我家的地址', 'mydata'],
  ['private', '你记到我屋头的电话没得', 'mydata'],
];

// Set 3 (dev-20, dev-22: 上次没抢到 这次一定要接上, 上趟的肉太肥了这趟…): what went wrong last time (上次, 上趟, 上回,
// "last time"), told beside this time's order (这次, 这趟, 今次, "this time"), is why, not a complaint about the goods. 2/5 before; 5/5 after.
export const ROUND_9_ORDER_LAST_TIME: Probe[] = [
  ['reply:chain', '上次没抢到 这次要两份水果 6号楼402', 'order', 'items=C*2;door=6-402'],
  ['reply:chain', '上趟的鸡蛋碎了好几只 这趟还是要鸡蛋一份 3号楼1102', 'order', 'items=D*1;door=3-1102'],
  ['group', '上次的肉不新鲜 这次只要蔬菜两份 11号楼601', 'order', 'items=A*2;door=11-601'],
  ['reply:chain', '上次冇搶到 今次要一份肉同一份水果 7座1203', 'order', 'items=B*1|C*1;door=7-1203'],
  ['reply:chain', 'missed out last time, this time two veg packs please, 5-1402', 'order', 'items=A*2;door=5-1402'],
];

// Set 3b (dev-20: 蔬菜的居委刚发过就不要了): a package turned down with its reason between it and 不要 (「水果家里还有就不要了」)
// refuses that package; the others named with their counts are still ordered. 0/4 before; 4/4 after.
export const ROUND_9_ORDER_ONE_DECLINED: Probe[] = [
  ['group', '鸡蛋两份 肉禽套餐一份 水果家里还有就不要了 5号楼1201', 'order', 'items=D*2|B*1;door=5-1201'],
  ['reply:chain', '蔬菜套餐一份 鸡蛋的居委发过了就不要了 9号楼301', 'order', 'items=A*1;door=9-301'],
  ['reply:chain', '要一份肉 生果屋企仲有好多就唔要喇 3座802', 'order', 'items=B*1;door=3-802'],
  ['reply:chain', '水果两份 鸡蛋阿拉屋里还有就勿要了 6号楼202', 'order', 'items=C*2;door=6-202'],
];

// Set 3c (dev-20: 配药我可以 以前帮我妈跑惯了医院): under the recruit post, a job said with 我可以 and help given to one's
// family before (以前帮我妈跑惯了, 以前成日幫阿媽…, "used to get my gran her pills") is the sign-up, not a need: help one gave
// before, told as a habit, asks for nothing. 1/4 before; 4/4 after.
export const ROUND_9_SIGNUP_FAMILY_BEFORE: Probe[] = [
  ['reply:recruit', '买药我能行 之前帮我外婆配过好几年', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '跑药房我可以 以前常帮我奶奶拿药', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '配藥我得 以前成日幫阿媽去醫院攞藥', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', 'medicine runs I can do, used to get my gran her pills every month', 'recruit.signup', 'skills=medicine'],
];

// Set 4 (dev-20: 保栓通還有很多 … 要配的是阿斯匹靈; dev-22: 给老头子打胰岛素用): the one to get said as such (要配的是, 淨係要
// 兩盒, "just need two boxes of") is the one alone, beside one said to be plenty (很多 is no name); a medicine named only as
// what the supplies asked for are used with (给…打胰岛素用, 给孩子涂碘伏用) is not asked for. 2/5 before; 5/5 after.
export const ROUND_9_NOT_ASKED_FOR: Probe[] = [
  ['private', '我的降压药和降糖药 降糖药还有很多 要配的是氨氯地平 两盒', 'medicine', 'items=氨氯地平;qty=2'],
  ['private', '二甲雙胍仲有好多 淨係要兩盒阿司匹林', 'medicine', 'items=阿司匹林;qty=2'],
  ['private', 'I still have plenty of metformin, just need two boxes of lancets', 'medicine', 'items=lancets;qty=2'],
  ['private', '要两盒针头 给我老伴打胰岛素用的', 'medicine', 'items=针头;qty=2'],
  ['private', '我要一包棉签 给孩子涂碘伏用', 'medicine', 'items=棉签;qty=1'],
  // Written after the change, to try its edge: the names listed after 要配的是 are all the ones to get.
  ['private', '降压药还有很多 要配的是二甲双胍和阿卡波糖', 'medicine', 'items=二甲双胍|阿卡波糖'],
];

// Set 5 (dev-20: 医生朋友说让她多喝水; dev-22's 饮晒): water drunk as advice (多喝水, 多休息多喝水) is no medicine ending in
// 水, and Cantonese 飲晒 (drunk up) is none left. 1/4 before; 4/4 after.
// Set 5b (dev-22: 琴晚開始咳同流鼻水 read as a medicine 「始咳同流鼻水」): a symptom that ends in 水 (流鼻水, 流口水, 流眼水) is no
// medicine of the form 水. 0/3 before; 3/3 after.
export const ROUND_9_RUNNY_NOSE: Probe[] = [
  ['group', '孩子今早开始流鼻水 咳嗽 止咳糖浆喝完了 谁家有多的借一瓶 6号楼1102', 'medicine', 'items=止咳糖浆;qty=1;days=0;door=6-1102'],
  ['private', '個仔流鼻水 幫我買一盒感冒藥', 'medicine', 'items=感冒药;qty=1'],
  ['private', '老公一直流眼水 眼药水用完了 帮忙配一支', 'medicine', 'items=眼药水;qty=1;days=0'],
];

export const ROUND_9_NOT_A_NAME: Probe[] = [
  ['group', '我老公昨晚开始发烧 医生说多喝水 家里布洛芬吃完了 谁能借我一盒 6号楼201', 'medicine', 'items=布洛芬;qty=1;days=0;door=6-201'],
  ['group', '個仔尋日開始咳 屋企止咳藥水飲晒 有冇人可以借一支 8座302', 'medicine', 'items=止咳药水;qty=1;days=0;door=8-302'],
  ['private', '外婆前天开始头痛 让她多休息多喝水 降压药只剩两天了', 'medicine', 'items=降压药;days=2'],
  ['private', '我女儿今天开始拉肚子 蒙脱石散用完了 帮我配一盒', 'medicine', 'items=蒙脱石散;qty=1;days=0'],
];

// Set 6 (dev-20: motrin; dev-22: sevelamer; dev-20: 抗憂鬱藥): foreign tenants' own brands and the Taiwanese class word
// (憂鬱) are medicine names. 2/5 before; 5/5 after.
export const ROUND_9_NAMES_ABROAD: Probe[] = [
  ['private', 'my son has a cold and we finished the motrin, can you get one bottle? 9-801', 'medicine', 'items=motrin;qty=1;days=0;door=9-801'],
  ['private', 'could someone buy a box of benadryl for my wife, her allergy is back', 'medicine', 'items=benadryl;qty=1'],
  ['private', 'dad is on dialysis, his sevelamer runs out in 3 days, 2 boxes please', 'medicine', 'items=sevelamer;qty=2;days=3'],
  ['private', '我的抗憂鬱的藥只剩五天 麻煩幫我配', 'medicine', 'items=抗忧郁的药;days=5'],
  ['private', 'need sudafed for my blocked nose, one box, 3-1201', 'medicine', 'items=sudafed;qty=1;door=3-1201'],
];

// Set 7 (dev-20: 已经阴了 哪里需要去哪里; "I'll do anything, carrying boxes, swabbing"; dev-22: a retired nurse who can be
// called at night): an offer said as going wherever needed with the subject dropped after one's own test result (已经阴了,
// 陰咗啦), as "I'll do anything" with the jobs named (unloading, scanning codes), or as being called. 3/5 before; 7/7 after.
export const ROUND_9_OFFERS: Probe[] = [
  ['group', '我转阴了 哪里缺人我就去哪里', 'volunteer', 'skills=general'],
  ['group', '陰咗啦 邊度要人就叫我', 'volunteer', 'skills=general'],
  ['group', "tested negative today, I'll do anything, unloading trucks, scanning codes, you name it. 7-301", 'volunteer', 'skills=delivery|testing|general'],
  ['group', '我以前是药剂师 退休了 谁家老人看不懂药的说明 打电话给我就行 我住5号楼', 'volunteer', 'skills=pharmacist'],
  ['group', '我是护士 晚上都在 谁家有人不舒服要量血压的 敲我门就行 12号楼', 'volunteer', 'skills=nurse'],
  // Written after the change, to try its edges: the subject dropped after one's own result, and the result alone.
  ['group', '刚转阴 哪里缺人就去哪里', 'volunteer', 'skills=general'],
  ['group', '已经阴了 太好了 终于可以下楼拿快递了', 'none'],
];

// Set 8 (dev-22: 我来接这个 我有车 送透析的阿伯没问题; 送去又接回来了 … 完成): a claim with the means said beside it (我有车)
// is the claim (我来接这个, 我嚟跟: the writer with 接 / 跟 and nothing after but this one); a round trip told as done
// (送去又接回来了) or 完成 as the last word is done. 3/5 before; 5/5 after.
export const ROUND_9_TASK_REPLIES: Probe[] = [
  ['reply:task', '这单我来 我有电瓶车 送药没问题', 'task.claim'],
  ['reply:task', '我嚟跟 我有車 接阿婆去醫院冇問題', 'task.claim'],
  ['reply:task', "I'll take it, I have a car, no problem", 'task.claim'],
  ['reply:task', '阿婆复诊送过去又接回来了 一切顺利 完成', 'task.done'],
  ['reply:task', '阿伯送咗去又接返嚟 搞掂', 'task.done'],
];

// Set 10 (dev-22: "I moved, now 8-1402"): a move told in few words (moved, 搬了, 搬咗) with the new door is a home; another's
// move is not. 3/4 before; 5/5 after.
export const ROUND_9_MOVED: Probe[] = [
  ['private', 'moved last week, now in 3-702', 'home', 'door=3-702'],
  ['private', '搬了 现在是6号楼1101', 'home', 'door=6-1101'],
  ['private', '搬咗屋 而家係9座501', 'home', 'door=9-501'],
  ['private', 'I have moved to 12-301', 'home', 'door=12-301'],
  // Written after the change, to try its edge: someone else's move is not one's home.
  ['private', '我女儿搬了 现在是7号楼902', 'none'],
];

// Set 11 (dev-22: @邻里 有急事是不是在群里喊就行?; 我能不能跟你聊聊天): how to reach help through the bot in an emergency,
// asked of the bot, is a question for it; asking to chat with it (跟你聊聊天) is not. 2/5 before; 7/7 after (the last two
// written after the change, to try its edge).
export const ROUND_9_HELP: Probe[] = [
  ['private', '半夜有急事找谁 在群里喊有用吗', 'help'],
  ['private', '出咗事係咪喺群度叫就得?', 'help'],
  ['private', 'if something urgent happens at night, do I just shout in the group?', 'help'],
  ['private', '我可以跟你说说话吗', 'none'],
  ['private', 'can I just talk to you for a bit', 'none'],
  ['private', '我可以和你聊一会天吗', 'none'],
  ['private', '可不可以跟你聊聊天 一个人在家好闷', 'none'],
];

// Set 12 (dev-20: a 美林 borrowed in a long story — 哪个邻居家有多的美林能借一点; dev-22: 帮大家配药了 … 顺便讲一声 我自己家老太太的
// 甲钴胺也吃完了): who has some spare, asked (哪个, 边个 … 有多的 … 借些), is asking to borrow; a need of the writer's own turned
// to after a report of help given to others (顺便讲一声, "by the way") is the point, read from there. 4/7 before; 7/7 after.
export const ROUND_9_NEED_AT_THE_END: Probe[] = [
  ['group', '今天帮楼里三户人家跑了药房 他们的药都买到了 就是我自己的阿托伐他汀也吃完了 谁明天去医院帮我带一盒 谢谢', 'medicine', 'items=阿托伐他汀;qty=1;days=0'],
  ['group', '大家好 我住4号楼801 孩子今天有点咳 家里的止咳糖浆一看过期了 想问问哪位邻居有多的能借一点 或者志愿者帮忙配一瓶', 'medicine', 'items=止咳糖浆;qty=1;door=4-801'],
  ['group', '我幫大家排隊攞咗藥 全部派晒 順便講聲 我老婆嘅鈣片都食完 邊個聽日出去幫我帶兩盒', 'medicine', 'items=钙片;qty=2;days=0'],
  ['group', '今天帮楼里老人拿了一圈药 都送到了 顺便说一下 我自己的降压药也快没了 谁明天去帮我带一盒', 'medicine', 'items=降压药;qty=1;days=0'],
  ['group', 'Did the pharmacy run for everyone today, all delivered. By the way my own inhaler is nearly empty, could someone grab one for me tomorrow?', 'medicine', 'items=inhaler;days=0'],
  ['group', '请问哪个邻居家有多的布洛芬能借一盒 孩子发烧了 8号楼502', 'medicine', 'items=布洛芬;qty=1;door=8-502'],
  ['group', '边个街坊屋企有多嘅退烧药可以借啲 个女发烧 3座1201', 'medicine', 'items=退烧药;door=3-1201'],
];

// Set 13 (dev-20: "We have no medicine at all in the flat"; dev-22: "almost finished, we have maybe 2 days", "will last only 3
// more days"): none at all is none left; the days a supply has, said with have or last, are its days. 1/5 before; 5/5 after.
export const ROUND_9_DAYS_IN_ENGLISH: Probe[] = [
  ['private', 'we have no medicine at all at home, could you get us some paracetamol?', 'medicine', 'items=paracetamol;days=0'],
  ['private', 'my mum has no pills at all now, please get her a box of amlodipine', 'medicine', 'items=amlodipine;qty=1;days=0'],
  ['private', 'his metformin is nearly gone, he has maybe 3 days, can someone buy 2 boxes', 'medicine', 'items=metformin;qty=2;days=3'],
  ['private', 'the inhaler will last only 4 more days, need one more please', 'medicine', 'items=inhaler;qty=1;days=4'],
  ['private', 'she has had a cough for the last 3 days, please get her cough syrup', 'medicine', 'items=cough syrup'],
];

// Set 14 (dev-20: "test strips ran out, I still have insulin … a box of glucose test strips"; dev-22: 试纸都用晒 … 一盒血糖试纸):
// a supply said short and then in full is one item, the full name; a medicine one still has, said before its name in
// English ("still have", "still got plenty of"), is not asked for. 0/4 before; 4/4 after.
export const ROUND_9_SAID_SHORT_THEN_FULL: Probe[] = [
  ['private', '试纸快没了 麻烦帮我买两盒血糖试纸', 'medicine', 'items=血糖试纸;qty=2;days=0'],
  ['private', '針頭用晒 想要一盒胰島素針頭', 'medicine', 'items=胰岛素针头;qty=1;days=0'],
  ['private', 'the strips are finished, can you get me a box of glucose test strips? I still have my insulin', 'medicine', 'items=glucose test strips;qty=1;days=0'],
  ['private', 'we still have plenty of paracetamol, just need a box of throat lozenges', 'medicine', 'items=throat lozenges;qty=1'],
];

// Set 15 (dev-20: 胰岛素笔芯还有一支 … 笔芯配两盒 针头也要一盒): a medicine named in full as stock and then asked for by its form
// alone (笔芯配两盒, 喷雾再要一支) is that medicine asked for. 2/3 before; 3/3 after.
export const ROUND_9_ASKED_BY_FORM: Probe[] = [
  ['private', '胰岛素笔芯还剩一支 笔芯帮我配两盒', 'medicine', 'items=胰岛素笔芯;qty=2'],
  ['private', '諾和銳筆芯仲有兩支 筆芯幫我配三盒 針頭都要一盒', 'medicine', 'items=诺和锐笔芯|针头;qty=3'],
  ['private', '沙丁胺醇喷雾还有一点 喷雾再要一支', 'medicine', 'items=沙丁胺醇喷雾;qty=1'],
];

// Set 16 (dev-22: 我是退休的老护士 … 打个电话给我就行): being called said with a measure word inside (打个电话给我, 打只电话畀我,
// 打一个电话给我) is the same offer as 打电话给我; so is 有谁… before it. 0/3 before; 4/4 after.
export const ROUND_9_CALL_ME: Probe[] = [
  ['group', '我是医生 晚上有事打个电话给我 我住7号楼', 'volunteer', 'skills=doctor'],
  ['group', '我有车 要去医院的打只电话畀我', 'volunteer', 'skills=driver'],
  ['group', '我退休前是护士 谁家要量血压打一个电话给我就好', 'volunteer', 'skills=nurse'],
  // Written after the change, to try its edge: whoever needs it, asked with 有谁, then told to call.
  ['group', '我是护士 楼里有谁晚上要换药 打个电话给我就行', 'volunteer', 'skills=nurse'],
];
