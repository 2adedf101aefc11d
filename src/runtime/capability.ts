import type { Db } from '../db/open.js';
import type { Member } from '../services/members.js';
import type { Catalogue, MessageKey } from '../kernel/catalogue.js';
import type { IncomingFile, Lang } from '../kernel/types.js';
import type { AnyCommand, JobHandler } from './command.js';
import type { Ctx, JobCtx } from './context.js';
import type { DeskSection } from './desk.js';
import type { OpenGroupBuy } from './understand.js';

/** One community's local day, for the bulletin: [start, end) in epoch ms. */
export interface DayWindow {
  communityId: number;
  /** "2026-04-20" in the configured time zone. */
  date: string;
  start: number;
  end: number;
  timeZone: string;
}

/** One section of the bulletin card: a heading and a few short lines, one fact a line. */
export interface CardSection {
  title: string;
  lines: string[];
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
  /** Its heading on the bulletin card ("配药" / "Medicine"). */
  title: MessageKey;
  render(db: Db, day: DayWindow, lang: Lang): string[] | undefined;
  /**
   * Its part of the bulletin card, when a picture wants other lines than the text (shorter, one
   * fact a line, a date the text leaves out) or more than one heading (volunteers and
   * emergencies). Without it the card shows `title` over the text's lines. Counts only, as above.
   */
  card?(db: Db, day: DayWindow, lang: Lang): CardSection[] | undefined;
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

/** Durable job kinds a capability runs when they fall due (see src/ops/scheduler.ts). */
export type Jobs = Record<string, JobHandler>;

/** A check run on a node-cron schedule, in a transaction with the messages it queues (the daily bulletin). */
export interface Schedule {
  name: string;
  /** A node-cron expression, in LINLI_TIMEZONE. */
  cron: string;
  /** Does what is due now (in its own transactions); returns how many things it did. Runs at start-up too (the catch-up). */
  run(ctx: JobCtx): number;
}

/**
 * One capability, declared in one folder of commands/: its commands in the order /help lists them,
 * its messages, and what it adds to the shared parts of linli (the daily bulletin, /mydata and
 * /forgetme, durable jobs, schedules, the desk). commands/index.ts lists every capability; the registry on
 * the context is how one capability reaches the others.
 */
export interface Capability {
  name: string;
  commands: AnyCommand[];
  messages: Catalogue;
  bulletinSection?: BulletinSection;
  personalData?: PersonalData;
  jobs?: Jobs;
  schedules?: Schedule[];
  /** What it shows on the desk, the web page for queues, rosters, totals and batches (src/runtime/desk.ts). */
  desk?: DeskSection[];
  /** The group-buys open where a message was written, for the recognisers (src/runtime/understand.ts). */
  openGroupBuys?(ctx: Ctx): OpenGroupBuy[];
  /** Whether the writer (their household) has a record of this capability still open, for the recognisers ('medicine'). */
  ownOpen?(ctx: Ctx): boolean;
  /**
   * What a file that came alone from this person may be for, as lines naming the command that
   * takes it ("导入团购订单:发 /导入团购"); none when the capability expects no file from them.
   * The person is asked, and the command that follows takes the file (src/runtime/files/step.ts).
   */
  fileUses?(ctx: Ctx, file: IncomingFile): string[];
  /** Runs once when the bot starts, in a transaction (e.g. making sure a nightly job exists). */
  start?(ctx: JobCtx): void;
  /**
   * Job kinds that send nothing (retention's erasure): after a restore they still run late, while
   * every other job that fell due between the backup and the restore is summarised instead.
   */
  quietJobs?: string[];
  /**
   * After a restore, in a transaction: records from the replaced database (attached as `schema`)
   * of what already went out, so it does not go out again (the day's bulletin). Returns what was
   * carried, for the secretaries' summary: a message with {count}.
   */
  afterRestore?(ctx: JobCtx, schema: string): { key: MessageKey; count: number } | undefined;
}

export const defineCapability = (capability: Capability): Capability => capability;
