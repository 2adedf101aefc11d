import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open.js';

/** A sign-in link is good for this long after /后台 gave it. */
export const DESK_LINK_TTL_MS = 10 * 60_000;
/** A session lasts this long after sign-in (a working day); then /后台 again. */
export const DESK_SESSION_TTL_MS = 12 * 3_600_000;

/** 32 random bytes, URL-safe: the secret in a link or a cookie. */
const secret = (): string => randomBytes(32).toString('base64url');
/** Only hashes are stored: a copy of the database opens no session. */
const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface DeskSession {
  id: number;
  member_id: number;
  community_id: number;
  csrf: string;
  created_at: number;
  expires_at: number;
}

/** Makes a one-time sign-in link's token for a member acting in a community. */
export function createDeskLink(db: Db, who: { memberId: number; communityId: number }, now: number): string {
  const token = secret();
  db.prepare('INSERT INTO desk_links (token_hash, member_id, community_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    hash(token),
    who.memberId,
    who.communityId,
    now,
    now + DESK_LINK_TTL_MS,
  );
  return token;
}

export type LinkStatus =
  | { ok: true; memberId: number; communityId: number }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** What a link is, without using it (the page that asks to press "open" reads it). */
export function deskLinkStatus(db: Db, token: string, now: number): LinkStatus {
  const link = db.prepare('SELECT member_id, community_id, used_at, expires_at FROM desk_links WHERE token_hash = ?').get(hash(token)) as
    | { member_id: number; community_id: number; used_at: number | null; expires_at: number }
    | undefined;
  if (!link) return { ok: false, reason: 'unknown' };
  if (link.used_at !== null) return { ok: false, reason: 'used' };
  if (link.expires_at <= now) return { ok: false, reason: 'expired' };
  return { ok: true, memberId: link.member_id, communityId: link.community_id };
}

export type Redeemed =
  | { ok: true; token: string; session: DeskSession }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/**
 * Uses a sign-in link: the conditional UPDATE is the decision, so a link opens one session however
 * often (or however fast) it is tried. Returns the session's cookie token.
 */
export function redeemDeskLink(db: Db, token: string, now: number): Redeemed {
  const tokenHash = hash(token);
  const status = deskLinkStatus(db, token, now);
  if (!status.ok) return status;
  const won = db
    .prepare('UPDATE desk_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?')
    .run(now, tokenHash, now).changes;
  if (won === 0) return { ok: false, reason: 'used' };
  // Housekeeping: what can no longer be used goes.
  db.prepare('DELETE FROM desk_sessions WHERE expires_at <= ?').run(now);
  db.prepare('DELETE FROM desk_links WHERE expires_at <= ? AND token_hash <> ?').run(now - DESK_LINK_TTL_MS, tokenHash);
  const sessionToken = secret();
  const id = Number(
    db
      .prepare('INSERT INTO desk_sessions (token_hash, member_id, community_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(hash(sessionToken), status.memberId, status.communityId, secret(), now, now + DESK_SESSION_TTL_MS).lastInsertRowid,
  );
  return { ok: true, token: sessionToken, session: db.prepare('SELECT * FROM desk_sessions WHERE id = ?').get(id) as DeskSession };
}

/** The live session a cookie's token belongs to, if any. */
export function deskSessionOf(db: Db, token: string, now: number): DeskSession | undefined {
  return db
    .prepare('SELECT id, member_id, community_id, csrf, created_at, expires_at FROM desk_sessions WHERE token_hash = ? AND expires_at > ?')
    .get(hash(token), now) as DeskSession | undefined;
}

/** Whether a form's CSRF token is the session's (compared in constant time). */
export function csrfMatches(session: Pick<DeskSession, 'csrf'>, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Ends one session (signing out in the browser). */
export function endDeskSession(db: Db, sessionId: number): void {
  db.prepare('DELETE FROM desk_sessions WHERE id = ?').run(sessionId);
}

/**
 * Ends every session of a member and voids their unused links: on "/后台 退出", a role granted or
 * revoked, /forgetme. Returns how many sessions ended.
 */
export function endDeskSessionsOf(db: Db, memberId: number): number {
  db.prepare('DELETE FROM desk_links WHERE member_id = ?').run(memberId);
  return db.prepare('DELETE FROM desk_sessions WHERE member_id = ?').run(memberId).changes;
}

/** How many sessions a member has on record (for /mydata; expired ones go at the next sign-in). */
export function deskSessionCount(db: Db, memberId: number): number {
  return db.prepare('SELECT COUNT(*) FROM desk_sessions WHERE member_id = ?').pluck().get(memberId) as number;
}
