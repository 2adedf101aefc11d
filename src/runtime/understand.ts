import type { Role } from '../kernel/roles.js';
import type { AnyCommand, ParseContext } from './command.js';
import { plainWords } from '../kernel/dialect.js';
import { parseArgs } from './args.js';

/** An open group-buy where a message was written: its number and items (code and name). */
export interface OpenGroupBuy {
  id: number;
  items: { code: string; name: string }[];
  /** Closed (or not open yet): named by a copied chain or a reply it is answered, never guessed at. */
  closed?: boolean;
}

/**
 * What the dispatcher knows about a message from the database, for the recognisers: where it was
 * written, whom it addresses, which bot post it replies to, what is open there, and who wrote it.
 */
export interface Situation {
  isGroup: boolean;
  /** The bot was @-mentioned or named. */
  addressed: boolean;
  /** The kind of bot post this message replies to ('task', 'recruit', 'chain', 'emergency', …) and its record. */
  replyTo?: { kind: string; id: number };
  /** The open group-buys of the chat (else of the community). Read only by the recognisers that need it. */
  readonly groupBuys: OpenGroupBuy[];
  /** The writer belongs to a community (a bound group, or a private chat of a known resident). */
  hasCommunity: boolean;
  /** The writer's saved home ("5-302"), if any. */
  home?: string;
  /** The kind of the writer's open conversation here, if any. */
  conversation?: string;
  /** The kinds of the writer's own records still open ('medicine': a request that may still be cancelled). Read only when asked. */
  readonly ownOpen?: readonly string[];
  /** Whether the writer holds a role in their community (a team's own words about its work: 「今天要配哪些药」). */
  has?: (role: Role) => boolean;
}

/** What one recogniser reads in a message, before the runtime names the command that acts on it. */
export interface Recognised {
  /** What the person wants, in the words of the corpus (tests/corpus/SPEC.md): 'medicine', 'order', 'task.claim'… */
  intent: string;
  /** 0 (nothing) to 1 (certain). See CLEAR and LIKELY. */
  confidence: number;
  /** The words that decided it, as written (normalised). */
  evidence: string[];
  /** The fields read, as the corpus writes them: items, qty, days, door, skills. */
  fields?: Record<string, string>;
  /** The command's arguments, when the recogniser read them itself. */
  args?: unknown;
  /** Otherwise the text the command's own parser reads. */
  rawArgs?: string;
}

/** A reading: a recognised intent and the command (or reply handler) that acts on it. */
export interface Reading extends Recognised {
  /** The command's name, or for a reply to a bot post the post's kind. */
  command: string;
  via: 'keyword' | 'recognise' | 'reply';
}

/**
 * What the dispatcher does with a message:
 * - act: clear; the command runs (the policy still decides whether this person may);
 * - ask: likely but not clear; one short question answered with one word completes it;
 * - silence: unclear, in a busy group;
 * - guess: unclear, in a private chat or when the bot was addressed: the best guesses as choices.
 */
export type Decision =
  | { kind: 'act'; reading: Reading }
  /** `then`: a surer need passed over for the question (a medicine request beside 「要不要打120」), done when the answer is no. */
  | { kind: 'ask'; reading: Reading; then?: Reading }
  | { kind: 'silence' }
  | { kind: 'guess'; choices: Reading[] };

export interface Understanding {
  /** Every candidate, best first. */
  readings: Reading[];
  decision: Decision;
}

/** At or above this a reading is clear and acted on. */
export const CLEAR = 0.75;
/** At or above this (and below CLEAR) a reading is likely: the person is asked. */
export const LIKELY = 0.5;
/** A clear reading must lead a reading of another intent by this much, or the person is asked. */
export const MARGIN = 0.1;
/** The evidence of a likely emergency whose writer asks whether to call (「要不要打120」): decide() asks it before a surer need. */
export const WHETHER_TO_CALL_ASKED = 'whether to call, asked';

/** Reads a reply to a bot post of one kind, without the database. */
export type ReplyRecogniser = (text: string, s: Situation) => Recognised | undefined;

/** The recognisers of every command and reply kind, gathered once (the router builds it). */
export interface Recognisers {
  commands: readonly AnyCommand[];
  /** Reply kind → the pure recogniser of replies to posts of that kind. */
  replies: ReadonlyMap<string, ReplyRecogniser>;
}

const byConfidence = (a: Reading, b: Reading) => b.confidence - a.confidence;

/**
 * Reads a message the way a neighbour would: every recogniser that finds something returns a
 * scored reading with its evidence, and one decision is taken from them. Pure: the situation
 * carries what the database knows. `text` is normalised (src/kernel/normalize.ts), without the
 * @mention of the bot.
 */
export function understand(text: string, s: Situation, recognisers: Recognisers, lang: ParseContext['lang'] = 'zh-CN'): Understanding {
  // Shanghainese and Cantonese words (阿拉, 侬, 伐, 冇, 咗) are read as the Mandarin they mean.
  const readings = readAll(plainWords(text), s, recognisers, lang).sort(byConfidence);
  return { readings, decision: decide(readings, s) };
}

function readAll(text: string, s: Situation, recognisers: Recognisers, lang: ParseContext['lang']): Reading[] {
  const out: Reading[] = [];
  if (text === '') return out;
  const p: ParseContext = { lang, isGroup: s.isGroup, addressed: s.addressed };
  if (s.replyTo) {
    const reply = recognisers.replies.get(s.replyTo.kind)?.(text, s);
    if (reply) out.push({ ...reply, command: s.replyTo.kind, via: 'reply' });
  }
  for (const command of recognisers.commands) {
    for (const keyword of command.keywords ?? []) {
      const m = keyword.exec(text);
      if (!m) continue;
      const rawArgs = (m[1] ?? '').trim();
      // A phrase that merely looks like the command ("我住院了") is not clear when its arguments do not read.
      const ok = parseArgs(command, rawArgs, p).ok;
      out.push({ intent: command.name, command: command.name, via: 'keyword', rawArgs, confidence: ok ? 1 : 0.3, evidence: [m[0]] });
      break;
    }
    const found = command.recognise?.(text, s);
    for (const r of Array.isArray(found) ? found : found ? [found] : []) out.push({ ...r, command: command.name, via: 'recognise' });
  }
  // Under a task post, a clear claim, done or give-back is what the reply says; the medicine fetched or the
  // offer made in it (「降压药我去买」, "Metformin delivered") is the task's, not another request. Danger still goes first.
  const answer = s.replyTo?.kind === 'task' ? out.find((r) => r.via === 'reply' && r.confidence >= CLEAR) : undefined;
  if (answer) return out.filter((r) => r === answer || r.intent.startsWith('emergency'));
  return out;
}

/** The one decision, from the readings (best first). */
export function decide(readings: Reading[], s: Situation): Decision {
  const best = readings[0];
  const forBot = !s.isGroup || s.addressed;
  if (!best || best.confidence < LIKELY) return forBot ? { kind: 'guess', choices: choicesOf(readings) } : { kind: 'silence' };
  // Danger to someone now goes first, whatever else the message says and however sure another
  // reading is (「我是护士 可以帮忙 楼下有人晕倒了 叫不醒」 is an emergency, not a sign-up).
  const danger = readings.find((r) => r.intent === 'emergency' && r.confidence >= CLEAR);
  if (danger) return { kind: 'act', reading: danger };
  if (best.intent === 'emergency') return best.confidence >= CLEAR ? { kind: 'act', reading: best } : { kind: 'ask', reading: best };
  // A likely danger is not left unasked behind the door it happens at (「我妈一下午没回电话 她住3-601」 is no home to
  // record), nor behind a need when the writer asks whether to call (「降压药吃完了 头晕 要不要打120」: round 14). (Behind
  // any other surer reading it would be: a need said beside a mild sign is that need, measured in round 9.)
  const likelyDanger = readings.find((r) => r.intent === 'emergency' && r.confidence >= LIKELY && (best.intent === 'home' || r.evidence.includes(WHETHER_TO_CALL_ASKED)));
  if (likelyDanger) return { kind: 'ask', reading: likelyDanger, ...(best.intent !== 'home' && best !== likelyDanger ? { then: best } : {}) };
  const rival = readings.find((r) => r.intent !== best.intent && r.command !== best.command);
  if (best.confidence >= CLEAR && (!rival || best.confidence - rival.confidence >= MARGIN - 1e-9)) return { kind: 'act', reading: best };
  return { kind: 'ask', reading: best };
}

/** Two or three different things the person may have meant, best first. */
function choicesOf(readings: Reading[]): Reading[] {
  const seen = new Set<string>();
  const out: Reading[] = [];
  for (const r of readings) {
    if (r.confidence <= 0 || seen.has(r.intent)) continue;
    seen.add(r.intent);
    out.push(r);
    if (out.length === 3) break;
  }
  return out;
}
