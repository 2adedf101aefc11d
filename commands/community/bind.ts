import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { parseBuilding } from '../../src/kernel/fields/door.js';
import { bindChat, communityByName, createCommunity } from '../../src/services/communities.js';
import { adoptCommunity, rolesOf } from '../../src/services/members.js';

const VOLUNTEERS = /(?:志愿者群|志愿者|volunteers?)$/i;
const BUILDINGS = /(?:楼栋|楼|弄堂|村民小组|小组|buildings?|lanes?|groups?)\s*([\d、,, 和及与\-#号栋幢楼弄组队A-Za-z区一二三四五六七八九十]+)$/i;

export const bindCommand = defineCommand({
  name: 'bind',
  menu: { for: ['admin'], about: 'bind.menu', rank: 26 },
  aliases: ['绑定', '绑定小区'],
  roles: ['secretary'],
  help: 'bind.help',
  usage: 'bind.usage',
  parse(raw) {
    let rest = raw.trim();
    let volunteers = false;
    if (VOLUNTEERS.test(rest)) {
      volunteers = true;
      rest = rest.replace(VOLUNTEERS, '').trim();
    }
    let buildings: string[] = [];
    const b = BUILDINGS.exec(rest);
    if (b) {
      buildings = b[1]!.split(/[、,, 和及与]+/).filter(Boolean).map((x) => parseBuilding(x) ?? '');
      if (buildings.some((x) => x === '')) throw new UserError('bind.usage');
      rest = rest.slice(0, b.index).trim();
    }
    return { community: rest, buildings, volunteers };
  },
  args: z.object({
    community: z.string().min(1).max(40),
    buildings: z.array(z.string()),
    volunteers: z.boolean(),
  }),
  handle(ctx, { community: name, buildings, volunteers }) {
    if (!ctx.isGroup) throw new UserError('bind.groupOnly');
    const existing = communityByName(ctx.db, name);
    // Binding reaches into a named community, so it is checked against that community's roles:
    // LINLI_ADMINS may create communities; a community's own secretaries may bind more groups to it.
    const allowed =
      ctx.isAdmin(ctx.member) ||
      (existing !== undefined && rolesOf(ctx.db, ctx.member.id, existing.id).some((g) => g.role === 'secretary'));
    if (!allowed) throw new UserError('bind.otherCommunity', { community: name });
    const community = existing ?? createCommunity(ctx.db, name, ctx.now());
    bindChat(ctx.db, ctx.chat.id, { communityId: community.id, buildings, purpose: volunteers ? 'volunteers' : null });
    adoptCommunity(ctx.db, ctx.member.id, community.id);
    ctx.record('chat.bind', 'community', community.id, volunteers ? 'volunteers' : buildings.join(','));
    const detail = [
      buildings.length > 0 ? ctx.text('bind.buildings', { buildings: buildings.join(ctx.lang === 'en' ? ', ' : '、') }) : '',
      volunteers ? ctx.text('bind.volunteers') : '',
    ].join('');
    ctx.reply('bind.done', { community: community.name, detail });
  },
});
