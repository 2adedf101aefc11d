/**
 * How one outbox row becomes platform messages ("parts"). The outbox splits, not the adapters, so
 * every part is paced like a message of its own (per-chat gap, group and platform windows, the
 * WeChat daily cap) and the outbox records which parts went: a retry after a 429 or a crash goes
 * on at the next part and never posts one twice.
 */

/** One platform message of a row: text, and the row's file when this part carries it. */
export interface Part {
  text: string;
  withFile: boolean;
}

/** What a platform takes in one message. */
export interface PartLimits {
  /** Longest text message (UTF-16 code units, as JavaScript and Telegram count). */
  textLimit: number;
  /** Longest caption a file may carry; 0 when files go without text (WeChat). */
  captionLimit: number;
}

/** A row never becomes more than this many parts: long lists go as a summary and a file instead. */
export const MAX_PARTS = 20;

/** Room kept in the first part for the @-mentions the adapter puts in front of the text. */
const MENTION_ROOM = 32;

/**
 * The parts of a row, always the same for the same row (a retry resumes by index). A text longer
 * than MAX_PARTS parts is cut, its last part replaced by `cutNotice`: the commands send long lists
 * as a file (src/runtime/long-reply.ts), so this is a fence, not a way of sending.
 */
export function partsOf(text: string, hasFile: boolean, limits: PartLimits, mentions = 0, cutNotice = '…'): Part[] {
  if (hasFile && text.length <= limits.captionLimit) return [{ text, withFile: true }];
  const room = Math.min(limits.textLimit / 4, mentions * MENTION_ROOM);
  let texts = text === '' ? [] : splitText(text, limits.textLimit - room);
  if (texts.length > MAX_PARTS) texts = [...texts.slice(0, MAX_PARTS - 1), cutNotice];
  const parts = texts.map((t) => ({ text: t, withFile: false }));
  if (hasFile) parts.push({ text: '', withFile: true });
  return parts;
}

/**
 * Splits text into parts of at most `limit` characters, on line boundaries where it can: a line
 * longer than the limit is cut, never inside a surrogate pair (an emoji stays whole).
 */
export function splitText(text: string, limit: number): string[] {
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
