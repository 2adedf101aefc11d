import type { Params } from '../kernel/catalogue.js';
import type { MessageKey } from '../kernel/catalogue.js';
import type { AnyCommand, Scope } from './command.js';
import type { CommunityMemberCtx, Ctx, MemberCtx } from './context.js';
import { roleLabel, type Role } from '../kernel/roles.js';
import type { Lang } from '../kernel/types.js';

export type Decision = { ok: true } | { ok: false; key: MessageKey; params: Params };

const ALLOWED: Decision = { ok: true };

/**
 * Who the policy decides for: a member acting in a community, from a chat message (Ctx) or a
 * session at the desk (src/desk). Both are MemberCtx; the policy reads only this much of them.
 */
export interface Actor {
  readonly member: { readonly id: number };
  readonly community: { readonly id: number } | null;
  readonly lang: Lang;
  readonly isSecretary: boolean;
  has(role: Role, scope?: string): boolean;
}

const roleNames = (roles: Role[], ctx: Actor): string =>
  roles.map((r) => roleLabel(ctx.lang, r)).join(ctx.lang === 'en' ? ' or ' : '或');

/**
 * The one place that decides whether a member may use a command here. Refusals name the role
 * that would be needed. Identity is the member id (and LINLI_ADMINS), never a display name.
 *
 * The same decision is made for a chat message and for a desk page that shows what the command shows.
 * With the parsed arguments, the command's `scope` is checked too: which building, whose
 * record, what sensitive details the arguments touch. The dispatcher calls this once, before the
 * handler, so a refusal changes nothing.
 */
export function decide(ctx: MemberCtx, command: AnyCommand, parsed?: { args: unknown }): Decision {
  if (command.needsCommunity && !ctx.community) {
    return { ok: false, key: 'core.needsCommunity', params: {} };
  }
  if (!holdsRoleFor(ctx, command)) {
    return { ok: false, key: 'core.notAllowed', params: { roles: roleNames(command.roles ?? [], ctx) } };
  }
  if (!parsed || !command.scope) return ALLOWED;
  // A command that needs a community has one by now (checked first); the others' scopes take any member.
  const scope = command.scope(parsed.args, ctx as CommunityMemberCtx);
  return scope ? mayTouch(ctx, command.roles ?? [], scope) : ALLOWED;
}

/** Whether the member holds a role the command asks for (what /help lists). */
export function holdsRoleFor(ctx: Actor, command: AnyCommand): boolean {
  return holdsAny(ctx, command.roles);
}

const holdsAny = (ctx: Actor, roles: Role[] | undefined): boolean =>
  !roles || roles.length === 0 || roles.includes('resident') || roles.some((r) => ctx.has(r));

/** Whether the member may do what a reply to a bot message asks (the roles its reading needs). */
export function decideRoles(ctx: Actor, roles: Role[], refusal?: MessageKey): Decision {
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
export function mayTouch(ctx: Actor, roles: Role[], scope: Scope): Decision {
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
export function postedFor(ctx: MemberCtx, named: string | null | undefined): Scope | undefined {
  if (named) return { building: named };
  // Asked from a chat (the desk posts nothing): the group it is asked in.
  const { chat, isGroup } = ctx as Partial<Pick<Ctx, 'chat' | 'isGroup'>>;
  const served = chat?.buildings ? (JSON.parse(chat.buildings) as string[]) : [];
  return isGroup && served.length > 0 ? { servedBuildings: served } : undefined;
}

/** A role not bound to buildings acts anywhere; a building lead only for the buildings granted. */
function actsForBuilding(ctx: Actor, roles: Role[], building: string): boolean {
  if (roles.length === 0 || roles.includes('resident')) return true;
  if (roles.some((r) => r !== 'building_lead' && ctx.has(r))) return true;
  return roles.includes('building_lead') && ctx.has('building_lead', building);
}
