import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { ownOpenCall, passOnToCall } from './emergency.js';

/** Enough for what a worried caller types; the rest is cut (the responder can call back). */
const MAX_UPDATE = 500;

const callOf = (ctx: Ctx) => (ctx.community ? ownOpenCall(ctx, ctx.community.id, ctx.member.id) : undefined);

/**
 * What the one who called for help says next, privately, that the bot reads nothing else in (「他不抽了 现在睡着了」,
 * "she's breathing now"): passed on to whoever is going and to the secretaries — it was met with 「我没太明白」 and a menu.
 */
export const emergencyUpdateCommand = defineCommand({
  name: 'emergency.update',
  aliases: ['补充情况', 'sosupdate'],
  needsCommunity: true,
  takesTalk: (ctx) => (callOf(ctx) ? ctx.msg.text.trim() : undefined),
  help: 'emergency.help',
  usage: 'emergency.usage',
  parse: (raw) => ({ text: raw.trim().slice(0, MAX_UPDATE) }),
  args: z.object({ text: z.string().min(1) }),
  handle(ctx, { text }) {
    const e = callOf(ctx);
    if (!e) throw new UserError('emergency.noOwnCall');
    const responder = passOnToCall(ctx, e, text);
    if (responder) ctx.reply('emergency.updatePassedOn', { name: responder.display_name });
    else ctx.reply('emergency.updatePassedOnNobodyYet');
  },
});
