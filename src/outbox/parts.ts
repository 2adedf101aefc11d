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
  /** Longest text message, in `textUnit`s. */
  textLimit: number;
  /**
   * How the platform counts: UTF-16 code units as JavaScript and Telegram do (the default), or
   * UTF-8 bytes as WeCom does (a Chinese character is 3, an emoji 4).
   */
  textUnit?: 'utf16' | 'utf8';
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
  let texts = text === '' ? [] : splitText(text, limits.textLimit - room, limits.textUnit);
  if (texts.length > MAX_PARTS) texts = [...texts.slice(0, MAX_PARTS - 1), cutNotice];
  const parts = texts.map((t) => ({ text: t, withFile: false }));
  if (hasFile) parts.push({ text: '', withFile: true });
  return parts;
}

/**
 * Splits text into parts of at most `limit` characters (UTF-16 code units, or UTF-8 bytes), on
 * line boundaries where it can: a line longer than the limit is cut, never inside a surrogate pair
 * (an emoji stays whole), and in UTF-8 never inside a character cluster (a family emoji, a flag).
 */
export function splitText(text: string, limit: number, unit: 'utf16' | 'utf8' = 'utf16'): string[] {
  const size = unit === 'utf8' ? utf8Bytes : utf16Units;
  if (size(text) <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') parts.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (size(candidate) <= limit) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (size(rest) > limit) {
      const cut = unit === 'utf8' ? utf8Cut(rest, limit) : utf16Cut(rest, limit);
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return parts.length > 0 ? parts : [''];
}

const utf16Units = (s: string): number => s.length;
const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Where to cut a line to keep at most `limit` code units: never inside a surrogate pair. */
function utf16Cut(line: string, limit: number): number {
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Where to cut a line to keep at most `limit` UTF-8 bytes: after the last whole character cluster
 * that fits, or after the last code point when a single cluster is longer than the limit.
 */
function utf8Cut(line: string, limit: number): number {
  let bytes = 0;
  for (const { segment, index } of graphemes.segment(line)) {
    const b = utf8Bytes(segment);
    if (bytes + b <= limit) {
      bytes += b;
      continue;
    }
    if (index > 0) return index;
    // One cluster alone is over the limit (zalgo text): cut between its code points.
    let at = 0;
    for (const cp of segment) {
      const c = utf8Bytes(cp);
      if (bytes + c > limit) break;
      bytes += c;
      at += cp.length;
    }
    return Math.max(at, segment.codePointAt(0)! > 0xffff ? 2 : 1);
  }
  return line.length;
}
