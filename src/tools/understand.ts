import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';
import { figures, pct, readCorpus, score, type Figures, type Scored } from './corpus.js';

/**
 * `npm run understand`: plays every message of the labelled corpus (tests/corpus/) through the
 * understanding the dispatcher uses and prints its figures, for dev and holdout separately. The
 * rows it got wrong are printed for dev only (add --quiet to leave them out): the holdout is for
 * measuring, and nobody tuning the recognisers may read it.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const quiet = process.argv.includes('--quiet');
// --only medicine: the dev rows about one intent (wanted or got).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

const dev = score(router, readCorpus(join(ROOT, 'tests/corpus/dev.tsv')));
const holdout = score(router, readCorpus(join(ROOT, 'tests/corpus/holdout.tsv')));

if (!quiet) printFailures(dev);
console.log('');
print('dev', figures(dev));
print('holdout', figures(holdout));

function print(name: string, f: Figures): void {
  const line = (label: string, [right, all]: [number, number]) => `  ${label.padEnd(16)} ${pct(right, all).padStart(7)}  (${right}/${all})`;
  console.log(`== ${name}: ${f.rows} messages`);
  console.log(line('intents', [f.intents, f.rows]));
  console.log(line('fields', [f.fields, f.fieldRows]));
  console.log(`  false emergencies ${f.falseEmergencies}`);
  console.log(`  missed emergencies ${f.missedEmergencies}`);
  console.log(`  chatter taken    ${pct(f.chatterTaken, f.groupChatter).padStart(7)}  (${f.chatterTaken}/${f.groupChatter} chatter messages in groups)`);
  console.log('  by intent:');
  for (const [k, v] of [...f.byIntent].sort()) console.log(`  ${line(k, v)}`);
  console.log('  by script:');
  for (const [k, v] of [...f.byScript].sort()) console.log(`  ${line(k, v)}`);
  console.log('  by context:');
  for (const [k, v] of [...f.byContext].sort()) console.log(`  ${line(k, v)}`);
}

function printFailures(rows: Scored[]): void {
  const fields = (f: Record<string, string>) => Object.entries(f).map(([k, v]) => `${k}=${v}`).join(';');
  for (const r of rows) {
    if (r.intentRight && r.fieldsRight !== false) continue;
    if (only && !r.intent.startsWith(only) && !r.predicted.replace(/^ask:/, '').startsWith(only)) continue;
    const what = r.intentRight ? 'fields' : 'intent';
    console.log(`dev:${r.line} [${what}] ${r.context} | ${r.text.replace(/\n/g, '\\n').slice(0, 120)}`);
    console.log(`    want ${r.intent} ${fields(r.fields)}`);
    console.log(`    got  ${r.predicted} ${fields(r.predictedFields)} (${r.decision})`);
  }
}
