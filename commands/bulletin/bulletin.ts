import type { Jobs } from '../../src/runtime/capability.js';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, type CommunityCtx } from '../../src/runtime/command.js';
import type { CommunityMemberCtx, Ctx, JobCtx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { localDate, parseTimeOfDay } from '../../src/kernel/time.js';
import type { Lang } from '../../src/kernel/types.js';
import { groupsOf, setChatLang } from '../../src/services/communities.js';
import { assembleBulletin, assembleCard, bulletinDate } from './assemble.js';
import { sendBulletin, type ReportPayload } from './deliver.js';
import { reportDelivery } from './report.js';
import { copyOf, sendOf } from './store/sends.js';
import {
  bulletinGroups,
  bulletinSettings,
  setBulletinEnabled,
  setBulletinGroups,
  setBulletinTime,
} from './store/settings.js';
// Read when a message is handled, never at import time: index.ts imports this file, and every
// capability's section (also those registered later, as tests do) is in the list by then.

const SEND = /^(?:send|发送|发布|推送|发出|发)$/i;
const PREVIEW = /^(?:preview|预览|看看)?$/i;
const TIME = /^(?:time|at|时间|定时|每天)\s*(.*)$/i;
const GROUPS = /^(?:groups?|群|发往|哪些群)\s*(.*)$/i;
const ALL = /^(?:all|全部|所有|所有群|全部群)$/i;
const LANG = /^(?:lang(?:uage)?|语言)?\s*(en|english|英文|英语|zh|chinese|中文|简体|zh-tw|traditional|繁体)(?:中文)?(?:版)?$/i;
const OFF = /^(?:off|pause|stop|停发|暂停|关闭|停)$/i;
const ON = /^(?:on|resume|start|恢复|开启|开始)$/i;
const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const SHORT_DATE = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const YESTERDAY = /^(?:昨天|昨日|yesterday)$/i;

const BulletinArgs = z.discriminatedUnion('op', [
  z.object({ op: z.literal('preview') }),
  z.object({ op: z.literal('send') }),
  z.object({ op: z.literal('time'), hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) }),
  z.object({ op: z.literal('groups'), all: z.boolean(), numbers: z.array(z.number().int().positive()) }),
  z.object({ op: z.literal('lang'), lang: z.enum(['en', 'zh-CN', 'zh-TW']) }),
  z.object({ op: z.literal('enabled'), on: z.boolean() }),
  z.object({
    op: z.literal('history'),
    year: z.number().int().optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    yesterday: z.boolean(),
  }),
]);
type BulletinArgs = z.infer<typeof BulletinArgs>;

function parseBulletin(raw: string): unknown {
  const s = raw.trim();
  if (PREVIEW.test(s)) return { op: 'preview' };
  if (SEND.test(s)) return { op: 'send' };
  if (OFF.test(s)) return { op: 'enabled', on: false };
  if (ON.test(s)) return { op: 'enabled', on: true };
  let m = TIME.exec(s);
  if (m) {
    const tod = timeOfDay(m[1]!);
    if (!tod) throw new UserError('bulletin.badTime');
    return { op: 'time', ...tod };
  }
  const bareTime = timeOfDay(s);
  if (bareTime) return { op: 'time', ...bareTime };
  m = GROUPS.exec(s);
  if (m) {
    const spec = m[1]!.trim();
    if (ALL.test(spec)) return { op: 'groups', all: true, numbers: [] };
    const numbers = spec === '' ? [] : spec.split(/[\s,,、和及]+/).filter(Boolean).map(Number);
    return { op: 'groups', all: false, numbers };
  }
  m = LANG.exec(s);
  if (m) {
    const word = m[1]!.toLowerCase();
    const lang = ['en', 'english', '英文', '英语'].includes(word) ? 'en' : ['zh-tw', 'traditional', '繁体'].includes(word) ? 'zh-TW' : 'zh-CN';
    return { op: 'lang', lang };
  }
  if (YESTERDAY.test(s)) return { op: 'history', yesterday: true };
  m = FULL_DATE.exec(s);
  if (m) return { op: 'history', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), yesterday: false };
  m = SHORT_DATE.exec(s);
  if (m) return { op: 'history', month: Number(m[1]), day: Number(m[2]), yesterday: false };
  return undefined;
}

const AM_PM = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$/i;

/** "20:00", "晚上8点", and the English "8pm" / "7:30 p.m.". */
function timeOfDay(text: string): { hour: number; minute: number } | undefined {
  const m = AM_PM.exec(text.trim());
  if (!m) return parseTimeOfDay(text);
  const hour12 = Number(m[1]);
  if (hour12 < 1 || hour12 > 12) return undefined;
  return { hour: (hour12 % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0), minute: Number(m[2] ?? 0) };
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** Sends a long text to the asker privately, saying so in a group. */
function showPrivately(ctx: Ctx, text: string): void {
  ctx.answerPrivately(text, { saidInGroup: 'bulletin.sentPrivately' });
}

function today(ctx: JobCtx): string {
  return localDate(ctx.now(), ctx.config.timeZone);
}

/** The bulletin as it was sent that day, in the asker's language (Chinese if none was kept). */
function sentCopy(ctx: CommunityCtx, date: string): string | undefined {
  const send = sendOf(ctx.db, ctx.community.id, date);
  if (!send) return undefined;
  return copyOf(ctx.db, send.id, ctx.lang) ?? copyOf(ctx.db, send.id, 'zh-CN');
}

function history(ctx: CommunityCtx, a: Extract<BulletinArgs, { op: 'history' }>): void {
  const now = DateTime.fromMillis(ctx.now(), { zone: ctx.config.timeZone });
  let dt = a.yesterday ? now.minus({ days: 1 }) : DateTime.fromObject({ year: a.year ?? now.year, month: a.month, day: a.day });
  if (!dt.isValid) throw new UserError('bulletin.usage');
  // "12月30日" asked on 3 January means the one just past.
  if (a.year === undefined && !a.yesterday && dt.toISODate()! > now.toISODate()!) dt = dt.minus({ years: 1 });
  const date = dt.toISODate()!;
  const text = sentCopy(ctx, date);
  const shown = bulletinDate(date, ctx.lang);
  if (text === undefined) return void ctx.reply('bulletin.noHistory', { date: shown });
  showPrivately(ctx, ctx.text('bulletin.history', { date: shown, text }));
}

function preview(ctx: CommunityCtx): void {
  const settings = bulletinSettings(ctx.db, ctx.community.id);
  const sent = sentCopy(ctx, today(ctx));
  if (sent !== undefined) return showPrivately(ctx, ctx.text('bulletin.history', { date: bulletinDate(today(ctx), ctx.lang), text: sent }));
  if (!ctx.isSecretary) return void ctx.reply('bulletin.notYet', { time: settings.sendTime });
  const options = {
    communityId: ctx.community.id,
    date: today(ctx),
    lang: ctx.lang,
    timeZone: ctx.config.timeZone,
    sections: ctx.registry.bulletinSections,
  };
  const text = assembleBulletin(ctx.db, options);
  if (text === undefined) return void ctx.reply('bulletin.previewEmpty');
  // The secretary sees the card as the groups will, drawn when the preview is sent.
  ctx.answerPrivately(ctx.text('bulletin.preview', { time: settings.sendTime, text }), { saidInGroup: 'bulletin.sentPrivately', image: assembleCard(ctx.db, options) });
}

/** Sends today's bulletin now (once a day); returns the answer. The chat's /通报 发送 and the desk both come here. */
export function sendTodaysBulletin(ctx: CommunityMemberCtx): string {
  const date = today(ctx);
  const outcome = sendBulletin(ctx, {
    communityId: ctx.community.id,
    date,
    trigger: 'manual',
    sentBy: ctx.member.id,
  });
  ctx.record('bulletin.send', 'community', ctx.community.id, outcome.status);
  if (outcome.status === 'sent') return ctx.text('bulletin.queued', { count: outcome.groups });
  if (outcome.status === 'already') return ctx.text('bulletin.alreadySent', { date: bulletinDate(date, ctx.lang) });
  // An empty day must not use up the day's claim: roll it back so notices added later still go out.
  if (outcome.status === 'empty') throw new UserError('bulletin.nothingToSend');
  throw new UserError('bulletin.noGroups');
}

function groups(ctx: CommunityCtx, a: Extract<BulletinArgs, { op: 'groups' }>): void {
  const community = ctx.community.id;
  const all = groupsOf(ctx.db, community);
  const sep = ctx.lang === 'en' ? ', ' : '、';
  if (a.all || a.numbers.length > 0) {
    const chosen = a.numbers.map((n) => {
      const g = all[n - 1];
      if (!g) throw new UserError('bulletin.noSuchGroup', { n });
      return g;
    });
    setBulletinGroups(ctx.db, community, a.all ? undefined : chosen.map((g) => g.id), ctx.now());
    ctx.record('bulletin.groups', 'community', community, a.all ? 'all' : `count=${chosen.length}`);
    const names = (a.all ? all : chosen).map((g) => g.title ?? g.chat_id);
    return void ctx.reply('bulletin.groupsSet', { groups: names.join(sep) });
  }
  if (all.length === 0) throw new UserError('bulletin.noGroups');
  const going = new Set(bulletinGroups(ctx.db, community).map((g) => g.id));
  const lines = all.map((g, i) => `${going.has(g.id) ? '√' : '  '} ${i + 1}. ${g.title ?? g.chat_id}`);
  ctx.reply('bulletin.groupsList', { groups: lines.join('\n') });
}

function setLang(ctx: CommunityCtx, lang: Lang): void {
  if (!ctx.isGroup || ctx.chat.community_id !== ctx.community.id) throw new UserError('bulletin.langGroupOnly');
  setChatLang(ctx.db, ctx.chat.id, lang === 'zh-CN' ? null : lang);
  ctx.record('bulletin.lang', 'chat', ctx.chat.id, lang);
  const label = lang === 'en' ? 'bulletin.langEnglish' : lang === 'zh-TW' ? 'bulletin.langTraditional' : 'bulletin.langChinese';
  ctx.reply('bulletin.langSet', { lang: ctx.text(label) });
}

const TODAYS_ASKED =
  /^(?:请问)?[\s,]*(?:今天|今日)的?(?:通报|日报)(?:呢|发了(?:吗|没|没有)|出来了(?:吗|没)|在哪(?:里|儿)?(?:看)?|有吗)?[\s??。]*$|^(?:请问)?[\s,]*(?:今天|今日)(?:有|有没有)(?:什么|啥|哪些)?(?:通知|通报)(?:吗|呢)?[\s??。]*$|^(?:where(?:'s| is| can i (?:see|find|read)) )?today'?s (?:bulletin|notices?)\s*\??$|^(?:is|has) today'?s bulletin (?:out|been sent)(?: yet)?\s*\??$/i;

export const bulletinCommand = defineCommand({
  name: 'bulletin',
  menu: { for: ['admin'], about: 'bulletin.menu', rank: 20 },
  aliases: ['通报', '每日通报', '日报', '防疫日报'],
  // Today's asked after in words, of the bot (privately or @ it), the whole message: 「今天的通报呢」, 「今天有什么通知」,
  // "where is today's bulletin?". Asked in the group among neighbours it is their talk.
  recognise: (text, s) => {
    const asked = (s.isGroup && !s.addressed) || text.length > 30 ? null : TODAYS_ASKED.exec(text.trim());
    return asked ? { intent: 'bulletin', confidence: 0.95, evidence: [asked[0]], args: { op: 'preview' } } : undefined;
  },
  needsCommunity: true,
  help: 'bulletin.help',
  usage: 'bulletin.usage',
  parse: parseBulletin,
  args: BulletinArgs,
  // Anyone may read a day's bulletin or preview today's; sending and settings are the secretary's.
  scope: (a) => (a.op === 'history' || a.op === 'preview' ? undefined : { needs: ['secretary'] }),
  handle(ctx, a) {
    if (a.op === 'history') return history(ctx, a);
    if (a.op === 'preview') return preview(ctx);
    const community = ctx.community.id;
    switch (a.op) {
      case 'send':
        return void ctx.replyText(sendTodaysBulletin(ctx));
      case 'time': {
        const time = hhmm(a.hour, a.minute);
        setBulletinTime(ctx.db, community, time, ctx.now());
        ctx.record('bulletin.time', 'community', community, time);
        return void ctx.reply('bulletin.timeSet', { time, zone: ctx.config.timeZone });
      }
      case 'groups':
        return groups(ctx, a);
      case 'lang':
        return setLang(ctx, a.lang);
      case 'enabled': {
        setBulletinEnabled(ctx.db, community, a.on, ctx.now());
        ctx.record('bulletin.enabled', 'community', community, String(a.on));
        if (!a.on) return void ctx.reply('bulletin.turnedOff');
        return void ctx.reply('bulletin.turnedOn', { time: bulletinSettings(ctx.db, community).sendTime });
      }
    }
  },
});

/** Durable jobs of this part, run when they fall due. */
export const bulletinJobs: Jobs = {
  'bulletin.report': (ctx, payload) => reportDelivery(ctx, payload as ReportPayload),
};
