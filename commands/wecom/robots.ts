import { z } from 'zod';
import { t } from '../../src/kernel/catalogue.js';
import { secretBox } from '../../src/kernel/secret-box.js';
import { maskWebhookUrl, parseWebhookUrl, WEBHOOK_IN_TEXT } from '../../src/kernel/wecom-url.js';
import { defineCommand, hasCommunity, type CommunityCtx } from '../../src/runtime/command.js';
import { UserError } from '../../src/runtime/errors.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import {
  newRobotChatId,
  removeWecomRobot,
  robotSealContext,
  saveWecomRobot,
  wecomRobotNamed,
  wecomRobotsOf,
} from '../../src/services/wecom-robots.js';

const LIST = /^(?:列表|清单|查看|看看|list|ls)$/i;
const ADD = /^(?:添加|增加|新增|加上|加|add)(?:\s+|$)/i;
const REMOVE = /^(?:删除|删掉|移除|删|去掉|remove|delete|del)(?:\s+|$)/i;
const NAME = /^[^\n/]{1,20}$/;
/** The conversation that asks a robot's name: its state holds the address sealed, never in clear. */
const ASK_NAME = 'wecom.name';

const WecomArgs = z.discriminatedUnion('op', [
  z.object({ op: z.literal('list') }),
  z.object({ op: z.literal('remove'), name: z.string().trim().min(1).max(40) }),
  z.object({ op: z.literal('add'), name: z.string().max(200), url: z.string().max(2000) }),
  // An address pasted without the command: it is taken from the message itself, never kept in a reading.
  z.object({ op: z.literal('pasted') }),
]);
type WecomArgs = z.infer<typeof WecomArgs>;

function parseWecom(raw: string): WecomArgs {
  const s = raw.trim();
  if (s === '' || LIST.test(s)) return { op: 'list' };
  const url = WEBHOOK_IN_TEXT.exec(s)?.[0] ?? /https?:\/\/\S+/i.exec(s)?.[0];
  if (!url && REMOVE.test(s)) return { op: 'remove', name: s.replace(REMOVE, '') };
  return { op: 'add', name: s.replace(ADD, '').replace(REMOVE, '').replace(url ?? '', ' ').trim(), url: url ?? '' };
}

/**
 * A WeCom (企业微信) group robot added by its webhook address: from then on the community's
 * bulletin, urgent notices, emergencies and delivery notices reach that group too (it is a bound
 * group of platform 'wecom'; src/adapters/wecom sends). The address is a password: it is taken
 * only in a private chat, never repeated, stored sealed and shown masked.
 */
export const wecomCommand = defineCommand({
  name: 'wecom',
  aliases: ['企业微信群', '企业微信', '企微群', '企微', 'wecom'],
  roles: ['secretary'],
  // Not needsCommunity: a person without one would be asked which and the arguments (the address) kept meanwhile.
  help: 'wecom.help',
  usage: 'wecom.usage',
  // An address pasted on its own ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…").
  recognise: (text) => (WEBHOOK_IN_TEXT.test(text) ? { intent: 'wecom.add', confidence: 0.95, evidence: ['cgi-bin/webhook/send'], args: { op: 'pasted' } } : undefined),
  parse: parseWecom,
  args: WecomArgs,
  handle(ctx, args) {
    const adding = args.op === 'add' || args.op === 'pasted';
    if (adding && ctx.isGroup) {
      // Posted where the group reads it: not kept; the secretary is told how to replace it.
      ctx.reply('wecom.inGroup');
      ctx.record('wecom.refusedInGroup');
      return;
    }
    if (!hasCommunity(ctx)) throw new UserError('wecom.noCommunity');
    if (args.op === 'list') return list(ctx);
    if (args.op === 'remove') return remove(ctx, args.name.trim());
    const url = args.op === 'add' ? args.url : (WEBHOOK_IN_TEXT.exec(ctx.msg.text)?.[0] ?? '');
    if (!parseWebhookUrl(url)) throw new UserError('wecom.badUrl');
    const name = args.op === 'add' ? args.name : '';
    if (name === '') {
      // The name comes in the next message; meanwhile the address waits sealed in the conversation.
      const chatId = newRobotChatId();
      saveConversation(ctx.db, ctx.member.id, ctx.here, ASK_NAME, { chatId, sealed: secretBox(ctx.config).seal(url, robotSealContext(chatId)) }, ctx.now());
      return void ctx.reply('wecom.askName');
    }
    if (!NAME.test(name)) throw new UserError('wecom.badName');
    save(ctx, name, url);
  },
  onConversation: {
    [ASK_NAME]: (ctx, state, text) => {
      const { chatId, sealed } = state as { chatId: string; sealed: string };
      const name = text.trim();
      if (!NAME.test(name) || WEBHOOK_IN_TEXT.test(name)) return void ctx.reply('wecom.badName');
      endConversation(ctx.db, ctx.member.id, ctx.here);
      const url = secretBox(ctx.config).open(sealed, robotSealContext(chatId));
      if (!hasCommunity(ctx) || url === undefined) throw new UserError('wecom.usage');
      save(ctx, name, url, chatId);
    },
  },
});

/** Adds the robot, or gives the group of that name its new address; the group hears a first message. */
function save(ctx: CommunityCtx, name: string, url: string, newChatId = newRobotChatId()): void {
  const existing = wecomRobotNamed(ctx.db, ctx.community.id, name);
  const chatId = existing?.chat_id ?? newChatId;
  const masked = maskWebhookUrl(url);
  const urlSealed = secretBox(ctx.config).seal(url, robotSealContext(chatId));
  saveWecomRobot(ctx.db, { chatId, communityId: ctx.community.id, name, urlSealed, urlMasked: masked, addedBy: ctx.member.id }, ctx.now());
  ctx.record(existing ? 'wecom.replace' : 'wecom.add', 'chat', chatId);
  ctx.reply(existing ? 'wecom.replaced' : 'wecom.added', { name, masked });
  ctx.send({ platform: 'wecom', chatId }, t('zh-CN', 'wecom.hello'));
}

function list(ctx: CommunityCtx): void {
  const robots = wecomRobotsOf(ctx.db, ctx.community.id);
  if (robots.length === 0) return void ctx.reply('wecom.none');
  const lines = robots.map((r, i) =>
    ctx.text('wecom.listLine', { n: i + 1, name: r.name, masked: r.url_masked, state: r.gone_at !== null ? ctx.text('wecom.stateGone') : '' }),
  );
  ctx.answerPrivately(ctx.text('wecom.list', { lines: lines.join('\n') }), { saidInGroup: 'wecom.listedPrivately' });
}

function remove(ctx: CommunityCtx, name: string): void {
  const robot = wecomRobotNamed(ctx.db, ctx.community.id, name);
  if (!robot) {
    const names = wecomRobotsOf(ctx.db, ctx.community.id).map((r) => r.name);
    throw new UserError('wecom.notFound', { name, names: names.join(ctx.lang === 'en' ? ', ' : '、') || '-' });
  }
  removeWecomRobot(ctx.db, robot, ctx.now());
  ctx.record('wecom.remove', 'chat', robot.chat_id);
  ctx.reply('wecom.removed', { name });
}
