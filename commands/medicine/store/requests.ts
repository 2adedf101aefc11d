import type { Db } from '../../../src/db/open.js';
import { doorKey, type Door } from '../../../src/kernel/fields/door.js';
import { homeOf, type Member } from '../../../src/services/members.js';
import type { MedicineItem } from '../read.js';

export const STATUSES = ['submitted', 'collected', 'buying', 'bought', 'substituted', 'unavailable', 'delivered', 'cancelled'] as const;
export type MedicineStatus = (typeof STATUSES)[number];
/** A request is open until it is delivered or cancelled ("not available" stays open for the next try). */
export const OPEN_STATUSES: readonly MedicineStatus[] = ['submitted', 'collected', 'buying', 'bought', 'substituted', 'unavailable'];
const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(',');

export const NEXT_STEPS = ['next_run', 'other_hospital', 'internet_hospital'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Days of medicine left at or under which an open request counts as urgent. */
export const URGENT_DAYS = 3;
const DAY_MS = 86_400_000;

export interface MedicineRequest {
  id: number;
  community_id: number | null;
  requester_id: number;
  door: string;
  building: string;
  patient: string | null;
  on_behalf: number;
  days_left: number | null;
  urgent: number;
  hospital: string | null;
  status: MedicineStatus;
  outcome_note: string | null;
  next_step: NextStep | null;
  run_id: number | null;
  card_taken_by: number | null;
  card_taken_at: number | null;
  card_at_hospital_at: number | null;
  card_returned_at: number | null;
  card_returned_to: string | null;
  cash_received_fen: number | null;
  cash_spent_fen: number | null;
  change_returned_fen: number | null;
  change_returned_at: number | null;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
  closed_at: number | null;
  forgotten_at: number | null;
}

export interface MedicineItemRow {
  id: number;
  request_id: number;
  position: number;
  name: string;
  strength: string | null;
  quantity: number;
  unit: string | null;
  substitute: number | null;
}

export interface NewRequest {
  communityId: number;
  requesterId: number;
  door: Door;
  building: string;
  patient?: string;
  onBehalf: boolean;
  daysLeft?: number;
  urgent: boolean;
  hospital?: string;
  items: (MedicineItem & { quantity: number })[];
}

/** Records a complete request and its medicines; returns its number. */
export function createRequest(db: Db, r: NewRequest, now: number): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO medicine_requests (community_id, requester_id, door, building, patient, on_behalf, days_left, urgent,
                                        hospital, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.communityId,
        r.requesterId,
        doorKey(r.door),
        r.building,
        r.patient ?? null,
        r.onBehalf ? 1 : 0,
        r.daysLeft ?? null,
        r.urgent ? 1 : 0,
        r.hospital ?? null,
        now,
        now,
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO medicine_items (request_id, position, name, strength, quantity, unit, substitute) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  r.items.forEach((item, i) =>
    insert.run(id, i + 1, item.name, item.strength ?? null, item.quantity, item.unit ?? null, item.substitute === undefined ? null : item.substitute ? 1 : 0),
  );
  return id;
}

export function requestById(db: Db, id: number): MedicineRequest | undefined {
  return db.prepare('SELECT * FROM medicine_requests WHERE id = ?').get(id) as MedicineRequest | undefined;
}

export function itemsOf(db: Db, requestId: number): MedicineItemRow[] {
  return db.prepare('SELECT * FROM medicine_items WHERE request_id = ? ORDER BY position').all(requestId) as MedicineItemRow[];
}

/** Whether a member's household is the request's: their saved home is its door, in its community. */
export function isOwnHousehold(member: Member, r: MedicineRequest): boolean {
  const home = homeOf(member);
  return home !== undefined && member.community_id === r.community_id && doorKey(home) === r.door;
}

/** Whether a resident may read a request: they wrote it, or it is for their household. */
export function isOwnRequest(member: Member, r: MedicineRequest): boolean {
  return r.requester_id === member.id || isOwnHousehold(member, r);
}

/** A member's own requests and their household's, newest first. */
export function requestsOfMember(db: Db, member: Member, limit = 20): MedicineRequest[] {
  const home = homeOf(member);
  return db
    .prepare(
      `SELECT * FROM medicine_requests WHERE forgotten_at IS NULL AND (requester_id = ? OR (community_id = ? AND door = ?))
       ORDER BY id DESC LIMIT ?`,
    )
    .all(member.id, member.community_id, home ? doorKey(home) : null, limit) as MedicineRequest[];
}

/** The members of a community who live at a door (to tell a household the outcome). */
export function householdMembers(db: Db, communityId: number, door: string): Member[] {
  const room = door.slice(door.lastIndexOf('-') + 1);
  const members = db
    .prepare('SELECT * FROM members WHERE community_id = ? AND home_room = ? ORDER BY id')
    .all(communityId, room) as Member[];
  return members.filter((m) => {
    const home = homeOf(m);
    return home !== undefined && doorKey(home) === door;
  });
}

export interface QueueFilter {
  building?: string;
  hospital?: string;
  /** Only requests not yet in a run. */
  unassigned?: boolean;
  ids?: number[];
}

/**
 * Open requests, most urgent first: fewest days of medicine left now (counting the days since the
 * request), then "急", then the oldest.
 */
export function openQueue(db: Db, communityId: number, now: number, f: QueueFilter = {}): MedicineRequest[] {
  const where = [`community_id = ?`, `status IN (${OPEN_SQL})`];
  const params: (string | number)[] = [communityId];
  if (f.building) {
    where.push('building = ?');
    params.push(f.building);
  }
  if (f.hospital) {
    where.push(`(hospital IS NULL OR hospital LIKE ? ESCAPE '\\')`);
    params.push(`%${f.hospital.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (f.unassigned) where.push(`(run_id IS NULL OR status = 'unavailable')`);
  if (f.ids) where.push(`id IN (${f.ids.map(() => '?').join(',') || 'NULL'})`), params.push(...f.ids);
  return db
    .prepare(
      `SELECT * FROM medicine_requests WHERE ${where.join(' AND ')}
       ORDER BY COALESCE(days_left - (? - created_at) / ${DAY_MS}, CASE urgent WHEN 1 THEN ${URGENT_DAYS} ELSE 100000 END),
                urgent DESC, created_at, id`,
    )
    .all(...params, now) as MedicineRequest[];
}

/** The buildings and hospitals open requests name, for the desk's filters. */
export function openFacets(db: Db, communityId: number): { buildings: string[]; hospitals: string[] } {
  const buildings = db
    .prepare(`SELECT DISTINCT building FROM medicine_requests WHERE community_id = ? AND status IN (${OPEN_SQL})`)
    .pluck()
    .all(communityId) as string[];
  const hospitals = db
    .prepare(`SELECT DISTINCT hospital FROM medicine_requests WHERE community_id = ? AND status IN (${OPEN_SQL}) AND hospital IS NOT NULL`)
    .pluck()
    .all(communityId) as string[];
  return { buildings, hospitals };
}

/** Days of medicine left now, counting down from what the resident said. */
export function daysLeftNow(r: Pick<MedicineRequest, 'days_left' | 'created_at'>, now: number): number | undefined {
  if (r.days_left === null) return undefined;
  return Math.max(0, r.days_left - Math.floor((now - r.created_at) / DAY_MS));
}

export function isUrgent(r: MedicineRequest, now: number): boolean {
  const days = daysLeftNow(r, now);
  return r.urgent === 1 || (days !== undefined && days <= URGENT_DAYS);
}

/** Which status may follow which. Delivered and cancelled are final. */
const NEXT: Record<MedicineStatus, readonly MedicineStatus[]> = {
  submitted: ['collected', 'buying', 'bought', 'substituted', 'unavailable', 'cancelled'],
  collected: ['buying', 'bought', 'substituted', 'unavailable', 'cancelled'],
  buying: ['bought', 'substituted', 'unavailable', 'cancelled'],
  bought: ['delivered'],
  substituted: ['delivered'],
  unavailable: ['collected', 'buying', 'bought', 'substituted', 'unavailable', 'cancelled'],
  delivered: [],
  cancelled: [],
};

export const canMove = (from: MedicineStatus, to: MedicineStatus): boolean => NEXT[from].includes(to);

export interface StatusChange {
  status: MedicineStatus;
  actorId: number;
  note?: string;
  nextStep?: NextStep;
  cashFen?: number;
  returnedTo?: string;
}

/** Moves a request on, keeping the card's and the cash's journey. The caller checked `canMove`. */
export function applyStatus(db: Db, r: MedicineRequest, c: StatusChange, now: number): void {
  const set: Record<string, string | number | null> = { status: c.status, updated_at: now };
  if (c.status === 'collected') {
    // Taken again (after "not available"): a new journey for the card.
    set.card_taken_by = c.actorId;
    set.card_taken_at = now;
    set.card_at_hospital_at = null;
    set.card_returned_at = null;
    set.card_returned_to = null;
    if (c.cashFen !== undefined) set.cash_received_fen = c.cashFen;
  }
  if (c.status === 'buying' && r.card_taken_at !== null) set.card_at_hospital_at = now;
  if (c.status === 'substituted') set.outcome_note = c.note ?? null;
  if (c.status === 'unavailable') {
    set.next_step = c.nextStep ?? 'next_run';
    // Back to the queue: the next run may take it.
    set.run_id = null;
  }
  if (c.status === 'delivered') {
    set.delivered_at = now;
    set.closed_at = now;
    if (r.card_taken_at !== null && r.card_returned_at === null) {
      set.card_returned_at = now;
      set.card_returned_to = c.returnedTo ?? r.patient ?? null;
    }
  }
  if (c.status === 'cancelled') set.closed_at = now;
  update(db, r.id, set);
}

/** The card came back (also for a request not delivered: cancelled, not available). */
export function returnCard(db: Db, r: MedicineRequest, to: string | undefined, now: number): void {
  update(db, r.id, { card_returned_at: now, card_returned_to: to ?? r.patient ?? null, updated_at: now });
}

/** Cash: received from the resident, spent at the hospital, change given back (fen). */
export function recordCash(db: Db, r: MedicineRequest, cash: { received?: number; spent?: number; change?: number }, now: number): void {
  const set: Record<string, number> = { updated_at: now };
  if (cash.received !== undefined) set.cash_received_fen = cash.received;
  if (cash.spent !== undefined) set.cash_spent_fen = cash.spent;
  if (cash.change !== undefined) {
    set.change_returned_fen = cash.change;
    set.change_returned_at = now;
  }
  update(db, r.id, set);
}

function update(db: Db, id: number, set: Record<string, string | number | null>): void {
  const cols = Object.keys(set);
  db.prepare(`UPDATE medicine_requests SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...set, id });
}

/** Insurance cards taken from a home and not yet back, oldest first. */
export function cardsOut(db: Db, communityId: number): MedicineRequest[] {
  return db
    .prepare(
      `SELECT * FROM medicine_requests WHERE community_id = ? AND card_taken_at IS NOT NULL AND card_returned_at IS NULL
       ORDER BY card_taken_at, id`,
    )
    .all(communityId) as MedicineRequest[];
}
