import { parseBuilding } from '../../src/kernel/fields/door.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { localDate, localDateTime } from '../../src/kernel/time.js';
import {
  allowed,
  defineDeskSection,
  deskCard,
  deskFilters,
  deskSelect,
  deskTable,
  field,
  queryString,
  type DeskCtx,
  type DeskRequest,
} from '../../src/runtime/desk.js';
import { UserError } from '../../src/runtime/errors.js';
import { html } from '../../src/runtime/html.js';
import { decide, mayTouch } from '../../src/runtime/policy.js';
import { pairsCommand } from './pairing.js';
import { elderlyOf } from './store/pairing.js';
import { upcomingShifts } from './store/shifts.js';
import { unfinishedTasks } from './store/tasks.js';
import { roster, type RosterEntry, type RosterFilter } from './store/volunteers.js';
import { taskCommand } from './tasks.js';
import { skillList, volunteerName, whenList } from './text.js';
import { rosterCommand, rosterSheet } from './volunteers.js';
import { AVAILABILITY, SKILLS, type Availability, type Skill } from './words.js';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export interface VolunteersDesk {
  tasks: { id: number; title: string; building: string | null; owner: string | null; due: number | null; overdue: boolean }[];
  /** Only for those who may read the roster (/花名册): a building lead's own buildings. */
  roster?: {
    filter: RosterFilter;
    entries: { name: string; building: string | null; skills: string; when: string; team: string | null; phone: string | null; joined: string }[];
    bySkill: [string, number][];
    byBuilding: [string, number][];
    byTeam: [string, number][];
  };
  shifts: { label: string; from: number; to: number; owner: string | null }[];
  /** Only for those who may read the pairs (/配对名单): a building lead's own buildings. */
  elderly?: { name: string; door: string; phone: string | null; volunteer: string | null; contacted: boolean }[];
}

const ROSTER_ROLES = ['secretary', 'building_lead'] as const;

function filterOf(req: DeskRequest): RosterFilter {
  const f: RosterFilter = {};
  const building = field(req.query, 'building');
  if (building) {
    f.building = parseBuilding(building);
    if (!f.building) throw new UserError('vol.desk.badFilter', { value: building });
  }
  const skill = field(req.query, 'skill');
  if (skill) {
    if (!SKILLS.includes(skill as Skill)) throw new UserError('vol.desk.badFilter', { value: skill });
    f.skill = skill as Skill;
  }
  const when = field(req.query, 'when');
  if (when) {
    if (!AVAILABILITY.includes(when as Availability)) throw new UserError('vol.desk.badFilter', { value: when });
    f.availability = when as Availability;
  }
  const team = field(req.query, 'team');
  if (team) {
    if (team.length > 40) throw new UserError('vol.desk.badFilter', { value: team.slice(0, 40) });
    f.team = team;
  }
  return f;
}

function tally(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}

/** Whether a building's people are the asker's to see: a secretary's all, a building lead's own (the policy's rule, per record). */
const theirs = (ctx: DeskCtx, building: string | null) => building === null || mayTouch(ctx, [...ROSTER_ROLES], { building }).ok;

function tasksOf(ctx: DeskCtx): VolunteersDesk['tasks'] {
  const now = ctx.now();
  return unfinishedTasks(ctx.db, ctx.community.id).map((t) => ({
    id: t.id,
    title: t.title,
    building: t.building,
    owner: t.status === 'claimed' ? t.owner_name : null,
    due: t.due_at,
    overdue: t.due_at !== null && t.due_at < now,
  }));
}

/** The elderly residents and their pairs, as /配对名单 shows them: a building lead's own buildings. */
function elderlyFor(ctx: DeskCtx): NonNullable<VolunteersDesk['elderly']> {
  const today = localDate(ctx.now(), ctx.config.timeZone);
  return elderlyOf(ctx.db, ctx.community.id)
    .filter((e) => theirs(ctx, e.building))
    .map((e) => ({ name: e.name, door: e.door, phone: e.phone ? maskPhone(e.phone) : null, volunteer: e.volunteer_name, contacted: e.confirmed_date === today }));
}

/** The roster as /花名册 gives it: a building lead asks for their own buildings only, and sees them only. */
function rosterFor(ctx: DeskCtx, filter: RosterFilter): RosterEntry[] {
  if (filter.building) allowed(mayTouch(ctx, [...ROSTER_ROLES], { building: filter.building }));
  return roster(ctx.db, ctx.community.id, filter).filter((e) => theirs(ctx, e.building));
}

function read(ctx: DeskCtx, req: DeskRequest): VolunteersDesk {
  const now = ctx.now();
  const shifts = upcomingShifts(ctx.db, ctx.community.id, now).map((s) => ({ label: s.label, from: s.starts_at, to: s.ends_at, owner: s.owner_name }));
  const data: VolunteersDesk = { tasks: tasksOf(ctx), shifts };
  if (decide(ctx, rosterCommand).ok) {
    const filter = filterOf(req);
    const entries = rosterFor(ctx, filter);
    data.roster = {
      filter,
      entries: entries.map((e) => ({
        name: volunteerName(ctx.lang, e.display_name, e.person),
        building: e.building,
        skills: skillList(ctx.lang, e.skills),
        when: whenList(ctx.lang, e.availability),
        team: e.team,
        phone: e.phone ? maskPhone(e.phone) : null,
        joined: localDate(e.joined_at, ctx.config.timeZone),
      })),
      bySkill: tally(entries.flatMap((e) => e.skills.map((s) => skillList(ctx.lang, [s])))),
      byBuilding: tally(entries.map((e) => e.building ?? '?')),
      byTeam: tally(entries.flatMap((e) => (e.team ? [e.team] : []))),
    };
  }
  if (decide(ctx, pairsCommand).ok) data.elderly = elderlyFor(ctx);
  return data;
}

const counts = (ctx: DeskCtx, title: string, rows: [string, number][]) =>
  rows.length === 0 ? '' : deskCard(title, deskTable([title, ctx.text('vol.desk.col.count')], rows.map(([k, n]) => [k, n]), { figures: true }));

function render(ctx: DeskCtx, _req: DeskRequest, d: VolunteersDesk) {
  const tz = ctx.config.timeZone;
  const when = (ms: number) => localDateTime(ms, tz, ctx.lang);
  const parts = [];
  if (d.roster) {
    const f = d.roster.filter;
    const buildings = [...new Set(d.roster.byBuilding.map(([b]) => b).filter((b) => b !== '?'))].sort(collator.compare);
    if (f.building && !buildings.includes(f.building)) buildings.push(f.building);
    parts.push(
      deskFilters(ctx, '/volunteers', [
        deskSelect(ctx, 'building', ctx.text('vol.desk.filterBuilding'), buildings.map((b) => [b, b]), f.building),
        deskSelect(ctx, 'skill', ctx.text('vol.desk.filterSkill'), SKILLS.filter((s) => s !== 'general').map((s) => [s, skillList(ctx.lang, [s])]), f.skill),
        deskSelect(ctx, 'when', ctx.text('vol.desk.filterWhen'), AVAILABILITY.map((a) => [a, whenList(ctx.lang, [a])]), f.availability),
        html`<label>${ctx.text('vol.desk.filterTeam')}<input name="team" maxlength="40" value="${f.team ?? ''}"></label>`,
      ]),
      html`<h2>${ctx.text('vol.desk.rosterTitle', { count: d.roster.entries.length })}</h2><p class="noprint"><a href="/volunteers/roster.xlsx${queryString({ building: f.building, skill: f.skill, when: f.availability, team: f.team })}">${ctx.text('vol.desk.download')}</a></p>`,
      html`<div class="cards">${counts(ctx, ctx.text('vol.desk.bySkill'), d.roster.bySkill)}${counts(ctx, ctx.text('vol.desk.byBuilding'), d.roster.byBuilding)}${counts(ctx, ctx.text('vol.desk.byTeam'), d.roster.byTeam)}</div>`,
      d.roster.entries.length === 0
        ? html`<p>${ctx.text('vol.desk.noRoster')}</p>`
        : deskTable(
            ['vol.desk.col.name', 'vol.desk.col.building', 'vol.desk.col.skills', 'vol.desk.col.when', 'vol.desk.col.team', 'vol.desk.col.phone', 'vol.desk.col.joined'].map((k) =>
              ctx.text(k as 'vol.desk.col.name'),
            ),
            d.roster.entries.map((e) => [e.name, e.building ?? '', e.skills, e.when, e.team ?? '', e.phone ?? '', e.joined]),
          ),
    );
  }
  if (d.elderly) {
    const missed = d.elderly.filter((e) => e.volunteer !== null && !e.contacted).length;
    parts.push(
      html`<h2>${ctx.text('vol.desk.elderlyTitle', { count: d.elderly.length, missed })}</h2>`,
      deskTable(
        [ctx.text('vol.desk.col.elderly'), ctx.text('vol.desk.col.door'), ctx.text('vol.desk.col.phone'), ctx.text('vol.desk.col.volunteer'), ctx.text('vol.desk.col.today')],
        d.elderly.map((e) => [
          e.name,
          e.door,
          e.phone ?? '',
          e.volunteer ?? html`<span class="urgent">${ctx.text('vol.desk.unpaired')}</span>`,
          e.volunteer === null ? '' : e.contacted ? html`<span class="ok">${ctx.text('vol.desk.contacted')}</span>` : html`<span class="urgent">${ctx.text('vol.desk.notContacted')}</span>`,
        ]),
      ),
    );
  }
  parts.push(
    html`<h2>${ctx.text('vol.desk.tasksTitle', { count: d.tasks.length })}</h2>`,
    d.tasks.length === 0
      ? ''
      : deskTable(
          ['#', ctx.text('vol.desk.col.task'), ctx.text('vol.desk.col.building'), ctx.text('vol.desk.col.status'), ctx.text('vol.desk.col.due')],
          d.tasks.map((t) => [
            `#${t.id}`,
            t.title,
            t.building ?? '',
            t.owner ? ctx.text('vol.desk.taskClaimed', { name: t.owner }) : html`<span class="urgent">${ctx.text('vol.desk.taskOpen')}</span>`,
            t.due === null ? '' : html`<span${t.overdue ? html` class="urgent"` : ''}>${when(t.due)}${t.overdue ? ` · ${ctx.text('vol.desk.overdue')}` : ''}</span>`,
          ]),
        ),
  );
  if (d.shifts.length > 0) {
    parts.push(
      html`<h2>${ctx.text('vol.desk.shiftsTitle')}</h2>`,
      deskTable(
        [ctx.text('vol.desk.col.shift'), ctx.text('vol.desk.col.from'), ctx.text('vol.desk.col.to'), ctx.text('vol.desk.col.owner')],
        d.shifts.map((s) => [s.label, when(s.from), when(s.to), s.owner ?? html`<span class="urgent">${ctx.text('vol.desk.nobody')}</span>`]),
      ),
    );
  }
  return html`${parts}`;
}

/** The roster with counts, elderly pairs and today's missed check-ins, tasks and shifts; a building lead's own buildings. */
export const volunteersDesk = defineDeskSection<VolunteersDesk>({
  name: 'volunteers',
  order: 20,
  title: 'vol.desk.title',
  for: [rosterCommand, pairsCommand, taskCommand],
  today(ctx) {
    const cards = [];
    const waiting = decide(ctx, taskCommand).ok ? tasksOf(ctx).filter((t) => t.owner === null || t.overdue) : [];
    if (waiting.length > 0) {
      const lines = waiting.slice(0, 10).map(
        (t) => html`<li>#${t.id} ${t.title} · <span class="urgent">${t.owner === null ? ctx.text('vol.desk.taskOpen') : ctx.text('vol.desk.overdue')}</span></li>`,
      );
      const more = waiting.length > 10 ? html`<li>${ctx.text('core.deskMore', { count: waiting.length - 10 })}</li>` : '';
      cards.push(deskCard(ctx.text('vol.desk.todayTasks', { count: waiting.length }), html`<ul>${lines}${more}</ul>`, { href: '/volunteers', text: ctx.text('vol.desk.title') }));
    }
    const missed = decide(ctx, pairsCommand).ok ? elderlyFor(ctx).filter((e) => e.volunteer !== null && !e.contacted) : [];
    if (missed.length > 0) {
      const lines = missed.slice(0, 10).map((e) => html`<li>${e.name} ${e.door} · ${e.volunteer}</li>`);
      const more = missed.length > 10 ? html`<li>${ctx.text('core.deskMore', { count: missed.length - 10 })}</li>` : '';
      cards.push(deskCard(ctx.text('vol.desk.todayMissed', { count: missed.length }), html`<ul>${lines}${more}</ul>`, { href: '/volunteers', text: ctx.text('vol.desk.title') }));
    }
    return cards.length > 0 ? html`${cards}` : undefined;
  },
  read,
  render,
  // The roster's spreadsheet with the page's filters, as /花名册 导出 sends it.
  file(ctx, req) {
    if (req.params[0] !== 'roster.xlsx') return undefined;
    allowed(decide(ctx, rosterCommand));
    return { sheet: rosterSheet(ctx, rosterFor(ctx, filterOf(req))) };
  },
});
