import { parseNumber } from '../../src/kernel/chinese.js';
import { doorKey, findDoor, parseBuilding, type Door } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import { normalize } from '../../src/kernel/normalize.js';
import type { SpreadsheetSpec } from '../../src/kernel/types.js';
import { findHeader, type Column, type Columns } from './import-columns.js';
import { parseFen } from './registration.js';
import type { Item } from './store/groupbuys.js';

/** One household's part of an export, rows of the same door added together. */
export interface ImportedOrder {
  door: Door;
  items: Map<string, number>;
  name?: string;
  phone?: string;
  /** The numbers the export gives its orders (快团团's 跟团号, 群接龙's 接龙号), as residents know them. */
  refs: string[];
  rows: number[];
}

/** Why a row was not counted: it could not be read, or the tool says it was cancelled or refunded. */
export type ImportProblem = 'door' | 'quantity' | 'item' | 'lane' | 'cancelled' | 'refunded' | 'refunding';

export interface ImportResult {
  items: Item[];
  orders: ImportedOrder[];
  /** Rows not counted, by spreadsheet row number (1 = the first row). */
  problems: { row: number; problem: ImportProblem }[];
  /** Rows counted though part of the order was refunded: the leader checks what was taken back. */
  partlyRefunded: { row: number; refundFen: number }[];
  rowsRead: number;
  /** The header row as it was written, for a leader told that no household was found. */
  header: string[];
  /** Whether every item got a price from the export (else none has one, and the sheets say 未定价). */
  priced: boolean;
}

type Row = readonly (string | number | null)[];

const LEFT_OUT: ReadonlySet<ImportProblem> = new Set(['cancelled', 'refunded', 'refunding']);
/** Whether a problem is a row left out on purpose (cancelled, refunded) rather than one not understood. */
export const isLeftOut = (problem: ImportProblem) => LEFT_OUT.has(problem);

const cellText = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : normalize(String(v)));

/**
 * Reads a 快团团 or 群接龙 export, or a leader's own sheet (the first sheet with a header linli
 * recognises), in the shapes they come in:
 * - one row per good, with a quantity column (快团团's goods export, 群接龙's);
 * - one row per order, the goods and their quantities inside the product cell, one per line:
 *   `蔬菜套餐(大份)+2` (快团团's order export), `A套餐*2` (群接龙);
 * - the door in an address, in 楼号 / 单元 / 房号 columns under whatever hint the form gave them
 *   ("楼号(如10)"), or in one column for both.
 * Orders the tool says were cancelled or refunded are left out; part-refunded ones are counted and
 * listed. Rows whose door, product or quantity cannot be read are listed by row number, never
 * dropped silently.
 */
export function readExport(sheets: SpreadsheetSpec['sheets']): ImportResult | undefined {
  for (const sheet of sheets) {
    const header = findHeader(sheet.rows);
    if (header) return readRows(sheet.rows, header.at, header.columns);
  }
  return undefined;
}

function readRows(rows: readonly Row[], at: number, columns: Columns): ImportResult {
  const get = (row: Row, column: Column) => (columns[column] === undefined ? '' : cellText(row[columns[column]!]));
  const items = new Map<string, Item>();
  const byDoor = new Map<string, ImportedOrder>();
  const problems: ImportResult['problems'] = [];
  const partlyRefunded: ImportResult['partlyRefunded'] = [];
  const lanes = laneOf(rows, at, columns);
  // A good's price per unit, as each row that shows it says it (several rows may disagree).
  const prices = new Map<string, Set<number>>();
  const refRows = countRefs(rows, at, columns);
  let rowsRead = 0;

  for (let r = at + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    rowsRead++;
    const rowNumber = r + 1;
    const amountFen = moneyFen(row[columns.amount ?? -1]);
    const refundFen = moneyFen(row[columns.refund ?? -1]) ?? 0;
    const state = orderState(get(row, 'status'), amountFen, refundFen);
    if (state === 'cancelled' || state === 'refunded' || state === 'refunding') {
      problems.push({ row: rowNumber, problem: state });
      continue;
    }
    const lane = get(row, 'lane').replace(/弄$/, '');
    if (lanes.main !== undefined && lane && lane !== lanes.main) {
      problems.push({ row: rowNumber, problem: 'lane' });
      continue;
    }
    const door = doorFrom(get(row, 'building'), get(row, 'unit'), get(row, 'room'), get(row, 'address'));
    const read = goodsOf(get(row, 'product'), get(row, 'spec'), columns.qty === undefined ? undefined : get(row, 'qty'));
    if (!door) problems.push({ row: rowNumber, problem: 'door' });
    else if (read === 'item') problems.push({ row: rowNumber, problem: 'item' });
    else if (read === 'quantity') problems.push({ row: rowNumber, problem: 'quantity' });
    if (!door || typeof read === 'string') continue;
    if (state === 'partlyRefunded') partlyRefunded.push({ row: rowNumber, refundFen });

    const ref = get(row, 'ref').replace(/^#/, '').slice(0, 20);
    notePrices(prices, read, row, columns, amountFen, ref ? (refRows.get(ref) ?? 0) : 1);
    for (const [good] of read) if (!items.has(good)) items.set(good, { code: good, name: good, contents: '', price_fen: 0 });
    const key = doorKey(door);
    const order = byDoor.get(key) ?? { door, items: new Map<string, number>(), refs: [], rows: [] };
    for (const [good, qty] of read) order.items.set(good, (order.items.get(good) ?? 0) + qty);
    order.rows.push(rowNumber);
    if (ref && !order.refs.includes(ref)) order.refs.push(ref);
    order.name ??= (get(row, 'name') || get(row, 'buyer')).replace(/\s*\[\d+\]$/, '').slice(0, 30) || undefined;
    order.phone ??= findPhone(get(row, 'phone'))?.phone;
    byDoor.set(key, order);
  }

  // Every good keeps the one price the export shows for it; if one good has none (or two), no good
  // has a price: the sheets then say 未定价 rather than print totals that are wrong.
  const unit = [...items.keys()].map((good) => {
    const seen = prices.get(good);
    return seen?.size === 1 ? [...seen][0]! : undefined;
  });
  const priced = items.size > 0 && unit.every((fen) => fen !== undefined && fen > 0);
  const list = [...items.values()].map((item, i) => ({ ...item, price_fen: priced ? unit[i]! : 0 }));
  const headerRow = (rows[at] ?? []).map((c) => cellText(c)).filter(Boolean);
  return { items: list, orders: [...byDoor.values()], problems, partlyRefunded, rowsRead, header: headerRow, priced };
}

/**
 * What the goods of one row are: one line of the product cell per good, each with its quantity
 * written after it (`蔬菜套餐(大份)+2`, `A套餐*2`, `鸡蛋 ×1`), or a single good whose quantity is
 * in the quantity column (its 规格 added to its name).
 */
function goodsOf(product: string, spec: string, qtyCell: string | undefined): [string, number][] | 'item' | 'quantity' {
  const lines = product.split(/\n|[;；]/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return 'item';
  if (qtyCell !== undefined && lines.length === 1) {
    const qty = quantity(qtyCell.replace(/[份件个套盒袋箱只]$/, ''));
    const name = [lines[0]!, spec].filter(Boolean).join(' ').slice(0, 60);
    return qty === undefined ? 'quantity' : [[name, qty]];
  }
  const goods: [string, number][] = [];
  for (const line of lines) {
    const m = /^(.+?)\s*[+×x*]\s*(\d{1,5})\s*[份件个套盒袋箱只]?$/i.exec(line);
    const qty = m ? quantity(m[2]!) : undefined;
    if (!m || qty === undefined) return 'quantity';
    goods.push([m[1]!.trim().slice(0, 60), qty]);
  }
  return goods;
}

/** A positive whole quantity ("2", "两"), or undefined. */
function quantity(text: string): number | undefined {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : parseNumber(text);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A money cell in fen: a number, or text such as "¥45.00", "45元". */
function moneyFen(cell: string | number | null | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? Math.round(cell * 100) : undefined;
  if (cell === null || cell === undefined) return undefined;
  const text = normalize(cell).replace(/[¥￥元,\s]/g, '');
  return text ? parseFen(text) : undefined;
}

type OrderState = 'ok' | 'cancelled' | 'refunded' | 'refunding' | 'partlyRefunded';

/**
 * An order's state from the export: cancelled, refunded (the status says so, or the refund is the
 * whole amount), a refund still under way (left out: the tool may yet take the goods back), or
 * part-refunded (counted, and listed for the leader).
 */
function orderState(status: string, amountFen: number | undefined, refundFen: number): OrderState {
  if (/取消|关闭|作废/.test(status)) return 'cancelled';
  if (/退款中|售后中|待退款|申请退款|退款申请/.test(status)) return 'refunding';
  if (/部分退款/.test(status)) return 'partlyRefunded';
  if (/已退款|退款成功|全额退款|已退/.test(status)) return 'refunded';
  if (refundFen > 0) return amountFen !== undefined && refundFen >= amountFen ? 'refunded' : 'partlyRefunded';
  return 'ok';
}

/**
 * The unit prices a row shows: its 单价, its 商品金额 over its quantity, or — when the row is a
 * whole order of a single good (its number on no other row) — the order's amount over the quantity.
 */
function notePrices(prices: Map<string, Set<number>>, goods: [string, number][], row: Row, columns: Columns, amountFen: number | undefined, rowsOfRef: number): void {
  const note = (good: string, fen: number | undefined) => {
    if (fen === undefined || !Number.isInteger(fen)) return;
    const seen = prices.get(good) ?? new Set<number>();
    seen.add(fen);
    prices.set(good, seen);
  };
  if (goods.length !== 1) return;
  const [good, qty] = goods[0]!;
  const price = moneyFen(row[columns.price ?? -1]);
  const line = moneyFen(row[columns.lineAmount ?? -1]);
  if (price !== undefined) note(good, price);
  else if (line !== undefined) note(good, line / qty);
  else if (amountFen !== undefined && rowsOfRef === 1) note(good, amountFen / qty);
}

/** How many rows carry each order number (a goods export repeats an order's number on each of its goods). */
function countRefs(rows: readonly Row[], at: number, columns: Columns): Map<string, number> {
  const counts = new Map<string, number>();
  if (columns.ref === undefined) return counts;
  for (let r = at + 1; r < rows.length; r++) {
    const ref = cellText(rows[r]?.[columns.ref]).replace(/^#/, '').slice(0, 20);
    if (ref) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return counts;
}

/**
 * The lane (弄) most rows give, when the sheet has a lane column: a community is one lane in most
 * of Shanghai, and 5号楼 of another lane is another building, so rows of other lanes are listed
 * rather than mixed with this one's.
 */
function laneOf(rows: readonly Row[], at: number, columns: Columns): { main?: string } {
  if (columns.lane === undefined) return {};
  const counts = new Map<string, number>();
  for (let r = at + 1; r < rows.length; r++) {
    const lane = cellText(rows[r]?.[columns.lane]).replace(/弄$/, '');
    if (lane) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  const [main] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { main };
}

/** A door from 楼号 (+ 单元) + 房号 columns, a room column holding the whole door, or an address ("阳光二期5号楼302室"). */
function doorFrom(building: string, unit: string, room: string, address: string): Door | undefined {
  if (building && room) {
    const b = parseBuilding(building);
    const u = unit ? parseNumber(unit.replace(/单元$/, '')) : undefined;
    const r = /^(\d{3,4})\s*(?:室|号)?$/.exec(room);
    const part = u !== undefined ? `${u}-` : '';
    if (b && r) return findDoor(`${b}-${part}${r[1]}`)?.door;
    const joined = findDoor(`${building.replace(/(?:号楼|号|栋|幢|座|楼)$/, '')}-${part}${room.replace(/[室号]$/, '')}`);
    if (joined) return joined.door;
  }
  if (room && !building) {
    const whole = findDoor(room);
    if (whole) return whole.door;
  }
  if (address) return findDoor(address)?.door;
  return undefined;
}
