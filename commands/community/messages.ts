import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Messages of the community: help, home, roles, binding a group. */
export const communityMessages = defineMessages({
  'home.menu': { 'zh-CN': '登记住址(门牌号)', en: 'record your door number' },
  'help.menu': { 'zh-CN': '看看我能做什么', en: 'what I can do' },
  'bind.menu': { 'zh-CN': '把本群绑定到小区', en: 'bind this group to the community' },
  'start.help': { 'zh-CN': '/开始 打个招呼', en: '/start  say hello' },
  'start.hello': { 'zh-CN': '您好,{name}!我是邻里助手,帮邻居们配药、团购、紧急呼叫。', en: 'Hello, {name}! I am linli: medicine, group-buys and emergencies for neighbours.' },
  'start.plain': { 'zh-CN': '有事直接说就行,例如「我的降压药快吃完了」;发 /帮助 看我能做的事。', en: 'Just say what you need, e.g. "my blood pressure pills are running out"; send /help for more.' },
  'start.askDoor': { 'zh-CN': '请告诉我您的门牌号,例如:我住5号楼302。', en: 'Please tell me your door number, e.g. "I live at 5-302".' },
  'start.home': { 'zh-CN': '您登记的住址:{door}。', en: 'Your home on record: {door}.' },
  'help.title': { 'zh-CN': '邻里助手可以帮您:', en: 'linli can help you with:' },
  'help.topicHint': { 'zh-CN': '想细看哪一项,发 /帮助 配药 这样的。', en: 'For one of them in detail, send e.g. /help med.' },
  'help.section': { 'zh-CN': '【{role}】', en: '[{role}]' },
  'help.footer': {
    'zh-CN': '不用记格式,直接说也行,例如:我住5号楼302。',
    en: 'No need to learn a syntax: plain words work too, e.g. "I live at 5-302".',
  },
  'help.footerFor': { 'zh-CN': '不用记格式,直接说也行,例如:{example}', en: 'No need to learn a syntax: plain words work too, e.g. {example}' },
  'help.example.volunteer': { 'zh-CN': '「我是护士 晚上可以帮忙」', en: '"I am a nurse, free in the evenings"' },
  'help.example.medicine': { 'zh-CN': '「我的降压药快吃完了」', en: '"my blood pressure pills are running out"' },
  'help.example.order': { 'zh-CN': '「A套餐一份 5号楼302」,不用接龙也行', en: '"one A for 5-302", no chain needed' },
  'help.example.emergency': { 'zh-CN': '「楼下有人晕倒了 5号楼」', en: '"someone collapsed downstairs, building 5"' },
  'help.example.home': { 'zh-CN': '「我住5号楼302」', en: '"I live at 5-302"' },
  'help.choice': { 'zh-CN': '看看我能做什么', en: 'see what I can do' },
  'home.choice': { 'zh-CN': '登记我的门牌号', en: 'record my door number' },
  'help.help': { 'zh-CN': '/帮助 看看能做什么', en: '/help  what I can do' },
  'help.usage': { 'zh-CN': '发 /帮助 即可。', en: 'Just send /help.' },

  'home.help': { 'zh-CN': '/我是 5-302 登记住址(门牌号)', en: '/home 5-302  record your home (door number)' },
  'home.usage': {
    'zh-CN': '请写门牌号,例如:/我是 5-302 或 /我是 5号楼302室',
    en: 'Please give your door number, e.g. /home 5-302',
  },
  'phone.help': { 'zh-CN': '/电话 13912345678 登记联系电话(只在需要时用来联系您)', en: '/phone 13912345678  your contact number (used only to reach you)' },
  'phone.usage': { 'zh-CN': '请写手机号,例如:/电话 13912345678', en: 'Please give a mobile number, e.g. /phone 13912345678' },
  'phone.saved': {
    'zh-CN': '已记下您的电话 {phone}。只有居委和为您办事的志愿者在需要时用它联系您;发 /我的信息 查看,发 /删除我的信息 删除。',
    en: 'Saved your phone number {phone}. Only the committee and the volunteers doing something for you use it, to reach you; /mydata shows it, /forgetme deletes it.',
  },
  'phone.savedRelative': {
    'zh-CN': '已记下您{relative}的电话 {phone},作为您家的联系电话。居委和为您办事的志愿者需要时打这个号码;发 /我的信息 查看,发 /删除我的信息 删除。',
    en: 'Saved the contact number {phone} (your {relative}\'s). The committee and the volunteers doing something for you call it when they need to; /mydata shows it, /forgetme deletes it.',
  },
  'home.saved': { 'zh-CN': '已记住:您住{door}。以后登记都会用这个地址。', en: 'Saved: you live at {door}. I will use it for your requests.' },
  'home.current': { 'zh-CN': '您登记的住址是{door}。要修改,发 /我是 新门牌号。', en: 'Your home is {door}. To change it, send /home <door number>.' },
  'home.none': {
    'zh-CN': '您还没有登记住址。请发:/我是 5-302',
    en: 'You have not recorded your home yet. Send: /home 5-302',
  },

  'roles.grantHelp': { 'zh-CN': '/授权 @某人 楼组长 5号楼 授予身份(书记)', en: '/grant @someone lead 5  give a role (secretary)' },
  'roles.grantUsage': {
    'zh-CN': '格式:/授权 @某人 身份 [楼号]。身份可以是:志愿者、楼组长、团长、配药、书记。也可以回复某人的消息发 /授权 身份。',
    en: 'Form: /grant @someone role [building]. Roles: volunteer, lead, leader, medicine, secretary. Or reply to their message with /grant role.',
  },
  'roles.revokeHelp': { 'zh-CN': '/撤销 @某人 团长 撤销身份(书记)', en: '/revoke @someone leader  remove a role (secretary)' },
  'roles.revokeUsage': {
    'zh-CN': '格式:/撤销 @某人 身份 [楼号],或回复某人的消息发 /撤销 身份。',
    en: 'Form: /revoke @someone role [building], or reply to their message with /revoke role.',
  },
  'roles.rolesHelp': { 'zh-CN': '/身份 查看自己的身份', en: '/roles  see your roles' },
  'roles.rolesUsage': { 'zh-CN': '发 /身份 查看自己的身份,或回复某人的消息查看他的。', en: 'Send /roles, or reply to someone with /roles.' },
  'roles.whoUnknown': {
    'zh-CN': '请@要授权的人,或回复他的消息再发命令。(不按昵称认人,昵称可以重复。)',
    en: 'Please @-mention the person, or reply to their message. (Names can be copied, so I never go by name.)',
  },
  'roles.needsBuilding': { 'zh-CN': '楼组长要写明哪栋楼,例如:/授权 @某人 楼组长 5号楼', en: 'A building lead needs a building, e.g. /grant @someone lead 5' },
  'roles.granted': { 'zh-CN': '已授予 {name} {role}身份。', en: '{name} is now {role}.' },
  'roles.alreadyHad': { 'zh-CN': '{name} 已经是{role}了。', en: '{name} already is {role}.' },
  'roles.revoked': { 'zh-CN': '已撤销 {name} 的{role}身份。', en: '{name} is no longer {role}.' },
  'roles.didNotHave': { 'zh-CN': '{name} 没有{role}身份。', en: '{name} does not have the role {role}.' },
  'roles.list': { 'zh-CN': '{name} 的身份:{roles}', en: 'Roles of {name}: {roles}' },

  'bind.help': { 'zh-CN': '/bind 小区名 [楼 5,6] [志愿者群] 把本群绑定到小区(书记)', en: '/bind <community> [buildings 5,6] [volunteers]  bind this group (secretary)' },
  'bind.usage': {
    'zh-CN': '格式:/bind 阳光二期,可加 楼 5,6 表示本群服务哪几栋,或加 志愿者群。',
    en: 'Form: /bind <community name>, optionally "buildings 5,6" or "volunteers".',
  },
  'bind.groupOnly': { 'zh-CN': '请在要绑定的群里发这个命令。', en: 'Please send this inside the group you want to bind.' },
  'bind.otherCommunity': {
    'zh-CN': '您不是「{community}」的书记,不能绑定到这个小区。',
    en: 'You are not a secretary of "{community}", so you cannot bind to it.',
  },
  'bind.done': { 'zh-CN': '本群已绑定到「{community}」{detail}。', en: 'This group is now part of "{community}"{detail}.' },
  'bind.buildings': { 'zh-CN': ',服务{buildings}号楼', en: ', serving buildings {buildings}' },
  'bind.volunteers': { 'zh-CN': '(志愿者群)', en: ' (volunteers group)' },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof communityMessages> {}
}
