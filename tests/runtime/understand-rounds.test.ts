import { describe, expect, it } from 'vitest';
import { allCapabilities } from '../../commands/index.js';
import { Registry } from '../../src/runtime/registry.js';
import { score, type Row } from '../../src/tools/corpus.js';
import { readdirSync } from 'node:fs';

/**
 * The probe sets of rounds 11 on (docs/understanding.md, "Round 11", "Round 12"): every array that each
 * probes/<family><round>.ts module exports is one set, read as the corpus reads a row. Kept apart from
 * understand.test.ts so that a round's helpers, each writing its own module, never edit the same file.
 */
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);
type Probe = [string, string, string, string?];
const isProbeSet = (v: unknown): v is Probe[] => Array.isArray(v) && v.every((p) => Array.isArray(p) && typeof p[1] === 'string');
const rowsOf = (probes: Probe[]): Row[] =>
  probes.map(([context, text, intent, fields], i) => ({
    line: i + 1,
    text,
    context,
    intent,
    fields: Object.fromEntries((fields ?? '').split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string])),
  }));

const FIRST_ROUND_HERE = 11;
const roundOf = (file: string) => Number(/^[a-z]+(\d+)[a-z]?\.ts$/.exec(file)?.[1] ?? 0); // chatter14b: a second helper of a family in a round
const modules = readdirSync(new URL('./probes/', import.meta.url)).filter((f) => roundOf(f) >= FIRST_ROUND_HERE).sort();
const loaded = await Promise.all(modules.map(async (f) => [f.replace(/\.ts$/, ''), await import(`./probes/${f.replace(/\.ts$/, '.js')}`)] as const));
const sets = loaded.flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).filter(([, v]) => isProbeSet(v)).map(([name, v]) => [`${module}: ${name}`, v as Probe[]] as const),
);

describe('rounds 11 on: the recognisers read the round\'s probe sets as a neighbour would', () => {
  it('has probe sets to read', () => {
    // Until the round's helpers write theirs there are none; the lead's own set keeps this honest.
    expect(sets.length).toBeGreaterThan(0);
  });
  for (const [name, probes] of sets) {
    describe(name, () => {
      it.each(score(router, rowsOf(probes)).map((s) => [s.context, s.text, s] as const))('%s: %s', (_context, _text, s) => {
        expect({ intent: s.predicted, fields: s.fieldsRight === false ? s.predictedFields : s.fields }).toEqual({ intent: s.intent, fields: s.fields });
      });
    });
  }
});
