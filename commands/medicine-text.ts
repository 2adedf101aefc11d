import { t, type JobCtx } from '../src/core/context.js';
import type { Params } from '../src/i18n/catalogue.js';
import type { MessageKey } from '../src/i18n/index.js';
import { langOfMember } from '../src/core/context.js';
import type { Lang } from '../src/core/types.js';
import { memberById, type Member } from '../src/services/members.js';
import type { MedicineItem } from '../src/services/medicine/parse.js';
import {
  daysLeftNow,
  householdMembers,
  itemsOf,
  type MedicineItemRow,
  type MedicineRequest,
  type MedicineStatus,
} from '../src/services/medicine/requests.js';

/** What the medicine texts need to know about a request, whether saved or still a draft. */
export interface RequestView {
  id?: number;
  door: string;
  patient?: string | null;
  daysLeft?: number;
  urgent: boolean;
  hospital?: string | null;
  status?: MedicineStatus;
  note?: string | null;
  items: MedicineItem[];
}

export const statusLabel = (lang: Lang, status: MedicineStatus): string => t(lang, `medicine.status.${status}` as MessageKey);

export const itemOfRow = (row: MedicineItemRow): MedicineItem => ({
  name: row.name,
  quantity: row.quantity,
  ...(row.strength !== null ? { strength: row.strength } : {}),
  ...(row.unit !== null ? { unit: row.unit } : {}),
  ...(row.substitute !== null ? { substitute: row.substitute === 1 } : {}),
});

export function viewOf(db: JobCtx['db'], r: MedicineRequest, now: number): RequestView {
  return {
    id: r.id,
    door: r.door,
    patient: r.patient,
    daysLeft: daysLeftNow(r, now),
    urgent: r.urgent === 1,
    hospital: r.hospital,
    status: r.status,
    note: r.outcome_note,
    items: itemsOf(db, r.id).map(itemOfRow),
  };
}

function substituteWord(lang: Lang, s: boolean | undefined): string {
  return t(lang, s === undefined ? 'medicine.subUnknown' : s ? 'medicine.subYes' : 'medicine.subNo');
}

/** "1. 氨氯地平 5mg ×2盒(可替换)" for each medicine. Private texts only. */
export function itemLines(lang: Lang, items: MedicineItem[]): string[] {
  return items.map((item, i) =>
    t(lang, 'medicine.detailItem', {
      n: i + 1,
      name: item.name,
      strength: item.strength ? ` ${item.strength}` : '',
      quantity: item.quantity ?? '?',
      unit: item.unit ?? '',
      substitute: substituteWord(lang, item.substitute),
    }),
  );
}

/** "氨氯地平 5mg×2盒、二甲双胍 0.5g×3盒": one line for lists. Private texts only. */
export function itemsShort(items: MedicineItem[]): string {
  return items.map((i) => `${i.name}${i.strength ? ` ${i.strength}` : ''}×${i.quantity ?? '?'}${i.unit ?? ''}`).join('、');
}

/** The full request, as confirmed to the resident and shown to the team. Private texts only. */
export function requestDetails(lang: Lang, v: RequestView): string {
  const lines = [t(lang, 'medicine.detailDoor', { door: v.door, patient: v.patient ? ` ${v.patient}` : '' }), ...itemLines(lang, v.items)];
  const extra: string[] = [];
  if (v.daysLeft !== undefined) extra.push(t(lang, 'medicine.detailDays', { days: v.daysLeft }));
  if (v.urgent) extra.push(t(lang, 'medicine.detailUrgent'));
  if (v.hospital) extra.push(t(lang, 'medicine.detailHospital', { hospital: v.hospital }));
  if (extra.length > 0) lines.push(extra.join(lang === 'en' ? '; ' : ';'));
  if (v.status) lines.push(t(lang, 'medicine.detailStatus', { status: statusLabel(lang, v.status) }));
  if (v.note) lines.push(t(lang, 'medicine.detailNote', { note: v.note }));
  return lines.join('\n');
}

/** Who hears about a request: whoever wrote it and the members living at its door. */
export function peopleOf(ctx: JobCtx, r: MedicineRequest): Member[] {
  const people = new Map<number, Member>();
  const requester = memberById(ctx.db, r.requester_id);
  if (requester) people.set(requester.id, requester);
  if (r.community_id !== null) for (const m of householdMembers(ctx.db, r.community_id, r.door)) people.set(m.id, m);
  return [...people.values()];
}

/** Tells the requester and the household, privately, each in their own language. */
export function tellPeople(ctx: JobCtx, r: MedicineRequest, key: MessageKey, params: (lang: Lang) => Params): number {
  let told = 0;
  for (const m of peopleOf(ctx, r)) if (ctx.tell(m, key, params(langOfMember(m)))) told++;
  return told;
}
