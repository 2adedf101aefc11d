import type { Db } from '../../../src/db/open.js';
import type { Platform } from '../../../src/kernel/types.js';

export type GroupBuyStatus = 'draft' | 'pending' | 'approved' | 'rejected' | 'open' | 'closed';

export interface GroupBuy {
  id: number;
  community_id: number;
  leader_member_id: number | null;
  title: string;
  supplier: string;
  household_limit: number | null;
  deadline_at: number;
  delivery_date: string | null;
  /** Where the supplier delivers, when the leader said (migrations/012). */
  delivery_address: string | null;
  status: GroupBuyStatus;
  source: 'chain' | 'import';
  reject_reason: string | null;
  approved_by: number | null;
  approved_at: number | null;
  launched_at: number | null;
  closed_at: number | null;
  chain_version: number;
  posted_version: number;
  created_at: number;
}

export interface Item {
  code: string;
  name: string;
  contents: string;
  price_fen: number;
}

export interface NewGroupBuy {
  communityId: number;
  leaderMemberId: number;
  title: string;
  supplier: string;
  householdLimit?: number;
  deadlineAt: number;
  deliveryDate?: string;
  deliveryAddress?: string;
  items: Item[];
  source?: 'chain' | 'import';
  status: GroupBuyStatus;
}

/** Records a group-buy with its items, and its first line of history. */
export function createGroupBuy(db: Db, g: NewGroupBuy, now: number): number {
  const r = db
    .prepare(
      `INSERT INTO groupbuys (community_id, leader_member_id, title, supplier, household_limit, deadline_at,
         delivery_date, delivery_address, status, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(g.communityId, g.leaderMemberId, g.title, g.supplier, g.householdLimit ?? null, g.deadlineAt,
      g.deliveryDate ?? null, g.deliveryAddress ?? null, g.status, g.source ?? 'chain', now, now);
  const id = Number(r.lastInsertRowid);
  const add = db.prepare('INSERT INTO groupbuy_items (groupbuy_id, code, name, contents, price_fen, position) VALUES (?, ?, ?, ?, ?, ?)');
  g.items.forEach((item, i) => add.run(id, item.code, item.name, item.contents, item.price_fen, i));
  addHistory(db, id, g.leaderMemberId, 'registered', g.items.map((i) => `${i.code}=${i.price_fen}`).join(','), now);
  return id;
}

export function groupBuyById(db: Db, id: number): GroupBuy | undefined {
  return db.prepare('SELECT * FROM groupbuys WHERE id = ?').get(id) as GroupBuy | undefined;
}

export function itemsOf(db: Db, groupbuyId: number): Item[] {
  return db
    .prepare('SELECT code, name, contents, price_fen FROM groupbuy_items WHERE groupbuy_id = ? ORDER BY position')
    .all(groupbuyId) as Item[];
}

export function setStatus(
  db: Db,
  id: number,
  status: GroupBuyStatus,
  now: number,
  extra: { approvedBy?: number; rejectReason?: string } = {},
): void {
  db.prepare(
    `UPDATE groupbuys SET status = ?, updated_at = ?,
       approved_by = CASE WHEN ? = 'approved' THEN ? ELSE approved_by END,
       approved_at = CASE WHEN ? = 'approved' THEN ? ELSE approved_at END,
       reject_reason = CASE WHEN ? = 'rejected' THEN ? ELSE reject_reason END,
       launched_at = CASE WHEN ? = 'open' THEN COALESCE(launched_at, ?) ELSE launched_at END,
       closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END
     WHERE id = ?`,
  ).run(status, now, status, extra.approvedBy ?? null, status, now, status, extra.rejectReason ?? null, status, now, status, now, id);
}

/** Changes one item's price (in fen). The caller sends the group-buy back for approval. */
export function setPrice(db: Db, id: number, code: string, priceFen: number): boolean {
  return db.prepare('UPDATE groupbuy_items SET price_fen = ? WHERE groupbuy_id = ? AND code = ?').run(priceFen, id, code).changes > 0;
}

export interface HistoryRow {
  at: number;
  actor_member_id: number | null;
  actor_name: string | null;
  action: string;
  detail: string;
}

export function addHistory(db: Db, id: number, actor: number | null, action: string, detail: string, now: number): void {
  db.prepare('INSERT INTO groupbuy_history (groupbuy_id, at, actor_member_id, action, detail) VALUES (?, ?, ?, ?, ?)').run(
    id, now, actor, action, detail,
  );
}

export function historyOf(db: Db, id: number): HistoryRow[] {
  return db
    .prepare(
      `SELECT h.at, h.actor_member_id, m.display_name AS actor_name, h.action, h.detail
       FROM groupbuy_history h LEFT JOIN members m ON m.id = h.actor_member_id
       WHERE h.groupbuy_id = ? ORDER BY h.id`,
    )
    .all(id) as HistoryRow[];
}

export const DOCUMENT_KINDS = ['supplier_cert', 'traffic_pass', 'staff_test', 'driver_test'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function addDocument(
  db: Db,
  id: number,
  d: { kind: DocumentKind; declared?: string; takenAt?: number; fileName?: string; fileData?: Buffer },
  now: number,
): void {
  db.prepare(
    `INSERT INTO groupbuy_documents (groupbuy_id, kind, declared, taken_at, file_name, file_data, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, d.kind, d.declared ?? null, d.takenAt ?? null, d.fileName ?? null, d.fileData ?? null, now);
}

/**
 * The file for a document declared as coming with a file ("通行证: 见附件") that has none yet: it
 * goes on that row. Returns false when no such row waits for a file.
 */
export function attachDocumentFile(db: Db, id: number, kind: DocumentKind, fileName: string, fileData: Buffer): boolean {
  const row = db
    .prepare(`SELECT id FROM groupbuy_documents WHERE groupbuy_id = ? AND kind = ? AND file_name IS NULL AND declared LIKE '%附件%' ORDER BY id LIMIT 1`)
    .pluck()
    .get(id, kind) as number | undefined;
  if (row === undefined) return false;
  db.prepare('UPDATE groupbuy_documents SET file_name = ?, file_data = ? WHERE id = ?').run(fileName, fileData, row);
  return true;
}

export interface DocumentRow {
  kind: DocumentKind;
  declared: string | null;
  taken_at: number | null;
  file_name: string | null;
}

export function documentsOf(db: Db, id: number): DocumentRow[] {
  return db
    .prepare('SELECT kind, declared, taken_at, file_name FROM groupbuy_documents WHERE groupbuy_id = ? ORDER BY id')
    .all(id) as DocumentRow[];
}

/** The documents with their ids and whether a file is attached (the desk links to it). */
export function documentList(db: Db, id: number): (DocumentRow & { id: number; has_file: number })[] {
  return db
    .prepare('SELECT id, kind, declared, taken_at, file_name, file_data IS NOT NULL AS has_file FROM groupbuy_documents WHERE groupbuy_id = ? ORDER BY id')
    .all(id) as (DocumentRow & { id: number; has_file: number })[];
}

/** An attached document's file, if this group-buy has it. */
export function documentFile(db: Db, groupbuyId: number, documentId: number): { file_name: string | null; file_data: Buffer } | undefined {
  return db
    .prepare('SELECT file_name, file_data FROM groupbuy_documents WHERE groupbuy_id = ? AND id = ? AND file_data IS NOT NULL')
    .get(groupbuyId, documentId) as { file_name: string | null; file_data: Buffer } | undefined;
}

/** The required documents not given yet. */
export function missingDocuments(db: Db, id: number): DocumentKind[] {
  const have = new Set(documentsOf(db, id).map((d) => d.kind));
  return DOCUMENT_KINDS.filter((k) => !have.has(k));
}

export function addLaunchChat(db: Db, id: number, platform: Platform, chatId: string, now: number): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO groupbuy_chats (groupbuy_id, platform, chat_id, launched_at) VALUES (?, ?, ?, ?)')
      .run(id, platform, chatId, now).changes > 0
  );
}

export function launchChats(db: Db, id: number): { platform: Platform; chat_id: string }[] {
  return db
    .prepare('SELECT platform, chat_id FROM groupbuy_chats WHERE groupbuy_id = ? ORDER BY launched_at, chat_id')
    .all(id) as { platform: Platform; chat_id: string }[];
}

/** Open group-buys launched into a chat, newest first. */
export function openInChat(db: Db, platform: Platform, chatId: string): GroupBuy[] {
  return db
    .prepare(
      `SELECT g.* FROM groupbuys g JOIN groupbuy_chats c ON c.groupbuy_id = g.id
       WHERE c.platform = ? AND c.chat_id = ? AND g.status IN ('open', 'pending') AND g.launched_at IS NOT NULL
       ORDER BY g.id DESC`,
    )
    .all(platform, chatId) as GroupBuy[];
}

/** The group-buys of a community launched lately (the newest first), for reading orders. */
export function launchedOf(db: Db, communityId: number, limit = 10): GroupBuy[] {
  return db
    .prepare('SELECT * FROM groupbuys WHERE community_id = ? AND launched_at IS NOT NULL ORDER BY id DESC LIMIT ?')
    .all(communityId, limit) as GroupBuy[];
}

/** Group-buys of a community in some statuses, newest first. */
export function groupBuysOf(db: Db, communityId: number, statuses: GroupBuyStatus[]): GroupBuy[] {
  return db
    .prepare(
      `SELECT * FROM groupbuys WHERE community_id = ? AND status IN (${statuses.map(() => '?').join(',')}) ORDER BY id DESC`,
    )
    .all(communityId, ...statuses) as GroupBuy[];
}

/** The leader's latest group-buy that has orders to deliver (closed, or imported). */
export function latestClosedOf(db: Db, communityId: number, leaderId: number): GroupBuy | undefined {
  return db
    .prepare(
      `SELECT * FROM groupbuys WHERE community_id = ? AND leader_member_id = ? AND status = 'closed'
       ORDER BY closed_at DESC, id DESC LIMIT 1`,
    )
    .get(communityId, leaderId) as GroupBuy | undefined;
}

export function bumpChainVersion(db: Db, id: number): void {
  db.prepare('UPDATE groupbuys SET chain_version = chain_version + 1 WHERE id = ?').run(id);
}

export function markPosted(db: Db, id: number): void {
  db.prepare('UPDATE groupbuys SET posted_version = chain_version WHERE id = ?').run(id);
}

/** For the bulletin: open group-buys, and those closing or delivering on a local day. */
export function bulletinFacts(db: Db, communityId: number, day: { date: string; start: number; end: number }) {
  const open = db
    .prepare(`SELECT id, title, deadline_at, delivery_date FROM groupbuys WHERE community_id = ? AND status = 'open' ORDER BY deadline_at`)
    .all(communityId) as { id: number; title: string; deadline_at: number; delivery_date: string | null }[];
  // Closed and on their way: delivered on a later day (the card says when).
  const coming = db
    .prepare(`SELECT id, title, delivery_date FROM groupbuys WHERE community_id = ? AND status = 'closed' AND delivery_date > ? ORDER BY delivery_date, id`)
    .all(communityId, day.date) as { id: number; title: string; delivery_date: string }[];
  const delivering = db
    .prepare(
      `SELECT o.building, COUNT(*) AS count FROM groupbuy_orders o JOIN groupbuys g ON g.id = o.groupbuy_id
       WHERE g.community_id = ? AND g.delivery_date = ? AND o.status = 'active' GROUP BY o.building`,
    )
    .all(communityId, day.date) as { building: string; count: number }[];
  return { open, closingToday: open.filter((g) => g.deadline_at >= day.start && g.deadline_at < day.end), delivering, coming };
}

/** Orders placed by a member or for their home, for /mydata. */
export function ordersAbout(db: Db, memberId: number, door: string | undefined) {
  return db
    .prepare(
      `SELECT g.title, o.door, o.status FROM groupbuy_orders o JOIN groupbuys g ON g.id = o.groupbuy_id
       WHERE o.placed_by = ? OR o.door = ? ORDER BY o.id`,
    )
    .all(memberId, door ?? null) as { title: string; door: string; status: string }[];
}

/** Forgets who placed orders and the names written with them (the orders and counts stay). */
export function forgetPlacer(db: Db, memberId: number): number {
  return db.prepare('UPDATE groupbuy_orders SET placed_by = NULL, name = NULL, phone = NULL WHERE placed_by = ?').run(memberId).changes;
}

/** Retention: names, phones and placers of orders in group-buys closed before the cutoff. */
export function expireOrders(db: Db, communityId: number, cutoff: number): number {
  return db
    .prepare(
      `UPDATE groupbuy_orders SET placed_by = NULL, name = NULL, phone = NULL
       WHERE (placed_by IS NOT NULL OR name IS NOT NULL OR phone IS NOT NULL)
         AND groupbuy_id IN (SELECT id FROM groupbuys WHERE community_id = ? AND status = 'closed' AND closed_at < ?)`,
    )
    .run(communityId, cutoff).changes;
}
