import type { PersonalData } from '../../../src/runtime/capability.js';
import { atLocal, localDate } from '../../../src/kernel/time.js';
import type { Db } from '../../../src/db/open.js';
import type { Logger } from '../../../src/kernel/log.js';
import { appendAudit } from '../../../src/services/audit.js';
import { scheduleJob } from '../../../src/services/jobs.js';
import { eraseCommunity } from './personal.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_GRACE_DAYS = 7;
export const RETENTION_JOB = 'trust.retention';
/** The daily clean-up runs at night, local time, when the chats are quiet. */
const RUN_AT = '03:30';

export interface RetentionSettings {
  community_id: number;
  days_after_close: number | null;
  lockdown_ended_at: number | null;
  grace_days: number;
  erased_at: number | null;
}

export function retentionOf(db: Db, communityId: number): RetentionSettings | undefined {
  return db.prepare('SELECT * FROM retention_settings WHERE community_id = ?').get(communityId) as RetentionSettings | undefined;
}

function ensureRow(db: Db, communityId: number, by: number | null, now: number): void {
  db.prepare(
    `INSERT INTO retention_settings (community_id, updated_by, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (community_id) DO UPDATE SET updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(communityId, by, now);
}

export function setRetentionDays(db: Db, communityId: number, days: number, by: number, now: number): void {
  ensureRow(db, communityId, by, now);
  db.prepare('UPDATE retention_settings SET days_after_close = ? WHERE community_id = ?').run(days, communityId);
}

/** Declares the end of the lockdown: everything personal goes `graceDays` later. */
export function endLockdown(db: Db, communityId: number, graceDays: number, by: number, now: number): void {
  ensureRow(db, communityId, by, now);
  db.prepare('UPDATE retention_settings SET lockdown_ended_at = ?, grace_days = ? WHERE community_id = ?').run(now, graceDays, communityId);
}

/** Withdraws the end (before the erasure ran); returns whether it was declared. */
export function resumeLockdown(db: Db, communityId: number, by: number, now: number): boolean {
  const r = db
    .prepare(
      `UPDATE retention_settings SET lockdown_ended_at = NULL, updated_by = ?, updated_at = ?
       WHERE community_id = ? AND lockdown_ended_at IS NOT NULL AND erased_at IS NULL`,
    )
    .run(by, now, communityId);
  return r.changes > 0;
}

/** When everything personal of a community goes, once the end is declared. */
export const erasureDue = (s: RetentionSettings): number | undefined =>
  s.lockdown_ended_at === null ? undefined : s.lockdown_ended_at + s.grace_days * DAY_MS;

/** The next night's run, in the configured time zone. */
export function nextRun(now: number, timeZone: string): number {
  const today = atLocal(localDate(now, timeZone), RUN_AT, timeZone);
  return today > now ? today : atLocal(localDate(now + DAY_MS, timeZone), RUN_AT, timeZone);
}

/**
 * Makes sure the next night's clean-up is scheduled, once: the job's key names its date, so calling
 * this again (at start-up, from a command) changes nothing, and the running job can schedule the next
 * night's without touching its own row.
 */
export function ensureRetentionJob(db: Db, now: number, timeZone: string): void {
  const dueAt = nextRun(now, timeZone);
  scheduleJob(db, { kind: RETENTION_JOB, key: `${RETENTION_JOB}:${localDate(dueAt, timeZone)}`, dueAt }, now);
}

export interface RetentionReport {
  communities: number;
  expired: number;
  erasedMembers: number;
}

/**
 * The daily clean-up: in each community, every capability's closed records older than the retention
 * expire; after the lockdown end and its grace period, everything personal is erased (once).
 */
export function runRetention(db: Db, providers: PersonalData[], now: number, log: Logger): RetentionReport {
  const report: RetentionReport = { communities: 0, expired: 0, erasedMembers: 0 };
  const all = db.prepare('SELECT * FROM retention_settings ORDER BY community_id').all() as RetentionSettings[];
  for (const s of all) {
    let expired = 0;
    let erasedMembers = 0;
    if (s.days_after_close !== null) {
      const cutoff = now - s.days_after_close * DAY_MS;
      for (const p of providers) expired += p.expire?.(db, s.community_id, cutoff, now) ?? 0;
    }
    const due = erasureDue(s);
    if (due !== undefined && due <= now && s.erased_at === null) {
      const [members, records] = eraseCommunity(db, s.community_id, providers, now);
      erasedMembers = members;
      expired += records;
      db.prepare('UPDATE retention_settings SET erased_at = ? WHERE community_id = ?').run(now, s.community_id);
    }
    report.communities++;
    report.expired += expired;
    report.erasedMembers += erasedMembers;
    if (expired > 0 || erasedMembers > 0) {
      appendAudit(db, { actorMemberId: null, communityId: s.community_id, action: 'retention.erase', recordKind: 'community', recordId: s.community_id, detail: `records:${expired},members:${erasedMembers}` }, now);
    }
    // Counts only: never a name or a door.
    log.info({ communityId: s.community_id, expired, erasedMembers }, 'retention: personal details erased');
  }
  return report;
}
