/**
 * Round 17 probes (asks17): questions about the bot (help), what it holds of oneself (mydata) and one's own home (home), mostly asked
 * privately by old residents in whole sentences. Sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: what is held, asked in the words the frames missed, mostly privately by the old: kept by the holder with a relative named, in
// Cantonese read plain (你存咗我阿媽嘅電話未 → 你存了我阿妈的电话未), what one told the bot still remembered (我之前跟你说过的门牌号你还记得吗),
// one detail still the old one (你那边我的电话是不是还是老的那个), how many of us it counts (你们记的我家有几口人), a medicine record
// (我家老头子的药记录, 我妈的配药记录), and in English with "still" or a relative ("do you still have my address", "what have you recorded
// about my mum", "what you remember about me"). The fix: `HELD_ASKED`, 药记录 in `MY_INFO`, and thanks that ask nothing (`THANKS_ONLY`:
// 谢谢你们记得我妈的生日 had read mydata) in commands/trust/trust.ts. Near misses stay: thanks, a detail said unchanged, one's own memory.
// Read right before the change: 5/20. After: 20/20.
export const ROUND_17_ASKS_HELD_ASKED: Probe[] = [
  ['private', '你存咗我阿媽嘅電話未', 'mydata'],
  ['private', '你哋記低咗我老豆嘅地址未', 'mydata'],
  ['private', '我之前跟你说过的门牌号你还记得吗', 'mydata'],
  ['private', '我上次跟你讲的电话你还存着吗', 'mydata'],
  ['private', '你那边我的电话是不是还是老的那个', 'mydata'],
  ['private', '你们这里我家的地址是不是还是以前的', 'mydata'],
  ['private', '你们记的我家有几口人', 'mydata'],
  ['private', '你那边记的我们家是几个人', 'mydata'],
  ['private', 'do you still have my address from last time', 'mydata'],
  ['private', 'does linli still have my phone number?', 'mydata'],
  ['private', 'what have you recorded about my mum', 'mydata'],
  ['private', 'what have you kept on us?', 'mydata'],
  ['private', 'can you tell me what you remember about me', 'mydata'],
  ['private', '我年纪大了不会弄 就想知道你们那边有没有我家老头子的药记录', 'mydata'],
  ['private', '你们有没有我妈的配药记录', 'mydata'],
  ['private', '谢谢你们记得我妈的生日', 'none'],
  ['private', '谢谢你们还记得我家老头子', 'none'],
  ['private', '我的电话还是老的那个 没换', 'none'],
  ['private', 'I still remember my old address', 'none'],
  ['private', '我家有几口人你问这个干嘛', 'none'],
];

// Set 2: one's group-buy order asked whether it was recorded, with two time words or 上次/前天 before it and 接龙订的 or 记下来 in it
// (我上次接龙订的菜你记下来没有, 我今天早上订的鸡蛋你那边有没有记上). The fix: `ORDER_RECORDED` (commands/groupbuy/mine.ts → /我的团购).
// Near misses stay: the order praised or arrived, a new order.
// Read right before the change: 3/7. After: 7/7.
export const ROUND_17_ASKS_ORDER_RECORDED_MORE: Probe[] = [
  ['private', '我上次接龙订的菜你记下来没有', 'mydata'],
  ['private', '我今天早上订的鸡蛋你那边有没有记上', 'mydata'],
  ['private', '我昨天下午订的水果你记下来了吗', 'mydata'],
  ['private', '我前天接龙订的肉你那边有记录吗', 'mydata'],
  ['private', '我上次订的菜很新鲜', 'none'],
  ['private', '我今天早上订的鸡蛋到了', 'none'],
  ['private', '我要订鸡蛋两份', 'order', 'items=D*2'],
];

// Set 3: whom to tell a need, asked of the bot privately (有事该找谁 是跟你讲吗, 我有事情应该跟谁说 跟你说有用吗, "who should I tell if
// I need something", "who do I contact when I need help") and what it can do for one ("what can you do for an old lady like me"). The
// fix: three frames in `HOW_FRAMES` (commands/community/recognise.ts). Near misses stay: whom to call about the water or the parking,
// 我不知道找谁 alone, "what can you do for fun around here", 我跟你说 + news.
// Read right before the change: 7/14. After: 14/14.
export const ROUND_17_ASKS_WHOM_TO_TELL: Probe[] = [
  ['private', '有事该找谁 是跟你讲吗', 'help'],
  ['private', '我有事情应该跟谁说 跟你说有用吗', 'help'],
  ['private', '家里缺东西了找谁 是告诉你吗', 'help'],
  ['private', '不知道找谁 跟你说行不行', 'help'],
  ['private', 'who should I tell if I need something', 'help'],
  ['private', 'who do I contact when I need help', 'help'],
  ['private', 'what can you do for an old lady like me', 'help'],
  ['private', 'what can linli do for us?', 'help'],
  ['private:new', '我刚来 有事找谁 跟你说就行吗', 'help'],
  ['private', '停水了找谁啊 物业电话多少', 'none'],
  ['private', '我不知道找谁', 'none'],
  ['private', 'who should I ask about the parking?', 'none'],
  ['private', 'what can you do for fun around here', 'none'],
  ['private', '我跟你说 我今天很开心', 'none'],
];

// Set 4: under the chain post, how to put oneself on it with nothing named (我想要一份 怎么接啊, 怎么加上去 教一下, 这个怎么填 我不会,
// "how do I add myself to this", "how can I join this one?") — asks15's noticed-and-left. The fix: `CHAIN_HOW` in recogniseHelp
// (commands/community/recognise.ts), not when a package or its letter is named (我想要一份B 怎么接, 我要一份蔬菜 怎么接 stay orders).
// Near misses stay: an order line, the courier, the price, 怎么接孩子.
// Read right before the change: 6/12. After: 12/12.
export const ROUND_17_ASKS_CHAIN_HOW: Probe[] = [
  ['reply:chain', '我想要一份 怎么接啊', 'help'],
  ['reply:chain', '怎么加上去 教一下', 'help'],
  ['reply:chain', 'how do I add myself to this', 'help'],
  ['reply:chain', '这个怎么填 我不会', 'help'],
  ['reply:chain', '我也想要 怎么跟', 'help'],
  ['reply:chain', 'how can I join this one?', 'help'],
  ['reply:chain', 'B一份', 'order', 'items=B*1'],
  ['reply:chain', '我想要一份B 怎么接', 'order', 'items=B*1'],
  ['reply:chain', '快递怎么还没到', 'none'],
  ['reply:chain', '我明天怎么接孩子', 'none'],
  ['reply:chain', '这批菜怎么这么贵', 'none'],
  ['reply:chain', '我要一份蔬菜 怎么接', 'order', 'items=A*1'],
];

// Set 5: a newcomer's door said privately as "my door is 8-1102" (English door was no home word: the bot asked) or with the building
// word before its number (我家那栋是8号 房间1102, 阿拉那幢是6号 房间202: no door was read). The fix: "my door" in `HOME_WORDS` and `FILLER`,
// and `BUILDING_WORD_FIRST` (commands/community/recognise.ts). Near misses stay: 那栋是8号楼吗, a broken door in the group.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_17_ASKS_DOOR_SAID: Probe[] = [
  ['private:new', 'my door is 8-1102', 'home', 'door=8-1102'],
  ['private:new', 'my door number is 12-602', 'home', 'door=12-602'],
  ['private:new', 'hi, my door is 5-302, I\'m new here', 'home', 'door=5-302'],
  ['private:new', '我家那栋是8号 房间1102', 'home', 'door=8-1102'],
  ['private:new', '我们那栋是12号 房号602', 'home', 'door=12-602'],
  ['private:new', '阿拉那幢是6号 房间202', 'home', 'door=6-202'],
  ['private:new', '那栋是8号楼吗', 'none'],
  ['group', '8号楼的门坏了', 'none'],
];

// Set 6: more of what is held, the frames' gaps found after set 1: which of my home the holder keeps in Shanghainese to the bot in the group
// (侬记牢阿拉屋里是几号伐 → 你记牢我家里是几号吗), which of our details it collected (你们收集了我们老人家的哪些个人信息), which of my or
// a relative's medicines it recorded (你们记录的我的药是哪几种, 你那边记的我妈的药是什么), whether I am still on record (我在你这里还有记录吗),
// a relative's detail saved in English ("is my mum's phone number saved with you", "are my parents' details on file with you?"), one's
// order asked with 记了没 (我的订单你记了没); and what this is for in Cantonese (呢個係做咩用嘅). The fix: four more frames in `HELD_ASKED`
// and 还 in `ON_RECORD` (commands/trust/trust.ts), 记了 in `ORDER_RECORDED` (commands/groupbuy/mine.ts), a whole-message frame in
// `HOW_FRAMES` (commands/community/recognise.ts). Near misses stay: one's own memory, the order arrived, a temperature record asked,
// thanks, a relative's number changed, what a thing is for asked of neighbours.
// Read right before the change: 9/20. After: 20/20.
export const ROUND_17_ASKS_HELD_ASKED_MORE: Probe[] = [
  ['group', '@邻里 侬记牢阿拉屋里是几号伐', 'mydata'],
  ['private', '你记得我家是几号楼吗', 'mydata'],
  ['group', '@邻里 我的订单你记了没', 'mydata'],
  ['private', '我的团购你记了没有', 'mydata'],
  ['private', '请问你们收集了我们老人家的哪些个人信息', 'mydata'],
  ['private', '你们存了我们家哪些信息', 'mydata'],
  ['private', '你们记录的我的药是哪几种', 'mydata'],
  ['private', '你那边记的我妈的药是什么', 'mydata'],
  ['private', '我在你这里还有记录吗', 'mydata'],
  ['private', '我在你们那边还有登记吗', 'mydata'],
  ['private', 'is my mum\'s phone number saved with you', 'mydata'],
  ['private', 'are my parents\' details on file with you?', 'mydata'],
  ['private:new', '呢個係做咩用嘅', 'help'],
  ['private:new', '这个是干什么用的', 'help'],
  ['private', '我记得我家是5号楼', 'none'],
  ['private', '我的订单到了 谢谢', 'none'],
  ['private', '你们记录的体温每天要报吗', 'none'],
  ['private', '我在你这里学到很多 谢谢', 'none'],
  ['private', 'my mum\'s phone number changed last week', 'none'],
  ['group', '这个是干什么用的 谁知道', 'none'],
];
