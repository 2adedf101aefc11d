import { t, type MessageKey, type Params } from '../kernel/catalogue.js';
import type { SpreadsheetSpec } from '../kernel/types.js';
import type { AnyCommand } from './command.js';
import type { CommunityMemberCtx } from './context.js';
import { UserError } from './errors.js';
import { html, type Html, type HtmlPart } from './html.js';
import { decide, type Decision } from './policy.js';
import './messages.js';

/**
 * The desk (src/desk) is a web page for what a chat is bad at: queues, rosters, totals, batches.
 * Each capability declares what it shows there (`desk` in its capability object); the desk signs
 * people in, checks the policy, and lays the pages out. A page reads with the same store functions
 * and the same policy as the chat, and writes through the same code the chat's commands use.
 */

/** Who is at the desk: a member acting in the community their sign-in link was for. */
export type DeskCtx = CommunityMemberCtx;

/** One request to a section. */
export interface DeskRequest {
  /** The path after the section's name: "/groupbuy/7" → ["7"]. */
  params: string[];
  /** The query string (filters, the page of a long list). */
  query: Record<string, string>;
  /** A POST's form fields; a field sent more than once (ticked boxes) is an array. */
  form: Record<string, string | string[]>;
  /** The session's CSRF token, which every form carries (see `deskForm`). */
  csrf: string;
  /** This page's path and query: where a form comes back to. */
  here: string;
}

/** A file to download (a spreadsheet as the chat sends it, or a document a leader attached). */
export type DeskFile = { sheet: SpreadsheetSpec } | { name: string; type: string; data: Buffer };

/** What a write answers: the page to go back to, and what to say there. */
export interface DeskDone {
  /** The desk path to show next ("/groupbuy/7"); the page the form was on when not given. */
  back?: string;
  /** The confirmation, in the person's language (the same words the chat answers with). */
  said: string;
}

/** A write from the desk; runs in one transaction (a UserError rolls it back and is shown). */
export interface DeskAction {
  /** The chat commands whose roles it needs (any of them, decided by the policy). */
  for: AnyCommand[];
  run(ctx: DeskCtx, req: DeskRequest): DeskDone;
}

/**
 * A capability's part of the desk: a page (with its data as JSON under /api), a card on the "today"
 * page, files to download, and writes. `D` is what `read` returns: the page and the API show the
 * same rows, read once with the policy's rules.
 */
export interface DeskSection<D = unknown> {
  /** Its address: "medicine" → /medicine, /api/medicine. */
  name: string;
  /** Its place in the navigation and on the today page, ascending. */
  order: number;
  /** Its name in the navigation. */
  title: MessageKey;
  /**
   * Whom it is for: the chat commands it shows what they show; the page opens for a person the
   * policy lets use any of them. Omitted: everyone (the page then shows each person their own).
   */
  for?: AnyCommand[];
  /** What needs someone now, for the today page; undefined when nothing does (or not for this person). */
  today?(ctx: DeskCtx): Html | undefined;
  /** What the page shows, read with the policy's rules; GET /api/<name>/… answers it as JSON. */
  read?(ctx: DeskCtx, req: DeskRequest): D;
  /** The page (GET /<name>/…) from what `read` returned. */
  render?(ctx: DeskCtx, req: DeskRequest, data: D): Html;
  /** A file (GET /<name>/…/<file name with an extension>); undefined when there is none. */
  file?(ctx: DeskCtx, req: DeskRequest): DeskFile | undefined;
  /** Writes: POST /<name>/<action>. */
  actions?: Record<string, DeskAction>;
}

export const defineDeskSection = <D>(section: DeskSection<D>): DeskSection<D> => section;

/** The policy said no: the desk answers 403 with the refusal, in the person's language. */
export class DeskRefused extends UserError {}

/** Goes on if the policy allowed, else refuses (a 403 on the page and the API alike). */
export function allowed(decision: Decision): void {
  if (!decision.ok) throw new DeskRefused(decision.key, decision.params);
}

/** Refuses with a capability's own words ("not yours"). */
export function refuse(key: MessageKey, params?: Params): never {
  throw new DeskRefused(key, params);
}

/** A form that posts to a desk action, carrying the session's CSRF token. */
export function deskForm(req: DeskRequest, action: string, body: HtmlPart, attrs: { id?: string; class?: string; confirm?: string } = {}): Html {
  const extra = html`${attrs.id ? html` id="${attrs.id}"` : ''}${attrs.class ? html` class="${attrs.class}"` : ''}${attrs.confirm ? html` data-confirm="${attrs.confirm}"` : ''}`;
  return html`<form method="post" action="${action}"${extra}><input type="hidden" name="csrf" value="${req.csrf}"><input type="hidden" name="back" value="${req.here}">${body}</form>`;
}

/**
 * A table that reads on a phone too: each cell carries its column's name, which the stylesheet
 * shows beside the value when the screen is narrow (a row becomes a card). A table of figures
 * (`figures: true`: totals, counts) stays a table and scrolls sideways instead.
 */
export function deskTable(headers: HtmlPart[], rows: HtmlPart[][], attrs: { figures?: boolean } = {}): Html {
  const labels = headers.map((h) => (typeof h === 'string' || typeof h === 'number' ? String(h) : ''));
  return html`<div class="table${attrs.figures ? '' : ' rows'}"><table><thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell, i) => html`<td data-label="${labels[i] ?? ''}">${cell}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

/** A card of the today page (or a box on a page): a title, a count, and what is in it. */
export function deskCard(title: string, body: HtmlPart, link?: { href: string; text: string }): Html {
  return html`<section class="card"><h2>${title}</h2>${body}${link ? html`<p class="more"><a href="${link.href}">${link.text}</a></p>` : ''}</section>`;
}

/** A field of a request's query or form, trimmed; undefined when empty. */
export function field(from: Record<string, string | string[]>, name: string): string | undefined {
  const v = from[name];
  const one = Array.isArray(v) ? v[0] : v;
  const trimmed = one?.trim();
  return trimmed ? trimmed : undefined;
}

/** Every value of a repeated form field (ticked boxes). */
export function fields(from: Record<string, string | string[]>, name: string): string[] {
  const v = from[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter(Boolean);
}

/** A query string for links that keep the current filters: {building: '5', page: 2} → "?building=5&page=2". */
export function queryString(q: Record<string, string | number | undefined>): string {
  const parts = Object.entries(q).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A choice for a filter form: "all" first, then the options ([value, text]). */
export function deskSelect(ctx: DeskCtx, name: string, label: string, options: [string, string][], current: string | undefined): Html {
  return html`<label>${label}<select name="${name}"><option value="">${t(ctx.lang, 'core.deskAll')}</option>${options.map(
    ([value, text]) => html`<option value="${value}"${value === current ? ' selected' : ''}>${text}</option>`,
  )}</select></label>`;
}

/** A GET form of filters for a list (its submit button says "filter"). */
export function deskFilters(ctx: DeskCtx, path: string, body: HtmlPart): Html {
  return html`<form method="get" action="${path}" class="filters">${body}<button type="submit" class="plain">${t(ctx.lang, 'core.deskFilter')}</button></form>`;
}

/** The page of a long list the query asks for (1 when it says nothing readable). */
export function pageOf(req: DeskRequest): number {
  const n = Number(field(req.query, 'page') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** "previous · 2 / 7 · next" under a long list, keeping its filters. */
export function deskPager(ctx: DeskCtx, path: string, query: Record<string, string | number | undefined>, page: number, pages: number): Html {
  if (pages <= 1) return html``;
  const link = (p: number, key: 'core.deskPrev' | 'core.deskNext') => html`<a href="${path}${queryString({ ...query, page: p })}">${t(ctx.lang, key)}</a>`;
  return html`<p class="pager">${page > 1 ? link(page - 1, 'core.deskPrev') : ''}<span>${page} / ${pages}</span>${page < pages ? link(page + 1, 'core.deskNext') : ''}</p>`;
}

/** The sections a person may open: those for no command in particular, and those whose commands the policy lets them use. */
export function deskSectionsFor(ctx: DeskCtx, sections: readonly DeskSection[]): DeskSection[] {
  return sections.filter((s) => !s.for || s.for.some((command) => decide(ctx, command).ok));
}
