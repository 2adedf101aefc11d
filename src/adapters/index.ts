import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Adapter } from './adapter.js';

/**
 * The platform adapters the configuration asks for. When none is configured the app runs the
 * console chat instead.
 */
export async function platformAdapters(config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.telegram) log.warn('TELEGRAM_BOT_TOKEN is set but the Telegram adapter is not built yet');
  if (config.wechat) log.warn('WECHATY_PUPPET is set but the WeChat adapter is not built yet');
  return adapters;
}
