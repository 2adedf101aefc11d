/**
 * Round 14 probes (intents14): sentences of the writer's own, written before each change, in sets by reason, for needs, offers
 * and emergencies missed or mistaken in the older dev files. [context, text, intent, fields?] as in ../understand-probes.ts.
 * Every exported array is played by ../understand-rounds.test.ts; say above each set what it is and how many it read right
 * before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: breathless past saying a single sentence — 喘得一句话都说不出, Wu 喘得来一句闲话也讲不出, Cantonese 喘到一句嘢都讲唔出,
// "so out of breath she can't say a word" — is the breathing sign, as 喘得说不出话 was; only the bare 喘 was read (asked). Angry,
// moved, laughing, tired or scared past words is no breath (commands/emergency/signs.ts).
// Read right before the change: 7/12. After: 12/12.
export const ROUND_14_INTENTS_BREATHLESS_NO_SENTENCE: Probe[] = [
  ['group', '阿婆喘得来一句闲话也讲不出 快叫救护车', 'emergency'],
  ['group', '我爸喘得一句话都说不出来了', 'emergency'],
  ['group', '老头子喘得一句也讲不出 脸也白了', 'emergency'],
  ['group', '阿嫲喘到一句嘢都讲唔出 點算', 'emergency'],
  ['group', '爺爺喘得一句話也說不出來 快來人', 'emergency'],
  ['group', "my grandma is so out of breath she can't say a word", 'emergency'],
  ['group', "he's gasping, can't get a single word out", 'emergency'],
  ['group', '气得我一句话也说不出', 'none'],
  ['group', '感动得一句话都说不出来 谢谢志愿者', 'none'],
  ['group', '笑得我一句话也讲不出 哈哈哈', 'none'],
  ['group', '累得一句话都不想说 今天搬了一天物资', 'none'],
  ['group', '他吓得一句话都说不出 后来没事了', 'none'],
];

// Set B: bleeding from the head written without its article, as English of a second language often is ("bleeding from head",
// "bleeding from back of head"), is the bleeding sign, as "bleeding from the head" was; only the bare 'bleed' was read (asked).
// A story, a game or a fall long healed still reads as none (the jest, the past). Taken out for another reason: "I watched a
// video about first aid for bleeding from (the) head" pages with or without the article (no English 'a video about first aid'
// in LEARNING): chatter's.
// Read right before the change: 7/10. After: 10/10.
export const ROUND_14_INTENTS_BLEEDING_FROM_HEAD_NO_ARTICLE: Probe[] = [
  ['group', 'Someone please help, my neighbour fell in corridor, bleeding from head', 'emergency'],
  ['group', 'old man on the stairs bleeding from head', 'emergency'],
  ['group', 'grandpa hit his head on the table, bleeding from head, what to do', 'emergency'],
  ['group', 'my husband slipped in bathroom, now bleeding from head', 'emergency'],
  ['group', 'Auntie in 5-201 bleeding from back of head, she is very pale', 'emergency', 'door=5-201'],
  ['group', 'kid fell from the slide and bleeding from head, we are at playground', 'emergency'],
  ['group', 'The movie last night, guy bleeding from head whole time, so fake lol', 'none'],
  ['group', 'the chicken we got is bleeding from head still, so fresh haha', 'none'],
  ['group', 'my wife was bleeding from head last month after a fall, all healed now, thanks everyone', 'none'],
  ['group', 'that zombie game, everyone bleeding from head, my son loves it 😂', 'none'],
];

// Set C: a medicine asked around for (有伐, 有没有, 谁家有, 有冇人有) beside a complaint now asks for it only when the complaint is a
// pain, a hurt or an illness of `ILL_NOW`; constipation said as days without (好几天没大便, 三天没拉屎, 便秘好几天, 拉不出来, Cantonese
// 屙唔出) and an itch said with its degree (痒得不行, 好痒, Cantonese 痕到) were none of them, so 「通便的药有伐 … 三天没大便了」 was
// silence (commands/medicine/recognise.ts). 便秘 of a time over, a stock shown and advice ask nothing. Taken out for another
// reason: 「看到团购群就手痒 谁家有多的止痒膏 哈哈开玩笑」 asks before the change too (a joke after 谁家有多的 is not read): medicine's.
// Read right before the change: 3/9. After: 9/9.
export const ROUND_14_INTENTS_ASKED_AROUND_CONSTIPATED_OR_ITCHING: Probe[] = [
  ['group', '通便的药有伐 阿拉老头子好几天没大便了', 'medicine', 'items=通便的药'],
  ['group', '有没有开塞露 我爸便秘好几天了 拉不出来', 'medicine', 'items=开塞露'],
  ['group', '孩子三天没拉屎了 谁家有乳果糖', 'medicine', 'items=乳果糖'],
  ['group', '阿爺屙唔出 有冇人有開塞露', 'medicine', 'items=开塞露'],
  ['group', '有没有止痒的药膏 孩子身上痒得不行', 'medicine', 'items=止痒的药膏'],
  ['group', '外婆身上好痒 抓破了 谁家有炉甘石', 'medicine', 'items=炉甘石'],
  ['group', '有没有开塞露 我去年便秘了一阵 现在好了 就问问', 'none'],
  ['group', '开塞露谁家有 放我家好久了 过期了给你们看看', 'none'],
  ['group', '便秘的话多喝水多吃蔬菜 开塞露能不用就不用', 'none'],
];

// Set D: 有谁要… then 找我/搵我/叫我 is "whoever needs … may come to me", an offer, not a question who: the exception in `NOT_OFFER`
// (commands/volunteering/recognise.ts) wanted a space or comma before 找我 and at most eight characters of need, so a run-on
// (「有谁要量血压可以找我」), a list of services (「有邊個要打針 換藥 量血壓 都可以搵我」) or 有谁家老人要… read as asking who.
// Now up to 24 characters, with or without a break, and never 找我妈/找我家. Sending people elsewhere or a relayed question still offers nothing.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_14_INTENTS_WHOEVER_NEEDS_FIND_ME: Probe[] = [
  ['group', '我做了廿年护理 有谁要量血压可以找我', 'volunteer', 'skills=nurse'],
  ['group', '我以前喺醫院做咗護士 有邊個要打針 換藥 量血壓 都可以搵我', 'volunteer', 'skills=nurse'],
  ['group', '退休医生一个 有谁要看看化验单 量量血压 问问用药 随时找我', 'volunteer', 'skills=doctor'],
  ['group', '我是護士 有誰要打針換藥量血壓都可以找我', 'volunteer', 'skills=nurse'],
  ['group', '我在社区医院当护士 有谁家老人要换药的找我就行', 'volunteer', 'skills=nurse'],
  ['group', '有谁要量血压 找我干嘛 我又不是护士', 'none'],
  ['group', '有谁要量血压可以去楼下护士站 不用找我', 'none'],
  ['group', '护士问有谁要打针 让我统计一下', 'none'],
];

// Set E: a racing heart said with 得 and its degree (心跳得很快, Wu 心跳得老快, 心跳得好乱, 心跳得特别快) is the danger word 心跳很快
// was, so beside a person it is asked (`DANGER_WORD`, commands/emergency/signs.ts); and a heart racing with nerves or excitement,
// said with its cause (紧张得心跳…, 心跳很快 好紧张, …太刺激了), is no sign (`NERVES_RACING`, recognise.ts), as it became a risk
// once 得 was read. Taken out for another reason: 「嫲嫲心跳得好快 成個人冇力」 reads none with or without 得 (嫲嫲 is no person there).
// Read right before the change: 5/9. After: 9/9.
export const ROUND_14_INTENTS_HEART_RACING_SAID_WITH_DE: Probe[] = [
  ['group', '阿拉姆妈心跳得老快 人有点虚', 'emergency.ask'],
  ['group', '外婆心跳得很快 人有点虚 坐着还好', 'emergency.ask'],
  ['group', '阿爷心跳得好乱 脸色也不好看', 'emergency.ask'],
  ['group', '我老公心跳得特别快 手脚发软', 'emergency.ask'],
  ['group', '抢到团购了 心跳得老快 哈哈', 'none'],
  ['group', '看恐怖片看得我心跳得好快 太刺激了', 'none'],
  ['group', '第一次当志愿者 紧张得心跳得很快 还好大家都很照顾我', 'none'],
  ['group', '伊走路老快额 追也追不上', 'none'],
  ['group', '我心跳很快 好紧张 明天要面试', 'none'],
];

// Set F: a pet named only to be denied (「唔係俾狗」, 「不是给猫吃的」, "not for the dog") is not whose medicine it is (`PET_DENIED`, set
// aside as a pet's supplies are); who it is for, said as its own clause (是给孩子的, 係俾個仔), gives asking around its reason as an
// illness does (`FOR_WHOM_SAID`); and Cantonese 有冇人有多 as the last words asks, as 有冇人有多的 did (`AROUND_LAST`), all in
// commands/medicine/recognise.ts. A pet's own medicine, or one denied to a child, stays a pet's. Taken out for another reason:
// 「打虫药有没有 不是给狗的 我女儿肚子里有虫」 (worms in the belly are no illness of `ILL_NOW`) and "deworming tablets" (not in the lexicon).
// Read right before the change: 5/8. After: 8/8.
export const ROUND_14_INTENTS_PET_DENIED_FOR_WHOM: Probe[] = [
  ['group', '驅蟲藥 唔係俾狗 係俾個仔 有冇人有多', 'medicine', 'items=驱虫药'],
  ['group', '驱虫药不是给猫吃的 是给孩子的 谁家有', 'medicine', 'items=驱虫药'],
  ['group', '板蓝根 是给阿婆的 谁家有多的', 'medicine', 'items=板蓝根'],
  ['group', '止咳糖浆 是给宝宝的 有没有人有', 'medicine', 'items=止咳糖浆'],
  ['group', '有没有驱虫药 我家狗该驱虫了', 'none'],
  ['group', '谁家有狗的驱虫药 不是给人吃的', 'none'],
  ['group', '驱虫药给狗吃的 不是给孩子 谁家有多的', 'none'],
  ['group', '这个驱虫药是给孩子的 大人别吃', 'none'],
];
