/**
 * Round 10 probes of the lead's own, written before each change. [context, text, intent, fields?] as in
 * ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: someone alone, about to faint, crying for help (「我快晕倒了 救命 一个人在家」): no manner of speaking — it
// pages; 「快晕了」 with an everyday cause (heat, hunger, children, a laugh) stays talk even alone.
// Read right before the change: 5/10 (every alone cry taken for a manner of speaking).
export const ROUND_10_ALONE_ABOUT_TO_FAINT: Probe[] = [
  ['private', '我快晕倒了 救命 一个人在家', 'emergency'],
  ['group', '救命 我快晕过去了 家里就我一个人 12号楼402', 'emergency', 'door=12-402'],
  ['private', '我要昏倒了 救救我 身边没人', 'emergency'],
  ['private', "I'm about to pass out, help, I'm home alone", 'emergency'],
  ['private', '我快暈倒了 救命 一個人在家', 'emergency'],
  ['group', '热死了 我快晕倒了 救命', 'none'],
  ['group', '一个人在家隔离 快闷死了 救命', 'none'],
  ['group', '笑死我了救命 一个人在家看综艺', 'none'],
  ['group', '一个人在家 饿得快晕倒了 救命 谁家有多的面包', 'none'],
  ['group', '一个人在家带两个娃 我快晕了 救命', 'none'],
];

// Set B: medicine talk between neighbours that asks the bot for nothing, in the kinds corpus 25 is about but in
// sentences of the lead's own: a price said box first (「一盒要一百多」), a spare suggested for another household
// (「大家有多余的…可以先给发烧的那家」), a neighbour's gift told in English, stock told with "no rush"; a need said
// beside the same words is still one. Read right before the change: 4/8 (the four talk sentences were requests).
export const ROUND_10_NEIGHBOURS_MEDICINE_TALK: Probe[] = [
  ['group', '这个药一盒要一百多 医保不报真是贵', 'none'],
  ['group', '一盒就要八十块 太贵了', 'none'],
  ['group', '大家有多余的布洛芬可以先给发烧的那家', 'none'],
  ['group', 'my neighbour gave me some of her spare paracetamol, so kind', 'none'],
  ['group', 'I still have a week of my meds, no rush', 'none'],
  ['group', '谁家有多余的布洛芬 可以给我一盒吗', 'medicine', 'items=布洛芬;qty=1'],
  ['group', 'please get me 2 boxes of amlodipine, not urgent', 'medicine', 'items=amlodipine;qty=2'],
  ['group', 'I need my insulin, no rush', 'medicine', 'items=insulin'],
];

// Set C: a class word with its own count, then a medicine of another class with its own (「降压药两盒 二甲双胍三盒」): two
// medicines, each with its count. The class word was dropped as the name's own class and its count given to the name.
// Read right before the change: 0/4 (降压药 missing in each, and the long one recorded 二甲双胍×2).
export const ROUND_10_CLASS_WITH_ITS_OWN_COUNT: Probe[] = [
  ['private', '降压药两盒 二甲双胍三盒', 'medicine', 'items=降压药|二甲双胍;qty=2'],
  ['private', '降压药要两盒 二甲双胍要三盒', 'medicine', 'items=降压药|二甲双胍;qty=2'],
  ['group', '5号楼302 止咳糖浆一瓶 阿莫西林两盒', 'medicine', 'items=止咳糖浆|阿莫西林;qty=1;door=5-302'],
  ['private', '喂喂 你好啊 我是七号楼三零二的顾阿婆 我老头子的降压药还有二甲双胍都快没有了 你们能不能帮我去医院配一下 降压药要两盒 二甲双胍要三盒 谢谢你们啊', 'medicine', 'items=降压药|二甲双胍;qty=2;door=7-302;days=0'],
];
