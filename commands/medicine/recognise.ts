import { askedAfterOwnRequest, cancelledOwnRequest } from './asked-after.js';
import { HOW_THROUGH_THE_BOT, isForward, ownWords, REPORT_TO_THOSE_IN_CHARGE, TOLD_TO } from '../../src/kernel/cues.js';
import { doorKey, findDoor } from '../../src/kernel/fields/door.js';
import type { Recognised, Situation } from '../../src/runtime/understand.js';
import { findDaysLeft } from './days.js';
import { CORRECTION_WORDS, findMentions, wantedCounted } from './mentions.js';
import { fromPinyin } from './pinyin.js';
import { MEDICINE_WORDS, parseNormalized, type MedicineDraft } from './read.js';
import { ADVICE_EN, COUNT_HAD, KEPT_BY_HABIT, LEAD_GATHERS, STORAGE_ASKED, FETCH_TOLD, GO_AND_BUY, HANDLING, HEARSAY_CHECKED, HELP_PRAISED, HELPING_ALREADY, THANKS_FOR_HELPING_OTHERS, KEPT_OR_OFFERED, NEED_GONE, NOT_EXPECTED, WHO_GETS_IT, PACK_CONTENTS, PLACE_CAN_FILL, PLACE_REFILLS, PROPOSAL, REQUIREMENT, SEEN_TO, SERVICE_ASKED, setAside, STOCK_COMPARED, TAKEN_WITH_EFFECT, THANKS_FOR_GIVEN, TOO_LITTLE, UNSURE_SPAN } from './talk.js';

/**
 * Reads a need for medicine, on normalised text: a medicine named with a need ("我的降压药快吃完了"),
 * a request ("能帮忙配两盒吗", "I need to refill my amlodipine"), or a need without a name ("药吃完了",
 * the name is then asked privately). Talk about medicine that asks for nothing is not one: how to
 * take it, where to buy it, thanks for it, news of the pharmacy, a pet's medicine, a forward.
 */

/** "配药 …", "开药", "代配": the request as a command word, at the start. */
// 「配药登记 …」, 「代配药申请」: the same word heading a form.
// 「我想报个药 …」: reporting a medicine, said as the writer's wish, is the same word (「报药截止几点」 is not).
// 「🙏🙏配药 …」, 「【急】配藥 …」, 「急急急 配药 …」: after a lead-in of emoji, brackets or 急 it still heads the message.
const REQUEST_FIRST = /^(?:\p{Extended_Pictographic}|\ufe0f|\u200d|[\s【】\[\]()()!!]|急|求|紧急){0,8}(?:(?:我要|我想|想|需要|要|请|麻烦|请帮我|帮我|帮忙)?(?:代)?(?:配|开|拿)|(?:我要|我想|想|想要|我需要)报)(?:个|点|一下)?药(?:登记|申请|需求|请求)?(?=$|[\s::,,。!!]|[^\u4e00-\u9fff])/iu;

/** Asking for it: for oneself, one's family, a neighbour; of the bot, the committee or whoever goes to hospital. */
// (Not 真麻烦/好麻煩, a hassle; nor 谢谢…帮忙, help given; nor 帮忙搬/抬, an errand.)
// (替 in 代替, 顶替, 替代, 替换 is a substitute, not "for": 「能不能用硝苯地平代替」 asks nothing.)
// (A prohibition, 「不要买微商卖的」, "never buy from…": its 要买 / buy asks for nothing.)
// (「能不能开发票」, 「可以开收据吗」: a receipt asked of the service, not medicine.)
// ("gets refilled", "was refilled": a refill told as done or as routine asks nothing; "refill my…" does.)
// 「恳请志愿者代为配药」, 「烦请」, 「不知可否托人代购」: the formal written request of a retired teacher asks as plainly.
// 「给我外公配点丹参滴丸」, 「給阿嫲帶啲板藍根」: for whom and some of it, as 帮…配; not the writer doing it (「我来给阿婆带点药」) nor done (配了点).
// "Still looking for cetirizine", "I'm looking for ibuprofen": looking for it asks; not "anyone looking for…" (who else is), "if you are
// looking for…" (advice), "the aspirin I was looking for" (found), nor volunteers or people looked for.
const ASK =
  /(?<!(?:我|阿拉|我们)(?:也|就|先)?(?:来|去|会|可以|能|想|要|打算|准备)?)给(?!(?:他|她|你|我)们|大家|各位|志愿者|大白)(?:我|他|她|伊|佢)?[^。!?,,\s给]{0,5}?(?:配|带|买|拿|攞|弄)(?:点|些|一点|一些|啲|几\s*(?:盒|瓶|支))(?![^。!?]{0,3}(?:吗|[??]))|(?<!\b(?:anyone|anybody|someone|somebody|who|who's|you're|you are|i was|we were|they were|he was|she was|was)\s+)(?<!\bif\s+(?:you|anyone|anybody)\s+(?:are|is|were)\s+)\blooking for\b(?!\s+(?:volunteers?|helpers?|someone|somebody|anyone|anybody|people|drivers?|a (?:volunteer|driver|helper))\b)|帮(?:我|忙|帮忙)?[^。!?]{0,8}(?:配(?!到)|买|开|带|拿|攞|弄|登记|想想办法)|(?<!互相帮?)(?<!(?:谢谢|感谢|多谢)[^。!?]{0,10})帮(?:帮|个|下)?(?:忙|手)(?![^。!?,,\s]{0,2}(?:搬|抬|扛|拎|卸|修|装|背|扶|扔|倒|做了|做过))|(?:想|(?<!要不|[不别])要(?!不要)|需要)(?!要?(?:问|知道|了解|打听))(?![^。!?,,]{0,2}给(?:他|她|大家|你))\s?[^。!?,,\s]{0,4}(?:配|开|买|拿|备)(?!不)|(?<![不别])(?:我|我们)?(?:也)?要(?:配|开|买|拿|(?:两|一|三|\d{1,2}(?:\.\d)?)\s*(?:盒|瓶|支|粒|包|袋|板|片|颗|罐|份|个(?!月|星期|礼拜|小时|人)|箱|贴))|我也要|(?:想|想要|需要|(?<![不别])要)(?:请)?(?:人|你们)?(?:帮忙)?(?:代)?(?:配|开|买|拿|备)|(?<![有不])需要(?!的话)|急需|应急|急用|恳请|烦请|敬请|劳烦|有劳|托人(?:代|帮|配|买|购)(?![了过咗])|代为(?:配|购|买|取)|可否(?:托人|请人)?(?:代为?|帮忙?)(?:配|购|买|取)|(?<![好太真很蛮老超挺点多怕嫌找添])麻烦(?!了|死|得很|的)|(?:^|[\s,,。!!])麻烦(?:了|您了|你了|大家了)[\s,,。!!~]*$|拜托|求求|求助|顺(?:便|路|手)?带(?=\s*(?:一下|点|(?:\d{1,2}|[一两三四五])\s*[盒瓶支包板袋]))|(?:(?<![可才只不])能|(?<![先才])可以|可不可以|能不能)[^。!?吗问]{0,8}(?:帮(?![忙手]?(?:搬|抬|扛|拎|卸|修|装|背))|配(?!到)|(?<![掰打切分撕拆离])开(?![心始门会车玩学业放通关灯]|发票|收据)|买|代配|匀)|(?:能不能|可不可以|能否)[^。!?吗问]{0,8}送(?:到|来|过来|上门)|(?:谁|有人|有没有人|哪位)[^。!?]{0,10}(?:帮|带|买|匀)|(?:谁|有人|有没有人|哪位)[^。!?]{0,6}给(?:我|我们|我家)?(?:一点|点|一些|些|[一两]\s*[盒瓶支片粒包])|(?:谁|有人|有没有人|哪位|谁家)(?:家)?(?:有|还有)(?:多的|多余的?|富余的?|剩的)|登记一下|帮(?:我|忙)登记|再(?:帮我|帮忙)?(?:配|开|买|拿)(?:一次|一下|一回|点)|(?<![代顶接])替(?![代换])[^。!?谢]{0,6}登记|(?:帮|(?<![代顶接])替(?![代换]))[^。]{0,8}(?:报|问)|(?<![代顶接])替(?![代换])[^。!?谢]{0,6}(?:配|买|开|带|拿)|借(?:我|给我|俾我|畀我|点|啲|些|个|一|几|两|\d|用)|有多余的|分(?:我|给我)一|(?<!大家|互相)分(?![享析钟开别配类])[^。!?,,\s]{0,4}(?:给|俾|畀)(?:我|我们|我哋|我家)|(?<!\b(?:do|does) (?:we|i|you|one|anyone|anybody|everyone|someone) )\bneed\b|\bneeds\s+(?:(?:his|her|their|my|some|more|a|an|\d+|one|two|three)\s+)?(?:[a-z]+\s+){0,3}?(?:pills|meds|medicine|medication|tablets|insulin|inhaler|boxes?|packs?|bottles?|refill|prescription)\b|\bneeds\s+[A-Z][a-z]{3,}|\brefill(?!ed\b)|get me|get some|pick up|grab|(?<!\b(?:had|have|has|had to|have to|went to|used to|i'?d|group|never|don'?t|do not) )\bbuy\b|\bplease\b|\bpls\b|\bplz\b|(?:anyone|someone|somebody|anybody)(?!\s+else\b)[^.?]{0,20}\b(?:get|buy|pick|bring|fetch|spare|grab|collect|share)|\bspare\b|\blend\b|\bborrow\b|(?:does |do )?any(?:one|body| neighbou?rs?| of you) (?:have|has|got)|has any(?:one|body) got|(?:can|could|would) (?:you|someone|anyone|somebody|anybody|(?:the )?(?:medicine |med )?(?:team|volunteers?|committee|run))[^.?]{0,40}\b(?:get|buy|pick|grab|bring|fetch|refill|add|order|help)|\bhelp\b(?! with (?:the )?(?:translat|notice))|add (?:her|him|me|us) to|order medicine|is it possible|\b(?:can|could|may) (?:i|we) (?:please )?(?:have|get)\b/i;
/** 「我要降压药」, 「想要点感冒药」, 「缺胰岛素」, 「求布洛芬」, 「来两盒阿莫西林」: a medicine named right after wanting it. */
const WANT_BEFORE = /(?:(?<!不)要|想要|(?<!不)需要|缺|(?<!要)求|(?<![送拿带寄买出回过起上下进原本后])来)(?:点儿?|些|一点|一些|(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:盒|瓶|支|粒|包|板|袋|片|颗))?\s*$/;
/** In a private chat, to the bot: 「配几盒阿司匹林」, 「买两盒布洛芬」, the verb alone before the name asks for it. */
const VERB_BEFORE = /(?<![已刚都去再来在])(?:配|买|带)(?:点儿?|些|一下|几\s*(?:盒|瓶|支)|(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:盒|瓶|支|粒|包|板|袋|片|颗))?\s*$/;
/**
 * 续 (renewing a medicine one takes) said as a need: 「降压药要续了」, 「该续药了」, 「想续一下我爸的药」, 「这次续三个月的」, 「药续不上了」.
 * Not 续上了 / 续好了 (done), 续费, 手续, 继续, nor asked of someone (「你妈的药要续吗」) or of everyone (「谁要续药」, 「要续药的…报给楼组长」).
 */
const RENEWED = /(?<!(?:谁|人|哪位|哪家|大家|各位|如果|要是)[^。!?,，\s]{0,2})(?:要|该|想|得|需要|准备|打算)(?:去)?续(?!上|好|费|租|约|杯|签|药?的)(?![^。!?,，\s]{0,4}(?:吗|么|伐|[??]))|(?<![继连手陆持延后接存])续(?:一下|下)(?=[^。!?]{0,8}药)|(?<![继连手陆持延后接存])续不上|(?<![继连手陆持延后接存])续(?:[一两三四五六\d]|半)\s*(?:个月|个礼拜|个星期|周|盒)/;
/** "could use some cough syrup", "could someone pass me some plasters": a want and a favour in English words ASK lacked. */
const ASKED_AS_A_FAVOUR = /\bcould (?:really |do with |)use (?:some|a|an|more)\b|\b(?:could|can|would) (?:some|any)(?:one|body) (?:pass|lend|spare|give|drop) (?:me|us)\b/i;
const wanted = (text: string, mentions: { index: number }[], privately: boolean): RegExpExecArray | null => {
  for (const m of mentions) {
    const near = text.slice(Math.max(0, m.index - 6), m.index);
    const before = WANT_BEFORE.exec(near) ?? (privately ? VERB_BEFORE.exec(near) : null);
    if (before) return before;
  }
  return null;
};
/**
 * 「有没有膏药啊 腰疼的直不起来」, 「甲硝唑 有的吗 牙疼」, 「止痛药 急 肩膀疼死了」: asking around whether anyone has a
 * named medicine (or saying it is urgent), beside a pain or a hurt now, asks for it.
 */
// (「搬东西把腰闪了 疼得要命 谁有膏药」 too: asking neighbours for a medicine is a request, tests/corpus/README.md rule 5.)
// 「有没有邻居有碘伏」, 「哪位邻居家里有创可贴」, 「布洛芬 有哪位邻居有」: a neighbour named between the asking and the 有.
const NEIGHBOUR_HAS = '(?:有没有|有冇|有无|有|哪位|哪家|谁家?|边位)(?:邻居|街坊|人)(?:家)?(?:里)?(?:还)?有';
const AROUND_BEFORE = new RegExp(`(?:有没有|有冇|有无|(?:谁家|谁|哪位|哪家|边位|有冇人)(?:里)?(?:还)?有|有多的|有多余的?|${NEIGHBOUR_HAS})\\s*$`);
const AROUND_AFTER = new RegExp(`^\\s*(?:还)?有(?:的|多的)?(?:吗|伐|嘛|冇|没有|无)|^\\s*(?:有人|谁家?|哪位|哪家|边位|有冇人|有没有人)(?:家)?(?:里)?(?:还)?有(?:多(?:的|余的?)?)?(?=$|[\\s吗伐嘛啊呀,,。!!??])|^\\s*急(?=$|[\\s!!,,])|^[^。!?]{0,6}?${NEIGHBOUR_HAS}`);
/**
 * An illness now that is no pain (「室友烧一天了」, 「咳得不行」, 「孩子拉了一晚上」, 「过敏打喷嚏」, "coughing all night"): asking
 * around for a medicine beside it asks for it, as beside a pain.
 */
const ILL_NOW = /(?:发|高)?烧(?:到|了|一|两|三|得|起来|还没退|不退)|发(?:烧|热)|(?:咳|咳嗽)(?:得|到|了|个不停)|拉(?:了|肚子|稀)|腹泻|过敏|打喷嚏|流鼻涕|鼻塞|(?:吐|呕)了|(?:好几|几|[两三四五六七八九十]|\d+)\s*天(?:都|了)?(?:没(?:有)?(?:大便|拉屎|解大便|排便)|拉不出)|便秘(?:了)?(?:好几|几|[两三四五六七八九十]|\d+)\s*天|(?:大便|屎)(?:拉|解)?不出(?:来)?|拉不出(?:来)?(?![^。!?,,\s]{0,2}(?:抽屉|门|箱|拉链|车))|屙(?:唔|不)出|痒(?:得|到|死了)|(?:好|很|太|非常)痒|痕(?:到|得|死)|\b(?:fever|feverish|coughing|diarrh(?:o)?ea|allerg(?:y|ic)|vomiting|sneezing|constipated|itchy|itching)\b/i;
// (A graze, a knock or a burn — 擦伤, 蹭破, 磕破, 烫伤 — is a hurt now as much as a pain; a sore throat, 喉咙痛, 嗓子疼, is a pain.)
const HURT_NOW = /(?:疼|痛)(?:死了|得|的|到|了|一晚|一夜)|[头牙腰背颈肩膝腿脚手胃肚喉嗓][^。!?,,\s]{0,2}(?:疼|痛)|破皮|(?:擦|蹭|磕|碰|刮)(?:伤|破)|烫(?:伤|到|着|了)|\b(?:scraped|grazed)\b|切(?:了|破|到)|划(?:了|破)|摔破|扭(?:了|到|伤)|崴了|肿了|肿得|咳了|\b(?:hurts?|aching|killing me)\b/i;
/** 「我妈的降压药也要」, 「痛風藥都要」: one's own added to a run someone is making. */
const ALSO_WANTED = /^\s*(?:也|都)(?:要|需要|想要|缺)(?![^。!?,,\s]{0,4}(?:吗|[??]))/;
/** 「X Y都行 谁家有的话放俺门口」: whoever has some, asked to leave it at the door. */
const IF_ANYONE_HAS = /(?:谁|哪位|哪家|边位|有人)(?:家)?(?:里)?(?:有|还有)(?:多)?的话[^。!?]{0,4}(?:放|送|给|拿|借)/;
const AROUND_LAST = /(?:谁家?|哪位(?:邻居)?|哪家|边位|边个|有人|有冇人|有没有人|有无人)(?:家)?(?:里|屋里|屋企)?(?:还)?有(?:多(?:的|余的?)?)?(?:吗|伐|嘛|啊|呀|冇|么)?[\s??。!!~]*$/;
/** 「是给孩子的」, 「係俾個仔」, "for my son": who the medicine asked around for is for, said as its own clause, gives the asking its reason. */
const FOR_WHOM_SAID = /(?:^|[\s,,。])(?:是|係|系)(?:给|俾|畀)(?:我|阿拉)?(?:家|屋企)?(?:的|嘅|个|個)?(?:孩子|小孩|儿子|女儿|仔|女|囡囡|细路|宝宝|老人|爸|妈|外婆|外公|奶奶|爷爷|老公|老婆|阿婆|阿公|阿嫲|阿爷)|(?:^|[,.;]\s*)(?:it'?s )?for my (?:son|daughter|kid|child|baby|mum|mom|dad|grandma|grandpa|husband|wife)\b/i;
const askedAround = (text: string, mentions: { index: number; length: number }[]): RegExpExecArray | null => {
  for (const m of mentions) {
    const also = ALSO_WANTED.exec(text.slice(m.index + m.length, m.index + m.length + 12));
    if (also) return also;
  }
  const anyone = mentions.length > 0 ? IF_ANYONE_HAS.exec(text) : null;
  if (anyone) return anyone;
  if (mentions.length === 0 || !(HURT_NOW.test(text) || ILL_NOW.test(text) || FOR_WHOM_SAID.test(text))) return null;
  // (「碘伏和纱布 老公切菜划破了手 谁家有」: the asking around as the message's last words, after the name and the hurt.)
  const last = AROUND_LAST.exec(text);
  if (last && mentions.some((m) => m.index < last.index)) return last;
  for (const m of mentions) {
    const around = AROUND_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index)) ?? AROUND_AFTER.exec(text.slice(m.index + m.length, m.index + m.length + 8));
    if (around) return around;
  }
  return null;
};
/** 「明天有人去医院吗」: asks who is going; a request only beside a medicine or days left (「…帮我带两盒」, 「我的药明天就断了」). */
const GOING = /(?:谁|有人|有没有人|哪位)[^。!?]{0,8}(?:去|到|跑)[^。!?]{0,10}(?:吗|[??]|$)|(?:谁|有人|有没有人|哪位)[^。!?]{0,10}(?:配(?!到)|去医院)/;
/** Any word of medicine at all: without one (or a name, or days left) a group message is not read further. */
const MEDICINE_CUE = /药|配|剂|针|处方|试纸|纱布|碘伏|绷带|创可贴|棉签|体温计|尿不湿|纸尿|护理垫|隔尿垫|助听器|尿袋|diapers|hearing aid|catheter|medic|meds|pills|tablets|insulin|pharmac|prescri|refill|\d\s*(?:mg|g|ml|毫克|克)/i;
/** A need with no request words: the medicine is out or nearly. Read by the draft's days left. */
// ("her cream is finished", "my husband capsule finish", "the ointment for her bedsores ran out": a form named in English words the lexicon
// does not hold as names is the medicine too — a cream only beside the skin it is for, never ice cream; "my last pill" of a course is no form named.)
const EN_FORM = /(?<!\blast )\b(?:pill|capsules?|ointment|inhaler|puffer|(?:eye|ear|nose) ?drops|syrup|(?:rash|eczema|skin|steroid|antifungal|nappy|diaper|burn|itch|hydrocortisone|barrier) cream)\b/i;
const HAS_MEDICINE_NOUN = new RegExp(`药|处方|medic|meds|pills|tablets|insulin|prescription|${EN_FORM.source}`, 'i');

/** Little left, said as stock rather than days ("就剩最后一板", "只剩半瓶", "running low"): a need, with no days. */
// (「下礼拜就吃完了」, 「月底就没了」: run out by a horizon, told ahead — no days counted, a need all the same.)
// (「还有最后两粒」, 「只剩两顿了」, 「下礼拜一就吃完了」: the last few, doses left by meal, a weekday as the horizon.)
// (「药吃得差不多了」, 「藥食得七七八八」: eaten nearly through, said of the medicine itself — not 饭菜吃得差不多了.)
// ("down to the last few tablets", "only has one bottle left" — not a shop's —, "will finish on Sunday": the same, in English.)
// (「只够吃到周三」, 「撑到礼拜天」, 「这周就吃完了」, 「撑不到周末」, "only has pills until friday", "will run out this weekend": the horizon
// said by the day of the week, this week or the weekend — BY_A_DAY; a shop's stock by Friday is the shop's news.)
// (「不够吃了」, Cantonese 「唔夠食」, Shanghainese 「伐多了」, 「就快冇」 with no 了, written 「所剩無幾」, 「已用尽」, 「告罄」, Cantonese 「淨返少少」:
// little left in words of its own — LITTLE_LEFT_IN_OTHER_WORDS; 「够不够吃」 asks everyone, 「不够吃的话」 is a condition.)
const STOCK_LOW = /(?:只|就|还)?剩(?:下)?(?:最后)?(?:[一两半二三四五六七八九十\d]{1,2}|小半)?(?:板|盒|瓶|支|粒|片|颗|顿|针|张|包|袋|贴|个|排)|最后(?:[一两二三几]|\d)\s*(?:板|盒|瓶|支|粒|片|颗|顿|针|张|包|袋|贴|个|排)|(?:就|还)剩(?:下)?(?:一点点|一丁点|一点儿|一丢丢|没多少)|(?:吃|用|食|打|撑|顶|熬|捱|坚持)不(?:到|过)(?:这个?|本)?(?:月底|下(?:个)?月|月中|过年|(?:下|这)(?:个)?(?:礼拜|星期|周)(?:[一二三四五六日天])?)|不多了|快见底|(?<!够)不够(?:吃|食|用)(?!的话)|[伐勿]多了|(?:就)?快(?:要)?没有(?=$|[\s,,。!!~]|啦|喇|了)|所剩无几|只剩(?:下)?(?:少少|一点点|一啲|好少|很少)|(?:已(?:经)?)?用尽|告罄|(?:[下这本](?:个)?(?:礼拜|星期|周)[一二三四五六日天]?|(?:[这本](?:个)?)?周末|(?:礼拜|星期|周)[一二三四五六日天]|月底|过几天)(?:就|便)?(?:要)?(?:吃完|用完|打完|食完|没了|断(?:了|药))|(?:(?:只|就|才|仅)(?:够|能|可以|好)(?:吃|用|食|打)?到|(?:撑|顶|熬|捱)(?:不)?到)(?:[这本下](?:个)?)?(?:(?:礼拜|星期|周)[一二三四五六日天]|周末)|(?<=(?:药|素|片|丸)\s?)(?:吃|食|用|打)得(?:差不多|七七八八|快完)|running low|low on|last (?:box|pack|bottle|strip|pen)|\bdown to (?:the |her |his |my |our |their )?(?:very )?last (?:few|couple(?: of)?|one|two|three) (?:tablets|pills|doses|capsules|boxes|strips|pens|bottles|injections|sachets)\b|(?<!\b(?:pharmacy|shop|store|clinic|hospital|chemist|drugstore)\s)\bonly (?:has|have|got) (?:one|a|1|two|2) (?:box|bottle|pack|strip|pen|tube|inhaler)s? left\b|(?<!\b(?:pharmacy|shop|store|clinic|hospital|chemist|drugstore)\b[^.!?]{0,30})\b(?:will|gonna|going to) (?:finish|run out|be (?:finished|gone|used up))\b[^.!?,]{0,10}?\b(?:(?:on|by|before) (?:mon|tues|wednes|thurs|fri|satur|sun)day|this weekend)\b|\bonly (?:has|have|got|lasts?|enough)\b[^.!?,]{0,24}?\b(?:until|till|through) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<!\b(?:pharmacy|shop|store|clinic|hospital|chemist|drugstore)\b[^.!?]{0,30})\b(?:runs|run) out (?:on |by |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bonly (?:\d{1,2}|one|two|three|four|five|a few|a couple)(?: of)? (?:[a-z]+ )?left\b/i;

/** Nothing is asked: it came, or the talk is about how, where, when, or for whom else. */
// ("Thanks for all your hard work", "thank you for everything you do": thanks for the team's work, closing a request, is courtesy;
// so are thanks for running it — "for organizing all this", "for arranging the medicine runs" — but not "for organizing the metformin".)
// (「侬帮阿拉配了 氨氯地平两盒」, read as 你…帮…配了: you told to get it, 了 closing the order as Wu puts it, asks — not help
// already given; 「你帮我配了两盒」, with its count right after, is still help given.)
// 「已經幫佢搽咗藥」, 「涂了点药」: medicine put on already. 「小王送了一盒退烧药还帮忙量了体温」: a counted thing someone brought, told (the
// thing named with it, so that what follows is read apart); 「能再送一盒吗」, 「麻烦送了两盒」 (a modal or a call before it) are not.
// (「空盒子我放在门口了 你们派人来拿」, 「我把医保卡放门口了」: what the writer put out at the door is for the volunteer to take — a
// request's arrangement, not a thing received; 「志愿者放在门口了」, 「药已经放在我家门口了」 still are.)
// (「感谢小李帮我爸带的胰岛素」, 「多谢小张帮我们带的降压药」: thanks for what was brought, named after 的 — no request.)
// (「志愿者已经在联系了」, 「楼组长已经在处理了」, 「她儿子已经在想办法了」, 「居委已經跟緊」, 「我让他私聊居委了」, "the committee is on it": a need
// relayed as already in hand — ALREADY_IN_HAND; not asked whether it is (…处理了吗), nor in hand and failing (…还是配不到).)
const RECEIVED = /\b(?:gave|lent|brought|handed|passed) (?:me|us) (?:some|a|an|her|his|their|a few|two|2|half)\b(?![^.?!]{0,40}\b(?:can|could|please|need)\b)|(?:搽|涂|擦|抹)(?:了|咗|过)(?:点|啲|些|一点)?(?:药|碘伏|红药水)|\bfound (?:some|more|a box|a pack|another|a spare)\b|\ball (?:good|sorted) now\b|(?:,|but)\s*all good\b|药(?:今天|今朝|已经|昨天|刚刚|刚才|都)(?:到|送到|收到)了|已经(?:拿|收|配|买|送|领)到(?![^。,,!!]{0,3}(?:吗|没|[??]))|已经有人(?:去|接|认领|在帮|送)了(?![吗么??])|(?:(?:已经|已)在(?:联系|处理|跟进|想办法|安排)(?:着|中)?|(?:已经|已)(?:跟进|跟紧)(?:中|着)?)(?:了)?(?![^。!?]{0,3}(?:吗|么|伐|没|[??]))(?![^。!?]{0,16}(?:但|可是|不过|还是|不到|没用|不行))|我(?:已经)?(?:让|叫)(?:他|她|伊|佢)(?:们)?(?:自己)?[^。!?,,\s]{0,4}(?:私聊|私信|联系|找)[^。!?,,\s]{0,6}了|\b(?:is|are|'s|'re) (?:already )?on it\b|(?:现在|已经|一直|都)有志愿者(?:在)?帮|(?<!(?:要|该|得|需要)\s?)续上了|接上了|(?:送|配)了[^。!?,,]{0,6}(?:户|家|个人|份)的药|帮(?:我|我们|我家|我妈|我爸)?(?:配|买|拿|带|送)的药|(?:谢谢|感谢|多谢)(?![^。!?]{0,10}(?:有没有|有冇|谁|哪位|可以|能不能|可不可以))[^。!?]{0,10}帮(?!忙?(?:老人|大家|居民|邻居们|街坊|人家|独居|孤寡))[^。!?,,]{0,4}(?:送|配|买|拿|带)(?:药|了|的(?=[\u4e00-\u9fff])(?!话))|借了[^。!?]{0,10}给我|(?:现在|而家)没(?:有)?事(?:了|喇)|已经[^。,,!!?]{0,10}(?:买|下单|订|配)(?:好)?了|买好|已下单|下单了|送过来了|(?:拿|攞|取)(?:咗|了)?(?:回来|返)|\bbrought (?:some|it|them|her|his|my|me|us|their|our)\b|\b(?:was|were|been|got|just|already) delivered\b|^\s*delivered\b|\bdropped (?:it|them) off\b|帮(?:我|我们|我家)(?:配|买|拿|带|送)(?:药)?的(?:志愿者|人|那位|哪位|小伙子?|姑娘|邻居|阿姨|大哥|大姐|老师)|(?<!把[^,,。!!?]{0,8})(?<!(?:想|请|要|麻烦|能不能|可以|可不可以)[^,,。!!?]{0,4})(?<!你[^,,。!!?]{0,8}(?=帮[^,,。!!?把]{1,8}(?:配|买)了(?:$|[\s,,。!!])))帮[^,,。!!?把]{1,8}(?:配|买|拿|攞|送)(?:药)?(?:好|完)?(?:了|咗)(?![吗吧没])|(?:报|登记)过了|帮[^。!?,,]{0,8}(?:报|登记)了|已经(?:帮[^,,。!!?]{1,4})?(?:报|登记|安排)|已安排|安排好了|(?:摆|放)好了|配到(?:了|啦|喇|咗|晒)(?!\s*(?:就|再|马上)?还)|配到药|配齐(?:了|啦|喇|咗|晒)|配好了|(?:拿|攞)到(?:了|啦|喇|咗|晒)(?!\s*(?:就|再|马上)?还)|拿到药|收到(?:了|啦|喇|咗|嘞)|(?<!\b(?:i|we|he|she|they|you|i'?ve|we'?ve|i have|we have)\s+)\b(?:has|have|had|finally|all|already) arrived\b|送来了|送到了|(?<!(?:能|可以|请|麻烦|帮我|给我|再|要|想)[^。,,\s]{0,2})(?:送|拿|带)(?:了|咗)(?:[一两二三四五六七八九十几\d]|好几)\s*(?:包|盒|瓶|袋|支|板|箱|粒|片|颗|罐)[^\s,,。!!??;;还仲又也来过上]{0,6}|\b(?:brought|dropped) (?:over|round|off|by) (?:a|an|one|two|three|some|\d+) (?:box|bottle|pack|packet|bag)s?\b|送达|送过去了?|送去了|已经送|(?<!(?:我|阿拉|我们)(?:已经|都|也|就|先)?(?:把[^,,。!!?\s]{0,5})?)放(?:在)?[^,,。!!?]{0,6}门口了|记得(?:拿|取)|查收|吃上了|已经配|买到了(?!\s*(?:就|再|马上)?还)|药(?:今天|已经|都|也)?(?:到|送到|拿到)了|\bgot (?:my|the|our|his|her)\b|received|thanks to|thanks? (?:you )?(?:all |so much |everyone )?for(?! (?:looking after|any help|reading|your time|in advance|all (?:the |your )?(?:hard )?(?:work|effort|help)|your (?:hard )?(?:work|effort)|all (?:you|that you)\b|everything (?:you|that you)\b|what you(?:'re| are)? do|(?:organi[sz]ing|coordinating|running|arranging|setting up) (?:all )?(?:of )?(?:this|these|it all|everything|all this|the (?:\w+ )?(?:group|runs?|deliveries|volunteers|rota|service))\b))|huge thanks/i;
// (「谁家有学医的 帮我看看这个药能不能一起吃」: advice asked of someone who knows medicine, not medicine asked for; 「帮忙看看能不能配到」
// asks to try and get it.)
// (「成人纸尿裤算不算可以帮忙代买的东西」: whether a thing counts as what is fetched asks about the service, for nothing;
// 「我报的降压药有没有记下来」: whether what one reported was recorded asks what is held.)
/** Someone in another compound, whom nobody here can reach: 'my parents … in another compound … ran out'. */
const FAR = /\bin (?:another|a different|other) (?:compound|community|estate|district|city)\b/i;
/** A volunteer's report of the households served: 「今天帮十二户配了药」. */
const SERVED = /帮[^。!?,,]{0,6}(?:户|家)(?:人家)?[^。!?,,]{0,2}(?:配|买|拿|送)(?:了药|好了|完了|到了)/;
/** News that a place can fill prescriptions now: 「社区医院能配三个月的药了 好消息」. */
const PLACE_NEWS = /(?:医院|社区|药店|药房|卫生(?:服务)?中心|门诊)(?:现在|也|已经|终于)?(?:能|可以)(?:配|开|买)[^。!?]{0,10}(?:了|啦)(?![吗么])/;
// (「社区医院可以配了 麻烦帮我配两盒降压药」: with a request of one's own apart from it, the news is its reason.)
const placeNews = (text: string, forAsking: string): RegExpExecArray | null => {
  const m = PLACE_NEWS.exec(text);
  return m && !ASK.test(setAside(forAsking, [{ index: m.index, length: m[0].length }])) ? m : null;
};
// (「说下我们宿舍的情况 一共六个人」: the people of the writer's own room counted, past a pause, are no tally of requests.)
// (大家要/不要/记得 is advice to everyone; 「希望大家不要介意」 asks their pardon for a need just told.)
const ELSEWHERE =
  /(?:谁|有没有人|有人|哪位)(?:家)?(?:有|是)?(?:学医|医生|护士|药剂师|懂药|懂医)[^。!?]{0,12}(?:看看|看一下|问问|咨询|请教)|帮(?:我|忙)?看(?:看|一下)[^。!?]{0,10}(?:能不能|可不可以|能否|是不是)(?!(?:帮(?:我|忙)?)?(?:配|买|弄|搞|找|拿|开))|(?<!(?:家|屋|宿舍|房间|寝室)(?:[^。!!??,,\s]{0,3}|(?:里|的情况)?\s))(?:一共|总共|(?<![一总])共)\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:户|家|个人|位)|\b(?:need to|just) vent(?:ing)?\b|配得到(?:吗|啊|呀|么|伐|不)|(?:有没有人|谁|有人)[^。!?]{0,6}(?:去)?配过|(?:空|多余?)的药盒|分装|(?:现在|已经|终于)(?:也)?(?:能|可以)(?:开|配|买)(?:到)?[^。!?,,\s]{0,10}了(?![吗么呢??])|(?:让|叫)(?:他|她|他们|她们|伊|佢)(?:自己)?[^。!?,,]{0,6}(?:报|登记|联系|说)|消杀|喷(?:一下|一喷|洒)|without (?:a )?prescription|over the counter|(?:需要|要|不用)处方(?:吗|吧)|开封(?:后|以后)|谁负责|哪位负责|负责人|who(?:'s| is) (?:in charge|responsible)|(?:医院|药店|药房|门诊|卫生(?:服务)?中心|诊所)(?:现在|今天|还)?(?:能|可以|能不能|可不可以)(?:开|配|买)(?:药)?(?:吗|了吗)|猫|狗(?!皮膏)|宠物|\bcat\b|\bdog\b|\bpet\b|大家(?:注意|要|不要(?!介意|见怪|嫌烦|嫌弃|怪)|记得)|千万|不能自己随便|哪(?:家|个)(?:药店|药房|医院)[^。]{0,6}(?:开|营业)|(?:报|登记)过的药|记录|怎么跟你|how (?:do|can|should) i (?:ask|use|tell)\b|how does (?:this|it|the)|什么药|哪种药|哪些药|急救箱|能否配到|配得到吗|(?<!看看|看一下|试试|问问)(?:能不能|能否|可不可以)(?:配|买)(?:得)?到|配得到(?:啊|伐|不|么)|\bfyi\b|anyone tried|算不算|算唔算|属不属于|(?:报|登记|配)(?:的|过的)(?:那个|这个)?[^。!?,,\s]{0,6}?(?:有没有|是不是)?(?:记|登记|录)(?:上去|下来|进去|上|下|好|对|错)|\bcounts? as\b|\bdoes (?:it|that|this) count\b/i;
/**
 * Words of an announcement, advice, a question put to everyone or an offer by the way (「大家的药够吗」,
 * 「如果大家…」, 「有的话说一声」, 「根据…要求」, "if you are going…", "do we need…", 「有人知道…」,
 * 「可以顺便」): alone they ask for nothing; beside a need of the writer's own they are its story.
 */
// (药箱 is advice to keep one, not the writer's own box found empty: 「药箱里一粒都没有」 is a need.)
// (「要配药的明天中午前报到楼组长那里」, 「需要配慢病药的居民 请把药名…发给楼长」, 「吃完之前一个礼拜就要报」: a notice relayed; its 要配 is
// everyone's. A form filled in after it — a name, its count and the door — still asks. 「别囤药了 留给需要的人」: hoarding warned against.)
const ANNOUNCED =
  /(?:要|需要|想)(?:配|拿|开)药的(?:邻居|人|朋友|居民|住户|老人)?(?:们)?(?:请|在|要|记得|可以)|(?:家里|家庭)(?:都)?(?:应该|要|得|最好)(?:常)?备|提醒(?:一下)?(?:大家|有)[^。!?]{0,16}(?:备|准备)|\b(?:don'?t|do not|never|no) (?:post|share|send|put|write|mention)\b|(?:不要|别|勿|不能)(?:在群里?)?(?:发|贴|晒|写|说)(?:药名|药的名字|病情)|(?:只有|凭|要)处方才|不卖|(?:哪里|边度|哪儿)(?:还)?(?:有得)?(?:可以|能)?(?:买|有卖)|建议[^。!?]{0,8}备|哪儿(?:能)?买|which pharmac|where (?:can i|to|do i) (?:buy|get)|where (?:can|could|do|should) (?:we|one|you|people) (?:buy|get|find)|保质期|有效期|(?:早就|老早就?|之前就)(?:讲|说|提醒)过|药要多备|\b(?:do|does) (?:we|i|you|one) need\b|complaints?|投诉|药箱(?![里内][^。!?]{0,10}(?:没|冇|用完|吃完|空))|药盒子|分药盒|收纳|(?:就|可以|记得)(?:找|联系|告诉)(?:楼组长|居委|志愿者|社区)|别自己|(?:有人|谁|有谁|有没有人)(?:知道|晓得|清楚)|根据[^。\n]{0,12}(?:通知|要求|规定)|(?:想|来)?(?:同|跟|和)大家分享|分享一下|(?:给|供)大家参考|有需要(?:的话)?(?:早点|尽快|就|请)(?:说|讲|报|联系|找)|免费|有的话(?:讲|说|告诉我)|大家的药|(?:要|请|记得)提前|提醒[^。!?]{0,24}(?:要|记得)(?:备|准备)|(?<!(?:有没有|有冇|谁|有人|哪位|哪个|边位|边个|啥人|什么人)[^。!?,,\s]{0,4})可以顺(?:路|便)(?:带|帮)?(?![^。!?]*(?:吗|[??]))|我(?:可以|能)?(?:顺路|顺便)|\bif you (?:run|need|have|are)\b|如果(?:你|您|大家|各位)|不够的(?:早点|尽快|请)?(?:说|报|登记)|(?:要|记得|就)(?:说|讲|报)(?:啊|哦|呀|一声)|(?:每家|家家|大家|各家)(?:都)?(?:应该|要|得|最好)(?:常)?备|别不好意思|(?:要|需要)的(?:人|朋友|邻居)?(?:赶紧|抓紧|快去|尽快|自己)|(?:要|就|请|记得)(?:早点|尽早|及时|提前|尽快)(?:报|说|登记)|别等(?:到)?[^。!?,,]{0,4}(?:断|没|吃完)|(?:要配|需要配|要配药|需要配药)的[^。!?]{0,4}(?:提前|尽快|抓紧)?(?:报|说|登记|找)|谁(?:要|需要)配(?:药)?的[^。!?]{0,12}(?:报|说|登记|找)|(?<!\b(?:is|are) there\s)\b(?:anyone|anybody|those|whoever|residents|people|everyone)\s+(?:who|whose|that)\b|\bif you need\b|(?:我|阿拉)(?:家里|家|屋里|儿子|女儿|老公|孙子)?有(?:辆|部|台)?[^。!?]{0,3}车|(?:要|需要)配药的[^。!?]{0,12}(?:告诉|报给|发给|说给)我|(?:要|需要)配药的(?:邻居|居民|人家|人|朋友|家庭|住户|老人)?(?:请|要|记得)|\b(?:does |do )?any(?:one|body)(?: here)? know (?:how|whether|what|where|when|which|if (?:the|they|we|it|you|he|she|this|that))\b|(?:大家|各位)?(?:家里|屋企)有(?:老人|长者|老年人|小孩|病人)[^。!?,,\s]{0,4}的[\s,,]{0,2}[^。!?]{0,4}(?:一定|最好|应该|记得|都)?(?:要|得)?(?:多|常)?备|大家(?:家里)?(?:多|都)(?:备|准备)|(?:大家|各位|每家|家家|各家)[^。!?,,\s]{1,6}?(?:都)?(?:应该|要|得|最好|记得)(?:多)?(?:常)?备|(?:吃完|用完|没了|快没了|不够)(?:了)?(?:就|要)(?:去|赶紧|尽快|早点|快)?(?:登记|报名|报|说)(?!了)|(?<!我[^。!?,,\s]{0,3})(?:要|需要)(?:代)?(?:配|开)[^。!?,,\s的]{0,5}的(?!药)(?:居民|人家|人|邻居|朋友|住户|老人|家庭)?(?:们)?[\s,,]{0,2}[^。!?]{0,14}?(?:报|登记|发给|告诉|私聊|联系|找|放)|(?:吃完|用完|断药|断顿|没了)(?:之前|以前|前)[^。!?,,\s]{0,8}?(?:就|要|得)(?:要)?(?:报|登记|说|配)|(?:别|不要|唔好|覅|勿要)(?:再)?囤|(?:留|让)(?:给|俾|畀)(?:更)?(?:有)?需要(?:的|嘅)|有备无患|以防万一|小贴士|(?:给大家)?提(?:个|一个)醒|提醒(?:一下)?大家|(?:分享|说)(?:个|一个|一点|点)(?:小)?经验/i;
/**
 * What others do for the building, told as their habit (「楼长天天帮老人们拿药」, 「每天打电话问阿拉要不要配药」, "go round every
 * day asking who needs medicine"): praise or news, not a need — read only when the writer says no medicine of their own runs out.
 */
const SERVICE_HABIT =
  /(?:每天|天天|每日|每晚|经常|常常|一直|平时|平常|总是|向来)(?:都)?(?:会|来|在|上门|挨家挨户)?(?:帮|替|送|打电话问|敲门问|上门问|问)|(?:以前|之前|从前|过去|原来)(?:都|也)?(?:常|经常|成日|一直|总是|每个月)?(?:帮|替|给)(?=[^。!?,,\s]{0,12}(?:惯了|过|好几年|几年|多年|一年))|(?:以前|之前|从前|过去|原来)(?:都|也)?(?:常|经常|成日|常常|一直|总是|每个月)(?:帮|替|给)|\bused to (?:get|fetch|pick up|buy|collect|take)\b|\bevery (?:day|morning|evening|week)\b[^.!?]{0,30}\b(?:asking|helping|bringing|delivering|picking up)\b|\basking (?:who|if anyone|whether anyone) needs?\b/i;
/** Where the clause that goes on at `from` ends: at a space or a mark in Chinese (within 14), at a mark in English (within 40). */
const clauseEnd = (text: string, from: number, english: boolean): number => {
  const rest = text.slice(from, from + (english ? 40 : 14));
  const end = rest.search(english ? /[,.!?;，。！？]/ : /[\s,,。!!??]/);
  return from + (end < 0 ? rest.length : end);
};
/** A complaint that those in charge do nothing (「居委会管不管」, 「也没人管」): said of the old at large, nothing is asked. */
const THE_OLD_AT_LARGE = /老人家|老人们|(?:几|好几|多|不少|很多)(?:户|家|个|位)(?:老人|人家)|老年人|好多(?:老)?人|很多(?:老)?人|大家|居民|\b(?:old folks|elderly|old people|residents|everyone|people)\b/i;
const NOBODY_CARES = /管不管|不管管|没(?:有)?人管|(?:也|都)不管|有没有人管|谁来管|理不理|理唔理|管唔管|睬不睬|\b(?:does|do|did|is doing|are doing) nothing\b|\b(?:nobody|no one) (?:cares|does anything|is doing anything)\b/i;
/** Another group-buy proposed (「尿不湿要不要一起拼单」, 「有没有人一起团护理垫」: README rule 25) or a pack's size told (「一包十片」, 「一盒七片」): talk about it. */
const PROPOSED = /(?:要不要|有没有人|谁要|大家)(?:一起|一块)?(?:团|拼)|(?:一起|一块)(?:团|拼单)|拼(?:个)?单|(?:大家|各位|邻居们)[^。!?]{0,12}(?:可以|应该|最好)(?:先)?(?:给|让给|留给|分给)(?!我)[^。!?,,\s]{0,8}(?:那家|那户|他家|她家|他们|她们|老人|需要的|更急的|发烧的)/;
const PACK_SIZE = /(?<![\d一二两三四五六七八九十几])[一1]\s*(?:盒|包|板|瓶)\s*(?:有|是)?\s*(?:\d{1,3}|[二两三四五六七八九十]{1,3})\s*(?:片|粒|颗|支|个)|\bcome in packs of\b/;
/** A warning of a fraud (「小心骗子 有人说能代配药 要先转账」, "beware of a scam"): it asks for nothing, unless the writer's own medicine runs out beside it. */
// (「不要相信那些说能帮忙配药的陌生人」, 「唔好信…」, "don't trust…": distrust urged is the same warning.)
const FRAUD = /骗子|诈骗|骗局|骗钱|行骗|冒充|上当|被骗|(?:不要|(?<![特区分告识辨鉴类级性个差])别|不能|唔好|千万别|千祈唔好|勿)(?:轻易|随便)?(?:相)?信(?!息)|\bscam(?:s|mer|mers)?\b|\bfraud|\bimpersonat|\b(?:don'?t|do not|never) trust\b/i;
const ANNOUNCED_ALL = new RegExp(ANNOUNCED.source, 'gi');
const ADVICE_EN_ALL = new RegExp(ADVICE_EN.source, 'gi');
/**
 * A device borrowed for a measurement (「有谁家有血压计可以借我量一下吗」) is a reading taken, not a supply;
 * a device the writer has at home (「我屋企有血壓計」, 「我家有台制氧机」, 「我有一只血压计」) is an offer or a story — unless it broke.
 */
const DEVICE = '(?:血压计|血压仪|血糖仪|血糖计|制氧机|氧气瓶|雾化器|雾化机|体温计|额温枪|耳温枪|体温枪|血氧仪)';
const DEVICE_NOT_ASKED = new RegExp(`借(?:我|给我|一下)?\\s?(?:量|测)(?:一下|一次|下)|(?:我|我家|我们家|我屋企|阿拉屋里|阿拉|屋里|家里)(?:里)?有(?:[一两\d]\s?)?(?:个|台|只|部)?(?:闲置的?|多的|多余的?)?${DEVICE}(?![^。!?]{0,8}(?:坏|不准|没电|用不了|不能用|没了|不见了|丢了))`);
/** A purchase already made, with its count: 「买了两盒」, 「買咗兩盒」, 「订了三瓶」, 「买过两盒」, 「排了三个小时才买到两盒」 (and 托人买了: got through someone, not asked); in English a pack bought or opened ("opened a new box of …"). */
const BOUGHT = /(?:买|订|购|抢)(?:了|咗|到了|过)\s?(?:\d{1,3}|[一二两三四五六七八九十几])\s?(?:盒|瓶|支|粒|包|板|袋|片|颗|罐|个|台)|(?<!(?:能|可以|想|要|不|没|唔|冇)[^。!?,,\s]{0,2})(?:买|购|抢)到\s?(?:\d{1,3}|[一二两三四五六七八九十几])\s?(?:盒|瓶|支|粒|包|板|袋|片|颗|罐)|\b(?:opened|started|bought|ordered|picked up)\s+(?:a|an|one|two|three|another|\d{1,2})\s+(?:(?:new|fresh|full|spare|extra)\s+)?(?:box|pack|bottle|tube|pen|strip)(?:es|s)?\b/i;
/** A recommendation asked (「求推荐一个好用的血压计」, 「哪个牌子的体温计准」, "any recommendations for…"): nothing is asked to be bought. */
const RECOMMEND = /推荐|哪(?:个|种|款)(?:牌子)?(?:的)?[^。!?]{0,8}(?:好|准|好用)|什么牌子(?:的)?[^。!?]{0,6}(?:好|准)|\brecommend|\bwhich (?:brand|one|model)\b/i;
/** Thanks, and a need met, in a long story ("Thank you so much for looking after her" closes a request: no need met). */
const THANKS = /谢谢|多谢|感谢|thank/i;
const MET = /\bhave everything (?:they|we|he|she|i) need\b|一切(?:都)?安好|一切都好|够(?:吃|食|用)(?![到\d一二两三四五六七八九十几半]|个?(?:礼拜|星期|月))|都没(?:有)?事|没(?:有)?事了|送到了|就送到|已经送到|送来了|好多了|出院了|好返|doing (?:fine|well|better)|all good/i;
/** The writer's own: 「我的」, 「我家」, 「我妈」, "my", "mine". */
// (Or the one the writer speaks for: 「伊的心脏药」, 「阿姨的药」, relayed by a carer.)
const MINE = /我(?:的|家|们家|妈|爸|老伴|老公|老婆|老头|老太|爷|奶|外公|外婆|儿子|女儿|孩子)|(?:他|她|伊|阿姨|阿婆|阿公|老太太|老爷子)的|\b(?:my|mine|our)\b/i;
const lowOfMedicine = (text: string, low: RegExpExecArray): boolean => {
  // (An English horizon's clause runs to a mark, not to a space: "dad's pills will run out this weekend".)
  const stops = /^[\x00-\x7f]+$/.test(low[0]) && /(?:day|weekend)$/i.test(low[0]) ? /[,,。.!!??;；]/g : /[\s,,。.!!??;；]/g;
  const start = Math.max(...[...text.slice(0, low.index).matchAll(stops)].map((m) => m.index + 1), 0);
  const clause = text.slice(start, low.index + low[0].length);
  return /药|meds|pills|tablets|medicine/i.test(clause) || EN_FORM.test(clause);
};
const WHAT_TO_DO_LAST = /(?:怎么弄|怎么办|咋整|咋办|哪能办|点算)[啊呀呢哦]*[\s??!!。~]*$/;
/** One's family named without 我 (阿爸, 老妈子, "gran"): whose medicine is low. */
// (Or said in writing or in Wu: 本人, 家父, 家母, 家中, 伲屋里.)
const KIN_NAMED = /本人|家父|家母|家中|伲(?:屋里|家)|爸|妈|老伴|老豆|老母|外婆|外公|奶奶|爷爷|婆婆|公公|阿婆|阿公|阿嫲|阿爷|\b(?:mum|mom|dad|gran|granny|grandma|grandpa|nan)\b/i;
/** What is said around a request as often as around news ("药店买不到", "上次托人买的", "听说"): it ends a reading only when nothing is asked. */
const CONTEXT = /(?:昨天|前天|上次|之前|那天)有个(?:阿婆|老人|老伯|阿姨|老太太|老头|邻居)|刷到|视频(?:里|上)?(?:说|讲)|新闻(?:里|上)?(?:说|讲)|网上(?:说|讲)|(?:平时|平常|一直|每次|经常|向来|都是)[^。,,!!??]{0,8}(?:帮|替|给)(?:他|她|伊|佢)(?:们)?(?:配|买|拿|取|送)|没(?:有)?货|会不会|\bonline\b|(?:都|是)[^。!?,,]{0,10}(?:配|买|送|拿)的(?=$|[\s,,。!!])|听说|据说|(?:药店|药房|药局|诊所|卫生站)(?:的人|那边|老板)?(?:说|讲|话)|门诊停|停诊|开门|凭[^。!?,,\s]{1,6}(?:才能|才|先)?(?:买|配|开|拿)|实名|限购|(?:每人|每户|每家|一个人|一户)(?:只能|最多|限)|\blimited to\b|\bper (?:person|household|family)\b|线上|送货上门|买不到|缺货|断货|卖光|卖完|(?<![跟和同])上次(?!一样)|heard|is closed|out of stock|in stock|sold out/i;
/** Spare medicine offered to neighbours: 「我家多了两盒布洛芬 有需要的说一声」, "I have extra paracetamol if anyone needs". */
// (A thing lent: 「闲置的制氧机 谁家需要可以借去用」, 「可以借给大家」.)
// 「体温计我家有多一支 哪家要用可以借」: a spare one has, to lend, is an offer (its count is no quantity asked for).
// 「多了两盒退热贴 要的讲一声」, 「多出一瓶酒精 要的私我」, 「要嘅出声」: those who want it (要的, not 我要的) told to say so.
// 「家里还有两盒布洛芬 谁急用可以来拿」, 「大家有需要可以拿」: whoever needs it may come and take it — 可以/就 before the taking, with
// or without 来 — is one's own stock offered; 「我急用 可以来拿吗」 asks.
// 「我有两盒没用过的胰岛素针头 谁家需要 直接来12号楼拿」, "unopened … free to whoever needs them", "up for grabs": one's unused stock offered.
// (「哪个邻居家有多的美林能借一点」, 「边个街坊屋企有多嘅…可以借啲」: who has some spare, asked, is asking to borrow; so is
// 「哪位邻居有多余的… 放门口就行」, 「有没有人有多的 送给我们」: asked to leave it at the door.)
// 「谁家孩子发烧了 我有两瓶美林可以给」: what the writer has and can give, said last, is an offer.
const SPARE = /我(?:家|这|这里|屋企|屋里)?(?:还)?有[^。!?,,\s]{1,10}?(?:可以|能)(?:先)?(?:给|送|借)(?:你|你们|他|她|大家|出去)?(?=$|[\s,,。!!])|(?<!(?:谁|哪位|哪家|哪个|哪一家|有没|有冇|边位|边个|边家|有人)[^。!?,,\s]{0,5})(?:有多|多了|多出来?|多余的?)[^。!?]{0,16}?(?:可以|能|就)借(?!我|给我)(?![^。!?]{0,6}(?:吗|[??]))|闲置|(?:可以|能|就)(?:来)?借(?:去|走|给(?:你|大家|需要的|邻居))|借(?:去|给你)用|可以送(?:你|给你|给大家|过去|给需要的)|(?:可以|就)?送(?:给)?你(?:们)?(?:吧|啊)?(?=$|[\s,,。!!])|(?:可以|就)?(?:来|到)我(?:这|这里|那|那里|家)(?:里)?(?:拿|取)|多买了|用不完|(?:我|可以)(?:帮你|给你)?(?:放|送)(?:到|在)(?:你家|你们家|他家|她家)门口|(?:谁要|谁需要|有需要的|需要的)[^。!?]{0,2}来[^。!?]{0,10}(?:拿|取)|(?<!(?:谁|哪位|哪家|哪个|哪一家|有没|有冇|边位|边个|边家|有人)[^。!?,,\s]{0,5})(?:多了|多的|多余的?|有多|多出来?)[^。]{0,16}(?:需要|谁要|说一声|自取|放门口|送给|拿去|来拿|(?<![我你他她])要(?:的|嘅)(?:话)?\s?(?:讲|说|出声|私我|私聊|吱声))|(?:谁要|谁需要|有需要的|需要的)[^。!!?]{0,6}(?:来拿|自取|拿去|找我|说一声|私聊我|提前说|跟我说|告诉我|报给我|私我)|\b(?:extra|spare)\b[^.]{0,40}\bif any(?:one|body) needs?|\b(?:extra|spare)\b[^?]{0,80}?\bif any(?:one|body|\s+(?:[a-z]+\s+){0,1}(?:kids?|child(?:ren)?|famil(?:y|ies)|households?|neighbou?rs?|elders?|person|people|one))\b[^.?]{0,30}\bneeds?\b|free to any(?:one|body)|any(?:one|body) (?:who )?needs? (?:some|it|them)|(?:谁|哪|边)(?:家|位|个)?(?:老人|邻居|街坊)?(?:要用|要|需要|用得着|用得上|用得到)[^。!?]{0,10}?(?:来|上门|过来|嚟)[^。!?]{0,10}?(?:拿|取|攞)|(?:没用过|没开封|没开过|未开封|没拆(?:封)?|全新)[^。!?]{0,20}?(?:谁|哪|边)(?:家|位|个)?[^。!?,,\s]{0,3}(?:要用|要|需要|用得着|用得上)(?![^。!?]{0,4}(?:吗|[??]))|\bfree (?:to|for) (?:whoever|anyone|anybody)\b|\bup for grabs\b|(?:谁|哪|边|大家|有)(?:家|位|个)?[^。!?,,\s]{0,4}?(?:要用|需要|急用|急需|用得着|用得上|用得到)(?:的)?(?:邻居|街坊|人|话)?\s?(?:可以|就|请|直接)+(?:来|上门|过来|嚟)?(?:拿|取|攞)(?![^。!?]{0,4}(?:吗|[??]))/i;
/**
 * A medicine left for whoever needs it to take: the taker is named by their need, not by a name (谁急用, 哪家小孩要用的,
 * 大家有需要, 缺的话, 急需的, "whoever needs them", "anyone short") and is told to come and take it (可以来拿, 直接上来拿, 上嚟攞,
 * 门口自取, "can come pick up"). The taking is the reader's: nothing is asked. (「谁有空…帮忙拿」 names a helper by their time,
 * 「…谁家有多的 我来拿」 has the writer take it: both ask.)
 */
const NEED_WORD = '(?:急用|急需|要用|需要|用得着|用得上|用得到|缺)';
const NEEDER = `(?:(?:谁|哪|边|啥人)(?:家|位|个)?[^。!?,，\\s]{0,4}?${NEED_WORD}|(?<!我|我们|我家)有${NEED_WORD}|${NEED_WORD}(?=的))(?:的话|的)?`;
// (Within the clause, with no one else taking it for them: no 帮, no 我 but a place of the writer's, 我家门口.)
const TAKES = '\\s?(?:(?!我(?!家|这|那|屋)|帮)[^。!?,，\\s]){0,16}?(?:拿|取|攞|借)(?!给我|给他|给她|我)(?![^。!?]{0,4}(?:吗|[??]))';
const NEEDER_TAKES = new RegExp(`${NEEDER}${TAKES}|\\b(?:whoever|any(?:one|body)(?: who)?|those who)\\s+(?:needs?|is short|are short|short|runs? (?:low|out))\\b[^.?!]{0,30}?\\b(?:can|could|may|feel free to|is welcome to|are welcome to)\\b[^.?!]{0,20}?\\b(?:come|pick|grab|collect|take|get)\\b(?![^.?!]*\\?)`, 'i');
/**
 * A thing offered, with whoever wants it told to speak up or to borrow it (要的说, 要的话吱一声, 用得着的讲一声, 需要的跟我说, 想借嘅話出聲,
 * 老人家要量血压可以来借, "shout if you want to borrow it", "just say if you want it"): the one who speaks, or borrows, is the reader.
 * The one who HAS it told to speak (有的讲, 有的话说一声), or the writer borrowing (借我, 我可以来借), asks. Read only when the writer says
 * they have a thing (我这有, 多了, 还剩, 闲着, "a spare"): 「需要的话跟我讲」 beside a request is "if need be, tell me".
 */
const HELD = /我(?:家|这|屋)?[^。!?,，\s]{0,4}(?:有|还剩|多了|多出)|多了|多出|多余|还剩|闲着|闲置|(?:屋企|屋里|家里|屋里厢)(?:还)?有|\b(?:spare|extra|sitting unused|(?:i|we) (?:have|'ve got) an?)\b/i;
const WANTER = '(?<!我|我们|阿拉|吾)(?:想要|想借|想用|要用|需要|用得着|用得上|用得到|急用|缺|要)';
const WANTER_SPEAKS = new RegExp(
  `${WANTER}(?:的话|的話|的|额|嘅话|嘅話|嘅|既)\\s?(?:可以|就|请|直接)?(?:讲|说|吱|出声|出聲|告诉我|跟我|同我|话我|私我|私聊|找我|留言)(?![^。!?]{0,4}(?:吗|[??]))|` +
    `(?<!(?:我|谁|哪|有人|有没有|有冇|边|请问|麻烦)[^。!?,，\\s]{0,6})(?:可以|能|欢迎|随时)(?:来|过来|上来|到[^。!?,，\\s]{1,6})?借(?:去|走|用)?(?=$|[\\s。!！~,，])(?![^。!?]{0,8}(?:吗|[??]))|` +
    "\\b(?:shout|say(?: so)?|let me know|tell me|message me|dm me|ping me|holler)\\b[^.?!]{0,12}\\bif (?:you|any(?:one|body))\\b[^.?!]{0,10}\\b(?:wants?|needs?|would like|'d like)\\b|" +
    "\\bif (?:you|any(?:one|body))\\b[^.?!]{0,10}\\b(?:wants?|needs?|would like|'d like)\\b[^.?!]{0,30}\\b(?:shout|say so|just say|let me know|tell me|message me|dm me|ping me)\\b",
  'i',
);
/** 交替 (two medicines taken in turns) holds 替, "for someone", inside it: set aside before a request's words are looked for. */
const IN_TURNS = /交替/g;
/**
 * Where to buy a thing, asked (「血氧仪哪里有卖」, 「去哪买比较靠谱」, 「哪个药店能买到」, "where can I still buy…"), with why: 「想给老人备
 * 一个」, "want one for my parents" is the purchase's purpose. The writer will buy it; nothing is asked of anyone.
 * (So is whether a shop sells it: 「药房能直接买吗」, 「网上可以买吗」; 「药店买不到」 is no sale.)
 */
// A shop, a clinic or a hospital that can sell it, told or asked (「藥局可以買到普拿疼嗎」, 「诊所现在能买到布洛芬」, 「说台湾的药局可以买到
// 立普妥」): where it is to be had, the modal said, so that 「帮我去医院买」 is not taken for it (到 may be lost to a name: 「到龙角散」).
const WHERE_TO_BUY = /(?:药局|药行|药妆店|诊所|医院|门诊|便利店|药店|药房|超市|网上)(?:里|也|还|都|现在|已经|直接){0,3}(?:可以|能)(?:直接)?买(?:得)?到?(?![^。!?,,\s]{0,3}不到)|(?:哪里|哪儿|边度|什么地方|啥地方|去哪|(?:哪|边)(?:个|家|间)[^。!?,,\s]{0,4}?|(?:药店|药房|外面|网上|超市)(?:里|也|还|都){0,2})(?:还|仲)?(?:有得|可以|能|才能)?(?:直接)?(?:买|有卖|有得卖)(?:得?到)?(?![^。!?,,\s]{0,3}不到)|\bwhere (?:can|could|do|should) (?:i|we|one|you) (?:still )?(?:buy|get|find)\b|\bwhich (?:shop|store|pharmacy|chemist)\b[^.?]{0,30}\b(?:sells?|has)\b/i;
const KEEP_ONE_FOR = /(?:想|打算|准备)(?:给|帮|同|替)?[^。!?,,\s]{0,4}?备|\bwant (?:one|a couple|some) for\b/gi;
/** A question about how it would go, said before any need: 「要配药的话 是直接跟你讲就行吗」, 「以后要配的话怎么弄」. */
/** 「你这个到底是干什么的」, 「要怎么做」, "what can you do": a question about the bot and how to use it, for help. */
const HOW_TO = /干(?:什么|嘛|啥)的|能做(?:什么|啥)|(?:能|可以)帮(?:我们|我|大家|你们|[他她]们?|老人(?:家)?)?做(?:点|些)?(?:什么|啥)|(?:想)?知道(?:要)?(?:点|怎么)(?:做|弄|配|登记)|(?:要|该)?怎么(?:做|用|弄|打字)|不知道(?:要)?怎么用|(?:麻烦|请)?教(?:我|一下)|什么格式|\bwhat can you do\b|\bhow (?:do|does) (?:i|this|it) (?:work|use)\b/i;
const SOMEONE = /(?:有个|有一个|有位|有一位)[^。!?,,\s]{0,6}(?:阿婆|阿公|老人|老太太|老太|老头|老伯|伯伯|奶奶|爷爷|邻居|阿姨|人)/;
// (「以后团购和配药都送这里」: the errands to come listed with it, said where they go, tell the home.)
const COUNT_ASKED = /^(?:(?!我的|我家)[^。!?,,\n]){0,10}有(?:几|多少)(?:个|户|家|位)?(?:人|户|家|位|老人)?(?:要|需要|还要|在|登记了?)(?:代)?配药[^。!?\n]{0,12}$|^how many (?:people|households|residents|families) (?:need|want|asked for|requested) (?:medicine|meds)\b[^.!?\n]{0,20}\??$/i;
const HYPOTHETICAL = /(?:以后|将来|如果|要是)?(?:要|想|需要)?配(?:药)?的话|以后(?:(?:团购|买菜|买东西|送菜|快递|拿菜)(?:和|跟|与|及|、)?)?(?:要|想)?配/;
/** Laughter: what is said with it is not a need. */
/**
 * A request taken back as a joke, said last (「哈哈开玩笑」, 「开玩笑的」, 「讲讲白相额」, 「講笑啫」, "jk", "just kidding"); a joke denied (不是开玩笑,
 * 没开玩笑, 别开玩笑) is not one, nor a joke taken back before a real request (「开个玩笑 不过我的布洛芬真的吃完了」: not at the end).
 */
const JOKE_TAKEN_BACK =
  /(?<!不是|不|没|没有|别|勿|唔係|唔系|冇)(?:开(?:个)?玩笑|讲讲白相|讲白相|说着玩|闹着玩|说笑|講笑|讲笑)(?:的|额|嘅|咋|啫|而已|啦|哒|咯|罢了)*[\s,,。.!!~😂🤣😄😆哈]*$|(?<!\b(?:not|no) )\b(?:jk|j\/k|just kidding|just joking|kidding)\b[\s,.!~😂🤣😄😆]*$/i;
/** Help offered back (「有什么能帮上的请跟我们讲」, 「有啥帮得上额侬讲一声」, 「有咩幫得上嘅同我講」): a household's offer, not a request. */
const HELP_OFFERED_BACK = /有(?:什么|啥|咩|乜|哪些)(?:我|我们|阿拉|我哋)?(?:能|可以|会)?帮(?:得|到)?上(?:忙)?(?:的|额|嘅)?(?:地方)?[^。!?,,]{0,3}(?:请|就|也)?(?:跟|和|同|告诉|找|叫|话)(?:我|我们|阿拉|我哋|侬)|有(?:什么|啥|咩|乜)(?:我|我们|阿拉|我哋)?(?:能|可以)帮(?:忙|手)?的(?:地方)?[^。!?,,]{0,3}(?:请|就|也)?(?:跟|和|同|告诉|找|叫)(?:我|我们|阿拉|我哋)|帮(?:得|到)?上(?:忙)?(?:的|额|嘅)[^。!?,,]{0,3}(?:侬|你|您)?(?:讲|说|话)(?:一声|声)/;
const JOKE = /\blol\b|\blmao\b|\bhaha|\bjk\b|just kidding|哈哈|笑死|开(?:个)?玩笑|😂|🤣/i;
/** Enough left, or no need now: 「我的药还够吃 先不用配」, 「我嘅藥夠食一個月」. */
// 「唔使麻烦」, 「我自己去攞得」: no need, in Cantonese; the writer can fetch it.
// 「我妈死活不肯吃降压药」, 「药藏起来不吃」, 'refuses to take his pills': a carer's trouble with pills already at home, not a need.
const DECLINED = /(?:他|她|伊|佢)(?:就是|死活|坚决|还是)?(?:不肯|唔肯)(?:吃|食)(?=[\s,,。!!]|$)|(?:他|她|伊|佢|老头子?|老太(?:婆|太)?|爸|妈|爷|奶|婆|公)(?:又|就|还是|死活|坚决|一直|总是)?(?:不肯|不愿(?:意)?|不要|唔肯|死活不)(?:再)?(?:吃|食)(?:药|[^。,,\s]{0,5}药)|药[^。!?]{0,8}(?:藏起来|藏好|扔掉)(?:了)?(?:不吃|唔食)|\brefus(?:es|ed|ing) to take\b|我(?:想|要|打算|准备)(?:自己)?去(?:药店|药房|医院)?(?:买|配|拿)(?![^。!?]{0,12}(?:但|可是|不过|出不去|没法|不能|帮))|不凑热闹|让给[^。,,]{0,6}(?:先|配)|\b(?:don'?t|do not|doesn'?t|does not) need anything\b|不凑热闹|让给更急|大家不用再[^。!?,,]{0,4}了|\b[Ii] don'?t need anything\b|\b[Nn]o need (?:right )?now\b|(?:这次|先|暂时|还)?不(?:用|需要|要)(?:再)?(?:配|买|麻烦)?(?:药)?了|先不用|暂时不用|不用配|不用(?:帮|给|替)(?:她|他|我|我们|伊|佢)?(?:配|买|拿)|唔(?:使|洗|驶)(?:麻烦|帮|配|攞)?|自己(?:去)?(?:配|拿|攞|买)(?:得(?:到)?|就(?:行|好|可以))|(?:别|不用|不要|唔好|唔使|覅|无须|无需)(?:再)?(?:帮|替|给)(?:我|我们|我家|我哋)?(?:去)?[^。!?,,\s]{0,3}?(?:问|找|搵|揾|打听|操心|想办法)|我自己(?:再)?(?:想|谂|諗)(?:想|下)?办法(?![^。!?,,\s]{0,2}(?:不行|没用|不成|想不出|没辙|也没|都没))|\b[Dd]on'?t bother (?:asking|getting|buying|looking)\b|\b[Ss]top asking (?:for|on behalf of) (?:me|us)\b|\b(?:[Ii]'?ll|[Ii] will|[Ww]e'?ll|[Ww]e will) (?:sort|figure|work)\b[^.!?]{0,24}\bout (?:myself|ourselves|on (?:my|our) own)\b|\b[Nn]o need to (?:ask|get|buy|look)\b|不是(?:要|想)(?:买|配|开|拿|要)(?![^。!?]{0,8}(?:是要|而是|是想))|唔系要(?:买|配|攞)|(?:就是|只是|随便|纯粹|单纯)(?:好奇)?问(?:问|下|一下)|\b[Nn]ot asking (?:anyone|for|you)\b|\b[Jj]ust curious\b/;
/**
 * One's turn given up to those in more need (「让断了药的邻居先配」, 「先紧着没药吃的人家」, 「俾啲急嘅人行先」, "let those who have
 * run out go first"): the writer has enough for now. The one let go first is named by their need (急的, 缺药的老人), not 我们
 * nor a helper, and 「给他急用」 is no one named by need (「让我们先配」, 「让志愿者先帮我配」 ask).
 */
const TURN_GIVEN_UP = /先(?:帮|顾|照顾|紧着|配给|给)(?:别人|别的人|其他人|其他的人|人家|人哋|急的人|急额人|急嘅人|更急的)|(?:俾|畀|让|给)(?:其他人|别人|人哋|人家)(?:先|行先)|(?:让给?|先?给|先?紧着|先顾着?|俾|畀|留给)(?:(?!我)[^。!?,,\s]){0,4}?(?:急|断了?药|缺药|没药|冇药|更需要|真的?需要|等不了)[^。!?,,\s]{0,3}?(?:的|嘅|额|人|邻居|老人)|\b(?:let|do|serve|help|prioriti[sz]e)\s+(?:the\s+)?(?:those|people|ones|urgent|neighbou?rs|folks|others|elderly)\b[^.?!]{0,30}?\bfirst\b/i;
/**
 * An inquiry made ahead of any need, said so (「不急 先问问」, 「不着急 提前了解一下」, 「唔急 想先問下」, "no rush, just asking ahead"):
 * how things go is asked, not a medicine now — unless the writer's own runs out within the week (「只剩两天了 不急 先问问能不能…」).
 */
const ASKED_AHEAD = /(?:不急|不着急|唔急|不赶时间)[^。!?]{0,6}?(?:就|只是|想)?(?:先|提前)?(?:问问|问一下|问下|了解一下|了解了解|打听一下|打听打听|咨询一下)|\bno (?:rush|hurry)\b[,.;:]?\s*(?:i'?m )?just (?:asking|checking|wondering)\b/i;
// 「唔好幫我搵喇 我自己諗辦法」, 「不是要买 就是问问」: help declined, a request denied in words.
// 「不急的话下次一起配」 is a condition on when, not a need declined.
// 「还能吃一个多月」: a month or more left is no need now.
/**
 * 「还够半个月 先紧着断药的邻居」, 「让断了药的先来」, 「大家先配急的」: one's turn yielded to those in more need, one's own stock not low
 * (a week or more, or none said), is no need now; 「已经断了两天 能不能先配急的」 still asks.
 */
const YIELDED = /(?:让|紧着|尽着|留给)[^。!?,,\s]{0,4}?(?:急|断药|断了药|没药|更需要|更急)[^。!?,,\s]{0,3}?(?:的|人|邻居|老人)|先(?:配|顾|紧着)(?:急的|断药的|断了药的)/;
const NO_NEED = /\bno (?:rush|hurry)\b|\bnot urgent\b|\bin no hurry\b|(?:还|都)(?:能|可以)(?:吃|用)[一两二三四五六七八九十几半]+(?:个)?多?月|不着急(?!的话)|不急(?!用|的话)|还够(?=$|[\s,,。!!]|了)|(?<![不唔])够(?:吃|用|食)(?:了|的(?!量)|$|[\s,,。!!]|一(?:个)?月)|(?<![只才仅就])够(?:吃|用|食)[一两二三四五六七八九十几半]+(?:个)?多?月|多谢关心|谢谢关心/;
/** The committee's bulletin or a notice, quoting requests it already handles (「【今日简报】…」, 「各位业主:…」, 「居委通知:…」), or a story shared with neighbours. */
const BULLETIN = /^\s*(?:[Rr]eminder|[Nn]otice|[Ff]yi|FYI|[Aa]nnouncement|[Nn]ews|[Hh]eads up)\b|^\s*[【\[][^】\]]{0,12}(?:简报|日报|通报|公告|通知|快报|播报|汇总|小结|招募|征集|倡议|须知|提示|提醒|告知)[^】\]]{0,6}[】\]]|^\s*(?:各位|全体)(?:业主|居民|邻居|住户|街坊)[^\n。]{0,8}[::]|^\s*(?:居委会?|物业|社区|街道|业委会|居民区|村委会?|防疫办)?\s*(?:重要|紧急|温馨)?(?:通知|公告|告知|提示)\s*[::\s]/i;
/**
 * A parent's question about how 代配药 goes, relayed by a child (「替我妈问一下 配药的钱放袋子里还是微信转?」, 「配药要带医保卡还是身份证?
 * 替我爸问一下」, "asking for my mum: cash in the bag or a transfer?"): the relay frame asks for nothing, and neither does the choice.
 */
const RELAYED_ASK = /(?:替|帮|代)(?:我)?(?:爸|妈|婆|公|爷|奶|外婆|外公|老人|岳母|岳父|家里)[^。!?,,\s]{0,3}问(?:一下|下|问)?|\b(?:asking|ask) for my (?:mum|mom|dad|mother|father|grand\w+|parents?)\b|\bmy (?:mum|mom|dad|mother|father|grand\w+) (?:asks|wants to know|is asking)\b/i;
const HOW_IT_GOES = /还是|要不要带|要带什么|需要带|(?:钱|费用|医保卡)[^。!?]{0,10}(?:放|转|给|带)|\b(?:or|whether|should (?:she|he)|do (?:they|the volunteers)|cash|transfer|card)\b/i;
/** A question about how things are, with nobody's need in it: 「现在医院开药是不是只能开两周的量?」. */
const GENERAL_QUESTION = /是不是|能不能|可不可以|有没有|[吗呢][??]?$|[??]$/;
const SOMEONE_NEEDS = /我|帮|替|代|给我|麻烦|拜托|求|谁|有人|哪位|爸|妈|老人|老伴|孩子|\b(?:i|me|my|we|our|us)\b/i;
/** An offer to help, not a request: "我可以帮忙跑医院配药", "可以帮大家看看药". (「我来帮她问」 speaks for someone shy: a relay, no offer.) */
// (「能不能帮忙配药」, 「可不可以帮忙送药」: the question's second half — 能帮忙配药 after 能不 — asks, with or without 吗.)
const OFFER = /(?<!谁|有人|哪位|谁能|能不能|可不可以)(?:可以|能)帮(?:老人(?:家)?|大家|邻居(?:们)?|你们)(?:去)?[^。!?]{0,6}(?:配|拿|买|送)药(?![^。!?]*(?:吗|[??]))|(?<!谁|有人|哪位|谁能|人|能不|可不|是不是|是否|说|讲)(?:可以|能)(?:去|来)?(?:帮忙|帮手)?(?:跑医院|配药|送药)(?![^。!?]*(?:吗|[??]))|可以(?:先)?拿去|先拿去|哪里需要|送(?:菜|药|东西)[^。!?]{0,4}(?:都可以|都行)|(?:^|[\s,,。!!])我(?:也)?(?:可以|能)(?:去|来)?(?:帮忙)?(?:配药|跑医院|送药|开车)(?![^。!?]*(?:吗|[??]))|(?:加入|参加|报名)[^。!?]{0,4}(?:小分队|志愿者|义工|队伍|团队)|(?:^|我|也)(?:可以|能|来)帮(?!我)(?!(?:他|她|佢|伊|老人家?|阿婆|阿姨|阿伯|老伴|室友|邻居)[^。!?,,\s]{0,2}(?:问|说|讲|报|登记|发|打字|求))(?:忙|大家|你们)?(?![^。!]*(?:吗|\?))|我[^。!?,,]{0,10}帮(?:你|您)(?!们?(?:吗|[??]))|帮大家|可以试试|大家可以|(?:可以|就|请|随时)(?:找|联系|私聊|私信)我|(?:的话|就|可以|请)敲我(?:家)?(?:的)?门|群里叫我|(?:happy|glad|willing) to (?:help|share|give|lend|pass on)\b|if any(?:one|body)\b[^.?!]{0,30}\bneeds?\b|help (?:out )?with (?:the )?(?:hospital|medicine|pharmacy) runs|(?:hospital|medicine|pharmacy) runs for/i;
/** "Anyone looking for a spare inhaler? I have one", "anyone need ibuprofen? I've got an extra box": who wants it asked, then the writer's own said: an offer. */
const WHO_WANTS_MINE = /\b(?:any(?:one|body)|some(?:one|body)|who(?:'s| is)?|whoever)\s+(?:(?:is|still)\s+)?(?:looking for|needs?|wants?|short (?:of|on)|in need of)\b[^.!?]{0,40}\?\s*(?:(?:i|we)\s+(?:have|'ve got|got|still have|have got)|(?:i|we)'ve got)\b/i;
/**
 * What the bot holds for the writer, asked or to be checked (「你那边记着的…对不对」, 「把你记下的都发给我看看」, 「我在你这里登记的信息是
 *什么」, Wu 「在侬搿搭登记额情况」, "what do you have on me"): the medicines of the record are named, none asked for (/我的信息). A new
 * need said after it (再配, 另外, 这次) is a request as before.
 */
const RECORD_HELD = /(?:你|侬|您|你们|邻里)(?:那边|这边|这里|那里|搿搭|这搭|这儿|度)?(?:现在)?(?:(?:记着|记下|记住|存着|登记着|记录着?)(?:的|额|嘅)|(?:记着|存着|记录着?)(?:我|阿拉)[^。!?,,\s]{0,3}(?:什么|啥|哪些))|(?:把|将)(?:你|侬|您)(?:那边|这边)?(?:记着|记下|记住|存着|记录)(?:的|额|嘅)|(?:在|喺)(?:你|侬|您|你们)(?:这里|这边|那边|搿搭|这搭|度|这儿)?(?:登记|报|记|存)(?:的|额|嘅|过的)(?:情况|信息|资料|内容|东西)|\bwhat do you have (?:on|about) (?:me|us)\b/i;
const recordHeld = (text: string): RegExpExecArray | null => {
  const m = RECORD_HELD.exec(text);
  return m && !/再(?:配|要|买|开|帮)|另外|这次|还要|还想|\b(?:also|another)\b/i.test(text.slice(m.index + m[0].length)) ? m : null;
};
/** 「这个机器人能帮我们配药吗」: a question about what the bot can do, not a request. */
const ABOUT_BOT = /(?:机器人|小助手|助手|this bot|the bot)[^。!!]{0,4}(?:能|会|可以|能不能|can|could)[^。!!]{0,12}(?:吗|[??])/i;
/**
 * 「这个邻里是不是可以帮老人配药」, 「你们…可以帮我们楼的老人配吗」: whether the bot (or the service, 你们) does medicine for
 * residents at large, no medicine named, is a question about it (help), not a request; 帮我/帮我妈 would be one.
 */
const BOT_DOES_MEDICINE = /(?:邻里(?!之间|间|群|们)|机器人|小助手|助手)[^。!!]{0,20}?(?:是不是|能不能|可不可以|会不会|可以|能|会)(?:可以|能)?帮(?:忙)?(?:代)?(?:(?:我们|咱们|阿拉)?[^。!!??\s我]{0,5}的)?(?:老人(?:家|们)?|长者|老年人|居民|大家|别人|人家|人)?(?:去|代)?(?:配|买|拿|开)(?!\s*(?:\d|[一二两三四五六七八九十几]))/;
// (「布洛芬和对乙酰氨基酚有什么区别」, "the difference between …": two medicines compared.)
// (「一盒布洛芬要六十」, 「一瓶美林现在要八十多」, 「卖到一百二一盒」: the price of a box with the name between, or sold at a price a box.)
const ABOUT =
  /一(?:盒|瓶|支|板|包)[^。!?,,\s\d]{1,8}?(?:要|卖|得)(?:到)?[\d一二两三四五六七八九十百]+(?:多|来)?(?:块|元|蚊)?(?![\d一二两三四五六七八九十百天日周月个粒片颗次顿盒瓶支板包])|卖(?:到|成)?[\d一二两三四五六七八九十百]+(?:多|来)?(?:块|元|蚊)?(?:钱)?一(?:盒|瓶|支|板|包)|有(?:什么|啥|咩|乜)(?:区别|分别|不同|不一样)|\bdifference between\b|[\d一二两三四五六七八九十百]+(?:(?:多|来|几)(?:块|元|蚊)?|块|元|蚊)(?:钱)?一(?:盒|瓶|支|板|包)(?![^。!?,,\s]{0,2}(?:的|装))(?=[\s,,。!!]|$|比|了|啊|呢)|一(?:盒|瓶|支|板|包)(?:就)?(?:要|卖|得)[\d一二两三四五六七八九十百]+(?:多|来|几)?(?:块|元|蚊)?(?![\d一二两三四五六七八九十百天日周月个粒片颗次顿盒瓶支板包])|比[^。!?,,\s]{0,6}贵|贵了?(?:一倍|好多|不少|一半|[\d一二两三四五六七八九十]+(?:块|元|倍))|是不是|涨(?:到|了|价)|降到|抢钱|有没有用|有用吗|管不管用|管用吗|有效吗|有没有效|一直吃|长期吃|\bexpensive|\bcheap|\bprice|\bcosts?\b|\d+\s*(?:yuan|rmb|kuai)\b|(?:once|twice|\d+x|\d+ times) (?:a|per) day|医生说|医生讲|[\d一二三四五六七八九十百几两]+(?:多|来)?(?:块钱|块|元)|便宜|(?:每天|一天|每日|每次|一次|早晚|早上|晚上|睡前)(?:各)?(?:吃|服|打)?\s*[\d一两二三四五半]+\s*(?:颗|粒|片|支|次|单位)|还是|多少天|多久|能(?:吃|打|用)几|怎么(?:扔|处理|保存|放)|谁知道|有谁知道|谁晓得|太贵|好贵|真贵|贵死|涨价|价格|价钱|(?:要|才|花了?|卖)[\d一二两三四五六七八九十百几]+(?:多|来)?(?:块|元)|掰开|切开|磨碎|嚼碎|(?:能|可以|能不能|可不可以)[^。!?]{0,4}(?:吃|喝)(?:吗|[??])|一起吃|(?:能不能|可不可以)[^。!?,,\s]{0,4}(?:吃|喝|用)(?=$|[\s,,。!!])|饭前|饭后|(?:一天|每天)吃几|吃几次|怎么吃|冷藏|有(?:没有)?用(?:吗|啊)?$|到底有没有用|副作用|效果|正常(?:的)?吗|哪个牌子|流程|怎么(?:弄|登记|报|交|配)|什么时候(?:收|还|截止|到)|几点|哪天|截止|交给谁|找谁|转给谁|原件|名单|电话(?:是)?多少|联系电话|多少钱|要等|少了|can i take|who collects|how long|when (?:is|do|will)/i;

/**
 * 配 in words that are not getting medicine (配合, 配送, 分配, 配眼镜, 配把钥匙, 配个充电器): read with the 配
 * set aside, so that 「蔬菜配送明天到 麻烦大家下楼拿一下」 is no request (same length).
 */
const NOT_PEI_YAO = /配(?:合|送|置|件|对|偶|菜|色|音|乐|额|钥匙|眼镜|把|副|个(?=[^药]{0,3}(?:器|线|头|机|锁|卡|镜)))|(?:分|搭|匹|支|调|装|标)配/g;
/** (Prescription glasses are set aside the same way, in English.) */
/** 药 for pests, plants, fish and fireworks (杀虫药, 老鼠药, 农药, 鱼药, 火药): no medicine for a person (same length). */
const NOT_FOR_PEOPLE = /(?:杀虫|灭蚊|灭蟑|灭鼠|老鼠|蟑螂|除草|农|火|炸|弹|鱼|花)药/g;
/**
 * Diapers and bed pads are a supply for a grown-up (README-18 rule 3: 「老太婆瘫在床上 尿不湿…」, "adult diapers"); beside a
 * baby (宝宝, 孩子, 奶粉, "my baby"), or with no grown-up said, they are a family's shopping and are not read.
 */
const FOR_A_BABY = /宝宝|宝妈|宝爸|[大小二]宝|新生儿|月子|婴儿|小孩|孩子|小朋友|奶粉|囡囡|\bbab(?:y|ies)\b|\btoddler|\binfant/i;
const DIAPER_WORDS = /成人(?:尿不湿|纸尿[裤片])|尿不湿|纸尿[裤片]|尿片|护理垫|隔尿垫|\badult diapers\b|\b(?:incontinence|bed) pads\b/gi;
const FOR_AN_ADULT = /成人|老人|老年|卧床|瘫|老太|老头|老伴|婆婆|公公|爷爷|奶奶|外公|外婆|阿婆|阿公|阿爷|阿嫲|爸|妈|父亲|母亲|老公|老婆|\b(?:adult|elderly|bedridden|parents?|mum|mom|mother|dad|father|grand(?:ma|pa|mother|father|parents?)|husband|wife)\b/i;
/** Batteries said apart from the hearing aid they go in, within the sentence (the device named first). */
const HEARING_AID_BATTERIES = /助听器(?:用的|的|里的|里面的)?(?:小)?电池|(?<=助听器[^。!?]{0,16})(?<!助听器(?:用的|的|里的|里面的)?(?:小)?)(?:小)?电池/g;
const BATTERIES_OF_HEARING_AID = /\bbatteries for (?:(?:my|his|her|their|the|our)\s+)?(?:[a-z]+(?:'s)?\s+){0,2}hearing aids?\b/gi;
const SAME_BUILDING = /同(?:一)?(?:栋|幢|座|号楼|个楼)(?:的)?\s*(\d{3,4})(?!\d)/g;
const BUILDING_SAID = /(\d{1,3})\s*(?:号楼|栋|幢|座)/g;
/** 「陪药」, 「陪两盒」: voice input writes 配 by its sound; read as the verb it is (same length). 「陪一下我妈」 is going with her. */
const HEARD_PEI = /[陪赔](?=药|[\d一二两三四五六七八九十几]\s*[盒瓶支板粒片袋包])/g;

/** A correction said as its own words: 「不是」, 「不对不对」, 「算了」, 「说错了」, "sorry, I mean". */
const CORRECTION = new RegExp(`(?:^|[\\s,,。!!~])(?:${CORRECTION_WORDS})(?:[\\s,,。!!~]*(?:${CORRECTION_WORDS}|哦|噢))*(?=[\\s,,。!!~]|是|我)`, 'gi');
/** The words after the last correction, or the whole text when there is none. */
// 「我的猫没事 是我自己的胃药吃完了」: a pet said to be fine is not the one the medicine is for.
const PET_FINE = /(?:猫|狗|宠物)[咪狗儿]?(?:没事|没问题|好好的|很好)/g;
// 「驱虫药不是给狗的 是给孩子的」, 「唔係俾狗 係俾個仔」, "not for the dog": a pet named only to be denied is not whose medicine it is.
const PET_DENIED = /(?:不是|并不是|唔系|唔係)(?:给|俾|畀)?(?:我家|我们家|屋企)?(?:的|嘅)?(?:猫|狗|宠物)[咪狗儿仔]?(?:吃|用|食)?(?:的|嘅)?|\bnot for (?:the|my|our) (?:cat|dog|pet)s?\b/gi;
/**
 * A pet's food or litter running out, said beside the writer's own medicine (「猫粮没了谁有 另外我自己的氯雷他定也吃完了」,
 * "my cat food is gone too, but my inhaler is empty"): the pet's clause is set aside (same length), so the pet neither makes
 * the medicine a pet's nor lends it its days; a pet's own medicine (「我家猫的药吃完了」) is still a pet's.
 */
const PET_SUPPLIES = /(?:猫|狗)(?:粮|砂|罐头?|条|零食)[^,,。!!??\s]{0,10}|\b(?:cat|dog|pet)\s+(?:food|litter|treats)\b[^,.;!?]{0,20}/gi;
/**
 * 「猫主子在闹 我的哮喘喷雾也用完了」: a pet in a clause of its own, with no medicine in it, beside a clause where the writer's
 * own medicine runs out, is the writer's day, not whose medicine it is — set aside (same length). A pet in the medicine's
 * clause (「我家猫的药吃完了」) stays.
 */
const PET_WORD = /猫|狗(?!皮膏)|宠物|\b(?:cat|dog|pet)s?\b/i;
const PET_WORDS = new RegExp(PET_WORD.source, 'gi');
const OWN_MEDICINE = /(?:我|我自己|阿拉)(?:的|嘅|个)[^\s,,。!!??]{0,6}(?:药|喷雾|胰岛素|\u0001)|\bmy (?:own )?(?:\w+ )?(?:medicine|meds|pills|inhaler|insulin|tablets)\b/i;
// 「我家的狗也要吃药 不过先帮我爸配一下他的降压药」, "my dog is at the vet, but my dad's amlodipine runs out": a family member's
// medicine named in a clause of its own is as much the writer's need as their own; the pet's clause, even its own pills with no
// medicine named, is then the writer's day beside it.
const KIN = /(?:我|阿拉|我们)(?:家)?(?:的|嘅|个|额)?(?:爸|妈|姆妈|老伴|老公|老婆|老头|老太|外婆|外公|奶奶|爷爷|婆婆|公公|儿子|女儿|孩子|爷叔|阿爸|阿妈)|\b(?:my|our)\s+(?:dad|father|mum|mom|mother|husband|wife|grand(?:ma|pa|mother|father)|son|daughter|kid|child)\b/i;
const kinMedicine = (clause: string) => KIN.test(clause) && (/药/.test(clause) || findMentions(clause).length > 0);
function petApart(text: string): string {
  const english = !/[\u4e00-\u9fff]/.test(text);
  const clauses = [...text.matchAll(english ? /[^,.;!?]+/g : /[^\s,,。!!??;；]+/g)];
  const kin = clauses.some((c) => !PET_WORD.test(c[0]) && kinMedicine(c[0]));
  if (!kin && !clauses.some((c) => !PET_WORD.test(c[0]) && OWN_MEDICINE.test(c[0]))) return text;
  let out = text;
  for (const c of clauses) {
    if (!PET_WORD.test(c[0]) || (!kin && /药|medic|meds|pill|tablet/i.test(c[0])) || /\u0001/.test(c[0]) || findMentions(c[0]).length > 0) continue;
    out = out.slice(0, c.index) + c[0].replace(PET_WORDS, (m) => '·'.repeat(m.length)) + out.slice(c.index + c[0].length);
  }
  return out;
}
function afterCorrection(text: string): string {
  let end = -1;
  for (const m of text.matchAll(CORRECTION)) end = m.index + m[0].length;
  return (end < 0 ? text : text.slice(end)).replace(PET_FINE, ' ');
}

export function recogniseMedicine(written: string, s: Situation): Recognised | undefined {
  const pinyin = fromPinyin(written);
  if (!pinyin) return readNeed(written, s);
  const r = readNeed(pinyin.text, s);
  return r && pinyin.restore(r);
}

/**
 * The text as it is meant, for reading a need: 陪药 is 配药, a keycap emoji 2️⃣ is 2, 两合 is 两盒, and 配 and 药 in
 * words that are no medicine for a person (配送, 配眼镜, 老鼠药, prescription glasses) are set aside.
 */
function asMeant(written: string): string {
  return written
    .replace(HEARD_PEI, '配')
    .replace(/([0-9])\uFE0F?\u20E3/g, '$1')
    .replace(/(?<=[\d一二两三四五六七八九十])合(?![作适格理计同法])/g, '盒')
    // 「两和」 at a clause's end is 两盒 heard; 「俩盒」 is 两盒; 「一樽」 is a bottle in Hong Kong.
    .replace(/(?<=[两三四五六七八九十])和(?=$|[\s,,。!!~])/g, '盒')
    .replace(/俩(?=\s*[盒瓶支板粒片袋包罐])/g, '两')
    .replace(/(?<=[\d一二两三四五六七八九十几])樽/g, '瓶')
    // Diapers with no grown-up said to need them are no supply read (README-18 rule 3 counts adult diapers).
    .replace(DIAPER_WORDS, (m, _i, all: string) => (FOR_AN_ADULT.test(all) && !FOR_A_BABY.test(all) ? m : '·'.repeat(m.length)))
    // 「助听器用的小电池」, 「助聽器冇電 要買電池」, "batteries for his hearing aid": the hearing aid's batteries, a supply.
    .replace(HEARING_AID_BATTERIES, '助听器电池')
    .replace(BATTERIES_OF_HEARING_AID, 'hearing aid batteries')
    // 「住在19號樓 我婆婆住同一棟1203」: the same building is the one said before.
    .replace(SAME_BUILDING, (m, room: string, at: number, all: string) => {
      const building = [...all.slice(0, at).matchAll(BUILDING_SAID)].at(-1)?.[1];
      return building ? `${building}号楼${room}` : m;
    })
    .replace(NOT_PEI_YAO, (m) => m.replace('配', '·'))
    .replace(NOT_FOR_PEOPLE, (m) => m.replace('药', '·'))
    .replace(PET_SUPPLIES, (m) => '·'.repeat(m.length))
    .replace(PET_DENIED, (m) => '·'.repeat(m.length))
    .replace(HELPING_ALREADY, (m) => '·'.repeat(m.length))
    // 「空的药盒」, 「分装药」: a pill box to sort medicine into, no medicine asked for.
    .replace(/(?:空(?:的)?|分)药(?=盒|瓶)|分装药/g, (m) => m.replace('药', '·'))
    // 「云南白药牙膏」: a toothpaste named after a medicine.
    .replace(/药(?=牙膏|牙刷|洗发水|沐浴露|香皂|洗面奶)/g, '·')
    .replace(/prescription (?=glasses|lenses|sunglasses)/gi, (m) => '·'.repeat(m.length));
}

/**
 * 「王阿姨:我的药快吃完了」 pasted above a reply, with or without WeChat's dashed line: someone else's words,
 * unless the reply asks for the same (「我也要一盒」, 「同求」, "me too").
 */
const QUOTED_ABOVE = /^\s*「[^:：\n」]{1,16}[:：][^」]{1,300}」\s*\n/;
/**
 * A request in quotes given as an example, a form to follow or a message going round (比如“5号楼302 氨氯地平 两盒”这样就行, 群里在传的那条“…
 * 求帮忙”是去年的 别再转了, 'the quote going round ("my dad's Lipitor only has 2 days") is an example'): nobody's need now. Set aside before
 * reading; a quote said by one's own (我妈说“降压药吃完了” 麻烦帮她配) or one's own earlier request quoted again is kept.
 */
const QUOTE_SPAN = /[“"「『]([^“”"「」『』\n]{2,80})[”"」』]/g;
const EXAMPLE_BEFORE = /(?:比如|例如|譬如|举(?:个|一个)?例(?:子)?|(?:要|就)?写成|格式(?:是|为|如下)?|在传|流传|转来转去|\bfor (?:example|instance)\b|\be\.g\.|\bsuch as\b|\bgoing (?:round|around)\b|\bcirculating\b)[\s,,::(（]{0,3}[^“”"「」『』\n]{0,4}$/i;
const EXAMPLE_AFTER = /^[\s)）]{0,3}(?:这样(?:就|写|发|讲|说|报|填)|这种(?:样子|格式|写法)|这个格式|是(?:个|一个)?例子|只是举例|是举例|是(?:去年|老早|以前|之前|旧)的?|是假的|是谣言|(?:别|不要|覅|勿要|唔好)(?:再)?转|is (?:just |only )?an? (?:example|old)\b|as an example\b|is (?:fake|outdated)\b|is how\b|stop forwarding\b|(?:don'?t|do not) (?:re-?post|forward|share)\b)/i;
function withoutQuotedExamples(text: string): string {
  return text.replace(QUOTE_SPAN, (quote, _inner, at: number) =>
    EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || EXAMPLE_AFTER.test(text.slice(at + quote.length, at + quote.length + 24)) ? ' '.repeat(quote.length) : quote,
  );
}
const SAME_FOR_ME = /(?:我|阿拉|我家|我们)(?:家)?也(?:要|想要|需要|缺|是)|同求|同需|\+1|\bme too\b|\bsame (?:for|here)\b/i;

/** Another household's room or door after the first one: 「7号楼1101 … 7号楼1102已经配到了」, 「… 303的药已经拿到了」. */
const NEXT_DOOR = /(?<=^|[\s,,。;；、])(?:\d{1,3}\s*(?:号楼|栋|幢|-)\s*)?\d{3,4}(?!\d)/g;
/**
 * A need, then another household's need said to be met (「7号楼1101 拜新同两盒 7号楼1102已经配到了」): the
 * request is what comes before that household; the need met is theirs, not a reason to drop it.
 */
function beforeAnotherMet(text: string): string {
  const first = findDoor(text);
  if (!first) return text;
  const after = first.index + first.length;
  for (const next of text.slice(after).matchAll(NEXT_DOOR)) {
    const at = after + next.index;
    const clause = text.slice(at + next[0].length).split(/[,,。;；!!\n]/)[0]!.slice(0, 30);
    // (「2. 5-302 胰岛素 1支 已全部送达」: a list's line with its own medicine, met with the rest, is no other household's news.)
    if (RECEIVED.test(clause) && findMentions(clause).length === 0 && !/全部|都|all/i.test(clause) && findMentions(text.slice(after, at)).length > 0) return text.slice(0, at);
  }
  return text;
}

/** Where the writer turns to a need of their own (顺便讲一声, 另外, "by the way") after telling of something else, or 0. */
function ownTurn(text: string): number {
  const turn = TURN.exec(text);
  if (!turn || turn.index === 0) return 0;
  const rest = text.slice(turn.index);
  return findMentions(rest).length > 0 && MINE.test(rest) && (ASK.test(rest) || findDaysLeft(rest) !== undefined) ? turn.index : 0;
}
// 「…所以不用了 但是这次是我老伴的 …」: after a need declined or met, 但是这次 turns to another one.
const TURN = /顺便(?:讲|说|问|提)?(?:一声|一下|声|下)|(?:但是|但|不过|可是)(?:这次|这回|今次|今回)|\b(?:by the way|btw)\b/i;

/** Where a new need begins after the last need met in a text (0 when none is met, or nothing is asked after). */
function freshAfterMet(text: string): number {
  let at = 0;
  for (let m = RECEIVED.exec(text); m; m = RECEIVED.exec(text.slice(at))) {
    at += m.index + m[0].length;
    // (To the end of its clause: "Got my dad's insulin yesterday," is all of it.)
    const end = text.slice(at, at + 30).search(/[,.!?;，。！？；\n]/);
    if (end > 0) at += end;
    if (at >= text.length) break;
  }
  if (at === 0) return 0;
  const rest = text.slice(at);
  const named = findMentions(rest).length > 0;
  return named && (ASK.test(rest) || findDaysLeft(rest) !== undefined || STOCK_LOW.test(rest)) ? at : 0;
}
const AMOUNT_IN_TIME = /(?<!(?:还有|还剩|剩下?|只有|够|够吃|能吃)\s{0,2})(?:[一二两三四五六七八九十半\d]{1,2})\s*(?:个)?(?:月|周|星期|礼拜)的(?:量|药)|\b(?:a|one|two|three|\d)\s+(?:month|week)s?'?s?\s+(?:supply|worth)\b/i;

/** Whether the words before a 「不用配」 are the stock of a medicine not among those asked for (「阿司匹林还剩两盒」). */
function ofOtherStock(before: string, items: { name: string }[]): boolean {
  const at = before.search(/(?:还剩|还有|还够|剩下)[^。!?]{0,10}$/);
  if (at < 0) return false;
  const owner = /[\u4e00-\u9fffA-Za-z]{2,8}$/.exec(before.slice(0, at).trimEnd())?.[0] ?? '';
  // (After a pause the owner is a name said right before it: 「…用完了一盒 还有两盒」 is the same medicine's stock.)
  const paused = /\s$/.test(before.slice(0, at));
  return findMentions(owner).some((m) => !paused || m.index + m.length === owner.length) && !items.some((i) => owner.endsWith(i.name));
}

/**
 * A pasted list of medicines, numbered (「1. 可定 10mg 2盒\n2. 倍他乐克 47.5mg 2盒\n3. 阿司匹林 1盒」, a building lead's 「1. 16-301 拜新同
 * 2盒」): not the numbered notice it looks like when most numbered lines are short and each names a medicine with its count.
 */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、)])/;
const LINE_COUNT = /(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:盒|瓶|支|粒|包|板|袋|片|颗|罐|贴)|\b\d{1,2}\s*(?:box(?:es)?|packs?|bottles?|pens?)\b/i;
function pastedList(text: string): boolean {
  const numbered = text.split('\n').filter((l) => NUMBERED.test(l));
  const listed = numbered.filter((l) => l.length <= 40 && LINE_COUNT.test(l) && findMentions(l).length > 0);
  return numbered.length >= 3 && listed.length * 4 >= numbered.length * 3;
}

/**
 * A time past said in the clause of a running out: 上次, 上趟, 上个月, 去年, "last time". Not when it names the medicine by when it was got
 * (上次配的降压药已经吃完了, 上个月开的胰岛素用完了: that one runs out now).
 */
const PAST_TIME = /(?:上次|上趟|上回|上一次|上个月|上个礼拜|上礼拜|上周|去年|前年|那次)(?![^\s,,。]{0,4}?(?:配|买|开|拿|领|送|寄)(?:来|回来|过来)?的)|\blast (?:time|month|year|week|lockdown)\b(?!'s)/i;
/** Said again now, after a running out of the past: 这次, 又快, "again", "this time". */
const AGAIN_NOW = /这次|这趟|这回|又(?:快|只|没|断|吃完|用完)|\bagain\b|\bthis time\b/i;
/**
 * The past word of a running out's own clause (back to a stop, or a space beside a Chinese character), when nothing after it is short again
 * (「上次断了三天 这次又只剩两天」 is short now).
 */
function ranOutBefore(text: string, days: { index: number; length: number }): string | null {
  const before = text.slice(0, days.index);
  let start = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (/[,,。.!!??;;\n]/.test(c) || (/\s/.test(c) && /[\u4e00-\u9fff]/.test((before[i - 1] ?? '') + (before[i + 1] ?? '')))) {
      start = i + 1;
      break;
    }
  }
  const past = PAST_TIME.exec(before.slice(start));
  if (!past) return null;
  const rest = text.slice(days.index + days.length);
  return findDaysLeft(rest) === undefined && !AGAIN_NOW.test(rest) ? past[0] : null;
}

function readNeed(written: string, s: Situation): Recognised | undefined {
  const own = withoutQuotedExamples(ownWords(written).replace(QUOTED_ABOVE, ''));
  const text = asMeant(SAME_FOR_ME.test(own) ? written : own);
  // (A list under a notice's own heading — 「【通知】」, 「居委通知:」 — is still the notice.)
  if (isForward(text) && !(pastedList(text) && !isForward(text.split('\n')[0]!))) return undefined;
  // 「我们弄堂有几个人要配药」, 「这个礼拜有多少户登记了配药」: a count of others asked after, the whole message, is never a need
  // (it read 堂有 as a medicine); said beside one's own need, the need is read.
  if (COUNT_ASKED.test(text.trim())) return undefined;
  // 「老伴的降压药已经配到了 谢谢大家 现在是我自己的胃药…吃完了」: a need met, then a new one; the new one is read.
  // 「帮大家配药了 … 顺便讲一声 我自己家老太太的甲钴胺也吃完了」: the writer's own need, turned to after a report, is read from there.
  const turned = ownTurn(text);
  const from = Math.max(freshAfterMet(text), turned);
  // (In a private chat, a name the lexicon lacks wanted with its count — 「我要两盒益安宁」 — is read in place of what overlaps it.)
  const counted = s.isGroup ? [] : wantedCounted(text).filter((m) => m.index >= from);
  const overlaps = (a: { index: number; length: number }, b: { index: number; length: number }) => a.index < b.index + b.length && b.index < a.index + a.length;
  const mentions = [...findMentions(text).filter((m) => m.index >= from && !counted.some((c) => overlaps(c, m))), ...counted].sort((a, b) => a.index - b.index);
  const cue = mentions.length > 0 || findDaysLeft(text) !== undefined || MEDICINE_CUE.test(text);
  // Most chatter names no medicine, runs out of nothing and says no word of it: in a busy group it stops here.
  if (!cue && s.isGroup && !s.addressed) return undefined;
  // (A request's verb inside a name — 普拿疼's 拿, 开塞露's 开 —, inside a question whether to buy or inside what someone told
  // the writer to do asks nothing.)
  // (Only a Chinese name holds such a verb: "needs laxatives" asks by the English name itself.)
  const names = findMentions(text).filter((m) => /[\u4e00-\u9fff]/.test(text.slice(m.index, m.index + m.length)));
  const spans = [...text.matchAll(IN_TURNS), ...text.matchAll(UNSURE_SPAN), ...text.matchAll(TOLD_TO), ...text.matchAll(HANDLING), ...text.matchAll(REQUIREMENT), ...text.matchAll(FETCH_TOLD), ...text.matchAll(NOT_EXPECTED), ...text.matchAll(WHO_GETS_IT)].map((m) => ({ index: m.index, length: m[0].length }));
  const forAsking = setAside(text, [...names, ...spans]);
  const asked = REQUEST_FIRST.exec(text) ?? ASK.exec(forAsking) ?? ASKED_AS_A_FAVOUR.exec(forAsking) ?? RENEWED.exec(forAsking) ?? wanted(text, mentions, !s.isGroup) ?? askedAround(text, mentions);
  const going = asked ? null : GOING.exec(forAsking);
  if (!asked && !going && !cue) return undefined;
  const draft = parseNormalized(text, mentions);
  // Items read by their place beside a quantity ("鸡蛋 两盒") count only when they read as medicine.
  // Names read by place must read as a name: one word, no one's words around it (「大家的药如果 要提前」 is none).
  const items = draft.byName || draft.items.every((i) => (i.strength !== undefined || MEDICINE_WORDS.test(i.name)) && !/\s|[我你他她了吗呢吧谁]|如果|要/.test(i.name)) ? draft.items : [];
  const short = draft.daysLeft !== undefined;
  const ask = asked ?? (items.length > 0 || short ? going : null);
  const days = short ? findDaysLeft(text) : undefined;
  const evidence = [...items.map((i) => i.name), ...(ask ? [ask[0]] : []), ...(short ? [days ? text.slice(days.index, days.index + days.length).trim() : `days:${draft.daysLeft}`] : [])];
  if (items.length === 0 && !ask && !short && !STOCK_LOW.test(text)) return undefined;
  const fields = fieldsOf(draft, items);
  const reading = (confidence: number, why: string[] = []): Recognised => ({
    intent: 'medicine',
    confidence,
    evidence: [...evidence, ...why],
    fields,
    args: draft,
  });
  // A long thank-you story: the need it tells of was met (「…第二日就送到。而家…都冇事,藥都夠食。多謝晒!」).
  const story = text.length > 100 && THANKS.test(text) && MET.exec(text);
  if (story) return reading(0.1, [`a story of a need met: ${story[0]}`]);
  // 「…谁家有多的止痒膏 哈哈开玩笑」, "anyone got spare paracetamol? jk": the request taken back as a joke at its end asks for nothing.
  const jest = JOKE_TAKEN_BACK.exec(text);
  if (jest) return reading(0.1, [`a joke taken back: ${jest[0].trim()}`]);
  // 「感谢志愿者送菜送药 我们家有什么能帮上的请跟我们讲」: help offered back (its 能帮 is no request), nothing asked apart from it.
  const helpBack = !short && !STOCK_LOW.test(text) ? HELP_OFFERED_BACK.exec(forAsking) : null;
  if (helpBack && !REQUEST_FIRST.test(text) && !ASK.test(setAside(forAsking, [{ index: helpBack.index, length: helpBack[0].length }]))) return reading(0.1, [`help offered: ${helpBack[0]}`]);
  // 「…降压药降糖药 … 阿拉上趟就是断了三天 急得来」: a running out told in the clause of a time past, nothing short after it and nothing asked.
  const past = days && !ask && !STOCK_LOW.test(text) ? ranOutBefore(text, days) : null;
  if (past) return reading(0.1, [`told of the past: ${past}`]);
  // 「我家猫咪的药…不是 算了是我自己的」: what is said after a correction is what is meant.
  const meant = petApart(beforeAnotherMet(afterCorrection(text.slice(from))));
  // (「谁负责配药? 我妈的降压药也要」: the question who goes, with one's own added to the run, is a request.)
  const whoGoes = (e: RegExpExecArray | null) => (e && /负责|responsible|in charge/i.test(e[0]) && mentions.some((m) => ALSO_WANTED.test(text.slice(m.index + m.length, m.index + m.length + 12))) ? null : e);
  // (What was done for others before the writer turned to their own need is that need's story.)
  const ownPart = text.slice(turned);
  const elsewhere = BULLETIN.exec(text) ?? RECEIVED.exec(meant) ?? whoGoes(ELSEWHERE.exec(meant)) ?? FAR.exec(text) ?? SERVED.exec(ownPart) ?? placeNews(text, forAsking) ?? SPARE.exec(ownPart) ?? NEEDER_TAKES.exec(ownPart) ?? (HELD.test(ownPart) ? WANTER_SPEAKS.exec(ownPart) : null) ?? OFFER.exec(ownPart) ?? WHO_WANTS_MINE.exec(ownPart) ?? ABOUT_BOT.exec(text) ?? (items.length === 0 && !short ? BOT_DOES_MEDICINE.exec(text) : null) ?? DEVICE_NOT_ASKED.exec(text) ?? askedAfterOwnRequest(ownPart) ?? recordHeld(ownPart) ?? cancelledOwnRequest(ownPart);
  if (elsewhere) return reading(0.1, [`not a request: ${elsewhere[0]}`]);
  const proposed = PROPOSED.exec(text) ?? (!asked && !short ? PACK_SIZE.exec(text) : null);
  if (proposed) return reading(0.1, [`talk about it: ${proposed[0]}`]);
  const low = STOCK_LOW.exec(text);
  const fraud = FRAUD.exec(text);
  if (fraud && !((short || low !== null) && MINE.test(text))) return reading(0.1, [`a warning of a fraud: ${fraud[0]}`]);
  // 「老人家药都快吃光了 居委会管不管」: the old at large, those in charge blamed, nothing asked.
  // (「管不管啊 降压药吃完了」 drops its subject, the writer's own: only the old at large, named, make it a complaint.)
  const complaint = !ask && !MINE.test(text) && THE_OLD_AT_LARGE.test(text) ? NOBODY_CARES.exec(text) : null;
  if (complaint) return reading(0.1, [`a complaint: ${complaint[0]}`]);
  // (「…药快没了 我晚上统一报上去」: a lead gathering the building's needs to pass on is talk here too.)
  // Hearsay checked, how little was handed out or what the pack holds, thanks for a medicine given, those who need it told to go and buy it or to report it to
  // the building lead, a clinic that will refill, a thing given back, a proposal for the building: talk, unless one's own runs out beside it
  // (a request of one's own beside the complaint, a counted request beside the proposal still ask).
  const mineAsked = ask !== null && MINE.test(text);
  const talk = (short || low !== null) && MINE.test(text) ? null : HEARSAY_CHECKED.exec(text) ?? (mineAsked ? null : TOO_LITTLE.exec(text) ?? PACK_CONTENTS.exec(text) ?? THANKS_FOR_GIVEN.exec(text) ?? HELP_PRAISED.exec(text) ?? THANKS_FOR_HELPING_OTHERS.exec(text) ?? GO_AND_BUY.exec(text) ?? REPORT_TO_THOSE_IN_CHARGE.exec(text) ?? LEAD_GATHERS.exec(text) ?? PLACE_REFILLS.exec(text) ?? NEED_GONE.exec(text)) ?? (mineAsked || items[0]?.quantity !== undefined ? null : PROPOSAL.exec(text));
  if (talk) return reading(0.1, [`talk about it: ${talk[0]}`]);
  // (How much others keep, or a thing offered around: its own 要 is no request; one said apart from it still is.)
  const offered = short || low !== null ? null : KEPT_OR_OFFERED.exec(text);
  if (offered && !REQUEST_FIRST.test(text) && !ASK.test(setAside(forAsking, [{ index: offered.index, length: offered[0].length }]))) return reading(0.1, [`talk about it: ${offered[0]}`]);
  // 「社区医院下礼拜起可以开三个月的」, 「请问代配药最多能配几盒」: a place's news or a question about the service, with nothing asked apart
  // from it and no medicine of one's own named, short or low. (「降压药能配几盒配几盒 至少两盒」: a medicine named privately or with a count
  // is one's own.)
  const ownNamed = items.length > 0 && (!s.isGroup || items[0]!.quantity !== undefined || MINE.test(text) || KIN_NAMED.test(text));
  const news = short || low !== null || ownNamed ? null : PLACE_CAN_FILL.exec(text) ?? SERVICE_ASKED.exec(text);
  if (news && !REQUEST_FIRST.test(text) && !ASK.test(setAside(forAsking, [{ index: news.index, length: news[0].length }]))) return reading(0.1, [`news or a question about it: ${news[0]}`]);
  // 「谁家冰箱有空 借我放两天」: room in a fridge or an ice pack asked for, not the medicine kept in it.
  const storage = !short && low === null ? STORAGE_ASKED.exec(text) : null;
  if (storage) return reading(0.1, [`storage asked: ${storage[0]}`]);
  const had = ask === null && !short && low === null ? COUNT_HAD.exec(text) ?? KEPT_BY_HABIT.exec(text) ?? TAKEN_WITH_EFFECT.exec(text) : null;
  if (had) return reading(0.1, [`what one has: ${had[0]}`]);
  const need = items.length > 0 && (ask !== null || short || low !== null);
  const habit = !short && low === null && !(items.length > 0 && ask) ? SERVICE_HABIT.exec(text) : null;
  // (「我每天都帮我妈拿药 今天走不开 谁能帮忙拿一下」: a request said outside the habit's own clause still asks.)
  const habitEnd = habit ? clauseEnd(text, habit.index + habit[0].length, /[a-z]$/i.test(habit[0])) : 0;
  const askedBeside = habit !== null && (REQUEST_FIRST.test(text.slice(habitEnd)) || ASK.test(text.slice(0, habit.index) + ' ' + text.slice(habitEnd)));
  if (habit && !askedBeside) return reading(0.1, [`a service told: ${habit[0]}`]);
  // "药店买不到", "上次托人买的": beside a need they are its story; alone, news.
  const context = need ? null : CONTEXT.exec(text);
  if (context) return reading(0.1, [`not a request: ${context[0]}`]);
  // Beside an announcement, a need of the writer's own: their own medicine running out, or a medicine
  // asked for in words of its own (the "buy" of "where can I buy a thermometer" asks for nothing).
  // 「血氧仪哪里有卖 想给老人备一个」: where to buy and why, one's own errand; a request beside it (谁家有多的能匀一点) still asks.
  const whereToBuy = !short && low === null ? WHERE_TO_BUY.exec(forAsking) : null;
  if (whereToBuy) {
    const rest = setAside(forAsking, [{ index: whereToBuy.index, length: whereToBuy[0].length }, ...[...forAsking.matchAll(KEEP_ONE_FOR)].map((m) => ({ index: m.index, length: m[0].length }))]);
    if (!REQUEST_FIRST.test(rest) && !ASK.test(rest)) return reading(0.15, [`where to buy: ${whereToBuy[0]}`]);
  }
  const announced = ANNOUNCED.exec(text) ?? ADVICE_EN.exec(text);
  if (announced) {
    // (Every word of announcement set aside, and what was set aside for asking: 「有人知道哪里可以买到血压计吗」 is two, and neither asks.)
    const rest = forAsking.replace(ANNOUNCED_ALL, (m) => ' '.repeat(m.length)).replace(ADVICE_EN_ALL, (m) => ' '.repeat(m.length));
    const askedApart = (REQUEST_FIRST.exec(rest) ?? ASK.exec(rest)) !== null;
    // (「伊额心脏药…单硝酸异山梨酯缓释片 … 要提前配」: early, for a named medicine of one's own, is a request.)
    const mine = (short || low !== null || (items.length > 0 && /提前/.test(announced[0]))) && MINE.test(rest);
    const form = items[0]?.quantity !== undefined && draft.door !== undefined;
    if (!(mine || form || (items.length > 0 && askedApart))) return reading(0.1, [`not a request: ${announced[0]}`]);
  }
  // 「哈哈」, "lol": a joke about running out (of patience, of pills) asks for nothing.
  const joke = !ask && items.length === 0 ? JOKE.exec(text) : null;
  if (joke) return reading(0.15, [`a joke: ${joke[0]}`]);
  const soon = low !== null || (draft.daysLeft !== undefined && draft.daysLeft < 7);
  const declined = DECLINED.exec(ownPart) ?? TURN_GIVEN_UP.exec(ownPart) ?? (soon ? null : ASKED_AHEAD.exec(ownPart)) ?? (ask ? null : NO_NEED.exec(text) ?? SEEN_TO.exec(text) ?? STOCK_COMPARED.exec(text));
  // 「阿司匹林还剩两盒 不用配」, 「他的还有 不急」: said of another medicine's stock, beside one that ran out, it declines that one only.
  // (「降压药不用帮我配了 但是二甲双胍只剩两天 麻烦帮我配两盒」: one declined, then another asked for after 但是.)
  const askedAfterTurn = declined !== null && ASK.test(text.slice(declined.index + declined[0].length).split(/但是|不过|可是|\bbut\b/i).slice(1).join(' '));
  const enough = declined && !askedAfterTurn && !(items.length > 0 && short && ofOtherStock(text.slice(Math.max(0, declined.index - 24), declined.index), items)) ? declined : null;
  if (enough) return reading(0.1, [`no need now: ${enough[0]}`]);
  const yielded = (!short || draft.daysLeft! >= 7) && low === null ? YIELDED.exec(ownPart) : null;
  if (yielded) return reading(0.1, [`no need now: ${yielded[0]}`]);
  const relayed = items.length === 0 && !short && low === null && RELAYED_ASK.test(text) && HOW_IT_GOES.test(text) ? RELAYED_ASK.exec(text) : null;
  if (relayed) return reading(0.15, [`a question relayed: ${relayed[0]}`]);
  // (「我想配药 怎么弄」 is a wish of one's own, asked how: a request.)
  const howTo = items.length === 0 && !short && !/我(?:也)?(?:想|要|需要)(?:要)?(?:配|开|买|拿)/.test(text) ? HOW_TO.exec(text) ?? HOW_THROUGH_THE_BOT.exec(text) : null;
  if (howTo) return reading(0.15, [`a question about the bot: ${howTo[0]}`]);
  // 「昨天有個阿婆藥吃完了 在窗口喊了半天」: someone, not the writer's own, ran out; with nothing asked it is a story.
  const someone = !ask && !MINE.test(text) ? SOMEONE.exec(text) : null;
  if (someone) return reading(0.15, [`a story of someone: ${someone[0]}`]);
  const hypothetical = items.length === 0 && !short ? HYPOTHETICAL.exec(text) : null;
  if (hypothetical) return reading(0.15, [`a question about how: ${hypothetical[0]}`]);
  // 「在京东买了两盒布洛芬 到现在还没到」: bought already (a count after 买了), waiting for it, nothing asked.
  const bought = !ask && !short && low === null ? BOUGHT.exec(text) : null;
  if (bought) return reading(0.15, [`bought already: ${bought[0]}`]);
  const recommend = !ask && !short && low === null ? RECOMMEND.exec(text) : null;
  if (recommend) return reading(0.15, [`a recommendation asked: ${recommend[0]}`]);
  const about = ABOUT.exec(text);
  // (「药还有两三天就没有了 怎么弄」: what to do, asked last after one's stock running out, is asking for help, not how a thing works.)
  const helpless = short && WHAT_TO_DO_LAST.test(text);
  if (about && !ask && !helpless && !(items.length > 0 && short)) return reading(0.15, [`a question about it: ${about[0]}`]);
  if (items.length === 0 && !short && GENERAL_QUESTION.test(text) && !SOMEONE_NEEDS.test(text)) return reading(0.15, ['a question about how things are']);
  const medicineWord = items.length > 0 || HAS_MEDICINE_NOUN.test(text) || /配|开药|拿药/.test(text);
  // A name, the words of a request and how much or how long: nothing else reads so.
  if (need && ask && (short || low !== null || items[0]!.quantity !== undefined)) return reading(0.98);
  if (need) return reading(0.92, low && !ask && !short ? [low[0]] : []);
  // 「一个月的量」, "a month's supply": how much, said in time, is a request's amount too.
  if (items.length > 0 && (ask || !s.isGroup) && AMOUNT_IN_TIME.test(text)) return reading(0.86);
  // A name, how many and the door (「降压药 两盒 五号楼三零二」): a request form filled in, whatever else a door may mean.
  if (items.length > 0 && items[0]!.quantity !== undefined && draft.door) return reading(0.95);
  if (items.length > 0 && items[0]!.quantity !== undefined) return reading(0.85);
  if (ask && medicineWord && (short || /药|配|medic|meds|pills|tablets|prescription/i.test(text) || EN_FORM.test(text))) return reading(0.86);
  if (short && medicineWord) return reading(0.82);
  // 「我家里药不多了」, 「阿爸啲藥食得七七八八」: little left of one's own or one's family's, no name said, is the same need.
  // (The medicine itself must be what is low, in the clause that says so: 「菜不多了 药还够」 is no need.)
  if (low !== null && lowOfMedicine(text, low) && (MINE.test(text) || KIN_NAMED.test(text))) return reading(0.82, [low[0]]);
  // In a private chat a medicine written out ("氨氯地平 5mg 可以替换") is a request; a bare name may be one.
  if (items.length > 0 && !s.isGroup) return reading(items[0]!.strength !== undefined || items.some((i) => i.substitute !== undefined) ? 0.85 : 0.6);
  if (items.length > 0) return reading(0.35);
  return reading(ask && medicineWord ? 0.4 : 0.2);
}

/** The fields as the corpus writes them: names (English lower case), the first quantity, days left, the door. */
function fieldsOf(draft: MedicineDraft, items: MedicineDraft['items']): Record<string, string> {
  const fields: Record<string, string> = {};
  // English names in lower case; a Chinese name keeps its variant as written (「诺和灵30R」).
  if (items.length > 0) fields.items = items.map((i) => (/[a-z]/i.test(i.name) && !/[\u4e00-\u9fff]/.test(i.name) ? i.name.toLowerCase() : i.name)).join('|');
  if (items[0]?.quantity !== undefined) fields.qty = String(items[0].quantity);
  if (draft.daysLeft !== undefined) fields.days = String(draft.daysLeft);
  if (draft.door) fields.door = doorKey(draft.door);
  return fields;
}
