import { z } from 'zod';
import { defineCommand, defineReply, type CommunityCtx } from '../../src/runtime/command.js';
import type { CommunityMemberCtx, Ctx } from '../../src/runtime/context.js';
import type { SpreadsheetSpec } from '../../src/kernel/types.js';
import { UserError } from '../../src/runtime/errors.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { mayTouch, postedFor } from '../../src/runtime/policy.js';
import { parseBuilding, parseDoor } from '../../src/kernel/fields/door.js';
import { recogniseRecruitReply, recogniseVolunteer, steppingDown } from './recognise.js';
import { plainWords } from '../../src/kernel/dialect.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { localDate, localDateTime } from '../../src/kernel/time.js';
import type { SheetColumn } from '../../src/kernel/types.js';
import { senderOfMessage, upsertMember, type Member } from '../../src/services/members.js';
import { releaseShiftsOf } from './store/shifts.js';
import { releaseTasksOf } from './store/tasks.js';
import {
  AVAILABILITY,
  findAvailability,
  findSkills,
  SKILLS,
  TEAM_ALIASES,
} from './words.js';
import {
  createRecruit,
  latestRecruit,
  needsOf,
  recruitSignUps,
  recruitSignUpsByTeam,
  recruitById,
  roster,
  setTeam,
  skillsOf,
  stepDown,
  volunteerOf,
  type Need,
  type RosterEntry,
  type RosterFilter,
} from './store/volunteers.js';
import { announceTask } from './task-post.js';
import { recruitButtons, recruitPostText } from './recruit-post.js';
import { continueSignUp, SIGNUP_CONVERSATION, startSignUp } from './signup.js';
import { skillList, volunteerName, whenList } from './text.js';

// The label is bounded so a long line without numbers cannot make the match quadratic.
const NEED = /([^\s\d,,、;;]{1,20}?)\s*(\d{1,4})\s*(?:人|名|位|个|people)?(?=[\s,,、;;]|$)/g;

export const recruitCommand = defineCommand({
  name: 'recruit',
  menu: { for: ['admin'], about: 'recruit.menu', rank: 23 },
  aliases: ['招募', '招募志愿者', '志愿者招募'],
  roles: ['secretary', 'building_lead'],
  needsCommunity: true,
  help: 'vol.recruitHelp',
  usage: 'vol.recruitUsage',
  parse(raw) {
    const needs: Need[] = [...raw.matchAll(NEED)].map((m) => ({ label: m[1]!, count: Number(m[2]) }));
    return { title: raw.replace(NEED, ' ').replace(/\s+/g, ' ').trim() || raw.trim(), needs };
  },
  args: z.object({ title: z.string().max(500), needs: z.array(z.object({ label: z.string(), count: z.number().int().positive() })) }),
  // A building lead calls for their own buildings: the one the call names, or those of the group it is posted in.
  scope: ({ title }, ctx) => (title === '' ? undefined : postedFor(ctx, title.split(/\s+/).map((w) => parseBuilding(w)).find(Boolean))),
  handle(ctx, { title, needs }) {
    const community = ctx.community;
    if (title === '') return recruitStatus(ctx);
    const id = createRecruit(
      ctx.db,
      { communityId: community.id, platform: ctx.msg.platform, chatId: ctx.msg.chatId, title, needs, postedBy: ctx.member.id },
      ctx.now(),
    );
    ctx.record('volunteer.recruit', 'recruit', id, `needs=${needs.reduce((s, n) => s + n.count, 0)}`);
    const recruit = recruitById(ctx.db, id)!;
    ctx.send(ctx.here, recruitPostText(ctx, ctx.lang, recruit), {
      ref: { kind: 'recruit', id },
      sourceMessageId: ctx.incomingId,
      buttons: recruitButtons(ctx.lang, recruit),
    });
  },
  onReply: {
    recruit: defineReply({
      // "算我一个", "我有车", "报名 5-302 医生 晚上"; a cheer or a question under the post is not a sign-up.
      recognise: recogniseRecruitReply,
      read(ctx, recruitId, text) {
        const recruit = recruitById(ctx.db, recruitId);
        if (!recruit) return undefined;
        const r = recogniseRecruitReply(plainWords(text));
        return (r && r.confidence >= 0.5) || (!r && parseDoor(text)) ? { recruit, text } : undefined;
      },
      handle(ctx, _recruitId, { recruit, text }) {
        // A reply naming one of the needs ("核酸引导") joins that team.
        const need = needsOf(recruit).find((n) => text.includes(n.label));
        startSignUp(ctx, recruit.community_id, text, recruit.id, need?.label ?? null);
      },
    }),
  },
});

/** "/招募" alone: how the latest call is going, against what it asked for. */
function recruitStatus(ctx: CommunityCtx): void {
  const recruit = latestRecruit(ctx.db, ctx.community.id);
  if (!recruit) throw new UserError('vol.recruitUsage');
  const needs = needsOf(recruit);
  const total = needs.reduce((s, n) => s + n.count, 0);
  const count = recruitSignUps(ctx.db, recruit.id);
  const byTeam = recruitSignUpsByTeam(ctx.db, recruit.id);
  const parts = needs.map((n) => ctx.text('vol.recruitNeedProgress', { label: n.label, count: byTeam.get(n.label) ?? 0, need: n.count }));
  ctx.reply('vol.recruitStatus', {
    title: recruit.title,
    progress: total > 0 ? ctx.text('vol.recruitProgress', { count, total }) : ctx.text('vol.recruitProgressOpen', { count }),
    needs: parts.length > 0 ? `(${parts.join(ctx.text('vol.sep'))})` : '',
  });
}

export const volunteerCommand = defineCommand({
  name: 'volunteer',
  aliases: ['志愿者报名', '报名志愿者', '当志愿者', '我的志愿者信息'],
  // "我要当志愿者", "我是护士 可以帮忙", "I can do night patrols if you need people".
  recognise: (text, s) => {
    const r = recogniseVolunteer(text, s);
    if (r) return { ...r, args: { text: text.replace(/^(?:我要|我想|我来)?(?:报名|当|做|参加)志愿者[,,。.!!::\s]*/, '') } };
    // A volunteer telling privately when they are free now (「我这周只有周末有空」, "only evenings from now on"): their record updated.
    const free = !s.isGroup && s.ownOpen?.includes('volunteering') && text.length <= 40 && WHEN_FREE.exec(text);
    return free && findAvailability(text).length > 0 ? { intent: 'volunteer', confidence: 0.9, evidence: [free[0]], args: { text } } : undefined;
  },
  choice: 'vol.choice',
  needsCommunity: true,
  help: 'vol.help',
  usage: 'vol.usage',
  parse: (raw) => ({ text: raw }),
  args: z.object({ text: z.string().max(1000) }),
  handle(ctx, { text }) {
    const community = ctx.community;
    const existing = volunteerOf(ctx.db, community.id, ctx.member.id);
    if (existing && text.trim() === '') {
      ctx.reply('vol.current', {
        building: existing.building ?? ctx.text('vol.unknownBuilding'),
        skills: skillList(ctx.lang, skillsOf(ctx.db, existing.id)),
        when: whenList(ctx.lang, existing.availability),
        team: existing.team ?? ctx.text('vol.noTeam'),
      });
      return;
    }
    startSignUp(ctx, community.id, text, null, null);
  },
  onConversation: { [SIGNUP_CONVERSATION]: continueSignUp },
});

/** When one is free, said of oneself: 「只有周末有空」, 「晚上有空」, "free in the evenings". */
const VOLUNTEERS_ASKED = /^(?:现在|目前|一共|总共)?(?:有)?(?:几个|多少)(?:个)?志愿者(?:了)?(?:呢|啊)?[\s??。]*$|^志愿者(?:现在|目前|一共)?(?:有)?(?:几个|多少)(?:人|个)?(?:了)?(?:呢|啊)?[\s??。]*$|^(?:看看|给我看看)?志愿者(?:名单|都有谁|有哪些人)(?:呢)?[\s??。]*$|^how many volunteers(?: do we have)?(?: now)?\s*\??$|^(?:show me )?(?:the )?volunteer (?:list|roster)\s*\??$/i;
const WHEN_FREE = /有空|有时间|得闲|没空|没时间|\bfree\b|\bavailable\b/i;

export const stepDownCommand = defineCommand({
  name: 'stepdown',
  aliases: ['退出志愿者', '不当志愿者', 'quitvolunteer'],
  keywords: [/^(?:我要|我想)?(?:退出志愿者|不当志愿者了?)$/, /^i (?:want to )?(?:quit|stop) volunteering$/i],
  // 「我不想当志愿者了」, 「志愿者我不做了」, "I can't volunteer any more": asked first (claimed tasks go back to the group).
  // It was read as a sign-up for 当志愿者 and answered 「已更新志愿者」.
  recognise: (text, s) => {
    const said = steppingDown(text);
    return said && s.ownOpen?.includes('volunteering') ? { intent: 'stepdown', confidence: 0.6, evidence: [said[0]] } : undefined;
  },
  confirm: { question: 'vol.stepDownAsk' },
  needsCommunity: true,
  help: 'vol.stepDownHelp',
  usage: 'vol.stepDownUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const community = ctx.community;
    if (!stepDown(ctx.db, community.id, ctx.member.id, ctx.now())) throw new UserError('vol.notVolunteer');
    const released = releaseTasksOf(ctx.db, community.id, ctx.member.id);
    releaseShiftsOf(ctx.db, community.id, ctx.member.id, ctx.now());
    for (const task of released) announceTask(ctx, task, 'task.returned');
    ctx.record('volunteer.stepdown', 'member', ctx.member.id, `released=${released.length}`);
    ctx.reply('vol.steppedDown', { released: released.length > 0 ? ctx.text('vol.releasedTasks', { count: released.length }) : '' });
  },
});

const EXPORT = /^(?:导出|表格|excel|xlsx|export|下载)$/i;

export const rosterCommand = defineCommand({
  name: 'roster',
  menu: { for: ['admin'], about: 'roster.menu', rank: 24 },
  aliases: ['花名册', '志愿者名单', '志愿者花名册', 'volunteers'],
  roles: ['secretary', 'building_lead'],
  // The secretary's or a lead's 「现在有几个志愿者」, "how many volunteers do we have?", privately: the roster.
  recognise: (text, s) =>
    !s.isGroup && (s.has?.('secretary') || s.has?.('building_lead')) && VOLUNTEERS_ASKED.test(text.trim())
      ? { intent: 'roster', confidence: 0.95, evidence: [text.trim()], rawArgs: '' }
      : undefined,
  needsCommunity: true,
  help: 'vol.rosterHelp',
  usage: 'vol.rosterUsage',
  parse(raw) {
    const filter: RosterFilter = {};
    let exportFile = false;
    for (const word of raw.split(/\s+/).filter(Boolean)) {
      const skill = findSkills(word)[0];
      const when = findAvailability(word)[0];
      const building = parseBuilding(word);
      if (EXPORT.test(word)) exportFile = true;
      else if (building) filter.building = building;
      else if (skill && skill !== 'general') filter.skill = skill;
      else if (when) filter.availability = when;
      else filter.team = TEAM_ALIASES[word] ?? word;
    }
    return { filter, exportFile };
  },
  args: z.object({
    filter: z.object({
      skill: z.enum(SKILLS).optional(),
      team: z.string().max(40).optional(),
      building: z.string().optional(),
      availability: z.enum(AVAILABILITY).optional(),
    }),
    exportFile: z.boolean(),
  }),
  // A building lead asks for their own buildings' volunteers.
  scope: ({ filter }) => (filter.building ? { building: filter.building } : undefined),
  handle(ctx, { filter, exportFile }) {
    // A building lead sees their own buildings' volunteers (and those who gave no building).
    const entries = roster(ctx.db, ctx.community.id, filter).filter(
      (e) => e.building === null || mayTouch(ctx, ['secretary', 'building_lead'], { building: e.building }).ok,
    );
    const filterText = describeFilter(ctx, filter);
    // A list of people (names, buildings, skills, hours) is for the volunteers' group or a private chat, never a residents' group.
    const privately = ctx.isGroup && ctx.chat.purpose !== 'volunteers';
    if (exportFile) return exportRoster(ctx, entries, filterText, privately);
    if (entries.length === 0) {
      ctx.reply('vol.rosterEmpty', { filter: filterText ? ctx.text('vol.rosterFilter', { filter: filterText }) : '' });
      return;
    }
    replyList(ctx, { ...rosterText(ctx, entries, filterText), file: () => rosterSheet(ctx, entries, filterText), privately });
  },
});

function describeFilter(ctx: Ctx, f: RosterFilter): string {
  const parts: string[] = [];
  if (f.skill) parts.push(skillList(ctx.lang, [f.skill]));
  if (f.availability) parts.push(whenList(ctx.lang, [f.availability]));
  if (f.building) parts.push(ctx.text('vol.rosterBuilding', { building: f.building }));
  if (f.team) parts.push(f.team);
  return parts.join(ctx.text('vol.sep'));
}

function tally(ctx: Ctx, keys: string[], label: (k: string) => string): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, count]) => ctx.text('vol.rosterCount', { label: label(k), count }))
    .join(ctx.text('vol.sep'));
}

/** The roster as a chat message: the counts first (what a secretary asks for), then one line each. */
function rosterText(ctx: Ctx, entries: RosterEntry[], filterText: string): { head: string[]; lines: string[] } {
  const head = [
    ctx.text('vol.rosterTitle', { count: entries.length, filter: filterText ? ctx.text('vol.rosterFilter', { filter: filterText }) : '' }),
    ctx.text('vol.rosterBySkill', { counts: tally(ctx, entries.flatMap((e) => e.skills), (s) => skillList(ctx.lang, [s])) }),
    ctx.text('vol.rosterByBuilding', {
      counts: tally(ctx, entries.map((e) => e.building ?? '?'), (b) => ctx.text('vol.rosterBuilding', { building: b })),
    }),
  ];
  const teams = entries.map((e) => e.team).filter((x): x is string => x !== null);
  if (teams.length > 0) head.push(ctx.text('vol.rosterByTeam', { counts: tally(ctx, teams, (x) => x) }));
  const lines = entries.map((e, i) =>
    ctx.text('vol.rosterLine', {
      n: i + 1,
      name: volunteerName(ctx.lang, e.display_name, e.person),
      building: e.building ?? '?',
      skills: skillList(ctx.lang, e.skills),
      when: whenList(ctx.lang, e.availability),
      team: e.team ? ctx.text('vol.rosterTeam', { team: e.team }) : '',
      phone: e.phone ? ` ${maskPhone(e.phone)}` : '',
    }),
  );
  return { head, lines };
}

function exportRoster(ctx: CommunityCtx, entries: RosterEntry[], filterText: string, privately: boolean): void {
  const file = rosterSheet(ctx, entries, filterText);
  const text = ctx.text('vol.rosterExported', { count: entries.length });
  if (privately) ctx.answerPrivately(text, { file });
  else ctx.replyText(text, { file });
}

/** The roster as a spreadsheet (phones masked), audited: /花名册 导出 sends it, the desk downloads it. */
export function rosterSheet(ctx: CommunityMemberCtx, entries: RosterEntry[], filterText = ''): SpreadsheetSpec {
  const header = ctx.text('vol.sheetHeader').split('|');
  const rows = entries.map((e, i) => [
    i + 1,
    volunteerName(ctx.lang, e.display_name, e.person),
    e.building,
    e.door,
    skillList(ctx.lang, e.skills),
    whenList(ctx.lang, e.availability),
    e.team,
    e.phone ? maskPhone(e.phone) : null,
    localDate(e.joined_at, ctx.config.timeZone),
  ]);
  const sheet = ctx.text('vol.sheetName');
  const title = [
    ctx.text('vol.sheetTitle', { community: ctx.community.name, count: entries.length, filter: filterText ? ctx.text('vol.rosterFilter', { filter: filterText }) : '' }),
    ctx.text('vol.sheetMade', { at: localDateTime(ctx.now(), ctx.config.timeZone, ctx.lang) }),
  ];
  const columns: SheetColumn[] = [{ kind: 'count' }, ...Array.from({ length: header.length - 1 }, () => ({ kind: 'text' as const }))];
  ctx.record('volunteer.export', 'community', ctx.community.id, `rows=${rows.length}`);
  return { name: `${sheet}.xlsx`, sheets: [{ name: sheet, title, columns, rows: [header, ...rows] }] };
}

/** Whom a team command is about: the people @-mentioned, or the sender of the message it replies to. */
function targets(ctx: Ctx): Member[] {
  const mentioned = (ctx.msg.mentions ?? []).map((m) =>
    upsertMember(ctx.db, { platform: ctx.msg.platform, userId: m.userId, displayName: m.name }, ctx.now()),
  );
  if (mentioned.length > 0) return mentioned;
  const replied = ctx.msg.replyToMessageId ? senderOfMessage(ctx.db, ctx.msg.platform, ctx.msg.chatId, ctx.msg.replyToMessageId) : undefined;
  return replied ? [replied] : [];
}

export const teamCommand = defineCommand({
  name: 'team',
  aliases: ['分组', '编组', '分队', '编入'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'vol.teamHelp',
  usage: 'vol.teamUsage',
  parse(raw) {
    const name = raw.replace(/@\S+/g, ' ').trim();
    return { team: TEAM_ALIASES[name] ?? name };
  },
  args: z.object({ team: z.string().min(1).max(40) }),
  handle(ctx, { team }) {
    const who = targets(ctx);
    if (who.length === 0) throw new UserError('vol.teamUsage');
    const added: string[] = [];
    const refused: string[] = [];
    for (const m of who) (setTeam(ctx.db, ctx.community.id, m.id, team) ? added : refused).push(m.display_name);
    if (added.length > 0) ctx.record('volunteer.team', 'community', ctx.community.id, `added=${added.length}`);
    const sep = ctx.text('vol.sep');
    const lines: string[] = [];
    if (added.length > 0) lines.push(ctx.text('vol.teamSet', { team, names: added.join(sep) }));
    if (refused.length > 0) lines.push(ctx.text('vol.teamNotVolunteers', { names: refused.join(sep) }));
    ctx.replyText(lines.join('\n'));
  },
});

export const volunteerCommands = [recruitCommand, volunteerCommand, stepDownCommand, rosterCommand, teamCommand];
