import { doorLabel, parseBuilding } from '../../src/kernel/fields/door.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { localDateTime, localDayWindow } from '../../src/kernel/time.js';
import {
  allowed,
  defineDeskSection,
  deskFilters,
  deskPager,
  deskTable,
  field,
  pageOf,
  queryString,
  type DeskCtx,
  type DeskRequest,
} from '../../src/runtime/desk.js';
import { UserError } from '../../src/runtime/errors.js';
import { html } from '../../src/runtime/html.js';
import { decide } from '../../src/runtime/policy.js';
import { homeOf } from '../../src/services/members.js';
import { auditKindOf, auditRecordWords, auditWords } from './audit-words.js';
import { searchAudit, type AuditRow, type AuditSearch } from './store/audit.js';
import { residentsOfBuilding } from './store/roster.js';
import { auditCommand, residentsCommand } from './trust.js';

const PAGE_SIZE = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AuditDesk {
  search: Record<string, string>;
  total: number;
  page: number;
  pages: number;
  rows: AuditRow[];
}

/** The search form's fields, read as /记录 reads a person or a record; what cannot be read is said so. */
function searchOf(ctx: DeskCtx, req: DeskRequest): AuditSearch {
  const s: AuditSearch = {};
  const bad = (value: string): never => {
    throw new UserError('trust.desk.badSearch', { value: value.slice(0, 40) });
  };
  const who = field(req.query, 'who');
  if (who) {
    const number = /^#?\s*(\d{1,9})$/.exec(who);
    if (number) s.memberId = Number(number[1]);
    else if (who.length <= 40) s.name = who;
    else bad(who);
  }
  const action = field(req.query, 'action');
  if (action) {
    if (!/^[a-z][\w.]{0,39}$/i.test(action)) bad(action);
    s.action = action.toLowerCase();
  }
  const record = field(req.query, 'record');
  if (record) {
    const m = /^([a-z][\w.]{0,39}|\p{Script=Han}{1,8})?\s*#?\s*(\d{1,12})$/iu.exec(record);
    const kind = m?.[1] === undefined ? undefined : auditKindOf(m[1]);
    if (!m || (m[1] !== undefined && kind === undefined)) bad(record);
    if (kind) s.recordKind = kind;
    s.recordId = m![2];
  }
  const tz = ctx.config.timeZone;
  const from = field(req.query, 'from');
  if (from) s.from = DATE.test(from) ? localDayWindow(from, tz).start : bad(from);
  const to = field(req.query, 'to');
  if (to) s.to = DATE.test(to) ? localDayWindow(to, tz).end : bad(to);
  if (s.from !== undefined && !Number.isFinite(s.from)) bad(from!);
  if (s.to !== undefined && !Number.isFinite(s.to)) bad(to!);
  return s;
}

const SEARCH_FIELDS = ['who', 'action', 'record', 'from', 'to'] as const;

/** The audit trail of the community, searched: the secretary's, as /记录 is. */
export const auditDesk = defineDeskSection<AuditDesk>({
  name: 'audit',
  order: 60,
  title: 'trust.desk.auditTitle',
  for: [auditCommand],
  read(ctx, req) {
    const search = searchOf(ctx, req);
    const page = pageOf(req);
    const { rows, total } = searchAudit(ctx.db, ctx.community.id, search, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    ctx.record('audit.read', 'community', ctx.community.id, 'search');
    const asked = Object.fromEntries(SEARCH_FIELDS.flatMap((k) => (field(req.query, k) ? [[k, field(req.query, k)!]] : [])));
    return { search: asked, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
  },
  render(ctx, _req, d) {
    const input = (name: (typeof SEARCH_FIELDS)[number], label: string, type = 'text') =>
      html`<label>${label}<input name="${name}" type="${type}" maxlength="40" value="${d.search[name] ?? ''}"></label>`;
    const form = deskFilters(ctx, '/audit', [
      input('who', ctx.text('trust.desk.who')),
      input('action', ctx.text('trust.desk.action')),
      input('record', ctx.text('trust.desk.record')),
      input('from', ctx.text('trust.desk.from'), 'date'),
      input('to', ctx.text('trust.desk.to'), 'date'),
    ]);
    if (d.total === 0) return html`${form}<p>${ctx.text('trust.desk.none')}</p>`;
    const table = deskTable(
      [ctx.text('trust.desk.col.when'), ctx.text('trust.desk.col.who'), ctx.text('trust.desk.col.action'), ctx.text('trust.desk.col.record'), ctx.text('trust.desk.col.detail')],
      d.rows.map((r) => {
        const words = auditWords(ctx.db, ctx.lang, r);
        return [
          localDateTime(r.at, ctx.config.timeZone, ctx.lang),
          r.actor_member_id === null ? 'linli' : html`<a href="/audit${queryString({ who: `#${r.actor_member_id}` })}">${words.who} #${r.actor_member_id}</a>`,
          html`<span title="${r.action}">${words.what}</span>`,
          r.record_kind || r.record_id
            ? html`<a href="/audit${queryString({ record: `${r.record_kind ?? ''}#${r.record_id ?? ''}` })}">${auditRecordWords(ctx.db, ctx.lang, r.record_kind, r.record_id)}</a>`
            : '',
          words.detail,
        ];
      }),
    );
    return html`${form}<p>${ctx.text('trust.desk.count', { total: d.total })}</p>${table}${deskPager(ctx, '/audit', d.search, d.page, d.pages)}`;
  },
});

export interface ResidentsDesk {
  /** The buildings the asker leads (a secretary: none listed, any may be asked). */
  buildings: string[];
  building: string | null;
  residents: { door: string; name: string; phone: string | null }[];
}

/** Who has recorded a home in a building, as /住户 5号楼 shows it: a building lead's own buildings only. */
export const residentsDesk = defineDeskSection<ResidentsDesk>({
  name: 'residents',
  order: 50,
  title: 'trust.desk.residentsTitle',
  for: [residentsCommand],
  read(ctx, req) {
    const led = [...new Set(ctx.roles.filter((g) => g.role === 'building_lead' && g.scope !== '').map((g) => g.scope))];
    const asked = field(req.query, 'building');
    const building = asked ? parseBuilding(asked) : ctx.isSecretary ? undefined : led[0];
    if (asked && !building) throw new UserError('trust.residentsUsage');
    if (!building) return { buildings: led, building: null, residents: [] };
    // The same decision as the chat's /住户 5号楼: the policy checks the building.
    allowed(decide(ctx, residentsCommand, { args: { building } }));
    const people = residentsOfBuilding(ctx.db, ctx.community.id, building);
    ctx.record('members.list', 'building', building, `count:${people.length}`);
    return {
      buildings: led,
      building,
      residents: people.map((p) => {
        const home = homeOf(p);
        return { door: home ? doorLabel(home) : '', name: p.display_name, phone: p.phone ? maskPhone(p.phone) : null };
      }),
    };
  },
  render(ctx, _req, d) {
    const links = d.buildings.map((b) => html` <a href="/residents${queryString({ building: b })}">${b}</a>`);
    const form = deskFilters(ctx, '/residents', html`<label>${ctx.text('trust.desk.building')}<input name="building" maxlength="20" value="${d.building ?? ''}"></label>`);
    if (d.building === null) return html`${form}<p>${ctx.text('trust.desk.chooseBuilding')}${links}</p>`;
    const list =
      d.residents.length === 0
        ? html`<p>${ctx.text('trust.residentsNone', { building: d.building })}</p>`
        : html`<h2>${ctx.text('trust.residentsTitle', { building: d.building, count: d.residents.length })}</h2>${deskTable(
            [ctx.text('trust.desk.col.door'), ctx.text('trust.desk.col.name'), ctx.text('trust.desk.col.phone')],
            d.residents.map((r) => [r.door, r.name, r.phone ?? '']),
          )}`;
    return html`${form}${links.length > 1 ? html`<p>${links}</p>` : ''}${list}`;
  },
});
