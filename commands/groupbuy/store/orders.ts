import type { Db } from '../../../src/db/open.js';
import { buildingKey, doorKey, type Door } from '../../../src/kernel/fields/door.js';
import { itemsSignature } from '../chain.js';
import { bumpChainVersion, type Item } from './groupbuys.js';

export interface Order {
  id: number;
  groupbuy_id: number;
  door: string;
  building: string;
  placed_by: number | null;
  name: string | null;
  phone: string | null;
  status: 'active' | 'cancelled';
  position: number;
  paid_at: number | null;
  delivered_at: number | null;
  /** code → quantity */
  items: Map<string, number>;
}

interface OrderRow extends Omit<Order, 'items'> {
  items_text: string | null;
}

const SELECT_ORDERS = `
  SELECT o.*, (SELECT group_concat(code || ':' || qty, ',') FROM groupbuy_order_items i WHERE i.order_id = o.id) AS items_text
  FROM groupbuy_orders o`;

function toOrder(row: OrderRow): Order {
  const items = new Map<string, number>();
  for (const part of (row.items_text ?? '').split(',')) {
    if (!part) continue;
    const at = part.lastIndexOf(':');
    items.set(part.slice(0, at), Number(part.slice(at + 1)));
  }
  const { items_text: _unused, ...rest } = row;
  return { ...rest, items };
}

/** Every order of a group-buy (active and cancelled), in chain order. */
export function ordersOf(db: Db, groupbuyId: number, onlyActive = true): Order[] {
  const rows = db
    .prepare(`${SELECT_ORDERS} WHERE o.groupbuy_id = ? ${onlyActive ? "AND o.status = 'active'" : ''} ORDER BY o.position, o.id`)
    .all(groupbuyId) as OrderRow[];
  return rows.map(toOrder);
}

export function orderForDoor(db: Db, groupbuyId: number, door: string): Order | undefined {
  const row = db.prepare(`${SELECT_ORDERS} WHERE o.groupbuy_id = ? AND o.door = ?`).get(groupbuyId, door) as OrderRow | undefined;
  return row ? toOrder(row) : undefined;
}

export type OrderChange =
  | { kind: 'new'; order: Order }
  | { kind: 'updated'; order: Order; before: Map<string, number> }
  | { kind: 'same'; order: Order }
  | { kind: 'cancelled'; order: Order };

/**
 * Places or replaces a household's order: one order per door, ordering again updates it.
 * The line's signature is remembered so a copied old line changes nothing later.
 */
export function placeOrder(
  db: Db,
  o: { groupbuyId: number; door: Door; items: Map<string, number>; placedBy: number | null; name?: string; phone?: string },
  now: number,
): OrderChange {
  const key = doorKey(o.door);
  const existing = orderForDoor(db, o.groupbuyId, key);
  rememberLine(db, o.groupbuyId, key, o.items);
  if (existing && existing.status === 'active' && itemsSignature(existing.items) === itemsSignature(o.items)) {
    return { kind: 'same', order: existing };
  }
  // The order is returned as written rather than read back: one statement less for every chain line.
  let order: Order;
  if (existing) {
    db.prepare(
      `UPDATE groupbuy_orders SET status = 'active', placed_by = COALESCE(?, placed_by), name = COALESCE(?, name),
         phone = COALESCE(?, phone), updated_at = ? WHERE id = ?`,
    ).run(o.placedBy, o.name ?? null, o.phone ?? null, now, existing.id);
    db.prepare('DELETE FROM groupbuy_order_items WHERE order_id = ?').run(existing.id);
    order = {
      ...existing,
      status: 'active',
      placed_by: o.placedBy ?? existing.placed_by,
      name: o.name ?? existing.name,
      phone: o.phone ?? existing.phone,
      items: new Map(o.items),
    };
  } else {
    // The next position in the chain and the insert, in one statement.
    const row = db
      .prepare(
        `INSERT INTO groupbuy_orders (groupbuy_id, door, building, placed_by, name, phone, position, created_at, updated_at)
         SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1, ?, ? FROM groupbuy_orders WHERE groupbuy_id = ?
         RETURNING id, position`,
      )
      .get(o.groupbuyId, key, buildingKey(o.door), o.placedBy, o.name ?? null, o.phone ?? null, now, now, o.groupbuyId) as { id: number; position: number };
    order = {
      id: row.id,
      groupbuy_id: o.groupbuyId,
      door: key,
      building: buildingKey(o.door),
      placed_by: o.placedBy,
      name: o.name ?? null,
      phone: o.phone ?? null,
      status: 'active',
      position: row.position,
      paid_at: null,
      delivered_at: null,
      items: new Map(o.items),
    };
  }
  const add = db.prepare('INSERT INTO groupbuy_order_items (order_id, code, qty) VALUES (?, ?, ?)');
  for (const [code, qty] of o.items) add.run(order.id, code, qty);
  bumpChainVersion(db, o.groupbuyId);
  if (existing && existing.status === 'active') return { kind: 'updated', order, before: existing.items };
  return { kind: 'new', order };
}

/** Cancels a household's order; returns it, or undefined if there was none. */
export function cancelOrder(db: Db, groupbuyId: number, door: string, now: number): Order | undefined {
  const existing = orderForDoor(db, groupbuyId, door);
  if (!existing || existing.status !== 'active') return undefined;
  db.prepare(`UPDATE groupbuy_orders SET status = 'cancelled', updated_at = ? WHERE id = ?`).run(now, existing.id);
  bumpChainVersion(db, groupbuyId);
  return existing;
}

export function rememberLine(db: Db, groupbuyId: number, door: string, items: ReadonlyMap<string, number>): void {
  db.prepare('INSERT OR IGNORE INTO groupbuy_seen_lines (groupbuy_id, signature) VALUES (?, ?)').run(
    groupbuyId,
    `${door}|${itemsSignature(items)}`,
  );
}

/**
 * Which of these order lines ("5-302|B2") the bot has recorded for a group-buy: one lookup per
 * line on the primary key, in one statement, rather than loading every line the group-buy has seen.
 */
export function seenAmong(db: Db, groupbuyId: number, signatures: readonly string[]): Set<string> {
  if (signatures.length === 0) return new Set();
  const rows = db
    .prepare('SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM groupbuy_seen_lines s WHERE s.groupbuy_id = ? AND s.signature = j.value)')
    .pluck()
    .all(JSON.stringify(signatures), groupbuyId) as string[];
  return new Set(rows);
}

/** Total portions ordered, and per item. */
export function totals(orders: Order[], items: Item[]): { portions: number; amountFen: number; perItem: Map<string, number> } {
  const perItem = new Map<string, number>(items.map((i) => [i.code, 0]));
  let portions = 0;
  for (const o of orders) {
    for (const [code, qty] of o.items) {
      perItem.set(code, (perItem.get(code) ?? 0) + qty);
      portions += qty;
    }
  }
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  let amountFen = 0;
  for (const [code, qty] of perItem) amountFen += qty * (price.get(code) ?? 0);
  return { portions, amountFen, perItem };
}

/** What one household owes, in fen. */
export function amountOf(order: Order, items: Item[]): number {
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  let fen = 0;
  for (const [code, qty] of order.items) fen += qty * (price.get(code) ?? 0);
  return fen;
}

/** Active portions ordered so far (kept by triggers: migrations/010_indexes.sql). */
export function portionsOf(db: Db, groupbuyId: number): number {
  return (db.prepare('SELECT portions FROM groupbuy_portions WHERE groupbuy_id = ?').pluck().get(groupbuyId) as number | undefined) ?? 0;
}

export function markPaid(db: Db, groupbuyId: number, door: string, now: number): boolean {
  return db
    .prepare(`UPDATE groupbuy_orders SET paid_at = ? WHERE groupbuy_id = ? AND door = ? AND status = 'active'`)
    .run(now, groupbuyId, door).changes > 0;
}

export function markDelivered(db: Db, orderIds: number[], now: number): void {
  const mark = db.prepare('UPDATE groupbuy_orders SET delivered_at = ? WHERE id = ?');
  for (const id of orderIds) mark.run(now, id);
}

/** Platform user ids of members whose saved home is this door (for @-mentions), on one platform. */
export function membersAtDoor(db: Db, platform: string, door: Door): string[] {
  const building = door.unit ? `${door.building}-${door.unit}` : door.building;
  return db
    .prepare(
      `SELECT user_id FROM members WHERE platform = ? AND home_building = ? AND home_room = ? AND home_area IS ? ORDER BY id`,
    )
    .pluck()
    .all(platform, building, door.room, door.area ?? null) as string[];
}
