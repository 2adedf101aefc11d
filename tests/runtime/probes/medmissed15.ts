/**
 * Round 15 probes (medmissed15): medicine requests that got silence — a need said in words the reader did not know, and the
 * talk beside them that must stay silent. Sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: one's medicine gone, said in dialect — Sichuanese 莫得了 / 没得了 / 么得了, Shanghainese 伐有了 / 勿有了, Cantonese 冇得食 /
// 冇得用 — read as nothing (OUT in commands/medicine/days.ts). Food gone, a medicine that does no good (莫得用) and a shop with none
// left stay talk. Read right before the change: 5/12. After: 12/12.
export const ROUND_15_MEDMISSED_OUT_IN_DIALECT: Probe[] = [
  ['group', '阿拉屋里降压药伐有了', 'medicine', 'items=降压药;days=0'],
  ['group', '阿拉姆妈格胰岛素勿有了 哪能办', 'medicine', 'items=胰岛素;days=0'],
  ['group', '我老汉儿的降压药没得了 哪个帮下忙', 'medicine', 'items=降压药;days=0'],
  ['group', '屋头降糖药么得了', 'medicine', 'items=降糖药;days=0'],
  ['group', '阿爸啲降壓藥冇得食喇', 'medicine', 'items=降压药;days=0'],
  ['group', '阿嫲啲眼藥水冇得用啦 邊位幫手買支', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['group', '我屋里的感冒药莫得了 哪个有多的', 'medicine', 'items=感冒药;days=0'],
  ['private', '阿拉老头子心脏药伐有了 侬帮阿拉配两盒', 'medicine', 'items=心脏药;qty=2;days=0'],
  ['group', '屋头菜都没得了 药倒是还有', 'none'],
  ['group', '降压药莫得用 还是要靠少吃盐', 'none'],
  ['group', '药店里连花清瘟伐有了 大家覅去排队了', 'none'],
  ['group', '米冇得食喇 邊度有得買', 'none'],
];

// Set 2: a medicine asked for in words the reader did not take — 求点 read into the name (「求点润喉片」), a sore throat not read
// as a pain (喉咙痛, 嗓子疼: HURT_NOW in commands/medicine/recognise.ts) so 谁有 beside it asked nothing, "could use some …",
// "could someone pass me some …" (ASKED_AS_A_FAVOUR); 润喉糖, 喉糖, 金嗓子喉片 named (lexicon.ts). 谁有 asking about a medicine
// or a phone number, "could use some sunshine" stay talk. Read right before the change: 3/11. After: 11/11.
export const ROUND_15_MEDMISSED_ASKED_OTHERWISE: Probe[] = [
  ['group', '嗓子疼得不行 求点润喉片', 'medicine', 'items=润喉片'],
  ['group', '求点金嗓子喉片 明天还要上课', 'medicine', 'items=金嗓子喉片'],
  ['group', '喉咙痛 谁有西瓜霜含片', 'medicine', 'items=西瓜霜含片'],
  ['group', '嗓子疼 哪位邻居有润喉糖', 'medicine', 'items=润喉糖'],
  ['group', '喉嚨痛到講唔到嘢 有冇人有喉糖', 'medicine', 'items=喉糖'],
  ['group', 'bad cough, could use some cough syrup', 'medicine', 'items=cough syrup'],
  ['group', 'could really use some paracetamol, fever since this morning', 'medicine', 'items=paracetamol'],
  ['group', 'Could someone pass me some plasters? My son cut his finger', 'medicine', 'items=plasters'],
  ['group', '西瓜霜含片谁有经验 好用吗', 'none'],
  ['group', 'we could all use some sunshine after this lockdown', 'none'],
  ['group', '谁有小区门口药店的电话', 'none'],
];
