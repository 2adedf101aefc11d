import type { AnyCommand } from '../src/core/command.js';
import { bindCommand } from './bind.js';
import { helpCommand, helpTopics } from './help.js';
import { homeCommand } from './home.js';
import { grantCommand, revokeCommand, rolesCommand } from './roles.js';

/** Every command linli knows, in the order /help lists them. One file per capability. */
export const allCommands: AnyCommand[] = [
  helpCommand,
  homeCommand,
  rolesCommand,
  grantCommand,
  revokeCommand,
  bindCommand,
];

helpTopics.push(...allCommands);
