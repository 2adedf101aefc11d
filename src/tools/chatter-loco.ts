import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';
import { chatterProbability, DEV_FILES, examplesOf, train, trainBayes } from './chatter.js';
import { labelOf, labelOfCommand, readCorpus, situationOfContext, type Row } from './corpus.js';

/**
 * `npx tsx src/tools/chatter-loco.ts [--bayes] [--scaled] [--replies] [--thresholds 0.8,0.9]
 * [--decisions DIR] [--details]`: the learned chatter veto (src/tools/chatter.ts)
 * measured leave-one-corpus-out over the dev files only. For each dev file the model is trained on
 * the other dev files (no probes: the probe sets were written from the dev files' reasons and would
 * leak the held-out file), then the file is read by the rules with the veto: in a group, when the
 * rules act or ask on a reading that is no emergency, no slash command, no keyword of confidence 1
 * and (unless --replies) not a reply under the bot's own post, and P(chatter) ≥ the threshold, the
 * bot stays silent instead.
 *
 * The rules are the current ones, or with --decisions DIR the decisions `npm run parse` printed for
 * each file at another commit (DIR/dev-N.jsonl, one JSON line a row, as
 * `npx tsx src/tools/parse.ts < tests/corpus/dev-N.tsv` prints them): the rules as they were when a
 * corpus was new, before anyone tuned on it (scripts/chatter-fresh-decisions.sh writes them).
 * --bayes: naive Bayes instead of logistic regression; --scaled: the regression with its sum divided by
 * √(number of features); --details: every row the veto touched and every chatter row the rules took.
 * The go rule (docs/understanding.md): saves ≥ 40% of the chatter taken, loses ≤ 1 request in 400.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const THRESHOLDS = process.argv.includes('--thresholds') ? process.argv[process.argv.indexOf('--thresholds') + 1]!.split(',').map(Number) : [0.8, 0.9, 0.95, 0.98];
const argv = process.argv.slice(2);
const decisionsDir = argv.includes('--decisions') ? argv[argv.indexOf('--decisions') + 1] : undefined;
const withReplies = argv.includes('--replies');
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

/** What the rules did with a row. */
interface RuleDecision {
  predicted: string;
  kind: string;
  slash: boolean;
  reading?: { intent: string; via: string; confidence: number };
}

interface Played extends Row {
  normalized: string;
  rules: RuleDecision;
}

function current(row: Row): { normalized: string; rules: RuleDecision } {
  const read = router.read({ text: row.text, isGroup: !row.context.startsWith('private') });
  if (read.kind === 'command') return { normalized: read.text, rules: { predicted: labelOfCommand(read.command.name), kind: 'act', slash: true } };
  if (read.kind !== 'text') return { normalized: read.text, rules: { predicted: 'none', kind: 'silence', slash: false } };
  const { decision } = router.understand(read.text, situationOfContext(row.context, read.addressed), read.lang);
  const reading = decision.kind === 'act' || decision.kind === 'ask' ? decision.reading : undefined;
  return { normalized: read.text, rules: { predicted: labelOf(decision).intent, kind: decision.kind, slash: false, ...(reading ? { reading } : {}) } };
}

interface ParseLine {
  intent: string;
  normalized?: string;
  via?: string;
  decision?: { kind: string; intent: string; command: string };
  readings?: { intent: string; command: string; via: string; confidence: number }[];
}

function recorded(row: Row, line: ParseLine): { normalized: string; rules: RuleDecision } {
  const normalized = line.normalized ?? router.read({ text: row.text, isGroup: true }).text;
  if (line.via === 'slash') return { normalized, rules: { predicted: line.intent, kind: 'act', slash: true } };
  const d = line.decision ?? { kind: 'silence', intent: '', command: '' };
  const reading = line.readings?.find((r) => r.intent === d.intent && r.command === d.command);
  return { normalized, rules: { predicted: line.intent, kind: d.kind, slash: false, ...(reading ? { reading } : {}) } };
}

function play(name: string): Played[] {
  const rows = readCorpus(join(ROOT, 'tests/corpus', `${name}.tsv`));
  if (!decisionsDir) return rows.map((row) => ({ ...row, ...current(row) }));
  const lines = readFileSync(join(decisionsDir, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ParseLine);
  if (lines.length !== rows.length) throw new Error(`${name}: ${lines.length} decisions for ${rows.length} rows`);
  return rows.map((row, i) => ({ ...row, ...recorded(row, lines[i]!) }));
}

const inGroup = (r: Row) => !r.context.startsWith('private');
const taken = (r: Played) => r.rules.kind === 'act' || r.rules.kind === 'ask';

/** Whether the veto may silence what the rules did with this row; band 'ask' only silences questions. */
function vetoable(r: Played, band: 'all' | 'ask'): boolean {
  if (!inGroup(r) || !taken(r) || r.rules.slash) return false;
  if (!withReplies && r.context.startsWith('reply:')) return false;
  if (band === 'ask' && r.rules.kind !== 'ask') return false;
  const reading = r.rules.reading;
  if (!reading || reading.intent === 'emergency' || r.rules.predicted.startsWith('emergency')) return false;
  return !(reading.via === 'keyword' && reading.confidence >= 1);
}

const available = decisionsDir ? DEV_FILES.filter((n) => existsSync(join(decisionsDir, `${n}.jsonl`))) : DEV_FILES;
const files = new Map(DEV_FILES.map((n) => [n, readCorpus(join(ROOT, 'tests/corpus', `${n}.tsv`))]));
const examples = new Map(DEV_FILES.map((n) => [n, examplesOf(router, files.get(n)!)]));
const fit = (name: string) => {
  const others = DEV_FILES.filter((n) => n !== name).flatMap((n) => examples.get(n)!);
  return argv.includes('--bayes') ? trainBayes(others) : train(others, { scaled: argv.includes('--scaled') });
};

interface Tally { chatter: number; takenChatter: number; vetoableChatter: number; requests: number; saved: number[]; lost: number[]; silenced: number[] }
const empty = (): Tally => ({ chatter: 0, takenChatter: 0, vetoableChatter: 0, requests: 0, saved: THRESHOLDS.map(() => 0), lost: THRESHOLDS.map(() => 0), silenced: THRESHOLDS.map(() => 0) });
const totals = { all: empty(), ask: empty() };
const details: string[] = [];

console.log(`${argv.includes('--bayes') ? 'naive Bayes' : `logistic regression${argv.includes('--scaled') ? ', scaled' : ''}`}; rules: ${decisionsDir ? `as recorded in ${decisionsDir}` : 'current'}; veto ${withReplies ? 'also' : 'not'} under the bot's posts; thresholds ${THRESHOLDS.join(', ')}`);
console.log('saved = chatter the rules took and the veto silenced; lost = a request read right, silenced; silenced = any other request the rules took (misread or asked), silenced\n');
console.log(`${'file'.padEnd(8)} ${'chatter'.padStart(7)} ${'taken'.padStart(5)} ${'reqs'.padStart(5)}   ${THRESHOLDS.map((t) => `t=${t} saved/lost/silenced`.padEnd(24)).join(' ')}   band ask: ${THRESHOLDS.map((t) => `t=${t}`.padEnd(10)).join(' ')}`);
for (const name of available) {
  const model = fit(name);
  const played = play(name);
  const t = { all: empty(), ask: empty() };
  for (const r of played.filter(inGroup)) {
    const p = chatterProbability(model, r.normalized, r.context);
    const isChatter = r.intent === 'none';
    for (const band of ['all', 'ask'] as const) {
      if (isChatter) t[band].chatter++;
      else t[band].requests++;
      if (isChatter && taken(r)) t[band].takenChatter++;
      if (isChatter && vetoable(r, band)) t[band].vetoableChatter++;
      THRESHOLDS.forEach((th, i) => {
        if (!vetoable(r, band) || p < th) return;
        if (isChatter) t[band].saved[i]!++;
        else if (r.rules.predicted === r.intent) t[band].lost[i]!++;
        else t[band].silenced[i]!++;
        if (band === 'all') details.push(`${name}:${r.line} t≥${th} p=${p.toFixed(3)} ${r.intent} ← ${r.rules.kind} ${r.rules.predicted}  ${r.normalized.slice(0, 60).replace(/\n/g, ' ')}`);
      });
      if (isChatter && taken(r) && band === 'all') details.push(`${name}:${r.line} TAKEN p=${p.toFixed(3)} ${r.rules.kind} ${r.rules.predicted}${vetoable(r, 'all') ? '' : ' (not vetoable)'}  ${r.normalized.slice(0, 60).replace(/\n/g, ' ')}`);
    }
  }
  for (const band of ['all', 'ask'] as const) {
    const T = totals[band];
    T.chatter += t[band].chatter;
    T.takenChatter += t[band].takenChatter;
    T.vetoableChatter += t[band].vetoableChatter;
    T.requests += t[band].requests;
    THRESHOLDS.forEach((_, i) => { T.saved[i]! += t[band].saved[i]!; T.lost[i]! += t[band].lost[i]!; T.silenced[i]! += t[band].silenced[i]!; });
  }
  print(name, t);
}
print('total', totals);
const T = totals.all;
console.log(`\nchatter taken that the veto may touch at all: ${T.vetoableChatter} of ${T.takenChatter} (the rest: emergencies and the emergency question, slash commands, keywords, replies under the bot's posts); in the ask band ${totals.ask.vetoableChatter}`);
console.log(`\ngo if saved ≥ 40% of chatter taken (${Math.ceil(0.4 * T.takenChatter)} of ${T.takenChatter}) and lost ≤ 1 per 400 group requests (${Math.floor(T.requests / 400)} of ${T.requests}):`);
THRESHOLDS.forEach((th, i) => {
  for (const band of ['all', 'ask'] as const) {
    const b = totals[band];
    const go = b.saved[i]! >= 0.4 * b.takenChatter && b.lost[i]! <= b.requests / 400;
    console.log(`  t=${th} ${band.padEnd(3)}: saved ${b.saved[i]}/${b.takenChatter}, lost ${b.lost[i]}/${b.requests}, silenced ${b.silenced[i]} → ${go ? 'GO' : 'no go'}`);
  }
});
if (argv.includes('--details')) console.log(`\n${details.join('\n')}`);

function print(name: string, t: { all: Tally; ask: Tally }): void {
  const cell = (b: Tally, i: number) => `${b.saved[i]}/${b.lost[i]}/${b.silenced[i]}`;
  console.log(
    `${name.padEnd(8)} ${String(t.all.chatter).padStart(7)} ${String(t.all.takenChatter).padStart(5)} ${String(t.all.requests).padStart(5)}   ${THRESHOLDS.map((_, i) => cell(t.all, i).padEnd(24)).join(' ')}   ${' '.repeat(10)}${THRESHOLDS.map((_, i) => cell(t.ask, i).padEnd(10)).join(' ')}`,
  );
}
