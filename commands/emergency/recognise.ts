import { isForward, JOKE } from '../../src/kernel/cues.js';
import { doorKey, findDoor } from '../../src/kernel/fields/door.js';
import { findPhone } from '../../src/kernel/fields/phone.js';
import type { Recognised } from '../../src/runtime/understand.js';

/**
 * Reads danger to someone now, on normalised text. Built for no missed emergency and no false
 * page: a present sign of danger to a person (collapse, not breathing, choking, a seizure, chest
 * pain, heavy bleeding, a stroke, an elderly person fallen) pages at once, and so does an urgent
 * 「谁是医护人员?」; a jest, a past or settled event, an animal, a forward, a drama, a training, an
 * idiom (救命稻草) or a first-aid kit does not; what is uncertain ("好像有人倒了?", "有点喘") is
 * asked (the group hears 「需要医护人员吗?」 and the secretary is told).
 */

/** Signs of danger now, each with what it is. A sign is a phrase, never a lone word like 救命. */
const SIGNS: [string, RegExp][] = [
  ['unconscious', /昏迷|昏倒|昏过去|晕倒|晕过去|晕厥|不省人事|叫不醒|喊不醒|叫[他她]?不答应|没(?:有)?(?:反应|意识)|意识(?:不清|模糊)|人事不省|倒(?:在)?(?:地上|地下|卫生间|厕所|浴室|门口|楼道|家里|床边)[^,,。!!]{0,6}(?:不动|不醒|起不来|没反应|了)|倒地不起|倒在地上|人倒了|突然倒下|unconscious|collapsed|passed out|fainted|unresponsive|not responding|won'?t wake|can'?t wake|can'?t get (?:him|her|them) to respond/i],
  ['breathing', /没(?:有)?呼吸|不呼吸|停止呼吸|呼吸困难|喘不(?:过|上)气|透不过气|上不来气|憋得喘不|not breathing|stopped breathing|can'?t breathe|cannot breathe|struggling to breathe|trouble breathing|difficulty breathing/i],
  ['choking', /噎住|噎着|卡住(?:了)?(?:喉咙|气管)|卡在喉咙|窒息|海姆立克(?!急救法)|\bchok(?:ing|ed)\b/i],
  ['seizure', /抽搐|(?:一直|全身|浑身|高烧|发烧)抽筋|抽筋了[^,,。]{0,6}(?:眼睛|翻白|停不)|癫痫(?:发作|又犯)|羊癫疯|口吐白沫|眼睛往上翻|翻白眼|seizure|convuls|fitting/i],
  ['chest', /胸口(?:很|好|特别|非常)?(?:痛|疼)|胸(?:痛|疼)|心口(?:很|好)?(?:痛|疼)|心脏(?:好|很|特别)?(?:难受|疼|痛)|心脏病(?:犯了|发作|发了|又犯)|心梗|心绞痛|捂着胸口|胸闷得(?:讲|说)不出话|heart attack|chest pains?|chest (?:hurts|is hurting)/i],
  ['bleeding', /流(?:了)?(?:很多|好多|一地|大量)(?:的)?血|大出血|血流不止|血止不住|止不住(?:血)?|(?:一直|还在)(?:在)?流血|血一直(?:在)?流|头上(?:出血|流血)|(?:出血|流血)不止|bleeding (?:heavily|a lot|badly|everywhere)|won'?t stop bleeding|lots of blood/i],
  ['stroke', /中风|嘴(?:巴)?歪|口眼歪斜|说话(?:也)?(?:含糊|不清)|口齿不清|(?:一边|半边|一侧)(?:手脚|身体|脸)[^,,。]{0,4}(?:没力气|动不了|麻|没知觉)|手抬不起来|face (?:is )?drooping|having a stroke|slurred/i],
  ['fall', /(?:摔倒|跌倒|摔了|跌了|滚下来|摔下来|掉下来|fell)[^。!!]{0,12}(?:起不来|爬不起来|动不了|头撞|出血|流血|迷糊|不能动|站不起来|can'?t get up|can'?t move)|起不来了|fallen and can'?t|fell and can'?t get up/i],
  ['allergy', /过敏[^。]{0,10}(?:肿|喘|呼吸)|anaphyla/i],
  ['glucose', /(?:浑身|全身)(?:都是)?(?:冷)?汗[^。]{0,8}(?:叫不醒|没反应)|shaking and confused/i],
  ['colour', /(?:脸|嘴唇)(?:都|色)?(?:发)?(?:紫|青)了?|脸色发青|turning blue|lips are blue/i],
  ['pregnancy', /(?:怀孕|孕妇|pregnan)[^。]{0,16}(?:流血|出血|肚子(?:很|好)?痛|bleeding)/i],
  ['sudden', /突然(?:全身发麻|昏|晕|倒)/],
];

/** Calls for medical help: with a sign, urgency; alone and urgent (the seed's 「誰是醫護人員?」), a page. */
const CALL_FOR_MEDIC =
  /谁是(?:医护人员|医生|护士|大夫)|(?:有没有|有无)(?:医护人员|医生|护士|大夫|懂急救)|(?:有|是)(?:医护人员|医生|护士)吗|谁(?:懂|会)急救|医护人员在吗|需要医护人员|any(?:one|body)? (?:here )?(?:a |who is a )?(?:doctor|nurse|medic)|who(?:'s| is) a (?:doctor|nurse|medic)|need a (?:doctor|medic|nurse)|medical training\?|is there a doctor/i;
const URGENCY = /救命|快来人|快点来|快来|快叫|叫救护车|叫120|打120|拨打120|120打不通|急[!!]|急急|紧急|赶紧|马上来|help!|urgent|hurry|emergency|please come|!{2,}|[??]{2,}|怎么办怎么办/i;

/** Mild or unclear signs: asked, never paged, never left in silence. */
const MILD =
  /头(?:有点|有些|很|好)?晕|有点喘|喘得厉害|胸口?闷|不太舒服|不舒服|脸色(?:很|好)?(?:白|差|不好)|发烧\s*(?:39|40|41)|高烧|dizzy|pale|sweaty|feels? (?:weak|faint|unwell)|not (?:feeling )?well/i;
const UNCERTAIN = /好像有人(?:倒|摔|晕|在喊救命|喊救命)|是不是有人(?:倒|摔|晕)|(?:敲门|打电话)(?:也)?没人(?:应|接|开)|(?:几|两|三)天没(?:开门|出门|动静)|联系不上[^。]{0,6}(?:老人|阿姨|奶奶|爷爷)/;

/** Not danger now: past or settled, an animal, a drama, a training, jesting, a medicine question. */
const SETTLED =
  /昨天|前天|上(?:个)?(?:周|星期|礼拜|月)|去年|前几天|已经没事|没事了|没(?:什么)?大碍|无大碍|好多了|好起来了|恢复|康复|出院|住院|已经送(?:到|去)|送到医院了|(?:救护车|120)(?:已经)?(?:到了|来过|来了)|接走了|怎么样了|放心|\blast (?:week|month|night|year)\b|yesterday|fine now|okay now|ok now|is at the hospital|ambulance came/i;
const ANIMAL = /猫|狗|宠物|兽医|鸟|鱼|仓鼠|兔子|\bcat\b|\bdog\b|\bpet\b|\bvet\b|puppy|kitten/i;
const MEDIA = /电视剧|医疗剧|连续剧|电影|视频|影片|演得|剧里|演习|\bdrama\b|\bmovie\b|\bshow\b|\bvideo\b/i;
const LEARNING = /培训|学一下|学习|知识|收藏|科普|步骤|要多深|first aid training|training (?:this|next|on|course)|how to|\bcpr\b/i;
/** "我要晕倒了 今天核酸排了两个小时", "吓得我心脏病都要犯了": hyperbole about oneself. */
const HYPERBOLE = /我(?:都)?要(?:晕|昏)(?:倒|过去)?了|(?:吓|气|热|累|饿)得我[^。]{0,8}(?:都)?要|都要(?:犯|晕)|killing me|i'?m (?:going to|gonna) (?:faint|die)/i;
const SIDE_EFFECT = /药[^。]{0,6}吃了|吃了[^。]{0,6}药|正常(?:的)?吗|过敏[^。]{0,8}还好/;
/** Phrases naming first aid that call nobody: 救命稻草, 急救箱, 急救包, 急救知识. */
const IDIOMS = /救命稻草|救命恩人|救命之恩|急救箱|急救包|急救知识|急救常识|急救培训|急救法|first aid (?:kit|box|training|course)/gi;

function doorOf(text: string): string | undefined {
  const phone = findPhone(text);
  const t = phone ? text.slice(0, phone.index) + ' '.repeat(phone.length) + text.slice(phone.index + phone.length) : text;
  const found = findDoor(t);
  return found ? doorKey(found.door) : undefined;
}

/** The reading of a message as an emergency, or undefined when it is not one at all. */
export function recogniseEmergency(raw: string): Recognised | undefined {
  if (isForward(raw)) return undefined;
  const text = raw.replace(IDIOMS, ' ');
  const signs = SIGNS.filter(([, re]) => re.test(text)).map(([name, re]) => `${name}:${re.exec(text)![0]}`);
  const call = CALL_FOR_MEDIC.exec(text);
  const mild = MILD.exec(text) ?? UNCERTAIN.exec(text);
  if (signs.length === 0 && !call && !mild) return undefined;
  const against = [SETTLED, ANIMAL, MEDIA, LEARNING, HYPERBOLE, JOKE].map((re) => re.exec(text)).find((m) => m !== null);
  if (against) return { intent: 'emergency', confidence: 0.1, evidence: [...signs, `not now: ${against[0]}`] };
  const door = doorOf(text);
  const fields = door ? { door } : undefined;
  const urgency = URGENCY.exec(text);
  const evidence = [...signs, ...(call ? [call[0]] : []), ...(urgency ? [urgency[0]] : [])];
  // An uncertain observation ("楼下好像有人倒了?") is asked even when it names a sign.
  const hedged = UNCERTAIN.test(text) && signs.length <= 1 && !call;
  if (signs.length > 0 && !hedged) return { intent: 'emergency', confidence: 0.95, evidence, fields };
  // 「誰是醫護人員?」 on its own, or with urgency: the seed's own words page at once.
  if (call && (urgency || text.replace(/[\s??!!。.,,]/g, '').length <= 12 || signs.length > 0)) {
    return { intent: 'emergency', confidence: 0.9, evidence, fields };
  }
  if (mild && SIDE_EFFECT.test(text) && !call) return { intent: 'emergency', confidence: 0.2, evidence: [mild[0], 'a question about a medicine'] };
  return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, mild?.[0] ?? 'unclear'], fields };
}
