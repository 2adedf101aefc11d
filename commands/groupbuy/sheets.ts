import type { JobCtx } from '../../src/runtime/context.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { localDateTime } from '../../src/kernel/time.js';
import type { Cell, Lang, SheetColumn, SheetSpec, SpreadsheetSpec } from '../../src/kernel/types.js';
import { communityById } from '../../src/services/communities.js';
import { memberById } from '../../src/services/members.js';
import { amountOf, carriesOldPrice, ordersOf, recipientNames, totals, type Order } from './store/orders.js';
import { formatYuan } from './registration.js';
import { itemsOf, type GroupBuy, type Item } from './store/groupbuys.js';
import { dateLabel } from './shared.js';

type Row = Cell[];

/** A group-buy's three files, in the reader's language: the supplier's summary, delivery per building, payments. */
export function groupBuySheets(ctx: JobCtx, gb: GroupBuy, lang: Lang): SpreadsheetSpec[] {
  const items = itemsOf(ctx.db, gb.id);
  const orders = ordersOf(ctx.db, gb.id);
  const facts = sheetFacts(ctx.db, gb, orders);
  return [supplierSheet(ctx, lang, gb, items, orders, facts), deliverySheets(ctx, lang, gb, items, orders, facts), paymentSheet(ctx, lang, gb, items, orders, facts)];
}

/** What every sheet of a group-buy prints above its table, gathered once by the caller. */
export function sheetFacts(db: JobCtx['db'], gb: GroupBuy, orders: Order[]): SheetFacts {
  return {
    community: communityById(db, gb.community_id)?.name ?? '',
    leader: gb.leader_member_id !== null ? memberById(db, gb.leader_member_id)?.display_name : undefined,
    names: recipientNames(db, gb.community_id, orders),
  };
}

/** What every sheet of a group-buy prints above its table. */
export interface SheetFacts {
  community: string;
  leader?: string;
  /** Names for orders that carry none (chat orders: linli knows who lives there), by order id. */
  names: ReadonlyMap<number, string>;
}

// One collator for every comparison: localeCompare with options builds a new one each call,
// which made sorting a 5,000-order export take a quarter of a second.
const collator = new Intl.Collator('zh-CN', { numeric: true });
const byNumber = (a: string, b: string) => collator.compare(a, b);
const safeName = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
const yuan = (fen: number) => fen / 100;
const count: SheetColumn = { kind: 'count' };
const money: SheetColumn = { kind: 'money' };
const text: SheetColumn = { kind: 'text' };

/**
 * A group-buy whose items carry no price (a 群接龙 export without prices): its sheets leave money
 * out and say so, rather than print 应付 0.00, which reads as "free".
 */
export const isUnpriced = (items: Item[]) => items.length > 0 && items.every((i) => i.price_fen === 0);

/** The second title line of every sheet: number, delivery day, leader, when it was made; 未定价 when it is. */
function factsLine(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], facts: SheetFacts): string {
  const parts = [ctx.t(lang, 'groupbuy.sheet.number', { id: gb.id })];
  if (gb.delivery_date) parts.push(ctx.t(lang, 'groupbuy.sheet.delivery', { date: dateLabel(gb.delivery_date, lang) }));
  if (facts.leader) parts.push(ctx.t(lang, 'groupbuy.sheet.leader', { name: facts.leader }));
  parts.push(ctx.t(lang, 'groupbuy.sheet.made', { at: localDateTime(ctx.now(), ctx.config.timeZone, lang) }));
  if (isUnpriced(items)) parts.push(ctx.t(lang, 'groupbuy.sheet.unpriced'));
  return parts.join(' · ');
}

const heading = (ctx: JobCtx, lang: Lang, gb: GroupBuy, facts: SheetFacts, what: 'supplier' | 'delivery' | 'payments') =>
  ctx.t(lang, 'groupbuy.sheet.heading', { community: facts.community, title: gb.title, what: ctx.t(lang, `groupbuy.file.${what}`) });

const fileName = (ctx: JobCtx, lang: Lang, gb: GroupBuy, what: 'supplier' | 'delivery' | 'payments') =>
  `${safeName(gb.title)}-${ctx.t(lang, `groupbuy.file.${what}`)}.xlsx`;

/**
 * The supplier's file: totals per item and the amount, under where and when to deliver; then a
 * sheet of the same items per building, for packing building by building. An item whose price
 * changed after some households ordered has a row per price, the older marked as ordered before
 * the change (a new price applies to new orders only).
 */
export function supplierSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[], facts: SheetFacts): SpreadsheetSpec {
  const priced = !isUnpriced(items);
  const t = totals(orders, items);
  const col = (key: Parameters<JobCtx['t']>[1]) => ctx.t(lang, key);
  const header: Row = [col('groupbuy.col.code'), col('groupbuy.col.item'), col('groupbuy.col.contents'), ...(priced ? [col('groupbuy.col.price')] : []), col('groupbuy.col.qty'), ...(priced ? [col('groupbuy.col.amount')] : [])];
  const rows: Row[] = [header];
  for (const item of items) {
    const byPrice = t.perPrice.get(item.code) ?? new Map<number, number>();
    const older = [...byPrice].filter(([fen]) => fen !== item.price_fen);
    const qty = byPrice.get(item.price_fen) ?? (older.length === 0 ? (t.perItem.get(item.code) ?? 0) : 0);
    rows.push([item.code, item.name, item.contents || null, ...(priced ? [yuan(item.price_fen)] : []), qty, ...(priced ? [yuan(qty * item.price_fen)] : [])]);
    for (const [fen, n] of older) {
      rows.push([item.code, `${item.name}${ctx.t(lang, 'groupbuy.oldPriceMark')}`, item.contents || null, ...(priced ? [yuan(fen)] : []), n, ...(priced ? [yuan(n * fen)] : [])]);
    }
  }
  rows.push([col('groupbuy.col.total'), null, null, ...(priced ? [null] : []), t.portions, ...(priced ? [yuan(t.amountFen)] : [])]);
  const where = [
    ctx.t(lang, 'groupbuy.sheet.address', { address: gb.delivery_address ?? facts.community }),
    ...(gb.supplier ? [ctx.t(lang, 'groupbuy.sheet.supplier', { supplier: gb.supplier })] : []),
    ctx.t(lang, 'groupbuy.sheet.households', { households: orders.length, portions: t.portions }),
  ].join(' · ');
  const summary: SheetSpec = {
    name: col('groupbuy.file.supplier'),
    title: [heading(ctx, lang, gb, facts, 'supplier'), factsLine(ctx, lang, gb, items, facts), where],
    columns: [text, text, text, ...(priced ? [money] : []), count, ...(priced ? [money] : [])],
    rows,
    total: true,
  };
  return { name: fileName(ctx, lang, gb, 'supplier'), sheets: [summary, perBuilding(ctx, lang, gb, items, orders, facts)] };
}

/** Each building's households and portions of each item: what the supplier packs for it. */
function perBuilding(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[], facts: SheetFacts): SheetSpec {
  const rows: Row[] = [[ctx.t(lang, 'groupbuy.col.building'), ctx.t(lang, 'groupbuy.col.households'), ...items.map((i) => i.code), ctx.t(lang, 'groupbuy.col.portions')]];
  for (const [building, list] of byBuilding(orders)) {
    const per = items.map((i) => list.reduce((a, o) => a + (o.items.get(i.code) ?? 0), 0));
    rows.push([ctx.t(lang, 'groupbuy.buildingName', { building }), list.length, ...per, per.reduce((a, b) => a + b, 0)]);
  }
  const t = totals(orders, items);
  rows.push([ctx.t(lang, 'groupbuy.col.total'), orders.length, ...items.map((i) => t.perItem.get(i.code) ?? 0), t.portions]);
  return {
    name: ctx.t(lang, 'groupbuy.sheet.byBuilding'),
    title: [heading(ctx, lang, gb, facts, 'supplier'), factsLine(ctx, lang, gb, items, facts)],
    columns: [text, count, ...items.map(() => count), count],
    rows,
    total: true,
  };
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

/**
 * The number a household knows its order by (跟团号): for a chat group-buy, its line in the chain
 * as posted (orders come in chain order); for an import, the one the tool gave it (several, "3、17",
 * when the household ordered more than once), a number when it is one.
 */
function orderNumbers(gb: GroupBuy, orders: Order[]): Map<number, number | string> {
  if (gb.source === 'chain') return new Map(orders.map((o, i) => [o.id, i + 1]));
  return new Map(orders.filter((o) => o.ref).map((o) => [o.id, /^\d{1,9}$/.test(o.ref!) ? Number(o.ref) : o.ref!]));
}

/**
 * One delivery sheet per building, what a delivery volunteer carries: 跟团号, door, name, how many
 * of each item, portions, amount due (left out when there are no prices), phone (masked; left out
 * when no order has one), and a box to sign for it.
 */
export function deliverySheets(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[], facts: SheetFacts): SpreadsheetSpec {
  const priced = !isUnpriced(items);
  // Chat orders carry no phone: the column is left out rather than printed empty.
  const phones = orders.some((o) => o.phone);
  const numbers = orderNumbers(gb, orders);
  const prices = pricesColumn(ctx, lang, items, orders);
  const col = (key: Parameters<JobCtx['t']>[1]) => ctx.t(lang, key);
  const header: Row = [col('groupbuy.col.number'), col('groupbuy.col.door'), col('groupbuy.col.name'), ...items.map((i) => i.code), col('groupbuy.col.portions'), ...(priced ? [col('groupbuy.col.due')] : []), ...prices.header, ...(phones ? [col('groupbuy.col.phone')] : []), col('groupbuy.col.sign')];
  // Numbers print as numbers; "3、17" (a household that ordered twice) as text.
  const numberKind = [...numbers.values()].every((n) => typeof n === 'number') ? count : text;
  const columns: SheetColumn[] = [numberKind, text, text, ...items.map(() => count), count, ...(priced ? [money] : []), ...prices.header.map(() => text), ...(phones ? [text] : []), { kind: 'sign' }];
  const sheets: SheetSpec[] = [];
  for (const [building, list] of byBuilding(orders)) {
    const rows: Row[] = [header];
    let portions = 0;
    let due = 0;
    for (const o of list) {
      const n = [...o.items.values()].reduce((a, b) => a + b, 0);
      const fen = amountOf(o, items);
      portions += n;
      due += fen;
      const name = o.name ?? facts.names.get(o.id) ?? null;
      rows.push([numbers.get(o.id) ?? null, o.door, name, ...items.map((i) => o.items.get(i.code) ?? 0), n, ...(priced ? [yuan(fen)] : []), ...prices.cell(o), ...(phones ? [o.phone ? maskPhone(o.phone) : null] : []), null]);
    }
    rows.push([col('groupbuy.col.total'), null, null, ...items.map((i) => list.reduce((a, o) => a + (o.items.get(i.code) ?? 0), 0)), portions, ...(priced ? [yuan(due)] : []), ...prices.header.map(() => null), ...(phones ? [null] : []), null]);
    const buildingName = ctx.t(lang, 'groupbuy.buildingName', { building });
    sheets.push({
      name: buildingName,
      title: [
        `${heading(ctx, lang, gb, facts, 'delivery')} · ${buildingName}`,
        factsLine(ctx, lang, gb, items, facts),
        ctx.t(lang, 'groupbuy.sheet.households', { households: list.length, portions }),
      ],
      columns,
      rows,
      total: true,
    });
  }
  return { name: fileName(ctx, lang, gb, 'delivery'), sheets };
}

/**
 * Payments: what each household owes and what it has paid, both as amounts so a column sums (with
 * no prices, owed is left out and paid is a mark).
 */
export function paymentSheet(ctx: JobCtx, lang: Lang, gb: GroupBuy, items: Item[], orders: Order[], facts: SheetFacts): SpreadsheetSpec {
  const priced = !isUnpriced(items);
  const col = (key: Parameters<JobCtx['t']>[1]) => ctx.t(lang, key);
  const prices = pricesColumn(ctx, lang, items, orders);
  const rows: Row[] = [[col('groupbuy.col.door'), col('groupbuy.col.building'), ...(priced ? [col('groupbuy.col.due'), col('groupbuy.col.paidAmount')] : [col('groupbuy.col.paid')]), ...prices.header]];
  let due = 0;
  let paid = 0;
  for (const o of [...orders].sort((a, b) => byNumber(a.door, b.door))) {
    const fen = amountOf(o, items);
    const isPaid = o.paid_at !== null;
    due += fen;
    if (isPaid) paid += fen;
    rows.push([o.door, o.building, ...(priced ? [yuan(fen), isPaid ? yuan(fen) : null] : [isPaid ? col('groupbuy.paidMark') : null]), ...prices.cell(o)]);
  }
  if (priced) rows.push([col('groupbuy.col.total'), null, yuan(due), yuan(paid), ...prices.header.map(() => null)]);
  return {
    name: fileName(ctx, lang, gb, 'payments'),
    sheets: [{
      name: col('groupbuy.file.payments'),
      title: [heading(ctx, lang, gb, facts, 'payments'), factsLine(ctx, lang, gb, items, facts)],
      columns: [text, text, ...(priced ? [money, money] : [text]), ...prices.header.map(() => text)],
      rows,
      total: priced,
    }],
  };
}

/**
 * When a price changed after households ordered (a new price applies to new orders only), a column
 * saying the prices each order carries ("B 150 (改价前)"); otherwise no column at all.
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
