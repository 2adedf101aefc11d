import { localTime } from '../../src/kernel/time.js';
import { defineDeskSection, deskCard } from '../../src/runtime/desk.js';
import { html } from '../../src/runtime/html.js';
import { memberById } from '../../src/services/members.js';
import { emergencyCloseCommand, place, reporterName } from './emergency.js';
import { openEmergencies } from './store/emergencies.js';

/** Open calls for help, first on the today page: where, who called, whether anyone is going. The secretary's. */
export const emergencyDesk = defineDeskSection({
  name: 'emergency',
  order: 5,
  title: 'emergency.desk.title',
  for: [emergencyCloseCommand],
  today(ctx) {
    const open = openEmergencies(ctx.db, ctx.community.id);
    if (open.length === 0) return undefined;
    const tz = ctx.config.timeZone;
    const lines = open.map((e) => {
      const responder = e.responder_member_id !== null ? memberById(ctx.db, e.responder_member_id)?.display_name : undefined;
      return html`<li><span class="urgent">${ctx.text('emergency.desk.line', {
        id: e.id,
        time: localTime(e.created_at, tz),
        place: place(ctx.lang, e, reporterName(ctx, e)),
        name: reporterName(ctx, e),
        detail: e.detail || ctx.text('emergency.detailUnknown'),
      })}</span> · ${responder ? ctx.text('emergency.desk.responder', { name: responder }) : html`<strong>${ctx.text('emergency.desk.nobody')}</strong>`}<br><span class="muted">${ctx.text('emergency.desk.closeHint', { id: e.id })}</span></li>`;
    });
    return deskCard(ctx.text('emergency.desk.title', { count: open.length }), html`<ul>${lines}</ul>`);
  },
});
