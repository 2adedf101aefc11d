/**
 * A learned second opinion on group chatter: P(chatter) from the character 1–3-grams of the
 * normalised text and the context, by logistic regression or naive Bayes (both linear in the same
 * binary features, so one model format). Written by hand rather than taken from npm: a linear
 * model over some 20,000 features is a few dozen lines and needs no matrix library, and a fixed
 * training order gives the same bytes for the same corpus. Trained by `npm run train`, measured
 * leave-one-corpus-out by `src/tools/chatter-loco.ts`; left out of the decision (its figures did
 * not pass: docs/understanding.md, "Measured, and left out").
 */
import type { Router } from '../runtime/router.js';
import type { Row } from './corpus.js';

/** The dev files of tests/corpus/ (never a holdout), the only corpus the model is trained and measured on. */
export const DEV_FILES = ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'dev-11', 'dev-12', 'dev-13', 'dev-14', 'dev-15', 'dev-16'];

/** A corpus's rows as examples: the text as the router normalises it (the project's normaliser, @bot removed), chatter = labelled none. */
export const examplesOf = (router: Router, rows: Row[]): Example[] =>
  rows.map((r) => ({ text: router.read({ text: r.text, isGroup: !r.context.startsWith('private') }).text, context: r.context, chatter: r.intent === 'none' }));

export interface ChatterModel {
  /** Logit of a message with no known feature. */
  bias: number;
  /** The sum of the weights is divided by the square root of the number of features (long messages are not surer by length alone). */
  scaled?: boolean;
  /** Feature → weight (rounded; rare features and near-zero weights pruned). */
  weights: Record<string, number>;
}

export interface Example {
  /** Normalised text (the router's). */
  text: string;
  /** The corpus's context: group, reply:task… */
  context: string;
  chatter: boolean;
}

/** The features of a message: its character 1–3-grams (digits as 0, Latin lower case) and its context. */
export function featuresOf(text: string, context: string): string[] {
  const chars = [...`^${text.toLowerCase().replace(/[0-9]/g, '0').replace(/\s+/g, ' ')}$`];
  const out = new Set<string>([`ctx:${context}`]);
  for (let i = 0; i < chars.length; i++) {
    out.add(chars[i]!);
    if (i + 1 < chars.length) out.add(chars[i]! + chars[i + 1]!);
    if (i + 2 < chars.length) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return [...out];
}

/** P(chatter) of a message. */
export function chatterProbability(model: ChatterModel, text: string, context: string): number {
  const features = featuresOf(text, context);
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  z = model.bias + (model.scaled ? z / Math.sqrt(features.length) : z);
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  /** A feature seen in fewer examples is left out. */
  minCount: number;
  epochs: number;
  rate: number;
  /** L2 penalty per step. */
  l2: number;
  /** See ChatterModel.scaled. */
  scaled: boolean;
}

export const TRAINING: TrainOptions = { minCount: 3, epochs: 12, rate: 0.05, l2: 1e-4, scaled: false };

/**
 * Trains by stochastic gradient descent in a fixed order (a seeded shuffle), so the same examples
 * give the same model byte for byte.
 */
export function train(examples: Example[], options: Partial<TrainOptions> = {}): ChatterModel {
  const o = { ...TRAINING, ...options };
  const rows = examples.map((e) => ({ features: featuresOf(e.text, e.context), y: e.chatter ? 1 : 0 }));
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (n >= o.minCount) index.set(f, index.size);
  const known = rows.map((r) => ({ ids: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), n: r.features.length, y: r.y }));
  const w = new Float64Array(index.size);
  let bias = 0;
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const order = known.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { ids, n, y } = known[k]!;
      const s = o.scaled ? 1 / Math.sqrt(n) : 1;
      let z = 0;
      for (const id of ids) z += w[id]!;
      z = bias + z * s;
      const g = 1 / (1 + Math.exp(-z)) - y;
      bias -= o.rate * g;
      for (const id of ids) w[id] = w[id]! - o.rate * (g * s + o.l2 * w[id]!);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, id] of index) {
    const v = Math.round(w[id]! * 1000) / 1000;
    if (Math.abs(v) >= 0.01) weights[f] = v;
  }
  return { bias: Math.round(bias * 1000) / 1000, ...(o.scaled ? { scaled: true } : {}), weights };
}

/**
 * Multinomial naive Bayes over the same (binary) features, as a model of the same form: each feature's weight is
 * log P(f | chatter) − log P(f | request) with add-one smoothing, the bias the log ratio of the priors.
 * Measured beside the regression (`chatter-loco.ts --bayes`); its probabilities are far from calibrated.
 */
export function trainBayes(examples: Example[], minCount = TRAINING.minCount): ChatterModel {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const seen = new Map<string, number>();
  let chatter = 0;
  for (const e of examples) {
    const c = e.chatter ? 1 : 0;
    chatter += c;
    for (const f of featuresOf(e.text, e.context)) {
      counts[c]!.set(f, (counts[c]!.get(f) ?? 0) + 1);
      totals[c]!++;
      seen.set(f, (seen.get(f) ?? 0) + 1);
    }
  }
  const kept = [...seen].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const weights: Record<string, number> = {};
  for (const f of kept) {
    const v = Math.log(((counts[1]!.get(f) ?? 0) + 1) / (totals[1]! + kept.length)) - Math.log(((counts[0]!.get(f) ?? 0) + 1) / (totals[0]! + kept.length));
    const rounded = Math.round(v * 1000) / 1000;
    if (Math.abs(rounded) >= 0.01) weights[f] = rounded;
  }
  return { bias: Math.round(Math.log((chatter + 1) / (examples.length - chatter + 1)) * 1000) / 1000, weights };
}
