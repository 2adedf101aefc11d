import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { takeFile } from '../../src/runtime/files/step.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { readExport } from './import-read.js';
import { placeOrder } from './store/orders.js';
import { createGroupBuy, groupBuyById, setStatus } from './store/groupbuys.js';
import { sendSheets } from './close.js';

/**
 * A leader sends the bot an .xlsx export from 快团团 or 群接龙: the orders become a closed
 * group-buy here, with delivery sheets per building and /送达 notices like any other.
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
    if (!result) throw new UserError('groupbuy.importNoHeader', { file: file.name });
    if (result.orders.length === 0 && result.problems.length === 0) throw new UserError('groupbuy.importEmpty', { file: file.name });
    const name = title || file.name.replace(/\.xlsx$/i, '');
    const now = ctx.now();
    const id = createGroupBuy(
      ctx.db,
      { communityId: ctx.community.id, leaderMemberId: ctx.member.id, title: name, supplier: '', deadlineAt: now, items: result.items, source: 'import', status: 'open' },
      now,
    );
    for (const o of result.orders) {
      placeOrder(ctx.db, { groupbuyId: id, door: o.door, items: o.items, placedBy: null, name: o.name, phone: o.phone }, now);
    }
    setStatus(ctx.db, id, 'closed', now);
    ctx.record('groupbuy.import', 'groupbuy', id, `${result.orders.length} households, ${result.problems.length} unread rows`);
    const buildings = new Set(result.orders.map((o) => o.door.building + (o.door.area ?? '')));
    ctx.reply('groupbuy.imported', { id, title: name, rows: result.rowsRead, households: result.orders.length, buildings: buildings.size });
    if (result.problems.length > 0) {
      // Rows it could not read, by row number: all of them in the chat when they are few; else the
      // count and the first ten, and every one of them in a sheet.
      const problem = (p: (typeof result.problems)[number]) => ctx.text(`groupbuy.importProblem.${p.problem}`);
      replyList(ctx, {
        head: [ctx.text('groupbuy.importProblems', { count: result.problems.length })],
        lines: result.problems.map((p) => ctx.text('groupbuy.importRow', { row: p.row, problem: problem(p) })),
        file: {
          name: ctx.text('groupbuy.importProblemsFile', { title: name }),
          header: ctx.text('groupbuy.importProblemsHeader').split('|'),
          rows: result.problems.map((p) => [p.row, problem(p)]),
        },
      });
    }
    sendSheets(ctx, groupBuyById(ctx.db, id)!, ctx);
  },
});
