import type { Params } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/index.js';
import type { AnyCommand } from './command.js';
import type { Ctx } from './context.js';
import { ROLE_WORDS, type Role } from './roles.js';

export type Decision = { ok: true } | { ok: false; key: MessageKey; params: Params };

const roleName = (role: Role, ctx: Ctx): string => {
  const words = ROLE_WORDS[role];
  return ctx.lang === 'en' ? words[words.length - 1]!.replace('_', ' ') : words[0]!;
};

/**
 * The one place that decides whether a member may use a command here. Refusals name the role
 * that would be needed. Identity is the member id (and LINLI_ADMINS), never a display name.
 */
export function decide(ctx: Ctx, command: AnyCommand): Decision {
  if (command.needsCommunity && !ctx.community) {
    return { ok: false, key: 'core.needsCommunity', params: {} };
  }
  if (holdsRoleFor(ctx, command)) return { ok: true };
  const roles = command.roles ?? [];
  return {
    ok: false,
    key: 'core.notAllowed',
    params: { roles: roles.map((r) => roleName(r, ctx)).join(ctx.lang === 'en' ? ' or ' : '或') },
  };
}

/** Whether the member holds a role the command asks for (what /help lists). */
export function holdsRoleFor(ctx: Ctx, command: AnyCommand): boolean {
  const roles = command.roles;
  if (!roles || roles.length === 0 || roles.includes('resident')) return true;
  return roles.some((r) => ctx.has(r));
}
