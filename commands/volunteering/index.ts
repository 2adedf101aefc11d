import type { AnyCommand } from '../../src/runtime/command.js';
import { emergencyCommands } from '../emergency/emergency.js';
import { pairingCommands } from './pairing.js';
import { shiftCommands } from './shifts.js';
import { taskCommands } from './tasks.js';
import { volunteerCommands } from './volunteers.js';

export { volunteersBulletin, volunteersPersonalData } from './data.js';

/** The volunteer capability's commands, in the order /help lists them. */
export const volunteeringCommands: AnyCommand[] = [
  ...volunteerCommands,
  ...taskCommands,
  ...emergencyCommands,
  ...shiftCommands,
  ...pairingCommands,
];
