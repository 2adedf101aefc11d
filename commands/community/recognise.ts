import { doorKey, findDoor, type Door, type DoorMatch } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import { HOW_THROUGH_THE_BOT, ownWords, WISH_THEN_SAY } from '../../src/kernel/cues.js';
import type { Recognised, Situation } from '../../src/runtime/understand.js';

/**
 * Reading a resident's home and a question about the bot itself, on normalised text.
 * A home: "我住5号楼302", "门牌 3号楼1201", "地址改成4号楼702", "I stay at 2-301", and in a
 * private chat a door on its own. In a busy group only when said to the bot, or when the message
 * is that and nothing else: "我住5号楼302,谁能帮我下楼取个快递" is an errand, not a home.
 */

// Words that say "this is my home" (or its correction).
const HOME_WORDS =
  /住(?:在|到)?(?:我)?(?:他们|她们|他|她|伊|女儿|儿子|闺女|妈|爸|父母|婆婆|公公|岳母|亲戚|朋友|老人)(?:家|那(?:里|儿|边)?)|(?:以后|今后)?(?:送|寄)(?:到)?(?:这里|这儿|这边)|我(?:家)?住(?!院)|住(?:在|勒|辣|喺)|(?:写|填|记|登记|搞|弄)错了?|应该是|更正|改为|住的是|moved (?:in|into|to)\b|\b(?:flat|apartment|apt|unit|room)\b|i am new|new here|we(?:'re| are) (?:in|at)\b|i(?:'m| am) at\b|我(?:们)?家(?:里)?(?:就|也|现在|目前|其实)?(?:是|系|在|住)|这是我家|就是我家|是我家|我的(?:门牌|地址|住址|住处)|门牌(?:号)?|地址|住址|登记|搬家|搬到|新地址|改成|改一下|租了|阿拉(?:是|住|屋里)|(?:一个人|两个人|两口子)住|新搬(?:来|过来|进来)|刚搬(?:来|过来|进来)|新来的|新人报到|新(?:住户|业主|租户|邻居)|我是[^,,。!!??]{0,8}?(?=\s*(?:[A-Za-z东西南北中]区)?\s*[\d零〇幺一二两三四五六七八九十廿卅])|\baddress\b|\bi(?:'m| am)\s*(?=\d)|\bi live\b|\bi stay\b|\bi'?m (?:in|at)\b|\bi am in\b|home is|my (?:address|flat|apartment|home|door)|address\s*:|moved to|\b(?:i|we)(?:'ve| have)? (?:just |recently )?moved\b|^\s*(?:just |recently )?moved\b|搬(?:了|咗)(?:屋|家)?|new resident|\bnew (?:tenant|owner|renter|neighbou?r|family|arrival)s?\b|we live/i;
// What may stand beside the door in a home statement and say nothing else.
// ("Could you register my address? 24-201": the asking to record it, question mark and all, is the home's own.)
const FILLER =
  /\b(?:can|could|would|will) you (?:please )?(?:register|save|record|note(?: down)?|update|write down|put down|keep)\b(?: (?:my|our)(?: home)? (?:address|flat|apartment|home|door)(?: number)?)?\s*\??|我(?:家)?住(?:在|勒|辣|喺)?|上次|(?:写|填|记|登记|搞|弄)错了?|应该是|更正|住的是|我(?:们)?家(?:里)?(?:的)?(?:门牌号?)?(?:就|也|现在|目前|其实)?(?:是|系|在)?|这是我(?:的)?(?:家|门牌)|就是我家|是我家|我的(?:门牌号?|地址|住址|住处)(?:是)?|门牌(?:号)?(?:是)?|新?地址(?:是)?|住址|登记(?:一下)?|记一下|帮我记下|请帮我记下|谢谢|你好|您好|邻里|阳光小区|小区|的|了|啊|吧|呀|额|哦|对|阿拉(?:是|屋里厢?)?|喂+|那个|这个|嗯+|我是|新搬(?:来|过来|进来)的?|刚搬(?:来|过来|进来)的?|新来的|新人报到|新(?:住户|业主|租户|邻居)|(?<=的)\s*(?:[老小][\u4e00-\u9fff]|[\u4e00-\u9fff](?:阿姨|叔叔|老师|师傅|奶奶|爷爷|伯伯))(?=\s*$)|[\s,,。.!!::~]|\b(?:i|we)(?:'ve| have)? (?:just |recently )?moved(?: (?:house|in|last week|this week|yesterday|recently))?\b|^\s*(?:just |recently )?moved(?: (?:house|in|last week|this week|yesterday|recently))?\b|\bnow(?: (?:in|at))?\b|搬(?:了|咗)(?:屋|家)?|而家(?:係|是)?|现在(?:是|住)?|\bis (?:this|it) (?:the )?(?:community |compound |neighbou?rhood )?(?:bot|assistant|linli)\s*\?*|这(?:个)?是(?:不是)?(?:小区|社区)?的?(?:机器人|助手|邻里)(?:吗)?[??]*|\bi (?:live|stay) (?:in|at)\b|\bi'?m (?:in|at)\b|\bwe(?:'re| are) (?:in|at)\b|\bi am (?:in|at)\b|\bhome is\b|\bmy (?:address|flat|apartment|home|door)(?: is)?\b|\bplease\b|\bthanks?\b|\bthank you\b|\bthx\b|\bhi\b|\bhello\b|\bhey\b|\baddress\b|\bnew (?:people|here|resident|neighbou?r|tenant|owner|renter|family|arrival)?s?\b|\bi(?:'m| am)\b/gi;
// A door said as not (or no longer) one's own: 「不是1205」, 「我不住5号楼302了」, 「以前住3号楼1101」.
const NOT_MINE = /不(?:是|住(?:在)?|在)\s*$|(?:以前|原来|之前|老早)(?:是|住(?:在)?|在)?\s*$|\bnot\s*$|\bused to (?:live|be) (?:in|at)\s*$/i;
/** 「我是3号楼的 住1201」: the building, then the room after 的 / 住 / 是. */
const BUILDING_THEN_ROOM = /((?:号楼|幢|栋|座|#))的?\s*(?:住(?:在)?|是)\s*(?=[\d零〇幺一二三四五六七八九]{3,4}(?![\d]))/g;
/** "Building 9, 4th floor, room 402": the floor between building and room says nothing the room does not. */
const FLOOR_BETWEEN = /(\b(?:building|bldg|block|blk|tower)\s*\d{1,3})\s*,?\s*(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+floor\b/gi;
/** "building five": a building or room number written as an English word. */
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUMBER_IN_WORDS = new RegExp(String.raw`\b(building|bldg|block|blk|tower|unit)\s+(${EN_NUMBERS.join('|')})\b`, 'gi');
/** 「以后配药什么的还要请你多帮忙」: a courtesy after an introduction, not a request beside the door. */
/** A neighbour asked to come in person and show how (上来教教我, 来我家教我, "come over and show my mum"): a request to neighbours. */
const COME_OVER =
  /(?:谁|啥人|哪位|哪个|边位|边个|有没有(?:人|年轻人|邻居)|有人)[^。!?？！]{0,10}(?:上来|上楼|过来|下来|来我家|到我家|上门|上嚟|过嚟)[^。!?？！]{0,6}(?:教|帮我弄|帮我看|示范)|\b(?:someone|somebody|anyone|anybody)\b[^.?!]{0,20}\bcome (?:over|up|round|by)\b[^.?!]{0,20}\b(?:show|teach|help)/i;
const COURTESY = /(?:(?:以后|今后)[^。,,!!??]{0,8}?)?(?:还)?(?:请|麻烦|拜托)(?:你|您|你们)?多(?:多)?(?:帮忙|关照|照顾|指教|包涵)/g;
/** Who lives there, as a newcomer says it after the door (一口人, 一家三口, 老两口, 就我自己, 两个孩子): says nothing but the home. */
const HOUSEHOLD = /(?:屋里)?(?:就|只有)?(?:我们?|阿拉)?(?:家)?(?:一家[一二两三四五六七八九]口|[一二两三四五六七八九\d]口(?:人|子)|老?两口(?:子)?|就我(?:自己|一个人?)|(?:我们?|阿拉)?(?:[一二两三四五六七八九\d]个(?:人|大人|小孩|孩子|老人))(?:住)?)/g;
/** 「孙女帮我装的微信」: something done for me, told, not asked. */
// 「孙子帮我弄好微信的」: what was set up, told to its 的 (not 「帮我买点药的」, a request).
const DONE_FOR_ME = /帮(?:我|忙)(?=(?![^。,,!!??\s]{0,5}(?:买|配|带|拿|送|药))[^。,,!!??\s]{1,5}的)/g;
/** A door as a form's labels give it: 「楼号:6 房号:502」, 「楼栋 6 房间 502」. */
const LABELLED_DOOR = /(?:楼号|楼栋号?|栋号|幢号)\s*[::]?\s*(\d{1,3})\s*[,,;；\s]*(?:房号|室号|房间号?|门牌号?)\s*[::]?\s*(\d{3,4})(?!\d)/g;
/** 「302 (5号楼)」, 「302室 5栋」: the room first, its building after. */
// 「我家那栋是8号 房间1102」: the building word first, its number after it, then the room.
const BUILDING_WORD_FIRST = /(?:那|这)?(?:栋|幢|号楼|座)(?:是|系)\s*(\d{1,3})\s*号?\s*[,，\s]*(?:房间|房号|室号|门牌)(?:号)?\s*(?:是|[:：])?\s*(\d{3,4})(?!\d)/g;
const ROOM_THEN_BUILDING = /(?<![\d号栋幢座#-])(\d{3,4})\s*(?:室|号房)?\s*[(（,，]?\s*(\d{1,3})\s*(号楼|栋|幢|座)\s*[)）]?(?!\s*\d)/g;
/** An order line's letter and count: 「B×2」, 「A一份」, 「B和C各两份」. */
const ORDER_LINE = /(?<![A-Za-z])[A-Za-z]\s*(?:[×x*]?\s*\d(?!\d*\s*-)|[×x*]?\s*[一二两三四五六七八九十]\s*(?:份|个|只|套|箱)|(?:(?:和|跟|、)\s*[A-Za-z]\s*)?各\s*[一二两三四五六七八九十\d])/;
/** The building said first and the room later by its label: 「9号楼 我暂时住她那 门牌901」 reads 「9号楼901 我暂时住她那」. */
const SPLIT_DOOR = /(\d{1,3})\s*(号楼|栋|幢|座)([^\d。]{1,12}?)(?:门牌(?:号)?|房号|房间号?|室号)\s*(?:是|[::])?\s*(\d{3,4})(?!\d)/g;
/** Someone else named just before the door, with no word of one's own home: 「王阿姨住在7号楼502」, "my neighbour Mr Li in 7-502"; or someone else who moved (「我女儿搬了 现在是7号楼902」). */
const SOMEONE_ELSE =
  /(?:邻居|阿姨|叔叔|伯伯|爷爷|奶奶|大爷|大妈|师傅|老师|他|她|妈|爸|父母|女儿|儿子|孙子|孙女|外婆|外公|婆婆|公公|岳母|岳父|亲戚|朋友|同事)(?:们)?[^\s,,。.!!??]{0,8}$|(?:邻居|他|她|妈|爸|父母|女儿|儿子|孙子|孙女|外婆|外公|婆婆|公公|亲戚|朋友)(?:们|家)?(?:也|已经|刚|都)?搬(?:了|走|去|到|咗|家)[^。!!??]{0,16}$|(?:隔壁|对门|楼上|楼下)(?:的|那家|那户)?\s*$|(?:\bmy (?:neighbou?r|friend|mother|mum|mom|father|dad|parents?|son|daughter|grand\w+)|\bneighbou?r|\bmrs?\.?\s|\bms\.?\s|\bmiss\s|\b(?:he|she|they)\b)[^,.!?]{0,20}$/i;
/** A door as one's workplace: named after working for someone, or followed by the work done there. */
const WORKS_BEFORE = /\b(?:work(?:s|ing)?|helper|nanny|caregiver|maid|cleaner)\b[^.!?]{0,40}\b(?:family|household|employer|boss|in|at)\s*$|(?:做|当)(?:保姆|阿姨|钟点工|护工)[^。!!??]{0,6}$|(?:东家|雇主|老板)(?:家)?(?:在|住(?:在)?)?\s*$/i;
const WORKS_AFTER = /^\s*(?:的人家|那家|家)?\s*(?:做|当|打)(?:保姆|钟点工|护工|扫除|工)|^\s*(?:打扫|上班|干活)/;
/** After the door, a place at it (「5号楼302门口」), not a home. A name after it (「5号楼302的张阿姨」) is how elderly residents sign. */
// 「7号楼1203那家天天吵架」, 「5号楼302的住户」: the household at the door, someone else's.
const AT_THE_DOOR = /^\s*(?:的)?\s*(?:门口|门前|楼下|楼道|电梯|大堂|旁边|那边|对面|隔壁|(?:那|这)(?:家|户|位|个人|些人|一家)|(?:邻居|住户|业主|租户|人家)|的(?:快递|包裹|外卖|东西|车|狗|猫|水管|阳台|空调|孩子|小孩))/;
/** The rest of the message carries a need, a question or an errand of its own. */
// A count of goods (两盒, x2) or a request named as one (medicine request) is an errand too (ERRAND).
const OTHER_POINT = /想(?:要|当|做|问|买|订|配|报)|需要|帮(?:我|忙)|快没|(?:吃|用|打)完|不够|断药|只剩|剩(?:下)?[\d一二两三四五六七八九十]|能不能|可不可以|怎么|吗|[??]|什么时候|哪里|谁|\b(?:need|want|can you|could you|how|when|where|what)\b/i;
/** Read on the words as written (the filler-stripped rest has lost its spaces). */
// (Run out — 没了, 没有了, 吃光了, "ran out" — is read here: the filler takes 了 from the rest.)
const ERRAND = /没(?:有)?了|(?:吃|用)光|断了|\b(?:ran|run|running) out\b|\b(?:request|refill)\b|(?<![A-Za-z])[x×]\s*\d|(?:\d|[一二两三四五六七八九十])\s*(?:盒|瓶|支|板|片|粒)/i;
const CHECKING = /对不对|对吗|没错吧|没错吗|对的吧|是不是这个|\bright\?|\bcorrect\?/i;
/** Talk of the home itself: a change, a move, a first arrival, a confirmation. */
const HOME_TALK = /(?:以后|今后)(?:送|寄)(?:到)?(?:这里|这儿|这边)|(?:以后|今后|之后)[^。,,]{0,8}(?:都|就)?(?:写|填|用|送到?)(?:这个|这里|呢个|呢度)(?:地址)?|\buse this address\b|改|更新|更正|登记|记(?:一下|下|住|低|好|录|一记|记|牢)|搬|新来|新搬|刚来|新人报到|新(?:住户|业主|租户|邻居)|还是|没变|确认|\b(?:update|change|moved?|correct|new)\b/i;
/** Where things go from now on, the services named between: 「以后团购和配药都送这里」, 「今后买菜都寄这边」. */
const DELIVERED_HERE = /(?:以后|今后)[^。,,!!??]{0,8}?(?:都|就)?(?:送|寄)(?:到)?(?:这里|这儿|这边)/;
const MY_OWN_HOME = /(?:^|\s|现在|目前|暂时|临时|我|先)住(?:在|到)?(?:我)?(?:他们|她们|他|她|伊|女儿|儿子|闺女|妈|爸|父母|婆婆|公公|岳母|亲戚|朋友|老人)(?:家|那(?:里|儿|边)?)|我(?:们)?(?:家|住)|我(?:和|跟|同)[^\s,,。]{1,4}住|我(?:的)?(?:门牌|地址|住址)|阿拉(?:住|屋里)|\bmy (?:flat|apartment|home|address)\b|\bi (?:live|stay)\b|\bi'?m (?:in|at)\b|\bwe(?:'re| are) (?:in|at)\b|\bi(?:'m| am)\b|\bwe(?:'re| are)\b/i;

/** The correcting word before a door said after another: 「其实是」, 「实际上是」, 「应该是」, 「正确的是」, 「其实阿拉是」. */
const CORRECTED_TO = /(?:其实|实际上|实际|应该|正确的?|准确的?|改成|改为|更正为)(?:是|为)?(?:阿拉|我们?家?)?(?:是|住(?:在)?)?\s*$/;

/**
 * The door the message gives as the writer's, skipping one it corrects ("应该是10号楼1502 不是1205"); of two doors, the one
 * said after a correcting word (「我讲成9号601 其实是9号楼1门601」) is the one meant, whichever came first.
 */
function homeDoor(text: string): DoorMatch | undefined {
  const doors: { found: DoorMatch; notMine: boolean; corrected: boolean }[] = [];
  let rest = text;
  let offset = 0;
  for (let i = 0; i < 3; i++) {
    const found = findDoor(rest);
    if (!found) break;
    const before = rest.slice(Math.max(0, found.index - 8), found.index);
    doors.push({ found: { ...found, index: found.index + offset }, notMine: NOT_MINE.test(before.slice(-4)), corrected: CORRECTED_TO.test(before) });
    offset += found.index + found.length;
    rest = rest.slice(found.index + found.length);
  }
  return (doors.slice(1).find((d) => d.corrected) ?? doors.find((d) => !d.notMine))?.found;
}

/**
 * The formal, written register of a retired professor's letter read as everyday words: 敝人, 鄙人 and 在下 (before
 * where one lives or what one holds) are 我; 阁下, 贵方, 贵平台 are 你们; 居于, 现居, 寓所为 are 住在, 家是.
 * Only for reading.
 */
const FORMAL_WORDS: [RegExp, string][] = [
  [/敝人|鄙人|老朽|(?<![\u4e00-\u9fff])在下(?=家|住|居|寓|略|曾|原|是|乃|为|系|退休|有|哪些|什么|的)/g, '我'],
  [/阁下|贵方|贵处|贵平台|贵单位|贵司|贵系统/g, '你们'],
  [/本人(?=家|住|居|寓|的|哪些|什么|信息|资料|数据)/g, '我'],
  [/(?:寓所|住所|居所|寒舍)(?:为|是|在|位于)/g, '家是'],
  [/(?<=我)(?:现居|居于|居住于|寓居|现寓)/g, '住在'],
];
export function plainFormal(text: string): string {
  let t = text;
  for (const [re, word] of FORMAL_WORDS) t = t.replace(re, word);
  return t;
}

export function recogniseHome(written: string, s: Situation): Recognised | undefined {
  const text = plainFormal(ownWords(written));
  // A home is said in a few lines (a newcomer's introduction runs long), not in a chain or a notice.
  if (text.length > 300) return undefined;
  const phone = findPhone(text);
  const t = (phone ? text.slice(0, phone.index) + ' '.repeat(phone.length) + text.slice(phone.index + phone.length) : text)
    .replace(BUILDING_THEN_ROOM, '$1 ')
    .replace(LABELLED_DOOR, '$1号楼$2')
    // 「32号褛402」: the IME's 褛 for 楼; 「五十六弄 十二号 三零二」: after a lane, 号 before a room number is the building.
    .replace(/号褛/g, '号楼')
    .replace(/(弄\s*[\d零〇一二三四五六七八九十]{1,3})\s*号(?!楼)\s*(?=[\d零〇幺一二两三四五六七八九])/g, '$1号楼')
    .replace(BUILDING_WORD_FIRST, ' $1号楼$2')
    .replace(SPLIT_DOOR, '$1$2$4 $3')
    .replace(ROOM_THEN_BUILDING, '$2$3$1')
    .replace(FLOOR_BETWEEN, '$1')
    .replace(NUMBER_IN_WORDS, (_, word: string, n: string) => `${word} ${EN_NUMBERS.indexOf(n.toLowerCase()) + 1}`);
  const found = homeDoor(t);
  if (!found) return undefined;
  // 「我住45-602B」: where a home is said, a letter right after the room is the room's own (a flat let room by room).
  const glued = /^\d+$/.test(found.door.room) && /\d$/.test(t.slice(found.index, found.index + found.length));
  const letter = glued ? /^([A-Ha-h])(?![A-Za-z\d×xX*])/.exec(t.slice(found.index + found.length)) : null;
  if (letter) {
    found.door.room += letter[1]!.toUpperCase();
    found.length += 1;
  }
  const door: Door = found.door;
  const said = HOME_WORDS.exec(t) ?? /住(?:在)?\s*$/.exec(t.slice(Math.max(0, found.index - 3), found.index));
  // Someone else's home, told to the bot: not the writer's.
  if (!MY_OWN_HOME.test(t) && SOMEONE_ELSE.test(t.slice(0, found.index))) {
    return { intent: 'home', confidence: 0.3, evidence: [t.slice(found.index, found.index + found.length), 'someone else'], fields: { door: doorKey(found.door) }, args: { door: found.door } };
  }
  // Where one works, not where one lives: "I work as a helper for the family in 7-902", 「在3号楼1201做钟点工」.
  if (WORKS_BEFORE.test(t.slice(Math.max(0, found.index - 60), found.index)) || WORKS_AFTER.test(t.slice(found.index + found.length))) {
    return { intent: 'home', confidence: 0.3, evidence: [t.slice(found.index, found.index + found.length), 'works there'], fields: { door: doorKey(found.door) }, args: { door: found.door } };
  }
  const left = (t.slice(0, found.index) + ' ' + t.slice(found.index + found.length)).replace(/[\d零〇一二三四五六七八九十]{1,4}\s*弄(?:里)?/g, ' ').replace(DONE_FOR_ME, ' ').replace(COURTESY, ' ').replace(HOUSEHOLD, ' ').replace(FILLER, '');
  const leftLength = left.replace(/[^\p{L}\p{N}]/gu, '').length;
  const onlyHome = leftLength <= 2;
  const fields = { door: doorKey(door) };
  const reading = (confidence: number): Recognised => ({
    intent: 'home',
    confidence,
    evidence: [t.slice(found.index, found.index + found.length), ...(said ? [said[0]] : []), ...(onlyHome ? ['nothing else'] : [])],
    fields,
    args: { door },
  });
  const mine = /我(?:是|系)|我(?:们)?(?:家|住)|阿拉|\bi(?:'m| am)\b|\bmy\b|\bwe\b/i.test(t.slice(0, found.index));
  if (!mine && AT_THE_DOOR.test(t.slice(found.index + found.length))) return reading(0.3);
  const homeTalk = HOME_TALK.test(t);
  // A need, a question or an errand beside the door is the point of the message, in a private chat or said to the bot.
  const errand = ERRAND.test(t.slice(0, found.index) + ' ' + t.slice(found.index + found.length));
  if (!onlyHome && !homeTalk && (OTHER_POINT.test(left) || errand) && (!s.isGroup || s.addressed)) {
    return reading(s.home === fields.door ? 0.3 : 0.45);
  }
  // A door beside an order line ("B×1 C×1 门牌7-903", 「A一份 B一份 12号楼1101」) is the order's door, not news of a home,
  // in a private chat too (someone new may order before any group-buy is open to them).
  if ((!s.isGroup || s.groupBuys.length > 0) && ORDER_LINE.test(left)) return reading(0.3);
  if (!s.isGroup) {
    // Her door on record, said again to introduce something else: not news of a home.
    if (!onlyHome && !homeTalk && s.home === fields.door && leftLength > 6) return reading(0.3);
    // 「我是5号楼302的 上次登记的门牌没错吧」: checking what is recorded, not saying it.
    if (s.home === fields.door && CHECKING.test(t)) return reading(0.3);
    // 「住二十三号楼一五零五 以后团购和配药都送这里」: the door given as where things go from now on is the home, surely; the services
    // named between are what it is for, not a request (a need beside it was read above).
    if (said && DELIVERED_HERE.test(t) && !errand && !OTHER_POINT.test(left)) return reading(0.97);
    // 「5-302的药送到了」 from the medicine team at 1-101, 「5-101 付过钱了」: another door, spoken of with words of its own and
    // none of a home, is news about that door, not a move (it overwrote the writer's home).
    if (!onlyHome && !said && s.home && s.home !== fields.door && !mine && NEWS_OF_DOOR.test(left)) return reading(0.3);
    // A door with little else is the writer's home; with more, the rest may be the point.
    if (onlyHome || (said && leftLength <= 6)) return reading(0.9);
    if (said || leftLength <= 6) return reading(0.8);
    return reading(0.55);
  }
  // In a group: said to the bot, or a home statement and nothing else.
  if (said && (s.addressed || onlyHome)) return reading(0.9);
  // A door and nothing else, said to the bot: 「@邻里 我家5栋302」.
  if (s.addressed && onlyHome) return reading(0.85);
  return reading(0.2);
}

/** What is said of a door that is not where one lives: something brought there, paid for, taken from it. */
const NEWS_OF_DOOR = /送到|送达|送过去|到了|付(?:过|了|好)|钱|药|收到|拿到|取走|取了|没人(?:在|开门|应)|敲(?:了)?门|delivered|paid/i;

/** Asking what the bot does or how to use it. In a group, only of the bot: a how-to among neighbours is theirs. */
// 「菜单有伐」, 「功能表有冇」, 「menu 有吗」: the thing asked for said first, then whether there is one.
// A courtesy before it (「劳驾 发一下菜单」, 「请问有…」) and the language it is wanted in (「英文版的菜单」, 「繁体的选单」) leave it the menu.
const MENU_LANGUAGE = '(?:英文|英语|中文|繁体字?|简体字?|韩文|日文)(?:版)?的?';
/** 「邻里 菜单」, 「机器人 菜单」, "linli menu pls": the bot called by name first, as one calls a person. */
const MENU_CALLED = String.raw`(?:(?:邻里|机器人|小助手|助手|linli)(?:你好|您好)?[\s,，:：!！]*)?`;
// 「把菜单给我」, 「菜单拿出来看看」: the menu handed over or taken out.
const MENU = new RegExp(
  String.raw`^${MENU_CALLED}(?:(?:麻烦|劳驾|请问|请)(?:你|您)?\s*)?(?:有没有|有|看看|看一下|给我看(?:看|一下)?|给我|把|发(?:个|一下)?|请|求)?\s*(?:${MENU_LANGUAGE})?(?:功能|使用|帮助|指令)?(?:帮助|菜单|选单|目录|功能|功能表|功能列表|说明|使用说明|指南|help|menu|start|commands?|features?|functions?|options|guide|manual|instructions?)(?:\s*(?:有没有|有冇|有)(?=\s*(?:吗|呢|嘛|么|啊|呀|不|没有|[??]|$)))?(?:\s*(?:please|pls|plz|谢谢|吗|呢|嘛|么|啊|呀|不|没有|(?:给|发(?:给)?)我(?:看看|看一下|瞧瞧|一下)?|看看|看一下|(?:拿|列)出来))*(?:[??。.]|!(?!!))*$`,
  'i',
);
/** The same asked in English as a whole message: "do you have a menu in english?", "is there a chinese version of the menu", "can I see the menu please". */
const EN_MENU =
  /^(?:(?:hi|hello|hey)[,!]?\s*)?(?:do you have|have you got|is there|are there|can i (?:see|get|have)|could i (?:see|get|have)|may i (?:see|have)|(?:can|could) you (?:send|show|give) me)\s+(?:a|an|the|your|any)?\s*(?:(?:english|chinese|korean|japanese|simplified|traditional)\s+(?:version of (?:the|your)\s+)?)?(?:menu|command list|list of commands|commands)(?:\s+in\s+(?:english|chinese|korean|japanese))?\s*(?:please|pls|plz)?\s*[?.!]*$/i;
/** What the bot offers, as residents name it: asked how, in a private chat or of the bot, it is a question for the bot. */
const SERVICE = '(?:[配陪]药|(?:配|报|订|买)(?:的|过的)(?:药|菜)|团[购够]|接龙|报名|志愿者|登记(?!的(?:东西|信息|资料|内容))|门牌|下单|订菜|买菜|日报|通知|公告|通报|任务|订单|紧急情况|急事)';
/** What one does with a service: read it, check it, change it, cancel it, take it, reach the bot. */
const SERVICE_VERB = '(?:看|查|改|修改|更改|取消|删除?|认领|退|找你|联系你|叫你)';
/** The same in English: an action on something the bot holds or offers. */
const EN_SERVICE = String.raw`(?:how|where) (?:do|can|should) (?:i|we) (?:change|update|cancel|edit|correct|check|read|see|find|claim|take|reach|contact)\b[^.?!]{0,20}\b(?:address|door|flat|order|group[- ]?buy|notices?|bulletin|report|tasks?|medicine|request|data|info|details|you|linli|the bot)\b|what (?:do|should) (?:i|we) do in an? (?:emergency|urgent case)`;
/** The ways of asking the bot what it does or how to use it, one frame a line (the order decides which words are the evidence). */
// Under the chain post, how to put oneself on it with nothing named (「我想要一份 怎么接啊」, 「怎么加上去」, "how do I add myself").
const CHAIN_HOW = /怎么(?:接|加|填|写|跟)(?:上去|进去|上|龙)?(?=$|[\s,，。!！?？~]|[啊呢呀的哦啦])|\bhow (?:do|can|should) (?:i|we) (?:add|join|put|sign)\b/i;
const HOW_FRAMES = [
  // "how can I get medicine delivered through this bot?", 「通过你怎么配药」: the bot named as the way (src/kernel/cues.ts).
  HOW_THROUGH_THE_BOT.source,
  // "can you help with group buy? how", "help with the chain pls, how?": a service named, then a bare how at the end.
  String.raw`\b(?:group[- ]?buy|chain|volunteer(?:ing)?|medicine|orders?|sign ?up|tasks?|register(?:ing)?)\b[^.?!]{0,20}[?,.!\s]+how\s*[?？.!]*$`,
  String.raw`(?:怎么|咋(?:个|么)?)(?:使)?用`,
  // 「阿拉哪能弄」, 「接下来怎么弄」, 「然后呢 我要怎么做」: a bare how, the whole message, nothing named but where one is in it.
  String.raw`^(?:(?:那|那么|然后(?:呢)?|接下来|下一步|现在|第一次用|头一回用|刚加(?:的|上)?|新来的|你好|您好|请问)[\s,,。]*)*(?:我|我们|阿拉)?(?:现在|接下来|下一步)?(?:要|该|应该|得)?(?:怎么|如何)(?:弄|做|整|搞|操作|玩)(?:呢|啊|呀|嘞|哦|啦)?[\s??。!!]*$`,
  // 「用不来」, 「这个东西我搞不懂」, 「老了 弄不来 这个」: this thing beyond one, the whole message.
  String.raw`^(?:(?:老了|年纪大了|眼睛不好)[\s,,。]*)?(?:这个东西|这东西|这个|你)?[\s,,]*(?:我|阿拉)?(?:真|实在|完全|根本)?(?:搞不懂|弄不懂|用不来|弄不来|搞不来|玩不转)(?:啊|呀|呢|哦|了|啦)*[\s,,]*(?:这个东西|这东西|这个|你)?[\s??。!!]*$`,
  // 「我能问你什么」: what one may ask it.
  String.raw`(?:能|可以)(?:问|跟你说|叫你做|让你做)(?:你)?(?:些|点)?(?:什么|啥|哪些)(?:事|东西)?`,
  // 「请问你是谁 做什么的」: who it is, then what it does.
  String.raw`(?:你是谁|请问|你好|您好)[\s,,]*(?:是)?(?:干|做)(?:什么|啥|嘛)(?:用)?的`,
  // 「呢個係做咩用嘅」 (这个是做什么用的): what this is for, the whole message.
  String.raw`^(?:呢个|这个|这)(?:东西|机器人)?(?:是|系)(?:干|做)(?:什么|啥|嘛)(?:用)?的[\s??。]*$`,
  // "I'm writing for my mum, how does she ask for things?": how a parent uses the bot, asked by a child.
  String.raw`\bhow (?:does|do|can|should|would) (?:she|he|they|my (?:mum|mom|mother|dad|father|parents?|grand\w+|nan|gran)) (?:ask (?:for|you)|use (?:you|this|it|the bot|linli)|request|order|sign up|register|talk to you|tell you)\b`,
  String.raw`^what(?:'?s| is) linli\s*\??$`,
  // 「有事该找谁 是跟你讲吗」, "who should I tell if I need something": whom to tell a need, asked of the bot.
  String.raw`(?:找谁|跟谁(?:说|讲)|和谁(?:说|讲)|告诉谁)[^。!！]{0,8}?(?:跟|找|和|告诉|同)(?:你|您)`,
  String.raw`\bwho (?:should|do|can) (?:i|we) (?:tell|ask|contact|talk to|go to)\b[^.?!]{0,8}\b(?:if|when) (?:i|we) need\b`,
  String.raw`\bwhat can (?:you|linli) do for (?:me|us|an? (?:old|elderly|older)\b)`,
  String.raw`忘(?:了|记)(?:了)?(?:怎么|如何|咋)(?:弄|用|搞|操作|玩|说)`,
  // 「我係咪要登記先可以買餸」: whether a step comes first, asked yes or no.
  String.raw`(?:是不是|要不要|需不需要|用不用|必须|得)(?:要)?(?:先)?(?:登记|注册|填|报名|实名|绑定)[^。!!??]{0,4}?(?:才|先)?(?:能|可以)`,
  // 「是不是只要跟你说要配药就行了」: whether telling the bot is all it takes.
  String.raw`(?:只要|直接)?(?:跟|和|向|给)(?:你|您)(?:讲|说|发)[^。!!??]{0,8}?就(?:行|可以|好)(?:了)?(?:吗|么|吧|[??]|$)`,
  String.raw`怎样(?:使)?用`,
  String.raw`如何(?:使)?用`,
  String.raw`使用方法`,
  String.raw`用法`,
  // 「這些字是她教我用手寫的」: taught by someone, told, not asked.
  // 「教我儿子做作业」: teaching someone of mine, not me.
  String.raw`(?<!(?:她|他|伊|孙女|孙子|女儿|儿子|外孙|外孙女|家里人|人家|老师)(?:已经|刚|都)?)教(?:教)?我(?!的|们的|(?:家)?(?:儿子|女儿|孙子|孙女|外孙|老公|老婆|妈|爸|孩子|小孩|闺女|囡囡|学生|班))`,
  String.raw`我(?:又|还是|都|真|实在)?不(?:太)?会用`,
  // 「不会用😭」, 「完全不会用啊」: not knowing how to use, with nothing named after it, is this thing (「不会用微信转账」 names another).
  String.raw`不(?:太)?会用(?:[啊呀呢哦啦了吧哇]|这个|这东西|你)*(?![\u4e00-\u9fffA-Za-z])`,
  String.raw`不太会(?:弄|用)`,
  String.raw`不(?:太)?会(?:用|弄)[^。!!??]{0,4}?(?:怎么办|咋整|咋办|咋弄|怎么弄|怎么搞)`,
  String.raw`不会弄`,
  String.raw`有(?:什么|哪些|啥)(?:功能|本事|本领|能耐|用处|用场|作用|用)`,
  // 「功能有哪些」, 「你们的服务都有哪些」: what it has named first, then asked which.
  String.raw`(?:功能|本事|本领|能耐|用处|用场|作用|服务)(?:都|还)?有(?:什么|哪些|啥)`,
  // Shanghainese 「派啥用场」: what use it is.
  String.raw`派(?:什么|啥)用场`,
  // 「我跟侬哪能讲侬才听得懂」: how to speak to the bot, the bot after 跟.
  String.raw`(?:跟|和|同|对)(?:你|您|它)(?:要|该)?(?:怎么|如何|咋)(?:讲|说)`,
  String.raw`是(?:什么|啥)用`,
  String.raw`是(?:干|做)(?:什么|啥|嘛)(?:用)?的`,
  String.raw`干嘛(?:用)?的`,
  String.raw`(?:怎么|如何)操作`,
  String.raw`(?:要|该)?(?:怎么|怎样|如何|咋)(?:使唤|指挥|吩咐|叫|跟|和|问|找|用)(?:它|机器人|邻里)`,
  String.raw`这(?:个)?(?:东西|机器人|玩意儿?|小程序|助手)?(?:到底)?(?:要|该|应该)?(?:怎么|咋|如何)(?:弄|用|搞|操作|玩|整)`,
  String.raw`(?:能|会|可以)(?:帮(?:到|上)?(?:我|你|我们|大家|忙)?)?(?:做|干|办)?(?:些|点)?(?:什么|啥|乜|哪些)(?:事)?`,
  String.raw`(?:能|会|可以)(?:帮(?:我|你|我们|大家)?)?(?:干|做)(?:嘛|啥)`,
  String.raw`怎么(?:跟|和|向|让|请)(?:它|机器人|邻里)(?:说|讲)?`,
  String.raw`(?:怎么|怎样|如何|咋)(?:样)?(?:才能|才可以|可以|能|去)?(?:参加|报名|登记|配药|下单|接龙|订|申请|加入|买菜)`,
  String.raw`(?:怎么|怎样|如何|咋)(?:样)?(?:才能|可以|能|去)?${SERVICE_VERB}[^\s,,。!!??]{0,5}?${SERVICE}`,
  String.raw`(?:下|填|写|接|报|登记|订)错了?[^\s,,。!!??]{0,2}(?:怎么|咋|如何)(?:改|办|弄|取消)`,
  String.raw`${EN_SERVICE}`,
  String.raw`(?:提供|有)(?:什么|哪些|啥)服务`,
  // 「你到底管哪些事」, 「你都负责啥事情」: what the bot handles, asked by a verb of scope.
  String.raw`(?:你|您|它|邻里|机器人)(?:们)?(?:到底|究竟|都|平时|主要)?(?:管|负责|处理)(?:点|些)?(?:什么|哪些|哪样)(?:事|事情|事体|东西)?`,
  // 「邻里是谁啊 是居委会的人还是机器」, 「要不要加它微信」: who or what the bot is, and how one reaches it.
  // 「这个邻里是谁加进来的」, 「机器人是谁弄的」: who brought it in is talk about it, not a question to it; so is who keeps it (「是谁在管的」,
  // 「到底是居委管的还是物业管的」, 「是谁负责维护的」).
  String.raw`(?:邻里|机器人|助手)(?:到底)?(?:是|系)(?:谁|哪个|哪位|什么人|什么东西|人还是|真人|机器|居委)(?![^。!!??\s]{0,4}(?:加|拉|弄|做|搞|开发|装|请|带|建|写|设|发明|管|负责|维护|运营|控制))`,
  String.raw`加(?:它|他|伊|你|邻里|机器人)(?:的)?(?:微信|好友)`,
  // 「请问您能提供哪些帮助」: what help the bot gives, asked by what it provides.
  String.raw`提供(?:些)?(?:什么|哪些|啥)(?:样的)?(?:服务|帮助|帮忙|功能|支持|(?=[吗呢??\s]|$))`,
  // 「我是第一次使用 不太清楚流程」: the steps unknown (a first use alone is said, not asked).
  String.raw`(?:不太?清楚|不懂|不了解|不知道)(?:使用|操作)?(?:的)?(?:流程|步骤|规则|用法)`,
  String.raw`what (?:kinds?|sorts?|types?) of (?:requests?|things|messages|help|stuff|questions) (?:can|do|could|should) (?:i|we)\b`,
  // "tell me what this bot does", "not sure what this thing is for", "what kinds of things you can help with": the question in a
  // reported question's order, the subject before its verb (never "it": what it does may be a pill's).
  String.raw`\bwhat (?:(?:kinds?|sorts?|types?) of (?:things|stuff|help|services|requests|messages) |else )?(?:this bot|the bot|this thing|this|linli|you|u)(?: (?:exactly|actually|really))? (?:can |could |will |would )?(?:do(?:es)?|help(?:s)?|offers?|handles?|is for|are for)\b`,
  String.raw`有(?:什么|哪些|啥)(?:可以|能)(?:帮|为)(?:我|我们|您)(?:的|做)?`,
  String.raw`(?:使用|用户)(?:说明|指南|手册)(?:书)?(?![上里中写])`,
  // 「是不是打字就行 还是要点什么按钮」: how one speaks to the bot, typed, said or pressed.
  String.raw`(?:是不是|是否)?(?:直接)?(?:打字|发字|发文字|发语音|说话|讲话)就(?:行|可以|好)`,
  String.raw`(?:要|得|该)?(?:点|按)(?:什么|哪个|哪里)(?:按钮|键)`,
  String.raw`说明书(?=\s*(?:吗|呢|嘛|有吗|有没有|在哪|[??]|$))`,
  String.raw`(?:功能表|功能列表|菜单|目录)(?:在哪(?:里|儿)?|哪里有|怎么看)`,
  String.raw`怎么(?:找|跟|和|向|让|请)你`,
  // 「配药跟买菜是不是都可以跟你说 还是要找楼组长」: whether the bot is the one to tell.
  // (「我能不能跟你聊聊天」: whether one may chat with it is company asked for, not how it is used.)
  String.raw`(?:是不是|是否|能不能|可不可以)(?:都)?(?:可以)?(?:直接)?(?:跟|和|向|给|找)(?:你|您)(?!(?:聊|谈|倾|闲聊|说说话|讲讲话|说话|讲话|说会|讲会))(?:讲|说|发|办|弄)?`,
  // 「有急事是不是在群里喊就行」, 「出咗事係咪喺群度叫就得」, "do I just shout in the group?": how to get help in an emergency.
  String.raw`(?:有|出)(?:了)?(?:急事|事|意外|紧急情况|状况)[^。!!??]{0,8}?(?:是不是|是否)?(?:直接)?(?:在)?群(?:里|度|入面|里面)?(?:喊|叫|说|讲|发)[^。!!??]{0,4}?(?:就(?:行|可以|得|好)|有用)`,
  String.raw`\b(?:do|should|can) (?:i|we) (?:just )?(?:shout|post|yell|call out|write|say it|ask) in (?:the|this) (?:group|chat)\b`,
  // 「我要怎么叫你帮忙」, 「点样先可以叫你帮我买餸」: how to get the bot to act, asked in any dialect's how.
  String.raw`(?:怎么|怎样|如何|咋|点样|点)(?:先)?(?:才)?(?:可以|能|才能)?(?:叫|使唤|吩咐|搵|揾|同|让|请)(?:你|您|它|机器人|邻里)`,
  // 「想了解一下你的功能」: what the bot does, asked to be told.
  String.raw`(?:了解|知道|问问|问一下|看看|说说|讲讲)(?:一下|下)?(?:你|您|你们|这个|机器人|邻里)?(?:的)?(?:功能|用法|服务|使用方法)`,
  // 「你给我讲讲」 after what one heard the bot does: tell me about it.
  String.raw`(?:你)?(?:给|跟|和|同)我(?:讲讲|说说|讲一下|说一下|介绍(?:一下|下)?)(?=[\s,,。!!??啊吧呗呀]|$)`,
  String.raw`(?:使用|用户)?(?:说明|指南|手册)(?:书)?(?:吗)?$`,
  String.raw`有(?:没有)?(?:使用)?说明`,
  String.raw`功能列表`,
  String.raw`指令`,
  String.raw`命令`,
  String.raw`(?:会|懂)(?:些|做)?(?:什么|啥)`,
  String.raw`做啥`,
  String.raw`是(?:干|做)(?:什么|啥)(?:用)?[的个]`,
  String.raw`(?:能|会|可以)帮(?:我|我们|大家|你|咱们)?[^\s,,。!!??]{0,5}?(?:做|干|办)(?:些|点)?(?:什么|啥|乜)`,
  // 「侬帮得了啥忙」, 「你帮得上什么忙」: what help the bot can give, asked by 帮得了/帮得上/帮得到.
  String.raw`(?:你|您|它|邻里|机器人)(?:到底|究竟|又|能|还)*帮(?:得|的)(?:了|上|到)(?:我|我们|大家|咱们)?(?:些|点)?(?:什么|啥|乜|哪些)(?:忙)?`,
  String.raw`怎么(?:跟|和|向)你`,
  String.raw`怎么(?:报|登记|接龙|加)`,
  String.raw`不知道怎么加`,
  String.raw`what (?:else|more) (?:can|do|could) (?:you|u)\b`,
  // "what exactly does this bot help with?", "what do you help with": what it helps with, an adverb allowed.
  String.raw`what (?:\w+ )?(?:can|does|could|do) (?:this|the|it|you|u)(?: (?:bot|thing|assistant|app|linli))? (?:help(?: (?:me |us )?with)?|offer)\b`,
  String.raw`\blist of (?:things (?:i|we) (?:can|could) (?:ask|say|send|do)|commands|options|features)\b`,
  String.raw`^(?:(?:hi|hello|hey)[,!]?\s+)?what (?:are|r) (?:you|u)(?: exactly)?\s*\??$`,
  // "Do you speak English?", 「你会说英语吗」: the language the bot reads, asked.
  String.raw`^(?:do|can) (?:you|u) (?:speak|understand|read|know) (?:english|chinese|mandarin|cantonese|korean|japanese|french|german)\b`,
  String.raw`(?:你|您|它|邻里|机器人)(?:会|能|懂|看得懂|听得懂)(?:说|讲|看|听)?(?:英语|英文|粤语|广东话|上海话|苏北话|崇明话|宁波话|方言|本地话|普通话|繁体字?|日语|韩语)(?:吗|么|不)`,
  // 「除了配药还能干啥」: what else the bot does besides a service it named.
  String.raw`除了[^。!!??]{1,8}?(?:以外|之外)?[\s,,]*(?:你)?还(?:能|会|可以|有)(?:帮(?:我)?)?(?:做|干|帮)?(?:点|些)?(?:什么|啥|哪些|别的)`,
  String.raw`(?:有没有|还有|有)(?:别的|其他|其它|更多)(?:的)?(?:功能|服务|用处|用法)`,
  // "what exactly can you do for old people", "what can you do for my dad": for a class of residents or a parent, it asks what the bot offers.
  String.raw`what (?:exactly |else )?(?:can|do) (?:you|u) (?:exactly )?do(?!\s+(?:for|about|when|if|with|in)\s+(?!me\b|us\b|(?:the )?(?:old|older|elderly|senior|aged)\b|seniors\b|residents\b|my (?:mum|mom|mother|dad|father|parents?|grand\w+|nan|gran)\b|(?:an? |the )?(?:foreign(?:ers?)?|expats?|international|overseas)\b))`,
  String.raw`what (?:can|could) (?:i|we) (?:ask|get|do)`,
  String.raw`what (?:can|could|do) (?:i|we) use (?:you|u|this|it) for`,
  String.raw`what (?:can|could) (?:you|u) help`,
  String.raw`^what(?:'?s| is) this(?: bot| thing)?\??$`,
  // "What is this? my neighbour added me": a newcomer's what-is-this, then who added one.
  String.raw`^(?:(?:hi|hello|hey)[,!]?\s+)?what(?:'?s| is) this(?: bot| thing)?\s*\?+\s*(?:someone|somebody|a neighbou?r|my \w+|[a-z]+ from (?:the )?\w+) (?:just )?added me\b`,
  String.raw`how (?:do i|to|can i) (?:sign up|register|order|request)`,
  // "I just wanted to ask how I can order the fruit packages": the how-to in a reported question's order.
  String.raw`\bhow (?:i|we) (?:can|could|should) (?:order|sign up|register|join|use|request)\b`,
  String.raw`your commands`,
  String.raw`what commands`,
  String.raw`what are (?:the|your|my) (?:options|choices|commands|features|functions)`,
  String.raw`what services`,
  String.raw`what do (?:you|u) offer`,
  String.raw`how does (?:this|the) bot work`,
  String.raw`instructions`,
  String.raw`what (?:can|does|could) (?:this|the|it|linli)(?: linli)?(?: (?:bot|thing|assistant|app))?(?: (?:actually|exactly|really))? do\b`,
  String.raw`how can (?:you|u) help`,
  String.raw`what (?:are|r) (?:you|u) (?:able|for)`,
  String.raw`how (?:do i|to|can i|should i) (?:use|ask|get|join)`,
  String.raw`how (?:do i|to|can i|should i) (?:talk|speak|write|chat) (?:to|with) (?:you|u|this|it|the bot|linli)\b`,
  // 「我想用这个买菜 要怎么弄」: a wish to use the bot for something, then how.
  String.raw`(?:想|要)用(?:这个|你|您|邻里|机器人)[^。!!??]{0,8}?[\s,,]*(?:要|该|应该)?(?:怎么|如何|咋)(?:弄|办|做|操作|搞|用)`,
  String.raw`how does (?:this|it) work`,
  String.raw`what is this bot`,
  String.raw`help me use`,
  String.raw`what (?:you|u) (?:can |could )?do\b(?! (?:for a living|now|today|tonight|tomorrow|there|here|at))`,
  String.raw`\b(?:don'?t|do not|not|no) (?:understand|know how(?: to use)?)\b[^.?]{0,20}\b(?:this|app|bot|you|u)\b`,
  String.raw`(?<![我来去])教(?:一下|下)(?:我)?`,
  String.raw`介绍(?:一下|下)?(?:你|你的|你自己|自己)?(?:功能|用法|怎么用|服务)`,
  String.raw`功能(?:介绍|说明)`,
  String.raw`(?:能不能|可不可以|可以|能)(?:用|发)(?:语音|声音|图片|照片|截图|繁体字?|英文|拼音|英语|粤语|广东话|上海话|方言|日语|韩语|注音|手写)`,
  String.raw`(?:用|发)(?:语音|声音|图片|照片|截图|繁体字?|英文|拼音|英语|粤语|广东话|上海话|方言|日语|韩语)[^。!!??]{0,6}?(?:可以|行|能)(?:吗|么|不)`,
  // 「能不能语音跟你说」: speaking to the bot by voice, asked with the bot as the one spoken to.
  String.raw`(?:能不能|可不可以|可以|能)(?:用|发)?(?:语音|声音)(?:跟|和|给|同)(?:你|您)(?:说|讲|发)`,
  String.raw`\b(?:can|may|could) i (?:send|use|write|speak|talk|type|message)\b[^.?]{0,15}?\b(?:voice|audio|photos?|pictures?|chinese|english|pinyin|cantonese)\b`,
  // "does it take voice messages?", "is this bot able to…": what it reads and does, asked of it in the third person.
  String.raw`\b(?:does|do|can|will|could) (?:it|this bot|the bot|you|u|linli|this) (?:take|accept|understand|read|handle|get|work with) (?:voice|audio|photos?|pictures?|chinese|english|cantonese|pinyin|traditional)\b`,
  String.raw`\b(?:is|are) (?:it|this bot|the bot|you|u|linli) able to\b`,
  // "can this bot help older folks get their prescriptions?": whether the bot does a service for residents at large, asked in the third person
  // (for me or mine — "can the bot get my dad's insulin?" — it may be the request itself).
  String.raw`\b(?:can|could|does|will) (?:this bot|the bot|linli|this thing)\b[^.?!]{0,12}\b(?:help|get|do|order|buy|fetch|pick up|handle)\b(?![^.?!]{0,40}\b(?:me|my|us|our|mum|mom|dad)\b)[^.?!]{0,20}\b(?:old(?:er)? (?:folks|people)|the elderly|seniors|residents|people|everyone|neighbou?rs)\b[^.?!]{0,30}\?`,
  String.raw`\b(?:tell|show|send|give) me (?:the |your )?(?:menu|commands|options|features|functions)\b`,
  // "Can you help me find a doctor if something happens?": what the bot would do, asked as a what-if.
  String.raw`\b(?:can|could|will|would) (?:you|u|linli|the bot) help\b[^.?]{0,40}\bif (?:something|anything) (?:happens|goes wrong|comes up)\b`,
  String.raw`^(?:请问)?这(?:个)?(?:东西|机器人|机械人|助手)?[是系](?:什么|乜)(?:东西|来的?|机器人|助手)?[㗎架啊呀呢吗??]*$`,
  String.raw`(?:机器人|机械人|邻里|助手|你)(?:是)?(?:做|干)(?:什么|啥|乜)(?:东西)?用`,
  String.raw`\bhow\b[^.?!,]{0,24}\b(?:use|works?|operates?)\b`,
  String.raw`what(?:'?s| is) this(?: bot| thing| robot| app)?\s*\??\s*$`,
  String.raw`what (?:can i|i can|we can|can we|should i) (?:do|use|ask)\b`,
  String.raw`(?:where|how) (?:do|can|should) (?:i|we) (?:sign up|register|join|order|request|apply|enrol|enroll|put my name)\b`,
  String.raw`what (?:kind of |sort of )?(?:things|stuff|help|services) (?:can|do|could) (?:you|u)\b`,
  String.raw`how (?:do i|to|can i|should i) (?:tell|give|send|show) (?:you|u|linli)\b`,
  String.raw`what (?:should|do|can) i (?:type|write|send|say)\b`,
  String.raw`what (?:am i|are we|do i|should i) (?:supposed to )?do with (?:it|this|you)`,
  String.raw`what(?:'?s| is) (?:this|it|the)(?: bot| thing| app| assistant| linli| account| number| chat| contact| robot| service)? for\b`,
  String.raw`\b(?:list of|any) commands\b`,
  String.raw`\bcommand list\b`,
  String.raw`(?<![一有没半这])点(?:样)?用(?=[㗎架嘅呀啊呢??]|\s|$)`,
  String.raw`不(?:知道|懂|清楚|太会|会)(?:要|该|应该)?(?:怎么|如何|咋)(?:弄|用|搞|操作|玩)`,
  String.raw`${SERVICE}[^\s,,。!!??]{0,4}?(?:要|该|应该)?(?:怎么(?!还|没|不|又|这么|那么|回事|样|一直|老是|总是|都|就|会|突然|也|才|已经)|怎样|如何|咋(?!还|没|不|又)|点(?=做|整|搞|用|落单|报|写|弄))(?:[\u4e00-\u9fff]{1,2})?`,
  String.raw`(?:在|去)?(?:哪里|哪儿|哪)(?:可以|能)?(?:接龙|报名|登记|下单|申请)`,
  String.raw`${SERVICE}[^\s,,。!!??]{0,2}?(?:在|去)?(?:哪里|哪儿|哪)(?:可以|能)?${SERVICE_VERB}`,
];
const HOW = new RegExp(HOW_FRAMES.join('|'), 'i');
const HOW_ALL = new RegExp(HOW.source, 'gi');
/**
 * The bot, named: 机器人 / 助手 that is not another kind of robot (扫地机器人), 邻里 that is not
 * neighbourliness or a place (邻里之间, 邻里节, 邻里中心, 邻里群).
 */
const KINDS_OF_ROBOT = '扫地|聊天|炒菜|送餐|陪伴|智能|工业|服务|快递|配送|消毒|巡逻|扫拖';
const BOT = String.raw`(?<!${KINDS_OF_ROBOT})(?:机器人|机械人|小助手|助手)|邻里(?!之间|间|节|群|中心|关系|情|互助|们|街|活动|纠纷|和睦|和谐|相处|守望)`;
const ABOUT_BOT = new RegExp(String.raw`${BOT}|这个东西|(?:这个|这|群里的?)\s*bot\b|this bot|\blinli\b|\b(?:you|u)\b`, 'i');
/** A how-to about something else: a medicine or a device, a phone app, another robot (「扫地机器人怎么用」, 「这个药怎么用」). */
const OTHER_THING = new RegExp(String.raw`(?:(?<![配买取拿])药|药膏|喷雾|眼药水|胰岛素|针头?|血压计|血糖仪|体温计|试纸|抗原|试剂|消毒液|酒精|口罩|微波炉|洗衣机|电饭煲|热水器|空调|手机|微信|支付宝|小程序|app|健康码|随申码|核酸码|优惠券|网上医院|互联网医院|(?:${KINDS_OF_ROBOT})机器人)[^\s,,。!!??]{0,3}$`, 'i');
/** Someone in the group asked to come and show one how: 「谁有空上来教教我」, 「有没有人…来我家帮我弄一下」. */
// Coming over, or being free to, is asked of a neighbour: 「群里这个邻里助手怎么用 有人教教我吗」 still asks the bot.
const NEIGHBOUR_ASKED = /(?:谁|有没有人|有人|哪位|哪个|邻居|大家)[^。!!??]{0,12}?(?:有空|有时间|方便|上来|过来|下来|来我家)[^。!!??]{0,6}?(?:教(?:教|一下|下)?我|帮我(?:弄|看|搞|装|设))/;
const BORED = /无聊|闷(?:得慌|死了?|煞)|好闷|没事(?:做|干)|打发时间|\bbored\b|\bboring\b/i;
const OFFERING = /(?:我|我们)[^。,,!!??]{0,6}(?:能|可以)[^。,,!!??]{0,6}帮(?:帮|助|点|些)?(?:大家|邻居|别人|社区|小区|你们|老人)/;
const EN_OTHER_OBJECT = /\b(?:use|work|operate|set up)\s+(?:the|a|an|my|your|our|that|these|those)\s+(?!bot\b|linli\b|assistant\b|thing\b|app\b)[a-z]/i;
const LEARNT = /(?<![不没还])(?:现在|已经|终于)?(?:会了|学会了?|会用了|懂了|明白了|知道怎么(?:用|弄)了|搞定了|弄好了)(?![吗么?？])|\bgot it\b|\bfigured (?:it )?out\b/i;
/** 「要配药的话 我要做什么」: what one must do to use a service, said as a condition, not a need. */
const IF_HOW = new RegExp(String.raw`(?:要|想)(?:配药?|买药|${SERVICE}|参加团购|当志愿者|做志愿者)[^\s,,。!!??]{0,4}的话[^。!!]{0,16}?(?:(?:我|我们)?(?:要|该|应该|需要|得)(?:做什么|做些什么|怎么做|准备什么|准备些什么|带什么|怎么弄|找谁|怎么办)|怎么(?:弄|办|做|说|讲|写|报|登记)|咋(?:弄|办)|如何|格式|找谁|(?:直接)?(?:跟|和|向)你(?:讲|说)就(?:行|可以)|什么手续)`);
/** 「我孙子给我弄的这个 说可以帮忙买菜配药 是真的吗」: whether the bot does what one heard it does. */
const HEARSAY = /\b(?:said|told me|says|heard)\b[^.?]{0,25}\b(?:you|u|this bot|the bot|linli|it) (?:can|could|will) (?:help|do|get|order|buy|register)|(?:你|您|邻里)(?:可以|能|会)(?:帮(?:忙|我)?)?[^。!!??]{1,8}(?:吗|么)[??]?\s*(?:要|该|应该|需要)?(?:怎么|如何|咋)(?:做|弄|办|操作|申请|登记)|(?:说|听说|据说)[^。!!??]{0,6}(?:能|可以|会)[^。!!??]{0,16}(?:是真的吗|真的吗|是不是真的|真的假的)|(?:说|讲|听说|据说)(?:你|您|邻里|机器人)(?:能|可以|会)[^。!!??]{0,16}(?:是吗|对吗|是不是|对不对)/;
/** 「孙子讲侬可以帮我配药」: what one was told the bot does. */
const HEARD_IT_DOES = /(?:说|讲|听说|据说)(?:你|您|邻里|机器人|它)(?:可以|能|会)[^。!!??,,\s]{0,12}/g;
/** A short question, the whole message, whether "this" (the bot one is writing to) can do a thing for one. */
const CAN_THIS =
  /^(?:请问)?(?:这个|这东西)(?:能|可以|会)(?:不能|不可以)?(?:帮(?:我|忙)?)?[\u4e00-\u9fff]{1,6}(?:吗|么|[??])$|^(?:can|could|do|will) (?:you|u) (?:do|handle|help with)\b(?![^.?]{0,20}\b(?:me|my|us|our)\b)[^.?]{1,25}\??$/i;

/** 「我要发什么你才知道我要配药」: what to send for the bot to understand. */
const KNOWS_WHEN = new RegExp(
  String.raw`(?:发|说|讲|写|打|输入)(?:什么|啥|哪些字|几个字)[^。!!??]{0,3}(?:你|机器人|邻里)(?:才|就)(?:知道|懂|明白|能|会)` +
    // 「我想问问怎么让你帮我配药」: how to have the bot do one of its services.
    String.raw`|(?:怎么|怎样|如何|咋|点样)(?:先)?(?:才)?(?:可以|能|才能)?(?:叫|让|请|使唤)(?:你|您|机器人|邻里)(?:(?:帮(?:我|忙)?)?(?:${SERVICE}|买药|订菜|登记)|知道|明白)`,
);

/** 「这个机器人能帮我们配药吗」: what the bot can do, asked of it in the third person. */
// Asked for someone (我, 我们, 帮): 「机器人能代替人吗」 from the news is about robots.
const CAN_IT = new RegExp(
  String.raw`(?:${BOT}|this bot|the bot)[^。!!]{0,4}(?:` +
    // 「能帮我们配药吗」, 「会不会帮我们配药」: a question by 吗 or by asking yes-or-no.
    String.raw`(?:能|会|可以|can|could|will)(?=[^。!!吗??]{0,12}(?:我|咱|大家|帮|替我|给我|\b(?:me|us|help)\b))[^。!!]{0,12}(?:吗|[??])` +
    String.raw`|(?:是不是(?:可以|能|会)|能不能|会不会|可不可以|可以不可以|肯不肯)(?=[^。!!吗??]{0,12}(?:我|咱|大家|帮|替我|给我))[^。!!??]{0,12}` +
    ')',
  'i',
);
/**
 * What the bot is asked it can do for residents at large, a service named and nothing more (「会不会帮我们配药」):
 * surely a question about it. For me, or with details (「能帮我配两盒降压药吗」), it may be the request itself.
 */
/** 「你能帮忙订菜吗」 said to the bot (@邻里, or in a private chat): 你 is the bot, asked what it can do. */
const CAN_YOU = /(?:^|想问(?:问|下|一下)?|请问)你(?:能不能|会不会|可不可以|可以不可以|能|会|可以)(?:帮|替)(?:我们|我哋|我|忙|大家)?[^。!!??]{1,10}(?:吗|么|[??]|$)/;

const GENERIC_ASK = /^(?!.*我(?!们))(?:帮|给|替|为)?(?:我们|咱们|大家|老人|居民|老年人)?[\u4e00-\u9fff]{0,4}(?:吗|呢|啊|呀|[??])*$/;

/** Emoji and WeChat stickers ([抱拳], [捂脸]) around a short ask: decoration, not words. */
export const DECORATION = /\[[^\]\s]{1,6}\]|\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu;

export function recogniseHelp(written: string, s: Situation): Recognised | undefined {
  // A slow typist's 「菜 单」, 「你会 什么」: in a few characters the spaces are not clauses.
  // "wat u do": a hurried what.
  const own = ownWords(written).replace(/\b(?:wat|wut|wht|whta)\b/gi, 'what');
  const text = own.replace(/\s/g, '').length <= 6 ? own.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '') : own;
  const bare = text.length <= 60 ? text.replace(DECORATION, '').replace(/[【】〔〕［］]/g, '').trim() : text;
  const menu = MENU.exec(bare) ?? EN_MENU.exec(bare);
  if (menu) return { intent: 'help', confidence: 0.95, evidence: [menu[0]] };
  if (text.length > 300) return undefined;
  // 「我女儿教我用这个 我现在会了」: learnt already, not asked.
  if (LEARNT.test(text)) return { intent: 'help', confidence: 0.3, evidence: [LEARNT.exec(text)![0], 'learnt already'] };
  // 「今天我能干嘛呢 好无聊」: what to do with a dull day, not with the bot.
  // 「我能做点什么帮帮大家吗」: what I can do for others is an offer, not a question about the bot.
  const offering = OFFERING.exec(text);
  if (offering) return { intent: 'help', confidence: 0.3, evidence: [offering[0], 'an offer'] };
  const bored = BORED.exec(text);
  if (bored) return HOW.test(text) ? { intent: 'help', confidence: 0.3, evidence: [bored[0], 'bored'] } : undefined;
  const ifHow = (!s.isGroup || s.addressed) && (IF_HOW.exec(text) ?? HEARSAY.exec(text) ?? KNOWS_WHEN.exec(text) ?? WISH_THEN_SAY.exec(text));
  if (ifHow) return { intent: 'help', confidence: 0.97, evidence: [ifHow[0]] };
  // 「這個可以幫我掛號嗎」, "can you do groceries?": what "this" can do, asked in a private chat, is about the bot.
  const canThis = !s.isGroup ? CAN_THIS.exec(text) : null;
  if (canThis) return { intent: 'help', confidence: 0.8, evidence: [canThis[0]] };
  const canIt = text.length <= 60 ? CAN_IT.exec(text) ?? (!s.isGroup || s.addressed ? CAN_YOU.exec(text) : null) : null;
  // 「这个机器人会不会偷听我们讲话」: whether it listens in is a worry about it, not something asked of it.
  if (canIt && !/偷听|监听|窃听|偷看|偷拍|偷录|录音|泄露|出卖/.test(canIt[0])) {
    const modal = /能不能|会不会|可不可以|可以不可以|肯不肯|能|会|可以/.exec(canIt[0]);
    const what = modal ? canIt[0].slice(modal.index + modal[0].length) + text.slice((canIt.index ?? 0) + canIt[0].length) : '';
    return { intent: 'help', confidence: GENERIC_ASK.test(what.trim()) ? 0.97 : 0.8, evidence: [canIt[0]] };
  }
  // (A package or its letter named beside it, 「我想要一份B 怎么接」, is the order, asked how to put.)
  const chainHow = s.replyTo?.kind === 'chain' && !ORDER_LINE.test(text) && !/(?<![A-Za-z])[A-D](?![A-Za-z])|套餐|蔬菜|肉|水果|鸡蛋/.test(text) ? CHAIN_HOW.exec(text) : null;
  if (chainHow) return { intent: 'help', confidence: 0.85, evidence: [chainHow[0], 'under the chain'] };
  if (text.length > 300 || !HOW.test(text)) return undefined;
  const hows = [...text.matchAll(HOW_ALL)];
  // "我不会弄" beside a request is about the phone, not a question for the bot.
  // The last how is the question (「手机是孙子教我的 … 你能帮我做点啥」).
  const how = [...hows].reverse().find((h) => !/不会|不太会/.test(h[0])) ?? hows[0];
  if (!how) return undefined;
  // "how do you use the new lift card?" among neighbours: the how-to of a thing named after it.
  if (s.isGroup && !s.addressed && EN_OTHER_OBJECT.test(text.slice(how.index ?? 0))) return { intent: 'help', confidence: 0.2, evidence: [how[0], 'about something else'] };
  // 「想知道药吃完了是不是可以直接找你」: a how-to naming the bot is about the bot, whatever came before it.
  if (!/你|您|邻里|机器人/.test(how[0]) && OTHER_THING.test(text.slice(0, how.index ?? 0))) return { intent: 'help', confidence: 0.2, evidence: [how[0], 'about something else'] };
  // 「哪位邻居有空来我家教我用一下这个邻里」: a neighbour asked to come and show in person is asked of neighbours, whatever it names.
  const comeOver = s.isGroup && !s.addressed && COME_OVER.test(text);
  const toBot = !comeOver && (!s.isGroup || s.addressed || ABOUT_BOT.test(text)) || (s.replyTo?.kind === 'chain' && /接龙|加|改|取消|删|错/.test(how[0]));
  // "not sure how this works, but I'm a physiotherapist…": a hedge before what the message says.
  const hedge = /\b(?:not sure|no idea|don'?t know) how (?:this|it) works\b,?\s*but\b/i.test(text);
  // 「能不能直接跟你说 我要一份蔬菜一份鸡蛋」: the how, then what the writer wants said right after it, is the point (「我需要做啥吗」 asks on); so is the want
  // after "I'll just say it" (「接龍唔太識點整 我直接講啦 要兩份肉禽套餐」).
  const thenWanted = /^(?:就(?:行|可以|好)(?:了)?)?[\s,,。!!??吗呢啊吧]*(?:我|阿拉)(?:就)?(?:要|想要|想订|想配|订|配)(?!做|干|怎|什么|啥)|^[\s,,。!!]*(?:我|阿拉)?(?:就)?直接(?:讲|说)(?:了|啦|吧|咯)?[\s,,。!!]*(?:我|阿拉)?(?:就)?(?:要|想要|想订|想配|订|配)(?!做|干|怎|什么|啥)/.test(text.slice((how.index ?? 0) + how[0].length));
  const aside = hedge || thenWanted || /不会|不太会/.test(how[0]) && text.replace(how[0], '').replace(/[\s,,。!!]|教教我|你好|邻里|我是老年人/g, '').length > 8;
  // 「我想当志愿者 怎么报名」: the wish is the point, the how is asked of the bot that takes it.
  // 「你能不能帮我报名志愿者 怎么报」: asking the bot to do it for me is the wish too.
  // 「我想出份力 但不知道能做什么」: what one can do, asked after the wish to help, is the wish's question.
  // (What one heard the bot does, 「孙子讲你可以帮我配药」, is no wish of one's own.)
  const wish = /(?:我想|我要|想要)(?:当|做|参加|加入|报名|配|订)|(?:帮|给|替)我(?:报|登记|配|订|下单|接龙)|i'?d like to|i want to/i.test(text.replace(HEARD_IT_DOES, '')) && /怎么|how/i.test(how[0]) && !/怎么用|how (?:do i|to) use|叫你|让你|请你|使唤/i.test(how[0]) ||
    /(?:想|要|愿意)(?:出(?:一)?份力|出点力|帮(?:忙|把手|大家|点忙))/.test(text) && /什么|啥|哪些/.test(how[0]);
  // The question a long message ends on is its point: 「…我老伴前年走了 … 你这个东西能帮我做什么」.
  const last = text.slice((how.index ?? 0) + how[0].length).replace(/[\s??!!。.,,~]|[吗呢啊呀吧了哇]|\[[^\]]{1,4}\]|\p{Extended_Pictographic}/gu, '') === '';
  // 「…胰岛素快打完了 怎么登记」: a how-to of a service after something said first asks how to get what was said. So does how to get more ("my
  // metformin finish already, how to get more?").
  const said = text.slice(0, how.index ?? 0).replace(/[\s\p{P}]/gu, '').length > 12 && /register|sign up|order|request|join|apply|enrol|\bget\b|登记|报|配药|下单|接龙|申请|参加/i.test(how[0]) && !/你|您/.test(how[0]) &&
    // "could you tell me how I can sign up", 「我想问一下怎么报名」: the how itself is what is asked.
    !/(?:tell me|to ask|wondering|\bknow|explain|\b(?:can|could) (?:you|u) (?:help(?: me)?(?: with)?|do)(?: the| my)?|请问|想问(?:问|一下)?|想知道|问(?:一下|下))[\s,,]*$/i.test(text.slice(0, how.index ?? 0));
  // "how do I get my mum her amlodipine? she has 2 days left": the need said after the how is what the how is for, as before it.
  const needAfter = /get|order|request|配|买|登记|报/i.test(how[0]) &&
    /\b(?:\d+|one|two|three|a few) days? left\b|\b(?:ran|run(?:ning)?) out\b|\bfinished\b|只剩|还剩|吃完|用完|断药/i.test(text.slice((how.index ?? 0) + how[0].length));
  // 「针头用完了 不知道怎么弄」 (崇明话 「…用完了 弗晓得哪能弄」): what to do, asked after one's own running out, is about that need, not the bot.
  const afterNeed = /弄|办|搞/.test(how[0]) && /用完|吃完|打完|断药|断了|没有了|只剩|快没了|不够了/.test(text.slice(0, how.index ?? 0));
  // Asked how more than once (「不知道要怎么用 … 有什么格式 … 教我一下」), or a run of questions about the bot: an inquiry.
  const inquiry = new Set(hows.map((h) => h[0])).size >= 2 || (text.match(/吗|[??]/g) ?? []).length >= 3;
  // 「谁有空上来教教我 … 邻里 … 我不会弄」: the how-to put to neighbours, someone asked to come and teach, is theirs.
  if (s.isGroup && !s.addressed && NEIGHBOUR_ASKED.test(text)) return { intent: 'help', confidence: 0.2, evidence: [how[0], 'asked of neighbours'] };
  const confidence = !toBot ? 0.2 : aside ? 0.4 : wish || said || needAfter || afterNeed ? 0.7 : inquiry ? 0.97 : last ? 0.9 : 0.85;
  return { intent: 'help', confidence, evidence: [how[0], ...(toBot ? [] : ['asked of neighbours'])] };
}
