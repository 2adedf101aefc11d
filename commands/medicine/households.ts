import { CHINESE_NUMERAL_CHARS, parseNumber } from '../../src/kernel/chinese.js';
import { doorKey, findDoor, type Door, type DoorMatch } from '../../src/kernel/fields/door.js';
import { cut } from './items.js';
import type { Mention } from './mentions.js';

/**
 * Where each household's words are in a message relaying several (a building lead's
 * 「3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支」, 「1102 …两盒 / 801 …三盒 都是11号楼的」, "5-302 … 5-601 …").
 * Pure: it finds the doors and cuts the text between them; read.ts reads each part as one request.
 */
export interface Part {
  start: number;
  end: number;
  /** The household's door, its building carried over from the message where only the room is said ('' when none is named). */
  door?: Door;
  /** Where the door is in the text (blanked before the part is read). */
  doorAt?: { index: number; length: number };
  /** The writer's own door said as who they are (「我是15号楼402的」): a household only if it asks for something. */
  writer: boolean;
  /** Who it is for, said right before the door (「李伯:5-601」, 「王阿姨(5号楼402)」). */
  person?: string;
}

/** A whole building's stairwells in one message; a 2,000-character message holds no more. */
export const MAX_HOUSEHOLDS = 60;

/** The writer saying who they are just before a door: 「我是」, 「我住」, "I'm … from". */
// (Right before it: in 「我是10号楼楼组长 我们楼1202的阿婆…」 the lead names a building, and 1202 is a neighbour's.)
const WRITER_BEFORE = /(?:我是|我住(?:在)?|本人)[^,,。.!!\n\s]{0,4}$|(?:\bi'?m\b|\bi am\b|\bi live\b|\bfrom\b)[^,,。.!!\n]{0,12}$/i;
const CN = `[${CHINESE_NUMERAL_CHARS}]`;
/** A building said without a room: 「11号楼」, 「四号楼的」, "building 5". */
const BUILDING = new RegExp(`(?<![\\d${CHINESE_NUMERAL_CHARS}])(\\d{1,3}|${CN}{1,3})\\s*(?:号楼|栋|幢)|\\b(?:building|bldg|block)\\s*#?\\s*(\\d{1,3})\\b`, 'giu');
/**
 * A room said alone, floor then 0 then the door (601, 1102, 四零二, 2单元601), under the building named before it or
 * after it (asked when none is). Never a count, a strength, a price or a time (two boxes, 500mg, 200元, 10:30).
 */
const ROOM = new RegExp(
  `(?<![\\d/\\-])(?<!\\d[.:])(?:(\\d{1,2})\\s*单元\\s*)?(\\d{1,2}0[1-9])(?![\\d/\\-]|[.:]\\d)(?!\\s*(?:mg|g|ml|μg|ug|u|iu|毫克|克|毫升|片|粒|盒|瓶|支|袋|包|板|元|块|次|天|号楼|栋|幢|年|月|日|号|岁|个|人|户)(?![a-z]))` +
    `|(?<!${CN})([一二三四五六七八九幺两]{1,2}[零〇][一二三四五六七八九幺两])(?!${CN})`,
  'giu',
);
const SPOKEN: Record<string, string> = { 零: '0', 〇: '0', 幺: '1', 一: '1', 两: '2', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

interface Found {
  index: number;
  length: number;
  door?: Door;
  building?: string;
  room?: string;
  unit?: string;
  writer: boolean;
}

/** Every door and building named in the text, in order; a room alone takes the building named before it (or after it). */
function doorsIn(text: string): Found[] {
  const found: Found[] = [];
  let rest = text;
  for (let i = 0; i < MAX_HOUSEHOLDS; i++) {
    const d: DoorMatch | undefined = findDoor(rest);
    if (!d) break;
    found.push({ index: d.index, length: d.length, door: d.door, writer: WRITER_BEFORE.test(text.slice(Math.max(0, d.index - 16), d.index)) });
    rest = cut(rest, d.index, d.length);
  }
  for (const m of rest.matchAll(BUILDING)) {
    const building = parseNumber(m[1] ?? m[2]!);
    if (building) found.push({ index: m.index, length: m[0].length, building: String(building), writer: false });
    rest = cut(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(ROOM)) {
    const room = m[2] ?? [...m[3]!].map((c) => SPOKEN[c]).join('');
    const unit = m[1] ? { unit: m[1] } : {};
    found.push({ index: m.index, length: m[0].length, room, ...unit, writer: WRITER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) });
  }
  found.sort((a, b) => a.index - b.index);
  const buildingOf = (f: Found): Pick<Door, 'area' | 'building'> | undefined => f.door ?? (f.building ? { building: f.building } : undefined);
  for (const [i, f] of found.entries()) {
    if (f.room === undefined) continue;
    const before = found.slice(0, i).reverse().map(buildingOf).find(Boolean);
    const building = before ?? found.slice(i + 1).map(buildingOf).find(Boolean);
    // (With no building named anywhere — 「502阿婆 降压药2盒 601王老伯 胰岛素1支」 — the building is left blank, to be asked.)
    f.door = { ...(building?.area ? { area: building.area } : {}), building: building?.building ?? '', ...(f.unit ? { unit: f.unit } : {}), room: f.room };
  }
  // 「…送到3号楼601她儿子家」: where the medicine is to be taken is no household asking for it.
  return found.filter((f) => f.door && !DELIVERED_TO.test(text.slice(Math.max(0, f.index - 24), f.index)));
}

const DELIVERED_TO = /(?:送到|送去|送至|送给|放到|放在|交给|寄到|带到|转交)[^,,。;;\n\d]{0,3}\s*$|\b(?:deliver(?:ed)?|drop(?:ped)?(?: it| them)?(?: off)?|bring(?: it| them)?|take(?: it| them)?)\s+(?:to|at)\s*(?:(?:room|rm|flat|apt|unit)\.?\s*)?$/i;

/**
 * The parts of a message naming two households or more, each from its door to the next (「502 … 601 …」) or,
 * where the medicine comes before its door (「降压药两盒给502,胰岛素一支给601」), from after one door to the end of
 * the next; whichever holds the names of more parts. Words before the first door (or after the last) are a part
 * without a door. Undefined when fewer than two doors are named.
 */
export function householdParts(text: string, mentions: Mention[]): Part[] | undefined {
  const doors = doorsIn(text);
  // (The writer's own door counts: 「本人住8号楼702 自己要… 对门703的老太太要…」 is two households.)
  if (new Set(doors.map((d) => doorKey(d.door!))).size < 2) return undefined;
  // The layout that gives more households both a door and a medicine's name.
  const whole = (p: Part) => p.door !== undefined && mentions.some((m) => m.index >= p.start && m.index < p.end);
  const doorFirst = splitAt(text, doors, mentions, 'first');
  const doorLast = splitAt(text, doors, mentions, 'last');
  return doorLast.filter(whole).length > doorFirst.filter(whole).length ? doorLast : doorFirst;
}

function splitAt(text: string, doors: Found[], mentions: Mention[], layout: 'first' | 'last'): Part[] {
  const parts: Part[] = [];
  const of = (d: Found, start: number, end: number): Part => {
    const person = PERSON_BEFORE_DOOR.exec(text.slice(start, d.index))?.[1];
    return { start, end, door: d.door, doorAt: { index: d.index, length: d.length }, writer: d.writer, ...(person ? { person } : {}) };
  };
  if (layout === 'first') {
    const starts = doors.map((d, i) => startBefore(text, d, doors[i - 1], mentions));
    if (starts[0]! > 0) parts.push({ start: 0, end: starts[0]!, writer: false });
    doors.forEach((d, i) => parts.push(of(d, starts[i]!, starts[i + 1] ?? text.length)));
  } else {
    let start = 0;
    for (const d of doors) {
      const end = d.index + d.length;
      parts.push(of(d, start, end));
      start = end;
    }
    if (start < text.length) parts.push({ start, end: text.length, writer: false });
  }
  return parts;
}

/**
 * Where a household's words begin: at its door, or before the words that touch it (「…两盒 李伯伯601 …」,
 * 「…两盒 王阿姨(5-601)」): after the last space or stop between the last medicine of the household before and the door.
 */
function startBefore(text: string, door: Found, previous: Found | undefined, mentions: Mention[]): number {
  const after = previous ? previous.index + previous.length : 0;
  const lastName = mentions.filter((m) => m.index >= after && m.index < door.index).at(-1);
  const from = lastName ? lastName.index + lastName.length : after;
  const between = text.slice(from, door.index);
  const stop = previous ? Math.max(...[...between.matchAll(/[\s,,;;。、/|\n]/g)].map((m) => m.index + 1), -1) : Math.max(0, ...[...between.matchAll(/[\s,,;;。、/|\n]/g)].map((m) => m.index + 1));
  // Only who it is for is taken back with the door (「李伯伯601」, 「王阿姨(5-601)」, "Mrs Chen, room 602"), never days or a count.
  return stop >= 0 && PERSON_BEFORE_DOOR.test(between.slice(stop)) ? from + stop : door.index;
}

const PERSON_BEFORE_DOOR =
  /^\s*((?:[\u4e00-\u9fff]{0,3}(?:阿姨|叔叔|奶奶|爷爷|伯伯|阿婆|阿公|老伯|婆婆|外婆|外公|老师|师傅|先生|女士|老太|爷叔|阿叔)|[\u4e00-\u9fff][伯婆叔姨]|(?:mrs?|ms|grandma|grandpa|auntie|uncle)\.?\s+[a-z]+))\s*(?:的)?\s*[((,,::]?\s*$/i;
