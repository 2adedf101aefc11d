/**
 * Round 14 probes (emergency14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1 (dev-35: a grandfather fainted by the fish pond, 「大家快去看看」, left in silence): 鱼 in a place named after it
// (鱼塘, 鱼池, 养鱼场) is where the person lies, not a pet story; fish in trouble there, or a pet fish, stay talk.
// Read right before the change: 4/9; after: 9/9 (one positive first said 喂鱼的时候: feeding fish is the pet frame's own
// words and was reworded, see the docs).
export const ROUND_14_FISH_POND: Probe[] = [
  ['group', '阿爷在鱼塘边上晕倒了 叫不醒 快来人', 'emergency'],
  ['group', '我外婆在鱼池旁边昏过去了 快来人帮忙', 'emergency'],
  ['group', '伊拉屋里厢老头子在鱼塘埂上跌倒 爬勿起来 快点来', 'emergency'],
  ['group', '魚塘邊有個老伯倒在地上 叫唔醒 快啲嚟', 'emergency'],
  ['group', 'grandpa collapsed next to the fish pond and is not responding!! please come', 'emergency'],
  ['group', '12组养鱼场的老王抽搐 口吐白沫 快叫120', 'emergency'],
  ['group', '鱼塘里的鱼都翻肚皮了 快来人帮忙捞', 'none'],
  ['group', '我家金鱼好像晕过去了 一动不动 哈哈', 'none'],
  ['group', '今天鱼塘边风景好 钓了三条鲫鱼 🎣', 'none'],
];

// Set 2 (dev-35: 「谁是医护 快到…来」 left in silence): a medic called for by 谁是 with any of the medics' names (医护 alone,
// 医务人员) and a hurry said as 「快到 <place> 来」 or 「快去看看」 is a call for help now; 快到 as 'nearly there' and
// 快去 to the shops are no hurry. Read right before the change: 5/9 (with set 1's 菜地 row already right); after: 9/9.
export const ROUND_14_MEDIC_HURRY: Probe[] = [
  ['group', '谁是医护 快到5号楼602来', 'emergency', 'door=5-602'],
  ['group', '誰是醫務人員 快到3號樓1101來一下', 'emergency', 'door=3-1101'],
  ['group', '啥人是医护 快点到九组三十号来', 'emergency'],
  ['group', '我奶奶在菜地里晕倒了 大家快去看看', 'emergency'],
  ['group', 'who is a doctor? come to building 7 room 301 now', 'emergency', 'door=7-301'],
  ['group', '团购的菜快到了 大家快去门口拿', 'none'],
  ['group', '谁是医护人员的家属 可以办通行证吗', 'none'],
  ['group', '核酸快到我们楼了 大家快去排队', 'none'],
  ['group', '医生说快到复查的时间了 我妈的药也快吃完了', 'none'],
];

// Set 3 (dev-35: 「伊脸色煞白 一身汗 讲勿清爽哪里难过」 paged as a stroke): 说不清/讲不清(爽) followed by what it is that cannot
// be told (哪里, 什么, 怎么) is someone unable to describe their discomfort, not slurred speech: the signs beside it decide
// (here the middle, asked). Speech itself gone unclear still pages. Read right before the change: 8/9 (only 讲不清爽 was
// read as a stroke; one probe reworded from 没力气 to 冷汗 after it read as talk); after: 9/9.
export const ROUND_14_CANNOT_SAY_WHERE: Probe[] = [
  ['group', '我妈脸色好白 出了一身汗 说不清楚哪里不舒服 要不要紧', 'emergency.ask'],
  ['group', '阿拉爸爸讲勿清爽啥地方难过 额角头浪向侪是冷汗', 'emergency.ask'],
  ['group', '老伴一身冷汗 脸色发白 说不清是哪里痛 要不要去医院', 'emergency.ask'],
  ['group', '外公讲不清楚哪里难受 出冷汗 手也冰冷 要紧吗', 'emergency.ask'],
  ['group', 'my dad is pale and sweaty and cannot say where it hurts, should we worry?', 'emergency.ask'],
  ['group', '我爸突然说话说不清楚了 嘴也歪了 快来人', 'emergency'],
  ['group', '外婆讲闲话讲不清爽了 一只手拿不住碗', 'emergency'],
  ['group', '阿公突然話都講唔清楚 嘴角歪咗', 'emergency'],
  ['group', '这个事情我也说不清楚 大家问居委吧', 'none'],
];

// Set 4 (dev-35/36: 「快来人 … 有人倒在走廊」 asked, not paged): someone lying where they fell (倒在 a floor, a corridor, a
// roadside), with a cry or a hurry, is something that happened now and pages, like 「有人倒了 快来人」; lying down on a bed or a
// sofa is rest, and lying somewhere without a hurry is still asked. Read right before the change: 6/8; after: 8/8 (an English
// 'someone is lying on the floor … come quick' is read as an uncertain observation and was left out, see the docs).
export const ROUND_14_FALLEN_THERE: Probe[] = [
  ['group', '快来人 3号楼楼梯口有个阿婆倒在地上', 'emergency'],
  ['group', '有人倒在村口桥边 邻居们快去看看', 'emergency'],
  ['group', '救命 我爸倒在卫生间里 喊他也不应', 'emergency'],
  ['group', '快點來 有個伯伯倒喺電梯門口', 'emergency'],
  ['group', '隔壁老太倒在门口 快点下来帮忙!!', 'emergency'],
  ['group', '楼下好像有个人倒在花坛边 是不是喝多了', 'emergency.ask'],
  ['group', '累死了 回家就倒在沙发上 快来人给我捶捶背 哈哈', 'none'],
  ['group', '吃撑了 倒在床上不想起来 快来人帮我洗碗 哈哈', 'none'],
];

// Set 5 (dev-35: 「血糖太低 全身發抖 叫她不太回應」 asked): a low sugar with the person answering less (不太回应, 反应慢, 叫她
// 没什么反应, 叫伊勿大理人) is a hypoglycaemia going down, a page; a low reading with the person talking and eating is asked.
// Read right before the change: 4/7; after: 7/7 (one first written 血糖老低, which reads as a habit, became 低血糖).
export const ROUND_14_SUGAR_DOWN: Probe[] = [
  ['group', '我爸血糖太低了 一直出汗 叫他也不太回应', 'emergency'],
  ['group', '外婆低血糖 浑身发抖 喊她反应很慢', 'emergency'],
  ['group', '媽媽血糖只有2.5 叫她都沒什麼反應', 'emergency'],
  ['group', "mum's sugar is very low, she is shaking and barely responding", 'emergency'],
  ['group', '阿拉老头子低血糖 手一直抖 叫伊勿大理人', 'emergency'],
  ['group', '老公血糖有点低 手抖 吃了两颗糖 现在在说话 要紧吗', 'emergency.ask'],
  ['group', '我发消息给社区群 大家都不太回应 有点失望', 'none'],
];

// Set 6 (dev-36: 「我個仔噎親 唔識呼吸」 asked): choking said in Cantonese (噎親, 鯁親, 噎咗) and breath that has stopped said
// as 唔識呼吸 / 不会呼吸 page like 噎住 and 没有呼吸; 唔識 before other verbs is not knowing how, and 呼吸機 is a machine.
// Read right before the change: 5/7; after: 7/7.
export const ROUND_14_CHOKED_CANTONESE: Probe[] = [
  ['group', '快啲 我阿女食提子噎親 面都紫埋', 'emergency'],
  ['group', '阿爺食飯鯁親 唔識呼吸 快叫白車', 'emergency'],
  ['group', '個BB噎咗 唔識喊 快啲嚟人', 'emergency'],
  ['group', '孩子吃果冻噎住了 好像不会呼吸了 快来人', 'emergency'],
  ['group', '我個仔唔識用個app報名 邊個可以教下', 'none'],
  ['group', '阿媽唔識呼吸機點樣用 有冇人識', 'none'],
  ['group', '食魚小心啲 唔好噎親呀 😂', 'none'],
];

// Set 7 (dev-35: 「爷爷从梯子上跌下来 腿弯了 痛得叫」 asked): a fall from a height (梯子, 楼梯, 屋顶, 树, 凳子) with a limb bent out of
// shape (腿弯了, 变形, 骨头戳出来) or a scream of pain is a page (README-35 decision 9); a fall with a scraped knee, or a bent ladder,
// is not. Read right before the change: 4/7; after: 7/7.
export const ROUND_14_FALL_BROKEN: Probe[] = [
  ['group', '阿爸从屋顶上摔下来 左腿弯成那样了 痛得直叫', 'emergency'],
  ['group', '外公爬树摘枇杷跌下来 手臂都变形了', 'emergency'],
  ['group', '伯伯从凳子上跌落来 脚骨戳出来了 快来人', 'emergency'],
  ['group', 'my grandpa fell off the ladder, his leg is bent the wrong way and he is screaming', 'emergency'],
  ['group', '老伴从梯子上掉下来 腿肿得老高 痛得叫 要不要去医院', 'emergency.ask'],
  ['group', '梯子跌下来弯了 明天要买把新的', 'none'],
  ['group', '孩子从滑梯上滑下来 膝盖擦破一点皮 没事', 'none'],
];

// Set 8 (dev-35: 「有沒有人有多的OK繃 小孩跌倒擦傷」 asked as a fall): a child's graze (擦伤, 擦破皮, 蹭破) said beside a plaster or
// an antiseptic asked for is the request, not a danger; the Taiwanese OK繃 is a plaster. A fall with a head struck and
// bleeding or a child that will not wake still pages, whatever is asked for. Read right before the change: 6/8; after: 8/8
// (a Shanghainese 「有创可贴伐」 and an English "grazed … band-aid?" first written here are read by medicine as talk: left to it).
export const ROUND_14_GRAZE_PLASTER: Probe[] = [
  ['group', '誰家有OK繃 借兩片 女兒跌倒膝蓋擦傷了', 'medicine', 'items=OK绷;qty=2'],
  ['group', '孩子摔倒了手掌擦伤 哪位邻居有碘伏', 'medicine', 'items=碘伏'],
  ['group', '孩子跌倒了 膝盖擦伤 谁家有多的创可贴', 'medicine', 'items=创可贴'],
  ['group', '有沒有人有OK繃 弟弟騎車摔倒手肘擦傷', 'medicine', 'items=OK绷'],
  ['group', '小朋友滑倒蹭破了手 有沒有人有多的OK繃跟碘酒', 'medicine', 'items=OK绷|碘酒'],
  ['group', '孩子从楼梯上摔下来 头磕破了血止不住 快来人', 'emergency'],
  ['group', '女儿跌倒了 叫不醒 快来人 有创可贴也没用', 'emergency'],
  ['group', '这OK绷不粘啊 贴了就掉', 'none'],
];

// Set 9 (round 13's note on dev-32:146/:158, and the brief: 「要不要打120」 written beside 血压药吃完了): a writer who asks whether to
// call (要不要打120, 该不该叫救护车, 使唔使叫白车, "should we call an ambulance") has a danger in mind, and that question is asked
// before the medicine request beside it (decide(), src/runtime/understand.ts); a medicine request with a mild sign and no such
// question stays the request, and a request to call (帮忙打120) is no doubt. Read right before the change: 2/8; after: 8/8.
export const ROUND_14_WHETHER_BESIDE_NEED: Probe[] = [
  ['group', '我妈降压药吃完了 今天一直头晕 要不要打120', 'emergency.ask'],
  ['group', '爸爸的降糖药断了三天 现在说胸口有点闷 该不该叫救护车', 'emergency.ask'],
  ['group', '外婆的速效救心丸没了 心里有点慌 要不要叫120', 'emergency.ask'],
  ['group', '老公的硝苯地平吃完了 头有点痛 是不是要打120啊 顺便问下谁能帮忙配药', 'emergency.ask'],
  ['group', "dad ran out of his heart pills and feels a bit dizzy, should we call an ambulance?", 'emergency.ask'],
  ['group', '阿拉姆妈降压药吃光了 头有眼晕 要勿要叫救护车', 'emergency.ask'],
  ['group', '我妈降压药吃完了 今天有点头晕 谁能帮忙配两盒 3号楼201', 'medicine', 'items=降压药;qty=2;days=0;door=3-201'],
  ['group', '二甲双胍没有了 不用打120的 就是想问谁能帮忙配一盒', 'medicine', 'items=二甲双胍;qty=1;days=0'],
];

// Set 10 (dev-35: 「我要晕脱了 核酸排了两个钟头」 asked): the writer about to faint, said with the completive of 本地话 or
// Mandarin (晕脱, 晕掉, 昏忒), of themselves and with nobody else named, is a manner of speaking like 我快晕了; someone else
// about to faint, or a sign or a cry beside it, is not; 晕脱了 of someone else with a cry pages like 晕了. Read right before the
// change: 3/7 (and 「阿拉要昏忒了 …」 paged as unconscious); after: 7/7.
export const ROUND_14_ABOUT_TO_FAINT: Probe[] = [
  ['group', '太阳介大 排队排了一个钟头 我要晕脱了', 'none'],
  ['group', '抢菜抢到现在 我快晕掉了 😵', 'none'],
  ['group', '阿拉要昏忒了 核酸队伍排到小区门口了', 'none'],
  ['group', '一早上开了三个会 我都要晕掉了', 'none'],
  ['group', '阿拉姆妈讲伊要晕脱了 脸煞白 快来人', 'emergency'],
  ['group', '我要晕掉了 胸口好痛 喘不上气 救命', 'emergency'],
  ['group', '我一个人在家 快晕掉了 心慌得厉害 谁能来一下', 'emergency'],
];

// Set 11 (dev-36: 「敲2802的门半天没人开 老太太一个人住」 left in silence): a knock at a door named by its number or its owner
// (敲2802的门, 敲了阿婆家的门) with nobody answering is the unanswered knock the group is asked about, like 敲门没人开; a door
// opened at last, or knocking that is no door, is not. Read right before the change: 2/6; after: 6/6 (a door opened at last
// told only as 原来在洗澡 stays asked, with a door named or not: see the docs).
export const ROUND_14_KNOCK_NAMED_DOOR: Probe[] = [
  ['group', '敲1502的门敲了好久没人应 阿公一个人住的', 'emergency.ask'],
  ['group', '拍了隔壁阿婆家的门半天 没人开 她平时都在的', 'emergency.ask'],
  ['group', '敲3号楼601的門一直沒人應 老太太獨居', 'emergency.ask'],
  ['group', '去敲伊拉屋里的门 敲了半天没人开 老头子一个人住', 'emergency.ask'],
  ['group', '敲2802的门半天没人开 后来开门了 虚惊一场', 'none'],
  ['group', '敲了半天键盘没人理我 群里好安静', 'none'],
];

// Set 12 (dev-36: 「孩子吃了一口蛋糕 有点痒 还没肿 要不要打针」 left in silence): an itch or a few hives after something eaten
// (README-36 decision 4), with the writer asking whether to inject or whether it matters, is the middle, asked; the same with
// lips or throat swelling pages, and an itch told without a question or a mosquito's is talk. Read right before the change:
// 4/7; after: 7/7 (the 本地话 囡囡 had to become a person, PERSON in signs.ts).
export const ROUND_14_ITCH_ASKED: Probe[] = [
  ['group', '儿子吃了两颗腰果 脖子有点痒 要不要打针', 'emergency.ask'],
  ['group', '囡囡吃了虾以后手臂起了几个风团 要紧吗', 'emergency.ask'],
  ['group', '我個女食咗花生 有啲痕 仲未腫 使唔使打針', 'emergency.ask'],
  ['group', 'my son ate a cookie with nuts and has a few hives, still playing. should we use the epipen?', 'emergency.ask'],
  ['group', '孩子吃了花生 嘴唇肿起来了 喘不上气 快来人', 'emergency'],
  ['group', '吃了芒果嘴巴周围有点痒 以后不吃了 哈哈', 'none'],
  ['group', '蚊子太多了 腿上咬了好几个包 痒死了', 'none'],
];
