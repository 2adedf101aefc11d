import type { JobCtx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import type { Button, Lang, Platform } from '../../src/kernel/types.js';
import { postsWithButtons } from '../../src/outbox/store.js';
import { chatByAddress } from '../../src/services/communities.js';
import { needsOf, recruitSignUps, type Recruit } from './store/volunteers.js';

/** Telegram carries at most 64 bytes of a button's reply. */
const MAX_REPLY_BYTES = 64;

/**
 * The buttons under a recruit post: one per need (「报名·核酸引导」 is the reply 「报名 核酸引导」, which
 * joins that team as typing it would), or one 「我报名」 when the call names no need.
 */
export function recruitButtons(lang: Lang, recruit: Recruit): Button[][] {
  const needs = needsOf(recruit).filter((n) => Buffer.byteLength(`报名 ${n.label}`) <= MAX_REPLY_BYTES);
  if (needs.length === 0) return [[{ label: t(lang, 'vol.recruitButton'), reply: '报名' }]];
  const buttons = needs.map((n) => ({ label: t(lang, 'vol.recruitNeedButton', { label: n.label }), reply: `报名 ${n.label}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

/** The recruit post: the call, what it needs, and (once someone signed up) how far it has got. */
export function recruitPostText(ctx: JobCtx, lang: Lang, recruit: Recruit): string {
  const needs = needsOf(recruit);
  const total = needs.reduce((s, n) => s + n.count, 0);
  const needText =
    needs.length > 0
      ? t(lang, 'vol.recruitNeeds', { needs: needs.map((n) => t(lang, 'vol.recruitNeed', { label: n.label, count: n.count })).join(t(lang, 'vol.sep')), total })
      : t(lang, 'vol.recruitNoCount');
  const post = t(lang, 'vol.recruitPost', { title: recruit.title, needs: needText });
  const count = recruitSignUps(ctx.db, recruit.id);
  if (count === 0) return post;
  return `${post}\n${total > 0 ? t(lang, 'vol.recruitProgress', { count, total }) : t(lang, 'vol.recruitProgressOpen', { count })}`;
}

/** Someone signed up under the call: each post of it that offers buttons is edited to show the progress, no new message. */
export function showRecruitProgress(ctx: JobCtx, recruit: Recruit): void {
  for (const post of postsWithButtons(ctx.db, { kind: 'recruit', id: recruit.id })) {
    const lang: Lang = chatByAddress(ctx.db, post.platform as Platform, post.chat_id)?.lang ?? 'zh-CN';
    ctx.send({ platform: post.platform as Platform, chatId: post.chat_id }, recruitPostText(ctx, lang, recruit), { edits: post.id, buttons: recruitButtons(lang, recruit) });
  }
}
