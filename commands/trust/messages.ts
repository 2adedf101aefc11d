import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Messages of trust: scoped refusals, flood notice, one's own data, audit, retention, lockdown. */
export const trustMessages = defineMessages({
  'trust.mydataChoice': { 'zh-CN': '看看你记了我哪些信息', en: 'see what you hold about me' },
  'trust.sentPrivately': { 'zh-CN': '已私信发给您。', en: 'Sent to you privately.' },

  'trust.mydataHelp': { 'zh-CN': '/我的信息 看看邻里保存了您哪些信息(私聊回复)', en: '/mydata  what linli holds about you (sent privately)' },
  'trust.mydataUsage': { 'zh-CN': '发 /我的信息 即可。', en: 'Just send /mydata.' },
  'trust.mydataTitle': { 'zh-CN': '邻里保存的您的信息:', en: 'What linli holds about you:' },
  'trust.mydataName': { 'zh-CN': '称呼:{name}', en: 'Name: {name}' },
  'trust.mydataHome': { 'zh-CN': '住址:{door}', en: 'Home: {door}' },
  'trust.mydataNoHome': { 'zh-CN': '住址:未登记', en: 'Home: not recorded' },
  'trust.mydataPhone': { 'zh-CN': '电话:{phone}', en: 'Phone: {phone}' },
  'trust.mydataNoPhone': { 'zh-CN': '电话:未登记', en: 'Phone: not recorded' },
  'trust.mydataRoles': { 'zh-CN': '身份:{roles}', en: 'Roles: {roles}' },
  'trust.mydataCommunities': { 'zh-CN': '小区:{communities}', en: 'Communities: {communities}' },
  'trust.mydataNone': { 'zh-CN': '无', en: 'none' },
  'trust.mydataFooter': {
    'zh-CN': '我们不保存聊天内容。要删除您的个人信息,发 /删除我的信息。',
    en: 'Chat messages are not kept. To erase your personal details, send /forgetme.',
  },

  'trust.forgetHelp': { 'zh-CN': '/删除我的信息 删除您的个人信息', en: '/forgetme  erase your personal details' },
  'trust.forgetUsage': { 'zh-CN': '发 /删除我的信息 即可。', en: 'Just send /forgetme.' },
  'trust.forgetAsk': {
    'zh-CN': '确定要删除您的称呼、住址、电话和各项登记里的个人信息吗?删除后不能恢复,统计数字会保留。确定请回复「确认删除」,不删请回复「取消」。',
    'zh-TW': '確定要刪除您的稱呼、住址、電話和各項登記裡的個人信息嗎?刪除後不能恢復,統計數字會保留。確定請回覆「確認刪除」,不刪請回覆「取消」。',
    en: 'Erase your name, home, phone and the personal details of your requests? This cannot be undone; counts are kept. Reply "confirm" to erase, or "cancel".',
  },
  'trust.forgetDone': {
    'zh-CN': '已删除您的个人信息({count}条记录)。以后您再使用邻里,会重新登记。',
    en: 'Your personal details are erased ({count} records). If you use linli again, it starts afresh.',
  },
  'trust.forgetKept': { 'zh-CN': '好的,没有删除,您的信息保持不变。', en: 'OK, nothing was erased.' },

  'trust.auditHelp': { 'zh-CN': '/记录 @某人 或 /记录 #编号 查看操作记录(书记)', en: '/audit @someone or /audit #id  the audit trail (secretary)' },
  'trust.auditUsage': {
    'zh-CN': '格式:/记录 @某人(此人做过的和关于此人的操作),或 /记录 #12(编号12的记录),或 /记录 task#12。',
    en: 'Form: /audit @someone (what they did and what was done to them), /audit #12 (record 12), or /audit task#12.',
  },
  'trust.auditTitle': { 'zh-CN': '操作记录({subject},最近{count}条):', en: 'Audit trail ({subject}, last {count}):' },
  'trust.auditFile': { 'zh-CN': '操作记录 {subject}', en: 'audit trail {subject}' },
  'trust.residentsFile': { 'zh-CN': '{building}号楼住户', en: 'residents of building {building}' },
  'trust.auditEmpty': { 'zh-CN': '没有找到{subject}的操作记录。', en: 'No audit entries for {subject}.' },

  'trust.desk.auditTitle': { 'zh-CN': '操作记录', en: 'Audit trail' },
  'trust.desk.who': { 'zh-CN': '人(#编号或名字)', en: 'Person (#number or name)' },
  'trust.desk.action': { 'zh-CN': '操作(开头几个字母,如 medicine)', en: 'Action (its start, e.g. medicine)' },
  'trust.desk.record': { 'zh-CN': '记录(如 groupbuy#7 或 #7)', en: 'Record (e.g. groupbuy#7 or #7)' },
  'trust.desk.from': { 'zh-CN': '从', en: 'From' },
  'trust.desk.to': { 'zh-CN': '到', en: 'To' },
  'trust.desk.badSearch': { 'zh-CN': '看不懂这个查询:{value}', en: 'I cannot read this search: {value}' },
  'trust.desk.count': { 'zh-CN': '共 {total} 条,最新的在前。', en: '{total} entries, newest first.' },
  'trust.desk.none': { 'zh-CN': '没有找到记录。', en: 'Nothing found.' },
  'trust.desk.col.when': { 'zh-CN': '时间', en: 'When' },
  'trust.desk.col.who': { 'zh-CN': '谁', en: 'Who' },
  'trust.desk.col.action': { 'zh-CN': '操作', en: 'Action' },
  'trust.desk.col.record': { 'zh-CN': '记录', en: 'Record' },
  'trust.desk.col.detail': { 'zh-CN': '说明', en: 'Detail' },
  'trust.desk.residentsTitle': { 'zh-CN': '住户', en: 'Residents' },
  'trust.desk.building': { 'zh-CN': '楼号', en: 'Building' },
  'trust.desk.chooseBuilding': { 'zh-CN': '选一栋楼查看登记的住户。', en: 'Choose a building to see who has registered there.' },
  'trust.desk.col.door': { 'zh-CN': '门牌', en: 'Door' },
  'trust.desk.col.name': { 'zh-CN': '名字', en: 'Name' },
  'trust.desk.col.phone': { 'zh-CN': '电话', en: 'Phone' },
  'trust.residentsHelp': { 'zh-CN': '/住户 5号楼 本楼登记的住户(楼组长,私聊回复)', en: '/residents 5  who has registered in a building (building lead, sent privately)' },
  'trust.residentsUsage': { 'zh-CN': '格式:/住户 5号楼', en: 'Form: /residents 5' },
  'trust.residentsTitle': { 'zh-CN': '{building}号楼登记住户({count}户):', en: 'Building {building}: {count} registered:' },
  'trust.residentsNone': { 'zh-CN': '{building}号楼还没有人登记住址。', en: 'Nobody in building {building} has recorded a home yet.' },

  'trust.retentionHelp': { 'zh-CN': '/保留 30 个人信息在事项结束30天后删除(书记)', 'zh-TW': '/保留 30 個人信息在事項結束30天後刪除(書記)', en: '/retention 30  erase personal details 30 days after a request is closed (secretary)' },
  'trust.retentionUsage': {
    'zh-CN': '格式:/保留 30(事项结束后保留30天,1到365天)。只发 /保留 查看当前设置。',
    en: 'Form: /retention 30 (days kept after a request is closed, 1 to 365). /retention alone shows the setting.',
  },
  'trust.retentionSet': {
    'zh-CN': '已设置:事项结束{days}天后,删除其中的个人信息(统计数字保留)。每天凌晨自动清理。',
    'zh-TW': '已設置:事項結束{days}天後,刪除其中的個人信息(統計數字保留)。每天凌晨自動清理。',
    en: 'Set: personal details are erased {days} days after a request is closed (counts are kept). Cleaned daily at night.',
  },
  'trust.retentionCurrent': { 'zh-CN': '当前设置:事项结束{days}天后删除个人信息。', 'zh-TW': '當前設置:事項結束{days}天後刪除個人信息。', en: 'Now: personal details are erased {days} days after a request is closed.' },
  'trust.retentionNone': {
    'zh-CN': '还没有设置保留期限,个人信息会一直保留到封控结束。设置请发 /保留 30',
    en: 'No retention set: personal details are kept until the lockdown ends. To set one: /retention 30',
  },

  'trust.lockdownHelp': { 'zh-CN': '/封控 结束 宣布封控结束,宽限期后删除全部个人信息(书记)', en: '/lockdown end  declare the end; all personal details are erased after a grace period (secretary)' },
  'trust.lockdownUsage': {
    'zh-CN': '格式:/封控 结束 [宽限天数,默认7],或 /封控 继续(撤回结束)。',
    en: 'Form: /lockdown end [grace days, default 7], or /lockdown resume (withdraw the end).',
  },
  'trust.lockdownEnded': {
    'zh-CN': '已宣布封控结束。{date}之后,本小区所有人的个人信息(称呼、住址、电话、配药等)将全部删除,统计数字保留。撤回请发 /封控 继续',
    en: 'The lockdown is declared over. After {date}, every personal detail in this community (names, homes, phones, medicines) is erased; counts are kept. To withdraw: /lockdown resume',
  },
  'trust.lockdownResumed': { 'zh-CN': '已撤回封控结束,个人信息不会被全部删除。', en: 'The end is withdrawn: personal details will not be erased wholesale.' },
  'trust.lockdownNotEnded': { 'zh-CN': '封控还没有宣布结束。', en: 'The lockdown has not been declared over.' },
  'trust.lockdownAlreadyErased': {
    'zh-CN': '本小区的个人信息已在封控结束后删除。',
    en: 'This community\'s personal details were already erased after the lockdown ended.',
  },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof trustMessages> {}
}
