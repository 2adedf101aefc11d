import { DateTime } from 'luxon';
import type { BulletinSection, CardSection, DayWindow } from '../../src/runtime/capability.js';
import { t } from '../../src/kernel/catalogue.js';
import { localDayWindow } from '../../src/kernel/time.js';
import type { CardSpec, Lang } from '../../src/kernel/types.js';
import type { Db } from '../../src/db/open.js';
import { communityById } from '../../src/services/communities.js';
import { noticesOf, type Notice } from './store/notices.js';

export interface AssembleOptions {
  communityId: number;
  date: string;
  lang: Lang;
  timeZone: string;
  sections: readonly BulletinSection[];
  /** The time it was due, when it goes out late. */
  lateFrom?: string;
  /** Told when a section fails; the section is left out and the rest of the bulletin still goes. */
  onSectionError?: (section: string, err: unknown) => void;
}

/** "4月20日" / "Apr 20". */
export function bulletinDate(date: string, lang: Lang): string {
  const d = DateTime.fromISO(date);
  return lang === 'en' ? d.toFormat('LLL d') : d.toFormat("M'月'd'日'");
}

/** The day a bulletin covers, as sections receive it. */
export function dayWindow(communityId: number, date: string, timeZone: string): DayWindow {
  return { communityId, date, timeZone, ...localDayWindow(date, timeZone) };
}

function noticeText(n: Notice, lang: Lang): string {
  const urgent = n.urgent ? t(lang, 'bulletin.urgentMark') : '';
  if (lang !== 'en') return urgent + n.text;
  if (n.text_en) return urgent + n.text_en;
  return urgent + t(lang, 'bulletin.awaitingTranslation', { text: n.text });
}

/** The secretary's notices, numbered; undefined when there are none. */
function noticeLines(db: Db, o: AssembleOptions): string[] | undefined {
  const notices = noticesOf(db, o.communityId, o.date);
  if (notices.length === 0) return undefined;
  return [
    t(o.lang, 'bulletin.noticesHeading'),
    ...notices.map((n, i) => t(o.lang, 'bulletin.noticeLine', { n: i + 1, text: noticeText(n, o.lang) })),
  ];
}

/**
 * Writes a community's bulletin for a day in one language: the secretary's notices first, then
 * every registered section in ascending `order`, leaving out those with nothing to say.
 * Returns undefined when nothing at all has something to say.
 */
export function assembleBulletin(db: Db, o: AssembleOptions): string | undefined {
  const day = dayWindow(o.communityId, o.date, o.timeZone);
  const parts: string[][] = [];
  const notices = noticeLines(db, o);
  if (notices) parts.push(notices);
  for (const section of [...o.sections].sort((a, b) => a.order - b.order)) {
    let lines: string[] | undefined;
    try {
      lines = section.render(db, day, o.lang);
    } catch (err) {
      o.onSectionError?.(section.name, err);
      continue;
    }
    if (lines && lines.length > 0) parts.push(lines);
  }
  if (parts.length === 0) return undefined;
  const community = communityById(db, o.communityId)?.name ?? '';
  const head = [t(o.lang, 'bulletin.title', { community, date: bulletinDate(o.date, o.lang) })];
  if (o.lateFrom) head.push(t(o.lang, 'bulletin.late', { time: o.lateFrom }));
  return [head, ...parts, [t(o.lang, 'bulletin.footer', { community })]].map((p) => p.join('\n')).join('\n\n');
}

/** "4月20日 星期一" / "Monday 20 April": the day on the card, with its weekday. */
export function cardDate(date: string, lang: Lang): string {
  const d = DateTime.fromISO(date).setLocale(lang);
  return lang === 'en' ? d.toFormat('cccc d LLLL') : d.toFormat("M'月'd'日' cccc");
}

/**
 * The day's bulletin as a card in one language, from the same parts as the text: the notices
 * first, then every section's own card part (or its heading over its text lines), in the same
 * order. Undefined when nothing has something to say. Drawn as a picture when it is sent.
 */
export function assembleCard(db: Db, o: AssembleOptions): CardSpec | undefined {
  const day = dayWindow(o.communityId, o.date, o.timeZone);
  const sections: CardSection[] = [];
  const notices = noticesOf(db, o.communityId, o.date);
  if (notices.length > 0) sections.push({ title: t(o.lang, 'bulletin.cardNotices'), lines: notices.map((n) => noticeText(n, o.lang)) });
  let others = 0;
  for (const section of [...o.sections].sort((a, b) => a.order - b.order)) {
    try {
      const parts = section.card ? section.card(db, day, o.lang) : cardOfText(section, section.render(db, day, o.lang), o.lang);
      for (const part of parts ?? []) {
        if (part.lines.length === 0) continue;
        sections.push(part);
        others++;
      }
    } catch (err) {
      o.onSectionError?.(section.name, err);
    }
  }
  if (notices.length === 0 && others === 0) return undefined;
  const community = communityById(db, o.communityId)?.name ?? '';
  const date = cardDate(o.date, o.lang);
  return {
    name: `${t(o.lang, 'bulletin.cardFile', { date: o.date })}.png`,
    lang: o.lang,
    community,
    title: t(o.lang, 'bulletin.cardTitle'),
    date: o.lateFrom ? `${date} · ${t(o.lang, 'bulletin.cardLate', { time: o.lateFrom })}` : date,
    sections,
    footer: t(o.lang, 'bulletin.cardFooter'),
  };
}

function cardOfText(section: BulletinSection, lines: string[] | undefined, lang: Lang): CardSection[] | undefined {
  return lines && lines.length > 0 ? [{ title: t(lang, section.title), lines }] : undefined;
}
