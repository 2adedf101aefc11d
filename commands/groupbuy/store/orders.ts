import type { Db } from '../../../src/db/open.js';
import { buildingKey, doorKey, type Door } from '../../../src/kernel/fields/door.js';
import { homeOf } from '../../../src/services/members.js';
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
  /** Its number in the tool an imported order came from (跟团号); null for chat orders. */
  ref: string | null;
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
  o: { groupbuyId: number; door: Door; items: Map<string, number>; placedBy: number | null; name?: string; phone?: string; ref?: string },
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
         phone = COALESCE(?, phone), ref = COALESCE(?, ref), updated_at = ? WHERE id = ?`,
    ).run(o.placedBy, o.name ?? null, o.phone ?? null, o.ref ?? null, now, existing.id);
    db.prepare('DELETE FROM groupbuy_order_items WHERE order_id = ?').run(existing.id);
    order = {
      ...existing,
      status: 'active',
      placed_by: o.placedBy ?? existing.placed_by,
      name: o.name ?? existing.name,
      phone: o.phone ?? existing.phone,
      ref: o.ref ?? existing.ref,
      items: new Map(o.items),
    };
  } else {
    // The next position in the chain and the insert, in one statement.
    const row = db
      .prepare(
        `INSERT INTO groupbuy_orders (groupbuy_id, door, building, placed_by, name, phone, ref, position, created_at, updated_at)
         SELECT ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1, ?, ? FROM groupbuy_orders WHERE groupbuy_id = ?
         RETURNING id, position`,
      )
      .get(o.groupbuyId, key, buildingKey(o.door), o.placedBy, o.name ?? null, o.phone ?? null, o.ref ?? null, now, now, o.groupbuyId) as { id: number; position: number };
    order = {
      id: row.id,
      groupbuy_id: o.groupbuyId,
      door: key,
      building: buildingKey(o.door),
      placed_by: o.placedBy,
      name: o.name ?? null,
      phone: o.phone ?? null,
      ref: o.ref ?? null,
      status: 'active',
      position: row.position,
      paid_at: null,
      delivered_at: null,
      items: new Map(o.items),
      prices: new Map(),
    };
  }
  // An item keeps the price the household ordered it at (a price changed after approval applies to
  // new orders only); an item added now takes today's price, read in the same statement.
  const kept = existing?.status === 'active' ? existing.prices : new Map<string, number>();
  order.prices = new Map(kept);
  const add = db.prepare(
    `INSERT INTO groupbuy_order_items (order_id, code, qty, price_fen)
     VALUES (?, ?, ?, COALESCE(?, (SELECT price_fen FROM groupbuy_items WHERE groupbuy_id = ? AND code = ?)))`,
  );
  for (const [code, qty] of o.items) add.run(order.id, code, qty, kept.get(code) ?? null, o.groupbuyId, code);
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

/**
 * Names for a delivery sheet's orders that carry none (a chat order: "/buy 1 5-302 B 1" names no
 * one): whoever placed it from that door, else the first member known to live there, else whoever
 * placed it (someone with no home recorded usually orders for their own). By order id.
 */
export function recipientNames(db: Db, communityId: number, orders: Order[]): Map<number, string> {
  const names = new Map<number, string>();
  const unnamed = orders.filter((o) => !o.name);
  if (unnamed.length === 0) return names;
  const home = (m: HomeRow) => {
    const door = homeOf(m);
    return door && doorKey(door);
  };
  const livesAt = new Map<string, string>();
  const residents = db
    .prepare('SELECT id, display_name, home_area, home_building, home_room FROM members WHERE community_id = ? AND home_room IS NOT NULL ORDER BY id')
    .all(communityId) as HomeRow[];
  for (const m of residents) {
    const key = home(m);
    if (key && !livesAt.has(key)) livesAt.set(key, m.display_name);
  }
  const placerIds = [...new Set(unnamed.map((o) => o.placed_by).filter((id): id is number => id !== null))];
  const placers = new Map(
    (db
      .prepare('SELECT id, display_name, home_area, home_building, home_room FROM members WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(placerIds)) as HomeRow[]).map((m) => [m.id, m]),
  );
  for (const o of unnamed) {
    const placer = o.placed_by !== null ? placers.get(o.placed_by) : undefined;
    const placerHome = placer && home(placer);
    const name = placerHome === o.door ? placer!.display_name : (livesAt.get(o.door) ?? (placer && !placerHome ? placer.display_name : undefined));
    if (name) names.set(o.id, name);
  }
  return names;
}

interface HomeRow {
  id: number;
  display_name: string;
  home_area: string | null;
  home_building: string | null;
  home_room: string | null;
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

/** The members of a community whose saved home is this door, on every platform. */
export function householdAt(db: Db, communityId: number, door: Door): { id: number; platform: string; user_id: string }[] {
  const building = door.unit ? `${door.building}-${door.unit}` : door.building;
  return db
    .prepare(
      `SELECT id, platform, user_id FROM members WHERE community_id = ? AND home_building = ? AND home_room = ? AND home_area IS ? ORDER BY id`,
    )
    .all(communityId, building, door.room, door.area ?? null) as { id: number; platform: string; user_id: string }[];
}

export interface BuildingTotals {
  building: string;
  households: number;
  paidHouseholds: number;
  /** code → portions ordered; and of them by households that have paid */
  qty: Map<string, number>;
  paidQty: Map<string, number>;
}

/**
 * Totals per building and item of a group-buy's active orders, summed in SQL (a street's biggest
 * group-buy has 5,000 orders: the desk answers without reading them one by one).
 */
export function buildingTotals(db: Db, groupbuyId: number): BuildingTotals[] {
  const byBuilding = new Map<string, BuildingTotals>();
  const households = db
    .prepare(`SELECT building, COUNT(*) AS n, COUNT(paid_at) AS paid FROM groupbuy_orders WHERE groupbuy_id = ? AND status = 'active' GROUP BY building`)
    .all(groupbuyId) as { building: string; n: number; paid: number }[];
  for (const h of households) byBuilding.set(h.building, { building: h.building, households: h.n, paidHouseholds: h.paid, qty: new Map(), paidQty: new Map() });
  const items = db
    .prepare(
      `SELECT o.building, i.code, SUM(i.qty) AS qty, SUM(CASE WHEN o.paid_at IS NULL THEN 0 ELSE i.qty END) AS paid
       FROM groupbuy_orders o JOIN groupbuy_order_items i ON i.order_id = o.id
       WHERE o.groupbuy_id = ? AND o.status = 'active' GROUP BY o.building, i.code`,
    )
    .all(groupbuyId) as { building: string; code: string; qty: number; paid: number }[];
  for (const row of items) {
    const b = byBuilding.get(row.building);
    if (!b) continue;
    b.qty.set(row.code, row.qty);
    b.paidQty.set(row.code, row.paid);
  }
  return [...byBuilding.values()];
}

/** A building's active orders of a group-buy, door by door (payment marks, delivery). */
export function ordersOfBuilding(db: Db, groupbuyId: number, building: string): Order[] {
  const rows = db
    .prepare(`${SELECT_ORDERS} WHERE o.groupbuy_id = ? AND o.building = ? AND o.status = 'active' ORDER BY o.position, o.id`)
    .all(groupbuyId, building) as OrderRow[];
  return rows.map(toOrder);
}

/** Households ordering in each of a community's group-buys. */
export function householdCounts(db: Db, communityId: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT o.groupbuy_id AS id, COUNT(*) AS n FROM groupbuy_orders o JOIN groupbuys g ON g.id = o.groupbuy_id
       WHERE g.community_id = ? AND o.status = 'active' GROUP BY o.groupbuy_id`,
    )
    .all(communityId) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** A household's orders (placed by the member, or for their door), newest first, with their group-buy. */
export function householdOrders(db: Db, memberId: number, communityId: number, door: string | undefined, limit = 30): (Order & { title: string; groupbuy_status: string })[] {
  const rows = db
    .prepare(
      `${SELECT_ORDERS.replace('FROM groupbuy_orders o', '')}, g.title, g.status AS groupbuy_status
       FROM groupbuy_orders o JOIN groupbuys g ON g.id = o.groupbuy_id
       WHERE g.community_id = ? AND o.status = 'active' AND (o.placed_by = ? OR o.door = ?) ORDER BY o.id DESC LIMIT ?`,
    )
    .all(communityId, memberId, door ?? null, limit) as (OrderRow & { title: string; groupbuy_status: string })[];
  return rows.map((r) => ({ ...toOrder(r), title: r.title, groupbuy_status: r.groupbuy_status }));
}
