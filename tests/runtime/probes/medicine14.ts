/**
 * Round 14 probes (medicine14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the stock said as the last day it reaches — 「只剩明天的了」, 「只够明天」, 「只有后天的量」, Wu 明朝, Cantonese 得返/只夠後日,
// "only lasts through tomorrow" — is the days left counted to that day (tomorrow 1, the day after 2, the one after that 3), as
// 「够吃到明天」 already was; the same words of a sign-up, a test or a volunteer's free day count nothing.
// Read right before the change: 4/12. After: 12/12.
export const ROUND_14_MEDICINE_LAST_DAY_REACHED: Probe[] = [
  ['private', '我爸的降压药只剩明天的了 麻烦帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=1'],
  ['group', '氨氯地平只够明天 谁能帮忙带一盒 8号楼602', 'medicine', 'items=氨氯地平;qty=1;days=1;door=8-602'],
  ['private', '阿拉姆妈额胰岛素只剩明朝了 劳驾配两支', 'medicine', 'items=胰岛素;qty=2;days=1'],
  ['group', '我老豆嘅降壓藥得返聽日 唔該邊位幫手配一盒', 'medicine', 'items=降压药;qty=1;days=1'],
  ['group', '二甲雙胍只有後天的量了 有人能幫忙配嗎', 'medicine', 'items=二甲双胍;days=2'],
  ['private', '优甲乐只剩大后天的了 帮我配一盒', 'medicine', 'items=优甲乐;qty=1;days=3'],
  ['private', "Dad's metformin only lasts through tomorrow, could someone grab a box", 'medicine', 'items=metformin;qty=1;days=1'],
  ['group', '缬沙坦只够后天了 帮忙配２盒 ３号楼１０１', 'medicine', 'items=缬沙坦;qty=2;days=2;door=3-101'],
  ['group', '团购只剩明天一天可以报名了 大家抓紧', 'none'],
  ['group', '核酸只剩明天上午了 后天就不做了', 'none'],
  ['group', '志愿者只剩明天有空 后天要回单位上班', 'none'],
  ['group', 'The pharmacy is only open through tomorrow, then closed for the weekend', 'none'],
];

// Set B: 吃完 (食完, Wu 吃好) before a meal — 吃完早饭, 吃完饭, 食完晏, 吃完夜饭 — is "after eating", when a medicine is taken, never
// the medicine run out; a medicine eaten up (「胰岛素打完了」, 「二甲双胍吃完了 吃饭前要吃的」) still is.
// Read right before the change: 6/10 (one more failed for 伊每顿 read as a name: Wu 伊 before 每顿/每餐 is the pronoun, as before 每天, in src/kernel/dialect.ts). After: 10/10.
export const ROUND_14_MEDICINE_AFTER_A_MEAL: Probe[] = [
  ['group', '阿卡波糖是吃完饭吃还是饭前吃 有人晓得伐', 'none'],
  ['group', '我婆婆每天吃完午饭才吃降压药 这样可以吗', 'none'],
  ['group', '醫生話二甲雙胍要食完飯先食 唔好空肚', 'none'],
  ['group', 'Grandpa always takes his aspirin after dinner, is that OK or should it be before?', 'none'],
  ['group', '阿拉爷叔吃完夜饭吃一粒氨氯地平 吃了三年了', 'none'],
  ['group', '左甲状腺素钠是不是要空腹 我爸都是吃完早餐才吃的', 'none'],
  ['private', '二甲双胍吃完了 伊每顿吃完饭都要吃 帮伊配两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '胃药吃完了 吃完饭就胃痛 谁能帮忙配一盒 9号楼201', 'medicine', 'items=胃药;qty=1;days=0;door=9-201'],
  ['private', '我妈的格列美脲都吃完了 她吃完晚饭才发现 麻烦配两盒', 'medicine', 'items=格列美脲;qty=2;days=0'],
  ['group', "My mum finished her metformin, she takes it after dinner, could someone get 2 boxes", 'medicine', 'items=metformin;qty=2;days=0'],
];

// Set C: a request said as for whom and how much — 给 + the person + 配/带/买/拿/弄 + 点/些 (「给我外公配点丹参滴丸」, Cantonese 給…帶啲)
// — asks, as 帮…配 does; and English "looking for X" (still looking for, I'm looking for) asks for X. The writer doing it
// (「我来给阿婆带点药」, 「我给我妈配了点」), someone asking who is looking ("Anyone looking for a spare…? I have two"), volunteers looked
// for, and "if you are looking for…" ask for nothing.
// Read right before the change: 7/14. After: 14/14.
export const ROUND_14_MEDICINE_FOR_WHOM_AND_LOOKING_FOR: Probe[] = [
  ['group', '给我外公配点丹参滴丸 6号楼301', 'medicine', 'items=丹参滴丸;door=6-301'],
  ['group', '給阿嫲帶啲板藍根 佢喉嚨有啲痛', 'medicine', 'items=板蓝根'],
  ['group', '给小孩买些退热贴 他有点烧 8号楼502', 'medicine', 'items=退热贴;door=8-502'],
  ['private', '给我老婆配点叶酸 她怀孕了', 'medicine', 'items=叶酸'],
  ['group', '给隔壁阿婆拿点创可贴 伊手划破了', 'medicine', 'items=创可贴'],
  ['group', 'Looking for metformin for my mum, she ran out yesterday', 'medicine', 'items=metformin;days=0'],
  ['group', 'Still looking for cetirizine for my son, anyone going to the pharmacy?', 'medicine', 'items=cetirizine'],
  ['private', "I'm looking for ibuprofen for my husband, he has a bad toothache", 'medicine', 'items=ibuprofen'],
  ['group', '我给我妈配了点降压药 下礼拜再去', 'none'],
  ['group', '我来给阿婆带点药 顺路的', 'none'],
  ['group', 'Anyone looking for a spare thermometer? I have two unopened', 'none'],
  ['group', 'Looking for volunteers with a car to fetch medicine from the hospital on Friday', 'none'],
  ['group', 'If you are looking for paracetamol, the pharmacy at the gate has some', 'none'],
  ['group', 'Found the box of aspirin I was looking for, never mind everyone', 'none'],
];
