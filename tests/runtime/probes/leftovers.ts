/**
 * Round 8 probes of the lead's own: leftovers noticed at the end of round 7, each a reason, with new
 * sentences written before the change. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: how many live in the home, said beside the need (「我们家一共八个人」, a dormitory of six):
// the size of a household, not a tally of the households served (「今天一共12户要配药」 stays none).
// Read right before the change: 2/7 (every need beside a household's size was silence).
export const ROUND_8_HOUSEHOLD_SIZE: Probe[] = [
  ['group', '我们家一共八个人 感冒药没了 能不能帮忙配点', 'medicine', 'items=感冒药;days=0'],
  ['group', '宿舍总共6个人都在咳嗽 止咳糖浆一瓶都没了 帮帮忙', 'medicine', 'items=止咳糖浆;days=0'],
  ['group', '阿拉屋里向一共四个人 退烧药一粒也没了', 'medicine', 'items=退烧药;days=0'],
  ['group', '我們家一共五個人 布洛芬吃完了 可以幫忙配兩盒嗎', 'medicine', 'items=布洛芬;qty=2;days=0'],
  ['group', 'our flat has 8 people in total and the cold medicine is all gone, can someone help get 2 boxes', 'medicine', 'items=cold medicine;qty=2;days=0'],
  ['group', '今天一共12户要配药 名单发给书记了', 'none'],
  ['group', '这次总共8个人报名配药 明天统一去医院', 'none'],
];
