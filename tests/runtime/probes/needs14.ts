/**
 * Round 14 probes (needs14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: a wish for one of the bot's services, then how to say it to the bot (「我要配药 跟侬哪能讲」, 「我想订菜 要怎么说」, "I need to
// order medicine, what do I type?"), the whole message ending on the how: what is asked is the form of words the bot takes, a
// question about the bot (help), privately or said to it. How to tell someone else (老头子, the pharmacist), a how that asks
// nothing (「怎么讲都没用」) and a request with its medicine and count stay what they were. (A medicine named before the how, 「我想配点降压药 要跟你怎么说」,
// is still asked about: the medicine reading is the medicine recogniser's to set aside, left.)
// Read right before the change: 5/11. After: 11/11.
export const ROUND_14_WISH_THEN_HOW_TO_SAY_IT: Probe[] = [
  ['private', '阿拉要订菜 跟侬哪能讲', 'help'],
  ['group', '@邻里 我想报名志愿者 要怎么写才对', 'help'],
  ['private:new', 'I need to order medicine for my mum, what do I say to you?', 'help'],
  ['private', 'I want to sign up as a volunteer. What should I type?', 'help'],
  ['private', '我要配藥 該怎麼跟你講', 'help'],
  ['private', '我要买菜，怎么说？', 'help'],
  ['group', '@邻里 阿拉想配药 哪能讲法', 'help'],
  ['private', '我想订菜 跟我老公怎么讲他都不听', 'none'],
  ['private', '我要配格列美脲两盒 还剩三天', 'medicine', 'items=格列美脲;qty=2;days=3'],
  ['private', '我要配二甲双胍 怎么讲医生都不肯多开', 'medicine', 'items=二甲双胍'],
  ['group', 'I want to order veg but what do I say to my landlord about the money?', 'none'],
];

// Set B: whether the bot will do a group-buy service for me (「侬会帮阿拉团购伐」, 「你能帮我接龙吗」): 我 after 帮/替/给 is the one the bot
// would act for, so the question is about the bot (help), not one's own order asked after; 「我团购报上了吗」 and 「阿拉接龙接上了伐」,
// one's own order, stay /我的团购. (A row first written 「侬好替阿拉接龙伐」 was rewritten with 能: 侬好 there is a greeting or "can".)
// Read right before the change: 7/9 (the rewritten row wrong too). After: 9/9.
export const ROUND_14_WILL_YOU_DO_IT_FOR_ME: Probe[] = [
  ['private', '你会帮我们团购吗', 'help'],
  ['private:new', '侬能替阿拉接龙伐', 'help'],
  ['private', '你能不能帮我团购呀', 'help'],
  ['private', '你會幫我們團購嗎', 'help'],
  ['group', '@邻里 侬会帮阿拉接龙伐', 'help'],
  ['private', '我团购报上了吗', 'mydata'],
  ['private', '阿拉接龙接上了伐', 'mydata'],
  ['private', '帮我看看 我的团购报上了没', 'mydata'],
  ['private', '我家的订单呢', 'mydata'],
];

// Set C: what help the bot can give, asked with 帮得了 / 帮得上 / 帮得到 (「侬帮得了啥忙」, 「你帮得上什么忙」), privately or to the bot: help,
// as 能帮什么忙 is. Said to a neighbour in the group (「你帮得了啥忙 别添乱了」) or of others (「帮不了什么忙」) it is talk.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_14_WHAT_HELP_CAN_YOU_GIVE: Probe[] = [
  ['private', '你帮得上什么忙', 'help'],
  ['private', '侬到底帮得了阿拉啥忙', 'help'],
  ['group', '@邻里 你帮得到我们什么忙', 'help'],
  ['private:new', '你帮得了什么忙呀 我一个老太婆啥也不懂', 'help'],
  ['private', '你幫得上什麼忙', 'help'],
  ['group', '你帮得了啥忙 别添乱了', 'none'],
  ['group', '小区里年轻人都阳了 谁还帮得了什么忙呢', 'none'],
  ['private', '我腰不好 帮不了什么忙 不好意思', 'none'],
];

// Set D: Shanghainese 格 after a verb done (登记过格, 报过格, 填过格, 配好格) is 的: 「阿拉登记过格药 侬查一查」 is 「我登记过的药 你查一查」,
// one's own record asked after (mydata). 格 as 这 (格个), a 格 after a verb with nothing after it, and the same words told of the
// past among neighbours stay what they were. The record named with 我家里 before its verb, and 配过的药, are one's own record too.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_14_GE_AFTER_A_VERB_DONE: Probe[] = [
  ['private', '阿拉屋里登记过格地址 侬查查对伐', 'mydata'],
  ['private', '阿拉上趟报过格药 侬那边有记录伐', 'mydata'],
  ['private', '阿拉填过格电话 侬看看对伐', 'mydata'],
  ['group', '@邻里 阿拉配过格药 侬查一查', 'mydata'],
  ['private', '阿拉登記過格門牌 儂查查看', 'mydata'],
  ['group', '格个药阿拉吃过格 老好', 'none'],
  ['group', '伊讲过格事体侪忘记了', 'none'],
  ['private', '阿拉登记过格 侬放心', 'none'],
];

// Set E: under a task post, Shanghainese V好 ending the report is the thing done (「已经拿好送好」, 「药配好送好了」, 「东西放好伊门口」):
// the task reported done. Asked (「送好伐」), planned (「拿好再送」) or a step after it asked about (「送好之后要拍照伐」) it is not.
// Read right before the change: 4/8. After: 8/8.
export const ROUND_14_DONE_SAID_WITH_HAO: Probe[] = [
  ['reply:task', '药已经配好送好', 'task.done'],
  ['reply:task', '阿拉刚刚送好', 'task.done'],
  ['reply:task', '東西已經買好送好', 'task.done'],
  ['reply:task', '菜拿好 放好伊门口', 'task.done'],
  ['reply:task', '侪送好 阿婆收到', 'task.done'],
  ['reply:task', '送好伐', 'none'],
  ['reply:task', '我去拿 拿好再送过去', 'task.claim'],
  ['reply:task', '送好之后要拍照伐', 'none'],
];

// Set F: Shanghainese 格 after a package, before its count, is 的 (「阿拉要肉格 两只」 is 「我要肉的 两份」), as 额 was: the package named by
// its kind with 格, then its count apart, is that package's count (commands/groupbuy/words.ts); never 价格, 性格, 表格, 合格 and the like,
// nor a count that is part of a word (「拉菜格三轮车」: the last row, added when a first rule read it as three vegetable boxes).
// Read right before the change: 6/9. After: 9/9.
export const ROUND_14_GE_BEFORE_A_COUNT: Probe[] = [
  ['reply:chain', '阿拉要水果格 三只', 'order', 'items=C*3'],
  ['reply:chain', '要蔬菜格 两只 3号楼201', 'order', 'items=A*2;door=3-201'],
  ['reply:chain', '阿拉屋里要鸡蛋格 两只', 'order', 'items=D*2'],
  ['reply:chain', '阿拉要肉格 三份', 'order', 'items=B*3'],
  ['reply:chain', '肉格价格是多少', 'none'],
  ['group', '格个菜价格老贵格', 'none'],
  ['group', '伊性格 老好格', 'none'],
  ['reply:chain', '表格填好了伐', 'none'],
  ['reply:chain', '拉菜格三轮车停在门口了', 'none'],
];

// Set G: an order line in English in the open group, the whole message a count, a package named by its kind and a courtesy ("2 veggie
// boxes please", "one meat pack pls"): an order line and nothing else, as 「水果两份」 is. Boxes arrived, left or asked after stay talk.
// Read right before the change: 4/9. After: 9/9.
export const ROUND_14_ENGLISH_ORDER_LINE: Probe[] = [
  ['group', '3 fruit boxes please', 'order', 'items=C*3'],
  ['group', 'one meat pack pls', 'order', 'items=B*1'],
  ['group', 'two veg boxes, thanks', 'order', 'items=A*2'],
  ['group', 'Hi, 1 fruit box please!', 'order', 'items=C*1'],
  ['group', '2 vegetable packages please 🙏', 'order', 'items=A*2'],
  ['group', '3 fruit boxes arrived at the gate', 'none'],
  ['group', 'two meat boxes were left downstairs, whose are they?', 'none'],
  ['group', 'any fruit boxes left please?', 'none'],
  ['group', 'please, 2 boxes of masks for the guards', 'none'],
];

// Set H: everything the bot holds of me and my household asked to be told, the requests named as part of it ("tell me exactly what
// information you have stored about me and my household, the medicine requests…"): what is held (mydata), surely, not a request;
// a need said with its medicine, and what is known of something else, stay what they were.
// Read right before the change: 3/7. After: 7/7.
export const ROUND_14_EVERYTHING_HELD_ASKED: Probe[] = [
  ['private', 'Could you tell me everything you have stored about my family? Address, medicine requests, all of it.', 'mydata'],
  ['private', 'Please list exactly what data you hold on me and my household, including any medicine requests.', 'mydata'],
  ['private', 'What information have you kept about me and my flat? The medicine requests too please', 'mydata'],
  ['group', '@linli please show me all the details you have on my household, door and medicine requests', 'mydata'],
  ['private', 'Can you tell me what you have on record for us, the medicine requests and our flat number? Want to check before the next run.', 'mydata'],
  ['private', 'My mum needs amlodipine, 2 boxes please', 'medicine', 'items=amlodipine;qty=2'],
  ['group', 'what information do you have about the next testing round?', 'none'],
];

// Set I: whether helpers are still wanted, asked, then one's own wish to help with what one would do (「志愿者还缺人吗 我想帮忙分发物资」):
// the question is answered by the wish, an offer. A wish taken back or a question that goes on stays what it was.
// Read right before the change: 3/7. After: 7/7 (a wish taken back by 被隔离 is now taken back by name: before, only the question kept it out).
export const ROUND_14_WISH_AFTER_ASKING_IF_NEEDED: Probe[] = [
  ['group', '还要志愿者吗 我想帮忙搬物资', 'volunteer', 'skills=delivery'],
  ['group', '缺人手吗 我想帮忙发菜', 'volunteer', 'skills=delivery'],
  ['group', '志願者還缺人嗎 我想幫忙做翻譯', 'volunteer', 'skills=translator'],
  ['group', '人手够伐 阿拉也想帮忙分物资', 'volunteer', 'skills=delivery'],
  ['group', '志愿者还缺人吗 我想帮忙但是被隔离了', 'none'],
  ['group', '志愿者还缺人吗 我想问问', 'none'],
  ['group', '团购还缺人吗 我想帮忙拼单', 'none'],
];
