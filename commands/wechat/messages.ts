import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** WeChat: logout notices, and re-binding a person after WeChat gave them a new id. */
export const wechatMessages = defineMessages({
  'rebind.codeHelp': {
    'zh-CN': '/换绑码 领取换号验证码(微信重新登录后用来找回身份)',
    en: '/rebindcode  get a code to keep your identity after WeChat re-login',
  },
  'rebind.codeUsage': { 'zh-CN': '发 /换绑码 即可,验证码会私聊发给您。', en: 'Just send /rebindcode; the code comes privately.' },
  'rebind.code': {
    'zh-CN': '您的换号验证码:{code}(只能用一次,{days}天内有效,请勿告诉别人)。如果以后邻里不认识您了(比如微信重新登录后),发「/换绑 {code}」就能找回您的住址和身份。',
    en: 'Your re-bind code: {code} (one use, valid {days} days, keep it to yourself). If linli ever stops recognising you (e.g. after a WeChat re-login), send "/rebind {code}" to get your home and roles back.',
  },
  'rebind.codeSent': { 'zh-CN': '验证码已私聊发给您。', en: 'I sent you the code privately.' },
  'rebind.help': { 'zh-CN': '/换绑 123456 用验证码找回身份', en: '/rebind 123456  get your identity back with your code' },
  'rebind.usage': {
    'zh-CN': '请在「/换绑」后面写六位验证码,例如:/换绑 123456',
    en: 'Write the six-digit code after /rebind, e.g. /rebind 123456',
  },
  'rebind.wrong': {
    'zh-CN': '验证码不对或已过期。没有验证码的话,请联系书记帮您确认身份。',
    en: 'That code is wrong or has expired. Without a code, please ask the secretary to confirm who you are.',
  },
  'rebind.tooMany': {
    'zh-CN': '验证码错误次数太多,请明天再试,或联系书记。',
    en: 'Too many wrong codes. Please try again tomorrow, or ask the secretary.',
  },
  'rebind.same': { 'zh-CN': '这个验证码就是您现在这个账号的,不用换绑。', en: 'That code belongs to this account already; nothing to re-bind.' },
  'rebind.done': {
    'zh-CN': '好的,{name},已找回您的身份,住址和身份都保留着。',
    en: 'Done, {name}: you are recognised again, with your home and roles.',
  },
  'rebind.next': {
    'zh-CN': '下次换号用的新验证码:{code}(只能用一次,请保存好)。',
    en: 'Your new re-bind code for next time: {code} (one use; keep it safe).',
  },
  'rebind.confirmHelp': {
    'zh-CN': '/认人 @某人 确认换了微信号的居民是谁(书记)',
    en: '/confirmmember @someone  confirm who a resident with a new WeChat id is (secretary)',
  },
  'rebind.confirmUsage': {
    'zh-CN': '请 @ 要确认的人:/认人 @某人 ;看到名单后再发 /认人 @某人 编号',
    en: 'Mention the person: /confirmmember @someone, then /confirmmember @someone <number> from the list',
  },
  'rebind.confirmWho': { 'zh-CN': '请 @ 要确认的那个人。', en: 'Please @-mention the person to confirm.' },
  'rebind.candidates': {
    'zh-CN': '{name} 可能是以下哪位?请确认是本人后发「/认人 @{name} 编号」:\n{list}',
    en: 'Which of these is {name}? Once you are sure, send "/confirmmember @{name} <number>":\n{list}',
  },
  'rebind.candidate': { 'zh-CN': '#{no} {name}({home})', en: '#{no} {name} ({home})' },
  'rebind.noHome': { 'zh-CN': '未登记住址', en: 'no home recorded' },
  'rebind.candidatesSent': { 'zh-CN': '名单已私聊发给您。', en: 'I sent you the list privately.' },
  'rebind.noCandidates': {
    'zh-CN': '没有找到和{name}同名的老成员。请{name}重新登记住址,需要的身份请重新授权。',
    en: 'No earlier member is named {name}. {name} can record their home again; re-grant any roles.',
  },
  'rebind.notCandidate': { 'zh-CN': '编号{no}不是本小区可以换绑的成员。', en: 'Number {no} is not a member of this community who can be re-bound.' },
  'rebind.confirmed': {
    'zh-CN': '已确认:{name} 就是原来的成员,住址和身份都保留着。',
    en: 'Confirmed: {name} is the earlier member, with their home and roles.',
  },
  'rebind.data': {
    'zh-CN': '微信身份:{codes}个换号验证码,{keys}个固定标识(微信号或备注),最近{texts}条邻里私聊您的消息(用于识别引用,7天后自动删除)。',
    'zh-TW': '微信身份:{codes}個換號驗證碼,{keys}個固定標識(微信號或備註),最近{texts}條鄰里私聊您的消息(用於識別引用,7天後自動刪除)。',
    en: 'WeChat identity: {codes} re-bind code(s), {keys} stable id(s) (WeChat id or remark), {texts} recent private message(s) from linli to you (kept 7 days to recognise quotes).',
  },
  'rebind.groupHelp': {
    'zh-CN': '/换绑群 微信重新登录后,把这个群接回原来的群设置(书记)',
    en: '/rebindgroup  after a WeChat re-login, give this group its earlier settings back (secretary)',
  },
  'rebind.groupUsage': {
    'zh-CN': '在群里发 /换绑群 看原来的群;再发 /换绑群 编号 确认。',
    en: 'Send /rebindgroup in the group to see the earlier groups, then /rebindgroup <number>.',
  },
  'rebind.groupOnly': { 'zh-CN': '请在要接回的群里发这个命令。', en: 'Send this in the group to be re-bound.' },
  'rebind.groupCandidates': {
    'zh-CN': '这个群可能是原来的哪个群?确认后发「/换绑群 编号」:\n{list}',
    en: 'Which earlier group is this? Once sure, send "/rebindgroup <number>":\n{list}',
  },
  'rebind.groupCandidate': { 'zh-CN': '#{no} {title}({community})', en: '#{no} {title} ({community})' },
  'rebind.noGroups': {
    'zh-CN': '没有找到同名的原来的群。请用 /bind 小区名 重新绑定。',
    en: 'No earlier group has this name. Bind it again with /bind <community>.',
  },
  'rebind.notGroupCandidate': { 'zh-CN': '编号{no}不是可以接回的群。', en: 'Number {no} is not a group that can be re-bound here.' },
  'rebind.groupDone': {
    'zh-CN': '好的,本群已接回「{community}」原来的设置。',
    en: 'Done: this group has its earlier settings in "{community}" back.',
  },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof wechatMessages> {}
}
