import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Emergency calls. Group messages carry the place, never the health detail. */
export const emergencyMessages = defineMessages({
  'emergency.menu': { 'zh-CN': '紧急呼叫:有人晕倒、受伤', en: 'call for help now' },
  'emergency.help': { 'zh-CN': '/sos 5-302 情况 紧急呼叫医护人员', en: '/sos 5-302 <what happened>  call for medical help now' },
  'emergency.usage': { 'zh-CN': '请写门牌号和情况,例如:/sos 5-302 老人昏迷', en: 'Give the door number and what happened, e.g. /sos 5-302 collapsed' },
  'emergency.group': {
    'zh-CN': '🚨 紧急:{place}需要医护人员!请医护人员回复本消息“我是”或“到”。情况危急请同时拨打120。(呼叫#{id},发起人:{name})',
    en: '🚨 EMERGENCY: medical help needed at {place}! Medics, reply "I am" or "coming" to this message. If it is life-threatening, also call 120. (call #{id}, raised by {name})',
  },
  'emergency.groupAgain': {
    'zh-CN': '🚨 再次紧急呼叫:{place}需要医护人员,2分钟内无人响应!任何能帮忙的邻居请回复本消息“到”。(呼叫#{id})',
    'zh-TW': '🚨 再次緊急呼叫:{place}需要醫護人員,2分鐘內無人響應!任何能幫忙的鄰居請回覆本消息“到”。(呼叫#{id})',
    en: '🚨 EMERGENCY, AGAIN: medical help needed at {place}, nobody has answered in 2 minutes! Anyone who can help, reply "coming" to this message. (call #{id})',
  },
  'emergency.medic': {
    'zh-CN': '🚨 紧急:{place}需要医护人员。情况:{detail}。能去请回复本消息“到”。(呼叫#{id},发起人:{name})',
    'zh-TW': '🚨 緊急:{place}需要醫護人員。情況:{detail}。能去請回覆本消息“到”。(呼叫#{id},發起人:{name})',
    en: '🚨 EMERGENCY at {place}. What happened: {detail}. If you can go, reply "coming" to this message. (call #{id}, raised by {name})',
  },
  'emergency.volunteerAgain': {
    'zh-CN': '🚨 紧急呼叫#{id}:{place}需要帮助,2分钟内没有医护人员响应。能去请回复本消息“到”。',
    'zh-TW': '🚨 緊急呼叫#{id}:{place}需要幫助,2分鐘內沒有醫護人員響應。能去請回覆本消息“到”。',
    en: '🚨 Emergency call #{id}: help needed at {place}, no medic answered in 2 minutes. If you can go, reply "coming" to this message.',
  },
  'emergency.secretary': {
    'zh-CN': '🚨 紧急呼叫#{id}:{place},情况:{detail}(发起人:{name})。已通知医护志愿者{medics}人{unreached}。需要时请拨打120。结束后发 /结束紧急 {id}',
    en: '🚨 Emergency call #{id}: {place}, what happened: {detail} (raised by {name}). {medics} medical {medics|volunteer|volunteers} told{unreached}. Call 120 if needed. Close it with /sosclose {id}',
  },
  'emergency.secretaryAgain': {
    'zh-CN': '⚠️ 紧急呼叫#{id}:2分钟内无人响应,已扩大到{groups}个群和{volunteers}位志愿者。请考虑立即拨打120。',
    en: '⚠️ Emergency call #{id}: no answer in 2 minutes; re-sent to {groups} {groups|group|groups} and {volunteers} {volunteers|volunteer|volunteers}. Consider calling 120 now.',
  },
  'emergency.secretaryResponder': { 'zh-CN': '紧急呼叫#{id}:{name} 已响应。', en: 'Emergency call #{id}: {name} is responding.' },
  'emergency.unreached': {
    'zh-CN': '({count}位医护志愿者还没私聊过我,无法私信,请电话联系:{names})',
    en: ' ({count} medical volunteers never opened a private chat with me and could not be told; please phone them: {names})',
  },
  'emergency.unknownPlace': { 'zh-CN': '(位置未知,请联系 {name})', en: '(place unknown, contact {name})' },
  'emergency.raisedPrivate': {
    'zh-CN': '情况危急请立即拨打120!已发出紧急呼叫#{id},正在通知医护人员和书记。',
    en: 'If it is life-threatening, call 120 now! Emergency call #{id} is out; medics and the secretary are being told.',
  },
  'emergency.call120': {
    'zh-CN': '请立即拨打120!我已把您的情况告诉居委书记,他们会尽快联系您。请告诉我您住哪个小区、几号楼几室。',
    en: 'Call 120 now! I have told the committee secretaries; they will contact you as soon as they can. Please tell me your community and door number.',
  },
  'emergency.strangerSecretary': {
    'zh-CN': '🚨 紧急:{name} 在{where}求助,情况:{detail}。我还不知道此人住哪里,已请对方拨打120。请尽快联系。',
    en: '🚨 EMERGENCY: {name} asked for help in {where}: {detail}. I do not know where they live yet; they were told to call 120. Please contact them.',
  },
  'emergency.crisisLine': {
    'zh-CN': '你不是一个人,我们在。马上会有人联系你、过来看你。想找人说说话,可以打心理援助热线12356,上海也可以打962525。',
    'zh-TW': '你不是一個人,我們在。馬上會有人聯繫你、過來看你。想找人說說話,可以打心理援助熱線12356,上海也可以打962525。',
    en: 'You are not alone; we are here. Someone will reach you and come by soon. To talk to someone now, call the helpline 12356 (in Shanghai also 962525).',
  },
  'emergency.privateChat': { 'zh-CN': '私聊中', en: 'a private chat' },
  'emergency.askGroup': {
    'zh-CN': '需要医护人员吗?回复「是」马上呼叫。情况危急请直接拨打120。',
    en: 'Do you need a doctor or nurse? Reply "yes" and I call them now. If it is life-threatening, call 120.',
  },
  'emergency.askPrivate': {
    'zh-CN': '需要我马上呼叫医护人员吗?回复「是」马上呼叫。情况危急请直接拨打120。',
    en: 'Shall I call a doctor or nurse now? Reply "yes" and I call them. If it is life-threatening, call 120.',
  },
  'emergency.askFire': {
    'zh-CN': '🔥 着火请马上拨打119!离开时走楼梯,不要乘电梯。有人受伤或被困吗?回复「是」马上呼叫医护人员。',
    'zh-TW': '🔥 著火請馬上撥打119!離開時走樓梯,不要乘電梯。有人受傷或被困嗎?回覆「是」馬上呼叫醫護人員。',
    en: '🔥 For a fire, call 119 now! Use the stairs, not the lift. Is anyone hurt or trapped? Reply "yes" and I call a doctor or nurse now.',
  },
  'emergency.call119': {
    'zh-CN': '🔥 着火请马上拨打119!离开时走楼梯,不要乘电梯。',
    'zh-TW': '🔥 著火請馬上撥打119!離開時走樓梯,不要乘電梯。',
    en: '🔥 For a fire, call 119 now! Use the stairs, not the lift.',
  },
  'emergency.askSecretary': {
    'zh-CN': '⚠️ 可能的紧急情况:{name}({where})说「{detail}」,位置:{place}。我已问过是否需要医护人员,回复「是」即呼叫。请留意。',
    en: '⚠️ Possible emergency: {name} ({where}) wrote "{detail}", place: {place}. I asked whether medical help is needed; a "yes" pages the medics. Please keep an eye on it.',
  },
  'emergency.inPrivate': { 'zh-CN': '私聊', en: 'private chat' },
  'emergency.placeOf': { 'zh-CN': '未知(请联系 {name})', en: 'unknown (contact {name})' },
  'emergency.choice': { 'zh-CN': '紧急呼叫医护人员', en: 'call a doctor or nurse now' },
  'emergency.noneToAnswer': { 'zh-CN': '现在没有需要您(医护志愿者)响应的紧急呼叫。', en: 'There is no emergency call open for you (a doctor or nurse volunteer) to answer.' },
  'emergency.whichCall': {
    'zh-CN': '现在有几个紧急呼叫:\n{calls}\n请回复(引用)您要去的那条呼叫消息「到」。',
    'zh-TW': '現在有幾個緊急呼叫:\n{calls}\n請回覆(引用)您要去的那條呼叫消息「到」。',
    en: 'Several emergency calls are open:\n{calls}\nPlease reply "here" to the page of the one you are going to.',
  },
  'emergency.updateFromCaller': {
    'zh-CN': '🚨 紧急呼叫#{id}({place}):{name} 又说:{text}',
    en: '🚨 Call #{id} ({place}): {name} says now: {text}',
  },
  'emergency.updatePassedOn': {
    'zh-CN': '已转告正在赶来的 {name} 和居委。情况变危急请马上拨打120。',
    en: 'Passed on to {name}, who is on the way, and to the committee. If it gets worse, call 120 at once.',
  },
  'emergency.noOwnCall': {
    'zh-CN': '您现在没有正在进行的紧急呼叫。有人需要急救,请直接说出情况和门牌,或发 /sos 门牌 情况。',
    en: 'You have no call for help open now. If someone needs help, say what is happening and the door, or send /sos door what.',
  },
  'emergency.stillCalling': {
    'zh-CN': '呼叫#{id}已经发出,正在找医护人员,新情况已转告他们和居委。情况危急请立即拨打120!',
    en: 'Call #{id} is out and medical volunteers are being found; the news is passed on to them and the committee. If it is life-threatening, call 120 now!',
  },
  'emergency.updatePassedOnNobodyYet': {
    'zh-CN': '已转告医护志愿者和居委。情况变危急请马上拨打120。',
    en: 'Passed on to the medical volunteers and the committee. If it gets worse, call 120 at once.',
  },
  'emergency.comingToYou': {
    'zh-CN': '✅ {name} 已响应,正在赶往{place}。请开着门、保持电话畅通;情况危急请同时拨打120。',
    en: '✅ {name} is on the way to {place}. Keep the door open and your phone on; if it is life-threatening, call 120 too.',
  },
  'emergency.responded': {
    'zh-CN': '✅ 紧急呼叫#{id}:{name} 已响应,正在赶往{place}。',
    en: '✅ Emergency call #{id}: {name} is responding and on the way to {place}.',
  },
  'emergency.button': { 'zh-CN': '🙋 我去', en: "🙋 I'm going" },
  'emergency.youAreGoing': { 'zh-CN': '谢谢您!已告诉大家您去{place}了。', en: 'Thank you! Everyone knows you are going to {place}.' },
  'emergency.alsoResponding': {
    'zh-CN': '谢谢!{name} 已先响应,您也可以前往{place}协助。',
    en: 'Thank you! {name} answered first; you can still go to {place} to help.',
  },
  'emergency.closedAlready': { 'zh-CN': '紧急呼叫#{id}已经结束了,谢谢!', en: 'Emergency call #{id} is already closed. Thank you!' },
  'emergency.closeHelp': { 'zh-CN': '/结束紧急 3 结束紧急呼叫(书记)', en: '/sosclose 3  close an emergency call (secretary)' },
  'emergency.closeUsage': { 'zh-CN': '请写呼叫编号,例如:/结束紧急 3', en: 'Please give the call number, e.g. /sosclose 3' },
  'emergency.onlySecretaryCloses': {
    'zh-CN': '只有书记可以结束紧急呼叫,这样不会有人误以为已经处理好了。如情况已解决,请告诉书记。',
    en: 'Only a secretary can close an emergency call, so nobody mistakes it for handled. If it is resolved, please tell the secretary.',
  },
  'emergency.closed': { 'zh-CN': '紧急呼叫#{id}已处理完毕,谢谢大家!', en: 'Emergency call #{id} is closed. Thank you all!' },
  'emergency.notFound': { 'zh-CN': '没有找到紧急呼叫#{id}。', en: 'There is no emergency call #{id}.' },
  'emergency.noneOpen': { 'zh-CN': '现在没有进行中的紧急呼叫。', en: 'There is no open emergency call.' },
  'emergency.whichOne': { 'zh-CN': '有多个进行中的呼叫({ids}),请写编号,例如:/结束紧急 {first}', en: 'Several calls are open ({ids}); give the number, e.g. /sosclose {first}' },
  'emergency.logHelp': { 'zh-CN': '/紧急记录 3 看紧急呼叫的经过(书记)', en: '/soslog 3  the timeline of an emergency call (secretary)' },
  'emergency.logUsage': { 'zh-CN': '请写呼叫编号,例如:/紧急记录 3', en: 'Please give the call number, e.g. /soslog 3' },
  'emergency.logTitle': { 'zh-CN': '紧急呼叫#{id}({place},{status})经过:', en: 'Emergency call #{id} ({place}, {status}):' },
  'emergency.logSent': { 'zh-CN': '经过已私信给您。', en: 'I sent you the timeline privately.' },
  'emergency.desk.title': { 'zh-CN': '紧急呼叫(未结束):{count}', en: 'Open emergency calls: {count}' },
  'emergency.desk.line': { 'zh-CN': '#{id} {time} {place},呼叫人 {name}:{detail}', en: '#{id} {time} {place}, called by {name}: {detail}' },
  'emergency.desk.responder': { 'zh-CN': '{name} 已响应', en: '{name} is responding' },
  'emergency.desk.nobody': { 'zh-CN': '还没有人响应', en: 'nobody has responded yet' },
  'emergency.desk.closeHint': {
    'zh-CN': '处理完后在群里回复「已处理」,或发 /结束紧急 #{id}。',
    en: 'When it is handled, reply "resolved" in the group, or send /sosclose #{id}.',
  },
  'emergency.status.open': { 'zh-CN': '进行中', en: 'open' },
  'emergency.status.closed': { 'zh-CN': '已结束', en: 'closed' },
  'emergency.event.raised': { 'zh-CN': '{time} {name} 发起呼叫', en: '{time} raised by {name}' },
  'emergency.event.notified': { 'zh-CN': '{time} 已通知{count}人', en: '{time} {count} people told' },
  'emergency.event.responded': { 'zh-CN': '{time} {name} 响应', en: '{time} {name} responded' },
  'emergency.event.escalated': { 'zh-CN': '{time} 无人响应,扩大呼叫到{count}人', en: '{time} no answer; re-sent to {count} people' },
  'emergency.event.closed': { 'zh-CN': '{time} {name} 结束呼叫', en: '{time} closed by {name}' },
  'emergency.detailUnknown': { 'zh-CN': '未说明', en: 'not given' },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof emergencyMessages> {}
}
