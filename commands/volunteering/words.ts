/**
 * Reading what volunteers write about themselves: skills and when they can help, from free text
 * in simplified Chinese (the router has already turned traditional into simplified) or English.
 */

/** Skills as stable English words; what residents call them is in SKILL_WORDS. */
export const SKILLS = [
  'doctor',
  'nurse',
  'pharmacist',
  'driver',
  'translator',
  'delivery',
  'patrol',
  'medicine',
  'testing',
  'coordination',
  'counselling',
  'general',
] as const;
export type Skill = (typeof SKILLS)[number];

/** Skills that answer an emergency call first. */
export const MEDICAL_SKILLS: Skill[] = ['doctor', 'nurse'];

/**
 * Any task, said as "whatever I am told, that I do": the question word twice, the first after being told or sent
 * (「叫我干啥我就干啥」, 「安排我去哪我就去哪」, 「侬讲做啥就做啥」); "whatever you tell me"; "general help".
 * (「想吃啥就做啥」 is cooking, not being sent.)
 */
export const WHATEVER_TOLD =
  /(?:叫|让|派|安排|要|需要|说|讲)(?:我)?(?:做|干|去)(?:什么|啥|嘛|哪(?:里|儿)?)(?:我)?就(?:做|干|去)(?:什么|啥|嘛|哪(?:里|儿)?)|\bwhatever (?:you|u) (?:tell|ask|want|need) me\b|\bgeneral (?:help|stuff|duties|tasks|work|labou?r|support)\b/i;

/**
 * "anything" narrowed by what follows it ("anything medical", "anything heavy", "anything language-related"): only that kind of
 * job, never any job (general). Left open ("anything you need", "anything at all") it is general.
 */
export const ANYTHING_NARROWED = String.raw` (?:[a-z]+(?:al|ic)\b|heavy\b|[a-z]+-related\b|to do with\b|involving\b|in [a-z]+ish\b)`;

const SKILL_WORDS: Record<Skill, RegExp> = {
  // translator: "the English guy in no.12", "a French couple": a nationality said of the writer is who they are, no language offered.
  // driver: 「以前开卡车的」, 「开了二十年公交」, 「揸大巴」: a road vehicle driven for a living (not 叉车, 铲车, 挖机 on a site).
  // 村医, 乡医: a village doctor (not the one whose prescription is read: 「村医开的药」).
  doctor: /(?<!看|找)中医|(?<!看|找)(?:村医|乡医)(?!开|说|讲|看)|厂医|校医|西医|牙医|(?:内|外|儿|妇|眼|骨|皮肤|口腔|急诊|全)科(?:医生|大夫|医师)|医生|大夫|医师|dentist|surgeon|paediatrician|pediatrician|医院(?:工作|上班)|doctor|physician|\bgp\b|\bmd\b/i,
  // 「学护理的」, 「护理专业」, "nursing student": a student of the trade is not yet in it (as 学医 is no doctor).
  nurse: /护士|(?<![学读念])护理(?!系|学院|学生)|护师|医护|nurse|nursing(?! student| school)|\bRN\b/i,
  pharmacist: /药剂师|药剂科|药师|(?<![学读念])药学(?!院|生)|(?:药房|药店)(?:的)?(?:上班|工作|店员)|在[^,,。]{0,6}(?:药房|药店)[^,,。]{0,4}(?:上班|上过班|工作|工作过|干|做|当|打工)|\bwork(?:ed)? (?:at|in) a pharmacy\b|pharmacist/i,
  driver: /私家车|面包车|司机|(?:开|揸|驾驶?)(?:了|过)?(?:[\d一二两三四五六七八九十几]+年)?(?:的)?(?:卡车|大卡|集卡|公交车?|大巴|客车|长途车|渣土车|救护车|校车|班车)|有车|开出租|出租车|揸(?:车|的士|货车|[^。,,\s]{0,4}的士)|的士|网约车|开滴滴|有(?:[一两二三几\d])?辆(?!电动车|自行车|电瓶车|单车|电动三轮|三轮|平板车|小?推车)|有(?:[一两二三几\d])?(?:台|部|架)(?!电动车|自行车|电瓶车|单车|电动三轮|三轮|平板车|小?推车)[^。,,\s]{0,6}(?:车|suv)|[\d一二两三四五六七八九](?:座|人)车|商务车|开车|出车|驾驶|驾照|(?<![A-Za-z])[A-D][12]?(?:照|本)(?![A-Za-z\u4e00-\u9fff])|driving licen[cs]e|\b(?:full|clean|valid) (?:uk |hk )?licen[cs]e\b|driver'?s licen[cs]e|\b(?:c1|b2|hgv|lgv|cdl) licen[cs]e|车辆|货车|座车|driver|drive|\bcar\b|\bvan\b|\bsuv\b/i,
  translator: /翻译|英语|英文|外语|外文|普通话|[日韩法德俄]文|(?:上海|温州|宁波|苏州|闽南|潮汕|客家|四川|广东|福建)话|方言|(?:我来|我可以|帮忙)翻(?:一下)?(?=$|[\s,,。!!])|日语|韩语|法语|德语|粤语|手语|俄语|西班牙语|阿拉伯语|意大利语|葡萄牙语|泰语|越南语|印地语|尼泊尔语|笔译|口译|\bcatti\b|translat|(?:english|french|japanese|korean|\b(?:spanish|russian|german|arabic|italian|portuguese|thai|vietnamese|hindi|nepali|mandarin|bilingual)\b)(?! (?:guy|man|men|woman|women|lady|ladies|bloke|chap|girl|boy|couple|family|neighbou?rs?|expats?|here)\b)|interpret|sign language/i,
  delivery: /(?:运|拉|搬|送|派|分|发)(?:运|拉|搬|送|派|分|发|点|个)?(?:东西|货|物资|物事|菜|米|水|饭|餐)|派发|配送|送货|(?<=要|需要)(?:帮忙)?(?:代)?买(?:菜|东西|米|水)(?=的)|拎(?:菜|东西|米|水|物资)|(?:拎|提|拿|背|扛|搬|送)[^。,，\s]{0,4}上楼|送菜|送东西|送物资|发菜|送饭|发东西|搬运|搬东西|搬物资|搬搬|扛(?:扛|东西|米|水|物资|重物)|力气(?:大|活)|(?<![没不])力大|(?:要|需要)(?:搬|抬|扛)|(?:可以|能)帮(?:忙)?(?:搬|抬|扛)(?![家迁])|身强力壮|年轻力壮|搬(?=的|嘢)|(?:东西|物资|货)(?:要|需要)?(?:运|搬|拉)|体力活|分发|发物资|分物资|运物资|物资运输|运输|(?<!(?:配|取|买|拿)药)跑腿|(?<=(?:配|取|买|拿)药[、和跟及]?)送(?:个|点)?药|三轮|平板车|小?推车|快递|grocer(?:y|ies)|(?:shopping|supply|supplies|food|water) runs?|(?<!medicine |medical |pharmacy )errands?|mov(?:e|ing) (?:[^.,]{0,15}\b)?(?:stuff|things|boxes|furniture|supplies)|顺便带(?![^。,,]{0,3}药)|代买|(?<!不要|别|不能|不让|不用)带(?:点|些)?(?:东西|菜|物资|货|快递|外卖)|(?:载|拉)(?:货|物资|东西)|帮(?:忙)?买(?:菜|东西)|帮[^。,，\s]{1,6}买(?:菜|东西)|(?:买菜|买东西)[^。]{0,8}带|delivery|deliveries|deliver|carry|carri(?:ed|es)|\bdrop(?:ped|ping)? (?:off|\w+ off|[^.,]{0,20}\bat (?:\w+'s |your |their |the )?doors?\b)|lifting|\blift (?:heavy|things|stuff|boxes)|unload(?:ing)?|hand out|handing out|distribut/i,
  patrol: /night ?watch|keep(?:ing)? watch|neighbou?rhood watch|巡逻|巡楼|巡查|值守|站岗|门岗|值班|值夜|守夜|守(?:上|下)半夜|patrol|guard/i,
  // 「送菜送药都行」: medicine carried beside food is goods delivered (delivery); 送药 alone is the medicine run.
  // 「配药跑腿」, "medicine errands": the errand is the medicine run's (medicine only); 「配药送药」: fetched, then carried to the
  // door, is the run and the carrying (medicine and delivery) — both in the delivery words above.
  // 「从医院拉药回来」, 「帮大家运药」: medicine hauled by van or car is the medicine run too.
  // 「统计各家配药的名单」, 「汇总配药需求」: 配药 as what a list or form is of is paperwork (coordination), not the run.
  // 拎药, 攞药 (Cantonese) as 拿药; "pick up prescriptions". ("hospital runs" stays driver only, as rounds 7 and 8 read it.)
  medicine: /(?:拎|攞)(?:点|些)?药|\b(?:pick(?:ing)? up|collect(?:ing)?|fetch(?:ing)?|get(?:ting)?) (?:\w+ ){0,2}prescriptions?\b|配药(?![的额]?(?:单子|名单|清单|登记表|登记单|表格|表|需求|信息|数据|统计|汇总))|执药|取药|买药|(?<![吃服用买])(?:拉|运)(?:点|些)?药|(?:带|捎)(?:的|点|些)?(?:常用)?药|(?<!送(?:菜|饭|米|水|东西|物资|餐|货)[、和跟及]?)送(?:个|点)?药(?![、和跟及]?送)|拿药|跑医院|代购药|medicines? (?:runs?|deliver|pick)|(?:runs?|trips?|errands?) (?:for|to get) (?:\w+ )?medicines?|(?:get|fetch|pick(?:ing)? up|deliver|buy|bring|collect)\w* (?:\w+ ){0,2}medicines?|help(?:ing)? with (?:\w+ )?(?:medicines?|meds)\b|pharmacy runs?|(?:medicine|medical|pharmacy) errands?/i,
  testing: /(?<!做|测|去做|做完|测完|做了|做过)核酸|核酸(?:采样)?都(?:得|可以|行|会)|(?:做|搞)核酸[也都](?:得|行|可以|会)|核酸(?:采样|扫码|登记|引导|志愿|点|的时候|时|现场)|(?<!随时|明天|今天|马上|现在|上午|下午|晚上|都|也)(?:可以|能|会|帮(?:忙)?)(?:去|来)?(?:做|搞|帮)核酸(?!了|吗)|抗原|采样|扫码|快筛|testing|swab|scan(?:ning)? (?:the )?(?:qr |health )?codes?|\bpcr\b|nucleic acid/i,
  coordination: /管理|协调|统计|汇总|文书|表格|填(?:填)?表|排班|排更|(?:名单|清单|单子|登记表)[^。,，\s]{0,3}(?:我来|我可以|我能)?(?:整理|统计|汇总)|做表|(?:会|能)用电脑|coordinat|admin|spreadsheet|(?<!(?:english|chinese|language) )paperwork/i,
  counselling: /心理|咨询师|社工|(?<!(?:孩子|小孩|学生|小朋友|网课|功课|作业)[^。,，]{0,6})辅导(?!功课|作业|孩子|小孩|学生)|谈心|倾偈|讲心事|陪(?:人|老人)?聊(?:天)?|counsel|psycholog|(?<!physio)therap/i,
  // 「两个人都可以出力」: 都可以 before a verb is "both can", not "anything".
  general: new RegExp(`${/(?<!周末|晚上|白天|上午|下午|早上|时间|随时|每天|天天|什么时候|哪天|几点)都可以(?![\u4e00-\u9fff](?<![的啊呀吧哦啦]))|any job|whatever(?:'s| is)? (?:needed|required)|(?:哪里|哪儿|哪)(?:需要|缺人|要人)(?:我)?(?:就)?(?:去|到|上)(?:哪里|哪儿|哪)|随叫随到|wherever (?:i'?m|i am) needed|whatever you need|anything (?:is )?needed|什么(?:活|事)?都(?:行|能|会|可以|做得|得)|啥(?:活|事)?都(?:行|能|会|可以|做得|得)|\bor anything\b/.source}(?!${ANYTHING_NARROWED})|${/打杂|无特长|没有特长|哪里需要|哪里缺人|哪里要人|缺人[^。,,]{0,4}派我|(?:需要|缺)人手[^。]{0,8}(?:喊|叫|找|揾)我|(?<!要(?!帮|我)[^。,，\s]{1,4}的)尽管开口|大小(?:事|活)|\b(?:big or small|odd) jobs?\b|(?:哪个|三个|几个|每个|两个)都(?:行|可以)|(?<!要(?!帮|我)[^。,，\s]{1,4}的)尽管(?:说|讲|派)|any task|anything(?! (?:happens?|goes wrong|comes up|about|on|regarding|related))/.source}(?!${ANYTHING_NARROWED})|${WHATEVER_TOLD.source}`, 'i'),
};

/** What voice input writes for the words of volunteering, read as meant (only for reading). */
const SOUNDS_ALIKE: [RegExp, string][] = [
  [/自愿者|志原者|志远者|志怨者/g, '志愿者'],
  [/报明|报铭/g, '报名'],
  // 「帮我报个名」, 「报一下名」: the measure word split inside the verb.
  [/报(?:个|一个|一下|下|上)名/g, '报名'],
  [/以经|己经/g, '已经'],
  [/(?<=[送收拿交])道(?=了|啦|$|\s)/g, '到'],
  [/搞订/g, '搞定'],
  // Cantonese beyond src/kernel/dialect.ts: 落去 is going down, 等阵 a moment, 依家 now, 出声 say so, 乜都 anything,
  // 帮到手 can help.
  [/落(?=去)/g, '下'],
  // Shanghainese 摆辣…浪: put at … on.
  [/(?<=[放摆搁坐住])辣/g, '在'],
  [/(?<=[\u4e00-\u9fff])浪(?=了|\s|$)/g, '上'],
  [/出声|话我知/g, '说一声'],
  [/乜(?=都|也)/g, '什么'],
  [/帮(?:到|得)手/g, '可以帮忙'],
  [/等阵/g, '等一下'],
  [/依家/g, '现在'],
  // Pinyin: "wo qu", "jie le", "bao ming".
  [/\bwo qu\b/gi, '我去'],
  [/\bwo lai\b/gi, '我来'],
  [/\bjie le\b/gi, '接了'],
  [/\bbao ?ming\b/gi, '报名'],
  [/(?<=[去来做接送])不料/g, '不了'],
  // 借 for 接, only where nothing is borrowed: 「借了」, 「我借这个」 (not 「借我个推车」, 「借过」).
  [/^借(?=了|[\s!!。]|$)|(?<=我)借(?=这|那|单|了|[\s!!。]|$)/g, '接'],
];
export function soundsAlike(text: string): string {
  let t = text;
  for (const [re, word] of SOUNDS_ALIKE) t = t.replace(re, word);
  return t;
}

/** SKILL_WORDS, each able to find every place it is named. */
const EVERY_SKILL_WORD = Object.fromEntries(SKILLS.map((s) => [s, new RegExp(SKILL_WORDS[s].source, SKILL_WORDS[s].flags + 'g')])) as Record<Skill, RegExp>;
/** 「搬东西不行」, 「不会开车」, 「没有车」: a skill said as one the writer lacks. */
const LACKED_AFTER = /^(?:的话)?(?:(?:我|阿拉)?帮不上|不行|不了|不会|不太行|不方便|做不|干不|搬不|开不)/;
const LACKED_BEFORE = /(?:不会|不能|没有|没|不太会|不大会|不懂)(?:用(?:手机|电脑)?)?$|不是[^,,。\s]{0,4}$/;

/** The skills a text names, in SKILLS order; one named only as lacked is left out. */
export function findSkills(text: string): Skill[] {
  return SKILLS.filter((s) => {
    if (!SKILL_WORDS[s].test(text)) return false;
    for (const m of text.matchAll(EVERY_SKILL_WORD[s])) {
      const end = (m.index ?? 0) + m[0].length;
      if (!LACKED_AFTER.test(text.slice(end, end + 5).trimStart()) && !LACKED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 7), m.index))) return true;
    }
    return false;
  });
}

export const AVAILABILITY = ['morning', 'afternoon', 'evening', 'weekdays', 'weekend', 'allday'] as const;
export type Availability = (typeof AVAILABILITY)[number];

const AVAILABILITY_WORDS: Record<Availability, RegExp> = {
  morning: /上午|早上|早晨|朝早|上昼|白天|morning|daytime/i,
  afternoon: /下午|中午|下昼|晏昼|白天|afternoon|daytime/i,
  evening: /晚上|夜晚|夜间|夜里|晚间|夜头|夜晚头|下班后|放工后?|收工后|傍晚|evening|night|after work/i,
  // Retired people name their days: 「我礼拜三礼拜五有空」, 「工作日都行」, "Mondays and Thursdays" (not 「每周一次」, 「上周三」).
  weekdays: /工作日|(?<![每一几上])(?:周|星期|礼拜)[一二三四五](?![次回])|\bweekdays?\b|\b(?:mon|tues|wednes|thurs|fri)days?\b/i,
  // Office workers help when they are off: 「周末」, 「礼拜六」, "weekends".
  weekend: /周末|双休|周[六日天]|星期[六日天]|礼拜[六日天]|weekends?|saturdays?|sundays?/i,
  allday: /全天|随时|都行|整天|每天|天天|24小时|any ?time|all day|whenever/i,
};

/** When a text says the person can help; "全天" wins over the parts of the day. */
export function findAvailability(text: string): Availability[] {
  const found = AVAILABILITY.filter((a) => AVAILABILITY_WORDS[a].test(text));
  return found.includes('allday') ? ['allday'] : found;
}

/** Whether a text reads as "I want to sign up" (a reply to a recruit post). */
export const SIGN_UP_WORDS = /报名|我来|我可以|参加|算我一个|加我|^\+1|^1$|接龙|志愿|sign ?up|count me in|i can help|join|volunteer|i'?d like to help/i;

/** Names of the teams residents use; any other name a secretary types is kept as typed. */
export const TEAM_ALIASES: Record<string, string> = {
  转诊: '就医转诊',
  就医: '就医转诊',
  核酸: '核酸抗原',
  抗原: '核酸抗原',
  物资: '物资分发',
  分发: '物资分发',
  配药队: '配药',
  管理: '志愿者管理',
};

/** Someone of the writer's household, as written, who could be the one offering. */
const KIN_ZH = '老伴|老公|老婆|爱人|愛人|媳妇|媳婦|丈夫|妻子|太太|儿子|兒子|女儿|女兒|我妈|我媽|我爸|妈妈|媽媽|爸爸|孙子|孫子|孙女|孫女|外孙|外孫|女婿|儿媳|兒媳|老头子|老頭子|老太婆';
/** The relative is the subject of the offer: 「我家老伴也想当志愿者」, 「我儿子会开车 他可以帮忙」, 「阿拉老头子老早是开车额」. */
const KIN_OFFERS = new RegExp(`^(?:[^,,。.!!??]{0,6}?)(?:我家|我们家|我們家|阿拉屋里|阿拉)?(${KIN_ZH})(?:以前|之前|原来|老早|过去)?(?:也|说|說|想|要|可以|愿意|願意|会|會|是|报|報|能|挺)`);
const KIN_OFFERS_EN = /\bmy (wife|husband|son|daughter|mother|mum|mom|father|dad|partner)\b (?:also |too )?(?:wants|would|could|can|is|was|will|says|said|has|offers|offered)\b/i;
/** "please sign my son up", "put my wife down as a volunteer": the relative signed up by the writer. */
const KIN_SIGNED_UP_EN = /\b(?:sign|put|add|register|write) my (wife|husband|son|daughter|mother|mum|mom|father|dad|partner) (?:up|down|in)\b/i;
/** The writer offers too: 「我和老伴都想当志愿者」, "my wife and I". */
const WRITER_TOO = /我和|我跟|我与|我與|和我|跟我|我们|我們|我俩|我倆|阿拉两个|阿拉兩個|\bwe\b|\bme and my\b|\band i\b|\bboth of us\b|\bus\b/i;

/**
 * Who offers to volunteer when it is not the writer (a spouse or parent without a chat of their own),
 * as written; undefined when the writer offers (alone or with them).
 */
export function personOffering(text: string): string | undefined {
  if (WRITER_TOO.test(text)) return undefined;
  return KIN_OFFERS.exec(text)?.[1] ?? (KIN_OFFERS_EN.exec(text) ?? KIN_SIGNED_UP_EN.exec(text))?.[1]?.toLowerCase();
}
