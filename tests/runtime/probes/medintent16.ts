/**
 * Round 16 probes (medintent16): whether a group message is a medicine request at all — needs said as residents say them
 * (a horizon by the day of the week, little left in dialect or in written words) and talk about medicine that asks for
 * nothing. Sentences of the writer's own, written before each change, in sets by reason. [context, text, intent, fields?]
 * as in ../understand-probes.ts; played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a running out said by the day it comes — a weekday (到周三, 撑到礼拜天, 礼拜五就没了), this week or the weekend
// (这周就吃完了, 这个礼拜, 周末), "until friday", "this weekend" — was read as nothing: STOCK_LOW knew only 下礼拜 and 月底.
// Fix: BY_A_DAY in STOCK_LOW (commands/medicine/recognise.ts): 这/本/下 week or weekend, a weekday, before 吃完/没了/断; 只够/只能/才能
// 吃到, 撑到, 撑不到 a weekday or the weekend; "will run out … this weekend" (not a pharmacy's or a shop's), "only has … until friday";
// an English horizon's clause runs to a mark in lowOfMedicine. Near misses: a lockdown, a delivery or a sign-up by a day, food eaten
// up by the weekend, a shop's stock by Friday, 够吃到下周末 (plain 够 is enough, not low), a pharmacy running low.
// Read right before the change: 8/18. After: 18/18. (A first version with plain 够吃到 and "enough until" took a chatter row in dev-21,
// sealed: narrowed to 只/就/才/仅 and "only".)
export const ROUND_16_MEDINTENT_BY_A_DAY: Probe[] = [
  ['group', '我爸药只够吃到周三了', 'medicine'],
  ['group', '外婆的药撑到礼拜天', 'medicine'],
  ['group', '我妈的药这周就吃完了', 'medicine'],
  ['group', '老头子的降压药撑不到周末了', 'medicine', 'items=降压药'],
  ['group', '我婆婆的胰岛素这个星期就用完了 谁能帮忙', 'medicine', 'items=胰岛素'],
  ['group', '阿拉姆妈额药只好吃到礼拜六', 'medicine'],
  ['group', '奶奶的心脏药只能吃到星期四', 'medicine', 'items=心脏药'],
  ['group', 'my mum only has pills until friday', 'medicine'],
  ['group', "dad's pills will run out this weekend", 'medicine'],
  ['group', "grandma's insulin only lasts until thursday", 'medicine', 'items=insulin'],
  ['group', '封控到周三 大家再坚持一下', 'none'],
  ['group', '配药登记礼拜五就截止了', 'none'],
  ['group', '家里的菜周末就吃完了', 'none'],
  ['group', '志愿者说药周五才能送到', 'none'],
  ['group', 'the pharmacy says the paracetamol will run out by friday', 'none'],
  ['group', 'lockdown lasts until thursday apparently', 'none'],
  ['group', '我妈的药够吃到下周末 不用担心', 'none'],
  ['group', 'my mum says the pharmacy is running low on meds', 'none'],
];
