import { defineCapability } from '../../src/runtime/capability.js';
import { medicineBulletin, medicinePersonalData } from './data.js';
import { medicineDesk } from './desk.js';
import { medicineMessages } from './messages.js';
import { cancellableRequests, cancelMedicineCommand, myMedicineCommand, viewMedicineCommand } from './own.js';
import { medicineCommand, parkedDraft } from './request.js';
import { medicineExportCommand, medicineRunCommand } from './runs.js';
import { medicineCardsCommand, medicineQueueCommand, medicineStatusCommand } from './team.js';

/** Medicine requests (代配药): a resident's request, the team's queue and runs, the outcome told to each. */
export const medicine = defineCapability({
  name: 'medicine',
  commands: [
    medicineCommand,
    myMedicineCommand,
    viewMedicineCommand,
    cancelMedicineCommand,
    medicineQueueCommand,
    medicineStatusCommand,
    medicineRunCommand,
    medicineExportCommand,
    medicineCardsCommand,
  ],
  messages: medicineMessages,
  bulletinSection: medicineBulletin,
  personalData: medicinePersonalData,
  desk: [medicineDesk],
  // A request put aside mid-questions counts: 「药什么时候到」 is asked after it too.
  ownOpen: (ctx) => cancellableRequests(ctx).length > 0 || parkedDraft(ctx) !== undefined,
});
