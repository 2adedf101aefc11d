import {  readRecordNumber } from '../../src/kernel/fields/record-number.js';
import type { Jobs } from '../../src/runtime/capability.js';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import { langOfChat, langOfMember, type Ctx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import { atLocal } from '../../src/kernel/time.js';
import type { Button, Lang, Platform } from '../../src/kernel/types.js';
import { postsWithButtons } from '../../src/outbox/store.js';
import { chatByAddress, groupsWhereWrote } from '../../src/services/communities.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { memberById } from '../../src/services/members.js';
import { createShifts, shiftById, shiftsOfPlan, takeShift, upcomingShifts, type ShiftWithOwner } from './store/shifts.js';

const MAX_DAYS = 7;
const REMIND_BEFORE_MS = 60 * 60 * 1000;
const UNTAKEN_WARNING_MS = 2 * 60 * 60 * 1000;

const SLOT = /(?<![\d月/])(\d{1,2})(?::(\d{2}))?\s*(?:-|~|到|至)\s*(\d{1,2})(?::(\d{2}))?(?![\d月日号/])/g;
const MONTH_DAY = /(\d{1,2})\s*[月/]\s*(\d{1,2})\s*[日号]?/g;
const DAY_WORDS: Record<string, number> = { 今天: 0, 明天: 1, 后天: 2, today: 0, tomorrow: 1 };

/** The local dates a text names: "4月21日-4月23日", "4月21日", "明天到后天"; today when none. */
function datesIn(text: string, now: number, tz: string): string[] | undefined {
  const base = DateTime.fromMillis(now, { zone: tz }).startOf('day');
  const points: DateTime[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const d = DateTime.fromObject({ year: base.year, month: Number(m[1]), day: Number(m[2]) }, { zone: tz });
    if (!d.isValid) return undefined;
    points.push(d);
  }
  for (const m of text.matchAll(/今天|明天|后天|today|tomorrow/gi)) points.push(base.plus({ days: DAY_WORDS[m[0].toLowerCase()]! }));
  if (points.length === 0) return [base.toISODate()!];
  points.sort((a, b) => a.toMillis() - b.toMillis());
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const days = Math.round(last.diff(first, 'days').days) + 1;
  if (days > MAX_DAYS) return undefined;
  return Array.from({ length: days }, (_, i) => first.plus({ days: i }).toISODate()!);
}

const hhmm = (h: string, m: string | undefined) => `${String(Number(h) % 24).padStart(2, '0')}:${m ?? '00'}`;

function labelOf(startsAt: number, endsAt: number, tz: string, lang: Lang): string {
  const s = DateTime.fromMillis(startsAt, { zone: tz });
  const e = DateTime.fromMillis(endsAt, { zone: tz });
  const day = lang === 'en' ? s.toFormat('LLL d') : s.toFormat("M'月'd'日'");
  return `${day} ${s.toFormat('H:mm')}-${e.toFormat('H:mm') === '0:00' ? '24:00' : e.toFormat('H:mm')}`;
}

function planText(ctx: Ctx, lang: Lang, list: ShiftWithOwner[]): string {
  return list.map((s) => t(lang, 'shift.line', { id: s.id, label: s.label, owner: s.owner_name ?? t(lang, 'shift.free') })).join('\n');
}

/** A button per shift still free and not begun, three to a row: a tap is the reply 「接 N」. */
function shiftButtons(lang: Lang, list: ShiftWithOwner[], now: number): Button[][] {
  const free = list.filter((s) => s.owner_member_id === null && s.starts_at > now).map((s) => ({ label: t(lang, 'shift.button', { id: s.id }), reply: `接 ${s.id}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < free.length; i += 3) rows.push(free.slice(i, i + 3));
  return rows;
}

/** The plan's posts that still offer buttons now show who took what, and offer only the shifts still free. */
function refreshPlanPosts(ctx: Ctx, planId: number): void {
  const list = shiftsOfPlan(ctx.db, planId);
  for (const post of postsWithButtons(ctx.db, { kind: 'shift', id: planId })) {
    const chat = chatByAddress(ctx.db, post.platform, post.chat_id);
    const lang = chat ? langOfChat(chat) : ctx.lang;
    const buttons = shiftButtons(lang, list, ctx.now());
    ctx.send({ platform: post.platform, chatId: post.chat_id }, t(lang, 'shift.posted', { list: planText(ctx, lang, list) }), { edits: post.id, buttons });
  }
}

function take(ctx: Ctx, planId: number | undefined, id: number): void {
  const shift = shiftById(ctx.db, id);
  if (!shift || shift.community_id !== ctx.community?.id || (planId !== undefined && shift.plan_id !== planId)) {
    throw new UserError('shift.notInPlan', { id });
  }
  if (shift.starts_at <= ctx.now()) throw new UserError('shift.over', { id });
  const result = takeShift(ctx.db, id, ctx.member.id, ctx.now());
  if (!result.ok) {
    ctx.reply('shift.alreadyTaken', { id, name: result.owner?.display_name ?? '?' });
    return;
  }
  ctx.record('shift.take', 'shift', id);
  scheduleJob(
    ctx.db,
    { kind: 'shift.remind', key: `shift:${id}:remind`, dueAt: Math.max(ctx.now(), shift.starts_at - REMIND_BEFORE_MS), payload: { id, memberId: ctx.member.id } },
    ctx.now(),
  );
  // The plan's post shows the new owner; a tap is answered to the tapper alone (a toast).
  refreshPlanPosts(ctx, shift.plan_id);
  ctx.reply('shift.taken', { id, name: ctx.member.display_name, label: shift.label });
}

export const shiftsCommand = defineCommand({
  name: 'shifts',
  aliases: ['排班', '巡逻排班', '三班倒'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'shift.help',
  usage: 'shift.usage',
  parse: (raw) => ({ text: raw }),
  args: z.object({ text: z.string().min(3).max(300) }),
  handle(ctx, { text }) {
    const tz = ctx.config.timeZone;
    const withoutDates = text.replace(MONTH_DAY, ' ');
    const slots = [...withoutDates.matchAll(SLOT)].map((m) => ({ start: hhmm(m[1]!, m[2]), end: hhmm(m[3]!, m[4]) }));
    const dates = datesIn(text, ctx.now(), tz);
    if (slots.length === 0 || !dates || slots.some((s) => Number(s.start.slice(0, 2)) > 23 || s.start === s.end)) throw new UserError('shift.usage');
    const shifts = dates.flatMap((date) =>
      slots.map((slot) => {
        // "8-16 16-24 0-8": a slot starting before the day's first one is that night's, after midnight.
        const nextDay = slot.start < slots[0]!.start;
        const startsAt = atLocal(date, slot.start, tz) + (nextDay ? 24 * 3600 * 1000 : 0);
        let endsAt = atLocal(date, slot.end, tz) + (nextDay ? 24 * 3600 * 1000 : 0);
        if (endsAt <= startsAt) endsAt += 24 * 3600 * 1000;
        return { startsAt, endsAt, label: labelOf(startsAt, endsAt, tz, 'zh-CN') };
      }),
    ).filter((s) => s.endsAt > ctx.now());
    if (shifts.length === 0) throw new UserError('shift.usage');
    const planId = createShifts(
      ctx.db,
      { communityId: ctx.community.id, platform: ctx.msg.platform, chatId: ctx.msg.chatId, createdBy: ctx.member.id, shifts },
      ctx.now(),
    );
    const list = shiftsOfPlan(ctx.db, planId);
    for (const s of list) {
      scheduleJob(ctx.db, { kind: 'shift.untaken', key: `shift:${s.id}:untaken`, dueAt: Math.max(ctx.now(), s.starts_at - UNTAKEN_WARNING_MS), payload: { id: s.id } }, ctx.now());
    }
    ctx.record('shift.plan', 'shift', planId, `shifts=${list.length}`);
    ctx.replyText(ctx.text('shift.posted', { list: planText(ctx, ctx.lang, list) }), { ref: { kind: 'shift', id: planId }, buttons: shiftButtons(ctx.lang, list, ctx.now()) });
  },
  onReply: {
    shift: defineReply({
      read(_ctx, _planId, text) {
        const numbers = [...text.matchAll(/#?(\d{1,9})/g)].map((m) => Number(m[1]));
        const wantsOne = /^(?:我)?(?:接|认领|来|要)|^\+1|^take|^mine/i.test(text.trim());
        // "接 3" or "3": a shift number on its own; "谢谢2位" is not a claim.
        if (numbers.length > 0 && !wantsOne && !/^[#\d\s,,、和]+$/.test(text.trim())) return undefined;
        if (numbers.length === 0 && !wantsOne) return undefined;
        return { numbers };
      },
      // /takeshift is for volunteers by its roles; taking one by a reply "接 3" is too.
      needs: ({ numbers }) => (numbers.length > 0 ? { roles: ['volunteer'], refusal: 'shift.onlyVolunteers' } : undefined),
      handle(ctx, planId, { numbers }) {
        if (numbers.length === 0) {
          const first = shiftsOfPlan(ctx.db, planId).find((s) => s.owner_member_id === null);
          throw new UserError('shift.which', { first: first?.id ?? planId });
        }
        for (const id of numbers) take(ctx, planId, id);
      },
    }),
  },
});

/** "2小时后开始", "40分钟后开始", "已经开始了": when a shift starts, from now. */
function whenItStarts(lang: Lang, startsAt: number, now: number): string {
  const minutes = Math.round((startsAt - now) / 60_000);
  if (minutes <= 0) return t(lang, 'shift.started');
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  const span =
    h === 0 ? t(lang, 'shift.minutes', { n: m }) : m !== 0 ? t(lang, 'shift.hoursMinutes', { h, m }) : h === 1 ? t(lang, 'shift.anHour') : t(lang, 'shift.hours', { n: h });
  return t(lang, 'shift.startsIn', { in: span });
}

/** Durable jobs of this part, run when they fall due. */
export const shiftJobs: Jobs = {
  'shift.remind'(ctx, payload) {
    const { id, memberId } = payload as { id: number; memberId: number };
    const shift = shiftById(ctx.db, id);
    const member = memberById(ctx.db, memberId);
    if (!shift || !member || shift.owner_member_id !== memberId) return;
    const when = (lang: Lang) => whenItStarts(lang, shift.starts_at, ctx.now());
    // Someone who never opened a private chat is reminded in a group they wrote in.
    const chat = groupsWhereWrote(ctx.db, [member.id], shift.community_id)[0];
    const inGroup = { key: 'shift.remind' as const, params: { id, label: shift.label, when: when(chat ? langOfChat(chat) : langOfMember(member)) } };
    ctx.tell(member, 'shift.remind', { id, label: shift.label, when: when(langOfMember(member)) }, { inGroup });
  },
  'shift.untaken'(ctx, payload) {
    const shift = shiftById(ctx.db, (payload as { id: number }).id);
    if (!shift || shift.owner_member_id !== null) return;
    for (const s of ctx.secretaries(shift.community_id)) {
      ctx.tell(s, 'shift.untaken', { id: shift.id, label: shift.label, when: whenItStarts(langOfMember(s), shift.starts_at, ctx.now()) });
    }
    const chat = chatByAddress(ctx.db, shift.platform as Platform, shift.chat_id);
    const when = chat ? whenItStarts(langOfChat(chat), shift.starts_at, ctx.now()) : '';
    if (chat) ctx.post(chat, 'shift.untaken', { id: shift.id, label: shift.label, when }, { ref: { kind: 'shift', id: shift.plan_id } });
  },
};

export const takeShiftCommand = defineCommand({
  name: 'takeshift',
  aliases: ['接班', '认领班次'],
  roles: ['volunteer'],
  needsCommunity: true,
  help: 'shift.takeHelp',
  usage: 'shift.usage',
  parse(raw) {
    const id = readRecordNumber(raw);
    if (id === undefined || Number.isNaN(id)) throw new UserError('shift.which', { first: 1 });
    return { id };
  },
  args: z.object({ id: z.number().int().positive() }),
  handle: (ctx, { id }) => take(ctx, undefined, id),
});

export const shiftListCommand = defineCommand({
  name: 'shiftlist',
  helpSection: 'volunteer',
  aliases: ['班表', '巡逻班表'],
  needsCommunity: true,
  help: 'shift.listHelp',
  usage: 'shift.listUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const list = upcomingShifts(ctx.db, ctx.community.id, ctx.now());
    if (list.length === 0) return void ctx.reply('shift.listEmpty');
    ctx.replyText([ctx.text('shift.listTitle'), planText(ctx, ctx.lang, list)].join('\n'));
  },
});

export const shiftCommands = [shiftsCommand, takeShiftCommand, shiftListCommand];
