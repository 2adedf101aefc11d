import type { Db } from '../db/open.js';
import { isHouseArea, type Door } from '../kernel/fields/door.js';
import type { ChatAddress, Lang, Platform } from '../kernel/types.js';
import type { Role } from '../kernel/roles.js';
import { endDeskSessionsOf } from './desk-sessions.js';

export interface Member {
  id: number;
  platform: Platform;
  user_id: string;
  display_name: string;
  community_id: number | null;
  home_area: string | null;
  home_building: string | null;
  home_room: string | null;
  phone: string | null;
  lang: Lang | null;
  private_chat_id: string | null;
}

/** Finds or creates the member for a platform identity, keeping the display name fresh. */
export function upsertMember(
  db: Db,
  m: { platform: Platform; userId: string; displayName: string; communityId?: number | null; privateChatId?: string },
  now: number,
): Member {
  const name = m.displayName.slice(0, 64) || m.userId;
  db.prepare(
    `INSERT INTO members (platform, user_id, display_name, community_id, private_chat_id, created_at, updated_at)
     VALUES (@platform, @userId, @name, @communityId, @privateChatId, @now, @now)
     ON CONFLICT (platform, user_id) DO UPDATE SET
       display_name = excluded.display_name,
       community_id = COALESCE(members.community_id, excluded.community_id),
       private_chat_id = COALESCE(excluded.private_chat_id, members.private_chat_id),
       updated_at = CASE WHEN members.display_name <> excluded.display_name
                           OR members.private_chat_id IS NOT excluded.private_chat_id
                           OR members.community_id IS NULL AND excluded.community_id IS NOT NULL
                         THEN excluded.updated_at ELSE members.updated_at END`,
  ).run({
    platform: m.platform,
    userId: m.userId,
    name,
    communityId: m.communityId ?? null,
    privateChatId: m.privateChatId ?? null,
    now,
  });
  return memberByPlatformId(db, m.platform, m.userId)!;
}

export function memberByPlatformId(db: Db, platform: Platform, userId: string): Member | undefined {
  return db.prepare('SELECT * FROM members WHERE platform = ? AND user_id = ?').get(platform, userId) as Member | undefined;
}

export function memberById(db: Db, id: number): Member | undefined {
  return db.prepare('SELECT * FROM members WHERE id = ?').get(id) as Member | undefined;
}

/** Records where a member lives; every later request uses it. */
export function setHome(db: Db, memberId: number, door: Door, now: number): void {
  db.prepare(
    'UPDATE members SET home_area = ?, home_building = ?, home_room = ?, updated_at = ? WHERE id = ?',
  ).run(door.area ?? null, door.unit ? `${door.building}-${door.unit}` : door.building, door.room, now, memberId);
}

/** The member's saved home, if they gave one. */
export function homeOf(member: Pick<Member, 'home_area' | 'home_building' | 'home_room'>): Door | undefined {
  // A lane or village house one household has whole (「56弄12号」, 「12组35号」) has no room.
  if (!member.home_building || (!member.home_room && !isHouseArea(member.home_area ?? undefined))) return undefined;
  const [building, unit] = member.home_building.split('-');
  const door: Door = { building: building!, room: member.home_room ?? '' };
  if (unit) door.unit = unit;
  if (member.home_area) door.area = member.home_area;
  return door;
}

export function setLang(db: Db, memberId: number, lang: Lang | null): void {
  db.prepare('UPDATE members SET lang = ? WHERE id = ? AND lang IS NOT ?').run(lang, memberId, lang);
}

export function setPhone(db: Db, memberId: number, phone: string | null, now: number): void {
  db.prepare('UPDATE members SET phone = ?, updated_at = ? WHERE id = ?').run(phone, now, memberId);
}

/**
 * Where a private message reaches this member: the private chat the adapter named for them
 * (Telegram bots may only write to people who opened one; WeChat and the console name one for
 * everyone they see).
 */
export function privateAddress(member: Member): ChatAddress | undefined {
  return member.private_chat_id ? { platform: member.platform, chatId: member.private_chat_id } : undefined;
}

/** Platform-qualified id as LINLI_ADMINS writes it: "telegram:123". */
export const qualifiedId = (m: Pick<Member, 'platform' | 'user_id'>): string => `${m.platform}:${m.user_id}`;

export interface RoleGrant {
  role: Role;
  scope: string;
  community_id: number;
}

export function rolesOf(db: Db, memberId: number, communityId: number | null): RoleGrant[] {
  if (communityId === null) return [];
  return db
    .prepare('SELECT role, scope, community_id FROM member_roles WHERE member_id = ? AND community_id = ? ORDER BY role, scope')
    .all(memberId, communityId) as RoleGrant[];
}

/**
 * Grants a role; returns false if the member already had it. A role that changes ends the member's
 * desk sessions (here, so no path that changes roles can forget it): they sign in again with /后台.
 */
export function grantRole(
  db: Db,
  g: { memberId: number; communityId: number; role: Role; scope?: string; grantedBy: number | null },
  now: number,
): boolean {
  const r = db
    .prepare(
      `INSERT OR IGNORE INTO member_roles (member_id, community_id, role, scope, granted_by, granted_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(g.memberId, g.communityId, g.role, g.scope ?? '', g.grantedBy, now);
  if (r.changes > 0) endDeskSessionsOf(db, g.memberId);
  return r.changes > 0;
}

/** Revokes a role (every scope of it when no scope is given); returns how many grants ended. Ends the member's desk sessions. */
export function revokeRole(db: Db, g: { memberId: number; communityId: number; role: Role; scope?: string }): number {
  const ended =
    g.scope === undefined
      ? db.prepare('DELETE FROM member_roles WHERE member_id = ? AND community_id = ? AND role = ?').run(g.memberId, g.communityId, g.role).changes
      : db
          .prepare('DELETE FROM member_roles WHERE member_id = ? AND community_id = ? AND role = ? AND scope = ?')
          .run(g.memberId, g.communityId, g.role, g.scope).changes;
  if (ended > 0) endDeskSessionsOf(db, g.memberId);
  return ended;
}

/** Members of a community holding a role (e.g. every secretary, to tell them something). */
export function membersWithRole(db: Db, communityId: number, role: Role): Member[] {
  return db
    .prepare(
      `SELECT DISTINCT m.* FROM members m JOIN member_roles r ON r.member_id = m.id
       WHERE r.community_id = ? AND r.role = ? ORDER BY m.id`,
    )
    .all(communityId, role) as Member[];
}

/** Gives a member a home community if they have none yet (a private chat's newcomer who said which). */
export function adoptCommunity(db: Db, memberId: number, communityId: number): void {
  db.prepare('UPDATE members SET community_id = ? WHERE id = ? AND community_id IS NULL').run(communityId, memberId);
}

/** Who sent an incoming message (for "reply to someone's message with /grant"). */
export function senderOfMessage(db: Db, platform: Platform, chatId: string, messageId: string): Member | undefined {
  return db
    .prepare(
      `SELECT m.* FROM incoming_messages i JOIN members m ON m.id = i.member_id
       WHERE i.platform = ? AND i.chat_id = ? AND i.message_id = ?`,
    )
    .get(platform, chatId, messageId) as Member | undefined;
}

/**
 * The secretaries of a community: those granted the role there, and the LINLI_ADMINS (secretaries
 * of every community) the bot has met. Checked by id, never by name.
 */
export function secretariesOf(db: Db, admins: readonly string[], communityId: number): Member[] {
  const found = new Map<number, Member>();
  for (const m of membersWithRole(db, communityId, 'secretary')) found.set(m.id, m);
  for (const id of admins) {
    const at = id.indexOf(':');
    const m = memberByPlatformId(db, id.slice(0, at) as Platform, id.slice(at + 1));
    if (m) found.set(m.id, m);
  }
  return [...found.values()];
}
