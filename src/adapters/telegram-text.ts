/** Telegram refuses a text message longer than this (UTF-16 code units, as JavaScript counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits text into parts of at most `limit` characters, on line boundaries where it can: a line
 * longer than the limit is cut, never inside a surrogate pair (an emoji stays whole).
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') parts.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > limit) {
      let cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--; // keep a surrogate pair together
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return parts.length > 0 ? parts : [''];
}
