import { defineMessages, type KeysOf } from '../../../src/kernel/catalogue.js';

/** Elderly pairing (长者一对一). Names and doors of elderly residents go only to those who need them, privately. */
export const pairingMessages = defineMessages({
  'alone.ask': {
    'zh-CN': '别担心,有事随时跟我说;遇到危险直接说「救命」,我马上叫医护志愿者。要不要我请居委安排志愿者每天联系您?回复「是」。',
    en: 'Do not worry: tell me whenever you need something, and if you are in danger just say "help" and I call the medical volunteers at once. Shall I ask the committee to have a volunteer check on you every day? Reply "yes".',
  },
  'alone.told': {
    'zh-CN': '好的,已告诉居委,会安排志愿者联系您。有急事直接跟我说,或打120。',
    en: 'Done: the committee knows and will have a volunteer contact you. In an emergency tell me, or call 120.',
  },
  'alone.secretary': {
    'zh-CN': '🧓 {name}({door})私聊说一个人住、有点害怕,希望有志愿者每天联系。可用 /长者 登记后 /配对。',
    en: '🧓 {name} ({door}) wrote privately that they live alone and feel afraid, and would like a volunteer to check on them daily. Register them with /elderly, then /pair.',
  },
  'alone.noDoor': { 'zh-CN': '门牌未登记', en: 'door not given' },
  'alone.help': { 'zh-CN': '/独居登记 一个人住,想有志愿者每天联系', en: '/alone  you live alone and want a volunteer to check on you' },
  'alone.usage': { 'zh-CN': '发 /独居登记 即可。', en: 'Just send /alone.' },
  'pair.elderlyHelp': { 'zh-CN': '/长者 张阿姨 5-302 [电话] 登记独居长者(可多行)(书记、楼组长)', en: '/elderly <name> 5-302 [phone]  register elderly living alone (one per line) (secretary, lead)' },
  'pair.elderlyUsage': {
    'zh-CN': '每行一位:姓名 门牌号 [电话],例如:\n/长者 张阿姨 5-302 13812345678\n李伯伯 6-101',
    en: 'One per line: name, door number, optional phone, e.g.\n/elderly Mrs Zhang 5-302',
  },
  'pair.registered': { 'zh-CN': '已登记{added}位长者,现共{total}位。', en: 'Registered {added} elderly residents; {total} in all.' },
  'pair.duplicates': { 'zh-CN': '{count}位之前已登记。', en: '{count} were already registered.' },
  'pair.badLines': { 'zh-CN': '第{lines}行没看懂,请写:姓名 门牌号。', en: 'Could not read line(s) {lines}; write: name door-number.' },
  'pair.help': { 'zh-CN': '/配对 给每位长者配一位志愿者(书记、楼组长)', en: '/pair  pair each elderly resident with a volunteer (secretary, lead)' },
  'pair.usage': { 'zh-CN': '发 /配对 即可。', en: 'Just send /pair.' },
  'pair.noElderly': { 'zh-CN': '还没有登记长者。先发:/长者 张阿姨 5-302', en: 'No elderly residents registered yet. First: /elderly Mrs Zhang 5-302' },
  'pair.noVolunteers': { 'zh-CN': '还没有志愿者可以配对。', en: 'There are no volunteers to pair with yet.' },
  'pair.done': {
    'zh-CN': '已为{paired}位长者配对志愿者({sameBuilding}位同楼),共{total}位长者、{volunteers}位志愿者。',
    en: 'Paired {paired} elderly residents ({sameBuilding} in the same building); {total} elderly, {volunteers} volunteers.',
  },
  'pair.listSent': { 'zh-CN': '名单已私信给您。', en: 'The list is in your private chat.' },
  'pair.unpaired': { 'zh-CN': '还有{count}位没配上,志愿者不够。', en: '{count} could not be paired: not enough volunteers.' },
  'pair.listTitle': { 'zh-CN': '长者一对一名单({count}位):', en: 'Elderly pairs ({count}):' },
  'pair.line': { 'zh-CN': '{name}({door})— {volunteer}{confirmed}', en: '{name} ({door}) — {volunteer}{confirmed}' },
  'pair.lineNone': { 'zh-CN': '未配对', en: 'not paired' },
  'pair.confirmedMark': { 'zh-CN': ' ✓今日已联系', en: ' ✓ contacted today' },
  'pair.yours': {
    'zh-CN': '谢谢您!请您照看以下长者,每天联系一次,联系后回复“已联系”:\n{list}',
    en: 'Thank you! Please look after the following, contact them once a day, and reply "contacted" when you have:\n{list}',
  },
  'pair.yourLine': { 'zh-CN': '· {name},{door}{phone}', en: '· {name}, {door}{phone}' },
  'pair.checkin': {
    'zh-CN': '☀️ 今天请联系您照看的长者:\n{list}\n联系后回复“已联系”。',
    en: '☀️ Please contact the elderly residents you look after today:\n{list}\nReply "contacted" when done.',
  },
  'pair.report': {
    'zh-CN': '长者一对一:今天还有{count}位未确认联系:\n{list}',
    en: 'Elderly pairs: {count} not confirmed contacted today:\n{list}',
  },
  'pair.contactedHelp': { 'zh-CN': '已联系 报告今天已联系照看的长者(志愿者)', en: 'contacted  report you contacted your elderly residents today (volunteer)' },
  'pair.contactedUsage': { 'zh-CN': '回复“已联系”即可。', en: 'Just reply "contacted".' },
  'pair.contacted': { 'zh-CN': '好的,已记录今天联系了{count}位长者,谢谢!', en: 'Noted: you contacted {count} elderly resident(s) today. Thank you!' },
  'pair.nobodyYours': { 'zh-CN': '您还没有配对的长者。', en: 'You have no elderly resident paired with you.' },
  'pair.pairsHelp': { 'zh-CN': '/配对名单 看配对和今天未联系的(书记、楼组长)', en: '/pairs  the pairs, and who was not contacted today (secretary, lead)' },
  'pair.pairsUsage': { 'zh-CN': '发 /配对名单 即可。', en: 'Just send /pairs.' },
  'pair.unconfirmedTitle': { 'zh-CN': '今天未确认联系:{count}位', en: 'Not confirmed today: {count}' },
  'pair.sentPrivately': { 'zh-CN': '名单已私信给您。', en: 'I sent you the list privately.' },
});

declare module '../../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof pairingMessages> {}
}
