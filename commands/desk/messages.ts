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
  'desk.data.sessions': { 'zh-CN': '后台登录:{count} 个(退出、角色变动或过期后删除)', en: 'Desk sessions: {count} (removed when you sign out, your roles change, or they expire)' },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof deskMessages> {}
}
