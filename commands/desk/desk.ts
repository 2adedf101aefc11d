import { z } from 'zod';
import type { PersonalData } from '../../src/runtime/capability.js';
import { defineCommand } from '../../src/runtime/command.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import {
  createDeskLink,
  DESK_LINK_TTL_MS,
  DESK_SESSION_TTL_MS,
  deskSessionCount,
  endDeskSessionsOf,
} from '../../src/services/desk-sessions.js';

const SIGN_OUT = /^(?:退出|登出|注销|结束|signout|sign out|logout|log out|exit)$/i;

export const deskCommand = defineCommand({
  name: 'desk',
  menu: { for: ['private'], about: 'desk.menu', rank: 27 },
  aliases: ['后台', '工作台', '管理后台', 'desk'],
  needsCommunity: true,
  help: 'desk.help',
  usage: 'desk.usage',
  parse(raw) {
    const text = raw.trim();
    if (text === '') return { op: 'link' };
    if (SIGN_OUT.test(text)) return { op: 'signout' };
    throw new UserError('desk.usage');
  },
  args: z.object({ op: z.enum(['link', 'signout']) }),
  handle(ctx, { op }) {
    if (op === 'signout') {
      const count = endDeskSessionsOf(ctx.db, ctx.member.id);
      ctx.record('desk.signout', 'member', ctx.member.id, `sessions:${count}`);
      ctx.reply('desk.signedOut', { count });
      return;
    }
    const base = ctx.deskUrl?.();
    if (!base) throw new UserError('desk.off');
    // A link is a key: it goes to the person privately, never into a group.
    const token = createDeskLink(ctx.db, { memberId: ctx.member.id, communityId: ctx.community.id }, ctx.now());
    ctx.record('desk.link', 'member', ctx.member.id);
    const text = ctx.text('desk.link', { link: `${base}/login?t=${token}`, minutes: DESK_LINK_TTL_MS / 60_000, hours: DESK_SESSION_TTL_MS / 3_600_000 });
    ctx.answerPrivately(text, { saidInGroup: 'desk.sentPrivately' });
  },
});

/** Desk sessions are a person's too: /mydata counts them, /forgetme ends them. */
export const deskPersonalData: PersonalData = {
  name: 'desk',
  describe(db, member, lang) {
    const count = deskSessionCount(db, member.id);
    return count > 0 ? [t(lang, 'desk.data.sessions', { count })] : [];
  },
  forget(db, member) {
    return endDeskSessionsOf(db, member.id);
  },
};
