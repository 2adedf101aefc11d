import {  readRecordNumber } from '../../src/kernel/fields/record-number.js';
import type { Jobs } from '../../src/runtime/capability.js';
import { z } from 'zod';
import { defineCommand, type CommunityCtx } from '../../src/runtime/command.js';
import type { CommunityMemberCtx, Ctx, JobCtx } from '../../src/runtime/context.js';
import { langOfMember } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { doorKey, findDoor, parseBuilding, parseDoor } from '../../src/kernel/fields/door.js';
import { chatByAddress, groupsForBuilding, groupsWhereWrote, type Chat } from '../../src/services/communities.js';
import { cancelJob } from '../../src/services/jobs.js';
import { homeOf, memberById } from '../../src/services/members.js';
import { householdAt, markDelivered, markPaid, membersAtDoor, ordersOf, totals, type Order } from './store/orders.js';
import { formatYuan } from './registration.js';
import { addHistory, groupBuyById, groupBuysOf, itemsOf, launchChats, setStatus, type GroupBuy } from './store/groupbuys.js';
import { groupBuyNumbered, groupBuyScope, mayLead } from './shared.js';
import { groupBuySheets } from './sheets.js';

/** Sends the leader the three spreadsheets: supplier totals, delivery per building, payment marks. */
export function sendSheets(ctx: JobCtx, gb: GroupBuy, asker?: Ctx): void {
  const leader = gb.leader_member_id !== null ? memberById(ctx.db, gb.leader_member_id) : undefined;
  const lang = asker?.lang ?? (leader ? langOfMember(leader) : 'zh-CN');
  for (const file of groupBuySheets(ctx, gb, lang)) {
    const params = { title: gb.title, file: file.name };
    if (asker) {
      asker.answerPrivately(asker.text('groupbuy.sheetFile', params), { file });
    } else if (leader) {
      ctx.tell(leader, 'groupbuy.sheetFile', params, { file });
    }
  }
}

/** Closes a group-buy: no more orders; totals posted where it was launched; the leader gets the sheets. */
export function closeGroupBuy(ctx: JobCtx, gb: GroupBuy, actor: number | null, asker?: Ctx): void {
  setStatus(ctx.db, gb.id, 'closed', ctx.now());
  cancelJob(ctx.db, `groupbuy.close:${gb.id}`);
  cancelJob(ctx.db, `groupbuy.repost:${gb.id}`);
  addHistory(ctx.db, gb.id, actor, 'closed', '', ctx.now());
  const items = itemsOf(ctx.db, gb.id);
  const orders = ordersOf(ctx.db, gb.id);
  const t = totals(orders, items);
  const perItem = items.map((i) => `${i.name}×${t.perItem.get(i.code) ?? 0}`).join(' ');
  for (const chat of launchChats(ctx.db, gb.id)) {
    const lang = chatByAddress(ctx.db, chat.platform, chat.chat_id)?.lang ?? 'zh-CN';
    ctx.send({ platform: chat.platform, chatId: chat.chat_id }, ctx.t(lang, 'groupbuy.closedTotals', {
      id: gb.id, title: gb.title, households: orders.length, perItem, portions: t.portions, amount: formatYuan(t.amountFen),
      repriced: t.repriced > 0 ? ctx.t(lang, 'groupbuy.repricedNote', { count: t.repriced }) : '',
    }));
  }
  sendSheets(ctx, { ...gb, status: 'closed' }, asker);
}

/** The group-buy a leader's word is about: the number given (#7), else their latest open or closed one. */
function leaderTarget(ctx: CommunityCtx, id: number | undefined): GroupBuy {
  if (id !== undefined) {
    // Whose it is was checked by the command's scope (groupBuyScope) before the handler.
    return groupBuyNumbered(ctx, id);
  }
  const mine = groupBuysOf(ctx.db, ctx.community.id, ['open', 'closed']).filter((g) => mayLead(ctx, g));
  if (mine.length === 0) throw new UserError('groupbuy.noneYours');
  return mine[0]!;
}

/** "#7" or "团7" anywhere in the text names a group-buy; the rest is returned. */
function hashId(raw: string): { id?: number; text: string } {
  const m = /(?:#|团)\s*(\d{1,9})/.exec(raw);
  if (!m) return { text: raw.trim() };
  return { id: Number(m[1]), text: (raw.slice(0, m.index) + raw.slice(m.index + m[0].length)).trim() };
}

/** The leader's own 「截单吧」, 「可以截团了」 to the bot: asked first, since orders stop for good. */
const CLOSE_SAID = /^(?:那就|那|可以|现在|好了|好)?[\s,,]*(?:截单|截团|结束接龙|停止接龙|不接了|收单)(?:吧|了|啦|咯)?[\s!!。.~]*$|^(?:please )?close (?:the )?(?:group ?buy|orders?|chain)(?: now)?[\s!.]*$/i;

/**
 * A payment told by the leader privately (「5-101 付过钱了」, 「收到5-302的钱了」, "5-101 paid"): that door's payment mark. It
 * was read as the leader's own home and saved over it.
 */
const PAID_SAID = /^(?:已经|已)?(?:付(?:过|好)?(?:钱|款)?了?|交(?:过)?钱了|钱(?:已经|已)?(?:付|收|到|转)(?:过|好)?了|(?:已经|已)?收到(?:钱|款|转账)了?|paid|has paid|payment received)$/i;
const PAID_BEFORE = /^(?:已经|已)?收到$/;
function paidSaid(text: string): string | undefined {
  const door = findDoor(text);
  if (!door || text.length > 40) return undefined;
  const before = text.slice(0, door.index).trim();
  const after = text.slice(door.index + door.length).replace(/^\s*(?:的|家|家的)?/, '').replace(/[\s。.!!~]+$/, '').trim();
  return (before === '' && PAID_SAID.test(after)) || (PAID_BEFORE.test(before) && /^(?:的)?(?:钱|款|转账)了?$/.test(after)) ? text.slice(door.index, door.index + door.length) : undefined;
}

export const closeCommand = defineCommand({
  name: 'groupbuy.close',
  aliases: ['截团', '截单', '结束团购', 'gbclose'],
  roles: ['groupbuy_leader'],
  recognise: (text, s) =>
    !s.isGroup && s.has?.('groupbuy_leader') === true && CLOSE_SAID.test(text.trim()) ? { intent: 'groupbuy.close', confidence: 0.6, evidence: [text.trim()], rawArgs: '' } : undefined,
  confirm: { question: 'groupbuy.closeAsk' },
  needsCommunity: true,
  help: 'groupbuy.closeHelp',
  usage: 'groupbuy.closeUsage',
  parse: (raw) => {
    const id = readRecordNumber(raw);
    return { id: id === undefined || Number.isNaN(id) ? undefined : id };
  },
  args: z.object({ id: z.number().int().positive().optional() }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id }) {
    const gb = leaderTarget(ctx, id);
    if (gb.status === 'closed') throw new UserError('groupbuy.closedAlready', { title: gb.title });
    closeGroupBuy(ctx, gb, ctx.member.id, ctx);
    ctx.record('groupbuy.close', 'groupbuy', gb.id);
  },
});

/** How many have ordered so far, asked by the leader (「现在报了多少了」, 「报了几户了」, "how many orders so far?"). */
const COUNT_ASKED = /^(?:现在|目前|到现在|一共|总共)?(?:已经)?(?:报|接|订|下单)?了?(?:多少|几)(?:户|家|份|个人|人)?(?:了)?(?:呢|啊)?[\s??。]*$|^(?:现在|目前)?(?:报|接龙|订)(?:了)?(?:多少|几)(?:户|家|份|人)?(?:了)?[\s??。]*$|^(?:团购|接龙)(?:进度|情况)(?:怎么样|如何)?(?:了)?[\s??。]*$|^how many (?:orders|households|people)(?: (?:so far|now|have ordered|are in))*\s*\??$/i;

export const countCommand = defineCommand({
  name: 'groupbuy.count',
  aliases: ['团购进度', '接龙进度', 'gbcount'],
  roles: ['groupbuy_leader'],
  recognise: (text, s) =>
    !s.isGroup && s.has?.('groupbuy_leader') === true && COUNT_ASKED.test(text.trim()) ? { intent: 'groupbuy.count', confidence: 0.95, evidence: [text.trim()], rawArgs: '' } : undefined,
  needsCommunity: true,
  help: 'groupbuy.countHelp',
  usage: 'groupbuy.countHelp',
  parse: (raw) => {
    const id = readRecordNumber(raw);
    return { id: id === undefined || Number.isNaN(id) ? undefined : id };
  },
  args: z.object({ id: z.number().int().positive().optional() }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id }) {
    const gb = leaderTarget(ctx, id);
    const items = itemsOf(ctx.db, gb.id);
    const orders = ordersOf(ctx.db, gb.id);
    const t = totals(orders, items);
    ctx.reply('groupbuy.soFar', {
      id: gb.id,
      title: gb.title,
      status: ctx.text(`groupbuy.status.${gb.status}`),
      households: orders.length,
      perItem: items.map((i) => `${i.name}×${t.perItem.get(i.code) ?? 0}`).join(' '),
      portions: t.portions,
      amount: formatYuan(t.amountFen),
      paid: orders.filter((o) => o.paid_at !== null).length,
    });
  },
});

/** Durable jobs of this part, run when they fall due. */
export const closeJobs: Jobs = {
  'groupbuy.close': (ctx, payload) => {
    const gb = groupBuyById(ctx.db, (payload as { id: number }).id);
    if (gb && gb.launched_at !== null && gb.status !== 'closed') closeGroupBuy(ctx, gb, null);
  },
};

export const sheetsCommand = defineCommand({
  name: 'groupbuy.sheets',
  aliases: ['团购表', '团购表格', '导出团购', 'gbsheets'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.sheetsHelp',
  usage: 'groupbuy.sheetsUsage',
  parse: (raw) => hashId(raw.replace(/^(\d{1,9})$/, '#$1')),
  args: z.object({ id: z.number().int().positive().optional(), text: z.string() }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id }) {
    sendSheets(ctx, leaderTarget(ctx, id), ctx);
  },
});

export const paidCommand = defineCommand({
  name: 'groupbuy.paid',
  aliases: ['paid', '已付', '已付款'],
  roles: ['groupbuy_leader'],
  recognise: (text, s) => {
    const door = !s.isGroup && s.has?.('groupbuy_leader') === true ? paidSaid(text.trim()) : undefined;
    return door ? { intent: 'groupbuy.paid', confidence: 0.95, evidence: [text.trim()], rawArgs: door } : undefined;
  },
  needsCommunity: true,
  help: 'groupbuy.paidHelp',
  usage: 'groupbuy.paidUsage',
  parse(raw) {
    const { id, text } = hashId(raw);
    const door = parseDoor(text);
    if (!door) throw new UserError('groupbuy.paidUsage');
    return { id, door };
  },
  args: z.object({ id: z.number().int().positive().optional(), door: z.object({ building: z.string(), room: z.string(), unit: z.string().optional(), area: z.string().optional() }) }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id, door }) {
    const gb = leaderTarget(ctx, id);
    const key = doorKey(door);
    markDoorPaid(ctx, gb, key);
    ctx.ack('groupbuy.paidDone', { door: key, title: gb.title });
  },
});

/** A household's payment mark (a door key "5-302"), audited; the chat's /已付 and the desk's marks come here. */
export function markDoorPaid(ctx: CommunityMemberCtx, gb: GroupBuy, door: string): void {
  if (!markPaid(ctx.db, gb.id, door, ctx.now())) throw new UserError('groupbuy.noOrderFor', { door, title: gb.title });
  ctx.record('groupbuy.paid', 'groupbuy', gb.id);
}

/**
 * Tells the households of one building (or one door) in the groups serving it, @-mentioning who
 * is known there, and in the groups where the household's members (or whoever ordered for it)
 * actually write, when those are others (a residents' group serving every building); whoever
 * ordered for a household they do not live in is also told privately (a daughter in another
 * building may not be in that group).
 */
function announceDelivery(ctx: Ctx, gb: GroupBuy, building: string, orders: Order[]): void {
  const people = new Map<string, { id: number; platform: string; user_id: string }[]>();
  for (const o of orders) {
    const placer = o.placed_by !== null ? memberById(ctx.db, o.placed_by) : undefined;
    const home = placer ? homeOf(placer) : undefined;
    if (placer && (!home || doorKey(home) !== o.door)) ctx.tell(placer, 'groupbuy.deliveredToPlacer', { title: gb.title, door: o.door });
    const door = parseDoor(o.door);
    const household = door ? householdAt(ctx.db, gb.community_id, door) : [];
    people.set(o.door, placer && !household.some((m) => m.id === placer.id) ? [...household, placer] : household);
  }
  const served = groupsForBuilding(ctx.db, gb.community_id, building);
  for (const chat of served) {
    const mentions = new Set<string>();
    for (const o of orders) {
      const door = parseDoor(o.door);
      if (door) for (const id of membersAtDoor(ctx.db, chat.platform, door)) mentions.add(id);
      const placer = o.placed_by !== null ? memberById(ctx.db, o.placed_by) : undefined;
      if (placer && placer.platform === chat.platform) mentions.add(placer.user_id);
    }
    ctx.post(chat, 'groupbuy.deliveredNotice', { title: gb.title, building, doors: orders.map((o) => o.door).join('、') }, { mentions: [...mentions] });
  }
  // The other groups the households wrote in: each hears of its own households' doors.
  const elsewhere = new Map<string, { chat: Chat; doors: Set<string>; mentions: Set<string> }>();
  for (const [door, members] of people) {
    for (const m of members) {
      for (const chat of groupsWhereWrote(ctx.db, [m.id], gb.community_id)) {
        if (served.some((c) => c.platform === chat.platform && c.chat_id === chat.chat_id)) continue;
        const key = `${chat.platform}:${chat.chat_id}`;
        const entry = elsewhere.get(key) ?? { chat, doors: new Set<string>(), mentions: new Set<string>() };
        entry.doors.add(door);
        if (m.platform === chat.platform) entry.mentions.add(m.user_id);
        elsewhere.set(key, entry);
      }
    }
  }
  for (const { chat, doors, mentions } of elsewhere.values()) {
    ctx.post(chat, 'groupbuy.deliveredNotice', { title: gb.title, building, doors: [...doors].join('、') }, { mentions: [...mentions] });
  }
}

export const deliverCommand = defineCommand({
  name: 'groupbuy.deliver',
  aliases: ['送达', '已送达', 'delivered'],
  roles: ['groupbuy_leader', 'building_lead', 'volunteer'],
  needsCommunity: true,
  help: 'groupbuy.deliverHelp',
  usage: 'groupbuy.deliverUsage',
  parse(raw) {
    const { id, text } = hashId(raw);
    const door = parseDoor(text);
    if (door) return { id, door: doorKey(door) };
    const building = parseBuilding(text);
    if (!building) throw new UserError('groupbuy.deliverUsage');
    return { id, building };
  },
  args: z.object({ id: z.number().int().positive().optional(), door: z.string().optional(), building: z.string().optional() }),
  // A building lead tells only their own buildings (a door key starts with its building: "B区5-302").
  scope: ({ door, building }) => ({ building: building ?? door!.split('-')[0]! }),
  handle(ctx, { id, door, building }) {
    const gb = id !== undefined ? groupBuyNumbered(ctx, id) : groupBuysOf(ctx.db, ctx.community.id, ['closed'])[0];
    if (!gb) throw new UserError('groupbuy.noneClosed');
    const all = ordersOf(ctx.db, gb.id);
    const chosen = door ? all.filter((o) => o.door === door) : all.filter((o) => o.building === building);
    if (chosen.length === 0) throw new UserError('groupbuy.noOrderFor', { door: door ?? ctx.text('groupbuy.buildingName', { building: building! }), title: gb.title });
    markDelivered(ctx.db, chosen.map((o) => o.id), ctx.now());
    addHistory(ctx.db, gb.id, ctx.member.id, 'delivered', door ?? building!, ctx.now());
    ctx.record('groupbuy.deliver', 'groupbuy', gb.id, `${chosen.length}`);
    announceDelivery(ctx, gb, chosen[0]!.building, chosen);
    ctx.ack('groupbuy.deliverDone', { count: chosen.length, title: gb.title });
  },
});
