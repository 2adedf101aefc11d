/**
 * Round 15 probes (medfields15): the fields of a medicine request — items, qty, days — written by the helper before each change,
 * in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts; ../understand-rounds.test.ts plays them.
 */
export type Probe = [string, string, string, string?];

// Set A: how much or how, said where a name would stand before the count — 至少/最少/起码 两盒, 最好/尽量 两盒, 照旧/老样子/照常 两盒 —
// is no second medicine: it is a hedge on the count or "as before". A name the lexicon lacks said before its count is still read.
// A count in 廿 (twenty, Shanghai) is a count, not a name.
// Fix: NOT_BY_PLACE and plausible() in commands/medicine/mentions.ts. Read right before the change: 6/12. After: 12/12.
export const ROUND_15_MEDFIELDS_HOW_MUCH_IS_NO_NAME: Probe[] = [
  ['private', '降压药能配几盒配几盒 至少两盒', 'medicine', 'items=降压药;qty=2'],
  ['group', '阿托伐他汀 最少配三盒 ９号楼６０１', 'medicine', 'items=阿托伐他汀;qty=3;door=9-601'],
  ['private', '二甲雙胍 起碼兩盒 唔該', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '帮阿拉爷叔配氨氯地平 最好两盒', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '格列美脲快吃完了 尽量帮我配三盒', 'medicine', 'items=格列美脲;qty=3;days=0'],
  ['private', '我妈的缬沙坦 照旧两盒 谢谢', 'medicine', 'items=缬沙坦;qty=2'],
  ['private', '老头子的拜新同 老样子 两盒', 'medicine', 'items=拜新同;qty=2'],
  ['private', '氯吡格雷 照常配一盒 还有五天', 'medicine', 'items=氯吡格雷;qty=1;days=5'],
  ['private', '阿拉姆妈额降糖药 廿粒就够了', 'medicine', 'items=降糖药;qty=20'],
  ['private', '帮我配 舒思敏 两盒', 'medicine', 'items=舒思敏;qty=2'],
  ['private', '我要两盒益安宁', 'medicine', 'items=益安宁;qty=2'],
  ['group', '至少两盒才够吃一个月 大家配药别配太少', 'none'],
];

// Set B: the days a medicine still holds, said as how long it can be stretched — 撑不过三天, 熬不过两天, 只能再打两天, 顶多再食三日,
// 还能坚持三天, Cantonese 仲食得三日 —, about ten days (十几天 is ten, as 十来天), and 断顿 (run out, northern talk) as none left.
// How long it has been taken, or a course the doctor set, is no stock. (A week and more, 一个多星期 → 7, was read too but fell a
// sealed file's chatter — a stock of over a week said with nothing asked — and was taken out with its two probes.)
// Fix: the days patterns in commands/medicine/days.ts. Read right before the change: 5/12. After: 12/12.
export const ROUND_15_MEDFIELDS_DAYS_IT_HOLDS: Probe[] = [
  ['group', '我妈的降压药撑不过三天了 谁能帮忙配两盒 ５号楼３０２', 'medicine', 'items=降压药;qty=2;days=3;door=5-302'],
  ['group', '降糖药熬不过两天了 求配两盒', 'medicine', 'items=降糖药;qty=2;days=2'],
  ['group', '胰岛素只能再打两天了 帮忙配两支', 'medicine', 'items=胰岛素;qty=2;days=2'],
  ['group', '華法林頂多再食三日 邊位幫手配一盒', 'medicine', 'items=华法林;qty=1;days=3'],
  ['group', '降糖药还能坚持三天 有志愿者能帮配一盒吗', 'medicine', 'items=降糖药;qty=1;days=3'],
  ['private', '阿婆嘅降壓藥仲食得三日 幫佢配兩盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['group', '降压药还有十几天 先报一下 配两盒', 'medicine', 'items=降压药;qty=2;days=10'],
  ['group', '俺爹的降压药断顿了 谁能帮配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['private', '降压药吃了十几天了 头还是晕 帮配两盒', 'medicine', 'items=降压药;qty=2'],
  ['private', '医生说阿莫西林再吃三天就可以停 帮我配一盒布洛芬', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '封控再这样下去真的撑不过三天了 菜都没了', 'none'],
  ['group', '坚持吃了三天中药 咳嗽好多了', 'none'],
];

// Set C: English days a supply holds, said as stretching it — "I can stretch my lipitor for 2 more days", "good for another 4 days",
// "3 days tops", "only 2 days of metformin to go", "will see me through 3 more days". How long one has been ill or taking it is not
// ("the fever has gone on for 2 days" was read as two days left).
// Fix: the English days patterns in commands/medicine/days.ts. Read right before the change: 1/9. After: 8/9, and 9/9 with set D's
// change ("1 more box" is a count).
export const ROUND_15_MEDFIELDS_EN_DAYS_STRETCHED: Probe[] = [
  ['group', 'I can stretch my lipitor for 2 more days, need 1 box', 'medicine', 'items=lipitor;qty=1;days=2'],
  ['group', 'metformin good for another 4 days, need 2 boxes', 'medicine', 'items=metformin;qty=2;days=4'],
  ['private', 'amlodipine: 3 days tops. 2 boxes please', 'medicine', 'items=amlodipine;qty=2;days=3'],
  ['private', 'only 2 days of metformin to go, need 2 boxes', 'medicine', 'items=metformin;qty=2;days=2'],
  ['private', 'Mum\'s eliquis will see her through 3 more days, could someone get 2 boxes', 'medicine', 'items=eliquis;qty=2;days=3'],
  ['group', 'my insulin is good for maybe five days, need 2 pens. 8-1101', 'medicine', 'items=insulin;qty=2;days=5;door=8-1101'],
  ['private', 'been on amoxicillin for 3 days, need 1 more box', 'medicine', 'items=amoxicillin;qty=1'],
  ['group', 'the fever has gone on for 2 days, any ibuprofen? 1 box', 'medicine', 'items=ibuprofen;qty=1'],
  ['group', 'the vouchers are good for another 4 days, use them', 'none'],
];

// Set D: counts in the words residents use for a pack — 排 (a blister strip, as 板), "a couple boxes" (two), "two or three boxes" (its
// lower end, as 两三盒). Stock said in strips (「还有一排」) is no count asked for; 排队 is a queue.
// Fix: HERBAL and EN_QUANTITY in commands/medicine/items.ts. Read right before the change: 4/9. After: 9/9.
export const ROUND_15_MEDFIELDS_COUNTS_BY_STRIP: Probe[] = [
  ['group', '氨氯地平帮我配三排 ５号楼３０２', 'medicine', 'items=氨氯地平;qty=3;door=5-302'],
  ['group', '谁去药店 帮带两排布洛芬', 'medicine', 'items=布洛芬;qty=2'],
  ['private', '幫我配兩排阿莫西林', 'medicine', 'items=阿莫西林;qty=2'],
  ['group', 'need a couple boxes of ibuprofen, 12-702', 'medicine', 'items=ibuprofen;qty=2;door=12-702'],
  ['private', 'could you get two or three boxes of panadol', 'medicine', 'items=panadol;qty=2'],
  ['private', '二甲双胍还有一排 帮我配两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '硝苯地平只剩一排了 帮我配点', 'medicine', 'items=硝苯地平'],
  ['group', '药店门口排了两排队 布洛芬还是没有', 'none'],
  ['private', 'need a couple of boxes of metformin', 'medicine', 'items=metformin;qty=2'],
];
