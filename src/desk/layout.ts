import { t } from '../kernel/catalogue.js';
import { roleLabel } from '../kernel/roles.js';
import { localDateTime } from '../kernel/time.js';
import type { Lang } from '../kernel/types.js';
import type { DeskCtx, DeskSection } from '../runtime/desk.js';
import { html, type Html, type HtmlPart } from '../runtime/html.js';
import './messages.js';

/** What the top of every signed-in page shows: who, where, the sections they may open. */
export interface Frame {
  ctx: DeskCtx;
  sections: DeskSection[];
  /** The section shown ('' for today). */
  here: string;
  csrf: string;
  flash?: { said?: string; error?: string };
}

const htmlLang = (lang: Lang) => (lang === 'en' ? 'en' : lang === 'zh-TW' ? 'zh-Hant' : 'zh-Hans');

function document(lang: Lang, title: string, body: HtmlPart): Html {
  return html`<!doctype html>
<html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>${title}</title><link rel="stylesheet" href="/desk.css"><script src="/desk.js" defer></script></head>
<body>${body}</body></html>`;
}

/** "王书记(书记、5号楼楼组长)" */
function who(ctx: DeskCtx): string {
  const labels = ctx.roles.map((g) => roleLabel(ctx.lang, g.role, g.scope));
  if (ctx.isAdmin(ctx.member)) labels.unshift(roleLabel(ctx.lang, 'secretary'));
  if (labels.length === 0) labels.push(roleLabel(ctx.lang, 'resident'));
  return t(ctx.lang, 'deskpage.who', { name: ctx.member.display_name, roles: [...new Set(labels)].join(ctx.lang === 'en' ? ', ' : '、') });
}

/** A signed-in page: the frame, what was just done (or refused), the page itself. */
export function framed(f: Frame, title: string, content: HtmlPart, status?: { error?: boolean }): Html {
  const { ctx } = f;
  const l = ctx.lang;
  const nav = [
    html`<a href="/"${f.here === '' ? html` class="here"` : ''}>${t(l, 'deskpage.today')}</a>`,
    ...f.sections.filter((s) => s.render).map((s) => html`<a href="/${s.name}"${f.here === s.name ? html` class="here"` : ''}>${t(l, s.title)}</a>`),
  ];
  const flash = [
    f.flash?.said ? html`<div class="flash" role="status">${f.flash.said}</div>` : '',
    f.flash?.error ? html`<div class="flash error" role="alert">${f.flash.error}</div>` : '',
  ];
  const printed = t(l, 'deskpage.printedAt', { community: ctx.community.name, who: ctx.member.display_name, when: localDateTime(ctx.now(), ctx.config.timeZone, l) });
  return document(
    l,
    `${title} · ${t(l, 'deskpage.name')}`,
    html`<header><div class="top"><strong>${t(l, 'deskpage.name')}</strong><span>${ctx.community.name}</span><span class="who">${who(ctx)}</span>
<form method="post" action="/logout"><input type="hidden" name="csrf" value="${f.csrf}"><button type="submit">${t(l, 'deskpage.signOut')}</button></form></div>
<nav>${nav}</nav></header>
<main${status?.error ? html` class="problem"` : ''}><p class="printonly muted">${printed}</p>${flash}<h1>${title} <button type="button" class="plain noprint" data-print hidden>${t(l, 'deskpage.print')}</button></h1>${content}</main>`,
  );
}

/** A page for someone not signed in (the sign-in page, a refused link, after signing out). */
export function bare(lang: Lang, title: string, content: HtmlPart): Html {
  return document(lang, `${title} · ${t(lang, 'deskpage.name')}`, html`<header><div class="top"><strong>${t(lang, 'deskpage.name')}</strong></div></header><main><h1>${title}</h1>${content}</main>`);
}
