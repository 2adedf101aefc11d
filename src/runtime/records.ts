import type { MessageKey, Params } from '../kernel/catalogue.js';
import type { Ctx } from './context.js';
import { UserError } from './errors.js';

/**
 * The record a person named, if it belongs to this chat's community; otherwise the capability's
 * "not found" (the same answer for another community's record, so its number tells nothing).
 */
export function inCommunity<T extends { community_id: number }>(ctx: Ctx, record: T | undefined, notFound: MessageKey, params: Params): T {
  if (!record || record.community_id !== ctx.community?.id) throw new UserError(notFound, params);
  return record;
}
