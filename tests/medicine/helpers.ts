import type { Db } from '../../src/db/open.js';

/** Each medicine request as the team's sheet would list it: door, days left and items with their counts. */
export const requestRows = (db: Db) =>
  db
    .prepare(
      `SELECT r.door, r.days_left AS days, group_concat(i.name || '×' || i.quantity, '、') AS items
       FROM medicine_requests r JOIN medicine_items i ON i.request_id = r.id GROUP BY r.id ORDER BY r.id`,
    )
    .all() as { door: string; days: number | null; items: string }[];

/** Every medicine item recorded, in order ('、'-joined), or null when none was. */
export const itemNames = (db: Db) => db.prepare("SELECT group_concat(name, '、') FROM medicine_items").pluck().get() as string | null;
