import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** What the operations floor tells the secretaries: a restore's summary. */
export const opsMessages = defineMessages({
  'restore.summary': {
    'zh-CN':
      '数据库已从备份「{file}」恢复。备份之后已经发出的 {sent} 条消息{carried}不会再发。备份之后到期的 {jobs} 个提醒没有补发:{kinds}。请核对这些事项,需要的请手动再发一次。',
    en: 'The database was restored from the backup "{file}". {sent} message(s){carried} already sent after the backup will not be sent again. {jobs} reminder(s) that fell due after the backup were not replayed: {kinds}. Please check them and send again by hand where needed.',
  },
  'restore.carriedPart': { 'zh-CN': '、{what}', en: ' and {what}' },
  'restore.noJobs': { 'zh-CN': '无', en: 'none' },
  'restore.jobCount': { 'zh-CN': '{label} {count} 个', en: '{label} ×{count}' },
  'restore.replacedMissing': {
    'zh-CN': '数据库已从备份「{file}」恢复,但找不到被替换的数据库 {path},无法核对备份之后已发出的消息:备份之后的提醒和消息可能会再发一次。',
    en: 'The database was restored from the backup "{file}", but the replaced database {path} is missing: what went out after the backup could not be checked, so some messages and reminders may go out again.',
  },
  'restore.job.task.unclaimed': { 'zh-CN': '任务无人认领的再次提醒', en: 'unclaimed-task reminders' },
  'restore.job.task.chase': { 'zh-CN': '任务催办', en: 'task chasers' },
  'restore.job.shift.remind': { 'zh-CN': '班次提醒', en: 'shift reminders' },
  'restore.job.shift.untaken': { 'zh-CN': '无人接班提醒', en: 'untaken-shift warnings' },
  'restore.job.pairing.checkin': { 'zh-CN': '长者联系提醒', en: 'elderly check-in reminders' },
  'restore.job.pairing.report': { 'zh-CN': '长者配对日报', en: 'pairing reports' },
  'restore.job.groupbuy.close': { 'zh-CN': '团购到点截单(请用 /截团 手动截单)', en: 'group-buy deadline closes (close them with /gbclose)' },
  'restore.job.groupbuy.repost': { 'zh-CN': '接龙重发', en: 'chain reposts' },
  'restore.job.emergency.escalate': { 'zh-CN': '紧急求助升级', en: 'emergency escalations' },
  'restore.job.bulletin.report': { 'zh-CN': '日报送达报告', en: 'bulletin delivery reports' },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof opsMessages> {}
}
