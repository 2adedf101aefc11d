import { randomInt } from 'node:crypto';
import type { Db } from '../db/open.js';
import type { Platform } from '../kernel/types.js';
import type { Chat } from './communities.js';
import { memberById, memberByPlatformId, type Member } from './members.js';

/** Sent texts are kept this long for quotes to find them. */
export const SENT_TEXT_KEEP_MS = 7 * 24 * 3600_000;
/** A rebind code lasts this long: long enough to outlive the next re-login. */
export const REBIND_CODE_MS = 90 * 24 * 3600_000;
/** Wrong rebind codes one sender may try in a day before being told to wait. */
export const MAX_REBIND_TRIES = 5;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Remembers what the bot posted in a WeChat chat, so a later quote of it can be mapped back. */
export function recordSentText(db: Db, chatId: string, messageId: string, text: string, now: number): void {
  db.prepare('INSERT INTO wechat_sent (chat_id, message_id, text, sent_at) VALUES (?, ?, ?, ?)').run(
    chatId,
    messageId,
    squash(text),
    now,
  );
  db.prepare('DELETE FROM wechat_sent WHERE sent_at < ?').run(now - SENT_TEXT_KEEP_MS);
}

/**
 * The id of the bot message a quote shows: the latest one in this chat with exactly that text, or
 * (WeChat shortens long quotes) the latest one starting with it.
 */
export function findQuotedMessage(db: Db, chatId: string, quoted: string): string | undefined {
  const text = squash(quoted).replace(/(?:\.\.\.|…)$/, '');
  if (text === '') return undefined;
  const exact = db
    .prepare('SELECT message_id FROM wechat_sent WHERE chat_id = ? AND text = ? ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(chatId, text) as string | undefined;
  if (exact || text.length < 8) return exact;
  return db
    .prepare(
      `SELECT message_id FROM wechat_sent WHERE chat_id = ? AND substr(text, 1, ?) = ? ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(chatId, text.length, text) as string | undefined;
}

/** Whether a WeChat chat id is a room (group), as far as linli has seen it. */
export function isKnownGroup(db: Db, chatId: string): boolean | undefined {
  const v = db.prepare("SELECT is_group FROM chats WHERE platform = 'wechat' AND chat_id = ?").pluck().get(chatId) as
    | number
    | undefined;
  return v === undefined ? undefined : v === 1;
}

/**
 * Points a member at a new WeChat contact id, keeping their member row (and so roles, home and
 * requests). A row the new id already has (made when it first wrote) is set aside, not deleted:
 * other records may point at it.
 */
export function moveMemberToUserId(db: Db, memberId: number, to: { userId: string; privateChatId: string | null }, now: number): void {
  const newUserId = to.userId;
  const member = memberById(db, memberId);
  if (!member || member.user_id === newUserId) return;
  const squatter = memberByPlatformId(db, member.platform, newUserId);
  if (squatter) {
    db.prepare('UPDATE members SET user_id = ?, private_chat_id = NULL, updated_at = ? WHERE id = ?').run(
      `retired:${squatter.id}:${newUserId}`,
      now,
      squatter.id,
    );
  }
  db.prepare('UPDATE members SET user_id = ?, private_chat_id = ?, updated_at = ? WHERE id = ?').run(
    newUserId,
    to.privateChatId,
    now,
    memberId,
  );
}

/** The member a stable key (WeChat id, committee remark) belongs to, if linli has seen it. */
export function memberByStableKey(db: Db, key: string): Member | undefined {
  const id = db.prepare('SELECT member_id FROM wechat_stable_keys WHERE stable_key = ?').pluck().get(key) as
    | number
    | undefined;
  return id === undefined ? undefined : memberById(db, id);
}

export function rememberStableKey(db: Db, key: string, memberId: number): void {
  db.prepare(
    'INSERT INTO wechat_stable_keys (stable_key, member_id) VALUES (?, ?) ON CONFLICT DO UPDATE SET member_id = excluded.member_id',
  ).run(key, memberId);
}

/** A fresh six-digit one-time code for this member (older unused codes of theirs stop working). */
export function issueRebindCode(db: Db, memberId: number, now: number): string {
  db.prepare('DELETE FROM rebind_codes WHERE member_id = ? OR expires_at < ?').run(memberId, now);
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const r = db
      .prepare('INSERT OR IGNORE INTO rebind_codes (code, member_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(code, memberId, now, now + REBIND_CODE_MS);
    if (r.changes > 0) return code;
  }
}

/** Uses up a code: the member it was issued to, or undefined when it is wrong or expired. */
export function redeemRebindCode(db: Db, code: string, now: number): Member | undefined {
  const row = db.prepare('SELECT member_id, expires_at FROM rebind_codes WHERE code = ?').get(code) as
    | { member_id: number; expires_at: number }
    | undefined;
  if (!row || row.expires_at < now) return undefined;
  db.prepare('DELETE FROM rebind_codes WHERE code = ?').run(code);
  return memberById(db, row.member_id);
}

/** How many wrong codes this member sent in the last day (from the audit trail). */
export function recentWrongCodes(db: Db, memberId: number, now: number): number {
  return db
    .prepare("SELECT count(*) FROM audit_log WHERE action = 'member.rebind.wrong' AND actor_member_id = ? AND at > ?")
    .pluck()
    .get(memberId, now - 24 * 3600_000) as number;
}

/**
 * Members a secretary may confirm a newcomer as: same platform and community, same display name,
 * not set aside. The name only narrows the list; the secretary decides.
 */
export function rebindCandidates(db: Db, newcomer: Member, communityId: number): Member[] {
  return db
    .prepare(
      `SELECT * FROM members WHERE platform = ? AND community_id = ? AND id <> ? AND display_name = ?
         AND user_id NOT LIKE 'retired:%' ORDER BY updated_at DESC LIMIT 9`,
    )
    .all(newcomer.platform, communityId, newcomer.id, newcomer.display_name) as Member[];
}

/** What the WeChat tables hold about a person: codes, stable keys, the bot's recent private texts to them. */
export function wechatDataOf(db: Db, member: Member): { codes: number; keys: number; texts: number } {
  const count = (sql: string, arg: string | number) => db.prepare(sql).pluck().get(arg) as number;
  return {
    codes: count('SELECT count(*) FROM rebind_codes WHERE member_id = ?', member.id),
    keys: count('SELECT count(*) FROM wechat_stable_keys WHERE member_id = ?', member.id),
    texts: member.platform === 'wechat' ? count('SELECT count(*) FROM wechat_sent WHERE chat_id = ?', member.user_id) : 0,
  };
}

/** Erases it; returns how many records went. */
export function forgetWechatData(db: Db, member: Member): number {
  let n = db.prepare('DELETE FROM rebind_codes WHERE member_id = ?').run(member.id).changes;
  n += db.prepare('DELETE FROM wechat_stable_keys WHERE member_id = ?').run(member.id).changes;
  if (member.platform === 'wechat') n += db.prepare('DELETE FROM wechat_sent WHERE chat_id = ?').run(member.user_id).changes;
  return n;
}

/**
 * Groups a new room may be the same as after a re-login: bound groups on the same platform with
 * the same title, other than this one. The title only narrows the list; a secretary decides.
 */
export function groupRebindCandidates(db: Db, chat: Chat): Chat[] {
  return db
    .prepare(
      `SELECT * FROM chats WHERE platform = ? AND is_group = 1 AND community_id IS NOT NULL AND id <> ?
         AND title = ? AND chat_id NOT LIKE 'retired:%' ORDER BY id DESC LIMIT 9`,
    )
    .all(chat.platform, chat.id, chat.title) as Chat[];
}

/**
 * Points an earlier group (its binding, buildings, language, and what refers to its row) at the
 * room's new id. The row made for the new id is set aside.
 */
export function moveChatToId(db: Db, chatRowId: number, newChatId: string, platform: Platform): void {
  db.prepare(
    `UPDATE chats SET chat_id = 'retired:' || id || ':' || chat_id WHERE platform = ? AND chat_id = ? AND id <> ?`,
  ).run(platform, newChatId, chatRowId);
  db.prepare('UPDATE chats SET chat_id = ? WHERE id = ?').run(newChatId, chatRowId);
}
