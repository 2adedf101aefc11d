/**
 * Round 14 probes (noticed14b, helper noticed2): misreads the round's other helpers found with their own probes and left
 * ("Noticed and left" in docs/understanding.md's Round 14 sections), each turned into a set of fresh sentences.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set A: thanks said first (感谢志愿者送菜送药, 辛苦了, 多謝, "thanks to the volunteers") neither makes a request nor hides an offer: what
// was delivered in the thanks is no medicine asked for, and 「有什么能帮上的请跟我们讲」 after it offers help; the writer's own trade and
// 有需要找我 after the thanks still offer. A request of one's own after the thanks still asks.
// Read right before the change: 6/10. After: 10/10.
export const ROUND_14_NOTICED_THANKS_FIRST: Probe[] = [
  ['group', '谢谢志愿者每天送菜送药 我家有什么帮得上的请跟我讲', 'none'],
  ['group', '多謝義工幫我哋送藥 有咩幫得上嘅請同我哋講', 'none'],
  ['group', '真心感谢大白们送药上门 阿拉屋里有啥能帮上额侬讲一声', 'none'],
  ['group', '感谢楼组长帮忙配药 辛苦了🙏', 'none'],
  ['group', '谢谢志愿者辛苦了 我是医生 有需要可以找我', 'volunteer', 'skills=doctor'],
  ['group', '感謝大家辛苦 我以前開過出租車 需要的話叫我', 'volunteer', 'skills=driver'],
  ['group', '多谢志愿者送药辛苦 本人药剂师 有用药问题可以找我', 'volunteer', 'skills=pharmacist'],
  ['group', 'Thanks to the volunteers for the medicine runs! I am a nurse, message me if anyone needs help', 'volunteer', 'skills=nurse'],
  ['group', '感谢志愿者送菜 我妈的降压药只剩两天了 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
  ['group', '谢谢大家 我家布洛芬吃完了 有多的能分我一盒吗', 'medicine', 'items=布洛芬;qty=1;days=0'],
];

// Set B: a person of a trade who phoned, told or messaged the writer (护士打电话给我说…, 医生跟我讲…, 司机发消息给我, "the nurse called me")
// is relayed speech: that trade is not the writer's skill. The writer's own trade with a call on them (我是护士 有事打电话给我) still offers.
// Read right before the change: 4/9. After: 9/9.
export const ROUND_14_NOTICED_TRADE_RELAYED: Probe[] = [
  ['group', '医生打电话给我说复查推迟到下礼拜了', 'none'],
  ['group', '社区护士刚打电话给我 讲明天上门打疫苗', 'none'],
  ['group', '司機打電話俾我話菜到咗門口', 'none'],
  ['group', '快递小哥打电话给我说放在门卫了', 'none'],
  ['group', '药剂师打电话给我讲阿拉爷叔额药换了牌子', 'none'],
  ['group', 'The nurse called me to say the test is moved to tomorrow', 'none'],
  ['group', '我是护士 有事打电话给我', 'volunteer', 'skills=nurse'],
  ['group', '本人医生 谁家老人不舒服可以打电话给我', 'volunteer', 'skills=doctor'],
  ['group', '我有车 要去医院的打电话给我就行', 'volunteer', 'skills=driver'],
];

// Set C: a request taken back as a joke at its end (哈哈开玩笑, 开玩笑的, 讲讲白相额, 講笑啫, jk, just kidding) asks for nothing; a joke
// denied (不是开玩笑, 没开玩笑) or one taken back before the real request still asks.
// Read right before the change: 3/9 (the last two guards, added after: 2/2). After: 11/11.
export const ROUND_14_NOTICED_JOKE_TAKEN_BACK: Probe[] = [
  ['group', '天天看群消息看得头疼 谁有多的布洛芬 哈哈开玩笑', 'none'],
  ['group', '团长再发团购我就要吃降压药了 谁分我两片 开玩笑的', 'none'],
  ['group', '看到接龙就血压高 谁家有多的降压药 讲讲白相额', 'none'],
  ['group', '睇到團購價錢就頭痛 邊個有多嘅止痛藥 講笑啫', 'none'],
  ['group', 'reading this chat gives me a headache, anyone got spare paracetamol? jk 😂', 'none'],
  ['group', 'need some melatonin after this group buy drama lol just kidding', 'none'],
  ['group', '不是开玩笑 我的降压药真的只剩一天了 谁能帮忙配一盒', 'medicine', 'items=降压药;qty=1;days=1'],
  ['group', '开个玩笑 不过我的布洛芬真的吃完了 谁有多的分我一盒', 'medicine', 'items=布洛芬;qty=1;days=0'],
  ['group', '没开玩笑 谁家有多的止痒膏 孩子痒得睡不着', 'medicine', 'items=止痒膏'],
  ['group', '谁有多的退烧药 孩子烧到39度了 真的不是开玩笑', 'medicine', 'items=退烧药'],
  ['group', "anyone have a spare inhaler? mine is empty, no kidding", 'medicine', 'items=inhaler;days=0'],
];
