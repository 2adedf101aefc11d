import { defineMessages, type KeysOf } from '../../../src/kernel/catalogue.js';

/** Tasks claimed by reply. */
export const tasksMessages = defineMessages({
  'tasks.menu': { 'zh-CN': '还没完成的任务', en: 'unfinished tasks' },
  'task.menu': { 'zh-CN': '发布任务', en: 'post a task for volunteers' },
  'task.help': { 'zh-CN': '/任务 3号楼 搬运物资10箱 今天16:00前 发布任务(书记、楼组长、志愿者)', en: '/task <what> [when]  post a task for volunteers (secretary, lead, volunteer)' },
  'task.usage': {
    'zh-CN': '请写任务内容,例如:/任务 3号楼 搬运物资10箱 今天16:00前',
    en: 'Please describe the task, e.g. /task building 3 carry 10 boxes today 16:00',
  },
  'task.posted': {
    'zh-CN': '📌 任务#{id}:{title}{due}\n志愿者请回复本消息“接”认领,或发 /认领 {id}',
    'zh-TW': '📌 任務#{id}:{title}{due}\n志願者請回覆本消息“接”認領,或發 /認領 {id}',
    en: '📌 Task #{id}: {title}{due}\nVolunteers: reply "take" to this message to claim it, or send /claim {id}',
  },
  'task.again': {
    'zh-CN': '📌 还没人认领:任务#{id}:{title}{due}\n志愿者请回复本消息“接”认领,或发 /认领 {id}',
    'zh-TW': '📌 還沒人認領:任務#{id}:{title}{due}\n志願者請回覆本消息“接”認領,或發 /認領 {id}',
    en: '📌 Still unclaimed: task #{id}: {title}{due}\nReply "take" to this message to claim it, or send /claim {id}',
  },
  'task.returned': {
    'zh-CN': '📌 任务#{id}重新开放认领:{title}{due}\n志愿者请回复本消息“接”认领,或发 /认领 {id}',
    'zh-TW': '📌 任務#{id}重新開放認領:{title}{due}\n志願者請回覆本消息“接”認領,或發 /認領 {id}',
    en: '📌 Task #{id} is open again: {title}{due}\nReply "take" to this message to claim it, or send /claim {id}',
  },
  'task.fits': {
    'zh-CN': '有个任务适合您:任务#{id}:{title}{due}\n能做的话回复本消息“接”,或发 /认领 {id}',
    en: 'A task that fits you: task #{id}: {title}{due}\nIf you can, reply "take" to this message or send /claim {id}',
  },
  'task.duePart': { 'zh-CN': ',{due}前完成', en: ', by {due}' },
  'task.duePast': { 'zh-CN': '(原定{due}前完成,已过时间,请尽快)', en: ' (it was due by {due}: please as soon as you can)' },
  'task.needsTeam': {
    'zh-CN': '志愿者要先编入小队才能发任务。请联系书记:/分组 小队名 @您',
    en: 'A volunteer needs to be in a team to post tasks. Ask the secretary: /team <name> @you',
  },
  'task.claimed': {
    'zh-CN': '✅ 任务#{id}由 {name} 认领。完成后回复本消息“完成”,或发 /完成 {id}',
    en: '✅ Task #{id} is claimed by {name}. When done, reply "done" to this message or send /done {id}',
  },
  'task.alreadyTaken': { 'zh-CN': '任务#{id}已经由 {name} 认领了,谢谢您!', en: 'Task #{id} is already taken by {name}. Thank you!' },
  'task.button': { 'zh-CN': '接任务', en: 'Take it' },
  'task.youTookIt': { 'zh-CN': '任务#{id}归您了,谢谢!完成后发 /完成 {id}', en: 'Task #{id} is yours, thank you! When done, send /done {id}' },
  'task.youHaveIt': { 'zh-CN': '任务#{id}已经是您认领的了。', en: 'You already have task #{id}.' },
  'task.closed': { 'zh-CN': '任务#{id}已经结束了({status})。', en: 'Task #{id} is already over ({status}).' },
  'task.status.done': { 'zh-CN': '已完成', en: 'done' },
  'task.status.cancelled': { 'zh-CN': '已取消', en: 'cancelled' },
  'task.status.open': { 'zh-CN': '待认领', en: 'open' },
  'task.status.claimed': { 'zh-CN': '已认领', en: 'claimed' },
  'task.notFound': { 'zh-CN': '没有找到任务#{id}。发 /任务列表 看看还有哪些任务。', en: 'There is no task #{id}. Send /tasks to see the open ones.' },
  'task.onlyVolunteers': {
    'zh-CN': '只有登记的志愿者才能认领任务。想帮忙的话,请先报名:/志愿者报名 5-302 司机 晚上',
    en: 'Only registered volunteers can claim tasks. To help, sign up first: /volunteer 5-302 driver evenings',
  },
  'task.claimHelp': { 'zh-CN': '/认领 12 认领任务#12(志愿者)', en: '/claim 12  claim task #12 (volunteer)' },
  'task.claimUsage': { 'zh-CN': '请写任务编号,例如:/认领 12', en: 'Please give the task number, e.g. /claim 12' },
  'task.doneHelp': { 'zh-CN': '/完成 12 报告任务完成', en: '/done 12  report a task done' },
  'task.doneUsage': { 'zh-CN': '请写任务编号,例如:/完成 12', en: 'Please give the task number, e.g. /done 12' },
  'task.done': { 'zh-CN': '👍 任务#{id}已完成,谢谢 {name}!', en: '👍 Task #{id} is done. Thank you, {name}!' },
  'task.notOwner': {
    'zh-CN': '任务#{id}不是您认领的,只有认领人 {name} 能报完成或退回。',
    en: 'Task #{id} is not yours; only {name}, who claimed it, can report it done or give it back.',
  },
  'task.notClaimed': { 'zh-CN': '任务#{id}还没人认领。', en: 'Nobody has claimed task #{id} yet.' },
  'task.whichOne': {
    'zh-CN': '您认领了多个任务({ids}),请写编号,例如:/完成 {first}',
    en: 'You have several tasks ({ids}); please give the number, e.g. /done {first}',
  },
  'task.noneClaimed': { 'zh-CN': '您现在没有认领中的任务。', en: 'You have no claimed tasks right now.' },
  'task.giveBackHelp': { 'zh-CN': '/退回 12 把认领的任务退回群里', en: '/giveback 12  give a claimed task back' },
  'task.giveBackUsage': { 'zh-CN': '请写任务编号,例如:/退回 12', en: 'Please give the task number, e.g. /giveback 12' },
  'task.givenBack': { 'zh-CN': '好的,任务#{id}已退回。', en: 'OK, task #{id} is given back.' },
  'task.cancelHelp': { 'zh-CN': '/取消任务 12 发布人取消任务', en: '/canceltask 12  cancel a task you posted' },
  'task.cancelUsage': { 'zh-CN': '请写任务编号,例如:/取消任务 12', en: 'Please give the task number, e.g. /canceltask 12' },
  'task.cancelled': { 'zh-CN': '任务#{id}已取消。', en: 'Task #{id} is cancelled.' },
  'task.cancelledOwner': { 'zh-CN': '您认领的任务#{id}已被发布人取消,不用做了,谢谢!', 'zh-TW': '您認領的任務#{id}已被發佈人取消,不用做了,謝謝!', en: 'Task #{id}, which you claimed, was cancelled by the poster. Thank you anyway!' },
  'task.notPoster': { 'zh-CN': '只有发布人或书记可以取消任务#{id}。', en: 'Only the poster or a secretary can cancel task #{id}.' },
  'task.listHelp': { 'zh-CN': '/任务列表 看还没完成的任务', en: '/tasks  the unfinished tasks' },
  'task.listUsage': { 'zh-CN': '发 /任务列表 即可。', en: 'Just send /tasks.' },
  'task.listMineEmpty': { 'zh-CN': '您现在没有认领中的任务。发 /任务列表 看看还有哪些没人接。', en: 'You have no tasks right now. Send /tasks to see those nobody has taken.' },
  'task.listTitle': { 'zh-CN': '未完成的任务({count}个):', en: 'Unfinished tasks ({count}):' },
  'task.listFile': { 'zh-CN': '未完成任务', en: 'unfinished tasks' },
  'task.listOpen': { 'zh-CN': '#{id} {title}{due} — 待认领', en: '#{id} {title}{due} — open' },
  'task.listClaimed': { 'zh-CN': '#{id} {title}{due} — {name} 认领中', en: '#{id} {title}{due} — {name} has it' },
  'task.listEmpty': { 'zh-CN': '现在没有未完成的任务。', en: 'No unfinished tasks right now.' },
  'task.remind': {
    'zh-CN': '⏰ 提醒:您认领的任务#{id}({title})到时间了。完成了请回复“完成”或发 /完成 {id};做不了请发 /退回 {id}。',
    'zh-TW': '⏰ 提醒:您認領的任務#{id}({title})到時間了。完成了請回覆“完成”或發 /完成 {id};做不了請發 /退回 {id}。',
    en: '⏰ Reminder: task #{id} ({title}) you claimed is due. If done, send /done {id}; if you cannot, send /giveback {id}.',
  },
  // In a group, to a volunteer who cannot be written to privately (the adapter puts the @-mention first).
  'task.remindInGroup': {
    'zh-CN': '⏰ 您认领的任务#{id}到时间了。完成了发 /完成 {id},做不了发 /退回 {id}。{startLink}',
    en: '⏰ Task #{id}, which you claimed, is due. If done, send /done {id}; if you cannot, send /giveback {id}.{startLink}',
  },
  'task.takenBack': {
    'zh-CN': '任务#{id}超时未完成,已退回群里重新认领。',
    en: 'Task #{id} was not finished in time and went back to the group.',
  },
});

declare module '../../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof tasksMessages> {}
}
