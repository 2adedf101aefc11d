import { simplifiedToTraditional } from './chinese.js';
import type { Lang } from './types.js';

/**
 * One entry of the message catalogue: the simplified Chinese and English texts side by side,
 * so a missing translation shows at a glance. Traditional Chinese is converted from zh-CN
 * by OpenCC unless an entry gives its own `zh-TW`.
 * Placeholders are written {name} and filled by `format`.
 */
export interface Entry {
  'zh-CN': string;
  en: string;
  'zh-TW'?: string;
}
export type Catalogue = Record<string, Entry>;

export type Params = Record<string, string | number>;

const traditionalCache = new Map<string, string>();

/** Fills {placeholders}; a missing parameter is left visible rather than silently blank. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The text of an entry in a language. Parameters are inserted after conversion, so user text stays as typed. */
export function render(entry: Entry, lang: Lang, params?: Params): string {
  if (lang === 'en') return format(entry.en, params);
  if (lang === 'zh-TW') {
    let tw = entry['zh-TW'] ?? traditionalCache.get(entry['zh-CN']);
    if (tw === undefined) {
      tw = simplifiedToTraditional(entry['zh-CN']);
      traditionalCache.set(entry['zh-CN'], tw);
    }
    return format(tw, params);
  }
  return format(entry['zh-CN'], params);
}
