import { langOfChat, PRIORITY, type JobCtx } from '../../src/runtime/context.js';
import { atLocal, localDate } from '../../src/kernel/time.js';
import { LANGS, type CardSpec, type Lang } from '../../src/kernel/types.js';
import { communityIds } from '../../src/services/communities.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { memberById, privateAddress } from '../../src/services/members.js';
import { assembleBulletin, assembleCard } from './assemble.js';
import { claimBulletin, englishMembersOf, markEmpty, saveCopy, sendOf, setGroupCount } from './store/sends.js';
import { bulletinGroups, bulletinSettings, type BulletinSettings } from './store/settings.js';

/** A bulletin that goes out this long after its time says it is late. */
export const LATE_AFTER_MS = 10 * 60_000;
/** The first look at whether every group has the bulletin. */
export const REPORT_AFTER_MS = 2 * 60_000;

export type SendOutcome =
  | { status: 'sent'; sendId: number; groups: number }
  | { status: 'already' }
  | { status: 'empty' }
  | { status: 'no-groups' };

export interface ReportPayload {
  sendId: number;
  /** Who is told how delivery went. */
  notify: number[];
  /** When to stop waiting for pending messages and report them as not delivered. */
  giveUpAt: number;
}

/**
 * Sends a community's bulletin for a day, at most once: the day is claimed in the caller's
 * transaction together with the outbox rows, so whatever commits first wins and every later
 * attempt (a restart, a second process, the secretary's "/bulletin send") finds the claim.
 */
export function sendBulletin(
  ctx: JobCtx,
  o: {
    communityId: number;
    date: string;
    trigger: 'schedule' | 'manual';
    lateFrom?: string;
    sentBy?: number;
  },
): SendOutcome {
  const { db } = ctx;
  const groups = bulletinGroups(db, o.communityId);
  if (groups.length === 0) return { status: 'no-groups' };
  const sendId = claimBulletin(
    db,
    { communityId: o.communityId, date: o.date, trigger: o.trigger, late: o.lateFrom !== undefined, sentBy: o.sentBy ?? null },
    ctx.now(),
  );
  if (sendId === undefined) return { status: 'already' };

  const texts = new Map<Lang, string>();
  const cards = new Map<Lang, CardSpec>();
  for (const lang of LANGS) {
    const options = {
      ...o,
      sections: ctx.registry.bulletinSections,
      lang,
      timeZone: ctx.config.timeZone,
      onSectionError: (section: string, err: unknown) => ctx.log.error({ err, section, communityId: o.communityId }, 'bulletin section failed'),
    };
    const text = assembleBulletin(db, options);
    if (text === undefined) continue;
    texts.set(lang, text);
    const card = assembleCard(db, { ...options, onSectionError: undefined });
    if (card) cards.set(lang, card);
  }
  if (texts.size === 0) {
    markEmpty(db, sendId);
    return { status: 'empty' };
  }
  for (const [lang, text] of texts) saveCopy(db, sendId, lang, text);

  // Each copy carries its language's card, drawn as a picture when the outbox sends it.
  const opts = { priority: PRIORITY.bulk, ref: { kind: 'bulletin', id: sendId } };
  for (const group of groups) {
    const lang = langOfChat(group);
    ctx.send({ platform: group.platform, chatId: group.chat_id }, texts.get(lang)!, { ...opts, image: cards.get(lang) });
  }
  // Residents who write English get their copy privately, unless an English group carries it.
  if (!groups.some((g) => g.lang === 'en')) {
    for (const id of englishMembersOf(db, o.communityId)) {
      const member = memberById(db, id);
      const to = member && privateAddress(member);
      if (to) ctx.send(to, texts.get('en')!, { priority: PRIORITY.bulk, image: cards.get('en') });
    }
  }
  setGroupCount(db, sendId, groups.length);
  ctx.audit({
    actorMemberId: o.sentBy ?? null,
    communityId: o.communityId,
    action: 'bulletin.sent',
    recordKind: 'bulletin',
    recordId: sendId,
    detail: `${o.trigger}${o.lateFrom ? ' late' : ''} groups=${groups.length}`,
  });

  const notify = o.sentBy !== undefined ? [o.sentBy] : ctx.secretaries(o.communityId).map((m) => m.id);
  const payload: ReportPayload = { sendId, notify, giveUpAt: ctx.now() + 2 * 60 * 60_000 };
  scheduleJob(db, { kind: 'bulletin.report', dueAt: ctx.now() + REPORT_AFTER_MS, payload }, ctx.now());
  return { status: 'sent', sendId, groups: groups.length };
}

/**
 * The dates whose bulletin a community should send now: its time has come today (or came
 * yesterday, late in the evening) and is less than the catch-up window ago. A day whose time
 * passed before the community existed is skipped. One that goes out more than a few minutes
 * after its time is late — unless the secretary moved the time to one already past, which is
 * their choice and not an outage.
 */
export function dueDates(
  settings: Pick<BulletinSettings, 'sendTime' | 'createdAt' | 'changedAt'>,
  now: number,
  timeZone: string,
  catchupHours: number,
): { date: string; lateFrom?: string }[] {
  const today = localDate(now, timeZone);
  const yesterday = localDate(atLocal(today, '12:00', timeZone) - 24 * 60 * 60_000, timeZone);
  const due: { date: string; lateFrom?: string }[] = [];
  for (const date of [yesterday, today]) {
    const dueAt = atLocal(date, settings.sendTime, timeZone);
    const behind = now - dueAt;
    if (behind < 0 || behind > catchupHours * 60 * 60_000 || dueAt < settings.createdAt) continue;
    const late = behind > LATE_AFTER_MS && dueAt >= settings.changedAt;
    due.push(late ? { date, lateFrom: settings.sendTime } : { date });
  }
  return due;
}

/**
 * Sends every bulletin that is due and not yet sent, each community in its own immediate
 * transaction (so two processes queue behind each other and the second finds the claim).
 * Runs at start-up (the catch-up) and at every cron tick. Returns how many went out.
 */
export function checkDueBulletins(ctx: JobCtx): number {
  const { db, config, log } = ctx;
  let sent = 0;
  for (const communityId of communityIds(db)) {
    const settings = bulletinSettings(db, communityId);
    if (!settings.enabled) continue;
    for (const due of dueDates(settings, ctx.now(), config.timeZone, config.bulletinCatchupHours)) {
      if (sendOf(db, communityId, due.date)) continue;
      try {
        const outcome = db
          .transaction(() =>
            sendBulletin(ctx, { communityId, date: due.date, trigger: 'schedule', lateFrom: due.lateFrom }),
          )
          .immediate();
        if (outcome.status === 'sent') {
          sent++;
          log.info({ communityId, date: due.date, groups: outcome.groups, late: due.lateFrom !== undefined }, 'bulletin sent');
        }
      } catch (err) {
        log.error({ err, communityId, date: due.date }, 'bulletin could not be sent');
      }
    }
  }
  return sent;
}
