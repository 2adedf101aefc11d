import type { Db } from '../db/open.js';

export interface AuditEntry {
  actorMemberId: number | null;
  communityId: number | null;
  /** What happened, as a stable word: 'role.grant', 'task.claim', 'medicine.list' ... */
  action: string;
  recordKind?: string;
  recordId?: string | number;
  platform?: string;
  chatId?: string;
  /** Counts, statuses, role names: never a medicine, a phone number or a name. */
  detail?: string;
}

/** Appends to the audit trail. The table refuses updates and deletes. */
export function appendAudit(db: Db, e: AuditEntry, now: number): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_member_id, community_id, action, record_kind, record_id, platform, chat_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    now,
    e.actorMemberId,
    e.communityId,
    e.action,
    e.recordKind ?? null,
    e.recordId === undefined ? null : String(e.recordId),
    e.platform ?? null,
    e.chatId ?? null,
    e.detail ?? null,
  );
}
