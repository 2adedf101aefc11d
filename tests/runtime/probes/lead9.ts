/**
 * Round 9 probes of the lead's own, written before each change. [context, text, intent, fields?] as in
 * ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: a name denied, then the one meant (「不是氨氯地平 是硝苯地平」, 「不要阿司匹林 要布洛芬」): only the one meant
// is an item. (The one said after 不是 with another before it was already dropped: 「是X 不是Y」.)
// Read right before the change: 1/6 (both names recorded in five).
export const ROUND_9_DENIED_NAME: Probe[] = [
  ['private', '不是氨氯地平 是硝苯地平', 'ask:medicine', 'items=硝苯地平'],
  ['group', '不要阿司匹林 要布洛芬两盒', 'medicine', 'items=布洛芬;qty=2'],
  ['private', '我要配的不是阿莫西林,是头孢 一盒', 'medicine', 'items=头孢;qty=1'],
  ['group', '5号楼302 不是拜新同 而是络活喜 两盒', 'medicine', 'items=络活喜;qty=2;door=5-302'],
  ['private', '我媽要的唔係二甲雙胍 係格華止 兩盒', 'medicine', 'items=格华止;qty=2'],
  ['group', '配两盒氨氯地平 不是硝苯地平', 'medicine', 'items=氨氯地平;qty=2'],
];

// Set B: a request made before, asked after (「我前天让你们帮我配的降压药有消息了吗」, "did my request go through?"):
// what the bot holds (mydata, answered by /我的配药), not a new request; a new need after it still is one.
// Read right before the change: 2/7 (the others asked whether to register medicine, or got the menu).
export const ROUND_9_ASKED_AFTER: Probe[] = [
  ['private', '我前天让你们帮我配的降压药有消息了吗', 'mydata'],
  ['private', '上次登记的药什么时候能到', 'mydata'],
  ['private', '我报的胰岛素配到了没', 'mydata'],
  ['private', '阿拉姆妈之前报额药到了伐', 'mydata'],
  ['private', 'Hi, could you tell me if my medicine request went through?', 'mydata'],
  ['private', 'any news on my insulin? I asked on Monday', 'mydata'],
  ['private', '我上次配的降压药吃完了 再配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];

// Set C: one's own medicine asked where it stands without saying it was asked for before (「我的药什么时候能到」,
// 「我什么时候能拿到药」): the same question as set B; a need said after it is still a request.
// Read right before the change: 1/5 (the menu for the four questions).
export const ROUND_9_MY_MEDICINE_WHEN: Probe[] = [
  ['private', '我什么时候能拿到药', 'mydata'],
  ['private', '我的药什么时候能到', 'mydata'],
  ['private', '我家的药到了吗', 'mydata'],
  ['private', '阿拉额药啥辰光到', 'mydata'],
  ['private', '我的药什么时候能到 我要两盒拜新同', 'medicine', 'items=拜新同;qty=2'],
];

// Set D: a mouth turned down by a mood (「小朋友嘴角往下掉 不开心了」) is no drooping face of a stroke; the droop
// said with suddenness or another sign still pages. Read right before the change: 3/5 (two moods paged the medics).
export const ROUND_9_MOOD_NOT_DROOP: Probe[] = [
  ['group', '小朋友嘴角往下掉 不开心了', 'none'],
  ['group', '不高兴了 嘴角耷拉着 哄了半天', 'none'],
  ['group', '孙女委屈得嘴角往下撇 要哭了', 'none'],
  ['group', '我爸突然讲话大舌头 左边嘴角往下掉', 'emergency'],
  ['group', '我妈嘴角往下掉 一只手也抬不起来', 'emergency'],
];

// Set E: speech thick with drink (「他喝多了讲话大舌头」) is no stroke sign. Read right before the change: 1/3.
export const ROUND_9_DRUNK_SPEECH: Probe[] = [
  ['group', '他喝多了讲话大舌头 问他几点了也答不上来', 'none'],
  ['group', '老李昨晚喝醉了 说话大舌头 今天还在睡', 'none'],
  ['group', '我爸突然讲话大舌头 左边嘴角往下掉', 'emergency'],
];

// Set F: a likely danger told with the door it happens at (「我妈一下午没回电话 她住3号楼601」): the emergency question,
// with the door, not a home recorded. (Noticed by the emergency helper; decide() asked only when the danger led.)
// Read right before the change: 0/3 (each recorded a home).
export const ROUND_9_DANGER_AT_THE_DOOR: Probe[] = [
  ['private', 'my mum has not answered all afternoon, she lives at 3-601', 'emergency.ask', 'door=3-601'],
  ['private', '我妈一下午没回电话 她住3号楼601', 'emergency.ask', 'door=3-601'],
  ['private', '我住3号楼601 今天有点不舒服', 'emergency.ask', 'door=3-601'],
];
