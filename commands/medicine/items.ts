import { findQuantity as findChineseQuantity, type QuantityMatch } from '../../src/kernel/fields/quantity.js';
import { parseNumber } from '../../src/kernel/chinese.js';
import type { Mention } from './mentions.js';

/**
 * Reading the medicines of a request: each one's strength, quantity and substitute rule, from the
 * text with everything else read blanked out in place (positions kept). Pure.
 */

/** One medicine of a request, as the resident wrote it. */
export interface MedicineItem {
  name: string;
  /** "5mg", "0.5g", "10ml*10支", "100IU". */
  strength?: string;
  quantity?: number;
  unit?: string;
  /** true: a substitute is fine; false: the original only; undefined: not said. */
  substitute?: boolean;
}

export const NO_SUBSTITUTE =
  /唔(?:可以|能|好|要)?(?:替换|换)|唔得|冇得换|别换|不可(?:以)?替换|不能替换|不要替换|不接受替换|不可替代|不能替代|不能换|不要换|不可以换|不换|只要原研(?:药)?|只要原装|只要原厂|必须(?:是)?原研(?:药)?|必须原装|只要这个牌子|只要进口(?:的)?|no substitutes?/i;
export const SUBSTITUTE_OK =
  /可(?:以)?替换|能替换|可以换|能换|可替代|可以替代|可(?:以)?用别的牌子|别的牌子也?(?:可以|行)|其他牌子也?(?:可以|行)|换(?:个)?牌子也?(?:可以|行)|同类(?:药)?也?(?:可以|行)|国产(?:的)?也?(?:可以|行)|仿制药?也?(?:可以|行)|什么牌子都(?:可以|行)|随便什么牌子|牌子(?:无所谓|都行|都可以)|substitutes? (?:are )?(?:ok|fine)|brand doesn'?t matter|any brand/i;


export const STRENGTH = new RegExp(
  `(?<![\\d.])(\\d{1,5}(?:\\.\\d{1,3})?)\\s*(mg|g|ml|mcg|μg|µg|ug|iu|u|毫克|克|毫升|微克|国际单位|单位)` +
    `(?:\\s*[*×xX/]\\s*(\\d+)\\s*(片|粒|支|袋|丸|颗)(?:\\s*/\\s*(?:盒|瓶))?)?(?![a-z])`,
  'i',
);
const STRENGTH_UNIT: Record<string, string> = {
  mg: 'mg', g: 'g', ml: 'ml', mcg: 'μg', μg: 'μg', µg: 'μg', ug: 'μg', iu: 'IU', u: 'U',
  毫克: 'mg', 克: 'g', 毫升: 'ml', 微克: 'μg', 国际单位: 'IU', 单位: 'U',
};

export const QUESTION = /[??]|[吗呢吧](?=$|[\s,,。.!!~])|什么|怎么|哪里|哪儿|哪家|哪个|谁|几点|多久|是不是|有没有|能不能|可不可以/;
// Leading verbs and trailing filler that are not part of a medicine's name.
const LEADING = /^(?:需要|想要|要|买|配|拿|再|还有|另外|和|及|以及|跟|共|各|每种|药)+/;
const TRAILING = /(?:各|每种|左右|即可|就行|就好|就可以|的)+$/;
const STRAY = /[()()\[\]【】<>《》"'“”:：*×·•\-—_~～!!]/g;

/** A form said after a name (not a supply: 胰岛素 and 胰岛素针头 are two). */
const SETTLED_FORM = /^(?:缓释|控释|肠溶|分散|咀嚼|泡腾)?(?:片|钙片|钠片|钾片|胶囊|软胶囊|颗粒|丸|滴丸|注射液|口服液|糖浆|滴眼液|乳膏|软膏)$/;

/** Names ending like a medicine, for telling a request from chatter in free text. */
export const MEDICINE_WORDS =
  /片|胶囊|颗粒|注射液|注射剂|口服液|糖浆|丸|膏|滴眼液|喷雾|贴|缓释|控释|肠溶|地平|沙坦|普利|洛尔|他汀|双胍|格列|胰岛素|阿司匹林|二甲|布洛芬|对乙酰|硝酸|华法林|氯吡格雷|左甲状腺|甲钴胺|降压|降糖|止痛|吗啡|羟考酮|芬太尼|速效救心|救心丸|中成药|药/;

// Foreign residents write "2 boxes", "one pack", "3 pens".
// ("a new box", "2 fresh bottles", "another pack": a word about the pack between the count and its unit.)
// ("a couple boxes" is two; "two or three boxes" its lower end, as 两三盒; "1 more box" one.)
const EN_QUANTITY = /(?<![\d.])(\d{1,3}|one|two|three|four|five|six|a couple of|couple of|a couple|a|another)(?:\s+or\s+(?:\d{1,3}|two|three|four|five|six))?\s+(?:(?:new|fresh|full|spare|extra|whole|big|small|large|more)\s+)?(boxes|box|bottles?|packs?|packets?|pens?|vials?|tubes?|inhalers?|sprays?|puffers?|strips?|tablets?|pills?|capsules?|sachets?|bags?|patch(?:es)?|jars?|ampoules?|of (?:them|those|these)(?!\s+(?:is|are|was|were|has|have|had)\b))\b(?!\s+(?:left|remaining|a day|daily|per day|(?:a|per|in a|each) (?:box|pack|bottle)))/i;
const EN_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, a: 1, another: 1, 'a couple of': 2, 'couple of': 2, 'a couple': 2 };
const EN_UNIT: Record<string, string> = { box: '盒', pack: '盒', packet: '盒', bottle: '瓶', pen: '支', vial: '支', tube: '支', tablet: '片', pill: '粒', capsule: '粒', sachet: '袋', bag: '袋', patch: '贴', jar: '罐', ampoule: '支' };
// "get me a new one", "another one": one, said in English without a number.
const EN_ONE = /\b(?:a new one|another one|one more|one please|just one|only one)\b|\b(?:get|buy) (?:me |him |her |us )?one\b/i;
// "2x Norvasc": the count written before the name, with the space up to it.
const COUNT_X = /(?<![\w.])(\d{1,2})\s*[x×](?!\s*(?:a|per|every)\s+(?:day|week)|\s*daily)\s*(?=[A-Za-z\u4e00-\u9fff\u0001]|$)/;
// "grab 1 Symbicort inhaler": an English count right before a capitalised name. Not the number of a place ("Phase 3
// building 11 room 1502", whose door is cut out before the count is looked for: the phase of a 动迁 estate is a place).
const EN_COUNT_NAME = /(?<=\b[A-Za-z]+ )(?<!\b(?:[Pp]hase|[Zz]one|[Aa]rea|[Bb]lock|[Ss]ection|[Bb]uilding|[Bb]ldg|[Tt]ower|[Ll]ane|[Nn]umber|[Nn]o\.?|[Rr]oom|[Rr]m|[Aa]pt|[Ff]lat|[Ff]loor|[Gg]ate|[Uu]nit|[Dd]oor|PHASE) )(\d{1,2})\s+(?=$|[A-Z][a-z]{3,}\b)/;
// 「十来粒」, 「二十多片」: about that many, read as the number said.
// 「七帖」, 「三副」: herbal medicine is counted in 帖 (doses brewed); plasters in 贴, catheters in 根, ointment in 管, bandages in 卷.
// A device is counted in 台 (「买一台制氧机」); a blister strip in 排, as in 板 (「配三排」).
// (And plasters in 张, where the count ends its clause or a plaster follows: 「给我一张」, 「两张膏药」, not 「一张处方」.)
const HERBAL = /(?<![\d.])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(帖|副|贴|根|管|卷|台|排(?!队)|张(?=$|[\s,,。!!??吧啊呀哦]|[^\s,,。!!??]{0,4}(?:膏|贴)))/;
const ABOUT_N = /(?<![\d.])(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:来|多)\s*(盒|瓶|支|粒|包|板|袋|片|颗)/;
// "买盒连花清瘟": one box, the number left unsaid.
// (「买只」, 「买台」: one, in Shanghainese, and one device.)
const ONE_BOX = /(?<=[买配要开带拿])(盒|瓶|支|台|只)/;

/** The first quantity in a text, as residents write it in Chinese or in English. */
function findQuantity(text: string): QuantityMatch | undefined {
  const zh = findChineseQuantity(text);
  const en = EN_QUANTITY.exec(text);
  const one = ONE_BOX.exec(text) ?? EN_ONE.exec(text);
  const x = COUNT_X.exec(text) ?? EN_COUNT_NAME.exec(text);
  const approx = ABOUT_N.exec(text);
  const herbal = HERBAL.exec(text);
  const counted = [x ? { quantity: { n: Number(x[1]) }, index: x.index, length: x[0].length } : undefined,
    approx && parseNumber(approx[1]!) !== undefined ? { quantity: { n: parseNumber(approx[1]!)!, unit: approx[2]! }, index: approx.index, length: approx[0].length } : undefined,
    herbal && parseNumber(herbal[1]!) !== undefined ? { quantity: { n: parseNumber(herbal[1]!)!, unit: herbal[2]! }, index: herbal.index, length: herbal[0].length } : undefined];
  const oneBox = one ? { quantity: { n: 1, unit: one[1] ?? '盒' }, index: one.index, length: one[0].length } : undefined;
  const enq = en
    ? (() => {
        const word = en[2]!.toLowerCase().replace(/(?:es|s)$/, '');
        const n = EN_NUMBER[en[1]!.toLowerCase()] ?? Number(en[1]);
        return { quantity: { n, unit: EN_UNIT[word] ?? EN_UNIT[en[2]!.toLowerCase().replace(/(?<=ch)es$|s$/, '')] ?? '盒' }, index: en.index, length: en[0].length };
      })()
    : undefined;
  return [zh, enq, oneBox, ...counted].filter((q) => q !== undefined).sort((a, b) => a.index - b.index || b.length - a.length)[0];
}

/**
 * Stock left or a dose is not what is asked for: "还剩5粒", "一天一颗", "一盒都没有了", "一个月的量".
 * Nor is a count and a half (「一瓶半」): it is no whole number, so it is asked rather than recorded as one.
 */
function isRequestQuantity(text: string, q: QuantityMatch): boolean {
  const before = text.slice(Math.max(0, q.index - 4), q.index);
  const after = text.slice(q.index + q.length, q.index + q.length + 4);
  // 「一盒28粒」, "28 tablets a box": the size of a pack, not how many are asked for.
  if (/(?:tablets?|pills?|capsules?|caps)\s+(?:in\s+)?$/i.test(text.slice(Math.max(0, q.index - 12), q.index)) || /^\s*(?:有|装)?\s*\d{1,3}\s*(?:粒|片|颗|支|袋)/.test(after) || /(?:一|每)(?:盒|瓶|板)(?:有|装)?\s*$/.test(before)) return false;
  // 「30片/盒」, 「28片一盒的」, 「5mg×28片」: the pieces in a pack, as the box's label says, not how many packs are asked for.
  const label = text.slice(Math.max(0, q.index - 6), q.index + q.length);
  if (/^(?:片|粒|颗|支|袋)$/.test(q.quantity.unit ?? '') && (/^\s*(?:[/／]|一|每)\s*(?:盒|瓶|板)/.test(after) || /(?:mg|g|毫克|克|片)\s*[×xX*]\s*\d{1,3}\s*(?:片|粒|颗|支|袋)$/i.test(label))) return false;
  // 「一隻立普妥 一隻脈優」: Cantonese counts kinds of medicine in 隻, a list of what is taken, not how much.
  // (One before a name: 「一隻脈優」; a count after it, 「胰島素筆 兩隻」, is a count.)
  if (q.quantity.unit === '只' && (/^药/.test(after) || (text.match(/[一两三]只/g)?.length ?? 0) >= 2 || (q.quantity.n === 1 && /^[\u4e00-\u9fff]/.test(after) && !/^装/.test(after)))) return false;
  // 「其他两隻仲有成個月」: the other medicines, counted, not a count asked for.
  if (/(?:其他|其余|另外|别的)\s*$/.test(before)) return false;
  // 「刷到一个视频」: one of a thing said after it, not a medicine (its name is blanked out where known).
  if (q.quantity.unit === '个' && /^[\u4e00-\u9fff]/.test(after) && !/^[药吗呢吧啊呀了就好行哦]/.test(after)) return false;
  // 「有一个在咳嗽」: one of the people, not one of anything asked for.
  if (q.quantity.unit === '个' && /^(?:在|是|都|也|已|正在)/.test(after)) return false;
  // 「万一胸口痛含一片」, 「就吃两粒」: pills taken at once, a dose, not pills asked for.
  // 「给他贴了两块膏药」: what was put on or taken, not what is asked for.
  if (/(?:含|嚼|喷|吃|服|贴|擦|抹|涂)(?:上|下|了)?\s*$/.test(before) && /^(?:片|粒|颗|喷|滴|块|贴)$/.test(q.quantity.unit ?? '')) return false;
  // "down to one pen", "only have 2 tablets": stock left, said in English.
  // ("can we have two boxes", "could I have 2 packs": asked for.)
  if (/(?:down to|only have|only got|left with|\blast|(?<!(?:can|could|may) )i have|(?<!(?:can|could|may) )we have)\s+$/i.test(text.slice(Math.max(0, q.index - 20), q.index))) return false;
  // 「搬了两百箱菜」: a count of something else than medicine.
  // (「蛋碎了三个」, 「菜烂了两袋」: said after the food it counts.)
  if (/(?:蛋|菜|肉|鱼|米|面|水果|苹果)(?:又|也|都)?(?:碎|烂|坏|破|少|丢)了\s*$/.test(text.slice(Math.max(0, q.index - 6), q.index))) return false;
  if (/^(?:菜|米|面|水|肉|蛋|饭|物资|东西|快递|人|户|家)/.test(after)) return false;
  // (「一贴都没有了」: not one left, its running out read apart — 都 is all that is left after the count.)
  // 「每天晚上一粒」, 「早晚各一颗」, 「每朝一粒」, 「每餐一片」: pills at a time of day are a dose. (「现仅余一瓶」: stock, in a formal hand.)
  if (/(?:每天|每日|每晚|每朝|每早|每餐|每顿|早晚|早上|晚上|睡前|饭前|饭后|中午)各?(?:吃|服|用|食)?\s*$/.test(before) && /^(?:粒|片|颗|丸)$/.test(q.quantity.unit ?? '')) return false;
  // (「一盒里只剩最后一板」, 「一樽入面」: the pack whose inside is told of — a stock — is no count asked for.)
  // 「买一盒小孩吃的退烧药」: a count, then who it is for, then the medicine, is the medicine's count.
  const forWhom = /^(?:小孩|孩子|大人|老人|宝宝|儿童|成人|老年人)(?:吃|用|专用)的/.test(text.slice(q.index + q.length, q.index + q.length + 8));
  return !/(?:剩|还有|只有|仅有|最后|剩下|剩余|(?<!多)余|不到|不足|不满|(?:一天|每天|每次|一次|每日)(?:吃|服|用|打|食)?)\s*$/.test(before) && !/^\s*(?:都没|也没|都用|不剩|没剩|的量|左右的量|的药量|半)|^(?:都|也)(?:\s|$)|^(?:里|入面)/.test(after) && (forWhom || !/^多?(?:装|人|老|孩|小孩|大人|月|礼拜|星期|小时|钟头|晚|户|家)/.test(after));
}

/** The request quantities in a text, in order. */
export function requestQuantities(text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  let from = 0;
  while (from < text.length) {
    const q = findQuantity(text.slice(from));
    if (!q) break;
    const at = { ...q, index: q.index + from };
    if (isRequestQuantity(text, at)) out.push(at);
    from = at.index + Math.max(1, at.length);
  }
  return out;
}

/**
 * The items of a message whose medicines were found by name: each takes its strength and the
 * quantity written after it (or just before it: "两盒倍他乐克"), up to the next medicine; "各两盒"
 * and "2 boxes each" give every one its quantity; a substitute rule said once is for all.
 */
export function itemsAt(original: string, text: string, mentions: Mention[]): MedicineItem[] {
  const items: MedicineItem[] = [];
  const byName = new Map<string, MedicineItem>();
  const taken = new Set<number>();
  let messageSubstitute: boolean | undefined;
  mentions.forEach((m, i) => {
    const end = i + 1 < mentions.length ? mentions[i + 1]!.index : text.length;
    const region = text.slice(m.index + m.length, end);
    const regionAt = m.index + m.length;
    const key = m.name.toLowerCase();
    // 「胰岛素笔针头…针头快用完了」: a name said again in short is the same medicine.
    // 「单硝酸异山梨酯缓释片…配两盒单硝酸」: or its start, three characters or more.
    let item = byName.get(key) ?? (m.name.length >= 2 ? items.find((x) => x.name.endsWith(m.name) || x.name.toLowerCase().endsWith(key) || (m.name.length >= 3 && x.name.toLowerCase().startsWith(key))) : undefined);
    // 「格列齐特…盒子上写的格列齐特缓释片」: a name half-said, then settled with its form, is that one medicine by its full name.
    const settled = item ? undefined : items.find((x) => x.name.length >= 3 && m.name.startsWith(x.name) && SETTLED_FORM.test(m.name.slice(x.name.length)));
    if (settled) {
      settled.name = m.name;
      byName.set(key, settled);
      item = settled;
    }
    if (!item) {
      item = { name: m.name };
      byName.set(key, item);
      items.push(item);
    }
    // The clause the medicine is in, for its substitute rule.
    const clauseEnd = regionAt + (region.search(/\n|[,,;;。、]/) < 0 ? region.length : region.search(/\n|[,,;;。、]/));
    const sub = takeSubstitute(text.slice(regionAt, clauseEnd));
    if (sub.substitute !== undefined) {
      if (sub.all) messageSubstitute = sub.substitute;
      else item.substitute ??= sub.substitute;
    }
    const s = STRENGTH.exec(region.slice(0, clauseEnd - regionAt));
    if (s && item.strength === undefined) item.strength = strengthOf(s);
    const withoutStrength = s ? cut(region, s.index, s[0].length) : region;
    // A quantity right before the next medicine is that one's ("一盒碘伏和两包纱布"), unless it is glued after this one and
    // the next has its own count after it (「叶酸一盒钙片一瓶」).
    const gluedHere = (x: QuantityMatch) => withoutStrength.slice(0, x.index).trim() === '' && countedAfter(text, mentions, i + 1);
    const q = requestQuantities(withoutStrength).find((x) => !/各|each/i.test(around(withoutStrength, x)) && !(i + 1 < mentions.length && rightBefore(text, regionAt + x.index + x.length, end) && !gluedHere(x)));
    const prev = i > 0 ? mentions[i - 1]!.index + mentions[i - 1]!.length : 0;
    const before = requestQuantities(text.slice(prev, m.index)).filter((x) => rightBefore(text, prev + x.index + x.length, m.index)).at(-1);
    // "配两盒立普妥 同埋一盒…": a quantity right before the name, not straight after another name, is its own.
    const ownBefore = before !== undefined && (i === 0 || before.index > 0);
    const chosen = before && (ownBefore || !q) ? { ...before, index: before.index + prev } : q ? { ...q, index: q.index + regionAt } : undefined;
    // 「买个体温计」: one device, the number left unsaid (「开个降压药」 is no count).
    if (!chosen && item.quantity === undefined && /[计仪器]$/.test(m.name) && /[买要带拿]个$/.test(original.slice(Math.max(0, m.index - 2), m.index))) {
      item.quantity = 1;
      item.unit = '个';
    }
    if (chosen && item.quantity === undefined && !taken.has(chosen.index)) {
      taken.add(chosen.index);
      item.quantity = chosen.quantity.n;
      if (chosen.quantity.unit) item.unit = chosen.quantity.unit;
    }
  });
  // "各两盒", "2 boxes each": every medicine that has none.
  // (「都是一盒」, 「都要两盒」: the same for all of them; 「早晚各一颗」 is a dose.)
  const each = /(?:各|每样|每种|一样|都是|都要|都来|都配|都买)(?:要|需要|需|买|配|拿|带|来)?\s*((?:\d{1,3}|[一二两三四五六七八九十])\s*(?:盒|瓶|支|粒|包|袋))|(\d{1,3}|one|two|three)\s+(?:box(?:es)?|packs?|bottles?)\s+each|\beach\s+(\d{1,3}|one|two|three)\s+(?:box|boxes|pack|packs|bottle|bottles)\b|\b(\d{1,3}|a|one|two|three)\s+(?:box|boxes|pack|packs|bottle|bottles)\s+of\s+each\b|(?<!早晚|早午晚|每天|每日)各一(?:份)?(?!\s*[颗粒片丸])/i.exec(text);
  if (each) {
    const q = each[1] ? findChineseQuantity(each[1]) : each[2] ?? each[3] ?? each[4] ? findQuantity(`${(each[2] ?? each[3] ?? each[4])!.replace(/^a$/i, 'one')} boxes`) : { quantity: { n: 1, unit: '盒' }, index: 0, length: 0 };
    for (const item of items) {
      if (item.quantity !== undefined || !q) continue;
      item.quantity = q.quantity.n;
      if (q.quantity.unit) item.unit = q.quantity.unit;
    }
  }
  // One medicine, one quantity said apart from it ("Can someone buy ibuprofen? One pack is enough").
  const first = items[0];
  // 「红花油 活络油 随便哪个 …带一瓶」: either will do, so the one count said is the first one's too.
  if (first && first.quantity === undefined && ALTERNATIVES.test(text)) {
    const counted = items.find((x) => x.quantity !== undefined);
    if (counted) {
      first.quantity = counted.quantity;
      if (counted.unit) first.unit = counted.unit;
    }
  }
  if (first && first.quantity === undefined && items.length === 1) {
    const loose = requestQuantities(text).filter((x) => !taken.has(x.index));
    if (loose.length === 1) {
      first.quantity = loose[0]!.quantity.n;
      if (loose[0]!.quantity.unit) first.unit = loose[0]!.quantity.unit;
    }
  }
  // A rule said on its own ("不能换牌子", "Brand doesn't matter") is for every medicine.
  for (const segment of text.split(/\n|[,,;;。、]/)) {
    if (segment.includes('\u0001')) continue;
    const { substitute } = takeSubstitute(segment);
    if (substitute !== undefined) messageSubstitute ??= substitute;
  }
  // With one medicine, a rule anywhere in the message is its rule.
  if (messageSubstitute === undefined && items.length === 1) messageSubstitute = takeSubstitute(original).substitute;
  for (const item of items) if (item.substitute === undefined && messageSubstitute !== undefined) item.substitute = messageSubstitute;
  return items;
}

/** The mention at `j` has a count of its own right after it (「钙片一瓶」). */
function countedAfter(text: string, mentions: Mention[], j: number): boolean {
  const m = mentions[j];
  if (!m) return false;
  const region = text.slice(m.index + m.length, j + 1 < mentions.length ? mentions[j + 1]!.index : text.length);
  const first = requestQuantities(region)[0];
  return first !== undefined && region.slice(0, first.index).trim() === '';
}

/** A count ending at `end` is said right before what starts at `at`: nothing between, or English "of" ("1 box of crestor"). */
const rightBefore = (text: string, end: number, at: number) => end === at || (end < at && /^\s*of\s+(?:the\s+)?$/i.test(text.slice(end, at)));

const ALTERNATIVES = /随便哪(?:个|种|样)|哪(?:个|种|样)都(?:行|可以|好)|\beither\b/i;

const around = (text: string, q: QuantityMatch) => text.slice(Math.max(0, q.index - 1), q.index + q.length + 5);

/** Without a known name, the old reading of written-out requests: a name beside its quantity or strength. */
export function itemsBySegment(text: string): MedicineItem[] {
  const items: MedicineItem[] = [];
  let messageSubstitute: boolean | undefined;
  for (const segment of text.split(/\n|[,,;;。、]/)) {
    const { rest, substitute, all } = takeSubstitute(segment);
    const found = itemsOf(rest).filter((i) => i.quantity !== undefined || i.strength !== undefined);
    if (all) messageSubstitute = substitute;
    if (found.length === 0) {
      if (substitute !== undefined) messageSubstitute = substitute;
      attachLoose(items, rest);
      continue;
    }
    for (const item of found) if (substitute !== undefined) item.substitute = substitute;
    items.push(...found);
  }
  for (const item of items) if (item.substitute === undefined && messageSubstitute !== undefined) item.substitute = messageSubstitute;
  return items;
}

// "都可以替换", "全部不可替换": the rule is for every medicine of the message.
const ALL = /(?:都|全部|均|全都|一律|统统)\s*$/;

export function takeSubstitute(segment: string): { rest: string; substitute?: boolean; all?: boolean } {
  const m = NO_SUBSTITUTE.exec(segment) ?? SUBSTITUTE_OK.exec(segment);
  if (!m) return { rest: segment };
  const before = segment.slice(0, m.index);
  const all = ALL.exec(before);
  const start = all ? all.index : m.index;
  return {
    rest: cut(segment, start, m.index + m[0].length - start),
    substitute: !NO_SUBSTITUTE.test(m[0]),
    all: all !== null,
  };
}

/**
 * The medicines in one segment of a line. A quantity ends a medicine, so
 * "氨氯地平5mg两盒 二甲双胍0.5g三盒" is two; what follows a quantity without a name of its own
 * ("两盒 5mg") belongs to the same medicine.
 */
function itemsOf(segment: string): MedicineItem[] {
  const items: MedicineItem[] = [];
  let rest = segment;
  while (rest.trim() !== '') {
    const strength = STRENGTH.exec(rest);
    let piece = rest;
    let after = '';
    // The strength is blanked out (same length), so the quantity's place is its place in `rest`.
    const q = findQuantity(strength ? cut(rest, strength.index, strength[0].length) : rest);
    if (q) {
      const end = Math.max(q.index + q.length, strength ? strength.index + strength[0].length : 0);
      const tail = rest.slice(end);
      if (nameOf(stripParts(tail)) !== undefined) {
        piece = rest.slice(0, end);
        after = tail;
      }
    }
    const item = itemOf(piece);
    if (item) items.push(item);
    else if (items.length > 0) attachLoose(items, piece);
    rest = after;
  }
  return items;
}

function itemOf(piece: string): MedicineItem | undefined {
  let text = piece;
  const item: Partial<MedicineItem> = {};
  const s = STRENGTH.exec(text);
  if (s) {
    item.strength = strengthOf(s);
    text = cut(text, s.index, s[0].length);
  }
  const q = findQuantity(text);
  if (q) {
    item.quantity = q.quantity.n;
    if (q.quantity.unit) item.unit = q.quantity.unit;
    text = cut(text, q.index, q.length);
  }
  const name = nameOf(text);
  if (!name) return undefined;
  return { name, ...item };
}

/** A segment without a name ("两盒", "5mg") completes the previous medicine if it lacks those. */
function attachLoose(items: MedicineItem[], text: string): void {
  const last = items.at(-1);
  if (!last) return;
  const s = STRENGTH.exec(text);
  if (s && last.strength === undefined) last.strength = strengthOf(s);
  const q = findQuantity(s ? cut(text, s.index, s[0].length) : text);
  if (q && last.quantity === undefined) {
    last.quantity = q.quantity.n;
    if (q.quantity.unit) last.unit = q.quantity.unit;
  }
}

function stripParts(text: string): string {
  let t = text;
  const s = STRENGTH.exec(t);
  if (s) t = cut(t, s.index, s[0].length);
  const q = findQuantity(t);
  if (q) t = cut(t, q.index, q.length);
  return t;
}

// Words that stand where a name would but name nothing: "全部可以替换", "以上都要". No word is two
// others joined ("以上都" is 以上 and 都): a long run of them that ends in another word would be cut
// into words in exponentially many ways before failing (147 characters stalled the bot).
const FILLER = /^(?:全部|都|均|全都|所有|以上|上面的?|这些|药|其他|另外|还有|请|麻烦|帮忙|一下|谢谢)+$/;

function nameOf(text: string): string | undefined {
  const name = clean(text);
  if (!name || QUESTION.test(name) || FILLER.test(name)) return undefined;
  if (!/[\u4e00-\u9fffA-Za-z]{2,}|[\u4e00-\u9fff]{1}[A-Za-z\d]/.test(name)) return undefined;
  return name;
}

export function clean(text: string): string | undefined {
  const t = text
    .replace(STRAY, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .replace(/^[\s\d.]+|[\s.。]+$/g, '')
    .trim();
  return t === '' ? undefined : t;
}

export function strengthOf(m: RegExpExecArray): string {
  const unit = STRENGTH_UNIT[m[2]!.toLowerCase()] ?? m[2]!;
  const pack = m[3] ? `*${m[3]}${m[4]}` : '';
  return `${m[1]}${unit}${pack}`;
}

/** Blanks out a part of a text, keeping every other character where it was. */
export function cut(text: string, index: number, length: number, fill = ' '): string {
  return `${text.slice(0, index)}${fill.repeat(length)}${text.slice(index + length)}`;
}

/** Blanks out every match, keeping positions. */
export const blank = (text: string, re: RegExp): string => text.replace(re, (m) => ' '.repeat(m.length));

export function cutMatch(text: string, m: { index: number; length: number }): string {
  return cut(text, m.index, m.length);
}
