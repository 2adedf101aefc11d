import { z } from 'zod';
import { ROLES, roleLabel, type Role } from '../../src/kernel/roles.js';
import type { AnyCommand } from '../../src/runtime/command.js';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import { offered } from '../../src/runtime/menus.js';
import { holdsRoleFor } from '../../src/runtime/policy.js';
import { recogniseHelp } from './recognise.js';

/** A group reads at most this many lines of help; a longer help goes privately. */
export const GROUP_HELP_LINES = 8;

/** What every resident uses, in the order they need it (emergency first): the commands offered in private chats that need no role. */
const everyday = (ctx: Ctx): AnyCommand[] =>
  offered(ctx.registry).filter((c) => !c.roles?.length && !c.helpSection && c.menu!.for.includes('private') && c.name !== 'help' && c.name !== 'desk');

/** The resident's help: a title, the everyday commands, how to ask about one, and that plain words work. */
function residentHelp(ctx: Ctx): string[] {
  return [ctx.text('help.title'), ...everyday(ctx).map((c) => ctx.text(c.help)), ctx.text('help.topicHint'), ctx.text('help.footer')];
}

/** The roles whose part of /help this person sees (a secretary sees the secretary's tools: everything else is theirs too). */
function rolesShown(ctx: Ctx): Exclude<Role, 'resident'>[] {
  if (ctx.isSecretary) return ['secretary'];
  return ROLES.filter((r): r is Exclude<Role, 'resident'> => r !== 'resident' && ctx.has(r));
}

/** One role's part: its commands, under the role's name (those everyone sees are not repeated). */
function roleSection(ctx: Ctx, role: Role, shown: Set<AnyCommand>): string[] {
  const commands = ctx.registry.commands.filter((c) => !shown.has(c) && (c.roles?.includes(role) || c.helpSection === role) && holdsRoleFor(ctx, c));
  for (const c of commands) shown.add(c);
  return commands.length === 0 ? [] : [ctx.text('help.section', { role: roleLabel(ctx.lang, role) }), ...commands.map((c) => ctx.text(c.help))];
}

/** `/帮助 配药`: one command explained, with the words that work. */
function topicHelp(ctx: Ctx, command: AnyCommand): string {
  return [ctx.text(command.help), ctx.text(command.usage)].join('\n');
}

/** What a resident calls each thing they may ask how to do (「怎么报名当志愿者」, "how do I order vegetables?"), by command. */
const TOPICS: [RegExp, string][] = [
  [/志愿|义工|\bvolunteer/i, 'volunteer'],
  [/配药|开药|买药|\bmedicine\b|\bmeds?\b|prescription/i, 'medicine'],
  [/团购|接龙|买菜|跟团|下单|group[- ]?buy|\border\b|vegetables|groceries/i, 'groupbuy.buy'],
  [/紧急|急救|呼叫医|\bemergenc|\bsos\b/i, 'emergency'],
  [/住址|门牌|地址|\baddress\b|\bdoor number\b/i, 'home'],
  [/我的信息|我的数据|个人信息|隐私|\bmy data\b|\bprivacy\b/i, 'mydata'],
];

/** What to say for each topic in plain words (「我不会用那个接龙」 was shown 「我住5号楼302」 as the example). */
const EXAMPLES: Record<string, MessageKey> = {
  volunteer: 'help.example.volunteer',
  medicine: 'help.example.medicine',
  'groupbuy.buy': 'help.example.order',
  emergency: 'help.example.emergency',
  home: 'help.example.home',
};
const footerFor = (ctx: Ctx, about: AnyCommand): string =>
  EXAMPLES[about.name] ? ctx.text('help.footerFor', { example: ctx.text(EXAMPLES[about.name]!) }) : ctx.text('help.footer');

/** The one thing a question or a topic names (none when it names none, or several). */
function topicOf(ctx: Ctx, words: string): AnyCommand | undefined {
  const named = TOPICS.filter(([re]) => re.test(words)).map(([, name]) => ctx.registry.router.commandByName(name));
  return named.length === 1 ? named[0] : undefined;
}

export const helpCommand = defineCommand({
  name: 'help',
  menu: { for: ['private', 'group', 'admin'], about: 'help.menu', rank: 9 },
  aliases: ['帮助', '幫助', '菜单', '说明', '?', '？'],
  // "菜单", "怎么用", "@邻里 你能做什么", "what can you do".
  recognise: recogniseHelp,
  choice: 'help.choice',
  help: 'help.help',
  usage: 'help.usage',
  parse: (raw) => ({ topic: raw.trim().replace(/^\//, '').slice(0, 50) }),
  args: z.object({ topic: z.string() }),
  handle(ctx, { topic }) {
    // `/帮助 志愿者` by the words residents use; 「怎么报名当志愿者」 asked in words: that one thing, and that plain words work.
    const about = topic ? ctx.registry.router.commandNamed(topic) ?? topicOf(ctx, topic) : topicOf(ctx, ctx.msg.text);
    if (about && holdsRoleFor(ctx, about)) return void ctx.replyText(topic ? topicHelp(ctx, about) : [topicHelp(ctx, about), footerFor(ctx, about)].join('\n'));
    // Short, and for the asker: a resident sees what residents use; each role its own part below it.
    const resident = residentHelp(ctx);
    const shown = new Set<AnyCommand>(everyday(ctx));
    const sections = rolesShown(ctx).flatMap((role) => roleSection(ctx, role, shown));
    if (sections.length === 0) return void ctx.replyText(resident.join('\n'));
    if (!ctx.isGroup) return void ctx.replyText([...resident, ...sections].join('\n'));
    // In a group the residents' part stays short; the rest goes privately.
    ctx.replyText(resident.join('\n'));
    ctx.answerPrivately(sections.join('\n'));
  },
});
