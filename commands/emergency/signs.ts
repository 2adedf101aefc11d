/** The lexicon of danger: signs that page, the uncertain middle, calls for a medic, urgency — the words, not the decision (recognise.ts). */

/** A hypo told by its cause: insulin or a sugar pill taken and no meal (「打了胰岛素 晚饭没吃」, "took his insulin and skipped dinner"). */
export const HYPO_CAUSE = '(?:胰岛素|降糖药|降糖的药|insulin|diabetes (?:pills|meds|medicine))[^.。]{0,12}(?:没(?:有)?(?:吃|食)|skipp\\w*|didn\'?t eat|never ate|hasn\'?t eaten|not eaten|no (?:dinner|lunch|breakfast|food|meal))|(?:skipp\\w*|didn\'?t eat|hasn\'?t eaten|never ate)[^.。]{0,20}(?:after|since) (?:his |her |their |the )?(?:insulin|diabetes (?:pills|meds|medicine))';
/** Sweat, however it is said: 出冷汗, 出了一身汗, 浑身是汗, "sweating", "clammy". */
const SWEAT = 'sweat|clammy|冷汗|出汗|(?:一身|满头|满身|浑身|全身)(?:是|都是|的)?(?:冷)?汗|汗(?:出)?(?:很多|好多|直流|直冒)';
/** A sugar measured low (血糖只有2.8, 测了血糖2.3, "his sugar is 2.6"). */
const LOW_SUGAR_READ = '(?:sugar|glucose|血糖)\\s*(?:is\\s*|was\\s*|of\\s*|at\\s*|只有\\s*|才\\s*)?(?:[12](?:\\.\\d)?|3\\.[0-4])(?![\\d.])';
/** Low blood sugar, in the words of a diabetic's family: with confusion or with sweat and shaking it is a hypo. */
export const SUGAR = `${HYPO_CAUSE}|(?:sugar|glucose|血糖)\\s*(?:is\\s*|was\\s*|of\\s*|at\\s*|只有\\s*)?(?:[12](?:\\.\\d)?|3\\.[0-4])(?![\\d.])|糖尿病|低血糖|血糖(?:很|太|特别|好|突然)?(?:低|掉)|diabet|(?:sugar|glucose) (?:is |very |too |so |level )*(?:low|dropp|crash)|low (?:blood )?sugar|hypo(?:glyc\\w*)?\\b`;
/** A mind not clear: confusion, speech gone, hard to wake. With low sugar, a head knock or heat it is danger. */
export const CONFUSED =
  '认(?:唔|不)(?:到|出)(?:人|我|佢|他|她)|认唔得(?:人|我)|讲(?:嘢|话|闲话)(?:乱晒|乱七八糟|颠三倒四)|乱讲(?:嘢|话)|糊涂|迷糊|意识不清|神志不清|不清醒|说胡话|胡言乱语|颠三倒四|语无伦次|答非所问|认不出人|不(?:太)?认(?:得)?人|说不清|说不出话|话(?:都|也)?说不|反应(?:很|特别)?(?:慢|迟钝)|叫不醒|叫(?:他|她)?(?:也|都)?不(?:太|大|是很|怎么)?(?:回)?(?:应|理)|(?:叫|喊)(?:他|她)?(?:也|都)?没(?:什么|啥)反应|应都不应|答不上(?:来)?|答不出|(?:讲话|说话|讲闲话|讲嘢)[^。,,]{0,4}(?:怪怪的|不对劲|不对头)|问(?:他|她)?(?:话)?(?:也|都)?不(?:太|怎么)?(?:答|回答|回应)|barely (?:answer|respond)\\w*|嗜睡|一直想睡|confus|not making sense|(?:talking|mumbling|muttering) (?:nonsense|gibberish)|not (?:speak|talk)(?:ing)? (?:normal|proper|right|clear)|drowsy|disoriented|slurr|won\'?t wake|hard to wake';

/**
 * Signs of danger now, each with what it is: the body's state, in the words people use when it
 * happens (「叫不醒」, 「一动不动」, 「嘴唇发紫」, "isn't breathing"). A sign is a phrase, never a lone
 * word like 救命.
 */
/*
 * 「不动了」 is stillness after the one named, an adverb (就, 都, 突然就) or where they lie (地上, 躺着); after a verb it is what one can
 * no longer manage (抢不动了, 排不动了, 报不动了: a potential complement), read nowhere as a sign.
 */
export const SIGNS: [string, RegExp][] = [
  ['unconscious', /晕死过去|昏迷|昏倒|昏过去|昏死|晕倒|晕过去|晕了过去|晕厥|不省人事|人事不省|休克|(?:成个人|整个人|全身|浑身|身体)(?:都)?(?:软晒|软掉|软咗|瘫软|软绵绵)|(?:突然|一下子|一下)(?:就)?(?:软下去|软掉|软咗|软晒)|(?:won'?t|doesn'?t|can'?t|isn'?t) open(?:ing)? (?:his|her|their) eyes|(?:gone|went|is) (?:all )?floppy|\blimp\b|(?:and|is|went|gone|all|very|so|really) floppy\b|(?<!要|快)昏(?:忒|掉)了|失去(?:了)?意识|醒不(?:过)?来|(?:叫|喊|拍|推)(?:他|她|伊|佢|都|了)?(?:他|她|伊|佢)?(?:半天|好久|(?:好|半)?(?:几|[一二两三四五六七八九十\d])(?:声|遍|下|次))?(?:也|都|又|还)?(?:不醒|不应|不答应|不响|不(?:吱|出|吭)声|没(?:有)?(?:反应|回应)|不睁眼|(?:唔|不)(?:开|擘)眼|不怎么(?:醒|应)|不(?:太|大|是很)(?:醒|应))|(?:倒|躺)(?:着|在)?[^。!!]{0,8}(?:不动|不会动|动不了|没反应|叫不醒)|睡在(?:地上|地下|地板)[^。!!]{0,8}(?:不动|不会动|动不了|没反应|叫不醒)|(?:卫生间|厕所|浴室|洗手间|厨房|客厅|阳台|卧室|房间|楼道|楼梯)(?:里|里面|上|口)?(?:突然)?倒(?:下)?(?:了|咗)(?=$|[\s,,。!!])|(?:一下子|突然)?(?:就)?(?:倒下(?:去)?|栽倒)了|(?:人|老伴|老头子?|老太(?:婆|太)?|爸|妈|爷|奶|公|婆|他|她|孩子|老人|姨|伯|叔|先生|大白|师傅)(?:突然|一下子)?(?:就)?倒(?:下来|落去|咗落地)(?:了)?|(?<!(?:手机|电脑|屏幕|机器|电视|遥控器|电梯|门铃|微信|网页|小程序|app|按钮|系统|键盘|鼠标)(?:也|都|还|一直|完全)?)(?<!冻(?:得|到|的)[^。,,\s]{0,3})没(?:有)?(?:反应|意识|知觉)|意识(?:不清|模糊)|叫(?:他|她)?(?:他|她)?(?:也|都)?只(?:会|是|知道|能)(?:哼|呻吟|嗯|啊)|神志不清|一动不动|(?<=^|[\s,,。!!他她伊佢人就都也还又着了上里下边板口身脚手腿宝爸妈婆公爷奶伯姨叔伴头太])不动了|叫(?:他|她)?[^。,,]{0,4}反应(?:很|特别|越来越)?(?:慢|迟钝)|没(?:有)?了(?:知觉|意识|反应)|不动[^。!!]{0,4}(?:不应|没反应|叫不醒)|(?:不应|没反应)[^。!!]{0,4}不动|倒(?:在)?(?:地上|地下|卫生间|厕所|浴室|门口|楼道|家里|床边|楼梯|阳台|客厅|厨房|沙发边)|眼睛睁着[^。]{0,4}(?:不说话|不动|没反应|不应)|倒地|人倒了|突然倒下|低血糖[^。]{0,4}(?:晕|昏)|unconscious|collapsed|passed out|\b(?:he|she|mum|mom|dad|husband|wife|grandma|grandpa|granny|nan|man|woman|guy|lady|someone|somebody|son|daughter)\b[^.]{0,16}\bkeeled over\b|slumped (?:over|down|forward)|\bslumped\b[^.]{0,30}\b(?:not|won'?t|doesn'?t|isn'?t) answer(?:ing)?\b(?! any ?more)|blacked out|fainted|\b(?:collapse|faint|pass out|black out)\s*(?:咗|了)|\bI'?m (?:about to|going to|gonna) (?:faint|pass out)\b|unresponsive|out cold|not (?:responding|moving|waking|reacting)|isn'?t (?:responding|moving|waking|reacting)|\bno (?:wake|waking|respond|responding|reaction)\b|(?:won'?t|doesn'?t|can'?t|cannot|not) (?:wake|respond)|hard to wake|can'?t get (?:him|her|them) to respond/i],
  ['breathing', /喘(?:得|到)(?:来)?(?:话|(?:一|半)句(?:闲)?(?:话|嘢|东西)?)?(?:也|都)?(?:说|讲)(?:不|唔)(?:出|了)(?:话)?|(?:out of breath|breathless|gasping)[^.]{0,20}(?:can'?t|cannot|unable to|barely) (?:say|get out) (?:a|one|a single) word|breathing (?:really |very |so )?(?:hard|heavily)[^.]{0,30}(?:can'?t|cannot|barely) (?:talk|speak)|(?:can'?t|cannot|barely) (?:talk|speak)[^.]{0,30}(?:out of breath|breathing (?:really |very |so )?(?:hard|heavily))|(?:说|讲)(?:话|嘢)?(?:讲|说)?(?:[一两二三几]|半)句(?:话)?(?:就|都)(?:要)?(?:停下来)?(?:喘|唞气|透不过气|上不来气|接不上气)|(?:说|讲)(?:话)?(?:说|讲)?不完一句|can'?t (?:finish|complete) a sentence|(?:can'?t|cannot) (?:talk|speak) (?:in full sentences|without (?:stopping|gasping))|asthma attack|哮喘(?:发作|犯了|又犯)|[唞抖](?:不|唔)(?:到|倒|过|顺)气|面青口唇白|口唇(?:发)?(?:白|紫|乌|青)|嘴唇(?:都|有点|有些)?(?:发)?(?:紫|青)(?:了)?|脸(?:色)?(?:都)?发(?:紫|青)|没(?:有)?(?:呼吸|气了|心跳)|(?:呼吸|心跳|脉搏|气息|鼻息)(?:[和跟同、]?(?:呼吸|心跳|脉搏|气息))?(?:好像|似乎|也|都|侪|全|统统)*(?:没(?:有)?了|摸不(?:到|着|出)(?:来)?了|停(?:掉)?了)|\b(?:his|her|their|the) (?:breathing|breath|pulse|heartbeat) (?:is |has |'s )?(?:gone|stopped)\b|没气了|心跳(?:好像|似乎)?(?:停了|没了)|(?:摸不到|摸不着|没有|没)(?:了)?脉搏|no pulse|不呼吸|停止呼吸|呼吸(?:越来越|很|好|特别)?(?:困难|急|急促|微弱|弱|停|不(?:了|上来|过来))|(?:喘|吸|透)不(?:过|上|动|了|到)(?:气)?|气(?:都)?(?:喘|吸)?(?:上不来|不上来|透不过来)|透不过气|上不来气|出不(?:来|了)气|不(?:喘|出)气了|\bcpr (?:is )?(?:in progress|ongoing)|(?:is|are|am|'s|'re) doing (?:chest )?compressions|(?:正在|在)(?:给[^。]{0,4})?(?:做)?(?:胸外)?按压|(?:i'?m|we'?re|someone is|they'?re) doing cpr|(?:正在|在)(?:给[^。]{0,4})?做心肺复苏|(?:喘|呼吸)得(?:好|很|特别|太)?(?:厉害|急|凶)[^。]{0,10}(?:嘴唇|脸)(?:都|也)?(?:发)?(?:白|紫|青)|气(?:都)?出不来|憋得(?:喘不|脸)|憋(?:得)?(?:脸)?(?:都)?(?:红|紫|青)了|不能呼吸|没法呼吸|not breathing|isn'?t breathing|turn(?:ing|ed) (?:blue|purple|gr[ae]y)\b|lips (?:are |turned |turning )?(?:blue|purple)|stopped breathing|(?:can'?t|cannot|can not|could not|couldn'?t) breathe?\b|can'?t catch (?:his|her|their|my) breath|struggling to breathe|trouble breathing|difficulty breathing|hard to breathe|背过气|gasping|barely (?:breathing|breathes|conscious|responsive)|\bno breath(?:ing)?\b|breath (?:very |so )?(?:small|little|weak|slow)|(?:very |so )?(?:slow|shallow|weak) (?:breath|breathing)|breathing (?:is )?(?:very |so )?(?:slow|shallow|weak)/i],
  ['choking', /(?:哭|咳)不出声|(?:吃|咽|吞|含)[^。]{0,16}(?:脸憋|憋得|憋红|憋紫)|噎(?:住|着|到|牢|亲|了(?!一下))|(?:鲠|哽)(?:亲|住|着|到|喉)|卡住了?[^。!!?]{0,8}(?:咳不出|憋|喘不|说不出)|卡(?:住|在)(?:了)?(?:喉咙|嗓子|气管)|(?:喉咙|嗓子|气管)(?:里)?(?:被)?(?:卡|堵)(?:住|着)|(?:吃|咽|吞)[^。!!?]{0,8}卡(?:住|着)了?[^。!!?]{0,8}(?:憋|喘|咳不出|说不出|脸)|窒息|海姆立克(?!\s*(?:急救)?法)|\bchok(?:ing|ed|es)\b/i],
  ['seizure', /(?:成个人|整个人)(?:在)?抽(?![烟血奖签空屉水查时])|抽紧|(?<!烟)抽起来了|牙关(?:咬得)?(?:紧紧|死死)|牙关紧(?:闭|咬)|眼(?:睛)?反(?:晒)?白|反白眼|eyes (?:are )?(?:going|rolling|rolled|turned|turning) (?:up|back)|抽搐|抽(?:蓄|畜|触)|眼睛(?:往|向)?上翻|抽风|抽过去|抽个不停|(?<!烟)抽得(?:很|好|特别)?(?:厉害|停不下来)|having a fit|(?:一直|全身|浑身|高烧|发烧|不停地?|还在|正在|突然|手脚(?:在)?)(?:就)?(?:在)?抽(?![烟血奖签空屉水查时])(?:筋)?|抽筋了[^,,。]{0,6}(?:眼睛|翻白|停不|没反应|叫)|癫痫(?:又)?(?:大)?(?:发作|又犯)|癫痫持续状态|status epilepticus|羊癫疯|羊吊|(?:成个人|全身|浑身)(?:在度|一直|不停)?(?:震|抖个不停)|口吐白沫|眼睛往上翻|翻白眼|(?:全身|浑身)(?:在)?(?:发抖|抖)[^。]{0,8}(?:停不|分钟)|(?:抽|抖)[^。!!]{0,10}(?:\d+|几|[一二两三四五六七八九十])\s*分钟|foaming at the mouth|eyes? (?:are |is )?(?:rolled|rolling|roll|rolls) (?:back|up)|seizure|seizing(?! up)|convuls|fitting|jerking|(?:shaking|twitching|trembling) (?:all over|uncontrollabl)|(?:shaking|jerking|twitching)[^.]{0,30}(?:minutes|won'?t stop|can'?t stop)/i],
  // 「胸口闷 含了两粒救心丸 二十分钟了还是闷」: the chest's rescue pills taken and the trouble still there (README-38 4).
  ['chest', /(?:胸|心口)[^。]{0,20}(?:救心丸|硝酸甘油|保心丸|丹参滴丸|耐绞宁)[^。]{0,16}?(?:还是|还|仍然|仍|都|也)(?:很|好|在|一直)?(?:闷|疼|痛|难受|翳|不见好|不见效|不管用|没(?:有)?(?:用|效|缓解)|不缓解)|(?:冷汗|大汗)[^。]{0,10}(?:心里|心口|胸口)(?:难受|不舒服)|(?:心里|心口|胸口)(?:难受|不舒服)[^。]{0,10}(?:冷汗|大汗)|(?:胸口|心口)像[^。,,]{0,8}(?:疼|痛|压|扎|堵)|胸(?:口)?(?:很|好|特别|非常|一直)?(?:痛|疼|剧痛|绞痛)|胸(?:口)?(?:像)?(?:被)?(?:压|堵|绞)(?:着|住)|(?:心口|胸口)(?:很|好|特别|非常|一直|突然|开始|又|还在|还是|仍然|仍|还|也|仲是|仲系|仲|一阵一阵(?:地|的)?)*(?:剧痛|绞痛|刺痛|痛|疼)|胸(?:口)?(?:好|很|特别|非常)?闷[^。]{0,10}(?:冷汗|出汗|大汗)|(?:冷汗|大汗)[^。]{0,10}胸(?:口)?(?:好|很|特别|非常)?闷|心脏(?:好|很|特别)?(?:难受|疼|痛)|心脏病(?:犯了|发作|发了|又犯|发(?![烧现生展过]))|捂(?:着|住)胸口|心梗|心绞痛|心脏骤停|心跳(?:很|特别|好)?(?:快|慢|停)[^。]{0,8}(?:不行|晕|难受)|捂着胸口|胸闷得(?:讲|说)不出话|胸(?:口)?(?:好|很|特别|非常)?闷[^。]{0,10}(?:要晕|快晕|晕倒|晕过去|昏)|(?:要晕|快晕)[^。]{0,10}胸(?:口)?(?:好|很|特别|非常)?闷|chest (?:is |feels )?(?:very |so |really )?(?:tight|heavy)[^.]{0,40}(?:sweat|faint|pass(?:ing)? out|left arm|jaw)|(?:faint|pass(?:ing)? out|sweat\w*)[^.]{0,40}chest (?:is |feels )?(?:very |so |really )?(?:tight|heavy)|heart attack|chest pains?|clutch\w* (?:at )?(?:his|her|their|my) chest|heart (?:is )?(?:very |so |much )?(?:pain|hurt|sore)|(?:chest|heart) (?:very |so |much )?(?:pain|hurt)[^.]{0,30}sweat|crushing (?:chest )?pain|chest (?:feels )?crushed|chest (?:is |feels )?(?:like it'?s )?crushing|(?:left )?arm (?:hurts|is numb)[^.]{0,20}chest|chest[^.]{0,30}left arm|pain in (?:his|her|my|the) chest|chest (?:hurts|is hurting)|cardiac/i],
  ['bleeding', /(?:切|割|划|砍)(?:得|到)(?:很|好|特别)?深|(?:看得见|看见|露出)(?:了)?骨头|骨头都(?:看得?见|露出来)|cut to the bone|(?:一|一个|一条|一道)(?:大|深|好大|很大|很深)(?:口子|伤口|口)|血(?:哗哗|哗啦啦|汩汩|呼呼|直)(?:地|的)?(?:流|冒|往外)|(?:一地|满地|一床|一身)(?:的)?[^。,,\s]{0,4}血|(?:一直|不停|还在)(?:地|在)?(?:喷|冒|涌)血|血[^。]{0,10}(?:按|压|捂)(?:也|都)?(?:按|压|捂)?不住|(?:按|压|捂)(?:也|都)?不住[^。]{0,6}血|流(?:了)?(?:很多|好多|一地|大量|不少)(?:的)?血|(?:全|都|满)(?:是|身|头|脸|手|地)(?:都|全)?(?:是)?血|血(?:流|淌|喷)(?:了)?(?:一地|好多|很多|不停)|满(?:脸|头|地|身|手)(?:都)?是血|(?:好多|很多|一地|大量|一大摊)(?:的)?血|大出血|血流不止|(?:好大|很大|很深|好深|老大)(?:一个|一条|的)?(?:口子|伤口)|deep (?:cut|wound|gash)|血(?:怎么也)?止不住|止不住(?:血)?|(?:一直|还在)(?:在)?流血|血一直(?:在)?流|头(?:上)?(?:磕|撞|摔)?(?:破了|破|出血|流血|爆血)|头(?:上)?(?:在|一直)(?:出血|流血)|(?:出血|流血)不止|吐血|咯血|割(?:腕|伤了)|bleeding (?:heavily|a lot|badly|everywhere|from (?:(?:his|her|their|the|my) )?(?:back of (?:(?:his|her|their|the|my) )?)?head)|won'?t stop bleeding|(?:bleed\w*|nosebleed|blood)[^.]{0,30}(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|not) stop|(?:spurt|gush|pour|squirt)\w* (?:out )?blood|blood (?:is |keeps )?(?:spurting|gushing|pouring|squirting)|(?:will not|does not|doesn'?t|can'?t|cannot) stop bleeding|(?:vomit\w*|cough\w*|throw\w* up|threw up|spit\w*) (?:up )?blood|blood in (?:his|her|the) (?:vomit|spit)|(?:lots of|a lot of|so much|too much) blood|blood everywhere/i],
  ['stroke', /(?:突然|一下子)(?:一只眼(?:睛)?|眼睛)?(?:看不见|看不清|失明|全黑)|一只眼(?:睛)?(?:全黑|看不见)|sudden(?:ly)? (?:lost (?:his |her )?(?:sight|vision)|can'?t see|blind)|worst headache (?:of (?:his|her|my|their) life|ever)|sudden (?:severe|terrible|splitting|excruciating) headache|头痛欲裂|头(?:突然)?(?:痛|疼)(?:得)?(?:像要)?(?:炸开|裂开)|中风|中了风|话(?:也)?说不(?:利索|清楚|清)|筷子(?:突然)?掉了|(?:突然)?(?:拿不住|握不住|拿不稳)(?:筷子|东西|碗)|嘴(?:巴|角)?(?:也)?歪|口(?:都|也)?歪|唔识讲嘢|讲唔(?:到|出)嘢|口眼歪斜|(?<!(?:喝多|喝醉|醉|酒)[^。]{0,6})(?:讲话|说话|讲闲话)?(?:突然)?大舌头|(?<!(?:不开心|不高兴|生气|委屈|伤心|难过|失望|哭|闹|撒娇)[^。]{0,8})(?:嘴角(?:往下|向下)(?:掉|耷拉|歪|斜)|嘴角(?:耷拉|下垂)|(?:一边|半边|左边|右边)(?:块)?(?:脸|面孔|面|嘴角)(?:往下|向下)?(?:也|都)?(?:掉|耷拉|下垂|塌|歪)|(?:脸|面孔)(?:一边|半边|左边|右边)(?:往下|向下)?(?:也|都)?(?:掉|耷拉|下垂|塌|歪))(?![^。]{0,8}(?:不开心|不高兴|生气|委屈|伤心|难过|失望|要哭|哭了|撒娇))|突然(?:不会|不能)(?:讲话|说话)|说话(?:也)?(?:突然)?(?:含糊|不清|不利索)|(?:讲话|说话|讲闲话|讲嘢)[^。,,]{0,4}(?:含糊|不清)|口齿不清|(?:说|讲)(?:话|闲话)?(?:也|都)?(?:说|讲)?不清爽(?![^。,,\s]{0,2}(?:哪|啥|什么|怎么|为什么|是哪))|(?:突然)?(?:说|讲)不出(?:一句)?(?:闲)?话|(?:讲|说)闲话(?:也|都)?(?:讲|说)不(?:出|清)(?:来)?|(?:一边|半边|一侧|左边|右边|左|右)(?:手脚|身子|身体|身|脸|面|手|腿|胳膊)[^,,。]{0,4}(?:没力气|没劲|没力|动不了|麻|没知觉|不听使唤)|手(?:也)?(?:没劲|抬不起来)|(?:一|只)?只手(?:和|跟|同|加)?(?:一)?只脚[^。,,]{0,4}?(?:突然|一下子)?(?:都|也)?(?:突然)?(?:没力气|没劲|没力|冇力|动不了|郁唔到|麻|不听使唤)|(?:左|右)(?:边)?(?:手|手臂|胳膊)(?:突然)?(?:都|也)?(?:举|抬)(?:不|唔)起(?:来)?|(?<![门路窗洞出入港])(?:嘴|口)(?:巴|角)?(?:好像|好似)?(?:有点|有些|有啲|有一点)歪|(?:左|右|一)(?:边|只)?(?:的)?(?:手|胳膊|手臂)(?:突然)?(?:都|也)?(?:垂|耷拉)(?:下来|下去|着)|\b(?:right|left|one) arm (?:is |was )?(?:just )?(?:hanging|dangling|gone limp|limp|floppy)|face (?:is )?drooping|(?:脸|面)(?:突然|一下子|一下)(?:就)?(?:歪|斜)|(?:脸|嘴)(?:突然|一下子)?歪(?:到|向)一边|can'?t get (?:a|any|his|her|the) words? out|(?:one side|half|left side|right side) of (?:his|her|their|the) (?:face|mouth)[^.,]{0,16}(?:slipp\w*|dropp\w*|sag\w*|fallen|crooked|twisted|droop\w*)|(?:face|mouth|smile)[^.,]{0,20}(?:droop\w*|lopsided|uneven|crooked)|(?:can ?not|can'?t|cannot|could(?:n'?t| not)|unable to) (?:talk|speak)(?!\s+(?:english|chinese|mandarin|cantonese|shanghainese|putonghua|sichuanese|japanese|korean|german|french|hindi|urdu|tagalog|the (?:language|dialect)|\w+ (?:or|and) \w+|much|any|a word|a lot|fluent))|having a stroke|slurr\w*|(?:can'?t|cannot|unable to) (?:lift|move|raise|feel) (?:his|her|their|my) (?:right |left )?(?:arm|leg|hand|side)|not (?:speak|talk)(?:ing)? (?:normal(?:ly)?|properly|right|clearly)|(?:speech|words) (?:is |are )?(?:slurred|garbled)|(?:his|her|their) (?:speech|words) (?:is |are |was |were |all )*(?:jumbled|mixed up)/i],
  ['fall', /(?:摔|跌|掉|滚|栽)(?:了|咗)?(?:下来|下去|落来|落去|落地)[^。!!]{0,16}(?:(?:腿|脚|手|胳膊|手臂|胳臂)[^。,,\s]{0,3}(?:弯(?:了|成)|变形|断了|折了)|骨(?:头)?[^。,,\s]{0,2}(?:戳|露|刺)(?:了)?出)|\bfell\b[^.]{0,40}\b(?:bent the wrong way|(?:leg|arm|ankle|wrist) (?:is |looks )?(?:broken|deformed)|bone (?:is )?(?:sticking|poking) out)|(?:晕|站不稳|站不住|胸(?:口)?(?:闷|痛|疼)|心口|喘|\bdizzy\b|\bfaint\b|\bchest\b)[^。.]{0,30}(?:哐|咚|砰|嘭|扑通|噗通|轰)(?:的)?(?:一)?声[^。.]{0,24}(?:没(?:有)?人(?:接|听|应)|不接|没(?:有)?(?:声音|声|动静|反应))|\b(?:dizzy|faint|chest)\b[^.]{0,60}\b(?:thud|bang|crash)\b[^.]{0,40}(?:(?:doesn'?t|won'?t|isn'?t|not|didn'?t) (?:pick(?:ing)? up|answer(?:ing)?|respond(?:ing)?)|then (?:silence|nothing))|(?:从|喺)[^。!!,,\s]{0,3}(?:床|沙发|梳化|椅子|凳子|轮椅|马桶)(?:上|度)?(?:翻|滚|掉|摔|跌|栽)(?:了|咗)?(?:下来|下去|落来|落去|落嚟|落地)[^。!!]{0,24}(?:起不来|爬不起来|动不了|不能动|郁唔到|郁不了|(?:拉|扶|抱|抬|拖)(?:不|唔)(?:起|动)|喊疼|叫疼|喊痛|叫痛)|\b(?:rolled|fell|fallen|slipped) (?:out of|off) (?:the |his |her |their )?(?:bed|sofa|couch|chair|wheelchair)\b[^.!]{0,60}(?:can'?t|cannot|unable to|won'?t) (?:lift|move|get (?:him|her|them) up|get up|stand)|(?:躺|倒|趴)(?:在)?(?:地上|地下|地板|卫生间|厕所|浴室|床边)[^。]{0,12}(?:不知道|不晓得|也不知)(?:躺|倒|趴)了(?:多久|多长时间|几个小时)|(?:躺|倒|趴)(?:在)?(?:地上|地下|地板)[^。]{0,8}(?:一整夜|一夜|一晚上|好几个小时)|(?:lying|been) (?:on the floor|there) (?:for )?(?:hours|all night|since (?:last night|yesterday))|(?:摔在|跌在|摔倒|跌倒|摔到|跌到|跌落|摔落|跌下来|摔了|跌了|跌跤|跌了一跤|摔跤|摔了一跤|滑倒|绊倒|滚下来|摔下来|掉下来|fell)[^。!!]{0,24}(?:起不来(?!床)|起不來(?!床)|爬不起来|企(?:唔|不)(?:起|到)(?:身)?|爬不出来|动不了|走不动|(?:门)?(?:还)?反锁|只(?:是|会)?(?:哼|呻吟)|(?:弯|扭|折)成[^。]{0,6}(?:奇怪|不正常|反)的?(?:角度|方向|样子)|(?:骨头|手臂|胳膊|手腕|腿)(?:都)?[^。,,]{0,3}(?:变形|断了|折了)|(?:后脑勺|后脑|头)(?:先)?着地|(?:一直|不停)(?:地)?(?:在)?吐(?!槽)|头撞|出血|流血|(?<!没)有血|迷糊|不能动|不会动|站不起来|骨折|没反应|出不来|(?:卡|夹|困)(?:在|住)|can'?t get up|stuck|trapped|wedged|can'?t move|not moving|hit (?:his|her) head|blood)|起不来了|倒了[^。!!]{0,6}起不来|(?:趴|倒|瘫)(?:在)?[^。!!]{0,6}(?:起不来|动不了|站不起来)|(?:坐|躺)(?:在|喺)?[^。!!,,\s]{0,4}(?:地上|地下|地板|楼梯|楼道|厕所|卫生间|浴室)[^。!!]{0,24}(?:起不来|站不起来|动不了|爬不起(?:来|身)?|起不(?:了|来)身|企(?:唔|不)起(?:身)?|扶(?:也)?(?:不|唔)(?:起|动)(?:来|身)?)|(?:(?:头)?(?:好|很|特别|太)?晕|天旋地转)[^。!!]{0,6}(?:站不起来|起不来|站不住|动不了)|fallen and can'?t|(?:not|isn'?t|can'?t|cannot|unable to) (?:getting|get|gets) up (?:from|off) (?:the )?(?:floor|ground)|\bon the (?:\w+ )?(?:floor|ground|pavement|sidewalk|tiles|steps)\b[^.!]{0,70}(?:barely|can ?not|can'?t|could(?:n'?t| not)|unable to|not able to|won'?t) (?:get up|stand|move|talk|speak|respond)|\bon the (?:\w+ )?(?:floor|ground|pavement|sidewalk|tiles|steps)\b[^.!]{0,90}\b(?:not|won'?t|doesn'?t|isn'?t|didn'?t) (?:answer(?:ing)?|respond(?:ing)?|moving|waking|wake|talking|speaking|saying anything)\b(?! (?:the|his|her|my|their) (?:phone|door|calls?|messages?))|\blying\b[^.!]{0,60}\bbleeding\b|fell and can'?t get up|\b(?:fell|fall(?:en)?|fall down|slipped|tripped)\b[^.!]{0,60}(?:bleed(?!ing (?:a (?:bit|little)|slightly))|blood|not answer|no answer|not respond|no response|unconscious)|\b(?:fell|fall(?:en)?|fall down|slipped|tripped)\b[^.!]{0,70}(?:can ?not|can'?t|cant|unable to|no can|not can|no able to) (?:move|get (?:up|out)|stand|walk|climb out)|\b(?:fell|fall(?:en)?)\b[^.!]{0,40}(?:leg|hip|arm) (?:looks |is |might be )?broken/i],
  ['burn', /(?:开水|热水|热汤|热油|滚油|沸水|蒸汽|火)[^。]{0,6}(?:泼|浇|洒|溅|倒|烫|烧)(?:到|在|了)?[^。]{0,16}(?:一大片|大片|大面积|起(?:了)?[^。,,\s]{0,3}?(?:水)?泡|水泡|脱皮|皮都|全身|整(?:个|只|条|片))|皮(?:都)?(?:红|掉|脱)了一大片|(?:烫|烧)伤[^。]{0,6}(?:严重|很重|大面积)|很严重的(?:烫|烧)伤|烫(?:伤|到|了)?[^。!!]{0,8}(?:一大片|大片|大面积|起泡|水泡|脱皮)|badly burn|(?:burn(?:t|ed)?|scald(?:ed)?)[^.]{0,30}(?:badly|blister|peel)|skin (?:is )?(?:peeling|coming) off|scald(?:ed|ing)? (?:badly|all over)|(?:burn|scald)[^.]{0,20}blister/i],
  ['poison', /(?<!食物|食品)中毒|吃药吃错|药吃错了|吃错了药|(?:吃|食)错(?:了)?药|(?:一整瓶|一瓶|一大?把|好几|很多|好多)[^。!!]{0,6}药[^。!!]{0,3}(?:吞|吃)(?:下去|下|掉|了)|被(?:毒)?蛇咬|snake ?bite|bitten by a snake|误(?:吞|服|吃|喝)|偷吃(?:了)?[^。,,!!]{0,8}(?:药|片|胶囊|安眠|农药|消毒)|(?:吞|吃|喝|咽)(?:了|下|进)?[^。!!??]{0,8}(?:电池|纽扣|硬币|磁铁|珠子|农药|消毒|洗衣|漂白|84|老鼠药|一整瓶|好多药|很多药)|喝了(?:农药|消毒水|84|洗洁精|酒精|药)|吃错药|吞了(?:电池|硬币|药)|把[^。!!]{0,8}(?:假牙|电池|纽扣|硬币|磁铁|珠子|农药|消毒|洗衣|洗洁精|洗碗|漂白|洁厕|清洁剂|杀虫|干燥剂|84|老鼠药|安眠药|安定)[^。!!]{0,10}(?:吞|吃|喝|咽)|(?:吃|吞)了[^。!!]{0,8}(?:爷爷|奶奶|外婆|外公|大人|别人|妈妈|爸爸|家里)[^。!!]{0,3}的[^。!!]{0,4}药|(?:小孩|孩子|宝宝|孙子|孙女|女儿|儿子)[^。!!]{0,4}把[^。!!]{0,10}药[^。!!]{0,3}(?:吃|吞)(?:多|错)?(?:了|下)|(?:吃|吞)了(?:一整瓶|一瓶|一整板|一板|一整盒|一盒|一大?把|好几|很多|好多)[^。!!]{0,4}(?:粒|片|颗)?[^。!!]{0,4}(?:药|安眠药)|swallowed (?:a |an |the |some |her |his |my )?(?:whole )?(?:bottle|handful|box|pack|packet|strip|lot|load) of|(?:ate|eaten|swallowed|got into) (?:some of |a few of |one of )?(?:his |her |their |my |the )?(?:grandma|grandpa|granny|nan|gran|grandad|grandmother|grandfather|mum|mom|dad|mother|father)'?s (?:pills|tablets|medicine|meds)|(?:took|taken|swallowed|ate|drank) (?:a |the )?(?:whole|entire) (?:bottle|box|pack|packet|strip|sheet|blister(?: pack)?) of (?:her|his|my|their|the) \w+|(?:吃|喝|吞)(?:了|下|掉)?(?:大?半瓶|一整瓶|整瓶|一整板|整板|一整盒|整盒)[^。!!,,\s]{0,8}(?:药|片|糖浆|胶囊|丸|冲剂|口服液)|(?:小孩|孩子|宝宝|孙子|孙女|女儿|儿子|孙仔|细路|\bkid|\bchild|\btoddler|\bgrandson|\bgranddaughter)[^。!!.]{0,6}(?:我|大人|爷爷|奶奶|外婆|外公|妈妈|爸爸|家里|老人|\bmy|\bgrandma'?s|\bgrandpa'?s)的?[^。!!.]{0,24}(?:一直(?:在)?睡|眼睡|睡个不停|昏昏沉沉|昏睡|迷迷糊糊|叫不太醒|\bdrowsy|\bkeeps? falling asleep)|swallowed (?:a |an |some |the |his |her |my )?(?:button )?(?:battery|batteries|magnets?|coins?|bleach|detergent|poison|pills)|(?:drank|swallowed) [^.!?]{0,24}(?:bleach|detergent|pesticide|cleaner|cleaning|poison|antifreeze|disinfectant|laundry pod)|got into [^.]{0,20}(?:pills|medicine|tablets)|(?:ate|swallowed) (?:a lot of|some|all|the whole|a handful of) [^.]{0,12}(?:pills|tablets)|\b(?:double|twice|too many|wrong)\b[^.]{0,30}(?:pills?|tablets?|medicine|meds|dose|insulin)[^.]{0,60}(?:barely|can'?t (?:stand|walk|wake)|vomit|throwing up|confus|drowsy|won'?t wake|unconscious)|(?<!food )poison(?!ing from food)|overdos\w*|\bOD'?(?:'d|ed)\b|(?:took|taken|swallowed) too many|(?:took|taken|swallowed|ate|drank) (?:a |the )?(?:whole|entire) (?:bottle|box|pack|packet|strip) of [^.,!?]{0,20}(?:pills|tablets|medicine|meds|painkillers)|too many (?:sleeping )?pills|(?:took|taken|swallowed|ate|drank) (?:too |so |very )?(?:many|much|lots of|a lot of|a bunch of|all (?:the|her|his|my)|a whole) [^.]{0,16}(?:pills?|tablets?|medicine|meds|sleeping)/i],
  // A pressure of 180 and over with a headache, vomiting or dizziness: a hypertensive crisis.
  ['pressure', /(?:\b[Bb][Pp]\b|[Bb]lood pressure)[^.\d]{0,6}(?:1[89]\d|2\d\d)[^.]{0,30}(?:[Hh]eadache|vomit|throw|dizz|blurr|chest|can'?t (?:see|speak))|血压\s*(?:高(?:到|达)?)?\s*(?:1[89]\d|2\d\d|一百[八九]|[两二]百)[^。]{0,16}(?:头痛|头疼|吐|呕|晕|看不清|胸|说不)|(?:头痛|头疼|吐了|呕吐|晕)[^。]{0,16}血压\s*(?:高(?:到|达)?)?\s*(?:1[89]\d|2\d\d|一百[八九]|[两二]百)/],
  // A road accident; a diabetic sweating and shaking with confusion (low blood sugar).
  ['injury', /被(?:车|汽车|电动车|摩托车|电瓶车)撞|车祸|hit by a (?:car|bike|scooter|motorbike)|run over by/i],
  ['sugar', new RegExp(`(?:${CONFUSED})[^.。]{0,40}(?:${LOW_SUGAR_READ})|(?:${CONFUSED})[^.。]{0,30}(?:${SWEAT})[^.。]{0,40}(?:${SUGAR})|(?:${SWEAT})[^.。]{0,30}(?:${CONFUSED})[^.。]{0,40}(?:${SUGAR})|(?:(?:${SWEAT})[^.。]{0,30}(?:shak|发抖|手[^。,,\s]{0,3}(?:抖|震))|(?:shak|发抖|手[^。,,\s]{0,3}(?:抖|震))[^.。]{0,30}(?:${SWEAT}))[^.。]{0,40}(?:${SUGAR})|(?:${SUGAR})[^.。]{0,60}(?:(?:${SWEAT})[^.。]{0,30}(?:shak|发抖|${CONFUSED})|(?:shak|发抖|手[^。,,\s]{0,3}(?:抖|震))[^.。]{0,30}(?:${SWEAT}|${CONFUSED})|${CONFUSED})`, 'i')],
  ['water', /溺水|(?:有人|孩子|小孩|宝宝|老人|爸|妈|爷|奶|公|婆|他|她|儿子|女儿|阿姨|老伯|人)(?:(?!手机|东西|钥匙|杯|碗|包|鞋|衣服|玩具|帽子|眼镜|球)[^。,,\s]){0,8}(?:落|掉|跌|摔|滑|栽)(?:进|到|入|下)?(?:了)?(?:河|水|池塘|湖|泳池|水池|水塘|窨井|井|下水道)(?:里)?了|(?:有人|孩子|小孩|老人)落水|\bdrown(?:ing|ed)?\b|\b(?:kid|child|boy|girl|baby|toddler|man|woman|someone|somebody|he|she|son|daughter|dad|mum|mom|grandpa|grandma)\b[^.]{0,12}(?:fell|has fallen|slipped) into (?:the )?(?:river|pond|lake|pool|water|canal)/i],
  // (A shock felt as a likeness, "like an electric shock", is a sensation: 像触电一样 is likened() 's.)
  ['electric', /触电|被电(?:到|击|打)|electrocuted|(?<!\blike\s(?:(?:an?|little|tiny|mini|small|mild)\s){0,2})electric shock/i],
  ['allergy', /(?:蛰|蜇|叮|咬)[^。]{0,12}(?:(?:脸|嘴唇|嘴|眼睛|舌头|喉咙)(?:都)?肿|呼吸|喘)|过敏[^。]{0,12}(?:肿|喘|呼吸|喉咙)|(?:疹子|风团|荨麻疹)[^。]{0,16}(?:嘴唇|舌头|喉咙|脸)(?:都|也)?肿|(?:嘴唇|舌头|喉咙|脸)(?:都|也)?肿[^。]{0,16}(?:疹子|风团|荨麻疹)|(?:吃|喝)(?:了)?[^。]{0,10}(?:花生|海鲜|虾|蟹|芒果|坚果|药)[^。]{0,16}(?:嘴唇|舌头|喉咙|脸)(?:都|也)?肿|(?:喉咙|嗓子)(?:发紧|肿)|anaphyla|allergic reaction|(?:lips?|tongue|throat) (?:is |are )?(?:swelling|swollen)|(?<!(?:tooth|teeth|dental|gum|jaw|wisdom)[^.]{0,60})face (?:is |are )?(?:swelling|swollen)(?![^.]{0,40}(?:tooth|teeth|dental|gum))|throat (?:is |feels )?(?:clos\w*|tight\w*|swell\w*|swollen)/i],
  ['glucose', new RegExp(`(?:浑身|全身)(?:都是)?(?:冷)?汗[^。]{0,8}(?:叫不醒|没反应)|(?:发抖|出冷汗|冷汗)[^。]{0,8}(?:糊涂|迷糊|神志|说胡话|不清|${CONFUSED})|shaking and confused|(?<!\\b(?:I|I'?m|I am|I was|we|we'?re|we were|you|you'?re)\\s(?:\\w+\\s)?)(?:sweat\\w*|clammy)\\b[^.]{0,30}(?:confused(?!\\s+(?:about|by|with|as|why|what|how|which|where|when|if|whether|over))|not making sense|(?:talking|mumbling|muttering) (?:nonsense|gibberish)|disoriented)`, 'i')],
  ['colour', /(?:脸|面孔|(?<![下上里前后外对见方全表地桌路水会])面|嘴唇|嘴|指甲|手指)(?:都|也|色|已经|有点|有些|有啲){0,2}(?:涨得|憋得|变|发|成)?(?:得)?(?:发)?(?:青紫|乌青|紫|青|乌)了?|脸色发青|turning blue|(?:lips?|face|skin|fingers?|fingernails) (?:are |is |have |has )?(?:turned |turning |going |gone |look(?:s|ing)? )?(?:blue|purple|gr[ae]y)\b/i],
  ['dying', /(?:人|他|她|爸|妈|爷|奶|公|婆|老人|老伴|孩子|宝宝|老头|老太)[^。,,\s]{0,4}快不行了|^快不行了|不行了[!!]|快没气|触电|溺水|跳楼|自杀|想不开|electrocut|drowning/i],
  ['pregnancy', /(?:阵痛|宫缩|contractions?|labou?r pains?)[^.。]{0,16}(?:(?:每)?(?:隔)?(?:[1-5]|[一两二三四五几]+)(?:\s*[-到至~]\s*[2-5])?\s*(?:分钟|min\w*)|minutes? apart|every (?:few|couple of|[1-5](?:\s*-\s*[2-5])?|one|two|three|four|five) min\w*|(?:好|很|越来越)密)|(?:pregnan\w*|in labou?r|waters? (?:has |have |just )?broke|羊水破|破水|要生了|快生了)[^。]{0,60}(?:pains?|痛|疼)[^.。]{0,16}(?:(?:[1-5]|[一两二三四五几]+)(?:\s*[-到至~]\s*[2-5])?\s*(?:分钟|min\w*)|minutes? apart|every (?:few|couple of|[1-5](?:\s*-\s*[2-5])?|one|two|three|four|five) min\w*|(?:好|很|越来越)密)|(?:怀孕|孕妇|孕\s*[一二三四五六七八九十\d]+\s*(?:个)?(?:多)?(?:月|周)|怀着(?:孩子|宝宝|二胎|老二|BB)?|要生了|快生了|临产|分娩|pregnan|in labou?r)[^。]{0,16}(?:流血|出血|见红|肚子(?:很|好)?痛|bleeding)|(?:要生了|快生了|临产|在生|in labou?r)[^。]{0,16}(?:头(?:都|已经)?(?:出来|露出来)|来不及|救护车(?:还)?没)|(?:孩子|宝宝)(?:的)?头(?:都|已经)(?:出来|露出来)|baby(?:'s| is) (?:coming|crowning)|羊水破了|water(?:s)? (?:has |have )?broke(?:n)?[^.]{0,40}(?:blood|bleed)/i],
  ['sudden', /突然(?:全身发麻|昏|晕|倒)|走着走着(?:就|突然)?(?:倒|摔|晕|昏)/],
  // A fire with someone still inside or trapped by it.
  // (Someone hurt, overcome by smoke or crying for help in it is in danger too: 「起火了 有人在喊救命」.)
  ['fire', /(?:爆炸|炸了)[^。]{0,12}(?:受伤|伤了|流血|被炸|倒)|explosion[^.]{0,30}(?:injur|hurt)|(?:着火|起火|失火|火灾|冒烟|浓烟|烟(?:很|好|特别)大)[^。]{0,24}(?:(?:里面|屋里|家里|房间|楼上)(?:还)?(?:有|困)|(?:还|都)(?:在|困在)(?:里面|屋里|家里|房间|里头|楼上)|被困|困在|没(?:出来|逃出来|跑出来)|出不来|(?:有人|老人|孩子|小孩|人)[^。,,]{0,4}(?:喊救命|呼救|受伤|烧伤|烫伤|呛晕|晕)|(?:喊|叫)救命|呛得(?:喘不|晕|说不))|(?:救命|救救我)[^。]{0,12}(?:着火|起火|失火|火灾)|(?:\b(?:fire|smoke)\b[^.]{0,60}(?:someone|people|a (?:man|woman|child|kid)|neighbou?r)[^.]{0,16}(?:hurt|injured|burn(?:ed|t)|screaming|calling for help|crying for help))|(?:被困|困在)[^。]{0,12}(?:火|烟)|\b(?:fire|smoke)\b[^.]{0,60}(?:still inside|trapped|can'?t get out|stuck inside|\binside\b|in there)|(?:trapped|still inside)[^.]{0,40}\b(?:fire|smoke)\b/i],
  // A reading far out of range on a device at home: a pulse under 40, oxygen under 92.
  ['reading', /心(?:跳|率)[^。]{0,6}(?:只有|才|掉到|降到)\s*(?:[1-3]\d|[一二三]十)(?![\d十])|血氧[^。]{0,6}(?:只有|才|掉到|降到|是)?\s*(?:[4-8]\d|9[01])(?!\d)|血氧[^。\d]{0,6}(?:[四五六七八]十[一二三四五六七八九几]?|九十一?)(?![二三四五六七八九])|(?:oxygen|o2|sats?|spo2)(?: level| saturation)?[^.\d]{0,10}\b(?:[4-8]\d|9[01])\b/i],
  // A sugar far too high (25 and over, 二十几, 三十多, the meter's HI) with vomiting or a mind not clear: a diabetic crisis.
  ['high sugar', new RegExp(`(?:sugar|glucose|血糖)[^.。\\d]{0,16}(?:(?:2[5-9]|3\\d)(?:\\.\\d)?(?!\\d)|二十[五六七八九几]|三十|爆表|\\bHI\\b|测不出)[^.。]{0,40}(?:吐|呕|vomit|throwing up|${CONFUSED})`, 'i')],
  // A dialysis line or catheter out or broken: bleeding and infection at once.
  ['line', /(?:透析|腹透|血透)[^。]{0,8}(?:管|针|导管|接口)[^。]{0,4}(?:脱|掉|断|拔|滑|松)|(?:dialysis|catheter|fistula)[^.]{0,20}(?:came out|come out|pulled out|fell out|broke|snapped)/i],
  // Gas in a home with someone in it: a leak and a person not answering or moaning.
  ['gas', /(?:煤气|燃气|天然气)(?:味|泄漏|漏了|中毒)[^。]{0,40}(?:没人应|不应|没反应|不开|没人开|有人|老人|哼|晕|倒)|(?:smell (?:of )?gas|gas (?:leak|smell))[^.]{0,80}(?:not answer\w*|n'?t answer\w*|no answer|not open|someone|inside|moan\w*|unconscious|collapsed)/i],
  // A knock on the head followed by vomiting or a mind not clear.
  ['head', new RegExp(`(?:(?:撞|磕|碰|摔|砸|跌)(?:到|了|伤|破|在)?(?:了)?(?:头|脑袋|后脑勺?)|(?:头|脑袋|后脑勺?)(?:被)?(?:撞|磕|碰|砸)(?:到|了|伤|破))[^。]{0,24}(?:吐(?!槽)|呕|抽|想睡|犯困|眼睡|眼瞓|好困|很困|${CONFUSED})|(?:hit|bump\w*|bang\w*|knock\w*) (?:(?:his|her|their|my|the) )?head[^.]{0,60}(?:vomit|throw(?:ing)? up|threw up|sleepy|feels? sick|feeling sick|nause\w*|${CONFUSED})|head injury`, 'i')],
  // Heat: heatstroke with a mind not clear, a collapse or a burning skin.
  ['heat', new RegExp(`(?:中暑|热射病)[^。]{0,20}(?:晕|倒|昏|抽|烫|不出汗|没反应|${CONFUSED})|heat ?stroke|(?:passed out|collapsed|fainted)[^.]{0,20}heat`, 'i')],
  // An elderly person stuck where they fell: between the toilet and the wall, in the bath.
  ['stuck', /(?:卡|夹|困)在[^。]{0,12}(?:马桶|浴缸|床|墙|中间|缝)[^。]{0,10}(?:出不来|起不来|动不了)|(?:stuck|wedged|trapped) (?:between|in the (?:bath|tub))/i],
  // One's own parent's fall heard over the phone or seen on video by family far away, then silence (「电话讲到一半跌咗落地 而家冇声」, "fell, now
  // she's not saying anything"), or told as hurting too much to get up ("on the floor, her hip hurts too much to move").
  // Someone unnamed heard falling (「楼上好像有人跌倒 … 然后就没声音了」) stays the middle.
  ['fall', /(?:爸|妈|婆|公|爷|奶|嫲|伴|老头子?|老太|伊|佢|他|她)(?:[^。!!?？]{0,16}?(?<!手机|电话|东西|杯子|碗))?(?:摔|跌|滑)(?:倒|了|咗|下去|下来|落地|落去)(?:了|咗)?[^。!!?？]{0,20}(?:(?:没|冇)(?:有)?(?:声|声音|动静|反应)|不出声|不(?:说|讲)话|(?:叫|喊)(?:他|她|伊|佢)?(?:都|也)?(?:不应|唔应)|(?:只|就)(?:听到|听见|听得到)(?:他|她|伊|佢)?(?:在)?(?:哼|呻吟))|\b(?:mum|mom|dad|mother|father|grand\w+|nan|gran|he|she)\b[^.!]{0,40}\b(?:fell|fallen|slipped|tripped|collapsed)\b[^.!]{0,60}(?:not saying anything|(?:went|gone|is|'s) (?:quiet|silent)|no sound|then silence|(?:can'?t|cannot) hear (?:him|her|them))|\b(?:mum|mom|dad|mother|father|grand\w+|nan|gran|he|she)\b[^.!]{0,40}\b(?:fell|fallen|slipped|tripped|on the floor)\b[^.!]{0,90}(?:too (?:much|bad(?:ly)?) to (?:move|get up|stand)|(?:can'?t|cannot|unable to) reach the (?:door|phone))/i],
  // Someone about to take their life: the act named, or a wish to die with a place or a means.
  ['self-harm', /自杀|轻生|寻短见|寻死|割腕|(?:要|想|准备|说要)(?:跳楼|跳河|跳下去|上吊)|(?:不想活|活不下去|想死|不想再醒|(?:要|准备|打算)去死|活着(?:太|好|真)?(?:累|没意思|没意义))[^。]{0,20}(?:阳台|天台|楼顶|窗(?:台|户|外|边)|顶楼|刀|药|绳|跳|站在)|(?:阳台|天台|楼顶|窗(?:台|户|外|边)|顶楼)[^。]{0,20}(?:不想活|活不下去|想死|(?:要|准备|打算)去死|要跳|跳下去)|死给\S{1,3}看|(?:吃|喝)(?:药|农药|安眠药)(?:去)?死|kill (?:him|her|my|them)sel(?:f|ves)|\bhang(?:ing|ed) (?:him|her|them)sel(?:f|ves)|found [^.]{0,24}\bhanging\b|上吊|end (?:his|her|my|their) (?:own )?life|suicid|threaten\w* to (?:jump|kill)|(?:(?:don'?t|do not) want to (?:live|be alive)|want to die|end it all)[^.]{0,40}(?:pills|rope|knife|roof|balcony|window|ledge|bridge|jump)|(?:pills|rope|knife|roof|balcony|window|ledge|bridge)[^.]{0,40}(?:(?:don'?t|do not) want to (?:live|be alive)|want to die|end it all)|(?:wants?|going|about) to jump/i],
  // Pain that makes one writhe, with a cold sweat or a white face: an abdomen in danger.
  ['abdomen', /(?:肚子|腹部|胃)(?:剧痛|剧烈(?:疼|痛))[^。]{0,20}(?:大汗|冷汗|煞白|发白|惨白)|(?:肚子|腹部|胃)(?:疼|痛)得(?:打滚|受不了|直不起腰)[^。]{0,16}(?:大汗|冷汗|煞白|发白|惨白)/],
];
/**
 * Round 16: present danger said plainly in words the signs above did not know (appended to SIGNS, by what each is).
 */
const ROUND_16_SIGNS: [string, RegExp][] = [
  // Blood that spurts out or soaks through a towel; a nosebleed still running after half an hour.
  ['bleeding', /血(?:一直|不停|还在)?(?:地)?往外(?:喷|冒|涌|流)|\bblood\b[^.]{0,30}\b(?:soak\w* through|pouring|gushing|spurting)\b|鼻血[^。]{0,8}(?:半个|一个|好几个|几个|[一两三四\d]+)(?:个)?(?:多)?(?:小时|钟头)[^。]{0,8}(?:还在流|还在出|止不住|停不下来|没停|不停)/i],
  // Half the face or one side's limbs that will not move.
  ['stroke', /半边(?:脸|面|身|身子|身体)[^。,,]{0,3}(?:突然)?(?:不会动|动不了|不能动|没(?:有)?知觉)|(?:右|左|一)边(?:的)?(?:半边)?(?:手脚|身子|身体|手和脚|手同脚)[^。,,]{0,3}(?:突然)?(?:不能动|动不了|不会动)/],
  // Cantonese 抽筋 (a cramp, or a fit) with the eyes rolled or the whole body shaking.
  ['seizure', /反(?:晒)?白眼|抽筋[^。]{0,6}(?:成个人|整个人|全身|浑身)(?:都)?(?:在)?(?:抖|震|颤)/],
  // The chest 翳 and hurting; a chest pressed with a sweat pouring.
  ['chest', /(?:心口|胸口)(?:好|很)?翳(?:好|很)?(?:痛|疼)|(?:心口|胸口|胸)[^。,,\s]{0,4}(?:压|堵)[^。,,\s]{0,3}[\s,,][^。]{0,4}(?:满头|一身|浑身)(?:大|冷)?汗/],
  // 冇咗呼吸 (read 没有了呼吸).
  ['breathing', /没(?:有)?了呼吸|呼吸(?:都)?没(?:有)?了/],
  // "has fallen and is stuck on the floor".
  ['fall', /\b(?:fell|fallen|slipped|collapsed)\b[^.]{0,30}\bstuck on the (?:floor|ground)\b/i],
];
SIGNS.push(...ROUND_16_SIGNS);
/** Round 17 (dev44): the island's farm emergencies now, in the words the signs above did not know (README-44 4, 5). */
const ROUND_17_DEV44_SIGNS: [string, RegExp][] = [
  // Weed killer swallowed: 百草枯, 除草剂, 敌敌畏 (農藥 is already a poison above); "weed killer", "paraquat".
  ['poison', /(?:喝|吃|吞|咽|误服)(?:了|下|进|错)?[^。!!??]{0,6}(?:百草枯|除草剂|除草药|草甘膦|敌敌畏|杀虫剂)|(?:drank|swallowed|drunk|ate)\b[^.!?]{0,24}\b(?:weed ?killer|herbicide|paraquat|insecticide|rat poison)/i],
  // Someone pinned under what overturned or fell on them: 拖拉机翻了 人压在下面, "pinned under the tractor".
  ['crush', /(?:拖拉机|三轮车|车子?|树|墙|房梁|梁|柜子|机器)[^。]{0,10}(?:翻|倒|塌|砸)[^。]{0,12}(?:人|他|她|伊|爸|妈|爷|奶|公|婆|叔|伯|老头|老太)[^。,,\s]{0,2}(?:被)?压(?:在|拉)?(?:下面|底下|下头|里面|住了)|\b(?:pinned|trapped|crushed) (?:under|beneath)\b/i],
  // Half the body's limbs that will not move (崇明话 「半边手脚弗会动了」, read 不会动).
  ['stroke', /半边(?:手脚|手和脚|手跟脚)[^。,,]{0,3}(?:突然)?(?:不会动|动不了|不能动|没(?:有)?知觉|没力气)/],
  // A child's fever with a fit just now, still shaking: 高烧 … 刚刚抽了 … 还在抖.
  ['seizure', /(?:发烧|高烧|发热|烧到)[^。]{0,16}抽(?:了|过|筋了|起来)[^。]{0,12}(?:还在|一直|不停(?:地)?)(?:抖|抽|震|颤)/],
];
SIGNS.push(...ROUND_17_DEV44_SIGNS);

/** Grave states in clinicians' words (corpus 45, round 17). */
const ROUND_17_CLINICAL_SIGNS: [string, RegExp][] = [
  // Pink frothy sputum: the lungs filling (acute heart failure).
  ['breathing', /粉红色?(?:的)?泡沫(?:样)?(?:的)?痰|pink,? frothy (?:sputum|spit|phlegm)|frothy,? pink (?:sputum|spit|phlegm)/i],
  // A glucose meter showing LO, below what it can read (in capitals, as the meter shows it).
  ['glucose', /(?:血糖|glucometer|meter|glucose|sugar)[^。.]{0,16}\bLO\b/],
  // A low blood pressure beside a fever, rigors or chemotherapy: sepsis, febrile neutropenia.
  ['pressure', /(?:发烧|发热|高烧|寒战|化疗|fever|rigors|chemo)[^。]{0,40}(?:血压|\bBP\b)[^\d。]{0,6}(?:[5-8]\d|90)\s*[/／]\s*[2-6]\d(?!\d)|(?:血压|\bBP\b)[^\d。]{0,6}(?:[5-8]\d|90)\s*[/／]\s*[2-6]\d(?!\d)[^。]{0,30}(?:发烧|发热|高烧|寒战|fever|rigors)/i],
  // Bleeding that soaks through the gauze, or said to be heavy.
  ['bleeding', /\bheavy bleeding\b|\bsoak\w* through (?:the |her |his |a )?(?:gauze|towels?|pads?|bandages?|dressing)|纱布[^。]{0,10}(?:湿透|浸透|都是血)/i],
];
SIGNS.push(...ROUND_17_CLINICAL_SIGNS);

/**
 * A fire now, in a building or beside it, with nobody yet said to be in it or hurt (「楼下垃圾桶着火了」,
 * 「楼道里冒烟了」, "a fire in the bike shed"): not a person in danger, so no page; but never silence either —
 * the group is told to call 119 and asked whether anyone is hurt or trapped. Not 嗓子冒烟 (thirst), 气得冒烟,
 * 火灾隐患 or 起火原因 (a notice, news after), nor a fire as an argument's consequence (「着火了谁负责」, 「着火就麻烦了」).
 */
export const FIRE =
  /(?:着火|起火|失火)(?!原因|点|了?(?:谁负责|就麻烦|就完|就晚|的话|怎么得了|后果))|火灾(?!隐患|预防|演练|演习|保险|报警)|(?<!嗓子|喉咙|喉|头|气得|急得|热得|气到)冒(?:黑)?烟|浓烟|烧起来了|\bcaught (?:on )?fire\b|\b(?:a|the|there'?s a) fire (?:in|on|at|down|up|next|near|outside)\b|\b(?:shed|kitchen|car|bike|scooter|building|flat|apartment|bin|trash|rubbish|house|room|stairwell|corridor|balcony)[^.]{0,12}\bon fire\b|\bsmoke (?:is )?(?:coming|pouring|everywhere|in the)|\blots of smoke\b/i;

const SELF_HARM = SIGNS.find(([name]) => name === 'self-harm')![1];
/** Whether a message speaks of taking one's life: the writer privately hears of a helpline too. */
export const speaksOfSelfHarm = (text: string): boolean => SELF_HARM.test(text);

/**
 * Any sign at all, in a few passes of several signs each rather than one per sign. Each part is kept under 8 KB: V8 stops
 * optimising an expression past about 20 KB, and two halves of 11 KB and 22 KB (after round 13) cost three times what the
 * signs cost one by one (docs/understanding.md, Speed).
 */
const SIGN_SOURCES = SIGNS.map(([, re]) => re.source);
const PART_CHARS = 8000;
const SIGN_GROUPS = SIGN_SOURCES.reduce<string[][]>((parts, source) => {
  const last = parts[parts.length - 1];
  if (last && last.join('|').length + source.length < PART_CHARS) last.push(source);
  else parts.push([source]);
  return parts;
}, []).map((part) => part.join('|'));
const SIGN_PARTS = SIGN_GROUPS.map((source) => new RegExp(source, 'i'));
const SIGN_PARTS_ALL = SIGN_GROUPS.map((source) => new RegExp(source, 'gi'));
export const ANY_SIGN = {
  test: (text: string): boolean => SIGN_PARTS.some((re) => re.test(text)),
  /** The first sign in the text, whichever part names it. */
  exec: (text: string): RegExpExecArray | null =>
    SIGN_PARTS.map((re) => re.exec(text)).reduce<RegExpExecArray | null>((first, m) => (m && (!first || m.index < first.index) ? m : first), null),
};
/** Where each sign begins in the text. */
export const signsAt = (text: string): number[] => SIGN_PARTS_ALL.flatMap((re) => [...text.matchAll(re)].map((m) => m.index));

/**
 * Anything of a body in trouble, strong or mild: the first, cheap look. A message without one of
 * these words (and without a call for a medic) is not an emergency of any kind.
 */
export const BODY =
  /晕|站不起|起不来|爬不起|(?:can ?not|can'?t|unable to) (?:stand|get) up|昏|喘|呼吸|憋|气(?:都)?(?:上不来|不上来)|胸|心口|心脏|心跳|心慌|抽|噎|卡(?:住|在|着)|窒息|摔|跌|滑倒|绊倒|滚下|倒(?:下|地|在)|栽倒|人倒|躺(?:在|着)|血|不醒|不动|没反应|不答应|不应|紫|青了|中风|歪|说不出|讲不出|含糊|麻|没力气|没劲|烧|发热|体温|吐|泻|肚子|头(?:痛|疼)|疼得|痛得|难受|不舒服|冷汗|发抖|糊涂|迷糊|中毒|误(?:吞|服|吃|喝)|吃错|过敏|肿|烫伤|着火|起火|羊水|快不行|不行了|触电|溺水|跳楼|自杀|想不开|不想活|活不下去|想死|中暑|溺水|落水|drown|血糖|抖|烫|泼|出事|出意外|accident|something|救命|救护车|120|急救|医护|医生|护士|大夫|没人(?:开|应|接)|不接|独居|一个人住|lives alone|no sign of|联系不上|没开门|不开门|不出来|没动静|脸色|不太应|不太醒|不大应|应门|趴着|好久没动|咚|砰|faint|dizz|collaps|breath|chest|heart|seiz|fit\b|chok|fell|fall|bleed|blood|unconscious|unresponsive|wake|respond|stroke|droop|slurr|pass(?:ed)? out|shak|confus|pale|sweat|weak|unwell|sick|fever|temperature|vomit|throwing up|poison|overdose|swallow|allerg|swell|burn|ambulance|doctor|nurse|medic|emergency|cpr|thud|answer|opening door|smell|sugar|hypo|heat|purple|blue|suicid|jump|kill/i;

/**
 * The wide net: a word of a body in danger, said of a person (or with a cry for help), when
 * nothing above names it more exactly. Never a page on its own: the group is asked.
 */
export const DANGER_WORD =
  // (哮喘 named is a condition, not breath short now, unless it flares: 哮喘犯了, 哮喘发作.)
  /晕|昏|(?<!哮)喘|哮喘(?:又)?(?:犯|发作|发)|呼吸(?!机)|憋|气(?:都)?(?:上不来|不上来)|胸口|胸痛|心口|心脏(?:病犯|病发|疼|痛|难受|不舒服|受不了)|心跳(?:停|没|弱|乱|很快|好快|太快|很慢|得(?:很|好|太|老|特别|非常)(?:快|慢|乱))|抽(?:搐|筋|风)|噎|卡住|窒息|摔(?:倒|跤|了一跤|下|伤)|跌(?:倒|跤|了一跤|下)|倒下|倒地|倒在|躺在地|(?<![高低献验抽])血(?![压糖脂型常检迹水渍氧])|(?<!睡)不醒|没反应|发紫|发青|中风|麻木|发麻|高烧|冷汗|中暑|(?:他|她|儿子|女儿|孩子|老公|老婆|邻居|小伙子|姑娘|有人)[^。,,]{0,6}(?:不想活|活不下去|想不开)|faint|dizz|collaps|breath(?!taking)|\bchest\b|heart (?:is )?(?:racing|pounding|stopp)|seiz(?!e (?:the|this|that|every|your|our|it))|chok|\bfell\b(?! (?:for|asleep|in love|behind|apart|through|short))|\bfall(?:en)?\b|bleed|blood(?! (?:pressure|sugar|tests?|thinners?|donation|type|is boiling|boiling|boils|runs cold|ran cold))|unconscious|stroke(?! of)/i;
export const PERSON =
  /我|室友|舍友|\b(?:roommate|flatmate|housemate)s?\b|(?:老|外|爷|奶|婆|公|阿|姥)(?:人|伴|头|太|公|婆|爷|奶|姨|伯|叔)|爸|妈|嫲|老(?:豆|窦|母)|佢|伊(?![利朗])|\b(?:nan|nana|gran|granny|grandma|grandpa|grandad|granddad|grandmother|grandfather)\b|孩子|宝宝|小孩|囡囡|小囡|儿子|女儿|老公|老婆|爱人|先生|太太|邻居|有人|他|她|someone|somebody|\bmy\b|\bhe\b|\bshe\b|\bhis\b|\bher\b|neighbou?r|old (?:man|lady|woman)|\bbaby\b|\bkid\b|\bchild\b/i;

/** Something happened to someone, not yet a sign on its own: with a cry for help it is one; alone it is asked. */
export const EVENT = /(?:快|已经)?不行了|出(?:大)?事(?:了|体|啦)|出意外|(?:there'?s been|has been|had) an accident|something(?:'s| is| has)? (?:happened|wrong)|卡住了|(?:孩子|小孩|宝宝|老人|有人|爸|妈|爷|奶|外公|外婆|他|她|阿姨|阿婆|老伯|邻居)[^。,,]{0,8}(?:(?:掉|摔|跌|滚)(?:下去|下来)|(?:摔|跌)了(?![^。,,\s]{0,2}(?:手机|杯|碗|盘)))|(?:人|老人|爸|妈|爷|奶|公|婆|姨|伯|他|她|孩子)\s{0,2}倒(?:下)?了(?![^\s,,。!!]{0,2}(?:杯|碗|水|茶|垃圾|酒|油))|(?:人|老人|爸|妈|爷|奶|公|婆|姨|伯|他|她|孩子)\s{0,2}倒在(?![^。,,\s]{0,4}(?:床|沙发|椅|被|怀|桌))|坠楼|摔倒|跌倒|跌跤|摔了一跤|滑倒|摔伤|摔下|受伤|出血|流血|烫伤|烧伤|晕了|晕(?:脱|掉|忒)了|发病|犯病|病发|\bfell\b(?! (?:for|asleep|in love|behind|apart|through|short))|fallen|\bhurt\b|injured|bleeding/i;

/** A fall or a faint on its own: asked (「我爸摔倒了」); a cut or a bruise alone is not. */
export const FALL = /摔倒|跌倒|跌跤|摔了一跤|滑倒|(?<!\bwho )\bslipped\b(?! (?:my|his|her|your|our|their) mind| up\b| away\b| out\b| through\b)|\btripped\b(?! (?:over (?:the|my|his|her) words|up))|晕了|\bfell\b(?! (?:for|asleep|in love|behind|apart|through|short))|fallen/i;

/** Calls for medical help: with a sign, urgency; alone and urgent (the seed's 「誰是醫護人員?」), a page. */
export const MEDIC = '(?:医护人员|医务人员|医护|医生|医师|护士|护理师|大夫|(?:学|懂|会)(?:过)?(?:点)?(?:急救|医|护理|接生|心肺复苏|cpr|海姆立克)的?(?:人|邻居|朋友)?)';
/** A medic in English: 'any doc around', 'a paramedic', 'a first aider'. */
export const EN_MEDIC = '(?:medical (?:staff|personnel|workers?|people|professionals?)|(?:some|any)(?:one|body) medical|health ?care workers?|doctor|doc\\b|nurse|medic(?!ine|al|ation|ated)|paramedic|emt\\b|first[- ]aider|midwife|physician)';
/** Medics named together: 「医生护士」, 「医生或者护士」, 「医生、护士」. */
export const MEDICS = `${MEDIC}(?:(?:或者|或是|或|和|跟|、|/|\\s)?${MEDIC})*`;
export const CALL_FOR_MEDIC = new RegExp(
  `(?:快|赶紧|马上|立刻|帮我|帮忙)(?:点|些)?(?:叫|打|喊)(?:个|辆)?(?:救护车|120)(?![^。!!]{0,6}(?:吗|[??]))|(?:^|please |someone |somebody )call (?:an )?ambulance|(?:谁|啥人|边个)是${MEDICS}(?![^。,,\\s]{0,2}的)|谁(?:懂|会)(?:心肺复苏|CPR|海姆立克|急救)|(?:有没有|有无|哪位|哪个是|求|找|叫|喊|需要|急需)(?:人|位)?(?:是)?${MEDICS}|(?:有|是)(?:人|谁)?${MEDICS}吗|` +
    `${MEDIC}(?:们)?(?:在哪(?:里|儿)?|在吗|在不在|有吗|有没有|快(?:点)?来|来一下|帮(?:帮|个)?忙|快下来|救救)|` +
    `any(?:one|body)? (?:here )?(?:a |who is a )?${EN_MEDIC}|who(?:'s| is) (?:a |an )?${EN_MEDIC}|(?:get|fetch|grab) (?:the |a |an |some )?${EN_MEDIC}|need (?:a |an )?(?:${EN_MEDIC}|ambulance)|medical(?:ly)? (?:training|trained|background)\\?|(?:anyone|anybody|someone)[^.?]{0,12}medically trained|is there (?:a|an|any) ${EN_MEDIC}|${EN_MEDIC}s?,? (?:please|anyone|help)|any ${EN_MEDIC}s? (?:here|around|nearby|near)|(?:someone|anyone|anybody|somebody)(?: here)? who (?:knows|can do|does|is trained in) (?:cpr|first aid)|(?:someone|somebody|anyone|please|pls) (?:do|give|start) cpr|(?:he|she|they|him|her) needs? cpr|(?:快|赶紧)?(?:做|给他做|给她做)心肺复苏`,
  'i',
);
export const URGENCY = /(?:^|[\s,,。])快(?:[\s,,。!!]|$)|谁能(?:快)?来一下|有人吗[\s,,!!]*有人吗|^来人|来人(?:啊|呀|哪)|快来一下|call (?:an )?ambulance|call 120|[\s,,]快$|救命|救救|帮帮我|谁来帮|快来人|快(?:点|些)?(?:落)?(?:来|下来|过来|上来)|快叫|快(?:点|些)?(?:到|去)[^。,,\s!!]{0,12}(?:来|看看?|瞧瞧)|(?:很|好|非常|特别|十分|超)急(?![着躁性])|急[\s,,。]|come (?:quick|fast)|quickly|\basap\b|immediately|叫救护车|叫120|打120|拨打120|120打不通|急[!!]|急急|^急|急$|紧急|赶紧|赶快|马上来|立刻|^快[\s!!,,]|[\s,,]快[!!]|help!|\bhelp\b[^.?]{0,12}$|urgent|hurry|emergency|(?:please|pls|plz) (?:someone |somebody |anyone )?come|right now|(?<!\b(?:and|but|since|until|till|by|for|from) )\bnow\b(?!\s+(?:he|she|they|it|i|we|his|her|my|our|their)\b)|!{2,}|[??]{2,}|怎么办怎么办/i;

/** A sign easing, not gone: 「好点了」, 「好一点了」, "a bit better". Gone (好多了, 没事了) is settled. */
export const EASING = /好(?:一)?点了|(?:吃|喝|含|喂|用|休息|坐|躺)(?:了|咗)?[^。,,\s]{0,6}(?:好(?:一)?点|好些|好一些)(?![的吗??])|又好了|好像(?:又)?好了|好些了|缓(?:过来)?一点|稍微好|a (?:bit|little) better|slightly better|came (?:round|around|to)\b|\bbriefly\b/i;

/**
 * Whether to call, asked in the question's own shape — a verb, 不 or 唔, the verb again (要不要, 使不使, 该不该, 需不需要, 用唔用) —
 * not a list of its words; 能不能/可不可以 ask someone to do it, which is no doubt.
 */
export const WHETHER_CALL = /(?:(?![能可])([\u4e00-\u9fff])(?:不|唔)\1(?:要)?|是不是要|还是要)(?:先)?(?:帮[^。]{0,3})?(?:叫|打|拨打?)(?:个|辆)?(?:救护车|120)|should (?:i|we) (?:call|get) (?:an ambulance|120)|do (?:i|we) need (?:to call )?(?:an ambulance|120)/i;
/** Urgency denied: 「不急」, "not urgent", "no rush" — or whether to call asked (WHETHER_CALL). */
export const NOT_URGENT = new RegExp(`${WHETHER_CALL.source}|` + /不(?:是很|太|用|着)?急|不紧急|不是急事|not (?:urgent|an emergency)|nothing (?:urgent|serious)|no emergency|not sure (?:if|whether) (?:this|it) (?:counts as |is )?(?:urgent|an emergency)|不知道算不算(?:急事|紧急|急)|non-urgent|no (?:rush|hurry)/.source, 'gi');

/** A cry for help and nothing else (「救命啊!!」, 「快來人!」, "HELP!!!"): someone may be in danger; the group is asked where. */
export const CRY = /^(?:救命|快来人|来人|救救我|救救|help(?: me)?|sos)(?:啊|呀|哪|呐|了)?[\s!!。.]*$/i;

/** A pressure measured far out of range: 「血压只有80/50」, 「血压190」. Not a side effect to ask about: asked of the group. */
export const MEASURED = /(?:sugar|glucose)(?: level| reading)? (?:is|was|of|at) (?:only )?(?:[12](?:\.\d)?|3\.[0-4])(?![\d.]|\s*(?:kg|g|bags?|packs?|spoons?|cups?|yuan|rmb))|(?:sugar|glucose)\s*(?:[12]\.\d|3\.[0-4])(?![\d.]|\s*(?:kg|g\b))|(?:\bbp\b|blood pressure)[^.\d]{0,6}(?:1[89]\d|2\d\d)(?!\d)|swallow\w*[^.]{0,30}(?:magnet|battery|coin|button|pin|needle)|(?:magnet|battery|coin|button|pin)[^.]{0,30}swallow|吞(?:了|下去|进去)[^。]{0,10}(?:磁铁|电池|硬币|纽扣|针|钉)|血糖(?:仪)?[^。\d]{0,8}(?:[12](?:\.\d)?|3\.[0-4])(?![\d.次个天回遍型])|血压(?![计仪])[^。]{0,6}(?:1[89]\d|2\d\d|一百[八九]|[两二]百)(?![块元])|血压[^。]{0,6}(?:只有|才|低到|掉到)\s*(?:[4-8]\d|9[0-5])(?!\d)|血压(?:很|太|特别|突然)低|blood pressure (?:is )?(?:very |really |too |so )?low/i;

/** Oxygen in the low-to-mid nineties (血氧93, 九十四, "sats 94") with breath short beside it: asked; rest that eases the breath settles nothing. */
const OXYGEN_90S = '(?:血氧[^。\\d]{0,6}9[2-5](?!\\d)|血氧[^。\\d]{0,6}九十[二三四五](?![一二三四五六七八九])|(?:oxygen|o2|sats?|spo2)(?: level| saturation)?[^.\\d]{0,10}\\b9[2-5]\\b)';
const SHORT_BREATH = '(?:喘|气短|气促|胸闷|透不过气|short of breath|breathless|out of breath)';
export const LOW_OXYGEN = new RegExp(`${OXYGEN_90S}[^。.]{0,24}${SHORT_BREATH}|${SHORT_BREATH}[^。.]{0,24}${OXYGEN_90S}`, 'i');

/**
 * Someone unwell now, in words of their own (round 15): chills (浑身发冷, 打寒战, "shaking and cold"), a heart that flutters
 * (心里发慌, 心跳好乱), pain one writhes or bends with (疼得在床上打滚, 痛得直不起腰, 肚子绞着痛), weak after vomiting (人软软的,
 * 虚脱), numb (手也有点麻, 嘴巴麻麻的), cold hands and white lips, a pain the painkiller did not touch; not themselves (人不对劲
 * said of someone, "out of it", 没精神 of someone named), Cantonese 话好辛苦 (feeling awful) and 成日想瞓. Reactions (看得我头晕)
 * and work (累得腰都直不起来) are frames.ts's.
 */
// Someone of the family named before the words (not 他/人 alone, nor an opinion reported between: 「我妈说这个价格不对劲」).
const KIN_BEFORE = '(?:爸|妈|公|婆|爷|奶|嫲|伯|姨|叔|老人|孩子|宝宝|小孩|老伴|老公|老婆|儿子|女儿)[^。,,!!??说讲话觉]{0,10}';
const ENGLISH_KIN = "\\b(?:he|she|mum|mom|dad|grandma|grandpa|granny|nan|gran|husband|wife|baby|son|daughter|kid)\\b";
const UNWELL_WORDS = [
  // chills
  '(?:浑身|全身|身上|人)(?:一直|有点|有些|好|很|都)?发冷|发冷发抖|打(?:寒战|寒颤|冷战|摆子)',
  `${ENGLISH_KIN}[^.]{0,20}\\b(?:shaking|shivering|shivery|trembling)\\b[^.]{0,16}\\b(?:cold|chills?|freezing)\\b`,
  // a heart that flutters
  '心里(?:有点|有些|好|很|一直)?发慌|心跳(?:得)?(?:有点|好|很|特别)?乱|心跳一下快一下慢|心跳不齐',
  // pain one writhes or bends with
  '(?:疼|痛)得(?:在床上|在地上|满床|满地)?(?:打滚|直不起(?:腰|身)|蜷(?:成一团|着|起来)|弯着腰)|(?:肚子|胃|腹)[^。,,\\s]{0,8}绞(?:着)?(?:痛|疼)',
  // weak after being sick (not after work or heat)
  '(?<!(?:累|热|忙|饿|晒|跑|搬|排队)[^。]{0,6})人(?:都)?(?:软软的|软绵绵的|发软|软了|虚脱)',
  // numb, cold, white
  // (not what a task did to the hands, 抢得手都麻了, nor a peppercorn's tingle)
  '(?<![得到])(?:手|脚|腿|胳膊|脸|嘴)(?:也|都)(?:有点|有些|有一点)?(?:发)?麻(?!烦)|(?<!(?:花椒|麻辣|辣|吃)[^。]{0,8})(?:嘴巴|嘴|舌头|手|脚)麻麻(?:的)?',
  '(?:手脚|浑身|全身|手)(?:都)?(?:冰冷|发凉|冰冰的)|嘴唇(?:有点|有些|都|也)?(?:发)?白',
  // a pain the painkiller did not touch
  '(?:痛|疼)[^。]{0,16}(?:止痛|止疼|布洛芬|芬必得|药)[^。]{0,6}(?:没用|不管用|没效|压不住|还是痛|还是疼)',
  // not themselves
  `${KIN_BEFORE}不(?:太|大)?对劲|(?:他|她|伊|人)(?:今天|这两天)?(?:就|有点|有些)?不(?:太|大)?对劲|(?:听着|听起来)不(?:太|大)?对劲`,
  `${KIN_BEFORE}(?:特别|很|好|一点|都|也)没(?:什么|啥)?精神`,
  `${ENGLISH_KIN}(?:'s| is| was| has been| seems| looks)(?: \\w+){0,2} out of it\\b|not making (?:much|any) sense`,
  // Cantonese: feeling awful, sleepy all day
  '话好辛苦(?![了啦喇晒])|成日(?:都)?想睡',
  // round 16: unwell said plainly — "not feeling great", "under the weather" of someone named (not "about" a rule); Cantonese
  // 唔係几舒服 (read 不是几舒服), 冇乜精神, 食唔落嘢, 有啲唔妥 of a parent (not a full stomach of one's own); a sugar said low in
  // English; an old person's cough with a fever.
  `${ENGLISH_KIN}(?:'s| is| was| has been)? not feeling (?:so |too |very |that )?(?:great|good|well|right|herself|himself)\\b(?! (?:about|that|with)\\b)|${ENGLISH_KIN} (?:isn'?t|wasn'?t|hasn'?t been) feeling (?:so |too |very |that )?(?:great|good|well|right|herself|himself)\\b(?! (?:about|that|with)\\b)|${ENGLISH_KIN}(?:'s| is| was| has been| seems| feels)(?: a bit| a little)? (?:under the weather|feeling poorly|poorly)\\b`,
  '不(?:是|系)(?:几|很|太|好)舒服',
  `${KIN_BEFORE}(?:没(?:有)?|冇)(?:乜|什么|啥)?精神|${KIN_BEFORE}(?:吃|食)不落(?:东西|饭|嘢)?|${KIN_BEFORE}有(?:些|啲|点)?(?:不|唔)妥`,
  "\\b(?:blood )?(?:sugar|glucose)(?: level| reading)? (?:is|was|'s|seems|looks|went|has gone|has dropped|dropped)(?: a bit| a little| quite| very| really| too| so| pretty)? (?:low|down)\\b",
  '(?:老人|老太太|老太|老伯|老头|婆婆|外婆|奶奶|爷爷|外公|阿婆|阿公|阿爷|阿嫲)[^。]{0,12}咳[^。]{0,12}(?:低烧|发烧|发热|烧到|3[78](?:\\.\\d)?\\s*度)',
  // ROUND_16_MIDDLE: "a high temperature" of someone; a pressure of 160 and over in English beside a headache or dizziness; a
  // parent's whole body without strength, hands and feet gone soft (说 may stand between: the parent's own complaint); 唞大气.
  `${ENGLISH_KIN}[^.]{0,20}\\b(?:has|had|got|running|with) (?:had )?a (?:very |really )?high temperature\\b`,
  '(?:blood pressure|\\bbp\\b)[^.\\d]{0,10}(?:1[6-9]\\d|2\\d\\d)(?:\\s*(?:/|over)\\s*\\d{2,3})?[^.]{0,30}\\b(?:headache|dizz\\w*|blurr\\w*|nause\\w*|vomit\\w*)|\\b(?:headache|dizz\\w*|blurr\\w*|nause\\w*|vomit\\w*)[^.]{0,30}(?:blood pressure|\\bbp\\b)[^.\\d]{0,10}(?:1[6-9]\\d|2\\d\\d)(?!\\d)',
  '(?:爸|妈|公|婆|爷|奶|嫲|伯|姨|叔|老人|老伴|老公|老婆)[^。!!??]{0,8}(?:浑身|全身)(?:都|也)?(?:没(?:劲|力气?)|发软)|(?:爸|妈|公|婆|爷|奶|嫲|伯|姨|叔|老人|老伴|老公|老婆)[^。!!??]{0,12}手脚(?:都|也)?(?:发软|软绵绵|无力|没力)',
  '(?:爸|妈|公|婆|爷|奶|嫲|伯|姨|叔|老人|老伴|老公|老婆)[^。!!??,,]{0,8}唞大气',
  // round 17: a leg dragged, black stools with weakness, a heart that flutters or a head light in English of someone named.
  '(?:走路|走)[^。,,\\s]{0,3}拖着(?:一条|一只)?(?:腿|脚)|拖着(?:一条|一只)(?:腿|脚)走',
  '(?:拉|解)(?:了)?(?:黑便|黑色(?:的)?(?:大便|屎)|柏油(?:样)?(?:的)?(?:大)?便)',
  `${ENGLISH_KIN}[^.]{0,30}\\b(?:light-?headed|heart (?:is |keeps |has been )?(?:fluttering|skipping(?: beats?)?))\\b`,
  // round 17: a pressure of 160–179 in Chinese beside the head (血压170 头有点胀, 血压一百七 头痛); 180 and over is the pressure sign.
  '血压\\s*(?:高(?:到|达)?|有|到|量(?:了|出来)?)?\\s*(?:1[67]\\d|一百[六七])(?!\\d)[^。]{0,10}头(?:有点|有些|很|好|一直)?(?:痛|疼|晕|胀|昏)|头(?:有点|有些|很|好|一直)?(?:痛|疼|晕|胀|昏)[^。]{0,10}血压\\s*(?:高(?:到|达)?|有|到)?\\s*(?:1[67]\\d|一百[六七])(?!\\d)',
];
export const UNWELL_NOW = new RegExp(UNWELL_WORDS.join('|'), 'i');
/**
 * A low-grade worry now: water that will not pass (尿不出), a sugar of twenty and more (血糖22; not a meter, strips or a price),
 * an old person's fever of 38.5 and over beside food refused.
 */
export const LOW_GRADE_NOW = new RegExp(
  [
    '尿不出',
    '血糖(?!仪|试纸|针|计)(?:值)?(?:有|到|测了|测出来|是|都|高到|升到)?\\s*[23]\\d(?:\\.\\d)?(?![\\d.]|\\s*(?:元|块|条|片|盒|号|支|根|年|岁|个))',
    '(?:发烧|烧到|体温|fever(?: of)?)\\s*(?:到|is|of|at)?\\s*38(?:\\.[5-9]|\\s*度\\s*[5-9半]|度?点[五六七八九])[^。.]{0,16}(?:不肯吃|不吃东西|没吃东西|不想吃|吃不下|没胃口|isn\'?t eating|not eating|won\'?t eat|hasn\'?t eaten)',
  ].join('|'),
  'i',
);

/** A bite by something unseen that swelled, the writer unsure whether it was a snake (README-44 4): asked. */
const BITE_UNCLEAR = /(?:被|给)[^。,,\s]{0,6}(?:咬|叮|蛰|蜇)了?(?:一口|一下)?[^。]{0,16}肿[^。]{0,24}(?:是不是|会不会|是否|可能是|怕是)(?:被)?蛇|\bbitten by something\b[^.]{0,40}\bswell\w*[^.]{0,40}\b(?:a|the) snake\b/i;

/** Mild or unclear signs: asked, never paged, never left in silence. */
export const MILD = new RegExp(
  `${BITE_UNCLEAR.source}|${MEASURED.source}|${LOW_OXYGEN.source}|` +
  `${UNWELL_NOW.source}|${LOW_GRADE_NOW.source}|` +
  /(?:把[^。,,\s]{1,4}当(?:成|作)?[^。,,\s]{1,4}(?:放|用|吃|喝|穿|擦|倒)|找不到回家的路|不认得回家的路|(?:同一|一)(?:句话|个问题|件事)(?:问|说|讲)了(?:好几|几|[两三四五六七八九十]{1,2})(?:遍|次)|\b(?:put|used|poured) \w+ (?:in|into|on) (?:his|her|the) \w+ instead of\b|\basked (?:me |us )?the same (?:thing|question) (?:\w+ )?times\b)[^。.]{0,30}(?:要不要紧|要紧吗|是不是(?:糊涂|老年痴呆|痴呆|中风|脑子)|担心|不放心|正常吗|怎么回事|should (?:i|we) (?:worry|be worried)|is (?:this|that|it) (?:normal|serious)|worried)|咳(?:嗽)?(?:了)?(?:快|有|都)?(?:一|两|半|几)(?:个)?(?:多)?(?:钟头|小时)|咳[^。]{0,8}(?:停|止)(?:都)?(?:停|止)?不(?:下来|住)|coughing (?:nonstop|non-stop|for (?:an|one|two|over an|more than an) hours?)|(?:透析|洗(?:完|了)?肾|血透|腹透|dialysis)[^。.]{0,20}(?:没力气|无力|乏力|没劲|血压(?:有点|有些)?(?:偏)?低|头晕|\bweak\b|dizzy|(?:blood )?pressure (?:is )?(?:low|lowish))|should (?:i|we) call (?:the |an )?(?:ambulance|120)(?: or)?|food poisoning|食物中毒|一瘸一拐|一拐一拐|瘸(?:了|着)|(?:脚|腿)不敢(?:着|落)地|\blimping\b|(?:心口|胸口|胸)(?:头)?(?:有点|有些|很|好|一直)?(?:发)?(?:堵|憋|翳)|(?:说话|讲话|讲闲话|讲嘢|说起话来)[^。,,]{0,4}(?:怪怪的|有点怪|好怪|很怪|奇怪|怪里怪气|不太对|不大对|不对头)|(?:speech|talking|voice|words)[^.]{0,20}(?:sounds?|seems?|is) (?:a bit |a little |really |very )?(?:off|strange|weird|odd|funny|wrong)\b|\b(?:she|he|grandma|grandpa|granny|nan|nana|mum|mom|dad|mother|father)\b[^.]{0,20}\b(?:sounds?|sounded|sounding) (?:very |really |so |quite |a bit |a little )?(?:weak|faint|confused|unwell|ill|sick|off|breathless|strange)\b|声音(?:好|很|有点|特别)?(?:虚|弱|没力气|没劲)|有气无力|(?:fever|vomit|headache|dizz|cough|short of breath|stomach hurts?|stomach ?ache|tummy ache|(?:doesn'?t|does not|won'?t) (?:want to )?eat)(?:[^.]|(?<=\d)\.(?=\d)){0,60}(?:should (?:we|i) (?:be )?(?:worr\w*|concerned)|is (?:it|that|this) serious|what should|worried|go to (?:the )?hospital\?)|(?:不舒服|胃口不好|精神(?:也)?(?:差|不好)|没精神|发烧|发热|咳嗽|头痛|头疼|肚子(?:痛|疼)|呕吐|吐了|拉肚子|腹泻|没力气|无力|乏力|气短|浮肿)[^。]{0,16}(?:要紧吗|要不要紧|怎么办|担心|不知道|严重吗|要去医院吗|要(?:去)?看医生吗|有没有人(?:能)?(?:来)?看)|头(?:还是|还|也|又|越来越)?(?:有点|有些|很|好|一直)?(?:晕|昏)|眼前(?:发黑|一黑)|呛(?:到|着)(?:了)?[^。]{0,8}(?:一直咳|咳个不停|咳得)|咳(?:得|到)[^。]{0,3}(?:很|好|特别)?(?:厉害|辛苦|难受)|(?:要不要|要唔要|使唔使|需不需要|该不该|用不用)(?:帮[^。]{0,3})?叫(?:人|救护车|120|医生)|rash[^.]{0,40}(?:doesn'?t|does not|won'?t|not) fade|(?:皮疹|疹子|出血点|紫斑|紫点)[^。]{0,10}(?:压|按)(?:了)?(?:也)?不(?:褪|退|消)|走路(?:老是|总是|有点|一直)?(?:往|向)一边(?:偏|倒|歪)|走路不稳|站不稳|站(?:都)?站不(?:住|稳)|上吐下泻|(?:小孩|孩子|宝宝|孙子|孙女)[^。!!]{0,4}(?:吃|吞)了[^。!!]{0,8}(?:我的|大人的|奶奶的|爷爷的|外婆的|外公的|妈妈的|爸爸的)[^。!!]{0,6}(?:药|片|维生素|钙片|胶囊)|心里(?:发|很|好)?慌[^。]{0,12}(?:一阵|小时|分钟|出汗|冷汗|难受|喘)|(?:全身|浑身)(?:都)?(?:起|出)(?:了)?(?:红疹|疹子|风团)|荨麻疹|\bhives\b|rash all over|说话[^。,,]{0,6}不(?:大|太)?清爽|(?:发烧|烧)[^。]{0,16}(?:没精神|蔫|乏力|没力气)|(?:没精神|蔫|乏力|没力气)[^。]{0,16}(?:发烧|烧)|can'?t walk(?: on it)?|走不了路|不能走路|(?:pregnan|怀孕|孕)[^.。]{0,40}(?:headache|头痛|头疼|blurry|看不清|浮肿|swollen)|(?:blurry|blurred) vision|vision (?:is )?(?:blurry|blurred)|视力模糊|(?:头疼|头痛)[^。]{0,16}(?:吐|呕)|(?:吐|呕)[^。]{0,16}(?:头疼|头痛)|headache[^.]{0,30}(?:vomit|throwing up|stiff neck)|stiff neck|脖子(?:发)?(?:硬|僵)|重影|double vision|不(?:太)?理人|活着(?:真|也)?没(?:什么|啥)?意思|不想活(?:了)?[^。]{0,8}活着|(?:don'?t|do not) want to (?:live|be alive)|no reason to live|end it all|(?:发烧|没力气|头晕|喘|胸闷|心慌|不舒服|惊恐|心跳(?:好|很|特别)?快|(?:发|手|脚|腿)麻(?!烦)|麻了)[^。]{0,16}(?:一个人(?:住|在家)|独居|家里没人)|(?:一个人(?:住|在家)|独居|家里没人)[^。]{0,16}(?:发烧|没力气|头晕|喘|胸闷|心慌|不舒服|惊恐|心跳(?:好|很|特别)?快|(?:发|手|脚|腿)麻(?!烦)|麻了)|(?:panic attack|heart (?:is )?(?:racing|pounding)|numb|tingl\w*)[^.]{0,40}\b(?:alone|by myself|scared)\b|\b(?:alone|by myself)\b[^.]{0,40}(?:panic attack|heart (?:is )?(?:racing|pounding)|numb|tingl\w*)|\balone\b[^.]{0,20}(?:dizzy|fever|weak|sick|chest)|(?:dizzy|fever|weak|sick|chest)[^.]{0,30}(?:\balone\b|by myself)|慢半拍|一直(?:在)?(?:睡|困觉)|睡了一(?:整)?天|叫醒(?:了)?又睡|昏昏(?:沉沉|欲睡)|嘴唇干|尿(?:也|很)?少|没(?:有)?尿|(?:吐|拉)了(?:一|整|半)(?:整)?天|烧(?:一直)?(?:退不下来|不退)|(?:烧|发烧|发热)[^。]{0,12}(?:也|都|还)(?:不|没)退|(?:烧|发烧|发热)(?:了)?(?:[两三四五六七八九十几]|\d)天(?:了)?|退不了烧|天旋地转|(?:房子|屋子|眼前)(?:在)?转|(?:痛|疼)了(?:有)?(?:一|整|半|两|几)(?:个)?(?:多)?(?:上午|下午|晚上|天|夜|钟头|小时)|一阵一阵(?:的|地)?(?:痛|疼)|不肯(?:喝|吃)奶|不(?:喝|吃)奶|(?:摸着|浑身|额头|额角头)(?:很|好|有点|有些)?烫|咳(?:得|个)(?:很厉害|不停|停不下来)|not (?:himself|herself|acting right)|acting (?:strange|weird|odd)|seems off|(?:fever|temperature)[^.]{0,30}\b(?:39|4[0-2])(?:\.\d)?\s*(?:degrees|°|c\b)|(?:fever|temperature) (?:won'?t|will not|doesn'?t|not) (?:come|go) down|\b(?:fever|temperature) (?:for|since) (?:(?:two|three|four|five|several|a few|\d) days|(?:two|three|\d) nights)\b|room (?:is )?spinning|struggling\b(?!\s+(?:with|to (?:carry|get|find|pay|buy|use|understand|cope|make|keep|sleep|focus)))|can'?t stop coughing|coughing (?:really )?(?:badly|a lot|nonstop)|(?:手脚|浑身|全身|手)(?:都)?冰凉|(?:一直)?(?:在)?(?:哼哼|呻吟)|(?:手|脚|腿|胳膊|脸|半边|一边|嘴)(?:有点|有些|有少少|少少|有一点|突然|一直)?(?:发)?麻|低血糖|血糖(?:好像|有点|有些|很|太)*(?:低|掉)|手(?:在|一直|有点|有些)?(?:发)?抖|心慌|心悸|feels? faint|(?:有点|有些|一直|很)喘|气促|呼吸(?:有点|有些|很|好|比较|越来越)?(?:快|急)|breathing (?:is )?(?:(?:a bit|very|really|so) )?(?:fast|rapid|quick)|喘得(?:好|很|特别|太)?厉害|(?:救护车|120)[^。,,]{0,4}(?:怎么|还)(?:还)?没(?:来|到)|ambulance (?:still )?(?:hasn'?t|has not|is not|isn'?t) (?:come|arrived|here)|气(?:很)?(?:短|急)|胸(?:口)?(?:有点|有些|很|好|一直)?闷|心口(?:有点|有些)?(?:闷|不舒服)|不太舒服|不舒服|不(?:太)?适意|难受得|疼得(?:厉害|受不了|直叫|打滚)|痛得(?:厉害|受不了|直叫|打滚)|脸色(?:很|好)?(?:白|差|不好|发白|煞白|蜡黄)|脸色(?:也|都)?(?:不(?:大|太)?好|很差|难看|不对)|(?:宝宝|婴儿|孩子|小孩)(?:才)?(?:[一二两三\d]|几)个(?:多)?月[^。]{0,10}(?:发烧|发热|烧到)|\b(?:baby|infant|newborn)\b[^.]{0,30}\b(?:[1-6]|one|two|three|four|five|six)[- ](?:months?|weeks?)\b[^.]{0,30}\b(?:fever|temperature)\b|精神(?:也)?(?:不太好|不大好|很差)|蔫|打不起精神|不(?:太|大)?爱(?:说话|动)|(?:吐|拉)了(?:好几|几|[两三四五六七八九十\d]+)(?:次|回)|(?:怀孕|孕妇|pregnan)[^。.]{0,20}(?:肚子|腹|疼|痛|pain|cramp|contraction)|(?:眼睛|眼前)(?:突然)?(?:看不清|模糊|看不见|一黑)|突然看不(?:清|见)|看东西(?:有点|有些|很|都|也)?(?:模糊|看不清|重影)|(?:vision|eyesight) (?:is )?(?:blurry|gone|going)|lethargic|listless|floppy(?! (?:hat|ears?|dis[ck]))|\b(?:he|she|they|grandpa|grandma|granny|dad|mum|mom|husband|wife|baby|son|daughter)\b[^.]{0,12}\b(?:is |'s |was )?sweating\b|\b(?:he|she|they|grandpa|grandma|granny|dad|mum|mom|baby|son|daughter|boy|girl|kid|child)\b[^.]{0,20}(?:really|very|so|unusually|extremely) (?:sleepy|drowsy)|hard to keep (?:him |her |them )?awake|barely (?:opens?|opening|keeps?|keeping) (?:his|her|their) eyes|\bfever (?:of |around |about |over |near |at |is )*(?:39|4[0-2])(?:\.\d)?\b|\b(?:39|4[0-2])(?:\.\d)?(?:\s*°\s*c?)? fever\b|(?:vomit\w*|threw up|thrown up) (?:(?:\d+|two|three|four|five|six|a few|several|many) times|twice|three times)|sleeping (?:a lot|all day)|(?:slower|sleepier|drowsier|weaker|more tired|more confused) than usual|(?:forgetting things|more forgetful)|(?:脸色|精神|没力气|累|疼|痛|吐|烧|喘|咳|晕|麻|肿|不对劲)[^。]{0,20}(?:要不要|用不用|需不需要|使不使)(?:去|送|上|看)?(?:医院|急诊|急症|看医生)|(?:出|冒)(?:冷)?汗|(?:饿|抖|糖|没力|心慌|头晕|不舒服)[^。]{0,12}(?:出|冒)(?:了)?(?:点|些|一点|一些|少少|少许)(?:冷)?汗|(?:出|冒)(?:了)?(?:点|些|一点|一些|少少|少许)(?:冷)?汗[^。]{0,12}(?:饿|抖|糖|没力|心慌|头晕|不舒服)|胎动(?:比平时|比以前|明显|突然|好像)?(?:少|减少|变少|没了|没有了|弱)|(?:感觉|摸)不到胎动|\bbaby (?:is |has been |'s )?(?:moving|kicking) (?:much |a lot |way )?less\b|reduced (?:fetal|foetal) movements?|(?:宫缩|阵痛|(?:肚子|肚皮)(?:一阵一阵(?:地|的)?)?(?:发紧|发硬))[^。.]{0,24}(?:\d+|[一二两三四五六七八九十几]+)(?:多)?\s*(?:分钟|min)|\b(?:contractions?|tightenings?)\b[^.?]{0,24}\b(?:every|apart)\b[^.?]{0,12}\b\d+\s*(?:minutes|mins?)\b|(?:\d+ weeks|预产期|怀孕)[^。.?]{0,40}(?:发紧|发硬|tightenings?)|走路(?:都|有点|有些)?不稳|行(?:路|得)(?:都|有点|有啲|有些)?(?:不|唔)稳|路(?:都|也)(?:走|行)(?:不|唔)稳|走路[^。,,]{0,4}(?:歪歪扭扭|东倒西歪|打晃)|走不稳|说话(?:也)?(?:变)?慢了|说话(?:有点|有些|变得?|越来越)(?:慢|不利索|含糊|不清)|人(?:有点|有些)?(?:呆|发呆|傻傻的|木木的)|反应(?:有点|有些)(?:慢|迟钝)|(?:蜂|蛇|狗|猫|蜈蚣|蝎子|毒虫)[^。]{0,4}(?:蛰|蜇|叮|咬)(?:了|到|伤)?[^。]{0,12}(?:肿|红|疼|痛)|stung by|站不稳|(?:发烧|高烧|烧到|发热|体温)\s*(?:到)?\s*(?:39|4[0-2])|(?<![\d.]|(?:气温|温度|最高|最低|天气|高温|室外|室内|外面|地面)[^。,,]{0,4})(?:39|4[0-2])\s*度\s*(?:[1-9]|半)|(?<!(?:气温|温度|最高|最低|天气|高温|室外|室内|外面|地面)[^。,,]{0,4})(?:三十九|四十)度(?:[一二三四五六七八九]|半)|(?:孩子|宝宝|女儿|儿子|小孩|细路|孙子|孙女|老人|爸|妈)[^。,,\s]{0,3}(?:39|4[0-2])(?:\.\d)?\s*(?:度|°)|\b(?:son|daughter|baby|kid|child|boy|girl|toddler|grandson|granddaughter)\b[^.]{0,12}\b(?:39|4[0-2])\.\d\b|高烧|(?:一直|不停)(?:地)?(?:吐|拉)|迷糊|糊涂|颠三倒四|(?:一|整|两|几)天(?:都)?没(?:吃|喝)|吃不下(?:东西|饭)|不吃不喝|不想动|起不了床|起不来床|(?:腿|脚|手|脸|膝盖|脚踝|手腕|胳膊)(?:都)?肿得(?:很|好|特别)?(?:厉害|老高)|胡言乱语|认不出人|说胡话|dizzy|pale|sweaty|clammy|barely (?:stand|walk|move)|not making sense|confused(?!\s+(?:about|by|with|as to|why|what|how|which|where|when|if|whether|over)\b)|disoriented|feels? (?:weak|faint|unwell|sick)|very weak|(?<!\b(?:chinese|english|mandarin|cantonese|shanghainese|japanese|korean|language|grammar|typing|spelling|handwriting|memory|signal|network|wifi|internet|connection|reception|weather|traffic|food|service|coffee|idea|joke|timing|luck|app|system|website|site|queue|line|price|deal|situation|knees?|back|legs?|hips?|eyes|eyesight|hearing|shoulders?|wrists?|ankles?|feet|foot|teeth|tooth)(?: here| there| today| now)? )(?:is|looks|seems|feels?)(?: very| really| so| quite| a bit)? (?:weak|unwell|sick|ill|not (?:right|well)|bad|terrible|awful)(?! (?:for|about|that)\b)|not (?:feeling )?well|short of breath|breathless|wheez|high fever|(?:fever|temperature) of (?:39|4[0-2]|10[2-9])|vomiting|throwing up|chest (?:is |feels )?(?:very |so |really |a bit )?(?:tight|heavy|pressure|discomfort)|feel(?:s|ing)? like (?:i'?m |i am |he'?s |she'?s |he is |she is )?(?:going to |gonna |about to )(?:pass out|faint)/i.source,
  'i',
);
export const UNCERTAIN =
  /(?:有人|有(?:个|一个|位)[^。,,\s]{1,4}|一个[^。,,\s]{1,4})(?:一直|不停地?|还)(?:在)?(?:喊|叫|哭|呻吟|哼)(?:了)?[^。!!]{0,10}?(?:听不清|听不出|不知道(?:在)?(?:喊|叫)|不晓得(?:在)?(?:喊|叫)|喊的(?:是)?什么|叫的(?:是)?什么|喊(?:什么|啥)|叫(?:什么|啥)|好像很急)|\b(?:someone|somebody|a (?:man|woman|person|lady|guy)|an old (?:man|lady|woman)|he|she)\b[^.]{0,30}\b(?:keeps?|kept|has been|have been|is|was) (?:shouting|yelling|calling(?: out)?|crying|screaming)\b[^.]{0,20}(?:can'?t|cannot|couldn'?t) (?:make out|hear|tell) what|(?:坐|躺|趴|蹲|靠)(?:在)?(?:地上|地下|地板|路边|马路边|楼道|楼梯|台阶|墙边|门口)(?:上)?(?:(?!玩|聊|晒|休息|吃|喝|打牌|下棋|看|等|歇)[^。!!]){0,3}(?:好久|很久|半天|大半天|一(?:个)?(?:多)?(?:小时|钟头)|快一个(?:多)?(?:小时|钟头)|几个(?:小时|钟头))(?:了)?(?![^。]{0,6}(?:玩|聊|晒|休息|歇))|\b(?:sitting|lying|slumped) on the (?:\w+ )?(?:ground|floor|pavement|sidewalk|steps|kerb|curb)\b[^.]{0,40}\bfor (?:ages|hours|an hour|over an hour|a long time|a long while|quite a while|\d+ (?:minutes|mins|hours))|(?:是不是|好像|似乎|怕是|会不会)(?:有)?(?:个)?(?:人|老人)(?:在)?(?:出事|出意外|受伤)(?:了)?|(?:好像|似乎|听到|听见)(?:有)?(?:个)?(?:人|老人)(?:一直|不停地?|还)(?:在)?[^。!!??]{0,6}(?:喊|叫|呼救|求救|呻吟|敲)|(?:can'?t|cannot|couldn'?t|unable to) (?:reach|contact|get hold of) (?:him|her|them|my)|(?:sounds? like|hear\w*)[^.]{0,24}(?:moaning|groaning|crying for help|a fall)|(?=thump|thud|bang|crash|loud|好大一声|咚的一声|一声巨响|一声闷响|好响一声)(?<!(?:renovat|装修|drill|电钻|施工|construction|party|music|音乐)[^。.!?]{0,40})(?:thump|thud|bang\w*|crash|loud (?:noise|bang|sound)|好大一声|咚的一声|一声巨响|一声闷响|好响一声)(?![^。.!?]{0,40}(?:renovat|装修|drill|电钻|施工|construction|party|music|音乐))[^。.!?]{0,40}(?:groan\w*|moan\w*|(?:now |then )(?:it'?s |all |everything'?s )?(?:quiet|silent)|then (?:silence|nothing)|哼|呻吟|然后(?:就)?没(?:了)?(?:声音|声|动静))|(?:someone|he|she) (?:is |was )?(?:moaning|groaning)|(?:楼道|楼梯|路边|地上|门口|花坛|电梯)(?:里|边|口)?(?:有)?(?:躺|趴|倒)着(?:一个|个)?[^。]{0,4}(?:人|老人|醉汉|男的|女的|阿姨|老伯)|(?:老太太|老人|老伯|阿伯|伯伯|阿公|阿婆|婆婆|独居|老爷子|老太)[^。]{0,12}(?:(?:一直|好久|一天|两天|几天)?没(?:出来|出门|露面|动静)|没(?:有)?开(?:过)?门|也不出来|不出来开门|不开门)|(?:敲|拍)(?:了|过)?[^。!!?？\s]{1,10}的门[^。!!?？]{0,8}?(?:没(?:有)?人(?:应|开|理)|不应|不开|没反应|没声音|没动静)|(?:敲门|敲墙|拍门)(?:也|都|又|还)?(?:一直|还是|半天)?(?:不应|没(?:有)?人(?:应|开|理)|不开|没反应|没声音)|(?:敲|拍|按)(?:了|过)(?:好|半)?(?:[一两二三四五六七八九十几]|半天)?(?:次|下|遍|回)?(?:的)?(?:门|门铃)(?:也|都|又|还)?(?:一直|还是)?(?:没(?:有)?人(?:应|开|理)|不应|不开|没反应|没声音|没动静)|(?:knocked|rang|banged)[^.]{0,30}(?:no one|nobody) (?:came|answered|opened)|(?:hasn'?t|has not|haven'?t|have not) been (?:seen|heard|answering|picking up)|(?:厕所|卫生间|浴室|洗手间)[^。]{0,6}(?:半天|好久|很久|一个(?:多)?小时)(?:都|也|还)?没(?:出来|动静)|(?:电梯|屋里|房间|厕所|里面)[^。]{0,6}(?:有人)?(?:在)?(?:拍门|敲门|呼救|求救)|(?:独居|老人|老伯|阿婆|老太|阿姨|老先生|老太太|老爷爷|老奶奶)[^。]{0,24}(?:报纸|牛奶|快递|外卖|垃圾)(?:也|都|还)?没(?:拿|收|取|扔)|(?:独居|老人|老伯|阿婆|老太|老先生|老太太|老爷爷|老奶奶)[^。]{0,24}(?:饭菜|菜|饭)(?:也|都|还|一直)*没(?:有)?人?(?:拿|收|取|动)|(?:独居|老人|老伯|阿婆|老太|老先生|老太太|老爷爷|老奶奶)[^。]{0,16}灯(?:也|都|还|一直)*没(?:有)?(?:开|亮)|(?:lives alone|elderly|old (?:man|lady|woman))[^.]{0,40}(?:hasn'?t|haven'?t|not) (?:taken|picked up|collected) (?:the|his|her)|\b(?:lady|man|woman|auntie|aunty|uncle|grandpa|grandma|granny|neighbou?r)\b[^.]{0,30}(?:hasn'?t|has not) (?:collected|picked up|taken in) (?:her|his) \w+ (?:for|since|in)\b|(?:screaming|shouting|calling|crying) for help|(?:有人|有个人|谁|老太太|老人|老伯|阿婆|老头|老奶奶|老爷爷)[^。!!]{0,8}(?:喊|叫|呼)(?:救命|救人|来人)|(?:花坛|路边|楼道|长椅|地上|门口|草坪|草丛|电梯|楼梯|大门|马路)[^。]{0,8}有(?:个|一个)?人(?:在)?(?:躺|趴|倒)着|(?:人|他|她|老人|阿婆|老伯|爷爷|奶奶)[^。,,]{0,4}好久(?:都)?没(?:动|动静)|(?:[两几三\d]|好几)(?:日|天)(?:都)?没(?:有)?(?:人)?应门|(?:knock\w*|rang|ring\w*|door)[^.]{0,20}no (?:answer|response|reply)|(?:milk|newspaper|paper|groceries|delivery) (?:is |are )?still (?:outside|at|by)|(?:坐|躺|趴|蹲|靠)在(?:楼道|楼梯|地上|路边|电梯|门口|花坛)[^。]{0,16}(?:喊|叫)(?:她|他)?[^。]{0,8}(?:不应|不理|没反应|不说话|不回答|摇头|不动)|(?:电梯|屋里|房间|厕所)[^。]{0,4}(?:关|困|锁)(?:着|住)(?:了)?(?:人|老人|小孩|孩子)|被(?:关|困|锁)在(?:电梯|屋里|房间|厕所)|(?:隔壁|对门|楼上|楼下|邻居|阿婆|阿姨|老人)(?:(?!晕|倒|躺|摔)[^。]){0,12}(?:敲门|敲墙|喊|叫)[^。]{0,6}(?:不应|没人应|不开|没反应)|(?:好像|似乎|是不是|可能|看到|看见|听到|听见)(?:有)?(?:个)?(?:人|老人|阿姨|老伯|小孩)(?:在)?(?:倒|摔|晕|躺|趴|喊|叫|哭|呻吟|哼|拍门|敲门|求救)|(?:好像|似乎|是不是|看到|看见)[^。!??]{0,8}(?:躺|倒|趴)(?:着|在)[^。!??]{0,6}(?:个|一个)?人|(?:seems to be|i see|i can see|there'?s) (?:someone|somebody|a person|a man|a woman)[^.]{0,12}lying|有人(?:在)?(?:喊救命|呻吟|哼)|(?:敲门|打电话|电话)(?:也|又|都)?(?:没(?:有)?人(?:接|听)?|打不通|不接)|(?:敲门|敲(?:他|她)(?:家)?(?:的)?门)(?:他|她)(?:也|都|又|还)?(?:一直|还是|半天)?(?:不应|不开|没反应|没声音)|电话(?:也|都)?(?:一直)?(?:打)?不通|电话(?:也)?(?:一直)?不接|(?=好?[一几两三]整?天没)(?<!(?:我|俺|咱|阿拉|大家)(?:们)?(?:整栋楼|整幢楼|一栋楼|全楼|一家门|全家|一家人|屋里|家)?(?:都|也|已经|整整|又)?)(?:好)?(?:一|几|两|三)(?:整)?天没(?:开门|出门|动静|见)|(?:哭|喊|叫|尖叫|吵|摔|砸|响|声音|动静)[^。!!]{0,20}(?:是不是|会不会|怕是|不会是|好似|好像)出(?:了)?(?:什么)?事|(?:screaming|shrieking|yelling|shouting|crying)[^.]{0,50}(?:is (?:everyone|everybody|she|he|everything) (?:ok|okay|alright|all right)|(?:did )?something happen)|联系不上[^。]{0,6}(?:老人|阿姨|奶奶|爷爷)|(?:妈|爸|爷|奶|外公|外婆|阿婆|阿伯|老伯|阿姨|老人)[^。,,]{0,8}(?:一(?:整)?(?:个)?(?:下午|上午|晚上|天)|半天|好几个(?:钟头|小时)|几个(?:钟头|小时))(?:都|也)?没(?:有)?(?:接|回)(?:电话|微信|消息|信息)?|(?:老人|阿婆|阿姨|奶奶|爷爷|老太太|老伯)[^。]{0,8}(?:联系不上|电话打不通|没开门|不开门)|(?:咚|砰|嘭)的一声|(?:楼上|楼下|隔壁|对门|对面|外面|楼道)[^。!!]{0,6}有人(?:在)?(?:喊|叫|哭|呻吟|哼|敲)(?![^。!!]{0,3}(?:收|卖|修|换|磨|回收|核酸|下楼|团购|拿菜|取菜|领菜|快递|外卖))|(?:隔壁|对门|对面|楼上|楼下|屋里|房间|里面)[^。!!]{0,8}声音[^。!!\s]{0,4}(?:喊|叫|呼救|哭|呻吟)|\b(?:faint|weak|quiet|small|tiny) voice (?:calling|crying|shouting|moaning|asking for help)|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|doesn'?t|does not|won'?t|will not|isn'?t|wouldn'?t) (?:opened|open|opening|answer|answered|answering|picked up|pick up|responded)|not (?:seen|heard from) (?:him|her|them) (?:for|since)|(?:haven'?t|have not|hasn'?t|has not) (?:seen|heard from)[^.]{0,30}\b(?:for|since|in) (?:\w+ )?(?:days|a day|two|three|2|3|yesterday)|loud (?:thud|bang|noise|crash)|heard (?:a )?(?:thud|crash|scream|someone)|(?:nobody|no one) answers|(?:old (?:man|lady|woman)|elderly|grandpa|grandma|neighbou?r)[^.]{0,80}no sign of (?:him|her)|(?:独居|孤老|一个人住|一个人在家|lives alone|living alone)[^。]{0,30}(?:[没未](?:有)?(?:下来|出来|出门|拉开|开门|拿|取|接|动静|见|回(?:微信|消息|信息|电话)?)|没(?:有)?人(?:接|听)|不接|no sign of (?:him|her)|(?:hasn'?t|has not) been seen)|(?:没(?:有)?(?:下来|出来|出门|拉开|开门|拿|取|接|动静|见)|没人接|不接|no sign of (?:him|her)|(?:hasn'?t|has not) been seen)[^。]{0,30}(?:独居|一个人住|一个人在家|lives alone|living alone)|(?:给|打)(?:我)?(?:妈|爸|他|她|老人|阿婆|阿姨|老伯|奶奶|爷爷|外婆|外公)[^。.]{0,14}(?:没人接|不接|打不通)|\bcall\w* (?:him|her|my \w+)[^.]{0,20}no answer|not (?:opening|answering) (?:the |her |his |their )?door|bad smell (?:coming|from)|not answering(?! any ?more)|hasn'?t answered|(?:someone|somebody) (?:fell|fainted|collapsed)?\?|(?:someone|somebody|a person|a man|a woman|an old)[^.]{0,16}lying (?:on|in)|i think (?:someone|somebody)|\b(?:mum|mom|dad|grandma|grandpa|granny|nan|gran|mother|father|he|she|uncle|aunt|auntie)\b(?:'s|\s+(?:is|was|has been))?\s*(?:not|isn'?t|wasn'?t|hasn'?t been) picking up\b|(?:敲|拍)(?:了|过)?(?:好久|半天|很久|老半天|好几下|好多下|好几次)(?:的)?(?:门)?(?:也|都|还)?(?:没(?:有)?人(?:应|开|理)|不应|不开|没反应|没动静)|(?:妈|爸|爷|奶|公|婆|嫲|伯|姨|叔|老人|老豆|老母)[^。]{0,14}没(?:有)?人(?:接|听)|门(?:也|都)?敲不开|敲不开(?:门|(?:他|她)(?:家)?(?:的)?门)|(?:坐|躺|趴)(?:在)?(?:地上|地下|楼梯|台阶|路边)[^。]{0,12}(?:是不是|会不会|好像)(?:摔|跌|晕|昏)/i;

/** A sign said softly, by someone unsure: 「有点」 right before it, 「的感觉」, 「要紧吗」. */
export const HEDGE_BEFORE = /(?:有点|有眼|有啲|有些|有少少|少少|有一点|一点点|a little|a bit|slightly)\s*$/i;
/** Symptoms, counted: several together are not said softly, whatever the words (a stroke's too: 歪, 讲不清, 举不起来, 没劲). */
export const SYMPTOM = /汗|血糖|sugar|发抖|糊涂|迷糊|胸|喘|晕|麻|吐|抽|没力|没劲|说不|讲不|不清楚|含糊|(?:举|抬)不起|颠三倒四|歪|脸色|紫|发青|起不来|变形|流血|sweat|confus|shak|pale|dizz|breath|chest|slur/gi;
export const HEDGE = /的感觉|要紧吗|要不要紧|严重吗|危险吗|is (?:it|this|that) (?:serious|dangerous)|should (?:i|we) (?:worry|be worried)/i;
export function softly(text: string): boolean {
  // 「糊涂了 说话也含糊 要紧吗」: two signs together are not said softly, however the writer asks.
  if (HEDGE.test(text)) return new Set(text.match(SYMPTOM) ?? []).size < 2;
  const sign = ANY_SIGN.exec(text);
  if (!sign) return false;
  // 「左边胳膊有点麻」: the hedge said before the sign, or inside it when it is the only symptom.
  if (HEDGE_BEFORE.test(text.slice(Math.max(0, sign.index - 4), sign.index))) return new Set(text.match(SYMPTOM) ?? []).size < 2;
  return /有点|有眼|有啲|有些|有一点|a little|a bit|slightly/i.test(sign[0]) && new Set(text.match(SYMPTOM) ?? []).size < 2;
}


/** Voice input's homophones of body words, read as what was said: 心藏病 is 心脏病, 中疯 中风, 咽住 噎住, 流学 流血; pinyin slips: 呼西 呼吸, 交不醒 叫不醒. */
export const VOICE: [RegExp, string][] = [
  [/呼西/g, '呼吸'],
  [/交不醒/g, '叫不醒'],
  [/口吐白末/g, '口吐白沫'],
  [/昏谜/g, '昏迷'],
  [/心藏/g, '心脏'],
  [/中疯/g, '中风'],
  [/咽住/g, '噎住'],
  [/流学(?![生校])/g, '流血'],
  // Handwriting and voice slips of the same shape or sound: 叫不酲, 乎吸, 摔道, 流雪, 中凤, 白抹.
  [/(?<=[叫喊])不酲/g, '不醒'],
  [/(?<![几在似])乎吸/g, '呼吸'],
  [/(?<=[摔跌晕昏])道(?=了|在|地)/g, '倒'],
  [/流雪/g, '流血'],
  [/中凤/g, '中风'],
  [/白抹/g, '白沫'],
  [/(?<=[爸妈爷奶公婆伴人他她姨伯孩宝儿女])晕到(?=了|在|地)/g, '晕倒'],
  [/(?<=[叫喊])不行(?=了|$|[\s,,。!!])/g, '不醒'],
  [/卡主(?=了|$|[\s,,。!!])/g, '卡住'],
  // Shanghainese 辣 / 勒 for 在 after a fall or where one lies: 跌辣卫生间里, 困勒地浪向 (not 倒辣椒).
  [/(?<=[跌摔倒躺趴困滑])(?:辣|勒)(?![椒酱油子味])/g, '在'],
];
/**
 * Danger typed in pinyin where a phone has no Chinese input (「kuai lai ren wo ba yun dao le」): whole phrases only, read as
 * the words they are; no lone syllable that is also an English word.
 */
const PINYIN_DANGER: [RegExp, string][] = [
  [/\bjiu ?ming\b/gi, '救命'],
  [/\bkuai ?lai ?ren\b/gi, '快来人'],
  [/\b(?:yun|hun) ?dao(?: ?le)?\b/gi, '晕倒了'],
  [/\bjiao ?bu ?(?:xing|xin)\b/gi, '叫不醒'],
  [/\bmei ?(?:you ?)?hu ?xi\b/gi, '没有呼吸'],
  [/\bhu ?xi ?kun ?nan\b/gi, '呼吸困难'],
  [/\bchou ?(?:chu|xu)\b/gi, '抽搐'],
  [/\b(?:shuai|die) ?dao(?: ?le)?\b/gi, '摔倒了'],
  [/\bqi ?bu ?lai\b/gi, '起不来'],
  [/\bliu ?xue\b/gi, '流血'],
  [/\bzhong ?feng\b/gi, '中风'],
  [/\b(?:xiong|xin) ?kou ?(?:tong|teng)\b/gi, '胸口痛'],
  [/\bxin ?zang ?bing(?: ?fa ?zuo)?\b/gi, '心脏病发作'],
  [/\bwo ?(ba|ma|lao ?gong|lao ?po|nai ?nai|ye ?ye|wai ?po)\b/gi, '我$1'],
];
// Only phrases no name or shop is called: 「Zhong Feng」 or 「Liu Xue」 alone are read as written.
const PINYIN_DANGER_ANY = /\b(?:jiu ?ming|kuai ?lai ?ren|(?:yun|hun) ?dao ?le|jiao ?bu ?xing|mei ?(?:you ?)?hu ?xi|hu ?xi ?kun ?nan|chou ?chu|shuai ?dao ?le|xin ?zang ?bing|(?:xiong|xin) ?kou ?(?:tong|teng))\b/i;
const fromPinyin = (text: string): string => (PINYIN_DANGER_ANY.test(text) ? PINYIN_DANGER.reduce((t, [re, word]) => t.replace(re, word), text) : text);
const VOICE_ANY = /心藏|中疯|咽住|流学|呼西|交不醒|白末|昏谜|晕到|[叫喊]不行|卡主|[跌摔倒躺趴困滑][辣勒]|不酲|乎吸|[摔跌晕昏]道|流雪|中凤|白抹/;
export const heard = (written: string): string => {
  const text = fromPinyin(written);
  return VOICE_ANY.test(text) ? VOICE.reduce((t, [re, word]) => t.replace(re, word), text) : text;
};
