import type { Db } from '../../../src/db/open.js';

export interface AuditRow {
  id: number;
  at: number;
  actor_member_id: number | null;
  actor_name: string | null;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  detail: string | null;
}

const SELECT = `SELECT a.id, a.at, a.actor_member_id, m.display_name AS actor_name, a.action, a.record_kind, a.record_id, a.detail
  FROM audit_log a LEFT JOIN members m ON m.id = a.actor_member_id`;

/** The trail of one person in a community: what they did, and what was done to their member record. */
export function auditOfMember(db: Db, communityId: number, memberId: number, limit = 30): AuditRow[] {
  return db
    .prepare(
      `SELECT * FROM (${SELECT}
         WHERE (a.community_id = ? OR a.community_id IS NULL)
           AND (a.actor_member_id = ? OR (a.record_kind = 'member' AND a.record_id = ?))
         ORDER BY a.id DESC LIMIT ?) ORDER BY id`,
    )
    .all(communityId, memberId, String(memberId), limit) as AuditRow[];
}

/**
 * The trail of one record in a community (of any kind when `kind` is not given). Binding happens before
 * the group belongs to the community, so that entry is found by its record.
 */
export function auditOfRecord(db: Db, communityId: number, recordId: string, kind?: string, limit = 30): AuditRow[] {
  return db
    .prepare(
      `SELECT * FROM (${SELECT}
         WHERE (a.community_id = ? OR (a.community_id IS NULL AND a.record_kind = 'community' AND a.record_id = ?))
           AND a.record_id = ? AND (? IS NULL OR a.record_kind = ?)
         ORDER BY a.id DESC LIMIT ?) ORDER BY id`,
    )
    .all(communityId, String(communityId), recordId, kind ?? null, kind ?? null, limit) as AuditRow[];
}

export interface AuditSearch {
  /** A member by number: what they did and what was done to their record. */
  memberId?: number;
  /** Part of the name of whoever acted. */
  name?: string;
  /** The start of an action word: "medicine", "role.grant". */
  action?: string;
  recordKind?: string;
  recordId?: string;
  /** [from, to) in epoch ms. */
  from?: number;
  to?: number;
}

/** The desk's search of a community's trail, newest first: one page of rows and how many match. */
export function searchAudit(db: Db, communityId: number, s: AuditSearch, limit: number, offset: number): { rows: AuditRow[]; total: number } {
  const where = ['a.community_id = @community'];
  if (s.memberId !== undefined) where.push(`(a.actor_member_id = @memberId OR (a.record_kind = 'member' AND a.record_id = @memberText))`);
  if (s.name !== undefined) where.push(`m.display_name LIKE @name ESCAPE '\\'`);
  if (s.action !== undefined) where.push(`a.action LIKE @action ESCAPE '\\'`);
  if (s.recordKind !== undefined) where.push('a.record_kind = @recordKind');
  if (s.recordId !== undefined) where.push('a.record_id = @recordId');
  if (s.from !== undefined) where.push('a.at >= @from');
  if (s.to !== undefined) where.push('a.at < @to');
  const like = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const params = {
    community: communityId,
    memberId: s.memberId ?? null,
    memberText: s.memberId !== undefined ? String(s.memberId) : null,
    name: s.name !== undefined ? `%${like(s.name)}%` : null,
    action: s.action !== undefined ? `${like(s.action)}%` : null,
    recordKind: s.recordKind ?? null,
    recordId: s.recordId ?? null,
    from: s.from ?? null,
    to: s.to ?? null,
  };
  const filter = `FROM audit_log a LEFT JOIN members m ON m.id = a.actor_member_id WHERE ${where.join(' AND ')}`;
  const total = db.prepare(`SELECT COUNT(*) ${filter}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor_member_id, m.display_name AS actor_name, a.action, a.record_kind, a.record_id, a.detail
       ${filter} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit, offset }) as AuditRow[];
  return { rows, total };
}
