import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { findPhone, maskPhone } from '../../src/kernel/fields/phone.js';
import { setPhone } from '../../src/services/members.js';

/**
 * The words around a phone number that only give it (「我的电话是13912345678 有事打我电话」, "my number is 139…"): said
 * privately as the whole message, the number is one's contact to keep, not an offer to help nor a request. A relative's
 * number given the same way (「我妈电话139…」, 「有事打我女儿电话 139…」, "my daughter's number is 139…") is the household's
 * contact: elderly residents give a child's number rather than their own.
 */
const RELATIVE = '(?:妈妈|妈|爸爸|爸|老妈|老爸|姆妈|阿爸|老伴|老公|老婆|爱人|女儿|儿子|闺女|孙女|孙子|外孙女?|媳妇|女婿|家里人|家人|媽媽|媽|爸爸|老媽|老伴|老公|老婆|愛人|女兒|兒子|孫女|孫子|家裡人|家人)';
const RELATIVE_EN = '(?:mum|mom|mother|dad|father|husband|wife|daughter|son|granddaughter|grandson|family)';
const owner = (group: string) => `(?:我的?|本人|俺的?|阿拉|我家|(?:我|俺|阿拉)?(?<${group}>${RELATIVE})的?)`;
const NUMBER = '(?:电话|電話|手机|手機|手机号|手機號|联系电话|聯繫電話|联系方式|聯繫方式)(?:号码|號碼|号|號)?';
const CONTACT_BEFORE = new RegExp(
  `^(?:你好|您好|喂)?[\\s,,]*(?:${owner('relative')}?(?:的)?${NUMBER}(?:是|係|:|:)?` +
    `|(?:有(?:什么|啥|咩)?事(?:情)?|有需要)(?:的话)?(?:就|可以|请)?(?:打|联系|聯繫|找)${owner('relativeToCall')}(?:的)?(?:${NUMBER})?(?:是|:|:)?)\\s*$` +
    `|^(?:my|our|(?:my|our) (?<relativeEn>${RELATIVE_EN})'?s?) (?:phone|mobile|cell|number|phone number|mobile number)(?: is)?:?\\s*$` +
    `|^(?:please )?call my (?<callEn>${RELATIVE_EN})(?: on| at)?:?\\s*$`,
  'i',
);
const CONTACT_AFTER = /^[\s,,。.]*(?:(?:有(?:什么|啥|咩)?事(?:情)?|有需要)(?:的话)?(?:就|可以|请)?(?:打(?:我)?(?:的)?(?:电话|電話|这个|呢个)?|联系我|聯繫我|找我|打给我|打給我|call me)[\s。.!!]*)?(?:谢谢|thanks?)?[\s。.!!]*$/i;

// How a relative is named back (「妈的」 reads as a curse).
const SAID_AS: Record<string, string> = { 妈: '妈妈', 老妈: '妈妈', 姆妈: '妈妈', 媽: '妈妈', 老媽: '妈妈', 爸: '爸爸', 老爸: '爸爸', 阿爸: '爸爸', mum: 'mother', mom: 'mother', dad: 'father' };

export interface GivenPhone {
  phone: string;
  /** Whose number it is when not the writer's own (女儿, daughter), as written. */
  relative?: string;
}

export function phoneGiven(text: string): GivenPhone | undefined {
  const m = findPhone(text);
  if (!m) return undefined;
  const before = CONTACT_BEFORE.exec(text.slice(0, m.index));
  if (!before || !CONTACT_AFTER.test(text.slice(m.index + m.length))) return undefined;
  const relative = before.groups?.relative ?? before.groups?.relativeToCall ?? before.groups?.relativeEn ?? before.groups?.callEn;
  return { phone: m.phone, ...(relative ? { relative: SAID_AS[relative] ?? relative } : {}) };
}

export const phoneCommand = defineCommand({
  name: 'phone',
  aliases: ['电话', '我的电话', '手机', 'phone'],
  recognise: (text, s) => {
    if (s.isGroup) return undefined;
    const given = phoneGiven(text.trim());
    return given ? { intent: 'phone', confidence: 0.95, evidence: ['phone'], args: given } : undefined;
  },
  help: 'phone.help',
  usage: 'phone.usage',
  parse(raw) {
    const m = findPhone(raw);
    if (!m) throw new UserError('phone.usage');
    return { phone: m.phone };
  },
  args: z.object({ phone: z.string().min(7).max(20), relative: z.string().max(20).optional() }),
  handle(ctx, { phone, relative }) {
    setPhone(ctx.db, ctx.member.id, phone, ctx.now());
    ctx.record('member.phone', 'member', ctx.member.id);
    const [key, vars] = relative ? (['phone.savedRelative', { phone: maskPhone(phone), relative }] as const) : (['phone.saved', { phone: maskPhone(phone) }] as const);
    // Even masked, a phone number is said only privately.
    if (ctx.isGroup) ctx.replyPrivately(key, vars);
    else ctx.reply(key, vars);
  },
});
