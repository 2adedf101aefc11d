/**
 * Round 15 probes (grave15): emergencies read on the wrong rung — a present danger whose sign comes after the person's
 * state or place (倒在 said the other way round, one's own person lying down and not answering, Cantonese 瞓喺地下唔郁,
 * a pregnancy told by its month), and the uncertain middle in a low-grade worry now (water that will not pass, a sugar
 * far too high, an old person's fever with no appetite). Sentences of the writer's own, written before each change, in
 * sets by reason, with near misses. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: one's own person down and not answering, the place said first (「我爸在浴室里倒了」, 「我老公躺在地上叫不应」,
// Cantonese 「瞓喺地下唔郁」): a page. UNCERTAIN's 「躺在地上…叫他不应」 (for a stranger seen in a stairwell) hedged it even
// when the one lying there is the writer's own. Near misses: a stranger seen lying there stays asked; water poured in a
// bathroom, a cabinet that fell over, someone asleep on the sofa, a child napping on the floor mat stay nothing.
// The fix: in commands/emergency — a room said before 倒了 and 睡/瞓在地上 in the unconscious sign (signs.ts); an uncertain
// observation about one's own people (OURS) is no hedge (uncertainBeside, recognise.ts).
// Read right before the change: 9/13. After: 13/13.
export const GRAVE_15_OWN_DOWN_NOT_ANSWERING: Probe[] = [
  ['group', '我老公躺在地上叫不应', 'emergency'],
  ['group', '我妈躺在卫生间地上 叫她也不应 快来人', 'emergency'],
  ['group', '我爸在浴室里倒了 门反锁着 打不开', 'emergency'],
  ['group', '我妈在卫生间里倒了 门从里面锁着', 'emergency'],
  ['group', '外婆在厨房倒下了 3号楼201', 'emergency', 'door=3-201'],
  ['group', '我老豆瞓喺地下唔郁', 'emergency'],
  ['group', '阿爷睡在地上不动 叫他没反应', 'emergency'],
  // Round 17 (emergency17, ROUND_17_EMERGENCY_SEEN_DOWN): a stranger seen lying and called without answer now pages, as the lead
  // asked; with drink or a doubt named (「叫他不应 好像喝醉了」) it stays asked.
  ['group', '楼道里躺着一个老伯 叫他不应', 'emergency'],
  ['group', '楼道里躺着一个老伯 叫他不应 好像喝醉了', 'emergency.ask'],
  ['group', '卫生间里倒了一地的水 滑得要命', 'none'],
  ['group', '厨房里倒了点油 拖了半天', 'none'],
  ['group', '我家柜子倒了 还好没砸到人', 'none'],
  ['group', '孩子睡在地垫上 一下午没动 睡得好香', 'none'],
  ['group', '我老公躺在沙发上叫他也不理 在打游戏', 'none'],
];

// Set 2: bleeding in pregnancy told by the month or the week (「孕八个月 出血了」, 「怀着二胎 七个月 流血了」): a page, as
// 怀孕…出血 already is. Near misses: a pregnancy told with no sign, a nosebleed of a pregnant neighbour's own told as past,
// a question about what bleeding in pregnancy means. The fix: the pregnancy sign in signs.ts reads 孕N个月 / 孕N周 / 怀着.
// Read right before the change: 5/8. After: 8/8.
export const GRAVE_15_PREGNANCY_BY_MONTH: Probe[] = [
  ['group', '老婆肚子痛得厉害 孕八个月 出血了', 'emergency'],
  ['group', '我媳妇孕32周 突然出血 9号楼', 'emergency'],
  ['group', '我女儿怀着孩子 七个月了 现在流血了', 'emergency'],
  ['group', 'my wife is 8 months pregnant and she is bleeding', 'emergency'],
  ['group', '我老婆孕八个月了 想买点孕妇奶粉', 'none'],
  ['group', '孕期出血是怎么回事 有懂的吗', 'none'],
  ['group', '楼上孕妇上周出血 已经在医院保胎了 现在稳定', 'none'],
  ['group', '孕三十周 产检要去哪个医院', 'none'],
];

// Set 3: the uncertain middle in a low-grade worry now: water that will not pass with a swollen belly, a sugar of twenty
// and more with thirst, an old person's fever of 38.5 and over who will not eat. Asked, not silence. Near misses: a
// sugar meter's price, a sugar of old told as settled, a child's fever with spirits good, 尿不湿, a dog's cough.
// The fix: LOW_GRADE_NOW (in MILD) in commands/emergency/signs.ts.
// Read right before the change: 6/12. After: 12/12.
export const GRAVE_15_LOW_GRADE_NOW: Probe[] = [
  ['group', '外公尿不出来 肚子胀 很难受', 'emergency.ask'],
  ['group', '我爸一下午都尿不出 小肚子鼓起来了', 'emergency.ask'],
  ['group', '我妈血糖22 口很干', 'emergency.ask'],
  ['group', '老头子血糖测出来25.6 一直想喝水', 'emergency.ask'],
  ['group', '外婆发烧38度8 不肯吃东西', 'emergency.ask'],
  ['group', 'my grandma has a fever of 38.9 and isn\'t eating', 'emergency.ask'],
  ['group', '奶奶烧到38.6 一天没吃东西了', 'emergency.ask'],
  ['group', '血糖试纸22块一盒 有人要吗', 'none'],
  ['group', '宝宝尿不湿快用完了 哪里能买', 'none'],
  ['group', '我奶奶有点发烧 精神还行', 'none'],
  ['group', '我家狗一直咳 有点喘', 'none'],
  ['group', '去年我爸血糖到过20 现在控制得很好', 'none'],
];

// Set 4: a present danger told in English with the state after the person: slumped in a chair and not answering, a chest
// that is crushing, a baby really floppy, speech jumbled (her words all jumbled), a grandparent's pills eaten by a child.
// A page. Near misses: slumped on the sofa after work, a crushing week, a floppy hat, the notice's words jumbled, pills
// taken to the pharmacy. The fix: the unconscious, chest, stroke and poison signs in commands/emergency/signs.ts; MILD's
// floppy is not a hat, UNCERTAIN's 'not answering' not the writer's 'any more' (two near misses that were asked before).
// Read right before the change: 3/12. After: 12/12.
export const GRAVE_15_ENGLISH_STATE_AFTER: Probe[] = [
  ['group', "he's slumped in his chair and not answering me", 'emergency'],
  ['group', 'grandpa is slumped on the sofa and won\'t answer, 4-302', 'emergency', 'door=4-302'],
  ['group', 'my mum rang from 7-1102, says her chest is crushing and her arm is numb', 'emergency', 'door=7-1102'],
  ['group', 'my baby has a fever of 39 and is really floppy', 'emergency'],
  ['group', 'my dad sounds drunk but he never drinks, his words are all jumbled', 'emergency'],
  ['group', "my son ate some of grandma's pills, not sure how many", 'emergency'],
  ['group', "my toddler swallowed some of her grandpa's tablets", 'emergency'],
  ['group', 'slumped on the sofa after that shift, not answering any more messages tonight', 'none'],
  ['group', 'what a crushing week, the queue for testing was endless', 'none'],
  ['group', 'the words in this notice are all jumbled, can someone translate', 'none'],
  ['group', "I took grandma's pills back to the pharmacy to swap them", 'none'],
  ['group', 'bought a floppy hat for the baby, so cute', 'none'],
];

// Set 5: a fall or a knock on the head, then vomiting or sleepiness now (「摔了一跤 现在一直在吐」, Cantonese 「撞到頭 而家好眼瞓」,
// 「磕到头了 一直想睡觉」): a page, as 撞到头…吐 already is. Near misses: a fall told with its end (没事了), a child sleepy at
// bedtime, 吐槽 of a fall in a game. The fix: 在 allowed before 吐 in the fall sign, and sleepiness words in the head sign.
// Read right before the change: 4/7. After: 7/7.
export const GRAVE_15_FALL_THEN_VOMIT_OR_SLEEPY: Probe[] = [
  ['group', '外婆摔了一跤 现在一直在吐', 'emergency'],
  ['group', '阿嫲喺屋企跌倒 撞到頭 而家好眼瞓', 'emergency'],
  ['group', '我爸下楼梯摔了 磕到头了 现在一直犯困', 'emergency'],
  ['group', '孩子从床上摔下来撞到头 不停在吐', 'emergency'],
  ['group', '我妈昨天摔了一跤 磕到头 今天去医院查了没事了', 'none'],
  ['group', '孩子玩了一天 现在一直犯困 早点睡了', 'none'],
  ['group', '打游戏又摔下去了 一直在吐槽队友', 'none'],
];
