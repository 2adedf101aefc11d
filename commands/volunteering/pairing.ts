import type { Jobs } from '../../src/runtime/capability.js';
import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx, JobCtx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import { mayTouch } from '../../src/runtime/policy.js';
import { buildingKey, doorKey, doorLabel, findDoor, parseDoor } from '../../src/kernel/fields/door.js';
import { findPhone, maskPhone } from '../../src/kernel/fields/phone.js';
import { atLocal, localDate } from '../../src/kernel/time.js';
import type { Lang } from '../../src/kernel/types.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { memberById } from '../../src/services/members.js';
import {
  confirmContact,
  dropInactivePairs,
  elderlyOf,
  elderlyOfVolunteer,
  pairedVolunteers,
  planPairs,
  registerElderly,
  setPair,
  unconfirmed,
  type Elderly,
  type ElderlyWithVolunteer,
} from './store/pairing.js';
import { roster } from './store/volunteers.js';

const CHECKIN_TIME = '10:00';
const REPORT_TIME = '20:00';

const doorText = (lang: Lang, key: string) => {
  const door = parseDoor(key);
  return door && lang !== 'en' ? doorLabel(door, lang) : key;
};

const Entry = z.object({ name: z.string().min(1).max(40), door: z.string(), building: z.string(), phone: z.string().nullable() });

export const elderlyCommand = defineCommand({
  name: 'elderly',
  aliases: ['长者', '登记长者', '独居老人', '独居长者'],
  roles: ['secretary', 'building_lead'],
  needsCommunity: true,
  help: 'pair.elderlyHelp',
  usage: 'pair.elderlyUsage',
  parse(raw) {
    const entries: z.infer<typeof Entry>[] = [];
    const bad: number[] = [];
    raw.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const door = findDoor(line);
      let rest = door ? line.slice(0, door.index) + line.slice(door.index + door.length) : line;
      const phone = findPhone(rest);
      if (phone) rest = rest.slice(0, phone.index) + rest.slice(phone.index + phone.length);
      const name = rest.replace(/^\s*\d+[.、]\s*/, '').replace(/[,,;;]/g, ' ').trim();
      if (!door || !name) return void bad.push(i + 1);
      entries.push({ name, door: doorKey(door.door), building: buildingKey(door.door), phone: phone?.phone ?? null });
    });
    if (entries.length === 0) throw new UserError('pair.elderlyUsage');
    return { entries, bad };
  },
  args: z.object({ entries: z.array(Entry).max(1000), bad: z.array(z.number()) }),
  // A building lead registers for their own buildings: the first building of the list not theirs is refused.
  scope: ({ entries }, ctx) => ({ building: entries.map((e) => e.building).find((b) => !ctx.has('building_lead', b)) ?? entries[0]!.building }),
  handle(ctx, { entries, bad }) {
    const community = ctx.community;
    let added = 0;
    for (const e of entries) {
      if (registerElderly(ctx.db, { communityId: community.id, ...e, registeredBy: ctx.member.id }, ctx.now())) added++;
    }
    ctx.record('elderly.register', 'community', community.id, `added=${added}`);
    const lines = [ctx.text('pair.registered', { added, total: elderlyOf(ctx.db, community.id).length })];
    if (added < entries.length) lines.push(ctx.text('pair.duplicates', { count: entries.length - added }));
    if (bad.length > 0) lines.push(ctx.text('pair.badLines', { lines: bad.join(ctx.lang === 'en' ? ', ' : '、') }));
    ctx.replyText(lines.join('\n'));
  },
});

function listLines(ctx: Ctx, list: ElderlyWithVolunteer[], date: string): string[] {
  return list.map((e) =>
    ctx.text('pair.line', {
      name: e.name,
      door: doorText(ctx.lang, e.door),
      volunteer: e.volunteer_name ?? ctx.text('pair.lineNone'),
      confirmed: e.confirmed_date === date ? ctx.text('pair.confirmedMark') : '',
    }),
  );
}

function yourLines(lang: Lang, list: Elderly[]): string {
  return list
    .map((e) => t(lang, 'pair.yourLine', { name: e.name, door: doorText(lang, e.door), phone: e.phone ? ` ${maskPhone(e.phone)}` : '' }))
    .join('\n');
}

/** Schedules tomorrow's (or today's, if before 10:00) check-in reminder for a community. */
function scheduleCheckin(ctx: JobCtx, communityId: number): void {
  const tz = ctx.config.timeZone;
  const today = localDate(ctx.now(), tz);
  let at = atLocal(today, CHECKIN_TIME, tz);
  if (at <= ctx.now()) at = atLocal(localDate(ctx.now() + 24 * 3600 * 1000, tz), CHECKIN_TIME, tz);
  const date = localDate(at, tz);
  scheduleJob(ctx.db, { kind: 'pairing.checkin', key: `pairing:checkin:${communityId}:${date}`, dueAt: at, payload: { communityId, date } }, ctx.now());
}

export const pairCommand = defineCommand({
  name: 'pair',
  aliases: ['配对', '长者配对', '一对一'],
  roles: ['secretary', 'building_lead'],
  needsCommunity: true,
  help: 'pair.help',
  usage: 'pair.usage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const community = ctx.community;
    dropInactivePairs(ctx.db, community.id);
    // A building lead pairs the elderly of their own buildings; a secretary, everyone.
    const ours = (e: { building: string }) => mayTouch(ctx, ['secretary', 'building_lead'], { building: e.building }).ok;
    const elderly = elderlyOf(ctx.db, community.id).filter(ours);
    if (elderly.length === 0) throw new UserError('pair.noElderly');
    const helpers = roster(ctx.db, community.id).map((v) => ({ memberId: v.member_id, building: v.building }));
    if (helpers.length === 0) throw new UserError('pair.noVolunteers');
    const plan = planPairs(elderly, helpers);
    for (const [elderlyId, memberId] of plan) setPair(ctx.db, elderlyId, memberId, ctx.now());
    ctx.record('elderly.pair', 'community', community.id, `paired=${plan.size}`);
    // Each volunteer learns privately whom they look after.
    for (const memberId of new Set(plan.values())) {
      const m = memberById(ctx.db, memberId)!;
      ctx.tell(m, 'pair.yours', { list: yourLines(m.lang ?? 'zh-CN', elderlyOfVolunteer(ctx.db, community.id, memberId)) });
    }
    scheduleCheckin(ctx, community.id);
    const after = elderlyOf(ctx.db, community.id).filter(ours);
    const building = new Map(helpers.map((h) => [h.memberId, h.building]));
    const paired = after.filter((e) => e.volunteer_member_id !== null);
    const summary = [
      ctx.text('pair.done', {
        paired: paired.length,
        sameBuilding: paired.filter((e) => building.get(e.volunteer_member_id!) === e.building).length,
        total: after.length,
        volunteers: helpers.length,
      }),
    ];
    if (paired.length < after.length) summary.push(ctx.text('pair.unpaired', { count: after.length - paired.length }));
    const list = [ctx.text('pair.listTitle', { count: after.length }), ...listLines(ctx, after, '')].join('\n');
    // Either the list went privately or it could not: the summary says the one that is true.
    summary.push(ctx.replyPrivatelyText(list) ? ctx.text('pair.listSent') : ctx.text('core.startPrivate'));
    if (ctx.isGroup) ctx.replyText(summary.join('\n'));
  },
});

/** Durable jobs of this part, run when they fall due. */
export const pairingJobs: Jobs = {
  'pairing.checkin'(ctx, payload) {
    const { communityId, date } = payload as { communityId: number; date: string };
    for (const m of pairedVolunteers(ctx.db, communityId)) {
      const lang = m.lang ?? 'zh-CN';
      ctx.tell(m, 'pair.checkin', { list: yourLines(lang, elderlyOfVolunteer(ctx.db, communityId, m.id)) });
    }
    const tz = ctx.config.timeZone;
    scheduleJob(
      ctx.db,
      { kind: 'pairing.report', key: `pairing:report:${communityId}:${date}`, dueAt: atLocal(date, REPORT_TIME, tz), payload: { communityId, date } },
      ctx.now(),
    );
    scheduleCheckin(ctx, communityId);
  },
  'pairing.report'(ctx, payload) {
    const { communityId, date } = payload as { communityId: number; date: string };
    const missing = unconfirmed(ctx.db, communityId, date);
    if (missing.length === 0) return;
    for (const s of ctx.secretaries(communityId)) {
      const lang = s.lang ?? 'zh-CN';
      const list = missing
        .map((e) => t(lang, 'pair.line', { name: e.name, door: doorText(lang, e.door), volunteer: e.volunteer_name ?? '?', confirmed: '' }))
        .join('\n');
      ctx.tell(s, 'pair.report', { count: missing.length, list });
    }
  },
};

export const contactedCommand = defineCommand({
  name: 'contacted',
  helpSection: 'volunteer',
  aliases: ['已联系', '联系过了'],
  keywords: [/^(?:已联系|联系过了|已经联系了?|都联系了)[!!。.]*$/, /^(?:contacted|checked in|called them)[!.]*$/i],
  needsCommunity: true,
  help: 'pair.contactedHelp',
  usage: 'pair.contactedUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const count = confirmContact(ctx.db, ctx.community.id, ctx.member.id, localDate(ctx.now(), ctx.config.timeZone));
    if (count === 0) throw new UserError('pair.nobodyYours');
    ctx.record('elderly.contacted', 'member', ctx.member.id, `count=${count}`);
    ctx.ack('pair.contacted', { count });
  },
});

export const pairsCommand = defineCommand({
  name: 'pairs',
  aliases: ['配对名单', '长者名单', '未联系'],
  roles: ['secretary', 'building_lead'],
  needsCommunity: true,
  help: 'pair.pairsHelp',
  usage: 'pair.pairsUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const date = localDate(ctx.now(), ctx.config.timeZone);
    // A building lead sees their own buildings' elderly residents only (the policy's rule, per record).
    const theirs = (e: { building: string }) => mayTouch(ctx, ['secretary', 'building_lead'], { building: e.building }).ok;
    const all = elderlyOf(ctx.db, ctx.community.id).filter(theirs);
    if (all.length === 0) throw new UserError('pair.noElderly');
    const missing = unconfirmed(ctx.db, ctx.community.id, date).filter(theirs);
    const text = [
      ctx.text('pair.listTitle', { count: all.length }),
      ...listLines(ctx, all, date),
      ctx.text('pair.unconfirmedTitle', { count: missing.length }),
    ].join('\n');
    ctx.answerPrivately(text, { saidInGroup: 'pair.sentPrivately' });
  },
});

export const pairingCommands = [elderlyCommand, pairCommand, pairsCommand, contactedCommand];
