import { core } from './core.js';
import { volunteers } from './volunteers.js';
import { tasks } from './tasks.js';
import { emergency } from './emergency.js';
import { pairing } from './pairing.js';
import { shifts } from './shifts.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...volunteers,
  ...tasks,
  ...emergency,
  ...pairing,
  ...shifts,
};

export type MessageKey = keyof typeof messages;
