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

/**
 * Signs of danger now, each with what it is: the body's state, in the words people use when it
 * happens (「叫不醒」, 「一动不动」, 「嘴唇发紫」, "isn't breathing"). A sign is a phrase, never a lone
 * word like 救命.
 */
const SIGNS: [string, RegExp][] = [
  ['unconscious', /昏迷|昏倒|昏过去|昏死|晕倒|晕过去|晕了过去|晕厥|不省人事|人事不省|(?:叫|喊|拍)(?:他|她|都)?(?:也|都)?(?:不醒|不应|不答应|不怎么(?:醒|应)|不太(?:醒|应))|(?:倒|躺)(?:着|在)?[^。!!]{0,8}(?:不动|没反应|叫不醒)|(?:一下子|突然)?(?:就)?倒下(?:去)?了|没(?:有)?(?:反应|意识|知觉)|意识(?:不清|模糊)|神志不清|一动不动|不动了|倒(?:在)?(?:地上|地下|卫生间|厕所|浴室|门口|楼道|家里|床边|楼梯)|倒地|人倒了|突然倒下|低血糖[^。]{0,4}(?:晕|昏)|unconscious|collapsed|passed out|fainted|unresponsive|not (?:responding|moving|waking)|isn'?t (?:responding|moving|waking)|won'?t wake|can'?t wake|can'?t get (?:him|her|them) to respond/i],
  ['breathing', /没(?:有)?(?:呼吸|气了|心跳)|心跳(?:停了|没了)|不呼吸|停止呼吸|呼吸(?:困难|很急|急促|微弱|停)|喘不(?:过|上|动)(?:气)?|透不过气|上不来气|憋得喘不|不能呼吸|not breathing|isn'?t breathing|stopped breathing|can'?t breathe|cannot breathe|struggling to breathe|trouble breathing|difficulty breathing|gasping/i],
  ['choking', /噎(?:住|着|到)|卡(?:住|在)(?:了)?(?:喉咙|嗓子|气管)|窒息|海姆立克(?!急救法)|\bchok(?:ing|ed)\b/i],
  ['seizure', /抽搐|抽风|having a fit|(?:一直|全身|浑身|高烧|发烧|不停地?)抽(?:筋)?|抽筋了[^,,。]{0,6}(?:眼睛|翻白|停不|没反应|叫)|癫痫(?:发作|又犯)|羊癫疯|口吐白沫|眼睛往上翻|翻白眼|seizure|convuls|fitting/i],
  ['chest', /胸(?:口)?(?:很|好|特别|非常|一直)?(?:痛|疼|剧痛)|心口(?:很|好)?(?:痛|疼)|胸闷[^。]{0,8}(?:冷汗|出汗|大汗)|(?:冷汗|大汗)[^。]{0,8}胸(?:口)?闷|心脏(?:好|很|特别)?(?:难受|疼|痛)|心脏病(?:犯了|发作|发了|又犯)|心梗|心绞痛|心脏骤停|心跳(?:很|特别|好)?(?:快|慢|停)[^。]{0,8}(?:不行|晕|难受)|捂着胸口|胸闷得(?:讲|说)不出话|heart attack|chest pains?|chest (?:hurts|is hurting)|cardiac/i],
  ['bleeding', /流(?:了)?(?:很多|好多|一地|大量)(?:的)?血|(?:好多|很多|一地|大量|一大摊)(?:的)?血|大出血|血流不止|血止不住|止不住(?:血)?|(?:一直|还在)(?:在)?流血|血一直(?:在)?流|头(?:上)?(?:破了|出血|流血)|(?:出血|流血)不止|吐血|咯血|割(?:腕|伤了)|bleeding (?:heavily|a lot|badly|everywhere)|won'?t stop bleeding|lots of blood|blood everywhere/i],
  ['stroke', /中风|嘴(?:巴|角)?(?:也)?歪|口眼歪斜|说话(?:也)?(?:含糊|不清|不利索)|口齿不清|(?:突然)?(?:说|讲)不出话|(?:一边|半边|一侧|左边|右边|左|右)(?:手脚|身子|身体|脸|手|腿|胳膊)[^,,。]{0,4}(?:没力气|没劲|没力|动不了|麻|没知觉|不听使唤)|手(?:也)?(?:没劲|抬不起来)|face (?:is )?drooping|having a stroke|slurred/i],
  ['fall', /(?:摔倒|跌倒|摔了|跌了|跌跤|跌了一跤|摔跤|摔了一跤|滑倒|绊倒|滚下来|摔下来|掉下来|fell)[^。!!]{0,24}(?:起不来|起不來|爬不起来|动不了|头撞|出血|流血|迷糊|不能动|站不起来|骨折|没反应|can'?t get up|can'?t move|not moving|hit (?:his|her) head)|起不来了|fallen and can'?t|fell and can'?t get up/i],
  ['burn', /(?:烫|烧)伤[^。]{0,6}(?:严重|很重|大面积)|很严重的(?:烫|烧)伤|着火了|起火了|badly burn/i],
  ['poison', /中毒|误(?:吞|服|吃|喝)|喝了(?:农药|消毒水|84|洗洁精|酒精|药)|吃错药|吞了(?:电池|硬币|药)|swallowed (?:a|some|the)|poison|overdose/i],
  ['allergy', /过敏[^。]{0,12}(?:肿|喘|呼吸|喉咙)|喉咙(?:发紧|肿)|anaphyla|allergic reaction|throat (?:is )?(?:closing|swelling)/i],
  ['glucose', /(?:浑身|全身)(?:都是)?(?:冷)?汗[^。]{0,8}(?:叫不醒|没反应)|(?:发抖|出冷汗|冷汗)[^。]{0,8}(?:糊涂|迷糊|神志|说胡话|不清)|shaking and confused/i],
  ['colour', /(?:脸|嘴唇|嘴)(?:都|色)?(?:发)?(?:紫|青)了?|脸色发青|turning blue|lips are blue/i],
  ['dying', /(?:人)?快不行了|不行了[!!]|快没气|触电|溺水|跳楼|自杀|想不开|electrocut|drowning/i],
  ['pregnancy', /(?:怀孕|孕妇|pregnan)[^。]{0,16}(?:流血|出血|肚子(?:很|好)?痛|bleeding)|羊水破了/i],
  ['sudden', /突然(?:全身发麻|昏|晕|倒)/],
];

/** Something happened to someone, not yet a sign on its own: with a cry for help it is one; alone it is asked. */
const EVENT = /摔倒|跌倒|跌跤|摔了一跤|滑倒|摔伤|摔下|受伤|出血|流血|烫伤|烧伤|晕了|发病|犯病|病发|\bfell\b|fallen|\bhurt\b|injured|bleeding/i;

/** A fall or a faint on its own: asked (「我爸摔倒了」); a cut or a bruise alone is not. */
const FALL = /摔倒|跌倒|跌跤|摔了一跤|滑倒|晕了|\bfell\b|fallen/i;

/** Calls for medical help: with a sign, urgency; alone and urgent (the seed's 「誰是醫護人員?」), a page. */
const CALL_FOR_MEDIC =
  /谁是(?:医护人员|医生|护士|大夫)|谁(?:懂|会)(?:心肺复苏|CPR|海姆立克)|(?:有没有|有无)(?:医护人员|医生|护士|大夫|懂急救)|(?:有|是)(?:医护人员|医生|护士)吗|谁(?:懂|会)急救|医护人员在吗|需要医护人员|any(?:one|body)? (?:here )?(?:a |who is a )?(?:doctor|nurse|medic)|who(?:'s| is) a (?:doctor|nurse|medic)|need a (?:doctor|medic|nurse)|medical training\?|is there a doctor/i;
const URGENCY = /救命|快来人|快点来|快来|快叫|叫救护车|叫120|打120|拨打120|120打不通|急[!!]|急急|紧急|赶紧|马上来|help!|urgent|hurry|emergency|please come|!{2,}|[??]{2,}|怎么办怎么办/i;

/** Mild or unclear signs: asked, never paged, never left in silence. */
const MILD =
  /(?:fever|vomit|headache|dizz|cough|short of breath)[^.]{0,40}(?:should (?:we|i) worry|is (?:it|that) serious|what should|worried|go to (?:the )?hospital\?)|(?:不舒服|胃口不好|精神(?:也)?(?:差|不好)|没精神|发烧|发热|咳嗽|头痛|头疼|肚子(?:痛|疼)|呕吐|吐了|拉肚子|腹泻|没力气|乏力|气短|浮肿)[^。]{0,16}(?:要紧吗|要不要紧|怎么办|担心|不知道|严重吗|要去医院吗|有没有人(?:能)?(?:来)?看)|头(?:有点|有些|很|好)?晕|心慌|feels? faint|有点喘|喘得厉害|胸(?:口)?(?:有点|有些|很|好|一直)?闷|不太舒服|不舒服|脸色(?:很|好)?(?:白|差|不好)|发烧\s*(?:39|40|41)|高烧|dizzy|pale|sweaty|feels? (?:weak|faint|unwell)|not (?:feeling )?well/i;
const UNCERTAIN =
  /好像有人(?:倒|摔|晕|在喊救命|喊救命)|是不是有人(?:倒|摔|晕)|(?:敲门|打电话|电话)(?:也)?(?:没人|打不通|不接)|(?:好)?(?:一|几|两|三)(?:整)?天没(?:开门|出门|动静|见)|联系不上[^。]{0,6}(?:老人|阿姨|奶奶|爷爷)|(?:老人|阿婆|阿姨|奶奶|爷爷)[^。]{0,8}(?:联系不上|电话打不通)|(?:咚|砰)的一声|loud (?:thud|bang|noise)|(?:nobody|no one) answers|not answering|hasn'?t answered|someone fell\?/i;

/** Not danger now: past or settled, an animal, a drama, a training, jesting, a medicine question. */
const SETTLED =
  /昨天|前天|上(?:个)?(?:周|星期|礼拜|月)|去年|前几天|差点|差一点|听说|据说|隔壁小区|\bheard (?:that|about)\b|已经没事|没事了|没(?:什么)?大碍|无大碍|好多了|好起来了|恢复|康复|出院|住院|已经送(?:到|去)?医院|已经送(?:到|去)|送(?:到|去)?医院了|(?:救护车|120)(?:已经)?(?:到了|来过|来了)|接走了|怎么样了|放心|\blast (?:week|month|night|year)\b|yesterday|\balmost\b|\bnearly\b|fine now|okay now|ok now|is at the hospital|ambulance came/i;
const ANIMAL = /猫|狗|宠物|兽医|鸟|鱼|仓鼠|兔子|\bcat\b|\bdog\b|\bpet\b|\bvet\b|puppy|kitten/i;
const MEDIA = /电视|医疗剧|连续剧|综艺|新闻|报道|电影|视频|影片|演得|剧里|演习|\bdrama\b|\bmovie\b|\bshow\b|\bvideo\b/i;
const LEARNING = /培训|学一下|学习|知识|收藏|科普|步骤|要多深|first aid training|training (?:this|next|on|course)|how to|\bcpr\b/i;
/** "我要晕倒了 今天核酸排了两个小时", "吓得我心脏病都要犯了": hyperbole about oneself. */
const HYPERBOLE = /(?:气|吓|急|烦|累)得(?:我)?[^。]{0,6}(?:胸口|心脏|心口|头)(?:都)?(?:疼|痛)|(?:压力|工作|作业|加班|事情|活太|忙|烦|闷得)[^。]{0,10}(?:喘不过气|透不过气|窒息)|(?:喘不过气|透不过气|窒息)[^。]{0,10}(?:压力|工作|作业|加班|事情|太忙|太烦)|(?:快|要)窒息了|我(?:快)?(?:被)?(?:热|累|饿|困)晕了|我(?:都)?(?:快|要)(?:要)?(?:晕|昏)(?:倒|过去)?了|(?:热|冷|累|饿|困|烦|吵)得(?:来)?要死|要死了|(?:累|热|饿|困|烦|气|忙|吵|笑)死(?:了|我了)|(?:吓|气|热|累|饿)得我[^。]{0,8}(?:都)?要|都要(?:犯|晕)|killing me|i'?m (?:going to|gonna) (?:faint|die)/i;
const SIDE_EFFECT = /药[^。]{0,6}吃了|吃了[^。]{0,6}药|正常(?:的)?吗|过敏[^。]{0,8}还好/;
/** Phrases naming first aid that call nobody: 救命稻草, 急救箱, 急救包, 急救知识. */
const IDIOMS = /救命稻草|救命恩人|救命之恩|急救箱|急救包|急救知识|急救常识|急救培训|急救法|first aid (?:kit|box|training|course)/gi;

function doorOf(text: string): string | undefined {
  const phone = findPhone(text);
  const t = phone ? text.slice(0, phone.index) + ' '.repeat(phone.length) + text.slice(phone.index + phone.length) : text;
  const found = findDoor(t);
  return found ? doorKey(found.door) : undefined;
}

/** Any sign at all: one pass over the message before each sign is looked at on its own. */
const ANY_SIGN = new RegExp(SIGNS.map(([, re]) => re.source).join('|'), 'i');

/** The reading of a message as an emergency, or undefined when it is not one at all. */
export function recogniseEmergency(raw: string): Recognised | undefined {
  if (isForward(raw)) return undefined;
  const text = /救命|急救|first aid/i.test(raw) ? raw.replace(IDIOMS, ' ') : raw;
  const signs = ANY_SIGN.test(text) ? SIGNS.filter(([, re]) => re.test(text)).map(([name, re]) => `${name}:${re.exec(text)![0]}`) : [];
  const call = CALL_FOR_MEDIC.exec(text);
  const mild = MILD.exec(text) ?? UNCERTAIN.exec(text) ?? FALL.exec(text) ?? (URGENCY.test(text) ? EVENT.exec(text) : null);
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
  // "救命 我爸摔倒了 快来人": an event with a cry for help.
  const event = EVENT.exec(text);
  if (event && urgency && !hedged) return { intent: 'emergency', confidence: 0.9, evidence: [...evidence, event[0]], fields };
  // 「誰是醫護人員?」 on its own, or with urgency: the seed's own words page at once.
  if (call && (urgency || text.replace(/[\s??!!。.,,]/g, '').length <= 12 || signs.length > 0)) {
    return { intent: 'emergency', confidence: 0.9, evidence, fields };
  }
  if (mild && SIDE_EFFECT.test(text) && !call) return { intent: 'emergency', confidence: 0.2, evidence: [mild[0], 'a question about a medicine'] };
  return { intent: 'emergency', confidence: 0.6, evidence: [...evidence, mild?.[0] ?? 'unclear'], fields };
}
