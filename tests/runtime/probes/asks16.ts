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

