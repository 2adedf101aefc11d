import type { AnyCommand } from '../src/core/command.js';
import type { BulletinSection, PersonalData } from '../src/core/capability.js';
import { bindCommand } from './bind.js';
import { helpCommand, helpTopics } from './help.js';
import { homeCommand } from './home.js';
import { medicineCommand } from './medicine.js';
import { medicineBulletin, medicinePersonalData } from './medicine-data.js';
import { cancelMedicineCommand, myMedicineCommand, viewMedicineCommand } from './medicine-own.js';
import { medicineExportCommand, medicineRunCommand } from './medicine-runs.js';
import { medicineCardsCommand, medicineQueueCommand, medicineStatusCommand } from './medicine-team.js';
import { grantCommand, revokeCommand, rolesCommand } from './roles.js';

/** Every command linli knows, in the order /help lists them. One file per capability. */
export const allCommands: AnyCommand[] = [
  helpCommand,
  homeCommand,
  rolesCommand,
  grantCommand,
  revokeCommand,
  bindCommand,
  medicineCommand,
  myMedicineCommand,
  viewMedicineCommand,
  cancelMedicineCommand,
  medicineQueueCommand,
  medicineStatusCommand,
  medicineRunCommand,
  medicineExportCommand,
  medicineCardsCommand,
];

helpTopics.push(...allCommands);

/** Each capability's part of the daily bulletin (see src/core/capability.ts). */
export const allBulletinSections: BulletinSection[] = [medicineBulletin];

/** Each capability's personal data, for /mydata and /forgetme. */
export const allPersonalData: PersonalData[] = [medicinePersonalData];
