import type { Db } from '../../src/db/open.js';
import { allEntries, t, type MessageKey } from '../../src/kernel/catalogue.js';
import { parseRole, roleLabel } from '../../src/kernel/roles.js';
import type { Lang } from '../../src/kernel/types.js';
import { memberById } from '../../src/services/members.js';
import type { AuditRow } from './store/audit.js';

/**
 * The audit trail in words a secretary reads: 「团购#3 新订单 3件 · 张三」 instead of
 * `groupbuy.order.new groupbuy#3 3`. The stored words stay stable; only their reading changes.
 */

/** Record kinds as they are named in chat, and the words /记录 accepts for them (任务#12 as task#12). */
const KINDS: Record<string, { key: MessageKey; words: string[] }> = {
  task: { key: 'audit.kind.task', words: ['任务'] },
  groupbuy: { key: 'audit.kind.groupbuy', words: ['团购', '团'] },
  medicine_request: { key: 'audit.kind.medicine_request', words: ['配药', '配药登记'] },
  medicine_run: { key: 'audit.kind.medicine_run', words: ['配药批次', '批次'] },
  emergency: { key: 'audit.kind.emergency', words: ['紧急', '紧急呼叫'] },
  recruit: { key: 'audit.kind.recruit', words: ['招募'] },
  shift: { key: 'audit.kind.shift', words: ['班次', '排班'] },
  notice: { key: 'audit.kind.notice', words: ['通知'] },
  community: { key: 'audit.kind.community', words: ['小区'] },
  chat: { key: 'audit.kind.chat', words: ['群'] },
  building: { key: 'audit.kind.building', words: ['楼', '楼栋'] },
  volunteer: { key: 'audit.kind.volunteer', words: ['志愿者'] },
  backup: { key: 'audit.kind.backup', words: ['备份'] },
  member: { key: 'audit.kind.member', words: ['居民', '成员', '人'] },
};

/** Counts in an entry's detail (`days:30`, `groups=2`), by their word. */
const COUNTS: Record<string, MessageKey> = {
  count: 'audit.n.count',
  days: 'audit.n.days',
  grace: 'audit.n.days',
  records: 'audit.n.records',
  members: 'audit.n.members',
  groups: 'audit.n.groups',
  needs: 'audit.n.needs',
  shifts: 'audit.n.shifts',
  skills: 'audit.n.skills',
  added: 'audit.n.added',
  released: 'audit.n.released',
  paired: 'audit.n.paired',
  medics: 'audit.n.medics',
  rows: 'audit.n.rows',
  requests: 'audit.n.requests',
  items: 'audit.n.items',
  sessions: 'audit.n.sessions',
  volunteers: 'audit.n.volunteers',
};

/** The record kind a /记录 word names: `task`, `任务` → task. Unknown Latin words are taken as they are. */
export function auditKindOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (KINDS[w]) return w;
  const found = Object.entries(KINDS).find(([, k]) => k.words.includes(w));
  if (found) return found[0];
  return /^[a-z][\w.]*$/.test(w) ? w : undefined;
}

/** A record in words: 「任务#12」, 「5号楼」, a member by name. */
export function auditRecordWords(db: Db, lang: Lang, kind: string | null, id: string | null): string {
  if (kind === 'member' && id !== null) {
    const name = memberById(db, Number(id))?.display_name;
    if (name) return name;
  }
  const known = kind ? KINDS[kind] : undefined;
  if (known) return t(lang, known.key, { id: id ?? '' });
  return `${kind ?? ''}#${id ?? ''}`;
}

/** What was done, in words; an action without words of its own (one added later) is shown as stored. */
export function auditActionWords(lang: Lang, action: string): string {
  const key = `audit.do.${action}`;
  return allEntries().has(key) ? t(lang, key as MessageKey) : action;
}

function detailWords(lang: Lang, row: AuditRow): string {
  const detail = row.detail;
  if (!detail) return '';
  if (row.action === 'role.grant' || row.action === 'role.revoke') {
    const [word, scope] = detail.split(':');
    const role = parseRole(word ?? '');
    return role ? roleLabel(lang, role, scope ?? '') : detail;
  }
  if (row.action.startsWith('groupbuy.order.') && /^\d+$/.test(detail)) return t(lang, 'audit.n.pieces', { n: Number(detail) });
  return detail
    .split(/[;,]\s*/)
    .map((part) => {
      const m = /^([a-z]+)\s*[:=]\s*(\d+)$/.exec(part);
      const key = m ? COUNTS[m[1]!] : undefined;
      return key ? t(lang, key, { n: Number(m![2]) }) : part;
    })
    .join(lang === 'en' ? ', ' : ',');
}

export interface AuditWords {
  who: string;
  what: string;
  record: string;
  detail: string;
}

/** A member's entry about themselves (登记住址) needs no record beside the name. */
const isOwnRecord = (row: AuditRow) => row.record_kind === 'member' && row.record_id !== null && row.record_id === String(row.actor_member_id);

/** One entry's parts in words, for the chat list and the desk's table alike. */
export function auditWords(db: Db, lang: Lang, row: AuditRow): AuditWords {
  return {
    who: row.actor_member_id === null ? 'linli' : (row.actor_name ?? '?'),
    what: auditActionWords(lang, row.action),
    record: (row.record_kind || row.record_id) && !isOwnRecord(row) ? auditRecordWords(db, lang, row.record_kind, row.record_id) : '',
    detail: detailWords(lang, row),
  };
}

/**
 * 「团购#3 新订单 3件 · 张三」 in Chinese (the record first, as the secretary looks for it);
 * "张三: new order, group-buy #3 (3 pieces)" in English.
 */
export function auditLineWords(db: Db, lang: Lang, row: AuditRow): string {
  const w = auditWords(db, lang, row);
  if (lang === 'en') return `${w.who}: ${w.what}${w.record ? `, ${w.record}` : ''}${w.detail ? ` (${w.detail})` : ''}`;
  return `${[w.record, w.what, w.detail].filter(Boolean).join(' ')} · ${w.who}`;
}
