import { startPayload } from '../../src/runtime/start.js';
import { z } from 'zod';
import { defineCommand, type ParseContext, type CommunityCtx, hasCommunity } from '../../src/runtime/command.js';
import { langOfMember, type Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { buildingKey, doorKey, isHouseArea, doorLabel, findDoor, parseBuilding, parseDoor, type Door } from '../../src/kernel/fields/door.js';
import { findQuantity, parseQuantity } from '../../src/kernel/fields/quantity.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { endConversation, loadConversation, saveConversation } from '../../src/services/conversations.js';
import { homeOf, privateAddress, setHome, setPhone } from '../../src/services/members.js';
import { parseMedicineRequest, parseSubstituteAnswer, type MedicineDraft } from './read.js';
import { MAX_HOUSEHOLDS } from './households.js';
import { requestQuantities } from './items.js';
import { findDaysLeft } from './days.js';
import { isKindName } from './mentions.js';
import { recogniseMedicine } from './recognise.js';
import { teamAsksQueue } from './status-words.js';
import { createRequest, householdMembers } from './store/requests.js';
import { nameIn, requestDetails, type RequestView } from './text.js';

const CONVERSATION = 'medicine.request';
type Missing = 'items' | 'quantity' | 'door' | 'substitute';
interface State {
  draft: MedicineDraft;
  awaiting: Missing;
  /** Answers in a row that answered nothing: after two the question is let go (they are talking of something else). */
  missed?: number;
}

const DoorSchema = z.object({ area: z.string().optional(), building: z.string(), unit: z.string().optional(), room: z.string() });
const Single = z.object({
  items: z.array(
    z.object({
      name: z.string().min(1).max(60),
      strength: z.string().optional(),
      quantity: z.number().int().positive().max(999).optional(),
      unit: z.string().optional(),
      substitute: z.boolean().optional(),
    }),
  ).max(20),
  door: DoorSchema.optional(),
  patient: z.string().max(20).optional(),
  daysLeft: z.number().int().min(0).max(365).optional(),
  urgent: z.boolean(),
  hospital: z.string().max(30).optional(),
  onBehalf: z.boolean(),
  ownFamily: z.boolean(),
  question: z.boolean(),
  phone: z.string().max(20).optional(),
  unknown: z.array(z.string()).optional(),
  quantity: z.object({ n: z.number().int().positive().max(999), unit: z.string().optional() }).optional(),
  byName: z.boolean().optional(),
  part: z.string().max(100).optional(),
});
/** A message relaying several households carries each one's own request. */
const Draft = Single.extend({ households: z.array(Single).max(MAX_HOUSEHOLDS).optional() });

/** A first line naming a 团购接龙 (or "接龙 #7") with lines under it: a copied group-buy chain. */
const CHAIN_HEADER = /^[^\n]*(?:团购接龙|接龙\s*#\s*\d)[^\n]*\n/;

/** Twenty medicines fit in far less; longer text is something else. */
const MAX_REQUEST_LENGTH = 2000;

const KIN = /阿姨|叔叔|奶奶|爷爷|伯伯|阿婆|阿公|老伯|大爷|大妈|老师|先生|女士|师傅|外婆|外公|姥姥|姥爷|^我/;

/**
 * "/配药 …" or "配药 …" as written: what is there is read (a question is a request too:
 * "配药 能帮我配两盒拜新同吗"); words where a medicine should be that name none ("配药 哈哈") get
 * the right form; "帮…配药" in a group must name a door or a person.
 */
function parseRequest(raw: string, p: ParseContext): MedicineDraft {
  if (raw.length > MAX_REQUEST_LENGTH) throw new UserError('medicine.usage');
  const draft = parseMedicineRequest(raw);
  if (draft.items.length === 0 && draft.unknown && draft.daysLeft === undefined) throw new UserError('medicine.usage');
  if (p.isGroup && draft.items.length === 0 && draft.onBehalf && !draft.door && !KIN.test(draft.patient ?? '')) {
    throw new UserError('medicine.usage');
  }
  return draft;
}

export const medicineCommand = defineCommand({
  name: 'medicine',
  menu: { for: ['private', 'group', 'admin'], about: 'medicine.menu', rank: 2 },
  aliases: ['med', 'medicine', '配药', '代配药'],
  // Free text: a need for medicine, with or without its name (the name is then asked privately);
  // "配药", "我要配药", "帮5-302王阿姨配药 …" are read the same way.
  recognise: (text, s) => (text.length > MAX_REQUEST_LENGTH || CHAIN_HEADER.test(text) || teamAsksQueue(text, s) ? undefined : recogniseMedicine(text, s)),
  needsCommunity: true,
  confirm: { question: 'medicine.confirmAsk', privately: true },
  choice: 'medicine.choice',
  help: 'medicine.help',
  usage: 'medicine.usage',
  parse: parseRequest,
  args: Draft,
  handle(ctx, draft) {
    // "配药 哈哈": words where the medicine should be that name none get the right form (in private;
    // from a group the name is asked privately).
    if (!ctx.isGroup && draft.items.length === 0 && draft.unknown && draft.daysLeft === undefined) throw new UserError('medicine.usage');
    // 「配药」 alone in private (what the group's link sends): a request begun in a group before
    // this chat existed goes on from where it stopped.
    const parked = !ctx.isGroup && isEmpty(draft as MedicineDraft) ? unpark(ctx) : undefined;
    proceed(ctx, parked ?? (draft as MedicineDraft));
  },
  addTo: addToDraft,
  onConversation: {
    [CONVERSATION]: (ctx, raw, text, elsewhere) => {
      const state = raw as State;
      const draft = state.draft;
      if (!answer(draft, state.awaiting, text)) {
        // 「降压药」 asked for, then 「苯磺酸氨氯地平」 or 「絡活喜」: the name the kind stood for; the question stands.
        if (nameSaidForKind(draft, text)) return ask(ctx, draft, state.awaiting, false);
        // 「可以替换吗?」 — 「还有我家里血糖仪试纸也没了」: a further medicine is added, and what it still needs asked.
        if (state.awaiting !== 'items' && addedFurther(draft, text)) return ask(ctx, draft, firstMissing(draft) ?? state.awaiting, false, state.missed ?? 0, 'medicine.noted');
        // 「要几盒?」 — 「还有3天」: not the count, but what was said is kept, and the question asked again as a neighbour would.
        if (noted(draft, text)) return ask(ctx, draft, state.awaiting, false, state.missed ?? 0, 'medicine.noted');
        // 「可以替换吗?」 — 「12-302」: the door the request already has, said again (a relative making sure); the question stands.
        if (doorSaidAgain(draft, text)) return ask(ctx, draft, state.awaiting, false, state.missed ?? 0, 'medicine.noted');
        // Twice no answer, or a request of another kind instead: the request is put aside (and that request answered).
        const missed = (state.missed ?? 0) + 1;
        if (missed >= 2 || elsewhere) return letGo(ctx, state);
        ask(ctx, draft, state.awaiting, true, missed);
        return;
      }
      proceed(ctx, draft);
    },
  },
});

/**
 * Where a request begun in a group waits while the asker has no private chat yet: an address no
 * message comes from, so nothing said in the group is taken for its answer.
 */
const parkedAt = (ctx: Ctx) => ({ platform: ctx.member.platform, chatId: 'parked:medicine' });

/** The request parked for this person (it stays for the conversation's lifetime), taken out of its parking. */
function unpark(ctx: Ctx): MedicineDraft | undefined {
  const parked = loadConversation(ctx.db, ctx.member.id, parkedAt(ctx), ctx.now());
  if (parked?.kind !== CONVERSATION) return undefined;
  endConversation(ctx.db, ctx.member.id, parkedAt(ctx));
  return (parked.state as State).draft;
}

/** 「配药」 with nothing else said. */
const isEmpty = (d: MedicineDraft) =>
  d.items.length === 0 && !d.unknown?.length && !d.door && !d.patient && d.daysLeft === undefined && !d.hospital && !d.quantity && !d.urgent;

/**
 * More said while the request waits for a newcomer's door: a medicine not yet in it is added
 * (「还有硝苯地平」), else a count fills the medicine still without one (「两盒」).
 */
function addToDraft(kept: MedicineDraft, text: string): MedicineDraft | undefined {
  // (Several households' requests kept take nothing more: each household's words were its own.)
  if (kept.households) return undefined;
  const draft = structuredClone(kept);
  const named = parseMedicineRequest(text).items;
  const known = (name: string) => draft.items.some((i) => i.name === name || isKindName(i.name));
  const further = named.some((i) => !known(i.name));
  // The name said for a kind (「胰岛素」, then "Novorapid pens, 3 of them") takes its place, with its count; the same medicine
  // said again adds nothing.
  if (!further && !/还有|另外|也要|还要|\balso\b|\bplus\b/i.test(text) && nameSaidForKind(draft, text)) return draft;
  if (!further && firstMissing(draft) === 'quantity' && answer(draft, 'quantity', text)) return draft;
  if (!further && named.length > 0) return draft;
  return answer(draft, 'items', text) ? draft : undefined;
}

/** A count not known (「我也不知道」, 「随便」, "not sure"): the whole answer, nothing else said. */
const UNSURE = /^(?:我|俺|阿拉)?(?:也|还)?(?:不知道|不清楚|不晓得|勿晓得|唔知|搞不清|说不好|随便|都行|都可以|你们?看着办|看着(?:办|配)|not sure|(?:i )?(?:don'?t|do not) know|whatever)(?:呢|啊|呀|哦|吧|诶|欸|了)?[\s,,。.!!…]*$/i;

const HEDGES = /not sure[,,]?|\b(?:maybe|perhaps|probably|about|around|i think|i guess|roughly)\b|大概|大约|可能|差不多|应该|估计|吧|呢|[??~～]/gi;

/** Fills what the answer gives; false when it did not answer the question. */
/** A count said for every medicine at once. */
const EACH = /各|每样|每种|每一样|每一种|都是|都要|都配|都来|(?:两|二|2)样都|\beach\b|\bboth\b|\ball of them\b/i;

function answer(draft: MedicineDraft, awaiting: Missing, text: string): boolean {
  if (draft.households) {
    // Several households: the count is the one asked of a household; may it be substituted is asked once, of all.
    if (awaiting === 'door') {
      // 「这几户是几号楼的?」 — 「5号楼」: the building of every room said alone.
      const building = parseBuilding(text.trim());
      // Rooms said by number belong to a building, never to a lane or a village group.
      if (!building || isHouseArea(building)) return false;
      const area = /^(.+)区(.+)$/.exec(building);
      for (const h of draft.households) {
        if (h.door?.building !== '') continue;
        h.door = { ...h.door, building: area ? area[2]! : building, ...(area ? { area: area[1]! } : {}) };
      }
      return true;
    }
    if (awaiting !== 'substitute') {
      const household = waitingForQuantity(draft.households);
      return household !== undefined && answer(household, awaiting, text);
    }
    const ok = parseSubstituteAnswer(text);
    if (ok === undefined) return false;
    for (const item of draft.households.flatMap((h) => h.items)) item.substitute ??= ok;
    return true;
  }
  if (awaiting === 'items') {
    const more = parseMedicineRequest(text);
    if (more.items.length === 0) return false;
    // "能帮忙配两盒吗" … "拜新同": the two boxes said first are the medicine's.
    const first = more.items[0]!;
    if (first.quantity === undefined && draft.quantity) {
      first.quantity = draft.quantity.n;
      if (draft.quantity.unit) first.unit = draft.quantity.unit;
    }
    delete draft.quantity;
    draft.items.push(...more.items);
    draft.door ??= more.door;
    draft.patient ??= more.patient;
    draft.daysLeft ??= more.daysLeft;
    draft.hospital ??= more.hospital;
    draft.urgent ||= more.urgent;
    return true;
  }
  if (awaiting === 'quantity') {
    // 「一瓶半」 is no whole count: asked again rather than recorded as one.
    // "2 boxes", "amlodipine, 2 boxes": a count as the request reader finds it, in English too.
    // 「不知道」, 「随便」: the team starts from one, and the confirmation shows it.
    // "not sure, maybe 2?", 「大概两盒吧」: a count said with a hedge is the count.
    const sure = text.replace(HEDGES, ' ').trim();
    const q = UNSURE.test(text.trim()) ? { n: 1 } : /半|\.\d/.test(text) ? undefined : parseQuantity(sure) ?? requestQuantities(text)[0]?.quantity ?? findQuantity(text)?.quantity;
    const item = draft.items.find((i) => i.quantity === undefined);
    if (!q || !item || q.n <= 0 || q.n > 999) return false;
    // 「「高血压的药」要几盒?」 — 「氨氯地平 两盒」: the name said with the count is the medicine the kind stood for.
    const named = parseMedicineRequest(text).items;
    if (named.length === 1 && isKindName(item.name) && !isKindName(named[0]!.name)) item.name = named[0]!.name;
    // 「各两盒」, 「都要两盒」, "2 of each": the count of every medicine still without one.
    const each = EACH.test(text) ? draft.items.filter((i) => i.quantity === undefined) : [item];
    for (const i of each) {
      i.quantity = q.n;
      if (q.unit) i.unit = q.unit;
    }
    return true;
  }
  if (awaiting === 'door') {
    const door = parseDoor(text) ?? findDoor(text)?.door;
    if (!door) return false;
    draft.door = door;
    return true;
  }
  const ok = parseSubstituteAnswer(text);
  if (ok === undefined) return false;
  for (const item of draft.items) item.substitute ??= ok;
  return true;
}

function firstMissing(draft: MedicineDraft): Missing | undefined {
  if (draft.items.length === 0) return 'items';
  if (draft.items.some((i) => i.quantity === undefined)) return 'quantity';
  if (!draft.door) return 'door';
  if (draft.items.some((i) => i.substitute === undefined)) return 'substitute';
  return undefined;
}

/** Asks for what is missing, one question at a time, or records the request when nothing is. */
function proceed(ctx: Ctx, draft: MedicineDraft): void {
  if (!hasCommunity(ctx)) throw new UserError('medicine.noCommunity');
  // A phone number written in the request is kept with the writer and only ever shown masked.
  if (draft.phone && (!draft.onBehalf || !ctx.member.phone)) setPhone(ctx.db, ctx.member.id, draft.phone, ctx.now());
  if (draft.households) {
    proceedRelay(ctx, draft, draft.households);
    return;
  }
  // A request for one's own household (or one's own family) goes to the saved home; with no home saved yet, the
  // door of one's own request is the home (「我是3号楼201的 降压药没了」), so the next request is not asked it again.
  const home = homeOf(ctx.member);
  if (!draft.door && (!draft.onBehalf || draft.ownFamily)) draft.door = home;
  else if (!home && draft.door && !draft.onBehalf && !draft.patient) setHome(ctx.db, ctx.member.id, draft.door, ctx.now());
  const missing = firstMissing(draft);
  if (missing) ask(ctx, draft, missing, false);
  else submit(ctx, draft);
}

function question(ctx: Ctx, draft: MedicineDraft, missing: Missing): string {
  if (missing === 'items') return ctx.text('medicine.askItems');
  if (draft.households && missing === 'door') return ctx.text('medicine.askBuilding');
  const household = draft.households && waitingForQuantity(draft.households);
  if (household) return ctx.text('medicine.askQuantityAt', { door: doorLabel(household.door!, ctx.lang), name: nameIn(ctx.lang, household.items.find((i) => i.quantity === undefined)!.name) });
  if (draft.households) return ctx.text('medicine.askSubstituteAll');
  if (missing === 'quantity') return ctx.text('medicine.askQuantity', { name: nameIn(ctx.lang, draft.items.find((i) => i.quantity === undefined)!.name) });
  if (missing === 'door') {
    const whose = draft.onBehalf && draft.patient ? ctx.text('medicine.askDoorWhose', { patient: draft.patient }) : '';
    return ctx.text('medicine.askDoor', { whose });
  }
  return ctx.text('medicine.askSubstitute');
}

/** The one medicine of a kind (「降压药」) named by an answer of its own; whether it was. */
function nameSaidForKind(draft: MedicineDraft, text: string): boolean {
  const kinds = draft.items.filter((i) => isKindName(i.name));
  const said = parseMedicineRequest(text).items;
  if (draft.households || draft.items.length !== 1 || kinds.length !== 1 || said.length !== 1 || isKindName(said[0]!.name)) return false;
  kinds[0]!.name = said[0]!.name;
  if (said[0]!.strength) kinds[0]!.strength = said[0]!.strength;
  if (kinds[0]!.quantity === undefined && said[0]!.quantity !== undefined) kinds[0]!.quantity = said[0]!.quantity;
  return true;
}

/**
 * Medicines not yet in the request, said while a question waits, added to it (the days said with them count when fewer);
 * whether any was. (A name for a kind already asked for is `nameSaidForKind`'s.)
 */
function addedFurther(draft: MedicineDraft, text: string): boolean {
  if (draft.households) return false;
  const said = parseMedicineRequest(text);
  const further = said.items.filter((i) => !draft.items.some((d) => d.name === i.name));
  if (further.length === 0) return false;
  draft.items.push(...further);
  if (said.daysLeft !== undefined && (draft.daysLeft === undefined || said.daysLeft < draft.daysLeft)) draft.daysLeft = said.daysLeft;
  return true;
}

/**
 * An answer that gives what was not asked but belongs to the request — the days left (「还有3天」, "about a week left")
 * or the door — fills it when the request has none; whether it did.
 */
function noted(draft: MedicineDraft, text: string): boolean {
  if (draft.households) return false;
  let filled = false;
  // The days said now correct a vaguer 「快没了」 read before.
  const days = findDaysLeft(text);
  if (days && draft.daysLeft !== days.days) {
    draft.daysLeft = days.days;
    filled = true;
  }
  const door = draft.door ? undefined : parseDoor(text.trim()) ?? findDoor(text)?.door;
  if (door) {
    draft.door = door;
    filled = true;
  }
  return filled;
}

/** The whole answer is the request's own door again (「12-302」, 「12号楼302」). */
function doorSaidAgain(draft: MedicineDraft, text: string): boolean {
  const door = parseDoor(text.trim());
  return !draft.households && draft.door !== undefined && door !== undefined && doorKey(door) === doorKey(draft.door);
}

/** The request put aside for this person (「配药」 resumes it), left where it is. */
export function parkedDraft(ctx: Ctx): MedicineDraft | undefined {
  const parked = loadConversation(ctx.db, ctx.member.id, parkedAt(ctx), ctx.now());
  return parked?.kind === CONVERSATION ? (parked.state as State).draft : undefined;
}

/** The request whose questions are being asked here now (「要几盒?」 still unanswered), if any. */
export function draftBeingAsked(ctx: Ctx): MedicineDraft | undefined {
  const asking = loadConversation(ctx.db, ctx.member.id, ctx.here, ctx.now());
  return asking?.kind === CONVERSATION ? (asking.state as State).draft : undefined;
}

/** The request put aside for this person dropped (「不配了」 before it was ever sent); whether there was one. */
export function dropParked(ctx: Ctx): boolean {
  if (!parkedDraft(ctx)) return false;
  endConversation(ctx.db, ctx.member.id, parkedAt(ctx));
  return true;
}

/**
 * Twice an answer that answers nothing: the question stops, and the request is put aside, not lost —
 * 「配药」 picks it up where it stopped (as a request begun before a private chat existed is).
 */
function letGo(ctx: Ctx, state: State): 'released' {
  endConversation(ctx.db, ctx.member.id, ctx.here);
  saveConversation(ctx.db, ctx.member.id, parkedAt(ctx), CONVERSATION, { draft: state.draft, awaiting: state.awaiting }, ctx.now());
  ctx.reply('medicine.letGo');
  return 'released';
}

/** The questions are private: from a group the bot says so there and asks in the private chat. */
function ask(ctx: Ctx, draft: MedicineDraft, missing: Missing, again: boolean, missed = 0, before?: 'medicine.noted'): void {
  const state: State = { draft, awaiting: missing, ...(missed ? { missed } : {}) };
  const lead = again ? 'medicine.notUnderstood' : before;
  // English sentences need a space between them; Chinese ones none.
  const text = (lead ? ctx.text(lead) + (ctx.lang === 'en' ? ' ' : '') : '') + question(ctx, draft, missing);
  if (!ctx.isGroup) {
    saveConversation(ctx.db, ctx.member.id, ctx.here, CONVERSATION, state, ctx.now());
    ctx.replyText(text);
    return;
  }
  const to = privateAddress(ctx.member);
  if (!to) {
    // Kept aside until they write privately: the link (or 「配药」 there) picks it up.
    saveConversation(ctx.db, ctx.member.id, parkedAt(ctx), CONVERSATION, state, ctx.now());
    ctx.reply('medicine.needPrivate');
    return;
  }
  saveConversation(ctx.db, ctx.member.id, to, CONVERSATION, state, ctx.now());
  ctx.replyPrivatelyText(text);
  ctx.reply('medicine.continuePrivately');
}

/** Records one household's request: the row, the audit line, the log line (no medicine), and the household told privately. */
function record(ctx: CommunityCtx, draft: MedicineDraft, onBehalf: boolean): RequestView & { id: number; building: string } {
  const door = draft.door as Door;
  const community = ctx.community;
  const items = draft.items.map((i) => ({ ...i, quantity: i.quantity! }));
  const building = buildingKey(door);
  const id = createRequest(
    ctx.db,
    {
      communityId: community.id,
      requesterId: ctx.member.id,
      door,
      building,
      patient: draft.patient,
      onBehalf,
      daysLeft: draft.daysLeft,
      urgent: draft.urgent,
      hospital: draft.hospital,
      items,
    },
    ctx.now(),
  );
  ctx.record('medicine.submit', 'medicine_request', id, `items:${items.length}${onBehalf ? ';on-behalf' : ''}`);
  // Logs carry the number and counts, never a medicine.
  ctx.log.info({ requestId: id, items: items.length, building }, 'medicine request received');
  const view = { id, door: doorLabel(door), patient: draft.patient, daysLeft: draft.daysLeft, urgent: draft.urgent, hospital: draft.hospital, items };
  // Written for another household: the people living there hear of it too, privately.
  for (const m of householdMembers(ctx.db, community.id, doorKey(door))) {
    if (m.id === ctx.member.id) continue;
    const lang = langOfMember(m);
    ctx.tell(m, 'medicine.behalfNotice', { requester: ctx.member.display_name, id, details: requestDetails(lang, view) });
  }
  return { ...view, building };
}

function submit(ctx: CommunityCtx, draft: MedicineDraft): void {
  const view = record(ctx, draft, draft.onBehalf);
  const { id } = view;
  if (!ctx.isGroup) endConversation(ctx.db, ctx.member.id, ctx.here);
  const phone = draft.phone ? `\n${ctx.text('medicine.detailPhone', { phone: maskPhone(draft.phone) })}` : '';
  const confirm = ctx.text('medicine.confirm', { id, details: requestDetails(ctx.lang, view) + phone });
  if (ctx.isGroup) {
    const sent = ctx.replyPrivatelyText(confirm);
    // The link in the group resumes this request privately: its details, to check.
    ctx.reply(sent ? 'medicine.groupReceived' : 'medicine.groupReceivedNoPrivate', { id, building: view.building, startPayload: startPayload('medinfo', id) });
  } else {
    ctx.replyText(confirm);
  }
}

/** The first household still without a count for one of its medicines (asked one at a time, with its door). */
const waitingForQuantity = (households: MedicineDraft[]): MedicineDraft | undefined =>
  households.find((h) => readable(h) && h.items.some((i) => i.quantity === undefined));
/** A household's request that can be recorded once its counts are known: a medicine read, and a door. */
const readable = (h: MedicineDraft) => h.items.length > 0 && h.door !== undefined;

/**
 * A message relaying several households (a building lead's 「502阿婆 降压药2盒 601王老伯 胰岛素1支」): one request
 * per household, each with its own door and only its own medicines. A count missing is asked privately with the
 * door; may they be substituted, once for all. A part with no medicine read, or no door, is not guessed: it is told.
 */
function proceedRelay(ctx: CommunityCtx, draft: MedicineDraft, households: MedicineDraft[]): void {
  // Words of the writer's own with no door and no one named (「我自己要…」) are for the saved home, as a single request's are.
  for (const h of households) if (!h.door && h.items.length > 0 && !h.patient && (!h.onBehalf || h.ownFamily)) h.door = homeOf(ctx.member);
  if (households.some((h) => h.door?.building === '')) return ask(ctx, draft, 'door', false);
  if (waitingForQuantity(households)) return ask(ctx, draft, 'quantity', false);
  if (households.some((h) => readable(h) && h.items.some((i) => i.substitute === undefined))) return ask(ctx, draft, 'substitute', false);
  const home = homeOf(ctx.member);
  const views = households.filter(readable).map((h) => record(ctx, h, !home || doorKey(home) !== doorKey(h.door!)));
  if (!ctx.isGroup) endConversation(ctx.db, ctx.member.id, ctx.here);
  const unread = households.filter((h) => !readable(h));
  const lines = views.map((v) => ctx.text('medicine.relayLine', { id: v.id, details: requestDetails(ctx.lang, v) }));
  const notRead = unread.map((h) => ctx.text(h.door ? 'medicine.relayNoItems' : 'medicine.relayNoDoor', { door: h.door ? doorLabel(h.door, ctx.lang) : '', part: h.part ?? '' }));
  const confirm = ctx.text('medicine.relayConfirm', { n: views.length, lines: [...lines, ...notRead].join('\n\n') });
  if (!ctx.isGroup) {
    ctx.replyText(confirm);
    return;
  }
  // In the group: the numbers and buildings only, never a medicine, and how many parts were not read.
  const sent = ctx.replyPrivatelyText(confirm);
  const list = views.map((v) => ctx.text('medicine.relayGroupItem', { id: v.id, building: v.building })).join(ctx.lang === 'en' ? ', ' : '、');
  const unreadNote = unread.length > 0 ? ctx.text('medicine.relayGroupUnread', { n: unread.length }) : '';
  ctx.reply(sent ? 'medicine.relayGroupReceived' : 'medicine.relayGroupReceivedNoPrivate', { n: views.length, list, unread: unreadNote, startPayload: startPayload('mymed') });
}
