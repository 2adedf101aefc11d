/**
 * Round 5 chatter probes: group talk that looks like a request, an emergency or a sign-up and is none,
 * with the near misses beside them that still are one. Reworded by kind from a fresh chatter corpus
 * (none of its rows copied). [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Read right before any change: 32/48 (15 chatter rows taken, one emergency missed); after: 48/48.
export const ROUND_5_CHATTER: Probe[] = [
  // Whether a medicine works, or a box never opened: talk about medicine, not a need.
  ['group', '板蓝根到底管不管用 我家囤了三包都没动过', 'none'],
  ['group', '布洛芬有没有用啊 家里一瓶都没开', 'none'],
  ['group', '听说这个药有效吗 有人吃过没', 'none'],
  ['group', '退烧药我家一盒都没拆过 放着吧', 'none'],
  // Spare things offered to neighbours.
  ['group', '口罩多买了两包 谁家缺的可以到我家拿', 'none'],
  ['group', '我这里消毒液用不完 需要的邻居说一声 我给你放到你家门口', 'none'],
  ['group', '多买了几个体温计 大家可以来我这里取', 'none'],
  // Plenty left, said as months.
  ['group', '我爸老问我他的药是不是快没了 其实够吃两个多月 他就是不放心', 'none'],
  ['group', '降压药上礼拜刚配的 够吃三个月 不用担心', 'none'],
  // Helpers already helping someone else: news, not a need.
  ['group', '听说九号楼那个独居阿婆现在有志愿者帮她买菜取药了 真好', 'none'],
  ['group', '隔壁老李住院了 已经有志愿者在帮他家里配药', 'none'],
  // A wish to help taken back in the same breath.
  ['group', '本来想去帮忙发物资的 可是今天要加班 下次吧', 'none'],
  ['group', '原本打算报名志愿者 结果自己先阳了😷', 'none'],
  // Dizzy from a form or a rule: a figure of speech.
  ['group', '快晕了 这个接龙规则我看了好几遍还是没看懂', 'none'],
  ['group', '看得我头都晕了 到底几号楼先做核酸', 'none'],
  ['group', '这么多表格搞得我都昏了', 'none'],
  // A past scare, said to be over.
  ['group', '上个月楼下阿伯晕倒 好彩隔壁有护士 现在已经没有事了', 'none'],
  ['group', '上次我爸在电梯里晕倒 幸好邻居里有医生 已经没什么事了', 'none'],
  // "is bad" of a language, a signal, the weather: not a person.
  ['group', 'sorry my english is bad, what does 团长 mean?', 'none'],
  ['group', 'the wifi here is terrible today, cannot open the form', 'none'],
  ['group', 'weather looks bad tomorrow, maybe do the pickup early', 'none'],
  // Under the recruit post: cheers for those who signed up, someone else's sign-up, a question.
  ['reply:recruit', '为所有报名的邻居点赞👍👍', 'none'],
  ['reply:recruit', '这么多年轻人报名 真的好感动', 'none'],
  ['reply:recruit', '伊拉小区年轻人统统报名了 阿拉也要加油', 'none'],
  ['reply:recruit', '发物资那组是不是要天天早起的', 'none'],
  ['reply:recruit', '配药的组有没有老人也能做的事', 'none'],
  // Under a task: someone else is on it.
  ['reply:task', 'saw the post, glad the volunteers are on it', 'none'],
  ['reply:task', "don't worry, they're on it already", 'none'],
  // The near misses: these still ask, offer or sign up.
  ['group', '我的布洛芬一盒都没了 谁能帮我带一盒', 'medicine', 'items=布洛芬;qty=1;days=0'],
  ['group', '我们家外婆的药只够吃一个月了 是氨氯地平 麻烦帮忙登记', 'medicine', 'items=氨氯地平'],
  ['group', '我妈的降压药只够吃一个星期了 麻烦谁帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=7'],
  ['group', '连花清瘟吃完了 有没有邻居能帮忙带一盒', 'medicine', 'items=连花清瘟;qty=1;days=0'],
  ['group', '胰岛素快用完了 放在我家门口就行 我住6号楼502', 'medicine', 'items=胰岛素;days=0;door=6-502'],
  ['group', '我想帮忙 会开车 需要的话叫我', 'volunteer', 'skills=driver'],
  ['group', '本来今天要上班 但是请了假 我可以去帮忙发物资', 'volunteer', 'skills=delivery'],
  ['group', '我爸突然晕倒了 叫不醒 快来人', 'emergency'],
  ['group', '我看了三遍通知还是没看懂 谁能解释一下', 'none'],
  ['group', 'my dad looks really bad, he cannot breathe properly', 'emergency'],
  ['group', 'my chinese is bad but i can help carry things', 'volunteer', 'skills=delivery'],
  ['reply:recruit', '我报名 周末都有空', 'recruit.signup'],
  ['reply:recruit', '算我一个 可以开车', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '报名+1', 'recruit.signup'],
  ['reply:task', 'on it', 'task.claim'],
  ['reply:task', "i'm on it, 10 min", 'task.claim'],
  ['reply:task', '我来 马上下楼', 'task.claim'],
  ['reply:task', '我本来想去的 但是孩子发烧了 去不了', 'task.giveback'],
  ['group', '上次晕倒的那个阿伯刚才又晕倒了 叫不醒', 'emergency'],
  ['group', '谁家有多的体温计 我家的坏了 想借一个', 'medicine', 'items=体温计;qty=1'],
];
