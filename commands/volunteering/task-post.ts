import type { JobCtx } from '../../src/runtime/context.js';
import { t, type Params } from '../../src/kernel/catalogue.js';
import { postsWithButtons } from '../../src/outbox/store.js';
import { localDateTime } from '../../src/kernel/time.js';
import type { Button, Lang, Platform } from '../../src/kernel/types.js';
import { chatByAddress } from '../../src/services/communities.js';
import { cancelJob, scheduleJob } from '../../src/services/jobs.js';
import type { Member } from '../../src/services/members.js';
import type { Task } from './store/tasks.js';

/** How long an unclaimed task waits before it is announced again, and how often at most. */
export const REANNOUNCE_MS = 30 * 60 * 1000;
export const MAX_ANNOUNCEMENTS = 3;
/** A claimed task without a deadline is chased after this long; the owner then has this grace. */
export const DEFAULT_TASK_MS = 2 * 60 * 60 * 1000;
export const GRACE_MS = 30 * 60 * 1000;

/**
 * Job keys. A job cannot move its own key from inside its handler (the scheduler marks that row
 * done afterwards), so each announcement and each chase stage has its own key.
 */
export const unclaimedKey = (id: number, n: number) => `task:${id}:unclaimed:${n}`;
export const chaseKey = (id: number, stage: number) => `task:${id}:chase:${stage}`;

/** Stops every pending timer of a task of one kind. */
export function cancelTaskJobs(db: JobCtx['db'], id: number, kind: 'unclaimed' | 'chase'): void {
  const max = kind === 'unclaimed' ? MAX_ANNOUNCEMENTS : 2;
  for (let n = 1; n <= max; n++) cancelJob(db, kind === 'unclaimed' ? unclaimedKey(id, n) : chaseKey(id, n));
}

/** The parameters every task message shows. */
export function taskParams(ctx: JobCtx, lang: Lang, task: Task) {
  return {
    id: task.id,
    title: task.title,
    // A deadline already past is said to be past (a task returned for being late), not asked for.
    due: task.due_at
      ? t(lang, task.due_at > ctx.now() ? 'task.duePart' : 'task.duePast', { due: localDateTime(task.due_at, ctx.config.timeZone, lang) })
      : '',
  };
}

/** The button under a post about an open task: a tap is the reply 「接」, read as typing it would be. */
const claimButton = (lang: Lang): Button[][] => [[{ label: t(lang, 'task.button'), reply: '接' }]];

/** Posts a task into its group, as a message volunteers claim by tapping 接任务 or replying 「接」. */
export function announceTask(ctx: JobCtx, task: Task, key: 'task.posted' | 'task.again' | 'task.returned', takenFrom?: number): void {
  const chat = chatByAddress(ctx.db, task.platform as Platform, task.chat_id);
  const lang: Lang = chat?.lang ?? 'zh-CN';
  ctx.send({ platform: task.platform as Platform, chatId: task.chat_id }, t(lang, key, taskParams(ctx, lang, task)), {
    ref: { kind: 'task', id: task.id },
    buttons: claimButton(lang),
  });
  if (task.announcements < MAX_ANNOUNCEMENTS) {
    scheduleJob(
      ctx.db,
      { kind: 'task.unclaimed', key: unclaimedKey(task.id, task.announcements), dueAt: ctx.now() + REANNOUNCE_MS, payload: { taskId: task.id, takenFrom } },
      ctx.now(),
    );
  }
}

/** Tells volunteers privately about a task that fits them; they can claim by replying there. */
export function tellFits(ctx: JobCtx, task: Task, members: Member[]): void {
  for (const m of members) {
    const lang = m.lang ?? 'zh-CN';
    ctx.tell(m, 'task.fits', taskParams(ctx, lang, task), { ref: { kind: 'task', id: task.id }, buttons: claimButton(lang) });
  }
}

/**
 * The task is no longer open (claimed, cancelled): every post still offering 接任务 (in the group,
 * and privately to volunteers it fits) is edited to say so, in its chat's language, its button
 * gone, instead of posting a new message.
 */
export function showTaskState(ctx: JobCtx, task: Task, key: 'task.claimed' | 'task.cancelled', params: Params): void {
  for (const post of postsWithButtons(ctx.db, { kind: 'task', id: task.id })) {
    const chat = chatByAddress(ctx.db, post.platform, post.chat_id);
    const lang: Lang = chat?.lang ?? 'zh-CN';
    ctx.send({ platform: post.platform, chatId: post.chat_id }, t(lang, key, params), { edits: post.id });
  }
}
