import type { BulletinSection, PersonalData } from '../../src/runtime/capability.js';
import { t } from '../../src/kernel/catalogue.js';
import { closedBefore, eraseRequests, medicineCounts, requestsWrittenBy } from './store/counts.js';
import { itemsOf } from './store/requests.js';
import { statusLabel } from './text.js';

/** The bulletin's medicine line: numbers only. Left out on a day with nothing to count. */
export const medicineBulletin: BulletinSection = {
  name: 'medicine',
  order: 30,
  title: 'medicine.cardTitle',
  render(db, day, lang) {
    const c = medicineCounts(db, day.communityId, day, day.end - 1);
    if (c.receivedToday + c.deliveredToday + c.open === 0) return undefined;
    return [t(lang, 'medicine.bulletin', { received: c.receivedToday, delivered: c.deliveredToday, open: c.open, urgent: c.openUrgent })];
  },
  card(db, day, lang) {
    const c = medicineCounts(db, day.communityId, day, day.end - 1);
    if (c.receivedToday + c.deliveredToday + c.open === 0) return undefined;
    return [{
      title: t(lang, 'medicine.cardTitle'),
      lines: [
        t(lang, 'medicine.cardToday', { received: c.receivedToday, delivered: c.deliveredToday }),
        t(lang, 'medicine.cardOpen', { open: c.open, urgent: c.openUrgent }),
      ],
    }];
  },
};

/** Medicine requests a person wrote: described to them, erased on request or after retention. */
export const medicinePersonalData: PersonalData = {
  name: 'medicine',
  describe(db, member, lang) {
    return requestsWrittenBy(db, member).map((r) =>
      t(lang, 'medicine.data.line', { id: r.id, status: statusLabel(lang, r.status), count: itemsOf(db, r.id).length }),
    );
  },
  forget(db, member, now) {
    return eraseRequests(db, requestsWrittenBy(db, member).map((r) => r.id), now);
  },
  expire(db, communityId, cutoff, now) {
    return eraseRequests(db, closedBefore(db, communityId, cutoff), now);
  },
};
