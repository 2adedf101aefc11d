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

// Set 7: a sign-up under the recruit post said by what makes one able or free, in words not read before: a pass held
// (「我 我有通行证」, "I have a pass"), standing by (「随时待命」), time found (「白天也能抽空」), at home every day, "evenings after 7",
// a couple (「我们两口子都行」), put on the rota (「可以排我周三周五」), Shanghainese 好 for "can" (「阿拉好来额」). The fix is in SIGN_UP
// (commands/volunteering/recognise.ts). Near misses: whether there are enough hands, signed up before, asked whether the old may,
// a cheer, how to get a pass, stuck at home. Read right before the change: 7/16. After: 16/16.
export const REPLIES_15_RECRUIT_ABLE: Probe[] = [
  ['reply:recruit', '我 我有通行证', 'recruit.signup'],
  ['reply:recruit', '在家办公 白天也能抽空', 'recruit.signup'],
  ['reply:recruit', '随时待命', 'recruit.signup'],
  ['reply:recruit', '退休了 天天在家', 'recruit.signup'],
  ['reply:recruit', 'I have a pass', 'recruit.signup'],
  ['reply:recruit', 'evenings after 7', 'recruit.signup'],
  ['reply:recruit', '我们两口子都行', 'recruit.signup'],
  ['reply:recruit', '可以排我周三周五', 'recruit.signup'],
  ['reply:recruit', '阿拉好来额', 'recruit.signup'],
  ['reply:recruit', '学生一枚 网课之外都有空', 'recruit.signup'],
  ['reply:recruit', '人手还够吗', 'none'],
  ['reply:recruit', '我报过了', 'none'],
  ['reply:recruit', '老人可以报吗', 'none'],
  ['reply:recruit', '大家加油', 'none'],
  ['reply:recruit', '通行证怎么办', 'none'],
  ['reply:recruit', '我天天在家 急死了', 'none'],
];

// Set 8: an offer in the group with its skill or call said another way: a pass and whoever needs something to say so
// (「我有通行证 可以出小区 谁需要带东西的说」), 帮忙搬, work once done at the 居委 that one knows well (「表格登记这些熟」), 「有什么跑腿的活
// 我来」, a hospital's 药剂科, standing by (「年轻力壮 … 随时待命」), whoever needs the car to say so (「要去医院的讲」), two young
// people who can come out and help. The fix: OFFER, SELF_DESCRIBED (recognise.ts), SKILL_WORDS (words.ts). Near misses: a
// pass asked for, when volunteers come, a car under restriction, going to work, a relative retired far away, a nurse's tiring day.
// Read right before the change: 10/18. After: 18/18.
export const REPLIES_15_GROUP_OFFER_CALL: Probe[] = [
  ['group', '我有通行证 可以出小区 谁需要带东西的说', 'volunteer', 'skills=delivery'],
  ['group', '我家就在门口 物资到了我可以帮忙搬', 'volunteer', 'skills=delivery'],
  ['group', '我原来在居委做过 表格登记这些熟', 'volunteer', 'skills=coordination'],
  ['group', '有什么跑腿的活 我来', 'volunteer', 'skills=delivery'],
  ['group', '我退休前在中山医院药剂科 用药的问题可以问我', 'volunteer', 'skills=pharmacist'],
  ['group', '年轻力壮 住2号楼 随时待命', 'volunteer', 'skills=delivery'],
  ['group', '阿拉是退休司机 车子有的 要去医院的讲', 'volunteer', 'skills=driver'],
  ['group', '我们家有两个年轻人 都可以出来帮忙', 'volunteer'],
  ['group', '我是保供人员 每天进出 老人有需要带药的找我', 'volunteer', 'skills=medicine'],
  ['group', '本人会说英语和法语 外籍邻居需要翻译的话 我可以', 'volunteer', 'skills=translator'],
  ['group', 'have a pass and a car, can do supply runs', 'volunteer', 'skills=driver|delivery'],
  ['group', '退休护士 有需要量血压的 敲门就行 8号楼201', 'volunteer', 'skills=nurse'],
  ['group', '谁有通行证 能帮我带点东西吗', 'none'],
  ['group', '志愿者什么时候来送菜啊', 'none'],
  ['group', '我家有车 但是限行', 'none'],
  ['group', '我每天都要出去上班 好累', 'none'],
  ['group', '我老公以前是医生 现在退休了在老家', 'none'],
  ['group', '我是护士 今天又是大白 累死了', 'none'],
];
