import { defineCapability } from '../../src/runtime/capability.js';
import { bindCommand } from './bind.js';
import { helpCommand } from './help.js';
import { homeCommand } from './home.js';
import { phoneCommand } from './phone.js';
import { startCommand } from './start.js';
import { communityMessages } from './messages.js';
import { grantCommand, revokeCommand, rolesCommand } from './roles.js';

/** The community itself: help, a resident's home and phone, roles, binding a group to a community. */
export const community = defineCapability({
  name: 'community',
  commands: [helpCommand, startCommand, homeCommand, phoneCommand, rolesCommand, grantCommand, revokeCommand, bindCommand],
  messages: communityMessages,
});
