/**
 * Round 15 probes (replies15, second module): sign-ups under the recruit post and offers in the group with the skill said in
 * passing or by one's station. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
export type Probe = [string, string, string, string?];

// Set 5: a sign-up under the recruit post with a skill said in passing, a time and a skill: work done before (「我在药店上过班」),
// a student who can make tables, "can lift heavy stuff". The fix is in SKILL_WORDS (commands/volunteering/words.ts). Near
// misses: the conditions asked, a car without a pass, thanks, an age asked. Read right before the change: 11/14. After: 14/14.
export const REPLIES_15_RECRUIT_SKILL: Probe[] = [
  ['reply:recruit', '我在药店上过班', 'recruit.signup', 'skills=pharmacist'],
  ['reply:recruit', '大学生 暑假在家 会用电脑做表', 'recruit.signup', 'skills=coordination'],
  ['reply:recruit', 'uni student, can lift heavy stuff, free all week', 'recruit.signup', 'skills=delivery'],
  ['reply:recruit', '周末有空 会开车', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '晚上可以 以前当过护士', 'recruit.signup', 'skills=nurse'],
  ['reply:recruit', '加我一个 家里有辆面包车', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '我嚟 识讲英文', 'recruit.signup', 'skills=translator'],
  ['reply:recruit', '以前在医院药房上班 可以帮忙', 'recruit.signup', 'skills=pharmacist'],
  ['reply:recruit', '退休会计 表格统计我熟', 'recruit.signup', 'skills=coordination'],
  ['reply:recruit', 'retired GP, mornings', 'recruit.signup', 'skills=doctor'],
  ['reply:recruit', '报名要什么条件', 'none'],
  ['reply:recruit', '我家有车 但是没通行证', 'none'],
  ['reply:recruit', '谢谢你们 太不容易了', 'none'],
  ['reply:recruit', '有没有年龄限制?我65了', 'none'],
];

// Set 6: an offer in the group by one's station in life said first, without 我 (「刚毕业在家待业」, 「宝妈一个」, 「在家带娃的宝爸」,
// "student, home all day"), a past trade beside "if you need a car" (「以前开了三十年公交 需要用车说一声」), work in a pharmacy
// or paperwork in English, and a wish to help taken back by quarantine (「我也想去帮忙但在隔离」). The fix: SELF_DESCRIBED, SELF
// and TAKEN_BACK (recognise.ts), SKILL_WORDS (words.ts). Near misses: a past job as news, a car asked for, a relative in quarantine,
// a trade asked for, one's own positive test. Read right before the change: 10/18. After: 18/18.
export const REPLIES_15_GROUP_OFFER_STATION: Probe[] = [
  ['group', '刚毕业在家待业 时间多 可以帮忙跑腿送菜', 'volunteer', 'skills=delivery'],
  ['group', '宝妈一个 娃睡了以后可以帮忙打电话统计', 'volunteer', 'skills=coordination'],
  ['group', '在家带娃的宝爸 晚上十点后可以值夜', 'volunteer', 'skills=patrol'],
  ['group', 'student, home all day, can carry groceries up for older folks', 'volunteer', 'skills=delivery'],
  ['group', '退休了 以前开了三十年公交 需要用车说一声', 'volunteer', 'skills=driver'],
  ['group', 'Retired teacher here, happy to help with paperwork or lists', 'volunteer', 'skills=coordination'],
  ['group', 'I used to work at a pharmacy back home, happy to help check meds', 'volunteer', 'skills=pharmacist'],
  ['group', '我也想去帮忙但在隔离', 'none'],
  ['group', '家里有辆面包车 需要拉物资的话喊我', 'volunteer', 'skills=driver|delivery'],
  ['group', '退休老师 在家闲着 可以帮大家统计名单', 'volunteer', 'skills=coordination'],
  ['group', '我是社区医院的护士 下班以后可以上门帮老人看看', 'volunteer', 'skills=nurse'],
  ['group', '本人年轻 单身 住5号楼 力气活找我', 'volunteer', 'skills=delivery'],
  ['group', '以前我在药房上班 那时候药好买多了', 'none'],
  ['group', '谁家有车能借用一下', 'none'],
  ['group', '我儿子是医生 但他在隔离酒店', 'none'],
  ['group', '有没有人会修水管', 'none'],
  ['group', '我也很想帮忙 可是自己也阳了', 'none'],
  ['group', '刚毕业 在家找工作 好焦虑', 'none'],
];
