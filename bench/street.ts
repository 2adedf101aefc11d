/**
 * A database the size of a street, built straight into the real migrated schema with SQL:
 * residents with homes, volunteers, medicine requests, group-buys with their orders, and 60 days of
 * message history. Seeded, so every run builds the same street and runs are comparable.
 */
import type { Db } from '../src/db/open.js';
import { openDb } from '../src/db/open.js';
import { migrate } from '../src/db/migrate.js';

export interface StreetSize {
  residents: number;
  volunteers: number;
  medicineRequests: number;
  groupBuys: number;
  orders: number;
  /** Orders in the biggest group-buy (the one exported). */
  biggestOrders: number;
  days: number;
  /** Incoming messages recorded a day (the ledger holds ids, never text). */
  messagesPerDay: number;
}

export const FULL_STREET: StreetSize = {
  residents: 60_000,
  volunteers: 3_000,
  medicineRequests: 20_000,
  groupBuys: 200,
  orders: 100_000,
  biggestOrders: 5_000,
  days: 60,
  messagesPerDay: 5_000,
};

export const SMALL_STREET: StreetSize = {
  residents: 3_000,
  volunteers: 150,
  medicineRequests: 1_000,
  groupBuys: 10,
  orders: 5_000,
  biggestOrders: 1_000,
  days: 10,
  messagesPerDay: 500,
};

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
export const BUILDINGS = 300;
const ROOMS_PER_BUILDING = 72; // 18 floors × 4 doors
const MEDICINES = ['氨氯地平', '二甲双胍', '阿司匹林', '硝苯地平', '胰岛素', '阿托伐他汀', '速效救心丸'];
const OPEN_MED = ['submitted', 'collected', 'buying', 'bought', 'substituted', 'unavailable'];

/** The i-th door of the street, as a door key, its building and its room. */
function door(i: number): { door: string; building: string; room: string } {
  const b = (i % BUILDINGS) + 1;
  const k = Math.floor(i / BUILDINGS) % ROOMS_PER_BUILDING;
  const room = `${Math.floor(k / 4) + 1}0${(k % 4) + 1}`;
  return { door: `${b}-${room}`, building: String(b), room };
}

export interface Street {
  communityId: number;
  /** The biggest group-buy's id. */
  biggestGroupBuy: number;
  /** The last day of history ("2026-04-20"), the day the bulletin is assembled for. */
  today: string;
  /** Epoch ms of noon on that day. */
  now: number;
}

/** Builds the street into a new database file; one transaction per table. */
export function buildStreet(path: string, size: StreetSize, seed = 20220401): Street {
  const db = openDb(path);
  migrate(db);
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const today = '2026-04-20';
  const now = Date.parse(`${today}T04:00:00Z`); // noon in Shanghai
  const start = now - size.days * DAY;
  const at = () => start + Math.floor(rand() * (now - start));
  const table = (fn: () => void) => db.transaction(fn)();

  table(() => {
    db.prepare('INSERT INTO communities (id, name, created_at) VALUES (1, ?, ?)').run('阳光街道', start);
    const chat = db.prepare(
      'INSERT INTO chats (platform, chat_id, title, is_group, community_id, purpose, buildings, created_at) VALUES (?, ?, ?, 1, 1, ?, ?, ?)',
    );
    chat.run('console', '控制台群', '控制台群', null, null, start);
    chat.run('console', '志愿者群', '志愿者群', 'volunteers', null, start);
    for (let b = 1; b <= BUILDINGS; b++) chat.run(b % 2 ? 'telegram' : 'wechat', `g${b}`, `${b}号楼群`, null, JSON.stringify([String(b)]), start);
  });

  // Residents: members with homes. Member 1 is the secretary, the first volunteers follow.
  table(() => {
    const m = db.prepare(
      `INSERT INTO members (id, platform, user_id, display_name, community_id, home_building, home_room, phone, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= size.residents; i++) {
      const d = door(i);
      const t = at();
      m.run(i, i === 1 ? 'console' : i % 2 ? 'telegram' : 'wechat', i === 1 ? 'secretary' : `u${i}`, `居民${i}`, d.building, d.room, rand() < 0.3 ? `138${String(i).padStart(8, '0')}` : null, t, t);
    }
  });
  table(() => {
    const r = db.prepare('INSERT INTO member_roles (member_id, community_id, role, scope, granted_at) VALUES (?, 1, ?, ?, ?)');
    r.run(1, 'secretary', '', start);
    r.run(1, 'medicine_team', '', start);
    for (let i = 2; i <= 21; i++) r.run(i, 'medicine_team', '', start);
    for (let b = 1; b <= BUILDINGS; b++) r.run(100 + b, 'building_lead', String(b), start);
    for (let i = 0; i < 50; i++) r.run(1000 + i, 'groupbuy_leader', '', start);
  });

  table(() => {
    const v = db.prepare('INSERT INTO volunteers (community_id, member_id, building, availability, status, joined_at) VALUES (1, ?, ?, ?, ?, ?)');
    const s = db.prepare('INSERT INTO volunteer_skills (volunteer_id, skill) VALUES (?, ?)');
    for (let i = 0; i < size.volunteers; i++) {
      const memberId = 2 + i * Math.floor(size.residents / size.volunteers - 1);
      const { lastInsertRowid } = v.run(memberId, door(memberId).building, pick(['morning', 'afternoon', 'evening', 'allday']), rand() < 0.95 ? 'active' : 'left', at());
      s.run(lastInsertRowid, pick(['doctor', 'nurse', 'driver', 'delivery', 'translator', 'guide']));
    }
  });
  table(() => {
    const t = db.prepare(
      `INSERT INTO volunteer_tasks (community_id, platform, chat_id, title, building, posted_by, owner_member_id, status, created_at, claimed_at, done_at)
       VALUES (1, 'console', '志愿者群', ?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < size.days * 20; i++) {
      const created = at();
      const status = created > now - DAY ? pick(['open', 'claimed', 'done']) : 'done';
      t.run(`搬运物资${i}`, String((i % BUILDINGS) + 1), status === 'open' ? null : 2, status, created, status === 'open' ? null : created + 600_000, status === 'done' ? created + 3_600_000 : null);
    }
  });

  table(() => {
    const r = db.prepare(
      `INSERT INTO medicine_requests (community_id, requester_id, door, building, patient, days_left, urgent, hospital, status, created_at, updated_at, delivered_at, closed_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const item = db.prepare('INSERT INTO medicine_items (request_id, position, name, strength, quantity, unit, substitute) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < size.medicineRequests; i++) {
      const requester = 1 + Math.floor(rand() * size.residents);
      const d = door(requester);
      const created = at();
      // The last few days' requests are still open; older ones were delivered (or cancelled).
      const open = created > now - 3 * DAY && rand() < 0.7;
      const status = open ? pick(OPEN_MED) : rand() < 0.9 ? 'delivered' : 'cancelled';
      const done = status === 'delivered' ? Math.min(now, created + DAY) : null;
      const { lastInsertRowid } = r.run(requester, d.door, d.building, rand() < 0.5 ? '王阿姨' : null, rand() < 0.6 ? Math.floor(rand() * 7) : null, rand() < 0.1 ? 1 : 0, rand() < 0.5 ? '第六人民医院' : null, status, created, done ?? created, done, open ? null : (done ?? created + DAY));
      const n = 1 + Math.floor(rand() * 3);
      for (let p = 0; p < n; p++) item.run(lastInsertRowid, p + 1, pick(MEDICINES), pick(['5mg', '0.5g', '10ml', null]), 1 + Math.floor(rand() * 3), '盒', rand() < 0.5 ? 1 : null);
    }
  });

  // Group-buys: #1 is the biggest; the rest share the other orders. A few are still open.
  let orderCount = 0;
  table(() => {
    const g = db.prepare(
      `INSERT INTO groupbuys (id, community_id, leader_member_id, title, supplier, deadline_at, delivery_date, status, approved_by, approved_at, launched_at, closed_at, created_at, updated_at)
       VALUES (?, 1, ?, ?, '浦东绿源农产品公司', ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    const item = db.prepare('INSERT INTO groupbuy_items (groupbuy_id, code, name, contents, price_fen, position) VALUES (?, ?, ?, ?, ?, ?)');
    const chat = db.prepare('INSERT INTO groupbuy_chats (groupbuy_id, platform, chat_id, launched_at) VALUES (?, ?, ?, ?)');
    const hist = db.prepare('INSERT INTO groupbuy_history (groupbuy_id, at, actor_member_id, action, detail) VALUES (?, ?, 1, ?, ?)');
    for (let id = 1; id <= size.groupBuys; id++) {
      const created = id === 1 ? now - 2 * DAY : at();
      const open = id > 1 && created > now - 2 * DAY;
      const deadline = created + DAY;
      const delivery = new Date(deadline + DAY + 8 * 3_600_000).toISOString().slice(0, 10);
      g.run(id, 1000 + (id % 50), `${delivery.slice(5)} 蔬菜套餐 #${id}`, deadline, delivery, open ? 'open' : 'closed', created, created, open ? null : deadline, created, created);
      item.run(id, 'A', 'A套餐', '鸡蛋、蔬菜、肉', 10000, 1);
      item.run(id, 'B', 'B套餐', '蔬菜、水果', 15000, 2);
      item.run(id, 'C', 'C套餐', '', 8850, 3);
      chat.run(id, 'console', '控制台群', created);
      for (const action of ['registered', 'approved', 'launched', 'closed']) hist.run(id, created, action, '');
    }
  });
  table(() => {
    const o = db.prepare(
      `INSERT INTO groupbuy_orders (id, groupbuy_id, door, building, placed_by, name, phone, status, position, paid_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const oi = db.prepare('INSERT INTO groupbuy_order_items (order_id, code, qty) VALUES (?, ?, ?)');
    const rest = size.groupBuys > 1 ? Math.floor((size.orders - size.biggestOrders) / (size.groupBuys - 1)) : 0;
    for (let id = 1; id <= size.groupBuys; id++) {
      const n = id === 1 ? size.biggestOrders : rest;
      const offset = Math.floor(rand() * 20_000);
      for (let k = 0; k < n; k++) {
        const placer = 1 + ((offset + k) % size.residents);
        const d = door(offset + k); // distinct doors within one group-buy (n ≤ 21,600)
        const t = at();
        o.run(++orderCount, id, d.door, d.building, placer, rand() < 0.3 ? '王' : null, rand() < 0.1 ? `139${String(k).padStart(8, '0')}` : null, rand() < 0.97 ? 'active' : 'cancelled', k + 1, rand() < 0.6 ? t : null, t, t);
        oi.run(orderCount, pick(['A', 'B', 'C']), 1 + Math.floor(rand() * 3));
      }
    }
  });

  // History: the message ledger, what the bot sent, the audit trail, notices and bulletins, day by day.
  table(() => {
    const inc = db.prepare('INSERT INTO incoming_messages (platform, chat_id, message_id, member_id, received_at, handled_as) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < size.days * size.messagesPerDay; i++) {
      const b = 1 + (i % BUILDINGS);
      inc.run(b % 2 ? 'telegram' : 'wechat', `g${b}`, `h${i}`, 1 + Math.floor(rand() * size.residents), start + Math.floor((i / (size.days * size.messagesPerDay)) * (now - start)), pick(['home', 'ignored', 'ignored', 'medicine', 'groupbuy.line', 'task.claim']));
    }
  });
  table(() => {
    const out = db.prepare(
      `INSERT INTO outbox (platform, chat_id, text, status, attempts, next_attempt_at, created_at, sent_at) VALUES (?, ?, ?, 'sent', 1, ?, ?, ?)`,
    );
    const bm = db.prepare('INSERT INTO bot_messages (platform, chat_id, message_id, outbox_id, sent_at) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < (size.days * size.messagesPerDay) / 3; i++) {
      const b = 1 + (i % BUILDINGS);
      const t = at();
      const { lastInsertRowid } = out.run(b % 2 ? 'telegram' : 'wechat', `g${b}`, '✅ 已记录 5-302', t, t, t);
      bm.run(b % 2 ? 'telegram' : 'wechat', `g${b}`, `bot${i}`, lastInsertRowid, t);
    }
  });
  table(() => {
    const a = db.prepare('INSERT INTO audit_log (at, actor_member_id, community_id, action, record_kind, record_id) VALUES (?, ?, 1, ?, ?, ?)');
    for (let i = 0; i < size.days * 500; i++) a.run(at(), 1 + Math.floor(rand() * size.residents), pick(['medicine.list', 'home.set', 'role.grant']), 'member', String(i));
    const n = db.prepare('INSERT INTO notices (community_id, date, text, urgent, created_by, created_at, updated_at) VALUES (1, ?, ?, ?, 1, ?, ?)');
    const s = db.prepare(`INSERT INTO bulletin_sends (community_id, date, trigger, group_count, created_at) VALUES (1, ?, 'schedule', ?, ?)`);
    for (let d = 0; d <= size.days; d++) {
      const t = start + d * DAY;
      const date = new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
      for (let k = 0; k < 3; k++) n.run(date, `明日核酸 ${k + 1} 号点 7:00 开始,请带好身份证`, k === 0 ? 1 : 0, t, t);
      if (date !== today) s.run(date, BUILDINGS, t);
    }
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { communityId: 1, biggestGroupBuy: 1, today, now };
}

export type { Db };
