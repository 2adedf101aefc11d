import { hasChinese, hasTraditional } from './chinese.js';
import type { Lang } from './types.js';

/**
 * The language a message was written in, or undefined when it gives no clear signal
 * (digits, emoji, a bare command, a link). Traditional characters mean zh-TW; Latin words without
 * Chinese mean English. A link says nothing about the language of whoever pasted it.
 */
export function detectLang(text: string): Lang | undefined {
  const nfkc = text.normalize('NFKC').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  if (hasChinese(nfkc)) return hasTraditional(nfkc) ? 'zh-TW' : 'zh-CN';
  const words = nfkc.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length > 0 ? 'en' : undefined;
}
