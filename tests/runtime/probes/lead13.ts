/**
 * Round 13 probes (lead13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: a count of others asked after (「有几个人要配药」 with a place, a week, 几户, in English) is no one's need, nor is a word
// before 有 a medicine (「我们弄堂有几个人要配药」 read 「堂有」 as one); a household's own count with its medicines still asks.
// Read right before the change: 5/8; after: 8/8.
export const ROUND_13_LEAD_COUNT_ASKED: Probe[] = [
  ['private', '我们弄堂有几个人要配药', 'none'],
  ['private', '我们楼有几个人要配药', 'none'],
  ['private', '这个礼拜有几户要配药?', 'none'],
  ['group', '小区里现在有多少人登记了配药啊', 'none'],
  ['private', 'how many people need medicine this week?', 'none'],
  ['group', '5号楼有几户要配药 楼组长统计一下', 'none'],
  ['private', '我家有两个人要配药 降压药和胰岛素', 'medicine', 'items=降压药|胰岛素'],
  ['private', '我的降压药快吃完了 有几个人要配药的话一起去吧', 'medicine', 'items=降压药;days=0'],
];

// Set 2: 台/部/架 are measure words for a car only with the car said after them (「我有台车」, 「有部七人座的车」); a blood-pressure
// meter, a computer or a piano one has is no driving (the chatter helper's note: 「屋企有部血壓計」 read as a driver's offer).
// Read right before the change: 2/5; after: 5/5.
export const ROUND_13_LEAD_MEASURE_WORD_IS_NO_CAR: Probe[] = [
  ['private', '屋企有部血壓計 有需要可以借', 'none'],
  ['private', '我有台电脑 可以帮忙统计', 'volunteer', 'skills=coordination'],
  ['private', '我家有部血压计 谁要量可以来', 'none'],
  ['private', '我有架钢琴 可以教小朋友', 'none'],
  ['private', 'I can help, 我有台车', 'volunteer', 'skills=driver'],
];

// Set 3: a harmless cause denied (不像是累的, 不太像是饿的) explains nothing: the sign beside it is still asked about; a harmless cause
// said (我看是累的, 医生说是累的) still does (the chatter helper's note: 是累的 was read inside 不像是累的).
// Read right before the change: 3/5; after: 5/5.
export const ROUND_13_LEAD_CAUSE_DENIED: Probe[] = [
  ['group', '我老公说胸口闷 我看不像是累的 脸色发白 要不要去医院', 'emergency.ask'],
  ['group', '爸爸说有点头晕 不太像是饿的 手也有点麻', 'emergency.ask'],
  ['group', '我老公说胸口闷 我看是累的 歇一歇就好了', 'none'],
  ['group', '医生说是累的 不要紧', 'none'],
  ['group', "my mum feels dizzy, doesn't look like she's just tired", 'emergency.ask'],
];
