import { doorKey, findDoor, type Door, type DoorMatch } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import { normalize } from '../../src/kernel/normalize.js';
import { findDaysLeft } from './days.js';
import { householdParts, MAX_HOUSEHOLDS, type Part } from './households.js';
import { afterLastCorrection, findMentions, plausible, type Mention } from './mentions.js';
import {
  blank,
  clean,
  cut,
  cutMatch,
  itemsAt,
  itemsBySegment,
  MEDICINE_WORDS,
  NO_SUBSTITUTE,
  QUESTION,
  requestQuantities,
  SUBSTITUTE_OK,
  type MedicineItem,
} from './items.js';

export { MEDICINE_WORDS, type MedicineItem };

/** What a medicine request message says. Pure: no database, no member. */
export interface MedicineDraft {
  items: MedicineItem[];
  door?: Door;
  patient?: string;
  daysLeft?: number;
  urgent: boolean;
  hospital?: string;
  /** Written for someone else ("帮5-302王阿姨配药"). */
  onBehalf: boolean;
  /** The someone else is the writer's own family ("帮我妈配药"): the writer's home is theirs. */
  ownFamily: boolean;
  /** The message reads as a question or chatter, not a request. */
  question: boolean;
  /** A mobile number written in the request: kept on the member, shown only masked. */
  phone?: string;
  /** Words standing where a medicine's name would, that read as none ("配药 哈哈"). */
  unknown?: string[];
  /** A quantity said before the name is known ("能帮忙配两盒吗"): it goes to the medicine named next. */
  quantity?: { n: number; unit?: string };
  /** The items were found by their names (the lexicon, a generic's ending, after 配/买), not by their place beside a quantity. */
  byName?: boolean;
  /**
   * A message relaying several households (a building lead's 「502阿婆 降压药2盒 601王老伯 胰岛素1支」): each one's
   * own request, read from its own words. The draft itself stays the reading of the whole message.
   */
  households?: MedicineDraft[];
  /** The words a household's request was read from (to say which part could not be read). */
  part?: string;
}

// "配药" and the polite words around it; what is left is the request itself.
const REQUEST_WORDS = /(?:我|我们)?(?:要|想|想要|需要|请|麻烦|帮忙|请帮忙)?(?:代)?(?:配|開|开)(?:个|一下|点)?药[::]?|代配|药品清单|药单|药名[::]?|药品[::]?|规格[::]?|数量[::]?|谢谢(?:了|您|你)?|麻烦(?:了|您|你)|辛苦(?:了|您|你)/g;
// 「帮5号楼302的王阿婆登记配药」: 登记 is the asking, not the patient's name.
const BEHALF = /^(?:请|麻烦)?(?:帮|替|代|给)\s*([^\n]{0,16}?)\s*(?:登记|报名|报|申请)?\s*(?:配药|配个药|配点药|配一下药|开药|买药)[::]?/;

// 急支糖浆 is a cough syrup and 急诊 the emergency room, not urgency.
const URGENT = /(?:很|非常|比较|特别)?(?:加急|紧急|着急|急用|急需|急件|急(?![支诊]))[!!]*|urgent|asap/gi;

const HOSPITAL_NAME =
  /(?:想|最好|要|请|尽量)?(?:去|到|在)?((?:(?![去到在的话谁我你他她那这要也就还有能可以说本人帮带配开买拿])[\u4e00-\u9fff]){2,8}?(?:医院|卫生服务中心|卫生中心|卫生院|门诊部|大药房|药房))(?:配药|配|开|买|拿)?(?:药)?/;
const HOSPITAL_LABEL = /(?:医院|hospital)[::]\s*([\u4e00-\u9fffA-Za-z]{2,14})/i;

// A domestic helper writes for her employer's household: 「雇主家老太太」 is who the medicine is for, whole (it was 「主家老太太」).
const HONORIFIC = /((?:(?:雇主|东家|東家|主人)家?|(?:(?![的下上长我你他她伊侬])[\u4e00-\u9fff]){1,2})(?:阿姨|叔叔|奶奶|爷爷|伯伯|大爷|大妈|阿婆|阿公|老伯|先生|女士|师傅|老师|婆婆|外婆|外公|姥姥|姥爷|老太太|老太婆|老太|爷叔|阿叔))/;
const NAME_LABEL = /(?:(?:姓名|名字|病人姓名|患者姓名)[::]?|(?:病人|患者)[::])\s*([\u4e00-\u9fff]{2,4})/;

/** The writer saying who they are: 「我是3号楼201的」, "I'm Daniel from 11-402", "I live in 7-802". */
const WRITER_BEFORE = /(?:我是|我住(?:在)?|本人|\bi'?m\b|\bi am\b|\bi live\b|\bfrom\b|\bwe(?:'re| are| live)\b)[^,,。.!!\n]{0,12}$/i;
/** Someone else, a neighbour the medicine is for: 「楼下王阿姨(3号楼101)」, "my neighbour Mrs. Liu (11-302)". */
const THIRD_PARTY = /邻居|阿姨|叔叔|伯伯|奶奶|爷爷|阿婆|阿公|老人|楼下|楼上|隔壁|对门|\bneighbou?r\b|\bmrs?\.?\s|\bms\.?\s|\bgrandma\b|\bgrandpa\b|\bauntie\b|\buncle\b/i;

/**
 * 「我是3号楼201的小李 楼下王阿姨(3号楼101)…」: the writer's door said first and a neighbour's after it; the
 * medicine goes to the neighbour's.
 */
function patientDoor(text: string): DoorMatch | undefined {
  const first = findDoor(text);
  if (!first || !WRITER_BEFORE.test(text.slice(Math.max(0, first.index - 16), first.index))) return undefined;
  const second = findDoor(cut(text, first.index, first.length));
  if (!second) return neighbourRoom(text, first);
  if (second.index < first.index) return undefined;
  return THIRD_PARTY.test(text.slice(first.index + first.length, second.index).slice(-40)) ? second : undefined;
}

/** A room alone, not a count or a dose: 502 in 「帮502阿婆配」, "in 402". */
const BARE_ROOM = /(?<![\d.\-])(?:[1-3]?\d0[1-9]|[1-9]\d{2})(?![\d.]|\s*(?:元|块|盒|片|粒|瓶|支|mg|毫克|克|ml|号|栋|幢|楼|个|份|天|次|boxes|box|pills|tablets|days))/gi;
/**
 * 「我住5-301, 帮502阿婆配…」, 「我是3号楼201的 楼上501王伯伯…」, "I live at 8-302, my neighbour in 402 needs…": the
 * writer's door, then a neighbour's room alone, named as a neighbour's: the neighbour's door, in the writer's building.
 */
function neighbourRoom(text: string, writer: DoorMatch): DoorMatch | undefined {
  const after = writer.index + writer.length;
  for (const room of text.slice(after).matchAll(BARE_ROOM)) {
    const at = after + room.index;
    const near = text.slice(Math.max(after, at - 16), at) + ' ' + text.slice(at + room[0].length, at + room[0].length + 6);
    if (THIRD_PARTY.test(near) && room[0] !== writer.door.room) return { door: { ...writer.door, room: room[0] }, index: at, length: room[0].length };
  }
  return undefined;
}

/** Reads a medicine request in any of the forms residents write it. */
export function parseMedicineRequest(input: string): MedicineDraft {
  return parseNormalized(normalize(input));
}

/** The same, for text the router already normalised (no second pass through OpenCC). */
export function parseNormalized(normalized: string, found?: Mention[], onePart = false): MedicineDraft {
  // Every part read is blanked out in place (same length), so what is left keeps its position
  // and a quantity can be told to belong to the medicine before it.
  let text = normalized;
  const draft: MedicineDraft = { items: [], urgent: false, onBehalf: false, ownFamily: false, question: false };
  draft.question = QUESTION.test(text);
  const phone = findPhone(text);
  if (phone) {
    draft.phone = phone.phone;
    text = cut(text, phone.index, phone.length);
  }
  // The mentions of the text as given, when the caller has read them already (a phone number names no medicine).
  const mentions = found ?? findMentions(text);
  const households = onePart ? undefined : readHouseholds(text, mentions);
  if (households) draft.households = households;
  for (const m of mentions) text = cut(text, m.index, m.length, '\u0001');

  const behalf = BEHALF.exec(text);
  let target: string | undefined;
  if (behalf) {
    const who = behalf[1]!.trim();
    text = `${who}${' '.repeat(behalf[0].length - who.length)}${text.slice(behalf[0].length)}`;
    if (who !== '' && !/^(?:我|我们|忙|一下)$/.test(who)) {
      draft.onBehalf = true;
      draft.ownFamily = who.startsWith('我');
      target = who;
    }
  }
  text = blank(text, REQUEST_WORDS);

  const door = patientDoor(text) ?? findDoor(text) ?? roomUnderBuilding(text);
  if (door) {
    draft.door = door.door;
    text = cut(text, door.index, door.length);
  }

  if (target !== undefined) {
    // 「5号楼302的王阿婆」: the door's 的 joins it to the name, and is no part of it.
    const patient = clean((findDoor(target) ? cutMatch(target, findDoor(target)!) : target).replace(/^\s*的/, ''));
    if (patient && patient.length <= 8) {
      draft.patient = patient;
      const at = text.indexOf(patient);
      if (at >= 0) text = cut(text, at, patient.length);
    }
  }
  if (!draft.patient) {
    const named = NAME_LABEL.exec(text) ?? HONORIFIC.exec(text);
    if (named) {
      draft.patient = named[1]!;
      text = cut(text, named.index, named[0].length);
    }
  }

  // 「还有十天左右不对…只有六粒了就是六天吧」: the days said after a correction are the ones meant.
  const corrected = afterLastCorrection(text);
  const later = corrected > 0 ? findDaysLeft(text.slice(corrected)) : undefined;
  const days = later ? { ...later, index: later.index + corrected } : findDaysLeft(text);
  if (days) {
    draft.daysLeft = days.days;
    text = cut(text, days.index, days.length);
  }
  if (URGENT.test(text)) {
    draft.urgent = true;
    text = blank(text, URGENT);
  }
  text = takeHospital(text, draft);

  if (mentions.length > 0) {
    draft.items = itemsAt(normalized, text, mentions);
    draft.byName = true;
    // A clause with no known name but written like a request ("谷维素 两瓶") names one too.
    draft.items.push(
      // (Only after the last correction: 「amlodipine 2 boxes, sorry, I mean nifedipine」 takes amlodipine back.)
      ...itemsBySegment(text.slice(corrected).split(/\n|[,,;;。、]/).filter((c) => !c.includes('\u0001')).join('\n')).filter(
        (i) => i.quantity !== undefined && /^[盒瓶支袋粒片包板罐颗]$/.test(i.unit ?? '') && plausible(i.name) && !ENGLISH_REQUEST.test(i.name) && !/\S\s+\S+\s+\S/.test(i.name),
      ),
    );
  } else draft.items = itemsBySegment(text);
  if (draft.items.length === 0) {
    const q = requestQuantities(text)[0];
    if (q) draft.quantity = q.quantity;
    const rest = clean(text.replace(/\u0001/g, ' ').replace(FILLER_WORDS, ' '));
    // One short word where the name should be ("配药 哈哈"), not talk about whose or how.
    if (rest && /^[\u4e00-\u9fffA-Za-z]{2,6}$/.test(rest) && !/[我你他她妈爸婆公儿女孩子老人家谁怎么]/.test(rest)) draft.unknown = [rest];
  }
  // The reading of the whole message names the first household's door and days (tests/corpus/README-8.md rule 1).
  const first = draft.households?.find((h) => h.door?.building && h.items.length > 0);
  if (first) {
    // (And every household's medicines: 「5-101张阿婆降压药两盒 … 5-301 硝苯地平一盒」 asks for the class word too, the one beside
    // another household's name.)
    const names = new Set(draft.items.map((i) => i.name));
    const missed = draft.households!.flatMap((h) => h.items).filter((i) => !names.has(i.name));
    if (missed.length > 0) draft.items = draft.households!.flatMap((h) => h.items.map((i) => ({ ...i })));
    draft.door = first.door;
    // (Days said once, after the last household — 「…都快吃完了」 — stay the message's.)
    if (first.daysLeft !== undefined) draft.daysLeft = first.daysLeft;
  }
  // 「…都可以替换」 said once at the end is said of every household's medicines.
  for (const item of draft.households?.flatMap((h) => h.items) ?? []) {
    const said = draft.items.find((i) => i.name === item.name)?.substitute;
    if (item.substitute === undefined && said !== undefined) item.substitute = said;
  }
  return draft;
}

/** A household's words with its door blanked out (same length). */
const words = (text: string, p: Part): string => {
  const own = text.slice(p.start, p.end);
  return p.doorAt ? cut(own, p.doorAt.index - p.start, p.doorAt.length) : own;
};
/** Nothing but the door and the words that join doors in a list. */
const LISTED_ONLY = /^(?:[\s,,、;;/&]|和|跟|与|及|还有|\band\b)*$/i;
// (Not 「跟上次一样」, "same as last time": that household's own usual medicine, which the message does not name.)
const DITTO = /同上|(?<!(?:上次|上回|以前|之前|平时|往常|老)\s?)(?:一样|一樣)|\bsame(?: as (?:above|before))?\b(?! as last)|\bditto\b/i;
const FOR_EACH = /各|都|每户|每家|每人|\beach\b|\bboth\b|\ball\b/i;
const DAYS_FOR_ALL = /(?:都|全都|全部|两家|两户|几家|几户|\b(?:all|both)\b)(?:的药)?\s?(?:快|只剩|只有|还剩|剩|没|吃完|用完|断|are|have|ran|run|out|almost|nearly|only)/i;
const KIN_AFTER_DOOR = /^\s*(?:室|的)?\s*([\u4e00-\u9fff]?(?:阿姨|叔叔|奶奶|爷爷|伯伯|阿婆|阿公|老伯|外婆|外公|姥姥|姥爷|老太太|爷叔|阿叔)|[\u4e00-\u9fff][伯婆叔姨](?=$|[\s,,::;;要的]))/;

/**
 * Each household of a message relaying several, read as a request of its own from its own words; undefined unless
 * two households or more each ask for a medicine. A household whose door is named and whose medicine cannot be read
 * is kept without items, to be told; so is a medicine without a door.
 */
function readHouseholds(text: string, mentions: Mention[]): MedicineDraft[] | undefined {
  const parts = householdParts(text, mentions);
  if (!parts) return undefined;
  const read = parts.map((p) => {
    // (Its medicines found in its own words: a class word beside another household's name is no longer that name's.)
    const draft = parseNormalized(words(text, p), undefined, true);
    if (p.door) draft.door = p.door;
    // 「502阿婆 …」, 「405 黄姨 …」: the kin word right after the door is who it is for.
    const kin = p.doorAt && !draft.patient ? KIN_AFTER_DOOR.exec(text.slice(p.doorAt.index + p.doorAt.length)) : null;
    if (kin) draft.patient = kin[1]!;
    if (p.person && !draft.patient) draft.patient = p.person;
    draft.part = text.slice(p.start, p.end).replace(/\s+/g, ' ').replace(/^[\s,,;;。、/|]+|[\s,,;;。、/|]+$/g, '').slice(0, 80);
    return { draft, part: p };
  });
  // 「6号楼101 102 103 三户都要降压药 各一盒」, "room 301 and room 502 both need…": doors listed with nothing between
  // them, then medicine for each (各, 都, each, both), is the same medicine for every one of them.
  read.forEach(({ draft, part }, i) => {
    if (!part.door || draft.items.length > 0 || !LISTED_ONLY.test(words(text, part))) return;
    const next = read.slice(i + 1).find((r) => !LISTED_ONLY.test(words(text, r.part)));
    if (next?.part.door && next.draft.items.length > 0 && FOR_EACH.test(words(text, next.part))) {
      draft.items = next.draft.items.map((item) => ({ ...item }));
      draft.urgent ||= next.draft.urgent;
      if (next.draft.daysLeft !== undefined) draft.daysLeft ??= next.draft.daysLeft;
    }
  });
  // 「…601 胰岛素一支 都快吃完了」: days said once for all, after the last household, are every household's.
  const last = read.filter((r) => r.draft.items.length > 0).at(-1);
  if (last?.draft.daysLeft !== undefined && DAYS_FOR_ALL.test(words(text, last.part))) {
    for (const { draft } of read) if (draft.items.length > 0) draft.daysLeft ??= last.draft.daysLeft;
  }
  // 「601 同上」, "1203 same as above": the medicines of the household before, again.
  read.forEach(({ draft, part }, i) => {
    if (!part.door || draft.items.length > 0 || !DITTO.test(words(text, part))) return;
    const before = read.slice(0, i).reverse().find((r) => r.part.door && r.draft.items.length > 0);
    if (before) draft.items = before.draft.items.map((item) => ({ ...item }));
  });
  // The writer's own door said as who they are, and words around the list, are no household unless they ask for something.
  const kept: typeof read = [];
  for (const r of read.filter(({ draft, part }) => draft.items.length > 0 || (part.door && !part.writer))) {
    // 「502 降压药两盒 601 胰岛素一支 502 还要阿司匹林」: a door said again is the same household, one request.
    const same = r.draft.door && kept.find((k) => k.draft.door && doorKey(k.draft.door) === doorKey(r.draft.door!));
    if (!same) {
      kept.push(r);
      continue;
    }
    same.draft.items.push(...r.draft.items);
    same.draft.patient ??= r.draft.patient;
    if (r.draft.daysLeft !== undefined) same.draft.daysLeft ??= r.draft.daysLeft;
    same.draft.urgent ||= r.draft.urgent;
    same.draft.part = `${same.draft.part ?? ''} … ${r.draft.part ?? ''}`.slice(0, 100);
  }
  const asking = kept.filter(({ draft }) => draft.items.length > 0);
  const doors = new Set(kept.flatMap(({ draft }) => (draft.door ? [doorKey(draft.door)] : [])));
  if (asking.length < 2 || doors.size < 2 || kept.length > MAX_HOUSEHOLDS) return undefined;
  // What is said before the list is said for every household (「都很急 去仁济医院配」, 「两户的药都只剩一天了」).
  const before = read.filter(({ draft, part }) => !part.door && draft.items.length === 0);
  for (const { draft } of kept) {
    draft.urgent ||= before.some((b) => b.draft.urgent);
    draft.hospital ??= before.find((b) => b.draft.hospital)?.draft.hospital;
    if (draft.items.length > 0) draft.daysLeft ??= before.find((b) => b.draft.daysLeft !== undefined)?.draft.daysLeft;
    if (draft.daysLeft === undefined) delete draft.daysLeft;
    if (draft.hospital === undefined) delete draft.hospital;
  }
  return kept.map(({ draft }) => draft);
}

/** "can someone help me buy (2 boxes)": the words of a request in English are no medicine's name. */
// (Nor is who has what: "She has one pen left".)
const ENGLISH_REQUEST = /\b(?:can|could|would|someone|anyone|somebody|anybody|help|buy|get|need|please|pick|bring|me|us|she|he|they|we|i|has|have|had|left|only)\b/i;

// Words a request is made of that name nothing: greetings, thanks, needs, who it is for.
const FILLER_WORDS = /你好|您好|谢谢|麻烦|请|帮忙|帮我|我要|我想|需要|一下|急|了|的|吧|啊|呀|吗|呢|和|还有|hi|hello|please|thanks?|need|want/gi;

/** "12号楼楼组长 … 1101降压药 1203胰岛素": rooms listed under the writer's building; the first is the door. */
function roomUnderBuilding(text: string): DoorMatch | undefined {
  const building = /(?<![\d])(\d{1,3})\s*(?:号楼|栋|幢)/.exec(text);
  if (!building) return undefined;
  const room = /(?<![\d-])([1-3]?\d0[1-9]|[1-9]0[1-9])(?=\s*[\u4e00-\u9fff\u0001])/.exec(text.slice(building.index + building[0].length));
  if (!room) return undefined;
  const at = building.index + building[0].length + room.index;
  return { door: { building: building[1]!, room: room[1]! }, index: at, length: room[0].length };
}

/** Reads a yes/no answer to "may it be substituted?". */
export function parseSubstituteAnswer(input: string): boolean | undefined {
  // (「可以的」, 「行啊」, 「不要了吧」: the particles after a yes or a no change nothing.)
  // (「好的 谢谢」, "yes thank you": thanks beside a yes or a no change nothing either.)
  const text = normalize(input).replace(/[。.!!~]/g, '').replace(/[\s,,]*(?:谢谢(?:侬|你|您)?|多谢|感谢|谢啦|thank(?:s| you)(?: so much| very much)?)[\s,,]*/gi, ' ').trim().replace(/(?<=.)(?:的|啊|呀|哦|吧|呢|嘛|噢|咯|哈|啦|了)+$/, '');
  if (NO_SUBSTITUTE.test(text) || /^(?:不|不行|不可以|不能|不要|否|唔|唔得|唔可以|唔好|唔要|no|n|没有?)$/i.test(text)) return false;
  if (SUBSTITUTE_OK.test(text) || /^(?:可以|行|能|好|好的|是|是的|都行|都可以|随便|得|冇问题|ok|yes|y)$/i.test(text)) return true;
  return undefined;
}

/** Whether free text is clearly a medicine request (not a recipe, an egg order, or a question). */
export function looksLikeMedicine(draft: MedicineDraft): boolean {
  if (draft.question || draft.items.length === 0) return false;
  return draft.items.every((i) => i.quantity !== undefined || i.strength !== undefined) &&
    draft.items.some((i) => i.strength !== undefined || MEDICINE_WORDS.test(i.name));
}

function takeHospital(text: string, draft: MedicineDraft): string {
  const label = HOSPITAL_LABEL.exec(text);
  if (label) {
    draft.hospital = label[1]!;
    return cut(text, label.index, label[0].length);
  }
  // "去仁济医院配", "瑞金医院": a named hospital; "去医院", "医院那边" name none.
  const named = HOSPITAL_NAME.exec(text);
  if (!named) return text;
  draft.hospital = named[1]!;
  return cut(text, named.index, named[0].length);
}

