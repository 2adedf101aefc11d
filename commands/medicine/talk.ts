/**
 * Group talk about medicine that names one and even uses a request's words, yet asks for nothing (round 9: a group
 * that talks about the epidemic all day). Each is a frame, read on normalised text by ./recognise.ts.
 */

/** Hearsay about a medicine checked with neighbours: 「听说…真的假的」, 「聽講…真定假」, "I heard … is that true?". */
export const HEARSAY_CHECKED =
  /(?:听说|听讲|听人(?:说|讲)|据说|网上(?:说|讲|传)|新闻(?:说|讲)|有人(?:说|讲|传)|\bi (?:have )?heard\b|\bheard that\b|\bapparently\b)[^。!?]{0,50}?(?:真的假的|真定假|係咪真|系咪真|是不是真的|是真的吗|真的吗|是真是假|\bis (?:it|that|this) true\b|\btrue or (?:not|false)\b)/i;

/** How little was handed out, complained of: 「點解…得一盒咁少」, 「怎么这么少 才一盒」, "why only one box … so little". */
export const TOO_LITTLE =
  /(?:点解|为什么|为啥|怎么|凭什么|做咩|做乜)[^。!?]{0,30}?(?:咁少|噉少|这么少|那么少|太少|少得|才(?:发|派|给|分)?(?:了)?(?:一|两|1|2)\s*(?:盒|板|包|小包|瓶|袋)|得(?:一|两)\s*(?:盒|板|包|瓶))|\bwhy (?:did|do|does|is|are)\b[^.?]{0,40}\bonly (?:one|a single|two)\b|\bso (?:little|few)\b/i;

/** A proposal to the committee or everyone (「我想提个建议 …」, 「建议居委统计一下…」, "Suggestion: …"): what should be done, not asked for oneself. */
export const PROPOSAL = /提(?:个|一个|点|几个|条)?建议|(?:^|[\s,,。!!])(?:我)?(?:想|有个)?建议(?:一下)?(?:居委|物业|管委会|业委会|社区|街道|大家|每栋|每个|各栋|以后|楼组长|楼长)|^\s*(?:suggestion|a suggestion|proposal)\b|\b(?:i|we) (?:would )?suggest\b|\bmy suggestion\b/i;

/**
 * Whether to take or buy something, deliberated (「犹豫要不要买血氧仪」), asked inside 不知道/唔知 … 还是/是不是/定係 (「不知道…还是要另外买儿童的」),
 * or "just asking: …?":
 * the request words inside the question ask for nothing. The span is set aside before the request is looked for.
 */
export const UNSURE_SPAN =
  /(?:犹豫|纠结|考虑|在想)(?:要不要|该不该|用不用|需不需要)[^。!?,,\s]{0,12}|(?:不知|唔知|不晓得|不清楚|不确定|拿不准)[^。!?]{0,40}?(?:还是|定系|定係|定是|是不是|要不要|使唔使|用不用)[^。!?\s]{0,14}|\b(?:just|only) (?:asking|wondering|curious)\b[^?]{0,140}\?/gi;

/** Helpers said to be helping already (「有义工帮手」, 「有大白帮忙」): news told to reassure, no help asked (set aside; same length). */
export const HELPING_ALREADY = /(?<![没冇]|有没)有(?:义工|志工|志愿者|大白|邻居|居委|楼组长|楼长|社工|好心人)(?:们)?(?:在)?帮(?:忙|手)(?![^。!?,,\s]{0,3}(?:吗|么|伐|嘛|[??]))/g;

/**
 * Advice to everyone, in English: a thing kept at home ("please keep some sugar or juice at home if anyone in your family uses
 * insulin"), "please" before a word of advice (please avoid, please remember, please check your…, please don't…), and those it is
 * for ("for those on warfarin:", "those who need their pills refilled"): its "please" and its "need" ask nothing of anyone here.
 * So is "please" before something to do with the listeners' own medicines or a list of them ("please stick a note of your pills on
 * the door", "please make a list of your meds"): what everyone should do, not what the writer needs.
 * Read with ANNOUNCED's words of advice.
 */
export const ADVICE_EN =
  /\b(?:just |a )?(?:a )?(?:quick |little |small |pro )?tip\b(?! (?:jar|box))|\bPSA\b|\bheads[- ]up\b|\bdon'?t wait (?:until|till|for)\b|\b(?:please\s+)?(?:do\s+)?(?:make sure (?:you|to)\s+)?keep\b[^.!?]{0,50}\b(?:at home|handy|in the house|on hand|in stock)\b|\bif (?:anyone|someone|somebody) (?:in your (?:family|household|home)|at home)\b|\bplease\s+(?:put|stick|tape|pin|write|note|make|pack|keep|label|print)\s+(?:down\s+)?(?:a (?:note|list)|the names|your)\b|\bplease\s+(?:do(?:n'?t| not)\s+|always\s+|never\s+)?(?:avoid|remember|check|double-check|make sure|note|be careful|stay|drink|rest|bring your|tell your|take care|don'?t|do not|never)\b|\bfor (?:those|anyone|people|everyone) (?:on|who|with|taking)\b[^:,.!?]{0,30}|\b(?:those|anyone|anybody|whoever|everyone|people) (?:who|whose|that) (?:needs?|is|are|has|have|uses?|takes?|runs?)\b[^,.;!?]{0,40}/i;

/**
 * An expectation waved off (「不要指望一次开很多」, 「别想着网上能买到」, 「唔好指望」, "don't expect the hospital to refill…"): the request's words
 * inside it ask for nothing (set aside, to the end of its clause).
 */
export const NOT_EXPECTED = /(?:不要|别|唔好|不用|不必|覅)(?:再)?(?:指望|想着|以为|幻想|奢望|期待|諗住|谂住|想住)[^。!?,,\s]{0,20}|\b(?:don'?t|do not|never) (?:expect|count on|hope for)\b[^.!?,]{0,50}/gi;

/** How a medicine is handled, asked ("does insulin need to be kept cold", "do these pills need to be taken with food"): no need (set aside). */
export const HANDLING = /\bneeds? to be (?:kept|stored|taken|refrigerated|chilled|shaken|swallowed|crushed|mixed|thrown|used|eaten)\b/gi;

/** A clinic or pharmacy that will refill, is refilling or can refill again: news of the place (in English; PLACE_NEWS in Chinese). */
export const PLACE_REFILLS = /\b(?:clinic|pharmacy|hospital|health cent(?:er|re)|dispensary)\b[^.!?]{0,20}\b(?:will|is|are|can|could|now|again|starts?)\b[^.!?]{0,12}\brefill(?:ing|s)?\b/i;

/**
 * A place that can fill or prescribe now, told with when or how much (「中山医院下礼拜起可以开三个月的慢病药」, 「社區醫院而家可以開兩個月藥」,
 * 「门诊恢复了 能配降压药」, 「互联网医院可以开处方」): news of the place, as PLACE_NEWS with its 了 (recognise.ts). Asked (…能配吗), or
 * with a request of one's own beside it (麻烦帮我配两盒), it is not this.
 */
export const PLACE_CAN_FILL =
  /(?:医院|社区|药店|药房|卫生(?:服务)?中心|卫生站|门诊|诊所)[^。!?,,]{0,12}?(?:可以|能)(?:代)?(?:配|开)(?!给?我)(?![^。!?]{0,12}(?:吗|么|伐|[??]))/;

/**
 * What the service covers or asks for, asked (「最多能配几盒」, 「一次可以配多久的量」, 「进口药也能代配吗」, 「中成药可以代配伐」, 「代配药需要提供
 * 什么材料」): a question about it, for no one's medicine. (「降压药能不能代配 我妈要两盒」 names one's own: a request.)
 */
export const SERVICE_ASKED = new RegExp(
  [
    '(?:能|可以)(?:代)?(?:配|开)(?:几|多少|多久|多长)',
    '(?:配药|代配药?)(?:需要|要|得)(?:提供|准备|带|交)?(?:什么|啥|哪些|些什么)',
    // (「是送到家门口还是要自己去拿」: how it comes, asked as a choice.)
    '(?:送(?:到|上门|来|过来)|上门)[^。!?]{0,8}还是[^。!?]{0,4}(?:要)?自己(?:去|来|下楼)?(?:拿|取|领)',
    '(?:进口药|中药|中成药|中草药|处方药|非处方药|自费药|外地(?:的)?药|精神类药|针剂)(?:也|都)?(?:能|可以|能不能|可不可以)(?:代)?配(?:吗|么|伐|不|呢)?',
    '(?:能|可以)(?:代)?配(?:进口药|中药|中成药|中草药|处方药|自费药|精神类药)(?:吗|么|伐|呢)',
  ].join('|'),
);

/** The text with each span set aside (same length), so that a request's words inside it are not read. */
export function setAside(text: string, spans: { index: number; length: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.index) + '·'.repeat(s.length) + out.slice(s.index + s.length);
  return out;
}

/** Thanks to whoever gave a medicine (「谢谢哪位…放在我家门口的两盒布洛芬」, "thank you to whoever left a box of …"): its count is no request. */
// (「多谢8号楼阿姨送的两盒退烧药」, 「谢谢楼上小王给的」, 「多謝隔籬陳太送嘅」: the giver named by where they live, then what they gave.)
export const THANKS_FOR_GIVEN =
  /(?:谢谢|多谢|感谢)\s*(?:\d{1,3}\s*(?:号楼|栋|幢|座)|楼上|楼下|隔壁|对门|隔篱|邻居)[^。!?,,\s]{0,6}?(?:送|给|借|留|带)(?:来|过来)?(?:的|嘅|额)|(?:谢谢|多谢|感谢|\bthanks?(?: you)?(?: so much)?)\s*(?:to\s+)?(?:哪位|边位|那位|这位|\bwhoever\b|\bthe (?:kind )?(?:neighbou?r|person|volunteer|lady|man|guy|soul)s?\b)[^。!?]{0,30}?(?:放|摆|挂|送|留|给|\bleft\b|\bdropped\b|\bbrought\b|\bgave\b|\bput\b|\bshared\b)/i;

/**
 * The helpers praised for the help they give (「辛苦了大白 凌晨还在帮忙配药」, 「楼组长太不容易了 下着雨还帮忙去医院拿药」): 还/都/一直
 * before 帮忙 tells what they do, after words of praise; nothing is asked. (「买菜的时候还帮忙带一盒」 with no praise, and
 * 「还请帮忙」, 「麻烦…还帮忙」, ask.)
 */
export const HELP_PRAISED =
  /(?:辛苦|好人|人真好|不容易|点赞|致敬|佩服|了不起|感恩|感谢|(?:谢谢|多谢)(?:各位|你们|我们的|楼里的|小区的)?(?:志愿者|义工|居委|大白|团长|楼组长|医生|护士))[^。!?]{0,24}?(?<!麻烦|请|拜托|能|可以|顺便|再)(?:还|都|一直|每天|天天)(?:在)?(?:帮忙|帮手)(?:去|来)?[^。!?,,\s]{0,6}?(?:配|拿|送|跑|买|取)(?![^。!?]{0,8}(?:吗|[??]))/;

/**
 * Thanks or praise for those who get medicine for others at large — the old, everyone, the building's households (「感谢居委帮我们楼的
 * 老人配药」, 「谢谢志愿者帮老人们跑医院配药」, 「谢谢你们帮这么多户人家配药」): help told, not asked (English thanks of the kind were
 * read right already). (「…帮我们家老人配点药吗」, a question after it, or one's own running out beside it still ask.)
 */
const OTHERS_HELPED =
  '(?:(?:我们|我哋|阿拉)?(?:楼|小区|这栋|楼里|小区里|社区)(?:的|里的|里)?)?(?:独居|孤寡|行动不便的?)?(?:老人(?:们|家)?|长者|居民(?:们)?|大家|邻居们|街坊(?:们)?|人家|(?:这么多|好多|很多|那么多|几十|\\d{1,3})(?:户|家)(?:人家)?)';
export const THANKS_FOR_HELPING_OTHERS = new RegExp(
  `(?:谢谢|多谢|感谢|辛苦|感恩)[^。!?]{0,12}?(?<![我你他她])帮(?:忙)?${OTHERS_HELPED}[^。!?,,\\s]{0,6}?(?:配|拿|攞|送|买|取)(?![^。!?]{0,8}(?:吗|[??]))`,
);

/** What the free pack holds, told (「药包里有两盒布洛芬」, 「藥包得一盒」, 「发了药包 有三盒…」, "the medicine pack has two boxes of …"): its count is no request. */
export const PACK_CONTENTS =
  /(?:药包|物资包|爱心包|礼包|\bmedicine (?:pack|kit|bag)|\bthe (?:free )?pack\b)(?:里|里面|里头|入面|嘅|的)?[^。!?,,\n]{0,8}?(?:有|只有|就|才|得|系|是|\s(?:has|had|contains?|came with|only had|only has)\s)\s*(?:\d|[一两二三四五六七八九十]|two|one|three|a|an)\s*(?:盒|板|包|瓶|袋|粒|片|支|boxes|box|packs?|strips?|bottles?)/i;

/** Those who need it told they can go and buy it (「需要的可以去买」, 「需要的邻居赶快下单」, "whoever needs it can go and buy some"): news for everyone. */
// (「…就剩最后两盒了 要买的抓紧」: those who mean to buy told to hurry — a shop's last boxes are news, not one's own stock.)
export const GO_AND_BUY =
  /(?:要|需要|想)(?:买|配|抢)的(?:人|邻居|朋友|街坊)?(?:们)?(?:赶紧|抓紧|赶快|快点|快去|尽快|早点)|(?:需要|要)(?:的|嘅|额)(?:人|邻居|朋友|街坊)?(?:们)?[^。!?,,\s]{0,3}?(?:可以|就|赶快|赶紧|抓紧|快|自己|尽快)[^。!?,,\s]{0,4}?(?:买|下单|抢|领)|\b(?:whoever|anyone who|anybody who|those who)\s+needs?\b[^.!?]{0,20}\b(?:can|should)\s+(?:go|buy|get|order|grab)\b/i;

/**
 * A medicine's count said of what one has, not asked for: given (送了我们一盒, 畀咗我哋兩盒), sent over by a relative (寄了兩盒普拿疼過來,
 * "posted two boxes of Panadol"), taken ("took 2 paracetamol"), in the
 * pack ("the pack had ibuprofen … x 20"), given away (我把一盒降压药给了对门阿婆), handed out (每户两盒), a box's size (一盒布洛芬二十粒), no use for it (用不上) or bartered away (用两盒…换一瓶酱油;
 * 「匀我两片 我拿水果换」 barters fruit for it, and asks).
 * Read only when nothing is asked and nothing runs out.
 */
export const COUNT_HAD =
  /(?:送|给|分|塞|留|畀|俾|借)(?:了|咗)(?:我们|我家|我哋|阿拉|我)(?:家)?\s*(?:\d|[一两二三四五六七八九十几])\s*(?:盒|瓶|板|包|粒|片|支)|\blent (?:us|me)\b|(?:寄|送|带|捎)(?:了|咗)\s*(?:\d|[一两二三四五六七八九十几])\s*(?:盒|瓶|板|包)[^\s。!?,,]{0,8}(?:过来|过嚟|返嚟|回来|来)|\b(?:posted|sent|mailed|shipped)\s+(?:us\s+|me\s+)?(?:\d|one|two|three|a)\s+(?:boxes|box|packs?|bottles?)\b|\b(?:took|taken|gave (?:him|her|them|me|us)|(?:were|was|got) given)\s+(?:\d|one|two|three|a)\b|\b(?:medicine |free )?pack\b[^.!?]{0,10}\b(?:has|had|contains?|came with)\b|[一1]\s*(?:盒|包|板|瓶)[^\s,,。!!??\d]{2,8}?(?:有|是)?(?:\d{1,3}|[二两三四五六七八九十]{1,3})\s*(?:片|粒|颗|支)|把[^。!?,,\s]{0,6}?(?:\d|[一两二三四五六七八九十几])\s*(?:盒|瓶|板|包|粒|片|支)[^。!?,,\s]{0,8}?(?:给|送|借)(?:了|咗|给|俾|畀)|(?:每户|每人|每家)(?:都)?(?:发|分|派|领)?(?:了)?\s*(?:\d|[一两二三四五六七八九十])\s*(?:盒|瓶|板|包|袋|支)|用不上|用不着|用唔着|(?:用|拿)[^\s。!?,,\d一两二三四五六七八九十几]{0,3}(?:\d|[一两二三四五六七八九十几])\s*(?:盒|瓶|板|包|粒|片|支)[^\s。!?,,]{0,8}换|\b(?:swap|trade)\b/i;

/**
 * What a household keeps by habit, counted (「平时都备三盒」, 「习惯常备两瓶」, 「向来囤两盒」, "we always keep two EpiPens"): the count
 * is what is kept, not asked for. Read, like COUNT_HAD, only when nothing is asked and nothing runs out.
 */
export const KEPT_BY_HABIT =
  /(?:一般|平时|平常|通常|向来|一向|习惯|常年|一直|总是)(?:都)?(?:会)?(?:多)?(?:常)?(?:备|囤|存)(?:着|住|咗)?\s*(?:\d|[一两二三四五六七八九十几])\s*(?:盒|瓶|板|包|粒|片|支|罐)|\b(?:always|usually|normally) (?:keep|have|carry|stock)\s+(?:\d|one|two|three|a couple of|a few|spare)\b/i;

/** A medicine taken and how it went (「吃了布洛芬好一点」, 「食咗必理痛退咗燒」): a report; the people counted beside it no quantity of it. */
export const TAKEN_WITH_EFFECT = /(?:吃|食|服|用)(?:了|咗|过)[^\s,,。!!??]{1,10}?\s?(?:好(?:一)?点|好多了|好些|退(?:烧|了|咗)|有用|见效|舒服(?:多)?了)|\btook\b[^.!?]{0,30}\b(?:feel(?:s|ing)? (?:much |a lot |a bit )?better|fever (?:is )?(?:down|gone|broke))/i;

/** How much others keep, asked (「你们家备了多少退烧药」), or a thing offered to whoever wants it (「有人要中药方子吗 … 我拍照发群里」, 「有人要布洛芬吗 我这多一盒」): talk. */
export const KEPT_OR_OFFERED =
  /(?:你们|大家|各位|你)(?:家)?(?:都)?(?:备|囤|存|准备)了?多少|\bhow (?:much|many)\b[^.?]{0,20}\b(?:do|did) (?:you|people|everyone) (?:keep|stock|have)\b|(?:有人|有没有人|谁|哪位)(?:想)?要[^。!?,,\s]{1,10}(?:吗|伐|么)?[\s,,]{0,2}[^。!?]{0,12}?我(?:可以)?(?:拍照|拍|发|分享|送|给)|(?:有人|有没有人|谁|哪位|边个|边位)(?:家)?(?:想)?(?:要|需要)[^。!?,,\s]{1,10}(?:吗|伐|么|冇)?[\s,,]{0,2}[^。!?]{0,6}?我(?:这|这里|这边|家里|家|屋里|屋企)?(?:还)?(?:多|有多|多了|多咗|多出)/i;

/** A requirement reported ("they need a prescription for antibiotics now"): no need of the writer's (set aside). */
// (「需要带身份证和医保卡」, 「要凭身份证买」, "you need ID", "the hospital needs three days": what a place asks of everyone, or the time it takes.)
export const REQUIREMENT = /(?:要|需要|得|必须)?凭[^。!?,,\s]{1,6}(?:才能|才|先)?(?:买|配|开|拿)|(?:需要|要|得|记得|必须)(?:带|拿|准备|出示)(?:好|上)?(?:身份证|医保卡|社保卡|病历(?:本|卡)?|处方|核酸(?:报告|证明)?|证件|户口本|通行证)|\b(?:the )?(?:hospital|clinic|pharmacy|committee|they|it)\s+(?:needs?|requires?|takes?)\s+(?:\d+|one|two|three|four|five|a few|several|a couple of)\s+(?:days?|hours?|weeks?)\b|\b(?:they|you|we|one|it) (?:will |would )?(?:need|needs|require|requires) (?:(?:a|the|your|an) )?(?:prescription|id|booklet|card|referral|form)\b|\bneeds? a prescription\b(?! refill)/gi;

/** A thing borrowed and given back (「借我们的体温计 今天已经还了」, 「还回去了」, "returned it"), or a spare found ("found an extra box"): no need left. */
export const NEED_GONE =
  /(?:已经|刚刚|刚才|今天|今早|早上|都)(?:还(?:给(?:她|他|你|您|人家|邻居|他们))?了(?![解得])|还回去了|还咗)|还回去了|\breturned (?:it|them)\b|\bfound (?:an? )?(?:extra|spare|another|more|some|old)\b/i;

/**
 * A fetch for someone told as done or under way, not asked (set aside before a request is looked for): a trip to a place to get
 * medicine for someone (「昨天我去仁济东院帮我婆婆配药 排了三个多小时」, 「今朝我去东方医院帮阿爸配药」), for a purpose (「为了帮我们配药 在医院门口排到
 * 晚上九点」), someone named doing it (「前面一个老伯伯帮他老伴配癫痫药」, 「有个阿姨帮她女婿买降压药」), what was fetched (「前两天帮楼上配的替吉奥
 * 发票在我这」), and help found (「后来找了隔壁的小姑娘帮忙」, 「搵咗個義工幫手」). A modal or a call before it (能, 可以, 谁, 麻烦, 请, 想, 要, 有没有人)
 * makes it a request and it is not set aside: 「谁明天去东方医院 能不能帮我配两盒」, 「麻烦志愿者去医院帮我妈配一下」.
 */
const ASKING_BEFORE = '(?<!(?:能|可以|谁|麻烦|请|想|要|拜托|求|有没有人|哪位|能不能|可不可以|希望|让|叫)[^。!?,,\\s]{0,8})';
export const FETCH_TOLD = new RegExp(
  [
    '为了帮[^。!?,,\\s]{0,6}?(?:配|买|拿|攞)(?:药)?',
    // (A habit of one's own, 「我天天帮我爸排队买降压药」: told, not asked.)
    `${ASKING_BEFORE}(?:天天|每天|每日|经常|一直|成日|平时)(?:都)?(?:在|要|去)?帮[^。!?,,\\s]{1,8}?(?:配|买|拿|攞)(?:药)?`,
    `${ASKING_BEFORE}(?:去|到|在)(?!帮)[^。!?,,\\s]{1,8}?帮[^。!?,,\\s]{1,5}?(?:配|买|拿|攞)(?:药)?`,
    `${ASKING_BEFORE}(?:阿姨|阿婆|阿伯|伯伯|老伯|老人|老太太|老先生|小伙子?|姑娘|后生仔|志愿者|义工|楼长|楼组长|邻居|人)(?:们|家)?(?:都是|都|也|就|是|正在|在)?帮(?!我|忙|手|帮)[^。!?,,\\s]{1,5}?(?:配|买|拿|攞)(?:药)?`,
    `${ASKING_BEFORE}帮[^。!?,,\\s]{1,5}?(?:配|买|拿|攞)的(?=[\\u4e00-\\u9fff])(?!话|吗|呢|吧|啊|呀|嘛)`,
    '(?:(?:找|搵|揾|请|叫)(?:了|咗|到)|(?:只好|只能|后来|最后|终于|还好|幸好)(?:去)?(?:找|搵|揾|请|叫))[^。!?,,\\s]{1,10}帮(?:忙|手)',
  ].join('|'),
  'g',
);

/** 「家人们谁懂啊」, 「有没有人懂」: slang's "can you believe it", an interjection before a pause, not a question who will help (set aside). */
export const WHO_GETS_IT = /(?:家人们|姐妹们|兄弟们|宝子们)?(?:谁懂|有没有人懂|有谁懂|谁能懂)(?:啊|呀|哇|吧|了)?(?=[\s,,。!!~]|$)/g;

/**
 * Room to keep a medicine cold asked of neighbours (「谁家冰箱有空 借我放两天」, 「邊位街坊雪櫃有位借我放」, 「谁家有冰袋 借我两个」,
 * "could a neighbour keep it in their fridge"): what is borrowed is the fridge or the ice pack, not the medicine. Read only when
 * no medicine is said to run short beside it.
 */
const COLD_KEEPER = '(?:冰箱|雪柜|冰柜|冷柜)';
const COLD_PACK = '(?:冰袋|冰包|冰排|保温箱|保温袋|保温包)';
export const STORAGE_ASKED = new RegExp(
  [
    `${COLD_KEEPER}(?:里|里面)?(?:还)?(?:有空|有位|有地方|空位|(?:能|可以)?腾)`,
    // (「借我放两天」 only where something cold is spoken of: 「布洛芬借我放家里备着」 borrows the medicine.)
    `借(?:我|给我)?(?:个地方|个位)?(?:放|冰|冻|冷藏)(?=[^]*?(?:${COLD_KEEPER}|${COLD_PACK}|冷藏|冷冻|\\bfridge\\b))|(?<=(?:${COLD_KEEPER}|${COLD_PACK}|冷藏|冷冻)[^]*?)借(?:我|给我)?(?:个地方|个位)?(?:放|冰|冻|冷藏)`,
    `借[^。!?]{0,4}(?:${COLD_KEEPER}|${COLD_PACK})`,
    `${COLD_PACK}[^。!?]{0,6}借`,
    "\\b(?:keep|store|put)\\b[^.!?]{0,20}\\bin (?:their|your|a neighbou?r'?s?) (?:fridge|freezer)\\b",
    '\\b(?:borrow|lend|spare)\\b[^.!?]{0,12}\\b(?:fridge|freezer|ice ?packs?|cool(?:er)? ?(?:box|bag))\\b',
  ].join('|'),
  'i',
);

/**
 * The writer gathering needs up and passing them on (「我晚上统一报上去」, 「明天我来统计」, 「我明天一起汇总给居委」, "I'll collect everyone's
 * list"): a building lead's rounds report, the need told of another household is theirs to pass on, not asked of the bot here.
 * Only what the writer will do (a time, 来, 会, 统一 before it): 「我统计了一下 … 志愿者什么时候来拿」 is a tally done and handed over, a request.
 * (「帮我报上去」 asks: the writer is no subject there.)
 */
export const LEAD_GATHERS =
  /(?<![帮替给让叫请])我(?=(?:今晚|晚上|明天|明早|明朝|听日|等下|等一下|回头|下午)|来|会|再|负责|统一|一起|一齐|集中)(?:今晚|晚上|明天|明早|明朝|听日|等下|等一下|回头|下午)?(?:来|会|再|负责)?(?:统一|一起|一齐|集中)?(?:报上去|汇总|统计|收集)(?!了)|\bI'?ll (?:collect|gather|compile|tally|put together)\b|\bI'?ll pass (?:it|them|this|these|everything) on\b/i;

/**
 * A low stock told with the need already seen to (set in the "no need now" weighing, only when nothing is asked): just got it
 * (「今天刚配到」), someone of the household or a helper bringing it or gone for it (「我女儿今天会送过来」, 「已经叫儿子去医院拿了」, 「我老公已经去
 * 医院排队了」, "the volunteer already picked it up"), or the neighbours told not to worry (不用担心, 覅担心).
 */
export const SEEN_TO =
  /刚(?:刚|才)?(?:配|拿|买|收|领|攞)到|(?:不用|覅|勿要|唔使|别)(?:担心|操心|挂心)|(?:女儿|儿子|囡囡|老公|老婆|孩子|小孩|家里人|亲戚|老伴|志愿者|义工|居委|楼长|楼组长)[^。,,!!??\s]{0,4}(?:今天|明天|明早|等下|晚上|已经|正在)?(?:会|已经|正在)[^。,,!!??\s]{0,6}?(?:送|带|拿|买|配|攞|排队)|已经(?:叫|让|喊|托|请)[^。,,!!??\s]{1,10}(?:拿|买|配|取|带|攞)|\balready (?:picked|got|collected|fetched) (?:it|them|some)\b|\b(?:is|are|will be) (?:bringing|getting|picking up|collecting) (?:it|them|some)\b/i;

/** The neighbours asked about their own stock beside one's own (「你们家呢」, 「侬拉屋里哪能」, 「你们家老人的…还有多少」): stock compared, not a need. */
export const STOCK_COMPARED =
  /(?:你们|侬拉|你哋|大家|各位)(?:家|屋里|屋企)?(?:的|额|嘅)?[^。,,!!??\s]{0,10}?(?:呢|哪能|点样|怎么样|还有多少|够不够|还够吗|够吗)(?=$|[\s,,。!!??])/;
