import { defineCapability } from '../../src/runtime/capability.js';
import { wechatMessages } from './messages.js';
import { confirmMemberCommand, rebindCodeCommand, rebindCommand, rebindGroupCommand, wechatPersonalData } from './rebind.js';

/** WeChat identity after a re-login: people and groups are re-bound by proof, never by name. */
export const wechat = defineCapability({
  name: 'wechat',
  commands: [rebindCodeCommand, rebindCommand, confirmMemberCommand, rebindGroupCommand],
  messages: wechatMessages,
  personalData: wechatPersonalData,
});
