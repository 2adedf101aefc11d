import { inCommunity } from '../../src/runtime/records.js';
import {  readRecordNumber } from '../../src/kernel/fields/record-number.js';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { parseBuilding } from '../../src/kernel/fields/door.js';
import { openQueue } from './store/requests.js';
import { createRun, joinRun, runById, runVolunteers, type MedicineRun } from './store/runs.js';
import { runSpreadsheet } from './run-sheet.js';
import { findRequestIds, parseStatusUpdate } from './status-words.js';
import { sendPrivately } from './own.js';
import { applyUpdate } from './status.js';

export const RUN_REF = 'medicine-run';

const DATE_WORD = /^(?:今天|明天|后天|today|tomorrow|\d{4}-\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?|\d{1,2}\/\d{1,2})$/i;

/** "仁济医院 明天 5号楼" / "瑞金医院 4月21日 #1-#60": the hospital, the day, which requests. */
function parseRun(raw: string) {
  const { ids, rest } = findRequestIds(raw);
  let dateText: string | undefined;
  let building: string | undefined;
  const hospital: string[] = [];
  for (const word of rest.split(/\s+/).filter(Boolean)) {
    if (!dateText && DATE_WORD.test(word)) dateText = word;
    else if (!building && parseBuilding(word)) building = parseBuilding(word);
    else hospital.push(word);
  }
  if (hospital.length === 0) throw new UserError('medicine.runUsage');
  return { hospital: hospital.join(' ').slice(0, 30), dateText, building, ids: ids.length > 0 ? ids : undefined };
}

/** The local date a date word names ("明天", "4月21日", "2026-04-21"); today when none. */
function resolveDate(text: string | undefined, now: number, tz: string): string {
  const today = DateTime.fromMillis(now, { zone: tz }).startOf('day');
  if (!text) return today.toISODate()!;
  const offsets: Record<string, number> = { 今天: 0, today: 0, 明天: 1, tomorrow: 1, 后天: 2 };
  const offset = offsets[text.toLowerCase()];
  if (offset !== undefined) return today.plus({ days: offset }).toISODate()!;
  const m = /^(?:(\d{4})[-年])?(\d{1,2})[-月/](\d{1,2})[日号]?$/.exec(text);
  const date = m && DateTime.fromObject({ year: m[1] ? Number(m[1]) : today.year, month: Number(m[2]), day: Number(m[3]) }, { zone: tz });
  if (!date || !date.isValid) throw new UserError('medicine.runUsage');
  return date.toISODate()!;
}

export const medicineRunCommand = defineCommand({
  name: 'medrun',
  aliases: ['配药出车', '出车配药', 'medrun'],
  roles: ['medicine_team'],
  needsCommunity: true,
  help: 'medicine.runHelp',
  usage: 'medicine.runUsage',
  parse: parseRun,
  args: z.object({
    hospital: z.string().min(1),
    dateText: z.string().optional(),
    building: z.string().optional(),
    ids: z.array(z.number().int().positive()).optional(),
  }),
  handle(ctx, a) {
    const community = ctx.community;
    const now = ctx.now();
    const date = resolveDate(a.dateText, now, ctx.config.timeZone);
    // Named numbers go whatever hospital they asked for, even from another run (moved here);
    // otherwise the open requests not in a run that prefer this hospital or none.
    const requests = openQueue(ctx.db, community.id, now, {
      unassigned: !a.ids,
      building: a.building,
      ids: a.ids,
      hospital: a.ids ? undefined : a.hospital.replace(/医院$/, ''),
    });
    if (requests.length === 0) throw new UserError('medicine.runNone');
    const run = createRun(ctx.db, { communityId: community.id, hospital: a.hospital, date, createdBy: ctx.member.id, requestIds: requests.map((r) => r.id) }, now);
    joinRun(ctx.db, run, ctx.member.id, now);
    ctx.record('medicine.run', 'medicine_run', run, `count:${requests.length}`);
    const buildings = [...new Set(requests.map((r) => r.building))].join(ctx.lang === 'en' ? ', ' : '、');
    ctx.reply('medicine.runPosted', { run, date, hospital: a.hospital, count: requests.length, buildings }, { ref: { kind: RUN_REF, id: run } });
  },
  onReply: {
    [RUN_REF]: defineReply({
      read(ctx, runId, text) {
        const run = runById(ctx.db, runId);
        if (!run || run.community_id !== ctx.community.id) return undefined;
        if (/^(?:接|我去|我来|我也去|报名|同去|算我一个|join|\+1)[!!。.]*$/i.test(text)) return { op: 'join' as const, run };
        if (/^(?:清单|名单|表格|导出|list|export)$/i.test(text)) return { op: 'export' as const, run };
        const update = parseStatusUpdate(text);
        return update ? { op: 'update' as const, run, update } : undefined;
      },
      // Everything a run's post is answered with shows or changes medicine details: the team only.
      needs: () => ({ roles: ['medicine_team'], refusal: 'medicine.runNeedTeam' }),
      handle(ctx, _runId, reading) {
        const { run } = reading;
        if (reading.op === 'export') return exportRun(ctx, run);
        if (reading.op === 'update') return void ctx.replyText(applyUpdate(ctx, reading.update, run.community_id));
        const joined = joinRun(ctx.db, run.id, ctx.member.id, ctx.now());
        const names = runVolunteers(ctx.db, run.id).map((m) => m.display_name).join(ctx.lang === 'en' ? ', ' : '、');
        ctx.reply(joined ? 'medicine.runJoined' : 'medicine.runAlready', { name: ctx.member.display_name, run: run.id, names });
        if (joined) ctx.record('medicine.run.join', 'medicine_run', run.id);
      },
    }),
  },
});

/** Sends a run's list as a spreadsheet to the asker's private chat. Audited: it holds health data. */
export function exportRun(ctx: Ctx, run: MedicineRun): void {
  const { spec, requests, medicines } = runSpreadsheet(ctx, run);
  sendPrivately(ctx, ctx.text('medicine.exportSent', { run: run.id, date: run.run_date, hospital: run.hospital, count: requests, rows: medicines }), { file: spec });
}

export const medicineExportCommand = defineCommand({
  name: 'medexport',
  aliases: ['导出配药', '配药清单', 'medexport'],
  roles: ['medicine_team'],
  needsCommunity: true,
  help: 'medicine.exportHelp',
  usage: 'medicine.exportUsage',
  parse(raw) {
    const run = readRecordNumber(raw.replace(/^#/, ''), ['r', '出车'], 7);
    if (run === undefined || Number.isNaN(run)) throw new UserError('medicine.exportUsage');
    return { run };
  },
  args: z.object({ run: z.number().int().positive() }),
  handle(ctx, { run: id }) {
    exportRun(ctx, inCommunity(ctx, runById(ctx.db, id), 'medicine.runNotFound', { run: id }));
  },
});


