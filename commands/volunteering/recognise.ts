import { isForward, ownWords, REPORT_TO_THOSE_IN_CHARGE, TOLD_TO, WISH_THEN_SAY, withoutClosingCourtesy } from '../../src/kernel/cues.js';
import type { Recognised, Situation } from '../../src/runtime/understand.js';
import { plainFormal } from '../community/recognise.js';
import { ANYTHING_NARROWED, findSkills, soundsAlike, WHATEVER_TOLD, type Skill } from './words.js';

/**
 * Reading volunteers in ordinary words, on normalised text: an offer to help (「我是护士 可以帮忙」,
 * "I can do night patrols"), a sign-up under the recruit post (「算我一个」, 「我有车」), and what a
 * reply to a task post says (「接!马上下楼」, 「送过去了」, 「我们楼突然封了 出不去」). A cheer, a
 * question or news about someone else is none of these.
 */

/** Emoji and [stickers] around a reply: 「🙋‍♀️ 我我我」 is 「我我我」 with a hand raised. */
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]|\[[^\]]{1,6}\]/gu;

export type TaskOp = 'claim' | 'done' | 'giveback' | 'cancel';

/** What the one going needs to know: where, which phone, what to bring. */
const ERRAND_QUESTION = /去哪|在哪|哪里拿|要带什么|电话/;
/** Questions, thanks and remarks under a task post that take nothing. */
const TASK_TALK =
  /的时候|上次|去年|昨天|前天|以前|有人接了吗|已经有人接|还没人(?:认领|接)|也想接但|但是我|来不及|去哪|在哪|哪里拿|要带什么|电话(?:多少|号|是)|多少钱|昨天不是|发过了|谢谢|感谢|辛苦|is (?:this|it) (?:still )?open|where do i|where is|thanks|thank you/i;
// 「已经拿好送好」, 「阿拉刚刚送好」: Shanghainese V好 ending a clause is the thing done, 了 or not (「送好伐」 asks, 「送好之后」 plans on).
const DONE =
  /^(?:好了|ok了|弄好了|搞好了)[!!。.~～\s]*$|(?:送|交|递)好(?=[\s!!。.~～,,]|$)|(?:^|[\s,,。])(?:这个|那个|任务|事情|活)?(?:都)?做好了(?!吗)|^(?:任务)?(?:已?完成|搞定|做完|办好|办完|弄好|送到|送达|已送达|done|finished|completed|all done|delivered)(?!\s+with\b(?!\s+(?:it|this|the task)))|已(?:经)?(?:完成|送|放|交给|交到|拿回|取回|办好)|(?:送|放|交|递)(?:过去|到|回|好|完|上去|上楼|进去)?(?:了|回来|啦|咯|喽|咧|嘞|喇|啰|哒)(?!吗)|\bdropped\b|accomplished|\b(?:task|job|mission)\s+(?:complete|completed|done|finished)\b|^sorted\b|\bleft (?:it|them|the \w+) (?:with|at|outside|by)\b|\b(?:she|he|they|grandma|grandpa|granny|auntie|uncle|the (?:old|elderly) (?:man|lady|woman|couple))\s+(?:got|has|have|received)\s+(?:her|his|their|the|it|them|everything|all of it)\b|\b(?:this|that) (?:one|task|job)(?:'s| is)? (?:complete|completed)\b|(?:说|讲|话)(?:已经?)?(?:都)?(?:拿到|收到|取到)了(?!吗)|(?:东西|药|菜|物资|快递|包裹|饭)(?:都|已经?|也)?(?:拿到|取到|配到|买到)了(?!吗)|\b(?:handed|gave|given|passed) (?:it |them )?to\b|完毕|(?:老人|人|他|她)(?:家)?(?:已经?|都)?(?:回家|到家)了?|(?:已经)?(?:吃|用)上(?:药)?了|还给[^。,,]{0,6}了|(?:任务|活|这单|那单|单子)\s*(?:#\s*\d+)?\s*(?:已|已经|算|就算|也算)?(?:结束|完成)(?!吗|没)|(?:^|这单|那单|任务|活|事)(?:已经?|都|也)?完事(?:了|儿了|啦|咯)(?!吗|没)|已(?:经)?[分发送办搬](?:完|好|到)|(?:分|发|搬)完了|把[^。]{0,8}(?:挂|放|交|送|递|给)[^。]{0,12}了(?!吗)|\bfinish(?:ed)? already|\b(?:bring|brought|give|gave|send|sent|deliver(?:ed)?|drop(?:ped)?|pass(?:ed)?)\b[^.?!]{0,30}\balready\b|(?:将|把)[^。,,]{0,10}送达|\balready (?:finish|deliver|gave|give|sent)|办妥|弄完了|摆(?:放)?好了|(?:放|弄|办)妥了|放(?:在)?门口了|放(?:低|下)了|已(?:经)?交(?:了)?(?:[\s!!。.~]|$)|^(?:已经?)?给(?:他|她)?了|(?:他|她|老人|阿姨|叔叔|伯伯|家属|人家)[^,,。]{0,3}(?:拿|收|取)(?:进去|回去|走)了|放(?:在)?[^,,。!!??]{0,10}(?:上|里|门口|旁边|边上|那儿?|那里)了|(?:放|摆)(?:在|到)[^,,。!!??]{1,10}了|\b(?:is|are|'s|'re) (?:now )?(?:at|outside|in front of|by) (?:her|his|their|the) (?:door|gate|guard|house|flat|place)\b|(?:扛|搬|提|背|遛|修|陪)(?:上去|上楼|回去|回来|过去|好|完)了|接(?:回来|回家|回去)了|(?:^|[\s,,。!!])(?:已经?)?完成(?:了|啦|咯|喇)?[!!。.~～\s]*$|看完病|看过了?[^。]{0,8}(?:挺好|很好|没事|精神|不错|在(?:看|睡|吃))|(?:已经?)?(?:给|交给|递给)(?:他|她|阿姨|老人|奶奶|爷爷|阿婆|婆婆|伯伯|叔叔|阿伯|家属|本人|老太太|老先生|老伯)了|(?:交|给)(?:到)?[^,,。]{0,6}手(?:上|里|中)|已(?:经)?(?:移交|递交|送交|转交|交付)|(?:移交|递交|送交|转交|交付)(?:给[^,,。]{0,6})?(?:了|完毕)|\b(?:order|task|job|request) (?:fulfilled|complete)\b|\bis (?:now )?with (?:the|her|his) (?:resident|owner|family|recipient|grandma|grandpa)\b|left it at|dropped (?:it |them )?off|handed (?:it |them )?over|\bhanded (?:the|it|them|her|his)\b|\bgave (?:it|them|the \w+) to\b|all set|(?:拿|取)(?:回来|好)了|交(?:给|到)(?!我)[^。]{0,8}(?:了|手上)|拍(?:了)?(?:个)?照(?:片)?(?:发|给|传)|照片(?:已经?)?(?:发|传)(?:给)?(?:你|您|群里|了)|(?:老人|阿姨|叔叔|伯伯|老伯|爷爷|奶奶|家属|本人|人家|他|她)(?:家)?(?:已经?)?(?:拿到|收到|取到)了|(?:老人|阿婆|婆婆|阿公|阿姨|叔叔|伯伯|老伯|爷爷|奶奶|老太太|家属|本人|人家|他|她)(?:家)?(?:已经?|都|也)?(?:拿到|收到|取到)(?:手|药|东西|菜|物资)(?:了|啦)(?!吗)|sent (?:a |the )?(?:photo|pic)|photo sent|放(?:门卫|门口|好)了?|挂门把手|办(?:好|完)了|弄好了|搞定了|\bin (?:her|his|their|grandma'?s|grandpa'?s) hands\b|\b(?:done|finished|completed|delivered)\b(?!\s+with\b(?!\s+(?:it|this|the task)))/i;
const GIVE_BACK =
  /\bunclaim|release (?:it|this)|\bgiv(?:e|ing) (?:this|it)(?: one)? back\b|\breleasing\b|\bby (?:mistake|accident)\b|give (?:this |this one |the task )?back\b|交还|(?<!已(?:经)?)交(?:回|返)(?:去|出去)?(?=[吧啦哈啊呀喇\s,,。!!]|$)|还给大家|(?:接|去|做|送|拿|跑)不(?:了|成|到|过去)|来不了|(?:谁|有人|哪位)(?:能|可以)?(?:来)?(?:替|顶)|替(?:我|一下)|顶我|(?<=(?:谁|人|帮|替|请|麻烦)[^,,。\s]{0,3})顶一下|取消认领|给别人|换(?:个)?人|被隔离|隔离了|(?:我)?(?:今天)?不行了?(?![^。]*(?:我去|我来))|(?:谁|有人)能?(?:帮我|替我)接|帮我接一下|(?:接|点|按|领|认领)错(?:了)?(?![^。]{0,3}(?:吗|[??]))|手滑|\b(?:clicked|tapped|pressed|hit|picked|chose)\b(?: on)? (?:the |a )?wrong\b|\bwrong (?:button|task)\b|\bmis-?(?:click|tap)|放弃|退回|不接了|做不了|去不了|去不成|不能去了|没法去|出不去|走不开|搞不定|还给大家|让给别人|麻烦别人|请(?:其他|别)人|别人(?:接|帮忙|去)|放掉|give (?:it )?back|can(?:'?t|not| no longer) (?:do|make|go|take)|no longer able|drop this|someone else|came up|\bsomething(?:'s| has)? come up\b|\b(?:need|have|got|has) to pass\b|\bgotta pass\b|\brain ?check\b|not able to/i;
/**
 * Done, by its result in words DONE lacks: 完事了, 「刚送完」, 送去了 (Cantonese 送去咗), hung on the handle, put in a parcel
 * locker, left with the guard, in the old person's hands (「药已经到老人手里了」), 「到了 交俾阿婆」, "she's got them".
 */
const DONE_RESULT =
  /^(?:已经?)?完事(?:了|啦|咯)?(?=[\s!!。,,]|$)|刚(?:刚)?(?:送|放|交|递|搬)完|送去了(?!吗)|挂(?:在|到)[^,,。!!??]{0,8}了(?!吗)|(?:放|存|塞)(?:进|在|到)?[^,,。!!??]{0,6}(?:快递柜|丰巢|信箱|鞋柜|柜子)(?:里)?了(?!吗)|(?:给|交给|交到)(?:了)?(?:门卫|保安|物业|居委|楼长|楼组长|家属)(?:那里|那儿|手上)?了(?!吗)|已(?:经)?(?:送)?到[^,,。]{0,6}手(?:上|里|中)|(?:^|[\s,,])(?:送)?到了[\s,,]+(?:交|递)(?:给|俾|畀)|\b(?:she|he|they)(?:'s| has|'ve| have) got (?:it|them|her|his|their|the)\b|(?:^|[\s,,。!!])(?:东西|药|菜|物资|饭)?(?:已经?|都)?(?:给|畀|俾)到(?:[^,,。!!??\s]{0,6}?)(?:了|咗|喇|啦|咯)(?!吗|没|未)|\bgot (?:it|them|the \w+) to (?:her|him|them|grandma|grandpa)\b/i;
// (Round 17: 给到, Cantonese 畀到 — 「东西给到了」, 「给到阿姨了」, 「畀到佢喇」 —, "got it to her": what reached the person.)
/** Not able to do it: a verb and its failed result (下不去, 搬不动, 去不成), 不好去了, no time, "won't be able". */
const CANNOT =
  /(?<!(?:儿子|女儿|他|她|老公|老婆|家人|孩子|爸|妈)[^,,。\s]{0,4})回不(?:去|来)|(?:不太|不大|不怎么)方便(?!吗)|(?:修|陪|遛|排|看)不(?:了|成|好|动)|无法(?:完成|前往|去|来|参加|执行|承担|到场|出门|送|接|做)|(?:[下出过进上])不(?:去|来)|(?:搞|弄|办)不(?:定|掂|成)|不能(?:去|来|出门|出去|下楼|做|接)|出不了(?:门)?|赶不(?:上|及)|(?:走|脱|抽|离)不开|(?:顾|忙|照顾)不(?:上|过来|及)|吃不消|不得闲|(?:[搬拿走跑提扛送去接做干赶爬抬骑返弄配买下上出进拎背])不(?:了|成|到|动|来|切|过去|上去|下去|进去|出去|起)|不(?:好|能|可以|方便)(?:去|来|做|接)了?|不方便了|不让(?:我)?(?:出门|出去|去|下楼)|(?:我|我人)(?:其实|现在|目前|人)?(?:不在(?:上海|小区|本地|这边)|在外地)|不(?:去|来|做)得|不来事|来不及去|没(?:有)?(?:时间|空)(?:去|了)?|没(?:有)?(?:办)?法(?:子)?(?:去|来|做|接|送|拿|跑|搬)?|抽不出|won'?t be able|(?:can'?t|cannot|won'?t|not going to|unable to) make it\b|\bnot possible\b|\bi can(?:'?t|not)\s*[.!]*$|\btoo busy\b|太忙|unable to|not (?:be )?able|can'?t (?:go|make|do|come)|\b(?:not|n't|no longer)\b[^.?!]{0,20}\b(?:anymore|any more|after all)\b/i;
/** Asking that someone else take it. */
const HAND_OVER = /取消[^。,,]{0,3}认领|谁(?:来)?(?:接|替|顶)(?:一)?下|另(?:外)?(?:安排|找人|派人)|重新(?:安排|派)|谁(?:能|可以|有空|有时间|方便|先|帮忙){1,3}(?:帮(?:我|忙))?(?:接|替|顶|去)|\bcover (?:for )?me\b|\breassign|\btake over\b|(?:我)?(?:这个|这单)?(?:让|转|交)?给(?:他|她)(?:吧|去)|转给(?:他|她|别人)|让给|换(?:个)?人|(?:别的|其他|另外的?)(?:人|志愿者|邻居)|(?:找|搵|寻|请)(?:第二个|别人|其他人)|(?:找|叫|让)(?:物业|居委|保安|师傅)(?:吧|来|去)|换(?:个|一个)?[^,,。]{1,4}志愿者|(?:找|搵|寻)人(?:帮|替|接|顶)|谁(?:能|可以)(?:帮我)?(?:接|替)|someone else|somebody else|another volunteer|\bany(?:one|body) else (?:go|take|do|pick|grab|get)\b|\bcan any(?:one|body) else\b|\bany(?:one|body) else\s*\?*\s*$/i;
/** Withdrawing from it. */
const WITHDRAW = /pass on (?:this|it)|\bcount me out\b|\bremove me\b|\bunassign\b|\b(?:i'?m|i am) out\b(?!\s*(?:of|front|side|here|there|now))|\b(?:have|need|got) to cancel\b|(?:我|先)撤(?:了|啦)?|改(?:天|日)(?:吧|再)|hand (?:it |this )?back\b|\b(?:gotta|got to|have to|need to|must) bail\b|\bbail(?:ing)? on\b|撤回|cancel (?:my (?:claim|name|one|part|slot|bit)|mine|me)\b|(?:我|阿拉)(?:的)?(?:那个|这个|这单|那单|那份|这份|这趟|的)?(?:就|要|得|只能|只好)?取消(?:掉)?(?![^。]{0,4}(?:吗|么|[??]))|\bpull(?:ing)? out\b|\bstep(?:ping)? (?:back|down|out)\b|\bbow(?:ing)? out\b|^(?:i )?can'?t\b(?!\s+(?:wait|find|believe|see|hear))|\bi(?:'m| am)? (?:not|no longer) (?:free|available)\b|退出|退了|(?:得|要|只能|只好|先)退(?:一下|掉|单)|不(?:接|去|来|做|送|跑)了|(?:先)?(?:放一放|搁一搁|放一下|先放着)|放(?:回|出)去|放(?:返|回)?出(?:来|去)|\bput(?:ting)? (?:this|it)(?: one)? back\b|还回去|放弃|\bdrop (?:this|it|out)(?!\s+(?:by|off|over|round|at|to|in))|back out|withdraw/i;
/** A reason said with an apology: 「不好意思 我们楼封了」, 「单位叫我回去」, "sorry, my kid is sick". */
const OBSTACLE = /困在|被困|(?:车|电瓶|单车)[^,,。]{0,2}(?:坏|没电|爆胎|没油|抛锚)|(?:腰|脚|腿|膝盖|手|背)[^,,。]{0,2}(?:扭|崴|疼|痛|伤)|没人(?:看|照顾|带)|不舒服|病了|生病|broke down|broken down|flat tire|not feeling well|(?:单位|公司|领导|老板|医院|厂里)[^。,,]{0,3}(?:叫|让|喊|要|通知)我[^。,,]{0,3}(?:回去|回单位|去单位|加班|上班|值班|返岗|回工|回公司)|(?:要|得)回(?:公司|单位|工)|go back to (?:the |my )?(?:office|work)|被(?:单位|公司)?(?:叫|喊|召)回|返岗|called (?:in|back) (?:to|by) (?:work|the hospital|my office)|封了|抽调|限行|被封|封控|阳性|发烧|隔离|加班|有事|状况|急事|\bemergency\b|locked down|lockdown|\bsick\b|fever|positive|\bstuck\b/i;
/** A reason and nothing else (「临时有事」, 「突然要加班」, "family emergency"): under a task post it is why one cannot go. */
const REASON_ALONE =
  /^(?:(?:我|我们|我家|家里|今天|临时|突然|刚刚?|单位|公司|sorry,?)?\s*[^,,。!!??]{0,6}(?:有(?:点)?(?:急)?事|有状况|阳性|发烧|隔离|加班|family emergency|emergency|sick|fever|positive)|(?:我|我们|我家|my)[^,,。!!??]{0,6}(?:被封|封了|locked down))(?:了|啦|喇|呀|啊)?[\s!!。.~…]*$/i;
/** Said of a condition, not a fact: 「今天不行的话明天也可以」, 「搞唔掂就出声」, 「如果去不了…」. */
const CONDITIONAL = /如果|要是|万一|假如|的话|下次|以后|也(?:没关系|不要紧|没事)|(?:不行|不了|不到|不定|不掂|不成|有事)就|\bif\b/i;
/** Someone else's words reported right before an inability: 「有人说」, 「楼上讲伊」, 「前面接单的人说」, "someone said they" (not 「说我」). */
const REPORTED_SPEECH = /(?:有人|别人|人家|他|她|伊|佢|上面|楼上|楼下|前面|那位|那个|志愿者|义工|\b(?:someone|somebody|they|he|she|the volunteer)\b)[^。!!??]{0,6}?(?:说|讲|\bsaid\b|\bsays?\b)(?!我|\s*(?:i|me)\b)[^。!!??]{0,10}$/i;
/** Someone other than the writer, or news: 「听说她家被隔离了」. */
const SOMEONE_ELSE = /听说|据说|他|她|老人|人家|阿姨|伯伯|大爷|奶奶|爷爷/;
/** Told of before (「上次我临时有事没去成」), with nothing of now. */
const PAST = /上次|上回|之前|以前|去年|昨天|前天|上周|上个月/;
const NOW = /今天|今晚|现在|这次|这回|这单|这个|刚|马上|一会|等下|待会/;
const SELF_SAID = /我|\bi\b|\bi'|\bme\b|\bmy\b/i;
/** Asking that someone else take it, said any way: 「换人」, 「让别人去」, "someone else". */
const HANDED_OVER = /别人(?:接|帮忙|去)|让给|换(?:个)?人|请(?:其他|别)人/;
/** What to do, not what was done: 「放门口就行」, 「麻烦放门卫」; with its object put by 把, asked of the other (「麻烦把医保卡放门口」, 「你们把单子放门卫」). */
// (「放门口的话记得敲门」: a condition; 「送到了就好」: relief at it, said by whoever waits.)
const INSTRUCTION_AFTER = /^(?:了?就(?:行|好|可以|成|得)|即可|吧|一下|的话)/;
const INSTRUCTION_BEFORE = /(?:(?:请|麻烦|记得|别忘了?|可以|直接)\s*(?:你们|你|您)?|(?<![给帮替])(?:你们|你|您)(?=\s*把)|(?:让|叫|请|喊)\s*(?:她|他|他们|她们|伊|老人家?|阿婆|阿姨|阿公|阿伯|家里人|家属|人家)(?:家里人)?)\s*(?:把[^,,。!!??\s]{1,12})?\s*$/;
/** The 的 (Shanghainese 额) of assurance closing a "can" or "will" and its verb: 「我能去的」, 「我可以帮忙拿的」. */
const ASSURANCE_AFTER_CAN = /(?<=(?:可以|能|会|愿意)[\u4e00-\u9fff]{1,4})[的额](?=[\s!!。.~～]*$)/;
/** Late but coming: 「晚了点 现在过去」, "will be 10 min late", 「马上到」. */
const COMING = /\blate\b|晚(?:了)?(?:点|一点|一会)|迟到|耽误|马上(?:到|过去|出发)|现在(?:就)?过去|on my way|\bomw\b/i;
/** A plan, not a report: 「五点之前给她送回来」. */
const PLANNED_BEFORE = /(?:之前|以前|以后|之后|再|会|要|打算|准备|等下|待会|明天|下午|晚上|点)[^,,。!!??\s]{0,6}$/;
/** 「不然我就去了」, 「要不是…我就来了」: what one would have done. */
const COUNTERFACTUAL = /(?:不然|否则|要不是|本来)[^。]{0,8}就?(?:去|来|接)了/;
/** Not done at all: 「不用送了」, 「还没送到」. */
const NEGATED_BEFORE = /(?:不用|不要|不必|无需|别|没|没有|未|还没)\s*$/;
const WISHED = /(?:也|很|真)想(?:去|接|帮)|我也[^,,。]{0,3}不(?:了|能)|我也(?:去|来|做|接)不|i (?:wish|wanted to)/i;
const APOLOGY = /不好意思|歹势|拍谢|抱歉|对不起|对不住|谅解|见谅|包涵|sorry|apolog/i;
/** A question about whether it was done: 「送到了吗」. */
const ASKED = /[??]|吗|了没|没有?$|哪里|哪儿|哪个|几楼|几号|什么时候|多久|谁|(?<=[了掂定到好完])未(?:啊|呀|呢|呀)?\s*$/;
/** A tag asking agreement after a request (「你找别人好吗」, 「换个人行不行」): no question about the task. */
const TAG = /[\s,,]*(?:好吗|好伐|好不好|行吗|行不行|可以吗|ok吗)[\s??。.!!]*$/i;
/** 「我去 这么快就被接了」: 我去 as an exclamation, not a claim. */
// (「这个我去」, 「那单我去」: the thing taken said before it, 我去 claims it.)
const EXCLAIMED = /(?<!(?:这个|那个|这单|那单|这趟|这件|任务|活)\s*)(?:我去|我靠|我天)(?![吧啊啦了拿送买取看])[\s!!,,]*(?:[^,,。!!?\s]{0,4}(?:居然|竟然|这么|那么|也太|原来)|太|真的?|好(?![的了])|又|怎么|[^,,。!!?\s]{1,3}(?:好|太|真|超)(?:大|多|冷|热|快|慢|累|贵|吵|难|远|险|晒|挤))/;
/** 接 of a child, a spouse, a call or a notice is no taking of the task: 「我接孩子去了」, 「接到通知」. */
const FETCHED = /接(?=(?:了|到)?(?:个|一个|一通)?(?:孩子|小孩|娃|儿子|女儿|老婆|老公|电话|通知))/g;
const CANCEL = /^(?:取消|撤销|cancel)(?!认领)/i;
const CLAIM =
  /^(?:\+1|1)(?:\s|$)|(?:^|[\s,,。!!])(?:我|阿拉|本人)(?:来|嚟)?(?:接|跟|认领)(?:这个|这单|这趟|这件|吧|啦)?(?=$|[\s,,。!!])|^(?:(?:我|阿拉|本人)?(?:接|认领)(?:了|吧|啦)?[\s!!。.~～,,]*){2,}(?![龙力单])|^(?:(?:我|阿拉)(?:来|去)(?:了|吧|啦)?[\s!!。.~～,,]*){2,}|(?:这个|那个|这趟|这单)(?:任务|活)?我(?:来|可以|去|处理|负责|包|办)|(?:我|阿拉)(?:去|来)(?!过|了)[^,,。!!??]{0,6}?(?:帮[^,,。!!??]{1,4})?(?:买|拿|取|配|送|领)(?![了过完好])|(?:我|本人|阿拉)(?:愿意|可以|来)?(?:承担|承接|接下|包下)(?!不)|(?:我|阿拉)[^,,。!!?]{0,2}(?:今天|明天|后天|上午|下午|晚上|早上|中午|一早|等下|等一下|待会儿?|一会儿?|\d{1,2}\s*[点:：]|[一二两三四五六七八九十]+点)[^,,。!!?]{0,4}(?:去|来|过去|出发|到|配|送|拿|取)(?!了|过)|现在(?:就)?(?:去|过去|出发)(?![^,,。]{0,4}(?:要|得|会|吗))|^我可以(?:[\s,,!!。]|$)|^(?:可以|行|好)[\s,,!!。]+(?=\S)|(?:\d+|[一二两三四五六七八九十半]+)\s*(?:分钟|min)(?:后|以后|之后)?(?:就)?(?:到|出发|下楼|过去|过来|出门)|(?<!(?:说|讲|他|她)[^,,。\s]{0,2})(?:\d+|[一二两三四五六七八九十半]+)\s*(?:分钟|min|刻钟|个?小时|个?钟头)(?:后|以后|之后)(?:就)?(?:去|来)(?=[^,,。!!??]{0,4}(?:拿|取|送|买|配|领))(?![^。,,]{0,8}(?:吗|[??]))|^me(?:[,!. ]|$)|^(?:我|阿拉|本人|俺)?(?:接|认领|来|去)(?:单|了|吧|啦|接)?(?:[\s!!。.~～,,??]|👍|🙋|$)|(?:我|阿拉|俺|咱)(?:来|去)(?:吧|啦|咯|喽|得了(?![^,,。!!]{0,3}(?:吗|么|[??])))(?![台])|交给我|让我来|包在我身上|(?:^|[\s,,。!!])(?:我|阿拉)(?:正好|刚好|刚巧)?顺路(?:的|呀|啊|哦|嘞)?(?=$|[\s,,。!!~])|^(?:这单|这个|这趟|这件|那单)(?:就)?(?:给|归)我(?:吧|啦)?[!!。.~\s]*$|我(?:来|去)?(?:带|捎|拿|买)(?:回来|过来|上来)(?![了过])|(?:我|阿拉)(?:替|代|帮)(?:他|她|你|您|人家|他们|她们|阿婆|婆婆|老人家?|阿姨|奶奶|爷爷|伯伯|阿伯|阿公|叔叔|老太太|老先生)(?:去|跑|送|拿|取|扛|搬|提|背|修|遛|排|买|配|领)(?![了完过好])|(?:我|阿拉)(?:上去|过去|下去|去|来)(?:看看|看一下|瞧瞧|陪|照看)(?=(?:一下)?(?:那个|这个|那位|这位)?(?:老人|阿婆|婆婆|奶奶|爷爷|阿姨|伯伯|他|她|老太太|老先生|阿公))|(?<!帮|给|替|让|叫|请)(?:我|我们|阿拉)(?:两个|俩)?(?:一起)?(?:来|去|可以|能)?(?:帮忙)?(?:搬|拿|送|取|买|配|陪|开车|跑|扛|运)(?![了完好过的步不])(?!(?:我|自己)?(?:家)?(?:孩子|小孩|儿子|女儿|妈|爸|老婆|老公|技术))|(?:我们|我俩)(?:两个)?(?:一起)?(?:去|来)(?![了过年])|^(?:算|归)我(?:的)?[!!。.~]*$|(?:顺路|顺便|顺手|路过|正好要去|正好去)(?!问|说|提|讲)(?![^。]{0,3}(?:帮我|给我|替我))[^。]{0,8}(?:我|带|捎|送|拿|买(?![^,,。]{0,3}(?:吗|[??]))|去(?![^。]{0,3}(?:吗|[??])))|我(?:来|去)?(?:带|捎)(?:吧|啊)?(?:[\s!!。.~,,]|$)|(?:我|阿拉)(?:过去|过来|下去|下楼)(?!了)|(?:^|[\s,,。!!]|我|俺|阿拉)(?:已经|正)?在(?:去的?|过去的?)?路上(?!的)|出门了|出发了|动身了|\bi (?:go|come)(?: now)?\b(?! to\b| not\b)|\bi (?:take|do) (?:it|this)\b|\b(?:leaving|going|heading|coming) (?:now|over|there|down)\b|\bon the way\b|\bi can (?:do|go|take)\b(?! not)|take care of (?:it|this)|give me \d+ ?min|(?:这个|这趟)我(?:来|可以|去)|我(?:这边|这里|这儿|今天|明天|上午|下午|晚上|上半天|下半天)?(?:也)?(?:可以|能|会)?(?:来|去)(?:吧|跑|送|拿|啊|啦|咯|喽|啰|哦|喔|嘞|呀)?(?:[\s!!。.~～,,??]|吗|$|这趟|一趟)|没(?:有)?人(?:去|接|认领)?(?:的话)?[\s,,]*(?:就)?(?:我|阿拉)(?:去|来)|(?:我|阿拉|本人)(?:来)?顶(?:上|一下)?(?:吧|啦)?(?:[\s!!。.~～,,]|$)|我可以(?:去|跑|送|帮)|我离得近|顺路(?:带|送)|顺便(?:带|送|拿)|我(?:来|去)?(?:带|送)过去(?!了)|我负责|我包了|我[^,,。!!?]{0,6}(?:后|就)(?:到|过来|下来|出发)|我[^,,。!!?]{0,4}(?:就|马上|这就|现在|即刻)(?:去|来|到|下楼|下去|过来|过去)|(?:^|[\s,,])(?:好|行|ok|嗯)?[\s,,]*(?:我)?(?:这就|马上|立刻|立马|现在就|即刻)(?:去|来|到|下楼|下去|过去|过来|出发|出门|动身)|(?:我)?(?:跑|走)一趟|(?:我|阿拉)(?:来|去)(?:拿|送|取|办|搞|弄|处理|负责|做|跑|买)(?!了|好|完)|(?:我|阿拉)(?:来|去)(?:帮[^,,。!!??]{1,4})?(?:遛|修|陪|扛|搬|提|排队?)(?![了好完过])(?![^,,。!!??\s]{0,6}了)(?![^,,。\s]{0,6}(?:我家|自己|我妈|我爸|我老|我的|我儿|我女))|i'?ll (?:grab|get|bring|pick)(?: it| them| up)?|\b(?:will|'ll|gonna) (?:drop|bring|run|take|collect|fetch) (?:it|them|this)\b(?!\s+back)|^(?:yes|yep|yeah|ok|okay|sure)[,!.]?\s*(?:me|mine)\b|(?:^|[\s,,])马上[!!。.~～]*$|(?:我|阿拉|俺|咱)[^,,。!!??]{0,8}(?:买|拿|取|配|带)(?:了|好)(?:药|东西|菜)?(?:就|再)?(?:给(?:他|她|老人|阿姨|你|您)(?:送)?|送|带|拿)(?:过去|上去|上楼|过来|去)?(?![了过])|马上(?:下楼|到|去|出发)|等我[^。]{0,6}(?:分钟|一下)|没有的话我(?:去|来)|阿拉(?:去|来)|我接|接单|^可以[\s,,]|^好的?[\s,,]?我(?:去|来)|\bi'?ll (?:go|do it|take (?:it|this)|deliver|handle|(?:swing|stop|drop|pop) (?:by|over|round))|(?<!\b(?:are|is|they'?re|he'?s|she'?s|someone'?s|somebody'?s|everyone'?s) )\bon it\b|\bi (?:will|shall) (?:go|do (?:it|this)|take (?:it|this)|deliver|handle)|\blet me (?:do|take|go|handle)|heading (?:there|to)|on my way|\bomw\b|\botw\b|\bhead(?:ed|ing) (?:there|over|down|out|to)\b|\b(?:grabbing|fetching|collecting) (?:it|them|the (?:meds|medicine|stuff|bag|box|groceries))\b|leave it (?:to|with) me|\b(?:will be|running|i'?m) (?:\d+ ?min(?:ute)?s? |a (?:bit|little) )?late\b|\b(?:assign|give) (?:it|this)(?: one)? to me\b|^will (?:go|do|take|deliver|handle|bring)\b|(?:^|[,.;!]\s*)(?:(?:ok|okay|k|sure|yep|yes)[,!.]?\s+)?(?:i'?m\s+)?(?:going|coming|heading (?:out|over|down))\s*[.!]*$|i(?:'ve)? got (?:it|this)|will do|\bi can do (?:it|this)|\btaking (?:this|it)|\bi can (?:go|do it|take)|heading (?:down|over|out)|^me[,!. ]|^mine\b|\bclaim\b/i;

/**
 * Going once what one is doing is done, or after a while: 「下班就去」, 「吃完饭就去」, 「放工即刻去」, 「我一个小时后去」, 「半个钟后到」,
 * 「半小时内到」 — not someone else's time (「她儿子下班就过来」, 「他说一个小时后到」) nor a time asked.
 */
const GOING_AFTER =
  /(?<!(?:他|她|伊|佢|儿子|女儿|老公|老婆|家属|家人|说|讲)[^,,。!!??\s]{0,6})(?:(?:下班|收工|放工|下课|[\u4e00-\u9fff]{1,2}完[\u4e00-\u9fff]{0,2})(?:以后|之后|后)?(?:就|即刻|马上|立刻)|(?:\d+|[一二两三四五六七八九十半]+)\s*个?(?:分钟|min|mins|刻钟|小时|钟头|钟)(?:内|后|以后|之后)(?:就)?)(?:去|过去|到|出发|下楼|过来)(?![了过])(?![^。,,]{0,8}(?:吗|[??]))/i;
/** On the way, by what one rides, or following it up: 「我下楼了」, 「我骑车去」, 「我跟进」, "leaving in 5", "can do", "I'll sort it". */
const ON_THE_WAY =
  /(?:^|[\s,,。!!])(?:我|俺|阿拉)(?:已经)?下楼了|(?:我|阿拉|俺)(?:骑车|开车|走路|骑电瓶车|骑电动车|打车)(?:去|过去)(?![了过])|(?:^|[\s,,。!!])(?:我|阿拉)(?:来)?跟进(?![了过])|\bleaving in \d+|^can do\b|\b(?:i'?ll|i will|let me) sort (?:it|this)\b/i;

/**
 * A claim as people say it (round 16): a carrying verb (「我去拎」, 「我来拎上去」), the task said to be the writer's (「这单我的」,
 * 「这个是我的了」), given to me (Cantonese 「俾我啦」, 「畀我」), 「包我身上」, Cantonese 我哋 going (「我哋去」), free and so going
 * (「我下午有空 下午去」). Not asked (「这单是我的吗」), not who goes (「…你们谁去」), not 拎不动.
 */
const CLAIM_SAID_SO =
  /(?:^|[\s,,。!!])(?:我|阿拉|俺|我哋)(?:来|去)?拎(?![了过完好不])|^包(?:在)?我身上|^(?:这单|这个|这趟|那单|这件)(?:就)?(?:是)?(?:我|阿拉)的(?:了|啦|咯)?[!!。.~\s]*$|^(?:俾|畀|给)(?:我|阿拉)(?:啦|吧|喇|la)?[!!。.~\s]*$|(?:^|[\s,,。!!])我哋(?:来|去)(?![了过])|^(?:我|阿拉)(?:今天|明天|上午|下午|晚上|现在|等下|待会)?(?:有空|得闲|有时间)[\s,,]+(?:我)?(?:今天|明天|上午|下午|晚上|现在|等下|待会)?(?:就)?(?:去|来|过去|过来)(?![了过])[!!。.~\s]*$/;

/**
 * More claims (round 16): able to take it (「我这边能接」, 「我可以接」), 「我上吧」, ready and then going (「我穿好防护服就下去」, 「换好鞋
 * 就去」), 「我可以代劳」, 「我hold住」, "count me for this one". Not asked (「我能接吗」), not someone else getting ready (「他穿好衣服…」).
 */
const CLAIM_READY =
  /(?:我|阿拉)(?:这边|这里)?(?:也)?(?:能|可以)(?:接|认领)(?:的)?[!!。.~\s]*$|^(?:我|阿拉|俺)上(?:吧|啦|咯)[!!。.~\s]*$|^(?:等我)?(?:我|阿拉)?(?![他她伊佢说讲])[\u4e00-\u9fff]{1,2}好[\u4e00-\u9fff]{0,3}(?:就|马上|即刻)(?:去|过去|下去|下楼|出发|到|过来)(?![了过])[!!。.~\s]*$|(?:我|阿拉)(?:来|可以)?代劳|(?:我|阿拉)hold(?:住|得住)|\bcount me (?:in )?for (?:this|that)(?: one)?\b/i;

/** Someone of the writer's household (round 17), as in SENDS_KIN. */
const KIN = '(?:老公|老婆|爱人|先生|太太|老头子?|老太婆?|老伴|儿子|女儿|囡囡|小囡|孩子|女婿|媳妇|侄子|外甥|孙子|孙女|外孙|弟弟|哥哥|妹妹|姐姐)';
/**
 * A claim made for the household or said as under way (round 17): someone of the household sent (「我老婆去 她就在那栋楼」, 「我让我
 * 儿子去拿」, 「我帮我老公接一下」), on the way without 我 (「路上了」, 「正在送过去」), a time promised (「收到 下午三点前送到」).
 * Not a relative asked after (「她儿子去拿了吗」: no 我 before the kin), not what a relative said (「我老公说让我别去」).
 */
const CLAIM_SENT = new RegExp(
  `^(?:我|阿拉)(?:家|的)?${KIN}(?:去|来|过去|下去)(?![了过])|(?:^|[\\s,,。!!])(?:我)?(?:让|叫|喊|派)(?:我|阿拉)(?:家|的)?${KIN}(?:去|来|过去|下去)(?![了过])|(?:^|[\\s,,。!!])(?:我)?(?:帮|替|代)(?:我|阿拉)(?:家|的)?${KIN}(?:接|认领)|` +
    /^(?:已经|正)?(?:在)?路上(?:了|啦|喇|咯)|(?:^|[\s,,。!!])正在(?:送|拿|带)(?:过去|上去|上楼|过来)(?![了过])|^(?:(?:收到|好的?|ok|行|没问题)[\s,,!!]*)?(?:我)?(?:今天|上午|下午|晚上|中午|\d{1,2}\s*[点:：]|[一二两三四五六七八九十]+点)[^,,。!!??\s]{0,4}(?:前|之前|以前)(?:就|能|会)?(?:送到|送过去|送上去|到)(?![了过])(?![^。,,]{0,3}(?:就行|就好|吗|[??]))/.source,
  'i',
);
/** Under way, said after what was fetched: 「药拿到了 正在送过去」 is on the way, not done. */
const UNDERWAY_AFTER = /^[^。]{0,3}?(?:正在|马上|这就)(?:送|带|拿)(?:过去|上去|上楼|去)?/;
/** Whether someone else took it, asked: 「换人了吗」. */
const HAND_OVER_ASKED = /换(?:了)?(?:个)?人了(?:吗|没|么|伐)|换(?:了)?人(?:没有?|未)(?:[\s??]|$)/;

/** What a reply to a task post asks for, or undefined when it is talk. */
export function readTaskReply(text: string): { op: TaskOp; evidence: string } | undefined {
  // 「我能去的」, 「我也会去额」: 的 closing a "can" or "will" is assurance, not the past (「是我送的」 keeps it).
  const t = soundsAlike(text.replace(DECORATION, ' ').trim()).replace(ASSURANCE_AFTER_CAN, '');
  // Only emoji: a hand raised or a runner (「🙋」, 「我🏃‍♀️」) claims, a tick (「✅」) reports it done.
  if (t === '' || t === '我') {
    if (/[🙋✋🏃]/u.test(text)) return { op: 'claim', evidence: text.trim() };
    if (/✅|☑️|✔️/u.test(text)) return { op: 'done', evidence: text.trim() };
    return undefined;
  }
  // An inability is the writer's own when said of oneself, with an apology, or as 「去不了了」; 「一个人搬不动的」 is a remark.
  const cannot = CANNOT.exec(t);
  // So is one said as the whole reply: 「不行 今天没空」.
  const mine = cannot && (/我|阿拉|\bi\b|\bme\b|\bmy\b/i.test(t) || APOLOGY.test(t) || /不(?:了|成|到|动|上|及|开|过来)了/.test(t) || t.length <= 12) ? cannot : null;
  // A reason with an apology gives it back, unless one is coming all the same (「抱歉 加班晚了点 现在过去」).
  const reason = (APOLOGY.test(t) ? OBSTACLE.exec(t) : null) ?? REASON_ALONE.exec(t);
  const back = GIVE_BACK.exec(t) ?? mine ?? WITHDRAW.exec(t) ?? HAND_OVER.exec(t) ?? (reason && !COMING.test(t) ? reason : null);
  // 「我也想去 可惜我们楼封着出不来」: someone who wished to go, not one giving it back.
  if (back && WISHED.test(t)) return undefined;
  // 「我看上面有人讲接 但是后来又讲去勿了 到底现在有人去伐」: another's inability, told as what they said (有人说, 楼上讲伊, "someone said
  // they can't"), gives nothing back; one's own said after it (「…我去不了了 抱歉」) or an apology still does, and so does 「老婆说我走不开」.
  const reporter = back !== null ? REPORTED_SPEECH.exec(t.slice(0, back.index)) : null;
  const reported = reporter !== null;
  const othersOnly = reported && !APOLOGY.test(t) && !GIVE_BACK.test(t.slice(back!.index + back![0].length)) && !CANNOT.test(t.slice(back!.index + back![0].length)) && !WITHDRAW.test(t.slice(back!.index + back![0].length));
  // 「还是我去吧 刚才那位说去不了」: taken up again, said before the one reported (not 「前面接单的人说…」's 接单), claims it.
  if (othersOnly && !CLAIM.test(t.slice(0, reporter!.index))) return undefined;
  if (othersOnly) return claimOf(t);
  // 「今天不行的话明天也可以」, 「被隔离的楼还能送吗」, 「听说她家被隔离了」: a condition, a question or news of someone
  // else, with no hand-over asked, gives nothing back; the writer's own apology or 我 does.
  const handedOver = (HAND_OVER.test(t) || HANDED_OVER.test(t)) && !HAND_OVER_ASKED.test(t);
  const notMine = (CONDITIONAL.test(t) || ((ASKED.test(t.replace(TAG, '')) || SOMEONE_ELSE.test(t)) && !SELF_SAID.test(t) && !APOLOGY.test(t))) && !handedOver;
  // 「出不去的人别着急」: an inability said of a kind of people.
  const attributive = back !== null && /^的(?:人|邻居|志愿者|老人|朋友|家庭|住户)/.test(t.slice(back.index + back[0].length));
  if (back && (notMine || attributive || (PAST.test(t) && !NOW.test(t)))) return undefined;
  // 「手滑发错图了 … 已经送到了」: a slip of the finger beside a delivery reported done is the wrong photo, not the claim.
  const slipOnDone = back !== null && back[0] === '手滑' && DONE.test(t);
  // 「取消吧 我去不了」: the writer cannot go, so it is given back, not cancelled.
  if (back && !slipOnDone) return { op: 'giveback', evidence: back[0] };
  const cancel = CANCEL.exec(t);
  if (cancel) return { op: 'cancel', evidence: cancel[0] };
  const done = DONE.exec(t) ?? DONE_RESULT.exec(t);
  // 「送到了吗 老人在等」 asks; 「我送到了 你看到了吗」 reports; so does 「搞定了 … 下次谁顺便带点」, whose question (谁) comes in a clause after the report
  // (a Chinese clause ends at a space too; "that task was done yesterday right?" is one clause).
  const doneClause = done ? t.slice(0, done.index + done[0].length + (/[,,。!!]|\s(?=[\u4e00-\u9fff])/.exec(t.slice(done.index + done[0].length))?.index ?? t.length)) : '';
  if (done && ASKED.test(doneClause) && !/我|\bi\b/i.test(t)) return undefined;
  // 「他说已经有人送了」: someone else did it.
  if (done && /有人(?:送|去|接|拿)/.test(t)) return undefined;
  // 「不用送了」, 「还没送到」: not done at all.
  // 「放门口就行」, 「麻烦放门卫」: how to hand it over, said to the one going; a claim beside it (「我接 麻烦把单子放门口」) still claims.
  if (done && NEGATED_BEFORE.test(t.slice(0, done.index))) return undefined;
  const told = done && (INSTRUCTION_AFTER.test(t.slice(done.index + done[0].length).trim()) || INSTRUCTION_BEFORE.test(t.slice(0, done.index)));
  // 「…五点之前给她送回来」: a plan said with the claim; a report says 了.
  // 「已按要求将药品送达」: 已 says it is done, whatever 要 follows it.
  const planned = done && !done[0].includes('了') && PLANNED_BEFORE.test(t.slice(0, done.index)) && !/已/.test(t.slice(0, done.index));
  const underway = done && UNDERWAY_AFTER.test(t.slice(done.index + done[0].length));
  if (done && !told && !planned && !underway) return { op: 'done', evidence: done[0] };
  return claimOf(t, text);
}

/** The claim a reply makes, if any, once nothing is given back or reported done. */
function claimOf(t: string, text = t): { op: TaskOp; evidence: string } | undefined {
  if (EXCLAIMED.test(t)) return undefined;
  const claim = CLAIM.exec(t.replace(FETCHED, '迎')) ?? GOING_AFTER.exec(t) ?? ON_THE_WAY.exec(t) ?? CLAIM_SAID_SO.exec(t) ?? CLAIM_READY.exec(t) ?? CLAIM_SENT.exec(t);
  // 「Sorted ✅」, 「好了✅」: a tick with a few words and no question reports it done.
  if (!claim && /✅|☑️|✔️/u.test(text) && t.length <= 12 && !ASKED.test(t)) return { op: 'done', evidence: text.trim() };
  if (!claim) return undefined;
  // "还有人接吗?没有的话我去" claims; "有人接了吗" asks.
  const talk = TASK_TALK.exec(t);
  // 「我接 老人家电话多少」, 「我去 在哪里拿」: the claim first, then what the one going needs to know.
  const claimThenAsk = talk !== null && ERRAND_QUESTION.test(talk[0]) && claim.index < talk.index && !/[\s,,。!!??]/.test(t.slice(0, claim.index).trim());
  // 「还没人接吗 没人接我来」: whether anyone took it, asked, then taken.
  const askedThenClaim = talk !== null && /没人|有人接/.test(talk[0]) && claim.index >= talk.index + talk[0].length;
  if (talk && !/的话/.test(t) && !claimThenAsk && !askedThenClaim) return undefined;
  // 「我们楼还封着 不然我就去了」: what one would have done.
  if (COUNTERFACTUAL.test(t)) return undefined;
  // 「现在去吗」 asks who goes; 「我下午三点去 来得及吗」 goes.
  if (ASKED.test(t) && !/我|阿拉|\bi\b|\bme\b/i.test(t)) return undefined;
  // The evidence as written (the 接 of 「接孩子」 was set apart by one character of the same length).
  return { op: 'claim', evidence: t.slice(claim.index, claim.index + claim[0].length).trim() };
}

export function recogniseTaskReply(text: string): Recognised | undefined {
  const r = readTaskReply(text);
  if (!r) return undefined;
  return { intent: `task.${r.op === 'cancel' ? 'cancel' : r.op}`, confidence: 0.9, evidence: [r.evidence] };
}

const skillsField = (skills: Skill[]) => (skills.length > 0 ? { skills: skills.join('|') } : undefined);

/** Signing up, as a reply to the recruit post. */
const SIGN_UP =
  /^(?:我[\s!!。.]*)+$|(?:但是|不过|可是)(?:我)?(?:还是|倒是)?(?:可以|能)(?!不)|(?:两个人|两个|俩|全家|一家|两口子|夫妻)(?:人)?(?:一起|都)?报|我和[^。,,]{1,6}(?:一起|都|两个人|俩)报|(?:可以|能)帮手|(?:^|我|也)\s*(?:\+|加)\s*(?:1|一)(?![\d个份])|(?:带|算|加|报|记|写|捎)上?我(?!们?的)|^我(?:也)?(?:行|能|可以)[!!。.~]*$|(?:可以|能)帮忙|联系我|\b(?:add|include) me\b|报名|报(?:上)?我|我也报|我报|都报|想帮(?:手|忙)|(?:周末|晚上|白天|上午|下午|每天|随时|平时|工作日|下班(?:以)?后)(?:都)?(?:可以|有空|行|ok)|得闲|^(?:我)?(?:来)?报到(?=[\s!!。.~,,]|$)|^(?:我|阿拉)\s+(?:晚上|白天|周末|上午|下午|早上|中午|夜里|全天|每天|天天|工作日|随时)[!!。.~\s]*$|^me(?:[!.,]|$)|\bfree (?:(?:every|most|on|in the|all|at)\s)?(?:evenings?|mornings?|afternoons?|weekends?|nights?|weekdays?|days)\b|我们(?:也)?报|一起报|算(?:上)?我(?:一个|一份)?|加我|我参加|我也(?:要)?参加|我也(?:去|来|行|可以)|我可以|我能|我来|找我|叫我|分配给我|派给我|我有车|我年轻|这块我|有时间|有空|(?:我|阿拉)?有(?:通行证|出入证)|\b(?:i )?(?:have|got|'ve got) a pass\b|随时待命|(?:能|可以)抽(?:出)?(?:空|时间)|(?:天天|每天|整天)在家(?=[\s!!。.~]*$)|\b(?:evenings?|mornings?|afternoons?|weekends?|nights?) (?:after|before|from) \d|(?:两个人|两个|俩|两口子|夫妻|全家|一家)(?:人)?(?:一起|都)(?:行|可以|能|来)|(?:可以|能)?排(?:上)?我(?!们)|(?:我|阿拉)(?:也)?好(?:来|去|帮)(?![吗么]|不好)|^\+1|^1$|^我+[!!。.]*$|^我也[!!。.]*$|count (?:me|us) and [a-z ]{1,20}? in\b|count me in(?!\s+for\s+(?:\d|one|two|three|four|five|a |an |some ))|sign (?:me )?up|i'?ll join|i will join|put (?:my name|me) down|i'?d like to (?:sign|join|help|volunteer)|\bi can (?:help|drive|do)|me too|i'?m (?:in|a |an )|happy to help/i;
/** Under the recruit post: cheers, questions (「我报名了没」, 「報名咗未」: whether one is on the list), news of someone else. */
const NOT_SIGN_UP = /(?:报|登记)(?:名)?(?:上)?(?:了|过)(?:没(?:有)?|未)(?![^。,,!!??\s]{0,4}(?:就|的话))|\+\s*1\s+(?:for|to)\b|请大家|都是(?!干|做过?|搞)|他们|她们|伊拉|统统|报名的(?:人|邻居|朋友|各位|志愿者)|(?<!我们|我家|阿拉)(?:所有|这么多|那么多|好多|很多|多少|不少|好几)(?:个|位)?(?:人|邻居|年轻人|住户|业主)?[^。,,!!]{0,3}报名|点赞|感动|佩服|是不是|有没有|那些|大白|的吧$|填写|报名表|(?:年轻人|大家|各位|你们|其他人|邻居们)[^。]{0,4}(?:多|快|都|踊跃|赶紧)?(?:来)?(?:报名|参加)|就算了|不是(?:来)?报名|什么(?![^。,,!!?]{0,2}(?:都|也))|哪些|多久|几点|几天|在哪|哪里(?!都|缺|需要)|要不要|材料|条件|不报名|not (?:here to )?sign(?:ing)? up|加油|踊跃|[??]|吗|(?<!教[^。!!??]{0,24})怎么|要不要|需不需要|是否|什么条件|已经报(?:过)?了|报过了|报了$|没法报|回不来|在外地|辛苦|💪|what are|where do|when do|how do/i;

/** Any job at all, said outright beside a particular skill: 打杂, 哪里缺人派我去, "anything else needed" (not 都可以 of the skill just named). */
const ANY_JOB = new RegExp(`${/大小(?:事|活)|\b(?:big or small|odd) jobs?\b|(?<!要(?!帮|我)[^。,，\s]{1,4}的)尽管(?:说|讲|派|开口|吩咐)|缺人[^。,,]{0,4}派我|(?:需要|缺)人手[^。]{0,8}(?:喊|叫|找|揾)我|\banything else (?:you|u) need|打杂|哪里(?:需要|缺人|要人)|\b(?:do|help with) anything\b/.source}(?!${ANYTHING_NARROWED})|${/\banything (?:at all|(?:else )?(?:that )?(?:(?:the|our|your) )?[a-z]+ (?:needs?|wants?))\b|什么(?:活|事)?都(?:行|能|会|可以|干|做得|得)|啥(?:活|事)?都(?:行|能|会|可以|干|做得|得)|\bor anything\b/.source}(?!${ANYTHING_NARROWED})|${/\banything (?:else )?(?:is )?needed|\bwhatever(?:'s| is)? (?:needed|required)|\bany (?:task|job)\b/.source}|${WHATEVER_TOLD.source}`, 'i');
/** 「需要开车的吗」, 「缺翻译吗」: asking whether a skill is needed, at the start of a reply that offers it. */
const NEED_ASKED = /^(?:请问)?(?:还)?(?:要|需要|缺)[^。,,!!??\s]{1,8}(?:吗|么|不)[??]?/;
/** Signing up said in so many words: 报名, 算我, 加我, 我也报一个, +1, "count me in". */
const EXPLICIT_SIGN_UP = /报名|报(?:上)?我|(?:我|也)\s*报(?:上)?(?:一个|一份|个)(?![^\s,,。]{0,3}(?:套餐|菜|肉|蛋|水果))|算(?:上)?我|加我|[+＋]\s*1|count me in(?!\s+for\s+(?:\d|one|two|three|four|five|a |an |some ))|sign(?:ing)? (?:me )?up/i;

/** Signing up taken back or said to be impossible. */
const WITHDRAWN = /就算了|不报名|不报了|没法报|报不了|回不来|在外地|已经报(?:过)?了|报过了|[??]|吗/;

/** A +1 for someone or beside praise (「+1 给大白点赞」, "+1 for the volunteers, legends"): a cheer agreed with, not a hand raised. */
const CHEER_PLUS = /^\s*[+＋]\s*1(?!\d)\s*(?:(?:for|to)\b|给|为)|^\s*[+＋]\s*1(?!\d)(?=[^。]{0,30}?(?:点赞|给力|辛苦|加油|厉害|了不起|感动|佩服|amazing|legends?|heroes?|awesome|great job|thank))(?![^。]{0,40}?(?:我|\bi\b|\bme\b|算|报))/i;

/** A raised hand under the recruit post is a sign-up. */
const HAND_RAISED = /🙋|✋/u;

export function recogniseRecruitReply(said: string): Recognised | undefined {
  if (isForward(said)) return undefined;
  const text = soundsAlike(ownWords(said));
  // 「我 报 名」: a slow typist's short reply, a space after every character.
  const spaced = text.replace(DECORATION, ' ').trim();
  const bare = /^(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]$/.test(spaced) ? spaced.replace(/ /g, '') : spaced;
  const sign = SIGN_UP.exec(bare) ?? HAND_RAISED.exec(text);
  const named = findSkills(text);
  // 「我可以做翻譯 英文日文都可以」: 都可以 is general only when nothing more particular is named.
  const skills = named.filter((k) => k !== 'general' || named.length === 1 || ANY_JOB.test(text));
  // 「哪里缺人去哪里」: wherever needed, not a question where.
  // A reply that opens by signing up (「我报名 …」) is weighed only against withdrawing, not the talk that follows it.
  const signedFirst = /^\s*(?:我|阿拉)?(?:也)?(?:想|要)?(?:报名|报个名|[+＋]\s*1(?!\s+(?:for|to)\b)|算我一个)(?=[\s,,。!!~]|$)/.test(bare);
  // 「我去年报过名 后来没人联系我」: a sign-up made before, complained of, is no new one.
  // 「需要开车的吗 我有车」: whether they need what I can do, asked and answered.
  // 「要不要巡逻的 我晚上都有空」: a question by 要不要 answered by being free is weighed on the answer.
  const clauses = text.split(/[\s,,。!!??]+/).filter(Boolean);
  const asked = clauses.map((c) => /吗|要不要|需不需要|缺不缺|还缺|[??]/.test(c)).lastIndexOf(true);
  const answer = asked >= 0 ? clauses.slice(asked + 1).join(' ') : '';
  const offered = NEED_ASKED.test(text) && /我|阿拉|\bi\b/i.test(text.replace(NEED_ASKED, '')) ? text.replace(NEED_ASKED, ' ')
    : answer !== '' && /我|\bi\b/i.test(answer) && (findSkills(answer).length > 0 || SIGN_UP.test(answer)) ? answer : text;
  // 「可以算我一个吗」: leave asked for one's own sign-up is the sign-up.
  const leaveAsked = /(?:算我|算上我|加我|我(?:也)?(?:可以|能)(?:报名|参加))[^。]{0,4}(?:吗|么|伐|[??])|(?:可以|能|可不可以)(?:算我|算上我|加我)/.test(text);
  // 「报名 我会开车 … 大家一起加油」: a courtesy said last closes a sign-up said in so many words with what one can do; it is no cheer.
  const closed = sign && skills.some((k) => k !== 'general') ? withoutClosingCourtesy(offered) : offered;
  const against = signedFirst || leaveAsked ? WITHDRAWN.exec(text.replace(/[??]|吗|么|伐/g, ' ')) : NOT_SIGN_UP.exec(closed.replace(/哪里(?:缺人|需要)(?:就)?(?:去|上)哪(?:里|儿)?/g, ' ')) ?? PAST_SIGN_UP.exec(closed);
  if (!sign && skills.length === 0) return undefined;
  const cheer = CHEER_PLUS.exec(bare);
  if (cheer) return { intent: 'recruit.signup', confidence: 0.15, evidence: [`a cheer: ${cheer[0]}`] };
  // 「我老公是医生 不过他在医院上班走不开」: someone else's trade, or an offer taken back, signs nobody up.
  // 「我报名 … 就是晚上眼睛不太好 白天的班都可以排我」: a limit said after signing up in so many words is a condition, not a withdrawal.
  // 「本来想报名 结果自己发烧了」: a sign-up meant and then taken back is none, however plainly 报名 is said.
  const notMine = (EXPLICIT_SIGN_UP.test(text) && !/(?:本来|原本|原来|本)(?:是)?(?:想|打算|准备)/.test(text) ? null : takenBack(text)) ?? (THIRD_PERSON.test(text) && !FIRST_PERSON_OFFER.test(text) ? KIN_CANNOT.exec(text) : null);
  if (notMine) return { intent: 'recruit.signup', confidence: 0.15, evidence: [...skills, `not a sign-up: ${notMine[0]}`] };
  // 「我老公平时开车上班」, "my husband usually drives on mondays": a skill told of someone else, with no sign-up and nobody sent, is news.
  const other = sign ? null : KIN_SUBJECT.exec(text);
  // 「我老头子也报一个」: someone of the household signed up by the writer is a sign-up.
  if (other && !FIRST_PERSON_OFFER.test(text) && !SENDS_KIN.test(text) && !/报|参加|加入|\b(?:sign|join)/i.test(text)) return { intent: 'recruit.signup', confidence: 0.15, evidence: [...skills, `someone else: ${other[0]}`] };
  // 「这周值班排满了 下周再排我吧」, 「最近排不出时间」: too busy now, or later, with nothing offered beside it.
  const busy = EXPLICIT_SIGN_UP.test(text) ? null : notFree(text);
  if (busy) return { intent: 'recruit.signup', confidence: 0.15, evidence: [...skills, `not free: ${busy}`] };
  if (against) {
    return { intent: 'recruit.signup', confidence: 0.15, evidence: [...(sign ? [sign[0]] : []), `not a sign-up: ${against[0]}`] };
  }
  // Under the recruit post a sign-up with what one can do (「算我一个 可以配药」) is an offer, not a request for medicine.
  // 「我报名 帮忙配药」: a sign-up said in so many words, with what one will do, is as plain.
  const canDo = sign !== null && skills.length > 0 && (CAN_DO.test(text) || EXPLICIT_SIGN_UP.test(text)) && !NEED.test(text);
  return { intent: 'recruit.signup', confidence: sign ? (plainOffer(text) || canDo ? 0.96 : 0.9) : 0.8, evidence: [...(sign ? [sign[0]] : []), ...skills], fields: skillsField(skills) };
}

/** "我要当志愿者", "I'd like to volunteer": asking to join. */
const JOIN =
  /(?:我|阿拉)(?:也)?(?:想|愿意|可以)(?:晚上|白天|周末|夜里)?(?:去|来)?(?:值(?:个|一下)?班|巡逻|站岗|守夜|值守|巡楼)|(?:招募|志愿|义工)[^。]{0,12}?(?:我|阿拉)(?:也)?报名|(?:帮|给|替)(?:我|阿拉)报名[^。]{0,8}?(?:志愿|义工|志工)|(?:志愿|义工|志工)[^。]{0,8}?(?:帮|给|替)(?:我|阿拉)报名|\b(?:put|add|count|sign|write) me (?:down |up |in )?(?:as|for) (?:a )?volunteer|(?:我|阿拉)?(?:也)?想(?:来|去)?帮(?:帮)?忙(?![^。,,]{0,2}问)(?![^。]*[??吗])|(?:想|要|申请|愿意)(?:加入|参加)[^。,,]{0,6}(?:小分队|分队|队伍|队|小组|团队|志愿)|志愿[^。]{0,12}(?:我也想|我想|我要|我也要)(?:加入|参加)|(?:想|要|愿意|(?:我|我们|两个人|俩)(?:都|也)?(?:可以|能))[^。,,!!?]{0,4}(?:出(?:一)?份力|出点力|出力|尽(?:一)?份力|搭把手|帮把手)|(?:^|我要|我想|想|我来|我也想|我|本人)(?:也)?(?:可以|愿意)?(?:来)?(?:报名|当|做|参加|加入)(?:做|当)?(?:[^。,，\s过了]{1,4}?)?(?:志愿者|志愿|义工)(?!者?们?[的额嘅](?:人|邻居|年轻人|朋友|各位|大家|同学|小伙子|阿姨|叔叔|居民))|(?:happy|glad|willing|keen) to (?:volunteer|help|be a volunteer)|\bi(?:'ll| will| can)? volunteer\b|志愿者[^。]{0,8}(?:我想参加|我想报|算我)|(?:sign me up|i'?d like|i want|i would like)[^.]{0,24}volunteer|\bvolunteer(?:ing)? for\b|\bbecome a volunteer\b|\bwant to (?:be|become) (?:a )?(?:volunteer|志愿者)/i;
/**
 * "可以帮忙", "找我", "算我一个", "happy to help": putting oneself forward; so is one's own competence said of a
 * skill (「送菜上楼我最在行」, 「核酸采样我熟」) and being free to help ("free in the daytime to help").
 */
// (「哪里需要我就去哪里」, 「随叫随到」, "wherever I'm needed": going wherever one is needed is an offer of any job.)
const OFFER =
  /(?:打我|找我|联系我)[^。]{0,8}我帮(?:忙|你们)?(?:看|判断)|(?:可以|能|可)(?:微信|电话|视频|视讯|语音|远程|线上|网上)(?:帮|陪|给|看)|\bhappy to (?:phone|call|ring|talk to|chat with|translate|video)\b|\bgive (?:them|him|her) my (?:wechat|number|phone)\b|(?:可|愿|愿意|乐意|乐于)(?:为|替|给|帮)[^。,,!!??]{1,10}?(?:做|提供|代|跑|送|翻译|看|诊|配|开车|服务|效劳)|愿(?:效|尽|出)(?:犬马之劳|绵薄之力|一份力)|(?:为|给)[^。,,]{0,8}效劳|乐意效劳|义不容辞|在所不辞|联系本人|(?:可|欢迎|请)(?:随时)?(?:联系|联络)(?=$|[\s,,。!!])|\b(?:message|msg|ping|call|text|dm|contact) us\b(?!,? if (?:you|u|anyone|anybody|someone) (?:know|have|see|hear|find|spot|got)\b)|\b(?:we|i)\b (?:can|could|will|'ll) (?:at least |also |still |happily |gladly )?(?:give|offer|provide|come|check|answer|talk)\b|\bwe'?ll (?:gladly |happily )?(?:come|check)\b|\bglad to be of (?:service|help|use)\b|just (?:say|tell)\b|(?:哪里|哪儿|哪)(?:需要|缺人|要人)(?:我)?(?:就)?(?:去|到|上)(?:哪里|哪儿|哪)(?![^。]{0,6}[吗??])|随叫随到|\bwherever (?:i'?m|i am) needed\b|(?<=[\u4e00-\u9fff])(?:这块|这些|这个|的活|的事)?(?:我来|归我|我包了|我负责)(?=$|[\s,，。!！~])|(?:我|本人)(?!自己)(?:帮[^。,，\s]{0,4})?(?:去|来)[^。,，]{1,10}也(?:行|可以|成)(?=$|[\s,，。!！])|打我(?:的)?电话|敲(?:我|我家)(?:的)?门|需要(?:的话|额话|嘅话)[\s,，]{0,2}(?:就)?(?:我|阿拉)(?:来|上|去)(?=[\s。!!,，~]|$)|\b(?:come (?:and )?find|knock on|come to) (?:me|us|my door|our door|our place|my place)\b|\bjust knock\b|(?:我|阿拉)(?:也)?好(?:去|来|帮)(?![吗么]|不好)|我(?:自己|本人)(?:也|都)?会(?!不)|(?:我|阿拉)(?:来|去)?顶上|随时(?:到|过来|可以来)|(?:我|本人|阿拉)(?:最|很|比较|挺|都|还)?(?:在行|拿手|擅长|熟(?:悉)?)(?![^。,,]{0,2}(?:人|吗|[??]))|\bfree\b(?: \w+){0,4} to help\b|免费(?:给|帮|送|接)|不收钱|\bi'?m around\b|if any(?:one|body)\b[^.!?]{0,30}\bneeds?\b|\bneeds? me\b|just (?:call|ask|shout|ping|message)\b|\b(?:i|we|me|us)\b[^.!?]{0,3}\b(?:can|could|will) (?:help|drive|translate|deliver|do|carry|patrol|run|hand|move|go)\b|\b(?:i|we)'ll (?:help|drive|translate|deliver|do anything|carry|patrol|run errands|go)\b|\bi could (?:help|do|drive)|reach out|talk to me|(?:^|[,;.]\s*|\band |\balso )\s*can (?:help|drive|translate|deliver|do|carry|patrol|run|hand|move|fix|repair|cook|teach|tutor|babysit|shop|pick up|look after|check on|visit)|(?:^|[.;!]\s*)can (?!you\b|u\b|we\b|i\b|some|any|every|the\b|a\b|an\b|this\b|that\b|it\b|they\b|he\b|she\b|not\b|'t)[a-z]+\b|\bask me\b|(?:would love|'d love|love) to help|\bi am free\b|(?:and|also) can (?:do|help|drive|deliver|take|translate|fix|repair|cook|teach|shop|pick up|look after|check on)|\b(?:i|we) (?:have|own|'ve got|got) (?:a |an |my own )?(?:car|van|truck)\b|\bif (?:you )?need(?:ed)?\b|(?:可以|能|愿意)(?:在家|在线|线上|远程|晚上|白天|周末|随时|平时)?(?:去|来|出来)?(?:帮(?!我)|协助)|随时待命|(?:这些|这个|这块|这方面)(?:我)?(?:都|也|很|比较|挺)?(?:熟|在行|拿手)(?![^。,,]{0,2}(?:人|吗|[??]))|(?:活|事)(?:儿)?[\s,,]+(?:我来|找我|叫我)(?=$|[\s,,。!!~])|(?:谁|哪位|哪家)(?:家)?(?:有)?需要[^。,,]{0,8}的(?:就)?(?:说|讲)(?:一声)?(?=$|[\s,,。!!~])|(?:要|需要)[^。,,\s]{1,8}的(?:就)?(?:讲|说)(?=$|[\s,,。!!~])|(?:都|全)(?:能|可以|会)(?:干|做)|(?:私聊|私信|私|联系|问|打(?:(?:个|一个|只|一只|一通)?电话)?(?:给|畀|俾)|微信|喊|@|艾特|揾|搵)我|寻我(?!开心)|message me|dm me|contact me|reach me|ping me|帮大家|有空|有时间|都可以|都行|count me in(?!\s+for\s+(?:\d|one|two|three|four|five|a |an |some ))|sign me up|(?:happy|glad|willing) to|\bi can do|(?<!不)(?:可以|能)(?!不)(?=[^。]{0,6}(?:带上|带过去|捎|载|拉|运|扛|搭|接送|上门|巡逻|值班|值夜|守夜|开车|出车|出(?:一)?(?:份|点)?力|送|搬|翻译|扫码|采样|配药|发|巡楼|巡查|派|统计|登记|做表|排班|采样|跑腿|陪|照看|照顾|教|修|辅导|疏导))|\bi'?m free|available|(?<!别|不要|不用|甭)找我|叫我(?![吃去做买拿带看用打回别不])|交给我|(?:活|事|任务|工作)(?:儿)?(?:都|就)?(?:给|交给|派给|留给)我(?!们)|(?:说|吱|喊|招呼)一声(?:就行|就好|即可)?|(?:要|需要)[^。,,\s]{0,6}讲一声|就(?:出声|开声|开口|吱声|话(?:我|俾我)知)|帮(?:到|得)手|都得(?=[\s,,。!!]|$)|\bknock on \d{1,2}-\d{3,4}\b|我(?:都|也)会(?!不)|(?:全天|随时|每天)(?:都)?(?:可以|有空)|可以全天|随叫随到|我(?:最|很|比较|都)?方便(?!吗|的)|包在我身上|算我一(?:个|份)|没问题|尽管(?:说|讲|派|开口|吩咐)|派给我|可以(?:找|叫)我|我(?:来|可以|能)(?=[^。,,]{0,4}(?:翻译|巡逻|值守|值班|站岗|帮|送|搬|发|开车|跑腿|采样|扫码|统计|登记))|我可以|我会|我能|有需要|happy to help|call me(?! to\b| back\b| when\b)|if you need|can help|\bi can(?!'?t\b|not\b)|let me know|if needed/i;
/** Whoever needs hands told to call, with no 我 after it (round 17): 「需要人手随时喊」 — a call on the writer, as 找我 is. */
const HANDS_CALL = /(?:需要|缺)(?:人手|帮手)(?:的话)?[\s,,]*(?:随时|尽管|直接)(?:喊|叫|找)(?:一声)?(?=$|[\s,,。!!~])/;
/**
 * The call on the writer in words OFFER lacks (round 16): 「需要就说」, 「…翻译就说」, 「需要出车的话随时」, 「…吱声」, 「有啥毛病可以来问」,
 * 「可以跟我聊聊」, a vehicle that 「可以用」, 「…的活给我」, "if the committee needs", "happy to" after a first clause ("Free all week,
 * happy to carry stuff"). Not asked (「车可以用吗」), not the committee's (「有事情可以找物业」).
 * Round 17: 「有啥毛病侬来问好了」 (whoever needs it told to come and ask), HANDS_CALL.
 */
const CALLED_ON = new RegExp(
  /(?:需要|要)[^。,,\s]{0,8}?(?:的话)?(?:就|请|尽管)(?:说|讲|开口|吱声)(?=$|[\s,,。!!~])|的话[\s,,]{0,2}(?:随时|尽管)(?:叫我|找我|喊我)?(?=$|[\s,,。!!~])|吱声(?=$|[\s,,。!!~])|有(?:什么|啥|咩|任何)[^。,,\s]{0,4}(?:可以|尽管|随时)(?:来)?(?:问|找)(?=$|[\s,,。!!~])|(?:可以|尽管|随时)(?:跟|和|找)我(?:聊聊|聊天|聊|谈谈|倾偈|倾下)|(?:可以|随时)(?:借)?(?:用|借)(?=$|[\s,,。!!~])|的(?:活|事)(?:儿)?(?:都|就)?给我(?=$|[\s,,。!!~])|\bif (?:the|our) (?:committee|compound|community|building|team|organi[sz]ers?|volunteers?)\b[^.!?]{0,20}\bneeds?\b|(?:^|[,;]\s*)(?:happy|glad|willing) to\b|有(?:什么|啥|咩|任何)[^。,,\s]{0,4}(?:侬|你|您)(?:就)?(?:来)?(?:问|找)(?:我|阿拉)?(?:好了|就是了|就好|吧)?(?=$|[\s,,。!!~])/.source + '|' + HANDS_CALL.source,
  'i',
);
/**
 * The writer as 小弟, 在下, 鄙人, or "happy to" after a first clause ("Free all week, happy to help"); one's free time said first,
 * the subject dropped ("Free most afternoons, can help unload", round 17).
 */
const SELF_16 =
  /^\s*(?:小弟|在下|鄙人)|(?:^|[,;]\s*)(?:happy|glad|willing) to\b|^\s*(?:free|available)\s+(?:(?:most|every|all|on|in the|after|before)\s+)?(?:\w+\s+)?(?:mornings?|afternoons?|evenings?|nights?|days|weekends?|week|weekdays|today|tomorrow)\b/i;
/**
 * An open offer with no skill in words OPEN_OFFER lacks (round 16): 「…的活给我」, one's station and then words
 * before 可以帮忙 (「本人学生 网课之余可以帮忙」).
 */
const OPEN_OFFER_16 = new RegExp(
  /的(?:活|事)(?:儿)?(?:都|就)?给我(?=$|[\s,,。!!~])|(?:^|[\s,,。])(?:我是|本人|我系)[^。,,!!??]{1,10}[\s,,。]+[^。,,!!??\s]{1,6}?(?:也)?(?:可以|能|愿意)(?:来|去)?帮(?:忙|手|把手)(?=$|[\s,,。!!~])(?![^。]*[吗??])/.source + '|' + HANDS_CALL.source,
);
/** Services neighbours offer that are no skill of the list. */
const SERVICE = /照看|照顾(?:老人|小孩|孩子)|陪[^。,,]{0,4}(?:老人|聊|看病|就医|就诊|散步)|陪诊|(?:剪|理)(?:头)?发|修(?:电器|水管|电脑|手机|东西)|教(?:老人)?(?:用)?手机|上门|babysit|look after|keep (?:an eye|company)|haircuts?|fix (?:things|phones|computers)/i;
/** A qualification held that is no skill of the list (「电工证」, 「救护员证」, "a CPR certificate", "qualified electrician"): a trade offered. */
const QUALIFIED = /(?:持有?|有|考了|考过|拿了|拿到)[^\s,，。!！?？]{1,10}(?:证(?!明)|证书|执照|资格)|[^\s,，。!！?？]{1,8}(?:证书|资格证|执业证|上岗证|(?:工|员|师|手)证)|\b(?:qualified|certified|licensed|registered|trained) [a-z-]+(?:er|ian|ist|or|aider)\b|\b(?:certificate|certification|licen[cs]e) (?:in|for)\b|\b(?:cpr|first[- ]aid) (?:certificate|certified|trained|qualified)/i;
/** An offer that needs no skill to be one. */
/** Whoever needs a thing, as a 的-phrase, then call on me: 「灯坏了的 可以找我」, 「有要扛的喊我一声」, 「要买药的 问我就行」. */
const WHOEVER_CALLS = /(?<=[^\s,，。!！?？]{1,12}[的个](?:老人家?|人家?|邻居|朋友|住户|居民)?)[\s,，]{0,2}(?:都|就|也|尽管|随时|直接)?(?:可以)?(?:来)?(?:找|叫|喊|问|揾|搵|寻|联系|@)我(?:一声|就行|就好|即可)?(?=$|[\s,，。!！~])/;
/**
 * Whoever might need it, said as a condition, then call on me: 「要是有人要去医院配药 就叫我」, "if someone needs first aid at
 * night, please call me" — the offer of one's trade, whatever need it names.
 */
const IF_NEEDED_CALL =
  /(?:要是|如果|若|万一|如需|如有)[^。]{0,30}?(?:叫|喊|找|联系|联络)(?:我|本人)(?!们)|\bif (?:someone|anyone|anybody|any neighbou?r|you)\b[^.!?]{0,60}?\b(?:call|message|ping|text|dm|contact)\b (?:me|us)\b/i;
/** …not when someone going is to call the writer, who wants to come along or have something brought (「如果有人去药店 叫我一下 我要买药」). */
const SOMEONE_GOING = /(?:有人|谁|哪位|邻居)(?:开车|顺路|刚好|正好)?去|\b(?:is|are) (?:going|heading|driving)\b/i;
const OWN_WANT = /(?:我|俺)(?:也)?(?:想|要|需要)(?:买|配|拿|搭|蹭|去|带)|(?:我|我家)(?:的)?[^。,,]{0,4}(?:也)?没(?:有)?了|\bi need\b|\bi(?:'d| would) like\b/i;
const ifNeededCall = (text: string) => IF_NEEDED_CALL.test(text) && !SOMEONE_GOING.test(text) && !OWN_WANT.test(text);
const OPEN_OFFER = new RegExp(WHOEVER_CALLS.source + '|' + /需要(?:的话|额话|嘅话)[\s,，]{0,2}(?:就)?(?:我|阿拉)(?:来|上|去)(?=[\s。!!,，~]|$)|\bi (?:can|could) help\b(?! you\b| myself\b)|(?:^|[,;.]\s*)can help\b(?! you\b| myself\b)|(?:缺人|缺不缺|要人|需要人|人手|人不够|少人)[^。]{0,12}(?:我|阿拉)[^。,,]{0,6}(?:可以|能|愿意|顶上)|(?:谁家?|哪家|哪位|大家|邻居)[^。]{0,6}需要[^。]{0,12}(?:说一声|吱一声|喊一声|叫我|找我|联系我|私我|@我)|(?:老人|邻居|大家|谁家|哪家|有需要|有(?:什么|啥|任何))[^。]{0,14}可以(?:来)?(?:找|叫|喊|问)我|(?:^|[\s,,。])(?:我是|本人|我系)[^。,,!!??]{1,10}[\s,,。]+(?:也)?(?:可以|能|愿意)(?:来|去)?帮(?:忙|手|把手)?(?![^。]*[吗??])|(?:有需要|需要(?:帮手|帮忙|人手)?的话|有(?:什么|咩|啥)?(?:要|需要)帮(?:手|忙)(?:的话)?)(?:的)?(?:就)?(?:说一声|吱一声|叫一声|讲一声|喊一声|开口|说话)|需要帮忙(?:的)?(?:话)?(?:随时|就|尽管)?(?:找|叫|喊)我|(?:需要|有需要|要)[^。]{0,12}(?:可以|就|随时|尽管)(?:来)?(?:找|揾|搵|叫|喊|@|联系|私信)我(?!们)|(?:需要|有(?:什么|啥)?事(?:情|体)?)(?:的话)?[^。]{0,4}(?:敲我(?:的|家)?门|打我(?:的)?电话)|(?:would love|'d love|love) to help|\bi am free\b|\bi'?m available|(?:可以|能|愿意)(?:去|来)?帮(?:忙|大家|把手)(?![^。]*吗)[^。]{0,10}(?:找我|叫我|喊我|call me|let me know)|(?:需要|缺|有(?:什么|啥)?(?:事(?:情|体)?|活(?:儿)?))(?:人手|人|帮手)?(?:的话)?[\s,，]*(?:就)?(?:随时|尽管|直接)?(?:找|叫|喊|揾|搵|@)我(?!们|老|家|妈|爸|儿子|女儿)|(?:有(?:什么|啥)?)?(?:活|事|任务)(?:儿)?(?:都|就)?(?:派给|交给|分给|留给)我(?:就行|就好|好了|吧)?(?=$|[\s,，。!！~])|(?:有空|有时间|得闲|空闲|空余|业余|闲时|闲下来)[^。]{0,6}(?:可以|能|愿意)(?:去|来)?帮|(?:有需要|需要的话)[^。]{0,4}(?:我)?(?:随时|马上)(?:到|来|过来)|(?:有什么|有啥|有事|需要)[^。]{0,8}(?:尽管|随时|直接)(?:说|讲|开口|吩咐|找我|叫我)|算我一(?:个|份)|happy to help|\b(?:happy|glad|willing) to (?:pitch in|chip in|lend a hand)\b|count me in(?!\s+for\s+(?:\d|one|two|three|four|five|a |an |some ))|let me know if you need|\bif (?:you|u|anyone|anybody|someone) needs? (?:a |an |some |extra )?(?:hands?|help|me|people|volunteers?|drivers?)\b|\b(?:extra|spare) (?:pair of )?hands?\b|(?:^|[\s,,。!!])(?:我|阿拉|本人|都|也)(?:也|都)?(?:可以|能|愿意)(?:来|去|出来)?帮(?:忙|手|把手)(?=$|[\s,,。!!~])(?![^。]*[吗??])/.source, 'i');

/** Sending someone of one's household to help: 「我老公是医生 让他来」, 「阿拉儿子会开车 叫伊去」, his offer passed on (「…他说…他可以开车帮忙拉」). */
const SENDS_KIN =
  /(?:我|阿拉)(?:家)?(?:的)?(?:老公|老婆|爱人|先生|太太|老头子?|老太婆?|老伴|儿子|女儿|囡囡|小囡|孩子|女婿|媳妇|侄子|外甥|孙子|孙女|外孙|弟弟|哥哥|妹妹|姐姐)[^。]{0,16}?(?<!别|不要|不能|不会|没法)(?:(?:让|叫|喊|派)(?:他|她|伊)(?:们)?(?:来|去|过来|过去|帮|上|出来|报)|(?:可以)?(?:叫|喊|找|寻|揾|搵)(?:他|她|伊)(?:们)?(?:就行|就好|好了)?(?=$|[\s,,。!!])|(?:他|她|伊)(?:讲好|说好|答应|同意)(?:了)?(?:来|去)?帮|(?:他|她|伊)(?:说|讲)(?:[^。]{0,16}?(?:他|她|伊))?(?:也)?(?:可以|能|愿意)(?:来|去)?(?:帮|开车|送|搬|跑|拉|运|翻译|上门))|我(?:帮|替|给)(?:他|她|伊)报(?:个|一个)?名/;
/**
 * A relative signed up by the writer: 「我帮我老公报个名 他会开车」, 「替阿拉女儿报名」, "please sign my son up as a volunteer" — the
 * relative's offer passed on (signed up as that relative through the writer), with the relative's skills.
 */
const KIN_SIGNED_UP =
  /(?:帮|替|给)(?:我|阿拉)?(?:家|屋里)?(?:的)?(?:老公|老婆|爱人|先生|太太|老头子?|老太婆?|老伴|儿子|女儿|囡囡|小囡|孩子|女婿|媳妇|侄子|外甥|孙子|孙女|外孙|弟弟|哥哥|妹妹|姐姐|爸爸|妈妈)(?:也)?报(?:个|一个)?名|\b(?:sign|put|add|register|enrol+|write) my (?:husband|hubby|wife|son|daughter|mum|mom|mother|dad|father|partner|brother|sister) (?:up |down |in )?(?:as|for) (?:a )?volunteer/i;
/**
 * A word said in the group for someone of the household (round 17): 「我帮我老公说一声 他是医生…」, 「替我爸说一句」, 「代我女儿讲一声」 —
 * their offer passed on, read with their trade. Not a question asked for them (「我帮我妈问一声…」).
 */
const SAID_FOR_KIN =
  /(?:帮|替|代)(?:我|阿拉)(?:家|屋里)?(?:的)?(?:老公|老婆|爱人|先生|太太|老头子?|老太婆?|老伴|儿子|女儿|囡囡|小囡|孩子|女婿|媳妇|侄子|外甥|孙子|孙女|外孙|弟弟|哥哥|妹妹|姐姐|爸爸?|妈妈?)(?:在群里)?(?:说|讲|发)(?:一声|一句|一下|个话)/;
/** Calling the relative and nothing said of what for: 「…叫他」, 「…喊她就好」. */
const BARE_CALL = /(?:叫|喊|找|寻|揾|搵)(?:他|她|伊)(?:们)?(?:就行|就好|好了)?$/;
/** The bot named at the start of a message, as one calls a person: 「邻里 …」, 「喂喂邻里你好 …」, 「机器人 …」. */
const BOT_ADDRESSED = /^\s*(?:喂+\s*)?(?:邻里|机器人|小助手|助手)(?:你好|您好|侬好)?(?=[\s,,:：!!]|$)/;
/** "my husband would like to volunteer": an English offer passed on for someone of the household. */
const KIN_VOLUNTEERS_EN = /\bmy (?:husband|hubby|wife|son|daughter|mother|mum|mom|father|dad|partner)\b (?:also |too )?(?:wants|would (?:like|love)|'d (?:like|love)|is (?:keen|happy|willing|glad)) to (?:volunteer|help out|be a volunteer|sign up)/i;
/** …unless they cannot come or it is asked. */
// (「叫他去…他也不去」, 「死活不肯」: one who refuses is sent nowhere; 「腰不好开不了了」 one who cannot, neither.)
const KIN_CANNOT = /[??]|吗|(?:开|做|干|跑|走|去|来|搬)不(?:了|动)|回不来|在外地|出不去|走不开|不在家|没空|不去|不肯|唔肯|不愿|不听|不干|叫不动/;
/**
 * An offer too plain to be a request for medicine it names: the writer as the subject of 可以/能/愿意
 * and a helping verb (「我可以去配药」), a car of one's own offered (「我家有车 可以帮忙去医院配药」), a
 * team joined (「想加入配药小分队」) — unless a need is said (没了, 帮我).
 */
const PLAIN_OFFER =
  /(?:我|本人|我们|我家)(?:也|都)?(?:可以|能|愿意)(?:来|去)?(?:帮|跑|送|开|配|做|值|巡|搬|发|翻|拉|运|载)|(?:我|我家|我家里|我们家)有(?:部|辆|台)?车[^。]{0,12}(?:可以|能|都行|没问题|好去|好来)|(?:想|要|申请|愿意)(?:加入|参加)[^。,,]{0,6}(?:小分队|分队|队伍|队|小组|团队)/;
const NEED = /没了|没有了|吃完|快没|不够|断药|缺药|只剩|剩(?:下)?\d|帮我|给我/;
const plainOffer = (text: string) => PLAIN_OFFER.test(text) && !NEED.test(text);
/** What one can do, said without a subject: 「可以配药」, 「能开车」. */
const CAN_DO = /(?:可以|能|会)(?:帮忙)?(?:来|去)?(?:帮|跑|送|开|配|做|值|巡|搬|发|翻|采)/;

/** The writer's own trade or knowledge: 「我是护士」, 「本人药剂师」, 「退休医生」, 「我熟悉附近几家医院」, "I'm a nurse". */
const OWN_TRADE =
  /我(?:对|跟)?[^,,。!!??]{0,8}(?:很|好|蛮|挺|比较|都)?熟(?:悉)?(?!人)|(?:我是|本人|我在医院当|退休(?:前)?(?:是)?|以前是|我以前是)(?:一名|一个|个)?[^,,。!!?\s]{0,6}(?:医生|大夫|医师|厂医|校医|护士|护师|药剂师|药师|药学|医学|护理)|在[^,,。!!?]{0,6}(?:医院|药房|药店|诊所|卫生(?:服务)?中心)[^,,。!!?]{0,4}(?:上班|工作|当|做事|做东西|返工)|\bi'?m an? (?:retired )?(?:doctor|nurse|pharmacist|physician)\b|\bi am an? (?:retired )?(?:doctor|nurse|pharmacist|physician)\b/i;
const THIRD_PERSON = /(?:^|[\s,,。])(?:她|他)(?:也)?(?:可以|能|会)|我(?:女儿|儿子|老公|老婆|爱人|妈|爸|家人)[^,,。]{0,6}(?:会|可以|能|是)/;
const FIRST_PERSON_OFFER = /我(?:也)?(?:可以|能|会|来)|我和|我们(?!楼|小区|家|单元|这|那)|算我|找我|叫我|\bi (?:can|could|am|'m)\b/i;

/** Someone of the household or a neighbour as the subject: 「我老公平时开车上班」, "my husband usually drives", "she's a nurse". */
const KIN_SUBJECT =
  /(?:我|阿拉)(?:的|家|额)?(?:女儿|儿子|老公|老婆|爱人|妈妈?|爸爸?|家人|先生|太太|老伴|老头子?|老太婆?|孙子|孙女|外孙女?|女婿|媳妇|邻居|朋友|同事)|\bmy (?:husband|hubby|wife|son|daughter|dad|father|mum|mom|mother|partner|brother|sister|kids?|grandson|granddaughter|neighbou?r|friend|flatmate|roommate)\b|^\s*(?:he|she|they)\b|\b(?:he|she)(?:'s| is| can| will| usually| often| works| drives)\b|有(?:个|一个|位|一位)[^。,,]{0,6}(?:[,,\s]|$)[^。]{0,8}(?:问问|找|叫)(?:他|她)/i;
/** Heard of (「听说3号楼有个医生」, 「据说隔壁有个护士」): someone the writer does not know, not one the writer sends. */
const HEARSAY_BEFORE = /(?:听说|据说|听人(?:家)?说|听讲)[^。,,\s]{0,8}$/;
const kinSubject = (text: string) => {
  const m = KIN_SUBJECT.exec(text);
  return m !== null && !HEARSAY_BEFORE.test(text.slice(0, m.index));
};
/** A household member's number given for others to call: 「他电话我放在下面」, 「可以先打给他」. */
const KIN_RELAYED = /(?:他|她|伊)(?:的)?电话(?:号码)?我(?:放|贴|发|留)(?:在)?(?:下面|群里|这里)|(?:可以|就)(?:先)?(?:打给|打电话给|找)(?:他|她|伊)(?!们?(?:说|讲))/;
/** Whoever needs it, told to say so: 「有需要讲一声」, 「要用车说一声」, "if you need a car just say". */
const SAY_SO = /(?:需要|要|用)[^。,,]{0,6}(?:说|讲|吱|喊|招呼)一声|(?:(?:侬|你|您|谁|有人)(?:需要|要)[^。,,\s我]{1,6}(?:的话)?(?:就)?|(?:需要|要|用)(?!我)[^。,,\s我]{0,6}(?:的话就?|就))(?:说|讲)(?=$|[\s,,。!!~])|\bif (?:you|anyone|someone|anybody) needs?\b[^.!?]{0,30}\b(?:just )?(?:say|shout|let (?:me|us) know|call|message)\b/i;
/** An app a relative installed (「女儿给我装了个邻里 讲有事可以找伊」): the 他 to turn to is the app, not the relative. */
const INSTALLED = /(?:装|下载|下|弄|设)(?:了|好)?(?:一)?个(?:什么)?(?:邻里|小程序|软件|app|机器人|程序)|set (?:up|this up)[^.]{0,20}\b(?:linli|app|bot)\b|(?:this|the) (?:linli|app|bot) thing/i;
/** Busy now or put off till later: 「排满了」, 「抽不出空」, 「下周再说」, "too busy this week". */
const NOT_FREE =
  /排满|排不(?:出|过来|开)|忙不过来|(?:太|很|好|超|特别|实在)忙|抽不出|走不开|腾不出|顾不上|没(?:有)?(?:空|时间)|(?:下周|下次|以后|改天|过几天|回头|下个月|下礼拜|等[^。,,]{0,4})再(?:排|报|说|算|找|来|看)|\b(?:too busy|fully booked|no time)\b|\bnext (?:week|time|month)\b/i;
/** What one is free for beside the busy part: 「平时没空 周末可以」. */
const FREE_BESIDE = /可以|有空|有时间|都行|得闲|\b(?:can|free|available)\b/i;
function notFree(text: string): string | undefined {
  const m = NOT_FREE.exec(text);
  if (!m) return undefined;
  return FREE_BESIDE.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)) ? undefined : m[0];
}

/** Speaking of oneself: 我, 本人, 阿拉, I. */
// 「B2驾照 可以帮忙开车」, 「有护士执业证书 可以出力」, 「驾驶证有 车也有」: a licence or certificate held, said first without 我, is the writer's.
// 「已经阴了 哪里需要去哪里」: one's own test result said first, the subject dropped, is the writer's.
const SELF = /(?:这边|这里)(?:是|系)(?:医生|护士|护理师|药剂师|心理)|^\s*(?:[a-z]+ ){0,2}(?:counsell?or|doctor|nurse|gp|translator|interpreter|physician)(?: in [a-z]+)? here\b|(?:^|[\s,,。])(?:反正|横竖|闲着|闲在家)[^。,,]{0,6}(?:闲|没事|没啥事)|(?:^|[\s,,。])在家(?:也|里)?(?:闲着|没(?:什么|啥)?事(?:做|干)?)|\bbored(?: stiff)? at home\b|^\s*(?:已经|已|刚刚?|今天)?(?:转|测)?阴(?:了|咗|啦|喇)?(?=[\s,,。!!]|$)|^\s*(?:(?:full|clean|valid)\s+)?(?:driving\s+)?licen[cs]e\b|^\s*(?:本人)?(?:持有?|有|考了|考过|拿了)?[^\s,，。!！?？]{0,10}(?:证书?|执照|驾照|(?<![A-Za-z])[A-D][12]?[照本])(?:有|在手)?(?=[\s,，。!！]|$)|我|本人|阿拉|家里|一枚|\bwe (?:are|'re)\b|\bwe'?re\b|^\s*(?!(?:any|some|every|no)(?:one|body)\b|who\b|is\b|are\b)(?:[a-z-]+ ){0,2}here\b|\bi\b|\bi'?m\b|\bi'd\b|\bme\b|^\s*(?:happy|glad|willing) to|^\s*(?:can|could|will) (?!you|we|they|he|she|someone|anyone|somebody|anybody)|^\s*(?:have|got|own) (?:a|an|my)\b/i;
/** How to join, asked by someone who wants to. */
const HOW_TO_JOIN = /怎么|去哪|在哪|找谁|哪里|如何|who (?:do|should|can) i|where (?:do|should|can) i|how (?:do|can|should) i/i;
/** A sign-up made before: 已经报名, 报过了, 报名好几天了, nobody has called. */
const PAST_SIGN_UP = /已经(?:报名|报了|登记|是志愿者)|早就(?:报|登记)|报过(?:名)?了|报过名|(?:报名|报了名)[^。!!??]{0,8}(?:好几天|几天|一周|一个星期|很久|半天|半个月)了|没人(?:联系|理|回|通知)(?:我)?|怎么还没(?:人)?(?:联系|通知|安排)/;

/** Asking leave for one's own wish: 「我也想当志愿者 可以吗」, "can I join?". */
const MAY_I = /(?:可以|行|好|能|成)(?:吗|么|伐|不|嘛)|可不可以|行不行|好不好|能不能(?:参加|报|加入|当|做)|\b(?:can|may|could) (?:i|we)\b/i;

/** The writer described without 我: 「退休会计一个」, 「本人」, 「以前做过护士」, "Retired nurse, free to help". */
// 「学过咽拭子采样 能帮忙做核酸」, 「干过十年电工」: one's training or past work, said without 我, describes the writer.
const SELF_DESCRIBED = /^\s*$|一个\s*$|一枚\s*$|一名\s*$|^(?:退休|以前|之前|曾经|做过|当过|干过|学过|受过|考过|在职|本职|会|能|可以)|^[^\s,，。!！?？]{1,8}(?:学生|毕业|出身)(?:的)?[\s,，]|^\s*(?:retired|former|ex-|off-duty|trained|qualified)\b|^(?:刚|已经)?毕业|^(?:年轻力壮|身强力壮)|^[^\s,，。!！?？]{0,6}(?:宝妈|宝爸|全职妈妈|全职爸爸)|^[^\s,，。!！?？]{1,6}(?:一个|一枚|一名)[\s,，]|^\s*(?:(?:uni|college|university|grad|high[- ]school)\s+)?students?\b/i;
/** Someone other than the writer, before an offer: 「他可以帮忙」, 「需要人帮忙」. */
const OTHER_SUBJECT = /他|她|你|谁|大家|志愿者|人|医院|药房|药店|居委|业委会|物业|团长|有没有|需要|说|听说|据说|通知|\b(?:he|she|they|you|someone|anyone)\b/i;

/** An offer of oneself asked as a question: "can I help out?", 「我可以帮忙吗」, 「需要我来帮忙吗」. */
const OFFER_ASKED =
  /(?:我|阿拉|我们)(?:还)?(?:能|可以)(?:为|给|替|帮)(?:小区|大家|社区|邻居|你们|老人|居委)(?:们)?(?:做|干|出)(?:点|些)?(?:什么|啥|哪些)|\b(?:can|could|may|shall) (?:i|we) (?:help|volunteer|join|assist|lend a hand|pitch in)\b(?: out| in)?[^.?]{0,20}\?*|(?:(?:我|阿拉|我们)(?:也)?(?:可以|能)(?:来|去)?(?:帮(?:忙|把手|上忙|什么忙)|当志愿者|做志愿者|出(?:一)?份力)|需要(?:我|阿拉)(?:来|去)?(?:帮忙|帮把手|搭把手)|有(?:什么|没有|哪些)(?:事|地方)?(?:需要|要)(?:我)?(?:帮忙|帮|出力)(?:的)?(?:地方)?|(?:我|阿拉)(?:能|可以)(?:做|干)(?:点|些)?(?:什么|哪些)(?:来)?帮(?:帮|助|点)?(?:大家|邻居|别人|社区|小区|你们|老人))(?:吗|么|伐|不|[??])[??]*|要不要(?:我|阿拉)(?:来|去)?(?:帮|替|陪|送|跑)/i;

/** An offer taken back by what follows: 「我会开车 但是车被封在地库了」, 「很想帮忙 可惜腿脚不好」, 「可惜我要上班」, a relative's wish the writer forbids (「我女儿想当志愿者 我不同意」). */
const TAKEN_BACK = /(?:轮|排|抢|挤)不(?:上|到)|帮不(?:上|了)(?!别的|其他)|帮唔到|名额(?:都|已经)?满|抢光|(?:本来|原本|原来|本)(?:是)?(?:想|打算|准备)[^。]{0,12}?(?:但是?|可是|不过|可惜|结果)|\b(?:but|however|unfortunately)\b[^.!?]{0,30}\b(?:no|not|can'?t|cannot|unable|quarantine\w*|isolat\w*|locked|sick|stuck|away|positive|covid)\b|\b(?:cannot|can'?t|unable to) help\b|(?:但是?|可是|不过|可惜|就是)[^。,,]{0,10}(?:被隔离|隔离(?:了|中)|在隔离|在方舱|进(?:了)?方舱|被封|封(?:在|了|控)|出不(?:去|了)|回不来|不在(?:上海|家|小区)|在外地|走不开|没空|没时间|(?<!有)没有?(?!问题)|不方便|坏了|没法|不能|不行|动不了|上班|加班|带(?:孩子|娃|小孩|宝宝)|凑仔|湊仔|照顾|照顧|在(?:居家)?隔离|不让|不同意|不允许|不好|不太(?:好|行|会)|一般|限行|不(?!怕|累|远|麻烦|要钱|收钱|介意|辛苦|难|过|知道|清楚|确定|晓得|懂))|(?:干|做|跑|走)不动|身体不行|(?:女儿|儿子|老公|老婆|孩子|小孩|妈|爸)[^。]{0,12}(?:想|要)[^。]{0,12}[\s,,]我(?:不同意|不让|不准|不肯)|(?:但是?|可是|不过|可惜|就是)[^。,,]{0,6}(?:腰|腿|脚|头|胃|牙|背|手)?(?:疼|痛|病了|生病|不舒服|发烧|阳了|住院|骨折|受伤|扭了)|年纪大了[^。]{0,6}(?:不行|干不|做不)/;

/** Asking to be called on: 敲我门, 叫我, 找我, 打我电话, 私信我. */
// "just message me", "@ me", "knock on my door": the same call in English.
const CALL_ME = /(?:敲我(?:的|家)?门|叫我|找我|喊我|揾我|搵我|寻我(?!开心)|打我(?:的)?电话|私信我|联系我|艾特我|@我)(?![吃去做买拿带看用打回别不])|\b(?:message|msg|ping|call|text|dm|contact|ask|find) me\b(?! (?:back|when|if|later))|@ ?me\b|\bknock on (?:my|our) door\b/i;

/** 「我年纪大了跑不动 但是可以在家帮忙打电话」: a limit conceded, then what one can do, is still an offer. */
const OFFERED_AFTER = /(?:但是?|不过|可是|还是)[^。,,!!??]{0,4}(?:可以|能|会)|\bbut (?:i )?(?:can|could|am able)\b/gi;
/** A skill said as lacked after the offer (「就是不会开车」, "but I can't drive"): a limit on it, not the offer taken back. */
const SKILL_LACKED = /(?:不会|不懂|不能|没有?|唔识|can'?t|cannot|don'?t)\s*(?:开车|驾驶|揸车|英语|英文|外语|翻译|电脑|打字|车|drive|speak)/i;
/** The skill a lacked-skill clause takes away: 「没有车」 and 「不会开车」 the driver's. */
const lackedSkill = (clause: string): Skill | undefined => (/车|驾驶|drive/i.test(clause) ? 'driver' : /英|外语|翻译|speak/i.test(clause) ? 'translator' : /电脑|打字/.test(clause) ? 'coordination' : undefined);
function takenBack(text: string): RegExpExecArray | null {
  const back = TAKEN_BACK.exec(text);
  if (!back) return null;
  const clause = text.slice(back.index, back.index + back[0].length + 6);
  // …when something else is offered before it: 「我会开车 可是没有车」 offers nothing.
  if (SKILL_LACKED.test(clause) && findSkills(text.slice(0, back.index)).some((k) => k !== 'general' && k !== lackedSkill(clause))) return null;
  const after = [...text.matchAll(OFFERED_AFTER)].pop();
  if (after && (after.index ?? 0) >= back.index) return null;
  // 「跑勿动 但是量量血压…我好做额 需要额话敲我门」: a limit, then a call to come to one, is still an offer.
  const rest = text.slice(back.index + back[0].length);
  return CALL_ME.test(rest) && !TAKEN_BACK.test(rest) ? null : back;
}

/** Not an offer: an address given for what is sent from now on (「以后配药就写这个」: the home, with a contact), an answer to someone's call (「我是!我是医生 几号楼?」), news of someone else, a question. */
// 「我是药剂师 跟大家讲一下 … 流程 … 有问题可以问我」: telling everyone how a thing goes, or one's experience, is news, not an offer to do.
// 「我会做核酸 已经做了八次了」: the times one underwent a thing is one's own experience, not an offer.
// 「大家有空也去看看她」: being free said of everyone, to look in on someone or thank them, is an exhortation (「大家有空可以来找我」
// invites, and offers); 「谁借走了 … 说一声就好」 asks a thing back; 「有问题的打我电话」
// (those with questions, 的: 「用药有疑问可以问我」 is a pharmacist's offer) is a contact for questions; 「每天打电话问阿拉」, 「很多人问我」,
// "lots of you have asked me": someone asked me.
// 「以后都写这个地址」: an address for the future is a home, not an offer.
// 「几号楼我都跑得动」: whichever building, not a building asked.
// 「教大家一个小窍门」 tells everyone something; 「我可以教大家怎么用血氧仪」 offers to teach.
const NOT_OFFER = /帮(?:大家|你们?|您)(?:去)?问(?:一下|下|问)?(?:物业|居委|楼长|团长|街道|社区|上面|医院|药店|药房)|(?:以后|今后|之后)[^。,,]{0,8}(?:都|就)?(?:写|填|用|送到?)(?:这个|这里|呢个|呢度)(?:地址)?|\buse this address\b|(?:大家|各位|你们|邻居们|街坊们?)(?:如果)?(?:有空|有时间|得闲)(?:的话|嘅)?(?:也|就|都)?(?:去看|去陪|给(?!我)|多(?:去|来|关心|看|陪))|谁(?:借|拿)(?:走|去)?了|(?:还)?没(?:有)?还(?:回来|给我)?(?=$|[\s,,。!!?？]|谁|啊|呢)|\bwhoever (?:borrowed|took|has)\b|(?<!我)有(?:空|时间|得闲)(?:的|嘅)(?:人|邻居|街坊|朋友)?(?:可以|就|都|也)?(?:帮(?:手|忙)?)?(?:去|来)?(?:看|睇|照应|照顾|陪|关心|留意)|有(?:问题|疑问|不懂|不清楚)的(?:话)?(?:就|请)?(?:打我|找我|问我|联系我|私信我)|(?:打电话|敲门|上门|每天|天天|经常)问(?:我|阿拉|我们)|\bi can (?:ask|tell|talk to) (?:it|the bot|linli)\b|(?:跟|和|给)大家(?:分享|讲|说|介绍)(?:一下|下)(?![^。]{0,80}(?:找我|喊我|叫我|需要帮忙|可以帮|我(?:可以|能)(?:帮|送|跑|去)))|(?:已经|都)?(?:做|测|排|捅|打)了[\d一二两三四五六七八九十几]+(?:次|回|遍|针)|有个[^。,,]{0,12}的人|问问你|想知道|是不是都|自称|冒充|骗(?:子|局|钱|人)|被骗|诈骗|转(?:账|钱)|(?:他|她|他们|她们|人家|别人|孩子|我妈|我爸)问我|(?:有人|总有人|很多人|好多人|不少人|好些人|几个人|邻居(?:们)?|街坊(?:们)?|大家)(?:都|也|一直|总是|老是|经常|成日)?(?:来|嚟)?问(?:过)?(?:我|阿拉)|\b(?:people|many of you|lots of you|several of you|some of you|neighbou?rs) (?:have |had |keep )?(?:been )?ask(?:ed|ing) me\b|有(?:什么|咩|啥)?需要[^。]{0,4}我(?:会|就)(?:出声|说|讲|开口|告诉)|用(?:手机|软件)?翻译|翻译(?:软件|app)|\bask me anything\b(?!\s+(?:about|on|regarding))|(?:可以|能|要|是不是)[^。,,\s]{0,3}(?:跟|和|给)(?:你|您)(?:们)?(?:说|讲)|(?:叫|让|请)(?:你|您)(?:们)?帮|(?:你|您)(?:们)?(?:能|可以|会)(?:帮|做)|\bthis bot\b|(?:大家|各位|你们|邻居们|街坊)[^。,,\s]{0,4}(?:有空|有时间|有需要|得闲)(?:的话|嘅)?[^。,,\s]{0,3}(?:最好|记得|赶紧|早点|早啲|尽快|多(?:去|来|啲)?|帮忙留意|留意)|(?:有空|有时间)(?:的话)?(?:大家|各位|你们)|(?<!我)(?:有空|有时间)(?:就|的话)?多(?:去|来)?(?:看看|陪陪|走走|关心|留意)|有需要(?:的|嘅)(?:人|邻居|街坊|老人)?[^。,,\s]{0,2}(?:最好|要|记得|赶紧|早点|早啲|尽快)|有没有[^。,,\s]{1,3}(?:医生|护士|大夫|药剂师)|(?:套餐|水果|蔬菜|青菜|鸡蛋|肉禽|团购|接龙)[^。,,]{0,4}算我一(?:份|个)|算我一(?:份|个)[^。,,]{0,4}(?:套餐|水果|蔬菜|青菜|鸡蛋|肉禽)|找(?:你|您)(?:们)?(?:可以|能)?(?:帮|来|配|买)|\b(?:you|u|it|the bot|this bot|linli) (?:can|could|will) help\b|通知[::]|提示[::]|请[^。]{0,6}登记|有多的|多余的|多出来|闲置|自取|帮(?:你|您)(?!们)|(?<!帮忙?|帮大家|可以|能)送(?:我家|我的|自家)?(?:孩子|小孩|儿子|女儿|我妈|我爸|老婆|老公)|(?:\d|[一两二三四五六七八九十])\s*(?:盒|瓶|粒|片|支|板|袋)(?!装|米|面|水|菜|奶|油)|猫|狗|宠物|兽医|\bvet\b|有没有(?=人|谁|哪位|兽医|医生|邻居|志愿者)|有谁(?![^。,,\s]{0,2}需要|[^。,,\s]{0,3}要[^。!!??]{1,24}?(?:的)?[\s,,]{0,2}(?:都|就|尽管|随时)?(?:可以)?(?:来)?(?:找|揾|搵|叫|喊)我(?![妈爸家们])|[^。!!??]{0,24}?打(?:(?:个|一个|只)?电话)?给我(?:就行|就好|即可)?)|谁(?:能|可以|有空|有时间|方便)|大家可以|可以试试|试过|推荐|听说|据说|(?:居委|业委会|物业|通知|上面|政府)[^。]{0,4}说(?!一声)|几号楼(?![^。,,!!??]{0,3}[都也])|(?<!(?:需要|缺人|要人)(?:我)?(?:就)?(?:去|到|上))哪里(?!需要|缺人|要人)|在哪|[??]|吗|可惜|回不来(?![^。]{0,8}(?:但是?|不过|可是)[^。]{0,6}(?:可以|能))|nothing (?:i|we) can do|can'?t do anything|(?:feel|feeling) (?:so )?helpless|我(?:女儿|儿子|老公|老婆|妈|爸)[^,,。]{0,6}(?:也)?(?:(?<![现正实自])在|是)|(?<!(?:做|受|参加|接受|上)过[^。,,]{0,6})培训(?!过)|学习|(?<!(?:可以|能|愿意|乐意)[^。,,\s]{0,2})教大家|辛苦|致敬|\bjoin\b(?! (?:the )?volunteer)/i;

/**
 * Not an offer either (round 9): someone else telling or phoning the writer (「我妈从老家打电话给我」, 「叫我给他端茶倒水」, 「老公还叫我帮他
 * 拿快递」, 「佢成日打電話俾我」) — the writer is the one called on, in a story; and a household that will speak up if it needs
 * something (「有事我会在群里说」, 「有什么事我会找楼组长」, 「有咩事我會出聲」) — news of itself.
 */
// (Round 14: a person of a trade who phoned or told the writer — 「护士打电话给我说核酸改到明天了」, 「司機打電話俾我話菜到咗」 — is relayed
// speech, and the trade is theirs; 「我是护士 有事打电话给我」 is the writer's own trade, a call on the writer.)
const CALLED_BY_OTHERS =
  /(?:他|她|伊|佢|妈|爸|婆|公|老伴|儿子|女儿|孩子|领导|老板|单位|同事|亲戚|家里人|屋企人|人家)(?:们|哋)?[^。,,\s!!??要事可就]{0,6}(?:打(?:电话)?(?:给|俾|畀)我|叫我|喊我)|叫我(?:给|帮|替|同|同埋)(?:他|她|伊|佢)|(?<!(?:我|本人|阿拉)(?:是|係|系|当|做)?[^。,,\s]{0,4})(?:医生|大夫|护士|药剂师|药师|司机|师傅|快递员?|快递小哥|外卖员?|小哥|志愿者|义工|大白|居委|物业|网格员)[^。,,\s!!??要事可就]{0,4}(?:打(?:了)?(?:个)?(?:电话)?|发(?:了)?(?:个)?(?:消息|信息|微信))(?:给|俾|畀)我[^。,,!!??]{0,2}(?:说|讲|话|通知|问)?|\bthe (?:nurse|doctor|driver|courier|pharmacist|volunteer)s? (?:called|rang|phoned|texted|messaged|told) me\b/i;
const TOLD_TO_ONE = new RegExp(TOLD_TO.source);
/** Someone else praised for what they do every day (「那个开面包车的小伙子…天天帮大家运菜」, 「楼组长一直帮大家跑腿」): praise, not an offer. */
const OTHERS_HABIT =
  /(?<!我是|本人|我也是|我当|我做)(?:那个|这个|那位|这位|有个|有位|小伙子|小姑娘|后生仔|阿姨|大姐|大哥|师傅|志愿者|义工|志工|大白|楼长|楼组长|团长|医生|护士)[^。!?我]{0,16}?(?:天天|每天|每日|成日|经常|一直|总是)(?:都)?(?:在)?(?:帮|替|给)/;
const WILL_SPEAK_UP = /有(?:什么|咩|啥|乜)?(?:需要|事(?:情|体)?)(?:的话)?[^。]{0,4}(?:我|我们|我哋|阿拉)(?:会|就|再)[^。,,\s]{0,4}(?:出声|说|讲|开口|告诉|喊|找|联系)/;

/**
 * Everyone's cooperation asked (「请大家配合」, 「谢谢大家配合」, "thanks for your cooperation"): a notice of what the writer will do in
 * their role — a lead's roll call, calls and knocks on the doors that do not answer —, to be followed, not an offer to volunteer.
 */
const COOPERATION_ASKED = /(?:请|望|谢谢|感谢|多谢)(?:大家|各位|邻居们|居民们)?(?:的)?(?:理解(?:和|与)?)?配合|\bthanks? (?:you )?for (?:your|the) (?:cooperation|co-operation)\b|\bplease cooperate\b/i;

/**
 * A notice by someone already in a role (「我是5号楼的楼长 … 请大家放门口 有问题私信我」, 「我是志愿者小张 说一下配药流程」, "I'm the
 * building lead … here's how the runs work"): how a thing goes or what to send, told to everyone; its 找我 is the role's
 * contact, not an offer. (A trade named — 我是护士, 我是退休司机 — is no role in the compound's work, and still offers.)
 */
const ROLE_NOTICE =
  /我(?:是|係|系)[^。!?,,\s]{0,8}?(?:楼长|楼组长|志愿者|义工|团长|居委|网格员|社工)[^。!?]{0,60}?(?:流程|规矩|规则|步骤|须知|统计|汇总|请大家|请在群里|大家(?:把|在群里|回复))|\bi'?m (?:the |your |a )?(?:building|block|floor|group[- ]buy) (?:lead|leader|captain|organi[sz]er)\b[^]{0,80}?\b(?:here'?s how|how [^.?!]{0,30}\bworks?|the (?:process|steps|rules)|please (?:reply|send|post|put)|we collect)\b/i;

/**
 * Whoever needs it sent to someone else (round 17): 「有需要可以找居委 他们有车」, 「有需要买菜的可以找团长」, 「…我们楼组会安排」 — the one
 * called on is named, and it is not the writer (unless the writer's own call or offer is said too).
 */
const OTHERS_TO_CALL =
  /(?:找|问|联系|叫|喊|@)(?:居委(?:会)?|物业|团长|楼长|楼组长|志愿者|大白|社区|网格员|他们|她们)(?!们?(?:说|讲))|(?:我们|阿拉)(?:楼组|居委|物业|志愿者(?:们|队)?)(?:会|来)(?:安排|处理|联系|对接)/;
// (「配药我都可以去跑 需要的…找居委登记」: one's own offer said before it makes the committee the way to it, as in reportedToTheLead.)
function othersToCall(text: string): string | undefined {
  const m = OTHERS_TO_CALL.exec(text);
  return m && !CALL_ME.test(text) && !FIRST_PERSON_OFFER.test(text) && !OWN_OFFER_BEFORE.test(text.slice(0, m.index)) ? m[0] : undefined;
}

/** Distrust urged, to the end of its clause: what it tells of is someone else's offer. */
const DISTRUSTED = /(?:不要|(?<![特区分告识辨鉴类级性个差])别|唔好|不好|千万别|千祈唔好|勿)(?:轻易|随便)?(?:相)?信(?!息)[^。!?,,\s]{0,30}|\b(?:don'?t|do not|never) trust\b[^.!?,]{0,60}/gi;

/** One's own offer said before how to reach one (「去医院配药我都可以跑 要配药的找楼组长登记就行」, "can do hospital runs; tell your building lead"). */
const OWN_OFFER_BEFORE = /我[^。,,]{0,8}(?:都|也)?(?:可以|能|会|愿意)(?:去|来)?(?:跑|送|帮|开车|配|做|打|量)|\b(?:i|we)\b[^.;]{0,40}\b(?:can|could|will) (?:do|help|drive|run|deliver)\b|\bcan do\b/i;
/** A need to be reported to those in charge is a notice, not an offer — unless the writer's own offer comes first and this is the way to it. */
function reportedToTheLead(text: string): string | undefined {
  const m = REPORT_TO_THOSE_IN_CHARGE.exec(text);
  return m && !OWN_OFFER_BEFORE.test(text.slice(0, m.index)) ? m[0] : undefined;
}

/**
 * An offer relayed, said by a hospital, the 居委, the 物业 or a clinic (医院说可以派护士上门, 物业讲可以帮忙扛上楼, 社區中心話可以派義工陪診,
 * "the pharmacy said they can deliver"): the service is theirs. The writer's own offer said beside it (我有车 可以帮大家开车送) still offers.
 */
const RELAYED = /(?:医院|诊所|卫生院|卫生(?:服务)?中心|透析中心|中心|社区|居委(?:会)?|街道|物业|业委会|药房|药店|政府|上面|单位|他们|人家)(?:那边|那里|的人)?(?:说|讲|话|通知|讲过|说过|表示)(?:了)?[^。,,\s]{0,4}?(?:可以|能|会)[^。!?,,\s]*/;
function relayedOffer(text: string): string | undefined {
  const m = RELAYED.exec(text);
  if (!m) return undefined;
  const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  // 「阿拉是退休司机 … 通行证居委讲可以帮阿拉办 … 侬就叫阿拉」: one's own offer, or a call on oneself, beside it.
  return OWN_OFFER_BEFORE.test(rest) || CALL_ME.test(rest) || /(?:叫|找|喊|寻)阿拉|阿拉(?:也)?(?:可以|能|会)/.test(rest) ? undefined : m[0];
}

/** One's own volunteering given up: 「我不想当志愿者了」, 「志愿者我不做了」, "please take me off the volunteer list". */
const STEPPING_DOWN =
  /(?:我|本人|阿拉)?(?:不想|不能|不再|没法|没办法|不打算|不)(?:再)?(?:当|做|干|参加)(?:志愿者|义工)(?:了|啦)|(?:志愿者|义工)(?:我)?(?:不(?:想)?(?:当|做|干)了|当不了了|做不了了|干不了了|就不(?:当|做)了)|(?:我|本人)?(?:要|想)?退出(?:志愿者|义工)(?:队伍|群)?|\b(?:i )?(?:can'?t|cannot|won'?t be able to|don'?t want to) volunteer any ?more\b|\btake me off the volunteer(?:s| list)\b|\bi(?:'m| am) (?:stepping down|quitting) (?:as a volunteer|from volunteering)\b/i;
export const steppingDown = (text: string): RegExpExecArray | null => (text.length > 80 || /[??]|吗/.test(text) ? null : STEPPING_DOWN.exec(text));

/** Thanks and whom and what they are for, to the end of the clause: 「感谢志愿者每天送菜送物资」, 「多谢楼下的护士帮阿婆打针」, "thanks to the drivers who deliver…". */
const THANKED_FOR = /(?:感谢|谢谢|多谢|感恩|致敬)[^。!!??\s,,]{1,30}|\bthank(?:s| you)(?: (?:so|very) much)? to\b[^.!?,;]{0,60}/gi;

/** Thanks said alone at a clause's start (「辛苦了」, 「大家辛苦」, 「谢谢大家」): set aside with the thanks above when an offer is weighed. */
const THANKS_ALONE = /(?<=^|[\s,,。!!])(?:大家|各位|你们|志愿者们?|义工们?)?(?:辛苦|谢谢|多谢|感谢)(?:了|啦|晒|哂)?(?:大家|各位|你们)?(?:了|啦)?(?=$|[\s,,。!!🙏])/g;

/**
 * Someone else's offer reported (round 16): a friend, a colleague, the building lead or "someone" said they can (「我朋友是医生 他说
 * 有需要可以问他」, 「楼长说他有通行证 可以帮大家带东西」, 「群里有人说可以帮忙配药」), a neighbour to call on (「我们楼有个医生 大家有事
 * 可以找他」), "I heard …", "apparently …". Not a relative's offer passed on (HOUSEHOLD: SENDS_KIN reads it), nor beside one's own.
 */
const REPORTED_OFFER =
  /(?:说|讲|(?<!电)话)(?:过)?(?:他|她|伊|佢)(?:们|哋)?(?:也)?(?:可以|能|会|愿意|有)|(?:朋友|同事|同学|楼长|楼组长|团长|有人|人家|别人|(?<![我其])他|(?<![我其])她)(?:们)?(?:也)?(?:说|讲)(?:过)?(?!一声|话)[^。,,\s]{0,4}(?:可以|能|愿意)|(?:可以|能)(?:来)?(?:问|找|叫|喊|联系)(?:他|她|伊|佢)(?!们?(?:说|讲))|\b(?:i heard|apparently|someone said|they say)(?: that)? (?:the|a|an|he|she|they|there|someone|somebody)\b/i;
/** Someone of the writer's household named: their offer passed on is the household's (「我老公是医生 他说有需要可以找他」). */
const HOUSEHOLD =
  /(?:我|阿拉)(?:家|的|屋里)?(?:老公|老婆|爱人|先生|太太|老头子?|老太婆?|老伴|儿子|女儿|囡囡|小囡|孩子|女婿|媳妇|爸爸?|妈妈?|孙子|孙女|外孙|弟弟?|哥哥?|妹妹?|姐姐?|侄子|外甥|亲戚|爷叔|叔叔|伯伯|舅舅|姑姑|阿姨|表[哥姐弟妹]|堂[哥姐弟妹]|室友|舍友|合租|同住|对象|男朋友|女朋友|男友|女友)|\b(?:my )?(?:flat|room|house)mates?\b|\bmy (?:husband|hubby|wife|son|daughter|dad|father|mum|mom|mother|partner)\b/i;

export function recogniseVolunteer(said: string, s: Situation): Recognised | undefined {
  if (s.replyTo?.kind === 'recruit' || isForward(said) || STEPPING_DOWN.test(said)) return undefined;
  // 「不要相信那些说能帮忙配药的陌生人」, "don't trust strangers who say they can…": others' offers warned of are set aside.
  const text = plainFormal(soundsAlike(ownWords(said))).replace(DISTRUSTED, (m) => '·'.repeat(m.length));
  const join = JOIN.exec(text);
  // 「感謝村委和志願者每天送菜 有需要幫忙的地方也請跟我們說」: the work thanked for is the thanked ones' skill, not the writer's.
  const unthanked = text.replace(THANKED_FOR, (m) => '·'.repeat(m.length));
  const skills = findSkills(unthanked);
  const offer = OFFER.exec(text) ?? CALLED_ON.exec(text);
  // "Volunteers needed? I can help…": a question answered by the writer's own offer is an offer.
  // 「志愿者还缺人吗 我可以来」: an offer of one's own after the question.
  // Only a question about needing people: 「10号楼有人需要配药吗 我可以顺路」 is a neighbourly errand.
  const afterAsked = text.split(/[??]|吗(?=\s|我|阿拉)/).pop() ?? '';
  const askedForPeople = /缺|人手|志愿|要人|需要人/.test(text.slice(0, text.length - afterAsked.length));
  const last = askedForPeople && FIRST_PERSON_OFFER.test(afterAsked) ? afterAsked : (text.split(/[??]/).pop() ?? '');
  // "can I help out?", 「我可以帮忙吗」: an offer put as a question is still the writer's offer.
  const askedOffer = OFFER_ASKED.exec(text);
  const weighed = askedOffer ? (last === '' ? text : last).replace(askedOffer[0], ' ') : last === '' ? text : last;
  // 「我会开车 … 等好了再说」: an offer put off till later is none yet.
  // 「感谢志愿者辛苦 我也是护士 有需要可以找我」: the thanks said first (its 辛苦, its 谢谢) is no talk over the offer after it.
  const weighedApart = weighed.replace(THANKED_FOR, (m) => '·'.repeat(m.length)).replace(THANKS_ALONE, (m) => '·'.repeat(m.length));
  const against = NOT_OFFER.exec(weighedApart)?.[0] ?? CALLED_BY_OTHERS.exec(weighed)?.[0] ?? TOLD_TO_ONE.exec(weighed)?.[0] ?? reportedToTheLead(weighed) ?? OTHERS_HABIT.exec(weighed)?.[0] ?? WILL_SPEAK_UP.exec(weighed)?.[0] ?? COOPERATION_ASKED.exec(weighed)?.[0] ?? ROLE_NOTICE.exec(weighed)?.[0] ?? takenBack(text)?.[0] ?? notFree(text) ?? relayedOffer(text) ?? othersToCall(weighed);
  const fields = skillsField(skills.filter((k) => k !== 'general' || !skills.some((x) => x !== 'general') || ANY_JOB.test(text)));
  // 「我也想出份力 去哪报名」, "who should I contact?": a wish with a how-to question is still the wish.
  // 「我报名志愿者好几天了 怎么没人联系我」: a sign-up made before, complained of, is no new one.
  // 「@邻里 我想报名志愿者 要怎么写才对」: how to say the wish to the bot is asked, a question about the bot (help), not the sign-up.
  // 「我朋友是医生 他说有需要可以问他」, "I heard the lady in 12-301 is a nurse and happy to help": someone else's offer reported, not
  // the household's and with none of one's own (nor a wish of one's own), offers nothing.
  const reportedOther = HOUSEHOLD.test(text) || FIRST_PERSON_OFFER.test(text) || (join && /我|阿拉|\bi\b|\bme\b/i.test(join[0])) ? null : REPORTED_OFFER.exec(text);
  if (reportedOther) return { intent: 'volunteer', confidence: 0.15, evidence: [reportedOther[0], "someone else's offer reported"] };
  if (join && (!s.isGroup || s.addressed) && WISH_THEN_SAY.test(text)) return { intent: 'volunteer', confidence: 0.3, evidence: [join[0], 'how to say it asked'] };
  if (join && PAST_SIGN_UP.test(text)) return { intent: 'volunteer', confidence: 0.15, evidence: [join[0], 'signed up before'] };
  if (join && takenBack(text)) return { intent: 'volunteer', confidence: 0.15, evidence: [join[0], 'taken back'] };
  // 「志愿者还缺人吗 我想帮忙分发物资」: whether helpers are wanted, asked, then the wish said after it answers the question.
  const wishAfterAsked = askedForPeople && JOIN.test(afterAsked) && !/团购|拼单|拼团|接龙|套餐/.test(text);
  if (join && !(against && /[??]|吗/.test(against) && !wishAfterAsked && !/我想参加|我想报/.test(text) && !HOW_TO_JOIN.test(text) && !(MAY_I.test(text) && !/他|她/.test(text)))) {
    // 「我想做义工 我是药剂师 帮人看药配药都可以」, 「我想做志愿者 帮老人家配药」: the wish with one's own trade or with what
    // one will do is as plain as an offer gets.
    return { intent: 'volunteer', confidence: plainOffer(text) || OWN_TRADE.test(text) || skills.some((k) => k !== 'general') ? 0.96 : 0.92, evidence: [join[0], ...skills], fields };
  }
  // 「你們有在收志工嗎 我可以幫忙」: whether helpers are wanted, answered with one's own offer.
  const answered = askedForPeople && FIRST_PERSON_OFFER.test(afterAsked) && !NOT_OFFER.test(afterAsked) && !takenBack(afterAsked);
  // 「退休会计一个 可以帮忙做表统计」: an offer with a skill and nobody else named before it is the writer's.
  // 「我老公是医生 让他来」: the writer sends someone of the household.
  // 「我先生是心脏科医师 … 可以先打给他问 … 电话我放在下面」: a household member's help relayed with his number.
  // 「我女儿给我装了一个邻里 讲有事体可以找伊」: 伊 is the bot the relative set up, not the relative.
  // 「阿拉老头子老早是开车额 侬要车子讲一声」: a household member's trade, and whoever needs it to say so to us.
  // (「邻里 我女儿在家…」: the bot named at the start is the one addressed, not an app whose 伊 is the bot.)
  const kinNamed = INSTALLED.test(text) || /邻里(?!之间|节|群)|机器人|小程序|助手|\bapp\b/i.test(text.replace(BOT_ADDRESSED, '')) ? null : SENDS_KIN.exec(text) ?? KIN_VOLUNTEERS_EN.exec(text) ?? (skills.some((k) => k !== 'general') ? SAID_FOR_KIN.exec(text) : null) ?? (kinSubject(text) ? KIN_RELAYED.exec(text) ?? (skills.some((k) => k !== 'general') ? SAY_SO.exec(text) : null) : null);
  // 「吃饭都要叫他」: calling him sends him only with the task named.
  const kin = kinNamed && BARE_CALL.test(kinNamed[0]) && !skills.some((k) => k !== 'general') && !/帮/.test(kinNamed[0]) ? null : kinNamed;
  if (kin && !KIN_CANNOT.test(text)) return { intent: 'volunteer', confidence: 0.85, evidence: [kin[0], ...skills], fields };
  // (Asked politely, 「可以帮我老公报个名吗」, it is still the sign-up; asked how, or signed up before, it is not.)
  const kinSignedUp = kinNamed ? null : KIN_SIGNED_UP.exec(text);
  if (kinSignedUp && !KIN_CANNOT.test(text.replace(/[??]|吗/g, ' ')) && !HOW_TO_JOIN.test(text) && !PAST_SIGN_UP.test(text)) return { intent: 'volunteer', confidence: 0.85, evidence: [kinSignedUp[0], ...skills], fields };
  const before = text.slice(0, offer?.index ?? 0);
  // 「退休醫師一名 如有鄰居需要 可隨時聯繫」: whoever is named inside the condition (如有邻居需要) is no other subject of the offer.
  const impliedSelf = skills.length > 0 && SELF_DESCRIBED.test(before) && !OTHER_SUBJECT.test(before.replace(/(?:如有|如需|如果|要是|若有|(?:有)?需要(?=用|的话))[^\s,,。]{0,12}/g, ' '));
  if (!offer || !(SELF.test(text) || SELF_16.test(text) || impliedSelf)) return undefined;
  // Someone else's skill ("我女儿会说英语 她可以帮忙翻译") is not the writer's offer.
  if (THIRD_PERSON.test(text) && !FIRST_PERSON_OFFER.test(text)) return { intent: 'volunteer', confidence: 0.15, evidence: [offer[0], 'someone else'] };
  if (against) return { intent: 'volunteer', confidence: 0.15, evidence: [offer[0], `not an offer: ${against}`] };
  // 「本人药剂师 … 帮忙配药也行」: one's own trade said with the offer outweighs a need it mentions.
  const trade = OWN_TRADE.exec(text);
  // 「要买药的 问我就行」: whoever needs it, told to call on one, is as plain an offer.
  const calledOn = (WHOEVER_CALLS.test(text) && !NEED.test(text)) || ifNeededCall(text);
  if (skills.length > 0) return { intent: 'volunteer', confidence: trade || plainOffer(text) || askedOffer || calledOn ? 0.96 : 0.88, evidence: [offer[0], ...skills], fields };
  // A service named with the offer (「可以帮老人照看」, 「免费给老人剪头发」) needs no skill of the list.
  // (「真心感谢大白们送药上门 …」: a service thanked for is theirs, as a skill is.)
  const service = SERVICE.exec(unthanked) ?? QUALIFIED.exec(unthanked);
  if (service) return { intent: 'volunteer', confidence: 0.85, evidence: [offer[0], service[0]] };
  // An offer put as a question (「有什么需要帮忙的吗 我周末有空」) needs no skill.
  if (askedOffer || answered) return { intent: 'volunteer', confidence: 0.85, evidence: [offer[0], ...(askedOffer ? [askedOffer[0]] : ['wanted, offered'])] };
  // An open offer ("我能帮忙 需要的话喊我", "count me in if you need hands") needs no skill.
  // 「要C的 找我」: a package letter wanted is the group-buy's talk (a spare one passed on), no offer of help.
  const open = /团购|接龙|套餐|团长|(?:要|买|订)\s*[A-H](?![A-Za-z0-9])/.test(text) ? null : OPEN_OFFER.exec(text) ?? OPEN_OFFER_16.exec(text);
  return open ? { intent: 'volunteer', confidence: 0.85, evidence: [open[0]] } : undefined;
}
