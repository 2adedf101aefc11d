import type { AnyCommand } from '../src/core/command.js';
import type { BulletinSection, PersonalData } from '../src/core/capability.js';
import { bindCommand } from './bind.js';
import { helpCommand, helpTopics } from './help.js';
import { homeCommand } from './home.js';
import { confirmMemberCommand, rebindCodeCommand, rebindCommand, rebindGroupCommand, wechatPersonalData } from './rebind.js';
import { grantCommand, revokeCommand, rolesCommand } from './roles.js';

/** Every command linli knows, in the order /help lists them. One file per capability. */
export const allCommands: AnyCommand[] = [
  helpCommand,
  homeCommand,
  rolesCommand,
  grantCommand,
  revokeCommand,
  bindCommand,
  rebindCodeCommand,
  rebindCommand,
  confirmMemberCommand,
  rebindGroupCommand,
];

helpTopics.push(...allCommands);

/** Each capability's part of the daily bulletin (see src/core/capability.ts). */
export const allBulletinSections: BulletinSection[] = [];

/** Each capability's personal data, for /mydata and /forgetme. */
export const allPersonalData: PersonalData[] = [wechatPersonalData];
