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
  /** code → the price in fen it was ordered at (a price changed after approval applies to new orders only). */
  prices: Map<string, number>;
}

interface OrderRow extends Omit<Order, 'items' | 'prices'> {
  items_text: string | null;
}

// Items as "code␟qty␟price" joined by ␞ (unit and record separators: an imported product name may hold ':' or ',').
const SELECT_ORDERS = `
  SELECT o.*, (SELECT group_concat(code || char(31) || qty || char(31) || COALESCE(price_fen, ''), char(30)) FROM groupbuy_order_items i WHERE i.order_id = o.id) AS items_text
  FROM groupbuy_orders o`;

function toOrder(row: OrderRow): Order {
  const items = new Map<string, number>();
  const prices = new Map<string, number>();
  for (const part of (row.items_text ?? '').split('\u001e')) {
    if (!part) continue;
    const [code = '', qty, price] = part.split('\u001f');
    items.set(code, Number(qty));
    if (price) prices.set(code, Number(price));
  }
  const { items_text: _unused, ...rest } = row;
  return { ...rest, items, prices };
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
  let id: number;
  if (existing) {
    id = existing.id;
    db.prepare(
      `UPDATE groupbuy_orders SET status = 'active', placed_by = COALESCE(?, placed_by), name = COALESCE(?, name),
         phone = COALESCE(?, phone), updated_at = ? WHERE id = ?`,
    ).run(o.placedBy, o.name ?? null, o.phone ?? null, now, id);
    db.prepare('DELETE FROM groupbuy_order_items WHERE order_id = ?').run(id);
  } else {
    const position = (db.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM groupbuy_orders WHERE groupbuy_id = ?').pluck().get(o.groupbuyId) as number);
    id = Number(
      db
        .prepare(
          `INSERT INTO groupbuy_orders (groupbuy_id, door, building, placed_by, name, phone, position, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(o.groupbuyId, key, buildingKey(o.door), o.placedBy, o.name ?? null, o.phone ?? null, position, now, now).lastInsertRowid,
    );
  }
  // An item keeps the price the household ordered it at; an item added now takes today's price.
  const current = new Map(
    (db.prepare('SELECT code, price_fen FROM groupbuy_items WHERE groupbuy_id = ?').all(o.groupbuyId) as { code: string; price_fen: number }[]).map((i) => [i.code, i.price_fen]),
  );
  const kept = existing?.status === 'active' ? existing.prices : new Map<string, number>();
  const add = db.prepare('INSERT INTO groupbuy_order_items (order_id, code, qty, price_fen) VALUES (?, ?, ?, ?)');
  for (const [code, qty] of o.items) add.run(id, code, qty, kept.get(code) ?? current.get(code) ?? null);
  bumpChainVersion(db, o.groupbuyId);
  const order = orderForDoor(db, o.groupbuyId, key)!;
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

/**
 * Total portions ordered, per item and per price (an item repriced after approval has orders at
 * both prices), and how many households carry a price that is not the item's price now.
 */
export function totals(
  orders: Order[],
  items: Item[],
): { portions: number; amountFen: number; perItem: Map<string, number>; perPrice: Map<string, Map<number, number>>; repriced: number } {
  const perItem = new Map<string, number>(items.map((i) => [i.code, 0]));
  const perPrice = new Map<string, Map<number, number>>(items.map((i) => [i.code, new Map()]));
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  let portions = 0;
  let amountFen = 0;
  let repriced = 0;
  for (const o of orders) {
    let old = false;
    for (const [code, qty] of o.items) {
      const fen = priceOf(o, code, price);
      perItem.set(code, (perItem.get(code) ?? 0) + qty);
      const byPrice = perPrice.get(code) ?? new Map<number, number>();
      byPrice.set(fen, (byPrice.get(fen) ?? 0) + qty);
      perPrice.set(code, byPrice);
      portions += qty;
      amountFen += qty * fen;
      if (price.has(code) && fen !== price.get(code)) old = true;
    }
    if (old) repriced++;
  }
  return { portions, amountFen, perItem, perPrice, repriced };
}

/** The price an order carries for an item: the one it was ordered at, else the item's. */
const priceOf = (order: Order, code: string, current: Map<string, number>): number => order.prices.get(code) ?? current.get(code) ?? 0;

/** What one household owes, in fen, at the prices its order carries. */
export function amountOf(order: Order, items: Item[]): number {
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  let fen = 0;
  for (const [code, qty] of order.items) fen += qty * priceOf(order, code, price);
  return fen;
}

/** Whether an order carries a price that is not the item's price now (it was ordered before a change). */
export function carriesOldPrice(order: Order, items: Item[]): boolean {
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  return [...order.items.keys()].some((code) => order.prices.has(code) && price.has(code) && order.prices.get(code) !== price.get(code));
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
