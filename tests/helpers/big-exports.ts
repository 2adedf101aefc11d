import { utils, write } from '@e965/xlsx';
import ExcelJS from 'exceljs';

/**
 * The biggest export linli takes, written the three ways a leader may send it: a 快团团 order
 * export (its 13 columns, tests/fixtures/make-exports.ts) of `rows` rows in all, header included,
 * for a complex of 30 buildings; every order holds one or two goods in 商品, one in ten is
 * cancelled, one in twenty part-refunded. For the benchmark (bench/files-bench.ts).
 */
export function kttOrders(rows: number): (string | number)[][] {
  const header = ['跟团号', '下单人', '团员备注', '支付时间', '团长备注', '商品', '订单金额', '退款金额', '订单状态', '自提点', '收货人', '联系电话', '详细地址'];
  const body = Array.from({ length: rows - 1 }, (_, i) => {
    const two = i % 3 === 0;
    const goods = two ? `蔬菜套餐(大份)+${(i % 2) + 1}\n鸡蛋(30枚)+1` : `蔬菜套餐(小份)+${(i % 3) + 1}`;
    const amount = two ? 100 * ((i % 2) + 1) + 45 : 60 * ((i % 3) + 1);
    const refund = i % 20 === 7 ? 10 : 0;
    const status = i % 10 === 3 ? '已取消' : refund ? '部分退款' : '待发货';
    const door = `上海市浦东新区阳光二期${(i % 30) + 1}号楼${(Math.floor(i / 30) % 28) + 1}${String((i % 4) + 1).padStart(2, '0')}室`;
    return [i + 1, `团员${i}`, '', '2026-04-20 09:00', '', goods, amount, refund, status, '阳光二期北门', `收货人${i}`, `138${String(i).padStart(8, '0')}`, door];
  });
  return [header, ...body];
}

export async function asXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('订单');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function asXls(rows: (string | number)[][]): Buffer {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows, { dense: true }), '订单');
  return write(workbook, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

export function asCsv(rows: (string | number)[][]): Buffer {
  const field = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return Buffer.from(`\ufeff${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`);
}
