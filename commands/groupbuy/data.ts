import type { BulletinSection, PersonalData } from '../../src/runtime/capability.js';
import { t } from '../../src/kernel/catalogue.js';
import { doorKey } from '../../src/kernel/fields/door.js';
import { localDateTime, localTime } from '../../src/kernel/time.js';
import { homeOf } from '../../src/services/members.js';
import { dateLabel } from './shared.js';
import { bulletinFacts, expireOrders, forgetPlacer, ordersAbout } from './store/groupbuys.js';

/** The bulletin's group-buy part: what is open (with deadlines), closing today, delivering today per building. */
export const groupbuyBulletin: BulletinSection = {
  name: 'groupbuy',
  order: 30,
  title: 'groupbuy.cardTitle',
  /** On the card, one line per group-buy with its deadline and its delivery day, then today's deliveries. */
  card(db, day, lang) {
    const facts = bulletinFacts(db, day.communityId, day);
    const delivery = (date: string | null) => (date ? t(lang, 'groupbuy.cardDelivery', { date: dateLabel(date, lang) }) : '');
    const lines = [
      ...facts.open.map((g) => t(lang, 'groupbuy.cardOpen', { title: g.title, deadline: localDateTime(g.deadline_at, day.timeZone, lang), delivery: delivery(g.delivery_date) })),
      ...facts.coming.map((g) => t(lang, 'groupbuy.cardComing', { title: g.title, delivery: delivery(g.delivery_date) })),
    ];
    if (facts.delivering.length > 0) {
      const list = facts.delivering.map((d) => t(lang, 'groupbuy.bulletinBuilding', { building: d.building, count: d.count }));
      lines.push(t(lang, 'groupbuy.bulletinDelivering', { list: list.join(lang === 'en' ? '; ' : '、') }));
    }
    return lines.length > 0 ? [{ title: t(lang, 'groupbuy.cardTitle'), lines }] : undefined;
  },
  render(db, day, lang) {
    const facts = bulletinFacts(db, day.communityId, day);
    const sep = lang === 'en' ? '; ' : ';';
    const lines: string[] = [];
    if (facts.open.length > 0) {
      const list = facts.open.map((g) => t(lang, 'groupbuy.bulletinItem', { title: g.title, deadline: localDateTime(g.deadline_at, day.timeZone, lang) }));
      lines.push(t(lang, 'groupbuy.bulletinOpen', { list: list.join(sep) }));
    }
    if (facts.closingToday.length > 0) {
      const list = facts.closingToday.map((g) => `「${g.title}」${localTime(g.deadline_at, day.timeZone)}`);
      lines.push(t(lang, 'groupbuy.bulletinClosingToday', { list: list.join(sep) }));
    }
    // A group-buy that closed is still news until it arrives: residents want to know when.
    if (facts.coming.length > 0) {
      const list = facts.coming.map((g) => t(lang, 'groupbuy.bulletinComingItem', { title: g.title, date: dateLabel(g.delivery_date, lang) }));
      lines.push(t(lang, 'groupbuy.bulletinComing', { list: list.join(sep) }));
    }
    if (facts.delivering.length > 0) {
      const list = facts.delivering.map((d) => t(lang, 'groupbuy.bulletinBuilding', { building: d.building, count: d.count }));
      lines.push(t(lang, 'groupbuy.bulletinDelivering', { list: list.join(sep) }));
    }
    return lines.length > 0 ? lines : undefined;
  },
};

/** Group-buy orders a person placed or that are for their home; forgetting keeps the orders, drops who and names. */
export const groupbuyPersonalData: PersonalData = {
  name: 'groupbuy',
  describe(db, member, lang) {
    const home = homeOf(member);
    const rows = ordersAbout(db, member.id, home ? doorKey(home) : undefined);
    if (rows.length === 0) return [];
    return [t(lang, 'groupbuy.personal', { count: rows.length, list: rows.map((r) => `「${r.title}」${r.door}`).join(lang === 'en' ? ', ' : '、') })];
  },
  forget: (db, member) => forgetPlacer(db, member.id),
  expire: (db, communityId, cutoff) => expireOrders(db, communityId, cutoff),
};
