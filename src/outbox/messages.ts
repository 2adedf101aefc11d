import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** Messages of the platforms and the outbox: what the bot tells the secretaries about delivery. */
export const outboxMessages = defineMessages({
  'outbox.mergedLine': { 'zh-CN': '{name}:{text}', en: '{name}: {text}' },
  'outbox.gaveUp': {
    'zh-CN': '有 {count} 条消息被平台拒收,已放弃({platform},群/聊天:{chat})。原因:{error}',
    en: 'The platform refused {count} message(s) to {chat} on {platform}; they were given up. Reason: {error}',
  },
  'outbox.chatGone': {
    'zh-CN':
      '机器人已无法再给「{chat}」({platform})发消息,{count} 条消息已放弃。原因:{reason}。如果是群:请把机器人重新拉进群,并在群里发一次 /bind;如果是个人:请对方给机器人发一条消息(Telegram 上先按 Start)。',
    en: 'The bot can no longer write to "{chat}" ({platform}); {count} message(s) were given up. Reason: {reason}. A group: add the bot again and send /bind there; a person: ask them to write to the bot once (on Telegram, press Start).',
  },
  'outbox.platformDown': {
    'zh-CN': '⚠️ {platform} 已经 {minutes} 分钟发不出消息了({error})。消息都还在队列里,恢复后会按紧急程度依次补发。',
    en: '⚠️ {platform} has not taken any message for {minutes} minutes ({error}). Nothing is lost: the queued messages go out, most urgent first, once it works again.',
  },
  'outbox.platformBack': {
    'zh-CN': '✅ {platform} 恢复了(中断约 {minutes} 分钟),排队的消息正在补发。',
    en: '✅ {platform} works again (down for about {minutes} minutes); the queued messages are going out.',
  },
  'outbox.lateReplies': {
    'zh-CN': '抱歉,平台故障,这里有 {count} 条回复已经晚了约 {hours} 小时,就不再补发了。如果还需要,请再发一次。',
    en: 'Sorry: the platform was down, and {count} replies here are about {hours} hours late, so they are not sent now. If you still need one, please ask again.',
  },
  'outbox.cut': {
    'zh-CN': '……(内容太长,后面的没有发出。)',
    en: '… (too long: the rest was not sent.)',
  },
  'outbox.platformPaused': {
    'zh-CN': '{platform} 提示发送过于频繁,机器人暂停发送 {minutes} 分钟,之后自动继续。',
    en: '{platform} says the bot is sending too often: sending is paused for {minutes} minutes and resumes by itself.',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof outboxMessages> {}
}
