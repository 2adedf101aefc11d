import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';
import { DEV_FILES, examplesOf, train, trainBayes } from './chatter.js';
import { readCorpus } from './corpus.js';

/**
 * `npm run train -- [--bayes] [--scaled] [--out chatter-model.json]`: trains the chatter model
 * (src/tools/chatter.ts) on every dev file of tests/corpus/ (never a holdout) and writes it as
 * JSON, the same bytes for the same corpus. Logistic regression unless --bayes. The model is not
 * used by the bot (docs/understanding.md, "Measured, and left out"); this is for re-running the
 * experiment and trying the next idea.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1]! : 'chatter-model.json';
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

const examples = DEV_FILES.flatMap((name) => examplesOf(router, readCorpus(join(ROOT, 'tests/corpus', `${name}.tsv`))));
const model = argv.includes('--bayes') ? trainBayes(examples) : train(examples, { scaled: argv.includes('--scaled') });
const json = `${JSON.stringify(model)}\n`;
writeFileSync(out, json);
console.log(`${out}: ${Buffer.byteLength(json)} bytes, ${Object.keys(model.weights).length} features, from ${examples.length} dev messages`);
