import { parseBuilding } from '../../src/kernel/fields/door.js';
import {
  allowed,
  defineDeskSection,
  deskCard,
  deskFilters,
  deskForm,
  deskPager,
  deskSelect,
  deskTable,
  field,
  fields,
  pageOf,
  type DeskCtx,
  type DeskRequest,
} from '../../src/runtime/desk.js';
import { UserError } from '../../src/runtime/errors.js';
import { html } from '../../src/runtime/html.js';
import { decide } from '../../src/runtime/policy.js';
import { myMedicineCommand } from './own.js';
import type { StatusUpdate } from './status-words.js';
import { applyUpdate } from './status.js';
import {
  daysLeftNow,
  isUrgent,
  itemsOf,
  NEXT_STEPS,
  OPEN_STATUSES,
  openFacets,
  openQueue,
  requestsOfMember,
  type MedicineRequest,
  type MedicineStatus,
  type NextStep,
} from './store/requests.js';
import { medicineExportCommand } from './runs.js';
import { runSpreadsheet } from './run-sheet.js';
import { openRuns, runById, runRequests } from './store/runs.js';
import { medicineQueueCommand, medicineStatusCommand } from './team.js';
import { itemOfRow, itemsShort, statusLabel } from './text.js';

/** Rows on one page of the queue: a batch after a run is 20 to 60; a street's queue is 670. */
const PAGE_SIZE = 100;
/** The today page lists requests with this many days of medicine left, or fewer. */
const TODAY_DAYS = 2;
/** At most this many requests in one batch (as many as a page shows, and more than a run holds). */
const MAX_BATCH = 500;

export interface QueueRow {
  id: number;
  door: string;
  patient: string | null;
  status: MedicineStatus;
  statusText: string;
  items: string;
  daysLeft: number | null;
  urgent: boolean;
  hospital: string | null;
  run: number | null;
}

interface Filters {
  building?: string;
  hospital?: string;
  urgency?: 'urgent' | 'days2';
  status?: MedicineStatus;
}

export type MedicineDesk =
  | {
      view: 'queue';
      filters: Filters;
      facets: { buildings: string[]; hospitals: string[] };
      total: number;
      page: number;
      pages: number;
      rows: QueueRow[];
      runs: { id: number; date: string; hospital: string; count: number }[];
    }
  | { view: 'own'; rows: QueueRow[] };

const collator = new Intl.Collator('zh-CN', { numeric: true });

function rowOf(ctx: DeskCtx, r: MedicineRequest, now: number): QueueRow {
  return {
    id: r.id,
    door: r.door,
    patient: r.patient,
    status: r.status,
    statusText: statusLabel(ctx.lang, r.status),
    items: itemsShort(itemsOf(ctx.db, r.id).map(itemOfRow)),
    daysLeft: daysLeftNow(r, now) ?? null,
    urgent: r.urgent === 1,
    hospital: r.hospital,
    run: r.run_id,
  };
}

/** The queue's filters as the query writes them; a value that cannot be read is said so. */
function filtersOf(req: DeskRequest): Filters {
  const f: Filters = {};
  const building = field(req.query, 'building');
  if (building) {
    f.building = parseBuilding(building);
    if (!f.building) throw new UserError('medicine.desk.badFilter', { value: building });
  }
  const hospital = field(req.query, 'hospital');
  if (hospital) {
    if (hospital.length > 30) throw new UserError('medicine.desk.badFilter', { value: hospital.slice(0, 30) });
    f.hospital = hospital.replace(/医院$/, '');
  }
  const urgency = field(req.query, 'urgency');
  if (urgency) {
    if (urgency !== 'urgent' && urgency !== 'days2') throw new UserError('medicine.desk.badFilter', { value: urgency });
    f.urgency = urgency;
  }
  const status = field(req.query, 'status');
  if (status) {
    if (!OPEN_STATUSES.includes(status as MedicineStatus)) throw new UserError('medicine.desk.badFilter', { value: status });
    f.status = status as MedicineStatus;
  }
  return f;
}

/** The team's queue (what /配药单 shows, filtered and in pages), or for anyone else their household's requests (/我的配药). */
function read(ctx: DeskCtx, req: DeskRequest): MedicineDesk {
  const now = ctx.now();
  if (!decide(ctx, medicineQueueCommand).ok) {
    return { view: 'own', rows: requestsOfMember(ctx.db, ctx.member, 50).map((r) => rowOf(ctx, r, now)) };
  }
  const filters = filtersOf(req);
  const all = openQueue(ctx.db, ctx.community.id, now, { building: filters.building, hospital: filters.hospital }).filter((r) => {
    if (filters.status && r.status !== filters.status) return false;
    if (filters.urgency === 'urgent') return isUrgent(r, now);
    if (filters.urgency === 'days2') return (daysLeftNow(r, now) ?? Infinity) <= TODAY_DAYS;
    return true;
  });
  // Reading the queue is reading health data: audited, as /配药单 is, with a count and no medicine.
  ctx.record('medicine.list', 'community', ctx.community.id, `count:${all.length}`);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(pageOf(req), pages);
  const facets = openFacets(ctx.db, ctx.community.id);
  return {
    view: 'queue',
    filters,
    facets: { buildings: facets.buildings.sort(collator.compare), hospitals: facets.hospitals.sort(collator.compare) },
    total: all.length,
    page,
    pages,
    rows: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => rowOf(ctx, r, now)),
    runs: openRuns(ctx.db, ctx.community.id).map((run) => ({ id: run.id, date: run.run_date, hospital: run.hospital, count: runRequests(ctx.db, run.id).length })),
  };
}

/** "剩1天 急" */
function left(ctx: DeskCtx, r: QueueRow) {
  const days = r.daysLeft !== null ? ctx.text('medicine.desk.daysLeft', { days: r.daysLeft }) : '';
  const urgentNow = (r.daysLeft !== null && r.daysLeft <= TODAY_DAYS) || r.urgent;
  return html`<span${urgentNow ? html` class="urgent"` : ''}>${days}${r.urgent ? html` ${ctx.text('medicine.desk.markedUrgent')}` : ''}</span>`;
}

/** The choices of the batch: every status a run comes back with, "not available" with its next step. */
function batchChoices(ctx: DeskCtx): [string, string][] {
  const plain: MedicineStatus[] = ['collected', 'buying', 'bought', 'substituted'];
  return [
    ...plain.map((s): [string, string] => [s, statusLabel(ctx.lang, s)]),
    ...NEXT_STEPS.map((n): [string, string] => [`unavailable:${n}`, ctx.text(`medicine.desk.unavailable.${n}`)]),
    ['delivered', statusLabel(ctx.lang, 'delivered')],
    ['cancelled', statusLabel(ctx.lang, 'cancelled')],
  ];
}

function renderQueue(ctx: DeskCtx, req: DeskRequest, d: Extract<MedicineDesk, { view: 'queue' }>) {
  const f = d.filters;
  const filters = deskFilters(ctx, '/medicine', [
    deskSelect(ctx, 'building', ctx.text('medicine.desk.filterBuilding'), d.facets.buildings.map((b) => [b, b]), f.building),
    deskSelect(ctx, 'hospital', ctx.text('medicine.desk.filterHospital'), d.facets.hospitals.map((h) => [h, h]), f.hospital),
    deskSelect(ctx, 'urgency', ctx.text('medicine.desk.filterUrgency'), [['urgent', ctx.text('medicine.desk.urgent')], ['days2', ctx.text('medicine.desk.days2')]], f.urgency),
    deskSelect(ctx, 'status', ctx.text('medicine.desk.filterStatus'), OPEN_STATUSES.map((s) => [s, statusLabel(ctx.lang, s)]), f.status),
  ]);
  const runs =
    d.runs.length === 0
      ? ''
      : deskCard(
          ctx.text('medicine.desk.runsTitle'),
          html`<ul>${d.runs.map((r) => html`<li><a href="/medicine/run-${r.id}.xlsx">${ctx.text('medicine.desk.runLine', { run: r.id, date: r.date, hospital: r.hospital, count: r.count })}</a></li>`)}</ul>`,
        );
  if (d.total === 0) return html`${runs}${filters}<p>${ctx.text('medicine.desk.empty')}</p>`;
  const from = (d.page - 1) * PAGE_SIZE + 1;
  const table = deskTable(
    [
      html`<input type="checkbox" data-select-all="id" aria-label="${ctx.text('medicine.desk.selectAll')}" title="${ctx.text('medicine.desk.selectAll')}">`,
      ctx.text('medicine.desk.col.no'),
      ctx.text('medicine.desk.col.door'),
      ctx.text('medicine.desk.col.status'),
      ctx.text('medicine.desk.col.items'),
      ctx.text('medicine.desk.col.days'),
      ctx.text('medicine.desk.col.hospital'),
      ctx.text('medicine.desk.col.run'),
    ],
    d.rows.map((r) => [
      html`<input type="checkbox" name="id" value="${r.id}" aria-label="#${r.id}">`,
      `#${r.id}`,
      html`${r.door}${r.patient ? html` <span class="muted">${r.patient}</span>` : ''}`,
      r.statusText,
      r.items,
      left(ctx, r),
      r.hospital ?? '',
      r.run !== null ? `#${r.run}` : '',
    ]),
  );
  const actions = html`<div class="actions"><label class="inline"><input type="checkbox" data-select-all="id">${ctx.text('medicine.desk.selectAll')}</label><label>${ctx.text('medicine.desk.markAs')}<select name="to" required><option value=""></option>${batchChoices(ctx).map(
    ([value, text]) => html`<option value="${value}">${text}</option>`,
  )}</select></label><label>${ctx.text('medicine.desk.note')}<input name="note" maxlength="60"></label><button type="submit">${ctx.text('medicine.desk.apply')} (<span data-count-of="id">0</span>)</button></div><p class="muted noprint">${ctx.text('medicine.desk.applyHint')}</p>`;
  const query = { building: f.building, hospital: f.hospital, urgency: f.urgency, status: f.status };
  return html`${runs}${filters}<p>${ctx.text('medicine.desk.count', { total: d.total, from, to: from + d.rows.length - 1 })}</p>${deskForm(req, '/medicine/status', [table, actions], { id: 'batch' })}${deskPager(ctx, '/medicine', query, d.page, d.pages)}`;
}

function renderOwn(ctx: DeskCtx, d: Extract<MedicineDesk, { view: 'own' }>) {
  if (d.rows.length === 0) return html`<p>${ctx.text('medicine.mineNone')}</p>`;
  return html`<h2>${ctx.text('medicine.mineTitle')}</h2>${deskTable(
    [ctx.text('medicine.desk.col.no'), ctx.text('medicine.desk.col.door'), ctx.text('medicine.desk.col.status'), ctx.text('medicine.desk.col.items')],
    d.rows.map((r) => [`#${r.id}`, r.door, r.statusText, r.items]),
  )}`;
}

/** "bought", "unavailable:other_hospital" … as the chat's status words would say them. */
function updateOf(req: DeskRequest): StatusUpdate {
  const ids = [...new Set(fields(req.form, 'id').map(Number))].filter((n) => Number.isInteger(n) && n > 0);
  if (ids.length === 0) throw new UserError('medicine.desk.noneChosen');
  if (ids.length > MAX_BATCH) throw new UserError('medicine.desk.tooMany', { max: MAX_BATCH });
  const choice = field(req.form, 'to') ?? '';
  const [status, next] = choice.split(':') as [string, string | undefined];
  if (status === 'unavailable' && NEXT_STEPS.includes(next as NextStep)) return { action: 'status', ids, status, nextStep: next as NextStep };
  if (status === 'substituted') {
    const note = field(req.form, 'note');
    if (!note || note.length > 60) throw new UserError('medicine.desk.needNote');
    return { action: 'status', ids, status, note };
  }
  if (['collected', 'buying', 'bought', 'delivered', 'cancelled'].includes(status) && next === undefined) {
    return { action: 'status', ids, status: status as MedicineStatus };
  }
  throw new UserError('medicine.desk.badStatus');
}

/** The medicine queue and its batch status, the team's today card; a resident's own requests. */
export const medicineDesk = defineDeskSection<MedicineDesk>({
  name: 'medicine',
  order: 10,
  title: 'medicine.desk.title',
  for: [medicineQueueCommand, myMedicineCommand],
  today(ctx) {
    const now = ctx.now();
    if (!decide(ctx, medicineQueueCommand).ok) {
      const mine = requestsOfMember(ctx.db, ctx.member, 5).filter((r) => OPEN_STATUSES.includes(r.status));
      if (mine.length === 0) return undefined;
      return deskCard(ctx.text('medicine.desk.todayMine'), html`<ul>${mine.map((r) => html`<li>#${r.id} ${statusLabel(ctx.lang, r.status)}</li>`)}</ul>`, {
        href: '/medicine',
        text: ctx.text('medicine.desk.title'),
      });
    }
    const soon = openQueue(ctx.db, ctx.community.id, now).filter((r) => (daysLeftNow(r, now) ?? Infinity) <= TODAY_DAYS);
    if (soon.length === 0) return undefined;
    const lines = soon.slice(0, 10).map(
      (r) => html`<li class="urgent">${ctx.text('medicine.desk.todayLine', { id: r.id, door: r.door, days: daysLeftNow(r, now)!, status: statusLabel(ctx.lang, r.status) })}</li>`,
    );
    const more = soon.length > 10 ? html`<li>${ctx.text('core.deskMore', { count: soon.length - 10 })}</li>` : '';
    return deskCard(ctx.text('medicine.desk.todayTitle', { count: soon.length }), html`<ul>${lines}${more}</ul>`, {
      href: '/medicine?urgency=days2',
      text: ctx.text('medicine.desk.todayOpen'),
    });
  },
  read,
  render: (ctx, req, d) => (d.view === 'queue' ? renderQueue(ctx, req, d) : renderOwn(ctx, d)),
  // A run's list, as replying 清单 to the run brings it: the medicine team's, audited.
  file(ctx, req) {
    const id = /^run-(\d{1,9})\.xlsx$/.exec(req.params[0] ?? '')?.[1];
    if (id === undefined) return undefined;
    allowed(decide(ctx, medicineExportCommand));
    const run = runById(ctx.db, Number(id));
    if (!run || run.community_id !== ctx.community.id) return undefined;
    return { sheet: runSpreadsheet(ctx, run).spec };
  },
  actions: {
    // The same code path as "#23 #24 已买到" in the chat: all or none, each household told privately.
    status: {
      for: [medicineStatusCommand],
      run: (ctx, req) => ({ said: applyUpdate(ctx, updateOf(req), ctx.community.id) }),
    },
  },
});
