import { DateTime } from 'luxon';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese.js';

/** "2026-04-20": the local calendar date of an instant in a time zone. */
export function localDate(ms: number, tz: string): string {
  return DateTime.fromMillis(ms, { zone: tz }).toISODate()!;
}

/** "16:00": the local time of day of an instant. */
export function localTime(ms: number, tz: string): string {
  return DateTime.fromMillis(ms, { zone: tz }).toFormat('HH:mm');
}

/** "4月20日 16:00" / "Apr 20 16:00": an instant as residents read it. */
export function localDateTime(ms: number, tz: string, lang: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN'): string {
  const dt = DateTime.fromMillis(ms, { zone: tz });
  return lang === 'en' ? dt.toFormat('LLL d HH:mm') : dt.toFormat("M'月'd'日' HH:mm");
}

/** The instant a local date and time of day ("2026-04-20", "20:00") falls at. */
export function atLocal(date: string, time: string, tz: string): number {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: tz });
  if (!dt.isValid) throw new Error(`not a local date and time: ${date} ${time}`);
  return dt.toMillis();
}

/** Midnight starting the local day of an instant, and the midnight after it: [start, end). */
export function localDayWindow(date: string, tz: string): { start: number; end: number } {
  const start = DateTime.fromISO(date, { zone: tz }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

/** Reads "20:00", "8点", "晚上8点半", "下午4点" as hours and minutes (24-hour). */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | undefined {
  const s = text.trim();
  const m = new RegExp(
    `^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)?\\s*(\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})\\s*(?:[:：.](\\d{2})|点(?:\\s*(半|\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})分?)?|时)$`,
  ).exec(s);
  if (!m) return undefined;
  let hour = parseNumber(m[2]!);
  if (hour === undefined) return undefined;
  const minute = m[3] !== undefined ? Number(m[3]) : m[4] === '半' ? 30 : m[4] !== undefined ? (parseNumber(m[4]) ?? -1) : 0;
  const period = m[1];
  if (period && ['下午', '傍晚', '晚上', '夜里'].includes(period) && hour < 12) hour += 12;
  if (period === '中午' && hour < 6) hour += 12;
  if (hour > 24 || minute < 0 || minute > 59) return undefined;
  if (hour === 24) hour = 0;
  return { hour, minute };
}

const DAY_WORDS: Record<string, number> = { 今天: 0, 今日: 0, 今晚: 0, 明天: 1, 明日: 1, 明早: 1, 明晚: 1, 后天: 2, today: 0, tonight: 0, tomorrow: 1 };

/**
 * Finds a deadline or appointment in free text: "今天16:00前", "明天上午8点", "4月20日 16:00",
 * "2026-04-20 20:00", "16:00" (today, or tomorrow if already past). Returns the instant and
 * where it was found, or undefined.
 */
export function findWhen(
  text: string,
  now: number,
  tz: string,
): { at: number; index: number; length: number } | undefined {
  const re = new RegExp(
    `(今天|今日|今晚|明天|明日|明早|明晚|后天|today|tonight|tomorrow|(?<!\\d)(?:(\\d{4})[-/年])?(\\d{1,2})[-/月](\\d{1,2})(?!\\d)[日号]?)?\\s*` +
      `((?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)?\\s*(?:\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})\\s*(?:[:：](?:\\d{2})|点(?:\\s*(?:半|\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})分?)?))?` +
      `\\s*(?:前|之前|以前|截止|为止)?`,
    'gi',
  );
  const base = DateTime.fromMillis(now, { zone: tz });
  for (const m of text.matchAll(re)) {
    const [all, dayWord, year, month, day, time] = m;
    if (!all.trim() || (!dayWord && !time)) continue;
    let date = base.startOf('day');
    if (dayWord) {
      const offset = DAY_WORDS[dayWord.toLowerCase()];
      if (offset !== undefined) date = date.plus({ days: offset });
      else {
        date = DateTime.fromObject(
          { year: year ? Number(year) : base.year, month: Number(month), day: Number(day) },
          { zone: tz },
        );
        if (!date.isValid) continue;
      }
    }
    const tod = time ? parseTimeOfDay(time) : undefined;
    if (time && !tod) continue;
    let at = date.set({ hour: tod?.hour ?? 23, minute: tod?.minute ?? 59 });
    if (dayWord?.startsWith('明晚') || dayWord === '今晚' || dayWord === 'tonight') {
      if (tod && tod.hour < 12) at = at.plus({ hours: 12 });
    }
    if (!dayWord && at.toMillis() <= now) at = at.plus({ days: 1 });
    return { at: at.toMillis(), index: m.index, length: all.trimEnd().length };
  }
  return undefined;
}
