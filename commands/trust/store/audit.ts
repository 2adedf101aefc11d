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
