import type { Db } from '../db/open.js';
import type { Lang, Platform } from '../kernel/types.js';

export interface Community {
  id: number;
  name: string;
}

export interface Chat {
  id: number;
  platform: Platform;
  chat_id: string;
  title: string | null;
  is_group: number;
  community_id: number | null;
  purpose: string | null;
  buildings: string | null;
  lang: Lang | null;
}

/**
 * Finds or creates the row for a chat the bot is in, keeping its title fresh. A chat the bot could
 * no longer write to (src/outbox/failures.ts) is back once a message comes from it.
 */
export function upsertChat(
  db: Db,
  c: { platform: Platform; chatId: string; title?: string; isGroup: boolean },
  now: number,
): Chat {
  db.prepare(
    `INSERT INTO chats (platform, chat_id, title, is_group, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, chat_id) DO UPDATE SET title = COALESCE(excluded.title, chats.title), gone_at = NULL, gone_reason = NULL
     WHERE (chats.title IS NOT excluded.title AND excluded.title IS NOT NULL) OR chats.gone_at IS NOT NULL`,
  ).run(c.platform, c.chatId, c.title ?? null, c.isGroup ? 1 : 0, now);
  return chatByAddress(db, c.platform, c.chatId)!;
}

export function chatByAddress(db: Db, platform: Platform, chatId: string): Chat | undefined {
  return db.prepare('SELECT * FROM chats WHERE platform = ? AND chat_id = ?').get(platform, chatId) as Chat | undefined;
}

export function communityById(db: Db, id: number): Community | undefined {
  return db.prepare('SELECT id, name FROM communities WHERE id = ?').get(id) as Community | undefined;
}

export function communityByName(db: Db, name: string): Community | undefined {
  return db.prepare('SELECT id, name FROM communities WHERE name = ?').get(name) as Community | undefined;
}

export function createCommunity(db: Db, name: string, now: number): Community {
  db.prepare('INSERT OR IGNORE INTO communities (name, created_at) VALUES (?, ?)').run(name, now);
  return communityByName(db, name)!;
}

/** Binds a group chat to a community, optionally naming the buildings it serves or its purpose. */
export function bindChat(
  db: Db,
  chatRowId: number,
  b: { communityId: number; buildings?: string[]; purpose?: string | null },
): void {
  db.prepare('UPDATE chats SET community_id = ?, buildings = ?, purpose = ? WHERE id = ?').run(
    b.communityId,
    b.buildings && b.buildings.length > 0 ? JSON.stringify(b.buildings) : null,
    b.purpose ?? null,
    chatRowId,
  );
}

export function setChatLang(db: Db, chatRowId: number, lang: Lang | null): void {
  db.prepare('UPDATE chats SET lang = ? WHERE id = ?').run(lang, chatRowId);
}

/**
 * Whether people in a chat can answer the bot there: not in a WeCom robot's group, which only
 * receives. Posts that ask for replies (a chain to join, a translation to claim) go to groups that can.
 */
export const canAnswerIn = (chat: Pick<Chat, 'platform'>): boolean => chat.platform !== 'wecom';

/** Every group chat bound to a community, in a stable order (WeCom robots' groups among them). */
export function groupsOf(db: Db, communityId: number): Chat[] {
  return db
    .prepare('SELECT * FROM chats WHERE community_id = ? AND is_group = 1 ORDER BY id')
    .all(communityId) as Chat[];
}

/** The buildings a group serves, or undefined when it serves the whole community. */
export function buildingsOf(chat: Chat): string[] | undefined {
  return chat.buildings ? (JSON.parse(chat.buildings) as string[]) : undefined;
}

/** The groups that reach a building: those serving it, else those serving the whole community. */
export function groupsForBuilding(db: Db, communityId: number, building: string): Chat[] {
  const groups = groupsOf(db, communityId).filter((c) => c.purpose !== 'volunteers');
  const serving = groups.filter((c) => buildingsOf(c)?.includes(building));
  return serving.length > 0 ? serving : groups.filter((c) => buildingsOf(c) === undefined);
}

/** The community's volunteers' group, if one is bound. */
export function volunteersGroupOf(db: Db, communityId: number): Chat | undefined {
  return groupsOf(db, communityId).find((c) => c.purpose === 'volunteers');
}

/** Every community's id, oldest first. */
export function communityIds(db: Db): number[] {
  return db.prepare('SELECT id FROM communities ORDER BY id').pluck().all() as number[];
}

/** Every community the bot serves, oldest first (to ask a newcomer which one is theirs). */
export function allCommunities(db: Db): Community[] {
  return db.prepare('SELECT id, name FROM communities ORDER BY id').all() as Community[];
}
