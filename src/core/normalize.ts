import { traditionalToSimplified } from './chinese.js';

// Control characters other than tab and newline, zero-width spaces and joiners, the BOM,
// and bidirectional overrides: invisible, and never part of what a resident meant.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Lines normalised recently, raw → normalised. A copied 接龙 chain repeats the same lines message after message. */
const recent = new Map<string, string>();
/** At most this many lines are kept (the oldest goes first), each at most LINE_CACHE_CHARS long. */
export const LINE_CACHE_SIZE = 5000;
const LINE_CACHE_CHARS = 200;

/** How many lines the cache holds now (for tests: it stays bounded). */
export const normalizeCacheSize = (): number => recent.size;

/** One line (no line break in it) as the parsers read it: every step of `normalize` works within a line. */
export function normalizeLine(line: string): string {
  return traditionalToSimplified(line.normalize('NFKC').replace(INVISIBLE, ''))
    .replace(/[“”„‟〝〞]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .trim();
}

function cachedLine(line: string): string {
  if (line.length > LINE_CACHE_CHARS) return normalizeLine(line);
  let done = recent.get(line);
  if (done === undefined) {
    done = normalizeLine(line);
    if (recent.size >= LINE_CACHE_SIZE) recent.delete(recent.keys().next().value!);
    recent.set(line, done);
  }
  return done;
}

/**
 * Turns what a resident typed into what the parsers read:
 * full-width letters, digits and punctuation to half-width and WeChat's U+2005 to a space (NFKC),
 * traditional to simplified Chinese, invisible characters removed, spaces collapsed,
 * each line trimmed, blank lines at the ends dropped.
 * Line by line: no step reaches across a line break (NFKC never composes with one, no dictionary
 * phrase holds one), so each line can come from the cache of recent lines.
 */
export function normalize(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(cachedLine)
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The same, without the cache of recent lines (for tests holding the two to the same result). */
export function normalizeUncached(text: string): string {
  return text.split(/\r\n?|\n/).map(normalizeLine).join('\n').replace(/^\n+|\n+$/g, '');
}
