import { parseNumber } from '../../src/kernel/chinese.js';
import { doorKey, findDoor, parseBuilding, type Door } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import { normalize } from '../../src/kernel/normalize.js';
import type { SpreadsheetSpec } from '../../src/kernel/types.js';
import { parseFen } from './registration.js';
import type { Item } from './store/groupbuys.js';

/** One household's part of an export, rows of the same door added together. */
export interface ImportedOrder {
  door: Door;
  items: Map<string, number>;
  name?: string;
  phone?: string;
  rows: number[];
}

export type ImportProblem = 'door' | 'quantity' | 'item';

export interface ImportResult {
  items: Item[];
  orders: ImportedOrder[];
  /** Rows that could not be read, by spreadsheet row number (1 = the first row). */
  problems: { row: number; problem: ImportProblem }[];
  rowsRead: number;
}

// Column names used by 快团团 and 群接龙 exports (and close variants), after normalising.
const COLUMNS = {
  ref: ['跟团号', '接龙号', '接龙序号', '订单号', '序号'],
  product: ['商品', '商品名称', '商品名', '团购商品'],
  spec: ['规格', '商品规格', '规格名称'],
  qty: ['数量', '购买数量', '商品数量', '份数'],
  name: ['收货人', '姓名', '联系人', '收件人'],
  phone: ['联系电话', '手机号', '电话', '手机', '收货人电话'],
  building: ['楼号', '楼栋', '栋号', '楼'],
  room: ['房号', '房间号', '门牌号', '室号'],
  address: ['收货地址', '详细地址', '地址', '配送地址'],
  price: ['单价', '商品单价', '价格'],
} as const;
type Column = keyof typeof COLUMNS;

const cellText = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : normalize(String(v)));

/** Finds the header row: the first row naming a product column and a quantity column. */
function findHeader(rows: SpreadsheetSpec['sheets'][number]['rows']): { at: number; cols: Partial<Record<Column, number>> } | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const cells = (rows[r] ?? []).map((c) => cellText(c));
    const cols: Partial<Record<Column, number>> = {};
    for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      const i = cells.findIndex((c) => (names as readonly string[]).includes(c));
      if (i >= 0) cols[col] = i;
    }
    if (cols.product !== undefined && cols.qty !== undefined) return { at: r, cols };
  }
  return undefined;
}

/** A door from 楼号 + 房号 columns, or written inside an address ("阳光二期5号楼302室"). */
function doorFrom(building: string, room: string, address: string): Door | undefined {
  if (building && room) {
    const b = parseBuilding(building);
    const r = /^(\d{3,4})\s*(?:室|号)?$/.exec(room);
    if (b && r) return findDoor(`${b}-${r[1]}`)?.door;
    const joined = findDoor(`${building.replace(/(?:号楼|号|栋|幢|座|楼)$/, '')}-${room.replace(/[室号]$/, '')}`);
    if (joined) return joined.door;
  }
  if (address) return findDoor(address)?.door;
  return undefined;
}

/**
 * Reads a 快团团 or 群接龙 export (the first sheet with a recognisable header). Rows whose door,
 * quantity or product cannot be read are listed by row number, never dropped silently.
 */
export function readExport(sheets: SpreadsheetSpec['sheets']): ImportResult | undefined {
  for (const sheet of sheets) {
    const header = findHeader(sheet.rows);
    if (!header) continue;
    const { cols } = header;
    const get = (row: (string | number | null)[], col: Column) => (cols[col] === undefined ? '' : cellText(row[cols[col]!]));
    const items = new Map<string, Item>();
    const byDoor = new Map<string, ImportedOrder>();
    const problems: ImportResult['problems'] = [];
    let rowsRead = 0;
    for (let r = header.at + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      if (row.every((c) => cellText(c) === '')) continue;
      rowsRead++;
      const rowNumber = r + 1;
      const product = [get(row, 'product'), get(row, 'spec')].filter(Boolean).join(' ').slice(0, 60);
      const qtyText = get(row, 'qty').replace(/[份件个套]$/, '');
      const qty = /^\d{1,5}$/.test(qtyText) ? Number(qtyText) : parseNumber(qtyText);
      const door = doorFrom(get(row, 'building'), get(row, 'room'), get(row, 'address'));
      if (!door) problems.push({ row: rowNumber, problem: 'door' });
      else if (!product) problems.push({ row: rowNumber, problem: 'item' });
      else if (qty === undefined || !Number.isInteger(qty) || qty <= 0) problems.push({ row: rowNumber, problem: 'quantity' });
      if (!door || !product || qty === undefined || qty <= 0) continue;
      if (!items.has(product)) {
        items.set(product, { code: product, name: product, contents: '', price_fen: parseFen(get(row, 'price').replace(/[元¥￥]/g, '')) ?? 0 });
      }
      const key = doorKey(door);
      const order = byDoor.get(key) ?? { door, items: new Map<string, number>(), rows: [] };
      order.items.set(product, (order.items.get(product) ?? 0) + qty);
      order.rows.push(rowNumber);
      order.name ??= get(row, 'name') || undefined;
      order.phone ??= findPhone(get(row, 'phone'))?.phone;
      byDoor.set(key, order);
    }
    return { items: [...items.values()], orders: [...byDoor.values()], problems, rowsRead };
  }
  return undefined;
}
