import { bulletin } from './bulletin.js';
import { core } from './core.js';
import { trust } from './trust.js';
import { volunteering } from './volunteering.js';
import { medicine } from './medicine.js';
import { delivery } from './delivery.js';
import { groupbuy } from './groupbuy.js';
import { wechat } from './wechat.js';

/**
 * The message catalogue: everything a resident sees. One file per capability, merged here.
 * Keys are namespaced by capability ("core.", "home.", "task." ...), so files never collide.
 */
export const messages = {
  ...core,
  ...bulletin,
  ...trust,
  ...volunteering,
  ...medicine,
  ...delivery,
  ...groupbuy,
  ...wechat,
};

export type MessageKey = keyof typeof messages;
