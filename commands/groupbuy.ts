import type { AnyCommand } from '../src/core/command.js';
import { groupbuyBulletin, groupbuyPersonalData } from './groupbuy-capability.js';
import { closeCommand, deliverCommand, paidCommand, sheetsCommand } from './groupbuy-close.js';
import { importCommand } from './groupbuy-import.js';
import { buyCommand, chainCommand, launchCommand } from './groupbuy-order.js';
import { approveCommand, documentsCommand, historyCommand, priceCommand, registerCommand, rejectCommand } from './groupbuy-register.js';

/** Group-buys (团购): register → approve → launch → 接龙 orders → close → sheets → delivery; imports. */
export const groupbuyCommands: AnyCommand[] = [
  registerCommand,
  documentsCommand,
  approveCommand,
  rejectCommand,
  priceCommand,
  historyCommand,
  launchCommand,
  buyCommand,
  chainCommand,
  closeCommand,
  sheetsCommand,
  paidCommand,
  deliverCommand,
  importCommand,
];

export { groupbuyBulletin, groupbuyPersonalData };
