import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { holdsRoleFor } from '../../src/runtime/policy.js';
import { recogniseHelp } from './recognise.js';

export const helpCommand = defineCommand({
  name: 'help',
  aliases: ['帮助', '幫助', '菜单', '说明', '?', '？', 'start'],
  // "菜单", "怎么用", "@邻里 你能做什么", "what can you do".
  recognise: recogniseHelp,
  choice: 'help.choice',
  help: 'help.help',
  usage: 'help.usage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    // Only what this person may use, so a resident is not shown the secretary's tools.
    const lines = ctx.registry.commands.filter((c) => holdsRoleFor(ctx, c)).map((c) => ctx.text(c.help));
    ctx.replyText([ctx.text('help.title'), ...lines, ctx.text('help.footer')].join('\n'));
  },
});
