/**
 * Round 11 probes (medicine11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-round11.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: 「能不能帮忙配药」, 「可不可以帮忙送药」 said without 吗 — the question form asks for help; its second half
// (能帮忙配药, 可以帮忙送药) was read as an offer to run to the hospital. Offers said plainly stay offers, and the
// question whether the committee serves the old at large stays a question.
// Read right before the change: 3/8 (the offers and the question only).
export const ROUND_11_MEDICINE_CAN_YOU_HELP_FETCH: Probe[] = [
  ['group', '我爸的二甲双胍吃完了 能不能帮忙配药 两盒 6号楼301', 'medicine', 'items=二甲双胍;qty=2;days=0;door=6-301'],
  ['private', '楼下阿公的阿托伐他汀只剩三天 他不会用手机 可不可以帮忙配药 一盒就够', 'medicine', 'items=阿托伐他汀;qty=1;days=3'],
  ['private', '我妈的甲钴胺没了 能不能来帮忙配药 谢谢', 'medicine', 'items=甲钴胺;days=0'],
  ['group', '家里老人的降压药断了 可不可以帮忙送药 9号楼1102', 'medicine', 'items=降压药;days=0;door=9-1102'],
  ['private', '我外婆的胰島素用完了 能不能幫忙配藥 兩支 謝謝', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['group', '我能帮忙配药 明天去瑞金', 'volunteer', 'skills=medicine'],
  ['group', '我这周有空 可以帮忙跑医院配药', 'volunteer', 'skills=medicine'],
  ['group', '居委能不能帮老人家配药', 'none'],
];
