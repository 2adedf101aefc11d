import type { PersonalData } from '../../../src/runtime/capability.js';
import { doorKey, doorLabel } from '../../../src/kernel/fields/door.js';
import type { Db } from '../../../src/db/open.js';
import { forgetFileOffers } from '../../../src/services/files.js';
import { homeOf, memberById, privateAddress, type Member } from '../../../src/services/members.js';

/** What a forgotten member is called from then on (their records still count). */
export const FORGOTTEN_NAME = '已注销';

/** The communities a member belongs to or holds a role in. */
export function communitiesOf(db: Db, memberId: number): { id: number; name: string }[] {
  return db
    .prepare(
      `SELECT id, name FROM communities WHERE id IN (
         SELECT community_id FROM members WHERE id = ? UNION SELECT community_id FROM member_roles WHERE member_id = ?)
       ORDER BY id`,
    )
    .all(memberId, memberId) as { id: number; name: string }[];
}

/** Every role grant of a member, in every community. */
export function allRolesOf(db: Db, memberId: number): { role: string; scope: string; community_id: number }[] {
  return db
    .prepare('SELECT role, scope, community_id FROM member_roles WHERE member_id = ? ORDER BY community_id, role, scope')
    .all(memberId) as { role: string; scope: string; community_id: number }[];
}

/**
 * Erases a member's personal details: first every capability's (which may still need the member's
 * row), then the foundation's: name, home, phone, private chat, open conversations, and what the bot
 * once wrote that quoted them. The row and its id stay, so counts and other people's records hold.
 * Returns how many records were touched.
 */
export function forgetMember(db: Db, member: Member, providers: PersonalData[], now: number): number {
  let touched = 0;
  for (const p of providers) touched += p.forget(db, member, now);
  touched += redactOutbox(db, member);
  touched += db.prepare('DELETE FROM conversations WHERE member_id = ?').run(member.id).changes;
  touched += forgetFileOffers(db, member.id);
  const priv = privateAddress(member);
  if (priv) {
    touched += db
      .prepare('UPDATE chats SET title = NULL WHERE platform = ? AND chat_id = ? AND is_group = 0 AND title IS NOT NULL')
      .run(priv.platform, priv.chatId).changes;
  }
  touched += db
    .prepare(
      `UPDATE members SET display_name = ?, home_area = NULL, home_building = NULL, home_room = NULL,
         phone = NULL, private_chat_id = NULL, updated_at = ? WHERE id = ?`,
    )
    .run(FORGOTTEN_NAME, now, member.id).changes;
  return touched;
}

/**
 * The outbox keeps what the bot sent. Messages to the member privately and replies to their messages
 * are blanked; elsewhere their name, door and phone are replaced where quoted ("已授予 王阿姨 …").
 */
function redactOutbox(db: Db, member: Member): number {
  const gone = '[已删除]';
  let touched = 0;
  const priv = privateAddress(member);
  if (priv) {
    touched += db
      .prepare('UPDATE outbox SET text = ?, file_json = NULL WHERE platform = ? AND chat_id = ? AND text <> ?')
      .run(gone, priv.platform, priv.chatId, gone).changes;
  }
  touched += db
    .prepare(
      `UPDATE outbox SET text = ?, file_json = NULL
       WHERE source_message_id IN (SELECT id FROM incoming_messages WHERE member_id = ?) AND text <> ?`,
    )
    .run(gone, member.id, gone).changes;
  const home = homeOf(member);
  const quoted = [member.display_name, member.phone, home && doorLabel(home), home && doorKey(home)]
    // A one-letter name would blank half the outbox; such a name identifies nobody anyway.
    .filter((s): s is string => typeof s === 'string' && s.length >= 2 && s !== FORGOTTEN_NAME);
  // Only what was already sent: a pending bulletin that happens to contain a word equal to the name
  // ("志愿者") must go out as written.
  const replace = db.prepare(`UPDATE outbox SET text = replace(text, ?, ?) WHERE status <> 'pending' AND instr(text, ?) > 0`);
  for (const s of quoted) touched += replace.run(s, s === member.display_name ? FORGOTTEN_NAME : gone, s).changes;
  return touched;
}

/**
 * After the lockdown ends: every member of a community is forgotten, and every capability's
 * records of the community expire. Returns [members forgotten, records touched].
 */
export function eraseCommunity(db: Db, communityId: number, providers: PersonalData[], now: number): [number, number] {
  let records = 0;
  for (const p of providers) records += p.expire?.(db, communityId, now + 1, now) ?? 0;
  const ids = db
    .prepare(
      `SELECT id FROM members WHERE (community_id = ? OR id IN (SELECT member_id FROM member_roles WHERE community_id = ?))
         AND display_name <> ?`,
    )
    .pluck()
    .all(communityId, communityId, FORGOTTEN_NAME) as number[];
  for (const id of ids) records += forgetMember(db, memberById(db, id)!, providers, now);
  return [ids.length, records];
}
