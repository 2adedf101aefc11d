/**
 * Round 11 probes (needs11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: an order asked as a favour (「帮我订一份水果好吗」, Shanghainese 「侬帮阿拉接两只鸡蛋好伐」): 帮我/给我 with an order verb
// and its count is the order, the 好吗 after it a courtesy, not a question about the goods; asking to look or to ask
// something (帮我看看, 帮我问问) stays a question.
// Read right before the change: 5/8.
export const ROUND_11_ORDER_ASKED_AS_A_FAVOUR: Probe[] = [
  ['group', '帮我订一份水果好吗 6号楼702', 'order', 'items=C*1;door=6-702'],
  ['group', '侬帮阿拉接两只鸡蛋好伐 11号楼301', 'order', 'items=D*2;door=11-301'],
  ['reply:chain', '麻烦给我留一份B可以吗', 'order', 'items=B*1'],
  ['group', '帮我接一份肉禽套餐行吗 3号楼1102', 'order', 'items=B*1;door=3-1102'],
  ['group', '帮我看看A还有没有好吗', 'none'],
  ['group', '团长能不能帮我问问C是哪里产的', 'none'],
  ['group', '帮我留意一下下次有没有鸡蛋好伐', 'none'],
  ['group', '鸡蛋新鲜吗 帮我问问', 'none'],
];

// Set B: how much is wanted said as enough, under the chain post (「水果套餐一份就够了 我们就两个人」): the reply is the order line
// (the door is the replier's); asked (「一份就够了吗」), said of last time, or said to a neighbour it stays talk.
// Read right before the change: 4/7.
export const ROUND_11_ENOUGH_UNDER_THE_CHAIN: Probe[] = [
  ['reply:chain', '水果套餐一份就够了 我们就两个人', 'order', 'items=C*1'],
  ['reply:chain', '鸡蛋两份就够了', 'order', 'items=D*2'],
  ['reply:chain', 'B一份就够了 多了也吃不完', 'order', 'items=B*1'],
  ['reply:chain', '一份就够了吗 我家四口人', 'none'],
  ['group', '鸡蛋一份就够了 吃不完的', 'none'],
  ['reply:chain', '我家上次订了三份 其实一份就够了', 'none'],
  ['reply:chain', '你家两个人 水果一份就够了', 'none'],
];

// Set C: what is not wanted this time said after the order (「…一份蔬菜一份水果 鸡蛋这次先不要了」): the packages ordered stand;
// not joining this time at all (「家里鸡蛋还有好多 这次不要了」) orders nothing, and a change (「C不要了 改成B」) stays talk.
// Read right before the change: 6/7.
export const ROUND_11_NOT_THIS_TIME_BESIDE_THE_ORDER: Probe[] = [
  ['reply:chain', '这次要一份蔬菜一份水果 鸡蛋这次不要了', 'order', 'items=A*1|C*1'],
  ['group', '我要两份肉禽套餐 9号楼402 鸡蛋这趟先不要了', 'order', 'items=B*2;door=9-402'],
  ['reply:chain', '訂一份水果 還有一份蔬菜 12號樓1201 雞蛋這次先不要了 謝謝', 'order', 'items=C*1|A*1;door=12-1201'],
  ['reply:chain', '家里鸡蛋还有好多 这次不要了', 'none'],
  ['group', '这趟不要了 上次的还没吃完', 'none'],
  ['reply:chain', '这次我家不要了 下次再订', 'none'],
  ['reply:chain', '不对 这次A不要了 改成两份C', 'none'],
];

// Set D: an order asked of the bot in English with its count ("could u add 2 egg packs for me"), whatever is said of paying
// after it; asked for something other than a count of a package (more apples next time, the price list) it stays talk.
// Read right before the change: 4/6.
export const ROUND_11_COULD_YOU_ADD: Probe[] = [
  ['reply:chain', 'could u add 2 egg packs for me, 5-1201. already paid', 'order', 'items=D*2;door=5-1201'],
  ['reply:chain', 'can you add one veggie box for us please, 14-702', 'order', 'items=A*1;door=14-702'],
  ['reply:chain', 'could you put 1 meat box down for me? paid via wechat', 'order', 'items=B*1'],
  ['reply:chain', 'could u add more apples to the fruit box next time?', 'none'],
  ['reply:chain', 'can you add the price list to the post?', 'none'],
  ['reply:chain', 'paid already for my 2 egg packs', 'none'],
];

// Set E: thanks said last, after an order with its door (「…门牌6-2-801 感谢」, 「鸡蛋两份 8号楼1103 感谢团长辛苦」): a courtesy that
// closes the order, not thanks for something received; thanks said first, or for what was brought, stays talk.
// Read right before the change: 4/6.
export const ROUND_11_THANKS_AFTER_THE_ORDER: Probe[] = [
  ['group', '麻烦哪位邻居帮我家接一下 水果一份蔬菜一份 门牌6-2-801 钱我微信转 感谢', 'order', 'items=C*1|A*1;door=6-2-801'],
  ['reply:chain', '鸡蛋两份 8号楼1103 感谢团长辛苦', 'order', 'items=D*2;door=8-1103'],
  ['group', '我要一份B 4号楼602 非常感谢', 'order', 'items=B*1;door=4-602'],
  ['group', '感谢团长 上次的水果很甜', 'none'],
  ['group', '感谢邻居送来的两份鸡蛋 4号楼602', 'none'],
  ['reply:chain', '水果收到了 很新鲜 感谢', 'none'],
];

// Set F: whether one may just tell the bot, then what one wants (「可以直接跟你说吗 我要两份水果」): the order said after the how
// is the point; the how alone, or with no order after it, is a question for the bot.
// Read right before the change: 4/6.
export const ROUND_11_TOLD_THE_BOT_THEN_ORDERED: Probe[] = [
  ['private', '接龙我弄不来 可以直接跟你说吗 我要两份水果', 'order', 'items=C*2'],
  ['private', '是不是跟你说就行 我要一份肉禽套餐一份鸡蛋', 'order', 'items=B*1|D*1'],
  ['private', '能不能直接跟你讲 我要三份蔬菜', 'order', 'items=A*3'],
  ['private', '能不能直接跟你说', 'help'],
  ['private', '配药是不是跟你说就行', 'help'],
  ['private', '是不是跟你说就行 还是要找楼组长', 'help'],
];

// Set G: what the bot has, named first and then asked which (「功能有哪些」, 「你们的服务都有哪些」), of the bot; the same of a
// device or among neighbours stays theirs.
// Read right before the change: 3/7.
export const ROUND_11_WHICH_FEATURES: Probe[] = [
  ['group', '@邻里 你的功能都有哪些', 'help'],
  ['private', '功能有哪些啊', 'help'],
  ['private:new', '你们的服务有哪些', 'help'],
  ['group', '@邻里 用处有哪些?', 'help'],
  ['group', '新买的电饭煲功能有哪些 有人知道吗', 'none'],
  ['group', '社区服务中心的服务有哪些 谁知道', 'none'],
  ['group', '这个手机的功能有哪些啊', 'none'],
];

// Set H: a door with its unit said as 單位 in Cantonese (「我哋住3座2單位1502」): the unit, as 单元 is; 单位 as a workplace stays one.
// Read right before the change: 3/6.
export const ROUND_11_UNIT_SAID_AS_DANWEI: Probe[] = [
  ['private:new', '我哋住3座2單位1502', 'home', 'door=3-2-1502'],
  ['private', '我而家住12座1單位903', 'home', 'door=12-1-903'],
  ['private:new', '你好 我住喺8座3單位1101', 'home', 'door=8-3-1101'],
  ['private', '我住5座1203', 'home', 'door=5-1203'],
  ['private', '我单位在5号楼旁边', 'none'],
  ['group', '我单位今天放假', 'none'],
];

// Set I: "whichever building" (几号楼…都, 哪栋…都) in an offer is no question (「我是退休护士 有事喊我 几号楼我都跑得动」); a
// building asked (「我是医生 几号楼?」) still answers someone's call.
// Read right before the change: 2/4.
export const ROUND_11_WHICHEVER_BUILDING: Probe[] = [
  ['group', '我以前是护士 晚上有事喊我 几号楼我都能去', 'volunteer', 'skills=nurse'],
  ['group', '我会开车 要送医院的找我 几号楼都行', 'volunteer', 'skills=driver'],
  ['group', '我是医生 几号楼?', 'none'],
  ['group', '几号楼需要人手 我是护士', 'none'],
];

// Set J: done reported first, then something asked of others for next time (「送到了 老人说油也没了 下次谁方便带点」): the question
// is about something else; done asked (「送到了吗 谁知道」) stays a question.
// Read right before the change: 2/4.
export const ROUND_11_DONE_THEN_ASKED_OTHERWISE: Probe[] = [
  ['reply:task', '送到了 阿伯说油也快没了 下次谁方便带一瓶', 'task.done'],
  ['reply:task', '药已经交给老人了 她问下周谁能再来', 'task.done'],
  ['reply:task', '送到了吗 谁知道', 'none'],
  ['reply:task', '谁送到了 说一声', 'none'],
];

// Set K: medicine carried by van or car for the neighbours (「从医院拉药回来」, 「帮大家运药」) is the medicine run, as 送药 and 取药 are;
// a van that carries people or food says nothing of medicine.
// Read right before the change: 2/5.
export const ROUND_11_MEDICINE_HAULED: Probe[] = [
  ['group', '我有辆货车 可以帮大家去医院运药', 'volunteer', 'skills=driver|medicine'],
  ['group', '我开面包车的 可以帮大家从药店拉药回来', 'volunteer', 'skills=driver|medicine'],
  ['group', '我有车 可以帮大家拉些药', 'volunteer', 'skills=driver|medicine'],
  ['group', '我是司机 可以拉人去医院', 'volunteer', 'skills=driver'],
  ['group', '我有辆面包车 可以帮大家拉菜', 'volunteer', 'skills=driver|delivery'],
];

// Set L: one's own medicine request asked after by whether it was written in (「上次报的药登记上去了伐」, 「记进去了没」): what the bot
// holds, answered with the household's requests; 记上, 记下, 记进去 were read, 记上去 was not. A new request stays one.
// Read right before the change: 5/6.
export const ROUND_11_ASKED_IF_WRITTEN_IN: Probe[] = [
  ['private', '前两天我报的降压药记上去了没有', 'mydata'],
  ['private', '之前在群里报的我妈的药登记进去了吗', 'mydata'],
  ['private', '上礼拜托你们配的药 记进去了没', 'mydata'],
  ['private', '我要登记配药 降压药两盒', 'medicine', 'items=降压药;qty=2'],
  ['private', '降压药快吃完了 帮我登记上去', 'medicine', 'items=降压药;days=0'],
  ['group', '楼组长 上次统计的名单报上去了吗', 'none'],
];

// Set M: teaching offered (「我可以教大家怎么用血氧仪」, 「能教大家怎么看化验单 欢迎来找我」) is an offer of one's trade; 教大家 was read only as
// telling everyone something (「教大家一个小窍门」), which stays news, as does someone else teaching.
export const ROUND_11_TEACHING_OFFERED: Probe[] = [
  ['group', '我是退休的护士 谁家老人有事 我可以教大家怎么量血压', 'volunteer', 'skills=nurse'],
  ['group', '我在药店做了二十年药剂师 愿意教大家怎么看说明书 找我就行', 'volunteer', 'skills=pharmacist'],
  ['group', '我是医生 能教大家怎么看化验单 欢迎来找我', 'volunteer', 'skills=doctor'],
  ['group', '我是药剂师 教大家一个小窍门 药要避光保存', 'none'],
  ['group', '社区医生明天来教大家量血压', 'none'],
  ['group', '护士长以前教大家的方法很好用', 'none'],
];

// Set N: an offer of someone of the household passed on in their words (「我老公开出租的 … 他说…他可以开车帮忙拉」): he is sent, as
// 「让他来」 sends him; 现在 after the kin (「我老公开出租的 现在…」) is no "my husband is away at…". Someone who can only do for
// themselves, or cannot come, is sent nowhere.
// Read right before the change: 4/6.
export const ROUND_11_KIN_OFFER_PASSED_ON: Probe[] = [
  ['group', '我儿子是开货车的 他讲要运东西的话他可以帮忙拉', 'volunteer', 'skills=driver|delivery'],
  ['group', '阿拉老头子以前是护士 伊讲哪家老人不舒服伊可以上门看看', 'volunteer', 'skills=nurse'],
  ['group', '我女儿会说英语 现在在家 她说外国邻居有事她可以帮忙翻译', 'volunteer', 'skills=translator'],
  ['group', '我老公说他可以开车 但是他现在被封在单位了', 'none'],
  ['group', '我妈说她可以自己下楼拿菜 不用麻烦邻居', 'none'],
  ['group', '我老公现在在单位加班', 'none'],
];

// Set O: a parent's details, named as 她的/他的 once the parent is named, asked of what the bot keeps (「我媽媽住在… 你們那邊記錄的她的
// 地址和電話是不是最新的」): the household's own details, as 我妈的电话 is; a neighbour's, or a need of the parent's, is not this.
// Read right before the change: 2/5.
export const ROUND_11_PARENTS_DETAILS_ASKED: Probe[] = [
  ['private', '我爸住在7号楼301 你们记的他的电话对不对', 'mydata'],
  ['private', '我妈妈在你们这登记过 你们存的她的地址是最新的吗', 'mydata'],
  ['private', '上个月帮我婆婆登记过配药 你们那边记录的她的门牌是不是写错了', 'mydata'],
  ['private', '隔壁阿姨说你们记的她的电话不对', 'none'],
  ['private', '我妈住在7号楼301 她的降压药吃完了', 'medicine', 'items=降压药;days=0;door=7-301'],
];

// Set P: a newcomer's door given as where things go from now on, the services named between (「住二十三号楼一五零五 以后团购和配药都送这里」):
// the home, surely; the services named are what it is for, not a request. A need said beside the door is still the need.
// Read right before the change: 4/5 (the first sentences written read right for other reasons and were replaced before the change).
export const ROUND_11_DOOR_FOR_DELIVERIES_FROM_NOW_ON: Probe[] = [
  ['private:new', '您好 刚搬来 住在九号楼六零二 以后买菜和配药都送这里 谢谢', 'home', 'door=9-602'],
  ['private:new', '新来的 住15号楼1101 以后团购配药都送到这里 麻烦记下', 'home', 'door=15-1101'],
  ['private', '我家搬到3号楼402了 以后团购跟配药都寄这边', 'home', 'door=3-402'],
  ['private:new', '住9号楼602 能帮我配两盒降压药吗 送这里', 'medicine', 'items=降压药;qty=2;door=9-602'],
  ['private', '我住5号楼302 以后配药都送这里 我的降压药快没了', 'medicine', 'items=降压药;days=0;door=5-302'],
];

// Set Q: not knowing how to use the chain, then saying it straight (「我第一次用呢個接龍唔太識點整 我直接講啦 我要兩份肉禽套餐…」):
// the order said after "I'll just say it" is the point, as in set F; the how alone, or asked again, is a question for the bot.
// Read right before the change: 3/5.
export const ROUND_11_JUST_SAYING_IT: Probe[] = [
  ['reply:chain', '接龙我不太会弄 我直接说吧 我要一份水果 5号楼702', 'order', 'items=C*1;door=5-702'],
  ['private', '这个接龙不知道怎么弄 直接讲了 我要两份鸡蛋', 'order', 'items=D*2'],
  ['reply:chain', '第一次用接龍唔識點整 我直接講啦 要一份肉禽套餐', 'order', 'items=B*1'],
  ['private', '接龙不太会弄 怎么弄', 'help'],
  ['private', '这个接龙不知道怎么弄 你教教我', 'help'],
];
