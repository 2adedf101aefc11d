import type { Db } from '../db/open.js';
import type { Member } from '../services/members.js';
import type { Lang } from '../kernel/types.js';

/** One community's local day, for the bulletin: [start, end) in epoch ms. */
export interface DayWindow {
  communityId: number;
  /** "2026-04-20" in the configured time zone. */
  date: string;
  start: number;
  end: number;
  timeZone: string;
}

/**
 * A capability's part of the daily bulletin: counts only, never a name, a door with a name,
 * a phone or a medicine. Returns the section's lines, or undefined when it has nothing to say
 * (the section is then left out).
 */
export interface BulletinSection {
  name: string;
  /** Sections appear in ascending order. */
  order: number;
  render(db: Db, day: DayWindow, lang: Lang): string[] | undefined;
}

/**
 * What a capability holds about a person, for "/mydata" and "/forgetme": it describes the data
 * (privately, to that person) and erases or anonymises it while keeping counts right.
 */
export interface PersonalData {
  name: string;
  describe(db: Db, member: Member, lang: Lang): string[];
  /** Erases or anonymises; returns how many records were touched. */
  forget(db: Db, member: Member, now: number): number;
  /**
   * Retention: erases the personal details of records of a community closed before `cutoff`
   * (counts stay); returns how many records were touched.
   */
  expire?(db: Db, communityId: number, cutoff: number, now: number): number;
}
