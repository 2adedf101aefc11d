import { z } from 'zod';
import { defineCommand } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { findPhone, maskPhone } from '../../src/kernel/fields/phone.js';
import { setPhone } from '../../src/services/members.js';

/**
 * The words around a phone number that only give it (「我的电话是13912345678 有事打我电话」, "my number is 139…"): said
 * privately as the whole message, the number is one's contact to keep, not an offer to help nor a request.
 */
const CONTACT_BEFORE = /^(?:你好|您好|喂)?[\s,,]*(?:我的?|本人|俺的?|阿拉|我家)?(?:的)?(?:电话|電話|手机|手機|手机号|手機號|联系电话|聯繫電話|联系方式|聯繫方式)(?:号码|號碼|号|號)?(?:是|係|:|:)?\s*$|^(?:my|our) (?:phone|mobile|cell|number|phone number|mobile number)(?: is)?:?\s*$/i;
const CONTACT_AFTER = /^[\s,,。.]*(?:(?:有(?:什么|啥|咩)?事(?:情)?|有需要)(?:的话)?(?:就|可以|请)?(?:打(?:我)?(?:的)?(?:电话|電話|这个|呢个)?|联系我|聯繫我|找我|打给我|打給我|call me)[\s。.!!]*)?(?:谢谢|thanks?)?[\s。.!!]*$/i;

export function phoneGiven(text: string): string | undefined {
  const m = findPhone(text);
  if (!m) return undefined;
  return CONTACT_BEFORE.test(text.slice(0, m.index)) && CONTACT_AFTER.test(text.slice(m.index + m.length)) ? m.phone : undefined;
}

export const phoneCommand = defineCommand({
  name: 'phone',
  aliases: ['电话', '我的电话', '手机', 'phone'],
  recognise: (text, s) => {
    if (s.isGroup) return undefined;
    const phone = phoneGiven(text.trim());
    return phone ? { intent: 'phone', confidence: 0.95, evidence: ['phone'], args: { phone } } : undefined;
  },
  help: 'phone.help',
  usage: 'phone.usage',
  parse(raw) {
    const m = findPhone(raw);
    if (!m) throw new UserError('phone.usage');
    return { phone: m.phone };
  },
  args: z.object({ phone: z.string().min(7).max(20) }),
  handle(ctx, { phone }) {
    setPhone(ctx.db, ctx.member.id, phone, ctx.now());
    ctx.record('member.phone', 'member', ctx.member.id);
    // Even masked, a phone number is said only privately.
    if (ctx.isGroup) ctx.replyPrivately('phone.saved', { phone: maskPhone(phone) });
    else ctx.reply('phone.saved', { phone: maskPhone(phone) });
  },
});
