import { findDoor } from '../../src/kernel/fields/door.js';
import { normalize } from '../../src/kernel/normalize.js';

/**
 * What a column of an export holds. The names are the ones 快团团 and 群接龙 exports use, and the
 * ones leaders give the questions of a custom order form; where each list comes from is written
 * beside the samples in tests/fixtures/make-exports.ts.
 */
export type Column =
  | 'ref' | 'product' | 'spec' | 'qty' | 'name' | 'buyer' | 'phone' | 'lane' | 'building' | 'unit' | 'room'
  | 'address' | 'price' | 'lineAmount' | 'amount' | 'refund' | 'status';

/**
 * Header names, after normalising and dropping a hint in brackets ("楼号(如10)" → "楼号"). Where
 * a sheet has two of a kind, the one earlier in its list is read (群接龙's goods export has both
 * 下单序号, the order's number, and 接龙号).
 */
const NAMES: Record<Column, readonly string[]> = {
  ref: ['跟团号', '跟团号/下单序号', '下单序号', '跟团序号', '接龙序号', '接龙号', '序号'],
  product: ['商品', '商品名称', '商品名', '团购商品', '商品信息', '商品明细', '商品合计', '购买商品', 'sku名称'],
  spec: ['规格', '商品规格', '规格名称', 'sku规格'],
  qty: ['数量', '购买数量', '商品数量', '份数', '件数', 'sku数量'],
  name: ['收货人', '收件人', '收货人姓名', '收件人姓名', '姓名', '联系人'],
  buyer: ['下单人', '微信昵称', '昵称', '买家'],
  phone: ['联系电话', '手机号', '手机号码', '电话', '手机', '收货人电话', '收件人电话', '联系方式', '收件人手机号码'],
  lane: ['弄号', '弄', '几弄', '多少弄'],
  building: ['楼号', '楼栋', '栋号', '楼栋号', '楼', '栋', '幢', '几号楼'],
  unit: ['单元', '单元号'],
  room: ['房号', '房间号', '门牌号', '室号', '房间', '室', '户号'],
  address: ['收货地址', '详细地址', '地址', '配送地址', '完整地址', '收货人地址', '收件人完整地址'],
  price: ['单价', '商品单价', '价格', '售价', '商品价格'],
  lineAmount: ['商品金额', '小计', '商品总价'],
  amount: ['订单金额', '订单总金额', '实付金额', '实付', '应付金额', '支付金额'],
  refund: ['退款金额', '订单退款', '已退款金额'],
  status: ['订单状态', '状态'],
};

/** Headers that hold none of the above, though a word of one is in them. */
const NOT_A_COLUMN = /编码|编号|订单号|分类|种类|备注|时间|日期|自提|提货|楼层|团长|id$|头像|图片/i;

/** A header that is none of the names: read by the words it holds, in this order ("所在楼栋" is a building). */
const MEANINGS: readonly [RegExp, Column][] = [
  [/弄/, 'lane'],
  [/单元/, 'unit'],
  [/房|室|门牌|户号/, 'room'],
  [/楼|栋|幢/, 'building'],
  [/地址|住址/, 'address'],
  [/电话|手机/, 'phone'],
  [/退款/, 'refund'],
  [/状态/, 'status'],
  [/数量|份数/, 'qty'],
  [/收货人|收件人|姓名/, 'name'],
  [/规格/, 'spec'],
  [/单价/, 'price'],
  [/跟团号|接龙号/, 'ref'],
  [/商品/, 'product'],
];

/** A header's text as read: normalised, without spaces, a required-mark or the hint in brackets. */
export function headerText(cell: string | number | null | undefined): { core: string; hint: string } {
  const text = normalize(String(cell ?? '')).replace(/\s+/g, '').replace(/^\*|\*$/g, '').toLowerCase();
  const hint = /[([【](.*?)[)\]】]/.exec(text)?.[1] ?? '';
  return { core: text.replace(/[([【].*?[)\]】]/g, ''), hint };
}

/** A header read by meaning ranks after every header that is one of the names. */
const BY_MEANING = 100;

/** What one header means (and how sure: a lower rank is a better name), or undefined when linli does not need that column. */
export function columnOf(cell: string | number | null | undefined): { column: Column; rank: number } | undefined {
  const { core, hint } = headerText(cell);
  if (!core) return undefined;
  for (const [column, names] of Object.entries(NAMES) as [Column, readonly string[]][]) {
    const rank = names.indexOf(core);
    if (rank >= 0) return { column, rank };
  }
  if (NOT_A_COLUMN.test(core)) return undefined;
  // One question for the whole door ("楼号房号", "门牌(如10-606)"): the door is read as an address.
  if ((/楼|栋|幢/.test(core) && /房|室/.test(core)) || (hint && findDoor(hint))) return { column: 'address', rank: BY_MEANING };
  const meant = MEANINGS.find(([words]) => words.test(core))?.[1];
  return meant ? { column: meant, rank: BY_MEANING } : undefined;
}

export type Columns = Partial<Record<Column, number>>;

/**
 * The header row of a sheet: the first of its first ten rows that names a product column and at
 * least two more that linli reads, with the column each meaning is in (the best named, then the first).
 */
export function findHeader(rows: readonly (readonly (string | number | null)[])[]): { at: number; columns: Columns } | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const columns: Columns = {};
    const ranks: Partial<Record<Column, number>> = {};
    (rows[r] ?? []).forEach((cell, c) => {
      const found = columnOf(cell);
      if (!found || (ranks[found.column] ?? Infinity) <= found.rank) return;
      columns[found.column] = c;
      ranks[found.column] = found.rank;
    });
    if (columns.product !== undefined && Object.keys(columns).length >= 3) return { at: r, columns };
  }
  return undefined;
}
