/**
 * Cues any recogniser may weigh, on normalised text (simplified Chinese, half-width): whether a
 * message is a forward or a notice rather than the writer's own words, and the like. Pure.
 */

// 【转发】, "转发:", "Forwarded from…", a committee notice or a daily bulletin pasted in.
const FORWARD_MARK =
  /^\s*(?:-{2,}\s*)?(?:【\s*(?:转发|转载|通知|公告|提醒|紧急通知|温馨提示)\s*】|转发\s*[::]|转\s*[::]|(?:居委(?:会)?|物业|街道|社区|小区|村委|业委会|办事处)?(?:通知|公告|提醒)\s*[::]|notice(?: from [^:\n]{1,30})?\s*:|转发\s+(?=\S)|转自|\[?forward(?:ed)?\b|fwd\s*:|fyi\b|forwarding\b)|(?:防疫日报|每日通报|疫情通报|daily bulletin)\s*(?:\(|（|第|$|\n)|^\s*(?:daily|weekly|today'?s) (?:bulletin|update|report|summary)\b/i;

/** How long the writer's own request can be; a longer message is a notice, an article or a chain. */
export const LONG_MESSAGE = 400;

/**
 * The length of a message as a reader weighs it: an English word counts two characters, as a Chinese
 * word does — a relative abroad asks in 70–80 words what a Chinese writer says in 200 characters.
 */
const weighedLength = (text: string): number => (/[A-Za-z]{3}/.test(text) ? text.replace(/[A-Za-z'’-]+/g, 'ww').length : text.length);

/** Whether a message is a forward, a notice or a bulletin: it quotes requests, it does not make them. */
// 「…——居委公众号今天转的 大家看看」, "… — shared from the district's account": the source named after a dash, at the end
// (「… —— 群里有人转的 我也一样」 adds the writer's own after it, and is no forward).
const SOURCE_AFTER =
  /(?:—{1,2}|-{2,6})\s{0,3}[^\n—]{0,16}?(?:转的|转发的?|转来的|转自|转载|看到的|抄来的|复制的|公众号|\bshared from\b|\bforwarded from\b|\bcopied from\b)(?![^\n]{0,40}(?:我|\bmy\b|\bI\b))[^\n]{0,40}$/i;

export function isForward(text: string): boolean {
  if (FORWARD_MARK.test(text) || SOURCE_AFTER.test(text)) return true;
  if (text.length > LONG_MESSAGE && weighedLength(text) > LONG_MESSAGE) return true;
  // A numbered notice: several lines starting 一、二、 or 1. 2. with a title line.
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 4 && lines.filter((l) => /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、)]\s*[^\d])/.test(l)).length >= 3 && !/接龙/.test(lines[0] ?? '');
}

/**
 * Whether a message is a copied 接龙 chain (the bot's 「团购接龙 #7」, WeChat's 「#接龙」, a roll call):
 * the lines above the last are other people's, copied again and again in a busy group.
 */
export function isChain(text: string): boolean {
  if (!text.includes('\n')) return false;
  const head = text.slice(0, text.indexOf('\n'));
  return /接龙/.test(head) || /团购接龙|接龙\s*#\s*\d/.test(text.slice(0, 200));
}

// A WeChat quote-reply pasted as text: 「name:quoted」, a dashed line, then the reply (as src/adapters/wechat-text.ts reads one that arrives).
const PASTED_QUOTE = /^\s*[「“"][^:：\n]{0,64}[:：][\s\S]*?[」”"]\s*\n\s*(?:-\s*){3,}\n([\s\S]*)$/;

/** The writer's own words: below a quote pasted above them, else the whole text. */
export function ownWords(text: string): string {
  const m = PASTED_QUOTE.exec(text);
  return m ? m[1]!.trim() : text;
}

/** The last line written, the only one of a copied chain that is the sender's. */
export function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1]!.trim();
}

/** Laughter and jokes: 哈哈, 笑死, 😂, lol. */
export const JOKE = /哈哈|笑死|笑煞|笑哭|好笑|搞笑|段子|开玩笑|😂|🤣|😆|😅|\blol\b|\blmao\b|\bhaha|\bXD\b/i;

/**
 * What someone told the writer to do, reported (「叫我们一定要多囤点药」, 「叫我哋即刻買定啲藥」, 「非要叫我多备点布洛芬」): the
 * writer's words of wanting and of "call me" inside it are the other's instruction, no request or offer of the writer's.
 */
export const TOLD_TO = /(?:非要|硬要|总是|一直|天天|成日|又)?叫(?:我们|我哋|阿拉|我)(?:一定|即刻|立刻|马上|赶紧|赶快|快点|千万|早点|多)[^。!?,,\s]{0,16}/g;

/**
 * A notice that those who need a thing report it to someone in charge by a time (「有需要配药的 明天之前跟楼组长报」, 「要配慢性病药的
 * 邻居 周五前跟志愿者登记」, "please tell your building lead by Friday"): no request and no offer of the writer's.
 */
export const REPORT_TO_THOSE_IN_CHARGE =
  /(?:需要|要)[^。!?,,\s]{0,6}的(?:邻居|居民|人|朋友|街坊)?[\s,,]{0,2}[^。!?]{0,12}?(?:跟|向|找|给|告诉|报给)(?:楼组长|楼长|居委|志愿者|团长|物业|社区|网格员)[^。!?]{0,4}(?:报|说|登记|讲)|\b(?:please )?(?:tell|inform|let|message|contact) (?:your|the) (?:building lead|committee|volunteers?|floor lead|group leader)\b/i;

/**
 * How to have something done through the bot, asked as a procedure ("how can I get medicine delivered through this bot?", "what do I
 * need to do to order groceries with you?", 「通过你怎么配药」, 「要怎样透过你帮老人配药」): the bot named as the way is what makes the
 * how a question about the bot, whatever service follows; "how do I get to the hospital from here?" names no bot.
 */
export const HOW_THROUGH_THE_BOT =
  /\b(?:how|what)\b[^.?!]{0,50}?\b(?:through|via|using|with|from) (?:you|u|this bot|the bot|linli|this app)\b(?! guys| all| both)|(?:通过|透过|经过|借助|用)(?:你|您|邻里|机器人|这个机器人|这个助手)(?!的)[^。!?？]{0,12}?(?:怎么|怎样|如何|咋)|(?:怎么|怎样|如何|咋)(?:样)?(?:才能|才可以|可以|能)?(?:通过|透过|经过|借助)(?:你|您|邻里|机器人)/i;

/**
 * A wish for one of the bot's services, then how to say it to the bot, the whole message ending on the how (「我要配药 跟侬哪能讲」,
 * 「我想订菜 要怎么说」, "I need to order medicine, what do I type?"): the form of words the bot takes is asked, not the service. How
 * to tell someone else (「跟我老公怎么讲」, "to the pharmacist") and a how that goes on (「怎么讲医生都不肯」) are not this. The help recogniser reads it as help; the
 * offer and the request it names step back (commands/volunteering/recognise.ts).
 */
export const WISH_THEN_SAY = new RegExp(
  String.raw`(?:我|我们)(?:也)?(?:想|要|需要)(?:要)?(?:配药?|买药|开药|订菜?|买菜|报名|登记|当志愿者|做志愿者|参加团购|接龙|团购)(?:(?!跟|和|对|向|同|给)[^\s,,。!!??]){0,12}?[\s,,。]*(?:那|请问)?(?:我)?(?:要|该|应该|得)?(?:跟|和|对|向|同|给)?(?:你|您)?(?:要|该|应该|得)?(?:怎么|怎样|如何|咋)(?:样)?(?:跟(?:你|您))?(?:讲|说|写|发|打字?)(?:法)?(?:才(?:行|对|可以|好)|比较好|呢|啊|呀|吗)?[\s??。.!!]*$` +
    String.raw`|\bi (?:need|want|would like|'d like) to (?:order|get|request|register|sign up|buy)\b[^.?!]{0,40}[,.;!]?\s*(?:so |but |and )?what (?:do|should|shall|must|can) i (?:say|type|write|send)(?: (?:to )?(?:you|u|the bot|linli))?\s*\??\s*$`,
  'i',
);

/**
 * A courtesy said last, after what the message is for: 「…大家一起加油」, 「…团长辛苦了」, 「…非常感谢」, "…Thank you for organising
 * this!", "…thanks so much everyone". Set aside before a sign-up or an order is looked at for what would make it a cheer or a thanks.
 */
const CLOSING_COURTESY =
  /(?:[\s,，。.!！~]*(?:(?:非常|十分|万分|多)?(?:感谢|谢谢)(?:团长|大家|邻居们?|各位|志愿者们?)?(?:辛苦(?:了|啦)?)?|(?:大家|我们)?(?:一起)?(?:加油|努力)(?:呀|啊|鸭)?|(?:团长|大家|各位|志愿者们?)?辛苦(?:大家|各位|你们|团长)?(?:了|啦)?|💪|🙏|thank(?:s| you)(?: (?:so|very) much| a lot| all| everyone)?(?: for [^.!?]{1,40})?|cheers))+[\s!！~。.]*$/iu;

/** The text without a courtesy said last (CLOSING_COURTESY), unless the courtesy is all there is. */
export function withoutClosingCourtesy(text: string): string {
  const m = CLOSING_COURTESY.exec(text);
  if (!m || m.index === 0) return text;
  const rest = text.slice(0, m.index);
  return rest.replace(/[\s\p{P}]/gu, '').length >= 4 ? rest : text;
}
