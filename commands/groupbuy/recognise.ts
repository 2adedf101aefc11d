import { isChain, isForward, withoutClosingCourtesy } from '../../src/kernel/cues.js';
import { doorKey, findDoor, type Door } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import type { OpenGroupBuy, Recognised, Situation } from '../../src/runtime/understand.js';
import { chainIdOf, chainLineTexts, countSaidApart, readChainLine, type ChainLine } from './chain.js';
import { fromPinyin, orderText } from './words.js';
import { ordersAskedAfter } from './mine.js';

/**
 * Reading an order for an open group-buy, on normalised text: a copied chain (the bot's own or
 * WeChat's 「#接龙」 with the group-buy's number in its title) whose last line is the sender's, a
 * reply to the chain post, or plain words in a group where one is open ("5-302 B两份", "Two of B
 * for 12-1201", 「B套餐來兩份 7号楼1201」, 「要一份肉的一份菜的」). The quantity is the one written:
 * "Two of B" is two. Talk about a group-buy (when it comes, what is in B, a broken egg, another
 * chain) orders nothing.
 */

// Cheap first look: an order names a letter, a package or a chain.
const CUE = /(?<![A-Za-z])[A-Za-z](?![A-Za-z])|[A-Za-z]\s*各|🥚|🥬|🥦|🥕|🍗|🥩|🍖|🍎|🍊|🍇|🍉|🍌|(?<![A-Za-z])[A-Za-z][xX]\s*\d|接龙|团购|份|套餐|菜|肉|水果|蛋|只|取消|不要了|退出|退团|不跟|不参加了|不拼了|不买了|package|box|egg|meat|fruit|veg|order|buy|(?<![A-Za-z])\d{1,2}\s+[A-Z]'?s\b|put (?:me|us) down|\beach\b|cancel|\b(?:fen|ji ?dan|shu ?cai|shui ?guo|rou|tao ?can)\b/i;
/** "#接龙" (WeChat's own) or "接龙" as the first line of a chain. */
// (Typed by hand, the title may follow on the same line: 「#接龙 4月21日蔬菜套餐」.)
const WECHAT_CHAIN = /^#?\s*接龙\s*(?:\n|$)|^#\s*接龙[ \t]+[^\n]{1,40}\n/;
/** Putting oneself down: the words of an order. */
const ORDER_WORDS =
  /要|(?<![原后出回过进起上下本将带])来|订|报|加(?:我|上)?|算我|接龙|团购|跟团|给我|帮我|登记|参加|put me down|add(?:ing)? (?:me|myself|us)|i'?d like|we'?ll take|i'?ll take|can i (?:get|have)|i want|for (?:us|me)|count me/i;
/** Talk about a group-buy that orders nothing: when, how, what, a complaint, the past, barter, a gift received (拿来, 分了我), whoever wants it told whom to call (「要送菜的 喊我」). */
// (A package that came spoilt — 一半是烂的, 发霉了, 爛咗, rotten — is a complaint; 「鸡蛋别压烂了」 is care asked of an order line.)
/** Half a package asked for (「C能不能拆开卖 想要一半」, 「只想要半份」, "only want half"): a question whether it is sold split, whatever wanting it says. */
const HALF_ASKED = /拆开|拆(?:一半|成)|分开(?:卖|买)|(?:只|就)?(?:想)?要(?:一半|半份|半个|半箱|半盒|半板)|\b(?:only )?want(?:ed)? half\b|\b(?:be|get|sell (?:it|them))\s+split\b|\bhalf (?:a|the) (?:box|set|pack(?:age)?)\b/i;
// (Another household's order told as news — 「王老师家订了三份鸡蛋」, 「对门阿婆订了一份菜」, 「他们这次订了四份」 — is talk about them;
// the writer's own household's, 我家订了, 我们订了, 我婆婆订了, is left as it was read.)
/** How to pay asked (how do I pay, where do I send the money, can I pay with alipay, 钱怎么给, 錢點俾, 钞票哪能付, 钱转到哪里): no order, whatever package it names. */
const PAYING_ASKED =
  /how (?:do|can|should|shall|would) (?:i|we) pay|where (?:do|should|can|shall) (?:i|we) (?:send|transfer|pay)|(?:can|could|do|should|may) (?:i|we) pay(?: for [^.,?!]{1,30})? (?:with|by|via|through|in) (?:alipay|wechat|cash|card|bank|transfer)|(?:钱|钞票|款)\s*(?:要)?(?:怎么|怎样|如何|咋|哪能|点样|点)\s*(?:给|付|转|俾|畀|交)|(?:钱|钞票|款)\s*(?:转|付|给|交|俾|畀)(?:到|去|给)?\s*(?:哪|边度|边个)/i;
/** One package changed for another in other words than 改成 / 换成: Cantonese 改做, 換做, 轉做; 调成, 改为 (README rule 25: a change, no order). */
const CHANGED_TO = /(?:改|换|转)做|(?<!空)调成|改为/;
/** How long a package lasts (「一份菜吃三天」, 「两份鸡蛋吃一个月」, 「一份蔬菜顶三天」, "lasts us 3 days"): talk about the goods. */
const LASTS = /(?:吃|撑|顶|食)(?:得)?\s*(?:[一两三四五六七八九十半\d]|好几|几)[^。,,\s]{0,3}?(?:天|日|顿|餐|周|礼拜|星期|月)|\blasts? (?:us |me |them )?(?:\d|a |an |one |two |three |about |for )/;
const NOT_AN_ORDER =
  new RegExp(`${HALF_ASKED.source}|` + String.raw`(?<![帮替代]|我[^。,,\s]{0,3}|阿拉[^。,,\s]{0,3})(?:家|他|她|伊|佢|人家|们|姨|婆|叔|伯|爷|奶|师|生|太)(?:这次|今次|这趟|这回|也|都|又|昨天|前天|已经|一口气|一次)?订了|报错|写错|搞错|弄错|应该是|送了|送来|送的|拿来|(?:给|分|送|塞)了我|分给我|\d\s*的\s*[A-Za-z](?![A-Za-z])|没(?:有)?(?:收到|拿到|送来)|还没到|还有(?:很多|好多|交关|不少|一些|些)|交关|(?:上面|前面|刚才)(?:那个|那行|的)|是不是|对不对|行不行|太多|太少|是我报的|各位邻居|别报|不用报|报多了|就够了|哪里|哪儿|产地|几(?:户|家|个人|位)|多少(?:户|家|人)|(?:用|拿)[^。,,]{0,6}换|吃完|吃光|用完|(?:谁|哪家|哪位|有人)(?:家)?[^,,。]{0,4}(?:要|需要|想要)|要[^。,,\s]{0,10}[的个][\s,,]{0,2}(?:都|就|也|尽管|随时|直接)?(?:可以)?(?:来)?(?:找|叫|喊|揾|搵|寻|联系|@|艾特|(?:跟|和)我(?:说|讲))(?:我|团长|楼长|群主)?|[块分毛]钱|吃了|(?:煮|炒|蒸|炖|煎|腌)(?:了|成|好|熟)|当成|抢到|(?:在)?发(?:鸡蛋|菜|物资|东西|水果|肉)(?:了|啦)|just kidding|\bjk\b|开玩笑|剩下|的时候|到了(?!吗|\s*(?:我|就|叫|喊|通知|告诉|打))|要不要|需不需要|你家|你的|(?:帮你|给你)(?:拿|放|带|送)|\breceived\b|\bgot (?:my|our|the)\b|dropped off|brought (?:us|me|over|round)|gave (?:us|me)|\bleftovers?\b|有没有人|拼(?:单|一)|转给谁|付给谁|买(?:了|过)|(?:确实|真的?|挺|蛮|很)(?:好|不错)|不错|贵|便宜|划算|价格|价钱|\bprice|expensive|cheap|什么时候|啥时候|几时|几号到|几点|到货|多少钱|什么|哪些|哪(?:一)?(?:家|个|种|样|款|天)|怎么样|好不好|\bwhat\b|\bwhich\b|^谢谢(?![\s,,!!]*[A-Z](?![A-Za-z]))|还是(?!要|买|来|订|跟)|感谢|thanks? to|thank you for|付款|已付|付了|转账|\bpaid\b|payment|还没送到|没送到|到了吗|到了没|收到了|什么时候送|怎么付|付款|限几|几份|接到多少|截单(?!前)|还能接龙吗$|怎么办|怎么改|怎么弄|咋办|咋改|how do i (?:change|fix|correct)|${PAYING_ASKED.source}|(?:怎么|怎样|如何|咋)(?:样)?(?:订|报|买|接龙|下单|参加|跟团)|how (?:can |do |should )?(?:i|we) (?:can |could |should )?(?:order|buy|join|get)|涨价|降价|(?<![我])(?:要|让|叫)我(?:多|少|别|去|买|囤)|囤|放错|送错|(?<!(?:别|不要|小心)[^。,,\s]{0,2})(?:碎了|坏了|烂(?:了|的|掉|咗)|发霉|霉了|臭(?:了|的)|臭味|变质|\brotten\b|\bmou?ldy\b|\bspoil(?:ed|t)\b)|发芽|少了|不新鲜|上次|上趟|昨天|上周|改成|删掉|换成|${CHANGED_TO.source}|${LASTS.source}|多余|换东西|借|交换|几[种斤个样天两]|够[^。,,]{0,4}吃|有多少|多重|多大|(?:下(?:次|趟|回)|以后)[^。,,!!??\s]{0,8}(?:订|要|来|买|报|跟|加|团|拼)|新鲜|好吃|不适合|不考虑|过敏|allergic|不感兴趣|吃素|素食|不吃(?!了)|吃不了|吃不完|\bnot for (?:us|me)\b|\bdon'?t (?:eat|want|need|like)\b|\bvegetarian|\bvegan\b|what'?s in|what is in|when (?:will|is|does)|how (?:much|many|big)|broken|wrong|missing|spare|trade|arrive|next time|last time|were great|was great|delicious`, 'i');
/** A chain line put down already (已经接好了, 报过了, 接好龙了) or others told not to add it again (不用再帮她报, 侬拉覅再帮伊接, 别重复接). */
const PUT_DOWN_ALREADY = /(?:已经|早就|早已|刚刚?|刚才)[^。,,\s]{0,8}?(?:接|报|登记|下单)(?:好|过|了)|(?:接|报)(?:好|过)(?:龙)?了|(?:不用|别|不要|勿要|覅|无需|不必)(?:再)?(?:帮|替|给)?[^。,,\s]{0,4}?(?:接|报)(?:了|龙)?|(?:别|不要|勿要|覅)重复|\balready (?:added|put|signed|ordered)\b|\bno need for (?:anyone|anybody|others?) to (?:add|order)\b/i;
/** An item with a verb of ordering right before it: 「我要两份 B」, 「来一份 D」, "I want C×2". */
const ORDERED_BY_VERB = /(?:要|(?<![原后出回过进起上下本将带])来|订|报|加|跟|给我|帮我|记|want|take|get|order)[^,,。!!??\s]{0,4}\s?[A-Z](?![A-Za-z])|(?<![A-Za-z])[A-Z][^,,。!!??]{0,4}(?:要|来|订|报|算|记|留|加)\s*(?:我|我家)?\s*(?:[\d一二两三四五六七八九十]|个)/i;
/** An item with its order word before it, its count beside it, or another item joined to it: 「我要 B」, 「B两份」, 「两份 B」, 「A和C」. */
const GOVERNED = /(?:要|(?<![原后出回过进起上下本将带])来|订|报|加|买|跟|给我|帮我|记|want|take|get|order|buy)[^,,。!!??\s]{0,4}\s?[A-Z](?![A-Za-z])|(?<![A-Za-z])[A-Z]\s*(?:套餐|的)?\s*(?:要|来)?\s*(?:[x×*:=]\s*)?[\d一二两三四五六七八九十]|[\d一二两三四五六七八九十]\s*[份个只套箱盒板提]?\s*(?:的)?\s*[A-Z](?![A-Za-z])|(?<![A-Za-z])[A-Z]\s*(?:[,,、+&]|和|跟|and)\s*[A-Z](?![A-Za-z])|[A-Z]\s*各|(?<![A-Za-z])[A-Z][^,,。!!??]{0,4}(?:要|来|订|报|算|记|留|加)\s*(?:我|我家)?\s*(?:[\d一二两三四五六七八九十]|个)|(?<![A-Za-z])[A-Z]\s*(?:\+\s*1\b|for (?:me|us)\b|please\b|pls\b|plz\b)/i;
/** An order planned for next time: 下次/下回/以后 and then an order verb with its count (「下次多订一份」, "next time we should order two"); 「下次早点送」 is a remark on this one. */
const LATER_ORDER = /(?:下(?:次|趟|回)|以后|\bnext time\b)[^。,,!!??\n]{0,8}?(?:订|要|来|买|报|加|\border\b|\bget\b)\s?(?:[一二两三四五六七八九十\d]|个|份|a |one |two |three )/i;
/** A remark on how one wrote the order, not on the goods: "tell me if I did it wrong", "sorry if this is the wrong format". */
const FORM_REMARK = /(?:please |pls )?(?:tell|let) me (?:know )?if (?:i|this|it)\b[^.!?]{0,30}\b(?:wrong|right|correct|ok)\b[^.!?]{0,30}|sorry if (?:this|it) is (?:the |in the )?wrong (?:format|way)[^.!?]{0,30}|不知道(?:这样)?(?:写|报)?(?:得)?(?:对不对|对吗|行不行)|格式(?:不对|错了)的话[^。]{0,12}/gi;
/** Thanks said last, after everything else: 「…门牌6-2-801 非常感谢」, 「感谢团长辛苦了」. */
const CLOSING_THANKS = /(?:非常|十分|万分|多)?(?:感谢|谢谢)(?:团长|大家|邻居们?|各位)?(?:辛苦(?:了|啦)?)?[!!~。.\s]*$/;
/** An order line introduced as one's own: "here is my line:", "my order:", 「我报:」, 「我家的是:」. */
const ORDER_INTRO = /(?:here(?:'s| is) (?:my|our) (?:line|order)|(?:my|our) (?:line|order)(?: is)?|我(?:家)?(?:的|报|要的|订)(?:是)?)\s*[:：]\s*([^.!?。！？\n]{3,80})/i;
/** A question asked by its verb twice: 「能不能多点青菜」, 「有没有排骨」, 「可不可以少放点土豆」. */
/** This time's order, said against last time (这次要, 这趟还是要, 今次要, "this time two…"), and what is told of last time up to this time or the clause's end. */
const THIS_TIME = /[这今](?:次|趟|回)[^。,,!!??\s]{0,6}?(?:要|来|订|报|接|买)|\bthis time\b[^.,!?]{0,12}?(?:\b(?:one|two|three|four|\d{1,2})\b|\b(?:order|get|take)\b)/i;
const LAST_TIME = /(?:上(?:次|趟|回)|last time)[^,,。!!??\s]{0,20}?(?=这(?:次|趟|回)|今(?:次|趟|回)|[,,。!!??\s]|$)/gi;
const A_NOT_A = /能不能|可不可以|有没有|会不会|行不行|是不是|要不要|够不够/;
/** The writer's own order or line named: 我那份, 我家的, 我報的, 我那行, mine. */
const OWN_ORDER = /(?:我|我们|我家|阿拉)(?:家|屋里)?(?:的|那|这|报的|订的|下的)?(?:份|单|行|个|条|订单)|\b(?:mine|my (?:order|line|share|box))\b/i;
/** Words that urge the others to join a chain, not the sender's own order. */
const REMINDER = /还没(?:有)?接|没接的|抓紧|截单|快(?:来)?接|赶紧接|别错过|各位|邻居们/;
const EXAMPLE = /^(?:例|例如|格式|示例|比如|e\.g\.)/i;

interface OrderRead {
  gb: OpenGroupBuy;
  line: ChainLine;
}

/** The group-buy a message is for: named in a chain's title, the chain post replied to, else the only one open. */
function groupBuyOf(text: string, s: Situation): OpenGroupBuy | undefined {
  const known = s.groupBuys;
  if (known.length === 0) return undefined;
  const id = chainIdOf(text);
  if (id !== undefined) return known.find((g) => g.id === id);
  if (s.replyTo?.kind === 'chain') return known.find((g) => g.id === s.replyTo!.id);
  const open = known.filter((g) => !g.closed);
  return open.length === 1 ? open[0] : undefined;
}

/** The sender's own line of a chain: the last one that orders something (an example in the header is not). */
function sendersLine(text: string, gb: OpenGroupBuy): ChainLine | undefined {
  const codes = new Set(gb.items.map((i) => i.code));
  const texts = chainLineTexts(orderText(text, gb.items));
  // 「@团长 上面第3个是我家 水果能换成鸡蛋吗」: the last line asks about a line above, the writer's own; no new line is added.
  const last = texts.at(-1)?.text ?? '';
  if (!NUMBERED.test(last) && LINE_ABOVE_ASKED.test(last) && /吗|[??]|能不能|可不可以|可唔可以|\b(?:can|could|may) (?:i|we)\b/i.test(last)) return undefined;
  for (let at = texts.length - 1; at >= 0; at--) {
    const t = texts[at]!;
    if (EXAMPLE.test(t.text)) continue;
    const line = readChainLine(t.text, t.n, codes);
    // 「3. 11-702 D×2\n鸡蛋别压着」: a line without number, door or count under an order line is a remark on it.
    if (line.items.size > 0 && !line.door && !NUMBERED.test(t.text) && !COUNTED.test(t.text) && at > 0 && readChainLine(texts[at - 1]!.text, 0, codes).door) continue;
    if (line.items.size > 0 || line.cancel) return texts.slice(at + 1).some((r) => CHAIN_REMARK.test(r.text)) ? undefined : line;
  }
  return undefined;
}

/**
 * A line under a copied chain that speaks of the chain as a whole — to everyone, to hurry those who have not
 * joined, its closing time, a bump, a reaction — rather than of the writer's own line (「麻烦放门卫」): whoever
 * wrote it copied the chain to remark on it, and its last line is someone else's.
 */
const CHAIN_REMARK = /@(?:所有人|全体)|所有人|大家|各位|邻居们|还没(?:报|接|跟)|没报的|抓紧|快(?:来|报|接)|截单|截止|^(?:顶|顶一下|顶起来|up|bump)[!!~。.]*$|转发|扩散|^(?:\p{Extended_Pictographic}|\ufe0f|\u200d|\[[^\]]{1,4}\]|\s)+$/iu;

/**
 * Words above a copied chain that begin with a bump (「顶上去 没接的快点」, 「再发一遍 还没报的抓紧」, "bump, closes tonight"): whoever
 * posts it again adds no line, its last line is someone else's — unless the words say the writer joined (「我也接一个」, 「我家也加了」,
 * 「顶一下 加一份」). A reminder alone above the chain (「截单前赶上」) may lead into one's own line, and is read as before.
 */
const BUMPED_ABOVE = /^\s*(?:顶(?:一下|一顶|起来|上去)?|再发(?:一遍|一次|一下)|重发|up\b|bump)/i;
const JOINED_ABOVE = /(?:我|我家|阿拉|我们)(?:家)?(?:也|都|刚)?(?:接|加|报|要|订|跟|来)|(?:接|加|报|订|来)(?:了)?\s*(?:[一两三\d]\s*(?:个|份|行|单)|上)|\b(?:add(?:ed|ing)?|join(?:ed|ing)?)\b|\b(?:i|we)(?:'ve| have)? (?:added|joined|ordered|put)\b|\b(?:mine|ours) (?:is|at)\b/i;
/** The words written above a copied chain's title, if any. */
function aboveTitle(text: string): string {
  const lines = text.split('\n');
  const title = lines.findIndex((l) => /团购接龙|接龙|group[- ]?buy\s*#/i.test(l));
  return title > 0 ? lines.slice(0, title).join(' ').trim() : '';
}

/** A line above named as the writer's own: 上面第3个是我家, 第二行是我, 上面嗰個4號係我屋企, "line 3 is mine". */
const LINE_ABOVE_ASKED = /(?:上面|前面|第\s*[\d一二三四五六七八九十]{1,2}\s*(?:个|個|行|条|位|号|號))[^\n]{0,12}?(?:是|係|系)\s*我|\bline \d{1,2} is (?:mine|ours|me|my)\b/i;
const NUMBERED = /^\d{1,4}\s*[.、,,::)]|^\d\ufe0f?\u20e3/;

/** Is this a chain: the bot's "团购接龙 #7", or WeChat's "#接龙" over a title naming the group-buy? */
function chainOf(text: string, s: Situation): OrderRead | undefined {
  // The group-buy's number names a chain in its title (the first line, or the line under 「#接龙」); a bulletin
  // whose fourth point says "Group buy #1 closes at 8pm" is no chain.
  const head = text.split('\n').slice(0, 2).join('\n').slice(0, 200);
  const wechat = WECHAT_CHAIN.test(text);
  if (!text.includes('\n') || !(wechat || head.includes('团购接龙') || /(?:接龙|团购|group[- ]?buy)\s*#\s*\d/i.test(head))) return undefined;
  // Another chain (a milk group-buy, donations, a roll call) names no open group-buy of ours: one
  // without our number is ours only when its last line orders by our letters (「7-1102 C×1」).
  const unnamed = wechat && chainIdOf(text) === undefined && s.replyTo?.kind !== 'chain';
  const gb = groupBuyOf(text, s);
  const line = gb && sendersLine(text, gb);
  if (unnamed && !(gb && line && byOurLetters(text.trimEnd().split('\n').at(-1) ?? '', gb))) return undefined;
  return gb && line ? { gb, line } : undefined;
}

/** A line that orders by the group-buy's own letters: 「3. 7-1102 C×1」, 「A1 D1」. */
function byOurLetters(line: string, gb: OpenGroupBuy): boolean {
  const codes = gb.items.map((i) => i.code).join('');
  return new RegExp(`(?<![A-Za-z])[${codes}]\\s*[×xX*]?\\s*\\d(?!\\d*\\s*[-号栋#])`).test(line);
}

const fieldsOf = (line: ChainLine): Record<string, string> => ({
  ...(line.items.size > 0 ? { items: [...line.items].map(([c, q]) => `${c}*${q}`).join('|') } : {}),
  ...(line.door ? { door: doorKey(line.door) } : {}),
});

/** A chain (copied or replied): the sender's line. Read for the chain command and for replies to the chain post. */
/** 「B+1」 / 「B-1」: one more or one fewer of an item, what the chain post's buttons stand for. */
export const STEP = /^([A-Za-z])\s*([+-])\s*1$/;

export function recogniseChain(text: string, s: Situation): Recognised | undefined {
  if (s.replyTo?.kind === 'chain' && STEP.test(text.trim())) return { intent: 'order', confidence: 0.95, evidence: ['±1', text.trim()] };
  if (!CUE.test(text)) return undefined;
  const chain = chainOf(text, s);
  // A chain pasted back with a reminder for the others under it (「还没接的邻居抓紧 今晚八点截单」) adds no line of the sender's.
  const lastLine = text.trimEnd().split('\n').at(-1) ?? '';
  if (chain && !lastLine.includes(chain.line.text.trim()) && REMINDER.test(lastLine)) return { intent: 'order', confidence: 0.1, evidence: ['接龙', `a reminder: ${lastLine}`] };
  const above = chain ? aboveTitle(text) : '';
  if (above && BUMPED_ABOVE.test(above) && !JOINED_ABOVE.test(above)) return { intent: 'order', confidence: 0.1, evidence: ['接龙', `a bump: ${above}`] };
  if (chain) {
    if (chain.line.cancel) return { intent: 'order.cancel', confidence: 0.55, evidence: ['接龙', chain.line.text] };
    return { intent: 'order', confidence: 0.93, evidence: ['接龙', chain.line.text], fields: fieldsOf(chain.line), rawArgs: text };
  }
  if (s.replyTo?.kind !== 'chain') return undefined;
  return plainOrder(text, s);
}

/** The last sentence of a long message, or its last 120 characters from a word's start. */
function tailOf(text: string): string {
  const tail = text.slice(-120);
  const sentence = /[。!!??\n]([^。!!??\n]+)$/.exec(tail);
  return (sentence ? sentence[1]! : tail.slice(tail.indexOf(' ') + 1)).trim();
}

/**
 * 「帮5-302报 B×1」, 「替五号楼302订 A两份」: an order for another household; a door right after 帮, so 「帮我买药」 is none,
 * nor is 「替12号楼王阿婆报:降糖药+降压药 各一盒」 or 「…她的氨氯地平吃完了」, a medicine reported for a neighbour.
 */
const BEHALF = /^(?![^]*(?:药|吃完|用完|快没|没了|断了))((?:帮|替|代)\s*(?:[A-Za-z东西南北中]区)?[\d一二三四五六七八九十]{1,3}\s*(?:号楼|号|幢|栋|座|#|-)[^报订]{1,12}(?:报名|报|订)\s*.+)$/;
const BEHALF_PARTS = /^(?:帮|替|代)\s*(.*?)(?:报名|报|订)\s*(.*)$/;

/** An order for another household, read with its fields; the command's parser records who placed it. */
function behalfOrder(said: string, s: Situation): Recognised {
  const gb = groupBuyOf(said, s);
  const parts = BEHALF_PARTS.exec(said);
  const line = gb && parts ? readChainLine(orderText(`${parts[1]} ${parts[2]}`, gb.items), 0, new Set(gb.items.map((i) => i.code))) : undefined;
  return { intent: 'order', confidence: 1, evidence: [said], rawArgs: said, ...(line ? { fields: fieldsOf(line) } : {}) };
}

/** Plain words: "5-302 B两份", "Two of B for 12-1201", "团购我要两份鸡蛋". */
export function recognisePlainOrder(text: string, s: Situation): Recognised | undefined {
  const behalf = BEHALF.exec(text);
  if (behalf) return behalfOrder(behalf[1]!, s);
  // 「我订的B套餐你那边有记录吗」 privately or to the bot: one's order asked after (/我的团购), no new order.
  const askedAfter = !s.isGroup || s.addressed ? ordersAskedAfter(text) : null;
  if (askedAfter) return { intent: 'order', confidence: 0.1, evidence: [`asked after: ${askedAfter[0]}`] };
  // A chain is read by the chain recogniser, once; another chain (milk, a roll call) is no order of ours.
  if (s.replyTo?.kind === 'chain' || !CUE.test(text) || isChain(text)) return undefined;
  return plainOrder(text, s);
}

/** A question about when it comes, where it is left or how to pay: what someone who orders asks next (「C 两份 几时到」). */
const LOGISTICS = /(?:请问|团长|那)?\s*(?:明天|今天|今晚|大概)?\s*(?:几时|几点|什么时候|啥时候|哪天|几号|到货|能到|还(?:能|可以)(?:报|接|跟|要|订)?|来得及|截单|截止了|送(?:到)?(?:吗|啊|呢|哪|几楼|几层)|送到(?:楼下|门口)|(?:楼下|门口|门卫)还是|钱?怎么(?:付|给|转)|钱(?:转|付|给)给?谁|(?:转|付)(?:账|款|钱)?给(?:谁|团长|哪)|(?:钱|款)[^,,。??\s]{0,4}(?:转|付|给)|付款|\bwhen\b|what time|\bdeliver|\barrive|how (?:do|can|should|shall) (?:i|we) pay|\bpay\b)/i;
const QUESTION = /[??]|吗|啊|呢|谁|几|什么|啥|怎么|哪|还是|(?:没|不|没有)\s*$|\bwhen\b|\bwhat\b|\bhow\b|\bwho\b/i;
/** A count written with the item: 「两份」, 「B×2」, "2 of C". */
const COUNTED = /[\d一二两三四五六七八九十]\s*[份个只套箱盒]|[A-Z]\s*[x×*:=]?\s*[\d一二两三四五六七八九十]|[x×*]\s*\d|\d\s+of\s+[A-Z]\b|\d\s*(?:boxes|box)\b/i;

/**
 * The order said without the questions about its delivery or payment beside it: 「B一份 明天能到吗 7-301」 → 「B一份 7-301」,
 * when what is left orders an item with its count. The text unchanged when there is no such question or nothing counted is left.
 */
function logisticsAsked(text: string, gb: OpenGroupBuy): string {
  if (!LOGISTICS.test(text)) return text;
  const codes = new Set(gb.items.map((i) => i.code));
  const orders = (t: string) => readChainLine(orderText(t, gb.items), 0, codes).items.size > 0;
  const kept: string[] = [];
  let dropped = false;
  // Clauses by punctuation; a Chinese clause also by its spaces (「C 两份 几时到」).
  for (const clause of text.split(/[,,。;;!!??\n]+/)) {
    const parts = /[\u4e00-\u9fff]/.test(clause) ? clause.split(/\s+/) : [clause];
    for (const part of parts) {
      const m = LOGISTICS.exec(part);
      const question = m ? part.slice(m.index) : '';
      if (m && QUESTION.test(question) && !orders(question)) {
        kept.push(part.slice(0, m.index));
        dropped = true;
      } else kept.push(part);
    }
  }
  const rest = kept.join(' ').replace(/\s+/g, ' ').trim();
  return dropped && rest !== '' && orders(rest) && COUNTED.test(orderText(rest, gb.items)) ? rest : text;
}

/**
 * 「A一份 B一份 12号楼1101」 told privately by someone the bot does not know yet: no community, so no group-buy to read the
 * packages against, but an order line by letters with their counts is an order all the same; the runtime asks which
 * community first, and the command reads the line again against the group-buy that is open there.
 */
/** The letters a group-buy's packages usually go by, without names: what someone new orders by before their community is known. */
const STRANGERS_ITEMS = [...'ABCDEFGH'].map((code) => ({ code, name: '' }));
/** Greeting, introducing oneself and joining, around a stranger's order line: 「您好 我住…」, 「想跟团」, 「想参加团购」, "for the group buy … please". */
const JOINING =
  /你好|您好|侬好|我是新来的|新来的|我(?:是|住)|阿拉(?:是|住)?|[想要]?(?:参加|跟)|(?:群里)?(?:的)?(?:那个|这个)?[\u4e00-\u9fff]{0,2}(?:团购|团)|接龙|各|和|跟|来|的|\b(?:hello|hi|hey|here|for|the|group[- ]?buy|please|pls|and|i'?d like|i want)\b/gi;
function strangersOrder(text: string, s: Situation): Recognised | undefined {
  if (s.isGroup || s.hasCommunity || NOT_AN_ORDER.test(text) || /[??]|吗/.test(text)) return undefined;
  const letters = new Set('ABCDEFGH');
  // The letters as the group-buy's words read them (「B和C各两份」, 「两B」, 「C1驾照」 is no letter), without any package's name.
  const said = orderText(text.replace(/\n/g, ' '), STRANGERS_ITEMS);
  const line = readChainLine(said, 0, letters);
  if (line.items.size === 0) return strangersPackageOrder(text, line.door);
  if (line.unknown.length > 0 || !COUNTED.test(said)) return undefined;
  // Only an order line: letters, counts, a door and the words of ordering, joining and greeting, nothing else to read.
  const rest = text.replace(JOINING, ' ').replace(/套餐|[A-Ha-h]|[\d\s×xX*份个只套一二两三四五六七八九十号楼栋棟幢座室单元#\-—,,。.!!~]|我要|要|团购|订|报|谢谢|麻烦|请|想/g, '');
  if (rest.length > 2) return undefined;
  const fields = fieldsOf(line);
  const args = { text: `${line.door ? doorKey(line.door) : ''} ${[...line.items].map(([c, q]) => `${c}×${q}`).join(' ')}`.trim(), onBehalf: false };
  return { intent: 'order', confidence: 0.9, evidence: [...line.items.keys(), 'an order line'], fields, args };
}

/**
 * 「想订一份肉禽套餐」, 「想跟团买一箱鸡蛋」, 「我想团一份鸡蛋」 (团 as the verb), "I would like to order one meat box from the group buy": a package named with a verb
 * of ordering and its count, a phrase that names nothing else. Its letter is the community's to know: the runtime asks which
 * community first, and the command reads the package against the group-buy open there.
 */
const PACKAGE_ORDERED =
  /(?:订|訂|买|要|来|报|跟团买?|(?<![参跟拼开])团)\s*([一二两三四五六七八九十\d])\s*(?:份|个|套|箱|盒|板|提)\s*(?:的)?\s*(?:(?:[\u4e00-\u9fff]{0,4}|[A-Za-z]\s*)(?:套餐|礼包|菜|肉|蛋|水果|生果))|\border(?:ing)?\s+(?:one|two|three|a|an|\d)\s+(?:\w+\s+)?(?:box|set|pack|package|bundle)s?\b[^.?!]{0,40}\bgroup[- ]?buy\b/i;
function strangersPackageOrder(text: string, door: Door | undefined): Recognised | undefined {
  const m = PACKAGE_ORDERED.exec(text);
  if (!m) return undefined;
  // The order runs to the end of its sentence: 「订一份蔬菜套餐和两份鸡蛋」 is both packages (the second was lost), a closing thanks none.
  const sentence = /^[^。!?！？\n]*/.exec(text.slice(m.index))![0];
  const phrase = sentence.replace(CLOSING_THANKS, '').trim();
  const args = { text: `${door ? doorKey(door) : ''} ${phrase}`.trim(), onBehalf: false };
  return { intent: 'order', confidence: 0.9, evidence: [phrase, 'a package by name'], ...(door ? { fields: { door: doorKey(door) } } : {}), args };
}

/** 「…接龙不知道怎么弄 直接讲了 我要两份鸡蛋」: "I'll just say it", then the order; what came before it asked how, not about the goods. */
const JUST_SAYING = /直接(?:讲|说)(?:了|啦|吧|咯)?[\s,,。!!]+(?=(?:我|阿拉)?(?:就)?(?:要|想要|订|来))/;

function plainOrder(whole: string, s: Situation): Recognised | undefined {
  const saying = JUST_SAYING.exec(whole);
  if (saying) {
    const after = whole.slice(saying.index + saying[0].length);
    const door = findDoor(after) ? undefined : findDoor(whole.slice(0, saying.index));
    const read = plainOrderOnce(door ? `${after} ${doorKey(door.door)}` : after, s);
    if (read?.intent === 'order' && read.confidence >= 0.75) return read;
  }
  const gbFirst = groupBuyOf(whole, s);
  const before = gbFirst && orderBeforeQuestion(whole, gbFirst);
  const first = before ? plainOrderOnce(before, s) : undefined;
  if (first?.intent === 'order' && first.confidence >= 0.75) return first;
  const read = plainOrderOnce(whole, s);
  if (read?.intent === 'order' && read.confidence >= 0.75) return read;
  const gb = groupBuyOf(whole, s);
  const said = gb && introducedOrder(whole, gb);
  return said ? (plainOrderOnce(said, s) ?? read) : read;
}

/**
 * "Here is my line: 22-1801, two veggie packs…", 「我报:3-1102 鸡蛋两份 上次我搞错了」: the line introduced is the order,
 * whatever the story around it — the longest run of its words that orders and remarks on nothing, with the door said
 * elsewhere in the message ("…my order: C 1 no, D 2 nos. Flat 4-602") when it names none. Undefined without such a line.
 */
export function introducedOrder(text: string, gb: OpenGroupBuy): string | undefined {
  const introduced = ORDER_INTRO.exec(text)?.[1]?.trim();
  if (!introduced || introduced === text.trim()) return undefined;
  const codes = new Set(gb.items.map((i) => i.code));
  const words = introduced.split(/\s+/);
  for (let k = words.length; k > 0; k--) {
    const said = words.slice(0, k).join(' ');
    const line = readChainLine(orderText(said, gb.items), 0, codes);
    if (NOT_AN_ORDER.test(said) || line.items.size === 0) continue;
    const door = line.door ? undefined : findDoor(text);
    return door ? `${said} ${doorKey(door.door)}` : said;
  }
  return undefined;
}

/** A sentence that asks: 「請問水果是哪裡產的?」, "Also, does the meat set include pork?". */
const ASKS = /[??]|吗|请问/;

/**
 * "…so I'm ordering for them: one vegetable set and one egg pack please. Also, does the meat set include pork?", 「鸡蛋两份
 * 8-1101。另外问一下肉禽套餐里有排骨吗?」: the order said in its own sentences, then a question about the goods after them. The
 * sentences before the first question, when they order an item with its count and remark on nothing; undefined otherwise.
 */
export function orderBeforeQuestion(text: string, gb: OpenGroupBuy): string | undefined {
  const sentences = text.split(/(?<=[。!!??])|(?<=[A-Za-z)]\.)\s+/);
  const at = sentences.findIndex((sentence) => ASKS.test(sentence));
  if (at < 1) return undefined;
  // Only a question about the goods (it names a package): its item is asked about, not ordered. Who to pay and when it
  // comes are read with the order as they always were.
  const codes = new Set(gb.items.map((i) => i.code));
  if (readChainLine(orderText(sentences.slice(at).join(' '), gb.items), 0, codes).items.size === 0) return undefined;
  const said = sentences.slice(0, at).join(' ').trim();
  const rewritten = orderText(said, gb.items);
  const line = readChainLine(rewritten, 0, codes);
  return line.items.size > 0 && !line.cancel && COUNTED.test(rewritten) && !NOT_AN_ORDER.test(said) ? said : undefined;
}

/** What a one-line reply to the chain orders, as the recogniser reads it: the line it introduces, without the questions about its delivery. */
export function spokenOrder(said: string, gb: OpenGroupBuy): string {
  if (said.includes('\n')) return said;
  const text = withoutLastTime(said);
  return orderBeforeQuestion(text, gb) ?? introducedOrder(text, gb) ?? logisticsAsked(text, gb);
}

/**
 * 「上次没抢到 这次要两份水果」, 「上趟的肉太肥了这趟就要水果一只」: what went wrong last time, told beside this time's order, is why;
 * it orders nothing and complains of nothing now, so it is left out.
 * (「上次那个水果套餐老人说好吃 这次想再来一份」: again this time is last time's package, said then, and stays.)
 */
function withoutLastTime(text: string): string {
  return THIS_TIME.test(text) && !/[这今](?:次|趟|回)[^。,,!!??\s]{0,6}?[再又]|\bagain\b/i.test(text) ? text.replace(LAST_TIME, ' ') : text;
}

/** 「鸡蛋这次先不要了」, 「这趟不要了」: not wanted this time, said as a clause of its own. */
const NOT_THIS_TIME = /[^\s,,。!!~]*(?:这|今)(?:次|趟|回)[^\s,,。!!~]*不要了?[^\s,,。!!~]*/;

/**
 * 「这次要一份蔬菜一份水果 鸡蛋这次不要了」: a package not wanted this time, said after the order, leaves the order said before it
 * (the clause is left out). Not joining this time at all (「家里鸡蛋还有好多 这次不要了」) has no counted order before it and stays.
 */
function withoutNotThisTime(text: string, gb: OpenGroupBuy, codes: ReadonlySet<string>): string {
  const m = NOT_THIS_TIME.exec(text);
  if (!m) return text;
  const before = orderText(text.slice(0, m.index), gb.items);
  const line = readChainLine(before, 0, codes);
  if (line.items.size === 0 || line.cancel || !COUNTED.test(before)) return text;
  return `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim();
}

/**
 * An order line given as the form to follow (「接龙格式 例如:12-301 C×1」, 「比如 8号楼1203 B×2」, "write it like this, e.g. 6-1102 A x2"):
 * the marker and the line after it, up to its last count, are an example, not an order. A marker with no count after it stays.
 */
const EXAMPLE_GIVEN =
  /(?:例如|比如(?:说|讲)?|譬如(?:说|讲)?|举个例子|举例|示例|格式如下|(?<![\u4e00-\u9fff])例)\s*[::]?\s*[^。;;!!??\n]{0,30}?(?:[A-Za-z]\s*[x×*]\s*\d+(?:\s+[A-Za-z]\s*[x×*]\s*\d+)*|[一二两三四五六七八九十\d]\s*[份个箱盒](?:\s*[A-Za-z](?![A-Za-z]))?)|\b(?:e\.g\.|for example|for instance)[:,]?\s*[^.;!?\n]{0,30}?[A-Za-z]\s*[x×*]\s*\d+/gi;

/** A cancelling word said as not done (没/别/不用/唔使/勿/不会/差点 right before it), or of others (取消的人): nobody's order comes off. */
const NOT_CANCELLING =
  /(?:没有?|沒有?|未|别|別|(?<!要)不(?:用|必|需要|使|会|會|好)?|无需|無需|唔使|唔駛|唔好|勿|覅|差点|差點|差一点)\s*(?:要|会|會)?\s*(?:取消|退团|退出)|(?:取消|退团)(?:了)?的(?:人|邻居|鄰居|街坊|朋友|有)|\b(?:not|never|won'?t|don'?t|no need to)\s+(?:be\s+)?cancel|n'?t\s+(?:be\s+)?cancel/i;

/**
 * Under the chain post, something other than one's order called off: the delivery, the truck, a batch, the day's test (今天的配送取消了,
 * 核酸取消了, 物流把今天的车取消了, "delivery got cancelled", "they cancelled the truck"), or what the organiser or others said (团长说…).
 */
const OTHER_CANCELLED =
  /(?:配送|送货|发货|物流|快递|核酸|检测|车|那批|这批|班次|司机|活动|优惠)[^。!?！？\s]{0,5}?(?:又|也|都|被|给)?(?:取消|不来了)|(?:团长|居委|物业|老板|商家|供应商|店家|群主)(?:说|讲|通知)|\b(?:delivery|deliveries|truck|van|shipment|drop-?off|slot|supplier|driver|run)\b[^.?!]{0,20}\b(?:got|was|were|has been|have been|is|been) cancell?ed|\bthey(?:'ve| have)? cancell?ed\b/i;
/** Another household's order (隔壁阿婆那份不要了, 楼上那家说取消了, 王阿姨那份取消): the bot cancels only the writer's own. */
const OTHERS_ORDER =
  /(?:隔壁|楼上|楼下|对门|邻居|阿婆|阿姨|阿公|爷叔|老伯|大爷|大妈|老太太|老先生|那家|那户)(?:家|那家|那户)?(?:的)?(?:那份|那单|那行|订的|说|也|都)?[^。!?！？\s]{0,3}?(?:不要了|取消|不跟了|删掉)/;
/**
 * What is not wanted is beside the order: the bag, the change, a receipt, a herb in the package (塑料袋不要了, 零钱不要了, 发票不要了,
 * 香菜不要了); another seller given up (超市的菜太贵了 不买了); leaving the chat (退出群聊); a cancellation shrugged off (取消了也没关系).
 */
const EXTRAS_REFUSED =
  /(?:塑料袋|袋子|袋|零钱|找零|零头|发票|收据|小票|香菜|葱|蒜|姜|辣椒|冰袋|泡沫箱|纸箱|箱子|包装)[^。!?！？\s]{0,4}?(?:不要了|不用了)|(?:超市|菜场|菜市场|外面|网上|盒马|叮咚|美团|多多|京东|小卖部)[^。!?！？]{0,10}?(?:不买了|不要了)|退出(?:群聊|群|登录|账号|小程序)|退群|取消(?:了)?(?:也|都)(?:没关系|没事|不要紧|无所谓)/;

/** From now on, for good: 以后, 今后, 往后, 再也. */
const FROM_NOW_ON = /以后|今后|往后|再也/;

function plainOrderOnce(given: string, s: Situation): Recognised | undefined {
  const whole = given.replace(EXAMPLE_GIVEN, ' ');
  // A long story under the chain post orders, if at all, in its last words; a long message elsewhere is a notice.
  const text = whole.length > 300 && s.replyTo?.kind === 'chain' ? tailOf(whole) : whole;
  if (text.length > 300 || isForward(text)) return undefined;
  const gb = groupBuyOf(text, s);
  if (!gb) return strangersOrder(text, s);
  const withoutLogistics = logisticsAsked(text, gb);
  if (withoutLogistics !== text) return plainOrderOnce(withoutLogistics, s);
  const phone = findPhone(text);
  const written = fromPinyin(phone ? text.slice(0, phone.index) + ' '.repeat(phone.length) + text.slice(phone.index + phone.length) : text);
  const codes = new Set(gb.items.map((i) => i.code));
  const t = withoutNotThisTime(withoutLastTime(written), gb, codes);
  const rewritten = orderText(t.replace(/\n/g, ' '), gb.items);
  const line = countSaidApart(rewritten, readChainLine(rewritten, 0, codes));
  // "取消" under the chain post cancels as always; "我不要了 把我那行删掉吧" is asked first.
  // 「鸡蛋还有很多 这趟不要了」: not joining this time is no cancellation.
  if (line.cancel && /这(?:次|趟|回)|下(?:次|趟|回)/.test(t) && !/取消|删|退|cancel/i.test(t)) return undefined;
  // 「菜不新鲜 以后不买了」, 「再这么慢我以后就不参加了」: giving up the group-buys from now on, a complaint, not this order taken off
  // (「我那份不要了 以后也不买了」 names it); 「不要了的可以给我」 speaks of those who do not want theirs.
  if (line.cancel && (FROM_NOW_ON.test(t) || /不要了的(?!话)/.test(t)) && !/取消|删|退|cancel/i.test(t) && !OWN_ORDER.test(t)) return undefined;
  // 「能取消吗」, 「取消是怎么取消的」 ask how; 「听说有人取消了」 is news: no cancellation of one's own.
  // 「谁取消了」 asks who; 「如果送不到我就不要了」 is a condition; 「不要了就说一声」 tells others what to do.
  // 「还好没取消」, 「唔使取消」, 「大家别取消啊」, 「取消的人好多」, "I'm not cancelling": the cancelling word is not done, or not the writer's.
  if (line.cancel && NOT_CANCELLING.test(t)) return undefined;
  // 「今天的配送取消了」, 「隔壁阿婆那份不要了」, 「塑料袋不要了」: not one's own order called off, unless one's own is named beside it.
  if (line.cancel && s.replyTo?.kind === 'chain' && !OWN_ORDER.test(t) && (OTHER_CANCELLED.test(t) || OTHERS_ORDER.test(t) || EXTRAS_REFUSED.test(t))) return undefined;
  if (line.cancel && /[??]|吗|怎么|如何|听说|好像|估计|有人|别人|(?:他|她|伊)(?:们|家|屋里|说|也|都|不)|人家|谁|哪家|哪位|如果|要是|假如|万一|的话|说一声|早点说|提前说|有没有|不知道|不晓得|伐|帮我看|\bhow\b|\bif\b|\bwho\b|not sure/i.test(t)) return undefined;
  if (line.cancel && s.replyTo?.kind === 'chain') {
    // Under the chain post the writer cancels their own order: 「算了 我不跟了」, 「我那单取消」, "cancel mine". Only a long
    // story with a cancelling word somewhere in it is asked first.
    const plain = t.replace(/\s+/g, '').length <= 20 || line.door !== undefined || OWN_ORDER.test(t);
    return { intent: 'order.cancel', confidence: plain ? 0.9 : 0.55, evidence: [line.text] };
  }
  // 「B不要了」 privately from a household with an order open: that package comes off, as under the chain post.
  if (line.cancel && line.drop && !s.isGroup && s.ownOpen?.includes('groupbuy') && t.replace(/\s+/g, '').length <= 20) {
    return { intent: 'order.cancel', confidence: 0.9, evidence: [line.text], args: { id: gb.id, text: `${line.door ? doorKey(line.door) : ''} ${line.drop.join(' ')}不要了`.trim(), onBehalf: false } };
  }
  // 「5-302 B套餐150」 under the chain: an order whose count cannot be one is explained by the handler.
  if (line.items.size === 0 && !(line.badQuantity && line.door && s.replyTo?.kind === 'chain')) return undefined;
  const evidence = [...line.items.keys()];
  // "tell me if I did it wrong", 「不知道这样写对不对」: a remark on how the line is written, not on the goods.
  // 「鸡蛋两份 8号楼1103 感谢团长辛苦」: thanks said last close the order; they thank for nothing received.
  // An order line with its door, under the chain post, in private or to the bot: any courtesy said last ("…Thank you for organising
  // this!", 「…加油」) closes it too; in the open group a remark ending on thanks for the buy is talk.
  const closed = line.door !== undefined && (s.replyTo?.kind === 'chain' || !s.isGroup || s.addressed) ? withoutClosingCourtesy(t.replace(FORM_REMARK, ' ')) : t.replace(FORM_REMARK, ' ').replace(CLOSING_THANKS, ' ');
  // 「我已经帮我妈接好龙了 B一份 大家不用再帮她报了」: a line put down already, told to the group (others told not to add it again), orders nothing
  // more; one added to it (再加一份D, 再来一份C), a door with it, or the same under the chain post is read as before.
  const putDown = s.isGroup && s.replyTo?.kind !== 'chain' && !line.door && !/再(?:帮我)?(?:加|来|要|订|报)|还要|另外|\b(?:also|another|more)\b/i.test(t) ? PUT_DOWN_ALREADY.exec(t) : null;
  if (putDown) return { intent: 'order', confidence: 0.1, evidence: [...evidence, `put down already: ${putDown[0]}`] };
  const against = NOT_AN_ORDER.exec(closed);
  // 「我老公说下次多订一份水果」, 「下回再订一份肉」: an order planned for a later group-buy orders nothing now, however it is counted.
  // (「下次团购我要两份B 这次也要一份A」: this time's order said after it still orders.)
  const later = LATER_ORDER.exec(t);
  if (later && !/(?:这(?:次|趟|回)|今次)[^。,,!!??\s]{0,3}(?:要|来|订|报)\s?(?:[一二两三四五六七八九十\d]|个|份)|this time[^.,!?]{0,12}\b(?:order|get|take)\b/i.test(t.slice(later.index + later[0].length))) return { intent: 'order', confidence: 0.1, evidence: [...evidence, `not an order: ${later[0]}`] };
  // "请问还能接龙吗?想要一份C": a question, then the order.
  // An order line with its door and an explicit count (「D×2 鸡蛋要新鲜的哦 6-1501」) is an order whatever is remarked on the goods.
  const remarked = line.door !== undefined && /[A-Z]\s*[x×*]\s*\d/.test(rewritten) && !/[??]|吗/.test(t) && against !== null && /新鲜|好吃|不错|贵|便宜|划算/.test(against[0]);
  // 「水果一份就够了 5号楼301」: how much is wanted said as enough, with the door (or under the chain post, the replier's) and the count, is the order line.
  const enough = (line.door !== undefined || s.replyTo?.kind === 'chain') && against !== null && against[0] === '就够了' && !/[??]|吗/.test(t) && COUNTED.test(rewritten);
  // 「帮我接一份肉禽套餐行吗」, 「侬帮阿拉接两只鸡蛋好伐」: an order asked as a favour, the 好吗 a courtesy (帮我看看, 帮我问问 stay questions).
  const favour = /(?:帮|给|替)(?:我|我们|我家)(?:订|接|报|留|要|加)\s*(?:[一二两三四五六七八九十\d]|个|只|份)/.test(t);
  // "could u add 2 egg packs for me": an order asked of the bot in English with its count, whatever is said of paying after it.
  const askedToAdd = /\b(?:can|could|would) (?:you|u) (?:please |pls )?(?:add|put|get|order|reserve|save)(?: (?:me|us))? (?:\d|one|two|three|four|a|an)\b/i.test(t);
  // 「A改成一份」: a new count for an item, not asked as a question (「A能改成一份吗」 asks).
  // Only from a household with an order to change; nothing else in it may say it is no order (「上次A改成两份」, 「A改成两份行不行」).
  const changedCount = line.change === true && s.ownOpen?.includes('groupbuy') === true && !/[??]|吗|怎么|能不能|可不可以|可以|伐/.test(t) && !NOT_AN_ORDER.test(t.replace(/改成|改为|改到|减到|减成|减为/g, ' '));
  const asked = changedCount || remarked || enough || favour || askedToAdd || /想要|我要(?![付给谢说讲问转还])|要(?:[一二两三四五六七八九十](?=\s*[份个只套箱盒板提袋A-Za-z])|\d)|(?<![送带拿寄运])来一|想订|我订|订(?:一|两|三|\d)|(?:给我|帮我)?(?<![送带拿寄运])来(?:个|一|两|\d)|(?:我|再|帮我)加(?:一|两|三|\d|个)|give me|i'?d like/i.test(t);
  // A price asked (「每样都来一份多少钱」) stays a question even with 来一份 in it; so does how to change a line (「其实想要A 怎么改」).
  if (against && !(asked && !HALF_ASKED.test(against[0]) && !/放错|送错|碎|坏|烂|霉|臭|变质|rotten|mou?ldy|spoil|broken|wrong|多少钱|[块分毛]钱|how much|怎么|咋|how do i/i.test(against[0]))) {
    return { intent: 'order', confidence: 0.1, evidence: [...evidence, `not an order: ${against[0]}`] };
  }
  // 「现在接还算数吗 水果套餐一个 12-1102」: a question, then the order line itself.
  const afterAsked = t.split(/[??]|吗|能不能|可不可以|有没有|会不会|行不行|是不是|要不要|够不够/).pop() ?? '';
  // …with its count, door or order word: 「能不能多点青菜」 asks for more in the package, it orders none.
  const lineAfter = afterAsked.trim() === '' ? undefined : readChainLine(orderText(afterAsked, gb.items), 0, codes);
  const orderAfter = lineAfter !== undefined && lineAfter.items.size > 0 && (lineAfter.door !== undefined || COUNTED.test(orderText(afterAsked, gb.items)) || ORDER_WORDS.test(afterAsked));
  if ((/[??]|吗/.test(t) || A_NOT_A.test(t)) && !asked && !orderAfter && !/(?:can|could|may) (?:i|we) (?:get|have|order)|(?:put|sign|add) (?:me|us) (?:down|up|in)|can you (?:put|add|order|get)/i.test(t)) return { intent: 'order', confidence: 0.3, evidence: [...evidence, 'a question'] };
  // 「鸡蛋又涨价了 我要疯了」, 「楼下又在剁肉 … 我还要睡觉」: in the group, without a door, the order word or the count goes with the item.
  if (s.isGroup && s.replyTo?.kind !== 'chain' && !line.door && !GOVERNED.test(rewritten)) return { intent: 'order', confidence: 0.3, evidence: [...evidence, 'nothing ordered of it'] };
  // A long story in the group (「…原来一箱菜咁重 搬咗十几箱…」) orders only with a verb of ordering right before the item.
  if (s.isGroup && s.replyTo?.kind !== 'chain' && !line.door && t.length > 60 && !ORDERED_BY_VERB.test(rewritten)) return { intent: 'order', confidence: 0.3, evidence: [...evidence, 'a story'] };
  const said = ORDER_WORDS.exec(t);
  const fields = fieldsOf(line);
  // Written out for /buy as the words said it: 「再加一份B」 stays more on top of the household's order.
  // 「A改成一份」 stays a new count for that item (the first written as 改成, which marks the whole line so).
  const counts = [...line.items].map(([c, q], i) => (line.change && i === 0 ? `${c}改成${q}` : `${c}×${q}`)).join(' ');
  const args = { id: gb.id, text: `${line.door ? doorKey(line.door) : ''} ${line.add ? '再加 ' : ''}${counts}`.trim(), onBehalf: false };
  const reading = (confidence: number, why: string[]): Recognised => ({ intent: 'order', confidence, evidence: [...evidence, ...why], fields, args });
  if (said || line.door || s.replyTo?.kind === 'chain' || !s.isGroup) return reading(0.9, [said?.[0] ?? (line.door ? doorKey(line.door) : 'reply to the chain')]);
  // A bare "B两份" in a group: an order line and nothing else (English words say more than an order line).
  // The packages named (「水果两份 鸡蛋一份」) are read as their letters.
  const bareLine = (said: string) => !/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(said) && orderText(said, gb.items).replace(/[\s\dA-Za-z×*xX份个只套一二两三四五六七八九十]/g, '').length <= 2;
  // 「B一份 老人想吃点肉」: an order line said first, then why.
  const first = t.trim().split(/[\s,,。!!]+/)[0] ?? '';
  // "2 veggie boxes please", "one meat pack pls": in English, the whole message a count, a package by its kind and a courtesy.
  const englishLine = /^(?:(?:hi|hello|hey)[,!]?\s*)?(?:\d{1,2}|one|two|three|four|five)\s*(?:x\s*)?(?:veg(?:gie|gies|etables?|e)?|meat|fruits?|eggs?)\s*(?:box(?:es)?|packs?|packages?|sets?|bundles?|bags?)?\s*[,.]?\s*(?:please|pls|plz|thanks|thank you|ty)?[\s.!~]*$/i.test(t.replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]|\[[^\]\s]{1,6}\]/gu, ' ').trim());
  const bare = englishLine || bareLine(t) || (COUNTED.test(orderText(first, gb.items)) && readChainLine(orderText(first, gb.items), 0, codes).items.size > 0 && bareLine(first));
  return reading(bare ? 0.8 : 0.4, ['an order line']);
}
