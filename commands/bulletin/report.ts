import type { JobCtx } from '../../src/runtime/context.js';
import { chatByAddress } from '../../src/services/communities.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { memberById } from '../../src/services/members.js';
import { bulletinDate } from './assemble.js';
import type { ReportPayload } from './deliver.js';
import { deliveryOf, markReported, sendById } from './store/sends.js';

const LOOK_AGAIN_MS = 5 * 60_000;

/**
 * Looks at the outbox rows that carry a bulletin. While some are still waiting (paced, retried),
 * looks again later; once every group has it, or some gave up, or it waited long enough, tells
 * the secretary which groups did not get it.
 */
export function reportDelivery(ctx: JobCtx, payload: ReportPayload): void {
  const send = sendById(ctx.db, payload.sendId);
  if (!send || send.reported_at !== null) return;
  const rows = deliveryOf(ctx.db, send.id).filter((r) => chatByAddress(ctx.db, r.platform, r.chat_id)?.is_group === 1);
  const pending = rows.filter((r) => r.status === 'pending');
  if (pending.length > 0 && ctx.now() < payload.giveUpAt) {
    scheduleJob(ctx.db, { kind: 'bulletin.report', dueAt: ctx.now() + LOOK_AGAIN_MS, payload }, ctx.now());
    return;
  }
  markReported(ctx.db, send.id, ctx.now());
  const missing = rows.filter((r) => r.status !== 'sent');
  for (const id of payload.notify) {
    const member = memberById(ctx.db, id);
    if (!member) continue;
    const lang = member.lang ?? 'zh-CN';
    const date = bulletinDate(send.date, lang);
    if (missing.length === 0) {
      ctx.tell(member, 'bulletin.reportAll', { date, count: rows.length });
    } else {
      const names = missing.map((r) => chatByAddress(ctx.db, r.platform, r.chat_id)?.title ?? r.chat_id);
      ctx.tell(member, 'bulletin.reportMissing', {
        date,
        sent: rows.length - missing.length,
        count: rows.length,
        groups: names.join(lang === 'en' ? ', ' : '、'),
      });
    }
  }
}
