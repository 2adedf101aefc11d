/**
 * Round 16 probes (emergency16): the three ways the holdouts' counts say emergencies are still misread — someone unwell
 * now left in silence, plain danger only asked about, and chatter (the past, others' cases, jokes) asked about. Sentences
 * of the writer's own, written before each change, in sets by reason. [context, text, intent, fields?] as in
 * ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a complaint of someone now and the writer's worry asked in words worryAsked did not know — 需要担心吗, 要看医生吗,
// 要不要问问医生, 这样正常吗, Shanghainese 要紧伐, Cantonese 使唔使擔心 / 係唔係要睇醫生, "is that ok?", "should he get an x-ray?",
// 要不要去拍片子 — and complaints it did not know: a leg or ankle swelling (腿有点肿, 腳腫咗), speech a little muddled
// (说话有点乱, 前言不搭后语, 講嘢有啲亂). A reassurance beside it (胃口还行, 走路还行, 现在好一点了) settles nothing: the
// writer still asks. Near misses stay nothing: swelling explained by a harmless cause said outright, a question about a price
// or whether a doctor should give a talk, confused speech that is an old habit of drink, a fall already better.
// The fix: WORRY_QUESTION and COMPLAINT (worryAsked) in commands/emergency/recognise.ts; 绊了 in FALLEN (a fall days ago, asked
// with the worry in these words); MUDDLED in frames.ts (「这样正常吗」 after muddled speech is the worry, not a side effect asked).
// Read right before the change: 9/20. After: 20/20.
export const ROUND_16_WORRY_ASKED: Probe[] = [
  ['group', '外婆今天腿有点肿 胃口还行 要不要紧', 'emergency.ask'],
  ['group', '爷爷脚踝肿起来了 人还好 需要找医生吗', 'emergency.ask'],
  ['group', '奶奶前天跌了一跤 今天膝盖肿了 走路还行 要看医生吗', 'emergency.ask'],
  ['group', '我妈说心跳有点快 一阵一阵的 现在好一点了 要不要问问医生', 'emergency.ask'],
  ['group', '外公今天说话有点乱 东西放错地方 走路正常 这样正常吗', 'emergency.ask'],
  ['group', '老太太今天说话前言不搭后语 要紧吗', 'emergency.ask'],
  ['group', '婆婆今朝腳腫咗 行路仲得 使唔使擔心', 'emergency.ask'],
  ['group', '阿爺今日講嘢有啲亂 係唔係要睇醫生', 'emergency.ask'],
  ['group', '阿拉姆妈脚肿了 勿晓得要紧伐', 'emergency.ask'],
  ['group', '老爸今天头有点痛 血压140 需要担心吗', 'emergency.ask'],
  ['group', '我老公胃一直有点疼 吃了点粥 是不是要找医生看看', 'emergency.ask'],
  ['group', "grandpa slipped in the shower last night, seemed fine, now his hip hurts but he can walk. should he get an x-ray?", 'emergency.ask'],
  ['group', "my mum has had a headache since lunch and feels sick, is that ok?", 'emergency.ask'],
  ['group', '我爸昨晚在楼梯上绊了一下 今天手腕肿了 要不要去拍片子', 'emergency.ask'],
  ['group', '我妈腿有点肿 是坐久了压的 走走就好', 'none'],
  ['group', '这个菜价正常吗 感觉好贵', 'none'],
  ['group', '要不要找个医生来给大家讲讲怎么防疫', 'none'],
  ['group', '我爸说话颠三倒四是老毛病了 喝了酒就这样', 'none'],
  ['group', '前天摔了一跤 现在已经好了 谢谢大家关心', 'none'],
  ['group', '我眼睛哭肿了 这部剧太好哭了', 'none'],
];

// Set 2: someone unwell now in words MILD did not know, said without a question — English "not feeling great", "isn't feeling
// well", "under the weather" of someone named; Cantonese 唔係几舒服, 冇乜精神, 食唔落嘢, 有啲唔妥 of a parent; a low sugar said in
// English ("her sugar is low") with trembling but talking; an old person's cough with a fever (一直咳 有点低烧). Asked. Near misses
// stay nothing: someone feeling great, not feeling great about a rule, a full stomach (吃不落了 太饱了), the energy back
// (精神好多了), a cough and fever long past, a low sugar snack. The fix: UNWELL_WORDS (UNWELL_NOW, in MILD) in
// commands/emergency/signs.ts. Read right before the change: 8/19. After: 19/19.
export const ROUND_16_UNWELL_SAID_PLAINLY: Probe[] = [
  ['group', "my dad's not feeling great today", 'emergency.ask'],
  ['group', "my mum isn't feeling well, she's been in bed since lunch", 'emergency.ask'],
  ['group', 'grandpa has been under the weather all day and hardly touched his dinner', 'emergency.ask'],
  ['group', "my husband is not feeling right this evening, he says he's tired and achy", 'emergency.ask'],
  ['group', '阿爸今日好似唔係几舒服 成日咳', 'emergency.ask'],
  ['group', '阿公今朝冇乜精神 食唔落嘢', 'emergency.ask'],
  ['group', '外婆今日有啲唔妥 成日瞓喺床', 'emergency.ask'],
  ['group', "grandma's blood sugar is low, 3.6, she's talking fine but trembling", 'emergency.ask'],
  ['group', "dad's sugar seems a bit low this morning and he's shaky", 'emergency.ask'],
  ['group', '我婆婆一直咳 有点低烧 吃饭还可以', 'emergency.ask'],
  ['group', '阿姨说老伯今天一直咳嗽 有点发热 37度8', 'emergency.ask'],
  ['group', '外公咳得厉害 还发烧了', 'emergency.ask'],
  ['group', "my dad is feeling great today, thanks for the visit", 'none'],
  ['group', "he's not feeling great about the new rules either", 'none'],
  ['group', '我今天吃不落了 太饱了', 'none'],
  ['group', '阿公今日精神好多了 多谢大家', 'none'],
  ['group', '我外婆前年冬天一直咳还发烧 住了一个月院', 'none'],
  ['group', 'anyone want low sugar biscuits? I have two boxes spare', 'none'],
  ['group', '老人咳嗽发烧的话 记得先做个抗原', 'none'],
];

// Set 3: present danger said plainly in words the signs did not know, so only asked (or left in silence) — blood that spurts out
// (往外喷), soaks through a towel, a nosebleed still running after half an hour; half the face or one side's limbs that will not
// move (半边脸不会动了, 右边手脚突然不能动了); Cantonese 抽筋 with the eyes rolled (反晒白眼) or the whole body shaking (成个人抖);
// the chest 翳 and hurting, or pressed with a sweat (胸口压得慌 — 压得 was read as a manner of speaking, as 闷得 is not after
// the chest); 冇咗呼吸 (read 没有了呼吸); "has fallen and is stuck on the floor". Paged. Near misses stay as they were: a cramp in
// the calf (抽筋 alone is asked), a nosebleed that stopped, a face numb from the cold, a sticker stuck on the floor, work that
// presses one (压得喘不过气 of deadlines). The fix: ROUND_16_SIGNS (appended to SIGNS) in commands/emergency/signs.ts; the
// lookbehind before 压 in HYPERBOLE (frames.ts); 没知觉 after 冻得 (a face numb from the cold, paged before) is no unconscious sign.
// Read right before the change: 6/18. After: 18/18.
export const ROUND_16_DANGER_PLAIN: Probe[] = [
  ['group', '我老婆切菜切到手了 血一直往外喷', 'emergency'],
  ['group', '我爸半边脸不会动了 口水往外流', 'emergency'],
  ['group', '外婆右边手脚突然不能动了', 'emergency'],
  ['group', '我個仔抽筋 反晒白眼', 'emergency'],
  ['group', '我阿媽抽筋 成個人抖', 'emergency'],
  ['group', '奶奶鼻血流了半个小时了 还在流', 'emergency'],
  ['group', 'my dad cut himself badly and the blood is soaking through the towel', 'emergency'],
  ['group', '老头子胸口压得慌 满头大汗 喘不上气', 'emergency'],
  ['group', '我老豆心口好翳好痛 出冷汗', 'emergency'],
  ['group', '阿公冇咗呼吸', 'emergency'],
  ['group', 'my grandma has fallen and is stuck on the floor', 'emergency'],
  ['group', '外公左边半边身子突然动不了了 6号楼201', 'emergency', 'door=6-201'],
  ['group', '我小腿抽筋了 疼死', 'emergency.ask'],
  ['group', '孩子流鼻血了 按了一会已经止住了', 'none'],
  ['group', '外面好冷 脸都冻得没知觉了', 'none'],
  ['group', 'the sticker is stuck on the floor and won\'t come off', 'none'],
  ['group', '这个月工作压得我喘不过气', 'none'],
  ['group', '今天搬菜 手上划了个小口子 贴了创可贴', 'none'],
];

// Set 4: the writer's reaction to a price, a queue or the scramble for groceries, read as a body in trouble — two of them
// paged: 「抢菜抢得心跳加速 喘不过气」 (抢得 was not among the manners of 得), 「笑死 我老公说他看到账单就心口痛」 (a bill that makes the
// chest hurt); and asked: 排队排得我头晕, 头晕眼花 股票又跌了, Shanghainese 搿个价钿 我头也晕脱了. Nothing. Near misses stay as they were:
// one's own person dizzy beside the price talk of the day, a chest that hurts with a sweat after carrying (exertion is no
// manner: it may be the heart), a fever that makes one dizzy. The fix: HYPERBOLE in commands/emergency/frames.ts (抢/排/等
// among the verbs of 得; a bill or a price seen, then the chest or head; 头晕 beside stocks and prices).
// Read right before the change: 3/10. After: 10/10.
export const ROUND_16_REACTIONS: Probe[] = [
  ['group', '抢菜抢得心跳加速 喘不过气', 'none'],
  ['group', '笑死 我老公说他看到账单就心口痛', 'none'],
  ['group', '排队排得我头晕', 'none'],
  ['group', '等核酸等得头都晕了', 'none'],
  ['group', '头晕眼花 股票又跌了', 'none'],
  ['group', '侬看搿个价钿 我头也晕脱了', 'none'],
  ['group', '一看到这个月的电费 我心口就痛', 'none'],
  ['group', '我爸搬了一箱水上楼 胸口痛 一直冒冷汗', 'emergency'],
  ['group', '我妈头晕得厉害 站都站不稳 菜价的事先别说了', 'emergency.ask'],
  ['group', '发烧烧得我头晕 一个人在家 浑身没力', 'emergency.ask'],
];

// Set 5: talk that is not of someone here in trouble now, asked about — a general worry or a warning about old people as such
// (最担心的是家里老人突然不舒服, 老人家最怕摔跤, 有的老人头晕不当回事); someone else's relative told second-hand, elsewhere (我同学说她
// 外公也是喘 后来查出肺炎, 我一个朋友在浦东 他妈妈发烧三天了); a condition named (我有哮喘 — 哮喘 is no 喘); a knock unanswered with
// its harmless reason (出去买菜了 敲门没人很正常). Nothing. Near misses stay as they were: an asthma attack now (哮喘犯了), a friend's
// mother fallen in our building with a cry, our own old person unwell now, a knock unanswered by someone always at home.
// The fix: ADVICE (老人家, 有的/很多老人, 最担心的是) and EXPLAINED (out shopping, 没人很正常) in commands/emergency/frames.ts;
// DANGER_WORD (哮喘 only when it flares) in signs.ts; OTHERS_TOLD in recognise.ts. Read right before the change: 4/13. After: 13/13.
export const ROUND_16_NOT_OURS_NOW: Probe[] = [
  ['group', '最担心的是家里老人突然不舒服 医院又进不去', 'none'],
  ['group', '老人家最怕摔跤 大家家里地上别放东西', 'none'],
  ['group', '有的老人头晕不当回事 其实很危险', 'none'],
  ['group', '很多老人胸闷也不说 真让人担心', 'none'],
  ['group', '我同学说她外公也是喘 后来查出肺炎', 'none'],
  ['group', '我一个朋友在浦东 他妈妈发烧三天了也没人管', 'none'],
  ['group', '同事讲伊屋里老头子这两天一直头晕 在闵行', 'none'],
  ['group', '我有哮喘 家里的喷雾还够用', 'none'],
  ['group', '隔壁阿婆出去买菜了 敲门没人很正常', 'none'],
  ['group', '我妈哮喘犯了 喘不上气', 'emergency'],
  ['group', '快来人 我朋友她妈妈在我们楼下摔倒了 起不来', 'emergency'],
  ['group', '我家老人突然不舒服 头晕得厉害', 'emergency.ask'],
  ['group', '对门阿婆平时都在家的 今天敲门一直没人应', 'emergency.ask'],
];

// Set 6: the middle in yet other words — "a high temperature" (not only "fever") with sleepiness; a pressure of 160 and over
// said in English beside a headache or dizziness; an elder who has not collected her groceries for days; a parent who says
// the whole body has no strength, hands and feet gone soft (说 allowed between: it is the parent's own complaint); Cantonese
// 唞大气 (breathing heavily) of a parent. Asked. Near misses stay nothing: a high temperature of the room or the weather, a
// pressure monitor for sale, a parcel not collected, one's own legs gone soft after a run, heavy breathing after the stairs.
// The fix: ROUND_16_MIDDLE in UNWELL_WORDS (signs.ts) and UNCERTAIN's groceries (signs.ts). Read right before the change: 6/13. After: 13/13.
export const ROUND_16_MIDDLE_OTHER_WORDS: Probe[] = [
  ['group', 'my son has had a high temperature all night and is very sleepy', 'emergency.ask'],
  ['group', 'grandma has a high temperature and keeps shivering', 'emergency.ask'],
  ['group', 'my husband has a bad headache and his blood pressure is 175/105', 'emergency.ask'],
  ["group", "dad's bp is 168 over 100 and he feels dizzy", 'emergency.ask'],
  ['group', "the lady in 302 hasn't collected her vegetables for two days", 'emergency.ask'],
  ['group', '我妈说浑身没劲 手脚发软', 'emergency.ask'],
  ['group', '外公讲全身都没力气 手脚软绵绵的', 'emergency.ask'],
  ['group', '阿婆今日成日唞大气', 'emergency.ask'],
  ['group', 'the high temperature today is 35 degrees, stay inside', 'none'],
  ['group', 'selling a blood pressure monitor, reads 170/100 on my husband every time lol, 50 yuan', 'none'],
  ['group', "the courier hasn't collected the parcel for two days", 'none'],
  ['group', '跑完步腿都软了 哈哈', 'none'],
  ['group', '行咗十层楼梯 唞大气', 'none'],
];
