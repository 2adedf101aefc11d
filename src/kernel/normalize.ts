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

/**
 * Lines (none holding a line break) as the parsers read them, in one pass over them all: every
 * step works within a line (NFKC never composes with a line break, no dictionary phrase holds
 * one), and one call of the converter over many lines costs less than one call per line.
 */
function normalizeLines(lines: string[]): string[] {
  return traditionalToSimplified(lines.join('\n').normalize('NFKC').replace(INVISIBLE, ''))
    .replace(/[“”„‟〝〞]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim());
}

const LINE_BREAK = /\r\n?|\n/;
const joinTrimmed = (lines: string[]) => lines.join('\n').replace(/^\n+|\n+$/g, '');

/**
 * Turns what a resident typed into what the parsers read:
 * full-width letters, digits and punctuation to half-width and WeChat's U+2005 to a space (NFKC),
 * traditional to simplified Chinese, invisible characters removed, spaces collapsed,
 * each line trimmed, blank lines at the ends dropped.
 * Lines seen recently come from a cache: a copied 接龙 chain repeats them message after message.
 */
export function normalize(text: string): string {
  const lines = text.split(LINE_BREAK);
  const missing: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const done = recent.get(lines[i]!);
    if (done === undefined) missing.push(i);
    else lines[i] = done;
  }
  if (missing.length > 0) {
    const fresh = normalizeLines(missing.map((i) => lines[i]!));
    missing.forEach((i, k) => {
      const raw = lines[i]!;
      lines[i] = fresh[k]!;
      if (raw.length > LINE_CACHE_CHARS) return;
      if (recent.size >= LINE_CACHE_SIZE) recent.delete(recent.keys().next().value!);
      recent.set(raw, fresh[k]!);
    });
  }
  return joinTrimmed(lines);
}

/** The same, without the cache of recent lines (for tests holding the two to the same result). */
export function normalizeUncached(text: string): string {
  return joinTrimmed(normalizeLines(text.split(LINE_BREAK)));
}
