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
