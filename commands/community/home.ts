import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { doorKey, doorLabel, parseDoor } from '../../src/kernel/fields/door.js';
import { allCommunities } from '../../src/services/communities.js';
import { adoptCommunity, homeOf, setHome } from '../../src/services/members.js';
import { recogniseHome } from './recognise.js';

const Door = z.object({
  area: z.string().optional(),
  building: z.string().min(1),
  unit: z.string().optional(),
  // Empty only for a lane house one household has whole (「56弄12号」).
  room: z.string(),
});

export const homeCommand = defineCommand({
  name: 'home',
  menu: { for: ['private', 'group', 'admin'], about: 'home.menu', rank: 4 },
  aliases: ['我是', '我住', '住址', '门牌', '门牌号', '地址', 'address'],
  // "我住5号楼302", "门牌 3号楼1201", and in a private chat a door on its own.
  recognise: recogniseHome,
  choice: 'home.choice',
  help: 'home.help',
  usage: 'home.usage',
  parse(raw) {
    if (raw === '') return { door: undefined };
    const door = parseDoor(raw.replace(/^(?:在|住在|住)/, ''));
    if (!door) throw new UserError('home.usage');
    return { door };
  },
  args: z.object({ door: Door.optional() }),
  handle(ctx, { door }) {
    if (!door) {
      const home = homeOf(ctx.member);
      if (home) ctx.reply('home.current', { door: doorLabel(home, ctx.lang) });
      else ctx.reply('home.none');
      return;
    }
    setHome(ctx.db, ctx.member.id, door, ctx.now());
    ctx.record('member.home', 'member', ctx.member.id);
    // A newcomer telling their door privately, where the bot serves one community, is its resident from now on
    // (「我是8号楼的 住601」 then 「我的信息」 said 小区:无, and the next request asked the door again).
    const communities = ctx.community || ctx.isGroup ? [] : allCommunities(ctx.db);
    const saved = { door: ctx.lang === 'en' ? doorKey(door) : doorLabel(door, ctx.lang) };
    if (communities.length === 1) {
      adoptCommunity(ctx.db, ctx.member.id, communities[0]!.id);
      ctx.record('member.community', 'member', ctx.member.id);
      return void ctx.replyText(`${ctx.text('core.welcome', { name: communities[0]!.name })}\n${ctx.text('home.saved', saved)}`);
    }
    // In a group this is a short confirmation that may be merged with others ("已记住 12 户").
    ctx.ack('home.saved', saved);
  },
});
