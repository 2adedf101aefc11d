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

// Set B: the writer's door, then a neighbour's room alone (「帮502阿婆配」, 「楼上501王伯伯」, "my neighbour in 402"):
// the neighbour's door in the writer's building. A dose (500mg) or the writer's own family is no neighbour's room.
// Read right before the change: 2/6 (intents all right; the four neighbours' requests filed under the writer's door).
export const ROUND_8_NEIGHBOUR_ROOM: Probe[] = [
  ['group', '我住5-301, 帮502阿婆配两盒氨氯地平', 'medicine', 'items=氨氯地平;qty=2;door=5-502'],
  ['group', '我是3号楼201的 楼上501王伯伯降压药没了 帮他配一盒', 'medicine', 'items=降压药;qty=1;days=0;door=3-501'],
  ['group', '我住7号楼1101 对门1102的老太太胰岛素快用完了 能帮忙配吗', 'medicine', 'items=胰岛素;days=0;door=7-1102'],
  ['group', 'I live at 8-302, my neighbour in 402 needs 2 boxes of metformin', 'medicine', 'items=metformin;qty=2;door=8-402'],
  ['group', '我住5-301 阿姨的药是500mg的二甲双胍 要两盒', 'medicine', 'items=二甲双胍;qty=2;door=5-301'],
  ['group', '我住6号楼302 我妈的降压药没了 配两盒', 'medicine', 'items=降压药;qty=2;days=0;door=6-302'],
];

// Set C: a need, then another household's need said to be met after it (the relay helper's leftover):
// the need is read; a need met of one's own, or the same household's, still asks nothing.
// Read right before the change: 4/7 (the need beside another household's met one was silence).
export const ROUND_8_OTHER_MET: Probe[] = [
  ['group', '7號樓1101 拜新同兩盒 7號樓1102已經配到了', 'medicine', 'items=拜新同;qty=2;door=7-1101'],
  ['group', '5号楼302 降压药两盒 303的药已经拿到了', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['group', '9号楼601 阿托伐他汀一盒 602的已经送到了 谢谢', 'medicine', 'items=阿托伐他汀;qty=1;door=9-601'],
  ['group', '5号楼302 降压药已经配到了 谢谢', 'none'],
  ['group', '我住5号楼302 降压药两盒已经拿到了 谢谢志愿者', 'none'],
  ['group', '12-1201 needs 2 boxes of metformin, 12-1202 already got theirs', 'medicine', 'items=metformin;qty=2;door=12-1201'],
  ['group', '今天的配药单:1. 3-201 降压药 2盒 2. 5-302 胰岛素 1支 已全部送达', 'none'],
];
