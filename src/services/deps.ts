import type { Db } from '../db/open.js';
import type { Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import type { Logger } from '../kernel/log.js';
import type { Platform } from '../kernel/types.js';

/** What every piece of linli is given: the database, the clock, the configuration, the log. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
  /**
   * Where a person opens a private chat with the bot on a platform, if it has such a link; with a
   * payload, the flow the private chat resumes (`med_23`: request #23; `home`: the door).
   */
  privateChatLink?: (platform: Platform, payload?: string) => string | undefined;
  /** The platform's private chat with a user the bot has not heard from privately, if it has one (adapters know the format). */
  privateChatOf?: (platform: Platform, userId: string) => string | undefined;
  /** The desk's address as people open it, while the desk runs (src/desk); undefined when it is off. */
  deskUrl?: () => string | undefined;
}
