import { describe, expect, it } from 'vitest';
import { atLocal, findWhen, localDate, parseTimeOfDay } from '../../src/kernel/time.js';

const TZ = 'Asia/Shanghai';
const now = Date.parse('2026-04-20T09:00:00+08:00');
const at = (iso: string) => Date.parse(iso);

describe('times as residents write them', () => {
  it.each([
    ['20:00', 20, 0],
    ['8点', 8, 0],
    ['晚上8点半', 20, 30],
    ['下午4点', 16, 0],
    ['上午十点', 10, 0],
    ['16：30', 16, 30],
  ])('%s', (text, hour, minute) => {
    expect(parseTimeOfDay(text)).toEqual({ hour, minute });
  });

  it.each([
    ['3号楼 搬运物资10箱 今天16:00前', '2026-04-20T16:00:00+08:00'],
    ['明天上午8点全员核酸', '2026-04-21T08:00:00+08:00'],
    ['4月22日 16:00', '2026-04-22T16:00:00+08:00'],
    ['2026-04-25 20:00 截止', '2026-04-25T20:00:00+08:00'],
    ['16:00前', '2026-04-20T16:00:00+08:00'],
    ['8:00', '2026-04-21T08:00:00+08:00'],
    ['今晚8点', '2026-04-20T20:00:00+08:00'],
    ['明天', '2026-04-21T23:59:00+08:00'],
  ])('finds the time in "%s"', (text, iso) => {
    expect(findWhen(text, now, TZ)?.at).toBe(at(iso));
  });

  it('finds nothing in plain text, nor in a door number', () => {
    expect(findWhen('搬运物资10箱', now, TZ)).toBeUndefined();
    expect(findWhen('5号楼 送菜到5-101', now, TZ)).toBeUndefined();
    expect(findWhen('送菜到5-101 今天16:00前', now, TZ)?.at).toBe(at('2026-04-20T16:00:00+08:00'));
  });

  it('knows the local date around midnight', () => {
    expect(localDate(at('2026-04-20T16:30:00Z'), TZ)).toBe('2026-04-21');
    expect(atLocal('2026-04-20', '20:00', TZ)).toBe(at('2026-04-20T20:00:00+08:00'));
  });
});
