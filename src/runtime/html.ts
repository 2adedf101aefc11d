/**
 * HTML for the desk's pages, written as templates whose values are escaped: `html`<td>${name}</td>``
 * shows a name typed as "<script>" as text. Only another `html` value (or `trusted`, for the desk's
 * own constants) goes in as markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function part(value: HtmlPart): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** A template of markup whose values are escaped (arrays are joined; null, undefined and false are left out). */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += part(v) + strings[i + 1]!));
  return new Html(out);
}

/** Markup written by linli itself (never text from a person), inserted as it is. */
export const trusted = (markup: string): Html => new Html(markup);

const ENTITIES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

/**
 * The desk's markup read as a chat message: a heading on its own line, a list item as a bullet, a
 * break as a new line; links and previews (`<pre>`) left out, since the chat has its own commands for them.
 */
export function asChatText(markup: Html): string {
  return markup.value
    .replace(/<pre\b[^>]*>[\s\S]*?<\/pre>/g, '')
    .replace(/<p class="more">[\s\S]*?<\/p>/g, '')
    .replace(/<h[1-6]\b[^>]*>/g, '\n【')
    .replace(/<\/h[1-6]>/g, '】\n')
    .replace(/<li\b[^>]*>/g, '• ')
    .replace(/<\/li>|<\/p>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
