import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** The desk's own words: its frame, signing in and out, errors. The pages' words are their capabilities'. */
export const deskPageMessages = defineMessages({
  'deskpage.name': { 'zh-CN': '邻里后台', en: 'linli desk' },
  'deskpage.today': { 'zh-CN': '今天', en: 'Today' },
  'deskpage.todayTitle': { 'zh-CN': '今天要办的事 · {date}', en: 'What needs someone today · {date}' },
  'deskpage.todayNothing': { 'zh-CN': '现在没有需要您处理的事。', en: 'Nothing needs you right now.' },
  'deskpage.signOut': { 'zh-CN': '退出', en: 'Sign out' },
  'deskpage.print': { 'zh-CN': '打印', en: 'Print' },
  'deskpage.printedAt': { 'zh-CN': '{community} · {who} · 打印于 {when}', en: '{community} · {who} · printed {when}' },
  'deskpage.who': { 'zh-CN': '{name}({roles})', en: '{name} ({roles})' },
  'deskpage.signInTitle': { 'zh-CN': '登录邻里后台', en: 'Sign in to the linli desk' },
  'deskpage.signInText': {
    'zh-CN': '{name},点下面的按钮进入{community}的后台。这个链接只能用一次。',
    en: '{name}, press the button to open the desk of {community}. The link works once.',
  },
  'deskpage.signInButton': { 'zh-CN': '进入后台', en: 'Open the desk' },
  'deskpage.linkExpired': {
    'zh-CN': '这个登录链接已过期(有效期{minutes}分钟)。请在私聊里再发一次 /后台。',
    en: 'This sign-in link has expired (it is good for {minutes} minutes). Send /desk in your private chat again.',
  },
  'deskpage.linkUsed': {
    'zh-CN': '这个登录链接已经用过了,每个链接只能用一次。请在私聊里再发一次 /后台。',
    en: 'This sign-in link has been used already; each link works once. Send /desk in your private chat again.',
  },
  'deskpage.linkUnknown': {
    'zh-CN': '这个登录链接不对。请在私聊里发 /后台 获取新的链接。',
    en: 'This sign-in link is not valid. Send /desk in your private chat for a new one.',
  },
  'deskpage.signedOut': {
    'zh-CN': '您已退出后台。要再进入,请在私聊里发 /后台。',
    en: 'You have signed out of the desk. To come back, send /desk in your private chat.',
  },
  'deskpage.needSignIn': {
    'zh-CN': '请先登录:在和邻里助手的私聊里发 /后台,点收到的链接。(角色变动或退出后需要重新登录。)',
    en: 'Please sign in first: send /desk in your private chat with linli and open the link it sends. (After a role change or signing out, sign in again.)',
  },
  'deskpage.badForm': {
    'zh-CN': '这个表单已失效(缺少或不符的安全码),什么都没有改。请刷新页面再试。',
    en: 'This form is no longer valid (its security code is missing or wrong); nothing was changed. Reload the page and try again.',
  },
  'deskpage.tooLarge': { 'zh-CN': '提交的内容太大了,什么都没有改。', en: 'What was sent is too large; nothing was changed.' },
  'deskpage.notFound': { 'zh-CN': '没有这个页面。', en: 'There is no such page.' },
  'deskpage.refusedTitle': { 'zh-CN': '不能查看', en: 'Not allowed' },
  'deskpage.problemTitle': { 'zh-CN': '没有办成', en: 'Not done' },
  'deskpage.error': { 'zh-CN': '出错了,已记录。请稍后再试。', en: 'Something went wrong; it has been logged. Please try again later.' },
  'deskpage.back': { 'zh-CN': '返回', en: 'Back' },
  'deskpage.consoleAddress': {
    'zh-CN': '后台网页:{url}  在私聊里发 /后台 获取登录链接,例如「secretary (private): /后台」。',
    en: 'The desk: {url}  Send /desk in a private chat for a sign-in link, e.g. "secretary (private): /desk".',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof deskPageMessages> {}
}
