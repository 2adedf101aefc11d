import { generatedTraditional } from './catalogue-zh-tw.js';
import type { Lang } from './types.js';

/**
 * One entry of the message catalogue: the simplified Chinese and English texts side by side,
 * so a missing translation shows at a glance. Traditional Chinese is converted from zh-CN by
 * OpenCC when linli is built (src/kernel/catalogue-zh-tw.ts), unless an entry gives its own `zh-TW`:
 * give one wherever the conversion is wrong (tests/kernel/catalogue.test.ts lists what it gets wrong).
 * Placeholders are written {name} and filled by `format`.
 */
export interface Entry {
  'zh-CN': string;
  en: string;
  'zh-TW'?: string;
}
export type Catalogue = Record<string, Entry>;

export type Params = Record<string, string | number>;

/**
 * Every message key linli has. Each catalogue adds its keys by declaration merging, beside the
 * code that uses them (see `defineMessages`), so a key is typed wherever it is written.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;
/** The keys of one catalogue, for its declaration-merging line. */
export type KeysOf<C extends Catalogue> = Record<keyof C, true>;

const entries = new Map<string, Entry>();
/** zh-CN text → its conversion, made at build time, so the running bot never loads the 60-70 MB dictionary. */
const traditional = new Map(Object.entries(generatedTraditional));

/**
 * Registers a catalogue (a capability's messages) when its module is loaded. A key defined twice is
 * refused: keys are namespaced by capability ("medicine.", "task."), so files never collide.
 */
export function defineMessages<const C extends Catalogue>(catalogue: C): C {
  for (const [key, entry] of Object.entries(catalogue)) {
    const known = entries.get(key);
    if (known && known !== entry) throw new Error(`message "${key}" is defined twice`);
    entries.set(key, entry);
  }
  return catalogue;
}

/** Every entry registered so far, by key (the catalogue build and its tests read them all). */
export const allEntries = (): ReadonlyMap<string, Entry> => entries;

/** The entry of a key; its capability's messages must have been loaded. */
export function entryOf(key: MessageKey): Entry {
  const entry = entries.get(key);
  if (!entry) throw new Error(`message "${key}" is not defined: is its capability's messages.ts imported?`);
  return entry;
}

/**
 * Fills {placeholders}; a missing parameter is left visible rather than silently blank. English
 * plurals: {count|request|requests} is the word that goes with the number (the number itself is
 * written as {count} beside it).
 */
export function format(template: string, params: Params = {}): string {
  // A 石库门 lane or a village group stands where a building does (src/kernel/fields/door.ts): 「56弄」, not 「56弄号楼」; "lane 56弄".
  const lanes = (name: string) => typeof params[name] === 'string' && /^\d+[弄组队](?:[、, ]+\d+[弄组队])*$/.test(params[name] as string);
  return ofLanes(template, lanes('building') ? 'building' : undefined, lanes('buildings') ? 'buildings' : undefined)
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (all, name: string, one: string, many: string) =>
      name in params ? (Number(params[name]) === 1 ? one : many) : all,
    )
    .replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

function ofLanes(template: string, ...names: (string | undefined)[]): string {
  let out = template;
  for (const name of names) {
    if (!name) continue;
    out = out
      .replace(new RegExp(`\\{${name}\\}(?:号楼|號樓)`, 'g'), `{${name}}`)
      .replace(new RegExp(`\\b(?:buildings?|bldg)\\.? \\{${name}\\}`, 'gi'), `${name === 'building' ? 'lane' : 'lanes'} {${name}}`);
  }
  return out;
}

/** The text of an entry in a language. Parameters are inserted after conversion, so user text stays as typed. */
export function render(entry: Entry, lang: Lang, params?: Params): string {
  if (lang === 'en') return format(entry.en, params);
  // A text not in the generated file (a message added since the last build) shows in zh-CN until
  // the next build; the catalogue test fails in the meantime.
  if (lang === 'zh-TW') return format(entry['zh-TW'] ?? traditional.get(entry['zh-CN']) ?? entry['zh-CN'], params);
  return format(entry['zh-CN'], params);
}

/** Renders a catalogue message in a language. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  // {startLink} is filled by Ctx.text where the platform has a link; elsewhere it is left out.
  return render(entryOf(key), lang, { startLink: '', ...params });
}
