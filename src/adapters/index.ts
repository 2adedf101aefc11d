import { dirname, join } from 'node:path';
import type { Config } from '../kernel/config.js';
import type { Logger } from '../kernel/log.js';
import type { Adapter } from '../outbox/port.js';
import { checkPuppet, knownPuppetsLine } from './wechat-puppets.js';
import { WecomAdapter } from './wecom/adapter.js';

/**
 * The platform adapters the configuration asks for, ready to start (each knows the names it is
 * @-mentioned by, which the router needs). When none is configured the app runs the console chat.
 */
export async function platformAdapters(config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.telegram) {
    // Each platform's SDK is loaded only when that platform is configured (telegraf ~10 MB, wechaty seconds).
    const { TelegramAdapter } = await import('./telegram.js');
    const telegram = new TelegramAdapter(
      { token: config.telegram.token, apiRoot: config.telegram.apiRoot, admins: config.admins },
      log.child({ platform: 'telegram' }),
    );
    await telegram.init();
    adapters.push(telegram);
  }
  if (config.wechat) {
    // A puppet linli does not know is one clear line now, not wechaty's advice to install it later.
    const puppet = checkPuppet(config.wechat.puppet);
    if (puppet.forTests) log.warn({ puppet: puppet.name }, `WECHATY_PUPPET=${config.wechat.puppet} is for tests: it connects to no WeChat, so nobody can reach linli through it. Use wechat4u (free) or wechaty-puppet-service (with WECHATY_PUPPET_TOKEN).`);
    else if (!puppet.known) log.warn({ puppet: puppet.name }, `WECHATY_PUPPET=${config.wechat.puppet} is installed but linli was not tried with it. linli knows: ${knownPuppetsLine()}.`);
    const { WechatAdapter } = await import('./wechat.js');
    adapters.push(new WechatAdapter({ ...config.wechat, name: wechatSessionName(config), log }));
  }
  return adapters;
}

/**
 * The platforms that only send, always there beside the chat platforms (or the console): WeCom group
 * robots, which a secretary adds from any chat (/企业微信群). Without robots it sends nothing.
 */
export function sendOnlyAdapters(): Adapter[] {
  return [new WecomAdapter()];
}

/** Wechaty keeps the login beside the database (data/wechat.memory-card.json), so a restart needs no new scan. */
const wechatSessionName = (config: Config) => join(dirname(config.dbPath), 'wechat');
