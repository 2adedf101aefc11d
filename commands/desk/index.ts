import { defineCapability } from '../../src/runtime/capability.js';
import { deskCommand, deskPersonalData } from './desk.js';
import { deskMessages } from './messages.js';
import { todayCommand } from './today.js';

/**
 * The way in to the desk (src/desk): /后台 gives a one-time sign-in link privately; /后台 退出 ends the sessions.
 * /今天 brings the desk's today page into the chat.
 */
export const desk = defineCapability({
  name: 'desk',
  commands: [deskCommand, todayCommand],
  messages: deskMessages,
  personalData: deskPersonalData,
});
