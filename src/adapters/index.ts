import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Adapter } from './adapter.js';
import { TelegramAdapter } from './telegram.js';

/**
 * The platform adapters the configuration asks for, ready to start (each knows the names it is
 * @-mentioned by, which the router needs). When none is configured the app runs the console chat.
 */
export async function platformAdapters(config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.telegram) {
    const telegram = new TelegramAdapter(
      { token: config.telegram.token, apiRoot: config.telegram.apiRoot, admins: config.admins },
      log.child({ platform: 'telegram' }),
    );
    await telegram.init();
    adapters.push(telegram);
  }
  // WeChat: the wechaty adapter is created here when WECHATY_PUPPET is set.
  if (config.wechat) log.warn('WECHATY_PUPPET is set but the WeChat adapter is not built yet');
  return adapters;
}
