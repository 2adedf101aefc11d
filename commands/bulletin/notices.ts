import { z } from 'zod';
import { defineCommand, defineReply } from '../../src/runtime/command.js';
import type { Params } from '../../src/kernel/catalogue.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import { langOfMember, PRIORITY, type CommunityMemberCtx, type Ctx, type JobCtx } from '../../src/runtime/context.js';
import { t } from '../../src/kernel/catalogue.js';
import { UserError } from '../../src/runtime/errors.js';
import { detectLang } from '../../src/kernel/lang.js';
import { localDate } from '../../src/kernel/time.js';
import { canAnswerIn, groupsOf, volunteersGroupOf } from '../../src/services/communities.js';
import { memberById } from '../../src/services/members.js';
import { hasSkill } from '../volunteering/store/volunteers.js';
import type { SendOptions } from '../../src/outbox/store.js';
import { bulletinDate } from './assemble.js';
import {
  addNotice,
  claimTranslation,
  editNotice,
  keepLanguage,
  liveNotice,
  noticesOf,
  removeNotice,
  saveTranslation,
  type Notice,
} from './store/notices.js';
import { openBulletinDate, sendOf } from './store/sends.js';

const MAX_NOTICE = 1000;
const LIST = /^(?:list|ls|列表|清单|查看|看看)$/i;
const NOW = /^(?:now|urgent|紧急|立即|马上|立刻|急)(?:\s+|\s*[,,:：]\s*)([\s\S]+)$/i;
const EDIT = /^(?:edit|change|修改|改|更正)\s*(?:第|#|no\.?)?\s*(\d+)\s*号?(?:\s+|\s*[,,:：]\s*)([\s\S]+)$/i;
const REMOVE = /^(?:remove|delete|del|删除|删掉|删|撤回|撤销)\s*(?:第|#|no\.?)?\s*(\d+)\s*号?$/i;
const CLAIM = /^(?:接|我来|我接|认领|领了|我翻|我来翻|claim|mine|i'?ll (?:do|take) it|taking it|me)[!!。.]*$/i;

const text = z.string().trim().min(1).max(MAX_NOTICE);
export const NoticeArgs = z.discriminatedUnion('op', [
  z.object({ op: z.literal('list') }),
  z.object({ op: z.literal('add'), text }),
  z.object({ op: z.literal('now'), text }),
  z.object({ op: z.literal('edit'), id: z.number().int().positive(), text }),
  z.object({ op: z.literal('remove'), id: z.number().int().positive() }),
]);

/** The one place that decides who may translate notices: volunteers who signed up with the translator skill. */
export function mayTranslate(ctx: Ctx): boolean {
  return ctx.community !== null && hasSkill(ctx.db, ctx.community.id, ctx.member.id, 'translator');
}

/** Posts a notice as a translation task (claimed by replying): to the volunteers' group, else to the community's groups where one can reply. */
function postTranslationTask(ctx: JobCtx, notice: Notice): void {
  const volunteers = volunteersGroupOf(ctx.db, notice.community_id);
  const groups = volunteers ? [volunteers] : groupsOf(ctx.db, notice.community_id).filter(canAnswerIn);
  for (const group of groups) {
    ctx.post(group, 'translation.task', { id: notice.id, text: notice.text }, { ref: { kind: 'translation', id: notice.id } });
  }
}

/** A notice the secretary may still change: in this community, and its bulletin not sent yet. */
function changeable(ctx: CommunityMemberCtx, id: number): Notice {
  const notice = liveNotice(ctx.db, ctx.community.id, id);
  if (!notice) throw new UserError('notice.notFound', { id });
  if (sendOf(ctx.db, notice.community_id, notice.date)) {
    throw new UserError('notice.alreadySent', { id, date: bulletinDate(notice.date, ctx.lang) });
  }
  return notice;
}

/**
 * The secretary asking the bot, privately, to tell everyone something (「帮我通知一下大家 明天上午8点做核酸」, "please tell
 * everyone: …"): asked first whether it goes in today's bulletin (urgent notices are /通知 紧急). What to say is the rest.
 */
const TELL_EVERYONE = /^(?:请|麻烦|帮我|帮忙|你)*\s*(?:通知(?:一下)?(?:大家|各位|全体居民|所有人|各群)|跟大家(?:说|讲)(?:一下|一声)?|发(?:个|一条)?通知(?:给大家)?|告诉大家)\s*[::,,。]?\s*(?<what>.{4,})$|^(?:please )?(?:tell|let) (?:everyone|all residents|the residents)(?: know)?\s*[:,]?\s*(?<en>.{4,})$/is;

export const noticeCommand = defineCommand({
  name: 'notice',
  menu: { for: ['admin'], about: 'notice.menu', rank: 21 },
  aliases: ['notices', '通知', '公告', '通告'],
  roles: ['secretary'],
  recognise: (text, s) => {
    const m = !s.isGroup && s.has?.('secretary') === true ? TELL_EVERYONE.exec(text.trim()) : null;
    const what = m?.groups?.what ?? m?.groups?.en;
    return what ? { intent: 'notice', confidence: 0.6, evidence: [m![0].slice(0, 12)], rawArgs: what.trim() } : undefined;
  },
  confirm: { question: 'notice.askAdd' },
  needsCommunity: true,
  help: 'notice.help',
  usage: 'notice.usage',
  parse(raw) {
    const s = raw.trim();
    if (s === '' || LIST.test(s)) return { op: 'list' };
    let m = NOW.exec(s);
    if (m) return { op: 'now', text: m[1] };
    m = EDIT.exec(s);
    if (m) return { op: 'edit', id: Number(m[1]), text: m[2] };
    m = REMOVE.exec(s);
    if (m) return { op: 'remove', id: Number(m[1]) };
    return { op: 'add', text: s };
  },
  args: NoticeArgs,
  handle(ctx, args) {
    ctx.replyText(changeNotices(ctx, args));
  },
  onReply: {
    /**
     * A volunteer claims a notice's translation ("接"), then replies with the English text. Translating
     * needs the translator skill, not a role: answerTranslationReply checks it (mayTranslate).
     */
    translation: defineReply({ read: (_ctx, _id, reply) => reply.trim(), handle: answerTranslationReply }),
  },
});

/**
 * Lists, adds, pushes, edits or removes the secretary's notices of the next bulletin; returns the
 * answer. The chat's /通知 and the desk's notices page both come here.
 */
export function changeNotices(ctx: CommunityMemberCtx, args: z.infer<typeof NoticeArgs>): string {
  const community = ctx.community;
  const today = localDate(ctx.now(), ctx.config.timeZone);
  const date = openBulletinDate(ctx.db, community.id, today);
  const shownDate = bulletinDate(date, ctx.lang);
  switch (args.op) {
    case 'list': {
      const notices = noticesOf(ctx.db, community.id, date);
      if (notices.length === 0) return ctx.text('notice.none', { date: shownDate });
      const lines = notices.map((n) =>
        ctx.text('notice.listLine', { id: n.id, text: n.text, translated: n.text_en ? ctx.text('notice.translatedMark') : '' }),
      );
      return ctx.text('notice.list', { date: shownDate, lines: lines.join('\n') });
    }
    case 'add': {
      const notice = addNotice(ctx.db, { communityId: community.id, date, text: args.text, createdBy: ctx.member.id }, ctx.now());
      ctx.record('notice.add', 'notice', notice.id);
      postTranslationTask(ctx, notice);
      return ctx.text(date === today ? 'notice.added' : 'notice.addedTomorrow', { id: notice.id, date: shownDate });
    }
    case 'now': {
      const notice = addNotice(ctx.db, { communityId: community.id, date, text: args.text, urgent: true, createdBy: ctx.member.id }, ctx.now());
      const groups = groupsOf(ctx.db, community.id);
      for (const group of groups) ctx.post(group, 'notice.urgentPost', { text: args.text }, { priority: PRIORITY.urgent });
      ctx.record('notice.urgent', 'notice', notice.id, `groups=${groups.length}`);
      postTranslationTask(ctx, notice);
      return ctx.text('notice.pushed', { count: groups.length });
    }
    case 'edit': {
      const notice = changeable(ctx, args.id);
      editNotice(ctx.db, notice.id, args.text, ctx.now());
      ctx.record('notice.edit', 'notice', notice.id);
      postTranslationTask(ctx, { ...notice, text: args.text });
      return ctx.text('notice.edited', { id: notice.id });
    }
    case 'remove': {
      const notice = changeable(ctx, args.id);
      removeNotice(ctx.db, notice.id, ctx.now());
      ctx.record('notice.remove', 'notice', notice.id);
      return ctx.text('notice.removed', { id: notice.id });
    }
  }
}

function answerTranslationReply(ctx: Ctx, noticeId: number, reply: string): void {
  // English written to a translation task ("claim", the translation itself) says nothing about the
  // language the volunteer reads: keep the one they had (ctx.member was read before this message)
  // and answer in it, or else they would start getting English bulletins.
  let lang = ctx.lang;
  if (ctx.lang === 'en') {
    keepLanguage(ctx.db, ctx.member.id, ctx.member.lang);
    lang = langOfMember(ctx.member);
  }
  const say = (key: MessageKey, params?: Params, opts?: SendOptions) => ctx.replyText(t(lang, key, params), opts);

  if (!mayTranslate(ctx)) return void say('translation.volunteersOnly');
  const notice = liveNotice(ctx.db, ctx.community?.id ?? -1, noticeId);
  if (!notice) return void say('translation.gone');
  const result = CLAIM.test(reply)
    ? claimTranslation(ctx.db, notice.id, ctx.member.id)
    : detectLang(reply) === 'en'
      ? saveTranslation(ctx.db, notice.id, ctx.member.id, reply.slice(0, MAX_NOTICE), ctx.now())
      : undefined;
  if (!result) return void say('translation.notEnglish');
  if (!result.ok) {
    if (result.translated) return void say('translation.done', { id: notice.id });
    const name = result.takenBy !== null ? (memberById(ctx.db, result.takenBy)?.display_name ?? '') : '';
    return void say('translation.taken', { id: notice.id, name });
  }
  const params = { id: notice.id, name: ctx.member.display_name };
  if (CLAIM.test(reply)) {
    ctx.record('translation.claim', 'notice', notice.id);
    // The confirmation carries the same ref, so replying to it with the English text works too.
    say('translation.claimed', params, { ref: { kind: 'translation', id: notice.id } });
  } else {
    ctx.record('translation.save', 'notice', notice.id);
    say('translation.thanks', params);
    // The urgent notice reached the English groups in Chinese with "translation to follow": it follows.
    if (notice.urgent) {
      for (const group of groupsOf(ctx.db, notice.community_id).filter((g) => g.lang === 'en')) {
        ctx.post(group, 'notice.urgentTranslated', { text: reply.slice(0, MAX_NOTICE) }, { priority: PRIORITY.urgent });
      }
    }
  }
}
