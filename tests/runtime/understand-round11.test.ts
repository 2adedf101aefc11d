import { describe, expect, it } from 'vitest';
import { allCapabilities } from '../../commands/index.js';
import { Registry } from '../../src/runtime/registry.js';
import { score, type Row } from '../../src/tools/corpus.js';
import * as chatter from './probes/chatter11.js';
import * as emergency from './probes/emergency11.js';
import * as lead from './probes/lead11.js';
import * as medicine from './probes/medicine11.js';
import * as needs from './probes/needs11.js';

/**
 * Round 11's probe sets (docs/understanding.md, "Round 11"): every array each module exports is one set,
 * read as the corpus reads a row. Kept apart from understand.test.ts so that the round's helpers, each
 * writing its own module, never edit the same file.
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

const sets = Object.entries({ chatter, emergency, lead, medicine, needs }).flatMap(([module, exports]) =>
  Object.entries(exports).filter(([, v]) => isProbeSet(v)).map(([name, v]) => [`${module}: ${name}`, v as Probe[]] as const),
);

describe('round 11: the recognisers read the round\'s probe sets as a neighbour would', () => {
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
