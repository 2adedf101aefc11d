import { z } from 'zod';
import type { Role } from '../../src/kernel/roles.js';
import { localDate } from '../../src/kernel/time.js';
import { defineCommand } from '../../src/runtime/command.js';
import { deskSectionsFor } from '../../src/runtime/desk.js';
import { asChatText } from '../../src/runtime/html.js';
import type { Situation } from '../../src/runtime/understand.js';

/** Those who run something: what needs them today is a list of work, not a resident's small talk. */
const RUNS_SOMETHING: Role[] = ['secretary', 'medicine_team', 'building_lead', 'groupbuy_leader'];

/**
 * The day's work asked of the bot (「今天有什么事要处理」, 「有什么要我办的」, "what needs doing today?"): the whole message,
 * privately or with the bot named. Asked among neighbours in a group, it stays their talk.
 */
const TODAY_ASKED =
  /^(?:请问|那|那么|你好)?[\s,,]*(?:今天|今日|现在|目前|眼下)?(?:我)?(?:还)?(?:有|有没有)(?:什么|啥|哪些|乜|咩|几件)(?:事情?|事儿|工作|活|要紧事)?(?:要|需要|得|等着)(?:我)?(?:处理|办|做|跟进|管|看)(?:的)?(?:吗|么|呢|啊|呀)?[\s??。]*$|^(?:今天|今日)(?:我)?(?:要|需要|该)(?:处理|办|做|跟进)(?:哪些|什么|啥)(?:事情?|工作)?(?:呢|啊)?[\s??。]*$|^(?:今天|今日)的?(?:待办|要办的事|工作)(?:有哪些|呢|是什么)?[\s??。]*$|^(?:what|anything)(?: else)? (?:needs|need) (?:doing|me|my attention|handling|to be done)(?: today| now)?\s*\??$|^what(?:'s| is) (?:on )?(?:my )?(?:list|to ?do|on) (?:for )?today\s*\??$|^what do i (?:need|have) to (?:do|handle) today\s*\??$/i;

export const todayAsked = (text: string, s: Situation): boolean =>
  (!s.isGroup || s.addressed) && RUNS_SOMETHING.some((role) => s.has?.(role) === true) && TODAY_ASKED.test(text.trim());

/**
 * /今天 (/today): what needs someone today, as the desk's today page shows it — open calls for help, medicine
 * running out, tasks nobody took, group-buys waiting — in the chat, privately, for those who would rather not open a page.
 */
export const todayCommand = defineCommand({
  name: 'today',
  aliases: ['今天', '今日', '待办', 'today', 'todo'],
  needsCommunity: true,
  roles: RUNS_SOMETHING,
  help: 'desk.today.help',
  usage: 'desk.today.help',
  recognise: (text, s) => (todayAsked(text, s) ? { intent: 'today', confidence: 0.95, evidence: [text.trim()], args: {} } : undefined),
  // Not understood, someone who runs something is offered their day's work first (「1号已经配到了」 of a team member got only
  // a resident's choices).
  choice: 'desk.today.choice',
  offered: (s) => RUNS_SOMETHING.some((role) => s.has?.(role) === true),
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const cards = deskSectionsFor(ctx, ctx.registry.deskSections).flatMap((s) => {
      const card = s.today?.(ctx);
      return card ? [asChatText(card)] : [];
    });
    const date = localDate(ctx.now(), ctx.config.timeZone);
    const text = cards.length > 0 ? ctx.text('desk.today.title', { date, cards: cards.join('\n') }) : ctx.text('desk.today.nothing', { date });
    ctx.answerPrivately(text, { saidInGroup: 'desk.today.sentPrivately' });
  },
});
