import { volunteeringDeskMessages } from './desk.js';
import { pairingMessages } from './pairing.js';
import { shiftsMessages } from './shifts.js';
import { tasksMessages } from './tasks.js';
import { volunteersMessages } from './volunteers.js';

/** Every message of volunteering (sign-up, tasks, shifts, pairing, the desk's page). */
export const volunteeringMessages = { ...volunteersMessages, ...tasksMessages, ...pairingMessages, ...shiftsMessages, ...volunteeringDeskMessages };
