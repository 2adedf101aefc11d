import type { JobCtx } from '../../src/runtime/context.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import type { Lang, SpreadsheetSpec } from '../../src/kernel/types.js';
import { amountOf, totals, type Order } from './store/orders.js';
import { yuanCell } from './registration.js';
import type { GroupBuy, Item } from './store/groupbuys.js';

type Row = (string | number | null)[];

// One collator for every comparison: localeCompare with options builds a new one each call,
// which made sorting a 5,000-order export take a quarter of a second.
const collator = new Intl.Collator('zh-CN', { numeric: true });
const byNumber = (a: string, b: string) => collator.compare(a, b);
const safeName = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);

/** The supplier's sheet: totals per item and the amount. */
export function supplierSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[]): SpreadsheetSpec {
  const t = totals(orders, items);
  const rows: Row[] = [[ctx.t(lang, 'groupbuy.col.code'), ctx.t(lang, 'groupbuy.col.item'), ctx.t(lang, 'groupbuy.col.contents'), ctx.t(lang, 'groupbuy.col.price'), ctx.t(lang, 'groupbuy.col.qty'), ctx.t(lang, 'groupbuy.col.amount')]];
  for (const item of items) {
    const qty = t.perItem.get(item.code) ?? 0;
    rows.push([item.code, item.name, item.contents || null, yuanCell(item.price_fen), qty, yuanCell(qty * item.price_fen)]);
  }
  rows.push([ctx.t(lang, 'groupbuy.col.total'), null, null, null, t.portions, yuanCell(t.amountFen)]);
  return { name: `${safeName(gb.title)}-${ctx.t(lang, 'groupbuy.file.supplier')}.xlsx`, sheets: [{ name: ctx.t(lang, 'groupbuy.file.supplier'), rows }] };
}

/** Orders grouped by building, buildings and rooms in numeric order. */
export function byBuilding(orders: Order[]): Map<string, Order[]> {
  const groups = new Map<string, Order[]>();
  for (const o of [...orders].sort((a, b) => byNumber(a.door, b.door))) {
    const list = groups.get(o.building) ?? [];
    list.push(o);
    groups.set(o.building, list);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => byNumber(a, b)));
}

/** One delivery sheet per building: door, name, quantity of each item, portions, amount due, phone (masked). */
export function deliverySheets(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[]): SpreadsheetSpec {
  const sheets: SpreadsheetSpec['sheets'] = [];
  for (const [building, list] of byBuilding(orders)) {
    const header: Row = [ctx.t(lang, 'groupbuy.col.door'), ctx.t(lang, 'groupbuy.col.name'), ...items.map((i) => i.code), ctx.t(lang, 'groupbuy.col.portions'), ctx.t(lang, 'groupbuy.col.due'), ctx.t(lang, 'groupbuy.col.phone')];
    const rows: Row[] = [header];
    let portions = 0;
    let due = 0;
    for (const o of list) {
      const n = [...o.items.values()].reduce((a, b) => a + b, 0);
      const fen = amountOf(o, items);
      portions += n;
      due += fen;
      rows.push([o.door, o.name ?? null, ...items.map((i) => o.items.get(i.code) ?? 0), n, yuanCell(fen), o.phone ? maskPhone(o.phone) : null]);
    }
    rows.push([ctx.t(lang, 'groupbuy.col.total'), null, ...items.map((i) => list.reduce((a, o) => a + (o.items.get(i.code) ?? 0), 0)), portions, yuanCell(due), null]);
    sheets.push({ name: ctx.t(lang, 'groupbuy.buildingName', { building }), rows });
  }
  return { name: `${safeName(gb.title)}-${ctx.t(lang, 'groupbuy.file.delivery')}.xlsx`, sheets };
}

/** Payment marks: what each household owes and whether it has paid. */
export function paymentSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[]): SpreadsheetSpec {
  const rows: Row[] = [[ctx.t(lang, 'groupbuy.col.door'), ctx.t(lang, 'groupbuy.col.building'), ctx.t(lang, 'groupbuy.col.due'), ctx.t(lang, 'groupbuy.col.paid')]];
  let due = 0;
  let paid = 0;
  for (const o of [...orders].sort((a, b) => byNumber(a.door, b.door))) {
    const fen = amountOf(o, items);
    due += fen;
    if (o.paid_at !== null) paid += fen;
    rows.push([o.door, o.building, yuanCell(fen), o.paid_at !== null ? ctx.t(lang, 'groupbuy.paidMark') : null]);
  }
  rows.push([ctx.t(lang, 'groupbuy.col.total'), null, yuanCell(due), yuanCell(paid)]);
  return { name: `${safeName(gb.title)}-${ctx.t(lang, 'groupbuy.file.payments')}.xlsx`, sheets: [{ name: ctx.t(lang, 'groupbuy.file.payments'), rows }] };
}
