import { hasChinese, hasTraditional, scriptMarks } from './chinese.js';
import type { Lang } from './types.js';

/**
 * The language a message was written in, or undefined when it gives no clear signal
 * (digits, emoji, a bare command, a link). Traditional characters mean zh-TW; Latin words without
 * Chinese mean English. A link says nothing about the language of whoever pasted it.
 *
 * A message in both scripts quotes names written in the other one (a lead writing simplified lists
 * 張偉 and 陳明; a traditional writer names 邻里): the script the person is known to write wins
 * (`known`), else the one more of the text is in, traditional on a tie. A message written the same in both
 * scripts is answered in the one the person is known to write.
 */
export function detectLang(text: string, known?: Lang): Lang | undefined {
  const nfkc = text.normalize('NFKC').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  if (hasChinese(nfkc)) {
    const marks = scriptMarks(nfkc);
    // 「夜晚」, 「好的」: written the same in both scripts — the one the person is known to write.
    if (marks.traditional === 0 && marks.simplified === 0) return known === 'zh-TW' ? 'zh-TW' : 'zh-CN';
    if (!hasTraditional(nfkc)) return 'zh-CN';
    if (marks.simplified === 0) return 'zh-TW';
    if (known === 'zh-CN' || known === 'zh-TW') return known;
    return marks.traditional >= marks.simplified ? 'zh-TW' : 'zh-CN';
  }
  const words = nfkc.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length > 0 ? 'en' : undefined;
}
