import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/kernel/chinese.js';
import { buildingKey, doorKey, doorLabel, findDoor, parseBuilding, parseDoor } from '../../src/kernel/fields/door.js';
import { findPhone, maskPhone, maskPhonesIn } from '../../src/kernel/fields/phone.js';
import { findQuantity, parseQuantity } from '../../src/kernel/fields/quantity.js';
import { normalize } from '../../src/kernel/normalize.js';

describe('door numbers, as residents write them', () => {
  const cases: [string, string][] = [
    ['5-302', '5-302'],
    ['5号楼302', '5-302'],
    ['5号302室', '5-302'],
    ['5幢302', '5-302'],
    ['5栋3楼302', '5-302'],
    ['五号楼302', '5-302'],
    ['5#302', '5-302'],
    ['building 9 room 502', '9-502'],
    ['No. 7 building, room 305', '7-305'],
    ['tower 3 flat 2801', '3-2801'],
    ['T3-2801', '3-2801'],
    ['building 45 room 602B', '45-602B'],
    ['B区5-302', 'B区5-302'],
    ['b区5号楼302室', 'B区5-302'],
    ['5号楼302室', '5-302'],
    ['5 号楼 302', '5-302'],
    ['12号楼1201', '12-1201'],
    ['十二号楼1201', '12-1201'],
    ['5号楼3单元302', '5-3-302'],
    ['5-3-302', '5-3-302'],
    ['五号楼三零二', '5-302'],
    ['5座302', '5-302'],
    ['5栋302室', '5-302'],
    ['Building 7, 1502', '7-1502'],
    ['building 11, 2nd unit, room 702', '11-2-702'],
    ['building 11 903', '11-903'],
    ['20樓1201', '20-1201'],
    ['3座1503', '3-1503'],
  ];
  it.each(cases)('%s is %s', (text, key) => {
    const door = parseDoor(normalize(text));
    expect(door && doorKey(door)).toBe(key);
  });

  it.each(['５－３０２', '５號樓３０２', '5號302室'])('full-width and traditional %s read as 5-302', (text) => {
    const door = parseDoor(normalize(text));
    expect(door && doorKey(door)).toBe('5-302');
  });

  it.each(['2026-04-20', '16:00', '13812345678', '今天天气不错', '302', '0-302', '5-30', '5楼502', '12楼1201', 'building 3 has 120 people'])('%s is not a door', (text) => {
    expect(parseDoor(normalize(text))).toBeUndefined();
  });

  it('finds a door inside a longer message', () => {
    const m = findDoor('王阿姨 5号楼302 氨氯地平 两盒');
    expect(m && doorKey(m.door)).toBe('5-302');
    expect(findDoor('2026-04-20 16:00 前送到')).toBeUndefined();
    expect(findDoor('电话138-1234-5678')).toBeUndefined();
  });

  it('keeps a let room\'s letter where no count follows it, in English too; a tower is a building', () => {
    const key = (t: string) => { const m = findDoor(normalize(t)); return m && doorKey(m.door); };
    expect(key('我是45-602B的 胰岛素没了')).toBe('45-602B');
    expect(key('I need lantus, building 45 room 602B')).toBe('45-602B');
    expect(key('building 5 room 302B x2')).toBe('5-302');
    expect(key('need ventolin for my son, T3-2801')).toBe('3-2801');
    expect(key('the T3 bus leaves at 2801')).toBeUndefined();
  });

  it.each([
    ['八号楼八零三一个人住', '8-803'],
    ['三号楼三零一一位独居阿婆', '3-301'],
    ['七号楼五零二一家三口', '7-502'],
    ['十号楼一零零二两个人', '10-1002'],
    ['二十八栋一五零三家里有我', '28-1503'],
  ])('a count of people after a room in numerals is not part of it: %s is %s', (text, key) => {
    const m = findDoor(text);
    expect(m && doorKey(m.door)).toBe(key);
  });

  // In digits only where a four-digit room cannot be meant: a building given, 个人/位 after, and the
  // three digits before the 1 a room whose door number (its last digit) is 2–9 — 8031 would be door 31
  // of the 80th floor. 「1201个人」 stays room 1201 (the 12th floor's first door).
  it.each([
    ['8号楼8031个人', '8-803'],
    ['3栋6021個人住', '3-602'],
    ['十二号楼5021位老人', '12-502'],
    ['7#4051个人在家', '7-405'],
    ['12号楼1201个人', '12-1201'],
    ['5号楼8032个人', '5-8032'],
  ])('a count of one after a room in digits: %s is %s', (text, key) => {
    const m = findDoor(normalize(text));
    expect(m && doorKey(m.door)).toBe(key);
  });

  // A 石库门 lane house: the lane, the house and the room by where it lies; a 新村's lane with a numbered room is its building's.
  it.each([
    ['蓬莱路303弄7号后楼', '303弄7号后楼', '303弄'],
    ['56弄12号亭子间', '56弄12号亭子间', '56弄'],
    ['56弄12号', '56弄12号', '56弄'],
    ['五十六弄十二号前楼', '56弄12号前楼', '56弄'],
    ['56弄12號亭子間', '56弄12号亭子间', '56弄'],
    ['56弄12号二楼前间', '56弄12号二楼前间', '56弄'],
    ['7号亭子间', '7号亭子间', '7'],
    ['14号灶披间', '14号灶披间', '14'],
    ['168弄5号302', '5-302', '5'],
  ])('a lane house %s is %s, delivered to %s', (text, key, building) => {
    const door = parseDoor(normalize(text));
    expect(door && doorKey(door)).toBe(key);
    expect(door && buildingKey(door)).toBe(building);
    // The key is read back as the same door: it is what is stored and shown.
    expect(doorKey(parseDoor(key)!)).toBe(key);
  });

  it('a lane house is shown in traditional characters to those who write them', () => {
    expect(doorLabel(parseDoor('56弄12号后楼')!, 'zh-TW')).toBe('56弄12號後樓');
    expect(doorLabel(parseDoor('7号亭子间')!, 'zh-TW')).toBe('7號亭子間');
  });

  // 群租: a room let on its own is a household; a letter that may be a group-buy item stays the item's.
  it.each([
    ['45-602B A×1', '45-602B'],
    ['我住45号602B室', '45-602B'],
    ['45号602室次卧 C 1份', '45-602次卧'],
    ['45号602北间', '45-602北间'],
    ['5-302B×2', '5-302'],
    ['5-302B2', '5-302'],
    ['5-302 B×2', '5-302'],
    ['5-302B', '5-302'],
  ])('in %s the door is %s', (text, key) => {
    const m = findDoor(normalize(text));
    expect(m && doorKey(m.door)).toBe(key);
  });

  it('a door said alone keeps its room letter', () => {
    expect(doorKey(parseDoor('45-602B')!)).toBe('45-602B');
    expect(doorLabel(parseDoor('45-602B')!)).toBe('45号楼602B');
  });

  it.each(['明天8号前楼下集合', '今天是12号 后楼的阿姨说', '5号楼下', '8号后楼道有人', '弄堂里'])('%s names no lane house', (text) => {
    expect(findDoor(normalize(text))).toBeUndefined();
  });

  it.each([
    ['5', '5'],
    ['5号楼', '5'],
    ['五号楼', '5'],
    ['B区5栋', 'B区5'],
    ['56弄', '56弄'],
    ['五十六弄', '56弄'],
  ])('building %s is %s', (text, key) => {
    expect(parseBuilding(text)).toBe(key);
  });
});

describe('quantities with units and Chinese numerals', () => {
  const cases: [string, number, string | undefined][] = [
    ['两盒', 2, '盒'],
    ['3瓶', 3, '瓶'],
    ['十二片', 12, '片'],
    ['x2', 2, undefined],
    ['×2', 2, undefined],
    ['X3', 3, undefined],
    ['*4', 4, undefined],
    ['2份', 2, '份'],
    ['二十五袋', 25, '袋'],
    ['一百片', 100, '片'],
    ['三支', 3, '支'],
    ['2', 2, undefined],
    ['两', 2, undefined],
    ['×2份', 2, '份'],
    // A range is its lower end, never the digits read one by one (两三盒 is not 23).
    ['两三盒', 2, '盒'],
    ['三四瓶', 3, '瓶'],
    ['一大瓶', 1, '瓶'],
  ];
  it.each(cases)('%s is %i %s', (text, n, unit) => {
    expect(parseQuantity(normalize(text))).toEqual(unit ? { n, unit } : { n });
  });

  it('finds the quantity in a medicine line', () => {
    expect(findQuantity('氨氯地平 5mg 两盒')?.quantity).toEqual({ n: 2, unit: '盒' });
    expect(findQuantity('B套餐×2')?.quantity).toEqual({ n: 2 });
  });

  it.each(['盒', '很多', 'abc', ''])('%s is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三零二', 302],
    ['一万二千', 12000],
    ['零', 0],
  ])('%s = %i', (text, n) => expect(parseNumber(text)).toBe(n));
});

describe('phone numbers are kept but never shown unmasked', () => {
  it.each([
    ['13812341234', '13812341234'],
    ['电话 138-1234-1234', '13812341234'],
    ['+86 138 1234 1234', '13812341234'],
  ])('%s is found as %s', (text, phone) => {
    expect(findPhone(text)?.phone).toBe(phone);
  });
  it('masks as 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhonesIn('联系 13812341234 或 139-0000-1111')).toBe('联系 138****1234 或 139****1111');
  });
  it('ignores numbers that are not mobiles', () => {
    expect(findPhone('订单号 2026042012345678')).toBeUndefined();
    expect(findPhone('12812341234')).toBeUndefined();
  });
});
