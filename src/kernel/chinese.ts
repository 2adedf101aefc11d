// Only the traditional→simplified half of OpenCC (109 KB of dictionaries, ~10 MB once built):
// the bot's own zh-TW messages are converted when it is built (src/tools/catalogue.ts), and the
// simplified→traditional dictionary (60-70 MB built) is never loaded by the running bot.
import * as OpenCC from 'opencc-js/t2cn';
import { SIMPLIFIED_ONLY, TRADITIONAL_OF_SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './traditional-only.js';

let toSimplified: ((s: string) => string) | undefined;

/** Traditional (Taiwan and standard forms) to simplified Chinese. Dictionaries load on first use. */
export function traditionalToSimplified(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

let traditionalOf: Map<string, string> | undefined;
let simplifiedOnly: RegExp | undefined;

/**
 * Simplified-only characters written as Taiwan writes each on its own (藥 for 药, 壓 for 压): what linli
 * keeps in simplified (a medicine name, a community's name) shown to a traditional writer. Character
 * by character, so a character with two traditional forms takes the usual one (复 → 復, never 複);
 * characters both scripts write stay as they are.
 */
export function toTraditionalChars(text: string): string {
  simplifiedOnly ??= new RegExp(`[${SIMPLIFIED_ONLY}]`, 'gu');
  if (!traditionalOf) {
    const from = [...SIMPLIFIED_ONLY];
    const to = [...TRADITIONAL_OF_SIMPLIFIED_ONLY];
    traditionalOf = new Map(from.map((c, i) => [c, to[i] ?? c]));
  }
  return text.replace(simplifiedOnly, (c) => traditionalOf!.get(c) ?? c);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasChinese = (text: string): boolean => CJK.test(text);

/**
 * Whether the text holds a character only traditional writing uses (TRADITIONAL_ONLY: read off the
 * converter when linli is built). One regular expression over the text, stopping at the first:
 * converting every character of a copied 300-line chain to compare it cost more than the rest of
 * reading it.
 */
export const hasTraditional = (text: string): boolean => (traditionalOnly ??= new RegExp(`[${TRADITIONAL_ONLY}]`)).test(text);
let traditionalOnly: RegExp | undefined;

/** How many characters of the text only traditional writing uses, and how many only simplified writing uses. */
export function scriptMarks(text: string): { traditional: number; simplified: number } {
  const traditional = (traditionalAll ??= new RegExp(`[${TRADITIONAL_ONLY}]`, 'g'));
  const simplified = (simplifiedAll ??= new RegExp(`[${SIMPLIFIED_ONLY}]`, 'g'));
  return { traditional: text.match(traditional)?.length ?? 0, simplified: text.match(simplified)?.length ?? 0 };
}
let traditionalAll: RegExp | undefined;
let simplifiedAll: RegExp | undefined;

/**
 * The characters only traditional writing uses: those the conversion to simplified changes on their
 * own and that are no simplified character themselves (么 is changed alone, but it is what 麼
 * becomes), and three kept alone but changed in every phrase (瞭解, 甦醒, 衹得). The build writes
 * them to traditional-only.ts; tests/kernel/catalogue.test.ts holds that file to this.
 */
export function traditionalOnlyChars(): string {
  const all: string[] = [];
  for (const [from, to] of [[0x3400, 0x9fff], [0xf900, 0xfaff]] as const) for (let c = from; c <= to; c++) all.push(String.fromCharCode(c));
  const converted = traditionalToSimplified(all.join('\n')).split('\n');
  const simplified = new Set(converted);
  return `${all.filter((c, i) => converted[i] !== c && !simplified.has(c)).join('')}瞭甦衹`;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
  // 幺: one as it is read aloud in room and phone numbers (幺零零二), the way voice input writes it.
  幺: 1,
};
/** 廿 and 卅: twenty and thirty in one character, as older residents write them (廿号楼, 廿三). */
const TENS: Record<string, string> = { 廿: '二十', 卅: '三十' };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that make up a Chinese numeral, for use inside regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇幺一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾廿卅百佰千仟万';

/**
 * Reads a number written in Arabic digits or Chinese numerals ("12", "十二", "两", "一百零五",
 * "三五" read digit by digit as 35). Returns undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/[廿卅]/g, (c) => TENS[c]!);
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  if (![...s].every((c) => c in DIGITS || c in UNITS || c === '万')) return undefined;
  // Digit by digit when there is no unit character: 三零二 → 302.
  if (![...s].some((c) => c in UNITS || c === '万')) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c === '万') {
      section = (section + digit) * 10000;
      total += section;
      section = 0;
      digit = 0;
    } else {
      section += (digit === 0 ? 1 : digit) * UNITS[c]!;
      digit = 0;
    }
  }
  return total + section + digit;
}

/**
 * Loads the dictionary now rather than inside the first message's transaction, where it would
 * hold up a whole burst.
 */
export function loadChineseDictionaries(): void {
  traditionalToSimplified('');
  hasTraditional('');
}
