import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/**
 * Messages of the medicine service (代配药). Keys marked "group" go to group chats and must never
 * hold a medicine, a strength, a patient or days left: numbers and buildings only.
 */
export const medicineMessages = defineMessages({
  'medicine.menu': { 'zh-CN': '代配药登记(详情只私聊)', en: 'ask for medicine (details stay private)' },
  'medicine.help': { 'zh-CN': '/配药 登记代配药(药名 规格 数量,详情只私聊)', en: '/med  ask for medicine (details stay private)' },
  'medicine.usage': {
    'zh-CN': '请这样写:配药 氨氯地平 5mg 两盒 可以替换 还剩2天。门牌号不写就用您登记的住址。',
    en: 'Write e.g.: /med amlodipine 5mg x2, substitute ok, 2 days left. Without a door number I use your saved home.',
  },
  'medicine.noCommunity': {
    'zh-CN': '我还不知道您是哪个小区的:请先在小区群里发一次「配药」,或请书记把群绑定到小区。',
    en: 'I do not know your community yet: send "/med" once in your community group, or ask the secretary to bind the group.',
  },
  'medicine.confirmAsk': { 'zh-CN': '您是要登记配药吗?回复「是」就好。', en: 'Would you like to register a medicine request? Just reply "yes".' },
  'medicine.choice': { 'zh-CN': '登记配药(代配药)', en: 'ask for medicine (we fetch it for you)' },
  'medicine.detailPhone': { 'zh-CN': '电话:{phone}', en: 'Phone: {phone}' },
  'medicine.askItems': {
    'zh-CN': '请告诉我要配的药:药名、规格、数量,例如「氨氯地平 5mg 两盒」。几种药可以分行写。(回复「取消」可放弃)',
    en: 'Which medicine? Name, strength and quantity, e.g. "amlodipine 5mg x2". One per line for several. (Reply "cancel" to stop.)',
  },
  'medicine.askQuantity': { 'zh-CN': '「{name}」要几盒(几瓶、几支)?', en: 'How many of "{name}" (boxes, bottles)?' },
  'medicine.askDoor': { 'zh-CN': '请告诉我{whose}门牌号,例如「5号楼302」。', en: 'What is {whose}door number? e.g. "5-302".' },
  'medicine.askDoorWhose': { 'zh-CN': '{patient}家的', en: "{patient}'s " },
  'medicine.askSubstitute': {
    'zh-CN': '如果配不到原来的药,可以用同成分的其他牌子替换吗?请回复「可以」或「不可以」。',
    'zh-TW': '如果配不到原來的藥,可以用同成分的其他牌子替換嗎?請回覆「可以」或「不可以」。',
    en: 'If the exact brand is not there, may we buy the same medicine from another maker? Reply "yes" or "no".',
  },
  'medicine.letGo': {
    'zh-CN': '好的,配药登记先放一放,刚才说的我都记着。想接着登记时发「配药」就行。',
    en: 'OK, I will leave the medicine request for now; what you told me is kept. Send "配药" (or /med) when you want to go on.',
  },
  'medicine.noted': { 'zh-CN': '好的,记下了。', en: 'OK, noted.' },
  'medicine.notUnderstood': { 'zh-CN': '没看懂这一句。', en: 'I did not understand that.' },
  // group
  'medicine.continuePrivately': {
    'zh-CN': '配药登记还缺几项,我私聊问您(药品信息不在群里说)。',
    en: 'Your medicine request needs a few more details; I will ask you privately (medicines are never discussed in the group).',
  },
  // group
  'medicine.needPrivate': {
    'zh-CN': '配药信息只能私聊登记:请先点我的头像私聊我一次(发任意一句话),再发「配药」,刚才说的我都记着。{startLink}',
    en: 'Medicine requests are taken privately: please open a private chat with me first (tap my name, say hello), then send /med; what you said is kept.{startLink}',
  },
  // group
  'medicine.groupReceived': {
    'zh-CN': '已收到配药登记 #{id}({building}号楼),详情已私聊确认。',
    en: 'Medicine request #{id} received (building {building}); details confirmed privately.',
  },
  // group
  'medicine.groupReceivedNoPrivate': {
    'zh-CN': '已收到配药登记 #{id}({building}号楼)。请先私聊我一次(点我的头像,发任意一句话),我再私下把登记内容发给您核对。{startLink}',
    en: 'Medicine request #{id} received (building {building}). Please open a private chat with me (tap my name, say hello) so I can send you the details to check.{startLink}',
  },
  'medicine.confirm': {
    'zh-CN': '配药登记 #{id} 已收到:\n{details}\n配药小分队会来取医保卡和现金。不需要了请发 /取消配药 #{id}',
    en: 'Medicine request #{id} received:\n{details}\nThe medicine team will come for the insurance card and cash. To cancel: /cancelmed #{id}',
  },
  'medicine.askQuantityAt': { 'zh-CN': '{door}:「{name}」要几盒(几瓶、几支)?', en: '{door}: how many of "{name}" (boxes, bottles)?' },
  'medicine.askBuilding': { 'zh-CN': '这几户是几号楼的?请回复楼号,例如「5号楼」。', 'zh-TW': '這幾戶是幾號樓的?請回覆樓號,例如「5號樓」。', en: 'Which building are these households in? Reply with its number, e.g. "building 5".' },
  'medicine.askSubstituteAll': {
    'zh-CN': '这几户的药如果配不到原来的,可以用同成分的其他牌子替换吗?请回复「可以」或「不可以」(每户都按这个回答)。',
    'zh-TW': '這幾戶的藥如果配不到原來的,可以用同成分的其他牌子替換嗎?請回覆「可以」或「不可以」(每戶都按這個回答)。',
    en: 'If the exact brand is not there, may we buy the same medicine from another maker, for each of these households? Reply "yes" or "no".',
  },
  // A message relaying several households: one request each, listed to the writer privately.
  'medicine.relayConfirm': {
    'zh-CN': '已为 {n} 户分别登记配药,每户一个编号:\n\n{lines}\n\n配药小分队会来取医保卡和现金。哪户不需要了请发 /取消配药 加编号',
    en: 'One request per household, {n} {n|household|households}:\n\n{lines}\n\nThe medicine team will come for the insurance cards and cash. To cancel one: /cancelmed and its number',
  },
  'medicine.relayLine': { 'zh-CN': '#{id}\n{details}', en: '#{id}\n{details}' },
  'medicine.relayNoItems': {
    'zh-CN': '{door}这户没看懂要配什么药,没有登记:「{part}」。请把这户单独再发一次,例如「{door} 氨氯地平 两盒」。',
    en: 'I could not read the medicine for {door}, so nothing was recorded for it: "{part}". Please send that household again on its own, e.g. "{door} amlodipine x2".',
  },
  'medicine.relayNoDoor': {
    'zh-CN': '这一段没有门牌,没有登记:「{part}」。请加上门牌号单独再发一次。',
    en: 'This part has no door number, so nothing was recorded for it: "{part}". Please send it again with the door number.',
  },
  // group
  'medicine.relayGroupItem': { 'zh-CN': '#{id}({building}号楼)', en: '#{id} (building {building})' },
  // group
  'medicine.relayGroupUnread': { 'zh-CN': '另有 {n} 户没看懂,已私聊告诉您。', en: ' {n} {n|part was|parts were} not understood: I told you privately.' },
  // group
  'medicine.relayGroupReceived': {
    'zh-CN': '已收到 {n} 户的配药登记:{list},详情已私聊确认。{unread}',
    en: 'Medicine requests received for {n} {n|household|households}: {list}; details confirmed privately.{unread}',
  },
  // group
  'medicine.relayGroupReceivedNoPrivate': {
    'zh-CN': '已收到 {n} 户的配药登记:{list}。请先私聊我一次(点我的头像,发任意一句话),我再私下把登记内容发给您核对。{unread}{startLink}',
    en: 'Medicine requests received for {n} {n|household|households}: {list}. Please open a private chat with me (tap my name, say hello) so I can send you the details to check.{unread}{startLink}',
  },
  'medicine.behalfNotice': {
    'zh-CN': '{requester} 为您家登记了配药 #{id}:\n{details}',
    en: '{requester} asked for medicine for your household, request #{id}:\n{details}',
  },
  'medicine.detailDoor': { 'zh-CN': '门牌:{door}{patient}', en: 'Door: {door}{patient}' },
  'medicine.detailItem': { 'zh-CN': '{n}. {name}{strength} ×{quantity}{unit}({substitute})', en: '{n}. {name}{strength} x{quantity}{unit} ({substitute})' },
  'medicine.detailDays': { 'zh-CN': '还剩{days}天的药', en: '{days} {days|day|days} of medicine left' },
  'medicine.detailOut': { 'zh-CN': '药已吃完(或快吃完)', en: 'out of medicine (or nearly)' },
  'medicine.detailUrgent': { 'zh-CN': '急', en: 'urgent' },
  'medicine.detailHospital': { 'zh-CN': '想去:{hospital}', en: 'Preferred hospital: {hospital}' },
  'medicine.detailStatus': { 'zh-CN': '状态:{status}', en: 'Status: {status}' },
  'medicine.detailNote': { 'zh-CN': '替换为:{note}', en: 'Substituted with: {note}' },
  'medicine.detailCard': { 'zh-CN': '医保卡:{who}于{when}取走{back}', en: 'Insurance card: taken by {who} on {when}{back}' },
  'medicine.detailCardBack': { 'zh-CN': ',{when}已归还{to}', en: ', returned on {when} {to}' },
  'medicine.detailCash': { 'zh-CN': '现金(元):收{received},花{spent},找零{change}', en: 'Cash (yuan): received {received}, spent {spent}, change {change}' },
  'medicine.subYes': { 'zh-CN': '可替换', en: 'substitute ok' },
  'medicine.subNo': { 'zh-CN': '不可替换', en: 'no substitute' },
  'medicine.subUnknown': { 'zh-CN': '未说明能否替换', en: 'substitute not said' },

  'medicine.status.submitted': { 'zh-CN': '已登记', en: 'submitted' },
  'medicine.status.collected': { 'zh-CN': '已收卡和现金', en: 'card and cash collected' },
  'medicine.status.buying': { 'zh-CN': '正在配药', en: 'being bought' },
  'medicine.status.bought': { 'zh-CN': '已配到', en: 'bought' },
  'medicine.status.substituted': { 'zh-CN': '已替换配到', en: 'substituted' },
  'medicine.status.unavailable': { 'zh-CN': '暂时没配到', en: 'not available' },
  'medicine.status.delivered': { 'zh-CN': '已送达', en: 'delivered' },
  'medicine.status.cancelled': { 'zh-CN': '已取消', en: 'cancelled' },

  'medicine.mineHelp': { 'zh-CN': '/我的配药 查看自家的配药登记', en: '/mymed  your household\'s medicine requests' },
  'medicine.mineUsage': { 'zh-CN': '发 /我的配药 即可。', en: 'Just send /mymed.' },
  'medicine.mineNone': {
    'zh-CN': '您家还没有配药登记。要登记的话,直接说要配什么药、几盒就行。',
    en: 'Your household has no medicine requests. To ask for one, just say which medicine and how many.',
  },
  'medicine.mineAsking': {
    'zh-CN': '正在登记的配药({items})还差上面的问题没回答,回答后才会交给配药队。',
    en: 'The medicine request being filled in ({items}) still waits for your answer to the question above; it goes to the team once you answer.',
  },
  'medicine.mineParked': {
    'zh-CN': '还有一份配药登记没填完({items}),还没交给配药队。发「配药」接着填。',
    en: 'A medicine request is not finished yet ({items}) and has not gone to the team. Send "配药" (or /med) to go on.',
  },
  'medicine.parkedDropped': {
    'zh-CN': '好的,没填完的配药登记({items})不办了。',
    en: 'OK, the unfinished medicine request ({items}) is dropped.',
  },
  'medicine.mineTitle': { 'zh-CN': '您家的配药登记:', en: "Your household's medicine requests:" },
  'medicine.mineLine': { 'zh-CN': '#{id} {status}:{items}', en: '#{id} {status}: {items}' },
  'medicine.mineRun': { 'zh-CN': '(配药车{date}去{hospital})', en: ' (the team goes to {hospital} on {date})' },
  'medicine.mineSteps': { 'zh-CN': '配药队每办一步(取卡、配到、送达)都会私聊告诉您。', en: 'The team tells you privately at every step (card taken, medicine bought, delivered).' },
  // group
  'medicine.sentPrivately': { 'zh-CN': '已私聊发给您。', en: 'Sent to you privately.' },

  'medicine.viewHelp': { 'zh-CN': '/配药详情 #23 查看一份配药登记', en: '/medinfo #23  see one medicine request' },
  'medicine.viewUsage': { 'zh-CN': '格式:/配药详情 #23', en: 'Form: /medinfo #23' },
  'medicine.notFound': { 'zh-CN': '没有 #{id} 这个配药登记,请核对单号。', en: 'There is no medicine request #{id}; please check the number.' },
  'medicine.notYours': {
    'zh-CN': '#{id} 不是您家的配药登记:配药信息只有登记人、本户和配药小分队能看。',
    en: '#{id} is not your household\'s request: only the person who wrote it, the household and the medicine team may see it.',
  },

  'medicine.cancelHelp': { 'zh-CN': '/取消配药 #23 取消自家的配药登记', en: '/cancelmed #23  cancel your request' },
  'medicine.cancelUsage': { 'zh-CN': '格式:/取消配药 #23', en: 'Form: /cancelmed #23' },
  'medicine.cancelAsk': { 'zh-CN': '要取消配药登记 #{id}({items})吗?回复「是」就取消。', en: 'Cancel medicine request #{id} ({items})? Reply "yes" to cancel it.' },
  'medicine.cancelNone': { 'zh-CN': '您家现在没有可以取消的配药登记。', en: 'Your household has no medicine request that can be cancelled now.' },
  'medicine.cancelWhich': {
    'zh-CN': '您家有几份配药登记,要取消哪一份?\n{list}\n回复编号或药名就好,例如「{id}」。',
    en: 'Your household has several medicine requests; which one should be cancelled?\n{list}\nReply with its number or the medicine, e.g. "{id}".',
  },
  'medicine.cancelNotPicked': {
    'zh-CN': '没有取消任何配药登记。要取消哪一份,请发 /取消配药 编号,例如 /取消配药 {id}。',
    en: 'Nothing was cancelled. To cancel one, send /cancelmed and its number, e.g. /cancelmed {id}.',
  },
  'medicine.cancelDone': { 'zh-CN': '配药登记 #{id} 已取消。', en: 'Medicine request #{id} is cancelled.' },
  'medicine.cannotCancel': {
    'zh-CN': '#{id} 现在是「{status}」,不能取消了;请联系配药小分队。',
    en: '#{id} is now "{status}" and can no longer be cancelled; please contact the medicine team.',
  },

  'medicine.queueHelp': { 'zh-CN': '/配药单 [5号楼|医院] 待配药清单,按紧急程度(配药小分队)', en: '/medqueue [building|hospital]  open requests by urgency (medicine team)' },
  'medicine.queueUsage': { 'zh-CN': '格式:/配药单,或 /配药单 5号楼,或 /配药单 仁济医院', en: 'Form: /medqueue, /medqueue 5, or /medqueue <hospital>' },
  'medicine.queueTitle': { 'zh-CN': '待配药 {count} 份(最急的在前):', en: '{count} open requests, most urgent first:' },
  'medicine.queueEmpty': { 'zh-CN': '没有待配的药。', en: 'No open medicine requests.' },
  'medicine.queueLine': { 'zh-CN': '#{id} {door}{patient} {status}:{items}{urgency}{run}', en: '#{id} {door}{patient} {status}: {items}{urgency}{run}' },
  'medicine.queueDays': { 'zh-CN': ' 〔剩{days}天〕', en: ' [{days} {days|day|days} left]' },
  'medicine.queueUrgent': { 'zh-CN': ' 〔急〕', en: ' [urgent]' },
  'medicine.queueRun': { 'zh-CN': ' [出车#{run}]', en: ' [run #{run}]' },
  'medicine.queueMore': { 'zh-CN': '……还有 {count} 份,可按楼号或医院筛选。', en: '... and {count} more; filter by building or hospital.' },

  'medicine.statusHelp': { 'zh-CN': '/配药状态 #23 #24 已买到 更新状态(配药小分队)', en: '/medstatus #23 #24 bought  update requests (medicine team)' },
  'medicine.statusUsage': {
    'zh-CN': '格式:#23 #24 已买到。可以说:收卡(收现金200元)、在买、已买到、换成某药、没货(下次/换医院/互联网医院)、已送达、卡已还、花费85元、找零15元、取消。',
    en: 'Form: #23 #24 bought. Words: collected (cash 200 yuan), buying, bought, substituted with X, not available (next run / other hospital / internet hospital), delivered, card returned, spent 85 yuan, change 15 yuan, cancel.',
  },
  // group (status words and numbers only)
  'medicine.statusDone': { 'zh-CN': '已更新 {ids}:{status}。', en: 'Updated {ids}: {status}.' },
  'medicine.statusRefused': { 'zh-CN': '没有更新任何一份:{problems}', en: 'Nothing was updated: {problems}' },
  'medicine.problemNotFound': { 'zh-CN': '#{id} 不存在', en: '#{id} does not exist' },
  'medicine.problemMove': { 'zh-CN': '#{id} 现在是「{from}」,不能改成「{to}」', en: '#{id} is "{from}" and cannot become "{to}"' },
  'medicine.problemNoCard': { 'zh-CN': '#{id} 的医保卡没有被取走', en: 'the card of #{id} was never taken' },
  'medicine.cardDone': { 'zh-CN': '已记下 {ids} 的医保卡已归还。', en: 'Recorded: the insurance card of {ids} is back.' },
  'medicine.cashDone': { 'zh-CN': '已记下 {ids} 的现金。', en: 'Recorded the cash of {ids}.' },

  'medicine.tell.collected': { 'zh-CN': '配药登记 #{id}:{volunteer} 已收取您的医保卡{cash}。', en: 'Request #{id}: {volunteer} has taken your insurance card{cash}.' },
  'medicine.tell.cash': { 'zh-CN': '和现金{yuan}元', en: ' and {yuan} yuan' },
  'medicine.tell.inGroup': { 'zh-CN': '配药登记 #{id} 有新进展,请私聊我查看。{startLink}', en: 'There is news about medicine request #{id}; I can tell you privately.{startLink}' },
  'medicine.tell.bought': { 'zh-CN': '好消息:配药登记 #{id} 的药已配到,稍后送到府上。', en: 'Good news: the medicine of request #{id} was found; it will be brought to you soon.' },
  'medicine.tell.substituted': {
    'zh-CN': '配药登记 #{id}:原药没有,已按您同意替换为「{note}」,稍后送到。',
    en: 'Request #{id}: the exact medicine was not there; as you allowed, we bought "{note}" instead. It will be brought to you soon.',
  },
  'medicine.tell.unavailable': {
    'zh-CN': '配药登记 #{id}:这次没有配到。{next}登记仍然有效;不需要了请发 /取消配药 #{id}',
    en: 'Request #{id}: not available this time. {next}The request stays open; to cancel: /cancelmed #{id}',
  },
  'medicine.next.next_run': { 'zh-CN': '下一次出车再去配。', en: 'We will try again on the next run. ' },
  'medicine.next.other_hospital': { 'zh-CN': '我们会去另一家医院试试。', en: 'We will try another hospital. ' },
  'medicine.next.internet_hospital': { 'zh-CN': '我们会通过互联网医院帮您配。', en: 'We will order it through an internet hospital. ' },
  'medicine.tell.delivered': { 'zh-CN': '配药登记 #{id}:药已送到{card}。', en: 'Request #{id}: the medicine has been delivered{card}.' },
  'medicine.tell.cardBack': { 'zh-CN': ',医保卡已归还', en: ', and your insurance card returned' },
  'medicine.tell.cancelled': { 'zh-CN': '配药登记 #{id} 已被配药小分队取消。如有疑问请联系他们。', en: 'Request #{id} was cancelled by the medicine team. Please contact them with any question.' },
  'medicine.tell.cardReturned': { 'zh-CN': '配药登记 #{id}:您的医保卡已归还。', en: 'Request #{id}: your insurance card has been returned.' },

  'medicine.cardsHelp': { 'zh-CN': '/医保卡 未归还的医保卡(配药小分队)', en: '/medcards  insurance cards not yet returned (medicine team)' },
  'medicine.cardsUsage': { 'zh-CN': '发 /医保卡 即可。', en: 'Just send /medcards.' },
  'medicine.cardsNone': { 'zh-CN': '所有医保卡都已归还。', en: 'Every insurance card is back.' },
  'medicine.cardsTitle': { 'zh-CN': '未归还的医保卡 {count} 张(最早的在前):', en: '{count} insurance cards out, oldest first:' },
  'medicine.cardsLine': { 'zh-CN': '#{id} {door}{patient} 由{who}于{when}取走{where}', en: '#{id} {door}{patient} taken by {who} on {when}{where}' },
  'medicine.cardsAtHospital': { 'zh-CN': ',在医院', en: ', at the hospital' },

  'medicine.runHelp': { 'zh-CN': '/配药出车 仁济医院 明天 [5号楼|#1-#60] 安排一趟配药(配药小分队)', en: '/medrun <hospital> <date> [building|#1-#60]  plan a run (medicine team)' },
  'medicine.runUsage': {
    'zh-CN': '格式:/配药出车 医院 日期 [楼号或单号]。例如:/配药出车 仁济医院 明天 5号楼,或 /配药出车 瑞金医院 4月21日 #1-#60',
    en: 'Form: /medrun <hospital> <date> [building or numbers], e.g. /medrun Renji tomorrow 5, or /medrun Ruijin 2026-04-21 #1-#60',
  },
  'medicine.runNone': { 'zh-CN': '没有符合条件的待配登记,没有安排出车。', en: 'No open request matches, so no run was planned.' },
  // group (numbers, date, hospital and buildings only)
  'medicine.runPosted': {
    'zh-CN': '配药出车 #{run}:{date} 去{hospital},共{count}份登记({buildings}号楼)。配药小分队回复「接」同去;回复「#23 已买到」更新状态;回复「清单」收表格。',
    en: 'Medicine run #{run}: {date} to {hospital}, {count} {count|request|requests} (buildings {buildings}). Medicine team: reply "join" to go; reply "#23 bought" to update; reply "list" for the spreadsheet.',
  },
  'medicine.runJoined': { 'zh-CN': '{name} 加入配药出车 #{run}。同去:{names}。', en: '{name} joins medicine run #{run}. Going: {names}.' },
  'medicine.runAlready': { 'zh-CN': '{name} 已经在配药出车 #{run} 里了。', en: '{name} is already on medicine run #{run}.' },
  'medicine.runNeedTeam': {
    'zh-CN': '加入配药出车需要配药身份(药品信息只给配药小分队看)。如需开通,请联系书记。',
    en: 'Joining a medicine run needs the medicine team role (medicines are shown only to the team). Please ask the secretary.',
  },
  'medicine.runNotFound': { 'zh-CN': '没有配药出车 #{run}。', en: 'There is no medicine run #{run}.' },
  'medicine.exportHelp': { 'zh-CN': '/导出配药 3 把出车清单做成表格私聊发您(配药小分队)', en: '/medexport 3  a run\'s list as a spreadsheet, privately (medicine team)' },
  'medicine.exportUsage': { 'zh-CN': '格式:/导出配药 出车编号,例如 /导出配药 3', en: 'Form: /medexport <run number>, e.g. /medexport 3' },
  'medicine.exportSent': {
    'zh-CN': '配药出车 #{run}({date} {hospital})清单:{count}份登记,{rows}行。',
    en: 'Medicine run #{run} ({date}, {hospital}): {count} {count|request|requests}, {rows} {rows|row|rows}.',
  },
  'medicine.sheet.list': { 'zh-CN': '清单', en: 'List' },
  'medicine.sheet.totals': { 'zh-CN': '按药品合计', en: 'Totals per medicine' },
  'medicine.sheet.header': {
    'zh-CN': '单号|门牌|姓名|药品|规格|数量|单位|可替换|紧急|剩几天|已收卡|已收现金(元)',
    en: 'No.|Door|Name|Medicine|Strength|Quantity|Unit|Substitute|Urgent|Days left|Card collected|Cash (yuan)',
  },
  'medicine.sheet.hospital': { 'zh-CN': '{hospital}({count}份登记)', en: '{hospital} ({count} {count|request|requests})' },
  'medicine.sheet.urgent': { 'zh-CN': '急', en: 'urgent' },
  'medicine.sheet.title': { 'zh-CN': '{community} · 配药出车 #{run} · {hospital} · {date}', en: '{community} · medicine run #{run} · {hospital} · {date}' },
  'medicine.sheet.facts': {
    'zh-CN': '{requests}份登记,{medicines}行药品 · 出车:{volunteers} · {made} 制表',
    en: '{requests} {requests|request|requests}, {medicines} medicine {medicines|row|rows} · going: {volunteers} · made {made}',
  },
  'medicine.sheet.private': { 'zh-CN': '内有药品信息:仅供配药小分队使用,请勿转发到群里', en: 'Holds medicines: for the medicine team only, never forward it to a group' },
  'medicine.sheet.file': { 'zh-CN': '配药出车{run}-{hospital}-{date}', en: 'medicine-run-{run}-{hospital}-{date}' },
  'medicine.sheet.totalsHeader': { 'zh-CN': '药品|规格|合计|单位', en: 'Medicine|Strength|Total|Unit' },
  'medicine.sheet.yes': { 'zh-CN': '可以', en: 'yes' },
  'medicine.sheet.no': { 'zh-CN': '不可以', en: 'no' },
  'medicine.sheet.unknown': { 'zh-CN': '未说明', en: 'not said' },

  'medicine.cardTitle': { 'zh-CN': '配药', en: 'Medicine' },
  'medicine.cardToday': { 'zh-CN': '今日收到 {received} 份,送达 {delivered} 份', en: 'Requests today: {received}; delivered: {delivered}' },
  'medicine.cardOpen': { 'zh-CN': '待配 {open} 份,其中紧急 {urgent} 份', en: 'Still open: {open} ({urgent} urgent)' },
  'medicine.bulletin': {
    'zh-CN': '配药:今日收到{received}份,今日送达{delivered}份,待配{open}份(其中紧急{urgent}份)。',
    en: 'Medicine: {received} {received|request|requests} received today, {delivered} delivered today, {open} open ({urgent} urgent).',
  },
  'medicine.desk.title': { 'zh-CN': '配药', en: 'Medicine' },
  'medicine.desk.filterBuilding': { 'zh-CN': '楼号', en: 'Building' },
  'medicine.desk.filterHospital': { 'zh-CN': '医院', en: 'Hospital' },
  'medicine.desk.filterUrgency': { 'zh-CN': '紧急程度', en: 'Urgency' },
  'medicine.desk.filterStatus': { 'zh-CN': '状态', en: 'Status' },
  'medicine.desk.urgent': { 'zh-CN': '急(标了急或剩3天内)', en: 'urgent (marked, or 3 days or less)' },
  'medicine.desk.days2': { 'zh-CN': '剩2天以内', en: '2 days or less left' },
  'medicine.desk.badFilter': { 'zh-CN': '筛选条件看不懂:{value}', en: 'I cannot read this filter: {value}' },
  'medicine.desk.count': { 'zh-CN': '待配药 {total} 份(最急的在前),这里是第 {from}–{to} 份。', en: '{total} open requests, most urgent first; {from}–{to} shown.' },
  'medicine.desk.empty': { 'zh-CN': '没有符合条件的待配登记。', en: 'No open request matches.' },
  'medicine.desk.col.no': { 'zh-CN': '单号', en: 'No.' },
  'medicine.desk.col.door': { 'zh-CN': '门牌', en: 'Door' },
  'medicine.desk.col.status': { 'zh-CN': '状态', en: 'Status' },
  'medicine.desk.col.items': { 'zh-CN': '药品', en: 'Medicines' },
  'medicine.desk.col.days': { 'zh-CN': '剩余', en: 'Left' },
  'medicine.desk.col.hospital': { 'zh-CN': '医院', en: 'Hospital' },
  'medicine.desk.col.run': { 'zh-CN': '出车', en: 'Run' },
  'medicine.desk.col.choose': { 'zh-CN': '选择', en: 'Choose' },
  'medicine.desk.daysLeft': { 'zh-CN': '{days}天', en: '{days} {days|day|days}' },
  'medicine.desk.markedUrgent': { 'zh-CN': '急', en: 'urgent' },
  'medicine.desk.selectAll': { 'zh-CN': '全选本页', en: 'Select this page' },
  'medicine.desk.markAs': { 'zh-CN': '把所选改为', en: 'Mark the chosen as' },
  'medicine.desk.note': { 'zh-CN': '替换成的药(选「已替换配到」时填)', en: 'Substituted with (for "substituted")' },
  'medicine.desk.apply': { 'zh-CN': '更新所选', en: 'Update the chosen' },
  'medicine.desk.applyHint': {
    'zh-CN': '每户都会私聊收到结果,和在群里回复「#23 已买到」一样。',
    en: 'Each household is told privately, as when the team replies "#23 bought" in the chat.',
  },
  'medicine.desk.unavailable.next_run': { 'zh-CN': '暂时没配到 · 下次出车再配', en: 'not available · next run' },
  'medicine.desk.unavailable.other_hospital': { 'zh-CN': '暂时没配到 · 换家医院', en: 'not available · another hospital' },
  'medicine.desk.unavailable.internet_hospital': { 'zh-CN': '暂时没配到 · 互联网医院', en: 'not available · internet hospital' },
  'medicine.desk.noneChosen': { 'zh-CN': '请先勾选要更新的配药登记,什么都没有改。', en: 'Tick the requests to update first; nothing was changed.' },
  'medicine.desk.tooMany': { 'zh-CN': '一次最多更新 {max} 份,什么都没有改。', en: 'At most {max} requests at once; nothing was changed.' },
  'medicine.desk.badStatus': { 'zh-CN': '请选择要改成的状态,什么都没有改。', en: 'Choose the status to set; nothing was changed.' },
  'medicine.desk.needNote': {
    'zh-CN': '选「已替换配到」时请写替换成的药(60字以内),什么都没有改。',
    en: 'For "substituted", write what it was substituted with (60 characters at most); nothing was changed.',
  },
  'medicine.desk.runsTitle': { 'zh-CN': '出车清单(和回复「清单」收到的表格一样)', en: 'Run lists (the spreadsheets "list" brings in the chat)' },
  'medicine.desk.runLine': { 'zh-CN': '出车 #{run}:{date} 去{hospital},{count} 份', en: 'Run #{run}: {date} to {hospital}, {count} {count|request|requests}' },
  'medicine.desk.todayTitle': { 'zh-CN': '急需配药(剩2天以内):{count} 份', en: 'Urgent medicine (2 days or less left): {count}' },
  'medicine.desk.todayLine': { 'zh-CN': '#{id} {door} 剩{days}天 · {status}', en: '#{id} {door}, {days} days left · {status}' },
  'medicine.desk.todayOpen': { 'zh-CN': '打开配药单', en: 'Open the queue' },
  'medicine.desk.todayMine': { 'zh-CN': '您家的配药登记', en: "Your household's medicine requests" },
  'medicine.data.line': { 'zh-CN': '配药登记 #{id}({status},{count}种药)', en: 'Medicine request #{id} ({status}, {count} {count|medicine|medicines})' },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof medicineMessages> {}
}
