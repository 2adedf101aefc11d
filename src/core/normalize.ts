import { traditionalToSimplified } from './chinese.js';

// Control characters other than tab and newline, zero-width spaces and joiners, the BOM,
// and bidirectional overrides: invisible, and never part of what a resident meant.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Turns what a resident typed into what the parsers read:
 * full-width letters, digits and punctuation to half-width and WeChat's U+2005 to a space (NFKC),
 * traditional to simplified Chinese, invisible characters removed, spaces collapsed,
 * each line trimmed, blank lines at the ends dropped.
 */
export function normalize(text: string): string {
  const nfkc = text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  const simplified = traditionalToSimplified(nfkc);
  return simplified
    .replace(/[“”„‟〝〞]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
