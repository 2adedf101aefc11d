/**
 * Round 14 probes (fields14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the errand of a medicine run — 「配药跑腿」, 「帮老人取药跑腿」, "medicine errands" — is the medicine skill, one job, not a
// second (delivery); 跑腿 on its own or beside goods stays delivery. Medicine carried to the door after it is fetched
// (「配药送药都行」, 「取药送药」) is two jobs: the run (medicine) and the carrying (delivery), as 「送菜送药」 is delivery.
// Read right before the change: 4/12. After: 12/12. Two older probes (replies.ts round 7b, medicine.ts round 6) that had
// 配药跑腿 as medicine|delivery now read medicine, as three corpora label it (round 7b had left them).
export const ROUND_14_FIELDS_MEDICINE_ERRAND: Probe[] = [
  ['reply:recruit', '报名 帮老人配药跑腿都可以', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '我報名 取藥跑腿我都得', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '算我一个！配药跑腿👌', 'recruit.signup', 'skills=medicine'],
  ['group', '我想做志愿者 可以帮独居老人买药跑腿 住７号楼', 'volunteer', 'skills=medicine'],
  ['reply:recruit', 'Count me in, happy to run medicine errands for the elderly', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '我报名 配药送药都可以', 'recruit.signup', 'skills=medicine|delivery'],
  ['reply:recruit', '報名 取藥送藥我都得閒', 'recruit.signup', 'skills=medicine|delivery'],
  ['group', '我可以帮大家配药、送药上门 有需要喊我', 'volunteer', 'skills=medicine|delivery'],
  ['reply:recruit', '报名 跑腿送菜都行', 'recruit.signup', 'skills=delivery'],
  ['group', '我可以帮楼里老人跑腿 有事叫我', 'volunteer', 'skills=delivery'],
  ['reply:recruit', '报名 我有车 送菜送药都可以', 'recruit.signup', 'skills=driver|delivery'],
  ['reply:recruit', 'Sign me up for errands and grocery runs', 'recruit.signup', 'skills=delivery'],
];
