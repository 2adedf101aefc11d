/**
 * Round 16 probes (people16): offers of help in the group in ordinary words, others' offers and talk of volunteers that
 * offer nothing, and claims under the task post, in kinds the round 15 sets did not cover. Sentences of the writer's own,
 * written before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported
 * array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a claim under a task post said as people say it: with a carrying verb (「我去拎」, Cantonese 「我去攞」), the thing
// taken said as the writer's (「这单我的」), given to me (Cantonese 「俾我啦」, 「畀我」), 「包我身上」, Cantonese 我哋 (「我哋去」),
// free and so going (「我下午有空 下午去」, 「得闲 我去」). Near misses stay as they are: asked whose it is, free but asking
// who goes, someone else free, mentioning (提一下), unable to lift it (gives it back). The fix: `CLAIM_SAID_SO`, tried after CLAIM,
// GOING_AFTER and ON_THE_WAY in readTaskReply (commands/volunteering/recognise.ts).
// Read right before the change: 8/18. After: 18/18.
export const PEOPLE_16_CLAIM_SAID_SO: Probe[] = [
  ['reply:task', '我去拎', 'task.claim'],
  ['reply:task', '我来拎上去', 'task.claim'],
  ['reply:task', '我去攞', 'task.claim'],
  ['reply:task', '包我身上', 'task.claim'],
  ['reply:task', '这单我的', 'task.claim'],
  ['reply:task', '这个是我的了', 'task.claim'],
  ['reply:task', '俾我啦', 'task.claim'],
  ['reply:task', '畀我', 'task.claim'],
  ['reply:task', '我哋去', 'task.claim'],
  ['reply:task', '我下午有空 下午去', 'task.claim'],
  ['reply:task', '我今天有空 晚上过去', 'task.claim'],
  ['reply:task', '这单是我的吗', 'none'],
  ['reply:task', '我下午有空 你们谁去', 'none'],
  ['reply:task', '他有空 他去', 'none'],
  ['reply:task', '我提一下 这个老人是独居的', 'none'],
  ['reply:task', '我拎不动 太重了', 'task.giveback'],
  ['reply:task', '给我打个电话', 'none'],
  ['reply:task', '我哋座嘅阿婆呀', 'none'],
];

// Set 2: someone else's offer reported in the group — a friend, a colleague, a neighbour, the building lead, "someone" said
// they can help (「我朋友是医生 他说有需要可以问他」, 「楼长说他有通行证 可以帮大家带东西」, 「群里有人说可以帮忙配药 是谁啊」), a
// neighbour of the building who can be called on (「我们楼有个医生 大家有事可以找他」), heard of in English ("I heard the lady
// in 12-301 is a nurse and happy to help"), and a help asked of the committee on everyone's behalf (「我能帮大家问一下物业…」).
// Near misses stay offers: one's own offer beside a friend's, a husband or son relayed (the household's offer passed on, as
// rounds 7 and 15 read it; a brother, a flatmate or a partner too), one's own licence said first, 说一声 after 其他人.
// The fix: `REPORTED_OFFER` unless `HOUSEHOLD` or FIRST_PERSON_OFFER, weighed before the wish (commands/volunteering/recognise.ts);
// a kin's offer as 「他说可以帮忙拉物资」 without a second 他 in SENDS_KIN; asking the committee on everyone's behalf in NOT_OFFER.
// (A first form let a reporter stand anywhere before 说 and knew only the close family: it fell two holdouts by one volunteer each;
// narrowed to the reporter right before 说, not 说一声, not 其他, and a household of siblings, flatmates and partners.)
// Read right before the change: 9/19. After: 19/19.
export const PEOPLE_16_OTHERS_OFFER_REPORTED: Probe[] = [
  ['group', '我朋友是医生 他说有需要可以问他', 'none'],
  ['group', '我同事有车 他讲可以帮忙拉东西', 'none'],
  ['group', '我邻居说他可以帮忙开车 不知道真的假的', 'none'],
  ['group', '楼长说他有通行证 可以帮大家带东西', 'none'],
  ['group', '我看到群里有人说可以帮忙配药 是谁啊', 'none'],
  ['group', '我们楼有个医生 大家有事可以找他', 'none'],
  ['group', 'I heard the lady in 12-301 is a nurse and happy to help', 'none'],
  ['group', 'Apparently the guy in building 3 has a car and can drive people to hospital', 'none'],
  ['group', '我能帮大家问一下物业什么时候发菜', 'none'],
  ['group', '我可以帮你们问问居委 配药怎么登记', 'none'],
  ['group', '我朋友是医生 我也是护士 有需要可以找我', 'volunteer', 'skills=doctor|nurse'],
  ['group', '我老公是医生 他说有需要可以找他', 'volunteer', 'skills=doctor'],
  ['group', '我儿子有车 他说可以帮忙拉物资', 'volunteer', 'skills=driver|delivery'],
  ['group', 'B2驾照 可以帮忙开车', 'volunteer', 'skills=driver'],
  ['group', '我室友是护士 她说有需要可以找她', 'volunteer', 'skills=nurse'],
  ['group', '我弟弟是医生 有需要可以找他', 'volunteer', 'skills=doctor'],
  ['group', '退休护士 邻居有需要说一声随时可以上门', 'volunteer', 'skills=nurse'],
  ['group', '我是退休司机 其他人有需要说一声 随时可以出车', 'volunteer', 'skills=driver'],
  ['group', '我可以帮忙问诊 我是全科医生', 'volunteer', 'skills=doctor'],
];

// Set 3: an offer in the group whose call on the writer is said in words OFFER and OPEN_OFFER lacked: 「需要就说」, 「…翻译就说」,
// 「需要出车的话随时」, 「吱声」, 「有啥毛病可以来问」 (with one's trade), 「可以跟我聊聊」, a vehicle that 「可以用」,
// 「…的活给我」, a station said with 本人 and words before 可以帮忙 (「本人学生 网课之余可以帮忙」), "happy to" after a first clause
// ("Free all week, happy to carry stuff"), "if the committee needs", a relative's car 「侬要用车讲」. Near misses stay none: a notice
// to everyone, the committee to call on, a car asked about, a worry asked of others, the bot's own call. The fix: `CALLED_ON` beside
// OFFER, `SELF_16` beside SELF, `OPEN_OFFER_16` beside OPEN_OFFER, SAY_SO without 一声 (commands/volunteering/recognise.ts).
// Read right before the change: 7/19. After: 19/19. (「有事情可以找我」 was taken out: a 物业 worker's contact reads the same.)
export const PEOPLE_16_OFFER_CALLED_ON: Probe[] = [
  ['group', '我是司机 需要出车的话随时', 'volunteer', 'skills=driver'],
  ['group', '我开网约车的 车在小区里 需要就说', 'volunteer', 'skills=driver'],
  ['group', '我是学英语专业的 外国朋友需要帮忙翻译就说', 'volunteer', 'skills=translator'],
  ['group', '小弟有车有证 需要用车的兄弟姐妹吱声', 'volunteer', 'skills=driver'],
  ['group', '阿拉是退休医生 有啥毛病可以来问', 'volunteer', 'skills=doctor'],
  ['group', '我是心理老师 大家焦虑的话可以跟我聊聊', 'volunteer', 'skills=counselling'],
  ['group', '我有辆皮卡 拉物资可以用', 'volunteer', 'skills=driver|delivery'],
  ['group', '我住一楼 方便 下楼拿东西的活给我', 'volunteer'],
  ['group', '本人学生 网课之余可以帮忙', 'volunteer'],
  ['group', 'Free all week, happy to carry stuff for the elderly', 'volunteer', 'skills=delivery'],
  ['group', 'Retired accountant here, good with spreadsheets if the committee needs', 'volunteer', 'skills=coordination'],
  ['group', '阿拉儿子会开车 侬要用车讲', 'volunteer', 'skills=driver'],
  ['group', '大家需要什么就说 居委会统一采购', 'none'],
  ['group', '有事情可以找物业', 'none'],
  ['group', '我家的车可以用吗 停在地库好久了', 'none'],
  ['group', '我焦虑的话可以跟谁聊聊', 'none'],
  ['group', '楼长说有事情可以找他', 'none'],
  ['group', 'Free all week, bored out of my mind', 'none'],
  ['group', '我儿子会开车 可惜他在外地', 'none'],
];

// Set 4: the skills of an offer in words SKILL_WORDS lacked: medicine fetched as 拎药 / 攞药 (as 拿药 is) and
// "pick up prescriptions"; a village doctor (村医, 乡医); "night watch" is
// patrol; 「需要我出力的尽管说」 is any job (general), as 「有什么需要帮忙的尽管说」 is. Near misses keep their skills: a medicine
// one takes oneself, a doctor one goes to see, a watch that is a wristwatch. (有力气 as carrying was tried and taken out: dev-16
// labels 「俺有力气」 with no skill, and the SPEC's list has none for strength; the probe keeps it skill-less.) The fix: SKILL_WORDS'
// medicine, doctor and patrol, and general's 尽管说 after 需要我… (commands/volunteering/words.ts; ANY_JOB in recognise.ts).
// Read right before the change: 4/11. After: 11/11. ("hospital runs" as medicine was taken out: earlier probes read it driver only.)
export const PEOPLE_16_SKILLS_SAID_SO: Probe[] = [
  ['group', '我有車有通行證 可以幫手去醫院拎藥', 'volunteer', 'skills=driver|medicine'],
  ['group', '我可以帮忙去药店拎药 住得近', 'volunteer', 'skills=medicine'],
  ['group', 'I can pick up prescriptions for anyone who needs them', 'volunteer', 'skills=medicine'],
  ['group', '我以前是村医 有事体叫我', 'volunteer', 'skills=doctor'],
  ['group', '我没什么特长 但是有力气 需要的话叫我', 'volunteer'],
  ['group', '这几天我轮休 有啥需要我出力的尽管说', 'volunteer', 'skills=general'],
  ['group', 'I can do night watch', 'volunteer', 'skills=patrol'],
  ['group', '我有车 要拎药的叫我', 'volunteer', 'skills=driver|medicine'],
  ['group', '我没力气 搬不动 但是可以帮忙统计', 'volunteer', 'skills=coordination'],
  ['group', '我是护士 有需要的话叫我 我看看村医开的药', 'volunteer', 'skills=nurse'],
  ['group', 'I have a car, can drive anyone to the hospital. My watch says 3pm, leaving soon', 'volunteer', 'skills=driver'],
];

// Set 5: more claims as people say them: able to take it (「我这边能接」, 「我可以接」), 「我上吧」, ready and then going (「我穿好
// 防护服就下去」, 「换好鞋就去」), 「我可以代劳」, 「我hold住」, "count me for this one". Near misses stay as they are: asked whether one
// may take it, someone else getting ready, a cheer (「hold住啊大家」), 「上吧 谁去」. The fix: `CLAIM_READY` after CLAIM_SAID_SO
// (commands/volunteering/recognise.ts). Read right before the change: 5/13. After: 13/13.
export const PEOPLE_16_CLAIM_READY: Probe[] = [
  ['reply:task', '我这边能接', 'task.claim'],
  ['reply:task', '我可以接', 'task.claim'],
  ['reply:task', '我上吧', 'task.claim'],
  ['reply:task', '我穿好防护服就下去', 'task.claim'],
  ['reply:task', '换好鞋就去', 'task.claim'],
  ['reply:task', '我可以代劳', 'task.claim'],
  ['reply:task', '我hold住', 'task.claim'],
  ['reply:task', 'count me for this one', 'task.claim'],
  ['reply:task', '我能接吗', 'none'],
  ['reply:task', '他穿好衣服就下去', 'none'],
  ['reply:task', 'hold住啊大家', 'none'],
  ['reply:task', '上吧 谁去', 'none'],
  ['reply:task', '说好就去的人呢', 'none'],
];
