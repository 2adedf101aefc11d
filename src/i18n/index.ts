import { bulletin } from './bulletin.js';
import { core } from './core.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...bulletin,
};

export type MessageKey = keyof typeof messages;
