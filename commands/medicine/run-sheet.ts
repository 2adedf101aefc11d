import type { MemberCtx } from '../../src/runtime/context.js';
import { localDateTime } from '../../src/kernel/time.js';
import type { Cell, SheetColumn, SpreadsheetSpec } from '../../src/kernel/types.js';
import { daysLeftNow, isUrgent, itemsOf, type MedicineItemRow, type MedicineRequest } from './store/requests.js';
import { runRequests, runVolunteers, type MedicineRun } from './store/runs.js';

const collator = new Intl.Collator('zh-CN', { numeric: true });
const text: SheetColumn = { kind: 'text' };
const count: SheetColumn = { kind: 'count' };

/** The hospital a request is bought at on this run: the one it asked for, else the run's. */
const hospitalOf = (r: MedicineRequest, run: MedicineRun) => r.hospital?.trim() || run.hospital;

/** Requests by hospital, the run's own hospital first, each in the order volunteers walk the doors. */
function byHospital(run: MedicineRun, requests: MedicineRequest[]): [string, MedicineRequest[]][] {
  const groups = new Map<string, MedicineRequest[]>([[run.hospital, []]]);
  for (const r of requests) {
    const list = groups.get(hospitalOf(r, run)) ?? [];
    list.push(r);
    groups.set(hospitalOf(r, run), list);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

/**
 * A run's list as the medicine team prints it (it holds medicines: it goes to team members
 * privately, never to a group). A list sheet grouped by hospital, one row per medicine, with what
 * the team acts on (urgent, days of medicine left, substitute allowed, card and cash collected),
 * and a sheet of totals per medicine and hospital: what to buy at each counter.
 */
/** A run's list grouped by hospital, and its totals per medicine, in the asker's language (the chat sends it, the desk downloads it). Audited: it holds health data. */
export function runSpreadsheet(ctx: MemberCtx, run: MedicineRun): { spec: SpreadsheetSpec; requests: number; medicines: number } {
  const now = ctx.now();
  const label = (key: Parameters<MemberCtx['text']>[0], params?: Record<string, string | number>) => ctx.text(key, params);
  const requests = runRequests(ctx.db, run.id);
  const items = new Map<number, MedicineItemRow[]>(requests.map((r) => [r.id, itemsOf(ctx.db, r.id)]));
  const substitute = (s: number | null) => label(s === null ? 'medicine.sheet.unknown' : s ? 'medicine.sheet.yes' : 'medicine.sheet.no');
  const groups = byHospital(run, requests);

  const list: Cell[][] = [label('medicine.sheet.header').split('|')];
  const totals: Cell[][] = [label('medicine.sheet.totalsHeader').split('|')];
  let medicines = 0;
  for (const [hospital, group] of groups) {
    list.push([label('medicine.sheet.hospital', { hospital, count: group.length })]);
    totals.push([hospital]);
    const perMedicine = new Map<string, { name: string; strength: string; unit: string; n: number }>();
    for (const r of group) {
      (items.get(r.id) ?? []).forEach((item, k) => {
        medicines++;
        // What belongs to the request (urgency, the card, the cash) is on its first row only, so the cash column sums.
        const first = k === 0;
        list.push([
          `#${r.id}`,
          r.door,
          r.patient || null,
          item.name,
          item.strength || null,
          item.quantity,
          item.unit || null,
          substitute(item.substitute),
          first && isUrgent(r, now) ? label('medicine.sheet.urgent') : null,
          first ? (daysLeftNow(r, now) ?? null) : null,
          first ? (r.card_taken_at !== null ? '☑' : '☐') : null,
          first && r.cash_received_fen !== null ? r.cash_received_fen / 100 : null,
        ]);
        const key = `${item.name}\u0000${item.strength ?? ''}\u0000${item.unit ?? ''}`;
        const total = perMedicine.get(key) ?? { name: item.name, strength: item.strength ?? '', unit: item.unit ?? '', n: 0 };
        total.n += item.quantity;
        perMedicine.set(key, total);
      });
    }
    const sorted = [...perMedicine.values()].sort((a, b) => collator.compare(a.name, b.name) || a.strength.localeCompare(b.strength));
    for (const t of sorted) totals.push([t.name, t.strength || null, t.n, t.unit || null]);
  }

  const volunteers = runVolunteers(ctx.db, run.id).map((m) => m.display_name).join(ctx.lang === 'en' ? ', ' : '、');
  const title = [
    label('medicine.sheet.title', { community: ctx.community?.name ?? '', run: run.id, hospital: run.hospital, date: run.run_date }),
    label('medicine.sheet.facts', { requests: requests.length, medicines, volunteers: volunteers || '-', made: localDateTime(now, ctx.config.timeZone, ctx.lang) }),
    label('medicine.sheet.private'),
  ];
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 30);
  ctx.record('medicine.export', 'medicine_run', run.id, `requests:${requests.length};rows:${medicines}`);
  return {
    spec: {
      name: `${label('medicine.sheet.file', { run: run.id, hospital: safe(run.hospital), date: run.run_date })}.xlsx`,
      sheets: [
        {
          name: label('medicine.sheet.list'),
          title,
          columns: [text, text, text, text, text, count, text, text, { kind: 'text' }, count, { kind: 'sign' }, { kind: 'money' }],
          rows: list,
        },
        { name: label('medicine.sheet.totals'), title, columns: [text, text, count, text], rows: totals },
      ],
    },
    requests: requests.length,
    medicines,
  };
}
