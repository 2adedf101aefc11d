import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Messages of the daily bulletin, its notices and their translation. */
export const bulletinMessages = defineMessages({
  'bulletin.menu': { 'zh-CN': '每日通报', en: 'the daily bulletin' },
  'notice.menu': { 'zh-CN': '发通知', en: 'post a notice' },
  'bulletin.title': { 'zh-CN': '【{community} 每日通报】{date}', en: '[{community} daily bulletin] {date}' },
  'bulletin.late': {
    'zh-CN': '(本通报原定{time}发出,因系统中断晚发,敬请谅解。)',
    en: '(This bulletin was due at {time}; it is late because the system was down. Sorry.)',
  },
  'bulletin.noticesHeading': { 'zh-CN': '📢 书记通知', en: '📢 Notices from the secretary' },
  'bulletin.noticeLine': { 'zh-CN': '{n}. {text}', en: '{n}. {text}' },
  'bulletin.urgentMark': { 'zh-CN': '【紧急】', en: '[URGENT] ' },
  'bulletin.awaitingTranslation': {
    'zh-CN': '{text}(英文翻译中)',
    en: '(awaiting translation) {text}',
  },
  'bulletin.footer': { 'zh-CN': '—— {community}', en: '— {community}' },
  'bulletin.cardTitle': { 'zh-CN': '每日通报', en: 'Daily bulletin' },
  'bulletin.cardNotices': { 'zh-CN': '书记通知', en: 'Notices from the secretary' },
  'bulletin.cardLate': { 'zh-CN': '原定{time},晚发', en: 'due at {time}, late' },
  'bulletin.cardFooter': { 'zh-CN': '邻里小助手按当天记录生成 · 以居委通知为准', en: 'Made by linli from the day\'s records · the committee\'s word prevails' },
  'bulletin.cardFile': { 'zh-CN': '每日通报-{date}', en: 'daily-bulletin-{date}' },
  'bulletin.help': {
    'zh-CN': '/通报 2026-04-20 查看某天的每日通报(书记还可以:/通报 预览、发送、时间 20:00)',
    en: '/bulletin 2026-04-20  read a day\'s bulletin (the secretary also: /bulletin, send, time 20:00)',
  },
  'bulletin.usage': {
    'zh-CN':
      '可以这样用:/通报(预览)、/通报 发送、/通报 时间 20:00、/通报 群 1,3 或 /通报 群 全部、/通报 英文(本群收英文版)、/通报 停发 或 /通报 恢复、/通报 2026-04-20(历史)',
    en:
      'Use: /bulletin (preview), /bulletin send, /bulletin time 20:00, /bulletin groups 1,3 or /bulletin groups all, /bulletin lang en (this group gets English), /bulletin off or /bulletin on, /bulletin 2026-04-20 (history)',
  },
  'bulletin.preview': { 'zh-CN': '预览(将于{time}发出):\n\n{text}', en: 'Preview (goes out at {time}):\n\n{text}' },
  'bulletin.previewEmpty': {
    'zh-CN': '今天的通报还没有内容:没有通知,各项也没有新数据。发 /通知 内容 添加一条通知。',
    en: 'Today\'s bulletin has nothing in it yet: no notices and no news from any part. Send /notice <text> to add one.',
  },
  'bulletin.sentPrivately': { 'zh-CN': '已私信给您。', en: 'Sent to you privately.' },
  'bulletin.queued': {
    'zh-CN': '今日通报正在发往{count}个群,全部送达后会告诉您。',
    en: 'Today\'s bulletin is going out to {count} {count|group|groups}; I will tell you when every group has it.',
  },
  'bulletin.alreadySent': {
    'zh-CN': '{date}的通报已经发过了,每天只发一次。新的通知会进入明天的通报。',
    en: 'The bulletin of {date} has already gone out; it goes once a day. New notices go into tomorrow\'s.',
  },
  'bulletin.nothingToSend': {
    'zh-CN': '今天的通报没有内容,没有发送。先发 /通知 内容 添加通知。',
    en: 'Today\'s bulletin has nothing in it, so nothing was sent. Add a notice first: /notice <text>',
  },
  'bulletin.noGroups': {
    'zh-CN': '还没有群可以发通报。请先在各群发 /bind 小区名 绑定。',
    en: 'There is no group to send the bulletin to. Bind groups first with /bind <community>.',
  },
  'bulletin.desk.title': { 'zh-CN': '通知与通报', en: 'Notices and bulletin' },
  'bulletin.desk.todayTitle': { 'zh-CN': '今日通报', en: "Today's bulletin" },
  'bulletin.desk.stateSent': {
    'zh-CN': '今日通报已发出:{groups}个群,已送达{sent},待发{pending},失败{failed}。',
    en: "Today's bulletin has gone out: {groups} {groups|group|groups}, {sent} delivered, {pending} waiting, {failed} failed.",
  },
  'bulletin.desk.stateWaiting': { 'zh-CN': '今日通报还没发出,将于{time}发到{groups}个群。', en: "Today's bulletin has not gone out yet; it goes to {groups} {groups|group|groups} at {time}." },
  'bulletin.desk.stateOff': { 'zh-CN': '每日通报已暂停(在群里发 /通报 恢复 重新开始)。', en: 'The daily bulletin is paused (send /bulletin on to resume).' },
  'bulletin.desk.previewTitle': { 'zh-CN': '预览', en: 'Preview' },
  'bulletin.desk.sentTitle': { 'zh-CN': '今天发出的通报', en: 'The bulletin sent today' },
  'bulletin.desk.sendNow': { 'zh-CN': '立即发送今日通报', en: "Send today's bulletin now" },
  'bulletin.desk.sendConfirm': { 'zh-CN': '现在就把今日通报发到所有群吗?每天只发一次。', en: "Send today's bulletin to every group now? It goes once a day." },
  'bulletin.desk.noticesTitle': { 'zh-CN': '{date}通报的通知', en: 'Notices for the bulletin of {date}' },
  'bulletin.desk.noNotices': { 'zh-CN': '还没有通知。', en: 'No notices yet.' },
  'bulletin.desk.translated': { 'zh-CN': '已译英文', en: 'translated' },
  'bulletin.desk.untranslated': { 'zh-CN': '待翻译', en: 'awaiting translation' },
  'bulletin.desk.urgent': { 'zh-CN': '紧急', en: 'urgent' },
  'bulletin.desk.save': { 'zh-CN': '保存修改', en: 'Save' },
  'bulletin.desk.remove': { 'zh-CN': '删除', en: 'Remove' },
  'bulletin.desk.removeConfirm': { 'zh-CN': '删除这条通知吗?', en: 'Remove this notice?' },
  'bulletin.desk.addTitle': { 'zh-CN': '加一条通知', en: 'Add a notice' },
  'bulletin.desk.urgentBox': { 'zh-CN': '紧急:立即推送到所有群', en: 'Urgent: push it to every group now' },
  'bulletin.desk.add': { 'zh-CN': '加入通报', en: 'Add to the bulletin' },
  'bulletin.desk.badText': { 'zh-CN': '请写通知内容(1000字以内),什么都没有改。', en: 'Write the notice (1000 characters at most); nothing was changed.' },
  'bulletin.desk.langs': { 'zh-CN': '看其他语言:', en: 'Other languages:' },
  'bulletin.timeSet': {
    'zh-CN': '好的,每天{time}({zone})发通报。',
    en: 'OK: the bulletin goes out every day at {time} ({zone}).',
  },
  'bulletin.badTime': { 'zh-CN': '时间没看懂,请这样写:/通报 时间 20:00', en: 'I could not read that time. Write: /bulletin time 20:00' },
  'bulletin.groupsList': {
    'zh-CN': '通报发往这些群(打√的):\n{groups}\n要改,发 /通报 群 1,3 或 /通报 群 全部',
    en: 'The bulletin goes to the groups marked √:\n{groups}\nTo change: /bulletin groups 1,3 or /bulletin groups all',
  },
  'bulletin.groupsSet': { 'zh-CN': '好的,通报发往:{groups}', en: 'OK, the bulletin goes to: {groups}' },
  'bulletin.noSuchGroup': {
    'zh-CN': '没有第{n}个群。发 /通报 群 看看编号。',
    en: 'There is no group number {n}. Send /bulletin groups to see the numbers.',
  },
  'bulletin.langSet': {
    'zh-CN': '好的,本群以后收{lang}版通报。',
    en: 'OK, this group will get the bulletin in {lang}.',
  },
  'bulletin.langGroupOnly': {
    'zh-CN': '请在要收英文版的群里发这条命令。',
    en: 'Send this in the group that should get the English bulletin.',
  },
  'bulletin.langEnglish': { 'zh-CN': '英文', en: 'English' },
  'bulletin.langChinese': { 'zh-CN': '中文', en: 'Chinese' },
  'bulletin.langTraditional': { 'zh-CN': '繁体中文', en: 'traditional Chinese' },
  'bulletin.turnedOff': { 'zh-CN': '好的,每日通报暂停发送。发 /通报 恢复 重新开始。', en: 'OK, the daily bulletin is paused. Send /bulletin on to resume.' },
  'bulletin.turnedOn': { 'zh-CN': '好的,每天{time}发通报。', en: 'OK, the bulletin goes out every day at {time}.' },
  'bulletin.history': { 'zh-CN': '{date}发出的通报:\n\n{text}', en: 'The bulletin sent on {date}:\n\n{text}' },
  'bulletin.noHistory': { 'zh-CN': '{date}没有发过通报。', en: 'No bulletin was sent on {date}.' },
  'bulletin.notYet': {
    'zh-CN': '今天的通报还没发,{time}发出。',
    en: 'Today\'s bulletin has not gone out yet; it goes at {time}.',
  },
  'bulletin.reportAll': {
    'zh-CN': '{date}的通报已送达全部{count}个群。',
    en: 'The bulletin of {date} reached all {count} groups.',
  },
  'bulletin.reportMissing': {
    'zh-CN': '{date}的通报送达{sent}/{count}个群,这些群没有收到:{groups}',
    en: 'The bulletin of {date} reached {sent} of {count} {count|group|groups}. These did not get it: {groups}',
  },

  'notice.help': {
    'zh-CN': '/通知 内容 加入今日通报;/通知 紧急 内容 立即发到各群(书记)',
    en: '/notice <text>  add to today\'s bulletin; /notice now <text>  push to every group at once (secretary)',
  },
  'notice.askAdd': {
    'zh-CN': '把这条加进今天的通报吗?回复「是」加入。要马上发到各群,请发 /通知 紧急 内容。',
    en: 'Add this to today\'s bulletin? Reply "yes" to add it. To send it to every group now, send /notice now <text>.',
  },
  'notice.usage': {
    'zh-CN': '可以这样用:/通知 明天上午8点全员核酸;/通知 列表;/通知 修改 3 新内容;/通知 删除 3;/通知 紧急 内容',
    en: 'Use: /notice <text>; /notice list; /notice edit 3 <new text>; /notice remove 3; /notice now <text>',
  },
  'notice.added': {
    'zh-CN': '已加入{date}的通报(第{id}号通知)。',
    en: 'Added to the bulletin of {date} (notice #{id}).',
  },
  'notice.addedTomorrow': {
    'zh-CN': '今天的通报已发出,这条加入明天({date})的通报(第{id}号通知)。',
    en: 'Today\'s bulletin has gone out, so this goes into tomorrow\'s ({date}), notice #{id}.',
  },
  'notice.list': { 'zh-CN': '{date}通报的通知:\n{lines}', en: 'Notices for the bulletin of {date}:\n{lines}' },
  'notice.listLine': { 'zh-CN': '#{id} {text}{translated}', en: '#{id} {text}{translated}' },
  'notice.translatedMark': { 'zh-CN': '(已译英文)', en: ' (translated)' },
  'notice.none': { 'zh-CN': '{date}的通报还没有通知。', en: 'No notices for the bulletin of {date} yet.' },
  'notice.edited': { 'zh-CN': '第{id}号通知已修改。', en: 'Notice #{id} is changed.' },
  'notice.removed': { 'zh-CN': '第{id}号通知已删除。', en: 'Notice #{id} is removed.' },
  'notice.notFound': {
    'zh-CN': '没有第{id}号通知。发 /通知 列表 看看编号。',
    en: 'There is no notice #{id}. Send /notice list to see the numbers.',
  },
  'notice.alreadySent': {
    'zh-CN': '第{id}号通知已经随{date}的通报发出,不能再改。',
    en: 'Notice #{id} already went out with the bulletin of {date}; it cannot be changed.',
  },
  'notice.urgentPost': { 'zh-CN': '🚨 紧急通知:{text}', en: '🚨 URGENT notice (translation to follow): {text}' },
  'notice.urgentTranslated': { 'zh-CN': '🚨 紧急通知(英文):{text}', en: '🚨 URGENT notice: {text}' },
  'notice.pushed': {
    'zh-CN': '紧急通知已发往{count}个群,也会写进今天的通报。',
    en: 'The urgent notice is going to {count} {count|group|groups} and will be in today\'s bulletin.',
  },

  'translation.task': {
    'zh-CN': '📝 翻译任务 #{id}:请把这条通知译成英文,给外籍居民看。\n「{text}」\n回复本消息「接」认领,再回复英文译文。',
    'zh-TW': '📝 翻譯任務 #{id}:請把這條通知譯成英文,給外籍居民看。\n「{text}」\n回覆本消息「接」認領,再回覆英文譯文。',
    en: '📝 Translation task #{id}: please translate this notice into English for foreign residents.\n"{text}"\nReply "claim" to this message to take it, then reply with the English text.',
  },
  'translation.claimed': {
    'zh-CN': '{name} 认领了翻译任务 #{id}。请回复本消息发英文译文。',
    'zh-TW': '{name} 認領了翻譯任務 #{id}。請回覆本消息發英文譯文。',
    en: '{name} took translation task #{id}. Reply to this message with the English text.',
  },
  'translation.taken': { 'zh-CN': '翻译任务 #{id} 已经由 {name} 认领了,谢谢!', en: 'Translation task #{id} is already taken by {name}. Thank you!' },
  'translation.done': { 'zh-CN': '翻译任务 #{id} 已经译好了,谢谢!', en: 'Translation task #{id} is already done. Thank you!' },
  'translation.gone': { 'zh-CN': '这条通知已经删除,不用翻译了。', en: 'That notice was removed; no translation needed.' },
  'translation.thanks': {
    'zh-CN': '谢谢 {name}!第{id}号通知的英文版已收到,会出现在英文通报里。',
    en: 'Thank you, {name}! The English text of notice #{id} is saved and will be in the English bulletin.',
  },
  'translation.notEnglish': {
    'zh-CN': '译文请用英文写(不要夹中文)。',
    en: 'Please write the translation in English only.',
  },
  'bulletin.carried': { 'zh-CN': '{count} 天的每日通报', en: 'the daily bulletin of {count} day(s)' },
  'translation.volunteersOnly': {
    'zh-CN': '翻译任务由会翻译的志愿者认领。想帮忙,请报名志愿者并写上“翻译”,例如:/志愿者报名 5-302 翻译 晚上',
    en: 'Translation tasks are for volunteers who translate. To help, sign up with the skill, e.g. /volunteer 5-302 translator evenings',
  },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof bulletinMessages> {}
}
