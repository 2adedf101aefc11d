import { defineMessages, type KeysOf } from '../../../src/kernel/catalogue.js';

/** Volunteer sign-up, roster and teams. */
export const volunteersMessages = defineMessages({
  'recruit.menu': { 'zh-CN': '招募志愿者', en: 'call for volunteers' },
  'roster.menu': { 'zh-CN': '志愿者名单', en: 'the volunteers' },
  'vol.skill.doctor': { 'zh-CN': '医生', en: 'doctor' },
  'vol.skill.nurse': { 'zh-CN': '护士', en: 'nurse' },
  'vol.skill.pharmacist': { 'zh-CN': '药剂师', en: 'pharmacist' },
  'vol.skill.driver': { 'zh-CN': '司机', en: 'driver' },
  'vol.skill.translator': { 'zh-CN': '翻译', en: 'translator' },
  'vol.skill.delivery': { 'zh-CN': '配送', en: 'delivery' },
  'vol.skill.patrol': { 'zh-CN': '巡逻', en: 'patrol' },
  'vol.skill.medicine': { 'zh-CN': '配药', en: 'medicine runs' },
  'vol.skill.testing': { 'zh-CN': '核酸抗原', en: 'testing' },
  'vol.skill.coordination': { 'zh-CN': '协调管理', en: 'coordination' },
  'vol.skill.counselling': { 'zh-CN': '心理疏导', en: 'counselling' },
  'vol.skill.general': { 'zh-CN': '不限', en: 'any task' },
  'vol.when.morning': { 'zh-CN': '上午', en: 'mornings' },
  'vol.when.afternoon': { 'zh-CN': '下午', en: 'afternoons' },
  'vol.when.evening': { 'zh-CN': '晚上', en: 'evenings' },
  'vol.when.weekdays': { 'zh-CN': '工作日', en: 'weekdays' },
  'vol.when.weekend': { 'zh-CN': '周末', en: 'weekends' },
  'vol.when.allday': { 'zh-CN': '全天', en: 'all day' },
  'vol.sep': { 'zh-CN': '、', en: ', ' },
  'vol.none': { 'zh-CN': '无', en: 'none' },

  'vol.recruitHelp': { 'zh-CN': '/招募 紧急招募志愿者 核酸引导10人 发布志愿者招募(书记、楼组长)', en: '/recruit <call> testing 10  post a call for volunteers (secretary, lead)' },
  'vol.recruitUsage': {
    'zh-CN': '请写招募内容,例如:/招募 紧急招募志愿者 核酸引导10人 物资分发20人',
    en: 'Please write the call, e.g. /recruit Volunteers needed testing 10 delivery 20',
  },
  'vol.recruitPost': {
    'zh-CN':
      '📢 {title}\n{needs}\n请直接回复本消息报名,写上门牌号、特长(医生/护士/司机/翻译/配送/巡逻/配药…)和有空的时间(上午/下午/晚上/全天)。\n例如:报名 5-302 司机 晚上',
    'zh-TW':
      '📢 {title}\n{needs}\n請直接回覆本消息報名,寫上門牌號、特長(醫生/護士/司機/翻譯/配送/巡邏/配藥…)和有空的時間(上午/下午/晚上/全天)。\n例如:報名 5-302 司機 晚上',
    en: '📢 {title}\n{needs}\nReply to this message to sign up, with your door number, skills (doctor, nurse, driver, translator, delivery, patrol, medicine …) and when you can help (mornings, afternoons, evenings, all day).\nE.g.: sign up 5-302 driver evenings',
  },
  'vol.recruitButton': { 'zh-CN': '🙋 我报名', en: '🙋 Sign me up' },
  'vol.recruitNeedButton': { 'zh-CN': '🙋 报名·{label}', en: '🙋 Join: {label}' },
  'vol.recruitNeeds': { 'zh-CN': '需要:{needs}(共{total}人)', en: 'Needed: {needs} ({total} people)' },
  'vol.recruitNeed': { 'zh-CN': '{label}{count}人', en: '{label} {count}' },
  'vol.recruitNoCount': { 'zh-CN': '人数不限', en: 'Any number of people welcome' },
  'vol.recruitProgress': { 'zh-CN': '报名进度:{count}/{total}', en: 'Signed up: {count}/{total}' },
  'vol.recruitStatus': { 'zh-CN': '「{title}」{progress}{needs}', en: '"{title}" {progress}{needs}' },
  'vol.recruitNeedProgress': { 'zh-CN': '{label}{count}/{need}', en: '{label} {count}/{need}' },
  'vol.recruitProgressOpen': { 'zh-CN': '已报名{count}人', en: '{count} signed up' },

  'vol.choice': { 'zh-CN': '报名当志愿者', en: 'sign up as a volunteer' },
  'vol.help': { 'zh-CN': '/志愿者报名 5-302 司机 晚上 报名或修改志愿者信息', en: '/volunteer 5-302 driver evenings  sign up or update your details' },
  'vol.usage': {
    'zh-CN': '报名请写门牌号、特长和有空的时间,例如:/志愿者报名 5-302 司机 晚上',
    en: 'To sign up, give your door number, skills and when you can help, e.g. /volunteer 5-302 driver evenings',
  },
  'vol.askHome': { 'zh-CN': '谢谢报名!请问您住几号楼几室?例如:5-302', en: 'Thank you for signing up! What is your door number? E.g. 5-302' },
  'vol.askHomeAgain': { 'zh-CN': '没看懂门牌号,请这样写:5-302 或 5号楼302', en: 'I could not read a door number. Please write it like 5-302' },
  'vol.askSkills': {
    'zh-CN': '请问您有什么特长?例如:医生、护士、司机/有车、翻译、配送、巡逻、配药。没有特长回复“都可以”。',
    en: 'What skills do you bring? E.g. doctor, nurse, driver, translator, delivery, patrol, medicine runs. If none, reply "anything".',
  },
  'vol.askWhen': {
    'zh-CN': '请问您什么时间有空?上午、下午、晚上、周末,还是全天?',
    en: 'When can you help: mornings, afternoons, evenings, weekends, or all day?',
  },
  'vol.letGo': {
    'zh-CN': '好的,报名先放一放。想报名时跟我说「我要当志愿者」就行。',
    en: 'OK, I will leave the sign-up for now. Just say "I want to volunteer" when you are ready.',
  },
  'vol.forPerson': { 'zh-CN': '{name}(替{person}报名)', en: '{name} (for {person})' },
  'vol.personHasOwn': {
    'zh-CN': '您已经登记为志愿者了,一个账号只能登记一位。{person}也想报名的话,请{person}用自己的账号跟我说「我想当志愿者」。',
    en: 'You are already registered as a volunteer, and one account registers one person. If your {person} would like to help too, they can tell me "I want to volunteer" from their own account.',
  },
  'vol.askWhenAgain': { 'zh-CN': '请回复:上午、下午、晚上、周末 或 全天', 'zh-TW': '請回覆:上午、下午、晚上、週末 或 全天', en: 'Please reply: mornings, afternoons, evenings, weekends or all day' },
  'vol.signedUp': {
    'zh-CN': '已登记志愿者 {name}:{building}号楼,特长:{skills},有空:{when}{phone}。{progress}',
    en: 'Volunteer {name} registered: building {building}, skills: {skills}, available: {when}{phone}. {progress}',
  },
  'vol.updated': {
    'zh-CN': '已更新志愿者 {name}:{building}号楼,特长:{skills},有空:{when}{phone}。',
    en: 'Updated volunteer {name}: building {building}, skills: {skills}, available: {when}{phone}.',
  },
  'vol.phoneShown': { 'zh-CN': ',电话{phone}', en: ', phone {phone}' },
  'vol.current': {
    'zh-CN': '您是志愿者:{building}号楼,特长:{skills},有空:{when},小队:{team}。要修改,发 /志愿者报名 加新的信息;不做了,发 /退出志愿者。',
    en: 'You are a volunteer: building {building}, skills: {skills}, available: {when}, team: {team}. To change, send /volunteer with the new details; to step down, send /stepdown.',
  },
  'vol.stepDownHelp': { 'zh-CN': '/退出志愿者 不再担任志愿者', en: '/stepdown  stop being a volunteer' },
  'vol.stepDownAsk': {
    'zh-CN': '您是要退出志愿者吗?您认领的任务和班次会退回给大家。回复「是」确认。',
    en: 'Do you want to step down as a volunteer? Tasks and shifts you took go back to everyone. Reply "yes" to confirm.',
  },
  'vol.stepDownUsage': { 'zh-CN': '发 /退出志愿者 即可。', en: 'Just send /stepdown.' },
  'vol.steppedDown': {
    'zh-CN': '已退出志愿者,谢谢您的付出!{released}',
    en: 'You have stepped down. Thank you for all you did!{released}',
  },
  'vol.releasedTasks': { 'zh-CN': '您认领的{count}个任务已退回群里。', en: ' Your {count} claimed task(s) went back to the group.' },
  'vol.notVolunteer': {
    'zh-CN': '您还不是志愿者。报名请发:/志愿者报名 5-302 司机 晚上',
    en: 'You are not a volunteer. To sign up, send: /volunteer 5-302 driver evenings',
  },

  'vol.rosterHelp': { 'zh-CN': '/花名册 [医生|小队|5号楼|晚上|导出] 志愿者名单和人数(书记、楼组长)', en: '/roster [doctor|team|building|evenings|export]  the volunteers, with counts (secretary, lead)' },
  'vol.rosterUsage': {
    'zh-CN': '例如:/花名册、/花名册 医生、/花名册 5号楼、/花名册 晚上、/花名册 物资分发、/花名册 导出',
    en: 'E.g. /roster, /roster doctor, /roster 5, /roster evenings, /roster export',
  },
  'vol.rosterTitle': { 'zh-CN': '志愿者共{count}人{filter}', en: '{count} volunteers{filter}' },
  'vol.rosterFilter': { 'zh-CN': '({filter})', en: ' ({filter})' },
  'vol.rosterBySkill': { 'zh-CN': '按特长:{counts}', en: 'By skill: {counts}' },
  'vol.rosterByTeam': { 'zh-CN': '按小队:{counts}', en: 'By team: {counts}' },
  'vol.rosterByBuilding': { 'zh-CN': '按楼栋:{counts}', en: 'By building: {counts}' },
  'vol.rosterCount': { 'zh-CN': '{label}{count}', en: '{label} {count}' },
  'vol.rosterBuilding': { 'zh-CN': '{building}号楼', en: 'bldg {building}' },
  'vol.rosterLine': { 'zh-CN': '{n}. {name} {building}号楼 {skills} {when}{team}{phone}', en: '{n}. {name}, bldg {building}, {skills}, {when}{team}{phone}' },
  'vol.rosterTeam': { 'zh-CN': ' [{team}]', en: ' [{team}]' },
  'vol.rosterEmpty': { 'zh-CN': '还没有志愿者{filter}。', en: 'No volunteers yet{filter}.' },
  'vol.rosterExported': { 'zh-CN': '志愿者花名册({count}人)见附件。', en: 'The volunteer roster ({count} people) is attached.' },
  'vol.sheetHeader': {
    'zh-CN': '序号|姓名|楼栋|门牌|特长|有空时间|小队|电话|报名时间',
    en: 'No.|Name|Building|Door|Skills|Available|Team|Phone|Joined',
  },
  'vol.sheetTitle': { 'zh-CN': '{community} · 志愿者花名册({count}人){filter}', en: '{community} · volunteer roster ({count}){filter}' },
  'vol.sheetMade': { 'zh-CN': '{at} 制表 · 电话已隐去中间四位', en: 'made {at} · phone numbers partly hidden' },
  'vol.sheetName': { 'zh-CN': '志愿者花名册', en: 'Volunteer roster' },
  'vol.noTeam': { 'zh-CN': '未分组', en: 'none' },
  'vol.unknownBuilding': { 'zh-CN': '?', en: '?' },

  'vol.teamHelp': { 'zh-CN': '/分组 物资分发 @某人 把志愿者编入小队(书记)', en: '/team <name> @someone  put volunteers in a team (secretary)' },
  'vol.teamUsage': {
    'zh-CN': '请写小队名并@志愿者,例如:/分组 物资分发 @小李 @老王(或回复某人的消息发 /分组 物资分发)',
    en: 'Name the team and @mention the volunteers, e.g. /team delivery @li @wang',
  },
  'vol.teamSet': { 'zh-CN': '已编入「{team}」:{names}', en: 'Added to "{team}": {names}' },
  'vol.teamNotVolunteers': { 'zh-CN': '这些人还不是志愿者,未编入:{names}', en: 'Not volunteers yet, not added: {names}' },

  'vol.cardTitle': { 'zh-CN': '志愿者', en: 'Volunteers' },
  'vol.cardVolunteers': { 'zh-CN': '志愿者共 {total} 人,今日新加入 {joined} 人', en: 'Volunteers: {total}; joined today: {joined}' },
  'vol.cardTasks': { 'zh-CN': '任务:未完成 {open} 个,今日完成 {done} 个', en: 'Tasks unfinished: {open}; done today: {done}' },
  'vol.cardEmergencyTitle': { 'zh-CN': '紧急求助', en: 'Emergencies' },
  'vol.cardEmergencies': { 'zh-CN': '今日紧急呼叫 {raised} 次,已处理 {handled} 次', en: 'Emergency calls today: {raised}; handled: {handled}' },
  'vol.cardCall120': { 'zh-CN': '紧急情况请立即拨打 120', en: 'In an emergency call 120 at once' },
  'vol.cardSos': { 'zh-CN': '/sos 门牌 情况 发到群里,医护志愿者马上知道', en: '/sos with your door and what happened, in the group: medical volunteers hear at once' },
  'vol.bulletin': {
    'zh-CN': '志愿者:今日新增{joined}人,共{total}人;任务:未完成{open}个,今日完成{done}个;紧急呼叫:今日{raised}起,已处理{handled}起。',
    en: 'Volunteers: {joined} new today, {total} in all; tasks: {open} unfinished, {done} done today; emergency calls: {raised} today, {handled} handled.',
  },
  'vol.data.volunteer': {
    'zh-CN': '志愿者登记:{building}号楼,特长:{skills},有空:{when},小队:{team},状态:{status}',
    en: 'Volunteer record: building {building}, skills: {skills}, available: {when}, team: {team}, status: {status}',
  },
  'vol.data.active': { 'zh-CN': '在岗', en: 'active' },
  'vol.data.left': { 'zh-CN': '已退出', en: 'stepped down' },
  'vol.data.tasks': { 'zh-CN': '任务:认领{claimed}个,发布{posted}个', en: 'Tasks: {claimed} claimed, {posted} posted' },
  'vol.data.shifts': { 'zh-CN': '巡逻班次:{count}个', en: 'Patrol shifts: {count}' },
  'vol.data.emergencies': { 'zh-CN': '发起的紧急呼叫:{count}起', en: 'Emergency calls raised: {count}' },
  'vol.data.elderly': { 'zh-CN': '照看的长者:{count}位', en: 'Elderly residents you look after: {count}' },
});

declare module '../../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof volunteersMessages> {}
}
