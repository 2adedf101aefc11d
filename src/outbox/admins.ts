import { t, type MessageKey, type Params } from '../kernel/catalogue.js';
import type { Lang, Platform } from '../kernel/types.js';
import type { Deps } from '../services/deps.js';
import { memberByPlatformId } from '../services/members.js';
import { enqueue, PRIORITY, type SendOptions } from './store.js';

/**
 * Tells every admin named in LINLI_ADMINS ("telegram:123") privately, in their language, on the
 * platforms running now, except those named (a platform that is down cannot carry the news that it
 * is down). Queued as urgent, in the caller's transaction. Returns how many were queued. Parameters
 * that are themselves words are given per language.
 */
export function tellAdmins(
  deps: Deps,
  key: MessageKey,
  params: Params | ((lang: Lang) => Params),
  opts: { except?: Platform[]; ref?: SendOptions['ref'] } = {},
): number {
  const { db, config, clock } = deps;
  let queued = 0;
  for (const admin of config.admins) {
    const at = admin.indexOf(':');
    const platform = admin.slice(0, at) as Platform;
    const userId = admin.slice(at + 1);
    if (opts.except?.includes(platform)) continue;
    // Undefined when the platform is not running here: the news would wait for nobody.
    const fallback = deps.privateChatOf?.(platform, userId);
    if (fallback === undefined) continue;
    const member = memberByPlatformId(db, platform, userId);
    const to = { platform, chatId: member?.private_chat_id ?? fallback };
    const lang = member?.lang ?? 'zh-CN';
    enqueue(db, to, t(lang, key, typeof params === 'function' ? params(lang) : params), { priority: PRIORITY.urgent, ref: opts.ref }, clock.now());
    queued++;
  }
  return queued;
}
