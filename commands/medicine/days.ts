import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../src/kernel/chinese.js';
import { findMentions } from './mentions.js';

/** Where the days left were read, so the reader can cut them out. */
export interface DaysMatch {
  days: number;
  index: number;
  length: number;
}

const N = `(\\d{1,3}|[${CHINESE_NUMERAL_CHARS}]{1,3})`;
const EN_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };
const EN_N = `(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)`;
const EN_W = '(\\d{1,2}|a|one|two|three|four)';
/** The words of an estimate: "about", "maybe"… */
const EN_HEDGE = '(?:about|around|roughly|maybe|probably|perhaps|approximately|like)';
const WEEK = '(?:一|1|个把)\\s*(?:周|个?(?:礼拜|星期))';
/** The verbs of taking a medicine by its form, as 吃 and 用 are: drops 滴, a spray or inhaler 喷/吸, a plaster 贴, an ointment 擦/抹/涂/搽. */
const FORM_USE = '滴|喷|吸|贴|擦|抹|涂|搽';

/** "两三天" is two: a range counts its lower end, as a neighbour would plan for. */
function lower(text: string): number | undefined {
  if (/^[一二两三四五六七八九]{2}$/.test(text)) return parseNumber(text[0]!);
  return parseNumber(text) ?? EN_NUMBER[text.toLowerCase()];
}

/** Patterns of days left, in the order tried; each gives the days from its match. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => number | undefined][] = [
  // 「还有 3 tian」: days typed in pinyin beside Chinese.
  [/(?:还有|还剩|只有|只剩|剩)\s*(\d{1,2})\s*tian\b/i, (m) => Number(m[1])],
  // 「2-3天」, "2-3 days": a range at its lower end.
  [/(?<![\d-])(\d{1,2})\s*[-~～–]\s*\d{1,2}\s*(?:天|日(?![子期])|days?\b)/i, (m) => Number(m[1])],
  // 「今天是最后一颗…明天就断」: the last one today is none left, whatever is said of tomorrow.
  // 「只剩今天晚上的一颗了」, "last one tonight": the last is today's.
  // 「最后一颗昨天晚上吃掉了」, 「最後一粒今朝食咗」, 「打完最后一支了」: the last one already taken; 「就剩今天这颗了」 is the last.
  [/最后一(?:颗|粒|片|支|针)(?:也|都|已经)?(?:今天|今朝|今早|昨天|昨晚|昨日|琴日|寻日)?(?:早上|晚上|上午|中午|下午)?(?:已经)?(?:吃掉|用掉|打掉|吃了|用了|打了|食咗|食埋|打咗|用咗|食了)|今天(?:是)?最后一(?:颗|粒|片|支)|(?:今天|今日|今早|今朝)(?:早上|晚上)?(?:吃|食|服|打)(?:的|嘅)(?:已经|已)?(?:是|係|系)?最后一(?:颗|粒|片|支|针)|(?:吃|食|服|打)(?:了|咗|掉|完)最后一(?:颗|粒|片|支|针)|\btook (?:my|his|her|their|the|our) last\b|今天就(?:吃完|用完|打完|没)|只够(?:吃|用)?今天|(?:只|就)?剩(?:下)?(?:今天|今晚)(?:早上|中午|晚上)?(?:的)?(?:这(?:一)?|一|最后一)(?:颗|粒|片|支|针|顿|次)|enough (?:\w+ )?for today|\blast (?:one|pill|tablet|dose|injection)s? (?:is )?(?:for )?(?:tonight|today|this evening)\b|\b(?:tonight|today)(?:'s| is) (?:the )?last\b/i, () => 0],
  // "只够用到明天", "明天就吃完了", "till tomorrow", 「只剩到明天」, 「撑到明日」: one day.
  // 「明天吃最后一颗」, 「明天中午就没了」, "last pill tomorrow": the last of it tomorrow is one day.
  [/(?:够(?:吃|用|食|打)?到|吃到|食到|用到|剩到|撑到|顶到|捱到|挨到)(?:明天|明日|听日)|明天(?:早上|上午|中午|下午|晚上|一早)?就(?:要)?(?:吃完|用完|没|断)|明天(?:早上|中午|晚上)?(?:就是|是|吃|打|用)?最后一(?:颗|粒|片|支|针|顿|次)|\blast (?:pill|tablet|dose|injection|capsule)s?\b[^.,;!?]{0,30}\btomorrow\b|\btomorrow\b[^.,;!?]{0,30}\blast (?:pill|tablet|dose|injection|capsule)\b|(?:till|until) tomorrow|enough (?:\w+ )?for tomorrow|(?<!\bday after )(?:runs? out|finish(?:es)?|ends?) tomorrow|\bruns? out of\b[^.!?;]{0,40}?(?<!\bday after )\btomorrow\b/i, () => 1],
  // "will run out the day after tomorrow", "run out of lipitor the day after tomorrow": two days.
  [/\b(?:runs? out|finish(?:es)?|be (?:gone|finished|used up)|runs? out of\b[^.!?;]{0,40}?)\s+(?:on\s+)?the day after tomorrow\b/i, () => 2],
  // 「只剩明天的了」, 「只够后天」, 「只有后天的量」, Wu 「只剩明朝了」, Cantonese 「得返听日」, "only lasts through tomorrow": the stock said
  // as the last day it reaches is the days to that day. The day must close what is said (的, 了, a pause): 「只剩明天一天可以报名」,
  // 「只剩明天上午」 and 「只剩明天有空」 count a deadline or a free day; 有 needs its 只/就/仅 (「我有明天的票」).
  [/(?:(?:只|就|仅)(?:剩下?|有|够(?:吃|用|食|打|滴|喷|吸|贴|擦|抹|涂|搽)?)|(?<![只就仅])剩下?|(?<![只就仅能])够(?:吃|用|食|打)|得返)\s*(?:(明天|明日|明朝|听日)|(大)?后(?:天|日))(?=的(?:了|量|药)?|了|\s|[,,。!!]|$)|\blasts?\b[^.,;!?]{0,12}?\b(?:through|till|until) (?:(tomorrow)|the day after (tomorrow))\b/i, (m) => (m[1] || m[3] ? 1 : m[4] ? 2 : m[2] ? 3 : 2)],
  // 「就剩今天的了」, 「只剩今天了」: today's is the last (「…明天就没得吃了」 was read above as one day).
  [/(?:只|就)?剩(?:下)?(?:今天|今晚)(?:早上|中午|晚上)?(?:的(?:了|量|药)|了)/, () => 0],
  // 「后天就吃完了」: two days; 「大后天」 three.
  [/(?:(?:够(?:吃|用|食|打)?到|吃到|食到|用到|剩到|撑到|顶到|捱到|挨到)(大)?后(?:天|日)|(?<!明)(大)?后天(?:早上|上午|中午|下午|晚上)?就(?:要)?(?:吃完|用完|打完|没|断))/, (m) => (m[1] ?? m[2] ? 3 : 2)],
  [new RegExp(`(?:(?:还|只|就|仅)?(?:剩下?|有|够(?:吃|用|${FORM_USE})?|能(?:吃|用|${FORM_USE}))|大概|大约|差不多)\\s*(?:大概|大约|约)?\\s*${WEEK}(?:的量|的药)?`), () => 7],
  // 「还能吃两个星期」: weeks are seven days; 「半个月」 fifteen.
  [new RegExp(`(?:还|只|就|仅)?(?:剩下?|有|够(?:吃|用|${FORM_USE})?|能(?:吃|用|撑|${FORM_USE}))\\s*${N}\\s*(?:周|个?(?:礼拜|星期))`), (m) => { const n = lower(m[1]!); return n === undefined ? undefined : n * 7; }],
  [/(?:还|只|就|仅)?(?:剩下?|有|够(?:吃|用)?|能(?:吃|用|撑))\s*半个月/, () => 15],
  // 「仲有四五日」: 日 is a day in Cantonese. 「还可以吃四天」, 「只够这两天」: the days it lasts.
  // 「只能再打两天」, 「还能坚持三天」, 「顶多再食三日」, 「撑不过三天」, Cantonese 「仲食得三日」: how long it can still be stretched.
  // 「十几天」 is ten, as 十来天.
  [new RegExp(`(?:还|只|就|仅|尚)?(?:剩(?:下|余|返|番)?[::]?|余|有|够(?:吃|用|打|食|${FORM_USE})?|(?:能|可以)再?(?:吃|用|撑|顶|食|打|坚持|对付|应付|${FORM_USE})|(?:顶多|最多|至多)再?(?:吃|用|食|打|${FORM_USE})|(?:还|仲)(?:吃|食|用|打|${FORM_USE})得|(?:撑|熬|挺|顶|捱)不(?:过|到)|(?:可|能|可以|尚可)?(?:维持|支撑|供)|可用|撑|顶)\\s*(?:最后|个|明天|这)?\\s*(?:大概|大约|约)?\\s*${N}\\s*(?:来|多|几)?\\s*(?:天|日(?![子期前后号]))`), (m) => lower(m[1]!)],
  // (「剩的不多了 大概就三天」: 就 or 也就 between.)
  [new RegExp(`(?:大概|大约|差不多)\\s*(?:也)?(?:就)?\\s*${N}\\s*天`), (m) => lower(m[1]!)],
  // 「剩余天数：3」: the days in a form's own words.
  [new RegExp(`(?:剩余|剩下|余)天数\\s*[:：]?\\s*${N}`), (m) => lower(m[1]!)],
  // 「还剩五颗 一天一颗 所以五天」: the days worked out by the resident.
  [new RegExp(`(?:所以|也就是|算下来|算起来)(?:是|有)?\\s*${N}\\s*天`), (m) => lower(m[1]!)],
  // (Not 「前两天就吃光了」, 「这两天就吃完了」: a few days ago, or these days, is when it ran out.)
  [new RegExp(`(?<![前这])${N}\\s*天(?:左右)?(?:后|就|内|以后)?(?:就)?(?:要)?(?:断药|吃完|用完|吃光|用光|没药|没了|没有了|断了)`), (m) => lower(m[1]!)],
  [/这两天(?:就)?(?:要)?(?:吃完|用完|打完|断|没)/, () => 2],
  // 「降压药就两天了」: the days said alone after 就/只.
  // (「也就三天的了」, 「就三天量了」: 的 or 量 before the 了.)
  [new RegExp(`(?:就是|就|只)\\s*${N}\\s*天(?:了|的了|的量|量|的药|吧)`), (m) => lower(m[1]!)],
  // 「二甲双胍 两天 两盒」, 「二甲雙胍 十二組的 三天」: a telegraphic request — the name, then the days alone between pauses — says the days
  // left. (Right after the name, a count or a 的; never a time of day, a dose or how long someone has been ill: 「发烧 三天」.)
  [new RegExp(`(?<=(?:\\u0001|[盒瓶支板包袋粒片颗]|的)[\\s,,]{1,3})${N}\\s*(?:天|日)(?=\\s*(?:$|[\\s,,。!!;；]))(?!\\s*(?:\\d{1,2}|[一二两三四五六七八九十])\\s*(?:次|顿|粒|片|颗))`), (m) => lower(m[1]!)],
  // "two or three days more": a range at its lower end.
  [new RegExp(`\\b${EN_N}\\s+or\\s+${EN_N}\\s+(?:more\\s+)?days?\\b`, 'i'), (m) => lower(m[1]!)],
  [new RegExp(`${EN_N}\\s*(?:more\\s*)?days?\\s*(?:left|remaining|to go\\b|more|of (?:pills|medicine|meds|tablets|supply))`, 'i'), (m) => lower(m[1]!)],
  // "amlodipine lasts 3 more days": lasts with more (not "the course lasts 5 days").
  [new RegExp(`\\blasts\\s+(?:(?:maybe|about|around|only|just|another)\\s+)?${EN_N}\\s+more\\s+days?\\b`, 'i'), (m) => lower(m[1]!)],
  // "about 3 days' supply of eliquis left", "a 3-day supply left": a supply counted in days, said to be what is left.
  [new RegExp(`\\b${EN_N}[\\s-]?days?(?:'s?|')?\\s+supply\\b(?=[^.!?;]{0,30}\\b(?:left|remaining)\\b)`, 'i'), (m) => lower(m[1]!)],
  [new RegExp(`${EN_N}\\s*days?(?:\\s+or so)?\\s+of\\s+[\\w\\s\\u0001-]{1,24}?\\s+(?:left|to go)\\b`, 'i'), (m) => lower(m[1]!)],
  // "good for another 4 days", "will see her through 3 more days", "3 days tops": the days a supply is said to hold.
  // (A prescription, a pass or a voucher good for days is no stock.)
  [new RegExp(`(?<!\\b(?:prescriptions?|scripts?|pass(?:es)?|vouchers?|codes?|tickets?)\\s+(?:is|are)\\s+)\\bgood for\\s+(?:(?:another|maybe|about|around|only|just|roughly|probably)\\s+){0,2}${EN_N}\\s+(?:more\\s+)?days?\\b|\\bsee\\s+(?:me|her|him|us|them)\\s+through\\s+(?:(?:another|maybe|about|around|only|just)\\s+){0,2}${EN_N}\\s+(?:more\\s+)?days?\\b|\\b${EN_N}\\s+days?\\s+(?:tops|max|at most)\\b`, 'i'), (m) => lower((m[1] ?? m[2] ?? m[3])!)],
  [new RegExp(`(?:(?:runs?|run|running) out|finish(?:es)?|be (?:finished|gone|used up)) in\\s*(?:about\\s+|around\\s+|maybe\\s+|roughly\\s+)?${EN_N}\\s*days?`, 'i'), (m) => lower(m[1]!)],
  // "running out of my Norvasc in 2 days", "will be out of insulin in about 4 days": the days said after what runs out.
  [new RegExp(`\\bout of\\b[^.!?;]{0,40}?\\bin\\s+(?:about\\s+|around\\s+|maybe\\s+|roughly\\s+|just\\s+)?${EN_N}\\s+days?\\b`, 'i'), (m) => lower(m[1]!)],
  // "we only have insulin for maybe 4 more days".
  // (Not "has had a cough for three days", "has been feverish for 2 days": how long someone has been ill.)
  // ("I can stretch my lipitor for 2 more days": how long one can make it last. Not "the fever has gone on for 2 days".)
  [new RegExp(`\\b(?:have|got|has|stretch)\\b(?!\\s+(?:had|been|gone on|lasted|kept)\\b)[^.?!]{0,30}?\\bfor\\s+(?:maybe\\s+|about\\s+|around\\s+|only\\s+|another\\s+)?${EN_N}\\s+(?:more\\s+)?days?\\b`, 'i'), (m) => lower(m[1]!)],
  // "we have maybe 2 days", "will last only 3 more days": the days a supply has, said with have or last.
  // (Not "has had a cough for three days", "two days ago", "for the last 3 days".)
  [new RegExp(`\\b(?:have|has|got|(?:will |would |should |can )?(?<!\\b(?:the|these|those|past|for)\\s)last)\\s+(?:(?:maybe|about|around|only|just|roughly|probably|like|another)\\s+){0,2}${EN_N}\\s+(?:more\\s+)?days?\\b(?!\\s+ago)`, 'i'), (m) => lower(m[1]!)],
  // "down to 3 days", "only have two days": a supply said as the days it has come down to.
  // ("down to roughly three days": a hedge between says the same.)
  [new RegExp(`(?:down to|only have|only got|have only|got only)\\s*(?:the |her |his |my |their |our )?(?:last\\s*)?(?:${EN_HEDGE}\\s+)?${EN_N}\\s*days?\\b`, 'i'), (m) => lower(m[1]!)],
  // "down to the last box of Lipitor, maybe a week": the span guessed right after the last of it.
  [new RegExp(`\\bdown to (?:the |her |his |my |their |our )?(?:very )?last\\b[^.;!?]{0,40}?[,;]\\s*${EN_HEDGE}\\s+(?:((?:a|one) week)|${EN_N}\\s+days?\\b)`, 'i'), (m) => (m[1] ? 7 : lower(m[2]!))],
  // "She is having only one day medicine", "which he says is about 4 days".
  [new RegExp(`\\b(?:only|just)\\s+${EN_N}\\s+days?'?\\s+(?:of\\s+)?(?:medicine|meds|pills|tablets|supply)|\\bis\\s+(?:about|around|roughly|maybe)\\s+${EN_N}\\s+days?\\b`, 'i'), (m) => lower((m[1] ?? m[2])!)],
  [new RegExp(`enough [\\w\\s\\u0001'-]{0,24}?for\\s*(?:the\\s+next\\s+)?${EN_N}\\s*(?:more\\s*)?days?|${EN_N}\\s*days?(?:'s?)?\\s*worth`, 'i'), (m) => lower((m[1] ?? m[2])!)],
  // "she has maybe two weeks left", "I still have about one week", "runs out in 2 weeks": weeks are seven days.
  [new RegExp(`\\b(?:(?:have|has|got)(?:\\s+(?:still|only|just|maybe|about|around|roughly|probably|like)){0,3}|(?:runs?|running) out in(?:\\s+(?:about|around|maybe|roughly))?)\\s+${EN_W}\\s+(?:more\\s+)?weeks?\\b(?!\\s+ago)`, 'i'), (m) => { const n = lower(m[1]!); return n === undefined ? undefined : n * 7; }],
  [/(?:about|around|maybe|only|roughly)?\s*(?:a|one) week(?: left| of (?:pills|medicine|meds)| of [\w\s\u0001'-]{1,30}? left)/i, () => 7],
];

const ALL_PATTERNS = PATTERNS.map(([re]) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));
/** Where the days counted in numbers begin (a week, weeks, half a month, N days): before it, today, tomorrow and the day after. */
const FIRST_COUNTED = PATTERNS.findIndex(([re]) => re.source.includes(WEEK));
/** "快吃完了", "没了", "断药", "ran out": none left, unless a later horizon is named ("下礼拜就吃完了"). */
// (「用完还你」, 「用完即還」: after a borrowed thing is used, nothing has run out.)
// (「要吃完了」 with 了 is about to run out; 「要吃完才能停」 is not.)
// (「家里一点药都没有」, 「一粒藥都冇」: not one left.)
// ("finished all our ibuprofen": all before whose is still finishing one's own; "finished all the cough drops as candy" is a child's joke.)
// ("the insulin for his diabetes is gone", "pills from the clinic are finished": what it is for or where from, said between, is still its running out.)
// (「奥氮平停了三天了」, 「拜新同停咗兩日」: a medicine named and stopped for days is out, as 「药停了」; a name stopped with no days said
// — 「阿司匹林停了」 before an operation — may be stopped on purpose.)
// (「膏药贴完了」, 「喷雾喷完了」, 「药膏擦完了」: run out said with the verb of the form, and only with 了 — 「贴完就好」 is after use.)
// ("he's out as of today", "out as of this morning": none left from then on.)
const OUT = /(?<![没不内])(?<=要)(?:吃完|用完|打完|喝完)了(?![吗么呢])|一(?:点|粒|片|颗)药(?:都|也)(?:没(?:有)?|冇)|(?<![没不内])(?:快|都|已经|已)?(?:贴|喷|擦|抹|涂|搽)(?:完|光)了(?![吗么呢])|(?<![没不内])(?<!(?<![快都])要)(?:快|都|已经|已)?(?:吃完|用完|吃光|用光|喝完|喝光|滴完|滴光|服完)(?![的这]|\s{0,2}(?:就|马上|即刻|立刻|立即|即)?(?:还|归还|送回))了?|(?<=(?:胰岛素|胰道素|针头|笔芯|\u0001|我的|的)\s*(?:(?:\d{1,2}|[一二两三四五六七八九十])\s*[支盒瓶]\s*)?)(?:快|都|已经|已)?打(?:完|光)(?![的这针第后]|以后|之后)了?|(?<=(?:[支瓶盒罐板管]|喷雾|吸入器|瓶子|盒子|\u0001)\s{0,2}(?:都|也|已经|早就|快)?)空了|(?:快|快要|已经)?见底了|(?:'s|is|are) (?:now )?empty|(?<!有)(?:快)?没(?:有)?(?:药)?了|没(?:有)?\u0001+了|(?<!有)没药了|(?<=(?:药|胰岛素|针头|\u0001)\s*(?:(?:\d{1,2}|[一二两三四五六七八九十])\s*[支盒瓶]\s*)?(?:都|也|已经)?(?:快)?)没得(?:吃|打|用|食)了|(?<![腰腿手脚臂骨肠](?:都|也)?(?:快)?)(?<!等(?:到)?)(?<!中间(?:就|会|又)?)(?:快)?断(?:药)?了|断药|(?<=(?:药|\u0001)\s{0,2}(?:已经|都|也|早就)?(?:快)?)断顿|(?<![让叫要说])(?:已经|已)停药|(?<![让叫要说])停药(?:[\d一二两三四五六七八九十几]{1,2}天)?了(?!吗)|(?<=药\s{0,2}(?:已经|都|早就)?)停了(?!吗)|(?<=\u0001\s{0,2}(?:已经|都|早就)?)停(?:了|咗)(?=\s{0,2}(?:[\d一二两三四五六七八九十几好]{1,2}|一个|个把)\s*(?:天|日|个?(?:礼拜|星期)|周))|\blast (?:pill|tablet|dose|injection)\b|(?:has|have|had|got) no (?:medicine|meds|medication|pills|tablets)s? at all\b|\bno (?:medicine|meds|medication|pills)s? at all\b|\blast (?:ones?|box(?:es)?|packs?|bottles?|strips?) (?:is |are |has |have )?(?:all )?(?:gone|finished|used up)|\bfinish(?:ed)?(?= yesterday| today| last night| this morning)|一(?:盒|瓶|支|粒|颗|片|贴|袋|包|板|管)(?:都|也)?(?:没(?:有)?(?:了|剩)?(?![拆开动碰过])|不剩)|全部没了|(?<!有)没有药|(?:almost|nearly) (?:out|finish(?:ed)?|gone|empty)|\bfinish(?:ed)? already\b|\bfinished (?:mine|hers|his|ours|theirs)\b|(?:is|are) empty|(?:\b(?:my|our|his|her|their)|(?<!\b(?:pharmacy|hospital|clinic|shop|store|chemist|drugstore))'s)\s+(?:own\s+)?(?:supply|stock)(?:\s+of\s+[\w\u0001-]+(?:\s+[\w\u0001-]+){0,2}?)?(?:'s|\s+is|\s+are|\s+has|\s+have)?\s+(?:all\s+)?(?:finished|gone|done|used up)\b|ran out|run out|running out|\bout since\b|\bout as of (?:today|tonight|this morning|this evening|yesterday|last night|now)\b|(?:totally|completely|all|already|now) out\b(?! of)|\bfinish(?:ed)? (?:(?:her|his|my|their|the|our)|all (?:her|his|my|their|our)) (?:last )?[\w ]{0,30}?(?:medicine|meds|pills|tablets|insulin|bottle|box|pack|\u0001+)(?:\b|(?<=\u0001))|out of (?!stock)(?:my |his |her |the )?|are finished|is finished|\bis finish\b|(?:medicine|meds|pills|tablets|insulin|inhaler|\u0001)s?(?: (?:for|from) [\w']+(?: [\w']+){0,5}?(?= (?:is|are|has|have) ))? (?:is |are |has |have )?(?:all )?(?:finished|finish|gone|used up|out\b(?! of))|no more (?:\u0001|medicine|meds|pills|tablets|insulin)|\bno more of (?:her|his|my|their|our|the) [\w\s\u0001']{0,20}?(?:medicine|meds|pills|tablets|insulin|\u0001)|(?:has|have|had|got) no (?:\u0001+|medicine|meds|pills|tablets|insulin) left|used up|all gone|none left|(?:has|have) none|no more left/i;
const HORIZON = /(?:下|这)(?:个)?(?:礼拜|星期|周)|月底|到(?:礼拜|星期|周)|后天|过几天/;
/** "runs out on Friday", "run out next week": a horizon said after the words. */
const HORIZON_AFTER = /^\s*(?:on |by |at |before )?(?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next (?:week|month)|end of (?:the|this) (?:month|week)|this week)/i;

const OUT_OF_NAME = /^\s*(?:out\s+)?of\s+(?:(?:my|his|her|their|our|the|all)\s+)*\u0001+/i;
/** The days of medicine left, as a resident says it; undefined when not said (or only vaguely). */
export function findDaysLeft(text: string): DaysMatch | undefined {
  const counted = countedDays(text);
  const out = outOf(text);
  // 「信必可 一支用完了 … 孟鲁司特 … 也只有五天了」: the days are the first medicine's, so none left said before
  // another medicine (blanked out by the reader) and its count of days is what is read.
  // ("running out of my eye drops, maybe 3 days left": the name right after "out of" is the one running out, no second medicine.)
  // (「降糖药快断了 阿卡波糖 还有两天量」: with no name before the running out — a class word, 药 — the name after it is the first
  // medicine, the one that runs out, and its days counted are the days.)
  // ("ran out of amlodipine": the name right after "out of" is named too.)
  const named = (o: DaysMatch) => text.slice(0, o.index).includes('\u0001') || OUT_OF_NAME.test(text.slice(o.index + o.length));
  if (counted && out && out.index < counted.index && named(out) && text.slice(out.index + out.length, counted.index).replace(OUT_OF_NAME, '').includes('\u0001')) return out;
  // (「文拉法辛还剩一个礼拜 奥氮平已经吃完了」, 「眼药水用光了 降压药还有一个礼拜」: a stock of a week or more said of one name and
  // another name run out, in either order — the days are the one run out, the fewest, as of two stocks counted. A few days
  // beside another nearly out (「还有两天的量 …也快吃完了」) or a supply gone (「只剩两天 针头也没了」) keep the days counted.)
  // (The other name may be one the reader dropped as only a stock, not blanked: 「…用光了 降压药还有一个礼拜」.)
  const between = counted && out ? text.slice(Math.min(counted.index + counted.length, out.index + out.length), Math.max(counted.index, out.index)) : '';
  if (counted && out && counted.days >= 7 && !/^快/.test(text.slice(out.index)) && (between.includes('\u0001') || findMentions(between).length > 0)) return out;
  return counted ?? out;
}

// 「降压药只剩三天了 降糖的还有半个月」: with two stocks counted in days or weeks, the one running short is the one asked for —
// the fewest days, wherever each is said. (Today, tomorrow and the day after keep their order: 「就剩今天的了 明天就没得吃了」 is
// one day of one medicine.)
function countedDays(text: string): DaysMatch | undefined {
  let best: DaysMatch | undefined;
  for (const [at, [re, days]] of PATTERNS.entries()) {
    if (at < FIRST_COUNTED) {
      const m = re.exec(text);
      const n = m ? days(m) : undefined;
      if (m && n !== undefined && best === undefined) return { days: n, index: m.index, length: m[0].length };
      continue;
    }
    // (Every stock said in the same words is weighed: 「他克莫司还有十来天 吗替麦考酚酯只剩三天了」 is three.)
    for (const m of text.matchAll(ALL_PATTERNS[at]!)) {
      const n = days(m);
      if (n !== undefined && (best === undefined || n < best.days)) best = { days: n, index: m.index, length: m[0].length };
    }
  }
  return best;
}

/** 「泡面都吃光了」, 「米也吃完了」, "ran out of rice": food run out, not the medicine (鱼油, 鱼肝油 are supplements, no cooking oil). */
const FOOD_BEFORE = /(?:泡面|方便面|挂面|面条|大米|米|蔬菜|菜|饭|奶粉|牛奶|鸡蛋|零食|煤气|肉|粮食|(?<![鱼肝])油|盐)(?:也|都|早就|已经|快|全)*$/;
const FOOD_AFTER = /^\s*(?:of\s+)?(?:rice|food|milk|eggs|water|noodles|vegetables|groceries|money|bread|formula|gas)\b/i;
/** 「感冒药叮咚都没有了」, 「药店也没了」: a shop, an app or the town out of it is no stock of the resident's. */
const SHOP_BEFORE = /(?:叮咚|盒马|美团|饿了么|拼多多|京东|淘宝|天猫|超市|药店|药房|医院|网上|外面|到处|哪里|哪儿)(?:买菜|上|里|那边)?(?:都|也)?(?:已经)?$/;
const OUTS = new RegExp(OUT.source, 'gi');
/** "The pharmacy's supply of paracetamol is gone", "Hospital stock of insulin finished": a shop's or a hospital's stock, no one's own. */
const SHOP_STOCK_EN = /\b(?:pharmacy|pharmacies|hospital|clinic|shop|store|supermarket|chemist|drugstore)(?:'s)?\s+(?:supply|supplies|stock)\b/i;
/**
 * 「吃完退烧药出了一身汗」, 「食完必理痛瞓得好好」, 「食完肚屙」: 吃完 right before a medicine's name, or right before what it did to
 * the body, is "after taking it" — not run out (「布洛芬吃完了」 keeps its 了 and its name before it; 「吃完好几天头晕」 is run out).
 */
const EFFECT = '(?:退烧|退了烧|退咗|烧(?:也|都)?退|出(?:了)?(?:一身)?汗|拉肚子|拉稀|肚屙|肚(?:子)?(?:痛|疼)|胃(?:痛|疼|不舒服|唔舒服)|不舒服|唔舒服|睡(?:了|得|着|觉)|想睡|犯困|瞓|舒服|好多了|好返|过敏|想吐|作呕|头晕|晕|攰|没力|冇力|没(?:什么|啥|乜)?用|冇(?:乜|咩)?用)';
// (A word or two may come between — 「吃完胃一直不舒服」, 「食完成個人好攰」 — but never how long ago: 「吃完好几天头晕」 ran out.)
const EFFECT_NOW = new RegExp(`^(?:就|以后|之后|后)?[^\\s,,。!!??;；天日周月了]{0,4}?${EFFECT}`);
const EFFECT_IN_CLAUSE = new RegExp(`^[^\\s,,。!!??;；]{1,14}?${EFFECT}`);
// 「吃完早饭才吃」, 「吃完饭再吃药」, 「食完飯先食」, 「吃完夜饭吃一粒」: 吃完 before a meal is after eating, when the medicine is taken.
const MEAL = /^(?:了)?(?:早饭|午饭|中饭|晚饭|夜饭|饭|早餐|午餐|晚餐|中餐|早点|夜宵|宵夜|早茶|晏|东西)/;
function takenThenEffect(text: string, m: RegExpMatchArray): boolean {
  if (!/^(?:吃|食)完$/.test(m[0])) return false;
  const after = text.slice(m.index! + m[0].length);
  if (MEAL.test(after)) return true;
  return EFFECT_NOW.test(after) || ((after.startsWith('\u0001') || findMentions(after)[0]?.index === 0) && EFFECT_IN_CLAUSE.test(after));
}
/**
 * Run out then, retold (「上个月我爸的降压药断了三天」, 「去年封控的时候…用完了」, 「當時…食晒」, "ran out of her pills last month",
 * "I remember when my dad ran out of insulin in April"): a story, no days — unless it ran out again now (又, 现在, again, now).
 */
const PAST_BEFORE_ZH = /上个月|上礼拜|上星期|上周|去年|前年|那时候|那时|当时|那次|那阵|(?:封控|封城|上次封)的时候/;
const PAST_BEFORE_EN = /\b(?:remember when|back when|(?:that|the) time when)\b/i;
const PAST_AFTER_EN = /^[^.!?;]{0,30}?\b(?:last (?:month|year|week|spring|summer|autumn|winter|time)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|back in|(?:years?|months?|weeks?) ago)\b/i;
const BOUGHT_THEN = new RegExp(`(?:${PAST_BEFORE_ZH.source})[^的\\s]{0,4}(?:配|买|开|拿|领|发|送)(?:来|到)?的`);
const SINCE_THEN = /就|已经|早就|\bsince\b/i;
const STILL = /\bstill\b|还没|一直没|到现在|到今天|至今/i;
const NOW_AGAIN = /又|再次|现在|今天|今朝|而家|\b(?:again|now|today)\b/i;
function ranOutThen(text: string, from: number, to: number): boolean {
  const clause = text.slice(Math.max(0, from - 24), from).split(/[\s,,。!!??;；]/).at(-1)! + text.slice(from, to);
  const sentence = text.slice(Math.max(0, from - 60), from).split(/[.!?;。!?]/).at(-1)! + text.slice(from, to);
  const after = text.slice(to, to + 40);
  if (NOW_AGAIN.test(clause) || NOW_AGAIN.test(after.split(/[.!?;。!?\s]/)[0]!)) return false;
  // (「上个月配的胰岛素用完了」: the month is when it was bought, not when it ran out; 「上禮拜就吃光了」, "still none": out since then.)
  if (BOUGHT_THEN.test(clause) || SINCE_THEN.test(clause) || STILL.test(after)) return false;
  return PAST_BEFORE_ZH.test(clause) || PAST_BEFORE_EN.test(sentence) || PAST_AFTER_EN.test(after);
}
/**
 * 「轮到我说药没了」, 「窗口讲药没了」, 「店员话胰岛素冇晒」, "the pharmacist told me the insulin was all gone": what someone said of their
 * stock, in the clause before the out, is the shop's news (「我说我的药没了」 is the writer's own, and 「她讲吃光了」, 「伊讲伊个安眠药吃光了」,
 * "mum told me her insulin is gone" relay the patient's own).
 */
const STOCK_SAID = /(?<![她他伊佢伴妈爸婆公奶爷嬷姨])(?:说|讲|话|告诉(?:我|我们)?|回复)(?:[^\s,,。!!??我俺她他伊佢]{0,8})$|(?<!\b(?:she|he|they|mum|mom|dad|mother|father|wife|husband|grandma|grandpa|granny|son|daughter)\s)\b(?:told (?:me|us)|said|says)\b(?:(?!\b(?:my|our|mine|her|his|their)\b)[^.,!?]){0,30}$/i;
function stockSaid(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // (In English the clause runs to a mark; in Chinese to a pause too.)
  const clause = /[a-z]\s*$/i.test(before) ? before.split(/[,.!?;]/).at(-1)! : before.split(/[\s,,。!!??;；]/).at(-1)!;
  return STOCK_SAID.test(clause);
}
function outOf(text: string): DaysMatch | undefined {
  const out = [...text.matchAll(OUTS)].find((m) => !stockSaid(text, m.index) && !SHOP_STOCK_EN.test(text.slice(Math.max(0, m.index - 50), m.index).split(/[.!?;,]/).at(-1)!) && !(/^(?:快)?没/.test(m[0]) && SHOP_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) && !FOOD_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) && !FOOD_AFTER.test(text.slice(m.index + m[0].length)) && !takenThenEffect(text, m));
  if (!out) return undefined;
  // "下礼拜就吃完了", "够吃到礼拜三": a horizon, not days.
  // The horizon must be said in the same clause: 「甲氨蝶呤下周一要吃 一盒都没了」 is none left now.
  const clause = text.slice(Math.max(0, out.index - 8), out.index).split(/[\s,,。!!??;;]/).at(-1)!;
  // ("out since Sunday": the day it ran out, not a horizon.)
  // ("ran out on Monday" is past: a day said after a past run-out is when it happened, not a horizon.)
  const past = /\bran out$/i.test(out[0]) && !/\b(?:next|this) (?:week|month)|weekend|end of/i.test(text.slice(out.index + out[0].length, out.index + out[0].length + 24));
  if (HORIZON.test(clause) || (!/since$/i.test(out[0]) && !past && HORIZON_AFTER.test(text.slice(out.index + out[0].length)))) return undefined;
  if (ranOutThen(text, out.index, out.index + out[0].length)) return undefined;
  // 「厄贝沙坦没了的话 用缬沙坦顶替」, 「如果胰岛素用完了怎么办」: run out as a condition, not yet.
  if (/^(?:了)?的话/.test(text.slice(out.index + out[0].length)) || /(?:如果|要是|万一|假如|假使)[^\s,,。!!??]{0,10}$/.test(text.slice(Math.max(0, out.index - 12), out.index))) return undefined;
  return { days: 0, index: out.index, length: out[0].length };
}
