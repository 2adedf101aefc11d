import { CHINESE_NUMERAL_CHARS, parseNumber } from '../chinese.js';

export interface Quantity {
  n: number;
  unit?: string;
}

export const UNITS = ['盒', '瓶', '支', '片', '袋', '份', '个', '箱', '斤', '包', '粒', '套', '板', '罐', '只', '件', '颗', '听', '桶', '支装'];
const UNIT = `(${UNITS.sort((a, b) => b.length - a.length).join('|')})`;
const NUM = `(\\d{1,5}|[${CHINESE_NUMERAL_CHARS}]{1,5})`;

const TIMES = new RegExp(`(?:[x×*X]|乘)\\s*${NUM}(?:\\s*${UNIT})?`, 'u');
const WITH_UNIT = new RegExp(`(?<![\\d.])${NUM}\\s*(?:大|小)?\\s*${UNIT}`, 'u');

export interface QuantityMatch {
  quantity: Quantity;
  index: number;
  length: number;
}

/** A number of things: 「两三盒」, 「三四份」 — a range of two neighbouring numerals — is its lower end (never 23). */
export function parseAmount(text: string): number | undefined {
  if (/^[一二两三四五六七八九]{2}$/.test(text)) {
    const [a, b] = [parseNumber(text[0]!)!, parseNumber(text[1]!)!];
    if (b === a + 1) return a;
  }
  return parseNumber(text);
}

/** Finds the first quantity in a text: "两盒", "3瓶", "十二片", "x2", "×2", "2份". */
export function findQuantity(text: string): QuantityMatch | undefined {
  const candidates = [TIMES.exec(text), WITH_UNIT.exec(text)].filter((m) => m !== null);
  candidates.sort((a, b) => a.index - b.index);
  const m = candidates[0];
  if (!m) return undefined;
  const n = parseAmount(m[1]!);
  if (n === undefined) return undefined;
  const quantity: Quantity = { n };
  if (m[2]) quantity.unit = m[2];
  return { quantity, index: m.index, length: m[0].length };
}

/** Reads a text that is a quantity and nothing else; a bare number counts too ("2", "两"). */
export function parseQuantity(text: string): Quantity | undefined {
  const s = text.trim();
  const bare = parseNumber(s);
  if (bare !== undefined) return { n: bare };
  const found = findQuantity(s);
  if (!found || found.index !== 0 || found.length !== s.length) return undefined;
  return found.quantity;
}
