import type { Catalogue } from '../kernel/catalogue.js';

/** Messages of the platforms and the outbox: what the bot tells the secretaries about delivery. */
export const delivery = {
  'telegram.privacyOn': {
    'zh-CN':
      '提醒:机器人 @{bot} 开着 Telegram 隐私模式,在群里只能看到命令和回复它的消息,看不到接龙和关键词。请在 BotFather 发 /setprivacy 选择 Disable,或者把机器人设为群管理员。',
    en: 'Note: the bot @{bot} has Telegram privacy mode on, so in groups it sees only commands and replies to it, not chains or keywords. Send /setprivacy to BotFather and choose Disable, or make the bot a group admin.',
  },
  'outbox.mergedLine': { 'zh-CN': '{name}:{text}', en: '{name}: {text}' },
  'outbox.gaveUp': {
    'zh-CN': '有 {count} 条消息发不出去,已放弃({platform},群/聊天:{chat})。原因:{error}',
    en: 'Gave up on {count} message(s) to {chat} on {platform}. Reason: {error}',
  },
  'outbox.platformPaused': {
    'zh-CN': '{platform} 提示发送过于频繁,机器人暂停发送 {minutes} 分钟,之后自动继续。',
    en: '{platform} says the bot is sending too often: sending is paused for {minutes} minutes and resumes by itself.',
  },
} satisfies Catalogue;
