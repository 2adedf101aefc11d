/**
 * Round 15 probes (asks15): questions about the bot and about what it holds of oneself — help, mydata — and one's own home,
 * in the wordings that fell through. Sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: one's own (or one's household's) medicine request asked whether it was received or written down: 收到了吗, 收到未, 记下来了吗,
// 登记上没有, 你们那边有没有, "did you get my mum's request", "did my request get recorded", "is my request in your system". The
// asked-after reader (commands/medicine/asked-after.ts) knew where a request stands (到了吗, 有消息吗) but not whether it arrived at all.
// Thanks for medicine received, a new request for a parent, and the question put to neighbours in the group stay as they were.
// Read right before the change: 5/17. After: 17/17.
export const ROUND_15_REQUEST_RECEIVED: Probe[] = [
  ['private', '我報嘅藥你哋收到未', 'mydata'],
  ['private', '上礼拜报的降压药登记上没有', 'mydata'],
  ['private', '我妈的配药申请你们收到了吗', 'mydata'],
  ['private', '我是帮我妈问的 她报的药你们收到没', 'mydata'],
  ['private', '我前天发的那个药名你记下来了吗', 'mydata'],
  ['private', '喂 喂 我想问一下 就是我上个礼拜报的那个药 你们到底记上没有啊', 'mydata'],
  ['private', '我老头子的药上次报过了 你们那边有没有', 'mydata'],
  ['private', '阿拉姆妈礼拜一报额药 侬收到伐', 'mydata'],
  ['private', "did you get my mum's request", 'mydata'],
  ['private', "did you receive my dad's medicine request yesterday?", 'mydata'],
  ['private', 'did my request get recorded?', 'mydata'],
  ['private', 'is my request in your system?', 'mydata'],
  ['private', '我妈的降压药吃完了 你们能帮忙配两盒吗', 'medicine', 'items=降压药;qty=2;days=0'],
  ['private', '昨天报的药今天收到了 很快 谢谢你们', 'none'],
  ['private', 'did you get my message? the lift is broken again', 'none'],
  ['group', '我妈报的药你们收到了吗 她让我问问', 'none'],
  ['group', '接龙我发了 大家收到没', 'none'],
];

// Set B: one's own details on record checked in words the mydata reader (commands/trust/trust.ts) did not take: which building or
// room it has me at (你那里写的我住几号楼, 你们记我家是几零几), whether it got them wrong (我的门牌号你没搞错吧, 你那我家地址写对了没), whether
// it can see them (你这里能看到我的资料吗), whether I am registered with it (我在你这有登记吗), a parent's details named as 她的 after the
// parent, and in English where it thinks I live, "you got my address right?", what it has on file for my mother. Someone else's
// phone asked for, a parcel, the pharmacy, a message got: not what is held of me. Read right before the change: 7/20. After: 20/20.
export const ROUND_15_MY_DETAILS_CHECKED: Probe[] = [
  ['private', '你那里写的我住几号楼', 'mydata'],
  ['private', '你们记我家是几零几', 'mydata'],
  ['private', '我的门牌号你没搞错吧', 'mydata'],
  ['private', '你那我家地址写对了没', 'mydata'],
  ['private', '你这里能看到我的资料吗', 'mydata'],
  ['private', '我在你这有登记吗', 'mydata'],
  ['private', '我妈让我问一下 她的资料你们那边有吗', 'mydata'],
  ['private', '侬搭我记额门牌是几号楼', 'mydata'],
  ['private', '你哋記低我住邊座', 'mydata'],
  ['private', 'do you know where I live', 'mydata'],
  ['private', 'where do you think I live?', 'mydata'],
  ['private', 'you got my address right?', 'mydata'],
  ['private', 'what do you have on file for my mother', 'mydata'],
  ['private', 'can u check what u have for me', 'mydata'],
  ['private', '我的快递你们没弄错吧', 'none'],
  ['private', '隔壁阿姨的电话你们那边有吗 我想联系她', 'none'],
  ['private', 'do you know where the pharmacy is', 'none'],
  ['private', 'you got my message right? the lift is broken', 'none'],
  ['private', '你知道几号楼有人要帮忙吗', 'none'],
  ['group', '我的门牌号上次写错了 楼组长帮我改好了', 'none'],
];

// Set C: a bare how or a bare "I can't work it" said privately, nothing else named (阿拉哪能弄, 第一次用 咋整, 接下来怎么弄, 然后呢 我要怎么做,
// 用不来, 这个东西我搞不懂), what one may ask it (我能问你什么), what it is (这是什么机器人, 请问你是谁 做什么的, "what is linli"), and a
// child asking how a parent uses it ("how does she ask for things?"). The help reader (commands/community/recognise.ts) wanted a use verb
// (怎么用) or a service named. The same words in the group, a medicine asked about, who the bot is, and a cry of
// 怎么办 are left as they were. Read right before the change: 7/20. After: 20/20.
export const ROUND_15_BARE_HOW: Probe[] = [
  ['private', '阿拉哪能弄', 'help'],
  ['private', '第一次用 咋整', 'help'],
  ['private', '接下来怎么弄', 'help'],
  ['private', '然后呢 我要怎么做', 'help'],
  ['private', '用不来', 'help'],
  ['private', '这个东西我搞不懂', 'help'],
  ['private', '我能问你什么', 'help'],
  ['private', '这是什么机器人', 'help'],
  ['private:new', '请问你是谁 做什么的', 'help'],
  ['private', 'what is linli', 'help'],
  ['private', "I'm writing for my mum, how does she ask for things?", 'help'],
  ['private:new', '刚加的 那我怎么弄呢', 'help'],
  ['private', '老了 弄不来 这个', 'help'],
  ['group', '然后呢 我要怎么做', 'none'],
  ['group', '阿拉哪能弄 侬晓得伐', 'none'],
  ['private', '这是什么药', 'none'],
  ['group', '这个东西我搞不懂 谁帮我看看', 'none'],
  ['private', '你是谁啊', 'none'],
  ['private', '我看不懂药盒上的字 这个一天吃几粒', 'none'],
  ['private', '我妈突然晕倒了 叫不醒 我该怎么办', 'emergency'],
];
