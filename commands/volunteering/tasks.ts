import { inCommunity } from '../../src/runtime/records.js';
import {  readRecordNumber } from '../../src/kernel/fields/record-number.js';
import type { Jobs } from '../../src/runtime/capability.js';
import { z } from 'zod';
import { defineCommand, defineReply, type Scope, type CommunityCtx } from '../../src/runtime/command.js';
import type { Ctx, JobCtx, MemberCtx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { normalize } from '../../src/kernel/normalize.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { postedFor } from '../../src/runtime/policy.js';
import { findDoor, parseBuilding } from '../../src/kernel/fields/door.js';
import { findWhen } from '../../src/kernel/time.js';
import type { Platform } from '../../src/kernel/types.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { startPayload } from '../../src/runtime/start.js';
import { memberById } from '../../src/services/members.js';
import {
  cancelTask,
  claimedBy,
  claimTask,
  countAnnouncement,
  createTask,
  finishTask,
  reopenTask,
  taskById,
  unfinishedTasks,
  type Task,
} from './store/tasks.js';
import { plainWords } from '../../src/kernel/dialect.js';
import { findSkills } from './words.js';
import { readTaskReply, recogniseTaskReply } from './recognise.js';
import { roster, volunteerMembers, volunteerOf, volunteersWithSkill } from './store/volunteers.js';
import {
  announceTask,
  cancelTaskJobs,
  chaseKey,
  DEFAULT_TASK_MS,
  GRACE_MS,
  MAX_ANNOUNCEMENTS,
  showTaskState,
  taskParams,
  tellFits,
} from './task-post.js';


/** "12", "#12", "任务12" → 12. */
const TaskNumber = z.object({ id: z.number().int().positive().optional() });
function parseNumber(raw: string): { id?: number } {
  const id = readRecordNumber(raw, ['任务', 'task']);
  if (id === undefined) return {};
  return { id: Number.isNaN(id) ? -1 : id };
}

const mustFind = (ctx: Ctx, id: number): Task => inCommunity(ctx, taskById(ctx.db, id), 'task.notFound', { id });

/** Posts in the task's group when the change was made elsewhere (a private chat), so everyone sees it. */
function announceIn(ctx: Ctx, task: Task, text: string): void {
  if (ctx.msg.chatId === task.chat_id && ctx.msg.platform === task.platform) ctx.replyText(text, { ref: { kind: 'task', id: task.id } });
  else {
    ctx.send({ platform: task.platform as Platform, chatId: task.chat_id }, text, { ref: { kind: 'task', id: task.id } });
    ctx.replyText(text);
  }
}

/** A claim, by reply or by /claim: volunteers only, decided atomically. */
function claim(ctx: Ctx, taskId: number): void {
  const task = mustFind(ctx, taskId);
  const result = claimTask(ctx.db, task.id, ctx.member.id, ctx.now());
  if (!result.ok) {
    if (result.reason === 'taken' && result.owner.id === ctx.member.id) return void ctx.reply('task.youHaveIt', { id: task.id });
    if (result.reason === 'taken') return void ctx.reply('task.alreadyTaken', { id: task.id, name: result.owner.display_name });
    if (result.reason === 'closed') return void ctx.reply('task.closed', { id: task.id, status: ctx.text(`task.status.${result.task.status}`) });
    throw new UserError('task.notFound', { id: taskId });
  }
  ctx.record('task.claim', 'task', task.id);
  cancelTaskJobs(ctx.db, task.id, 'unclaimed');
  const dueAt = Math.max(task.due_at ?? ctx.now() + DEFAULT_TASK_MS, ctx.now());
  scheduleJob(ctx.db, { kind: 'task.chase', key: chaseKey(task.id, 1), dueAt, payload: { taskId: task.id, ownerId: ctx.member.id, stage: 1 } }, ctx.now());
  // The posts offering the task now show its owner; a tap needs nothing more in the group.
  showTaskState(ctx, task, 'task.claimed', { id: task.id, name: ctx.member.display_name });
  if (ctx.tapped) return void ctx.reply('task.youTookIt', { id: task.id });
  announceIn(ctx, task, ctx.text('task.claimed', { id: task.id, name: ctx.member.display_name }));
}

function finish(ctx: Ctx, task: Task): void {
  if (task.status !== 'claimed') {
    if (task.status === 'open') throw new UserError('task.notClaimed', { id: task.id });
    throw new UserError('task.closed', { id: task.id, status: ctx.text(`task.status.${task.status}`) });
  }
  // A secretary may report it done for its owner (the policy let them through).
  if (!finishTask(ctx.db, task.id, ctx.isSecretary ? task.owner_member_id! : ctx.member.id, ctx.now())) {
    throw new UserError('task.notOwner', { id: task.id, name: memberById(ctx.db, task.owner_member_id!)?.display_name ?? '?' });
  }
  cancelTaskJobs(ctx.db, task.id, 'chase');
  ctx.record('task.done', 'task', task.id);
  announceIn(ctx, task, ctx.text('task.done', { id: task.id, name: ctx.member.display_name }));
}

function giveBack(ctx: Ctx, task: Task): void {
  if (task.status !== 'claimed') throw new UserError('task.notClaimed', { id: task.id });
  if (!reopenTask(ctx.db, task.id, ctx.isSecretary ? task.owner_member_id! : ctx.member.id)) {
    throw new UserError('task.notOwner', { id: task.id, name: memberById(ctx.db, task.owner_member_id!)?.display_name ?? '?' });
  }
  cancelTaskJobs(ctx.db, task.id, 'chase');
  ctx.record('task.giveback', 'task', task.id);
  ctx.reply('task.givenBack', { id: task.id });
  announceTask(ctx, taskById(ctx.db, task.id)!, 'task.returned');
}

function cancel(ctx: Ctx, task: Task): void {
  if (task.posted_by !== ctx.member.id && !ctx.isSecretary) throw new UserError('task.notPoster', { id: task.id });
  if (!cancelTask(ctx.db, task.id, ctx.now())) throw new UserError('task.closed', { id: task.id, status: ctx.text(`task.status.${task.status}`) });
  cancelTaskJobs(ctx.db, task.id, 'chase');
  cancelTaskJobs(ctx.db, task.id, 'unclaimed');
  ctx.record('task.cancel', 'task', task.id);
  showTaskState(ctx, task, 'task.cancelled', { id: task.id });
  announceIn(ctx, task, ctx.text('task.cancelled', { id: task.id }));
  const owner = task.owner_member_id !== null ? memberById(ctx.db, task.owner_member_id) : undefined;
  if (owner && owner.id !== ctx.member.id) ctx.tell(owner, 'task.cancelledOwner', { id: task.id });
}

/** "/done" without a number: the one task the member has. */
function theirTask(ctx: CommunityCtx, id: number | undefined, usage: 'task.doneUsage' | 'task.giveBackUsage'): Task {
  if (id === -1) throw new UserError(usage);
  if (id !== undefined) return mustFind(ctx, id);
  const mine = claimedBy(ctx.db, ctx.community.id, ctx.member.id);
  if (mine.length === 0) throw new UserError('task.noneClaimed');
  if (mine.length > 1) throw new UserError('task.whichOne', { ids: mine.map((t) => `#${t.id}`).join(' '), first: mine[0]!.id });
  return mine[0]!;
}

/** The task's title: the text without its deadline. */
function taskTitle(ctx: JobCtx, text: string): string {
  const when = findWhen(text, ctx.now(), ctx.config.timeZone);
  return when ? (text.slice(0, when.index) + text.slice(when.index + when.length)).replace(/\s+/g, ' ').trim() : text;
}

/** The building a task is for: its first word ("3号楼"), else a door in it. */
function taskBuilding(ctx: JobCtx, text: string): string | null {
  const title = taskTitle(ctx, text);
  const first = title.split(/\s+/)[0] ?? '';
  return parseBuilding(first) ?? (findDoor(title) ? `${findDoor(title)!.door.building}` : null);
}

/**
 * What /done, /giveback on task #id touch: the task's owner while it is claimed (anyone else is
 * refused by the policy; an open or closed task is left to the handler's own answer).
 */
function ownedTaskScope(ctx: MemberCtx, id: number | undefined): Scope | undefined {
  if (id === undefined || id === -1) return undefined;
  const task = taskById(ctx.db, id);
  if (!task || task.community_id !== ctx.community?.id) return { ownerMemberId: -1 };
  return task.status === 'claimed' && task.owner_member_id !== null ? { ownerMemberId: task.owner_member_id } : undefined;
}

export const taskCommand = defineCommand({
  name: 'task',
  menu: { for: ['admin'], about: 'task.menu', rank: 22 },
  aliases: ['任务', '发任务', '发布任务'],
  roles: ['secretary', 'building_lead', 'volunteer'],
  needsCommunity: true,
  help: 'task.help',
  usage: 'task.usage',
  parse: (raw) => ({ text: raw.trim() }),
  args: z.object({ text: z.string().min(2).max(500) }),
  // A building lead posts for their own buildings (named, or those of the group it is posted in);
  // volunteers (in a team, checked below) for any.
  scope: ({ text }, ctx) => postedFor(ctx, taskBuilding(ctx, text)),
  handle(ctx, { text }) {
    // Being in a team is volunteer data the policy does not hold, so it is checked here.
    if (!ctx.isSecretary && !ctx.has('building_lead') && !volunteerOf(ctx.db, ctx.community.id, ctx.member.id)?.team) {
      throw new UserError('task.needsTeam');
    }
    const when = findWhen(text, ctx.now(), ctx.config.timeZone);
    const title = taskTitle(ctx, text);
    const building = taskBuilding(ctx, text);
    const skill = findSkills(title).find((s) => s !== 'general') ?? null;
    const id = createTask(
      ctx.db,
      {
        communityId: ctx.community.id,
        platform: ctx.msg.platform,
        chatId: ctx.msg.chatId,
        title: title || text,
        building,
        skill,
        dueAt: when?.at ?? null,
        postedBy: ctx.member.id,
      },
      ctx.now(),
    );
    ctx.record('task.post', 'task', id, skill ?? undefined);
    announceTask(ctx, taskById(ctx.db, id)!, 'task.posted');
  },
  onReply: {
    task: defineReply({
      // "接", "我去我去", "接!马上下楼", "送过去了", "我们楼突然封了 出不去"; "来不及了", "去哪里拿?" are talk.
      recognise: recogniseTaskReply,
      // Read as it was understood: 「我嚟搞掂」 is 「我来搞定」.
      read: (_ctx, _taskId, text) => readTaskReply(plainWords(text))?.op,
      // /claim is for volunteers by its roles; a reply "接" is too (they hold it from sign-up or a grant).
      needs: (op) => (op === 'claim' ? { roles: ['volunteer'], refusal: 'task.onlyVolunteers' } : undefined),
      handle(ctx, taskId, op) {
        if (op === 'done') finish(ctx, mustFind(ctx, taskId));
        else if (op === 'giveback') giveBack(ctx, mustFind(ctx, taskId));
        else if (op === 'cancel') cancel(ctx, mustFind(ctx, taskId));
        else claim(ctx, taskId);
      },
    }),
  },
});

/** Durable jobs of this part, run when they fall due. */
export const taskJobs: Jobs = {
  'task.unclaimed'(ctx, payload) {
    // takenFrom: the volunteer it was taken back from for being late, who is not asked to take it again.
    const { taskId, takenFrom } = payload as { taskId: number; takenFrom?: number };
    const before = taskById(ctx.db, taskId);
    if (!before || before.status !== 'open' || before.announcements >= MAX_ANNOUNCEMENTS) return;
    countAnnouncement(ctx.db, before.id);
    const task = taskById(ctx.db, before.id)!;
    announceTask(ctx, task, 'task.again', takenFrom);
    tellFits(ctx, task, fitting(ctx, task).filter((m) => m.id !== takenFrom));
  },
  'task.chase'(ctx, payload) {
    const { taskId, ownerId, stage } = payload as { taskId: number; ownerId: number; stage: number };
    const task = taskById(ctx.db, taskId);
    if (!task || task.status !== 'claimed' || task.owner_member_id !== ownerId) return;
    const owner = memberById(ctx.db, ownerId);
    if (stage === 1) {
      // Someone who never opened a private chat is reminded in a group they wrote in, without the task's detail.
      const inGroup = { key: 'task.remindInGroup' as const, params: { id: task.id }, start: startPayload('tasks') };
      if (owner) ctx.tell(owner, 'task.remind', taskParams(ctx, owner.lang ?? 'zh-CN', task), { ref: { kind: 'task', id: task.id }, inGroup });
      scheduleJob(ctx.db, { kind: 'task.chase', key: chaseKey(task.id, 2), dueAt: ctx.now() + GRACE_MS, payload: { taskId, ownerId, stage: 2 } }, ctx.now());
      return;
    }
    reopenTask(ctx.db, task.id, ownerId);
    ctx.audit({ actorMemberId: null, communityId: task.community_id, action: 'task.overdue', recordKind: 'task', recordId: task.id });
    if (owner) ctx.tell(owner, 'task.takenBack', { id: task.id }, { inGroup: { key: 'task.takenBack', params: { id: task.id } } });
    announceTask(ctx, taskById(ctx.db, task.id)!, 'task.returned', ownerId);
  },
};

/** Volunteers a task fits: by its skill, else those of its building; never the whole roster at once. */
function fitting(ctx: JobCtx, task: Task) {
  if (task.skill) return volunteersWithSkill(ctx.db, task.community_id, task.skill);
  if (!task.building) return [];
  const neighbours = new Set(roster(ctx.db, task.community_id, { building: task.building }).map((v) => v.member_id));
  return volunteerMembers(ctx.db, task.community_id).filter((m) => neighbours.has(m.id));
}

export const claimCommand = defineCommand({
  name: 'claim',
  aliases: ['认领', '接单', '接任务'],
  roles: ['volunteer'],
  needsCommunity: true,
  help: 'task.claimHelp',
  usage: 'task.claimUsage',
  parse: parseNumber,
  args: TaskNumber,
  handle(ctx, { id }) {
    if (id === undefined || id === -1) throw new UserError('task.claimUsage');
    claim(ctx, id);
  },
});

/**
 * A volunteer with one task in hand who says privately it is done (「快递送到了」, "done with the parcel") or that they
 * cannot do it (「这个任务我做不了了」): that task, read as a reply under its post is read. With two in hand, they are
 * asked which.
 */
function taskInHandSaid(ctx: Ctx, op: 'done' | 'giveback'): string | undefined {
  if (!ctx.community) return undefined;
  // ('' is the command without a number: the one task in hand, or which of them asked.)
  const inHand = claimedBy(ctx.db, ctx.community.id, ctx.member.id);
  return inHand.length > 0 && readTaskReply(normalize(ctx.msg.text))?.op === op ? '' : undefined;
}

export const doneCommand = defineCommand({
  name: 'done',
  helpSection: 'volunteer',
  aliases: ['完成', '完成任务', '已完成'],
  needsCommunity: true,
  help: 'task.doneHelp',
  usage: 'task.doneUsage',
  parse: parseNumber,
  args: TaskNumber,
  scope: ({ id }, ctx) => ownedTaskScope(ctx, id),
  takesTalk: (ctx) => taskInHandSaid(ctx, 'done'),
  handle: (ctx, { id }) => finish(ctx, theirTask(ctx, id, 'task.doneUsage')),
});

export const giveBackCommand = defineCommand({
  name: 'giveback',
  helpSection: 'volunteer',
  aliases: ['退回', '退回任务', '放弃任务'],
  needsCommunity: true,
  help: 'task.giveBackHelp',
  usage: 'task.giveBackUsage',
  parse: parseNumber,
  args: TaskNumber,
  scope: ({ id }, ctx) => ownedTaskScope(ctx, id),
  takesTalk: (ctx) => taskInHandSaid(ctx, 'giveback'),
  handle: (ctx, { id }) => giveBack(ctx, theirTask(ctx, id, 'task.giveBackUsage')),
});

export const cancelTaskCommand = defineCommand({
  name: 'canceltask',
  aliases: ['取消任务', '撤销任务'],
  needsCommunity: true,
  help: 'task.cancelHelp',
  usage: 'task.cancelUsage',
  parse: parseNumber,
  args: TaskNumber,
  // A task is its poster's to cancel (or a secretary's).
  scope: ({ id }, ctx) => {
    if (id === undefined || id === -1) return undefined;
    const task = taskById(ctx.db, id);
    return { ownerMemberId: task && task.community_id === ctx.community?.id ? (task.posted_by ?? -1) : -1 };
  },
  handle(ctx, { id }) {
    if (id === undefined || id === -1) throw new UserError('task.cancelUsage');
    cancel(ctx, mustFind(ctx, id));
  },
});

/** One's own tasks asked after: 「我接了哪些任务」, 「我的任务」, "my tasks". */
const MINE = /^(?:请问)?(?:我(?:接|认领|领)(?:了|的)(?:哪些|什么|几个)?任务(?:呢|啊)?|我的任务(?:有哪些|呢)?|(?:what|which) (?:tasks )?(?:did i|have i) (?:take|claim)(?:n|ed)?|my tasks)[\s??。]*$/i;

export const tasksCommand = defineCommand({
  name: 'tasks',
  helpSection: 'volunteer',
  menu: { for: ['group', 'admin'], about: 'tasks.menu', rank: 6 },
  aliases: ['任务列表', '待认领', '未完成任务'],
  // Asked in words, the whole message: 「现在有什么任务」, 「还有任务没人接吗」, "what tasks are open?", "how do I see the tasks?".
  keywords: [
    /^(?:请问|那)?[\s,,]*(?:现在|今天|目前|最近)?(?:还)?有(?:什么|哪些|没有)?(?:任务|活儿?)(?:没人接|要接|可以接|需要帮忙)?(?:吗|没|呢|啊)?[\s??。!!]*$/,
    /^(?:看看|查看|看一下|查一下)?(?:现在|今天|目前)?的?任务(?:有哪些|呢)[\s??。]*$|^(?:看看|查看|看一下|查一下)(?:现在|今天|目前)?的?任务[\s??。]*$/,
    /^(?:what|which|any) (?:open )?(?:tasks?|jobs?)(?: (?:are|is))?(?: (?:open|there|available|left))?(?: (?:now|today))?\s*\??$/i,
    /^(?:show|list|see) (?:me )?(?:the )?(?:open )?tasks\s*\??$|^how (?:do|can) i (?:see|find|check) (?:the )?(?:open )?tasks\s*\??$/i,
    MINE,
  ],
  needsCommunity: true,
  help: 'task.listHelp',
  usage: 'task.listUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    // 「我接了哪些任务」: only one's own.
    const mine = MINE.test(ctx.msg.text.trim());
    const list = unfinishedTasks(ctx.db, ctx.community.id).filter((task) => !mine || task.owner_member_id === ctx.member.id);
    if (list.length === 0) return void ctx.reply(mine ? 'task.listMineEmpty' : 'task.listEmpty');
    const lines = list.map((task) => {
      const p = taskParams(ctx, ctx.lang, task);
      return task.status === 'open' ? ctx.text('task.listOpen', p) : ctx.text('task.listClaimed', { ...p, name: task.owner_name ?? '?' });
    });
    replyList(ctx, { head: [ctx.text('task.listTitle', { count: list.length })], lines, file: { name: ctx.text('task.listFile') } });
  },
});

export const taskCommands = [taskCommand, claimCommand, doneCommand, giveBackCommand, cancelTaskCommand, tasksCommand];
