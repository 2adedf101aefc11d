import { defineCapability } from '../../src/runtime/capability.js';
import { closeCommand, closeJobs, countCommand, deliverCommand, paidCommand, sheetsCommand } from './close.js';
import { groupbuyBulletin, groupbuyPersonalData } from './data.js';
import { groupbuyDesk } from './desk.js';
import { groupBuyFileUses } from './file-uses.js';
import { importCommand } from './import.js';
import { groupbuyMessages } from './messages.js';
import { myOrdersCommand } from './mine.js';
import { cancelOwnOrderCommand, changeableOrders } from './cancel-own.js';
import { buyCommand, chainCommand, launchCommand, orderJobs } from './order.js';
import { orderableGroupBuys } from './shared.js';
import { approveCommand, documentsCommand, historyCommand, priceCommand, registerCommand, rejectCommand } from './register.js';

/** Group-buys (团购): register → approve → launch → 接龙 orders → close → sheets → delivery; imports. */
export const groupbuy = defineCapability({
  name: 'groupbuy',
  commands: [
    registerCommand,
    documentsCommand,
    approveCommand,
    rejectCommand,
    priceCommand,
    historyCommand,
    launchCommand,
    buyCommand,
    myOrdersCommand,
    cancelOwnOrderCommand,
    chainCommand,
    closeCommand,
    countCommand,
    sheetsCommand,
    paidCommand,
    deliverCommand,
    importCommand,
  ],
  messages: groupbuyMessages,
  bulletinSection: groupbuyBulletin,
  personalData: groupbuyPersonalData,
  jobs: { ...closeJobs, ...orderJobs },
  desk: [groupbuyDesk],
  openGroupBuys: orderableGroupBuys,
  // An order of the household's that may still be taken back in words (「我订的团购不要了」).
  ownOpen: (ctx) => changeableOrders(ctx).length > 0,
  fileUses: groupBuyFileUses,
});
