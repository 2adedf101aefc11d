/**
 * Round 14 probes (chatter14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: the bot talked about among neighbours — who keeps it (谁在管, 居委管的还是物业管的, 谁负责维护), whether it listens in (偷听, 一直勒听) —
// is talk about it, not a question put to it; what it does, who it is, or how to use it, asked in the group, still reads as help.
// Read right before the change: 11/16; after: 16/16.
export const ROUND_14_CHATTER_WHO_KEEPS_THE_BOT: Probe[] = [
  ['group', '群里这个机器人是谁管的 有人知道吗', 'none'],
  ['group', '这个邻里助手到底是居委管的还是物业管的', 'none'],
  ['group', '機器人是誰在管的 有人曉得嗎', 'none'],
  ['group', '搿个机器人是啥人弄额 侬拉晓得伐', 'none'],
  ['group', 'Does anyone know who runs this bot?', 'none'],
  ['group', 'Who set up the bot in our group? just curious', 'none'],
  ['group', '这个机器人会不会偷听我们讲话啊 有点怕', 'none'],
  ['group', '邻里是谁负责维护的 昨天半夜还在回消息 😂', 'none'],
  ['group', '搿只机器人是勿是一直勒听阿拉讲闲话', 'none'],
  ['group', 'is the bot reading all our messages?? kinda creepy', 'none'],
  ['group', '机器人是谁开发的 做得蛮好 帮我配到药了👍', 'none'],
  ['group', '邻里是谁啊 是真人还是机器', 'help'],
  ['group', '这个机器人怎么用 有人教教我吗', 'help'],
  ['group', '@邻里 你能做什么', 'help'],
  ['group', '机器人会做什么 有人知道吗', 'help'],
  ['group', '这个机器人会不会帮我们配药啊', 'help'],
];
