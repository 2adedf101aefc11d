import { core } from './core.js';
import { wechat } from './wechat.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...wechat,
};

export type MessageKey = keyof typeof messages;
