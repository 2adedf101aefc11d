/**
 * Round 15 probes (people15, second module): replies under the recruit post and under a task post, in words the reply readers did
 * not know. [context, text, intent, fields?] as in ../understand-probes.ts; played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 4: a sign-up under the recruit post said by a time one is free and nothing else ("Me! free every evening", 「我 晚上下班后可以」,
// 「下班以后都行」), or by reporting for duty (「报到!」): SIGN_UP knew 晚上可以 and 周末有空 but not 下班后, English "free …" or 报到.
// The fix is in SIGN_UP (commands/volunteering/recognise.ts). The near misses stay: a question when, a time one is not free, a cheer.
// Read right before the change: 7/12. After: 12/12.
export const PEOPLE_15_RECRUIT_FREE_WHEN: Probe[] = [
  ['reply:recruit', 'Me! free every evening', 'recruit.signup'],
  ['reply:recruit', '我 晚上下班后可以', 'recruit.signup'],
  ['reply:recruit', '下班以后都行', 'recruit.signup'],
  ['reply:recruit', 'free on weekends, put me down', 'recruit.signup'],
  ['reply:recruit', 'me, free most afternoons', 'recruit.signup'],
  ['reply:recruit', '报到!', 'recruit.signup'],
  ['reply:recruit', '报到 搬东西没问题', 'recruit.signup', 'skills=delivery'],
  ['reply:recruit', '下班后要做到几点啊', 'none'],
  ['reply:recruit', '我下班后都累死了 没精力', 'none'],
  ['reply:recruit', 'are we free to go out on weekends now?', 'none'],
  ['reply:recruit', '报到的时候要带什么', 'none'],
  ['reply:recruit', 'free masks for volunteers? nice', 'none'],
];

// Set 5: a task taken or reported done in words the task reader did not know: 「我顺路」, 「我顺路的」 alone; 「这单给我」;
// 「我带回来」 (fetched and brought back, said before going); done as the person having it (「阿婆拿到药了」, 「老人已经拿到手了」).
// The fix is in CLAIM and DONE (commands/volunteering/recognise.ts). The near misses stay: someone else's errand on the way, a
// question whether she has it, a request to bring something back. Read right before the change: 5/14. After: 14/14.
export const PEOPLE_15_TASK_NEW_WORDS: Probe[] = [
  ['reply:task', '我顺路', 'task.claim'],
  ['reply:task', '我顺路的', 'task.claim'],
  ['reply:task', '我正好顺路 ', 'task.claim'],
  ['reply:task', '这单给我', 'task.claim'],
  ['reply:task', '这个给我吧', 'task.claim'],
  ['reply:task', '正好我要去药店 我带回来', 'task.claim'],
  ['reply:task', '阿婆拿到药了 放心', 'task.done'],
  ['reply:task', '老人已经拿到手了', 'task.done'],
  ['reply:task', '阿姨收到菜了 谢谢大家', 'task.done'],
  ['reply:task', '阿婆拿到药了吗', 'none'],
  ['reply:task', '他顺路吗', 'none'],
  ['reply:task', '谁顺路帮忙带回来', 'none'],
  ['reply:task', '给我也带一盒', 'none'],
  ['reply:task', '老人拿到手机了吗 打不通', 'none'],
];
