import type { Db } from '../../../src/db/open.js';
import { grantRole, revokeRole, type Member } from '../../../src/services/members.js';
import type { Availability, Skill } from '../words.js';

export interface Recruit {
  id: number;
  community_id: number;
  platform: string;
  chat_id: string;
  title: string;
  needs: string;
  posted_by: number | null;
  created_at: number;
}

export interface Need {
  label: string;
  count: number;
}

export interface Volunteer {
  id: number;
  community_id: number;
  member_id: number;
  building: string | null;
  availability: string;
  team: string | null;
  recruit_id: number | null;
  status: 'active' | 'left';
  /** Who in the household volunteers when not the member who signed up (老伴, wife), as written. */
  person: string | null;
  joined_at: number;
  left_at: number | null;
}

/** A roster line: the volunteer, their member record and their skills. */
export interface RosterEntry extends Volunteer {
  display_name: string;
  phone: string | null;
  /** The door of the member's saved home ("5-302"), when known. */
  door: string | null;
  skills: Skill[];
}

export function createRecruit(
  db: Db,
  r: { communityId: number; platform: string; chatId: string; title: string; needs: Need[]; postedBy: number },
  now: number,
): number {
  const res = db
    .prepare(
      `INSERT INTO volunteer_recruits (community_id, platform, chat_id, title, needs, posted_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(r.communityId, r.platform, r.chatId, r.title, JSON.stringify(r.needs), r.postedBy, now);
  return Number(res.lastInsertRowid);
}

export function recruitById(db: Db, id: number): Recruit | undefined {
  return db.prepare('SELECT * FROM volunteer_recruits WHERE id = ?').get(id) as Recruit | undefined;
}

export const needsOf = (r: Recruit): Need[] => JSON.parse(r.needs) as Need[];

/** How many active volunteers answered a recruit post (whether or not they were volunteers already). */
export function recruitSignUps(db: Db, recruitId: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM volunteer_recruit_signups s JOIN volunteers v ON v.id = s.volunteer_id
       WHERE s.recruit_id = ? AND v.status = 'active'`,
    )
    .pluck()
    .get(recruitId) as number;
}

/** The member's active volunteer record in a community. */
export function volunteerOf(db: Db, communityId: number, memberId: number): Volunteer | undefined {
  return db
    .prepare(`SELECT * FROM volunteers WHERE community_id = ? AND member_id = ? AND status = 'active'`)
    .get(communityId, memberId) as Volunteer | undefined;
}

export function skillsOf(db: Db, volunteerId: number): Skill[] {
  return db.prepare('SELECT skill FROM volunteer_skills WHERE volunteer_id = ? ORDER BY rowid').pluck().all(volunteerId) as Skill[];
}

/**
 * Records a volunteer (or updates one, or brings back one who stepped down) with their skills,
 * and grants the volunteer role so the policy lets them claim tasks. Returns whether they are new.
 */
export function signUp(
  db: Db,
  v: {
    communityId: number;
    memberId: number;
    building: string | null;
    skills: Skill[];
    availability: Availability[];
    recruitId?: number | null;
    team?: string | null;
    /** A relative offering through the member's chat; the member's own offer clears it. */
    person?: string | null;
  },
  now: number,
): { created: boolean; volunteerId: number } {
  const existing = db
    .prepare('SELECT * FROM volunteers WHERE community_id = ? AND member_id = ?')
    .get(v.communityId, v.memberId) as Volunteer | undefined;
  let volunteerId: number;
  const created = !existing || existing.status !== 'active';
  if (existing) {
    volunteerId = existing.id;
    db.prepare(
      `UPDATE volunteers SET building = COALESCE(?, building), availability = ?, team = COALESCE(?, team),
         recruit_id = COALESCE(recruit_id, ?), status = 'active', left_at = NULL,
         joined_at = CASE WHEN status = 'active' THEN joined_at ELSE ? END,
         person = CASE WHEN status = 'active' THEN COALESCE(?, person) ELSE ? END
       WHERE id = ?`,
    ).run(v.building, v.availability.join(','), v.team ?? null, v.recruitId ?? null, now, v.person ?? null, v.person ?? null, volunteerId);
  } else {
    volunteerId = Number(
      db
        .prepare(
          `INSERT INTO volunteers (community_id, member_id, building, availability, team, recruit_id, person, joined_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(v.communityId, v.memberId, v.building, v.availability.join(','), v.team ?? null, v.recruitId ?? null, v.person ?? null, now)
        .lastInsertRowid,
    );
  }
  if (v.recruitId != null) {
    db.prepare(
      `INSERT INTO volunteer_recruit_signups (recruit_id, volunteer_id, team, signed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (recruit_id, volunteer_id) DO UPDATE SET team = COALESCE(excluded.team, team)`,
    ).run(v.recruitId, volunteerId, v.team ?? null, now);
  }
  db.prepare('DELETE FROM volunteer_skills WHERE volunteer_id = ?').run(volunteerId);
  const add = db.prepare('INSERT OR IGNORE INTO volunteer_skills (volunteer_id, skill) VALUES (?, ?)');
  for (const s of v.skills) add.run(volunteerId, s);
  grantRole(db, { memberId: v.memberId, communityId: v.communityId, role: 'volunteer', grantedBy: v.memberId }, now);
  return { created, volunteerId };
}

/** A volunteer steps down: the row stays for the counts, the role goes. Returns whether they were one. */
export function stepDown(db: Db, communityId: number, memberId: number, now: number): boolean {
  const r = db
    .prepare(`UPDATE volunteers SET status = 'left', left_at = ? WHERE community_id = ? AND member_id = ? AND status = 'active'`)
    .run(now, communityId, memberId);
  revokeRole(db, { memberId, communityId, role: 'volunteer' });
  return r.changes > 0;
}

/** Puts a volunteer in a team; returns false when the member is not an active volunteer. */
export function setTeam(db: Db, communityId: number, memberId: number, team: string | null): boolean {
  return (
    db
      .prepare(`UPDATE volunteers SET team = ? WHERE community_id = ? AND member_id = ? AND status = 'active'`)
      .run(team, communityId, memberId).changes > 0
  );
}

export interface RosterFilter {
  skill?: Skill;
  team?: string;
  building?: string;
  availability?: Availability;
}

/** The active volunteers of a community, filtered, in the order they joined. */
export function roster(db: Db, communityId: number, f: RosterFilter = {}): RosterEntry[] {
  const rows = db
    .prepare(
      `SELECT v.*, m.display_name, m.phone,
              CASE WHEN m.home_area LIKE '%弄' THEN m.home_area || m.home_building || '号' || COALESCE(m.home_room, '')
                   WHEN m.home_room IS NOT NULL THEN COALESCE(m.home_area || '区', '') || m.home_building || '-' || m.home_room END AS door
       FROM volunteers v JOIN members m ON m.id = v.member_id
       WHERE v.community_id = ? AND v.status = 'active'
         AND (@skill IS NULL OR EXISTS (SELECT 1 FROM volunteer_skills s WHERE s.volunteer_id = v.id AND s.skill = @skill))
         AND (@team IS NULL OR v.team = @team)
         AND (@building IS NULL OR v.building = @building)
         AND (@availability IS NULL OR ',' || v.availability || ',' LIKE '%,' || @availability || ',%'
              OR (@availability <> 'allday' AND ',' || v.availability || ',' LIKE '%,allday,%'))
       ORDER BY v.joined_at, v.id`,
    )
    .all(communityId, {
      skill: f.skill ?? null,
      team: f.team ?? null,
      building: f.building ?? null,
      availability: f.availability ?? null,
    }) as Omit<RosterEntry, 'skills'>[];
  return rows.map((r) => ({ ...r, skills: skillsOf(db, r.id) }));
}

/** Active volunteers of a community who have a skill (doctor, nurse, driver, translator ...). */
export function volunteersWithSkill(db: Db, communityId: number, skill: string): Member[] {
  return db
    .prepare(
      `SELECT m.* FROM volunteers v JOIN volunteer_skills s ON s.volunteer_id = v.id JOIN members m ON m.id = v.member_id
       WHERE v.community_id = ? AND v.status = 'active' AND s.skill = ? ORDER BY v.id`,
    )
    .all(communityId, skill) as Member[];
}

/** Whether a member is an active volunteer of the community with this skill. */
export function hasSkill(db: Db, communityId: number, memberId: number, skill: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM volunteers v JOIN volunteer_skills s ON s.volunteer_id = v.id
         WHERE v.community_id = ? AND v.member_id = ? AND v.status = 'active' AND s.skill = ?`,
      )
      .get(communityId, memberId, skill) !== undefined
  );
}

/** Every active volunteer's member record. */
export function volunteerMembers(db: Db, communityId: number): Member[] {
  return db
    .prepare(
      `SELECT m.* FROM volunteers v JOIN members m ON m.id = v.member_id
       WHERE v.community_id = ? AND v.status = 'active' ORDER BY v.id`,
    )
    .all(communityId) as Member[];
}

/** Members of the community with any of the skills, each once. */
export function volunteersWithAnySkill(db: Db, communityId: number, skills: readonly string[]): Member[] {
  const seen = new Map<number, Member>();
  for (const s of skills) for (const m of volunteersWithSkill(db, communityId, s)) seen.set(m.id, m);
  return [...seen.values()];
}

/** Counts for the bulletin: volunteers who joined in a window, and all active ones. */
export function volunteerCounts(db: Db, communityId: number, start: number, end: number): { joined: number; total: number } {
  const joined = db
    .prepare(`SELECT COUNT(*) FROM volunteers WHERE community_id = ? AND status = 'active' AND joined_at >= ? AND joined_at < ?`)
    .pluck()
    .get(communityId, start, end) as number;
  const total = db
    .prepare(`SELECT COUNT(*) FROM volunteers WHERE community_id = ? AND status = 'active'`)
    .pluck()
    .get(communityId) as number;
  return { joined, total };
}

/** For /mydata: the member's volunteer records in every community. */
export function volunteerRecordsOf(db: Db, memberId: number): (Volunteer & { skills: Skill[] })[] {
  const rows = db.prepare('SELECT * FROM volunteers WHERE member_id = ?').all(memberId) as Volunteer[];
  return rows.map((r) => ({ ...r, skills: skillsOf(db, r.id) }));
}

/** For /forgetme: the member steps down everywhere and their skills and availability are erased. */
export function forgetVolunteer(db: Db, memberId: number, now: number): number {
  const rows = db.prepare('SELECT id, community_id FROM volunteers WHERE member_id = ?').all(memberId) as { id: number; community_id: number }[];
  for (const r of rows) {
    db.prepare('DELETE FROM volunteer_skills WHERE volunteer_id = ?').run(r.id);
    db.prepare(
      `UPDATE volunteers SET building = NULL, availability = '', team = NULL, status = 'left', left_at = COALESCE(left_at, ?) WHERE id = ?`,
    ).run(now, r.id);
    revokeRole(db, { memberId, communityId: r.community_id, role: 'volunteer' });
  }
  return rows.length;
}

/** The community's latest call for volunteers. */
export function latestRecruit(db: Db, communityId: number): Recruit | undefined {
  return db.prepare('SELECT * FROM volunteer_recruits WHERE community_id = ? ORDER BY id DESC LIMIT 1').get(communityId) as Recruit | undefined;
}

/** Active sign-ups of a recruit by the team (need) they joined. */
export function recruitSignUpsByTeam(db: Db, recruitId: number): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT s.team, COUNT(*) AS n FROM volunteer_recruit_signups s JOIN volunteers v ON v.id = s.volunteer_id
       WHERE s.recruit_id = ? AND v.status = 'active' AND s.team IS NOT NULL GROUP BY s.team`,
    )
    .all(recruitId) as { team: string; n: number }[];
  return new Map(rows.map((r) => [r.team, r.n]));
}
