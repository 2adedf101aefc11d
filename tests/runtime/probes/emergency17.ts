/**
 * Round 17 probes (emergency17): emergencies on the wrong rung — present danger missed, the uncertain middle left silent or paged,
 * talk (the past, medics' advice, jokes, 救命 slang, news, pets) and medicine requests paged. Sentences of the writer's own, in
 * simplified, traditional, Cantonese, Shanghainese and English, written before each change and counted against main (893fe2d9).
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1 (a guard): present danger in many scripts — a collapse, a fall with blood, a stroke in Cantonese, choking, full-width doors,
// private chats — and the past or settled beside it (住院 with 现在又…, 120 叫了还没到). No change was needed: every one read right.
// Near misses: a heart attack a year ago and well now, a faint yesterday already in hospital, stitches last month.
// Read right before the change: 19/19. After: 19/19.
export const ROUND_17_EMERGENCY_MISSED: Probe[] = [
  ['group', '我婆婆心梗住过院 现在又说胸口痛得厉害 一直冒冷汗', 'emergency'],
  ['group', '我爸之前心梗住院过 刚才又捂着胸口倒在沙发上', 'emergency'],
  ['group', '隔壁阿姨晕倒了 120打了还没到 有没有医生先过来看看', 'emergency'],
  ['group', '楼梯口有个阿姨倒在地上 喊她没反应', 'emergency'],
  ['group', '１２号楼５０３ 老人晕倒了 快来人', 'emergency', 'door=12-503'],
  ['group', '急!!!5号楼1201 我妈摔倒了 头在流血 起不来', 'emergency', 'door=5-1201'],
  ['group', '阿爸突然講唔到嘢 半邊面歪咗', 'emergency'],
  ['group', '奶奶吃汤圆呛到了 咳不出来 脸憋红了', 'emergency'],
  ['group', '阿拉爷叔昏过去了 快点来人', 'emergency'],
  ['group', 'my husband collapsed in the kitchen and is not breathing properly, please someone come', 'emergency'],
  ['group', '我老公心口痛得不行 满头大汗 我好着急', 'emergency'],
  ['group', '宝宝高烧抽筋了 怎么办 怎么办', 'emergency'],
  ['group', '外公头撞到桌角 血止不住', 'emergency'],
  ['group', '我爸有糖尿病 现在叫不醒 一身冷汗', 'emergency'],
  ['private', '我妈晕倒在卫生间了 叫不醒 我住7号楼302', 'emergency', 'door=7-302'],
  ['private:new', 'help my dad fell down the stairs, he is not moving', 'emergency'],
  // near misses: the past, settled
  ['group', '我爸去年心梗住院 现在恢复得很好 谢谢大家关心', 'none'],
  ['group', '隔壁阿姨昨天晕倒了 已经送到医院了 现在没事了', 'none'],
  ['group', '上个月外公头撞到桌角 缝了三针 现在好了', 'none'],
];

// Set 2 (a guard): the uncertain middle — dizziness, breath a little short, an elder not eating, a thud then silence, a neighbour
// unseen, a fever with sleepiness, a pregnant bleed — asked, in every script; near misses (a price 头疼, a mother well) stay nothing.
// No change was needed. Read right before the change: 21/21. After: 21/21.
export const ROUND_17_EMERGENCY_MIDDLE: Probe[] = [
  ['group', '我妈今天一直说头晕 走路有点飘', 'emergency.ask'],
  ['group', '老爸下午开始有点喘 说胸口闷闷的', 'emergency.ask'],
  ['group', '外婆今天一天没吃东西 人蔫蔫的', 'emergency.ask'],
  ['group', '隔壁阿婆两天没见人了 门口的菜也没拿', 'emergency.ask'],
  ['group', '楼上刚才咚的一声 好像有人摔了 后来就没动静了', 'emergency.ask'],
  ['group', 'my grandma seems a bit confused this evening, keeps asking the same thing over and over', 'emergency.ask'],
  ['group', '孩子发烧39度 一直在睡 叫醒了又睡', 'emergency.ask'],
  ['group', '阿公今日行路唔稳 讲嘢慢咗', 'emergency.ask'],
  ['group', '我老公说手有点麻 不知道是不是压到了', 'emergency.ask'],
  ['group', '外公今天脸色很差 嘴唇有点白', 'emergency.ask'],
  ['group', '伲姆妈今朝胸口有点闷 勿晓得哪能弄', 'emergency.ask'],
  ['group', '我爸拉肚子拉了一天了 人很虚', 'emergency.ask'],
  ['group', "my dad has been vomiting since this morning and can't keep water down", 'emergency.ask'],
  ['group', '楼道里有个老伯坐在台阶上 看着不太舒服', 'emergency.ask'],
  ['group', '对门老太太今天没来拿菜 打电话也没人接', 'emergency.ask'],
  ['group', '我妈说心里发慌 手一直抖', 'emergency.ask'],
  ['group', '外婆早上起来说看东西重影 头有点痛', 'emergency.ask'],
  ['private', '我爸今天一直咳 有点发烧 人没精神', 'emergency.ask'],
  ['private:new', '你好 我外婆今天说胸口闷 要紧吗', 'emergency.ask'],
  // near misses
  ['group', '今天菜有点贵 头疼', 'none'],
  ['group', '我妈今天精神很好 下楼做核酸了', 'none'],
];

// Set 3 (a guard): talk — the past, 救命 as slang (又要做核酸了, 外卖点错了), a pet, the news, a drama, a doctor's general advice,
// a class wished for, 着急 about a parcel or money, 救救孩子 about homework, Cantonese news of a stroke last week. No change was
// needed. Read right before the change: 23/23. After: 23/23.
export const ROUND_17_EMERGENCY_TALK: Probe[] = [
  ['group', '去年我爸心梗 幸亏邻居帮忙叫了救护车', 'none'],
  ['group', '救命 又要做核酸了', 'none'],
  ['group', '救命啊 这个团购的菜也太贵了吧', 'none'],
  ['group', '笑死 我家猫从沙发上摔下来了', 'none'],
  ['group', '新闻说浦东有个老人倒在家里三天才被发现 太可怕了', 'none'],
  ['group', '我是急诊科医生 心梗的话一定要第一时间打120 不要自己开车去', 'none'],
  ['group', '心梗的前兆有哪些 大家可以了解一下', 'none'],
  ['group', '我妈心梗住院了 现在稳定了 谢谢大家关心', 'none'],
  ['group', '今天排队两个小时 人都要晕倒了', 'none'],
  ['group', '我家狗狗刚才抽搐了 有没有兽医', 'none'],
  ['group', '急死了 快递三天了还没到', 'none'],
  ['group', '这部剧男主心脏病发作那段太揪心了', 'none'],
  ['group', '救命 我外卖点错了', 'none'],
  ['group', "lol I nearly died when I saw the price of eggs", 'none'],
  ['group', '我昨天晕倒了一下 今天已经好了 医生说是低血糖', 'none'],
  ['group', '有没有懂急救的 我想学心肺复苏', 'none'],
  ['group', '好着急 团购的钱还没转过去', 'none'],
  ['group', '着急 快递到了没人拿', 'none'],
  ['group', '她最近有点着急上火 嘴角起泡了', 'none'],
  ['group', '打工人的命也是命 救救孩子吧 作业写不完了', 'none'],
  ['group', '救命救命 这个视频笑死我了', 'none'],
  ['group', '我們樓下阿伯上個禮拜中風 而家喺醫院 大家唔使擔心', 'none'],
  ['group', "heads up: if someone's having a stroke remember FAST — face, arms, speech, time", 'none'],
];


// Set 4: an illness of the past said as what marks time or who one is — 心梗后, 中风以后, 心梗病人, 装了支架, 前两年, a year by its
// number ("in 2019", 2018年) — read as a heart attack or a stroke now: five medicine requests paged (medicine → emergency) and two
// stories of the past paged; "he is doing well now" asked. The fix: LONG_AGO (frames.ts) takes these words, so present() drops
// their clause as it does 以前 and 去年; "is doing well" in SETTLED. Near misses: the same past with a sign now (刚才又捂着胸口倒在
// 地上, 今天突然嘴歪了, "now his face is drooping again"), an attack now beside the medicine asked for.
// Read right before the change: 7/15. After: 15/15.
export const ROUND_17_EMERGENCY_PAST_ILLNESS: Probe[] = [
  ['group', '我爸心梗装了支架 波立维只剩两天了 急', 'medicine', 'items=波立维;days=2'],
  ['group', '我妈中风后一直吃的阿司匹林没了 急需', 'medicine', 'items=阿司匹林;days=0'],
  ['group', '老妈中风以后一直吃阿托伐他汀 还剩两天 急', 'medicine', 'items=阿托伐他汀;days=2'],
  ['group', '心梗病人 氯吡格雷断了 救命', 'medicine', 'items=氯吡格雷;days=0'],
  ['group', '我爸心梗后吃的倍他乐克没了 着急', 'medicine', 'items=倍他乐克;days=0'],
  ['group', '阿拉屋里厢老头子前两年心梗 现在天天出去打拳', 'none'],
  ['group', '前两年我爸心梗 放了支架 现在每天走一万步', 'none'],
  ['group', 'Dad had a stroke in 2019, he is doing well now', 'none'],
  ['group', '我外公2018年中风过 现在走路很稳', 'none'],
  // near misses: the illness of the past, and danger now
  ['group', '我爸心梗装过支架 刚才又捂着胸口倒在地上', 'emergency'],
  ['group', '我妈中风后一直在家 今天突然嘴歪了 说不出话', 'emergency'],
  ['group', 'Dad had a stroke in 2019 and now his face is drooping again and he cannot speak', 'emergency'],
  ['group', '急!!!我爸的降压药吃完了 谁家有硝苯地平', 'medicine', 'items=硝苯地平;days=0'],
  ['group', '有没有速效救心丸 我爸心脏病犯了 捂着胸口', 'emergency'],
  ['group', '谁有沙丁胺醇喷雾 孩子哮喘发作了 喘不上气', 'emergency'],
];

// Set 5: talk of a sign that is not news — a medic's advice with the sign as its condition (胸痛的话不要拖, 老人摔倒后不要马上扶,
// 孩子抽搐的话先侧躺), and another's hyperbole reported (我老公说他看到账单要心梗了, 我女儿说她快心梗了, 讲伊看到分数要吐血了): all paged.
// The fix: SUPPOSE takes 「…的话 + 不要/先/要…」 and 「sign + 后/以后 + 不要/先…」; HYPERBOLE takes 说(他|她)(要|快)心梗/吐血/窒息了 and a
// bill or a mark seen then 要心梗了 (frames.ts); 胸痛中心 / 胸痛门诊 / 卒中中心 are places, not signs (OBJECT_STATE). Near misses:
// one's own mother's chest pain with sweat, a father who fell and cannot get up, a daughter who says her chest hurts now.
// Read right before the change: 5/10. After: 10/10.
export const ROUND_17_EMERGENCY_TALK_OF_IT: Probe[] = [
  ['group', '我是医生 胸痛的话不要拖 尽快去胸痛中心', 'none'],
  ['group', '我是护士 老人摔倒后不要马上扶起来 先看能不能动', 'none'],
  ['group', '做了三十年急诊 说一句 孩子抽搐的话先侧躺 别往嘴里塞东西', 'none'],
  ['group', '哈哈哈 我老公说他看到团购账单要心梗了', 'none'],
  ['group', '我女儿说她快心梗了 考试没考好', 'none'],
  ['group', '阿拉囡囡讲伊看到分数要吐血了', 'none'],
  // near misses: one's own now, with the same words
  ['group', '我妈胸痛 一直出冷汗 有没有医生', 'emergency'],
  ['group', '我爸摔倒后起不来 头在流血', 'emergency'],
  ['group', '我女儿说她胸口好痛 喘不上气', 'emergency'],
  ['group', '我是医生 几号楼?', 'none'],
];

// Set 6: someone seen lying (a stranger too) and called or touched without an answer — 楼道里躺着一个老伯 叫他不应 — was only asked:
// UNCERTAIN's 「楼道里躺着…」 hedged the sign beside it (round 15 left it to the lead). The fix: uncertainBeside (recognise.ts) does not
// hedge when the one lying was seen (LYING_SEEN) and called without answer (CALLED_UNANSWERED), with no doubt (UNSURE) and no drink,
// sleep, door or phone named (DRUNK_OR_ASLEEP). Near misses stay asked: drink named, 好像看到, sitting and not answering, a knock.
// Read right before the change: 7/9. After: 9/9.
export const ROUND_17_EMERGENCY_SEEN_DOWN: Probe[] = [
  ['group', '楼道里躺着一个老伯 叫他不应', 'emergency'],
  ['group', '电梯口趴着一个阿姨 喊了好几声都没反应', 'emergency'],
  ['group', 'there is an old man lying in the stairwell on the 3rd floor, he does not respond when I call him', 'emergency'],
  ['group', '地下车库倒着一个人 拍他没反应', 'emergency'],
  // near misses: drink named, the writer unsure, sitting, a knock
  ['group', '花坛边躺着一个人 叫他不应 也不知道是不是喝多了', 'emergency.ask'],
  ['group', '楼道里躺着个人 叫他不应 好像喝醉了', 'emergency.ask'],
  ['group', '好像看到楼下草坪上躺着一个人', 'emergency.ask'],
  ['group', '隔壁阿婆两天没见人了 敲门也不应', 'emergency.ask'],
  ['group', '楼梯上坐着一个老伯 喊他不理人', 'emergency.ask'],
];

// Set 7: 着急 read as urgency — 「外婆有点喘不上来 我好着急」 and 「我妈摔了一跤 手腕肿了 好着急」 paged, and the worry lifted the advice
// frame (「很多老人胸闷也不说 真让人着急」 asked). 着急 is the writer's worry, not a hurry. The fix: WORRIED is taken out before URGENCY
// is read (recognise.ts). Near misses: a faint, a fall with 快来人, chest pain with sweat still page; 着急 about a parcel stays nothing.
// Read right before the change: 7/10. After: 10/10.
export const ROUND_17_EMERGENCY_WORRIED: Probe[] = [
  ['group', '外婆有点喘不上来 我好着急', 'emergency.ask'],
  ['group', '我妈摔了一跤 手腕肿了 好着急', 'emergency.ask'],
  ['group', '老伴说胸口有点闷 我很着急', 'emergency.ask'],
  ['group', '我爸头有点晕 家里人都很着急', 'emergency.ask'],
  ['group', '宝宝拉了好几次了 有点蔫 着急死了', 'emergency.ask'],
  ['group', '很多老人胸闷也不说 真让人着急', 'none'],
  // near misses: a sign or a cry pages by itself
  ['group', '我好着急 我妈晕倒了', 'emergency'],
  ['group', '我爸摔倒了 好着急 快来人', 'emergency'],
  ['group', '我老公心口痛得不行 满头大汗 我好着急', 'emergency'],
  ['group', '着急 快递到了没人拿', 'none'],
];

// Set 8: the middle in words nothing knew — a pressure of 160–179 in Chinese beside the head (血压170 头有点胀, 血压一百七 头有点痛),
// 见红 in pregnancy, Shanghainese 讲闲话有点含糊, "has not been answering her phone" — left in silence; slurred speech and a crooked
// mouth together only asked; an elder away at her daughter's (去女儿家住了) asked. The fix (signs.ts): a pressure line in UNWELL_WORDS;
// 见红 in the pregnancy sign (有点 keeps it asked); 讲闲话/讲嘢 in the stroke sign's speech; "been answering / picking up" in
// UNCERTAIN; 不清楚 and 含糊 counted in SYMPTOM (two signs are not said softly); in frames.ts EXPLAINED takes staying at a child's or
// going home to the village. Near misses: a pressure brought down, slurred speech alone (asked), a question about durian.
// Read right before the change: 4/11. After: 11/11.
export const ROUND_17_EMERGENCY_MIDDLE_WORDS: Probe[] = [
  ['group', '婆婆血压170 头有点胀', 'emergency.ask'],
  ['group', '老爸血压一百七 头有点痛', 'emergency.ask'],
  ['group', '我老婆怀孕7个月 今天有点见红', 'emergency.ask'],
  ['group', '阿婆今朝讲闲话有点含糊 勿晓得要紧伐', 'emergency.ask'],
  ['group', 'grandma has not been answering her phone all day, she lives alone in 6-1202', 'emergency.ask', 'door=6-1202'],
  ['group', '我外公今天说话有点不清楚 嘴巴有点歪 是不是我想多了', 'emergency'],
  ['group', '隔壁阿婆去女儿家住了 这两天没见人', 'none'],
  // near misses
  ['group', '我妈血压170 今天吃了药 降到130了', 'none'],
  ['group', '外公说话有点不清楚', 'emergency.ask'],
  ['group', '孕妇可以吃榴莲吗', 'none'],
  ['group', '阿婆回老家了 电话也打不通 她儿子说没事', 'none'],
];

// Set 9: more of the middle left in silence — a leg dragged when walking (走路拖着一条腿), black stools with weakness (拉黑便 人有点虚),
// "her heart is fluttering and she feels lightheaded", an elder whose meal at the door is untouched or whose light has not come on.
// The fix (signs.ts): three lines in UNWELL_WORDS; in UNCERTAIN an elder's 饭菜 untouched and 灯没开, beside 报纸/牛奶 not taken;
// 昨天到今天 runs on to now (PAST_TIME, frames.ts), as 昨天到现在.
// Near misses: dragging a suitcase, black sesame paste, a lightheaded feeling of one's own from the heat, a light left off to save
// power. Read right before the change: 5/10. After: 10/10.
export const ROUND_17_EMERGENCY_MIDDLE_MORE: Probe[] = [
  ['group', '外公今天走路拖着一条腿', 'emergency.ask'],
  ['group', '老公拉黑便 人有点虚', 'emergency.ask'],
  ['group', 'my mum says her heart is fluttering and she feels lightheaded', 'emergency.ask'],
  ['group', '对门的老伯昨天到今天灯一直没开', 'emergency.ask'],
  ['group', '楼下阿婆门口放的饭菜一直没人拿', 'emergency.ask'],
  // near misses
  ['group', '拖着行李箱走了一路 累死', 'none'],
  ['group', '今天团的黑芝麻糊真好吃', 'none'],
  ['group', 'I feel a bit lightheaded in this heat, going to sit in the shade', 'none'],
  ['group', '阿婆说省电 晚上灯都不开', 'none'],
  ['group', '老人的菜放在门口了 记得拿', 'none'],
];
