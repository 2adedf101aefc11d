import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Messages of /后台: the sign-in link to the desk, signing out, what /mydata says about it. */
export const deskMessages = defineMessages({
  'desk.menu': { 'zh-CN': '后台登录链接', en: 'a sign-in link to the desk' },
  'desk.help': { 'zh-CN': '/后台 获取后台网页的登录链接(列表、合计、批量操作)', en: '/desk  a sign-in link to the desk (lists, totals, batches)' },
  'desk.usage': { 'zh-CN': '发 /后台 获取登录链接;发 /后台 退出 结束所有登录。', en: 'Send /desk for a sign-in link; /desk signout ends every session.' },
  'desk.link': {
    'zh-CN': '后台登录链接({minutes}分钟内有效,只能用一次,请勿转发):\n{link}\n登录后{hours}小时内有效;发「/后台 退出」可随时结束。',
    en: 'Your sign-in link to the desk (good for {minutes} minutes, works once; do not forward it):\n{link}\nThe session lasts {hours} hours; send "/desk signout" to end it at any time.',
  },
  // group
  'desk.sentPrivately': { 'zh-CN': '后台登录链接已私聊发给您。', en: 'I have sent you the sign-in link privately.' },
  'desk.off': {
    'zh-CN': '后台网页没有开启。请管理员设置 LINLI_DESK_PORT 后重启邻里助手。',
    en: 'The desk is not running. The administrator can set LINLI_DESK_PORT and restart linli.',
  },
  'desk.signedOut': { 'zh-CN': '已结束您的 {count} 个后台登录。', en: 'Ended {count} desk session(s) of yours.' },
  'desk.today.choice': { 'zh-CN': '看今天要我处理的事', en: 'see what needs me today' },
  'desk.today.help': {
    'zh-CN': '/今天 今天要办的事(求助、快断药的、没人接的任务、待审核的团购),私聊发给您;也可以直接问「今天有什么事要处理」',
    en: '/today  what needs you today (calls for help, medicine running out, tasks nobody took, group-buys waiting), sent privately; or just ask "what needs doing today?"',
  },
  'desk.today.title': { 'zh-CN': '今天要办的事 · {date}\n{cards}\n\n要看全部列表,发 /后台。', en: 'What needs you today · {date}\n{cards}\n\nFor the full lists, send /desk.' },
  'desk.today.nothing': { 'zh-CN': '今天({date})现在没有需要您处理的事。', en: 'Nothing needs you right now ({date}).' },
  'desk.today.sentPrivately': { 'zh-CN': '今天要办的事已私聊发给您。', en: 'I have sent you today\'s list privately.' },
  'desk.data.sessions': { 'zh-CN': '后台登录:{count} 个(退出、角色变动或过期后删除)', en: 'Desk sessions: {count} (removed when you sign out, your roles change, or they expire)' },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof deskMessages> {}
}
