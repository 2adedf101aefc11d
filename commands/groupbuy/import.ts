import { z } from 'zod';
import { maskPhonesIn } from '../../src/kernel/fields/phone.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import type { SpreadsheetSpec } from '../../src/kernel/types.js';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { takeFile } from '../../src/runtime/files/step.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { isLeftOut, readExport, type ImportProblem, type ImportResult } from './import-read.js';
import { formatYuan } from './registration.js';
import { placeOrder } from './store/orders.js';
import { createGroupBuy, groupBuyById, setStatus } from './store/groupbuys.js';
import { sendSheets } from './close.js';

/**
 * A leader sends the bot an export from 快团团 or 群接龙 (.xlsx, .xls or .csv): the orders become a
 * closed group-buy here, with delivery sheets per building and /送达 notices like any other. An
 * export in which no household can be read creates nothing: the leader is told what was seen.
 */
export const importCommand = defineCommand({
  name: 'groupbuy.import',
  aliases: ['导入团购', '导入订单', '团购导入', 'gbimport'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.importHelp',
  usage: 'groupbuy.importUsage',
  parse: (raw) => ({ title: raw.trim().slice(0, 60) }),
  args: z.object({ title: z.string() }),
  handle(ctx, { title }) {
    // Sent without the file, the command waits a few minutes for it; with it, the file is read off
    // the message path and this command comes back with the rows.
    const file = takeFile(ctx, 'spreadsheet', { unreadable: 'groupbuy.importUnreadable' });
    if (!file) return;
    const result = readExport(file.sheets!);
    if (!result) {
      // The first row may be a household's name and address: said to the leader alone.
      ctx.answerPrivately(ctx.text('groupbuy.importNoHeader', { file: file.name, seen: firstLine(file.sheets!) }), { saidInGroup: 'groupbuy.importNoHeaderSent' });
      return;
    }
    if (result.orders.length === 0 && result.problems.length === 0) throw new UserError('groupbuy.importEmpty', { file: file.name });
    const name = title || file.name.replace(/\.(xlsx|xls|csv)$/i, '');
    if (result.orders.length === 0) {
      // Nothing to deliver: no group-buy, no empty sheets; what was seen, so the leader can fix it.
      ctx.reply('groupbuy.importNobody', { file: file.name, rows: result.rowsRead, header: maskPhonesIn(result.header.join('、')) });
      tellRows(ctx, name, result);
      return;
    }
    const now = ctx.now();
    const id = createGroupBuy(
      ctx.db,
      { communityId: ctx.community.id, leaderMemberId: ctx.member.id, title: name, supplier: '', deadlineAt: now, items: result.items, source: 'import', status: 'open' },
      now,
    );
    for (const o of result.orders) {
      placeOrder(ctx.db, { groupbuyId: id, door: o.door, items: o.items, placedBy: null, name: o.name, phone: o.phone, ref: o.refs.join('、') || undefined }, now);
    }
    setStatus(ctx.db, id, 'closed', now);
    ctx.record('groupbuy.import', 'groupbuy', id, `${result.orders.length} households, ${result.problems.length} rows not counted`);
    const buildings = new Set(result.orders.map((o) => o.door.building + (o.door.area ?? '')));
    ctx.reply('groupbuy.imported', { id, title: name, rows: result.rowsRead, households: result.orders.length, buildings: buildings.size });
    tellRows(ctx, name, result);
    sendSheets(ctx, groupBuyById(ctx.db, id)!, ctx);
  },
});

/**
 * The rows to check, by row number: rows not understood, rows left out because the tool says they
 * were cancelled or refunded, and rows counted though part of the order was refunded.
 */
function tellRows(ctx: Ctx, title: string, result: ImportResult): void {
  const problem = (p: { row: number; problem: ImportProblem }) => ({ row: p.row, text: ctx.text(`groupbuy.importProblem.${p.problem}`) });
  const refund = (p: { row: number; refundFen: number }) => ({ row: p.row, text: ctx.text('groupbuy.importRefund', { amount: formatYuan(p.refundFen) }) });
  sayRows(ctx, title, 'groupbuy.importProblems', 'groupbuy.importProblemsFile', result.problems.filter((p) => !isLeftOut(p.problem)).map(problem));
  sayRows(ctx, title, 'groupbuy.importLeftOut', 'groupbuy.importLeftOutFile', result.problems.filter((p) => isLeftOut(p.problem)).map(problem));
  sayRows(ctx, title, 'groupbuy.importPartlyRefunded', 'groupbuy.importRefundsFile', result.partlyRefunded.map(refund));
}

/** One list of rows: all of them in the chat when they are few; else the count and the first ten, and every one of them in a sheet. */
function sayRows(ctx: Ctx, title: string, head: MessageKey, file: MessageKey, rows: { row: number; text: string }[]): void {
  if (rows.length === 0) return;
  replyList(ctx, {
    head: [ctx.text(head, { count: rows.length })],
    lines: rows.map((r) => ctx.text('groupbuy.importRow', { row: r.row, problem: r.text })),
    file: { name: ctx.text(file, { title }), header: ctx.text('groupbuy.importProblemsHeader').split('|'), rows: rows.map((r) => [r.row, r.text]) },
  });
}

/** The first row with something in it, as a leader told "no header found" needs to see it (phone numbers masked). */
function firstLine(sheets: SpreadsheetSpec['sheets']): string {
  for (const sheet of sheets) {
    const row = sheet.rows.find((r) => r.some((c) => c !== null && String(c).trim() !== ''));
    if (row) return maskPhonesIn(row.filter((c) => c !== null && String(c).trim() !== '').map((c) => String(c).trim().slice(0, 20)).join('、')).slice(0, 200);
  }
  return '';
}
