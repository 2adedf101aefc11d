import { defineCapability } from '../../src/runtime/capability.js';
import { wecomMessages } from './messages.js';
import { wecomCommand } from './robots.js';

/** WeCom (企业微信) group robots: the sanctioned way to post into a group, send-only (docs/platforms-wecom.md). */
export const wecom = defineCapability({
  name: 'wecom',
  commands: [wecomCommand],
  messages: wecomMessages,
});
