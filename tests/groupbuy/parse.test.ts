import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFor } from './helpers.js';
import { normalize } from '../../src/kernel/normalize.js';
import { lineSignature, readChain, readChainLine, SIGNATURE_CACHE_SIZE, signatureCacheSize, signatureOf } from '../../commands/groupbuy/chain.js';
import { formatYuan, parseFen } from '../../commands/groupbuy/registration.js';

const codes = new Set(['A', 'B', 'C']);
const read = (line: string) => {
  const r = readChainLine(normalize(line), 0, codes);
  return { door: r.door && `${r.door.building}-${r.door.room}`, items: Object.fromEntries(r.items), cancel: r.cancel, unknown: r.unknown, bad: r.badQuantity };
};

describe('reading a resident\'s 接龙 line', () => {
  it.each([
    ['12. 5-302 B×2', { B: 2 }],
    ['5号楼302 A套餐两份', { A: 2 }],
    // 「两三份」 is a range: its lower end, which the reply repeats (never 23).
    ['5号楼302 B两三份', { B: 2 }],
    ['5-302 王 A1 B1', { A: 1, B: 1 }],
    ['５－３０２　Ｂ×２🙏', { B: 2 }],
    ['5號樓302室 A套餐兩份', { A: 2 }],
    ['5栋302 2份B', { B: 2 }],
    ['5#302 b x 3', { B: 3 }],
    ['5-302 Tom A*2', { A: 2 }],
    ['🙏5栋302 Bx2 Cx1 谢谢团长😊', { B: 2, C: 1 }],
    ['5-302 A+B', { A: 1, B: 1 }],
    ['5-302 B×2 共300元', { B: 2 }],
    ['12 5-302 B×2', { B: 2 }],
    ['05-0302 B 2', { B: 2 }],
  ])('%s', (line, items) => {
    expect(read(line)).toEqual({ door: '5-302', items, cancel: false, unknown: [], bad: false });
  });

  it('keeps a unit and an area written in the door', () => {
    expect(readChainLine('5-3-302 B×1', 0, codes).door).toEqual({ building: '5', unit: '3', room: '302' });
    expect(readChainLine('B区5-302 A×1', 0, codes).door).toEqual({ area: 'B', building: '5', room: '302' });
  });

  it('knows a cancellation, an unknown item and a bad quantity', () => {
    expect(read('5-302 取消').cancel).toBe(true);
    expect(read('5-302 D×1').unknown).toEqual(['D']);
    expect(read('5-302 B×0').bad).toBe(true);
    expect(read('5-302 B×-1').bad).toBe(true);
  });

  it('skips the header of a chain: prices, deadline, blank lines', () => {
    const text = normalize('【团购接龙 #7】蔬菜\nA套餐 100元: 鸡蛋\n截止:4月20日 20:00\n——\n\n1. 5-302 B×2\n2. 6-101 A×1');
    expect(readChain(text, codes).map((l) => l.line)).toEqual([5, 6]);
    const fresh = normalize('【团购接龙 #7】蔬菜\nB套餐 150 yuan\n参加:复制本条…或发 /buy 7 B 2\n——\n1. 5-302 B×2');
    expect(readChain(fresh, codes).map((l) => l.line)).toEqual([4]);
  });
});

describe('money is integer fen', () => {
  it('reads yuan as written without floats and shows it back', () => {
    expect([parseFen('100'), parseFen('99.5'), parseFen('12.05'), parseFen('0.1')]).toEqual([10000, 9950, 1205, 10]);
    expect([formatYuan(10000), formatYuan(9950), formatYuan(1205)]).toEqual(['100', '99.5', '12.05']);
  });
});

describe('any order line in any of the residents\' formats', () => {
  it('reads back the same door and items', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 101, max: 2899 }),
        fc.subarray(['A', 'B', 'C'], { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 499 }),
        (building, room, chosen, qty, style, n) => {
          const items = new Map(chosen.map((c, i) => [c, qty[i]!]));
          const parsed = readChainLine(normalize(lineFor(style, n, building, room, items)), 0, codes);
          expect(parsed.door).toEqual({ building: String(building), room: String(room) });
          expect(Object.fromEntries(parsed.items)).toEqual(Object.fromEntries(items));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('whatever is pasted', () => {
  it('never throws, and every line it reads has a door or an item', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const line of readChain(normalize(text), codes)) expect(line.door !== undefined || line.items.size + line.unknown.length > 0 || line.badQuantity).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a copied line is known by its signature without being read again', () => {
  const styles = fc.constantFrom('5-302 B×2', '5号楼302 A套餐两份', '12. 6-101 王 A1 B1', '3、7号楼1201室 B套餐两份🙏', '5-302 取消', '8-808 Z×1', '谢谢团长', '9-909 B-1', 'A 100元');
  const lines = fc.oneof(styles, fc.string({ maxLength: 30 }));

  it('the cached signature is the one reading the line gives, first time and again', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom(codes, new Set(['A']), new Set<string>()), (raw, someCodes) => {
        const text = normalize(raw);
        const expected = signatureOf(readChainLine(text, 3, someCodes));
        expect(lineSignature(text, someCodes)).toEqual(expected);
        expect(lineSignature(text, someCodes)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    expect(lineSignature('5-302 B×2', codes)).toEqual({ door: '5-302', signature: '5-302|B2' });
    expect(lineSignature('5-302 取消', codes)).toEqual({ door: '5-302', signature: '5-302|取消1' });
    expect(lineSignature('谢谢团长', codes)).toBeUndefined();
  });

  it('keeps a bounded number of lines however many different ones residents send', () => {
    for (let i = 0; i < SIGNATURE_CACHE_SIZE + 500; i++) lineSignature(`${i}. 5-${100 + i} B×2`, codes);
    expect(signatureCacheSize()).toBe(SIGNATURE_CACHE_SIZE);
    expect(lineSignature('1. 5-101 B×2', codes)).toEqual({ door: '5-101', signature: '5-101|B2' });
  });
});
