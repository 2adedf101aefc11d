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

// Set 4 (dev-29: "on the floor of the lift lobby, he's conscious but can't stand up"; "lying on the floor in the corridor, eyes open
// but not talking"): someone on the floor or the ground, however the place is named, awake but unable to stand or get up, or not
// talking, pages; things and pets on the floor, and children who will not get up for dinner, do not. Read right before the change: 4/8.
export const ROUND_12_ON_THE_GROUND_IN_ENGLISH: Probe[] = [
  ['group', "An old man is on the ground next to the bike shed, awake but he can't get up. Anyone around?", 'emergency'],
  ['group', 'the delivery guy is lying on the pavement at gate 3, eyes open but not speaking', 'emergency'],
  ['group', 'Mr Zhao is on the floor of his kitchen in 6-301, conscious but unable to stand', 'emergency', 'door=6-301'],
  ['group', "found my neighbour on the floor of the stairwell, she's awake but not saying anything", 'emergency'],
  ['group', "Grandma's on the bathroom floor, she's talking but she cannot get up by herself, 12-1203", 'emergency', 'door=12-1203'],
  ['group', "kids are sprawled on the floor watching cartoons, can't get them up for dinner lol", 'none'],
  ['group', "I dropped my phone on the floor and now it won't turn on", 'none'],
  ['group', 'The cat is lying on the floor and not moving much today, is she ok?', 'none'],
];

// Set 5 (dev-29: 已经在做心肺复苏了 有呼吸了 120马上到; dev-30: "Doing CPR now, he's breathing again, ambulance coming"): breath
// come back after CPR (有呼吸了, 恢复呼吸, 又能喘气了, "breathing again", "started breathing") is a danger being handled, told to the
// group; still no breath, or breath back but no waking, pages. Read right before the change: 10/11.
export const ROUND_12_BREATHING_AGAIN: Probe[] = [
  ['group', '按压了两三分钟 老伯恢复呼吸了 救护车在路上', 'none'],
  ['group', '心肺复苏做了一会 人又有呼吸了 120快到了', 'none'],
  ['group', "He's breathing on his own again after CPR, paramedics two minutes away", 'none'],
  ['group', 'we did compressions and she started breathing again, the ambulance is on its way', 'none'],
  ['group', '在做心肺复苏 还是没有呼吸 快来人', 'emergency'],
  ['group', '有呼吸了 但是叫不醒 快来人帮忙', 'emergency'],
  ['group', 'doing CPR, still no pulse, need a medic now', 'emergency'],
  ['group', "he's breathing again but won't wake up, ambulance not here yet", 'emergency'],
  ['group', '阿公冇呼吸了 快啲 邊個識急救', 'emergency'],
  ['group', '我老伴没有呼吸了 救命', 'emergency'],
  ['group', 'she was breathing again a minute ago but now she is not breathing again, help', 'emergency'],
];

// Set 6 (dev-29: 后来在群里看到是对面楼有人胸口痛 希望没事): what one read in the group chat about someone else (看群里才知道,
// 刚在群里看到, "just read in the group that…") is hearsay, as 听说; one's own people in danger now, told in the same words, are not.
// Read right before the change: 6/7.
export const ROUND_12_READ_IN_THE_GROUP: Probe[] = [
  ['group', '半夜听到救护车 早上看群里才知道是5号楼有个老伯心梗 希望他没事', 'none'],
  ['group', '刚在群里看到说有人晕倒了 不知道现在怎么样 大家多保重', 'none'],
  ['group', '看了群消息才知道对面有人抽搐被送走了 心里一直不踏实', 'none'],
  ['group', "Just read in the group chat that someone had chest pain last night, hope he's ok", 'none'],
  ['group', '群里有医生吗 我爸晕倒了 叫不醒', 'emergency'],
  ['group', '刚在群里喊了没人理 我妈喘不上气 谁来帮帮', 'emergency'],
  ['group', '看到群里有人问 我也说一下 我老公刚才突然胸口很痛', 'emergency'],
];

// Set 7 (dev-30: "Mom's face drooping on video and she can't lift her arm"): a parent named as one names one's own (Mom, Dad,
// Grandma, without "my") seen on a video call is here and now; a clip going round, a video sent of a class, and "caught on video"
// are media. Read right before the change: 3/6.
export const ROUND_12_PARENT_ON_VIDEO: Probe[] = [
  ['group', "Dad's face looks droopy on video and his words are slurred, he's in 8-702", 'emergency', 'door=8-702'],
  ['private:new', 'Grandma went quiet on video and then slumped over, she is not answering. 15-301, please send someone', 'emergency', 'door=15-301'],
  ['group', 'on video with Mum just now, she suddenly could not speak and her mouth went crooked', 'emergency'],
  ['group', 'There is a video going round of a man collapsing at a market, so sad', 'none'],
  ['group', 'Mom sent me a video of her tai chi class this morning, so cute', 'none'],
  ['group', 'caught on video: a delivery guy fainting in the heat outside a mall', 'none'],
];

// Set 8 (dev-29: 心慌手抖出冷汗 … 吃了糖好一点 还要不要叫人): a sign eased by what was given (喝了糖水好一点, 含了药好些, "had some juice
// and he's a bit better") with whether to still call someone asked is the middle, as 好点了 is; a sign the sugar did not ease pages.
// Read right before the change: 5/7.
export const ROUND_12_EASED_BY_WHAT_WAS_GIVEN: Probe[] = [
  ['group', '我妈刚才心慌出冷汗手抖 喝了糖水好一点 还用叫医生吗', 'emergency.ask'],
  ['group', '外公低血糖 手抖冷汗 吃了几块饼干好些 要不要找人看看', 'emergency.ask'],
  ['group', '老头子胸口闷出冷汗 含了药好一点 要不要叫人来', 'emergency.ask'],
  ['group', "Grandpa was shaky and sweaty with low sugar, had some juice and he's a bit better, should we still get someone?", 'emergency.ask'],
  ['group', '我老公手抖冷汗 说胡话 血糖2.5 喝了糖水也没用', 'emergency'],
  ['group', '心口痛得厉害 吃了药还是痛 出冷汗', 'emergency'],
  ['group', '有没有好一点的血糖仪推荐', 'none'],
];

// Set 9 (dev-29: 现在好好的在嗑瓜子): well now, said as now (现在好好的, 这会儿好好的, 现在跟没事人一样, 现在已经正常了), settles a sign told
// before it; 「刚才还好好的 突然就倒了」 is the opposite, a sign after the well. Read right before the change: 4/7.
export const ROUND_12_WELL_NOW: Probe[] = [
  ['group', '我爸上午说胸口有点闷 后来说是吃撑了 现在好好的在下棋', 'none'],
  ['group', '外婆刚才头有点晕 喝了点水 这会儿好好的', 'none'],
  ['group', '宝宝刚刚咳得喘不上气 吓死我了 现在跟没事人一样在玩', 'none'],
  ['group', '老伴早上手有点麻 现在已经正常了', 'none'],
  ['group', '刚才还好好的 突然就倒了 叫不醒', 'emergency'],
  ['group', '人刚才还好好的 现在说胸口很痛', 'emergency'],
  ['group', '前面好好的 现在有点喘 要不要紧', 'emergency.ask'],
];

// Set 10 (the delivery man who fell; corpus 29's theme): a fall after which the person got up by themselves and went on (自己爬起来
// 走了, 马上站起来了, "got straight back up and carried on") is over; one who tries and cannot, or bleeds, is not. Read right before the
// change: 6/7.
export const ROUND_12_GOT_UP_AND_WENT_ON: Probe[] = [
  ['group', '快递小哥在坡道上摔了一跤 自己爬起来把箱子捡起来走了', 'none'],
  ['group', '送外卖的在门口滑了一下 马上站起来了 还跟我们挥挥手', 'none'],
  ['group', 'The courier slipped on the ramp but got straight back up and carried on', 'none'],
  ['group', '阿婆在花坛边绊了一跤 自己站起来拍拍灰回去了', 'none'],
  ['group', '快递员摔倒了 爬不起来 腿好像断了', 'emergency'],
  ['group', '送菜的大哥摔了 想自己站起来 站不起来', 'emergency'],
  ['group', '阿姨摔了一跤 自己爬起来了 但是头一直在流血', 'emergency'],
];

// Set 11 (corpus 31's diabetic grandfather): a low sugar measured (血糖只有2.8, "meter says 2.6") or a sweat beside a mind a little
// unclear is two symptoms, not one said softly; a low-ish reading said with clear talk is still asked. Read right before the change: 3/6.
export const ROUND_12_LOW_SUGAR_MEASURED: Probe[] = [
  ['group', '外公出了一身汗 人有点糊涂 血糖只有2.8', 'emergency'],
  ['group', '阿爷有点迷糊 浑身是汗 测了血糖2.3', 'emergency'],
  ['group', 'grandpa is a bit confused and sweating, his sugar is 2.6', 'emergency'],
  ['group', '爷爷血糖3.2 有点没力气 但是说话正常', 'emergency.ask'],
  ['group', '外婆有点糊涂 要不要紧', 'emergency.ask'],
  ['group', 'grandpa sweating a bit but talking fine, gave him biscuits, should a doctor look?', 'emergency.ask'],
];

// Set 12 (dev-30: 对面楼有个老人一直在喊 听不清喊啥): someone nearby calling out on and on, what they call not made out (听不清,
// 不知道喊什么, "can't make out what"), is an uncertain observation; a call with its harmless content (a grandchild home for dinner, a
// trade, a game) is not. Read right before the change: 4/8.
export const ROUND_12_CALLING_OUT_UNHEARD: Probe[] = [
  ['group', '隔壁楼有个阿婆一直在叫 叫了半天了 听不出叫什么', 'emergency.ask'],
  ['group', '后面那栋有个人不停地在喊 不知道喊的什么', 'emergency.ask'],
  ['group', "someone in the next block keeps shouting, can't make out what", 'emergency.ask'],
  ['group', '楼上有位老伯一直在喊 听不清楚 好像很急', 'emergency.ask'],
  ['group', '对面楼有个阿姨一直在喊她孙子回家吃饭', 'none'],
  ['group', '楼下有人一直在喊收旧手机 旧电脑', 'none'],
  ['group', "someone keeps shouting 'delivery!' downstairs, whose is it", 'none'],
  ['group', '有个小孩一直在叫 在玩捉迷藏', 'none'],
];

// Set 13 (dev-30: 楼下好像有人坐在地上很久了): someone sitting or lying on the ground a long while (好久, 半天, 快一个小时, "for ages")
// with nothing they are doing there is asked; children playing, volunteers resting, neighbours in the sun are not. Read right before
// the change: 3/7.
export const ROUND_12_ON_THE_GROUND_A_LONG_WHILE: Probe[] = [
  ['group', '电梯口一个阿姨坐在地下好久了 不知道怎么回事', 'emergency.ask'],
  ['group', '花坛边有个老伯坐在地上快一个小时了 也不起来', 'emergency.ask'],
  ['group', 'an old lady has been sitting on the ground by gate 2 for ages', 'emergency.ask'],
  ['group', '小区门口有个人坐在台阶上半天了 头一直低着', 'emergency.ask'],
  ['group', '孩子们在楼下坐在地上玩了好久', 'none'],
  ['group', '大白坐在地上休息了好久 太辛苦了', 'none'],
  ['group', '几个阿姨坐在地上晒太阳聊了一下午', 'none'],
];

// Set 14 (dev-29: 谁家有孩子哮喘的 拉个小群): a roll call of those who live with a condition (谁家有…的, 家里有…的家长, "any families
// with asthmatic kids") names a diagnosis, not a sign now; a child whose asthma is flaring now, named in the same kind of question, pages.
// Read right before the change: 5/6.
export const ROUND_12_ROLL_CALL_OF_A_CONDITION: Probe[] = [
  ['group', '家里有癫痫孩子的家长 可以加我微信交流一下', 'none'],
  ['group', '楼里家里有心脏病老人的 可以互相留个电话 有事好照应', 'none'],
  ['group', '咱们楼里有哮喘的朋友吗 这两天柳絮多 出门戴口罩', 'none'],
  ['group', 'any families here with asthmatic kids? thinking of a small group to share inhalers', 'none'],
  ['group', '谁家有哮喘喷雾 我儿子哮喘发作了 喘不上气', 'emergency'],
  ['group', '有没有家里有制氧机的 我爸喘得厉害 嘴唇发紫', 'emergency'],
];

// Set 15 (dev-29: 跟大家分享一下 惊恐发作的时候可以试试…; corpus 29's panic attacks): a tip shared with everyone (分享一下, 给大家分享个,
// "sharing a tip") is advice, its signs the condition of the tip; one's own people in danger now, told after the same words, page.
// Read right before the change: 4/6.
export const ROUND_12_TIP_SHARED: Probe[] = [
  ['group', '给大家分享个小方法 心慌的时候慢慢呼气 数到十 我试过挺管用', 'none'],
  ['group', '分享一下 孩子发烧抽筋的时候别往嘴里塞东西 侧躺着就行', 'none'],
  ['group', 'Sharing a tip: if you feel a panic attack coming, breathe in for 4 and out for 8', 'none'],
  ['group', '跟大家分享下 焦虑的时候我会胸口闷 出去走走就好了', 'none'],
  ['group', '不好意思打扰大家 我女儿惊恐发作 晕过去了 叫不醒', 'emergency'],
  ['group', '分享一下刚才的事 我爸现在喘不上气 嘴唇发紫 快来人', 'emergency'],
];

// Set 16 (corpus 29's panic attacks: "a writer's own racing heart and tingling hands, alone and scared"): the fear of dying asked (是不是
// 要死了, 我会不会死, "am I dying?") is fear, not the hyperbole 热得要死了; said beside a racing heart and numb hands it is asked, beside a
// grave sign it pages. Read right before the change: 6/7.
export const ROUND_12_FEAR_OF_DYING_ASKED: Probe[] = [
  ['private', '我一个人在家 心跳好快 手脚发麻 好怕 是不是要死了', 'emergency.ask'],
  ['private', '心慌得厉害 手指发麻 我会不会死啊 家里就我一个', 'emergency.ask'],
  ['private', "heart pounding and my hands are tingling, am I dying? I'm alone", 'emergency.ask'],
  ['group', '我爸喘不上气 嘴唇发紫 是不是要死了 快来人', 'emergency'],
  ['group', '排队排得累得要死了', 'none'],
  ['group', '今天热得要死了 空调都不管用', 'none'],
  ['group', "this queue is so long I'm dying lol", 'none'],
];

// Set 17 (corpus 31's diabetic grandfather, in English): sweat beside a mind not clear ("sweating buckets, not making sense") pages as
// 冷汗 … 糊涂 does, a sugar said with "was" is a reading, and a low reading with shaking but clear talk is asked; sweat of the writer or of "we", and confusion about a thing ("confused about which queue"), are not.
// Read right before the change: 3/8.
export const ROUND_12_SWEAT_AND_CONFUSION_IN_ENGLISH: Probe[] = [
  ['group', "grandpa is sweating buckets, not making sense, and won't swallow the juice", 'emergency'],
  ['group', 'my father-in-law is clammy and confused, he keeps asking where he is', 'emergency'],
  ['group', "Grandpa's sugar was 3.1 and he's a bit shaky but chatting normally, should we worry?", 'emergency.ask'],
  ['group', 'her glucose was 2.4 and she is mumbling nonsense', 'emergency'],
  ['group', 'I was sweating buckets after carrying the boxes up, so confused by the new rota lol', 'none'],
  ['group', 'sugar was 6.1 this morning, much better than last week', 'none'],
  ['group', "we were sweating at the testing site and everyone was confused about which queue to join", 'none'],
  ['group', "He's sweating a lot, confused by the new delivery app, can someone show him", 'none'],
];

// Set 18 (dev-30: 老太太把盐当糖放 讲话倒还清爽 要不要紧): a mind slipping shown by what an elder did (把洗洁精当油倒, 找不到回家的路,
// the same question asked five times, "put salt in her tea instead of sugar") with the writer's worry asked is the middle; the same
// mix-up told as a joke or a complaint, of oneself or a spouse, is not. Read right before the change: 4/7.
export const ROUND_12_MIND_SLIPPING_BY_WHAT_WAS_DONE: Probe[] = [
  ['group', '外婆今天把洗洁精当成油倒进锅里 说话倒是正常 要不要紧', 'emergency.ask'],
  ['group', '我爸下楼拿个菜 找不到回家的路了 在楼下转了半天 是不是糊涂了', 'emergency.ask'],
  ['group', '阿爷一个钟头里同一个问题问了五六遍 我有点担心', 'emergency.ask'],
  ['group', 'Grandma put salt in her tea instead of sugar and asked me the same question three times, should I worry?', 'emergency.ask'],
  ['group', '我把盐当糖放了 这碗汤没法喝了 哈哈', 'none'],
  ['group', '我老公又把我的洗面奶当牙膏用了 气死', 'none'],
  ['group', 'I got lost coming back from the testing site, this compound is a maze lol', 'none'],
];

// Set 19 (corpus 29's withdrawal "dizzy, like electric shocks"): a shock felt as a likeness ("like electric shocks", "like an electric
// shock", "brain zaps like little electric shocks") is a sensation, not an electrocution; a shock got from a socket or a machine
// pages. Read right before the change: 4/6.
export const ROUND_12_LIKE_AN_ELECTRIC_SHOCK: Probe[] = [
  ['group', 'my arm feels like an electric shock every time I lift it, probably the computer mouse', 'none'],
  ['group', 'these brain zaps are like little electric shocks, anyone else had them coming off their meds?', 'none'],
  ['group', 'my fingers tingle like an electric shock when I touch the cold tap, so weird', 'none'],
  ['group', "my husband got an electric shock from the washing machine and he's not responding", 'emergency'],
  ['group', 'the kid touched the socket and got an electric shock, his hand is burnt and he is screaming', 'emergency'],
  ['group', '我爸修灯的时候触电了 快来人', 'emergency'],
];

// Set 20 (corpora 29-31's retellings that end well): the recovery told after the sign (十分钟就醒过来了, 现在清醒了, 半小时才平静下来,
// 送他去医院了, "the doctor checked him and says he is fine") is the latest news and settles it; waking and then not waking again, or
// 叫不醒了, do not. Read right before the change: 4/10.
export const ROUND_12_RECOVERY_TOLD: Probe[] = [
  ['group', '今天早上我老公低血糖晕倒了 吃了两颗糖 十分钟就醒过来了 现在在吃早饭', 'none'],
  ['group', '凌晨我女儿惊恐发作 喘不上气 我陪她慢慢呼吸 半小时才平静下来', 'none'],
  ['group', '刚才楼下快递员摔倒 头破了 保安已经送他去医院了', 'none'],
  ['group', '上午外公出冷汗 说胡话 我们喂了糖水 现在清醒了 精神也好', 'none'],
  ['group', 'my son had a febrile seizure an hour ago, the doctor checked him and says he is fine', 'none'],
  ['group', '阿婆刚才喘不过气来 吸了几口氧 慢慢平复了', 'none'],
  ['group', '刚才醒了一下 现在又叫不醒了 快来人', 'emergency'],
  ['group', '我爸晕倒了 叫不醒了 快来人', 'emergency'],
  ['group', '我妈刚才清醒了一会 现在又没反应了 快来人', 'emergency'],
  ['group', '他喊了两声胸口痛 然后突然安静下来了 叫他不应', 'emergency'],
];

// Set 21 (corpus 31's labour and pregnancy): the pregnant middle — the baby moving less (胎动比平时少, 感觉不到胎动, "moving much less"),
// a tightening ten and more minutes apart with the due date near (预产期就在下周 肚子一阵一阵发紧 十五分钟一次) — is asked; a knock on the
// head with nausea ("hit her head … feels sick") pages as 撞到头 … 想吐 does; a lively baby and a hospital asked about are not.
// Read right before the change: 4/9.
export const ROUND_12_PREGNANT_MIDDLE: Probe[] = [
  ['group', '怀孕32周 今天感觉胎动比平时少很多 要不要去医院', 'emergency.ask'],
  ['group', 'baby is moving much less than usual today, 34 weeks, should we go in?', 'emergency.ask'],
  ['group', '我老婆今天一上午都感觉不到胎动 有点慌', 'emergency.ask'],
  ['group', '预产期就在下周 老婆肚子一阵一阵发紧 大概十五分钟一次 不怎么痛 要不要去医院', 'emergency.ask'],
  ['group', '38 weeks, tightenings every 12 minutes or so, not painful yet, do we go now?', 'emergency.ask'],
  ['group', "my pregnant wife slipped and hit her head, she's dizzy and feels sick", 'emergency'],
  ['group', '胎动很频繁 小家伙在肚子里踢来踢去 哈哈', 'none'],
  ['group', '哪家医院现在还能生孩子 有人知道吗', 'none'],
  ['group', '宫缩越来越密了 三分钟一次 救护车打不通', 'emergency'],
];

// Set 22 (corpus 31's diabetic grandfather: "sweating a little, talking clearly, hungry, given biscuits, should a doctor look?"): a
// little sweat (出了点汗, 出了些汗) beside a tremor or a diabetic's hunger, asked about, is the middle; sweat after carrying or a run is
// not. Read right before the change: 4/5.
export const ROUND_12_A_LITTLE_SWEAT: Probe[] = [
  ['group', '外公有点饿 出了点汗 讲话很清楚 给他吃了饼干 要不要请医生来看一下', 'emergency.ask'],
  ['group', '阿爷出了些汗 手有点抖 人是清醒的 要不要找医生看看', 'emergency.ask'],
  ['group', '爷爷是糖尿病 刚才说饿 冒了点冷汗 要不要紧', 'emergency.ask'],
  ['group', '今天搬了一下午物资 出了点汗 洗个澡舒服多了', 'none'],
  ['group', '跑完步出了一身汗 爽', 'none'],
];

// Set 23 (corpus 29's panic attacks: "a writer's own racing heart and tingling hands, alone and scared"): a racing heart, numb or
// tingling hands or a panic attack, said beside being alone or scared, in English and Chinese, is asked; a heart racing at a match or a
// film, and 麻烦 beside someone living alone, are not. Read right before the change: 5/7.
export const ROUND_12_PANIC_ALONE: Probe[] = [
  ['private', "I think I'm having a panic attack, alone at home, heart racing, hands numb, scared", 'emergency.ask'],
  ['private', "home by myself and my heart is pounding, fingers tingling, can't calm down", 'emergency.ask'],
  ['private', '惊恐发作了 家里没人 心跳好快 手都麻了', 'emergency.ask'],
  ['group', '一个人住 刚才突然心跳好快 手脚发麻 好怕', 'emergency.ask'],
  ['group', 'my heart was racing watching the match last night haha', 'none'],
  ['group', '一个人在家看恐怖片 心跳好快 哈哈', 'none'],
  ['group', '独居老人家里没人照顾 麻烦志愿者明天上门看看', 'none'],
];

// Set 24 (corpus 31's diabetic grandfather, in Cantonese): 認唔到人, 認唔出我 and 講嘢亂晒 are a mind not clear as 认不出人 and 说胡话 are,
// so beside a cold sweat they page; 出咗少少汗 is a little sweat, asked beside hunger. Read right before the change: 1/4.
export const ROUND_12_CANTONESE_HYPO: Probe[] = [
  ['group', '阿爺出冷汗 講嘢亂晒 認唔到人 糖水都飲唔落', 'emergency'],
  ['group', '阿嫲成身冷汗 認唔出我 講嘢亂七八糟', 'emergency'],
  ['group', '阿公有啲肚餓 出咗少少汗 講嘢好清楚 食咗餅乾 使唔使搵醫生睇下', 'emergency.ask'],
  ['group', '佢講嘢亂晒 我都聽唔明 哈哈', 'none'],
];

// Set 25 (corpus 29's retellings of the delivery man who fell): someone named by what happened to them ("the delivery guy who collapsed",
// "the courier who fell") and news of them in hospital or recovering is an update, not a page; a fall with a little bleeding said to be
// fine ("bleeding a bit but fine") is minor. A fall now with a head wound and no movement still pages. Read right before the change: 3/6.
export const ROUND_12_UPDATE_ON_SOMEONE_WHO_FELL: Probe[] = [
  ['group', "Update on the delivery guy who collapsed at the gate: he's in hospital with a broken wrist, recovering", 'none'],
  ['group', 'the courier who fell on the ramp last week is back at work, cast and all', 'none'],
  ['group', 'Anyone know if the clinic is open? My son fell off his scooter, cut his knee, bleeding a bit but fine', 'none'],
  ['group', "my daughter tripped on the stairs, bleeding a little from her chin but she's fine, just crying", 'none'],
  ['group', 'the delivery guy slipped on the wet ramp and hit his head, he is lying there not moving', 'emergency'],
  ['group', "my son fell off his scooter and he's bleeding a lot from his head, it won't stop", 'emergency'],
];
