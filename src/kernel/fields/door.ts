import { CHINESE_NUMERAL_CHARS, parseNumber } from '../chinese.js';
import type { Lang } from '../types.js';

/** A home's address inside a community: building and room, with an area and unit where used. */
export interface Door {
  area?: string;
  building: string;
  unit?: string;
  room: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const NUM = `(?:\\d{1,3}|${CN}{1,4})`;
// 两 and 幺 as spoken digits: 七号楼两零四, 幺零零二. A count of people may follow a room said in
// numerals (八零三一個人, 六零二两个老人, 三零一一位阿婆, 五零二一家三口): four numerals before a measure
// word are a three-numeral room and the count, never a four-numeral room.
const SPOKEN_DIGIT = '[零〇幺一二两三四五六七八九]';
// In digits the same only where a four-digit room cannot be meant: 8031个人 is 803 and one person
// (door 31 of the 80th floor is no room), so three digits ending 2–9, then 1 and 个人/位; 1201个人 stays 1201.
const ONE_PERSON_AFTER = '(?=1\\s*(?:个人|個人|位))';
const ROOM =
  `(\\d{2}[2-9]${ONE_PERSON_AFTER}|\\d{3,4}(?!\\d)|` +
  `${SPOKEN_DIGIT}{4}(?!\\s*(?:[个個位口人名户戶间間]|家[一二两三四五六七八九]口))(?!\\d)|${SPOKEN_DIGIT}{3}(?!\\d))`;
const AREA = `(?:([A-Za-z]|[东西南北中]|\\d{1,2}期|${CN}{1,2}期)区)?`;
// 5号楼 5号 5幢 5栋 5座 5동 5# 5- (3号楼的1502); then optional 3单元 / 3楼 / 3层 / 3- ; then the room, optional 室/号/호.
// The unit has other names between a building and a room: Cantonese 單位 (「5座1單位1203」, never a workplace there),
// and the stair entrance 门 of a walk-up (「12号楼3门201」: with a room after it, never a 门口). Korean 동 is the building.
// A flat let room by room (群租): 「45-602B」, 「602室次卧」 are households of their own. The letter is the room's only where it
// cannot be a group-buy item: before 室/房/间 or 的 (「45-602B的」), or before another item with its count (「45-602B A×1」); a chain's 「5-302B」
// or 「5-302B×2」 orders B.
const ROOM_LETTER = '(?:([A-Ha-h])(?![A-Za-z])(?=\\s*(?:室|房|间|的)|\\s+[A-Za-z](?![A-Za-z])\\s*[×xX*]?\\s*[\\d一两二三四五六七八九十]))?';
const ROOM_PART = '(次卧|主卧|[东南西北]卧|[东南西北](?:边)?(?:房间|间)|大房间|小房间)?';
const DOOR = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL_CHARS}A-Za-z])${AREA}\\s*(${NUM})\\s*(?:(?:号楼|幢|栋|座)的?|号|동|#|[-–—/])\\s*` +
    `(?:(\\d{1,2}|${CN}{1,2})\\s*(?:单元|单位|门|-)\\s*)?` +
    `(?:(?:\\d{1,2}|${CN}{1,3})\\s*[楼层]\\s*)?` +
    `${ROOM}(?!-\\d)${ROOM_LETTER}\\s*(?:室|号|호)?${ROOM_PART}`,
  'u',
);

// A 石库门 lane house: 「蓬莱路303弄7号后楼」, 「56弄12号亭子间」, 「7号亭子间」: the lane (弄), the house (号), and the room by
// where it lies in the house (前楼, 后楼, 亭子间, 客堂间, 灶披间, 厢房, 阁楼, or a floor), or no room where one household has the
// house. The lane is the door's area (「303弄」): it is part of the address. A lane with a three-digit room is a 新村's building
// and room (168弄5号302 is 5-302, read by DOOR). Without 弄 only a room named by its place makes 「7号」 a house, never a date.
const LANE_ROOM = '前楼|后楼|亭子间|客堂间|客堂|灶披间|前厢房|后厢房|东厢房|西厢房|厢房|三层阁|二层阁|阁楼|晒台';
const LANE_FLOOR = `(?:[一二三四1-4]|底)(?:楼|层)(?:前间|后间|前楼|后楼)?`;
const LANE = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL_CHARS}])(\\d{1,4}|${CN}{1,5})\\s*弄\\s*(?:(\\d{1,3}|${CN}{1,4})\\s*[号號](?![楼樓\\d])\\s*(?:(${LANE_ROOM}|${LANE_FLOOR})(?![下道梯口]))?)`,
  'u',
);
// A village house: the villagers' group (村民小组, 「12组」, the older 生产队 「三队」) and the house's number: 「庄行村12组35号」,
// 「九组十七号」. It is a home as a lane house is, with the group as its area; 「第2组」 or 「分两组」 is no village.
const VILLAGE = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL_CHARS}第分成几幾])(\\d{1,2}|${CN}{1,3})\\s*([组組队隊])\\s*(\\d{1,3}|${CN}{1,4})\\s*[号號](?![楼樓\\d码碼])`,
  'u',
);
const AREA_OF_HOUSES = /^\d+[弄组队]$/;
/** Whether an area is a lane's or a village group's, whose houses stand where a building's rooms do (「56弄」, 「12组」). */
export const isHouseArea = (area: string | undefined): boolean => area !== undefined && AREA_OF_HOUSES.test(area);
const HOUSE = new RegExp(`(?<![\\d${CHINESE_NUMERAL_CHARS}弄])(\\d{1,3}|${CN}{1,4})\\s*号(${LANE_ROOM})(?![下道梯口])`, 'u');

/** Whether a door is a lane house's (「303弄7号后楼」, 「7号亭子间」) rather than a building's numbered room. */
export function isLaneDoor(door: Door): boolean {
  return isHouseArea(door.area) || !/^\d/.test(door.room);
}

/** The flat of a room let on its own (「602B」 and 「602次卧」 are in flat 602); the room itself otherwise. */
export const flatOf = (room: string): string => /^\d+/.exec(room)?.[0] ?? room;

// The room said as its floor and its number on that floor (「20栋4楼02」, 「7号楼3层05室」, 「十二幢五楼2号」): the room is
// the floor's hundred and the number (402, 305, 502). The number is written 0N, or followed by 号/室/户, or said 零N, so
// a time, a count or a floor on its own (「3楼12点」, 「6楼2个小孩」, 「住20栋4楼」) is no room.
const FLOOR_ROOM = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL_CHARS}A-Za-z])${AREA}\\s*(${NUM})\\s*(?:(?:号楼|幢|栋|座)的?|号|동|#)\\s*` +
    `(?:(\\d{1,2}|${CN}{1,2})\\s*(?:单元|门)\\s*)?` +
    `(\\d{1,2}|${CN}{1,3})\\s*[楼层]\\s*` +
    `(0[1-9]|\\d{1,2}(?=\\s*[号室户])|零[一二三四五六七八九]|[一二三四五六七八九十]{1,2}(?=\\s*[号室户]))(?![\\d楼层])\\s*(?:室|号|户)?`,
  'u',
);

export interface DoorMatch {
  door: Door;
  /** Where the door number was found in the text, so callers can cut it out. */
  index: number;
  length: number;
}

// Foreign residents: "building 9 room 502", "Building 14, Apt 603", "No. 7 building, room 305", "building 3 unit 2 room 402", "building 11, 2nd unit, room 702",
// "Building 7, 1502", "Room 1803, building 11", "unit 1503 building 6".
// A tower is a building ("tower 3 flat 2801", "T3-2801"), and a letter on the room is a room let on its own ("room 602B")
// unless a count follows it (an order's "302B x2").
const EN_DOOR = /\b(?:(?:building|bldg|block|blk|tower|twr|t(?=\d))\.?\s*#?\s*(\d{1,3})|(?:no\.?\s*|number\s*)(\d{1,3})\s+(?:building|bldg|block|tower))\s*[,/-]?\s*(?:(?:unit\s*#?\s*(\d{1,2})(?!\d)|(\d{1,2})(?:st|nd|rd|th)\s+unit)\s*[,/]?\s*)?(?:(?:room|rm|apt|apartment|flat|unit|#)\.?\s*#?\s*)?(\d{3,4})(?:([a-d])\b(?!\s*[x×*]\s*\d)|(?=[a-d]\s*[x×*]\s*\d)|\b)(?!\s*(?:people|persons|residents|households|boxes|yuan|rmb|kg|g|ml|mg|pcs))/i;
const EN_DOOR_REVERSED = /\b(?:room|rm|apt|apartment|flat|unit)\.?\s*#?\s*(\d{3,4})\s*[,/]?\s*(?:in\s+|of\s+)?(?:building|bldg|block|blk)\.?\s*#?\s*(\d{1,3})\b/i;
// The room before the building, as some say it: "三楼那个305 七号楼".
const REVERSED = new RegExp(`(?<![\\d-])(\\d{3,4})\\s*(?:室|号)?\\s*[,,]?\\s*(${NUM})\\s*(?:号楼|幢|栋)`, 'u');
// 「20樓1201」: 楼 after a number is a floor ("5楼502") unless the room is on another floor, then it is the building.
const BUILDING_LOU = /(?<![\d号#-])(\d{1,3})\s*楼\s*(\d{3,4})(?![\d-])/u;

/** Finds the first door number in a text ("5号楼302", "B区5-302", "五号楼302室", "5#302", "building 9 room 502"). */
export function findDoor(text: string): DoorMatch | undefined {
  const onFloor = findFloorRoom(text);
  if (onFloor) return onFloor;
  const m = DOOR.exec(text);
  if (!m) return findOtherDoor(text);
  const building = parseNumber(m[2]!);
  const room = parseNumber(m[4]!);
  if (building === undefined || room === undefined || building === 0) return undefined;
  const unit = m[3] !== undefined ? parseNumber(m[3]) : undefined;
  const door: Door = { building: String(building), room: `${room}${m[5]?.toUpperCase() ?? ''}${m[6] ?? ''}` };
  if (m[1]) door.area = m[1].toUpperCase();
  if (unit !== undefined) door.unit = String(unit);
  return { door, index: m.index, length: m[0].length };
}

function findFloorRoom(text: string): DoorMatch | undefined {
  const m = FLOOR_ROOM.exec(text);
  if (!m) return undefined;
  const floor = parseNumber(m[4]!);
  const onFloor = parseNumber(m[5]!);
  if (floor === undefined || onFloor === undefined || floor < 1 || floor > 60 || onFloor < 1) return undefined;
  const match = doorMatch(m[2]!, String(floor * 100 + onFloor), m[3], m.index, m[0].length);
  if (match && m[1]) match.door.area = m[1].toUpperCase();
  return match;
}

/** The forms read only when the usual one is not there: a lane house, English, and the room before the building. */
function findOtherDoor(text: string): DoorMatch | undefined {
  if (/[组組队隊]/.test(text)) {
    const v = VILLAGE.exec(text);
    const group = v ? parseNumber(v[1]!) : undefined;
    const house = v ? parseNumber(v[3]!) : undefined;
    if (v && group && house) return { door: { area: `${group}${v[2] === '队' || v[2] === '隊' ? '队' : '组'}`, building: String(house), room: '' }, index: v.index, length: v[0].length };
  }
  if (/[弄号]/.test(text)) {
    const lane = LANE.exec(text);
    const house = lane ? undefined : HOUSE.exec(text);
    const laneNo = lane ? parseNumber(lane[1]!) : undefined;
    const houseNo = lane ? parseNumber(lane[2]!) : house ? parseNumber(house[1]!) : undefined;
    if (houseNo !== undefined && houseNo > 0 && (!lane || laneNo !== undefined)) {
      const m = (lane ?? house)!;
      const door: Door = { building: String(houseNo), room: (lane ? lane[3] : house![2]) ?? '' };
      if (lane) door.area = `${laneNo}弄`;
      return { door, index: m.index, length: m[0].length };
    }
  }
  if (/[a-z]/i.test(text)) {
    const en = EN_DOOR.exec(text);
    if (en) return doorMatch((en[1] ?? en[2])!, en[5]!, en[3] ?? en[4], en.index, en[0].length, en[6]);
    const rev = EN_DOOR_REVERSED.exec(text);
    if (rev) return doorMatch(rev[2]!, rev[1]!, undefined, rev.index, rev[0].length);
  }
  const zh = REVERSED.exec(text);
  if (zh) return doorMatch(zh[2]!, zh[1]!, undefined, zh.index, zh[0].length);
  const lou = BUILDING_LOU.exec(text);
  if (lou && lou[2]!.slice(0, -2) !== lou[1]) return doorMatch(lou[1]!, lou[2]!, undefined, lou.index, lou[0].length);
  return undefined;
}

function doorMatch(buildingText: string, roomText: string, unitText: string | undefined, index: number, length: number, letter = ''): DoorMatch | undefined {
  const building = parseNumber(buildingText);
  const room = parseNumber(roomText);
  if (building === undefined || room === undefined || building === 0) return undefined;
  const door: Door = { building: String(building), room: `${room}${letter.toUpperCase()}` };
  const unit = unitText !== undefined ? parseNumber(unitText) : undefined;
  if (unit !== undefined) door.unit = String(unit);
  return { door, index, length };
}

const ROAD_AND_LANE = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,8}(?:路|街|坊|里|村|新村))?\\s*(?:(?:\\d{1,4}|${CN}{1,5})\\s*弄)?$`, 'u');

/** Reads a text that should be a door number and nothing else. */
export function parseDoor(text: string): Door | undefined {
  const found = findDoor(text.trim());
  if (!found) return undefined;
  const before = text.trim().slice(0, found.index).trim();
  let after = text.trim().slice(found.index + found.length).trim();
  // 「/我是 45-602B」: a letter after the room, with nothing else said, is the room's.
  if (/^[A-Ha-h]$/.test(after) && /^\d+$/.test(found.door.room) && !isLaneDoor(found.door)) {
    found.door.room += after.toUpperCase();
    after = '';
  }
  // A road and lane may come first (「蓬莱路303弄7号后楼」, 「168弄5号302」): the address as it is written on the door.
  return after === '' && (before === '' || ROAD_AND_LANE.test(before)) ? found.door : undefined;
}

/** The canonical key of a door: "5-302", "B区5-302", "5-3-302" (with a unit). One household, one key. */
export function doorKey(door: Door): string {
  if (isLaneDoor(door)) return `${door.area ?? ''}${door.building}号${door.room}`;
  const area = door.area ? `${door.area}区` : '';
  return `${area}${door.building}-${door.unit ? `${door.unit}-` : ''}${door.room}`;
}

const TRADITIONAL_ROOM: Record<string, string> = { 后: '後', 楼: '樓', 间: '間', 厢: '廂', 阁: '閣', 层: '層', 晒: '曬' };

/** How a door is shown to residents in Chinese: "5号楼302", "B区5号楼3单元302"; in traditional "5號樓302". */
export function doorLabel(door: Door, lang: Lang = 'zh-CN'): string {
  const [区, 号楼, 单元] = lang === 'zh-TW' ? ['區', '號樓', '單元'] : ['区', '号楼', '单元'];
  if (isLaneDoor(door)) {
    if (lang !== 'zh-TW') return `${door.area ?? ''}${door.building}号${door.room}`;
    return `${(door.area ?? '').replace('组', '組').replace('队', '隊')}${door.building}號${door.room.replace(/[后楼间厢阁层晒]/g, (c) => TRADITIONAL_ROOM[c]!)}`;
  }
  const area = door.area ? `${door.area}${区}` : '';
  return `${area}${door.building}${号楼}${door.unit ? `${door.unit}${单元}` : ''}${door.room}`;
}

/** The building label ("5", "B区5") that groups doors for delivery and building leads. */
export function buildingKey(door: Pick<Door, 'area' | 'building'>): string {
  // A lane is what a building is to a 新村: its houses are delivered to, led and served together.
  if (isHouseArea(door.area)) return door.area!;
  return `${door.area ? `${door.area}区` : ''}${door.building}`;
}

/** Reads a building on its own: "5", "5号楼", "五号楼", "B区5栋", or a lane or village group: "56弄", "12组". */
export function parseBuilding(text: string): string | undefined {
  const lane = new RegExp(`^(\\d{1,4}|${CN}{1,5})\\s*([弄组組队隊])$`, 'u').exec(text.trim());
  if (lane) {
    const n = parseNumber(lane[1]!);
    return n ? `${n}${{ 組: '组', 隊: '队' }[lane[2]!] ?? lane[2]}` : undefined;
  }
  const m = new RegExp(`^${AREA}\\s*(${NUM})\\s*(?:号楼|号|幢|栋|座|#|楼)?$`, 'u').exec(text.trim());
  if (!m) return undefined;
  const n = parseNumber(m[2]!);
  if (n === undefined || n === 0) return undefined;
  return buildingKey({ area: m[1]?.toUpperCase(), building: String(n) });
}
