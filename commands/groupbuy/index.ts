import type { AnyCommand } from '../../src/runtime/command.js';
import { groupbuyBulletin, groupbuyPersonalData } from './data.js';
import { closeCommand, deliverCommand, paidCommand, sheetsCommand } from './close.js';
import { importCommand } from './import.js';
import { buyCommand, chainCommand, launchCommand } from './order.js';
import { approveCommand, documentsCommand, historyCommand, priceCommand, registerCommand, rejectCommand } from './register.js';

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
