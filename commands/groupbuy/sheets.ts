import type { JobCtx } from '../../src/runtime/context.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import type { Lang, SpreadsheetSpec } from '../../src/kernel/types.js';
import { amountOf, carriesOldPrice, totals, type Order } from './store/orders.js';
import { formatYuan, yuanCell } from './registration.js';
import type { GroupBuy, Item } from './store/groupbuys.js';

type Row = (string | number | null)[];

// One collator for every comparison: localeCompare with options builds a new one each call,
// which made sorting a 5,000-order export take a quarter of a second.
const collator = new Intl.Collator('zh-CN', { numeric: true });
const byNumber = (a: string, b: string) => collator.compare(a, b);
const safeName = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);

/**
 * The supplier's sheet: totals per item and the amount. An item whose price changed after some
 * households ordered has a row per price, the older marked as ordered before the change.
 */
export function supplierSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[]): SpreadsheetSpec {
  const t = totals(orders, items);
  const rows: Row[] = [[ctx.t(lang, 'groupbuy.col.code'), ctx.t(lang, 'groupbuy.col.item'), ctx.t(lang, 'groupbuy.col.contents'), ctx.t(lang, 'groupbuy.col.price'), ctx.t(lang, 'groupbuy.col.qty'), ctx.t(lang, 'groupbuy.col.amount')]];
  for (const item of items) {
    const byPrice = t.perPrice.get(item.code) ?? new Map<number, number>();
    const older = [...byPrice].filter(([fen]) => fen !== item.price_fen);
    const qty = byPrice.get(item.price_fen) ?? (older.length === 0 ? (t.perItem.get(item.code) ?? 0) : 0);
    rows.push([item.code, item.name, item.contents || null, yuanCell(item.price_fen), qty, yuanCell(qty * item.price_fen)]);
    for (const [fen, n] of older) {
      rows.push([item.code, `${item.name}${ctx.t(lang, 'groupbuy.oldPriceMark')}`, item.contents || null, yuanCell(fen), n, yuanCell(n * fen)]);
    }
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
  const prices = pricesColumn(ctx, lang, items, orders);
  for (const [building, list] of byBuilding(orders)) {
    const header: Row = [ctx.t(lang, 'groupbuy.col.door'), ctx.t(lang, 'groupbuy.col.name'), ...items.map((i) => i.code), ctx.t(lang, 'groupbuy.col.portions'), ctx.t(lang, 'groupbuy.col.due'), ctx.t(lang, 'groupbuy.col.phone'), ...prices.header];
    const rows: Row[] = [header];
    let portions = 0;
    let due = 0;
    for (const o of list) {
      const n = [...o.items.values()].reduce((a, b) => a + b, 0);
      const fen = amountOf(o, items);
      portions += n;
      due += fen;
      rows.push([o.door, o.name ?? null, ...items.map((i) => o.items.get(i.code) ?? 0), n, yuanCell(fen), o.phone ? maskPhone(o.phone) : null, ...prices.cell(o)]);
    }
    rows.push([ctx.t(lang, 'groupbuy.col.total'), null, ...items.map((i) => list.reduce((a, o) => a + (o.items.get(i.code) ?? 0), 0)), portions, yuanCell(due), null, ...prices.header.map(() => null)]);
    sheets.push({ name: ctx.t(lang, 'groupbuy.buildingName', { building }), rows });
  }
  return { name: `${safeName(gb.title)}-${ctx.t(lang, 'groupbuy.file.delivery')}.xlsx`, sheets };
}

/** Payment marks: what each household owes and whether it has paid. */
export function paymentSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[]): SpreadsheetSpec {
  const prices = pricesColumn(ctx, lang, items, orders);
  const rows: Row[] = [[ctx.t(lang, 'groupbuy.col.door'), ctx.t(lang, 'groupbuy.col.building'), ctx.t(lang, 'groupbuy.col.due'), ctx.t(lang, 'groupbuy.col.paid'), ...prices.header]];
  let due = 0;
  let paid = 0;
  for (const o of [...orders].sort((a, b) => byNumber(a.door, b.door))) {
    const fen = amountOf(o, items);
    due += fen;
    if (o.paid_at !== null) paid += fen;
    rows.push([o.door, o.building, yuanCell(fen), o.paid_at !== null ? ctx.t(lang, 'groupbuy.paidMark') : null, ...prices.cell(o)]);
  }
  rows.push([ctx.t(lang, 'groupbuy.col.total'), null, yuanCell(due), yuanCell(paid), ...prices.header.map(() => null)]);
  return { name: `${safeName(gb.title)}-${ctx.t(lang, 'groupbuy.file.payments')}.xlsx`, sheets: [{ name: ctx.t(lang, 'groupbuy.file.payments'), rows }] };
}

/**
 * When a price changed after households ordered, a column saying the prices each order carries
 * ("B 150 (改价前)"); otherwise no column at all.
 */
function pricesColumn(ctx: JobCtx, lang: Lang, items: Item[], orders: Order[]): { header: Row; cell: (o: Order) => Row } {
  if (!orders.some((o) => carriesOldPrice(o, items))) return { header: [], cell: () => [] };
  const current = new Map(items.map((i) => [i.code, i.price_fen]));
  return {
    header: [ctx.t(lang, 'groupbuy.col.orderPrices')],
    cell: (o) => [
      [...o.items.keys()]
        .map((code) => {
          const fen = o.prices.get(code) ?? current.get(code) ?? 0;
          return `${code} ${formatYuan(fen)}${fen !== current.get(code) ? ctx.t(lang, 'groupbuy.oldPriceMark') : ''}`;
        })
        .join(ctx.t(lang, 'groupbuy.listSep')),
    ],
  };
}
