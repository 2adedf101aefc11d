import { CHINESE_NUMERAL_CHARS, parseNumber } from '../chinese.js';

/** A home's address inside a community: building and room, with an area and unit where used. */
export interface Door {
  area?: string;
  building: string;
  unit?: string;
  room: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const NUM = `(?:\\d{1,3}|${CN}{1,4})`;
const ROOM = `(\\d{3,4}|[零〇一二三四五六七八九]{3,4})`;
const AREA = `(?:([A-Za-z]|[东西南北中]|\\d{1,2}期|${CN}{1,2}期)区)?`;
// 5号楼 5号 5幢 5栋 5座 5# 5- ; then optional 3单元 / 3楼 / 3层 / 3- ; then the room, optional 室/号.
const DOOR = new RegExp(
  `(?<![\\d${CHINESE_NUMERAL_CHARS}A-Za-z])${AREA}\\s*(${NUM})\\s*(?:号楼|号|幢|栋|座|#|-)\\s*` +
    `(?:(\\d{1,2}|${CN}{1,2})\\s*(?:单元|-)\\s*)?` +
    `(?:(?:\\d{1,2}|${CN}{1,3})\\s*[楼层]\\s*)?` +
    `${ROOM}(?![\\d]|-\\d)\\s*(?:室|号)?`,
  'u',
);

export interface DoorMatch {
  door: Door;
  /** Where the door number was found in the text, so callers can cut it out. */
  index: number;
  length: number;
}

/** Finds the first door number in a text ("5号楼302", "B区5-302", "五号楼302室", "5#302"). */
export function findDoor(text: string): DoorMatch | undefined {
  const m = DOOR.exec(text);
  if (!m) return undefined;
  const building = parseNumber(m[2]!);
  const room = parseNumber(m[4]!);
  if (building === undefined || room === undefined || building === 0) return undefined;
  const unit = m[3] !== undefined ? parseNumber(m[3]) : undefined;
  const door: Door = { building: String(building), room: String(room) };
  if (m[1]) door.area = m[1].toUpperCase();
  if (unit !== undefined) door.unit = String(unit);
  return { door, index: m.index, length: m[0].length };
}

/** Reads a text that should be a door number and nothing else. */
export function parseDoor(text: string): Door | undefined {
  const found = findDoor(text.trim());
  if (!found) return undefined;
  const rest = (text.trim().slice(0, found.index) + text.trim().slice(found.index + found.length)).trim();
  return rest === '' ? found.door : undefined;
}

/** The canonical key of a door: "5-302", "B区5-302", "5-3-302" (with a unit). One household, one key. */
export function doorKey(door: Door): string {
  const area = door.area ? `${door.area}区` : '';
  return `${area}${door.building}-${door.unit ? `${door.unit}-` : ''}${door.room}`;
}

/** How a door is shown to residents in Chinese: "5号楼302", "B区5号楼3单元302". */
export function doorLabel(door: Door): string {
  const area = door.area ? `${door.area}区` : '';
  return `${area}${door.building}号楼${door.unit ? `${door.unit}单元` : ''}${door.room}`;
}

/** The building label ("5", "B区5") that groups doors for delivery and building leads. */
export function buildingKey(door: Pick<Door, 'area' | 'building'>): string {
  return `${door.area ? `${door.area}区` : ''}${door.building}`;
}

/** Reads a building on its own: "5", "5号楼", "五号楼", "B区5栋". */
export function parseBuilding(text: string): string | undefined {
  const m = new RegExp(`^${AREA}\\s*(${NUM})\\s*(?:号楼|号|幢|栋|座|#|楼)?$`, 'u').exec(text.trim());
  if (!m) return undefined;
  const n = parseNumber(m[2]!);
  if (n === undefined || n === 0) return undefined;
  return buildingKey({ area: m[1]?.toUpperCase(), building: String(n) });
}
