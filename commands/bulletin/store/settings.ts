import type { Db } from '../../../src/db/open.js';
import { groupsOf, type Chat } from '../../../src/services/communities.js';

/** The time a community's bulletin goes out when its secretary has not set one. */
export const DEFAULT_BULLETIN_TIME = '20:00';

export interface BulletinSettings {
  communityId: number;
  sendTime: string;
  enabled: boolean;
  /** Chosen groups (chats.id); undefined = every group bound to the community. */
  groupIds: number[] | undefined;
  /** When the community came into being or the secretary last changed these settings. */
  createdAt: number;
  changedAt: number;
}

interface Row {
  send_time: string | null;
  enabled: number | null;
  group_ids: string | null;
  updated_at: number | null;
  created_at: number;
}

export function bulletinSettings(db: Db, communityId: number): BulletinSettings {
  const row = db
    .prepare(
      `SELECT s.send_time, s.enabled, s.group_ids, s.updated_at, c.created_at
       FROM communities c LEFT JOIN bulletin_settings s ON s.community_id = c.id WHERE c.id = ?`,
    )
    .get(communityId) as Row | undefined;
  return {
    communityId,
    sendTime: row?.send_time ?? DEFAULT_BULLETIN_TIME,
    enabled: row?.enabled !== 0,
    groupIds: row?.group_ids ? (JSON.parse(row.group_ids) as number[]) : undefined,
    createdAt: row?.created_at ?? 0,
    changedAt: row?.updated_at ?? row?.created_at ?? 0,
  };
}

function upsert(db: Db, communityId: number, column: 'send_time' | 'enabled' | 'group_ids', value: unknown, now: number): void {
  db.prepare(
    `INSERT INTO bulletin_settings (community_id, ${column}, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (community_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`,
  ).run(communityId, value, now);
}

/** "20:00", local time in LINLI_TIMEZONE. */
export function setBulletinTime(db: Db, communityId: number, time: string, now: number): void {
  upsert(db, communityId, 'send_time', time, now);
}

export function setBulletinEnabled(db: Db, communityId: number, enabled: boolean, now: number): void {
  upsert(db, communityId, 'enabled', enabled ? 1 : 0, now);
}

/** Chooses the groups the bulletin goes to; undefined goes back to every bound group. */
export function setBulletinGroups(db: Db, communityId: number, chatIds: number[] | undefined, now: number): void {
  upsert(db, communityId, 'group_ids', chatIds ? JSON.stringify(chatIds) : null, now);
}

/** The groups the bulletin goes to: the chosen ones still bound to the community, else every bound group. */
export function bulletinGroups(db: Db, communityId: number): Chat[] {
  const all = groupsOf(db, communityId);
  const chosen = bulletinSettings(db, communityId).groupIds;
  return chosen ? all.filter((c) => chosen.includes(c.id)) : all;
}
