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

// Set 3: a request in quotes given as an example or a form to follow (比如“…”这样就行, 舉個例子「…」, 要写成『…』这种样子, e.g. "…", for
// example "…"), or a message going round said to be old or not to be passed on (“…”是去年的 别再转了, "…" is an old one, please stop
// forwarding it): nobody's need now. A quote of one's own people with a request beside it, one's own earlier request quoted and asked
// again, or an example of oneself said without quotes (比如我吧 我的阿司匹林只剩两天了) still ask.
// Read right before the change: 4/12; after: 12/12.
export const ROUND_14_CHATTER_QUOTED_EXAMPLE: Probe[] = [
  ['group', '居委说了 配药要写清楚 比如“5号楼302 氨氯地平 两盒” 这样就行', 'none'],
  ['group', '群里在传的那条“我爸的胰岛素只剩一天了 求帮忙”是去年的 别再转了', 'none'],
  ['group', '舉個例子「我媽的降壓藥快吃完了」 這樣講機器人就懂', 'none'],
  ['group', 'The message "my mum\'s insulin runs out tomorrow, please help" is an old one from April, please stop forwarding it', 'none'],
  ['group', 'e.g. "Amlodipine 5mg x2, 12-1201" is how the volunteers want it written', 'none'],
  ['group', '搿条“阿拉爷叔降糖药断脱了 求帮忙”是老早额 覅再转了', 'none'],
  ['group', '楼组长讲 要写成『二甲双胍 两盒 7号楼101』 这种样子 伊拉好统计', 'none'],
  ['group', 'For example "my dad needs 2 boxes of Lipitor" is enough, no need to add the hospital', 'none'],
  ['group', '我妈说“降压药吃完了” 麻烦帮她配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '比如我吧 我的阿司匹林只剩两天了 谁能帮忙配一下', 'medicine', 'items=阿司匹林;days=2'],
  ['group', '我之前发的“二甲双胍 两盒”还没人接 麻烦再帮我配两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['group', 'My dad keeps saying "I\'m fine, I still have pills" but his Lipitor only has 2 days left, can someone please get him 2 boxes', 'medicine', 'items=lipitor;qty=2;days=2'],
];

// Set 4: a chain line put down already for oneself or for someone (已经帮我妈接好龙了, 报过了, 我接好了, "already added my mum"), told to the
// group with others told not to add it again (不用再帮她报, 侬拉覅再帮伊接, 别重复报): nothing more is ordered. A line asked for (帮她报一个),
// one added to what was put down (再帮我加一份D, 再来一份C), or a line with its door still orders.
// Read right before the change: 10/12; after: 12/12.
export const ROUND_14_CHATTER_PUT_DOWN_ALREADY: Probe[] = [
  ['group', '我已经帮我妈接好龙了 B一份 大家不用再帮她报了', 'none'],
  ['group', '我已經幫隔壁阿婆接了 A一份 你們別重複接啊', 'none'],
  ['group', '阿拉娘舅屋里我接好了 C两份 侬拉覅再帮伊接', 'none'],
  ['group', 'Already added my mum to the chain, B x1, no need for anyone else to add her', 'none'],
  ['group', '6楼王阿姨的我已经报了 D一份 别重复报', 'none'],
  ['group', '接龙我帮老爸报过了 肉禽一份 你们不要再帮他报了哦', 'none'],
  ['group', '已经接好了 A一份 B一份 谢谢团长', 'none'],
  ['group', '帮我妈接个龙 B一份 7号楼302', 'order', 'items=B*1;door=7-302'],
  ['group', '我妈那份还没接 帮她报一个 B一份', 'order', 'items=B*1'],
  ['group', 'B一份 5号楼302 我妈那份上面已经接好了', 'order', 'items=B*1;door=5-302'],
  ['group', '刚才报了B一份 再帮我加一份D', 'order', 'items=D*1'],
  ['group', '我已经接好了 再来一份C', 'order', 'items=C*1'],
];

// Set 5: under a task post, another's inability told as what they said (有人说…去不了, 楼上讲伊去勿了, 前面接单的人说走不开, "someone said they
// can't go") with a question whether anyone goes now gives nothing back; the writer's own (我去不了了 抱歉), the writer's told by another
// (老婆说我走不开 … 只能放弃了), or one's own said after another's (我妈说她…不行 我去不了了) still gives it back.
// Read right before the change: 9/15; after: 15/15.
export const ROUND_14_CHATTER_ANOTHERS_INABILITY: Probe[] = [
  ['reply:task', '刚才有人说接了 后来又说去不了 现在到底有没有人去啊', 'none'],
  ['reply:task', '上面那位说他去不了了 那现在谁去 老人等着呢', 'none'],
  ['reply:task', '楼上讲伊去勿了 格么现在啥人去', 'none'],
  ['reply:task', 'Someone said they can\'t make it after all, so is anyone going now?', 'none'],
  ['reply:task', '志愿者说出不去了 那阿婆的药今天还能拿到吗', 'none'],
  ['reply:task', '聽講嗰位義工去唔到 咁而家邊個去', 'none'],
  ['reply:task', '我看群里有人讲来不了 是不是要重新派人', 'none'],
  ['reply:task', '我看到有人讲去不了 现在有人去吗', 'none'],
  ['reply:task', '我听楼下说那个志愿者出不去了 我们这边再等等', 'none'],
  ['reply:task', '前面接单的人说走不开 我帮老人问一句 现在还有人去吗', 'none'],
  ['reply:task', 'I saw someone say they can\'t go anymore, did anyone else pick it up?', 'none'],
  ['reply:task', '不好意思 我去不了了 谁能替一下', 'task.giveback'],
  ['reply:task', '我刚说接 但是现在去不了了 抱歉', 'task.giveback'],
  ['reply:task', '老婆说我走不开 这单我只能放弃了', 'task.giveback'],
  ['reply:task', '我妈说她一个人在家不行 我去不了了 抱歉', 'task.giveback'],
];

// Set 6: a running out told in the clause of a time past (上次…断了一个礼拜, 上趟胰岛素断脱两日, 上回…食完咗, 去年就是因为药断了, "last time my
// mum's pills ran out"), beside advice to all to stock up, with nothing asked and nothing short after it: a story, not a need. A medicine
// named by when it was got (上次配的, 上个月开的) runs out now; short again after the story (这次只剩一天) or asked for, it still asks.
// Read right before the change: 11/15; after: 15/15.
export const ROUND_14_CHATTER_RAN_OUT_BEFORE: Probe[] = [
  ['group', '大家家里常用药最好多备点 我们上次就是断了一个礼拜 急死了', 'none'],
  ['group', '建议有老人的家庭提前登记配药 我家上个月降压药断了三天 吓得要死', 'none'],
  ['group', '阿拉上趟胰岛素断脱两日 所以侬拉要早点报', 'none'],
  ['group', '上次封控我爸的降糖药吃完了 找了好几天才买到 大家早做准备', 'none'],
  ['group', 'Stock up on your regular meds folks, last time my mum\'s blood pressure pills ran out for 4 days', 'none'],
  ['group', '去年就是因为药断了 老爷子进了医院 今年大家都提前备好啊', 'none'],
  ['group', '上回封城阿爺嘅降壓藥食完咗 等咗成個禮拜 大家早啲準備', 'none'],
  ['group', '去年封控辰光阿拉屋里降压药断脱一礼拜 今年大家早点备好', 'none'],
  ['group', '我们家上次断了三天药 这次降压药又只剩两天了 麻烦帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
  ['group', '上个月断过一次 现在二甲双胍又吃完了 谁能帮我配一下', 'medicine', 'items=二甲双胍;days=0'],
  ['group', '上次断药太难受了 这次阿司匹林快吃完了 先登记一下', 'medicine', 'items=阿司匹林;days=0'],
  ['group', '上次配的降压药已经吃完了', 'medicine', 'items=降压药;days=0'],
  ['group', '我妈上个月开的胰岛素用完了', 'medicine', 'items=胰岛素;days=0'],
  ['group', '上次断了两天 这次只剩一天了 降压药', 'medicine', 'items=降压药;days=1'],
  ['group', '去年买的布洛芬过期了 家里一颗都没了', 'medicine', 'items=布洛芬;days=0'],
];

// Set 7: thanks and what they are for (感谢志愿者每天送菜, 多谢楼下的护士帮阿婆打针, "thanks to the volunteer drivers who deliver…"): the work
// thanked for is the thanked ones' skill, not the writer's, so a courtesy after it (有需要幫忙的地方也請跟我們說, 以后有事体也可以叫阿拉) offers no
// skill; the writer's own trade said apart from the thanks (谢谢大家 我会开车…, 谢谢 我是医生…, "Thanks for organising! I'm a nurse") still offers.
// Read right before the change: 8/10; after: 10/10.
export const ROUND_14_CHATTER_THANKED_FOR: Probe[] = [
  ['group', '感謝村委和志願者每天送菜 有需要幫忙的地方也請跟我們說', 'none'],
  ['group', '谢谢开车送物资的师傅们 有什么需要帮忙的大家说一声', 'none'],
  ['group', '多谢楼下的护士帮阿婆打针 以后有事体也可以叫阿拉', 'none'],
  ['group', 'Thanks to the volunteer drivers who deliver our food every day, if anyone needs anything let us know', 'none'],
  ['group', '感恩医生护士们每天上门 有需要帮忙的尽管开口', 'none'],
  ['group', '致敬每天开车运菜的司机师傅 我们家有需要帮忙的也可以说', 'none'],
  ['group', '謝謝醫生每日幫老人家量血壓 有需要幫手嘅話搵我哋', 'none'],
  ['group', '谢谢大家 我会开车 有需要送东西的跟我说', 'volunteer', 'skills=driver|delivery'],
  ['group', 'Thanks for organising! I\'m a nurse, happy to help if anyone needs', 'volunteer', 'skills=nurse'],
  ['group', '谢谢 我是医生 有需要帮忙的可以找我', 'volunteer', 'skills=doctor'],
];
