import type { Jobs } from '../../src/runtime/capability.js';
import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { doorKey, parseDoor, type Door } from '../../src/kernel/fields/door.js';
import { localDateTime } from '../../src/kernel/time.js';
import { canAnswerIn, groupsOf } from '../../src/services/communities.js';
import { scheduleJob } from '../../src/services/jobs.js';
import { homeOf } from '../../src/services/members.js';
import { recogniseChain, recognisePlainOrder, spokenOrder } from './recognise.js';
import { orderText } from './words.js';
import { plainWords } from '../../src/kernel/dialect.js';
import {
  chainIdOf,
  chainLineTexts,
  codesKeyOf,
  countSaidApart,
  itemsSignature,
  lineSignature,
  ordersSomething,
  readChain,
  readChainLine,
  signatureOf,
  type ChainLine,
} from './chain.js';
import { cancelOrder, orderForDoor, ordersOf, rememberLine, seenAmong } from './store/orders.js';
import {
  addHistory,
  addLaunchChat,
  groupBuyById,
  groupBuysOf,
  itemsOf,
  setStatus,
  type GroupBuy,
} from './store/groupbuys.js';
import {
  ackChanges,
  chainButtons,
  chainText,
  changeText,
  checkAndPlace,
  groupBuyForOrder,
  groupBuyNumbered,
  groupBuyScope,
  mayLead,
  noneOpen,
  postChain,
} from './shared.js';
import { numberAndText } from '../../src/kernel/fields/record-number.js';
import { STEP } from './recognise.js';

export const launchCommand = defineCommand({
  name: 'groupbuy.launch',
  aliases: ['发团', '开团', '发起团购', 'gblaunch', 'launch'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.launchHelp',
  usage: 'groupbuy.launchUsage',
  parse: (raw) => numberAndText(raw),
  args: z.object({ id: z.number().int().positive(), text: z.string() }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id, text }) {
    const gb = groupBuyNumbered(ctx, id);
    if (gb.status === 'rejected') throw new UserError('groupbuy.launchRejected', { id, reason: gb.reject_reason ?? '' });
    if (gb.status === 'closed') throw new UserError('groupbuy.closedAlready', { title: gb.title });
    if (gb.status !== 'approved' && gb.status !== 'open') throw new UserError('groupbuy.launchNotApproved', { id, title: gb.title });
    if (ctx.now() >= gb.deadline_at) throw new UserError('groupbuy.deadlinePast');
    // A chain is joined by replying: not in a WeCom robot's group, which only receives.
    const groups = groupsOf(ctx.db, ctx.community.id).filter((c) => c.purpose !== 'volunteers' && canAnswerIn(c));
    const names = text.split(/[\s、,,]+/).filter(Boolean);
    const targets = names.length > 0 ? names.map((n) => groups.find((g) => g.title === n || g.chat_id === n)) : ctx.isGroup ? [ctx.chat] : [];
    const unknown = names.filter((_n, i) => !targets[i]);
    if (unknown.length > 0) throw new UserError('groupbuy.unknownGroup', { names: unknown.join('、'), groups: groups.map((g) => g.title ?? g.chat_id).join('、') });
    if (targets.length === 0) throw new UserError('groupbuy.launchUsage');
    setStatus(ctx.db, gb.id, 'open', ctx.now());
    const opened = { ...gb, status: 'open' as const };
    for (const chat of targets) {
      if (!chat || !addLaunchChat(ctx.db, gb.id, chat.platform, chat.chat_id, ctx.now())) continue;
      const lang = chat.lang ?? ctx.lang;
      ctx.send({ platform: chat.platform, chatId: chat.chat_id }, chainText(ctx, opened, lang), { ref: { kind: 'chain', id: gb.id }, buttons: chainButtons(ctx, opened, lang) });
    }
    addHistory(ctx.db, gb.id, ctx.member.id, 'launched', targets.map((c) => c!.title ?? c!.chat_id).join(','), ctx.now());
    scheduleJob(ctx.db, { kind: 'groupbuy.close', key: `groupbuy.close:${gb.id}`, dueAt: gb.deadline_at, payload: { id: gb.id } }, ctx.now());
    ctx.record('groupbuy.launch', 'groupbuy', gb.id, `${targets.length} groups`);
    if (!ctx.isGroup || names.length > 0) {
      ctx.reply('groupbuy.launched', { id: gb.id, groups: targets.map((c) => c!.title ?? c!.chat_id).join('、'), deadline: localDateTime(gb.deadline_at, ctx.config.timeZone, ctx.lang) });
    }
  },
});

/** Orders are taken only while the group-buy is open (approved, launched, before its deadline). */
function checkOpen(ctx: Ctx, gb: GroupBuy): void {
  if (gb.status === 'closed' || ctx.now() >= gb.deadline_at) throw new UserError('groupbuy.closedAlready', { title: gb.title });
  if (gb.status !== 'open') throw new UserError('groupbuy.notOpen', { id: gb.id, title: gb.title });
}

/** Whether the asker may change the order of this door: nobody holds it, they placed it, they live there, or they lead. */
function mayChange(ctx: Ctx, gb: GroupBuy, door: string): boolean {
  const existing = orderForDoor(ctx.db, gb.id, door);
  if (!existing || existing.status !== 'active' || existing.placed_by === ctx.member.id) return true;
  const home = homeOf(ctx.member);
  return (home !== undefined && doorKey(home) === door) || mayLead(ctx, gb);
}

/**
 * With no home saved, the one door the sender has ordered for in this group-buy: 「我要一份A 7号楼302」, then
 * 「再加一份B」. Someone who ordered for two doors (their own and a neighbour's) is asked which.
 */
function ownOrderDoor(ctx: Ctx, gb: GroupBuy): Door | undefined {
  const doors = new Set(ordersOf(ctx.db, gb.id).filter((o) => o.placed_by === ctx.member.id).map((o) => o.door));
  return doors.size === 1 ? parseDoor([...doors][0]!) : undefined;
}

/** A line that takes the household's whole order back. */
export const cancelledLine = (): ChainLine => ({ line: 0, text: '', items: new Map(), unknown: [], cancel: true, badQuantity: false });

/** Places, changes or cancels one household's order from one line, answering what it did. */
export function orderFromLine(ctx: Ctx, gb: GroupBuy, line: ChainLine, door: Door, onBehalf: boolean): string {
  const key = doorKey(door);
  if (!mayChange(ctx, gb, key)) throw new UserError('groupbuy.notYourOrder', { door: key });
  const existing = orderForDoor(ctx.db, gb.id, key);
  const held = existing?.status === 'active' ? existing.items : new Map<string, number>();
  // 「B不要了」 from a household that ordered A and B: only B comes off.
  const kept = new Map([...held].filter(([code]) => !line.drop?.includes(code)));
  if (line.cancel && line.drop && kept.size > 0 && kept.size < held.size) line = { ...line, cancel: false, items: kept };
  // 「再加一份B」: on top of what the household ordered.
  else if (line.add && !line.cancel) line = { ...line, items: new Map([...held, ...[...line.items].map(([c, q]) => [c, q + (held.get(c) ?? 0)] as [string, number])]) };
  // 「A改成一份」: that item's new count, the rest of the order as it was.
  else if (line.change && !line.cancel) line = { ...line, items: new Map([...held, ...line.items]) };
  if (line.cancel) {
    if (gb.status === 'closed' || ctx.now() >= gb.deadline_at) throw new UserError('groupbuy.closedAlready', { title: gb.title });
    const cancelled = cancelOrder(ctx.db, gb.id, key, ctx.now());
    if (!cancelled) throw new UserError('groupbuy.nothingToCancel', { door: key });
    rememberLine(ctx.db, gb.id, key, new Map([['取消', 1]]));
    ctx.record('groupbuy.order.cancelled', 'groupbuy', gb.id);
    return ctx.text('groupbuy.cancelled', { door: key });
  }
  const change = checkAndPlace(ctx, gb, { door, items: line.items, unknown: line.unknown, badQuantity: line.badQuantity, name: line.name });
  return changeText(ctx, change, onBehalf);
}

/**
 * Reads a copied chain (or a reply to the chain post) and records what is new or changed for
 * the sender. Lines the bot already holds, old versions of lines, and lines of households
 * someone else ordered for change nothing. A problem is answered only for the last line (the
 * one the sender added): stale copies of other people's mistakes are not the sender's.
 * Returns whether the message held any order line (then the group-buy must be open).
 */
/** A chain as the sender sent it: their own line is the last one that orders something. */
interface ChainReading {
  gb: GroupBuy;
  codes: Set<string>;
  texts: { n: number; text: string }[];
  last: ChainLine;
  lastAt: number;
}

/**
 * Reads the sender's line of a chain (always in full); undefined when no line orders anything
 * ("谢谢团长"). Items named by what they hold ("肉禽的两份", "two meat packages") read as their letters;
 * an example line in the header ("例:5-302 B×2") is not an order.
 */
function readSendersLine(ctx: Ctx, gb: GroupBuy, text: string): ChainReading | undefined {
  const items = itemsOf(ctx.db, gb.id);
  const codes = new Set(items.map((i) => i.code));
  const texts = chainLineTexts(orderText(text, items));
  for (let at = texts.length - 1; at >= 0; at--) {
    if (/^(?:例|例如|格式|示例|比如)/.test(texts[at]!.text)) continue;
    const line = readChainLine(texts[at]!.text, texts[at]!.n, codes);
    // "取消" alone cancels the sender's own household's order.
    if (ordersSomething(line) || (line.cancel && at === texts.length - 1)) return { gb, codes, texts, last: line, lastAt: at };
  }
  return undefined;
}

function applyChain(ctx: Ctx, { gb, codes, texts, last, lastAt }: ChainReading): void {
  checkOpen(ctx, gb);
  // The copied lines above it: their signatures come from a cache of recent lines, so a line the
  // bot already holds is skipped without being read again or loading every line the group-buy has seen.
  const copied: { at: number; signature: string }[] = [];
  const codesKey = codesKeyOf(codes);
  for (let i = 0; i < lastAt; i++) {
    const known = lineSignature(texts[i]!.text, codes, codesKey);
    if (known) copied.push({ at: i, signature: known.signature });
  }
  const lastSignature = signatureOf(last)?.signature;
  const seen = seenAmong(ctx.db, gb.id, lastSignature === undefined ? copied.map((c) => c.signature) : [...copied.map((c) => c.signature), lastSignature]);
  const home = homeOf(ctx.member);
  const done: string[] = [];
  const apply = (line: ChainLine, isLast: boolean) => {
    const door = line.door ?? (isLast ? home ?? ownOrderDoor(ctx, gb) : undefined);
    if (!door) {
      if (isLast && line.items.size > 0) ctx.reply('groupbuy.needDoor');
      return;
    }
    const key = doorKey(door);
    const signature = `${key}|${line.cancel ? '取消1' : itemsSignature(line.items)}`;
    const own = mayChange(ctx, gb, key);
    if (!own && (!isLast || seen.has(signature))) return;
    try {
      done.push(orderFromLine(ctx, gb, line, door, home !== undefined && doorKey(home) !== key));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      if (isLast) ctx.reply(err.key, err.params);
    }
  };
  // Most lines of a copy are lines the bot already holds: skip them before any query.
  for (const { at, signature } of copied) {
    if (!seen.has(signature)) apply(readChainLine(texts[at]!.text, texts[at]!.n, codes), false);
  }
  apply(last, true);
  ackChanges(ctx, gb, done);
}

/** 「B+1」 / 「B-1」 under the chain (what its buttons stand for): one more, or one fewer, of an item. */
interface StepReading {
  gb: GroupBuy;
  step: { code: string; delta: 1 | -1 };
}
type ChainReply = ChainReading | StepReading;

function readStep(text: string, gb: GroupBuy, codes: string[]): StepReading | undefined {
  const m = STEP.exec(text.trim());
  const code = m?.[1]!.toUpperCase();
  if (!m || !code || !codes.includes(code)) return undefined;
  return { gb, step: { code, delta: m[2] === '+' ? 1 : -1 } };
}

/** One more or one fewer of an item for the tapper's own household, answered as an order line is. */
function applyStep(ctx: Ctx, { gb, step }: StepReading): void {
  checkOpen(ctx, gb);
  const home = homeOf(ctx.member);
  if (!home) {
    ctx.reply('groupbuy.needDoor');
    return;
  }
  const key = doorKey(home);
  const existing = orderForDoor(ctx.db, gb.id, key);
  const items = new Map(existing?.status === 'active' ? existing.items : []);
  const count = (items.get(step.code) ?? 0) + step.delta;
  if (count > 0) items.set(step.code, count);
  else items.delete(step.code);
  if (step.delta < 0 && (existing?.status !== 'active' || !existing.items.has(step.code))) {
    ctx.reply('groupbuy.stepNothing', { door: key, code: step.code });
    return;
  }
  const line: ChainLine = { line: 0, text: '', items, unknown: [], cancel: items.size === 0, badQuantity: false };
  try {
    ackChanges(ctx, gb, [orderFromLine(ctx, gb, line, home, false)]);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    ctx.reply(err.key, err.params);
  }
}

export const buyCommand = defineCommand({
  name: 'groupbuy.buy',
  menu: { for: ['private', 'group', 'admin'], about: 'groupbuy.menu', rank: 3 },
  aliases: ['buy', '下单', '团购', '跟团'],
  // "5-302 B两份", "Two of B for 12-1201", "团购我要两份鸡蛋": an order in plain words where one group-buy is open;
  // "帮5-302报 B×1": one for another household.
  recognise: recognisePlainOrder,
  choice: 'groupbuy.choice',
  offered: (s) => s.groupBuys.some((g) => !g.closed),
  needsCommunity: true,
  help: 'groupbuy.buyHelp',
  usage: 'groupbuy.buyUsage',
  parse(raw) {
    // "帮5-302报 B×1": an order for another household, the one who placed it recorded.
    const behalf = /^(?:帮|替|代)\s*(.*?)(?:报名|报|订)\s*(.*)$/.exec(raw);
    if (behalf) return { ...numberAndText(`${behalf[1]} ${behalf[2]}`), onBehalf: true };
    return { ...numberAndText(raw), onBehalf: false };
  },
  args: z.object({ id: z.number().int().positive().optional(), text: z.string(), onBehalf: z.boolean() }),
  handle(ctx, { id, text, onBehalf: behalf }) {
    if (text === '' && id === undefined) {
      const open = groupBuysOf(ctx.db, ctx.community.id, ['open']);
      if (open.length === 0) throw new UserError(noneOpen(ctx));
      ctx.replyText(open.map((g) => chainText(ctx, g, ctx.lang).split('\n').slice(0, 1).join('') + ` — /buy ${g.id} B 2`).join('\n'));
      return;
    }
    const gb = groupBuyForOrder(ctx, id);
    checkOpen(ctx, gb);
    const items = itemsOf(ctx.db, gb.id);
    const line = readChainLine(orderText(text, items), 0, new Set(items.map((i) => i.code)));
    const home = homeOf(ctx.member);
    const door = line.door ?? home ?? ownOrderDoor(ctx, gb);
    if (!door) throw new UserError('groupbuy.needDoor');
    const onBehalf = behalf || (line.door !== undefined && home !== undefined && doorKey(home) !== doorKey(line.door));
    ackChanges(ctx, gb, [orderFromLine(ctx, gb, line, door, onBehalf)]);
  },
});

export const chainCommand = defineCommand({
  name: 'groupbuy.chain',
  aliases: [],
  // A copied chain (the bot's, or WeChat's 「#接龙」 naming the group-buy): the sender's line.
  recognise: (text, s) => (s.replyTo?.kind === 'chain' ? undefined : recogniseChain(text, s)),
  needsCommunity: true,
  help: 'groupbuy.chainHelp',
  usage: 'groupbuy.buyUsage',
  parse: (raw) => ({ text: raw }),
  args: z.object({ text: z.string() }),
  handle(ctx, { text }) {
    const id = chainIdOf(text);
    let gb: GroupBuy;
    try {
      gb = id !== undefined ? groupBuyNumbered(ctx, id) : groupBuyForOrder(ctx, undefined);
    } catch (err) {
      // Text that merely mentions 团购接龙 (a forwarded bulletin) and names no door gets silence.
      if (err instanceof UserError && !readChain(text, new Set()).some((l) => l.door)) return;
      throw err;
    }
    const reading = readSendersLine(ctx, gb, text);
    if (reading) applyChain(ctx, reading);
  },
  onReply: {
    chain: defineReply({
      recognise: recogniseChain,
      confirm: 'groupbuy.confirmReply',
      read(ctx, refId, text): ChainReply | undefined {
        const gb = groupBuyById(ctx.db, refId);
        if (!gb || gb.community_id !== ctx.community.id) return undefined;
        const step = readStep(text, gb, itemsOf(ctx.db, gb.id).map((i) => i.code));
        // "谢谢团长" in reply to the chain is not an order: only lines naming a door or an item are.
        // Read as it was understood: a slow typist's 「我 要 两 份 B 7 号 楼 3 0 1」 names its door.
        // So is a line introduced in a story ("Here is my line: …") or said with a question about its delivery (「C 两份 几时到」).
        const items = itemsOf(ctx.db, gb.id);
        const reading = step ?? readSendersLine(ctx, gb, plainWords(spokenOrder(text, { id: gb.id, items })));
        // A reply of one line is plain words: its count may be said apart from its item, as the reading has it.
        if (reading && !('step' in reading) && reading.texts.length === 1) countSaidApart(reading.texts[0]!.text, reading.last);
        return reading;
      },
      handle: (ctx, _refId, reading) => ('step' in reading ? applyStep(ctx, reading) : applyChain(ctx, reading)),
    }),
  },
});

/** Durable jobs of this part, run when they fall due. */
export const orderJobs: Jobs = {
  'groupbuy.repost': (ctx, payload) => {
    const gb = groupBuyById(ctx.db, (payload as { id: number }).id);
    if (gb && gb.status === 'open' && gb.chain_version !== gb.posted_version && ctx.now() < gb.deadline_at) postChain(ctx, gb);
  },
};
