import { defineCapability } from '../../src/runtime/capability.js';
import { volunteersBulletin, volunteersPersonalData } from './data.js';
import { volunteersDesk } from './desk.js';
import { volunteeringMessages } from './messages/index.js';
import { pairingCommands, pairingJobs } from './pairing.js';
import { shiftCommands, shiftJobs } from './shifts.js';
import { taskCommands, taskJobs } from './tasks.js';
import { volunteerCommands } from './volunteers.js';

/** Volunteering: sign-up and teams, tasks claimed by reply, shifts, elderly pairing. */
export const volunteering = defineCapability({
  name: 'volunteering',
  commands: [...volunteerCommands, ...taskCommands, ...shiftCommands, ...pairingCommands],
  messages: volunteeringMessages,
  bulletinSection: volunteersBulletin,
  personalData: volunteersPersonalData,
  jobs: { ...taskJobs, ...shiftJobs, ...pairingJobs },
  desk: [volunteersDesk],
});
