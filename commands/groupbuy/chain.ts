import { doorKey, findDoor, type Door, type DoorMatch } from '../../src/kernel/fields/door.js';
import { parseAmount } from '../../src/kernel/fields/quantity.js';

/** What one line of a 接龙 chain says, read without a database. */
export interface ChainLine {
  /** 0-based line number in the message. */
  line: number;
  door?: Door;
  /** code → quantity, in the order written. Empty when the line names no item. */
  items: Map<string, number>;
  /** The line says to cancel ("5-302 取消"). */
  cancel: boolean;
  /** Item letters written that the group-buy does not have. */
  unknown: string[];
  /** A quantity of zero or a negative one was written. */
  badQuantity: boolean;
  /** A cancel naming items (「B不要了」): only those come off when the household ordered more. */
  drop?: string[];
  /** More of what the household already ordered (「再加一份B」, "one more C"), not a new order in its place. */
  add?: boolean;
  /** A new count for an item ordered (「A改成一份」, "change A to 3"): the rest of the household's order kept. */
  change?: boolean;
  /** The name written next to the door ("5-302 王 A1"), if any. */
  name?: string;
  /** The text of the line as written (normalised). */
  text: string;
}

// 「算了 我不跟了」, 「这次不参加了」: withdrawing from the chain is cancelling one's order.
const CANCEL = /取消|不要了|退出|退团|不跟(?:团)?了|不参加了|不拼了|不买了|cancel|\bremove (?:my|our) (?:order|line|name)|\btake (?:me|us|my order|our order) off\b/i;
/** More of an item on top of the household's order: 「再加一份B」, 「再来两份A」, "one more C". */
const ADDED = /再加|再来|再要|多加|另加|加一份|加两份|追加|\bone more\b|\badd (?:one|two|another|\d)|\banother (?:one|[A-D]\b)/i;
/** 「A改成一份」, 「B减到两份」, "change A to 3": the count of an item changed, said with its letter (item names are letters by now). */
const CHANGED_COUNT =
  /(?<![A-Za-z])([A-Za-z])\s*(?:套餐|餐|款)?\s*(?:的)?\s*(?:改成|改为|改到|减到|减成|减为)\s*([\d一二两三四五六七八九十]{1,3})\s*(?:份|个|套|盒|箱|只)?(?![\d一二两三四五六七八九十份个套盒箱只]|\s*(?:了|啦|咯))|\bchange (?:my |the )?([A-Za-z]) to (\d{1,2})\b/i;
/** Taking a line off: a cancellation when it names no item. */
const REMOVE = /删掉|删除|删了|删脱|划掉|去掉/;
/** A price, in digits or Chinese numerals, in 元, 块 or yuan, or after ¥: never a quantity. */
const PRICE = '(?:(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)\\s*(?:元|块钱?(?!儿)|yuan|rmb)|[¥￥]\\s*\\d+(?:\\.\\d+)?)';
const PRICE_LINE = new RegExp(PRICE, 'i');
/** The line between a chain's header and its list. */
export const SEPARATOR = '——';
const PRICES = new RegExp(PRICE, 'gi');
// Words after an item letter that mean "package": A套餐, B餐, C款, D包.
const SUFFIXES = ['套餐', '餐', '款', '包', '套', '组'];
// 「两板蛋」, 「一提鸡蛋」: a tray and a carry of eggs are portions too.
const UNITS = '份套个组袋箱盒只板提';
const NOT_AN_ITEM_AFTER = '区超口股罗班栋座门型';
// 「B:2」, 「B=2」: a colon or an equals sign between an item and its count is a times sign too.
const TIMES = 'x×X*乘:=';
const NUMERAL = '零〇一二两三四五六七八九十百';

const isLatin = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNumeral = (c: string | undefined) => c !== undefined && (isDigit(c) || NUMERAL.includes(c));

/** Reads a run of digits or Chinese numerals starting at i; returns the number and where it ends. */
function readNumber(s: string, i: number): { n: number; end: number } | undefined {
  let end = i;
  if (isDigit(s[i])) while (isDigit(s[end]) && end - i < 5) end++;
  else while (end < s.length && NUMERAL.includes(s[end]!) && end - i < 4) end++;
  if (end === i) return undefined;
  const n = parseAmount(s.slice(i, end));
  return n === undefined ? undefined : { n, end };
}

/** "x2" / "X 两" right after an item letter: a times sign, not part of a word. */
function timesAfter(s: string, i: number): boolean {
  if (s[i] !== 'x' && s[i] !== 'X') return false;
  let j = i + 1;
  while (s[j] === ' ') j++;
  return isNumeral(s[j]) && !isLatin(s[i + 1]);
}

const skipSpaces = (s: string, i: number) => {
  while (s[i] === ' ') i++;
  return i;
};

/** A count with its unit at i that ends what is said (「两盒 她是…」), rather than counting a next item or a thing (「两个人」). */
function ownCountAfter(s: string, i: number): boolean {
  const num = isNumeral(s[i]) ? readNumber(s, i) : undefined;
  if (!num || !UNITS.includes(s[num.end] ?? '\u0000')) return false;
  const after = s[num.end + 1];
  return (after === undefined || /[\s,,。!!~]/.test(after)) && !isLatin(s[skipSpaces(s, num.end + 1)]);
}

/**
 * Reads the items of an order line: "B×2", "A套餐两份", "A1 B1", "B 2", "两份A", "A+B".
 * One pass over the text; a letter next to other letters (a name like "Tom") is not an item.
 */
export function readItems(s: string, codes: ReadonlySet<string>, out: ChainLine): void {
  let i = 0;
  let pendingQty: number | undefined;
  // The last item read without a count: "B pls x3" gives it the count said apart.
  let uncounted: string | undefined;
  // Where the item being read began (its count, when said first), and the last one counted: 「鸡蛋两份鸡蛋两份」, voice
  // typing an item and its count twice in a row, is said again, not ordered twice.
  let phraseStart = 0;
  let said: { code: string; qty: number; end: number } | undefined;
  while (i < s.length) {
    const c = s[i]!;
    if ((c === 'x' || c === 'X' || c === '×') && !codes.has('X') && uncounted !== undefined && !isLatin(s[i - 1]) && isNumeral(s[skipSpaces(s, i + 1)])) {
      const num = readNumber(s, skipSpaces(s, i + 1))!;
      if (num.n > 0 && num.n < 100) out.items.set(uncounted, num.n);
      uncounted = undefined;
      i = num.end;
      continue;
    }
    if (c === '-' && isDigit(s[i + 1])) {
      out.badQuantity = true;
      i++;
      continue;
    }
    if (isNumeral(c)) {
      // "两份A", "2份B套餐": a quantity written before the item.
      const num = readNumber(s, i);
      if (num) {
        const j = skipSpaces(s, num.end);
        if (UNITS.includes(s[j] ?? '\u0000')) {
          const k = skipSpaces(s, j + 1);
          if (isLatin(s[k]) && !isLatin(s[k + 1])) {
            pendingQty = num.n;
            phraseStart = i;
            i = k;
            continue;
          }
        }
        i = num.end;
        continue;
      }
      i++;
      continue;
    }
    // 「B区」, 「B超」, 「C口」, 「三B班」: a letter naming a place or a thing is no item.
    if (!isLatin(c) || isLatin(s[i - 1]) || (isLatin(s[i + 1]) && !timesAfter(s, i + 1)) || NOT_AN_ITEM_AFTER.includes(s[i + 1] ?? '\u0000')) {
      i++;
      continue;
    }
    const code = c.toUpperCase();
    if (pendingQty === undefined) phraseStart = i;
    let j = i + 1;
    for (const suffix of SUFFIXES) {
      if (s.startsWith(suffix, j)) {
        j += suffix.length;
        break;
      }
    }
    j = skipSpaces(s, j);
    // "B套餐来两份", "肉禽的两份", "B要两份": the verb or 的 before the quantity.
    if ('来要的'.includes(s[j] ?? '\u0000') && isNumeral(s[skipSpaces(s, j + 1)])) j = skipSpaces(s, j + 1);
    let timesSign = false;
    if (TIMES.includes(s[j] ?? '\u0000')) {
      timesSign = true;
      j = skipSpaces(s, j + 1);
    }
    let qty = pendingQty ?? 1;
    let counted = pendingQty !== undefined;
    // A quantity written before the item ("一份肉的一份菜的") is its quantity; the next number is the next item's,
    // unless it is written right after the letter (「报一个 A两份」 is two).
    // So is a count said after it and before the end of what is said of it (「报一个 鸡蛋两盒 她是…」 is two), not one
    // another item follows (「一份肉 一份菜」).
    const before = pendingQty !== undefined && !timesSign && !isNumeral(s[i + 1]) && !ownCountAfter(s, skipSpaces(s, j));
    pendingQty = undefined;
    // 「A-1 B-2」: a hyphen right after the letter is a dash before its count (「B×-2」 is a count below one).
    if (!timesSign && !before && s[j] === '-' && isDigit(s[j + 1]) && !isDigit(s[j + 3] ?? '') && s[j + 2] !== '-' && !(isDigit(s[j + 2]) && isDigit(s[j + 3]))) j++;
    if (before) {
      // nothing more to read for this item
    } else if (s[j] === '-' && isDigit(s[j + 1])) {
      out.badQuantity = true;
      j++;
      while (isDigit(s[j])) j++;
      qty = 0;
    } else {
      const num = isNumeral(s[j]) ? readNumber(s, j) : undefined;
      const unitAfter = num !== undefined && UNITS.includes(s[skipSpaces(s, num.end)] ?? '\u0000');
      if (num && num.n >= 100 && !timesSign && !unitAfter) {
        // "B套餐150": a price (or a room) after the item, never a hundred and fifty of it.
        out.badQuantity = true;
        i = num.end;
        continue;
      }
      if (num) {
        qty = num.n;
        counted = true;
        j = skipSpaces(s, num.end);
        if (UNITS.includes(s[j] ?? '\u0000')) j++;
      } else if (timesSign && (c === 'x' || c === 'X')) {
        // "x" alone after a letter was not a times sign after all.
        timesSign = false;
      }
    }
    if (!codes.has(code)) {
      out.unknown.push(code);
    } else if (qty <= 0) {
      out.badQuantity = true;
    } else if (!counted && out.items.has(code)) {
      // 「D×2 备注:鸡蛋放门口」: an item named again without a count is the same item, not one more.
    } else if (counted && said?.code === code && said.qty === qty && s.slice(said.end, phraseStart).trim() === '') {
      // said twice in a row
    } else {
      out.items.set(code, (out.items.get(code) ?? 0) + qty);
      uncounted = counted ? undefined : code;
    }
    said = counted ? { code, qty, end: j } : undefined;
    i = j;
  }
}

/**
 * One item and one count said apart from it in a message of its own: "eggs please, 2 boxes", "B pls x3",
 * 「鸡蛋很好 这次再来两份」, 「Bを2つ」, 「B 2개」. Portions (份, x2, "2 boxes") say the count before other measure words (「报一个B 两份」
 * is two). Read for plain words and replies alike, so the chat records what the reading says.
 */
export function countSaidApart(rewritten: string, line: ChainLine): ChainLine {
  if (line.items.size !== 1 || /[A-Z]\s*(?:[x×*]\s*)?\d|[A-Z](?:[x×*]\s*)?[一二两三四五六七八九十]/.test(rewritten)) return line;
  const portions = [...rewritten.matchAll(/(?<![\w\-×*.])(\d{1,2})\s*(?:boxes|packs|portions|sets|bags|of (?:them|those|these))\b|(?<![\w\-])[x×*]\s*(\d{1,2})(?![\d\-])|(?<![A-Za-z\d一二两三四五六七八九十])([一二两三四五六七八九十]|\d{1,2})\s*份/gi)];
  const pieces = [...rewritten.matchAll(/(?<![A-Za-z\d一二两三四五六七八九十])([一二两三四五六七八九十]|[1-9])\s*(?:个|套|箱|盒|袋|包|筐|板|つ|개)(?![\d一二两三四五六七八九十])/g)];
  const apart = portions.length > 0 ? portions : pieces;
  if (apart.length !== 1) return line;
  const [code] = [...line.items.keys()];
  line.items.set(code!, parseAmount(apart[0]![1] ?? apart[0]![2] ?? apart[0]![3]!) ?? 1);
  return line;
}

const NUMBERING = /^\d{1,4}\s*[.、,,::)]\s*/;
// The canonical form "12. 5-302 …" makes up most of any copied chain: read it without the general
// door pattern (which tries every position of the line); anything else goes to findDoor.
// A letter or word right after the room may be the room's own (「45-602B A×1」, 「45-602次卧」): findDoor decides.
const CANONICAL_DOOR = /^(?:\d{1,4}\s*[.、,,::)]\s*|\d{1,4}\s+)?([1-9]\d{0,2})-(\d{3,4})(?![\d\-A-Za-z\u4e00-\u9fff])/;

function doorIn(text: string): DoorMatch | undefined {
  const m = CANONICAL_DOOR.exec(text);
  if (!m) return findDoor(text);
  const length = m[1]!.length + 1 + m[2]!.length;
  return { door: { building: String(Number(m[1])), room: String(Number(m[2])) }, index: m[0].length - length, length };
}
const NAME = /^[\u4e00-\u9fff]{1,4}$/;

/** Reads one line of a chain (already normalised). */
export function readChainLine(text: string, line: number, codes: ReadonlySet<string>): ChainLine {
  const out: ChainLine = { line, items: new Map(), cancel: false, unknown: [], badQuantity: false, text };
  const found = doorIn(text);
  let rest = text;
  if (found) {
    out.door = found.door;
    const before = text.slice(0, found.index).replace(NUMBERING, '').trim();
    // "5-302 B×2 共300元": the amount a resident adds is not a quantity.
    rest = `${before} ${text.slice(found.index + found.length)}`.replace(PRICES, ' ');
  } else {
    // The header's item lines ("A套餐 100元: 鸡蛋") name items but order nothing.
    if (PRICE_LINE.test(text)) return out;
    rest = text.replace(NUMBERING, '');
  }
  const cancelled = CANCEL.exec(rest);
  if (cancelled) {
    out.cancel = true;
    // 「B不要了」: the items named before the cancel word are what comes off.
    const named: ChainLine = { line, items: new Map(), cancel: false, unknown: [], badQuantity: false, text };
    readItems(rest.slice(0, cancelled.index), codes, named);
    if (named.items.size > 0) out.drop = [...named.items.keys()];
    return out;
  }
  const changed = CHANGED_COUNT.exec(rest);
  const code = changed ? (changed[1] ?? changed[3])!.toUpperCase() : undefined;
  const count = changed ? parseAmount(changed[2] ?? changed[4]!) : undefined;
  if (changed && code && codes.has(code) && count !== undefined) {
    rest = `${rest.slice(0, changed.index)} ${code}×${count} ${rest.slice(changed.index + changed[0].length)}`;
    out.change = true;
  }
  readItems(rest, codes, out);
  if (out.items.size > 0 && ADDED.test(rest)) out.add = true;
  // 「我家那份删掉」 takes the order off; 「把A删掉 只要B两份」 takes off an item and orders the rest.
  if (out.items.size === 0 && out.unknown.length === 0 && REMOVE.test(rest)) out.cancel = true;
  // A short Chinese word standing alone next to the door is the name: "5-302 王 A1 B1".
  for (const word of rest.split(' ')) {
    if (NAME.test(word) && !word.includes('套餐') && !/[份套个两一二三四五六七八九十]$/.test(word)) {
      out.name = word;
      break;
    }
  }
  return out;
}

/** Whether a read line says anything about an order: a door, an item, or a mistake in one. */
export const ordersSomething = (l: ChainLine): boolean => l.door !== undefined || l.items.size > 0 || l.unknown.length > 0 || l.badQuantity;

/** The non-blank lines of a chain message under its header, trimmed, with their 0-based line numbers. */
export function chainLineTexts(text: string): { n: number; text: string }[] {
  const out: { n: number; text: string }[] = [];
  let start = 0;
  let n = 0;
  // The bot's header ends with a "——" line: what is above it (prices, "/buy 7 B 2") orders nothing.
  let separator = text.indexOf(`\n${SEPARATOR}`);
  while (separator >= 0 && !lineEndsAt(text, separator + 1 + SEPARATOR.length)) separator = text.indexOf(`\n${SEPARATOR}`, separator + 1);
  if (separator >= 0) {
    for (let i = 0; i <= separator; i++) if (text.charCodeAt(i) === 10) n++;
    n++;
    start = separator + SEPARATOR.length + 2;
  }
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).trim();
    if (raw !== '') out.push({ n, text: raw });
    n++;
    start = end + 1;
  }
  return out;
}

/**
 * Reads every line of a chain message. Lines that name neither a door nor an item (the header,
 * blank lines, "谢谢团长") are left out. Linear in the length of the message.
 */
export function readChain(text: string, codes: ReadonlySet<string>): ChainLine[] {
  const lines: ChainLine[] = [];
  for (const { n, text: raw } of chainLineTexts(text)) {
    const parsed = readChainLine(raw, n, codes);
    if (ordersSomething(parsed)) lines.push(parsed);
  }
  return lines;
}

/** What a line orders, for telling a copy of a known line from a new one without reading it again. */
export interface LineSignature {
  /** "5-302" */
  door: string;
  /** "5-302|A1B2", or "5-302|取消1" for a cancellation: what `groupbuy_seen_lines` holds. */
  signature: string;
}

/** Lines read recently, by the item codes and the text: the signature, or null when the line names no door. */
const signatures = new Map<string, LineSignature | null>();
/** At most this many lines are kept (the oldest goes first). */
export const SIGNATURE_CACHE_SIZE = 5000;
export const signatureCacheSize = (): number => signatures.size;

/** The signature of a line that names a door (undefined when it names none); the signature is what `groupbuy_seen_lines` holds. */
export function lineSignature(text: string, codes: ReadonlySet<string>, codesKey = codesKeyOf(codes)): LineSignature | undefined {
  const key = `${codesKey}\n${text}`;
  let known = signatures.get(key);
  if (known === undefined) {
    known = signatureOf(readChainLine(text, 0, codes)) ?? null;
    if (signatures.size >= SIGNATURE_CACHE_SIZE) signatures.delete(signatures.keys().next().value!);
    signatures.set(key, known);
  }
  return known ?? undefined;
}

/** The item codes as part of a cache key (computed once per message by callers reading many lines). */
export const codesKeyOf = (codes: ReadonlySet<string>): string => [...codes].join(',');

/** The signature of a read line that names a door. */
export function signatureOf(line: ChainLine): LineSignature | undefined {
  if (!line.door) return undefined;
  const door = doorKey(line.door);
  return { door, signature: `${door}|${line.cancel ? '取消1' : itemsSignature(line.items)}` };
}

const lineEndsAt = (text: string, i: number) => i === text.length || text.charCodeAt(i) === 10;

/** The canonical form of an order, "A1B2", for comparing lines however they were written. */
export function itemsSignature(items: ReadonlyMap<string, number>): string {
  return [...items.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, qty]) => `${code}${qty}`)
    .join('');
}

/** "接龙 #7" in the first lines of a copied chain names the group-buy. */
export function chainIdOf(text: string): number | undefined {
  const head = text.slice(0, 200);
  // 「蔬菜团 #1」: a group-buy's title with its number names it too.
  const m = /接龙\s*#\s*(\d{1,9})/.exec(head) ?? /(?:团购|团|group[- ]?buy)\s*#\s*(\d{1,9})/i.exec(head);
  return m ? Number(m[1]) : undefined;
}
