import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** Messages of the platforms and the outbox: what the bot tells the secretaries about delivery. */
export const outboxMessages = defineMessages({
  'outbox.mergedLine': { 'zh-CN': '{name}:{text}', en: '{name}: {text}' },
  'outbox.gaveUp': {
    'zh-CN': '有 {count} 条消息发不出去,已放弃({platform},群/聊天:{chat})。原因:{error}',
    en: 'Gave up on {count} message(s) to {chat} on {platform}. Reason: {error}',
  },
  'outbox.platformPaused': {
    'zh-CN': '{platform} 提示发送过于频繁,机器人暂停发送 {minutes} 分钟,之后自动继续。',
    en: '{platform} says the bot is sending too often: sending is paused for {minutes} minutes and resumes by itself.',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof outboxMessages> {}
}
