/**
 * A resident asking after a medicine request they made before (「我前天让你们帮我配的降压药有消息了吗」,
 * 「上次登记的药什么时候能到」, "did my insulin request go through?"): their requests and where each
 * stands is the answer (/我的配药), never a new request. A new need said after it (「…还没到 这次再配两盒
 * 阿司匹林」) is a request as before.
 */
/** Whose request it was: the writer's household, named as residents name them (我妈, 阿拉姆妈, 老头子). */
const HOUSEHOLD = '(?:妈妈?|姆妈|爸爸?|老头子?|老伴|老太婆?|老公|老婆|爱人|父母|婆婆|公公|外婆|外公|奶奶|爷爷)';
const PAST = String.raw`(?:前天|昨天|上次|上回|上周|上个?礼拜|上星期|之前|早前|前几天|前两天|那天|早上|上午|礼拜[一二三四五六天日]|周[一二三四五六日]|\d{1,2}号|已经)`;
// 「前天发的那个药名」, 「我报嘅药」: sent as much as registered, with a dialect's 的; 「上次报过了」 said as done; 「我妈的配药申请」: the request named.
const MADE = String.raw`(?:(?:${PAST}|(?:让|请|托|找)(?:你们|邻里|志愿者|你))[^。!?!?]{0,14}?(?:登记|报|申请|配|开|买|发)(?:过)?(?:了)?(?:的|嘅|额|个)|(?:登记|报|申请)(?:过)?(?:的|嘅|额)|(?:登记|报|申请)过了|${PAST}[^。!?!?]{0,14}?(?:登记|报|申请)(?:过)?了(?:药|配药)|我(?:家|们家)?(?:的|额|嘅)?(?:${HOUSEHOLD}(?:的|额|嘅)?(?:配药|药)?|配药|药)(?:申请|登记))`;
// Whether it arrived or was written down at all (收到了吗, 收到未, 记下来了吗, 登记上没有, 你们那边有没有): asked of the bot, it is what is held.
const RECEIVED = String.raw`收到(?:了)?(?:吗|没|未|伐|么|没有)|记(?:上去|上|下来|下|进去|住)(?:了)?(?:吗|没|伐|么|没有)|(?:登记|报)(?:上|好|进去)(?:了)?(?:吗|没|么|伐|没有)|(?:你们?|你哋)(?:那边|那里|这边|这里|度)?(?:到底)?(?:有没有|有吗|有伐)(?=\s*$|[??。!!])`;
const STANDS = String.raw`(?:${RECEIVED}|有消息|有下文|有回音|有着落|有没有(?:消息|下文|着落|动静)|(?:到|送到|配到|配好|办好|好)了(?:吗|没|么|伐|没有)|到没到|怎么样了|什么时候(?:能|可以|会)?(?:到|送|配好|送来|送到|拿到)|进度|还没(?:有)?(?:到|送到|消息|动静|下文)|记(?:上去|上|下|进去)了(?:吗|没|伐)|(?:登记|报)(?:上|好|进去)?了(?:吗|没|么|伐|没有))`;
// 「我的药什么时候能到」, 「我什么时候能拿到药」: one's own medicine, asked where it stands.
const MINE = String.raw`(?:^|[\s,,。!!]|看看|看一下|查查|查一下|问问)(?:我|我家|我们家|阿拉|阿拉屋里)(?:的|额)?(?:药|配的药|配药)`;
const WHEN_MINE = String.raw`我(?:什么时候|几时|哪天|啥辰光)(?:能|可以)?(?:拿到|收到)(?:我的)?药`;
const ASKED_ZH = new RegExp(`${MADE}[^。!?!?]{0,14}?${STANDS}|${MINE}[^。!?!?]{0,4}?${STANDS}|${WHEN_MINE}`);
const ASKED_EN = /\b(?:did|have|has) (?:you|u|linli|the bot) (?:get|got|gotten|receive|received|record|recorded|log|logged|see|seen) (?:my|our) (?:[\w'-]+ ){0,3}(?:request|registration|prescription)s?\b|\b(?:did|has|have) my (?:[\w'-]+ ){0,3}(?:request|registration|prescription)s? (?:get|been) (?:recorded|received|registered|logged|saved)\b|\bis my (?:[\w'-]+ ){0,2}(?:request|registration|prescription) (?:in (?:your|the) (?:system|records?|list)|on (?:record|file)|recorded|registered|logged|saved)\b|\bmy (?:[\w-]+ ){0,3}(?:request|order|registration)s? (?:went|got|has gone|has got|was) (?:through|received|recorded)|\b(?:did|has|have) my (?:[\w-]+ ){0,3}(?:request|order|registration|prescription)s? (?:go(?:ne)? through|get through|been (?:received|recorded|registered|processed|done))|\b(?:any )?(?:news|update|updates) (?:on|about) my (?:[\w-]+ ){0,2}(?:medicine|meds|request|prescription|insulin|pills)|\bstatus of my (?:[\w-]+ ){0,2}(?:request|medicine|meds)|\bis my (?:[\w-]+ ){0,2}(?:medicine|meds|request|prescription) (?:coming|ready|on (?:its|the) way|sorted|done)|\bwhen (?:will|do|can) (?:i|we) get (?:my|our) (?:[\w-]+ ){0,2}(?:medicine|meds|pills|insulin|prescription)/i;
/**
 * The whole message a bare question of where it stands (「什么时候能送到」, 「到了吗」, "when will it arrive?"): asked
 * privately by a household with a medicine request open, it is that request asked after.
 */
const BARE_STANDS = /^(?:请问|那|那么|哦|好的)?[\s,,]*(?:药)?(?:大概|大约)?(?:什么时候|几时|哪天|啥辰光|几点)(?:能|可以|会)?(?:送到|送来|送过来|到|配好|配到|拿到|收到)(?:呢|啊|呀|哦|伐)?[\s??。.!!]*$|^(?:药)?(?:送到|配到|配好|到)了(?:吗|没|伐|没有)[\s??。.]*$|^(?:有消息了吗|有消息吗|怎么样了|进度如何)[\s??。.]*$|^when (?:will|would|does|do|can) (?:it|they|the medicine|my medicine) (?:come|arrive|be (?:delivered|ready|here))\s*\??$/i;
export const bareAskedAfter = (text: string): RegExpExecArray | null => BARE_STANDS.exec(text.trim());

/** After the question, a new need begins: 「这次再配」, 「另外」, "also". */
const THEN_NEW = /再(?:配|要|买|开|帮)|另外|这次|还要|还想|顺便|我要|帮我配|要配|\b(?:also|another|as well)\b/i;

/**
 * Whether or which medicine one asked for before, asked of the bot (「我登记过配药吗」, 「我有没有报过药」, 「我到底报没报过降压药」,
 * 「我之前都报过什么药」, 「我这个月报了几次药」, 「我上次配的是什么药来着」): one's requests, as /我的配药 shows them.
 */
const EVER_ASKED = new RegExp(
  String.raw`(?<![帮给替让叫请为])我(?:家|们家)?[^。!?！？\s]{0,8}?(?:(?:有没有|是不是(?:已经)?|到底(?:有没有)?|已经)(?:登记|报|配|申请)(?:过|了)(?:配药|[^。!?！？\s]{0,5}?药)|(?:报没报|登记没登记|申请没申请|配没配)过|(?:登记|报|配|申请)(?:过|了)(?:配药|药)(?:吗|么|没有|没|伐|[?？])|(?:登记|报|配|申请)(?:过|了|的是|的|额|额是)(?:些)?(?:什么|哪些|哪几种|几次|几回|啥)(?!资料|信息|数据|内容|东西|个人)(?:药)?)`,
);
/** "have I asked you for any medicine before?", "which medicines have I requested so far?", "how many requests have I made". */
const EVER_ASKED_EN =
  /\b(?:did|has) my (?:[\w'-]+ ){0,3}(?:request|registration)s? (?:from [\w ]{1,15} )?(?:reach|get to|arrive)|\bhave i (?:asked|requested|registered|applied)\b[^.?]{0,30}\b(?:medicine|meds|pills|prescriptions?|insulin|drugs)\b[^.?]{0,12}\b(?:before|already|yet|so far|ever)\b|\b(?:which|what) (?:medicines?|meds|pills|drugs|prescriptions)\b[^.?]{0,10}\b(?:have|did) i (?:request|requested|ask(?:ed)? for|register(?:ed)?|order(?:ed)?)\b|\bhow many (?:requests?|times|prescriptions)\b[^.?]{0,15}\b(?:have|did) i (?:made|make|asked|requested|sent|put in)\b/i;

/** The words asking after one's own earlier request, or null; null too when a new need follows them. */
export function askedAfterOwnRequest(text: string): RegExpExecArray | null {
  if (text.length > 200) return null;
  const m = ASKED_ZH.exec(text) ?? EVER_ASKED.exec(text) ?? ASKED_EN.exec(text) ?? EVER_ASKED_EN.exec(text);
  if (!m || THEN_NEW.test(text.slice(m.index + m[0].length))) return null;
  return m;
}

/**
 * A resident taking back their own medicine request in words (「我的药不用配了 已经买到了」, 「取消昨天登记的配药」,
 * "please cancel my medicine request"): asked first, then cancelled (/取消配药). Not the team's run cancelled,
 * nor someone else's.
 */
const CANCELLED_ZH = /(?:取消|撤销|撤回|删掉|删除|作废)(?:掉)?[^。!?!?]{0,8}?(?:配药|药|登记)|(?:药|配药|登记)[^。!?!?]{0,8}?(?:取消|撤销|撤回|删掉|作废)(?:掉)?(?:吧|了|一下)?(?=$|[\s,,。!!])|(?:药|配药)[^。!?!?]{0,6}?(?:不用|不要|不需要|别|用不着)(?:再)?(?:帮我|帮忙|给我)?(?:配|买|送|去配|去买)?了|(?:不用|不要|不需要|别)(?:再)?(?:帮我|帮忙|给我)(?:配|买)(?:药)?了/;
const CANCELLED_EN = /\bcancel (?:my |our |the )?(?:[\w-]+ ){0,2}(?:medicine|meds|med|prescription|pills) ?(?:request|order)?|\b(?:don'?t|do not|no longer) need (?:the |my |our )?(?:medicine|meds|pills|insulin|prescription)(?: any ?more)?\b/i;
/** Someone else's, or the run's: 「他的药不用配了」 is theirs to say; 「今天的配药取消了」 is news. */
const NOT_OWN = /(?:他|她|他们|她们|别人|隔壁|邻居|楼上|楼下|今天|明天|这次|这周)的?(?:药|配药)|配药(?:车|小分队|队|出车)|\b(?:his|her|their|today'?s|the team'?s)\b/i;

/**
 * The whole message a bare taking back (「算了 不配了」, 「不用了 谢谢」, "never mind"): privately, from a household with a
 * request open, it is that request taken back (asked first, as every cancel is).
 */
const BARE_CANCELLED = /^(?:算了|那|那就|哦|好吧|嗯)?[\s,,。]*(?:不配了|不用配了|不要配了|不用了|不要了|不需要了|用不着了|勿要了|覅了|唔使了|唔要了|never ?mind|no need any ?more|not needed any ?more)(?:吧|啊|哦|呢)?[\s,,。.!!]*(?:谢谢(?:你|您|啦)?|thanks?(?: you)?)?[\s,,。.!!]*$/i;
export const bareCancelled = (text: string): RegExpExecArray | null => BARE_CANCELLED.exec(text.trim());

/** The words taking back one's own medicine request, or null. */
export function cancelledOwnRequest(text: string): RegExpExecArray | null {
  if (text.length > 120 || NOT_OWN.test(text)) return null;
  return CANCELLED_ZH.exec(text) ?? CANCELLED_EN.exec(text);
}
