import { localDate } from '../../src/kernel/time.js';
import { LANGS, type Lang } from '../../src/kernel/types.js';
import { defineDeskSection, deskCard, deskForm, field, queryString, type DeskCtx, type DeskRequest } from '../../src/runtime/desk.js';
import { UserError } from '../../src/runtime/errors.js';
import { html } from '../../src/runtime/html.js';
import { assembleBulletin, bulletinDate } from './assemble.js';
import { sendTodaysBulletin } from './bulletin.js';
import { changeNotices, NoticeArgs, noticeCommand } from './notices.js';
import { noticesOf } from './store/notices.js';
import { copyOf, deliveryOf, openBulletinDate, sendOf } from './store/sends.js';
import { bulletinGroups, bulletinSettings } from './store/settings.js';

export interface BulletinDesk {
  today: string;
  /** The day new notices go into: today, or tomorrow once today's bulletin has gone out. */
  noticesDate: string;
  state: { kind: 'sent'; groups: number; sent: number; pending: number; failed: number } | { kind: 'waiting'; time: string; groups: number } | { kind: 'off' };
  /** The bulletin as sent today, or as it would go now; in `lang`. */
  text: string | null;
  lang: Lang;
  notices: { id: number; text: string; urgent: boolean; translated: boolean }[];
}

const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

function read(ctx: DeskCtx, req: DeskRequest): BulletinDesk {
  const community = ctx.community.id;
  const today = localDate(ctx.now(), ctx.config.timeZone);
  const asked = field(req.query, 'lang');
  const lang = LANGS.includes(asked as Lang) ? (asked as Lang) : ctx.lang;
  const settings = bulletinSettings(ctx.db, community);
  const send = sendOf(ctx.db, community, today);
  let state: BulletinDesk['state'];
  let text: string | null;
  if (send) {
    const delivery = deliveryOf(ctx.db, send.id);
    const count = (status: string) => delivery.filter((d) => d.status === status).length;
    state = { kind: 'sent', groups: send.group_count, sent: count('sent'), pending: count('pending'), failed: count('failed') };
    text = copyOf(ctx.db, send.id, lang) ?? copyOf(ctx.db, send.id, 'zh-CN') ?? null;
  } else {
    state = settings.enabled ? { kind: 'waiting', time: settings.sendTime, groups: bulletinGroups(ctx.db, community).length } : { kind: 'off' };
    text =
      assembleBulletin(ctx.db, { communityId: community, date: today, lang, timeZone: ctx.config.timeZone, sections: ctx.registry.bulletinSections }) ?? null;
  }
  const noticesDate = openBulletinDate(ctx.db, community, today);
  const notices = noticesOf(ctx.db, community, noticesDate).map((n) => ({ id: n.id, text: n.text, urgent: n.urgent === 1, translated: n.text_en !== null }));
  return { today, noticesDate, state, text, lang, notices };
}

function stateLine(ctx: DeskCtx, s: BulletinDesk['state']): string {
  if (s.kind === 'sent') return ctx.text('bulletin.desk.stateSent', s);
  if (s.kind === 'waiting') return ctx.text('bulletin.desk.stateWaiting', s);
  return ctx.text('bulletin.desk.stateOff');
}

function render(ctx: DeskCtx, req: DeskRequest, d: BulletinDesk) {
  const langs = LANGS.filter((l) => l !== d.lang).map((l) => html` <a href="/bulletin${queryString({ lang: l })}">${LANG_NAMES[l]}</a>`);
  const send =
    d.state.kind !== 'sent'
      ? deskForm(req, '/bulletin/send', html`<button type="submit">${ctx.text('bulletin.desk.sendNow')}</button>`, { confirm: ctx.text('bulletin.desk.sendConfirm') })
      : '';
  const today = deskCard(
    ctx.text(d.state.kind === 'sent' ? 'bulletin.desk.sentTitle' : 'bulletin.desk.previewTitle'),
    html`<p${d.state.kind === 'off' ? html` class="urgent"` : ''}>${stateLine(ctx, d.state)}</p><pre class="preview" lang="${d.lang}">${d.text ?? ctx.text('bulletin.previewEmpty')}</pre><p class="muted noprint">${ctx.text('bulletin.desk.langs')}${langs}</p>${send}`,
  );
  const notices = d.notices.map((n) =>
    deskCard(
      `#${n.id}${n.urgent ? ` · ${ctx.text('bulletin.desk.urgent')}` : ''} · ${ctx.text(n.translated ? 'bulletin.desk.translated' : 'bulletin.desk.untranslated')}`,
      html`${deskForm(req, '/bulletin/edit', html`<input type="hidden" name="id" value="${n.id}"><textarea name="text" maxlength="1000" aria-label="#${n.id}">${n.text}</textarea><div class="bar"><button type="submit">${ctx.text('bulletin.desk.save')}</button></div>`)}${deskForm(
        req,
        '/bulletin/remove',
        html`<input type="hidden" name="id" value="${n.id}"><button type="submit" class="plain">${ctx.text('bulletin.desk.remove')}</button>`,
        { confirm: ctx.text('bulletin.desk.removeConfirm') },
      )}`,
    ),
  );
  const add = deskCard(
    ctx.text('bulletin.desk.addTitle'),
    deskForm(
      req,
      '/bulletin/add',
      html`<textarea name="text" maxlength="1000" required aria-label="${ctx.text('bulletin.desk.addTitle')}"></textarea><div class="bar"><label class="inline"><input type="checkbox" name="urgent" value="1">${ctx.text('bulletin.desk.urgentBox')}</label><button type="submit">${ctx.text('bulletin.desk.add')}</button></div>`,
    ),
  );
  return html`${today}<h2>${ctx.text('bulletin.desk.noticesTitle', { date: bulletinDate(d.noticesDate, ctx.lang) })}</h2>${d.notices.length === 0 ? html`<p>${ctx.text('bulletin.desk.noNotices')}</p>` : notices}${add}`;
}

/** A notice change as /通知 would read it; text that cannot be a notice changes nothing. */
function noticeArgs(req: DeskRequest, op: 'add' | 'now' | 'edit' | 'remove') {
  const parsed = NoticeArgs.safeParse({ op, id: Number(field(req.form, 'id')), text: field(req.form, 'text') });
  if (!parsed.success) throw new UserError('bulletin.desk.badText');
  return parsed.data;
}

/** The bulletin's state and text, the notices of the next bulletin (edit, remove, add, push now), sending now: the secretary's. */
export const bulletinDesk = defineDeskSection<BulletinDesk>({
  name: 'bulletin',
  order: 40,
  title: 'bulletin.desk.title',
  for: [noticeCommand],
  today(ctx) {
    const d = read(ctx, { params: [], query: {}, form: {}, csrf: '', here: '/' });
    const lines = (d.text ?? ctx.text('bulletin.previewEmpty')).split('\n');
    const preview = lines.slice(0, 8).join('\n') + (lines.length > 8 ? '\n……' : '');
    return deskCard(ctx.text('bulletin.desk.todayTitle'), html`<p>${stateLine(ctx, d.state)}</p><pre class="preview">${preview}</pre>`, {
      href: '/bulletin',
      text: ctx.text('bulletin.desk.title'),
    });
  },
  read,
  render,
  actions: {
    add: { for: [noticeCommand], run: (ctx, req) => ({ said: changeNotices(ctx, noticeArgs(req, field(req.form, 'urgent') === '1' ? 'now' : 'add')) }) },
    edit: { for: [noticeCommand], run: (ctx, req) => ({ said: changeNotices(ctx, noticeArgs(req, 'edit')) }) },
    remove: { for: [noticeCommand], run: (ctx, req) => ({ said: changeNotices(ctx, noticeArgs(req, 'remove')) }) },
    send: { for: [noticeCommand], run: (ctx) => ({ said: sendTodaysBulletin(ctx) }) },
  },
});
