import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openDb, type Db } from '../../src/db/open.js';
import { cancelOrder, placeOrder, portionsOf } from '../../commands/groupbuy/store/orders.js';
import { createGroupBuy } from '../../commands/groupbuy/store/groupbuys.js';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = undefined;
  dir = undefined;
});

const items = ['A', 'B', 'C'].map((code, position) => ({ code, name: `${code}套餐`, contents: '', price_fen: 100, position }));

/** What "本团共N份" should say: every item of every active order, counted from the orders themselves. */
const counted = (d: Db, id: number) =>
  d
    .prepare(`SELECT COALESCE(SUM(i.qty), 0) FROM groupbuy_order_items i JOIN groupbuy_orders o ON o.id = i.order_id WHERE o.groupbuy_id = ? AND o.status = 'active'`)
    .pluck()
    .get(id) as number;

describe('the running total of portions residents are told', () => {
  it('always equals the active orders, through new orders, changes, repeats, cancellations and re-orders in two group-buys', () => {
    dir = mkdtempSync(join(tmpdir(), 'linli-portions-'));
    db = openDb(join(dir, 'linli.db'));
    migrate(db);
    const d = db;
    d.prepare(`INSERT INTO communities (id, name, created_at) VALUES (1, '阳光二期', 0)`).run();
    d.prepare(`INSERT INTO members (id, platform, user_id, display_name, created_at, updated_at) VALUES (1, 'console', 'leader', 'leader', 0, 0)`).run();
    const ids = [1, 2].map((n) => createGroupBuy(d, { communityId: 1, leaderMemberId: 1, title: `团${n}`, supplier: '', deadlineAt: 1e13, items, status: 'open' }, 0));
    const op = fc.record({
      gb: fc.constantFrom(...ids),
      room: fc.integer({ min: 1, max: 6 }),
      cancel: fc.boolean(),
      order: fc.dictionary(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 1, max: 4 }), { minKeys: 1 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        d.exec('DELETE FROM groupbuy_order_items; DELETE FROM groupbuy_seen_lines; DELETE FROM groupbuy_orders; UPDATE groupbuy_portions SET portions = 0;');
        for (const o of ops) {
          const door = { building: '5', room: `${o.room}01` };
          if (o.cancel) cancelOrder(d, o.gb, `5-${o.room}01`, 1);
          else placeOrder(d, { groupbuyId: o.gb, door, items: new Map(Object.entries(o.order)), placedBy: 1 }, 1);
          for (const id of ids) expect(portionsOf(d, id)).toBe(counted(d, id));
        }
      }),
      { numRuns: 60 },
    );
  });
});
