import type { Config } from '../kernel/config.js';
import type { ChatAddress, Platform } from '../kernel/types.js';
import type { Db } from '../db/open.js';
import { memberByPlatformId } from '../services/members.js';
import { enqueue, PRIORITY } from './store.js';

/**
 * Where a private message reaches an admin named in LINLI_ADMINS ("telegram:123"). A Telegram
 * private chat has the user's id; WeChat and the console address a person directly.
 */
export function adminAddress(db: Db, qualified: string): ChatAddress {
  const at = qualified.indexOf(':');
  const platform = qualified.slice(0, at) as Platform;
  const userId = qualified.slice(at + 1);
  const member = memberByPlatformId(db, platform, userId);
  if (member?.private_chat_id) return { platform, chatId: member.private_chat_id };
  return { platform, chatId: platform === 'console' ? `private:${userId}` : userId };
}

/**
 * Queues an urgent private message to every admin, except on the platforms named (a platform that
 * is down cannot carry the news that it is down). Returns how many were queued.
 */
export function tellAdmins(
  db: Db,
  config: Pick<Config, 'admins'>,
  text: string,
  now: number,
  opts: { except?: Platform[] } = {},
): number {
  let queued = 0;
  for (const admin of config.admins) {
    const to = adminAddress(db, admin);
    if (opts.except?.includes(to.platform)) continue;
    enqueue(db, to, text, { priority: PRIORITY.urgent }, now);
    queued++;
  }
  return queued;
}
