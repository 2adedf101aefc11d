import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { parseBuilding } from '../../src/kernel/fields/door.js';
import { parseRole, roleLabel, ROLES } from '../../src/kernel/roles.js';
import { rolesOf, grantRole, revokeRole, senderOfMessage, upsertMember, type Member } from '../../src/services/members.js';

const RoleArgs = z.object({ role: z.enum(ROLES), building: z.string().optional() });

/** "楼组长 5号楼" → role and building, once @mentions are taken out. */
function parseRoleArgs(raw: string, usage: 'roles.grantUsage' | 'roles.revokeUsage') {
  const words = raw.replace(/@\S+/g, ' ').split(/\s+/).filter(Boolean);
  const role = words[0] ? parseRole(words[0]) : undefined;
  if (!role) throw new UserError(usage);
  const rest = words.slice(1).join('');
  const building = rest ? parseBuilding(rest) : undefined;
  if (rest && !building) throw new UserError(usage);
  return { role, building };
}

/**
 * Whom a role command is about: the person @-mentioned (by platform id), or the sender of the
 * message it replies to. Never a display name: names can be copied.
 */
function target(ctx: Ctx): Member | undefined {
  const mention = ctx.msg.mentions?.[0];
  if (mention) {
    return upsertMember(ctx.db, { platform: ctx.msg.platform, userId: mention.userId, displayName: mention.name }, ctx.now());
  }
  if (ctx.msg.replyToMessageId) return senderOfMessage(ctx.db, ctx.msg.platform, ctx.msg.chatId, ctx.msg.replyToMessageId);
  return undefined;
}

export const grantCommand = defineCommand({
  name: 'grant',
  aliases: ['授权', '授予', '任命'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'roles.grantHelp',
  usage: 'roles.grantUsage',
  parse: (raw) => parseRoleArgs(raw, 'roles.grantUsage'),
  args: RoleArgs,
  handle(ctx, { role, building }) {
    const who = target(ctx);
    if (!who) throw new UserError('roles.whoUnknown');
    if (role === 'building_lead' && !building) throw new UserError('roles.needsBuilding');
    const scope = role === 'building_lead' ? building! : '';
    const community = ctx.community;
    const granted = grantRole(ctx.db, { memberId: who.id, communityId: community.id, role, scope, grantedBy: ctx.member.id }, ctx.now());
    if (granted) ctx.record('role.grant', 'member', who.id, role + (scope ? `:${scope}` : ''));
    ctx.reply(granted ? 'roles.granted' : 'roles.alreadyHad', { name: who.display_name, role: roleLabel(ctx.lang, role, scope) });
  },
});

export const revokeCommand = defineCommand({
  name: 'revoke',
  aliases: ['撤销', '撤销授权', '取消授权', '免去'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'roles.revokeHelp',
  usage: 'roles.revokeUsage',
  parse: (raw) => parseRoleArgs(raw, 'roles.revokeUsage'),
  args: RoleArgs,
  handle(ctx, { role, building }) {
    const who = target(ctx);
    if (!who) throw new UserError('roles.whoUnknown');
    const ended = revokeRole(ctx.db, { memberId: who.id, communityId: ctx.community.id, role, scope: building });
    if (ended > 0) ctx.record('role.revoke', 'member', who.id, role + (building ? `:${building}` : ''));
    ctx.reply(ended > 0 ? 'roles.revoked' : 'roles.didNotHave', { name: who.display_name, role: roleLabel(ctx.lang, role, building) });
  },
});

export const rolesCommand = defineCommand({
  name: 'roles',
  aliases: ['身份', '我的身份', '角色'],
  help: 'roles.rolesHelp',
  usage: 'roles.rolesUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const who = target(ctx) ?? ctx.member;
    const grants = rolesOf(ctx.db, who.id, ctx.community?.id ?? null);
    const labels = [roleLabel(ctx.lang, 'resident'), ...grants.map((g) => roleLabel(ctx.lang, g.role, g.scope))];
    if (ctx.isAdmin(who)) labels.push(roleLabel(ctx.lang, 'secretary'));
    ctx.reply('roles.list', { name: who.display_name, roles: [...new Set(labels)].join(ctx.lang === 'en' ? ', ' : '、') });
  },
});
