import type { MemberCtx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import type { Lang } from '../../src/kernel/types.js';
import { memberById } from '../../src/services/members.js';
import {
  applyStatus,
  canMove,
  recordCash,
  requestById,
  returnCard,
  type MedicineRequest,
} from './store/requests.js';
import type { StatusUpdate } from './status-words.js';
import { statusLabel, tellPeople } from './text.js';

const yuan = (fen: number) => (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2);

/**
 * Applies a volunteer's update to one or many requests of this community: all of them or, when one
 * cannot move (unknown number, wrong step), none, with a UserError that says which and why.
 * Each household is told privately. Returns the confirmation (numbers and status words only, so it
 * may go to a group): the chat replies with it, the desk shows it after a batch.
 */
export function applyUpdate(ctx: MemberCtx, u: StatusUpdate, communityId: number): string {
  const problems: string[] = [];
  const requests: MedicineRequest[] = [];
  for (const id of u.ids) {
    const r = requestById(ctx.db, id);
    if (!r || r.community_id !== communityId || r.forgotten_at !== null) {
      problems.push(ctx.text('medicine.problemNotFound', { id }));
      continue;
    }
    if (u.action === 'status' && !canMove(r.status, u.status)) {
      problems.push(ctx.text('medicine.problemMove', { id, from: statusLabel(ctx.lang, r.status), to: statusLabel(ctx.lang, u.status) }));
    }
    if (u.action === 'cardReturned' && r.card_taken_at === null) problems.push(ctx.text('medicine.problemNoCard', { id }));
    requests.push(r);
  }
  if (problems.length > 0) throw new UserError('medicine.statusRefused', { problems: problems.join(ctx.lang === 'en' ? '; ' : ';') });

  const now = ctx.now();
  const ids = u.ids.map((id) => `#${id}`).join(' ');
  for (const r of requests) {
    if (u.action === 'status') {
      applyStatus(ctx.db, r, { status: u.status, actorId: ctx.member.id, note: u.note, nextStep: u.nextStep, cashFen: u.cashFen }, now);
      ctx.record('medicine.status', 'medicine_request', r.id, u.status);
      ctx.log.info({ requestId: r.id, status: u.status }, 'medicine request updated');
      tellOutcome(ctx, requestById(ctx.db, r.id)!, u.status);
    } else if (u.action === 'cardReturned') {
      returnCard(ctx.db, r, u.to, now);
      ctx.record('medicine.card', 'medicine_request', r.id, 'returned');
      tellPeople(ctx, r, 'medicine.tell.cardReturned', () => ({ id: r.id }));
    } else {
      recordCash(ctx.db, r, { received: u.receivedFen, spent: u.spentFen, change: u.changeFen }, now);
      ctx.record('medicine.cash', 'medicine_request', r.id, 'cash');
    }
  }
  if (u.action === 'status') return ctx.text('medicine.statusDone', { ids, status: statusLabel(ctx.lang, u.status) });
  return ctx.text(u.action === 'cardReturned' ? 'medicine.cardDone' : 'medicine.cashDone', { ids });
}

/** Tells the household each outcome that matters to them; "being bought" is not one. */
function tellOutcome(ctx: MemberCtx, r: MedicineRequest, status: MedicineRequest['status']): void {
  const id = r.id;
  switch (status) {
    case 'collected': {
      const volunteer = memberById(ctx.db, r.card_taken_by ?? ctx.member.id)?.display_name ?? '';
      tellPeople(ctx, r, 'medicine.tell.collected', (lang: Lang) => ({
        id,
        volunteer,
        cash: r.cash_received_fen !== null ? ctx.t(lang, 'medicine.tell.cash', { yuan: yuan(r.cash_received_fen) }) : '',
      }));
      return;
    }
    case 'bought':
      tellPeople(ctx, r, 'medicine.tell.bought', () => ({ id }));
      return;
    case 'substituted':
      tellPeople(ctx, r, 'medicine.tell.substituted', () => ({ id, note: r.outcome_note ?? '' }));
      return;
    case 'unavailable':
      tellPeople(ctx, r, 'medicine.tell.unavailable', (lang: Lang) => ({
        id,
        next: ctx.t(lang, `medicine.next.${r.next_step ?? 'next_run'}`),
      }));
      return;
    case 'delivered':
      tellPeople(ctx, r, 'medicine.tell.delivered', (lang: Lang) => ({
        id,
        card: r.card_taken_at !== null ? ctx.t(lang, 'medicine.tell.cardBack') : '',
      }));
      return;
    case 'cancelled':
      tellPeople(ctx, r, 'medicine.tell.cancelled', () => ({ id }));
      return;
    default:
      return;
  }
}
