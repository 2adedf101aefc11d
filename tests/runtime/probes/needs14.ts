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
