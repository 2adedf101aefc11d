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
// The fix: in commands/emergency — DOWN_IN_A_ROOM and 睡/瞓在地上 in the unconscious sign (signs.ts); an uncertain
// observation about one's own people (OURS) is no hedge (uncertainBeside, recognise.ts).
// Read right before the change: x/n. After: n/n.
export const GRAVE_15_OWN_DOWN_NOT_ANSWERING: Probe[] = [
  ['group', '我老公躺在地上叫不应', 'emergency'],
  ['group', '我妈躺在卫生间地上 叫她也不应 快来人', 'emergency'],
  ['group', '我爸在浴室里倒了 门反锁着 打不开', 'emergency'],
  ['group', '我妈在卫生间里倒了 门从里面锁着', 'emergency'],
  ['group', '外婆在厨房倒下了 3号楼201', 'emergency'],
  ['group', '我老豆瞓喺地下唔郁', 'emergency'],
  ['group', '阿爷睡在地上不动 叫他没反应', 'emergency'],
  ['group', '楼道里躺着一个老伯 叫他不应', 'emergency.ask'],
  ['group', '卫生间里倒了一地的水 滑得要命', 'none'],
  ['group', '厨房里倒了点油 拖了半天', 'none'],
  ['group', '我家柜子倒了 还好没砸到人', 'none'],
  ['group', '孩子睡在地垫上 一下午没动 睡得好香', 'none'],
  ['group', '我老公躺在沙发上叫他也不理 在打游戏', 'none'],
];

// Set 2: bleeding in pregnancy told by the month or the week (「孕八个月 出血了」, 「怀着二胎 七个月 流血了」): a page, as
// 怀孕…出血 already is. Near misses: a pregnancy told with no sign, a nosebleed of a pregnant neighbour's own told as past,
// a question about what bleeding in pregnancy means. The fix: the pregnancy sign in signs.ts reads 孕N个月 / 孕N周 / 怀着.
// Read right before the change: x/n. After: n/n.
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
// Read right before the change: x/n. After: n/n.
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
