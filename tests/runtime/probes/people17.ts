/**
 * Round 17 probes (people17): volunteers, recruit replies and task replies in kinds the round 15 and 16 sets did not cover —
 * a task reported done as 给到, a task taken by someone of the household or said to be under way, an offer passed on for a
 * relative and free time offered without 我, whoever needs it sent to someone else. Sentences of the writer's own,
 * written before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported
 * array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a task reported done as what reached the person: 「东西给到了」, 「给到阿姨了」, 「好了 东西给到了」, Cantonese 「畀到佢喇」,
// 「药给到老人手上了」. Near misses stay as they are: asked (「给到了吗」), not yet (「还没给到」), a wish that it reached (「送到了就好」),
// how to leave it (「放门口的话记得敲门」), another's report (「他说已经有人送了」). The fix: 给到/畀到 and "got it to her" in DONE_RESULT;
// 的话 and 了就好 after a done word in INSTRUCTION_AFTER (commands/volunteering/recognise.ts).
// Read right before the change: 5/13. After: 13/13.
export const ROUND_17_PEOPLE_DONE_GIVEN: Probe[] = [
  ['reply:task', '东西给到了', 'task.done'],
  ['reply:task', '给到阿姨了', 'task.done'],
  ['reply:task', '好了 东西给到了', 'task.done'],
  ['reply:task', '药给到老人手上了', 'task.done'],
  ['reply:task', '菜已经给到伯伯了 他说够吃', 'task.done'],
  ['reply:task', '畀到佢喇', 'task.done'],
  ['reply:task', '給到婆婆了 ✅', 'task.done'],
  ['reply:task', 'got it to her, all good', 'task.done'],
  ['reply:task', '给到了吗', 'none'],
  ['reply:task', '还没给到 老人不在家', 'none'],
  ['reply:task', '送到了就好 谢谢你', 'none'],
  ['reply:task', '放门口的话记得敲门', 'none'],
  ['reply:task', '他说已经有人送了', 'none'],
];

// Set 2: a task taken by someone of the writer's household (「我老婆去 她就在那栋楼」, 「我让我儿子去拿」, 「我帮我老公接一下 他开车
// 过去」), or said to be under way without 我 (「路上了 十分钟」, 「正在送过去」), taken again after another gave it up (「还是我去吧 刚才
// 那位说去不了」), a time promised (「收到 下午三点前送到」). Near misses stay none: those on the way wished safety (「在路上的注意安全
// 啊」), who is on the way asked, a relative asked after (「她儿子去拿了吗」), whether it was handed on asked (「换人了吗」). The fix:
// `CLAIM_SENT` (tried last in the new `claimOf`, split out of readTaskReply so that a claim said before another's inability is
// still read), `UNDERWAY_AFTER` (fetched, then on the way, is no report of done), `HAND_OVER_ASKED`, 路上 not before 的 in CLAIM
// (commands/volunteering/recognise.ts). Read right before the change: 3/14. After: 14/14.
export const ROUND_17_PEOPLE_CLAIM_SENT_UNDERWAY: Probe[] = [
  ['reply:task', '我老婆去 她就在那栋楼', 'task.claim'],
  ['reply:task', '我让我儿子去拿 他有通行证', 'task.claim'],
  ['reply:task', '我帮我老公接一下 他开车过去', 'task.claim'],
  ['reply:task', '阿拉囡囡去 伊顺路', 'task.claim'],
  ['reply:task', '路上了 十分钟', 'task.claim'],
  ['reply:task', '正在送过去', 'task.claim'],
  ['reply:task', '药拿到了 正在送过去', 'task.claim'],
  ['reply:task', '还是我去吧 刚才那位说去不了', 'task.claim'],
  ['reply:task', '收到 下午三点前送到', 'task.claim'],
  ['reply:task', '在路上的注意安全啊', 'none'],
  ['reply:task', '谁在路上啊', 'none'],
  ['reply:task', '她儿子去拿了吗', 'none'],
  ['reply:task', '换人了吗', 'none'],
  ['reply:task', '我老公说让我别去', 'none'],
];

// Set 3: an offer in the group passed on for a relative (「我帮我老公说一声 他是医生…」, 「替我爸说一句 他退休前是药剂师 …可以问
// 他」), one's trade with 「侬来问好了」, free time said without 我 and a call (「周末我都在 需要人手随时喊」, "Free most afternoons, can help
// unload and hand out supplies"). Near misses stay none: a relative spoken of who cannot (「我妈说她以前是护士 现在年纪大了干不动了」),
// someone else's offer heard of, a thanks, a question for whoever is free, a relative who cannot come, a question asked for one.
// The fix: `SAID_FOR_KIN` beside SENDS_KIN (with a skill named), 「…侬来问好了」 in CALLED_ON, `HANDS_CALL` in CALLED_ON and
// OPEN_OFFER_16, free time first in SELF_16 (commands/volunteering/recognise.ts).
// Read right before the change: 7/12. After: 12/12.
export const ROUND_17_PEOPLE_OFFER_PASSED_ON: Probe[] = [
  ['group', '我帮我老公说一声 他是医生 楼里有急事可以敲门 502', 'volunteer', 'skills=doctor'],
  ['group', '替我爸说一句 他退休前是药剂师 大家药有疑问可以问他', 'volunteer', 'skills=pharmacist'],
  ['group', '代我女儿讲一声 伊是护士 打针换药寻伊', 'volunteer', 'skills=nurse'],
  ['group', '阿拉是退休医生 有啥毛病侬来问好了', 'volunteer', 'skills=doctor'],
  ['group', '周末我都在 需要人手随时喊', 'volunteer'],
  ['group', 'Free most afternoons, can help unload and hand out supplies', 'volunteer', 'skills=delivery'],
  ['group', '我妈说她以前是护士 现在年纪大了干不动了', 'none'],
  ['group', '隔壁楼有个小伙子说可以帮忙开车 有需要的找他', 'none'],
  ['group', '感谢3号楼的王医生 帮我爸看了', 'none'],
  ['group', '周末谁有空 需要人手搬物资', 'none'],
  ['group', '我老公是医生 可惜在医院封闭管理 回不来', 'none'],
  ['group', '我帮我老公问一声 志愿者还要不要人', 'none'],
];

// Set 4: under the recruit post, a bare sign-up with its time (「我 晚上」) or a wish whose doubt is only what the work is
// (「我想报名 就是不知道要做什么」). Near misses stay none: asked how, signed up before, a relative away. The fix: 「我 晚上」 in
// SIGN_UP; 想/要 before 报名 in signedFirst, so that only a withdrawal weighs against it (commands/volunteering/recognise.ts).
// Read right before the change: 3/6. After: 6/6.
export const ROUND_17_PEOPLE_RECRUIT_BARE: Probe[] = [
  ['reply:recruit', '我 晚上', 'recruit.signup'],
  ['reply:recruit', '我 周末', 'recruit.signup'],
  ['reply:recruit', '我想报名 就是不知道要做什么', 'recruit.signup'],
  ['reply:recruit', '怎么报名啊', 'none'],
  ['reply:recruit', '已经报过了 还没人联系我', 'none'],
  ['reply:recruit', '我女儿想报 她在外地回不来', 'none'],
];

// Set 5: whoever needs it sent to someone else, not the writer: 「有需要可以找居委 他们有车」, 「有需要买菜的可以找团长」, 「…可以找楼长
// 他有车」, 「…我们楼组会安排」; a wish to help taken back by being in 方舱 (「我也想帮忙 但我在方舱」). Near misses stay offers: one's own
// call beside the other's (「有需要找我或者找楼长都行」), the lead as the way to reach one (「通过楼长联系我」), a wish with time free.
// The fix: `OTHERS_TO_CALL` (unless CALL_ME, FIRST_PERSON_OFFER or OWN_OFFER_BEFORE) at the end of the against chain in
// recogniseVolunteer; 方舱 in TAKEN_BACK (commands/volunteering/recognise.ts). (A first form without OWN_OFFER_BEFORE fell a dev
// file by one offer: 「配药我都可以去跑 需要的…找居委登记」, kept here.) Read right before the change: 6/11. After: 11/11.
export const ROUND_17_PEOPLE_OTHERS_CALLED_ON: Probe[] = [
  ['group', '有需要可以找居委 他们有车', 'none'],
  ['group', '有需要买菜的可以找团长', 'none'],
  ['group', '邻居们有需要帮忙的尽管说 我们楼组会安排', 'none'],
  ['group', '有需要用车的可以找楼长 他有车', 'none'],
  ['group', '志愿者们会上门 有需要开车的可以联系网格员', 'none'],
  ['group', '👍 我也想帮忙 但我在方舱', 'none'],
  ['group', '我有车 有需要找我或者找楼长都行', 'volunteer', 'skills=driver'],
  ['group', '退休护士 有需要可以通过楼长联系我', 'volunteer', 'skills=nurse'],
  ['group', '我也想帮忙 我在家闲着', 'volunteer'],
  ['group', '我会开车 需要的话联系我 楼长有我电话', 'volunteer', 'skills=driver'],
  ['group', '配药我都可以去跑 需要的在群里说或者找居委登记', 'volunteer', 'skills=medicine'],
];
