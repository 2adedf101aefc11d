import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** Messages of the foundation: help, home, roles, binding, errors. */
export const coreMessages = defineMessages({
  'core.error': { 'zh-CN': '出错了,已记录。请稍后再试。', en: 'Something went wrong; it has been logged. Please try again later.' },
  'core.tooLong': {
    'zh-CN': '消息太长了(超过{limit}字),请分几条发。',
    en: 'That message is too long (over {limit} characters). Please send it in parts.',
  },
  'core.needsCommunity': {
    'zh-CN': '这个群还没有绑定小区。请书记在群里发:/bind 小区名',
    en: 'This group is not bound to a community yet. A secretary can send: /bind <community name>',
  },
  'core.notAllowed': {
    'zh-CN': '这个操作需要{roles}身份。如需开通,请联系书记。',
    en: 'This needs the role: {roles}. Please ask the secretary.',
  },
  'core.unknownCommand': {
    'zh-CN': '没有这个命令。发 /帮助 看看我能做什么。',
    en: 'There is no such command. Send /help to see what I can do.',
  },
  'core.shortHelp': {
    'zh-CN': '您好,我是邻里助手。发 /帮助 看看我能做什么。',
    en: 'Hello, I am linli, the neighbourhood helper. Send /help to see what I can do.',
  },
  'core.cancelled': { 'zh-CN': '好的,已取消。', en: 'OK, cancelled.' },
  'core.listMore': {
    'zh-CN': '……还有 {count} 条,完整的在附件「{file}」里。',
    en: '… and {count} more: the whole list is in the attached file "{file}".',
  },
  'core.listColumn': { 'zh-CN': '内容', en: 'Entry' },
  'core.startPrivate': {
    'zh-CN': '请先私聊我一次(点我的头像,发任意一句话),我才能私下回复您。{startLink}',
    en: 'Please open a private chat with me first (tap my name and say hello) so I can answer you privately.{startLink}',
  },
  'core.startLink': { 'zh-CN': '打开 {link} 点「开始」即可。', en: ' Open {link} and press Start.' },

  'core.notOwner': {
    'zh-CN': '这条记录由别人负责,只有它的负责人或书记可以操作。',
    en: 'This record belongs to someone else: only the person responsible for it or a secretary may do this.',
  },
  'core.otherBuilding': {
    'zh-CN': '这是{building}号楼的事,需要{building}号楼楼组长或书记身份。',
    en: 'This concerns building {building}: it needs the lead of building {building} or a secretary.',
  },
  'core.slowDown': {
    'zh-CN': '您发得太快了,请歇一会儿,一分钟后再发。这期间的消息我先不回复。',
    en: 'You are sending messages very fast. Please wait a minute; I will not answer until then.',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof coreMessages> {}
}
