import { defineCapability } from '../../src/runtime/capability.js';
import { volunteersBulletin, volunteersPersonalData } from './data.js';
import { volunteersDesk } from './desk.js';
import { volunteeringMessages } from './messages/index.js';
import { aloneCommand } from './alone.js';
import { pairingCommands, pairingJobs } from './pairing.js';
import { shiftCommands, shiftJobs } from './shifts.js';
import { taskCommands, taskJobs } from './tasks.js';
import { volunteerCommands } from './volunteers.js';
import { volunteerOf } from './store/volunteers.js';

/** Volunteering: sign-up and teams, tasks claimed by reply, shifts, elderly pairing. */
export const volunteering = defineCapability({
  name: 'volunteering',
  commands: [...volunteerCommands, ...taskCommands, ...shiftCommands, ...pairingCommands, aloneCommand],
  messages: volunteeringMessages,
  bulletinSection: volunteersBulletin,
  personalData: volunteersPersonalData,
  jobs: { ...taskJobs, ...shiftJobs, ...pairingJobs },
  desk: [volunteersDesk],
  // A volunteer of the community: 「我不想当志愿者了」 and 「只有周末有空」 are about their own record.
  ownOpen: (ctx) => ctx.community !== null && volunteerOf(ctx.db, ctx.community.id, ctx.member.id) !== undefined,
});
