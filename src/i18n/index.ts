import { core } from './core.js';
import { volunteering } from './volunteering.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...volunteering,
};

export type MessageKey = keyof typeof messages;
