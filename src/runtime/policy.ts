import type { Params } from '../kernel/catalogue.js';
import type { MessageKey } from '../kernel/catalogue.js';
import type { AnyCommand, Scope } from './command.js';
import type { Ctx } from './context.js';
import { roleLabel, type Role } from '../kernel/roles.js';

export type Decision = { ok: true } | { ok: false; key: MessageKey; params: Params };

const ALLOWED: Decision = { ok: true };

const roleNames = (roles: Role[], ctx: Ctx): string =>
  roles.map((r) => roleLabel(ctx.lang, r)).join(ctx.lang === 'en' ? ' or ' : '或');

/**
 * The one place that decides whether a member may use a command here. Refusals name the role
 * that would be needed. Identity is the member id (and LINLI_ADMINS), never a display name.
 *
 * With the parsed arguments, the command's `scope` is checked too: which building, whose
 * record, what sensitive details the arguments touch. The dispatcher calls this once, before the
 * handler, so a refusal changes nothing.
 */
export function decide(ctx: Ctx, command: AnyCommand, parsed?: { args: unknown }): Decision {
  if (command.needsCommunity && !ctx.community) {
    return { ok: false, key: 'core.needsCommunity', params: {} };
  }
  if (!holdsRoleFor(ctx, command)) {
    return { ok: false, key: 'core.notAllowed', params: { roles: roleNames(command.roles ?? [], ctx) } };
  }
  if (!parsed || !command.scope) return ALLOWED;
  const scope = command.scope(parsed.args, ctx);
  return scope ? mayTouch(ctx, command.roles ?? [], scope) : ALLOWED;
}

/** Whether the member holds a role the command asks for (what /help lists). */
export function holdsRoleFor(ctx: Ctx, command: AnyCommand): boolean {
  return holdsAny(ctx, command.roles);
}

const holdsAny = (ctx: Ctx, roles: Role[] | undefined): boolean =>
  !roles || roles.length === 0 || roles.includes('resident') || roles.some((r) => ctx.has(r));

/** Whether the member may do what a reply to a bot message asks (the roles its reading needs). */
export function decideRoles(ctx: Ctx, roles: Role[], refusal?: MessageKey): Decision {
  if (holdsAny(ctx, roles)) return ALLOWED;
  return refusal ? { ok: false, key: refusal, params: {} } : { ok: false, key: 'core.notAllowed', params: { roles: roleNames(roles, ctx) } };
}

/**
 * Whether the member may touch what a scope names, acting through one of `roles` (the command's).
 * Handlers that list many records use it to filter them by the same rules as single commands.
 * - a secretary may touch everything in their community;
 * - the owner of a record may touch it;
 * - `needs` roles are required besides the command's (medicine details: the medicine team);
 * - a record with an owner is for its owner only (and the `needs` roles, when given);
 * - a building lead acts for their own buildings only (other roles of the command are not bound to a building).
 */
export function mayTouch(ctx: Ctx, roles: Role[], scope: Scope): Decision {
  if (ctx.isSecretary) return ALLOWED;
  if (scope.ownerMemberId !== undefined && scope.ownerMemberId === ctx.member.id) return ALLOWED;
  if (scope.needs && scope.needs.length > 0 && !scope.needs.some((r) => ctx.has(r))) {
    return { ok: false, key: 'core.notAllowed', params: { roles: roleNames(scope.needs, ctx) } };
  }
  if (scope.ownerMemberId !== undefined && !(scope.needs && scope.needs.length > 0)) {
    return { ok: false, key: 'core.notOwner', params: {} };
  }
  if (scope.building !== undefined && !actsForBuilding(ctx, [...roles, ...(scope.needs ?? [])], scope.building)) {
    return { ok: false, key: 'core.otherBuilding', params: { building: scope.building } };
  }
  const served = scope.servedBuildings;
  if (served && served.length > 0 && !served.some((b) => actsForBuilding(ctx, [...roles, ...(scope.needs ?? [])], b))) {
    return { ok: false, key: 'core.otherBuilding', params: { building: served.join(ctx.lang === 'en' ? ', ' : '、') } };
  }
  return ALLOWED;
}

/**
 * The scope of something posted for a building (a task, a recruit call): the building it names, or
 * else the buildings the group it is posted in serves (a group serving the whole community limits
 * nothing).
 */
export function postedFor(ctx: Ctx, named: string | null | undefined): Scope | undefined {
  if (named) return { building: named };
  const served = ctx.chat.buildings ? (JSON.parse(ctx.chat.buildings) as string[]) : [];
  return ctx.isGroup && served.length > 0 ? { servedBuildings: served } : undefined;
}

/** A role not bound to buildings acts anywhere; a building lead only for the buildings granted. */
function actsForBuilding(ctx: Ctx, roles: Role[], building: string): boolean {
  if (roles.length === 0 || roles.includes('resident')) return true;
  if (roles.some((r) => r !== 'building_lead' && ctx.has(r))) return true;
  return roles.includes('building_lead') && ctx.has('building_lead', building);
}
