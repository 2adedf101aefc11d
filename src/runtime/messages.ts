import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** Messages of the foundation: help, home, roles, binding, errors. */
export const coreMessages = defineMessages({
  'core.error': { 'zh-CN': '出错了,已记录。请稍后再试。', en: 'Something went wrong; it has been logged. Please try again later.' },
  'core.tooLong': {
    'zh-CN': '消息太长了(超过{limit}字),请分几条发。',
    en: 'That message is too long (over {limit} characters). Please send it in parts.',
  },
  'core.needsCommunity': {
    'zh-CN': '这个群还没有绑定小区。请书记在群里发:/bind 小区名',
    en: 'This group is not bound to a community yet. A secretary can send: /bind <community name>',
  },
  'core.notAllowed': {
    'zh-CN': '这个操作需要{roles}身份。如需开通,请联系书记。',
    en: 'This needs the role: {roles}. Please ask the secretary.',
  },
  'core.unknownCommand': {
    'zh-CN': '没有这个命令。发 /帮助 看看我能做什么。',
    en: 'There is no such command. Send /help to see what I can do.',
  },
  'core.shortHelp': {
    'zh-CN': '您好,我是邻里助手。发 /帮助 看看我能做什么。',
    en: 'Hello, I am linli, the neighbourhood helper. Send /help to see what I can do.',
  },
  'core.cancelled': { 'zh-CN': '好的,已取消。', en: 'OK, cancelled.' },
  'core.listMore': {
    'zh-CN': '……还有 {count} 条,完整的在附件「{file}」里。',
    en: '… and {count} more: the whole list is in the attached file "{file}".',
  },
  'core.listColumn': { 'zh-CN': '内容', en: 'Entry' },
  'core.startPrivate': {
    'zh-CN': '请先私聊我一次(点我的头像,发任意一句话),我才能私下回复您。{startLink}',
    'zh-TW': '請先私聊我一次(點我的頭像,發任意一句話),我才能私下回覆您。{startLink}',
    en: 'Please open a private chat with me first (tap my name and say hello) so I can answer you privately.{startLink}',
  },
  'core.startLink': { 'zh-CN': '打开 {link} 点「开始」即可。', en: ' Open {link} and press Start.' },
  // Where the platform has no link to a private chat (WeChat): how to get there by hand.
  'core.startLinkNone': { 'zh-CN': '请点我的头像私聊我。', en: ' Please tap my name and write to me privately.' },

  'core.notOwner': {
    'zh-CN': '这条记录由别人负责,只有它的负责人或书记可以操作。',
    en: 'This record belongs to someone else: only the person responsible for it or a secretary may do this.',
  },
  'core.otherBuilding': {
    'zh-CN': '这是{building}号楼的事,需要{building}号楼楼组长或书记身份。',
    en: 'This concerns building {building}: it needs the lead of building {building} or a secretary.',
  },
  'core.deskAll': { 'zh-CN': '全部', en: 'All' },
  'core.deskFilter': { 'zh-CN': '筛选', en: 'Filter' },
  'core.deskPrev': { 'zh-CN': '上一页', en: 'Previous' },
  'core.deskNext': { 'zh-CN': '下一页', en: 'Next' },
  'core.deskMore': { 'zh-CN': '……还有 {count} 条', en: '... and {count} more' },
  // The understanding layer's own questions (src/runtime/pending.ts).
  'core.askedPrivately': { 'zh-CN': '我私聊问您一句。', en: 'I have sent you a short question privately.' },
  'core.yesButton': { 'zh-CN': '是', en: 'Yes' },
  'core.noButton': { 'zh-CN': '不是', en: 'No' },
  'core.notThatThen': { 'zh-CN': '好的,不呼叫。您说的事我接着办:', en: 'OK, no call. Going on with what you asked:' },
  'core.notThen': { 'zh-CN': '好的,那就不办了。有需要随时说。', en: 'OK, I will leave it. Just say when you need something.' },
  'core.welcomeQuestionWaits': {
    'zh-CN': '不客气!上面还有一个问题等您回答,回答了我就接着办。',
    en: 'You are welcome! One question above still waits for your answer; I will carry on once you answer it.',
  },
  'core.youreWelcome': { 'zh-CN': '不客气!有需要随时跟我说。', en: 'You are welcome! Tell me whenever you need something.' },
  'core.hello': {
    'zh-CN': '您好!有事直接跟我说就行,例如「我的降压药快吃完了」;发 /帮助 看我能做的事。',
    en: 'Hello! Just tell me what you need, e.g. "my blood pressure pills are running out"; send /help for more.',
  },
  'core.guessQuestion': {
    'zh-CN': '这个我答不上来,居委的通知会发在群里。我能帮您:',
    en: 'I cannot answer that one; the committee posts its notices in the group. I can help you:',
  },
  'core.guess': { 'zh-CN': '我没太明白您的意思。您是想:', en: 'I am not sure what you mean. Would you like to:' },
  'core.choiceLine': { 'zh-CN': '{n}. {what}', en: '{n}. {what}' },
  'core.guessFooter': {
    'zh-CN': '回复数字就好。也可以直接说,例如「我的降压药快吃完了」。发 /帮助 看我能做的所有事。',
    en: 'Just reply with the number. Or say it in your own words, e.g. "my blood pressure pills are running out". Send /help for everything I can do.',
  },
  'core.noCommunities': {
    'zh-CN': '我还没有在任何小区服务。请联系居委或书记,把小区的微信群/电报群和我绑定(书记发 /bind 小区名)。',
    en: 'I do not serve any community yet. Please ask your committee or secretary to bind your community group to me (/bind <name>).',
  },
  'core.askDoorOf': {
    'zh-CN': '我先记一下您的住址:您是{name}的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。',
    en: 'First, where do you live: are you a resident of {name}? Reply with your door number, e.g. "5-302". I am keeping your request and will go on as soon as you answer.',
    'zh-TW': '我先記一下您的住址:您是{name}的居民嗎?請回覆門牌號,例如「5號樓302」。您的請求我記著,回覆後馬上辦。',
  },
  'core.askCommunity': {
    'zh-CN': '我先记一下您的住址:您住哪个小区?我现在服务这些小区:\n{list}\n请回复数字或小区名,再加门牌号,例如「1 5号楼302」。您的请求我记着,回复后马上办。',
    en: 'First, where do you live? I serve these communities:\n{list}\nReply with the number or the name and your door, e.g. "1 5-302". I am keeping your request and will go on as soon as you answer.',
    'zh-TW': '我先記一下您的住址:您住哪個小區?我現在服務這些小區:\n{list}\n請回覆數字或小區名,再加門牌號,例如「1 5號樓302」。您的請求我記著,回覆後馬上辦。',
  },
  'core.notUnderstoodWhere': { 'zh-CN': '没看懂是哪个小区。', en: 'I could not tell which community.' },
  'core.keptBoth': {
    'zh-CN': '好的,这个也记下了,和前面说的一起办。',
    en: 'Noted: I am keeping this together with what you asked for before.',
    'zh-TW': '好的,這個也記下了,和前面說的一起辦。',
  },
  'core.whoAmI': {
    'zh-CN': '我是邻里,小区群里的自动助手,不是真人,也不是居委。我帮大家登记配药、团购下单、志愿者报名和任务,有人遇险时马上呼叫医护志愿者;居委的通知会发在群里。有事直接跟我说就行,急事请同时打120。',
    en: 'I am linli, an automatic helper in the residents\' group: not a person, and not the committee. I take medicine requests, group-buy orders, volunteer sign-ups and tasks, and call the medical volunteers at once when someone is in danger; the committee posts its notices in the group. Just tell me what you need; in an emergency call 120 too.',
  },
  'core.noted': { 'zh-CN': '好的,记下了。', en: 'OK, noted.', 'zh-TW': '好的,記下了。' },
  'core.stillWaiting': {
    'zh-CN': '您刚才的请求我还记着,只差您住哪里:请回复小区和门牌号,例如「5号楼302」,我马上接着办。',
    en: 'I am still keeping your request; I only need where you live: reply with your community and door, e.g. "5-302", and I will go on at once.',
    'zh-TW': '您剛才的請求我還記著,只差您住哪裡:請回覆小區和門牌號,例如「5號樓302」,我馬上接著辦。',
  },
  'core.newcomerWaiting': {
    'zh-CN': '一位还没登记住址的居民「{name}」两小时前私聊我请求「{what}」,一直没说住哪个小区、几号楼几室。我还记着这个请求;方便的话请私聊联系TA。',
    en: 'Someone not yet registered, "{name}", asked me privately two hours ago for "{what}" and has not said which community and door they live at. I am keeping the request; please reach them privately if you can.',
    'zh-TW': '一位還沒登記住址的居民「{name}」兩小時前私聊我請求「{what}」,一直沒說住哪個小區、幾號樓幾室。我還記著這個請求;方便的話請私聊聯繫TA。',
  },
  'core.keptLater': {
    'zh-CN': '好的,这件也记下了:住址确认后,先办前面那件,再接着办这件。',
    en: 'Noted, I am keeping this too: once I have your address I will do what you asked first, then this.',
    'zh-TW': '好的,這件也記下了:住址確認後,先辦前面那件,再接著辦這件。',
  },
  'core.nextRequest': {
    'zh-CN': '接着办您说的另一件事:',
    en: 'And now the other thing you asked for:',
    'zh-TW': '接著辦您說的另一件事:',
  },
  'core.notUnderstoodDoor': { 'zh-CN': '没看懂门牌号。', en: 'I could not read a door number in that.' },
  'core.welcome': { 'zh-CN': '好的,已记下您是{name}的居民。', en: 'Thank you: you are now registered as a resident of {name}.' },
  'core.voice': {
    'zh-CN': '抱歉,我听不了语音。请打字告诉我,或者请家人邻居帮忙。',
    en: 'Sorry, I cannot listen to voice messages. Please type it, or ask family or a neighbour to help.',
  },
  'core.slowDown': {
    'zh-CN': '您发得太快了,请歇一会儿,一分钟后再发。这期间的消息我先不回复。',
    en: 'You are sending messages very fast. Please wait a minute; I will not answer until then.',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof coreMessages> {}
}
