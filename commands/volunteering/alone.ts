import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { doorKey } from '../../src/kernel/fields/door.js';
import { homeOf } from '../../src/services/members.js';

/**
 * Someone living alone who says they are afraid or lonely, privately (「我一个人住 有点害怕」, 「老伴走了 一个人在家 没人管」,
 * "I live alone and I'm scared"): comforted, and asked whether the committee should have a volunteer check on them every
 * day; 「是」 tells the secretaries (who register them with /长者 and pair them). Danger now is the emergency's, first.
 */
const ALONE = /一个人(?:住|在家|过)|独居|独自(?:住|在家)|家里(?:就|只有)我一个|身边没(?:有)?人|老伴(?:走了|不在了|去世)|\blive alone\b|\bon my own\b|\bby myself\b/i;
const AFRAID = /害怕|怕|孤单|孤独|寂寞|没人管|没人照顾|没人理|心慌|担心|\b(?:scared|afraid|lonely|frightened|worried)\b/i;

export const aloneCommand = defineCommand({
  name: 'alone',
  aliases: ['独居登记', 'alone'],
  // Talk, as the corpora label it (「…就是想讲讲话」): offered when nothing else is read in it.
  offeredOn: (text) => text.length <= 60 && !/[??]|吗/.test(text) && ALONE.test(text) && AFRAID.test(text),
  confirm: { question: 'alone.ask' },
  needsCommunity: true,
  help: 'alone.help',
  usage: 'alone.usage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const home = homeOf(ctx.member);
    const door = home ? doorKey(home) : ctx.text('alone.noDoor');
    for (const s of ctx.secretaries(ctx.community.id)) {
      if (s.id !== ctx.member.id) ctx.tell(s, 'alone.secretary', { name: ctx.member.display_name, door });
    }
    ctx.record('member.alone', 'member', ctx.member.id);
    ctx.reply('alone.told');
  },
});
