import { communityIds } from '../services/communities.js';
import { loadConversation } from '../services/conversations.js';
import { scheduleJob } from '../services/jobs.js';
import { memberById, type Member } from '../services/members.js';
import type { ChatAddress } from '../kernel/types.js';
import type { JobHandler } from './command.js';
import { langOfMember, type JobCtx } from './context.js';

/**
 * A newcomer's request kept while they are asked for their community and door is never dropped in
 * silence: half an hour on they are reminded once that it waits for their door; two hours on, the
 * secretaries hear that someone new asked for something and has not said where they live (the kind
 * of request only: what was asked stays private), so a person can reach them. The request itself is
 * kept for a day (KEPT_REQUEST_TTL_MS): an answer the next morning still completes it.
 */
export const WAITING_JOB = 'understand.waiting';
/** The conversation kind the runtime keeps a newcomer's request under (src/runtime/pending.ts). */
export const WHERE = 'understand.community';
const REMIND_AFTER_MS = 30 * 60 * 1000;
const SECRETARIES_AFTER_MS = 2 * 60 * 60 * 1000;

interface Waiting {
  memberId: number;
  where: ChatAddress;
  /** The command the kept request runs (its choice label names it to the secretaries). */
  command: string;
  step: 'remind' | 'secretaries';
}

/** Starts the clock when a newcomer's request is first kept. */
export function keptWaiting(ctx: Pick<JobCtx, 'db' | 'now'>, memberId: number, where: ChatAddress, command: string): void {
  const payload: Waiting = { memberId, where, command, step: 'remind' };
  scheduleJob(ctx.db, { kind: WAITING_JOB, key: keyOf(memberId, where), dueAt: ctx.now() + REMIND_AFTER_MS, payload }, ctx.now());
}

const keyOf = (memberId: number, where: ChatAddress) => `waiting:${memberId}:${where.platform}:${where.chatId}`;

export const waitingJob: JobHandler = (ctx, raw) => {
  const job = raw as Waiting;
  const member = memberById(ctx.db, job.memberId);
  // Answered (or taken back, or forgotten by /forgetme) meanwhile: nothing to say.
  if (!member || member.community_id !== null || loadConversation(ctx.db, job.memberId, job.where, ctx.now())?.kind !== WHERE) return;
  if (job.step === 'remind') {
    ctx.send(job.where, ctx.t(langOfMember(member), 'core.stillWaiting'));
    const payload: Waiting = { ...job, step: 'secretaries' };
    // (Its own key: this job is still pending while it runs, and a job of the same key would be moved, not added.)
    scheduleJob(ctx.db, { kind: WAITING_JOB, key: `${keyOf(job.memberId, job.where)}:secretaries`, dueAt: ctx.now() + SECRETARIES_AFTER_MS - REMIND_AFTER_MS, payload }, ctx.now());
    return;
  }
  const choice = ctx.registry.router.commandByName(job.command)?.choice;
  for (const s of secretariesOfAll(ctx)) {
    const what = choice ? ctx.t(langOfMember(s), choice) : job.command;
    ctx.tell(s, 'core.newcomerWaiting', { name: member.display_name, what });
  }
};

/** A newcomer belongs to no community yet: the secretaries of every community the bot serves. */
function secretariesOfAll(ctx: JobCtx): Member[] {
  const all = new Map<number, Member>();
  for (const id of communityIds(ctx.db)) for (const s of ctx.secretaries(id)) all.set(s.id, s);
  return [...all.values()];
}
