import type { AnyCommand } from '../src/runtime/command.js';
import type { BulletinSection, PersonalData } from '../src/runtime/capability.js';
import { bindCommand } from './community/bind.js';
import { bulletinCommand } from './bulletin/bulletin.js';
import { helpCommand, helpTopics } from './community/help.js';
import { homeCommand } from './community/home.js';
import { noticeCommand } from './bulletin/notices.js';
import { medicineCommand } from './medicine/request.js';
import { medicineBulletin, medicinePersonalData } from './medicine/data.js';
import { cancelMedicineCommand, myMedicineCommand, viewMedicineCommand } from './medicine/own.js';
import { medicineExportCommand, medicineRunCommand } from './medicine/runs.js';
import { medicineCardsCommand, medicineQueueCommand, medicineStatusCommand } from './medicine/team.js';
import { confirmMemberCommand, rebindCodeCommand, rebindCommand, rebindGroupCommand, wechatPersonalData } from './wechat/rebind.js';
import { grantCommand, revokeCommand, rolesCommand } from './community/roles.js';
import {
  auditCommand,
  forgetmeCommand,
  lockdownCommand,
  mydataCommand,
  personalDataProviders,
  residentsCommand,
  retentionCommand,
} from './trust/trust.js';
import { volunteeringCommands, volunteersBulletin, volunteersPersonalData } from './volunteering/index.js';
import { groupbuyCommands, groupbuyBulletin, groupbuyPersonalData } from './groupbuy/index.js';

/** Every command linli knows, in the order /help lists them. One file per capability. */
export const allCommands: AnyCommand[] = [
  helpCommand,
  homeCommand,
  rolesCommand,
  grantCommand,
  revokeCommand,
  bindCommand,
  noticeCommand,
  bulletinCommand,
  mydataCommand,
  forgetmeCommand,
  residentsCommand,
  auditCommand,
  retentionCommand,
  lockdownCommand,
  ...volunteeringCommands,
  medicineCommand,
  myMedicineCommand,
  viewMedicineCommand,
  cancelMedicineCommand,
  medicineQueueCommand,
  medicineStatusCommand,
  medicineRunCommand,
  medicineExportCommand,
  medicineCardsCommand,
  ...groupbuyCommands,
  rebindCodeCommand,
  rebindCommand,
  confirmMemberCommand,
  rebindGroupCommand,
];

helpTopics.push(...allCommands);

/** Each capability's part of the daily bulletin (see src/core/capability.ts). */
export const allBulletinSections: BulletinSection[] = [volunteersBulletin, medicineBulletin, groupbuyBulletin];

/** Each capability's personal data, for /mydata and /forgetme. */
export const allPersonalData: PersonalData[] = [
  volunteersPersonalData,
  medicinePersonalData,
  groupbuyPersonalData,
  wechatPersonalData,
];

personalDataProviders.push(...allPersonalData);
