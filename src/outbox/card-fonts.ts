// CJK fonts for picture cards (card.ts), from the npm packages @fontsource/noto-sans-sc
// and @fontsource/noto-sans-tc (OFL-1.1). Never a system font, never a download.
//
// Fontsource cuts each font into ~100 .woff slices by unicode-range (listed in the
// package's unicode.json). We read only the slices that a card's text needs, once per
// process: a typical card needs ~15-25 slices (~0.6-1 MB) instead of a 10+ MB font.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;
type Range = readonly [number, number];
interface Slice { id: string; ranges: Range[] }
interface Pack { pkg: string; dir: string; slices: Slice[] }

const PACKAGES = { sc: 'noto-sans-sc', tc: 'noto-sans-tc' } as const;
export type Script = keyof typeof PACKAGES;

function parseRanges(css: string): Range[] {
  return css.split(',').map((part) => {
    const [a = '0', b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)] as const;
  });
}

const packs = new Map<Script, Pack>();
function pack(script: Script): Pack {
  let p = packs.get(script);
  if (!p) {
    const pkg = PACKAGES[script];
    // Resolved from node_modules next to this file, like any import.
    const unicodeJson = require.resolve(`@fontsource/${pkg}/unicode.json`);
    const table = JSON.parse(readFileSync(unicodeJson, 'utf8')) as Record<string, string>;
    // Named 'latin' first so plain ASCII comes from one small slice; then the CJK slices.
    const ids = Object.keys(table).sort((x, y) => Number(y === 'latin') - Number(x === 'latin'));
    const slices = ids.map((key) => ({ id: key.replace(/[[\]]/g, ''), ranges: parseRanges(table[key] ?? '') }));
    p = { pkg, dir: join(dirname(unicodeJson), 'files'), slices };
    packs.set(script, p);
  }
  return p;
}

function slicesFor(p: Pack, cp: number): Slice[] {
  return p.slices.filter((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
}

// One Font object per file for the whole process: satori caches parsed fonts by the
// identity of `data`, so reusing the same Buffer means each slice is parsed once.
const loaded = new Map<string, Font>(); // by absolute path
function sliceFont(p: Pack, s: Slice, weight: Weight): Font {
  const file = join(p.dir, `${p.pkg}-${s.id}-${weight}-normal.woff`); // .woff: no brotli step
  let f = loaded.get(file);
  if (!f) {
    // Each slice gets its own family name: satori falls back across families, not
    // across several fonts of one family.
    f = { name: `${p.pkg}-${s.id}`, data: readFileSync(file), weight, style: 'normal' };
    loaded.set(file, f);
  }
  return f;
}

// A slice's unicode-range is wider than its glyphs (e.g. ✅ is in a range but has no
// glyph), so what a slice really draws is read from its cmap table.
const cmaps = new Map<string, Set<number>>();
function drawable(p: Pack, s: Slice): Set<number> {
  const key = `${p.pkg}-${s.id}`;
  let set = cmaps.get(key);
  if (!set) {
    set = readCmap(sliceFont(p, s, 400).data as Buffer);
    cmaps.set(key, set);
  }
  return set;
}

/** Code points with a glyph, from a WOFF 1.0 file's cmap (formats 4 and 12). */
export function readCmap(woff: Buffer): Set<number> {
  const out = new Set<number>();
  const numTables = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let t = 0; t < numTables; t++) {
    const e = 44 + t * 20;
    if (woff.toString('latin1', e, e + 4) !== 'cmap') continue;
    const [off, comp, orig] = [woff.readUInt32BE(e + 4), woff.readUInt32BE(e + 8), woff.readUInt32BE(e + 12)];
    const raw = woff.subarray(off, off + comp);
    cmap = comp < orig ? inflateSync(raw) : raw;
  }
  if (!cmap) return out;
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
  for (const at of records) {
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      for (let g = 0, n = cmap.readUInt32BE(at + 12); g < n; g++) {
        const q = at + 16 + g * 12;
        for (let c = cmap.readUInt32BE(q); c <= cmap.readUInt32BE(q + 4); c++) out.add(c);
      }
    } else if (format === 4) {
      const seg2 = cmap.readUInt16BE(at + 6);
      for (let i = 0; i < seg2; i += 2) {
        const end = cmap.readUInt16BE(at + 14 + i), start = cmap.readUInt16BE(at + 16 + seg2 + i);
        const delta = cmap.readUInt16BE(at + 16 + 2 * seg2 + i), roAt = at + 16 + 3 * seg2 + i;
        const ro = cmap.readUInt16BE(roAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const g = ro === 0 ? c : cmap.readUInt16BE(roAt + ro + 2 * (c - start));
          if (g !== 0 && ((g + delta) & 0xffff) !== 0) out.add(c);
        }
      }
    }
  }
  return out;
}

/** The first slice, of the first script, that has a glyph for this code point. */
const found = new Map<string, { p: Pack; s: Slice } | undefined>();
function find(scripts: readonly Script[], cp: number): { p: Pack; s: Slice } | undefined {
  const key = `${scripts.join()}:${cp}`;
  if (found.has(key)) return found.get(key);
  let hit: { p: Pack; s: Slice } | undefined;
  for (const script of scripts) {
    const p = pack(script);
    const s = slicesFor(p, cp).find((c) => drawable(p, c).has(cp));
    if (s) { hit = { p, s }; break; }
  }
  found.set(key, hit);
  return hit;
}

/** Whether some font of these scripts has a glyph for the character. */
export function covers(scripts: readonly Script[], ch: string): boolean {
  return find(scripts, ch.codePointAt(0) ?? 0) !== undefined;
}

/**
 * Fonts for `text`, preferred script first (TC for zh-TW: Taiwan/HK glyph forms;
 * SC otherwise). A character the first script lacks comes from the next one.
 * Returns the fonts in fallback order and the family list to put in `fontFamily`.
 */
export function fontsFor(text: string, scripts: readonly Script[], weights: readonly Weight[]): { fonts: Font[]; family: string } {
  const picked = new Map<string, { p: Pack; s: Slice }>();
  for (const ch of new Set(text)) {
    const hit = find(scripts, ch.codePointAt(0) ?? 0);
    if (hit) picked.set(`${hit.p.pkg}-${hit.s.id}`, hit);
  }
  // Keep fallback order stable: by script preference, then by slice order.
  const order = (k: { p: Pack; s: Slice }) =>
    scripts.findIndex((sc) => PACKAGES[sc] === k.p.pkg) * 1000 + k.p.slices.indexOf(k.s);
  const chosen = [...picked.values()].sort((a, b) => order(a) - order(b));
  if (chosen.length === 0) { // satori needs at least one font even for an empty text
    const p = pack(scripts[0] ?? 'sc');
    const latin = p.slices[0];
    if (latin) chosen.push({ p, s: latin });
  }
  const fonts = chosen.flatMap(({ p, s }) => weights.map((w) => sliceFont(p, s, w)));
  const family = chosen.map(({ p, s }) => `${p.pkg}-${s.id}`).join(', ');
  return { fonts, family };
}

/** The font files read so far (absolute paths) and their bytes, for tests and the benchmark. */
export function loadedFonts(): { files: string[]; bytes: number } {
  let bytes = 0;
  for (const f of loaded.values()) bytes += (f.data as Buffer).byteLength;
  return { files: [...loaded.keys()], bytes };
}
