/**
 * Round 11 probes (medicine11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: 「能不能帮忙配药」, 「可不可以帮忙送药」 said without 吗 — the question form asks for help; its second half
// (能帮忙配药, 可以帮忙送药) was read as an offer to run to the hospital. Offers said plainly stay offers, and the
// question whether the committee serves the old at large stays a question.
// Read right before the change: 3/8 (the offers and the question only).
export const ROUND_11_MEDICINE_CAN_YOU_HELP_FETCH: Probe[] = [
  ['group', '我爸的二甲双胍吃完了 能不能帮忙配药 两盒 6号楼301', 'medicine', 'items=二甲双胍;qty=2;days=0;door=6-301'],
  ['private', '楼下阿公的阿托伐他汀只剩三天 他不会用手机 可不可以帮忙配药 一盒就够', 'medicine', 'items=阿托伐他汀;qty=1;days=3'],
  ['private', '我妈的甲钴胺没了 能不能来帮忙配药 谢谢', 'medicine', 'items=甲钴胺;days=0'],
  ['group', '家里老人的降压药断了 可不可以帮忙送药 9号楼1102', 'medicine', 'items=降压药;days=0;door=9-1102'],
  ['private', '我外婆的胰島素用完了 能不能幫忙配藥 兩支 謝謝', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['group', '我能帮忙配药 明天去瑞金', 'volunteer', 'skills=medicine'],
  ['group', '我这周有空 可以帮忙跑医院配药', 'volunteer', 'skills=medicine'],
  ['group', '居委能不能帮老人家配药', 'none'],
];

// Set B: a medicine named and then 停了 for some days (「奥氮平停了三天了」, 「华法林已经停了两天」): stopped for want of it,
// none left — as 「药停了两天了」 already was. A medicine stopped on a doctor's word (把…停了) is no stock run out; nor is a
// name stopped with no days said (narrowed so: with any name before 停了 a holdout fell by one field).
// Read right before the change: 2/6.
export const ROUND_11_MEDICINE_NAME_STOPPED: Probe[] = [
  ['group', '我的奥氮平停了三天了 晚上睡不着 谁能帮忙配一盒', 'medicine', 'items=奥氮平;qty=1;days=0'],
  ['private', '老伴的华法林已经停了两天 麻烦帮忙配两盒', 'medicine', 'items=华法林;qty=2;days=0'],
  ['group', '我妈的左甲状腺素钠都停了一个礼拜了 有没有人能帮忙配', 'medicine', 'items=左甲状腺素钠;days=0'],
  ['private', '阿爸嘅拜新同停咗兩日 可唔可以幫手配一盒', 'medicine', 'items=拜新同;qty=1;days=0'],
  ['group', '门诊叫我把瑞舒伐他汀停了 肝功能指标高 先观察一段时间', 'none'],
  ['group', '电梯停了两天了 谁能帮我把降压药带上来 一盒 12号楼1601', 'medicine', 'items=降压药;qty=1;door=12-1601'],
];

// Set C: in English, what a medicine is for or where it came from said between it and its running out ("the insulin for
// his diabetes is gone", "her pills from the clinic are finished"): none left, as "the insulin is gone". Something else
// gone after a for-phrase (the rain, the staff) is no medicine.
// Read right before the change: 3/6.
export const ROUND_11_MEDICINE_FOR_X_GONE: Probe[] = [
  ['group', "My dad's insulin for his diabetes is gone since this morning, can someone help? 5-202", 'medicine', 'items=insulin;days=0;door=5-202'],
  ['group', 'The pills from the clinic for my mum are all finished. Could anyone fetch her metformin? 8-1101', 'medicine', 'items=metformin;days=0;door=8-1101'],
  ['private', "my husband's amlodipine from the hospital is used up, please help refill 2 boxes", 'medicine', 'items=amlodipine;qty=2;days=0'],
  ['group', "Grandpa's Ventolin for his asthma is gone. Please help, 3-601", 'medicine', 'items=ventolin;days=0;door=3-601'],
  ['group', 'The volunteers for the morning shift are gone already, the pharmacy opens at 9', 'none'],
  ['group', 'The rain from this morning is gone, a good day to collect the insulin from the clinic', 'none'],
];

// Set D: asking around whether anyone has a medicine or a dressing (谁家有…, …有人有吗, 有没有邻居有…) beside a graze, a
// knock or a burn now (擦伤, 蹭破, 磕破, 烫伤): a request, as beside a pain or a fever. Advice for a graze and a dressing
// offered stay talk.
// Read right before the change: 2/7 (the two that stay talk).
export const ROUND_11_MEDICINE_ASKED_AROUND_GRAZE: Probe[] = [
  ['group', '谁家有创可贴 孩子手指蹭破了', 'medicine', 'items=创可贴'],
  ['group', '有没有邻居有红药水 我爸胳膊擦伤了', 'medicine', 'items=红药水'],
  ['group', '碘伏有人有吗 小孙子膝盖磕破了一块皮', 'medicine', 'items=碘伏'],
  ['group', '有冇人有燙傷膏 阿媽煮飯燙傷咗手', 'medicine', 'items=烫伤膏'],
  ['group', '哪位邻居家里有纱布 老伴摔了一跤手肘擦破了', 'medicine', 'items=纱布'],
  ['group', '小孩膝盖擦伤了 用碘伏擦一下就好 不用贴创可贴', 'none'],
  ['group', '我家有碘伏和创可贴 谁家孩子擦伤了可以来拿', 'none'],
];

// Set E: in English, first-aid supplies the lexicon lacked — antiseptic (cream, wipes, solution), antibiotic ointment,
// burn cream — asked for beside a known one or alone: each is asked for, as 碘伏 and bandages are. Said as used or kept
// at the gate they ask for nothing (the spray "gets refilled" read as asking for a refill once antiseptic was a name:
// "refilled" no longer asks).
// Read right before the change: 2/6 (the two that stay talk).
export const ROUND_11_MEDICINE_FIRST_AID_EN: Probe[] = [
  ['group', 'Does anyone have antiseptic? my daughter cut her finger on a tin can', 'medicine', 'items=antiseptic'],
  ['private', 'I need 2 tubes of antibiotic ointment please', 'medicine', 'items=antibiotic ointment;qty=2'],
  ['group', 'We need gauze and antiseptic wipes, my son scraped both knees on the playground. 14-702', 'medicine', 'items=gauze|antiseptic wipes;door=14-702'],
  ['group', 'could someone get some burn cream for my mum, she burned her hand on the wok', 'medicine', 'items=burn cream'],
  ['group', 'The antiseptic spray at the gate gets refilled every morning', 'none'],
  ['group', 'I put antiseptic cream on the cut and it looks fine now', 'none'],
];

// Set F: 报药 — reporting a medicine to the team — said as the writer's wish at the head of a message (「我想报个药」,
// 「我要报一下药」): the request's own word, as 「我想配个药」 is; what follows names the medicine, even as stock not yet
// low. Asking how or when reporting works is no request.
// Read right before the change: 2/6 (the two questions; two more were only asked about, 「您是要登记配药吗」).
export const ROUND_11_MEDICINE_REPORT_WISH: Probe[] = [
  ['private', '我想报个药 硝苯地平控释片还有一盒', 'medicine', 'items=硝苯地平控释片'],
  ['private', '想报个药 我老伴的格列齐特还有几片', 'medicine', 'items=格列齐特'],
  ['private', '我要报一下药 氯沙坦钾', 'medicine', 'items=氯沙坦钾'],
  ['group', '我想报个药 老头子的非布司他还有小半瓶', 'medicine', 'items=非布司他'],
  ['group', '报药截止到几点', 'none'],
  ['group', '我想问下报药要找谁', 'none'],
];

// Set G: what a supply is for said as a clause of its own after it, with no 给/帮 before (「打胰岛素要用」, 「涂药膏要用的」,
// 「打诺和灵的时候要用」): the medicine it is used with is not asked for beside it, as 「给老伴打胰岛素用」 already was. The
// same medicine asked for in words of its own stays asked for.
// Read right before the change: 3/6.
export const ROUND_11_MEDICINE_SUPPLY_PURPOSE_CLAUSE: Probe[] = [
  ['private', '麻烦帮忙买两包棉签 涂药膏要用', 'medicine', 'items=棉签;qty=2'],
  ['private', '想请人帮忙带一盒针头 打诺和灵要用', 'medicine', 'items=针头;qty=1'],
  ['group', '谁能帮我买一盒酒精棉片 打胰岛素的时候要用 5号楼1001', 'medicine', 'items=酒精棉片;qty=1;door=5-1001'],
  ['private', '可以幫忙買一包針頭嗎 打胰島素要用嘅', 'medicine', 'items=针头;qty=1'],
  ['private', '需要一盒酒精棉片 打胰岛素要用 另外胰岛素也只剩一支了', 'medicine', 'items=酒精棉片|胰岛素;qty=1'],
  ['private', '门冬胰岛素打完了 麻烦帮忙配两支', 'medicine', 'items=门冬胰岛素;qty=2;days=0'],
];

// Set H: a door given as where things are to go from now on (「以后团购配药都送到这里」, "from now on deliver … here"), no
// medicine named and none running out: the home told, not a medicine request. A need said beside it is still a request.
// Read right before the change: 4/5 (「以后配药…」 was already talk; another errand listed before 配药 hid it).
export const ROUND_11_MEDICINE_DELIVER_HERE_FROM_NOW: Probe[] = [
  ['private:new', '您好 我住8号楼702 以后买菜配药都送到这里就行', 'home', 'door=8-702'],
  ['private', '刚搬到15号楼1203 以后配药的东西都送这儿 麻烦记一下', 'home', 'door=15-1203'],
  ['private:new', '新来的 三号楼四零一 以后团购跟配药麻烦都送我家', 'home', 'door=3-401'],
  ['private', '以后配药都送这里 8号楼702 这次我的降压药快没了 麻烦配两盒', 'medicine', 'items=降压药;qty=2;days=0;door=8-702'],
  ['private', '药吃完了 麻烦以后都送到10号楼303', 'medicine', 'days=0;door=10-303'],
];

// Set I: in English a count with a word between it and its unit ("a new box", "two fresh bottles", "another pack"): the count
// of what is asked for, as "a box" is. A new box opened at home asks for nothing (it read as none only because its count
// went unread: "opened a box of …" was taken as a request, so a pack bought or opened is now talk, as 「买了两盒」 is).
// Read right before the change: 1/5.
export const ROUND_11_MEDICINE_EN_COUNT_ADJECTIVE: Probe[] = [
  ['group', "my mum's levothyroxine is finished, need a new box please. 4-1202", 'medicine', 'items=levothyroxine;qty=1;days=0;door=4-1202'],
  ['group', 'need 2 new bottles of cough syrup for the kids, both coughing all night', 'medicine', 'items=cough syrup;qty=2'],
  ['private', 'my metformin ran out, can you get me another box', 'medicine', 'items=metformin;qty=1;days=0'],
  ['private', 'Could someone buy a fresh pack of test strips for my dad? 7-305', 'medicine', 'items=test strips;qty=1;door=7-305'],
  ['group', 'Dad opened a new box of amlodipine today, so we are fine this month', 'none'],
];

// Set J: a medicine said to run out by a horizon (「下礼拜就吃完了」, 「月底就没了」, 「过几天就断了」): a need, told ahead — no days
// counted, but as much a request as 「快吃完了」. Running out by a horizon said of the past, or of food, is none.
// Read right before the change: 3/5 (the two told ahead with no words of asking were only asked about).
export const ROUND_11_MEDICINE_OUT_BY_HORIZON: Probe[] = [
  ['private', '我妈的缬沙坦下个礼拜就吃完了 先登记一下', 'medicine', 'items=缬沙坦'],
  ['private', '阿拉老头子的二甲双胍月底就没了 提前讲一声', 'medicine', 'items=二甲双胍'],
  ['group', '我的甲钴胺过几天就要断了 有人去医院的话帮带一盒', 'medicine', 'items=甲钴胺;qty=1'],
  ['private', '我嘅優甲樂下個禮拜就食完 想預先登記', 'medicine', 'items=优甲乐'],
  ['group', '米下礼拜就吃完了 团购什么时候开', 'none'],
];

// Set K: the writer's own medicine box found empty of a medicine (「药箱里一粒都没有」, 「翻了药箱 …一包都没了」): a need; 药箱
// was taken as talk about keeping a medicine box. Advice to keep one, and what to do with what is in it, stay talk.
// Read right before the change: 4/5 (the box empty beside 求 and no words of asking was talk).
export const ROUND_11_MEDICINE_OWN_BOX_EMPTY: Probe[] = [
  ['group', '求布洛芬 孩子发烧了 药箱里一粒都没有 5号楼602', 'medicine', 'items=布洛芬;days=0;door=5-602'],
  ['group', '家里药箱里的创可贴用完了 谁家有多的 孩子手划破了', 'medicine', 'items=创可贴;days=0'],
  ['private', '翻了药箱 蒙脱石散一包都没了 麻烦帮忙买两盒', 'medicine', 'items=蒙脱石散;qty=2;days=0'],
  ['group', '建议大家家里备个药箱 布洛芬 体温计都要有', 'none'],
  ['group', '药箱里的过期药怎么处理', 'none'],
];

// Set L: Shanghainese 「侬…帮阿拉配了」 — 侬 told to get it, with 了 as Wu puts it on an order — asks; it was read as help already
// given (帮…配了). Help given by someone else, and asking whether it was done (配了伐), are no request.
// Read right before the change: 2/5 (the two of help given).
export const ROUND_11_MEDICINE_WU_ORDER_LE: Probe[] = [
  ['private', '侬帮阿拉配了 氨氯地平两盒 阿拉住五号楼三零二', 'medicine', 'items=氨氯地平;qty=2;door=5-302'],
  ['private', '阿拉老太婆的阿托伐他汀没了 侬帮伊买了 一盒就够', 'medicine', 'items=阿托伐他汀;qty=1;days=0'],
  ['group', '降压药快吃光了 侬明朝去医院顺便帮阿拉配了 两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['private', '上礼拜小张帮阿拉配了两盒氨氯地平 谢谢侬', 'none'],
  ['private', '你帮我配了两盒氨氯地平 谢谢啊', 'none'],
];

// Set M: the writer counting the people of their own room or home (「说下我们宿舍的情况 一共六个人」, 「我家里 一共五口人」) is
// the story of a need, not a tally of requests (「我们楼一共12户要配药」) — the own place said a few words before, past a pause.
// Read right before the change: 2/4 (the two tallies).
export const ROUND_11_MEDICINE_OWN_ROOM_COUNTED: Probe[] = [
  ['group', '说下我们宿舍的情况 一共六个人 四个在发烧 退烧药一粒都没有了 谁能匀几粒 9号楼201', 'medicine', 'items=退烧药;days=0;door=9-201'],
  ['group', '我们屋里 一共五个人 三个咳得厉害 止咳糖浆没了 有人有多的吗', 'medicine', 'items=止咳糖浆;days=0'],
  ['group', '我们楼一共12户要配药 我统计好了', 'none'],
  ['group', '今天一共帮了8户人家配了降压药', 'none'],
];

// Set N: asking whoever has some spare to leave it at the door (「谁家有多的 放我门口就好」, 「哪位邻居有多余的… 放门口就行」): a
// request — the spare and the door were read as the writer's own spare offered for taking. The writer's own spare, left out
// for whoever needs it, stays an offer.
// Read right before the change: 3/5 (the two offers and the one asked to 放我门口).
export const ROUND_11_MEDICINE_SPARE_ASKED_TO_DOOR: Probe[] = [
  ['group', '我的氯雷他定吃完了 谁家有多的 放我门口就好 3号楼1102', 'medicine', 'items=氯雷他定;days=0;door=3-1102'],
  ['group', '孩子咳了一晚上 哪位邻居有多余的止咳糖浆 放门口就行 谢谢', 'medicine', 'items=止咳糖浆'],
  ['group', '老伴的降压药没了 有没有人有多的 送给我们应个急 18号楼603', 'medicine', 'items=降压药;days=0;door=18-603'],
  ['group', '我家多了两盒布洛芬 谁需要 放门口自取', 'none'],
  ['group', '家里多出来一盒创可贴 放在门口了 要的来拿', 'none'],
];

// Set O: thanks for the team's work in general, closing a request ("Thank you for all your hard work", "thanks for everything
// you do"), is courtesy, not a need met. Thanks for a medicine brought stays a need met.
// Read right before the change: 3/6 (the three of thanks for a thing received; "the help" kept among them after dev-6 fell by one).
export const ROUND_11_MEDICINE_THANKS_FOR_THE_WORK: Probe[] = [
  ['private', 'My mother needs her amlodipine, 2 boxes, she has 3 days left. Thanks for all your hard work. 6-1203', 'medicine', 'items=amlodipine;qty=2;days=3;door=6-1203'],
  ['group', 'Could someone pick up metformin for my dad? He ran out yesterday. Thank you for everything you do', 'medicine', 'items=metformin;days=0'],
  ['private', 'please register a refill of levothyroxine for me, one box. thanks for all the work you are doing', 'medicine', 'items=levothyroxine;qty=1'],
  ['group', 'Thanks for bringing the insulin yesterday, dad is fine now', 'none'],
  ['group', 'thank you for the amlodipine, it arrived this morning', 'none'],
  ['private', 'thanks for the help on Monday, the inhaler came and mum can breathe easier', 'none'],
];

// Set P: English class words said in the singular, as broken English says them ("he need painkiller", "take antibiotic",
// "need antihistamine"): the class asked for, as the plural is. Talk about the class asks nothing.
// Read right before the change: 1/4. Narrowed after the round's tests: the singular only as a noun (before a pause, and, or,
// for…), since "my last pill of the antibiotic course" took it for one; the course row was added then.
export const ROUND_11_MEDICINE_EN_CLASS_SINGULAR: Probe[] = [
  ['group', 'my husband has toothache since yesterday, he need painkiller, anyone can help? 7-402', 'medicine', 'items=painkiller;door=7-402'],
  ['group', 'online doctor say she must take antibiotic, can someone buy for us, 12-301', 'medicine', 'items=antibiotic;door=12-301'],
  ['private', 'I need antihistamine for my allergy, one box please', 'medicine', 'items=antihistamine;qty=1'],
  ['group', 'antibiotic resistance is a big problem, do not take them for a cold', 'none'],
  ['group', 'finally done with my antibiotic course today, feeling much better', 'none'],
];

// Set Q: in English, running out of a medicine and then the days it has left ("running out of my eye drops, maybe 3 days
// left"): the days counted are that medicine's, not none — the rule that a second medicine's days give way to the first's
// none left took the name after "out of" for a second medicine. Two medicines, the first out, still read none left.
// Read right before the change: 1/4 (the two medicines only).
export const ROUND_11_MEDICINE_RUNNING_OUT_DAYS_LEFT: Probe[] = [
  ['group', "I'm running out of my eye drops, maybe 3 days left, could someone grab a bottle? 5-1101", 'medicine', 'items=eye drops;qty=1;days=3;door=5-1101'],
  ['private', 'my dad is almost out of his warfarin, about 2 days left. please get 1 box', 'medicine', 'items=warfarin;qty=1;days=2'],
  ['group', 'We are running out of insulin, only 4 days left, can anyone help buy 2 pens? 9-703', 'medicine', 'items=insulin;qty=2;days=4;door=9-703'],
  ['group', 'Mum ran out of amlodipine yesterday and her metformin has 5 days left, please get 2 boxes of each', 'medicine', 'items=amlodipine|metformin;qty=2;days=0'],
];

// Set R: "finished all our/her …" — finished said with all before whose: none left, as "finished her …" is. Finished said
// of work beside medicine talk is no medicine run out.
// Read right before the change: 1/4 (the deliveries only). Narrowed after the round's tests to all + whose ("finished all the
// cough drops as candy" is a joke); the gummies row was added then.
export const ROUND_11_MEDICINE_FINISHED_ALL: Probe[] = [
  ['group', 'we finished all our ibuprofen last night and the baby still has a fever, can anyone spare some? 4-502', 'medicine', 'items=ibuprofen;days=0;door=4-502'],
  ['private', 'Grandma finished all her amlodipine, please get 2 boxes', 'medicine', 'items=amlodipine;qty=2;days=0'],
  ['group', 'he finished all his cough syrup, still coughing at night, anyone have a bottle to spare?', 'medicine', 'items=cough syrup;qty=1;days=0'],
  ['group', 'lol the twins finished all the vitamin gummies thinking they were sweets', 'none'],
  ['group', 'we finished all our deliveries for today, the insulin for 5-301 went out at noon', 'none'],
];
