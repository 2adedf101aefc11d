/**
 * Reads a record number as people write it: "12", "#12", "# 12", "任务12", "task #12" (with the
 * given words in front). Returns undefined for nothing at all and NaN for text that is not a number,
 * so a command can tell "no number given" from "not a number".
 */
export function readRecordNumber(raw: string, words: readonly string[] = [], maxDigits = 9): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const prefix = words.length > 0 ? `(?:${words.join('|')})?\\s*` : '';
  const m = new RegExp(`^${prefix}#?\\s*(\\d{1,${maxDigits}})$`, 'i').exec(text);
  return m ? Number(m[1]) : NaN;
}

/** "7 rest" → { id: 7, text: "rest" }; "#7" works too; no number in front → the text alone. */
export function numberAndText(raw: string): { id?: number; text: string } {
  const m = /^#?(\d{1,9})(?:\s+|$)(.*)$/s.exec(raw.trim());
  return m ? { id: Number(m[1]), text: m[2]!.trim() } : { text: raw.trim() };
}
