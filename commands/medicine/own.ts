import { z } from 'zod';
import { defineCommand, type Scope } from '../../src/runtime/command.js';
import type { Ctx, MemberCtx } from '../../src/runtime/context.js';
import type { SendOptions } from '../../src/outbox/store.js';
import { UserError } from '../../src/runtime/errors.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import { parseNumber } from '../../src/kernel/chinese.js';
import { yesNo } from '../../src/runtime/pending.js';
import { askedAfterOwnRequest, bareAskedAfter, bareCancelled, cancelledOwnRequest } from './asked-after.js';
import { draftBeingAsked, dropParked, parkedDraft } from './request.js';
import { findRequestIds } from './status-words.js';
import {
  applyStatus,
  canMove,
  isOwnRequest,
  OPEN_STATUSES,
  requestById,
  requestsOfMember,
  type MedicineRequest,
} from './store/requests.js';
import { runById } from './store/runs.js';
import { itemsShort, requestDetails, statusLabel, viewOf } from './text.js';

/** Sends text privately; in a group says it went privately (or how to open a private chat). */
export function sendPrivately(ctx: Ctx, text: string, opts?: SendOptions): boolean {
  return ctx.answerPrivately(text, { ...opts, saidInGroup: 'medicine.sentPrivately' });
}

/** Whether the asker is on the medicine team (or a secretary) of the request's community. */
export const isTeamFor = (ctx: Ctx, r: MedicineRequest): boolean =>
  ctx.community !== null && ctx.community.id === r.community_id && ctx.has('medicine_team');

/**
 * The request a resident names, if they may read it: their own, their household's, or any
 * for the medicine team. Otherwise a refusal that says why.
 */
export function readableRequest(ctx: Ctx, id: number): MedicineRequest {
  const r = requestById(ctx.db, id);
  if (!r || r.forgotten_at !== null) throw new UserError('medicine.notFound', { id });
  if (isOwnRequest(ctx.member, r)) return r;
  if (ctx.community?.id !== r.community_id) throw new UserError('medicine.notFound', { id });
  if (isTeamFor(ctx, r)) {
    ctx.record('medicine.read', 'medicine_request', r.id);
    return r;
  }
  throw new UserError('medicine.notYours', { id });
}

const OneId = z.object({ id: z.number().int().positive() });

/**
 * What naming request #id touches: its household owns it (the asker, when it is theirs or their
 * household's), and its details need the medicine team. A request that is not there (or not of this
 * community) touches nothing: the asker is told there is no such request, not that they lack a role
 * (request numbers are no secret: the group hears 「已收到配药登记 #23」).
 */
function requestScope({ id }: { id: number }, ctx: MemberCtx): Scope | undefined {
  const r = requestById(ctx.db, id);
  if (r && isOwnRequest(ctx.member, r)) return { ownerMemberId: ctx.member.id };
  const here = r !== undefined && r.forgotten_at === null && ctx.community !== null && ctx.community.id === r.community_id;
  if (!here) return undefined;
  return { ownerMemberId: r.requester_id, needs: ['medicine_team'] };
}
function parseOneId(raw: string, usage: 'medicine.viewUsage' | 'medicine.cancelUsage') {
  const { ids } = findRequestIds(raw.startsWith('#') ? raw : raw.replace(/^(\d+)/, '#$1'));
  if (ids.length !== 1) throw new UserError(usage);
  return { id: ids[0] };
}

export const myMedicineCommand = defineCommand({
  name: 'mymed',
  aliases: ['我的配药', '配药记录', 'mymed'],
  keywords: [/^我(?:家)?的配药(?:登记|记录)?$/],
  // 「我前天登记的降压药有消息了吗」: asked of the bot (privately, or @ it), the answer is where each request stands.
  // It is a question about what the bot holds (mydata), answered for medicine, so it leads /我的信息's reading.
  recognise: (text, s) => {
    if (s.isGroup && !s.addressed) return undefined;
    // 「什么时候能送到」 alone, privately, from a household with a request open: that request is what is asked after.
    const asked = askedAfterOwnRequest(text) ?? (!s.isGroup && s.ownOpen?.includes('medicine') ? bareAskedAfter(text) : null);
    return asked ? { intent: 'mydata', confidence: 0.95, evidence: [asked[0]] } : undefined;
  },
  help: 'medicine.mineHelp',
  usage: 'medicine.mineUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const mine = requestsOfMember(ctx.db, ctx.member);
    // A request put aside mid-questions has not reached the team: said so, with how to finish it.
    const parked = parkedDraft(ctx);
    // One still being asked about here (asked mid-questions, "what have I asked for?"): not sent yet either.
    const asking = draftBeingAsked(ctx);
    const unfinished = [
      ...(parked ? [ctx.text('medicine.mineParked', { items: itemsShort(parked.items) || '?' })] : []),
      ...(asking ? [ctx.text('medicine.mineAsking', { items: itemsShort(asking.items) || '?' })] : []),
    ];
    if (mine.length === 0 && unfinished.length === 0) {
      ctx.reply('medicine.mineNone');
      return;
    }
    // 「什么时候能拿到」: the run a request is in says when and where the team goes; every step after is told as it happens.
    const lines = mine.map((r) => {
      const run = r.run_id !== null ? runById(ctx.db, r.run_id) : undefined;
      const line = ctx.text('medicine.mineLine', { id: r.id, status: statusLabel(ctx.lang, r.status), items: itemsShort(viewOf(ctx.db, r, ctx.now()).items) });
      return run?.status === 'open' ? line + ctx.text('medicine.mineRun', { date: run.run_date, hospital: run.hospital }) : line;
    });
    const open = mine.some((r) => OPEN_STATUSES.includes(r.status));
    sendPrivately(ctx, [...(mine.length ? [ctx.text('medicine.mineTitle'), ...lines] : []), ...unfinished, ...(open ? [ctx.text('medicine.mineSteps')] : [])].join('\n'));
  },
});

export const viewMedicineCommand = defineCommand({
  name: 'medinfo',
  aliases: ['配药详情', '查配药', 'medinfo'],
  help: 'medicine.viewHelp',
  usage: 'medicine.viewUsage',
  parse: (raw) => parseOneId(raw, 'medicine.viewUsage'),
  args: OneId,
  scope: requestScope,
  handle(ctx, { id }) {
    const r = readableRequest(ctx, id);
    sendPrivately(ctx, `#${r.id}\n${requestDetails(ctx.lang, viewOf(ctx.db, r, ctx.now()), ctx.config.timeZone)}`);
  },
});

/** The household's requests that may still be cancelled, newest first. */
export const cancellableRequests = (ctx: Ctx) => requestsOfMember(ctx.db, ctx.member).filter((r) => canMove(r.status, 'cancelled'));

/** Which request words without a number take back: the only one that may be, or what to say instead. */
function theOneToCancel(ctx: Ctx): MedicineRequest | undefined {
  const open = cancellableRequests(ctx);
  if (open.length === 1) return open[0];
  const parked = parkedDraft(ctx);
  // Only a request never finished: nothing reached the team, so it is simply dropped.
  if (open.length === 0 && parked && dropParked(ctx)) ctx.reply('medicine.parkedDropped', { items: itemsShort(parked.items) || '?' });
  else if (open.length === 0) ctx.reply('medicine.cancelNone');
  else {
    const lines = open.map((r) => ctx.text('medicine.mineLine', { id: r.id, status: statusLabel(ctx.lang, r.status), items: itemsShort(viewOf(ctx.db, r, ctx.now()).items) }));
    ctx.reply('medicine.cancelWhich', { list: lines.join('\n'), id: open[0]!.id });
    saveConversation(ctx.db, ctx.member.id, ctx.here, PICK, { ids: open.map((r) => r.id) } satisfies Pick, ctx.now());
  }
  return undefined;
}

/** Which of several requests to take back, asked: the answer is its number (「2」, 「#2」, 「二」) or its medicine (「二甲双胍那个」). */
const PICK = 'medicine.cancelPick';
interface Pick {
  ids: number[];
}

function picked(ctx: Ctx, ids: number[], text: string): MedicineRequest[] {
  const open = cancellableRequests(ctx).filter((r) => ids.includes(r.id));
  const said = /^(?:#|第)?\s*([0-9]{1,6}|[一二两三四五六七八九十]{1,3})\s*(?:号|個|个|份|那个|那份)?\s*(?:吧|吗)?[\s。.!!]*$/.exec(text.trim());
  const n = said ? parseNumber(said[1]!) : undefined;
  if (n !== undefined) return open.filter((r) => r.id === n);
  const named = open.filter((r) => viewOf(ctx.db, r, ctx.now()).items.some((i) => i.name.length >= 2 && text.toLowerCase().includes(i.name.toLowerCase())));
  return named;
}

/** Taking back a medicine request, named as such: 「我想取消配药」, 「撤销刚才的配药登记」, "cancel my medicine request". */
const CANCEL_NAMED = /(?:取消|撤销|撤回)[^。!?!?]{0,6}?(?:配药|配藥)|\bcancel (?:my |our |the )?(?:medicine|meds|prescription) (?:request|order)/i;

export const cancelMedicineCommand = defineCommand({
  name: 'cancelmed',
  aliases: ['取消配药', 'cancelmed'],
  // 「我的药不用配了 已经买到了」, "please cancel my medicine request": privately, with a request of the
  // household's still open (else the words are talk), asked before it is done.
  // With nothing open, only the plain 「取消配药」 is read (it got the three-choice menu): the household is told it has none.
  recognise: (text, s) => {
    if (s.isGroup) return undefined;
    const open = s.ownOpen?.includes('medicine');
    if (!open && !CANCEL_NAMED.test(text)) return undefined;
    const said = cancelledOwnRequest(text) ?? (open ? bareCancelled(text) : null);
    return said ? { intent: 'cancelmed', confidence: 0.6, evidence: [said[0]], args: {} } : undefined;
  },
  confirm: {
    question: 'medicine.cancelUsage',
    ask(ctx, args) {
      const r = theOneToCancel(ctx);
      // None open, or several: it said so (or listed them); a 「是」 would complete nothing.
      if (!r) return null;
      ctx.reply('medicine.cancelAsk', { id: r.id, items: itemsShort(viewOf(ctx.db, r, ctx.now()).items) }, { buttons: yesNo(ctx) });
      return { id: r.id };
    },
  },
  onConversation: {
    [PICK]: (ctx, raw, text, elsewhere) => {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      const found = picked(ctx, (raw as Pick).ids, text);
      if (found.length !== 1) {
        if (elsewhere) return 'released';
        ctx.reply('medicine.cancelNotPicked', { id: (raw as Pick).ids[0]! });
        return;
      }
      const r = found[0]!;
      applyStatus(ctx.db, r, { status: 'cancelled', actorId: ctx.member.id }, ctx.now());
      ctx.record('medicine.status', 'medicine_request', r.id, 'cancelled');
      ctx.reply('medicine.cancelDone', { id: r.id });
    },
  },
  help: 'medicine.cancelHelp',
  usage: 'medicine.cancelUsage',
  parse: (raw) => parseOneId(raw, 'medicine.cancelUsage'),
  args: z.object({ id: z.number().int().positive().optional() }),
  scope: ({ id }, ctx) => (id === undefined ? { ownerMemberId: ctx.member.id } : requestScope({ id }, ctx)),
  handle(ctx, args) {
    const id = args.id ?? theOneToCancel(ctx)?.id;
    if (id === undefined) return;
    const r = readableRequest(ctx, id);
    if (!canMove(r.status, 'cancelled')) throw new UserError('medicine.cannotCancel', { id, status: statusLabel(ctx.lang, r.status) });
    applyStatus(ctx.db, r, { status: 'cancelled', actorId: ctx.member.id }, ctx.now());
    ctx.record('medicine.status', 'medicine_request', r.id, 'cancelled');
    ctx.reply('medicine.cancelDone', { id });
  },
});
