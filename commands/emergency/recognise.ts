import { isChain, isForward, JOKE, lastLine, LONG_MESSAGE } from '../../src/kernel/cues.js';
import { doorKey, findDoor } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import { CLEAR, LIKELY, WHETHER_TO_CALL_ASKED, type Recognised } from '../../src/runtime/understand.js';
import { OURS, PAST_TIME, BITTEN, ANIMAL_CLAUSE, ANIMAL, MEDIA, LEARNING, HABIT, HYPERBOLE, PAST, HAPPENING, CLAUSE_END, inThePast, clausesOf, framed, resolved, settled, GRAVE, afterThePast, toldOfThePast, likened, supposed, aboutTo, ADVICE, EXCUSE, MINOR, LATER, EXPLAINED, ownHabit, ownCause, WORSE, ADVICE_ASKED, manner, THING_FELL, SOMEONE, CONSULT, sideEffectAsked, DOSED, PERSISTS, IDIOMS, OBJECT_STATE, DENIED, exerted, guessedSettled, ON_THE_WAY, ASKED_WHETHER, ASKED_AFTER, atTheWard, ofAnEra, present, instructed, tooMuchDoes, mayHappen, thanked, ROLL_CALL } from './frames.js';
import { SIGNS, ANY_SIGN, signsAt, MEASURED, BODY, DANGER_WORD, PERSON, EVENT, FALL, CALL_FOR_MEDIC, URGENCY, EASING, NOT_URGENT, CRY, MILD, UNCERTAIN, FIRE, HYPO_CAUSE, LOW_OXYGEN, HEDGE_BEFORE, softly, heard, WHETHER_CALL } from './signs.js';

/**
 * Reads danger to someone now, on normalised text. Built for no missed emergency and no false
 * page, in three steps:
 * 1. is there anything of the body in danger at all (one cheap pass: BODY)? Most chatter stops here;
 * 2. is it not now, or not a person (a jest, a past or settled event, an animal, a forward, a drama,
 *    a training, an idiom, a habit, a question about a medicine)? Then it is nothing;
 * 3. a clear sign of danger (collapse, not breathing, choking, a seizure, chest pain, heavy
 *    bleeding, a stroke, an elderly person fallen, poison, a severe allergy) or an urgent call for a
 *    medic pages at once; everything else that still speaks of a body in trouble — a faint, a fall,
 *    a fever, "有点喘", "好像有人倒了?", a call for a doctor without urgency — is asked: the group
 *    hears 「需要医护人员吗?」 and the secretary is told. It never waits in silence.
 * The words are in signs.ts (the signs, the middle, calls for a medic, urgency) and frames.ts (what
 * makes a sign not a person's danger now, and what lifts a frame); this file takes the decision.
 */

/** A blood pressure written as two numbers (BP 210/120, 血压180/110) is no door. */
const PRESSURE_READING = /(?:\bbp\b|blood pressure|血压|高压)[^\d。.]{0,6}\d{2,3}\s*[/／]\s*\d{2,3}/gi;

/** The ambulance's number said beside the door (「十号楼五零一120打过了」, 「打了120」) is no part of it. */
const AMBULANCE_NUMBER = /(?<!\d)120(?=\s{0,2}(?:打|叫|来|到|还|没|讲|说|已经|电话|ambulance|called|is\b|was\b|said\b))|(?:打|叫|拨打?|call(?:ed)?)(?:了|过)?\s{0,2}120(?!\d)/gi;

/** The room said with the one in danger (「是503的伯伯」, 「楼下302的老伯」) and the building said apart (「8号楼」, 「12栋」): one door. */
const ROOM_OF_SOMEONE = /(?<![\d-])(\d{3,4})(?:室|号)?的(?=[^。,,\s]{0,3}(?:阿|老|伯|婆|姨|叔|爷|奶|先生|太太|人家))/;
const BUILDING_APART = /(?<![\d-])(\d{1,3})\s*(?:号楼|栋|幢)/;
/** A door the writer gives as their own (「我是8号楼601的小李」, 「我住…」, "I live in …"): the text right before it. */
const OWN_DOOR_BEFORE = /(?:我是|我住(?:在)?|我家(?:住)?(?:在|是)|\bI live (?:alone )?(?:in|at)|\bI'?m (?:in|at|from))\s*$/i;
/** Someone else in danger outside the writer's flat: 「楼梯口那个阿伯坐在地上」, 「花坛边有个阿姨」, "the old man across the hall". */
const ELSEWHERE = /楼道|楼梯|楼下|花坛|门口|路边|电梯|马路|草坪|对门|隔壁|across the hall|next door|corridor|stairs|downstairs|outside|lobby/i;
function doorOf(text: string): string | undefined {
  const phone = findPhone(text);
  const t = (phone ? text.slice(0, phone.index) + ' '.repeat(phone.length) + text.slice(phone.index + phone.length) : text)
    .replace(PRESSURE_READING, (m) => ' '.repeat(m.length))
    .replace(AMBULANCE_NUMBER, (m) => ' '.repeat(m.length));
  const found = findDoor(t);
  if (!found) {
    const room = ROOM_OF_SOMEONE.exec(t);
    const building = room ? BUILDING_APART.exec(t.slice(0, room.index) + ' '.repeat(room[0].length) + t.slice(room.index + room[0].length)) : null;
    return room && building ? `${building[1]}-${room[1]}` : undefined;
  }
  // The writer's own door, while the one in danger is someone they saw elsewhere, is not where help goes.
  if (OWN_DOOR_BEFORE.test(t.slice(0, found.index)) && ELSEWHERE.test(t) && !OWN_FAMILY.test(t)) return undefined;
  return doorKey(found.door);
}

/**
 * A complaint of the body, with the writer's own degree words inside it (「头一直有点疼」, 「心里有点慌」, 「有點咳」, "a headache"),
 * and, anywhere after it in the message, the question whether it matters (要不要紧, 严重吗, whether to see a doctor, "should we
 * worry?"): the middle, asked — however far apart the two are said, and in whatever clause or sentence.
 */
const COMPLAINT = /(?:吃|喝|食)(?:了|咗|过)?[^。,,]{0,10}(?:[,,\s][^。]{0,8})?(?:痒|痕(?!迹)|起(?:了)?(?:[几一两][个块片])?(?:疹子|风团|红疹|红点|疙瘩)|荨麻疹)|\b(?:a few|some) hives\b|(?:头|胸口?|心口|心里|肚子|胃|腰|背|腿|膝盖|喉咙|嗓子)(?:还是|还|也|又|一直|老是|越来越|有点|有些|有一点|有啲|很|好|特别|蛮|老)*(?:痛|疼|晕|闷|慌|胀)|咳|心跳(?:得)?(?:有点|很|好|特别|老|太)?快|心慌|胃口(?:很|好|特别|也)?(?:差|不好)|不舒服|没(?:力气|精神)|发(?:烧|热)|\b(?:headaches?|cough\w*|stomach ?aches?|palpitations?)\b|\b(?:feels?|feeling|is|looks?) (?:sick|unwell|weak|faint|pale)\b|(?:腿|脚|脚踝|脚脖子|膝盖|手腕|小腿)(?:还是|也|又|一直|有点|有些|有啲|都)*(?:肿|浮肿)|(?:说话|讲话|讲嘢|讲闲话)(?:有点|有些|有啲|也|都)?(?:乱|前言不搭后语)|前言不搭后语|\b(?:hip|knee|wrist|ankle|leg|arm|foot|back)s? (?:hurts?|is (?:sore|swollen|painful|hurting))\b/i;
const WORRY_QUESTION = /(?:要不要|使不使|用不用|需不需要)(?:打针|用(?:那支|肾上腺素)?笔|打肾上腺素)|should (?:we|i) use (?:the |his |her |our )?epi-?pen|要紧吗|要不要紧|要唔要紧|严重吗|危险吗|要不要(?:去|送|上|看)?(?:医院|急诊|看医生)|(?:是不是|要不要|需不需要)(?:要)?(?:请|找|叫)?医生(?:来)?看|should (?:we|i) (?:be )?(?:worr\w*|concerned)|is (?:it|this|that) serious|do (?:we|i) need (?:to see )?a doctor|(?:需要|要|用)担心吗|需不需要担心|使(?:唔|不)使(?:担心|睇医生|看医生|去医院)|(?:系|是)(?:唔|不)(?:系|是)要(?:去)?(?:睇|看)医生|要(?:去)?看医生吗|要不要(?:问问|问下|问一下)医生|(?:这样|这个样子)?正常吗|要紧(?:伐|不)|要不要(?:去)?拍(?:个)?片|\bis (?:that|this|it) (?:ok|okay|normal|alright)\?|should (?:he|she) (?:get|see|go|have)\b/i;
function worryAsked(text: string): RegExpExecArray | null {
  const complaint = COMPLAINT.exec(text);
  if (!complaint || !PERSON.test(text)) return null;
  const question = WORRY_QUESTION.exec(text.slice(complaint.index + complaint[0].length));
  return question ? complaint : null;
}

/**
 * Anything this recogniser reads at all: most chatter stops here. Tested part by part: joined into
 * one expression they pass 20 KB, past which V8 does not optimise a regular expression (measured
 * ~60× slower: 213 µs instead of 3.5 µs for 「今天天气不错」).
 */
const ANYTHING = [ANY_SIGN, CRY, CALL_FOR_MEDIC, MILD, UNCERTAIN, FALL, EVENT, DANGER_WORD, BODY, FIRE, COMPLAINT];
const readsAnything = (text: string): boolean => ANYTHING.some((re) => re.test(text));

/** How much of a long message's end is read as what is happening now. */
const TAIL = 160;
/**
 * A message over LONG_MESSAGE is a notice, an article or a chain, except when an elderly resident's
 * voice run-on tells what happens now, at its end (「…听到咚的一声 现在我老伴突然倒在厨房地上 叫他不应 快来人啊」)
 * or anywhere in it (「急!!!我爸刚才突然抽搐 口吐白沫 … 团购的菜麻烦团长先帮我放着 …」): a stretch of its clauses
 * is read when it names a person, a sign and now, and the whole is no forward, article or class.
 * The end is read first, then each stretch from the start.
 */
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');
const tellsNow = (words: string): boolean => ANY_SIGN.test(words) && PERSON.test(words) && (URGENCY.test(words) || HAPPENING.test(words) || GRAVE.test(words));
function lastWords(raw: string): Recognised | undefined {
  if (isForward(raw.slice(0, LONG_MESSAGE))) return undefined;
  const end = raw.slice(-TAIL);
  const cut = CLAUSE_END.exec(end);
  const tail = cut ? end.slice(cut.index + cut[0].length) : end;
  // Only the stretches around a sign are read: most long messages have no word of a body and stop here.
  if (!BODY.test(raw)) return undefined;
  const signs = signsAt(raw);
  if (signs.length === 0) return undefined;
  const starts = [0, ...[...raw.matchAll(CLAUSE_ENDS)].map((m) => m.index + m[0].length)].filter((from) => signs.some((at) => at >= from && at < from + TAIL));
  const stretches = [tail, ...starts.map((from) => raw.slice(from, from + TAIL))].filter(tellsNow);
  if (stretches.length === 0 || [ANIMAL, MEDIA, LEARNING, ADVICE].some((re) => framed(raw, re) !== null) || ofAnEra(raw)) return undefined;
  let reading: Recognised | undefined;
  // The door may be told in another stretch of the message than the danger.
  const door = doorOf(raw);
  for (const stretch of stretches) {
    reading = recogniseEmergency(stretch);
    if (reading && reading.confidence >= 0.5) return reading.fields?.door || !door ? reading : { ...reading, fields: { ...reading.fields, door } };
  }
  return reading;
}

/**
 * A manner of speaking explains away only its own words: 「孩子被开水烫了 起泡 哭得喘不过气」 is a burn whatever
 * 哭得喘 says; a clear sign outside the hyperbole's words stands. Breathlessness is not such a sign: heat,
 * snoring and crying explain it (「热死了 喘不过气来」).
 */
const HYPERBOLES = new RegExp(HYPERBOLE.source, 'gi');
function besideHyperbole(text: string): boolean {
  const rest = text.replace(HYPERBOLES, ' ');
  // 「她说她头晕 … 我真的是急死了」: the writer's worry is the manner of speaking, not someone else's sign.
  return rest !== text && (SIGNS.some(([name, re]) => name !== 'breathing' && re.test(rest)) || (MILD.test(rest) && SOMEONE.test(rest)) || criedAlone(text, rest));
}

/** Alone where it happens: 「一个人在家」, 「家里就我一个」, "I'm home alone". */
const ALONE = /一个人在家|一个人住|家里(?:就|只有)我|就我一个|身边没(?:有)?人|旁边没(?:有)?人|没人在家|独居|\b(?:i'?m|i am) (?:home )?alone\b|\b(?:i )?live alone\b|\bby myself\b|\b(?:nobody|no one) (?:is )?(?:here|home|with me)\b/i;
const CRY_FOR_HELP = /救命|救救|帮帮我|快来人|来人(?:啊|呀)?|\bhelp\b/i;
/** Unable to stand or get up (not out of bed in the morning: 起不来床). */
const CANNOT_GET_UP = /站不起来|起不来(?!床)|爬不起来|(?:can ?not|can'?t|unable to) (?:stand|get) up\b/i;
/** 「我一个人在家 腿软站不起来了 救救我」, "I cannot stand up anymore, I'm alone, please help me": nobody there to lift them, and a cry. */
const aloneAndDown = (text: string): boolean => CANNOT_GET_UP.test(text) && ALONE.test(text) && (CRY_FOR_HELP.test(text) || /please (?:send|come)/i.test(text));
/** What makes 「快晕了」 everyday talk: hunger, heat, children, work, the queue. */
const EVERYDAY_CAUSE = /饿|热|闷|笑|累|忙|烦|吵|气死|带(?:娃|孩子|小孩|两个)|作业|加班|网课|排队|抢菜|\b(?:hungry|hot|tired|busy|laugh\w*)\b/i;
/** 「我快晕倒了 救命 一个人在家」: someone alone crying for help is no manner of speaking, unless the words give an everyday cause. */
const criedAlone = (text: string, rest: string): boolean => CRY_FOR_HELP.test(rest) && ALONE.test(rest) && !EVERYDAY_CAUSE.test(text);

/**
 * Someone else's relative told second-hand, elsewhere (round 16): 「我同学说她外公也是喘」, 「我一个朋友在浦东 他妈妈发烧三天了」, "a friend
 * of mine says her dad…" — talk of another's case, unless a cry, a call for a medic or a place here (号楼, 楼下, 我们小区) says otherwise.
 */
const OTHERS_TOLD = /(?:同学|同事|朋友|网友|亲戚|表姐|表哥|表妹|表弟|堂姐|堂哥)[^。,,]{0,8}?(?:她|他|伊|佢)(?:的|家里|家|屋里)?(?:外公|外婆|爷爷|奶奶|爸|妈|老公|老婆|老头子?|老太|孩子|儿子|女儿|婆婆|公公)|\bfriend(?: of mine)?\b[^.]{0,30}\b(?:her|his|their) (?:dad|mum|mom|father|mother|grand\w+|husband|wife|son|daughter|kid|baby)\b/i;
const HERE = /号楼|栋|幢|楼下|楼上|隔壁|对门|我们(?:小区|楼|这)|这里|\d{3,4}|\b(?:here|downstairs|upstairs|next door|our building)\b/i;

/** A laugh in students' slang (xswl 笑死我了, hhhh, 23333, "lmfao"), as JOKE's 哈哈 and "lol". */
const SLANG_LAUGH = /xswl|(?<![a-z])h{3,}(?![a-z])|2333+|\blmfao\b|\brofl\b/i;

/** Said outright to be a joke: 「…当场晕倒 开玩笑的」, "jk". Not a laugh beside it (a laugh may be nerves). */
const KIDDING = /开玩笑的|开个玩笑|逗你们(?:的|玩)|骗你们的|\bjust kidding\b|\bjk\b|\bkidding\b/i;

/** What is usual said as the measure of now: 「平时都是一百四左右」, 「量了血压160 平时130左右」, 「喘得比平时厉害」, "worse than usual"; 「平时不这样的」, 「他平时心跳不快的」, "he's never like this". */
const UNUSUAL = /平(?:时|常)(?:都|一般|大概|也就)?(?:是|在|才|只有)?\s*(?:\d{1,3}(?:\.\d)?\s*(?:左右|上下|度|多|出头)|\d{2,3}|[一二两三四五六七八九]百[一二三四五六七八九十]{0,3}|[一二两三四五六七八九十]{1,3}(?:点\d)?\s*(?:左右|上下|度|多|出头))|比平时|跟平时不一样|和平时不一样|平时(?:都|一般)?(?:是|只有|就)[^。]{0,16}(?:今天|现在|这次|刚刚|刚才)|(?:今天|现在|这次|刚刚|刚才)[^。]{0,16}比平时|(?:今天|现在|这次|刚刚|刚才)[^。]{0,30}平时(?:都|一般)?(?:是|只有|就|在)|平(?:时|常)(?:都|也)?(?:不|没有?|不是|不会)(?:这样|这个样子|这么|咁)|平(?:时|常)[^。,,\s]{1,4}(?:不|没有?)(?:高|低|快|慢)(?:的)?|(?:以前|从来)(?:从来)?(?:都)?(?:不|没有?)(?:会)?(?:这样|这么)|than usual|not (?:his|her|their) usual|(?:he|she|they)(?:'s| is|'re| are) never like (?:this|that)|not like (?:him|her|them)(?:self|selves)?\b/i;
/** 「这两天老是心慌」: a new complaint said with 老是, not an old one. */
/** A medicine kept at hand (「枕头边放硝酸甘油」, 「随身带喷雾」, "keeps her spray by the bed"). */
const KEPT_READY = /(?:放|备|摆|带|存|囤|随身|keeps?|carr(?:y|ies))[^。,,]{0,12}?(?:药|丸|喷雾|喷剂|硝酸甘油|\b(?:spray|inhaler|pills?|tablets?|medicine|gtn)\b)|(?:药|丸|喷雾|喷剂|硝酸甘油)[^。,,]{0,6}(?:放|备|摆|带|随身)/i;
/** A clause that only names someone's condition: 「我婆婆心绞痛」, 「我爸有哮喘」, "my nan has angina". */
const CONDITION_ONLY = /^\s*[^。,,!!??]{0,8}?(?:有|得了|患有?|是|has|have|had)?\s*(?:心绞痛|心絞痛|哮喘|心脏病|心臟病|冠心病|癫痫|羊癫疯|\bangina\b|\basthma\b|\bepilepsy\b|a heart condition)(?:的)?(?:老毛病|病人|患者)?(?:(?:很|好|许)?多年|好几(?:十)?年|几十年|交关年数|十几年|for (?:many )?years)?(?:了)?\s*$/i;
/** A condition had for years: 「心绞痛很多年了」, 交关年数, "for years". */
const HELD_LONG = /(?:很|好|许)多年|好几(?:十)?年|几十年|交关年数|十几年|for (?:many )?years/i;
// 「从昨天开始人就不对劲 老是发呆」: a habit word after the day it began is new.
const RECENT = /这(?:两|几|一)天|今天|从(?:昨天|前天|早上|上午|中午|下午|昨晚)(?:开始|起)|these (?:few )?days|this week/i;
const recentHabit = (text: string): boolean => RECENT.test(text) && /^(?:老是|总是|经常|常常|动不动就|有时候|often|always|sometimes)$/i.test(HABIT.exec(text)?.[0] ?? '');

const UNCERTAINS = new RegExp(UNCERTAIN.source, 'gi');
/**
 * 「敲门没人开 从窗户看到老伯躺在地上 不动」: a sign seen with one's own eyes settles the uncertainty of a
 * knock; 「好像看到有人倒在地上」 is still unsure.
 */
const SEEING = /(?:看到|看见|发现|见到|\bsaw\b|\bfound\b)[^。.!?!?]{0,14}$/i;
const UNSURE = /好像|似乎|是不是|可能|不确定|\bseems?\b|\bmaybe\b|\bmight\b/i;
const seenSign = (text: string): boolean =>
  !UNSURE.test(text) && SIGNS.some(([, re]) => { const m = re.exec(text); return m !== null && SEEING.test(text.slice(Math.max(0, m.index - 16), m.index)); });
/** An uncertain observation outside the words of every sign read in the text (「煤气味好重 敲门没人应」: the knock is part of the sign). */
/** Silence after a sign (「她说心口好痛 然后就没声了 电话也没人接」): the sign told, then nobody answering, is worse, not unsure. */
const SILENCE = /没(?:有)?人(?:接|应|听|开)|不接|打不通|没(?:有)?(?:声|动静|反应)|no answer|not answer|went (?:quiet|silent)|then (?:silence|nothing)/i;
/** One's own person named (「我老公」, "my dad"), not a place (楼道, 隔壁): what the writer sees of them is no stranger's doubt. */
const OWN_PERSON = new RegExp(OURS.source, 'gi');
const PLACE_ONLY = /^(?:隔壁|对门|楼上|楼下|楼道|门口|\d+号楼|next door)$/i;
const ownPersonNamed = (text: string): boolean => [...text.matchAll(OWN_PERSON)].some((m) => !PLACE_ONLY.test(m[0]));
const LYING_SEEN = /(?:躺|趴|倒|睡)(?:着|在)|\b(?:lying|slumped)\b/i;
const CALLED_UNANSWERED = /(?:叫|喊|拍|推)(?:他|她|伊|佢)?(?:了)?[^。,,\s敲门电话]{0,4}(?:不应|不醒|没(?:有)?(?:反应|回应)|唔应)|\b(?:does not|doesn'?t|did not|didn'?t|won'?t|not) (?:respond|answer|wake)\w*\b[^.]{0,16}\b(?:when )?(?:i|we) (?:call|shout|shake|tap)/i;
const DRUNK_OR_ASLEEP = /喝多|喝醉|醉汉|酒|睡觉|睡着|打呼|drunk|sleeping|asleep|敲|门|电话|knock|door|phone/i;
function uncertainBeside(text: string): boolean {
  const spans = SIGNS.map(([, re]) => re.exec(text)).filter((m) => m !== null).map((m) => [m.index, m.index + m[0].length] as const);
  const firstSign = Math.min(...spans.map(([from]) => from));
  // 「我老公躺在地上叫不应」: the words that hold a sign are no doubt when the one lying there is the writer's own.
  const own = ownPersonNamed(text);
  // 「楼道里躺着一个老伯 叫他不应」 (round 17): one seen lying and called without an answer is no doubt, stranger or not —
  // unless the writer hedges (好像, 不知道) or names drink. A knock or a phone unanswered stays the middle.
  if (LYING_SEEN.test(text) && CALLED_UNANSWERED.test(text) && !UNSURE.test(text) && !DRUNK_OR_ASLEEP.test(text)) return false;
  return [...text.matchAll(UNCERTAINS)].some((u) => !spans.some(([from, to]) => from <= u.index && u.index + u[0].length <= to) && !(u.index > firstSign && SILENCE.test(u[0])) && !(own && spans.some(([from, to]) => u.index <= from && to <= u.index + u[0].length)));
}

/** A manner of speaking, unless a clear sign stands outside its words (not breathlessness, which stuffiness explains). */
function mannerAlone(text: string): RegExpExecArray | null {
  const m = manner(text);
  if (!m) return null;
  const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  return SIGNS.some(([name, re]) => name !== 'breathing' && re.test(rest)) ? null : m;
}

/** The writer unsure of what was said (「我也不知道要不要紧」, 「心里没底」, "not sure if it matters"). */
const WORRY = /不知道|不确定|要不要紧|心里没底|担心|不放心|\bnot sure\b|\bworried\b|should (?:i|we) worry/i;

const WORRIED = /(?:很|好|真|太|都|也|干|心里|有点)?着急(?:死了|得很|得要命)?/g;
/** Whether to call the ambulance, asked: the writer is unsure (a fresh copy of NOT_URGENT, which is global). */
const WHETHER_TO_CALL = new RegExp(NOT_URGENT.source, 'i');

/** A WeChat sticker code as it arrives in text: 「[吐血]」, 「[捂脸]」. */
const STICKER = /\[[\u4e00-\u9fff]{1,4}\]/g;

/** Insulin or a sugar pill and no meal: the dose is the cause of a hypo, never a side effect asked about. */
const HYPO = new RegExp(HYPO_CAUSE, 'i');

/** The same sign again: 「又晕倒了」, 「再次摔倒」. */
const AGAIN = /(?:又|再次|再一次)(?:晕|昏|倒|摔|跌|抽)/;

/** A minor illness told (「有点感冒」, "a cold"), not asked: 'or is it just a cold?', 「是不是感冒了」 leave the worry open. */
function minorTold(text: string): RegExpExecArray | null {
  const m = MINOR.exec(text);
  return m && /(?:\bis (?:it|this|that)\b|\bor\b|是不是|会不会|还是)[^.。??]{0,8}$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) ? null : m;
}

/**
 * Advice to everyone (「老年人要注意」, 「上了年纪的人不要一个人洗澡」), unless what is said beside it names one's own people with a
 * sign happening now (「… 我妈刚才在浴室滑倒了 起不来了」): the advice is then the preamble of an emergency.
 */
const ADVICES = new RegExp(ADVICE.source, 'gi');
/** One's own family (not a place: 「累得坐在楼道里都起不来了」 of a volunteer is tiredness). */
const OWN_FAMILY = /室友|舍友|我(?:家|的)?(?:爸|妈|爷|奶|外公|外婆|姥|老公|老婆|老伴|老头|老太|孩子|宝宝|小孩|儿子|女儿|孙|爱人|先生|太太)|\bmy (?:dad|mum|mom|father|mother|wife|husband|son|daughter|baby|kid|child|toddler|little one|boy|girl|infant|newborn|grand\w+)\b/i;
function adviceAlone(text: string): RegExpExecArray | null {
  const m = framed(text, ADVICE);
  if (!m) return null;
  const rest = text.replace(ADVICES, ' ');
  // 「刚才滑倒的那位阿姨现在叫不醒了」: whoever is named by the earlier fall, a grave state now is news.
  return (ANY_SIGN.test(rest) && OWN_FAMILY.test(rest) && HAPPENING.test(rest)) || clausesOf(rest).some((c) => GRAVE.test(c) && !/当时|那时|at the time/i.test(c)) ? null : m;
}

/**
 * Someone from an earlier scare asked after (ASKED_AFTER), unless what is said beside the question is a grave sign, urgency or one's own
 * family with a sign: 「我妈刚刚晕倒了 叫不醒 现在怎么样了都不知道」 and "how is he doing now? my dad just collapsed" are news.
 */
function askedAfter(text: string): RegExpExecArray | null {
  const m = ASKED_AFTER.exec(text);
  if (!m) return null;
  const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  // (The question's own 'now' is no urgency.)
  return GRAVE.test(rest) || URGENCY.test(rest.replace(NOT_URGENT, ' ')) || (ANY_SIGN.test(rest) && OWN_FAMILY.test(rest)) ? null : m;
}

/**
 * A fall days ago (昨天, 上礼拜, 前日, "three days ago") and what hurts or swells now, with a doctor asked to look or whether to go
 * asked (「老伴昨天下楼梯跌了一跤 当时没事 今天手腕肿了 有医生吗」): the middle — neither paged for the fall, which was then, nor
 * dropped for its past, since the ache is now. Walking (能走两步, "he can walk") settles nothing here.
 */
const FALLEN = /摔|跌|滑倒|滑了一跤|绊倒|绊了|\b(?:fell|fallen|slipped|tripped)\b/i;
const ACHE = /肿|痛|疼|\b(?:sore|swollen|swelling|hurts?|aching|pain(?:ful)?)\b/i;
/** A remedy asked for (跌打药, 膏药, 止痛片, "painkillers"): a medicine request, not the middle. */
const REMEDY = /药|膏|贴|\b(?:painkillers?|ointment|cream|pills?|tablets?|plasters?)\b/i;
const WALKING = /can walk|能(?:自己)?走|走路(?:还行|没问题)|行得/i;
function fellDaysAgo(text: string, doctorCalled: boolean): boolean {
  if (!(doctorCalled || ASKED_WHETHER.test(text) || WORRY_QUESTION.test(text)) || !PAST_TIME.test(text) || REMEDY.test(text)) return false;
  const clauses = clausesOf(text);
  const fell = clauses.findIndex((c) => FALLEN.test(c));
  if (fell < 0 || !clauses.slice(fell, fell + 2).some((c) => PAST_TIME.test(c))) return false;
  return clauses.slice(fell + 1).some((c) => ACHE.test(c) && !PAST_TIME.test(c));
}

/**
 * A sign the writer rules out: a negation said right before its words ("no chest pain", "not bleeding", "hasn't fainted",
 * "without any bleeding", 「没有胸痛」, 「并没晕倒」, 「冇胸口痛」, 「不是晕倒」). A question is no negation: 「有没有胸痛」, 「是不是晕倒了」.
 * Signs whose own words hold the negation (not breathing, 没有呼吸, 叫不醒) start at it and stand.
 */
// A Chinese negation rules out only the words right after it: 「一点反应都没有 叫不醒」 ends a clause with 没有, then tells a sign.
const NEGATED_BEFORE = /(?:(?:\b(?:no|not|never|without|nor)|\b(?:has|have|had|is|was|were|did|does|do)n'?t(?: (?:been|had|got|have|has))?)\s*(?:any\s+)?|(?:(?<!有)(?:没有|没|冇|无)|并没有|并没|(?<![是有])不是|未(?:曾)?)(?:什么)?)$/i;
const SIGN_WORDS = [...SIGNS.map(([, re]) => re), MILD].map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'g'));
/** Any word NEGATED_BEFORE could end with: without one, no sign is ruled out and the signs need not be read again. */
const ANY_NEGATION = /\b(?:no|not|never|without|nor)|n'?t\b|没|冇|无|不是|未/i;
function withoutNegatedSigns(text: string): string {
  if (!ANY_NEGATION.test(text)) return text;
  let out = text;
  for (const re of SIGN_WORDS) {
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0 && NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
        out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
      }
    }
  }
  return out;
}

/**
 * Awake again after a faint (「现在醒了」, 「醒过来了」, 「醒返」, "awake again", "came round"), and the writer asking what to do —
 * whether to call an ambulance or go to hospital, a doctor to look, 怎么办: the faint is over but not yet judged, so it is
 * asked (easing), not paged and not settled. A cry for help or a grave sign beside it still pages.
 */
const AWAKE = /(?<![不没叫喊])(?:醒(?:过来|返|翻|咗)|醒了)|\b(?:is|was|she'?s|he'?s) (?:\w+ )?awake\b|\bawake again\b|(?<!(?:n'?t|not|never) )\b(?:woke|woken|came|come) (?:up|round|around|to)\b/i;
const AWAKE_ALL = new RegExp(AWAKE.source, 'gi');
const WHAT_TO_DO = /怎么办|点算|怎么弄|what (?:should|do) (?:we|i) do|(?:有没有|有冇|有)(?:个|位)?医生[^。.?？]{0,8}看|doctor[^.?]{0,24}(?:look|check|see)/i;
function awakeAndAsked(text: string, signs: string[]): RegExpExecArray | null {
  const awake = AWAKE.exec(text);
  // Awake but confused, bleeding or weak on one side: another sign stands beside the faint (a sudden faint is the faint).
  if (!awake || CRY_FOR_HELP.test(text) || signs.some((s) => !/^(?:unconscious|sudden):/.test(s)) || ANY_SIGN.test(text.slice(awake.index)) || GRAVE.test(text.slice(awake.index))) return null;
  return ASKED_WHETHER.test(text) || WHETHER_TO_CALL.test(text) || WORRY.test(text) || WHAT_TO_DO.test(text) ? awake : null;
}

/**
 * The writer asking whether to call or go (要不要打120, 该不该叫救护车, 使不使叫白车, "should we call an ambulance?", "should we go to
 * the hospital?") has judged it not yet a page: asked, whatever sign is told (every such row of the corpora is the middle). Not
 * when a grave state is said outright (叫不醒, 没有呼吸 — 「有点喘不上气」 is said softly), an acute sign stands (choking, a seizure,
 * poison, bleeding, fire, gas, a stroke's signs, a pressure of 185), a collapse is not said to be over, or a cry or a hurry says
 * otherwise (快来人, 马上, "!!").
 */
const ACUTE = new Set(['choking', 'seizure', 'poison', 'water', 'electric', 'fire', 'gas', 'allergy', 'pregnancy', 'bleeding', 'colour', 'dying', 'burn', 'stroke', 'pressure', 'reading']);
const GRAVE_ALL = new RegExp(GRAVE.source, 'gi');
const PRESSING = /快来|快点|快[\s,,!!]|马上|立刻|赶紧|赶快|急急|(?:很|好|非常|特别|十分|超)急|紧急|!{2,}|[??]{2,}|\b(?:hurry|asap|urgent|immediately|quick(?:ly)?)\b/i;
function doubtAsked(text: string, signs: string[]): boolean {
  if (!(WHETHER_TO_CALL.test(text) || ASKED_WHETHER.test(text)) || CRY_FOR_HELP.test(text) || PRESSING.test(text)) return false;
  if (signs.some((s) => ACUTE.has(s.slice(0, s.indexOf(':'))))) return false;
  // 「有个老人晕倒了 要不要叫救护车」: a collapse nobody has said is over is never the writer's to judge.
  if (signs.some((s) => /^(?:unconscious|sudden):/.test(s)) && !AWAKE.test(text)) return false;
  return ![...text.matchAll(GRAVE_ALL)].some((m) => !HEDGE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)));
}

/**
 * The reading of a message as an emergency, or undefined when it is not one at all. A likely one whose writer asks whether to
 * call says so in its evidence (decide() asks it before a need beside it), and a complaint of the body with that question
 * (「头有点痛 是不是要打120」) is likely, not nothing — unless the reading ruled it out (a jest, a past, a habit).
 */
export function recogniseEmergency(message: string): Recognised | undefined {
  const r = readEmergency(message);
  const whether = WHETHER_CALL.exec(message);
  if (!whether) return r;
  if (r && r.confidence >= LIKELY && r.confidence < CLEAR) return r.evidence.includes(WHETHER_TO_CALL_ASKED) ? r : { ...r, evidence: [...r.evidence, WHETHER_TO_CALL_ASKED] };
  if (!r && COMPLAINT.test(message)) return { intent: 'emergency', confidence: 0.6, evidence: [whether[0], WHETHER_TO_CALL_ASKED] };
  return r;
}

/**
 * 「紧张得心跳得很快」, 「看得我心跳好快 太刺激了」: a heart racing with nerves or excitement, said as their cause, is no sign; fright
 * (吓得, 害怕) is left a sign, as a panic may be one.
 */
const NERVES_RACING = /(?:紧张|激动|兴奋|刺激)(?:得|到)?[^。,,]{0,6}心(?:跳|砰砰|怦怦)|心跳[^。]{0,10}(?:紧张|激动|兴奋|刺激(?!性))|heart (?:is |was )?(?:racing|pounding)[^.]{0,20}\b(?:nervous|excited|exciting)\b/i;

function readEmergency(message: string): Recognised | undefined {
  // Of a copied chain only its last line is the sender's own.
  // WeChat's sticker codes ([吐血], [晕], [流泪]) are faces, not words: read without them.
  const raw = heard(isChain(message) ? lastLine(message) : message).replace(STICKER, ' ');
  if (raw.length > LONG_MESSAGE) return lastWords(raw);
  if (!readsAnything(raw) || isForward(raw)) return undefined;
  const told = (/救命|急救|first aid/i.test(raw) ? raw.replace(IDIOMS, (idiom) => idiom.replace(/救命|急救|first aid/gi, ' ')) : raw).replace(DENIED, ' ').replace(OBJECT_STATE, ' ');
  // "dizzy, no chest pain": what the writer rules out is said, not a sign.
  const text = withoutNegatedSigns(told);
  // 「爸爸中风过的 今天左手有点麻」: a sign named in a clause of an illness long past is no sign now.
  const now = present(text);
  const signs = ANY_SIGN.test(now) ? SIGNS.filter(([, re]) => re.test(now)).map(([name, re]) => `${name}:${re.exec(now)![0]}`) : [];
  if (aloneAndDown(now)) signs.push(`alone:${CANNOT_GET_UP.exec(now)![0]}`);
  const call = CALL_FOR_MEDIC.exec(text);
  const word = DANGER_WORD.exec(text);
  // 着急 is the writer's worry, not a hurry (round 17): 「胸口有点闷 好着急」 is still the middle; a sign pages by itself.
  const urgency = URGENCY.exec(text.replace(NOT_URGENT, ' ').replace(WORRIED, ' '));
  const urgent = urgency !== null;
  // 「楼下垃圾桶着火了」: a fire with nobody said to be in danger is asked, with 119 (emergency.ts), never paged.
  const mild = CRY.exec(text) ?? MILD.exec(text) ?? UNCERTAIN.exec(text) ?? FALL.exec(text) ?? (urgent ? EVENT.exec(text) : null) ?? (word && (PERSON.test(text) || urgent) ? word : null) ?? FIRE.exec(text) ?? worryAsked(text);
  if (signs.length === 0 && !call && !mild) return undefined;
  // 「摔了一跤 是前天的事了 … 这两天腰越来越痛 … 有没有医生能上门看一下」: a fall then and an ache now, a doctor asked to look.
  // ("his hip is sore now": a bare 'now' is the ache's time, no urgency.)
  const fallThen = signs.length === 0 && (!urgent || /^now$/i.test(urgency[0])) && fellDaysAgo(text, call !== null);
  const wokeAsked = awakeAndAsked(text, signs);
  // Awake again and the writer asking settles nothing by the waking: only what else is said may settle it (「…虚惊一场」).
  const settledNow = LOW_OXYGEN.test(text) ? null : settled(wokeAsked ? text.replace(AWAKE_ALL, ' ') : text);
  const against =
    // 「血氧93 走到厕所就有点喘 坐下来就好了」: the breath that rest eases, beside a low reading, is how it is now.
    (fallThen && settledNow && WALKING.test(settledNow[0]) ? null : settledNow) ??
    // 「所以嘴歪了一定马上打120」: what to do when a sign comes is advice (read before OBJECT_STATE takes its call out).
    instructed(present(raw)) ??
    // 「孩子突然高烧抽搐 已经在去医院的路上」: help under way — unless a medic is called for on the way.
    (call ? null : ON_THE_WAY.exec(text)) ??
    KIDDING.exec(text) ??
    // 「我同学说她外公也是喘 后来查出肺炎」: another's case, told second-hand.
    (urgent || call || HERE.test(text) ? null : OTHERS_TOLD.exec(text)) ??
    // 「上次晕倒的那个阿伯刚才又晕倒了」: the person named by a past fall, falling again, is news of now.
    // 「老年人要注意 我家老头刚刚摔倒了 爬不起来」: advice beside one's own people with a sign of their own is no advice (framed).
    (urgent || AGAIN.test(text) ? null : adviceAlone(text)) ??
    (inThePast(text) ? PAST.exec(text) : null) ??
    // 「夜班收了四个心梗的」, 「七十年代没有溶栓药 中风了就只能躺着」: the ward's patients and the clinic's past, told by staff.
    (call ? null : atTheWard(text) ?? ofAnEra(text)) ??
    // 「地高辛吃多了会心慌」: what too much of a medicine does, as knowledge.
    (urgent ? null : tooMuchDoes(text)) ??
    // 「男的也会摔跤的呀」: what may happen to anyone, argued.
    (urgent ? null : mayHappen(text)) ??
    // 「吓死我了 我爸突然抽搐 口吐白沫」: a manner of speaking or a laugh beside one's own people in danger is no jest.
    // An urgent call for whoever knows CPR is not a class.
    [...(besideHyperbole(text) ? [] : [HYPERBOLE]), JOKE, SLANG_LAUGH, ...(UNCERTAIN.test(text.replace(ANIMAL_CLAUSE, ' ')) ? [] : [ANIMAL]), MEDIA, ...(call && urgent ? [] : [LEARNING]), ...(urgent ? [] : [ADVICE_ASKED])].map((re) => framed(re === ANIMAL ? text.replace(BITTEN, ' ') : text, re, re === JOKE || re === SLANG_LAUGH)).find((m) => m !== null) ??
    (fallThen ? null : toldOfThePast(text)) ??
    // 「… 邻居们帮忙扶起来了 我替她谢谢大家」: thanks for help already given close the story.
    (urgent || call ? null : thanked(text, signs.length > 0)) ??
    // 「谁家有孩子哮喘的 拉个小群」: a roll call of those who live with a condition names no sign now.
    (urgent || call || signs.length > 0 ? null : ROLL_CALL.exec(text)) ??
    askedAfter(text) ??
    supposed(text) ??
    (criedAlone(text, text) ? null : aboutTo(text)) ??
    // 「屋里好闷 透不过气 快来人」, 「天太热 胸口好痛 喘不上气」: a cry for help, or pain beside the stuffiness, is no manner.
    (urgent ? null : mannerAlone(text)) ??
    likened(text) ??
    resolved(text) ??
    ownHabit(text) ??
    // 「累瘫了 躺在沙发上一动不动」: stillness of one's own after a day's work, without a cry for help; so is breath lost
    // after climbing (「爬了二十层楼 呼吸都没了 累死」).
    // 「分了一下午物资 坐在楼梯上都起不来身了 累死」: so is sitting and not getting up (a fall, 摔/跌, is never explained so).
    // Someone called and not answering (叫不醒, 没反应) is never one's own tiredness.
    (!urgent && signs.length > 0 && signs.every((s) => s.startsWith('unconscious:') || s.startsWith('fall:坐') || s.startsWith('breathing:')) && !/[叫喊拍推]|反应|醒|respond|wake/i.test(text) ? exerted(text) : null);
  if (against) return { intent: 'emergency', confidence: 0.1, evidence: [...signs, `not now: ${against[0]}`] };
  const door = doorOf(text);
  const fields = door ? { door } : undefined;
  if (fallThen) return { intent: 'emergency', confidence: 0.6, evidence: [...(call ? [call[0]] : []), 'a fall then, an ache now'], fields };
  const evidence = [...signs, ...(call ? [call[0]] : []), ...(urgency ? [urgency[0]] : [])];
  // A habit ("头晕是老毛病了") or a question about a medicine is not danger now, unless a clear sign says it is.
  // 「敲门没人应 阿婆平时都在家的」: her habit makes the silence stranger; a habit only explains a sign away.
  // 「他说是没睡好 我也不知道要不要紧 有没有医生」: a cause given, and the writer still unsure, asking a doctor — the worry is left open.
  const worryLeft = call !== null && WORRY.test(text);
  // 「我婆婆心绞痛 一般都会在枕头边放硝酸甘油」: a condition only named, beside the habit of keeping its medicine at hand, is who she is;
  // so is one had for years beside its medicine kept (「心绞痛很多年了 枕头边放着药」), or kept with 都 (「晚上睡觉枕头边都放着药」).
  const heldLong = clausesOf(text).some((c) => CONDITION_ONLY.test(c) && HELD_LONG.test(c));
  const keptReady = clausesOf(text).some((c) => (HABIT.test(c) || heldLong || /都(?:会)?(?:放|备|摆|带|存)/.test(c)) && KEPT_READY.test(c));
  const habit = (keptReady && !urgent && !HAPPENING.test(text) && !WORSE.test(text) ? KEPT_READY.exec(text) : null) ?? (WORSE.test(text) || UNCERTAIN.test(text) || recentHabit(text) || UNUSUAL.test(text) ? null : HABIT.exec(text)) ?? THING_FELL.exec(text) ?? minorTold(text) ?? LATER.exec(text) ?? (worryLeft ? null : EXPLAINED.exec(text) ?? ownCause(text) ?? NERVES_RACING.exec(text)) ?? (WORSE.test(text) || PERSISTS.test(text) || MEASURED.test(text) || ASKED_WHETHER.test(text) || HYPO.test(text) ? null : DOSED.exec(text)) ?? (!call ? sideEffectAsked(text) ?? (UNCERTAIN.test(text) ? null : EXCUSE.exec(text)) : !urgent && !MILD.test(text) && !UNCERTAIN.test(text) ? CONSULT.exec(text) : null);
  // 「My dad has chest pain sometimes when climbing stairs」: every sign said as what comes and goes, nothing now.
  const signed = signs.length > 0 && !urgent && (HABIT.test(text) || keptReady) && !HAPPENING.test(text) && !WORSE.test(text) ? clausesOf(text).filter((c) => ANY_SIGN.test(c)) : [];
  const habitual = signed.length > 0 && signed.every((c) => HABIT.test(c) || (keptReady && CONDITION_ONLY.test(c))) ? HABIT.exec(text) ?? KEPT_READY.exec(text) : null;
  if (habitual) return { intent: 'emergency', confidence: 0.2, evidence: [...signs, `not now: ${habitual[0]}`] };
  if (signs.length === 0 && habit) return { intent: 'emergency', confidence: 0.2, evidence: [mild?.[0] ?? '', `not now: ${habit[0]}`] };
  // An uncertain observation ("楼下好像有人倒了?") or one sign said with a hedge ("有点喘不上来的感觉 要紧吗") is asked.
  // 「煤气味好重 敲门没人应」: an uncertainty the sign itself is made of does not hedge it.
  // 「被困在电梯里 … 现在说胸闷喘不过气」: a sign said as now, with no doubt in the words, is not hedged by where it happens.
  const toldNow = signs.length > 0 && !UNSURE.test(text) && clausesOf(text).some((c) => ANY_SIGN.test(c) && HAPPENING.test(c));
  const hedged = ((uncertainBeside(text) && !(urgent && signs.length > 0) && !seenSign(text) && !toldNow) || (!urgent && guessedSettled(text)) || (!urgent && softly(now))) && signs.length <= 1 && !call;
  // 「右边手没力气 现在好像好点了」: a sign that eases may come back; asked, neither paged nor dropped.
  // 「刚才晕倒 现在醒了 要不要叫救护车」: awake again, the writer asking — eased, whatever 'just now' or 'woke up quickly' says.
  const easing = (!urgent ? EASING.exec(text) : null) ?? (signs.length > 0 ? wokeAsked : null);
  // 'fell yesterday and today his leg is very swollen': the sign was then; what is now is milder — asked.
  const after = afterThePast(text);
  const thenMild = after !== undefined && !ANY_SIGN.test(after) && !urgent && !clausesOf(text).some((c) => ANY_SIGN.test(c) && HAPPENING.test(c) && !PAST_TIME.test(c));
  // 「胸口有点闷 … 要不要去医院」: the writer's own doubt whether to call or go.
  const doubt = doubtAsked(text, signs);
  if (signs.length > 0 && !hedged && !easing && !thenMild && !doubt) return { intent: 'emergency', confidence: 0.95, evidence, fields };
  if (thenMild && signs.length > 0) return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, 'then, and milder now'], fields };
  if (easing) return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, `easing: ${easing[0]}`], fields };
  if (doubt && signs.length > 0) return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, WHETHER_TO_CALL_ASKED], fields };
  // "救命 我爸摔倒了 快来人": an event with a cry for help.
  const event = EVENT.exec(text);
  if (event && urgency && !hedged && !doubt) return { intent: 'emergency', confidence: 0.9, evidence: [...evidence, event[0]], fields };
  // 「誰是醫護人員?」 on its own, or with urgency: the seed's own words page at once.
  // 「…跌低 … 唔知要唔要叫白車 有冇醫生可以過嚟睇下」: a fall, with the writer unsure whether to call the ambulance, is asked.
  if (call && !doubt && (urgency || text.replace(/[\s??!!。.,,]/g, '').length <= 12 || signs.length > 0 || (event && !WHETHER_TO_CALL.test(text)))) {
    return { intent: 'emergency', confidence: 0.9, evidence, fields };
  }
  return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, mild?.[0] ?? 'unclear'], fields };
}
