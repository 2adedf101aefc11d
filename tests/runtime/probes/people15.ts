/**
 * Round 15 probes (people15): volunteers' offers, sign-ups under the recruit post and replies under a task post, in words the
 * recognisers had not met. Sentences of the writer's own, written before each change, in sets by reason. [context, text,
 * intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: an open offer in the group with no skill named, its call on the writer said in words the volunteer reader did not know:
// Cantonese 揾/搵 (「有需要搵我」), a job as 活 (「有啥活叫我」, 「有啥活儿派给我」), 讲一声 beside 说一声, 「需要帮手的话叫一声」,
// 「有咩要帮手出声」, 空余时间 beside 有空, "happy to pitch in / lend a hand", "an extra pair of hands". The fix is in
// OPEN_OFFER and OFFER (commands/volunteering/recognise.ts). The near misses stay chatter: someone else to be called, a job
// asked of someone else, a habit of one's free time. Read right before the change: 7/18. After: 18/18.
export const PEOPLE_15_OPEN_OFFER_NEW_WORDS: Probe[] = [
  ['group', '我可以幫手 有需要搵我', 'volunteer'],
  ['group', '我最近都有空 有啥活叫我', 'volunteer'],
  ['group', '我在家闲着 有什么活喊我', 'volunteer'],
  ['group', '有啥活儿派给我就行 我住12号楼', 'volunteer'],
  ['group', '我退休在家 天天有空 需要帮手的话叫一声', 'volunteer'],
  ['group', '我哋兩公婆都得閒 有咩要幫手出聲', 'volunteer'],
  ['group', '大学生一枚 在家上网课 我空余时间可以帮忙', 'volunteer'],
  ['group', '阿拉屋里厢有部车 要用车讲一声', 'volunteer', 'skills=driver'],
  ['group', 'I have time on my hands, happy to pitch in', 'volunteer'],
  ['group', 'Happy to lend a hand, I live in block 9', 'volunteer'],
  ['group', "If you need an extra pair of hands, I'm around", 'volunteer'],
  ['group', '我白天有空 有事情叫我一声', 'volunteer'],
  ['group', '有啥活叫我老公去 他闲得很', 'none'],
  ['group', '我有空的时候就在阳台晒太阳', 'none'],
  ['group', '有需要搵居委 电话贴在楼下', 'none'],
  ['group', '谁家有活要干的 叫物业吧', 'none'],
  ['group', 'happy to report my test was negative today', 'none'],
  ['group', '有空讲一声 我们一起打麻将', 'none'],
];

// Set 2: a relative signed up by the writer in the group (「我帮我老公报个名 他会开车」, 「帮我儿子报个名当志愿者」, "please sign my son
// up as a volunteer"): the relative's offer, passed on, read with the relative's skills (round 10 signs up the relative through
// the writer). The fix is KIN_SIGNED_UP beside SENDS_KIN. The near misses stay: a relative signed up before, asked how, a group-buy,
// a relative who cannot come. Read right before the change: 5/10. After: 10/10.
export const PEOPLE_15_KIN_SIGNED_UP: Probe[] = [
  ['group', '我帮我老公报个名 他会开车', 'volunteer', 'skills=driver'],
  ['group', '帮我儿子报个名当志愿者 他大学生 力气大', 'volunteer', 'skills=delivery'],
  ['group', '替阿拉女儿报名 伊是护士', 'volunteer', 'skills=nurse'],
  ['group', 'Please sign my son up as a volunteer, he is 19 and can carry stuff', 'volunteer', 'skills=delivery'],
  ['group', 'Can you put my wife down as a volunteer? She is a pharmacist', 'volunteer', 'skills=pharmacist'],
  ['group', '我帮我老公报过名了 怎么还没人联系', 'none'],
  ['group', '帮我儿子报名要怎么弄啊', 'none'],
  ['group', '帮我老公报个名 他在外地回不来 等他回来再说', 'none'],
  ['group', '我帮我女儿报了个网课', 'none'],
  ['group', '我老公说他会开车 但是车被封在地库了', 'none'],
];

// Set 3: chatter that looked like an offer: signing up talked of as what others do (「报名志愿者的人好多啊」: 的人 makes it whom one
// speaks of, JOIN's 报名…志愿者), someone else heard of and to be called (「听说3号楼有个医生 大家有事可以找他」: hearsay is no household
// member the writer sends). The fix: JOIN's sign-up is not followed by 的人/的邻居; the kin reading is not taken after 听说/据说.
// Offers with the same words stay offers. Read right before the change: 5/10. After: 10/10.
export const PEOPLE_15_OTHERS_TALKED_OF: Probe[] = [
  ['group', '报名志愿者的人好多啊 真感动', 'none'],
  ['group', '当志愿者的邻居们都辛苦了', 'none'],
  ['group', '报名当志愿者的年轻人比我想的多', 'none'],
  ['group', '听说3号楼有个医生 大家有事可以找他', 'none'],
  ['group', '据说隔壁有个护士 有事可以找她', 'none'],
  ['group', '我想报名当志愿者', 'volunteer'],
  ['group', '我也报名志愿者 我会开车', 'volunteer', 'skills=driver'],
  ['group', '我老婆是护士 有事可以找她', 'volunteer', 'skills=nurse'],
  ['group', '我老公是医生 有事可以找他', 'volunteer', 'skills=doctor'],
  ['group', '志愿者们辛苦了 我也想报名当志愿者', 'volunteer'],
];

// Set 6: 「我可以帮忙」 said as a whole clause, then something of oneself that names no skill (「我可以帮忙 我家就在医院旁边」, 「我可以帮忙
// 平时在家上网课」): an offer with no skill and no call on the writer was silence, though every dev file labels it an offer; and a test
// one has just had (「刚做完核酸 阴性」) was read as the testing skill. The fix: OPEN_OFFER takes 我可以/能/愿意帮忙 ending its clause
// (not 帮忙问问, not asked); testing's bare 核酸 is not after 做完/做了/做过. The near misses stay: help asked of others, help with an
// object of one's own, an offer relayed from the 物业. Read right before the change: 6/14. After: 14/14.
export const PEOPLE_15_CAN_HELP_AND_A_FACT: Probe[] = [
  ['group', '我可以帮忙 我家就在医院旁边', 'volunteer'],
  ['group', '我可以帮忙 平时在家上网课', 'volunteer'],
  ['group', '我可以帮忙 以前在外企上班', 'volunteer'],
  ['group', '我也能帮忙 住在3号楼 离大门近', 'volunteer'],
  ['group', '我可以帮忙 刚做完核酸 阴性', 'volunteer'],
  ['group', '阿拉也可以帮忙 屋里就我一个人', 'volunteer'],
  ['group', '我可以幫手 我係大學生', 'volunteer'],
  ['group', '我可以帮忙 我每天都做核酸 很熟', 'volunteer'],
  ['group', '谁可以帮忙 我家水管爆了', 'none'],
  ['group', '我可以帮忙问问我老公 他认识人', 'none'],
  ['group', '物业说可以帮忙 打他们电话就行', 'none'],
  ['group', '你们谁能帮忙 我妈腿不好', 'none'],
  ['group', '我刚做完核酸 排了一个小时', 'none'],
  ['group', '我可以帮忙转发到别的群', 'none'],
];
