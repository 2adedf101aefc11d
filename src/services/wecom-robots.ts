import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open.js';
import { bindChat, upsertChat } from './communities.js';

/**
 * WeCom (企业微信) group robots: a community's group that linli reaches by the robot's webhook
 * address. Each is a chat of platform 'wecom', bound to the community like any group, so whatever
 * goes to the community's groups (the bulletin, urgent notices, emergencies, delivery notices)
 * goes to it too. The address itself is stored sealed (src/kernel/secret-box.ts); only the
 * adapter opens it, to send.
 */
export interface WecomRobot {
  chat_id: string;
  community_id: number;
  name: string;
  url_sealed: string;
  url_masked: string;
  added_at: number;
  /** When the robot answered that its address is no longer valid (chats.gone_at), if it did. */
  gone_at: number | null;
}

/** What a sealed address is bound to: the chat it belongs to (a value copied to another robot does not open). */
export const robotSealContext = (chatId: string): string => `wecom:${chatId}`;

/** A new chat id for a robot: random, never derived from the address. */
export const newRobotChatId = (): string => `robot-${randomBytes(6).toString('hex')}`;

const SELECT = `SELECT r.chat_id, r.community_id, r.name, r.url_sealed, r.url_masked, r.added_at, c.gone_at
  FROM wecom_robots r LEFT JOIN chats c ON c.platform = 'wecom' AND c.chat_id = r.chat_id`;

/** The community's robots, in the order they were added. */
export function wecomRobotsOf(db: Db, communityId: number): WecomRobot[] {
  return db.prepare(`${SELECT} WHERE r.community_id = ? ORDER BY r.added_at, r.chat_id`).all(communityId) as WecomRobot[];
}

export function wecomRobotNamed(db: Db, communityId: number, name: string): WecomRobot | undefined {
  return db.prepare(`${SELECT} WHERE r.community_id = ? AND r.name = ?`).get(communityId, name) as WecomRobot | undefined;
}

export function wecomRobotByChat(db: Db, chatId: string): WecomRobot | undefined {
  return db.prepare(`${SELECT} WHERE r.chat_id = ?`).get(chatId) as WecomRobot | undefined;
}

/**
 * Adds a robot, or gives one of the same name a new address (a robot re-created after its address
 * leaked or it was removed from the group): its chat is bound to the community and no longer gone.
 */
export function saveWecomRobot(
  db: Db,
  r: { chatId: string; communityId: number; name: string; urlSealed: string; urlMasked: string; addedBy: number },
  now: number,
): void {
  const chat = upsertChat(db, { platform: 'wecom', chatId: r.chatId, title: r.name, isGroup: true }, now);
  db.prepare('UPDATE chats SET gone_at = NULL, gone_reason = NULL WHERE id = ?').run(chat.id);
  bindChat(db, chat.id, { communityId: r.communityId });
  db.prepare(
    `INSERT INTO wecom_robots (chat_id, community_id, name, url_sealed, url_masked, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (chat_id) DO UPDATE SET url_sealed = excluded.url_sealed, url_masked = excluded.url_masked,
       added_by = excluded.added_by, added_at = excluded.added_at`,
  ).run(r.chatId, r.communityId, r.name, r.urlSealed, r.urlMasked, r.addedBy, now);
}

/**
 * Removes a robot: its address is deleted, its chat leaves the community (nothing more is queued for
 * it) and is marked gone, so what was still queued fails quietly instead of alerting anyone.
 */
export function removeWecomRobot(db: Db, robot: WecomRobot, now: number): void {
  db.prepare('DELETE FROM wecom_robots WHERE chat_id = ?').run(robot.chat_id);
  db.prepare(`UPDATE chats SET community_id = NULL, gone_at = ?, gone_reason = 'removed' WHERE platform = 'wecom' AND chat_id = ?`).run(now, robot.chat_id);
}
