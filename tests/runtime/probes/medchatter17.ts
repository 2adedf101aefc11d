/**
 * Round 17 probes (medchatter17): group and private talk about medicine read as a request for it — a place's news that it can fill,
 * questions about what the service covers, notices relayed, prices and purchases said with a count, thanks for what was brought,
 * offers said as "who wants it? I have one". Sentences of the writer's own, counted before each change, in sets by reason, each with
 * real requests kept as near misses. [context, text, intent, fields?] as in ../understand-probes.ts; every exported array is played
 * by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a place's news that it can fill or prescribe now, told with when or how much and no 了 at the end (「中山医院下礼拜起可以开
// 三个月的慢病药」, 「社區醫院而家可以開兩個月藥」, 「门诊恢复了 能配降压药」, 「互联网医院可以开处方 药会寄到小区门口」): its 可以开 / 能配 was
// read as a request. The fix: `PLACE_CAN_FILL` (commands/medicine/talk.ts), read in recognise.ts with nothing asked apart from it and
// no medicine of one's own named, short or low; PLACE_NEWS (with 了) now also yields to a request apart from it (`placeNews`), so
// 「社区医院可以配了 麻烦帮我配两盒降压药」 asks. Near misses kept: the place asked whether it can (…能配降压药吗) beside one's own running
// out, asked of whoever goes there.
// Read right before the change: 4/14. After: 14/14.
export const ROUND_17_MEDCHATTER_PLACE_CAN_FILL: Probe[] = [
  ['group', '中山医院下礼拜起可以开三个月的慢病药', 'none'],
  ['group', '社区医院说现在可以配一个月的量', 'none'],
  ['group', '社區醫院而家可以開兩個月藥', 'none'],
  ['group', '浦东医院的慢病门诊恢复了 能配降压药', 'none'],
  ['group', '互联网医院可以开处方 药会寄到小区门口', 'none'],
  ['group', '社区卫生中心说下周开始可以配两个月的药', 'none'],
  ['group', '瑞金医院互联网医院可以开慢病处方 送药上门', 'none'],
  ['group', '诊所现在也可以开抗生素', 'none'],
  ['group', '地段医院从礼拜一起能配胰岛素', 'none'],
  ['group', '社區醫院下星期開始可以配三個月嘅藥', 'none'],
  ['group', '阿拉地段医院下礼拜起可以开长处方', 'none'],
  ['group', '社区医院能配降压药吗 我爸只剩两天的了', 'medicine', 'items=降压药;days=2'],
  ['group', '社区医院可以配了 麻烦帮我配两盒降压药', 'medicine', 'items=降压药;qty=2'],
  ['group', '谁去社区医院 能帮我开两盒阿托伐他汀吗', 'medicine', 'items=阿托伐他汀;qty=2'],
];

// Set 2: what the service covers or asks for, asked (「请问代配药最多能配几盒」, 「一次可以配多久的量」, 「进口药也能代配吗」, 「中成药可以
// 代配伐」, 「代配药需要提供什么材料」): its 能配 / 需要 was read as a request. The fix: `SERVICE_ASKED` (commands/medicine/talk.ts), read
// as PLACE_CAN_FILL is. Near misses kept: 「降压药能不能代配 我妈要两盒」 (one's own named), a plain request, one's own 中药 run out.
// Read right before the change: 5/15. After: 15/15.
export const ROUND_17_MEDCHATTER_SERVICE_ASKED: Probe[] = [
  ['group', '请问代配药最多能配几盒', 'none'],
  ['group', '请问配药一次可以配多久的量', 'none'],
  ['group', '请问配药可以配几个月的量', 'none'],
  ['group', '代配药需要提供什么材料', 'none'],
  ['group', '请问进口药也能代配吗', 'none'],
  ['group', '配药可以配中药吗', 'none'],
  ['group', '请问处方药能代配吗 还是只能配非处方的', 'none'],
  ['group', '代配药要准备哪些东西', 'none'],
  ['group', '中成药可以代配伐', 'none'],
  ['group', '一次最多可以开几盒', 'none'],
  ['group', '请问代配的话 一次最多可以开几盒', 'none'],
  ['group', '外地的药也能代配吗', 'none'],
  ['group', '降压药能不能代配 我妈要两盒', 'medicine', 'items=降压药;qty=2'],
  ['group', '能帮我配两盒降压药吗', 'medicine', 'items=降压药;qty=2'],
  ['group', '我爸的中药吃完了 能代配吗', 'medicine', 'items=中药;days=0'],
];

// Set 3: a notice relayed, its 要配药的 everyone's, with words between it and where to report (「要配药的明天中午前报到楼组长那里」,
// 「需要配慢病药的居民 请把药名和数量发给楼长」, 「要开药的人家 礼拜三之前把单子放门卫」), and advice to report before running out
// (「药吃完之前一个礼拜就要报」). The fix: two more words of announcement in `ANNOUNCED` (commands/medicine/recognise.ts); a form filled in
// after the notice (a name, its count and the door) still asks. Near misses kept: the notice with one's own medicine and count
// beside it, the form filled in, one's own medicine asked whether it can still be reported.
// Read right before the change: 4/11. After: 11/11.
export const ROUND_17_MEDCHATTER_NOTICE_RELAYED: Probe[] = [
  ['group', '居委说明天统一配药 要配的今晚十点前报名', 'none'],
  ['group', '居委刚通知 要配药的明天中午前报到楼组长那里', 'none'],
  ['group', '转一下 需要配慢病药的居民 请把药名和数量发给楼长', 'none'],
  ['group', '药吃完之前一个礼拜就要报 不然来不及', 'none'],
  ['group', '楼长讲 要开药的人家 礼拜三之前把单子放门卫', 'none'],
  ['group', '需要配降压药的邻居 周五前私聊志愿者', 'none'],
  ['group', '刚刚居委讲 要配药额人家 今朝夜里八点前报到楼组长', 'none'],
  ['group', '转发: 需要代配药的居民 请于周三前联系楼组长登记', 'none'],
  ['group', '居委说明天统一配药 我妈的二甲双胍要两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['group', '要配药的明天中午前报 我报一个 降压药两盒 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['group', '我爸要配的降压药 今天能报吗 只剩一天了', 'medicine', 'items=降压药;days=1'],
];

// Set 4: a count that is a price or a purchase done (「一盒布洛芬要六十」, 「一瓶美林现在要八十多」, 「卖到一百二一盒」, 「排了三个小时才买到
// 两盒布洛芬」, Cantonese 「先買到一盒」), and thanks for what was brought, named after 的 (「感谢小李帮我爸带的胰岛素」): read as a counted
// request. The fix: the price with the name between in `ABOUT`, 买到 with a count in `BOUGHT`, 帮…带的 after thanks in `RECEIVED`
// (commands/medicine/recognise.ts). Near misses kept: a price said beside a child's fever and asking around, a new request after the
// thanks, a shop that has none beside a request.
// Read right before the change: 2/12. After: 12/12.
export const ROUND_17_MEDCHATTER_PRICE_AND_PURCHASE: Probe[] = [
  ['group', '药价涨得太离谱了 一盒布洛芬要六十', 'none'],
  ['group', '网上连花清瘟卖到一百二一盒', 'none'],
  ['group', '一瓶美林现在要八十多', 'none'],
  ['group', '琴日喺藥房排咗兩個鐘先買到一盒退燒藥', 'none'],
  ['group', '排了三个小时才买到两盒布洛芬', 'none'],
  ['group', '感谢小李帮我爸带的胰岛素', 'none'],
  ['group', '多谢小张帮我们带的降压药', 'none'],
  ['group', '昨天排了两个钟头 总算买到一盒布洛芬', 'none'],
  ['group', '一板感冒药居然卖到三十五', 'none'],
  ['group', '一盒布洛芬要六十也得买 孩子烧到39度了 谁家有', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '谢谢小李帮我爸带的胰岛素。我妈的降压药也要两盒 能再带吗', 'medicine', 'items=降压药;qty=2'],
  ['group', '药店买不到 谁能帮忙买两盒布洛芬', 'medicine', 'items=布洛芬;qty=2'],
];

// Set 5: an offer said as a question who wants it, then the writer's spare (「有人要布洛芬吗 我这多一盒」, 「边个要必理痛 我屋企多咗两盒」,
// "anyone need ibuprofen? I've got an extra box"), what one has and can give said last (「我有两瓶美林可以给」), and a pharmacy's word
// relayed privately (「药店说布洛芬明天才有」): read as a request. The fix: `KEPT_OR_OFFERED` (talk.ts), `SPARE`, `WHO_WANTS_MINE`, a
// shop's word in `CONTEXT` (recognise.ts). Near misses kept: no stock at the shop and asking to borrow, asking who has some, the
// shop's word with a request after it.
// Read right before the change: 4/10. After: 10/10.
export const ROUND_17_MEDCHATTER_OFFERED_AND_HEARD: Probe[] = [
  ['group', '有人要布洛芬吗 我这多一盒', 'none'],
  ['group', '谁家孩子发烧了 我有两瓶美林可以给', 'none'],
  ['group', '边个要必理痛 我屋企多咗两盒', 'none'],
  ['private', '药店说布洛芬明天才有', 'none'],
  ['group', '药房的人讲 降压药下礼拜到', 'none'],
  ['group', '有没有人要退烧贴 我家里多了一盒', 'none'],
  ['group', "anyone need ibuprofen? I've got an extra box", 'none'],
  ['group', '药店说布洛芬没货了 谁家有多的借两粒', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '谁家有布洛芬 我这没有了 孩子发烧', 'medicine', 'items=布洛芬;days=0'],
  ['private', '药店说布洛芬明天才有 你们能帮我买一盒吗', 'medicine', 'items=布洛芬;qty=1'],
];

// Set 6: two medicines compared (「布洛芬和对乙酰氨基酚有什么区别」, 「必理痛同布洛芬有咩分别」, "what's the difference between panadol
// and ibuprofen?"), privately asked as a bare name would be, and how the service hands it over asked (「是送到家门口还是要自己去拿」) or a
// receipt asked of it (「能不能开发票」, 「可以开收据吗」): read as a request or asked about one. The fix: compared in `ABOUT`, 开 before 发票/收据
// is no prescribing in `ASK` (commands/medicine/recognise.ts), the hand-over asked as a choice in `SERVICE_ASKED` (talk.ts). Near misses
// kept: a private request by name and count, one's own run out, a request asked with 能不能.
// Read right before the change: 7/13. After: 13/13.
export const ROUND_17_MEDCHATTER_COMPARED_AND_ASKED_OF_IT: Probe[] = [
  ['private', '布洛芬和对乙酰氨基酚有什么区别', 'none'],
  ['private', '阿司匹林和氯吡格雷有啥不一样', 'none'],
  ['group', '降压药和利尿剂有什么区别', 'none'],
  ['group', '必理痛同布洛芬有咩分别', 'none'],
  ['private', "what's the difference between panadol and ibuprofen?", 'none'],
  ['group', '配好的药是送到家门口还是要自己去拿', 'none'],
  ['group', '代配的药送上门还是自己下楼取', 'none'],
  ['group', '代配药能不能开发票', 'none'],
  ['group', '配药可以开收据吗 单位要报销', 'none'],
  ['group', '美林和泰诺林哪个好', 'none'],
  ['private', '对乙酰氨基酚吃完了 帮我配一盒', 'medicine', 'items=对乙酰氨基酚;qty=1;days=0'],
  ['group', '我妈的降压药吃完了 能不能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['private', '氨氯地平 两盒', 'medicine', 'items=氨氯地平;qty=2'],
];

// Set 7: hoarding warned against (「别囤药了 留给需要的人」, 「唔好囤藥啦 留俾有需要嘅人」, 「覅囤药了」), a medicine given away with 把 and its
// count (「我把家里多的一盒降压药给了对门阿婆」, 「把两盒退烧药送给楼下小孩了」), and a handout per household (「每户两盒连花清瘟」, 「每人发两包
// 板蓝根」): read as a request. The fix: words of warning in `ANNOUNCED` (recognise.ts), given away and handed out in `COUNT_HAD` (talk.ts,
// read only when nothing is asked and nothing runs out). Near misses kept: 每人一盒 in one's own count asked for, one's own run out after
// giving one's stock away, asking around for a child's fever.
// Read right before the change: 7/13. After: 13/13.
export const ROUND_17_MEDCHATTER_GIVEN_AND_HANDED_OUT: Probe[] = [
  ['group', '别囤药了 够吃就行 留给需要的人', 'none'],
  ['group', '大家不要囤布洛芬 留给更需要的人家', 'none'],
  ['group', '唔好囤藥啦 留俾有需要嘅人', 'none'],
  ['group', '覅囤药了 够吃就好', 'none'],
  ['group', '我把家里多的一盒降压药给了对门阿婆', 'none'],
  ['group', '昨天把两盒退烧药送给楼下小孩了', 'none'],
  ['group', '我把一板布洛芬借给隔壁了', 'none'],
  ['group', '发药了 每户两盒连花清瘟 在门口', 'none'],
  ['group', '居委每户发了一盒布洛芬 大家记得下楼拿', 'none'],
  ['group', '社区每人发两包板蓝根 已经放在各楼门口', 'none'],
  ['group', '我家三口人 每人一盒 帮忙配三盒布洛芬', 'medicine', 'items=布洛芬;qty=3'],
  ['group', '我把家里的降压药都给了我爸 现在我自己的也吃完了 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '谁有多的布洛芬 我家孩子发烧38度5', 'medicine', 'items=布洛芬'],
];
