/**
 * Round 16 probes (asks16): what the bot holds of oneself and one's household (mydata), asked privately in the wordings that
 * fell through, and replies under the group-buy chain post that cancel nothing of one's own. Sentences of the writer's own,
 * written before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported
 * array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: the record of a household member the recognisers did not name — grandparents (奶奶, 爷爷, 外公, 外婆), in-laws (婆婆,
// 丈母娘, 岳父), 父母 / 爸妈, Shanghainese 姆妈, Cantonese 阿嫲 — asked of the bot: their medicine on record, their details, what
// the holder keeps of "them" once they are named, and in English "my dad", "my parents". The fix: `RELATIVE` shared by MY_INFO,
// MINE and PARENT_NAMED, a medicine named as on record (`MEDICINE_ON_RECORD`), 他们 in PARENTS_DETAILS_WHICH, and the English
// frames (ASKED_EN, ON_RECORD) with a relative where "me" stood (commands/trust/trust.ts); a request made for a relative with
// 报了药 (`MADE`, commands/medicine/asked-after.ts). Near misses stay: a relative's medicine asked for, details handed in or brought
// later, thanks, a parent's phone or data plan talked about.
// Read right before the change: 8/20. After: 20/20.
export const ROUND_16_RELATIVES_RECORD: Probe[] = [
  ['private', '我奶奶的药你们有记录吗', 'mydata'],
  ['private', '我爷爷的资料你们那边有没有', 'mydata'],
  ['private', '我外公的电话你们存了吗', 'mydata'],
  ['private', '我上礼拜帮外婆报了药 你们记下了没', 'mydata'],
  ['private', '你那边记的我父母的门牌对不对', 'mydata'],
  ['private', '我丈母娘的信息你们有吗', 'mydata'],
  ['private', '帮我看看我岳父登记的是什么药', 'mydata'],
  ['private', '我替爸妈登记过 你们存的他们是什么门牌', 'mydata'],
  ['private', '阿拉姆妈额资料侬有伐', 'mydata'],
  ['private', '我阿嫲嘅資料你哋有冇', 'mydata'],
  ['private', '我婆婆登记的药你那边记的是哪几种', 'mydata'],
  ['private', 'is my dad registered with you?', 'mydata'],
  ['private', 'what address do you have for my parents', 'mydata'],
  ['private', 'which phone number do you have for my grandma', 'mydata'],
  ['private', '你们那里存了我婆婆哪些信息', 'mydata'],
  ['private', '我奶奶的降压药吃完了 帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['private', '我外婆的资料我明天拿给居委', 'none'],
  ['private', '谢谢你们一直帮我爷爷配药', 'none'],
  ['private', 'my grandpa wants to thank the volunteers', 'none'],
  ['private', '我爸妈的手机流量用完了', 'none'],
];

// Set 2: one's own group-buy order asked whether the bot recorded it (README-28 4: mydata), said as residents say it: the chain
// joined (我刚才接的龙, 我那行接龙, 接龙的那条, 接咗龍), the order named (我订的B套餐, 我的订单) and a holder's keeping asked
// (有记录吗, 收到了吗, 登记上了吗, 记牢了伐, 有冇記低); how many one ordered (我团购报了几份); "did you get my order", "is my
// line recorded", "what did I order last time". The fix: `ORDER_RECORDED` and wider English frames in `ASKED_ZH`/`ASKED_EN`
// (commands/groupbuy/mine.ts), and an order asked after is no new order (`plainOrderOnce`, commands/groupbuy/recognise.ts). Near
// misses stay: an order placed, how to join, thanks after joining, when the goods come, a cancellation with no order open.
// Read right before the change: 7/18. After: 18/18.
export const ROUND_16_ORDER_RECORDED: Probe[] = [
  ['private', '我刚才接的龙 你那边有记录吗', 'mydata'],
  ['private', '我那行接龙你收到了吗', 'mydata'],
  ['private', '我下午接龙的那条登记上了吗', 'mydata'],
  ['private', '我订的B套餐你那边有记录吗', 'mydata'],
  ['private', '我的订单你们那边有吗', 'mydata'],
  ['private', '我剛才接咗龍 你收到未', 'mydata'],
  ['private', '阿拉早上接龙额 侬记牢了伐', 'mydata'],
  ['private', '我早上报的团购 你记上了没有', 'mydata'],
  ['private', '我团购报了几份来着', 'mydata'],
  ['private', 'did you get my order from this morning?', 'mydata'],
  ['private', 'is my line in the group buy recorded?', 'mydata'],
  ['private', 'what did I order last time?', 'mydata'],
  ['private', '我要接龙 B两份', 'order', 'items=B*2'],
  ['private', '接龙怎么接', 'help'],
  ['private', '我刚接龙了 谢谢团长', 'none'],
  ['private', '团购的菜什么时候到', 'none'],
  ['private', '你收到我的消息了吗', 'none'],
  ['private', '我订的菜到了 很新鲜', 'none'],
];

// Set 3: under the chain post, a cancelling word about something other than one's own order: the delivery, the truck, a batch or
// the day's test called off (今天的配送取消了, 核酸取消了, 物流把今天的车取消了, "delivery got cancelled again", "they cancelled the
// truck"), what the organiser or others said (团长说…取消了), and another household's order (隔壁阿婆那份不要了, 楼上那家说取消了,
// 王阿姨那份取消 — the bot cancels only the writer's own). The fix: `OTHER_CANCELLED` and `OTHERS_ORDER` in plainOrderOnce
// (commands/groupbuy/recognise.ts), unless one's own order is named beside it (`OWN_ORDER`). Near misses still cancel: 我取消,
// 我那份不要了, 我不跟了, "please cancel mine", 配送太慢了 我那单取消吧, B不要了.
// Read right before the change: 8/19. After: 19/19.
export const ROUND_16_NOT_MY_ORDER_CANCELLED: Probe[] = [
  ['reply:chain', '今天的配送取消了 改明天送', 'none'],
  ['reply:chain', '核酸取消了 大家不用下楼', 'none'],
  ['reply:chain', '团长说周五那批取消了', 'none'],
  ['reply:chain', '送货又取消了 啥时候能到啊', 'none'],
  ['reply:chain', '物流那边把今天的车取消了', 'none'],
  ['reply:chain', 'delivery got cancelled again', 'none'],
  ['reply:chain', 'they cancelled the truck today', 'none'],
  ['reply:chain', "today's drop-off was cancelled, tomorrow instead", 'none'],
  ['reply:chain', '隔壁阿婆那份不要了 她女儿买到了', 'none'],
  ['reply:chain', '楼上那家说取消了', 'none'],
  ['reply:chain', '王阿姨那份取消', 'none'],
  ['reply:chain', '不要急 团长在联系物流', 'none'],
  ['reply:chain', 'no worries, we keep ours', 'none'],
  ['reply:chain', '我取消', 'order.cancel'],
  ['reply:chain', '我那份不要了', 'order.cancel'],
  ['reply:chain', '算了 我不跟了', 'order.cancel'],
  ['reply:chain', 'please cancel mine', 'order.cancel'],
  ['reply:chain', '配送太慢了 我那单取消吧', 'order.cancel'],
  ['reply:chain', 'B不要了', 'order.cancel'],
];

// Set 4: under the chain post, what is not wanted is beside the order, not the order: the bag, the change, a receipt, a herb in the
// package (塑料袋不要了, 零钱不要了, 找零不要了, 发票不要了, 香菜不要了, 袋子我们不要了); another seller given up for the group-buy
// (超市的菜太贵了 不买了); leaving the group chat (退出群聊); a cancellation shrugged off (取消了也没关系). The fix: `EXTRAS_REFUSED`
// in plainOrderOnce (commands/groupbuy/recognise.ts), unless one's own order is named. Near misses still cancel: 我家那份不要了,
// 鸡蛋不要了 (that package off), 不要了 把我那行删掉, "cancel my order, bought at the supermarket".
// Read right before the change: 4/13. After: 13/13.
export const ROUND_16_EXTRAS_NOT_WANTED: Probe[] = [
  ['reply:chain', '塑料袋不要了 直接放门口就行', 'none'],
  ['reply:chain', '零钱不要了 算我请大家的', 'none'],
  ['reply:chain', '发票不要了', 'none'],
  ['reply:chain', '香菜不要了 谢谢', 'none'],
  ['reply:chain', '找零不要了 辛苦团长', 'none'],
  ['reply:chain', '袋子我们不要了 环保', 'none'],
  ['reply:chain', '超市的菜太贵了 不买了 还是团购划算', 'none'],
  ['reply:chain', '好吵 我先退出群聊了', 'none'],
  ['reply:chain', '取消了也没关系 下次再团', 'none'],
  ['reply:chain', '我家那份不要了', 'order.cancel'],
  ['reply:chain', '鸡蛋不要了', 'order.cancel'],
  ['reply:chain', '不要了 把我那行删掉', 'order.cancel'],
  ['reply:chain', 'cancel my order, bought at the supermarket', 'order.cancel'],
];

// Set 5: whether or which medicine one asked the bot for before, put as a question about one's own past requests rather than
// where one stands: 我登记过配药吗, 我有没有报过药, 我是不是已经报过药了, 我到底报没报过, 我之前都报过什么药, 我以前在你这配过哪些药,
// 我这个月报了几次药, 我上次配的是什么药来着, Shanghainese 上趟配额啥药, Cantonese 有冇報過藥; "have I asked you for any medicine
// before?", "which medicines have I requested so far?", "what meds did I ask for last time", "how many requests have I made", "did
// my request from monday reach you?". Answered by /我的配药 (mydata). The fix: `EVER_ASKED` beside ASKED_ZH and more English frames
// in ASKED_EN (commands/medicine/asked-after.ts). Near misses stay: a new request after it (这次再配两盒), a medicine running out,
// thanks for one received, forgetting to take it.
// Read right before the change: 5/20. After: 20/20.
export const ROUND_16_MEDICINE_EVER_ASKED: Probe[] = [
  ['private', '我登记过配药吗 我忘了', 'mydata'],
  ['private', '我有没有报过药啊 记不清了', 'mydata'],
  ['private', '我之前都报过什么药', 'mydata'],
  ['private', '我以前在你这配过哪些药', 'mydata'],
  ['private', '我这个月报了几次药', 'mydata'],
  ['private', '我到底报没报过降压药', 'mydata'],
  ['private', '我是不是已经报过药了', 'mydata'],
  ['private', '我上次配的是什么药来着', 'mydata'],
  ['private', '阿拉上趟配额啥药 侬查查', 'mydata'],
  ['private', '我之前有冇報過藥', 'mydata'],
  ['private', 'did my request from monday reach you?', 'mydata'],
  ['private', 'have I asked you for any medicine before?', 'mydata'],
  ['private', 'which medicines have I requested so far?', 'mydata'],
  ['private', 'what meds did I ask for last time', 'mydata'],
  ['private', 'how many requests have I made', 'mydata'],
  ['private', '我上次配的降压药快吃完了', 'medicine', 'items=降压药;days=0'],
  ['private', '我报过药 很快就送来了 谢谢', 'none'],
  ['private', '我忘了吃药', 'none'],
  ['private', '我有没有跟你说过谢谢', 'none'],
  ['private', 'have I told you how much I love this group?', 'none'],
];

// Set 6: one's record asked to be erased or no longer kept, in words the erase frames did not hold: an account closed (注销我的账号),
// cleared (清掉, 清除掉), Cantonese 删咗我啲资料, kept no longer (别再保存我的资料了, 不要再存我的电话了), "forget me", "stop keeping my
// details", "remove me from your list"; and whose name or which door the record is under (记在谁名下, "under whose name is our
// household", "what name do you have me under", 你晓得我住几号伐, 我是住哪一栋你那边有吗). Answered by /我的信息, which tells how to
// erase (/forgetme asks its own confirmation). The fix: ERASABLE, ERASE_VERB, `KEPT_NO_LONGER`, the English erase frame, `WHOSE_NAME`,
// and 几号 / 是住 in MINE (commands/trust/trust.ts). Near misses stay: a message, a photo or a chain line deleted, an app account
// closed, a phone number given, a name said.
// Read right before the change: 6/19. After: 19/19.
export const ROUND_16_ERASE_AND_WHOSE: Probe[] = [
  ['private', '注销我的账号', 'mydata'],
  ['private', '唔該刪咗我啲資料', 'mydata'],
  ['private', 'i want you to forget me', 'mydata'],
  ['private', '别再保存我的资料了', 'mydata'],
  ['private', '不要再存我的电话了', 'mydata'],
  ['private', '我要退出 把我的登记信息清掉', 'mydata'],
  ['private', 'stop keeping my details please', 'mydata'],
  ['private', 'I moved out, please remove me from your list', 'mydata'],
  ['private', '我家报的药记在谁名下', 'mydata'],
  ['private', 'under whose name is our household?', 'mydata'],
  ['private', 'what name do you have me under', 'mydata'],
  ['private', '你晓得我住几号伐', 'mydata'],
  ['private', '我是住哪一栋你那边有吗', 'mydata'],
  ['private', '删掉刚才那条', 'none'],
  ['private', '把那张照片删了吧 发错了', 'none'],
  ['private', '我的淘宝账号被盗了 要注销吗', 'none'],
  ['private', '我叫王建国', 'none'],
  ['private', 'please forget what I said about the lift', 'none'],
  ['private', '我家住几号楼来着 我老糊涂了 哈哈', 'none'],
];

// Set 7: the menu asked for with the bot called by name first, as one calls a person (邻里 菜单, 邻里你好 菜单发我一下, 机器人 菜单),
// or handed over or taken out (把菜单给我, 菜单拿出来看看): the whole-message MENU frame allowed only a courtesy before it. The fix: a
// name said first (`MENU_CALLED`), 把 before and 拿出来 / 列出来 after (MENU, commands/community/recognise.ts). Near misses stay: a
// canteen's or a shop's menu talked about, what is on the chain's list asked, the bot named in a remark.
// Read right before the change: 6/13. After: 13/13.
export const ROUND_16_MENU_CALLED: Probe[] = [
  ['private', '邻里 菜单', 'help'],
  ['private', '邻里 菜单拿出来看看', 'help'],
  ['private', '邻里你好 菜单发我一下', 'help'],
  ['private', '机器人 菜单', 'help'],
  ['private', '把菜单给我', 'help'],
  ['private', '邻里，功能表给我看看', 'help'],
  ['private', 'linli menu pls', 'help'],
  ['private', '菜单在哪', 'help'],
  ['group', '@邻里 菜单', 'help'],
  ['group', '今天食堂的菜单是什么', 'none'],
  ['private', '菜单上的东西都卖完了吗', 'none'],
  ['group', '邻里的菜单我看过了 挺全的', 'none'],
  ['private', '饭店的菜单拿出来看看', 'none'],
];

// Set 8: under the chain post, giving up the group-buys from now on, said as a complaint about the goods or the wait (菜不新鲜 以后
// 不买了, 上次的肉太肥 以后不要了, 再这么慢我以后就不参加了, 今后不跟了, 再也不买了), and 不要了 said of others (不要了的可以给我): this
// order is not taken off. The fix: `FROM_NOW_ON` and 不要了的 in plainOrderOnce (commands/groupbuy/recognise.ts), beside the 这次/下次
// rule. Near misses still cancel: one's own order named (我那份不要了 以后也不买了), 取消 said (取消吧 以后也不跟了), 不买了 alone.
// Read right before the change: 4/10. After: 10/10.
export const ROUND_16_FROM_NOW_ON: Probe[] = [
  ['reply:chain', '菜不新鲜 以后不买了', 'none'],
  ['reply:chain', '上次的肉太肥 以后不要了', 'none'],
  ['reply:chain', '再这么慢我以后就不参加了', 'none'],
  ['reply:chain', '送得这么晚 今后不跟了', 'none'],
  ['reply:chain', '这家的水果再也不买了 都是烂的', 'none'],
  ['reply:chain', '7号楼的都到了 不要了的可以给我', 'none'],
  ['reply:chain', '以后再也不跟这个团了 太慢', 'none'],
  ['reply:chain', '我那份不要了 以后也不买了', 'order.cancel'],
  ['reply:chain', '取消吧 以后也不跟了', 'order.cancel'],
  ['reply:chain', '不买了不买了 太贵', 'order.cancel'],
];

// Set 9: the household's whole record asked to be looked up, told, listed or sent, in Chinese as "what you have on me" is in English:
// 我们家在你这里登记的情况, 我家在系统里是什么情况, 我婆婆在你们这的记录能列一下吗, 帮我查查我家登记的情况, 把我们家的记录发给我,
// 把你记着的关于我家的都告诉我, 你们记的都给我列出来, a voice run-on asking whether what the family registered is right; "what do
// you have about my family", "what's on record for our flat?". The fix: MY_RECORD with 我们家 and 情况, four frames at the head of
// MY_RECORD_ASKED (sent or told, all the holder keeps, the record where the bot keeps it), 东西 checked, and ASKED_EN for us, a relative,
// the family or the flat (commands/trust/trust.ts). Near misses stay: the family's situation told, the bot's own phone asked.
// Read right before the change: 9/20. After: 20/20.
export const ROUND_16_HOUSEHOLD_RECORD_TOLD: Probe[] = [
  ['private', '你好 我想查一下我们家在你这里登记的情况', 'mydata'],
  ['private', '麻烦把你记着的关于我家的都告诉我一下', 'mydata'],
  ['private', '你们这边记录了我妈什么资料 门牌 电话 还是药 麻烦列给我看一下', 'mydata'],
  ['private', '我想看看我家在系统里是什么情况', 'mydata'],
  ['private', '帮我查查我家登记的情况', 'mydata'],
  ['private', '我家的登记情况能发我看看吗', 'mydata'],
  ['private', '把我们家的记录发给我', 'mydata'],
  ['private', '我家的档案给我看一下', 'mydata'],
  ['private', '你这里我们家的情况是怎么记的', 'mydata'],
  ['private', '你手上有我家哪些东西', 'mydata'],
  ['private', '把记着的都告诉我', 'mydata'],
  ['private', '你们记的都给我列出来', 'mydata'],
  ['private', '我婆婆在你们这的记录能列一下吗', 'mydata'],
  ['private', '喂 我是五号楼的 我想问问你们那个系统里面 我家登记的东西 是不是都对的 我儿子帮我弄的 我自己搞不清楚', 'mydata'],
  ['private', 'can you list everything you have about my mum', 'mydata'],
  ['private', 'please send me what you have on our household', 'mydata'],
  ['private', 'what do you have about my family', 'mydata'],
  ['private', "what's on record for our flat?", 'mydata'],
  ['private', '我家的情况挺复杂的 老人身体不好', 'none'],
  ['private', '把你的电话告诉我', 'none'],
];
