import type { BulletinSection, CardSection, PersonalData } from '../../src/runtime/capability.js';
import { t } from '../../src/kernel/catalogue.js';
import { emergenciesReportedBy, emergencyCounts, expireEmergencies, forgetEmergencies } from '../emergency/store/emergencies.js';
import { elderlyPairedWith, forgetPairs } from './store/pairing.js';
import { forgetShifts, shiftsTakenBy } from './store/shifts.js';
import { forgetTasks, taskCounts, tasksTouching } from './store/tasks.js';
import { forgetVolunteer, volunteerCounts, volunteerRecordsOf } from './store/volunteers.js';
import { skillList, whenList } from './text.js';

/** The bulletin's volunteer line: counts only. */
export const volunteersBulletin: BulletinSection = {
  name: 'volunteers',
  order: 40,
  title: 'vol.cardTitle',
  /** On the card, emergencies have a section of their own, with what to do in one (the text keeps one line). */
  card(db, day, lang) {
    const v = volunteerCounts(db, day.communityId, day.start, day.end);
    const tasks = taskCounts(db, day.communityId, day.start, day.end);
    const sos = emergencyCounts(db, day.communityId, day.start, day.end);
    const sections: CardSection[] = [];
    const lines = [];
    if (v.total > 0 || v.joined > 0) lines.push(t(lang, 'vol.cardVolunteers', v));
    if (tasks.open > 0 || tasks.doneToday > 0) lines.push(t(lang, 'vol.cardTasks', { open: tasks.open, done: tasks.doneToday }));
    if (lines.length > 0) sections.push({ title: t(lang, 'vol.cardTitle'), lines });
    // What to do in an emergency is on every card: a picture is forwarded and kept.
    const calls = sos.raised > 0 || sos.handled > 0 ? [t(lang, 'vol.cardEmergencies', sos)] : [];
    sections.push({ title: t(lang, 'vol.cardEmergencyTitle'), lines: [...calls, t(lang, 'vol.cardCall120'), t(lang, 'vol.cardSos')] });
    return sections;
  },
  render(db, day, lang) {
    const v = volunteerCounts(db, day.communityId, day.start, day.end);
    const tasks = taskCounts(db, day.communityId, day.start, day.end);
    const sos = emergencyCounts(db, day.communityId, day.start, day.end);
    if (v.total === 0 && v.joined === 0 && tasks.open === 0 && tasks.doneToday === 0 && sos.raised === 0 && sos.handled === 0) return undefined;
    return [
      t(lang, 'vol.bulletin', {
        joined: v.joined,
        total: v.total,
        open: tasks.open,
        done: tasks.doneToday,
        raised: sos.raised,
        handled: sos.handled,
      }),
    ];
  },
};

/** What the volunteer capability holds about a person. */
export const volunteersPersonalData: PersonalData = {
  name: 'volunteers',
  describe(db, member, lang) {
    const lines = volunteerRecordsOf(db, member.id).map((v) =>
      t(lang, 'vol.data.volunteer', {
        building: v.building ?? '?',
        skills: skillList(lang, v.skills),
        when: whenList(lang, v.availability),
        team: v.team ?? t(lang, 'vol.noTeam'),
        status: t(lang, v.status === 'active' ? 'vol.data.active' : 'vol.data.left'),
      }),
    );
    const tasks = tasksTouching(db, member.id);
    if (tasks.claimed + tasks.posted > 0) lines.push(t(lang, 'vol.data.tasks', tasks));
    const shifts = shiftsTakenBy(db, member.id);
    if (shifts > 0) lines.push(t(lang, 'vol.data.shifts', { count: shifts }));
    const sos = emergenciesReportedBy(db, member.id);
    if (sos > 0) lines.push(t(lang, 'vol.data.emergencies', { count: sos }));
    const elderly = elderlyPairedWith(db, member.id);
    if (elderly > 0) lines.push(t(lang, 'vol.data.elderly', { count: elderly }));
    return lines;
  },
  forget(db, member, now) {
    return (
      forgetVolunteer(db, member.id, now) +
      forgetTasks(db, member.id) +
      forgetShifts(db, member.id, now) +
      forgetPairs(db, member.id) +
      forgetEmergencies(db, member.id)
    );
  },
  expire(db, communityId, cutoff) {
    return expireEmergencies(db, communityId, cutoff);
  },
};
