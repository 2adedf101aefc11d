import type { Ctx } from '../../src/runtime/context.js';
import { buildingKey, findDoor } from '../../src/kernel/fields/door.js';
import { findPhone, maskPhone } from '../../src/kernel/fields/phone.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import { homeOf, memberById, setHome, setPhone } from '../../src/services/members.js';
import { findAvailability, findSkills, personOffering, type Availability, type Skill } from './words.js';
import { needsOf, recruitById, recruitSignUps, signUp, skillsOf, volunteerOf } from './store/volunteers.js';
import { skillList, volunteerName, whenList } from './text.js';
import { showRecruitProgress } from './recruit-post.js';

/** The half-finished sign-up, kept in SQLite between questions. */
export interface SignUpState {
  communityId: number;
  recruitId: number | null;
  team: string | null;
  building: string | null;
  skills: Skill[] | null;
  availability: Availability[] | null;
  asking: 'home' | 'skills' | 'availability' | null;
  /** An update by a volunteer already signed up: keeps what they do not mention. */
  update: boolean;
  /** Who in the household offers when it is not the writer (「我家老伴也想当志愿者」), as written. */
  person?: string;
  /** Answers in a row that answered nothing (after two the question is let go: they are talking of something else). */
  missed?: number;
}

export const SIGNUP_CONVERSATION = 'volunteer.signup';

const NO_SKILL = /^(?:无|没有|没|不会|都行|都可以|none|no|nothing|anything)$/i;

/** Takes from a text whatever it says: door (saved as the member's home), phone, skills, availability. */
function absorb(ctx: Ctx, s: SignUpState, text: string): void {
  const door = findDoor(text);
  if (door) {
    setHome(ctx.db, ctx.member.id, door.door, ctx.now());
    s.building = buildingKey(door.door);
  }
  const phone = findPhone(text);
  if (phone) setPhone(ctx.db, ctx.member.id, phone.phone, ctx.now());
  const skills = findSkills(text);
  if (skills.length > 0) s.skills = skills;
  else if (s.asking === 'skills' && NO_SKILL.test(text.trim())) s.skills = ['general'];
  const when = findAvailability(text);
  if (when.length > 0) s.availability = when;
}

/** Starts a sign-up (or an update) from a message; asks for what is missing, one question at a time. */
export function startSignUp(ctx: Ctx, communityId: number, text: string, recruitId: number | null, team: string | null): void {
  const existing = volunteerOf(ctx.db, communityId, ctx.member.id);
  const person = personOffering(text);
  // One volunteer per member: a volunteer's relative is not written over the volunteer's own record.
  if (person && existing?.status === 'active' && existing.person !== person) {
    ctx.reply('vol.personHasOwn', { person });
    return;
  }
  const home = homeOf(ctx.member);
  const s: SignUpState = {
    communityId,
    recruitId,
    team,
    building: existing?.building ?? (home ? buildingKey(home) : null),
    skills: null,
    availability: existing ? (existing.availability.split(',').filter(Boolean) as Availability[]) : null,
    asking: null,
    update: existing !== undefined,
    ...(person ? { person } : {}),
  };
  if (existing) {
    const skills = skillsOf(ctx.db, existing.id);
    s.skills = skills.length > 0 ? skills : null;
  }
  absorb(ctx, s, text);
  next(ctx, s);
}

/** The answer to one of our questions. */
export function continueSignUp(ctx: Ctx, state: unknown, text: string, elsewhere: boolean): void | 'released' {
  const s = state as SignUpState;
  const before = JSON.stringify([s.building, s.skills, s.availability]);
  absorb(ctx, s, text);
  if (JSON.stringify([s.building, s.skills, s.availability]) === before) {
    // Twice nothing usable, or a request of another kind instead: they are on to something else; the sign-up
    // waits until they say so (and that request is answered).
    s.missed = (s.missed ?? 0) + 1;
    if (s.missed >= 2 || elsewhere) {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      ctx.reply('vol.letGo');
      return 'released';
    }
    // Nothing usable in the answer: ask the same question again, with an example.
    if (s.asking === 'home') ctx.reply('vol.askHomeAgain');
    else if (s.asking === 'availability') ctx.reply('vol.askWhenAgain');
    else ctx.reply('vol.askSkills');
    saveConversation(ctx.db, ctx.member.id, ctx.here, SIGNUP_CONVERSATION, s, ctx.now());
    return;
  }
  s.missed = 0;
  next(ctx, s);
}

function next(ctx: Ctx, s: SignUpState): void {
  const ask = (asking: NonNullable<SignUpState['asking']>, key: 'vol.askHome' | 'vol.askSkills' | 'vol.askWhen') => {
    s.asking = asking;
    saveConversation(ctx.db, ctx.member.id, ctx.here, SIGNUP_CONVERSATION, s, ctx.now());
    ctx.reply(key);
  };
  if (!s.building) return ask('home', 'vol.askHome');
  if (!s.skills) return ask('skills', 'vol.askSkills');
  if (!s.availability) return ask('availability', 'vol.askWhen');
  finish(ctx, s);
}

function finish(ctx: Ctx, s: SignUpState): void {
  endConversation(ctx.db, ctx.member.id, ctx.here);
  const { created, volunteerId } = signUp(
    ctx.db,
    {
      communityId: s.communityId,
      memberId: ctx.member.id,
      building: s.building,
      skills: s.skills ?? [],
      availability: s.availability ?? [],
      recruitId: s.recruitId,
      team: s.team,
      person: s.person ?? null,
    },
    ctx.now(),
  );
  ctx.record(created ? 'volunteer.signup' : 'volunteer.update', 'volunteer', volunteerId, `skills=${(s.skills ?? []).length}`);
  const phone = memberById(ctx.db, ctx.member.id)?.phone ?? null;
  const params = {
    name: volunteerName(ctx.lang, ctx.member.display_name, s.person ?? null),
    building: s.building ?? '',
    skills: skillList(ctx.lang, s.skills ?? []),
    when: whenList(ctx.lang, s.availability ?? []),
    phone: phone ? ctx.text('vol.phoneShown', { phone: maskPhone(phone) }) : '',
    progress: progress(ctx, s.recruitId),
  };
  ctx.ack(created ? 'vol.signedUp' : 'vol.updated', params);
  const recruit = s.recruitId === null ? undefined : recruitById(ctx.db, s.recruitId);
  if (recruit) showRecruitProgress(ctx, recruit);
}

function progress(ctx: Ctx, recruitId: number | null): string {
  const recruit = recruitId === null ? undefined : recruitById(ctx.db, recruitId);
  if (!recruit) return '';
  const total = needsOf(recruit).reduce((sum, n) => sum + n.count, 0);
  const count = recruitSignUps(ctx.db, recruit.id);
  return total > 0 ? ctx.text('vol.recruitProgress', { count, total }) : ctx.text('vol.recruitProgressOpen', { count });
}
