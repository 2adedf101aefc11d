import { emergency } from '../../emergency/messages.js';
import { pairing } from './pairing.js';
import { shifts } from './shifts.js';
import { tasks } from './tasks.js';
import { volunteers } from './volunteers.js';

/** Every message of the volunteer capability (sign-up, tasks, emergencies, pairing, shifts). */
export const volunteering = { ...volunteers, ...tasks, ...emergency, ...pairing, ...shifts };
