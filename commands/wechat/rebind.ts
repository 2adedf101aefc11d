import { z } from 'zod';
import type { PersonalData } from '../../src/runtime/capability.js';
import { defineCommand } from '../../src/runtime/command.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import { communityById, type Chat } from '../../src/services/communities.js';
import { homeOf, memberById, rolesOf, upsertMember } from '../../src/services/members.js';
import { doorKey } from '../../src/kernel/fields/door.js';
import {
  forgetWechatData,
  groupRebindCandidates,
  issueRebindCode,
  MAX_REBIND_TRIES,
  moveChatToId,
  moveMemberToUserId,
  rebindCandidates,
  REBIND_CODE_MS,
  recentWrongCodes,
  redeemRebindCode,
  wechatDataOf,
} from '../../src/services/wechat-ids.js';

const DAYS = Math.round(REBIND_CODE_MS / (24 * 3600_000));

/**
 * WeChat web-protocol logins give every contact a new id, so after a re-login linli sees strangers.
 * A person proves they are who they were with a one-time code they asked for while still known;
 * never by their display name, which anyone can copy.
 */
export const rebindCodeCommand = defineCommand({
  name: 'rebind-code',
  aliases: ['换绑码', '换号码', '验证码', 'rebindcode'],
  help: 'rebind.codeHelp',
  usage: 'rebind.codeUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const code = issueRebindCode(ctx.db, ctx.member.id, ctx.now());
    if (!ctx.answerPrivately(ctx.text('rebind.code', { code, days: DAYS }), { saidInGroup: 'rebind.codeSent' })) return;
    ctx.record('member.rebind.code', 'member', ctx.member.id);
  },
});

export const rebindCommand = defineCommand({
  name: 'rebind',
  aliases: ['换绑', '找回身份', 'rebind'],
  help: 'rebind.help',
  usage: 'rebind.usage',
  parse: (raw) => ({ code: raw.replace(/\s+/g, '') }),
  args: z.object({ code: z.string().regex(/^\d{6}$/) }),
  handle(ctx, { code }) {
    const now = ctx.now();
    if (recentWrongCodes(ctx.db, ctx.member.id, now) >= MAX_REBIND_TRIES) {
      ctx.reply('rebind.tooMany');
      return;
    }
    const owner = redeemRebindCode(ctx.db, code, now);
    if (!owner || owner.platform !== ctx.member.platform) {
      ctx.record('member.rebind.wrong', 'member', ctx.member.id);
      ctx.reply('rebind.wrong');
      return;
    }
    if (owner.id === ctx.member.id) {
      ctx.reply('rebind.same');
      return;
    }
    moveMemberToUserId(ctx.db, owner.id, { userId: ctx.member.user_id, privateChatId: ctx.member.private_chat_id }, now);
    ctx.record('member.rebind', 'member', owner.id, `from member ${ctx.member.id}`);
    ctx.reply('rebind.done', { name: owner.display_name });
    // A code is used once; the next re-login needs a new one, so hand it over now, privately.
    const moved = memberById(ctx.db, owner.id)!;
    ctx.tell(moved, 'rebind.next', { code: issueRebindCode(ctx.db, owner.id, now) });
  },
});

/**
 * For a person without a code: a secretary who knows them confirms which earlier member they are.
 * The list is narrowed by display name, but nothing happens until the secretary picks a number.
 */
export const confirmMemberCommand = defineCommand({
  name: 'confirm-member',
  aliases: ['认人', '确认身份', 'confirmmember'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'rebind.confirmHelp',
  usage: 'rebind.confirmUsage',
  parse: (raw) => {
    const rest = raw.replace(/@\S+/g, ' ').replace(/[#＃\s]/g, '');
    return { no: rest === '' ? undefined : Number(rest) };
  },
  args: z.object({ no: z.number().int().positive().optional() }),
  handle(ctx, { no }) {
    const mention = ctx.msg.mentions?.[0];
    if (!mention) throw new UserError('rebind.confirmWho');
    const newcomer = upsertMember(ctx.db, { platform: ctx.msg.platform, userId: mention.userId, displayName: mention.name }, ctx.now());
    const community = ctx.community;
    const candidates = rebindCandidates(ctx.db, newcomer, community.id);
    if (no === undefined) {
      if (candidates.length === 0) {
        ctx.reply('rebind.noCandidates', { name: newcomer.display_name });
        return;
      }
      const list = candidates.map((m) => {
        const home = homeOf(m);
        return ctx.text('rebind.candidate', { no: m.id, name: m.display_name, home: home ? doorKey(home) : ctx.text('rebind.noHome') });
      });
      // Homes are not for the group: the list goes to the secretary alone.
      ctx.answerPrivately(ctx.text('rebind.candidates', { name: newcomer.display_name, list: list.join('\n') }), { saidInGroup: 'rebind.candidatesSent' });
      return;
    }
    const old = candidates.find((m) => m.id === no);
    if (!old) throw new UserError('rebind.notCandidate', { no });
    moveMemberToUserId(ctx.db, old.id, { userId: newcomer.user_id, privateChatId: newcomer.private_chat_id }, ctx.now());
    ctx.record('member.rebind.confirm', 'member', old.id, `from member ${newcomer.id}`);
    ctx.reply('rebind.confirmed', { name: old.display_name });
  },
});

/** For /mydata and /forgetme: codes, stable keys, and the bot's recent private texts kept for quotes. */
export const wechatPersonalData: PersonalData = {
  name: 'wechat',
  describe(db, member, lang) {
    const d = wechatDataOf(db, member);
    if (d.codes + d.keys + d.texts === 0) return [];
    return [t(lang, 'rebind.data', d)];
  },
  forget: (db, member) => forgetWechatData(db, member),
};

/**
 * After a web-protocol re-login a group has a new id, and is a stranger. A secretary in it picks
 * which earlier group it is (same title, their community): binding, buildings and language return.
 */
export const rebindGroupCommand = defineCommand({
  name: 'rebind-group',
  aliases: ['换绑群', 'rebindgroup'],
  roles: ['secretary'],
  help: 'rebind.groupHelp',
  usage: 'rebind.groupUsage',
  parse: (raw) => {
    const rest = raw.replace(/[#＃\s]/g, '');
    return { no: rest === '' ? undefined : Number(rest) };
  },
  args: z.object({ no: z.number().int().positive().optional() }),
  handle(ctx, { no }) {
    if (!ctx.isGroup) throw new UserError('rebind.groupOnly');
    const mine = (c: Chat) =>
      ctx.isAdmin(ctx.member) || rolesOf(ctx.db, ctx.member.id, c.community_id).some((g) => g.role === 'secretary');
    const candidates = groupRebindCandidates(ctx.db, ctx.chat).filter(mine);
    if (no === undefined) {
      if (candidates.length === 0) {
        ctx.reply('rebind.noGroups');
        return;
      }
      const list = candidates.map((c) =>
        ctx.text('rebind.groupCandidate', { no: c.id, title: c.title ?? '', community: communityById(ctx.db, c.community_id!)?.name ?? '' }),
      );
      ctx.reply('rebind.groupCandidates', { list: list.join('\n') });
      return;
    }
    const old = candidates.find((c) => c.id === no);
    if (!old) throw new UserError('rebind.notGroupCandidate', { no });
    moveChatToId(ctx.db, old.id, ctx.chat.chat_id, ctx.chat.platform);
    ctx.record('chat.rebind', 'chat', old.id, `from chat ${ctx.chat.id}`);
    ctx.reply('rebind.groupDone', { community: communityById(ctx.db, old.community_id!)?.name ?? '' });
  },
});
