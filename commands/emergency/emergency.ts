import { postsWithButtons } from '../../src/outbox/store.js';
import { inCommunity } from '../../src/runtime/records.js';
import {  readRecordNumber } from '../../src/kernel/fields/record-number.js';
import type { Jobs } from '../../src/runtime/capability.js';
import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import { langOfMember, type Ctx, type JobCtx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import { doorKey, doorLabel, findDoor, parseDoor } from '../../src/kernel/fields/door.js';
import { localTime } from '../../src/kernel/time.js';
import type { Button, Lang, Platform } from '../../src/kernel/types.js';
import { allCommunities, canAnswerIn, chatByAddress, communityIds, groupsForBuilding, groupsOf, type Chat, type Community } from '../../src/services/communities.js';
import { endConversation } from '../../src/services/conversations.js';
import { keptRequest, YES } from '../../src/runtime/pending.js';
import { recogniseEmergency } from './recognise.js';
import { FIRE, speaksOfSelfHarm } from './signs.js';
import {
  addEvent,
  closeEmergency,
  createEmergency,
  emergencyById,
  latestEmergency,
  markEscalated,
  openEmergencies,
  respond,
  timeline,
  type Emergency,
} from './store/emergencies.js';
import { cancelJob, scheduleJob } from '../../src/services/jobs.js';
import { adoptCommunity, homeOf, memberById, memberByPlatformId, privateAddress, type Member } from '../../src/services/members.js';
import { PRIORITY } from '../../src/outbox/store.js';
import { MEDICAL_SKILLS } from '../volunteering/words.js';
import { volunteerMembers, volunteersWithAnySkill } from '../volunteering/store/volunteers.js';

/** Nobody answered in this long: the call goes out again, wider. */
export const ESCALATE_AFTER_MS = 2 * 60 * 1000;

// "我是医生,马上到" answers; a bare "到" or "在" answers only on its own ("到底怎么了" does not).
const RESPOND = /^(?:我是|我到|我来|我去|马上到|马上来|我在|我可以|i am|i'?m (?:a )?(?:doctor|nurse|coming|here|on my way)|coming|on my way)|^(?:到了?|在|here)[\s!!。.]*$/i;
const CLOSE = /^(?:已处理|处理完|结束|解除|关闭|没事了|close|resolved)/i;
const URGENT = { priority: PRIORITY.urgent };
const escalateKey = (id: number) => `emergency:${id}:escalate`;

/** "5号楼302" / "5-302", or who to ask when the place is unknown. */
export function place(lang: Lang, e: Pick<Emergency, 'door'>, reporterName: string): string {
  const door = e.door ? parseDoor(e.door) : undefined;
  if (!door) return t(lang, 'emergency.unknownPlace', { name: reporterName });
  return lang === 'en' ? doorKey(door) : doorLabel(door, lang);
}

export const reporterName = (ctx: JobCtx, e: Emergency) =>
  (e.reporter_member_id !== null ? memberById(ctx.db, e.reporter_member_id)?.display_name : undefined) ?? '?';

/** The button under a call: a tap is the reply 「到」 ("I'm going"), read as typing it would be. */
const goingButton = (lang: Lang): Button[][] => [[{ label: t(lang, 'emergency.button'), reply: '到' }]];

function postTo(ctx: JobCtx, chat: Pick<Chat, 'platform' | 'chat_id' | 'lang'>, e: Emergency, key: 'emergency.group' | 'emergency.groupAgain'): void {
  const lang = chat.lang ?? 'zh-CN';
  ctx.send(
    { platform: chat.platform, chatId: chat.chat_id },
    t(lang, key, { id: e.id, place: place(lang, e, reporterName(ctx, e)), name: reporterName(ctx, e) }),
    { ...URGENT, ref: { kind: 'emergency', id: e.id }, buttons: goingButton(lang) },
  );
}

/** Tells members privately, each in their language; returns how many could be reached. */
function tellAll(ctx: JobCtx, members: Member[], e: Emergency, key: 'emergency.medic' | 'emergency.volunteerAgain', skip: Set<number>): number {
  let reached = 0;
  for (const m of members) {
    if (skip.has(m.id)) continue;
    const lang = m.lang ?? 'zh-CN';
    const params = { id: e.id, place: place(lang, e, reporterName(ctx, e)), name: reporterName(ctx, e), detail: e.detail || t(lang, 'emergency.detailUnknown') };
    if (ctx.tell(m, key, params, { ...URGENT, ref: { kind: 'emergency', id: e.id }, buttons: goingButton(lang) })) reached++;
  }
  return reached;
}

function tellSecretaries(
  ctx: JobCtx,
  e: Emergency,
  key: 'emergency.secretary' | 'emergency.secretaryAgain' | 'emergency.secretaryResponder',
  extra: Record<string, string | number>,
  unreached: (lang: Lang) => string = () => '',
): void {
  for (const s of ctx.secretaries(e.community_id)) {
    const lang = s.lang ?? 'zh-CN';
    const params = {
      id: e.id,
      place: place(lang, e, reporterName(ctx, e)),
      name: reporterName(ctx, e),
      detail: e.detail || t(lang, 'emergency.detailUnknown'),
      unreached: unreached(lang),
      ...extra,
    };
    ctx.tell(s, key, params, { ...URGENT, ref: { kind: 'emergency', id: e.id } });
  }
}

const EmergencyArgs = z.object({ door: z.string().optional(), detail: z.string(), told119: z.boolean().optional() });
type EmergencyArgs = z.infer<typeof EmergencyArgs>;

/** Cries for help at the start of a message: the call itself, not what happened ("救命 老人晕倒了" → "老人晕倒了"). */
const CRY = /^(?:(?:救命啊?|救救我们?|快来人啊?|来人啊?|快来|求救|急救|紧急呼叫|紧急|sos|help|urgent)[\s!!,,。.、~～]*)+/i;

/** "/sos 5-302 老人昏迷" → the door, and what happened (the health detail, kept out of groups). */
function parseEmergency(raw: string): EmergencyArgs {
  const found = findDoor(raw);
  const rest = found ? raw.slice(0, found.index) + raw.slice(found.index + found.length) : raw;
  // The door taken out leaves its commas behind ("my wife collapsed, tower 3 flat 2801, not breathing").
  const detail = rest
    .replace(/\s+/g, ' ')
    .replace(/([,,、;;])(?:\s*[,,、;;])+/g, '$1')
    .trim()
    .replace(CRY, '')
    .replace(/^[\s,,、;;]+|[\s,,、;;]+$/g, '')
    .trim();
  return { door: found ? doorKey(found.door) : undefined, detail: detail.slice(0, 300) };
}

export const emergencyCommand = defineCommand({
  name: 'emergency',
  menu: { for: ['private', 'group', 'admin'], about: 'emergency.menu', rank: 1 },
  aliases: ['sos', '求救', '急救', '紧急呼叫', '紧急'],
  // Danger now, read with its evidence; the uncertain middle is asked (confirm below), never left in silence.
  // The door is the one the reading found (a blood pressure, a phone number or the 120 called beside it is no part of it).
  recognise: (text) => {
    const r = recogniseEmergency(text);
    if (!r) return undefined;
    const args = parseEmergency(text);
    // Not the text's first door either: the writer's own (「我是8号楼601的小李 … 看到楼梯口那个阿伯」) is not where help goes.
    return { ...r, args: { ...args, door: r.fields?.door } };
  },
  // Interrupts any open conversation: an emergency must never be taken for an answer to a question.
  priority: 100,
  confirm: { question: 'emergency.askGroup', ask: askFirst },
  choice: 'emergency.choice',
  help: 'emergency.help',
  usage: 'emergency.usage',
  parse: parseEmergency,
  args: EmergencyArgs,
  handle(ctx, args) {
    raise(ctx, args, ctx.member);
  },
  onReply: {
    emergency: defineReply({
      read(ctx, id, text) {
        const e = emergencyById(ctx.db, id);
        const answer = text.trim();
        if (!e) return undefined;
        if (CLOSE.test(answer)) return { op: 'close' as const, e };
        return RESPOND.test(answer) ? { op: 'respond' as const, e } : undefined;
      },
      // /sosclose is for secretaries by its roles; closing by a reply "已处理" is too.
      needs: (r) => (r.op === 'close' ? { roles: ['secretary'], refusal: 'emergency.onlySecretaryCloses' } : undefined),
      handle(ctx, id, { op, e }) {
        if (op === 'close') return close(ctx, e);
        respondTo(ctx, e);
      },
    }),
    // 「需要医护人员吗?」 answered 「是」 by anyone who quotes it: the call goes out for the writer.
    'emergency.ask': defineReply({
      read: (_ctx, _writerId, text) => (YES.test(text.trim()) ? true : undefined),
      handle(ctx, writerId) {
        const writer = memberById(ctx.db, writerId);
        if (!writer) return;
        const kept = keptRequest(ctx.db, writer.id, ctx.here, ctx.now());
        const args = kept?.command === 'emergency' ? EmergencyArgs.safeParse(kept.args) : undefined;
        endConversation(ctx.db, writer.id, ctx.here);
        raise(ctx, args?.success ? args.data : { detail: '' }, writer);
      },
    }),
  },
});

/**
 * The uncertain middle (「老人不太舒服」, 「楼下好像有人倒了?」): the group is asked whether medical
 * help is needed, and the secretaries hear of it privately at once; 「是」 pages.
 */
function askFirst(ctx: Ctx, args: EmergencyArgs): EmergencyArgs {
  const { door, detail } = args;
  // A fire with nobody yet said to be in danger (「楼下垃圾桶着火了」): 119 first, then whether anyone is hurt or trapped.
  const fire = FIRE.test(detail);
  if (ctx.isGroup) ctx.send(ctx.here, ctx.text(fire ? 'emergency.askFire' : 'emergency.askGroup'), { ...URGENT, replyTo: ctx.msg.messageId, ref: { kind: 'emergency.ask', id: ctx.member.id } });
  else ctx.reply(fire ? 'emergency.askFire' : 'emergency.askPrivate', {}, URGENT);
  // The writer's saved home when no door is written, as the page would have it (it said 「位置:未知」 for a known resident).
  const home = homeOf(ctx.member);
  const at = door ?? (home ? doorKey(home) : undefined);
  for (const s of secretariesFor(ctx)) {
    const lang = langOfMember(s);
    const params = { name: ctx.member.display_name, place: at ?? t(lang, 'emergency.placeOf', { name: ctx.member.display_name }), detail: detail || t(lang, 'emergency.detailUnknown'), where: ctx.isGroup ? (ctx.chat.title ?? '') : t(lang, 'emergency.inPrivate') };
    ctx.tell(s, 'emergency.askSecretary', params, URGENT);
  }
  ctx.record('emergency.ask', 'member', ctx.member.id);
  // 「是」 pages without saying 119 again.
  return { ...args, told119: fire };
}

/** The secretaries who hear of an emergency: the community's, or when the writer has none, those of every community the bot serves. */
function secretariesFor(ctx: Ctx): Member[] {
  if (ctx.community) return ctx.secretaries(ctx.community.id);
  const all = new Map<number, Member>();
  for (const id of communityIds(ctx.db)) for (const s of ctx.secretaries(id)) all.set(s.id, s);
  for (const s of adminMembers(ctx)) all.set(s.id, s);
  return [...all.values()];
}

/** LINLI_ADMINS the bot has met (secretaries of every community, even before one is bound). */
function adminMembers(ctx: Ctx): Member[] {
  return ctx.config.admins.flatMap((q) => {
    const at = q.indexOf(':');
    const m = memberByPlatformId(ctx.db, q.slice(0, at) as Platform, q.slice(at + 1));
    return m ? [m] : [];
  });
}

/** Raises the call: the group(s), every doctor and nurse volunteer, the secretary, at once and ahead of anything queued. */
function raise(ctx: Ctx, { door, detail, told119 }: EmergencyArgs, reporter: Member): void {
  // A fire with someone in it: the fire brigade is called before anything else (unless the question about it said so).
  if (FIRE.test(detail) && !told119) ctx.reply('emergency.call119', {}, URGENT);
  const community = ctx.community ?? soleCommunityFor(ctx, door);
  if (!community) return callWithoutCommunity(ctx, detail);
  const home = homeOf(reporter);
  const doorText = door ?? (home ? doorKey(home) : null);
  // The same caller again for the same home while their call is open (「他嘴唇有点发紫」 after 「在抽搐」): news of that call,
  // passed on — a second call paged everyone again under another number.
  // (Another of the household calling for the same door too: 「我爸晕倒了」 from the son, then from the mother.)
  const open = openCallsRecent(ctx, community.id).find((e) => e.door === doorText && (e.reporter_member_id === reporter.id || doorText !== null));
  if (open) {
    const responder = passOnToCall(ctx, open, detail);
    if (responder) ctx.reply('emergency.updatePassedOn', { name: responder.display_name }, URGENT);
    else ctx.reply('emergency.stillCalling', { id: open.id }, URGENT);
    return;
  }
  // Raised in private: the groups of that building (or every residents' group) hear it.
  const groups: Pick<Chat, 'platform' | 'chat_id' | 'lang'>[] = ctx.isGroup
    ? [ctx.chat]
    : doorText
      ? groupsForBuilding(ctx.db, community.id, parseDoor(doorText)!.building)
      : groupsOf(ctx.db, community.id).filter((c) => c.purpose !== 'volunteers');
  // The call lives in a group where responders can answer it (a WeCom robot's group only hears it).
  const first = groups.find(canAnswerIn) ?? groups[0] ?? { platform: ctx.msg.platform, chat_id: ctx.msg.chatId, lang: null };
  const id = createEmergency(
    ctx.db,
    { communityId: community.id, platform: first.platform, chatId: first.chat_id, door: doorText, detail: detail || null, reporterId: reporter.id },
    ctx.now(),
  );
  const e = emergencyById(ctx.db, id)!;
  // Told first: a person in danger calls 120 before anything else.
  if (!ctx.isGroup) ctx.reply('emergency.raisedPrivate', { id }, URGENT);
  if (!ctx.isGroup && speaksOfSelfHarm(detail)) ctx.reply('emergency.crisisLine', {}, URGENT);
  for (const g of groups) postTo(ctx, g, e, 'emergency.group');
  const medics = volunteersWithAnySkill(ctx.db, community.id, MEDICAL_SKILLS);
  const told = tellAll(ctx, medics, e, 'emergency.medic', new Set([reporter.id]));
  // On Telegram a bot cannot write first: the secretary learns whom to phone instead.
  const unreached = medics.filter((m) => m.id !== reporter.id && !privateAddress(m));
  const unreachedText = (lang: Lang) =>
    unreached.length > 0 ? t(lang, 'emergency.unreached', { count: unreached.length, names: unreached.map((m) => m.display_name).join(t(lang, 'vol.sep')) }) : '';
  tellSecretaries(ctx, e, 'emergency.secretary', { medics: told }, unreachedText);
  addEvent(ctx.db, id, 'notified', null, told, ctx.now());
  scheduleJob(ctx.db, { kind: 'emergency.escalate', key: escalateKey(id), dueAt: ctx.now() + ESCALATE_AFTER_MS, payload: { id } }, ctx.now());
  // The audit trail and the logs carry the id only: the place and the detail are health data.
  ctx.record('emergency.raise', 'emergency', id, `medics=${told}`);
}

/** How long after a call its caller's further words are taken as news of it. */
const UPDATE_WINDOW_MS = 3 * 60 * 60_000;

/** The community's calls still open, made in the last hours, newest first. */
const openCallsRecent = (ctx: Ctx, communityId: number): Emergency[] =>
  openEmergencies(ctx.db, communityId)
    .filter((e) => ctx.now() - e.created_at <= UPDATE_WINDOW_MS)
    .sort((a, b) => b.created_at - a.created_at);

/** The open call for help this person made in the last hours, the newest. */
export const ownOpenCall = (ctx: Ctx, communityId: number, memberId: number): Emergency | undefined =>
  openCallsRecent(ctx, communityId).find((e) => e.reporter_member_id === memberId);

/**
 * The caller's further words passed on, privately: to whoever is going, else to the medical volunteers paged; and to the
 * secretaries. Health details, so never in a group nor in a log line. Returns whoever is going.
 */
export function passOnToCall(ctx: Ctx, e: Emergency, text: string): Member | undefined {
  const responder = e.responder_member_id !== null ? memberById(ctx.db, e.responder_member_id) : undefined;
  const medics = responder ? [responder] : volunteersWithAnySkill(ctx.db, e.community_id, MEDICAL_SKILLS);
  const seen = new Set([ctx.member.id]);
  for (const m of [...medics, ...ctx.secretaries(e.community_id)]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const lang = m.lang ?? 'zh-CN';
    ctx.tell(m, 'emergency.updateFromCaller', { id: e.id, name: ctx.member.display_name, place: place(lang, e, reporterName(ctx, e)), text }, { ...URGENT, ref: { kind: 'emergency', id: e.id } });
  }
  ctx.record('emergency.update', 'emergency', e.id);
  return responder;
}

/**
 * Someone the bot does not know yet who writes privately with the door of the one in danger (「救命 我老头子倒在地上叫不醒
 * 3号楼402」), when the bot serves one community only: that is where it happens, so the call goes out as a resident's
 * would — the building's group, the doctors and nurses, the secretary — and the writer is taken as a resident of it.
 * Without a door, or with several communities served, the secretaries are told and the writer asked where.
 */
function soleCommunityFor(ctx: Ctx, door: string | undefined): Community | null {
  if (ctx.isGroup || !door) return null;
  const communities = allCommunities(ctx.db);
  if (communities.length !== 1) return null;
  adoptCommunity(ctx.db, ctx.member.id, communities[0]!.id);
  ctx.record('member.community', 'member', ctx.member.id);
  return communities[0]!;
}

/**
 * Someone the bot does not know (or a group not bound yet): told at once to call 120, and the
 * secretaries of every community the bot serves hear of it, with whom to call back.
 */
function callWithoutCommunity(ctx: Ctx, detail: string): void {
  ctx.reply('emergency.call120', {}, URGENT);
  if (!ctx.isGroup && speaksOfSelfHarm(detail)) ctx.reply('emergency.crisisLine', {}, URGENT);
  for (const s of secretariesFor(ctx)) {
    const lang = langOfMember(s);
    ctx.tell(s, 'emergency.strangerSecretary', { name: ctx.member.display_name, detail: detail || t(lang, 'emergency.detailUnknown'), where: ctx.chat.title ?? t(lang, 'emergency.privateChat') }, URGENT);
  }
  ctx.record('emergency.stranger', 'member', ctx.member.id);
}

/** A volunteer answers an emergency: the first is announced to the group, the rest are told who is going. */
function respondTo(ctx: Ctx, e: Emergency): void {
      const id = e.id;
      if (e.status !== 'open') {
        ctx.reply('emergency.closedAlready', { id });
        return;
      }
      const { first, responder } = respond(ctx.db, id, ctx.member.id, ctx.now());
      ctx.record('emergency.respond', 'emergency', id, first ? 'first' : 'also');
      const where = place(ctx.lang, e, reporterName(ctx, e));
      if (!first) {
        ctx.reply('emergency.alsoResponding', { name: responder?.display_name ?? '?', place: where });
        return;
      }
      cancelJob(ctx.db, escalateKey(id));
      const chat = chatByAddress(ctx.db, e.platform as Platform, e.chat_id);
      const lang = chat?.lang ?? 'zh-CN';
      ctx.send(
        { platform: e.platform as Platform, chatId: e.chat_id },
        t(lang, 'emergency.responded', { id, name: ctx.member.display_name, place: place(lang, e, reporterName(ctx, e)) }),
        { ...URGENT, ref: { kind: 'emergency', id } },
      );
      if (ctx.msg.chatId !== e.chat_id) ctx.reply('emergency.responded', { id, name: ctx.member.display_name, place: where }, URGENT);
      // A tap in the group: the group hears who is going (above); the tapper is thanked alone.
      else if (ctx.tapped) ctx.reply('emergency.youAreGoing', { place: where }, URGENT);
      tellSecretaries(ctx, e, 'emergency.secretaryResponder', { name: ctx.member.display_name });
      // The one who asked for help hears that someone is coming, in their own chat (a private call has no group to read).
      const reporter = e.reporter_member_id !== null && e.reporter_member_id !== ctx.member.id ? memberById(ctx.db, e.reporter_member_id) : undefined;
      if (reporter && ctx.msg.chatId !== privateAddress(reporter)?.chatId) ctx.tell(reporter, 'emergency.comingToYou', { name: ctx.member.display_name, place: place(langOfMember(reporter), e, reporter.display_name) }, URGENT);
}

/** Durable jobs of this part, run when they fall due. */
export const emergencyJobs: Jobs = {
  'emergency.escalate'(ctx, payload) {
    const { id } = payload as { id: number };
    if (!markEscalated(ctx.db, id, ctx.now())) return;
    const e = emergencyById(ctx.db, id)!;
    const groups = groupsOf(ctx.db, e.community_id);
    const original = { platform: e.platform as Platform, chat_id: e.chat_id, lang: chatByAddress(ctx.db, e.platform as Platform, e.chat_id)?.lang ?? null };
    const all = groups.some((g) => g.platform === original.platform && g.chat_id === original.chat_id) ? groups : [original, ...groups];
    for (const g of all) postTo(ctx, g, e, 'emergency.groupAgain');
    const volunteers = tellAll(ctx, volunteerMembers(ctx.db, e.community_id), e, 'emergency.volunteerAgain', new Set(e.reporter_member_id ? [e.reporter_member_id] : []));
    tellSecretaries(ctx, e, 'emergency.secretaryAgain', { groups: all.length, volunteers });
    addEvent(ctx.db, id, 'escalated', null, volunteers, ctx.now());
    ctx.audit({ actorMemberId: null, communityId: e.community_id, action: 'emergency.escalate', recordKind: 'emergency', recordId: id, detail: `volunteers=${volunteers}` });
  },
};

function close(ctx: Ctx, e: Emergency): void {
  if (!closeEmergency(ctx.db, e.id, ctx.member.id, ctx.now())) throw new UserError('emergency.closedAlready', { id: e.id });
  cancelJob(ctx.db, escalateKey(e.id));
  ctx.record('emergency.close', 'emergency', e.id);
  // The calls' 我去 buttons go: the posts say it is over.
  for (const post of postsWithButtons(ctx.db, { kind: 'emergency', id: e.id })) {
    const lang = chatByAddress(ctx.db, post.platform, post.chat_id)?.lang ?? 'zh-CN';
    ctx.send({ platform: post.platform, chatId: post.chat_id }, t(lang, 'emergency.closed', { id: e.id }), { edits: post.id });
  }
  const chat = chatByAddress(ctx.db, e.platform as Platform, e.chat_id);
  ctx.send({ platform: e.platform as Platform, chatId: e.chat_id }, t(chat?.lang ?? 'zh-CN', 'emergency.closed', { id: e.id }), { ref: { kind: 'emergency', id: e.id } });
  if (ctx.msg.chatId !== e.chat_id) ctx.reply('emergency.closed', { id: e.id });
}

const CallNumber = z.object({ id: z.number().int().optional() });
function parseCallNumber(raw: string): { id?: number } {
  const id = readRecordNumber(raw);
  if (id === undefined) return {};
  return { id: Number.isNaN(id) ? -1 : id };
}

const findCall = (ctx: Ctx, id: number): Emergency => inCommunity(ctx, emergencyById(ctx.db, id), 'emergency.notFound', { id });

export const emergencyCloseCommand = defineCommand({
  name: 'emergency.close',
  aliases: ['sosclose', '结束紧急', '解除紧急', '关闭紧急', '结束急救', '结束呼叫'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'emergency.closeHelp',
  usage: 'emergency.closeUsage',
  parse: parseCallNumber,
  args: CallNumber,
  handle(ctx, { id }) {
    if (id === -1) throw new UserError('emergency.closeUsage');
    if (id !== undefined) return close(ctx, findCall(ctx, id));
    const open = openEmergencies(ctx.db, ctx.community.id);
    if (open.length === 0) throw new UserError('emergency.noneOpen');
    if (open.length > 1) throw new UserError('emergency.whichOne', { ids: open.map((e) => `#${e.id}`).join(' '), first: open[0]!.id });
    close(ctx, open[0]!);
  },
});

export const emergencyLogCommand = defineCommand({
  name: 'emergency.log',
  aliases: ['soslog', '紧急记录', '急救记录', '呼叫记录'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'emergency.logHelp',
  usage: 'emergency.logUsage',
  parse: parseCallNumber,
  args: CallNumber,
  handle(ctx, { id }) {
    if (id === -1) throw new UserError('emergency.logUsage');
    const e = id !== undefined ? findCall(ctx, id) : latestEmergency(ctx.db, ctx.community.id);
    if (!e) throw new UserError('emergency.noneOpen');
    const tz = ctx.config.timeZone;
    const lines = [ctx.text('emergency.logTitle', { id: e.id, place: place(ctx.lang, e, reporterName(ctx, e)), status: ctx.text(`emergency.status.${e.status}`) })];
    for (const ev of timeline(ctx.db, e.id)) {
      lines.push(ctx.text(`emergency.event.${ev.kind}`, { time: localTime(ev.at, tz), name: ev.member_name ?? '?', count: ev.count ?? 0 }));
    }
    // The timeline names the place: it goes to the secretary privately.
    ctx.answerPrivately(lines.join('\n'), { saidInGroup: 'emergency.logSent' });
  },
});

/**
 * A doctor or nurse paged privately who answers in that chat without quoting the page (「我去」, 「到」, "on my way"): with
 * one call open in their community, that is the call they answer; with several, they are asked to answer the page itself.
 */
const RESPOND_WHOLE = /^(?:好的?[,,\s]*)?(?:我是(?:医生|护士)?|我到|我来|我去|我马上(?:到|来|去|下楼)?|马上到|马上来|马上去|到|在|收到[,,\s]*(?:我去|马上到|马上去))[!!。.\s]*$|^(?:i'?m (?:coming|on my way)|on my way|coming|omw)[!.\s]*$/i;

/** The open calls a medical volunteer of the community can answer (none for anyone else). */
function openCallsFor(ctx: Ctx): Emergency[] {
  if (!ctx.community) return [];
  const medic = volunteersWithAnySkill(ctx.db, ctx.community.id, MEDICAL_SKILLS).some((m) => m.id === ctx.member.id);
  return medic ? openEmergencies(ctx.db, ctx.community.id) : [];
}

export const respondPrivatelyCommand = defineCommand({
  name: 'emergency.respond',
  aliases: ['respond', '响应'],
  recognise: (text, s) => (!s.isGroup && s.ownOpen?.includes('emergency') && RESPOND_WHOLE.test(text.trim()) ? { intent: 'emergency.respond', confidence: 0.95, evidence: [text.trim()] } : undefined),
  // An answer to a page is never taken for an answer to another question.
  priority: 100,
  needsCommunity: true,
  help: 'emergency.help',
  usage: 'emergency.usage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const open = openCallsFor(ctx);
    if (open.length === 0) throw new UserError('emergency.noneToAnswer');
    if (open.length === 1) return respondTo(ctx, open[0]!);
    // Two calls at once: which one is theirs to say, by answering its own page.
    const calls = open.map((e) => `#${e.id} ${place(ctx.lang, e, reporterName(ctx, e))}`).join('\n');
    ctx.reply('emergency.whichCall', { calls }, URGENT);
  },
});

export const emergencyCommands = [emergencyCommand, emergencyCloseCommand, emergencyLogCommand, respondPrivatelyCommand];

/** A medical volunteer with a call open in their community: a bare 「我去」 privately answers it. */
export const hasOpenCallToAnswer = (ctx: Ctx): boolean => openCallsFor(ctx).length > 0;
