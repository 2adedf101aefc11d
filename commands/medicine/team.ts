import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { doorKey, findDoor, parseBuilding } from '../../src/kernel/fields/door.js';
import { normalize } from '../../src/kernel/normalize.js';
import type { Ctx } from '../../src/runtime/context.js';
import { localDateTime } from '../../src/kernel/time.js';
import { memberById } from '../../src/services/members.js';
import { cardsOut, daysLeftNow, openQueue } from './store/requests.js';
import { parseStatusUpdate, teamAsksQueue } from './status-words.js';
import { sendPrivately } from './own.js';
import { applyUpdate } from './status.js';
import { itemsShort, statusLabel, viewOf } from './text.js';

/** A list in one message stays readable (and under Telegram's 4096 characters). */
const MAX_LINES = 40;

export const medicineQueueCommand = defineCommand({
  name: 'medqueue',
  aliases: ['配药单', '待配药', '配药队列', 'medqueue'],
  // The team asking privately after its work in words (「今天要配哪些药」, 「有几个人要配药」): the queue. 「有几个人要配药」
  // started a medicine request of the team member's own.
  recognise: (text, s) => (teamAsksQueue(text, s) ? { intent: 'medqueue', confidence: 0.95, evidence: [text.trim()], args: {} } : undefined),
  roles: ['medicine_team'],
  needsCommunity: true,
  help: 'medicine.queueHelp',
  usage: 'medicine.queueUsage',
  parse(raw) {
    const text = raw.trim();
    if (text === '') return {};
    const building = parseBuilding(text);
    if (building) return { building };
    if (text.length > 30) throw new UserError('medicine.queueUsage');
    return { hospital: text.replace(/医院$/, '') };
  },
  args: z.object({ building: z.string().optional(), hospital: z.string().optional() }),
  handle(ctx, filter) {
    const now = ctx.now();
    const queue = openQueue(ctx.db, ctx.community.id, now, filter);
    // Reading the queue is reading health data: audited, with a count and no medicine.
    ctx.record('medicine.list', 'community', ctx.community.id, `count:${queue.length}`);
    if (queue.length === 0) {
      ctx.reply('medicine.queueEmpty');
      return;
    }
    const lines = queue.slice(0, MAX_LINES).map((r) => {
      const days = daysLeftNow(r, now);
      const urgency = days !== undefined ? ctx.text('medicine.queueDays', { days }) : r.urgent ? ctx.text('medicine.queueUrgent') : '';
      return ctx.text('medicine.queueLine', {
        id: r.id,
        door: r.door,
        patient: r.patient ? ` ${r.patient}` : '',
        status: statusLabel(ctx.lang, r.status),
        items: itemsShort(viewOf(ctx.db, r, now).items),
        urgency: days !== undefined && r.urgent ? urgency + ctx.text('medicine.queueUrgent') : urgency,
        run: r.run_id !== null ? ctx.text('medicine.queueRun', { run: r.run_id }) : '',
      });
    });
    if (queue.length > MAX_LINES) lines.push(ctx.text('medicine.queueMore', { count: queue.length - MAX_LINES }));
    sendPrivately(ctx, [ctx.text('medicine.queueTitle', { count: queue.length }), ...lines].join('\n'));
  },
});

// Words only the medicine service uses, so "#12 done" of another capability is not taken here.
const STATUS_PHRASE =
  /^((?:#\s*\d+[\s,,、和及~-]*)+[^\n]*(?:收卡|已收卡|买到|配到|替换|换成|没货|缺货|配不到|买不到|没买到|卡已还|还卡|找零)[\s\S]*)$/;

/**
 * The team naming a request by its door, privately (「5-302的药送到了」, 「6-201 没货」): the one open request at that door, as
 * if written with its number. (Two open there: which one is theirs to say with #.) Or by its number said aloud (「1号配到了」).
 */
function updateByDoor(ctx: Ctx): string | undefined {
  if (!ctx.community || !ctx.has('medicine_team')) return undefined;
  const text = normalize(ctx.msg.text).trim();
  if (text.length > 60) return undefined;
  const door = findDoor(text);
  if (!door) return updateByNumber(ctx, text);
  const open = openQueue(ctx.db, ctx.community.id, ctx.now()).filter((r) => r.door === doorKey(door.door));
  const said = `#${open[0]?.id} ${text.slice(0, door.index)} ${text.slice(door.index + door.length)}`;
  return open.length === 1 && parseStatusUpdate(said) ? said : undefined;
}

/** The team naming an open request by its number as one says it aloud, 「1号已经配到了」, 「3号没货」: the same as #1, #3. */
function updateByNumber(ctx: Ctx, text: string): string | undefined {
  const m = /^(?:配药)?(?:登记)?(\d{1,6})\s*号(?![楼栋幢座单室])(?:的药|的)?/.exec(text);
  if (!m) return undefined;
  const id = Number(m[1]);
  const said = `#${id} ${text.slice(m[0].length)}`;
  return openQueue(ctx.db, ctx.community!.id, ctx.now()).some((r) => r.id === id) && parseStatusUpdate(said) ? said : undefined;
}

export const medicineStatusCommand = defineCommand({
  name: 'medstatus',
  helpSection: 'medicine_team',
  aliases: ['配药状态', '配药更新', 'medstatus'],
  keywords: [STATUS_PHRASE],
  takesTalk: updateByDoor,
  roles: ['medicine_team'],
  needsCommunity: true,
  help: 'medicine.statusHelp',
  usage: 'medicine.statusUsage',
  parse(raw) {
    const update = parseStatusUpdate(raw);
    if (!update) throw new UserError('medicine.statusUsage');
    return { update };
  },
  args: z.object({ update: z.custom<NonNullable<ReturnType<typeof parseStatusUpdate>>>((v) => typeof v === 'object' && v !== null) }),
  handle(ctx, { update }) {
    ctx.replyText(applyUpdate(ctx, update, ctx.community.id));
  },
});

export const medicineCardsCommand = defineCommand({
  name: 'medcards',
  aliases: ['医保卡', '未还医保卡', 'medcards'],
  roles: ['medicine_team'],
  needsCommunity: true,
  help: 'medicine.cardsHelp',
  usage: 'medicine.cardsUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const cards = cardsOut(ctx.db, ctx.community.id);
    ctx.record('medicine.cards', 'community', ctx.community.id, `count:${cards.length}`);
    if (cards.length === 0) {
      ctx.reply('medicine.cardsNone');
      return;
    }
    const lines = cards.slice(0, MAX_LINES).map((r) =>
      ctx.text('medicine.cardsLine', {
        id: r.id,
        door: r.door,
        patient: r.patient ? ` ${r.patient}` : '',
        who: memberById(ctx.db, r.card_taken_by!)?.display_name ?? '?',
        when: localDateTime(r.card_taken_at!, ctx.config.timeZone, ctx.lang),
        where: r.card_at_hospital_at !== null ? ctx.text('medicine.cardsAtHospital') : '',
      }),
    );
    sendPrivately(ctx, [ctx.text('medicine.cardsTitle', { count: cards.length }), ...lines].join('\n'));
  },
});
