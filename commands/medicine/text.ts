import { langOfMember, type JobCtx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import { localDateTime } from '../../src/kernel/time.js';
import { toTraditionalChars } from '../../src/kernel/chinese.js';
import { startPayload } from '../../src/runtime/start.js';
import { doorKey, doorLabel, parseDoor } from '../../src/kernel/fields/door.js';
import type { Params } from '../../src/kernel/catalogue.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import type { Lang } from '../../src/kernel/types.js';
import { memberById, type Member } from '../../src/services/members.js';
import type { MedicineItem } from './read.js';
import {
  daysLeftNow,
  householdMembers,
  itemsOf,
  type MedicineItemRow,
  type MedicineRequest,
  type MedicineStatus,
} from './store/requests.js';

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
  /** The insurance card's journey, once it left the home. */
  card?: { who: string; takenAt: number; atHospital: boolean; returnedAt?: number; returnedTo?: string };
  /** Cash in fen: received from the household, spent, change given back. */
  cash?: { received?: number; spent?: number; change?: number };
}

const yuan = (fen: number | undefined) => (fen === undefined ? '-' : (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2));

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
    ...(r.card_taken_at !== null
      ? {
          card: {
            who: (r.card_taken_by !== null ? memberById(db, r.card_taken_by)?.display_name : undefined) ?? '?',
            takenAt: r.card_taken_at,
            atHospital: r.card_at_hospital_at !== null && r.card_returned_at === null,
            ...(r.card_returned_at !== null ? { returnedAt: r.card_returned_at, returnedTo: r.card_returned_to ?? '' } : {}),
          },
        }
      : {}),
    ...(r.cash_received_fen !== null || r.cash_spent_fen !== null || r.change_returned_fen !== null
      ? { cash: { received: r.cash_received_fen ?? undefined, spent: r.cash_spent_fen ?? undefined, change: r.change_returned_fen ?? undefined } }
      : {}),
  };
}

function substituteWord(lang: Lang, s: boolean | undefined): string {
  return t(lang, s === undefined ? 'medicine.subUnknown' : s ? 'medicine.subYes' : 'medicine.subNo');
}

/** "1. 氨氯地平 5mg ×2盒(可替换)" for each medicine. Private texts only. */
/** Units as residents write them, in English: singular and plural. */
const UNITS_EN: Record<string, [string, string]> = {
  盒: ['box', 'boxes'], 瓶: ['bottle', 'bottles'], 支: ['tube', 'tubes'], 袋: ['bag', 'bags'], 包: ['pack', 'packs'],
  片: ['tablet', 'tablets'], 粒: ['pill', 'pills'], 板: ['strip', 'strips'], 罐: ['can', 'cans'], 贴: ['patch', 'patches'],
  盒装: ['box', 'boxes'], 听: ['can', 'cans'], 排: ['strip', 'strips'], 管: ['tube', 'tubes'], 针: ['shot', 'shots'], 袋装: ['bag', 'bags'],
};

/** Insulin and adrenaline come in pens: counted with 支 in Chinese, as "pens" in English (not "tubes"). */
const PEN = /胰岛素|胰島素|insulin|epipen|肾上腺素|腎上腺素|笔|筆|\bpens?\b/i;

/** A unit in the reader's language: "盒" stays in Chinese, "x2 boxes" in English (a unit linli does not know stays as written). */
function unitIn(lang: Lang, unit: string | undefined, quantity: number | undefined, name = ''): string {
  if (!unit) return '';
  if (lang !== 'en') return unit;
  const en = unit === '支' && PEN.test(name) ? ['pen', 'pens'] : UNITS_EN[unit];
  return en ? ` ${quantity === 1 ? en[0] : en[1]}` : ` ${unit}`;
}

/** A door in the reader's language: "5号楼302" in Chinese, "5-302" in English. */
export function doorIn(lang: Lang, door: string): string {
  if (lang === 'zh-CN') return door;
  const parsed = parseDoor(door);
  if (!parsed) return door;
  return lang === 'en' ? doorKey(parsed) : doorLabel(parsed, lang);
}

/**
 * A medicine's or a patient's name as the reader writes: linli keeps what it read in simplified, and a
 * resident who wrote 「降壓藥」 is asked about 「降壓藥」, not 「降压药」.
 */
export const nameIn = (lang: Lang, name: string): string => (lang === 'zh-TW' ? toTraditionalChars(name) : name);

export function itemLines(lang: Lang, items: MedicineItem[]): string[] {
  return items.map((item, i) =>
    t(lang, 'medicine.detailItem', {
      n: i + 1,
      name: nameIn(lang, item.name),
      strength: item.strength ? ` ${item.strength}` : '',
      quantity: item.quantity ?? '?',
      unit: unitIn(lang, item.unit, item.quantity, item.name),
      substitute: substituteWord(lang, item.substitute),
    }),
  );
}

/** "氨氯地平 5mg×2盒、二甲双胍 0.5g×3盒": one line for lists. Private texts only. */
export function itemsShort(items: MedicineItem[]): string {
  return items.map((i) => `${i.name}${i.strength ? ` ${i.strength}` : ''}×${i.quantity ?? '?'}${i.unit ?? ''}`).join('、');
}

/** The full request, as confirmed to the resident and shown to the team. Private texts only. */
export function requestDetails(lang: Lang, v: RequestView, timeZone = 'Asia/Shanghai'): string {
  const lines = [t(lang, 'medicine.detailDoor', { door: doorIn(lang, v.door), patient: v.patient ? ` ${nameIn(lang, v.patient)}` : '' }), ...itemLines(lang, v.items)];
  const extra: string[] = [];
  if (v.daysLeft !== undefined) extra.push(v.daysLeft === 0 ? t(lang, 'medicine.detailOut') : t(lang, 'medicine.detailDays', { days: v.daysLeft }));
  if (v.urgent) extra.push(t(lang, 'medicine.detailUrgent'));
  if (v.hospital) extra.push(t(lang, 'medicine.detailHospital', { hospital: v.hospital }));
  if (extra.length > 0) lines.push(extra.join(lang === 'en' ? '; ' : ';'));
  if (v.status) lines.push(t(lang, 'medicine.detailStatus', { status: statusLabel(lang, v.status) }));
  if (v.note) lines.push(t(lang, 'medicine.detailNote', { note: v.note }));
  if (v.card) {
    const back = v.card.returnedAt !== undefined
      ? t(lang, 'medicine.detailCardBack', { when: localDateTime(v.card.returnedAt, timeZone, lang), to: v.card.returnedTo ?? '' })
      : v.card.atHospital ? t(lang, 'medicine.cardsAtHospital') : '';
    lines.push(t(lang, 'medicine.detailCard', { who: v.card.who, when: localDateTime(v.card.takenAt, timeZone, lang), back }));
  }
  if (v.cash) lines.push(t(lang, 'medicine.detailCash', { received: yuan(v.cash.received), spent: yuan(v.cash.spent), change: yuan(v.cash.change) }));
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
  // Whoever cannot be written to privately (asked in the group, on a neighbour's behalf) hears in a
  // group they wrote in that there is news, without the medicine, and a link to read it privately.
  const inGroup = { key: 'medicine.tell.inGroup' as const, params: { id: r.id }, start: startPayload('medinfo', r.id) };
  for (const m of peopleOf(ctx, r)) if (ctx.tell(m, key, params(langOfMember(m)), { inGroup })) told++;
  return told;
}
