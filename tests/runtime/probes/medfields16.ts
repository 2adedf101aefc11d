/**
 * Round 16 probes (medfields16): the fields of a medicine request read with the right intent — items, qty, days — written by the
 * helper before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts;
 * ../understand-rounds.test.ts plays them.
 */
export type Probe = [string, string, string, string?];

// Set A: the name's own form, its maker's name or a word of how soon read as a second medicine (or as the only one). A form said
// after a name as 片剂 (「氨氯地平 片剂」) or in brackets (「二甲双胍（缓释片）」); an insulin named by its pen then its brand
// (「胰岛素笔 来得时」, as 胰岛素笔芯 and 胰岛素针 already were); an insulin's generic with its brand in brackets (「甘精胰岛素（来得时）」);
// 眼看/看样子 before running out read as the name. Near misses: two medicines each with its count stay two; a pen's needles are
// one supply; 眼看 in chatter stays chatter.
// Fix: FORM_AFTER (with brackets and 片剂) and CLASS_WITH_FORM (笔, 注射笔) in commands/medicine/mentions.ts; the insulins in BRAND_OF
// (commands/medicine/lexicon.ts); 眼看, 看样子… in NOT_BY_PLACE (mentions.ts). Read right before the change: 6/15. After: 15/15.
export const ROUND_16_MEDFIELDS_FORM_AND_MAKER: Probe[] = [
  ['private', '氨氯地平 片剂 两盒', 'medicine', 'items=氨氯地平片剂;qty=2'],
  ['private', '二甲双胍（缓释片）两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['group', '硝苯地平(控释片) 一盒 6号楼502', 'medicine', 'items=硝苯地平;qty=1;door=6-502'],
  ['private', '阿莫西林（胶囊）两盒', 'medicine', 'items=阿莫西林;qty=2'],
  ['private', '甘精胰岛素（来得时）两支', 'medicine', 'items=甘精胰岛素;qty=2'],
  ['group', '胰岛素笔 来得时 两支 快打完了', 'medicine', 'items=来得时;qty=2;days=0'],
  ['private', '我爸的胰岛素笔 诺和灵 配三支', 'medicine', 'items=诺和灵;qty=3'],
  ['private', '胰岛素笔快用完了 配两支', 'medicine', 'items=胰岛素笔;qty=2;days=0'],
  ['group', '门冬胰岛素 诺和锐 两支', 'medicine', 'items=门冬胰岛素;qty=2'],
  ['group', '降压药眼看只剩三天了 配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '二甲双胍看样子只剩两天 帮配两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['private', '氨氯地平两盒 阿司匹林一盒', 'medicine', 'items=氨氯地平|阿司匹林;qty=2'],
  ['group', '胰岛素笔的针头没了 求一盒', 'medicine', 'items=胰岛素笔针头;qty=1;days=0'],
  ['private', '胰岛素 两支 针头 一盒', 'medicine', 'items=胰岛素|针头;qty=2'],
  ['group', '眼看要封到月底了 大家药要囤好', 'none'],
];

// Set B: a medicine named only to say it is not needed, or still enough, read as a second item beside the one asked for (and the count
// lost with it): 「阿司匹林不用」, 「暂时不需要」, 「钙片唔使」, "her aspirin is fine"; names listed and then said to be enough together
// (「阿司匹林和二甲双胍都还够 就是…」, 「拜新同、倍他乐克都还有」, "metformin and lipitor are fine"); and a verb and count glued to one name
// before a pause (「降糖药配两盒 降压药不需要」) taken as asking for the name after it. Near misses: a second medicine asked for as well,
// a no-substitute rule said of it (不要换牌子), both asked with 各, and a neighbour's whole stock said to be enough (chatter).
// Fix: STOCK_AFTER (not needed, 都还够/都还有, "is fine") and, in stockOnlyOut, `stockListed` and `askedOwn` (commands/medicine/mentions.ts).
// Read right before the change: 7/14. After: 14/14.
export const ROUND_16_MEDFIELDS_NOT_NEEDED: Probe[] = [
  ['private', '氨氯地平两盒 阿司匹林不用', 'medicine', 'items=氨氯地平;qty=2'],
  ['private', '氨氯地平两盒 阿司匹林暂时不需要', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '二甲双胍配三盒 阿卡波糖不需要 11号楼602', 'medicine', 'items=二甲双胍;qty=3;door=11-602'],
  ['private', '瑞舒伐他汀帮配两盒 钙片唔使 唔该', 'medicine', 'items=瑞舒伐他汀;qty=2'],
  ['group', '阿司匹林和二甲双胍都还够 就是氨氯地平快没了 帮配两盒', 'medicine', 'items=氨氯地平;qty=2;days=0'],
  ['private', '拜新同、倍他乐克都还有 就是华法林只剩三天了 配一盒', 'medicine', 'items=华法林;qty=1;days=3'],
  ['group', 'her aspirin is fine but the amlodipine is almost out, 2 boxes please', 'medicine', 'items=amlodipine;qty=2;days=0'],
  ['private', 'metformin and lipitor are fine, just need 2 boxes of amlodipine', 'medicine', 'items=amlodipine;qty=2'],
  ['private', '降糖药配两盒 降压药不需要', 'medicine', 'items=降糖药;qty=2'],
  ['private', '氨氯地平两盒 阿司匹林也要一盒', 'medicine', 'items=氨氯地平|阿司匹林;qty=2'],
  ['private', '氨氯地平两盒 阿司匹林不要换牌子', 'medicine', 'items=氨氯地平|阿司匹林;qty=2'],
  ['private', '阿司匹林和氯吡格雷都快吃完了 各配两盒', 'medicine', 'items=阿司匹林|氯吡格雷;qty=2;days=0'],
  ['group', '降压药和降糖药都要 各两盒', 'medicine', 'items=降压药|降糖药;qty=2'],
  ['group', '我的药都还够 不用帮我配 谢谢大家', 'none'],
];

// Set C: days left said in words the days reader lacked. English: "lasts 3 more days", "3 days' supply … left", "a 3-day supply left",
// "enough X for the next 3 days", "2 days remaining", "2 days to go", "run out … the day after tomorrow" (read as tomorrow, 1).
// Chinese: 大概就三天, 也就三天的了, 就三天量了, 还差三天就吃光了 (read as none left), 还能对付三天, a form's 剩余天数：3, and a telegraphic
// request whose days stand alone after the name or its count (「二甲双胍 两天 两盒」, 「格列美脲 九组的 三天」). Near misses: a course
// that lasts five days, a 30-day supply the doctor gave, a fever of three days, a dose of one a day, 估计三天后到货, run out tomorrow, and 前两天就吃光了 (ran out a few days ago: none left,
// not two — read so once 吃光 joined the words of running out).
// Fix: PATTERNS in commands/medicine/days.ts. Read right before the change: 7/24. After: 24/24.
export const ROUND_16_MEDFIELDS_DAYS_SAID_OTHERWISE: Probe[] = [
  ['private', 'amlodipine lasts 3 more days, need 2 boxes', 'medicine', 'items=amlodipine;qty=2;days=3'],
  ['group', 'about 3 days\' supply of eliquis left, need 1 box', 'medicine', 'items=eliquis;qty=1;days=3'],
  ['group', 'we have a 3-day supply of warfarin left, need 2 boxes', 'medicine', 'items=warfarin;qty=2;days=3'],
  ['private', 'enough lipitor for the next 3 days, need 1 box', 'medicine', 'items=lipitor;qty=1;days=3'],
  ['private', 'maybe 2 days remaining on her amlodipine, 2 boxes', 'medicine', 'items=amlodipine;qty=2;days=2'],
  ['group', 'only 2 days to go on dad\'s insulin, need 2 pens', 'medicine', 'items=insulin;qty=2;days=2'],
  ['private', 'she\'ll run out of lipitor the day after tomorrow, 1 box please', 'medicine', 'items=lipitor;qty=1;days=2'],
  ['private', 'amlodipine 3 days remaining, 2 boxes', 'medicine', 'items=amlodipine;qty=2;days=3'],
  ['group', '降压药剩的不多了 大概就三天 配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '降压药还差三天就吃光了 配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['group', '俺娘的降压药也就三天的了 谁能帮配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '降压药就三天量了 配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '降压药还能对付三天 配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '降压药 剩余天数：3 数量：2盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['private', '二甲双胍 两天 两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['group', '请帮我外婆登记 格列美脲 九组的 三天', 'medicine', 'items=格列美脲;days=3'],
  ['private', '降压药 两盒 四天', 'medicine', 'items=降压药;qty=2;days=4'],
  ['group', 'the antibiotics course lasts 5 days, need 1 box of amoxicillin', 'medicine', 'items=amoxicillin;qty=1'],
  ['private', 'my insulin runs out tomorrow, 2 pens please', 'medicine', 'items=insulin;qty=2;days=1'],
  ['group', '孩子布洛芬 一瓶 发烧 三天', 'medicine', 'items=布洛芬;qty=1'],
  ['private', '配二甲双胍两盒 每天 一粒', 'medicine', 'items=二甲双胍;qty=2'],
  ['group', 'a 30-day supply of amlodipine is what the doctor gave, need 2 boxes', 'medicine', 'items=amlodipine;qty=2'],
  ['group', '估计三天后到货 大家别急', 'none'],
  ['group', '降压药前两天就吃光了 帮配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];
