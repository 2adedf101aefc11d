import { defineCapability } from '../../src/runtime/capability.js';
import { deskCommand, deskPersonalData } from './desk.js';
import { deskMessages } from './messages.js';

/** The way in to the desk (src/desk): /后台 gives a one-time sign-in link privately; /后台 退出 ends the sessions. */
export const desk = defineCapability({
  name: 'desk',
  commands: [deskCommand],
  messages: deskMessages,
  personalData: deskPersonalData,
});
