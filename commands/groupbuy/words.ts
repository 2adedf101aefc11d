import { parseAmount } from '../../src/kernel/fields/quantity.js';

/**
 * How residents name a group-buy's items: by letter ("B套餐", "b x 2"), by what is in it ("肉禽的两份",
 * "两份鸡蛋", "two meat packages", "eggs x2"), in English number words ("Two of B", "a C and a D").
 * `orderText` rewrites all of these into the letters the chain reader knows ("B 两份", "B×2"), so
 * one reader (chain.ts) reads every form. Pure.
 */

/** Words for what a package holds, by the word in its name; each item's own name counts too. */
const SYNONYMS: [RegExp, string[]][] = [
  // Emoji stand for the goods too: 「🥚×2」, 「🍎 一份」.
  [/蔬菜|青菜/, ['蔬菜套餐', '蔬菜包', '蔬菜箱', '菜包', '菜箱', '蔬菜', '青菜', 'vegetables', 'vegetable', 'veggies', 'veggie', 'veg', '🥬', '🥦', '🥕']],
  [/肉/, ['肉禽套餐', '肉禽', '肉类', '肉', 'meat', '🍗', '🥩', '🍖']],
  // 生果: fruit in Cantonese; 鲜果 on a shop's sign.
  [/水果/, ['水果套餐', '水果箱', '水果篮', '果篮', '水果', '生果', '鲜果', 'fruits', 'fruit', '🍎', '🍊', '🍇', '🍉', '🍌']],
  // 鸡但, 鸡旦: what voice input writes for 鸡蛋.
  [/鸡蛋|蛋/, ['鸡蛋', '鸡但', '鸡旦', 'eggs', 'egg', '🥚']],
];
/** A verb or a kind before 菜/蛋 makes it that word's object or kind (「卖菜的」, 「炒蛋的」, 「青菜的」), not the package. */
const VERBED = '[卖买种炒烧煮做洗吃点夹拣摘切素荤青白咸酱泡腌小饭下剩坏笨滚]';
/** One-character words count only where they cannot be part of another word ("一份肉", "菜的", not "土豆"). */
const SHORT: [RegExp, string][] = [
  [/蔬菜|青菜/, '菜'],
  [/鸡蛋/, '蛋'],
];
/** Words the one-character word begins (「一个蛋糕」, 「两个蛋挞」, 「一份菜单」): that word, not the package. */
const BEGINS: Record<string, string> = { 菜: '单市场刀谱籽板品系篮园鸟', 蛋: '糕挞卷黄白饼羹汤花壳清仔筒' };
/** Pinyin a foreign resident types for the packages and counts ("ji dan yi fen", "B tao can hao chi ma"). */
const PINYIN: [RegExp, string][] = [
  [/\bji ?dan\b/gi, '鸡蛋'],
  [/\bshu ?cai\b/gi, '蔬菜'],
  [/\bshui ?guo\b/gi, '水果'],
  [/\brou\b/gi, '肉'],
  [/\b(yi|liang|er|san|si|wu) ?fen\b/gi, '$1份'],
  [/\byi(?=份)/g, '一'],
  [/\b(?:liang|er)(?=份)/g, '两'],
  [/\bsan(?=份)/g, '三'],
  [/\bsi(?=份)/g, '四'],
  [/\bwu(?=份)/g, '五'],
  [/\btao ?can\b/gi, '套餐'],
  [/\bhao ?chi\b/gi, '好吃'],
  [/\bma(?=\s*[??]?\s*$)/gi, '吗'],
];
export function fromPinyin(text: string): string {
  if (!/[a-z]{2}/i.test(text)) return text;
  let t = text;
  for (const [re, word] of PINYIN) t = t.replace(re, word);
  return t;
}
const FINANCIAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' };
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };
const CN_NUM = '[\\d一二两三四五六七八九十]';

export interface ItemName {
  code: string;
  name: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words each code is called by, longest first across all items. */
function wordsOf(items: readonly ItemName[]): { word: string; code: string }[] {
  const out: { word: string; code: string }[] = [];
  for (const item of items) {
    const stem = item.name.replace(/[((][^))]*[))]/g, '').replace(/套餐|套|包|礼包$/g, '').trim();
    if (stem.length >= 2) out.push({ word: item.name.replace(/[((][^))]*[))]/g, '').trim(), code: item.code }, { word: stem, code: item.code });
    for (const [re, words] of SYNONYMS) if (re.test(item.name)) for (const word of words) out.push({ word, code: item.code });
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

const cache = new Map<string, { names: RegExp | undefined; codes: Map<string, string>; short: [RegExp, string][]; specs: RegExp[] }>();

function compiled(items: readonly ItemName[]) {
  const key = items.map((i) => `${i.code}:${i.name}`).join('|');
  let c = cache.get(key);
  if (!c) {
    const words = wordsOf(items);
    const codes = new Map(words.map((w) => [w.word.toLowerCase(), w.code]));
    const alternation = [...codes.keys()].map(escape).join('|');
    // English words end at a word boundary; "packages"/"box" after them says nothing more.
    const names = alternation ? new RegExp(`(?:${alternation})(?:的|s)?(?:\\s*(?:packages?|boxes|box|packs?|bundles?|sets?|trays?|cartons?))?`, 'gi') : undefined;
    const short: [RegExp, string][] = [];
    for (const [re, char] of SHORT) {
      const item = items.find((i) => re.test(i.name));
      // "一份菜的", "菜的两份", "菜 一份": the character with a quantity or 的 beside it; 「要菜跟蛋各两份」 after 要/来 too.
      if (item) short.push([new RegExp(`(?<=${CN_NUM}\\s*(?:份|个|只|套|板|箱|盒|提|袋)\\s*)${char}(?![${BEGINS[char] ?? ''}])(?:的)?|(?<!${VERBED})${char}的|(?<=^|\\s|和|跟|、|要|来)${char}(?=\\s*(?:来|要)?\\s*(?:[x×*]\\s*)?${CN_NUM}|\\s*(?:和|跟|、)|\\s*各)`, 'g'), item.code]);
    }
    // 「鸡蛋(30个)」: what the brackets of a name say of its size, written with or without them (「30个装的」, 「30个的」).
    const specs = items.flatMap((i) => [...i.name.matchAll(/[((]([^))]{1,8})[))]/g)].map((m) => new RegExp(`[((]?\\s*${escape(m[1]!.trim())}\\s*(?:装)?\\s*[))]?\\s*(?:的)?`, 'g')));
    c = { names, codes, short, specs };
    if (cache.size > 100) cache.clear();
    cache.set(key, c);
  }
  return c;
}

/** Rewrites an order as written into the letters of the group-buy's items. */
/**
 * Letters that are part of a product's or a thing's name, never an item: 「维生素B12」, 「维C泡腾片」,
 * "vitamin D", 「B族」, 「B站」, 「B超」, 「T恤」, 「A4纸」, 「X光」, 「U盘」.
 */
const LETTER_WORDS = new RegExp(
  [
    String.raw`(?:维生素|维他命|vitamins?)\s*[A-Za-z](?![A-Za-z])\d{0,2}`,
    String.raw`(?<![A-Za-z])(?:维|V)[CDE](?![A-Za-z])`,
    // A thing named by what follows the letter (and its number): 「B族」, 「A4纸」, 「N95口罩」, 「D片」, 「C驾照」, 「B照」 alone (not 「B照常」), 「B1电梯」.
    String.raw`(?<![A-Za-z])[A-Za-z]\d{0,3}(?=族|站|超|股|肝|恤|光|盘|歌|位|弹|罩|口罩|型|纸|级|片|钙|滴|胶囊|颗粒|咀嚼|软胶|口服|糖浆|丸|车库|车位|停车|驾照|驾驶|驾证|照(?=[\s,，。!！]|$)|牌照|公交|巴士|号线|信号|电梯|出口|入口)`,
    // …and with its number only, where the word after a bare letter says something else (「B照常」, 「A本来」, 「B路上」, 「C店里」):
    // 「B2层」, 「C1照」, 「K3路」, 「B1库」, 「4S店」's kin, 「B1门口」.
    String.raw`(?<![A-Za-z])[A-Za-z]\d{1,3}(?=层|库|照|本|路|线|店|门口|大堂)`,
    // A medicine's name ending in a letter: 「碳酸钙D3」, 「钙尔奇D」, 「鱼肝油AD」 (a salt or an element, then the letter).
    String.raw`(?<=钙|素|命|奇|铁|锌|镁|钾|钠|硒|酸|油|酯)[A-Za-z]{1,2}\d{0,2}(?![A-Za-z])`,
    // A licence class and a parking level said after their words: 「驾照C1」, 「持有B2」, 「停在B2」, 「地下B1」.
    // A place gone to, left at or come from: 「去B1拿」, 「放到B2」, 「在B1」, 「从B2上来」.
    String.raw`(?:驾照|驾驶证|驾证|准驾|持有|拿的|考了|考的|停(?:在|辣|勒|到)?|地下|负|去|到|在|从)\s*(?:是|为|[:：])?\s*[A-Za-z]\d(?!\d)`,
    // 「4S店」, 「3D打印」, 「5G信号」: a number and a letter naming a kind of shop, print or network.
    String.raw`(?<![\dA-Za-z])\d[A-Za-z](?![A-Za-z])(?=\s*(?:店|打印|电影|眼镜|网|信号|手机|景区|影院|\b(?:shop|dealer|print|movie|network|signal)))`,
    // In English: "C1 licence", "B2 parking", "parked in B1", "KN95 masks", "A4 paper".
    String.raw`\b[A-Za-z]\d{1,3}\s+(?=(?:driving\s+)?licen[cs]e|driver'?s?\s+licen[cs]e|parking|car ?park|garage|level|floor|masks?|paper|bus\b)`,
    String.raw`\b(?:parked|parking|park)\s+(?:in|at|on)\s+(?:level\s+)?[Bb]\d\b`,
  ].join('|'),
  'gi',
);

/**
 * A refusal of an item: 「不吃 B」, 「不要 A」, "don't eat B", "no B", 「对 D 过敏」, 「D就唔要啦」 (not 「B不要了」, a cancellation).
 * 「我要水果 不要肉」: a 不要 with an item after it refuses that item, not the one before. 「水果家里还有就不要了」, 「蔬菜的居委
 * 刚发过就不要了」: the reason said between the item and 就不要 refuses that item too, at the end of the message as well.
 */
// A number after the letter is its count, unless it begins a door (「不要A 5-501」).
const REFUSED = /(不吃|不要|不想要|不需要|不喜欢|吃不了|\bdon'?t (?:eat|want|need|like)|\b[Nn]o)\s*[A-Z](?:套餐)?(?![\dA-Za-z×*]|\s*[x×*]?\s*\d+(?![\d\-－号栋幢座#]))|对\s*[A-Z]\s*(过敏)|(?<![A-Za-z])[A-Z](?:套餐)?\s*(?:这次|这回|这趟)?\s*(?:先|就|也)?\s*(不要|唔要|不用|不需要|不吃|不适合|免了|算了)(?!了\s*$)(?!\s*[A-Z](?![A-Za-z]))|(?<![A-Za-z])[A-Z](?:套餐)?的?\s*(?:(?![份个只套盒箱一二两三四五六七八九十不要])[\u4e00-\u9fff]){1,10}?(?:就|也|先)\s*(不要|唔要|不用|不需要|免了|算了)/g;
const COUNTED_BEFORE = /[\d一二两三四五六七八九十]\s*[份个只套箱盒板提]\s*$/;
/** A word right after 不要 (not a particle, a pause or a letter): its object. */
const OBJECT_AFTER = /^[^\s了啦咯喇哦吧呀啊嘞哈的,,。!!~.A-Za-z\d]/;
/** An item ordered before (「上面我报过B了」), named beside today's order, is not ordered again. */
const ORDERED_BEFORE = /(?:(?:报|订|买|要|接龙)过(?:了)?|(?:已经|之前|刚才|上面)[^,,。]{0,3}(?:报|订|买)了)\s*([A-Z])(?:套餐)?(?![A-Za-z])/g;
export function orderText(text: string, items: readonly ItemName[]): string {
  const { names, codes, short, specs } = compiled(items);
  text = text.replace(LETTER_WORDS, ' ');
  const english = /[a-z]{3,}/i.test(text);
  // 「贰份」: the numerals written on cheques are counts too; 「B俩」 is two.
  // 「B 套餐 x2」: the package word written apart from its letter belongs to it.
  // 「双份」 is two portions, 「仨」 three.
  let t = fromPinyin(text).replace(/[壹贰叁肆伍陆柒捌玖拾]/g, (c) => FINANCIAL[c]!).replace(/俩/g, '两').replace(/双(?=\s*份)/g, '两').replace(/仨/g, '三').replace(/(?<![A-Za-z])([A-Za-z])\s+(?=套餐)/g, '$1');
  // 「两B一D」: a Chinese count right before an item letter is its count.
  t = t.replace(/(?<![\dA-Za-z一二两三四五六七八九十])([一二两三四五六七八九十])([A-Za-z])(?![A-Za-z区超口股罗班栋座门型])/g, (m, n: string, code: string) => (isCode(code, items) ? ` ${code.toUpperCase()} ${n}份 ` : m));
  // 「四个套餐都要一份」, 「每样各来一份」, 「每样一份」: every item of the group-buy, each with the count (每个 only as 每个套餐: 每个人一份 is per person).
  t = t.replace(/(?:所有|全部|每(?:个|样|种)|([二两三四五六七八九十]|\d{1,2})\s*(?:个|样|种))(?:套餐|的)?\s*(?:(?:都|各)\s*(?:要|来)?|(?<=每(?:个|样|种)(?:套餐|的)?\s*)(?:要|来)|(?<=每(?:样|种|个套餐)(?:的)?\s*))\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:份|个|只|套)/g, (m, many: string | undefined, n: string) =>
    many === undefined || parseAmount(many) === items.length ? ` ${items.map((i) => `${i.code} ${n}份`).join(' ')} ` : m,
  );
  // 「肉额两只」, 「肉格 两只」: Shanghainese 额 and 格 are 的 after a package (never 价格, 表格, 合格…).
  t = t.replace(/(?<=[\u4e00-\u9fffA-Za-z])额(?=\s*[\d一二两三四五六七八九十])/g, '的');
  // (格 only before a count of packages: 「送菜格三轮车来了」 is a tricycle, not three.)
  t = t.replace(/(?<=[\u4e00-\u9fffA-Za-z])(?<![价风性表合及规资严人品空方网定升破出体国降别格])格(?=\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:份|只|个|套|箱|盒|袋)?(?:[\s,,。!!~]|$))/g, '的');
  // 「两分肉禽套餐」: voice input's 分 for 份 after a count (not 分钟, 分钱).
  t = t.replace(/(?<=[\d一二两三四五六七八九十])\s*分(?![钟鐘钱之\d])/g, '份');
  if (/[a-z]{2}/i.test(t)) {
    // "I'd", "we'll", "today's": the contraction is not an item letter.
    t = t.replace(/(?<=[a-z])['’](?:d|ll|s|re|ve|m|t)\b/gi, '');
    // "double B", "a couple of egg trays": two.
    t = t.replace(/\b(?:a )?couple of\b|\bdouble\b(?=\s+[A-Za-z])/gi, 'two');
    t = t.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, (w) => NUMBER_WORDS[w.toLowerCase()]!);
    // "2 boxes of eggs", "3 trays of eggs", "a box of fruit": the unit between the count and the package says nothing more.
    // ("two boxes of each" follows a list of medicines as often as of packages: it is left as written.)
    t = t.replace(/\b(\d{1,2}|a|an)\s+(?:boxe?s?|packs?|packets?|bags?|sets?|trays?|cartons?|bundles?|packages?|portions?|servings?|crates?)\s+of\s+(?:the\s+)?(?!each\b)(?=[A-Za-z])/gi, (_m, n: string) => (/^an?$/i.test(n) ? '1 ' : `${n} `));
    // "one of each", "2 of each": every item.
    t = t.replace(/\b(\d{1,2}) of each\b/gi, (_m, n: string) => ` ${items.map((i) => `${i.code}×${n}`).join(' ')} `);
    // "two Ds": a capital letter made plural.
    t = t.replace(/(?<![\w\-×*.])(\d{1,2})\s+([A-Z])'?s\b/g, (m, n: string, code: string) => (isCode(code, items) ? ` ${code}×${n} ` : m));
    // "a C and a D", "an egg box": the article is one.
    t = t.replace(/\b(?:a|an)\s+(?=[A-Za-z])/g, (m, offset: number) => (/^(?:a|an)\s+[A-Da-d]\b/i.test(t.slice(offset)) || startsWithName(t.slice(offset + m.length), codes) ? '1 ' : m));
  }
  if (names) {
    t = t.replace(names, (m, offset: number) => {
      const before = t[offset - 1];
      const after = t[offset + m.length];
      // An English word inside a longer word is not the item ("vegetarian").
      if (/[a-z]/i.test(m[0]!) && ((before && /[a-z]/i.test(before)) || (after && /[a-z]/i.test(after)))) return m;
      // 「蔬菜团」, 「水果团购」: the group-buy's name, not its item.
      // 「蔬菜团」 names a chain; 「…一份鸡蛋团长帮我记一下」, a run-on without stops, addresses the leader after the item.
      if (after === '团' && t[offset + m.length + 1] !== '长') return m;
      const word = m.replace(/的$|\s*(?:packages?|boxes|box|packs?|bundles?|sets?|trays?|cartons?)$/i, '').replace(/s$/i, '');
      const code = codes.get(word.toLowerCase()) ?? codes.get(m.replace(/的$/, '').toLowerCase()) ?? codes.get(`${word.toLowerCase()}s`);
      if (!code) return m;
      // 「鸡蛋D一份」, 「C水果×2」, "egg D x1": the package named by its name and its letter together is named once.
      const letterBefore = new RegExp(`(?<![A-Za-z])${code}\\s*[((]?\\s*$`, 'i').test(t.slice(Math.max(0, offset - 4), offset));
      const letterAfter = new RegExp(`^\\s*[))]?\\s*${code}(?![A-Za-z])`, 'i').test(t.slice(offset + m.length, offset + m.length + 4));
      return letterBefore || letterAfter ? ' ' : ` ${code} `;
    });
  }
  // In English, "a" and "i" before a word are an article and a pronoun, not items A and I.
  if (/[a-z]{2}/i.test(t)) t = t.replace(/(?<![A-Za-z])[ai](?=\s+[A-Za-z]{2})/g, ' ');
  for (const [re, code] of short) t = t.replace(re, ` ${code} `);
  // "the egg box, 2 please", "meat set, three please": in English the count may follow the item, said with please.
  if (english) t = t.replace(/(?<![A-Za-z])([A-Z])\s*,?\s*(\d{1,2})\s+(?:please|pls|plz|thanks|thx)\b/g, (m, code: string, n: string) => (isCode(code, items) ? ` ${code}×${n} ` : m));
  // "B twice", "C times two": how many times the package, said after it.
  if (english) t = t.replace(/(?<![A-Za-z])([A-Z])\s*,?\s*(?:(twice)|(thrice)|times\s+(\d{1,2}))\b/g, (m, code: string, two?: string, three?: string, n?: string) => (isCode(code, items) ? ` ${code}×${two ? 2 : three ? 3 : n} ` : m));
  // "Two of B", "2 x C", "1 C": in English a number may come before the letter; not where the
  // letters are followed by their numbers ("A 1 B 2", "a * 2 b * 1").
  const letterFirst = /(?<![A-Za-z])[A-Za-z]\s*(?:[x×*]\s*)?\d/.test(t);
  // English is judged on the words as written: "two B, one C" has no word left once its numbers are digits.
  if ((english || /[a-z]{3,}/i.test(t)) && !letterFirst) t = t.replace(/(?<![\w\-×*.])(\d{1,2})\s*(?:x|×|\*)?\s*(?:of\s+(?:the\s+)?)?([A-Za-z])(?![A-Za-z])/g, (m, n: string, code: string) => (/[A-Za-z]/.test(code) && isCode(code, items) ? `${code.toUpperCase()}×${n}` : m));
  // "AB各一份", "A B 各两份", "水果 肉 各一": each letter takes the quantity.
  // At most eight letters: unbounded, a long English sentence before a 各 splits into "letters and
  // spaces" in exponentially many ways (a 240-character message took minutes). The spaces after a
  // letter are read once, and again only after a separator: two \s* in a row split a run of spaces
  // in as many ways as it is long, for each of the eight letters (eight letters with ten spaces
  // after each took longer than 20 s).
  // 「水果跟鸡蛋各两份」, 「肉禽同埋生果各兩份」, 「A和B各来三份」: any word of joining, and 来/要 before the count.
  if (t.includes('各')) t = t.replace(/(?<![A-Za-z])((?:[A-Za-z]\s*(?:(?:和|跟|同埋|同|与|及|还有|加|、|,|and\s)\s*)?){2,8})各\s*(?:来|要)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:份|个|只|套)?/g, (m, letters: string, n: string) => {
    const codesHere = letters.replace(/\s|和|跟|同埋|同|与|及|还有|加|、|,|and/g, '').split('');
    return codesHere.every((c) => isCode(c, items)) ? ` ${codesHere.map((c) => `${c.toUpperCase()} ${n}份`).join(' ')} ` : m;
  });
  // 「鸡蛋(30个)」: the size in an item's own name (30 eggs to a box) is not its count.
  for (const spec of specs) t = t.replace(spec, ' ');
  // 「要只蔬菜」, 「来份肉」, 「要個B」: a measure word right after the verb, its 一 unsaid, is one of the item after it.
  t = t.replace(/(?<=(?:要|来|訂|订|买|加|拿)\s*)([份只个盒箱套])(?=\s*[A-Z](?![A-Za-z]))/g, '一$1');
  // 「两份那个B的套餐」: a demonstrative between a count and its item.
  t = t.replace(/([\d一二两三四五六七八九十]\s*[份个只套箱盒板提])\s*(?:那个|这个|那种|这种|那|这)\s*(?=[A-Z](?![A-Za-z]))/g, '$1');
  // 「A(1) C(2)」, 「2*B」, 「1A 2C」: a count in brackets after the letter, or before it with a times sign or glued to it.
  t = t.replace(/(?<![A-Za-z])([A-Za-z])\s*[((]\s*(\d{1,2})\s*(?:份|个)?\s*[))]/g, (m, code: string, n: string) => (isCode(code, items) ? ` ${code.toUpperCase()}×${n} ` : m));
  t = t.replace(/(?<![\w\-×*.])(\d{1,2})\s*[x×*]\s*([A-Za-z])(?![A-Za-z])/g, (m, n: string, code: string) => (isCode(code, items) ? ` ${code.toUpperCase()}×${n} ` : m));
  if (/^\s*(?:\d{1,2}[A-Za-z](?![A-Za-z\d])[\s,,、]*){1,8}(?:$|[^A-Za-z])/.test(t)) t = t.replace(/(?<![\w\-×*.])(\d{1,2})([A-Za-z])(?![A-Za-z\d])/g, (m, n: string, code: string) => (isCode(code, items) ? ` ${code.toUpperCase()}×${n} ` : m));
  // "eggs we still have": an item the household has enough of is not ordered.
  t = t.replace(/(?<![A-Za-z])[A-Z](?=\s*,?\s*(?:we|i)\s+(?:still\s+)?(?:have|got)\b)/g, ' ');
  // 「我家不吃肉 要一份蔬菜套餐」, 「上面我报过B了」: an item refused or ordered before is not ordered here.
  const refused = new Set<string>();
  t = t.replace(REFUSED, (m, a: string | undefined, b: string | undefined, c: string | undefined, d: string | undefined, at: number, all: string) => {
    // 「要一份蔬菜 不要辣椒」: after a counted package, 不要 right before another word governs that word (what is in it), not the package.
    if (c && COUNTED_BEFORE.test(all.slice(Math.max(0, at - 6), at)) && OBJECT_AFTER.test(all.slice(at + m.length))) return m;
    const code = /(?<![A-Za-z])[A-Z](?![A-Za-z])/.exec(m)?.[0];
    if (code) refused.add(code);
    return ` ${a ?? b ?? c ?? d} `;
  });
  // 「水果不要 上趟水果吃不光烂掉了」: a package refused and named again in the reason, without a count, is still not ordered.
  for (const code of refused) t = t.replace(new RegExp(`(?<![\\d一二两三四五六七八九十]\\s*[份个只套箱盒板提]?\\s*)(?<![A-Za-z])${code}(?![A-Za-z])(?!\\s*(?:还是|也|又)?\\s*(?:要|来)?\\s*(?:[x×*:=]\\s*)?[\\d一二两三四五六七八九十])`, 'g'), ' ');
  return t.replace(ORDERED_BEFORE, ' ');
}

const isCode = (letter: string, items: readonly ItemName[]) => items.some((i) => i.code === letter.toUpperCase());

function startsWithName(text: string, codes: Map<string, string>): boolean {
  const word = /^[a-z]+/i.exec(text)?.[0]?.toLowerCase();
  return word !== undefined && (codes.has(word) || codes.has(word.replace(/s$/, '')));
}
