import type { MessageKey } from '../kernel/catalogue.js';
import type { Params } from '../kernel/catalogue.js';

/**
 * A mistake the person can fix: becomes a polite reply from the catalogue, and the message
 * changes nothing (its writes are rolled back). Anything else thrown is a bug: logged,
 * and the person gets a short "出错了,已记录".
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}
