import { defineMessages, type KeysOf } from '../../../src/kernel/catalogue.js';

/** Patrol shifts (三班倒). */
export const shiftsMessages = defineMessages({
  'shift.help': { 'zh-CN': '/排班 8-16 16-24 0-8 4月21日-4月23日 定巡逻班次(书记)', en: '/shifts 8-16 16-24 0-8 4/21-4/23  define patrol shifts (secretary)' },
  'shift.usage': {
    'zh-CN': '请写班次和日期,例如:/排班 8-16 16-24 0-8 4月21日-4月23日(最多7天)',
    en: 'Give the shifts and dates, e.g. /shifts 8-16 16-24 0-8 4月21日-4月23日 (7 days at most)',
  },
  'shift.posted': {
    'zh-CN': '🛡️ 巡逻排班(三班倒),志愿者请回复本消息“接 编号”认领班次:\n{list}',
    'zh-TW': '🛡️ 巡邏排班(三班倒),志願者請回覆本消息“接 編號”認領班次:\n{list}',
    en: '🛡️ Patrol shifts. Volunteers: reply "take <number>" to this message to take one:\n{list}',
  },
  'shift.line': { 'zh-CN': '#{id} {label} — {owner}', en: '#{id} {label} — {owner}' },
  'shift.free': { 'zh-CN': '待认领', en: 'open' },
  'shift.which': { 'zh-CN': '请写班次编号,例如:接 {first}', en: 'Please give the shift number, e.g. take {first}' },
  'shift.button': { 'zh-CN': '接 #{id}', en: 'Take #{id}' },
  'shift.taken': { 'zh-CN': '✅ {name} 认领了巡逻班次 #{id}({label}),开始前1小时会提醒您。', en: '✅ {name} took patrol shift #{id} ({label}); I will remind you an hour before.' },
  'shift.alreadyTaken': { 'zh-CN': '班次#{id}已经由 {name} 认领了,请选别的班次。', en: 'Shift #{id} is already taken by {name}; please pick another.' },
  'shift.notInPlan': { 'zh-CN': '这张班表里没有班次#{id}。', en: 'There is no shift #{id} in this plan.' },
  'shift.over': { 'zh-CN': '班次#{id}已经开始或结束了。', en: 'Shift #{id} has already started or ended.' },
  'shift.onlyVolunteers': {
    'zh-CN': '只有登记的志愿者才能认领巡逻班次。想帮忙的话,请先报名:/志愿者报名 5-302 巡逻 晚上',
    en: 'Only registered volunteers can take patrol shifts. Sign up first: /volunteer 5-302 patrol evenings',
  },
  'shift.remind': { 'zh-CN': '⏰ 提醒:您的巡逻班次 #{id}({label}){when}。', en: '⏰ Reminder: your patrol shift #{id} ({label}) {when}.' },
  'shift.untaken': {
    'zh-CN': '⚠️ 巡逻班次 #{id}({label}){when},还没人认领。',
    en: '⚠️ Patrol shift #{id} ({label}) {when} and nobody has taken it.',
  },
  // How long until a shift starts, as it is when the message goes (a plan made at 08:04 for 8-16 has begun).
  'shift.startsIn': { 'zh-CN': '{in}后开始', en: 'starts in {in}' },
  'shift.started': { 'zh-CN': '已经开始了', en: 'has already started' },
  'shift.hours': { 'zh-CN': '{n}小时', en: '{n} hours' },
  'shift.anHour': { 'zh-CN': '1小时', en: 'an hour' },
  'shift.minutes': { 'zh-CN': '{n}分钟', en: '{n} minutes' },
  'shift.hoursMinutes': { 'zh-CN': '{h}小时{m}分钟', en: '{h} h {m} min' },
  'shift.listHelp': { 'zh-CN': '/班表 看巡逻班次', en: '/shiftlist  the patrol shifts' },
  'shift.takeHelp': { 'zh-CN': '/接班 12 认领巡逻班次#12(志愿者)', en: '/takeshift 12  take patrol shift #12 (volunteer)' },
  'shift.listUsage': { 'zh-CN': '发 /班表 即可。', en: 'Just send /shiftlist.' },
  'shift.listEmpty': { 'zh-CN': '现在没有排班。', en: 'No patrol shifts planned.' },
  'shift.listTitle': { 'zh-CN': '巡逻班表:', en: 'Patrol shifts:' },
});

declare module '../../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof shiftsMessages> {}
}
