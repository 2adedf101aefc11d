import { bulletin } from '../../commands/bulletin/messages.js';
import { core } from './messages.js';
import { trust } from '../../commands/trust/messages.js';
import { volunteering } from '../../commands/volunteering/messages/index.js';
import { medicine } from '../../commands/medicine/messages.js';
import { delivery } from '../outbox/messages.js';
import { groupbuy } from '../../commands/groupbuy/messages.js';
import { wechat } from '../../commands/wechat/messages.js';

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
