import { z } from 'zod';
import { doorLabel } from '../../src/kernel/fields/door.js';
import { defineCommand } from '../../src/runtime/command.js';
import { homeOf } from '../../src/services/members.js';

/**
 * What a person sees when they first open a private chat (Telegram's Start): three lines in their
 * language, asking for their door when linli does not know it. A Start with a payload resumes a
 * flow instead (src/runtime/start.ts).
 */
export const startCommand = defineCommand({
  name: 'start',
  aliases: ['开始'],
  help: 'start.help',
  usage: 'start.help',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const home = homeOf(ctx.member);
    ctx.replyText(
      [
        ctx.text('start.hello', { name: ctx.member.display_name }),
        ctx.text('start.plain'),
        home ? ctx.text('start.home', { door: doorLabel(home, ctx.lang) }) : ctx.text('start.askDoor'),
      ].join('\n'),
    );
  },
});
