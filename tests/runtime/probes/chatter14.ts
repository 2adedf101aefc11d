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

// Set 2: a medicine to be had at a shop, a clinic or a hospital (药局, 药行, 诊所, 便利店, 门诊, 药妆店 … 可以/能买到), told as news or asked of
// neighbours, is where it is sold, not a request; a request beside it (谁能帮我配, 麻烦帮我带, 帮我妈配, 分我两颗) still asks.
// Read right before the change: 6/12; after: 12/12.
export const ROUND_14_CHATTER_SOLD_THERE: Probe[] = [
  ['group', '听说社区医院现在可以买到连花清瘟了', 'none'],
  ['group', '朋友说香港的药行能买到原装的立普妥', 'none'],
  ['group', '藥局可以買到普拿疼嗎 有人知道嗎', 'none'],
  ['group', '樓下的診所現在能買到布洛芬 大家不用囤了', 'none'],
  ['group', '便利店也能买到退烧贴了 刚看到的', 'none'],
  ['group', '医院门诊可以直接买到胰岛素针头伐', 'none'],
  ['group', 'My cousin says the pharmacies in Taipei can sell Lipitor without a prescription', 'none'],
  ['group', '表姐讲日本药妆店可以买到龙角散 阿拉此地买勿到', 'none'],
  ['group', '药局买不到立普妥 谁能帮我配两盒 我爸只剩三天了', 'medicine', 'items=立普妥;qty=2;days=3'],
  ['group', '诊所能买到布洛芬吗 能的话麻烦帮我带一盒 孩子发烧了', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '社区医院可以买到降压药的话 帮我妈配一盒 她的吃完了', 'medicine', 'items=降压药;qty=1;days=0'],
  ['group', '藥局買不到 拜託誰有多的普拿疼 分我兩顆', 'medicine', 'items=普拿疼;qty=2'],
];
