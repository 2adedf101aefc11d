import { readFileSync } from 'node:fs';
import { hasChinese, traditionalToSimplified } from '../kernel/chinese.js';
import { doorKey, flatOf, isLaneDoor, parseDoor } from '../kernel/fields/door.js';
import type { Router } from '../runtime/router.js';
import { bareSituation } from '../runtime/router.js';
import type { Decision, OpenGroupBuy, Situation } from '../runtime/understand.js';

/**
 * Plays the labelled corpus (tests/corpus/, format in its SPEC.md) through the understanding the
 * dispatcher uses, and scores it. How a decision is scored (docs/understanding.md):
 * - act: the reading's intent (a reply to a bot post: task.claim, recruit.signup, order…);
 * - ask: right only for a row labelled emergency.ask when the question is the emergency one
 *   (「需要医护人员吗?」); any other question counts as wrong, never as half right;
 * - silence (a group) and guess (a private chat: choices, nothing recorded): none.
 * Fields are right when the intent is right and every field the SPEC gives that intent is equal.
 */

export interface Row {
  line: number;
  text: string;
  context: string;
  intent: string;
  fields: Record<string, string>;
}

export type Script = 'simplified' | 'traditional' | 'english' | 'neutral';

export interface Scored extends Row {
  script: Script;
  predicted: string;
  predictedFields: Record<string, string>;
  decision: Decision['kind'];
  intentRight: boolean;
  fieldsRight: boolean | undefined;
}

/** Intents whose rows carry fields (tests/corpus/SPEC.md). */
const FIELD_KEYS: Record<string, string[]> = {
  medicine: ['items', 'qty', 'days', 'door'],
  home: ['door'],
  emergency: ['door'],
  volunteer: ['skills'],
  'recruit.signup': ['skills'],
  order: ['items', 'door'],
};
/** Fields compared as sets (their order says nothing). */
const SET_FIELDS = new Set(['skills']);

export function readCorpus(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: Row[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const [text = '', context = '', intent = '', fields = ''] = raw.split('\t');
    rows.push({ line: i + 2, text: text.replace(/\\n/g, '\n'), context, intent, fields: parseFields(fields) });
  });
  return rows;
}

function parseFields(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

export function scriptOf(text: string): Script {
  if (hasChinese(text)) return traditionalToSimplified(text) !== text ? 'traditional' : 'simplified';
  return /[A-Za-z]/.test(text) ? 'english' : 'neutral';
}

/** The scenario of tests/corpus/SPEC.md: group-buy #1 with A–D, a recruit post, a task post. */
export const CORPUS_GROUP_BUY: OpenGroupBuy = {
  id: 1,
  items: [
    { code: 'A', name: '蔬菜套餐' },
    { code: 'B', name: '肉禽套餐' },
    { code: 'C', name: '水果套餐' },
    { code: 'D', name: '鸡蛋(30个)' },
  ],
};

/** The contexts of tests/corpus/SPEC.md. */
export const CORPUS_CONTEXTS = ['group', 'private', 'private:new', 'reply:task', 'reply:recruit', 'reply:chain'];

/** The situation a context of the corpus describes. */
export function situationOfContext(context: string, addressed: boolean): Situation {
  const member = { hasCommunity: true, groupBuys: [CORPUS_GROUP_BUY] };
  switch (context) {
    case 'private':
      return bareSituation(false, addressed, { ...member, home: '5-302' });
    case 'private:new':
      return bareSituation(false, addressed);
    case 'reply:task':
      return bareSituation(true, addressed, { ...member, replyTo: { kind: 'task', id: 3 } });
    case 'reply:recruit':
      return bareSituation(true, addressed, { ...member, replyTo: { kind: 'recruit', id: 1 } });
    case 'reply:chain':
      return bareSituation(true, addressed, { ...member, replyTo: { kind: 'chain', id: 1 } });
    default:
      return bareSituation(true, addressed, member);
  }
}

/** Commands whose intent the corpus names otherwise. */
// /我的配药 answers what the bot holds of one's medicine requests: the SPEC's mydata.
const INTENT_OF_COMMAND: Record<string, string> = { 'groupbuy.buy': 'order', 'groupbuy.chain': 'order', mymed: 'mydata' };

/** A slash command as the corpus names its intent. */
export const labelOfCommand = (name: string): string => INTENT_OF_COMMAND[name] ?? name;

/** A decision as the corpus labels it: act → its intent; the emergency question → emergency.ask; another question → ask:<intent>; silence and a guess → none. */
export function labelOf(decision: Decision): { intent: string; fields: Record<string, string> } {
  if (decision.kind !== 'act' && decision.kind !== 'ask') return { intent: 'none', fields: {} };
  const intent = labelOfCommand(decision.reading.intent);
  return { intent: decision.kind === 'act' ? intent : intent === 'emergency' ? 'emergency.ask' : `ask:${intent}`, fields: corpusFields(decision.reading.fields ?? {}) };
}

/**
 * The fields as the SPEC defines them. Its `door` is a building's flat (5-302): a room let on its own (「45-602B」), which the
 * bot keeps as a household, is its flat (README-34, decision 1); a 石库门 lane house (「56弄12号亭子间」), which the bot reads
 * as a home, has no door in the SPEC's form and is labelled with none (README-33, decision 1).
 */
function corpusFields(fields: Record<string, string>): Record<string, string> {
  const door = fields.door === undefined ? undefined : parseDoor(fields.door);
  if (!door || /^\d+$/.test(door.room)) return fields;
  const { door: _door, ...rest } = fields;
  return isLaneDoor(door) ? rest : { ...rest, door: doorKey({ ...door, room: flatOf(door.room) }) };
}

export function score(router: Router, rows: Row[]): Scored[] {
  return rows.map((row) => {
    const isGroup = !row.context.startsWith('private');
    const prepared = router.read({ text: row.text, isGroup });
    let predicted = 'none';
    let predictedFields: Record<string, string> = {};
    let decision: Decision['kind'] = 'silence';
    if (prepared.kind === 'command') {
      predicted = labelOfCommand(prepared.command.name);
      decision = 'act';
    } else if (prepared.kind === 'text') {
      const u = router.understand(prepared.text, situationOfContext(row.context, prepared.addressed), prepared.lang);
      decision = u.decision.kind;
      ({ intent: predicted, fields: predictedFields } = labelOf(u.decision));
    }
    const intentRight = predicted === row.intent;
    const keys = FIELD_KEYS[row.intent];
    const fieldsRight = keys ? intentRight && keys.every((k) => sameField(k, row.fields[k], predictedFields[k])) : undefined;
    return { ...row, script: scriptOf(row.text), predicted, predictedFields, decision, intentRight, fieldsRight };
  });
}

function sameField(key: string, want: string | undefined, got: string | undefined): boolean {
  if (want === undefined || got === undefined) return want === got;
  if (!SET_FIELDS.has(key)) return want === got;
  return [...new Set(want.split('|'))].sort().join('|') === [...new Set(got.split('|'))].sort().join('|');
}

export interface Figures {
  rows: number;
  intents: number;
  fields: number;
  fieldRows: number;
  falseEmergencies: number;
  missedEmergencies: number;
  chatterTaken: number;
  /** What the chatter taken was taken as (an order cancelled under the chain, a medicine request…): counts only. */
  chatterTakenAs: Map<string, number>;
  groupChatter: number;
  byIntent: Map<string, [number, number]>;
  byScript: Map<string, [number, number]>;
  byContext: Map<string, [number, number]>;
  /** Each field of a row whose intent was read right: `medicine.qty` right in so many. */
  byField: Map<string, [number, number]>;
}

const tally = (map: Map<string, [number, number]>, key: string, right: boolean) => {
  const t = map.get(key) ?? [0, 0];
  map.set(key, [t[0] + (right ? 1 : 0), t[1] + 1]);
};

export function figures(scored: Scored[]): Figures {
  const f: Figures = {
    rows: scored.length,
    intents: 0,
    fields: 0,
    fieldRows: 0,
    falseEmergencies: 0,
    missedEmergencies: 0,
    chatterTaken: 0,
    chatterTakenAs: new Map(),
    groupChatter: 0,
    byIntent: new Map(),
    byScript: new Map(),
    byContext: new Map(),
    byField: new Map(),
  };
  for (const s of scored) {
    if (s.intentRight) f.intents++;
    if (s.fieldsRight !== undefined) {
      f.fieldRows++;
      if (s.fieldsRight) f.fields++;
    }
    if (s.predicted === 'emergency' && s.intent !== 'emergency') f.falseEmergencies++;
    if (s.intent === 'emergency' && s.predicted !== 'emergency' && s.predicted !== 'emergency.ask') f.missedEmergencies++;
    const inGroup = !s.context.startsWith('private');
    if (s.intent === 'none' && inGroup) {
      f.groupChatter++;
      if (s.decision === 'act' || s.decision === 'ask') {
        f.chatterTaken++;
        f.chatterTakenAs.set(s.predicted, (f.chatterTakenAs.get(s.predicted) ?? 0) + 1);
      }
    }
    tally(f.byIntent, s.intent, s.intentRight);
    tally(f.byScript, s.script === 'neutral' ? 'neutral' : s.script, s.intentRight);
    tally(f.byContext, s.context, s.intentRight);
    if (s.intentRight) for (const k of FIELD_KEYS[s.intent] ?? []) tally(f.byField, `${s.intent}.${k}`, sameField(k, s.fields[k], s.predictedFields[k]));
  }
  return f;
}

export const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
