import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { t, type MessageKey, type Params } from '../kernel/catalogue.js';
import type { DeskConfig } from '../kernel/config.js';
import { localDate } from '../kernel/time.js';
import type { Lang } from '../kernel/types.js';
import { renderSpreadsheet } from '../outbox/spreadsheet.js';
import { langOfMember, MemberCtx, type Deps } from '../runtime/context.js';
import { deskSectionsFor, DeskRefused, type DeskCtx, type DeskFile, type DeskRequest, type DeskSection } from '../runtime/desk.js';
import { UserError } from '../runtime/errors.js';
import { html, type Html } from '../runtime/html.js';
import { decide, type Decision } from '../runtime/policy.js';
import type { Registry } from '../runtime/registry.js';
import { communityById } from '../services/communities.js';
import {
  csrfMatches,
  DESK_LINK_TTL_MS,
  DESK_SESSION_TTL_MS,
  deskLinkStatus,
  deskSessionOf,
  endDeskSession,
  redeemDeskLink,
  type DeskSession,
} from '../services/desk-sessions.js';
import { memberById, rolesOf } from '../services/members.js';
import { DESK_CSS, DESK_JS } from './assets.js';
import { bare, framed } from './layout.js';

const COOKIE = 'linli_desk';

export interface DeskOptions {
  deps: Deps;
  registry: Registry;
  config: DeskConfig;
  /** Called after a write commits (wakes the outbox worker, so residents are told at once). */
  onCommit?: () => void;
}

/** Who is signed in, for one request. */
interface At {
  ctx: DeskCtx;
  session: DeskSession;
}

type Env = { Variables: { at: At | undefined; form: Record<string, string | string[]> } };

/** A refusal or a mistake, answered with the person's words and a status. */
class Answer extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 400,
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

/** The language of someone not signed in: what their browser asks for. */
function browserLang(c: Context): Lang {
  const accept = (c.req.header('accept-language') ?? '').toLowerCase();
  if (/^(?:zh-(?:tw|hk|mo|hant))/.test(accept)) return 'zh-TW';
  if (/^en/.test(accept)) return 'en';
  return 'zh-CN';
}

/**
 * The desk's web application: signing in by a one-time link, sessions in a cookie, the CSRF token
 * on every form, and each capability's section behind the policy. Built apart from the listening
 * server so it can be served or asked directly.
 */
export function deskApp(opts: DeskOptions): Hono<Env> {
  const { deps, registry, config } = opts;
  const { db, log } = deps;
  const now = () => deps.clock.now();
  const flashes = new Map<number, { said?: string; error?: string }>();
  const app = new Hono<Env>();

  /** A form posted from this site: browsers send Origin with a POST; another site's (or "null") is refused. */
  const fromThisSite = (c: Context) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return true;
    const host = (config.trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host');
    return safeHost(origin) === host;
  };

  const isHttps = (c: Context) => config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';

  /** The member acting, as in a private chat: their community's roles, their language. */
  function actorOf(session: DeskSession): DeskCtx | undefined {
    const member = memberById(db, session.member_id);
    const community = communityById(db, session.community_id);
    if (!member || !community) return undefined;
    const roles = rolesOf(db, member.id, community.id);
    return new MemberCtx(deps, registry, member, community, roles, langOfMember(member), { platform: 'desk' }) as DeskCtx;
  }

  const sectionsFor = (ctx: DeskCtx) => deskSectionsFor(ctx, registry.deskSections);

  function mustBeAllowed(ctx: DeskCtx, section: DeskSection | undefined, commands = section?.for): asserts section is DeskSection {
    if (!section) throw new Answer(404, 'deskpage.notFound');
    if (!commands || commands.length === 0) return;
    const decisions = commands.map((command) => decide(ctx, command));
    if (decisions.some((d) => d.ok)) return;
    // Refused by every command: say what the first one needs, as the chat would.
    const refusal = decisions[0] as Extract<Decision, { ok: false }>;
    throw new Answer(403, refusal.key, refusal.params);
  }

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      // Not no-referrer: a browser then sends "Origin: null" with forms, and same-site POSTs could not be told apart.
      referrerPolicy: 'same-origin',
      strictTransportSecurity: false,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: 256 * 1024,
      onError: (c) => {
        // The rest of the body is not read: the connection cannot carry another request.
        c.header('Connection', 'close');
        const lang = browserLang(c);
        return page(c, 413, bare(lang, t(lang, 'deskpage.problemTitle'), html`<p class="urgent">${t(lang, 'deskpage.tooLarge')}</p>`));
      },
    }),
  );

  app.get('/desk.css', (c) => c.body(DESK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' }));
  app.get('/desk.js', (c) => c.body(DESK_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=3600' }));

  // The link opens a page with a button: a link previewer fetching the address does not use it up.
  app.get('/login', (c) => {
    const token = c.req.query('t') ?? '';
    const status = deskLinkStatus(db, token, now());
    if (!status.ok) return linkRefused(c, status.reason, browserLang(c));
    const member = memberById(db, status.memberId);
    const community = communityById(db, status.communityId);
    const lang = member ? langOfMember(member) : browserLang(c);
    const text = t(lang, 'deskpage.signInText', { name: member?.display_name ?? '', community: community?.name ?? '' });
    return page(
      c,
      200,
      bare(lang, t(lang, 'deskpage.signInTitle'), html`<p>${text}</p><form method="post" action="/login"><input type="hidden" name="t" value="${token}"><button type="submit">${t(lang, 'deskpage.signInButton')}</button></form>`),
    );
  });

  app.post('/login', async (c) => {
    const form = await formOf(c);
    const token = typeof form.t === 'string' ? form.t : '';
    // Another site must not sign a visitor in as someone else (its own link, pressed for them).
    if (!fromThisSite(c)) return linkRefused(c, 'unknown', browserLang(c));
    const redeemed = db.transaction(() => {
      const r = redeemDeskLink(db, token, now());
      if (r.ok) actorOf(r.session)?.record('desk.signin', 'member', r.session.member_id);
      return r;
    })();
    if (!redeemed.ok) return linkRefused(c, redeemed.reason, browserLang(c));
    setCookie(c, COOKIE, redeemed.token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: DESK_SESSION_TTL_MS / 1000 });
    return c.redirect('/', 303);
  });

  function linkRefused(c: Context, reason: 'unknown' | 'used' | 'expired', lang: Lang) {
    const key: MessageKey = reason === 'expired' ? 'deskpage.linkExpired' : reason === 'used' ? 'deskpage.linkUsed' : 'deskpage.linkUnknown';
    return page(c, reason === 'unknown' ? 404 : 410, bare(lang, t(lang, 'deskpage.signInTitle'), html`<p class="urgent">${t(lang, key, { minutes: DESK_LINK_TTL_MS / 60_000 })}</p>`));
  }

  // Everything below needs a session.
  app.use('*', async (c, next) => {
    const token = getCookie(c, COOKIE);
    const session = token ? deskSessionOf(db, token, now()) : undefined;
    const ctx = session ? actorOf(session) : undefined;
    c.set('at', session && ctx ? { ctx, session } : undefined);
    await next();
  });

  // Every form carries the session's token; a POST without it (or from another site) changes nothing.
  app.post('*', async (c, next) => {
    const at = c.get('at');
    if (!at) return signInFirst(c);
    const form = await formOf(c);
    c.set('form', form);
    if (!fromThisSite(c) || !csrfMatches(at.session, typeof form.csrf === 'string' ? form.csrf : undefined)) {
      return page(c, 403, framed(frame(at, ''), t(at.ctx.lang, 'deskpage.problemTitle'), html`<p class="urgent">${t(at.ctx.lang, 'deskpage.badForm')}</p>`, { error: true }));
    }
    await next();
  });

  app.post('/logout', (c) => {
    const at = c.get('at')!;
    db.transaction(() => {
      endDeskSession(db, at.session.id);
      at.ctx.record('desk.signout', 'member', at.ctx.member.id);
    })();
    flashes.delete(at.session.id);
    deleteCookie(c, COOKIE, { path: '/', secure: isHttps(c) });
    const lang = at.ctx.lang;
    return page(c, 200, bare(lang, t(lang, 'deskpage.signOut'), html`<p>${t(lang, 'deskpage.signedOut')}</p>`));
  });

  app.get('/', (c) => {
    const at = c.get('at');
    if (!at) return signInFirst(c);
    const { ctx } = at;
    const cards = sectionsFor(ctx).flatMap((s) => {
      const card = s.today?.(ctx);
      return card ? [card] : [];
    });
    const title = t(ctx.lang, 'deskpage.todayTitle', { date: localDate(ctx.now(), ctx.config.timeZone) });
    const body = cards.length > 0 ? html`<div class="cards">${cards}</div>` : html`<p>${t(ctx.lang, 'deskpage.todayNothing')}</p>`;
    const flash = flashes.get(at.session.id);
    flashes.delete(at.session.id);
    return page(c, 200, framed({ ...frame(at, ''), flash }, title, body));
  });

  app.get('*', async (c) => {
    const at = c.get('at');
    const parts = pathParts(c.req.path);
    const api = parts[0] === 'api';
    if (!at) return api ? c.json({ error: t(browserLang(c), 'deskpage.needSignIn') }, 401) : signInFirst(c);
    const { ctx } = at;
    const [name, ...params] = api ? parts.slice(1) : parts;
    const section = registry.deskSections.find((s) => s.name === name);
    const req = requestOf(c, at, params ?? [], {});
    try {
      mustBeAllowed(ctx, section);
      const last = params.at(-1);
      if (!api && last !== undefined && /\.[a-z0-9]{2,5}$/i.test(last)) {
        const file = section.file?.(ctx, req);
        if (!file) throw new Answer(404, 'deskpage.notFound');
        return await download(c, file);
      }
      if (!section.read) throw new Answer(404, 'deskpage.notFound');
      const data = section.read(ctx, req);
      if (api) return c.json(data as object, 200, { 'Cache-Control': 'no-store' });
      if (!section.render) throw new Answer(404, 'deskpage.notFound');
      const flash = flashes.get(at.session.id);
      flashes.delete(at.session.id);
      return page(c, 200, framed({ ...frame(at, section.name), flash }, t(ctx.lang, section.title), section.render(ctx, req, data)));
    } catch (err) {
      const answer = asAnswer(err);
      if (api) return c.json({ error: t(ctx.lang, answer.key, answer.params) }, answer.status);
      const title = answer.status === 403 ? t(ctx.lang, 'deskpage.refusedTitle') : t(ctx.lang, 'deskpage.problemTitle');
      return page(c, answer.status, framed(frame(at, section?.name ?? ''), title, html`<p class="urgent">${t(ctx.lang, answer.key, answer.params)}</p><p><a href="/">${t(ctx.lang, 'deskpage.back')}</a></p>`, { error: true }));
    }
  });

  app.post('*', async (c) => {
    const at = c.get('at')!;
    const { ctx } = at;
    const [name, actionName, ...params] = pathParts(c.req.path);
    const section = registry.deskSections.find((s) => s.name === name);
    const action = actionName !== undefined ? section?.actions?.[actionName] : undefined;
    const req = requestOf(c, at, params, c.get('form'));
    const back = safeBack(req.form.back, `/${name ?? ''}`);
    try {
      if (!action) throw new Answer(404, 'deskpage.notFound');
      mustBeAllowed(ctx, section, action.for);
      const done = db.transaction(() => action.run(ctx, req))();
      opts.onCommit?.();
      flashes.set(at.session.id, { said: done.said });
      return c.redirect(safeBack(done.back, back), 303);
    } catch (err) {
      const answer = asAnswer(err);
      flashes.set(at.session.id, { error: t(ctx.lang, answer.key, answer.params) });
      return c.redirect(back, 303);
    }
  });

  app.onError((err, c) => {
    log.error({ err, path: c.req.path }, 'desk request failed');
    return c.text(t(browserLang(c), 'deskpage.error'), 500);
  });

  function asAnswer(err: unknown): Answer {
    if (err instanceof Answer) return err;
    if (err instanceof DeskRefused) return new Answer(403, err.key, err.params);
    if (err instanceof UserError) return new Answer(400, err.key, err.params);
    throw err;
  }

  function frame(at: At, here: string) {
    return { ctx: at.ctx, sections: sectionsFor(at.ctx), here, csrf: at.session.csrf };
  }

  function signInFirst(c: Context) {
    const lang = browserLang(c);
    return page(c, 401, bare(lang, t(lang, 'deskpage.signInTitle'), html`<p>${t(lang, 'deskpage.needSignIn')}</p>`));
  }

  return app;
}

function page(c: Context, status: 200 | 401 | 403 | 404 | 400 | 410 | 413, body: Html) {
  return c.html(body.value, status, { 'Cache-Control': 'no-store' });
}

async function download(c: Context, file: DeskFile) {
  const { name, type, data } =
    'sheet' in file
      ? { name: file.sheet.name, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: await renderSpreadsheet(file.sheet) }
      : file;
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
}

/** "/groupbuy/7/供应商.xlsx" → ["groupbuy", "7", "供应商.xlsx"]; a malformed escape is no page at all. */
function pathParts(path: string): string[] {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return ['\0'];
  }
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** Where to go after a form: a path of this desk, never another site. */
function safeBack(value: string | string[] | undefined, fallback: string): string {
  const back = Array.isArray(value) ? value[0] : value;
  return back && /^\/(?![/\\])/.test(back) ? back : fallback;
}

async function formOf(c: Context): Promise<Record<string, string | string[]>> {
  const type = c.req.header('content-type') ?? '';
  if (!/application\/x-www-form-urlencoded|multipart\/form-data/.test(type)) return {};
  const body = await c.req.parseBody({ all: true });
  const form: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    form[key.replace(/\[\]$/, '')] = values.length === 1 ? values[0]! : values;
  }
  return form;
}

function requestOf(c: Context, at: At, params: string[], form: Record<string, string | string[]>): DeskRequest {
  const url = new URL(c.req.url);
  return { params, query: c.req.query(), form, csrf: at.session.csrf, here: url.pathname + url.search };
}

/** A running desk: its address as people open it, and where it listens (a reverse proxy's upstream). */
export interface DeskServer {
  readonly url: string;
  readonly listening: string;
  close(): Promise<void>;
}

/** Where sign-in links point: LINLI_DESK_URL, else the address listened on (a LAN address when on every interface). */
function publicUrl(config: DeskConfig, port: number): string {
  if (config.publicUrl) return config.publicUrl;
  let host = config.host;
  if (host === '0.0.0.0' || host === '::') {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    host = lan?.address ?? '127.0.0.1';
  }
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Starts the desk on its port; resolves once it listens. */
export function startDesk(opts: DeskOptions): Promise<DeskServer> {
  const app = deskApp(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.config.port, hostname: opts.config.host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const host = opts.config.host;
      resolve({
        url: publicUrl(opts.config, port),
        listening: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
