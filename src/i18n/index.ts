import { core } from './core.js';
import { volunteers } from './volunteers.js';
import { tasks } from './tasks.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...volunteers,
  ...tasks,
};

export type MessageKey = keyof typeof messages;
