import { defineCapability } from '../../src/runtime/capability.js';
import { emergencyDesk } from './desk.js';
import { emergencyCommands, emergencyJobs, hasOpenCallToAnswer } from './emergency.js';
import { emergencyMessages } from './messages.js';
import { emergencyUpdateCommand } from './update.js';

/** Emergencies: a call for help pages the medical volunteers first, then everyone, until someone goes. */
export const emergency = defineCapability({
  name: 'emergency',
  commands: [...emergencyCommands, emergencyUpdateCommand],
  messages: emergencyMessages,
  jobs: emergencyJobs,
  desk: [emergencyDesk],
  ownOpen: hasOpenCallToAnswer,
});
