import type { IncomingFile } from '../../src/kernel/types.js';
import type { Ctx } from '../../src/runtime/context.js';
import { docLabel, documentCommand } from './register.js';
import { groupBuysOf, missingDocuments } from './store/groupbuys.js';

const SPREADSHEET = /\.(?:xlsx|xlsm|xls|csv)$/i;

/**
 * What a file a leader sent alone may be for (src/runtime/files/step.ts asks them): a spreadsheet
 * from a group-buy leader, an export to import; any file or photo from a leader whose group-buy
 * waits for documents, one of those. On WeChat a file cannot carry its command, so the command
 * that follows takes it. A secretary is asked in private only: in a group they share sheets often.
 */
export function groupBuyFileUses(ctx: Ctx, file: IncomingFile): string[] {
  if (!ctx.community) return [];
  const uses: string[] = [];
  const leads = ctx.roles.some((g) => g.role === 'groupbuy_leader') || (ctx.isSecretary && !ctx.isGroup);
  if (leads && SPREADSHEET.test(file.name)) uses.push(ctx.text('groupbuy.fileForImport'));
  for (const gb of groupBuysOf(ctx.db, ctx.community.id, ['draft']).filter((g) => g.leader_member_id === ctx.member.id)) {
    for (const kind of missingDocuments(ctx.db, gb.id)) {
      uses.push(ctx.text('groupbuy.fileForDocument', { id: gb.id, title: gb.title, doc: docLabel(ctx, kind), command: documentCommand(ctx, gb.id, kind) }));
    }
  }
  return uses;
}
