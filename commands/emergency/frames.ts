import { ANY_SIGN, DANGER_WORD, CALL_FOR_MEDIC, EASING, MILD, URGENCY } from './signs.js';

/** Frames around a sign that make it not a person's danger now — and the words that lift them. */

/** Not danger now: past or settled, an animal, a drama, a training, jesting, a habit, a medicine question. */
export const SETTLED =
  /(?:终于|已经|总算)退(?:烧)?了|\bfever (?:has )?(?:finally )?(?:broke|broken|gone down|come down|went down)\b|活蹦乱跳|生龙活虎|(?:人|精神)(?:也)?(?:已经)?(?:挺|蛮|很|都)好|like nothing (?:ever )?happened|right as rain|back to (?:normal|(?:her|his) old self)|(?:还好|幸好|幸亏|好在|多亏)(?:有)?[^。!!??]{0,12}(?:背|扶|抬|扛|搀|拉)(?:了|着)?(?:他|她|伊|人)?(?:下去|上去|回去|回家|起来|下楼|上楼|落楼)|\bluckily\b[^.]{0,30}\b(?:carried|helped|took) (?:her|him|them)\b|以为[^。]{0,10}(?:晕|倒|摔|出事|不行)[^。]{0,12}原来|虚惊|false alarm|(?:着火|起火|失火|火)[^。]{0,20}(?:已经|都)?(?:被|给)?(?<!没)(?:扑)?灭了|被扑灭|(?:fire|it) (?:was |is |has been )?put out|\bfire\b[^.]{0,30}\b(?:is|was|'s) (?:out|over)\b|差点|差一点|差些|听说|据说|隔壁小区|\bheard (?:that|about)\b|已经没(?:有)?(?:什么)?事(?![吧吗??])|(?<!如果|要是|假如|万一)没(?:有)?(?:什么)?大事(?![吧吗??]|的话)|后来(?:怎么样|怎样|点样|如何|呢|好了没|没事吧)|(?:get|got|made it) home (?:ok|okay|safely|alright|all right)|\bhelped (?:him|her|them) (?:home|back home|back inside)\b|扶(?:他|她|伊|佢)?(?:回家|回去|返屋企|进屋)了|听讲|(?:送去|去|已经)?包扎(?:好)?了(?![^。!!]{0,10}(?:止不住|还在|还是|没用|不管用|渗|又(?:流|出|开始|裂)))|缝了(?:[一二两三四五六七八九十几\d]+)针(?![^。!!]{0,10}(?:止不住|还在|还是|没用|不管用|渗|又(?:流|出|开始|裂)))|(?:fell|is|was) asleep|睡着了|已经好了|平安|safe and sound|又(?:去|跑去|接着)?玩|接着玩|继续玩|就(?:去|跑去|跑)?玩(?:了|去了)|went back to play|back to playing|烧(?:已经|也)?退(?:了|下来)|退烧了|降(?:到|下来)|(?:fever|temperature) (?:is |has )?(?:down|gone|broken)|精神(?:也)?(?:很|挺|还|特别|都)?(?:好|不错)(?![吗??])|(?:现在|今天)(?:已经)?(?:好了|不疼了|不痛了|缓过来了|没感觉了)|没什么感觉了|人(?:都|还)?没(?:什么)?事(?![吧吗??])|(?:人|他|她)(?:都|还|也)?好好的|(?:好在|幸好|幸亏|还好|好彩)(?:当时)?(?:[^。,,!!??]{0,4}?有)?(?:医生|护士|医护|人会急救|好心人)|身体(?:很|挺|还|特别|都)?(?:好|不错|硬朗)(?![吗??])|(?:能|可以)自己(?:走|站|起来|吃饭|吃|生活)|can walk|walked home|(?:医院|医生|大夫)(?:说|讲|话|建议)|(?:医生|大夫|医院)[^。,,\s]{0,6}(?:看|睇|查|检查|诊断)过(?:了)?[\s,,]*(?:说|讲|话)(?:是|系)(?!心梗|心肌梗|中风|脑梗|脑出血|卒中|心衰|急|要)|\bdoctors?\b[^.?!]{0,40}\b(?:checked|saw|examined|looked at)\b[^.?!]{0,30}\b(?:it'?s|it was) (?:just|only|nothing but)\b|(?:去|到)?医院(?:查|检查|看)(?:过)?了|做(?:支架|手术)|(?:下周|明天|过几天)(?:做)?手术|doctors? (?:says?|said)|surgery (?:is )?(?:scheduled|planned|next)|(?<!要)不要紧[\s。.!!~]*$|(?:讲讲|说说|讲一声|说一声)(?:而已|罢了)|(?:自己|自家)(?:爬|站)(?:了)?起来了[\s,,]*(?<!要)不要紧(?![吗伐??])|(?:is|was|he'?s|she'?s|they'?re|are) (?:totally|completely|perfectly|absolutely) (?:fine|ok(?:ay)?|alright|all right)\b(?!\s*\?)|just a (?:scratch|scrape|scraped|bruise|graze|bump)|睡得(?:真|很|好|太)?(?:香|熟|沉)|(?:sound|fast) asleep|已经(?:可以|能)(?:走|下床|说话|吃|起来|站)|(?:止住|不流)了|stopped bleeding|谢谢(?:大家)?(?:的)?关心|没事(?:体)?[\s。.!!~]*$|没(?:有)?(?:什么)?事体|还好(?:没|人没|不严重)|没(?:有)?(?:什么)?事(?:了|啦)|其实没(?:有)?事|没什么事|休养|养病|静养|小伤|皮外伤|擦破(?:点)?皮|just a scratch|all good|no harm|没(?:什么)?大碍|无大碍|好多了|好起来了|好转|恢复|康复|出院|住院|稳定了|已经送(?:到|去)?医院|已经送(?:到|去)|送(?:到|去)?医院了|(?:救护车|120)(?:已经)?(?:到了|来过|来了)|接走了|(?:喝|吃|休息|睡|坐|咳|吐|拍)[^。!!]{0,12}(?:(?:就|已经)?好(?:了|多了)|才(?:好|缓过来))|(?:人)?已经醒(?:了|过来)|\b(?:is|'s) (?:in (?:the )?hospital|recovering)\b(?! (?:and|but) )|\bbut (?:he'?s |she'?s |they'?re )?(?:fine|ok|okay|alright)\b(?!\s*\?)|(?<![叫喊不没醒])(?:就|又|才|慢慢)?(?:醒过来|清醒过来|苏醒)(?:了)?|(?:现在|已经|人)(?:也|都)?清醒(?:了|过来)|(?:平静|平复)(?:下来(?:了)?|了)|缓解了|送(?:他|她|伊|佢|人|老人)(?:去|到)(?:了)?医院(?:了|去了)?|\b(?:doctors?|nurses?|paramedics?|medics?)\b[^.]{0,30}\b(?:says?|said)\b[^.]{0,6}\b(?:he|she|they|it)(?:'s| is| are| was)? (?:fine|ok|okay|alright|all right|nothing serious)\b|(?:现在|这会儿|眼下|目前|此刻)(?:已经|又|都)?(?:好好的|正常了|跟没事人一样|像没事人一样|没事人一样)|(?<!想|要|试着|试图|想要)(?:自己|马上|立刻|一下子就|很快就?)(?:就)?(?:爬|站|坐)(?:了)?起来(?:了)?(?![^。]{0,6}(?:但|可是|不过|又|站不|起不))[^。,,]{0,12}(?:走了|回去了|走掉了|挥|继续|接着)|\bgot (?:straight |right |quickly )?(?:back )?up (?:by (?:himself|herself)|on (?:his|her) own|and (?:carried on|walked (?:off|away|home)|left))|\bgot (?:straight|right) back up\b|(?:(?<![没冇无])(?:又|重新)?(?:有|恢复(?:了)?)(?:自主)?呼吸了|呼吸(?:也)?(?:恢复|回来)了|又能(?:喘气|呼吸)了|\b(?:started|is|'s) breathing (?:again|on (?:his|her|their) own)\b|(?<!\bnot |n'?t |\bno |\bstopped )\bbreathing again\b)(?![^。.]{0,16}(?:但|可是|不过|\bbut\b|没醒|叫不醒|不醒|won'?t wake|not (?:awake|waking|responding)))|(?:大家)?不用(?:再)?(?:过来|上来|来了)|(?:tiny|small|minor|little) (?:cut|scratch|wound|bump)|sorry (?:for|about) the (?:panic|alarm|fuss|scare)|(?<!\b(?:if|whether|hope|says?|said|claims?|insists?|thinks?) )\b(?:she|he|they) (?:is|'s|are|'re) (?:ok|okay|fine|alright|all right|safe)\b(?!\s*\?)|后来[^。!!??]{0,10}(?:就|已经|也)(?:好|没事)(?:了|多了|啦)|缓过来|(?<!不|不太)放心|在医院(?:观察|治疗|里|了|呢)|观察中|情况稳定|under observation|at the hospital now|in (?:the )?hospital now|\balmost\b|\bnearly\b|fine now|okay now|ok now|better now|\b(?:is|'s|are|'re) doing (?:well|fine|great|ok|okay|much better)\b(?!\s*\?)|(?:is|he'?s|she'?s) stable|is at the hospital|already (?:took|taken|at)|ambulance came/i;
/**
 * Someone from an earlier scare asked after (「晕过去的那个阿婆后来哪能了」, 「之後點樣」, "how is the man who fainted … doing now"): a
 * question how it ended, read only when no sign is said to happen now (recognise.ts).
 */
export const ASKED_AFTER = /(?:后来|之后)(?:怎么样|怎样|点样|哪能|如何|好点了没|好了没有)|(?:后来|现在)(?:人)?(?:醒|好)(?:过来|点|多)?了(?:吗|没有?)|怎么样了|(?:怎么|点)呀[??]|还好(?:吗|吧|嘛)|有没有(?:什么)?事|没(?:有)?(?:什么)?事(?:吧|吗|嘛)|\bis (?:she|he|they) (?:ok|okay|alright|all right|fine)\b|\bhow(?: is|'s| are) (?:she|he|they|the \w+(?: \w+){0,10}?) (?:doing )?now\b/i;
/**
 * When a past event is told (昨天, 上个月, "last week"), or the event named as its day (摔跤那天, 晕倒那次, 跌親嗰日, "the day my
 * dad fainted"): a clause that says it happens again now outweighs it. A demonstrative or 上 with a unit of time is such a time
 * too (上趟, 上一回, 那天, 那晚, "that night"); not 那个时候 nor 那阵 (Cantonese 嗰阵), which are as often the moment of a story
 * told now (「就在那个时候 听到咚的一声」), nor 上趟 as a trip (去上趟厕所); 「那天起」, 「那次以后」 run on to now and are no past.
 */
export const PAST_TIME =
  /(?<![从自])(?:昨天|前天|前日(?!子)|昨晚|琴晚|琴日|寻晚|寻日)(?!(?:晚上|下午|早上)?(?:起|开始|到现在|到今天|以来|一直))|上(?:个)?(?:周|星期|礼拜|月)|上(?:一)?(?:次|回)|上(?:一)?(?:趟|遭)(?![^。,,\s]{0,2}(?:厕所|卫生间|洗手间|茅房|楼|医院|街|菜场|超市|医院))(?<!(?:去|要|想|来|刚|得|再|又|就)上(?:一)?(?:趟|遭))|(?:那|𠮶|嗰)(?:一)?(?:次|天|日|晚|夜|回|趟)(?!起|开始|以来|到现在|之后|以后)|(?<!\bby )\bthe (?:day|night) (?:when |that )?(?:my|his|her|our|their|he|she|they)\b|\blast time\b|\bthat (?:day|night)\b|去年|前(?:几|两|三|一)(?:天|日)|(?:\d+|[两三四五六七八九十几])(?:天|日)前|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many) (?:days?|weeks?|months?|years?) ago\b|(?<!since )\blast (?:week|month|night|year)\b|(?<!since )yesterday/i;
/** An animal as the cause of a person's wound: 「我妈被狗咬了」, "bitten by a dog" — the person is the one in danger. */
export const BITTEN = /(?:狗|猫|蛇)把[^。,,]{0,6}(?:我|人|孩子|小孩|老人|爸|妈|爷|奶|宝宝)[^。,,]{0,2}(?:咬|抓|扑|绊|撞|推|拖)|被[^。,,]{0,4}(?:狗|猫|蛇|蜂|老鼠)[^。,,]{0,2}(?:咬|抓|蛰|蜇|叮|扑|撞)|(?:狗|猫|蛇)(?:把[^。,,]{0,6})?(?:咬|抓|扑)(?:了|伤|到)?(?:我|人|孩子|老人|爸|妈|爷|奶)|bitten by|(?:dog|cat|snake) bit (?:my|him|her)/gi;
/** A clause with an animal in it: 「隔壁的狗叫了一晚上 老太太一直没出来」 observes the old lady, not the dog. */
export const ANIMAL_CLAUSE = /[^。,,!!??\s]*(?:猫|狗|宠物|鸟|鹦鹉|\bcat\b|\bdog\b|\bpet\b)[^。,,!!??\s]*/gi;
export const ANIMAL = /金毛|泰迪(?!熊)|柯基|哈士奇|二哈|柴犬|拉布拉多|比熊|博美|萨摩|边牧|毛孩子|猫|狗|宠物|兽医|鸟|鹦鹉|八哥|乌龟|金鱼|仓鼠|\bparrot\b|\bbird\b|\bturtle\b|\bhamster\b|\brabbit\b|(?<!吃|墨|鲍|甲|鳄|养)鱼(?![刺骨肉汤片丸干塘池场])|仓鼠|兔子|\bcat\b|\bdog\b|\bpet\b|\bvet\b|puppy|kitten/i;
export const MEDIA = /(?:昨(?:天|晚|日)|前(?:天|日|晚)|上(?:个)?(?:礼拜|星期|周)|那天)(?:夜里|晚上|半夜|夜里厢|下半夜)?[^。,,\s]{0,4}(?:有人|群里)[^。,,\s]{0,4}(?:喊|问|叫)(?=[^。,,\s]{0,3}(?:谁|啥人|邊個|边个|哪个|有没有|有冇))|\b(?:someone|somebody|people) (?:shouted|asked|called out|posted|was asking)\b[^.]{0,40}\b(?:last night|yesterday|the other night)\b|(?:看|刷|翻)(?:了|到)?(?:一下)?群(?:里|消息|聊天|记录)|(?:在)?群里看到|\b(?:read|saw|seen) (?:it )?in the (?:group|chat|group chat)\b|(?:有人|好多人|很多人|那么多人|大家|别人|他们)(?:在|都在)?群里[^。,,\s]{0,4}(?:喊|说|发|问)|群里(?:有人|好多人|很多人|那么多人)(?:在|都在)?(?:喊|说|发|问)|《[^》]{1,20}》|那(?:一)?(?:段|集)(?![时日])|某(?:小区|社区|地|市|区|医院|街道|楼|村)|朋友圈|抖音|微博|小红书|公众号|在传|谣言|真的假的|文章|\barticle\b|tiktok|weibo|剧(?![烈痛])|主角|女主|男主|主人公|演员|动画|漫画|\bgame\b|episode|\bseries\b|character|\bfilm\b|novel|电视|医疗剧|游戏里|打游戏|(?:我的|他的)角色|连续剧|综艺|新闻|报道|电影|视频|影片|演得|剧里|演习|小说|梦见|梦到|做梦|做了个梦|噩梦|\bdream(?:t|ed|s)?\b|nightmare|\bdrama\b|\bmovie\b|\bshow\b|\bvideo\b|\bnews\b/i;
export const LEARNING = /(?:跟|和|给)大家分享|分享(?:一下|下|个)|\bsharing (?:a|some|my|this) (?:tip|trick)s?\b|\btip:|(?:^|\s)[^\s。]{0,8}提醒(?:一下|下|大家|各位|你们)?(?=[\s::,,!!])|注意事项|给大家参考|第一[^。]{0,30}第二|(?:^|[\s::])1[.、)][^。]{1,40}\s2[.、)]|一、[^。]{1,30}二、|\b1\)[^.]{1,60}\b2\)|^\s*【|(?:打|拨打?)120(?:的)?(?:时候?)?(?:要|该)说|120[^。]{0,12}清单|清单[^。]{0,12}120|大家存一下|what to (?:say|do) when|(?:made|make|wrote|write) a (?:short )?list|练习(?:对象|海姆立克|心肺复苏|急救)|拿[^。,,]{0,4}当练习|学(?:做)?(?:海姆立克|心肺复苏|急救|cpr)|高发|温馨提示|健康提醒|说明书|leaflet|package insert|前兆|征兆|症状(?:有|是|包括)|转给|转发给|报上来|(?:统一|每天|及时)?上报|汇总|报给居委|\breport (?:every (?:day|evening|night|morning)|daily|each (?:day|evening))\b|(?:大家|请|帮忙)(?:都|帮忙)?转发(?:一下|起来)?|\bplease (?:share|pass (?:this|it) on)\b|signs of|symptoms of|培训|(?:培训|课程|讲座|活动|演练)[^。]{0,12}报名|报名(?:参加|找|请|联系|截止|时间|方式|链接)|通知|演练|演习|模拟|假装|扮演|simulat|pretend|讲座|课程|急救课|\bclass\b|\bcourse\b|\bdrill\b|reminder|学一下|学习|学会|(?:想|要|去)学|(?:哪里|哪儿|谁)(?:有)?(?:人)?教|知识|收藏|科普|步骤|要多深|正确的|方法|如何|first aid training|training (?:this|next|on|course)|\bworkshop\b|learn (?:what|how)|how to|\bcpr\b(?! (?:is )?(?:in progress|ongoing))(?<!doing cpr)/i;
/** What one always has, not what is happening: 老毛病, 经常, "usually" (not what one took for it: 「俺以为是老毛病」, 「当是老毛病」). */
// (What one usually keeps ready — 一般都备两个喷雾, 通常会备两支, 向来随身带几颗糖 — is a habit too; 一般 alone, "so-so", is not.)
export const HABIT = /(?<!以为(?:是|系)?|当(?:是|成|作))老毛病|normal for (?:him|her|them|me)|usual for (?:him|her|them|me)|经常|常常|老是|总是|一向|\balways\b|动不动就|一直有(?![点些人])|有时候|平时|每次|(?:一般|通常|平常|向来|一贯)(?:都|也|是)?(?:会)?(?:在[^。,,\s]{1,8}?)?(?:备|放|摆|带|存|囤|随身)|以前(?:也)?(?:这样|有过)|\busually\b|\boften\b|\bsometimes\b|(?:happened|happens) (?:\d+|two|three|several|many) times|calms? down after/i;
/** "我要晕倒了 今天核酸排了两个小时", "热得我喘不过气", 「感动得说不出话来」, 「又要多关七天 晕死」 (said on its own): hyperbole about oneself. */
export const HYPERBOLE =
  /(?:说|讲|话)(?:他|她|伊|佢)?(?:都)?(?:要|快|快要|都要|都快)(?:被[^。,,]{0,6})?(?:心梗|吐血|窒息|脑溢血)了|(?:看到|看见|一看|一听|听到)[^。,,]{0,8}(?:价|账单|分数|成绩|通知|电费|水费|股票|基金)[^。,,]{0,4}(?:要|快|都要|都快|直接|当场)(?:要)?(?:心梗|吐血|窒息|晕倒|昏倒|晕过去)(?:了)?|(?:^|[\s,,。!!~]|真是|真|简直)晕死(?:了|我了|人了)?(?=$|[\s,,。!!~])|原地(?:晕倒|晕厥|晕过去|去世|升天|裂开|爆炸)|(?:骂|吓|气|笑|累|卷)(?:到|得)(?:我)?(?:原地)?(?:晕倒|晕过去|昏倒|昏过去)|(?:感动|激动|无语|震惊|惊讶|气|吓|开心|高兴|哭|笑)(?:得|到)(?:我)?(?:都|已经|真的)*(?:说|讲)不出(?:话|闲话)?(?:来)?|我(?:真的|都|已经|简直)*(?:说|讲)不出(?:话|闲话)(?:来)?(?:了)?(?=[^。]{0,8}(?:感动|激动|无语|太开心|太好了|谢谢|佩服|服了))|\b(?:touched|moved|stunned|overwhelmed) (?:that )?I (?:can ?not|can'?t) (?:talk|speak)\b|(?:(?:好|太)(?:吃|看|听|喝|玩)|美|笑|帅|甜|香|可爱|贵|难吃|难看|热|冷|累|饿|气|烦|(?<!胸口|胸|心口|心里)闷|晒|困|卡)(?:到|得)(?:我)?(?:头)?(?:要)?(?:窒息|晕|昏|吐血|心梗|中风|脑溢血|心脏病发|喘不|透不过|要死)|(?:看到|看见|一看|一听|听到)[^。,,]{0,6}(?:价|账单|分数|成绩|通知|新闻|消息|电费|水费|排队)[^。,,]{0,6}(?:直接|当场)(?:就)?(?:晕|昏)(?:倒|过去|了)?|(?:看|算|听|读|填|搞)(?:得|到)我(?:的)?(?:头|眼)?(?:都)?(?:要)?(?:晕|昏|花|疼|痛)|(?:排|等|抢)(?:队|核酸|菜)?(?:排|等|抢)?(?:得|到)我?(?:的)?(?:头|眼)?(?:都|也)?(?:要)?(?:晕|昏|花)|(?:看到|看见|一看|一听|听到)[^。,,]{0,8}(?:价|账单|电费|水费|燃气费|股票|基金)[^。,,]{0,4}[\s,,]?[^。,,]{0,3}(?:心口|胸口|心|头)(?:就|都|也)?(?:好|很)?(?:痛|疼|晕)|(?:股票|基金|菜价|价钿|价格|价钱|账单|房价)[^。]{0,12}(?:头(?:也|都)?(?:晕|昏)|头晕眼花)|(?:头(?:也|都)?(?:晕|昏)|头晕眼花)[^。]{0,12}(?:股票|基金|菜价|价钿|价格|价钱|账单|房价)(?:又|也|都)?(?:跌|涨)|(?:看到|看见|一看|一听|听到)[^。,,]{0,6}(?:价|账单|电费|水费)[^。,,]{0,6}(?:心里)?(?:发|好|很)?慌|(?:让|令|叫)人(?:都)?(?:窒息|晕|喘不过气|透不过气|心梗|吐血|崩溃)|(?:得|到)我(?:的)?(?:心跳|心脏|呼吸)(?:都)?(?:停|骤停|要停|没)|(?:giving|gave|give|gives) (?:me|us|everyone) (?:a )?(?:heart attack|stroke|seizure|aneurysm)|(?:having|had|threw|throwing|throws|pitch\w*) a (?:fit|fits|tantrum) (?:about|over|because|when)|fit of (?:laughter|rage|giggles)|(?:from|with) laugh\w*|laugh\w* (?:so|too) hard|大出血[^。]{0,12}(?:花|钱|块|元|买|消费|购物|双十一|工资|账单)|(?:花|钱|买|消费|购物|钱包|双十一|工资)[^。]{0,12}大出血|口吐白沫地|bleed\w* (?:us|me|them|you|him|her) dry|bleeding (?:money|cash)|口沫横飞|唾沫横飞|chok(?:ed|es|ing) (?:in|during|at|on) (?:the )?(?:final|game|match|exam|test|interview|penalty|presentation|big)|(?:气|吓|急|烦|累|热|(?<!胸口|胸|心口|心里)闷|挤|笑|忙|抢|排|等|(?<!胸口|胸|心口|心里)压|晒|冻|饿|吵|震|馋|激动|兴奋|跑|爬|哭)得(?:我)?[^。,,]{0,6}(?:不行|说不出|讲不出|脸|胸口|心脏|心口|头|喘|透不过|窒息|晕|昏|抽|要死)|(?:压力|工作|作业|加班|事情|活太|忙|烦|(?<!胸口|胸|心口|心里)闷得)[^。]{0,10}(?:喘不过气|透不过气|窒息)|(?:喘不过气|透不过气|窒息)[^。]{0,10}(?:压力|工作|作业|加班|事情|太忙|太烦)|(?:快|要)窒息了|我(?:都)?(?:快|要)?(?:被[^。,,\s]{0,8})?(?:热|累|饿|困|晒|气|吓)晕了|(?:快|要|都快|快要)(?:被[^。,,\s]{0,8})?(?:饿|累|热|困|晒|气|吓)(?:晕|昏)(?:过去|倒)?了|我(?:都)?(?:快|要)(?:要)?(?:晕|昏)(?:倒|过去)?了|(?:价钱|价格|账单|分数|成绩|通知|规定|说明)[^。,,]{0,8}(?:看得)?(?:我)?(?:都)?(?:晕|昏)了|(?:热|冷|累|饿|困|烦|吵)得(?:来)?要死|(?<!是不是|会不会|是否|我是不是|我会不会)要死了|(?:憋|闷|急|累|饿|热)坏了|(?:累|热|饿|困|烦|气|忙|吵|笑|憋|闷|急|吓|挤|冻|晒|渴)死(?:了|我了)|(?:吓|气|热|累|饿)得我[^。]{0,8}(?:都)?要|都要(?:犯|晕)|抢到|激动|兴奋|(?:要|快)?(?:晕|昏)了[^。]{0,20}(?:看不懂|没看懂|搞不懂|没搞懂|看不明白|没看明白|搞不明白|弄不懂|绕)|(?:看不懂|没看懂|搞不懂|看不明白|绕)[^。]{0,12}(?:晕|昏)了|(?:看|绕|算|搞|转)(?:得)?(?:我)?(?:头)?(?:都)?(?:晕|昏)了|heart goes out|(?:心口|胸口|心里)(?:好|很|有点)?(?:堵|闷)(?:得慌)?[^。]{0,10}(?:气人|气死|生气|窝火|憋屈|闹心)|(?:气人|气死|生气|窝火|憋屈|闹心)[^。]{0,10}(?:心口|胸口)(?:好|很|有点)?(?:堵|闷)|heart (?:hurts|aches|breaks|bleeds|sank|sinks)\b[^.!?]{0,6}(?:seeing|hearing|reading|watching|to see|to hear|to read|for|when)|heartbreak|heartfelt|killing me|i'?m (?:choking|suffocating) on (?:this|the|all (?:this|the)) (?:dust|smoke|smell|fumes|air|pollen)|(?<!feel(?:s|ing)? like )(?:i'?m|i am) (?:going to|gonna) (?:faint|die|pass out)|(?:i could|i'?ll|i will) (?:faint|die|pass out)\b[^.!?]{0,30}\b(?:when|price|bill|fee|hot|heat|queue|line|exam|boss|work|cute|lol|haha)|\b(?:price|bill|fee|hot|heat|queue|exam|boss|cute)\b[^.!?]{0,30}(?:i could|i'?ll|i will) (?:faint|die|pass out)|(?:heart|breath) (?:stopped|skipped)[^.]{0,30}(?:price|saw|when|lol)|(?:choked|dying) (?:laughing|of laughter)/i;
/** An illness of the past (「以前中风过」, 「年轻时候得过心梗」): not now, unless something happens now. */
export const PAST = /是[^。,,\s]{1,10}(?:救|拍|弄|抠|压)(?:了)?(?:回来|过来|出来|醒)的|以前|老早(?=(?:阿拉|伲|我们|我)?(?:村里|乡下|宅基|队里|生产队|辰光|时候|年|[一二三四五六七八九]|住|勒|在))|之前|年轻(?:的)?时(?:候)?|小时候|曾经|得过|(?:\d+|[一二两三四五六七八九十几]+)(?:多)?年了|(?:中风|心梗|晕倒|昏倒|摔倒|骨折|抽搐|犯病|发作|住院|痛|疼)过|前几年|几年前|(?:大)?前年|(?:\d+|[一二两三四五六七八九十几]+)年前|那年|当年|\byears ago\b|\bused to\b|\bwhen (?:he|she|i) was (?:young|little)\b/i;
export const HAPPENING = /这(?:次|回)(?:是)?真的|this time (?:it'?s|it is) (?:real|serious)|刚才|刚刚|突然|正在|\bnow\b|another one|今天|今日|今早|(?<!每(?:天)?|天天)早上|this morning|\btoday\b|tonight|(?:又|再次)(?:犯|发|开始|晕|倒|摔)|快来|救命|急(?!救|诊)|马上|赶紧|现在[^。,,]{0,3}(?:又|突然|胸|喘|疼|痛|不|没|晕|抽)|right now|just now|suddenly|\bagain\b|\b(?:is|are|am)\s+(?:having|turning|getting|struggling|choking|bleeding|shaking|seizing)\b/i;
/** Clauses: Chinese ones end at a space or a mark, English ones at a mark or "and"/"but". */
export const CLAUSE_END = /[,,。.!!??;;、\n]|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])|\b(?:and|but)\b/;
/** Every sign said in a clause of the past, and nothing said to happen now. */
export function inThePast(text: string): boolean {
  if (!PAST.test(text) || HAPPENING.test(text)) return false;
  const signed = text.split(CLAUSE_END).filter((c) => c !== undefined && (ANY_SIGN.test(c) || MILD.test(c)));
  return signed.every((c) => PAST.test(c));
}

/** One's own people or a place here (我爸, 楼下, "my wife", the 室友 of a shared flat): what happens to them is not a drama or a video seen. */
export const OURS =
  /室友|舍友|合租的|同屋的|\b(?:roommate|flatmate|housemate)s?\b|我(?:家|的)?(?:爸|妈|爷|奶|嫲|老豆|老母|外公|外婆|姥|老公|老婆|老伴|老头|老太|孩子|宝宝|小孩|儿子|女儿|孙|爱人|先生|太太)|隔壁|对门|楼上|楼下|楼道|门口|\d+号楼|\bmy (?:dad|mum|mom|father|mother|wife|husband|son|daughter|baby|kid|child|toddler|little one|boy|girl|infant|newborn|grand\w+|neighbou?r|friend)\b|\bnext door\b|(?<!\b(?:a|the|his|her|their|your|some|any|every|another|one|that|this)\s)\b(?:Mom|Mum|Dad|Grandma|Grandpa|Granny|Nana|Nan|Gran|Grandad)\b/i;
/** Someone who can be in danger, named: family, a neighbour, 有人 — not an animal, a character or a dummy. */
export const SOMEONE =
  /婆婆|公公|嫲|老豆|老母|先生|太太|爱人|丈夫|妻子|媳妇|女婿|岳父|岳母|舅|叔|伯|姨|哥|姐|弟|妹|朋友|同事|\b(?:husband|wife|partner|brother|sister|uncle|aunt)\b|爸|妈|爷|奶|外公|外婆|姥|老公|老婆|老伴|老头|老太|孩子|宝宝|小孩|儿子|女儿|孙|邻居|阿姨|阿婆|老人|老伯|有人|有个人|\b(?:someone|somebody)\b|\bmy (?:dad|mum|mom|father|mother|wife|husband|son|daughter|baby|kid|child|toddler|little one|boy|girl|infant|newborn|grand\w+|neighbou?r|friend)\b/i;
/** The clauses of a message (see CLAUSE_END). */
export const clausesOf = (text: string): string[] => text.split(CLAUSE_END).filter((c): c is string => c !== undefined && c.trim() !== '');
/**
 * What someone was doing when it happened (看新闻的时候, 打游戏, 遛狗, "watching the news", "walking the dog"):
 * an activity, not a drama or an animal told of. 「看新闻说…」, "on the news" stay frames, and so does a video watched
 * about something ("watched a video about first aid for bleeding", 「看视频学止血」): its topic is what was seen.
 */
export const DOING =
  /(?<!\b(?:caught|filmed|recorded|captured|posted|shared|uploaded|seen|saw it)\s)\bon video\b(?! (?:of|clip|footage))|\bon (?:a )?video(?: call)? (?:from|with)\b|\b(?:while|when) (?:we|i) (?:were|was) on (?:a )?video\b|(?<=(?:爸|妈|爷|奶|婆|公|伴|老头子|老太婆)[^。,,\s]{0,2})(?:在|喺)视频(?:里|里面|里头|入面|中)|(?<=(?:爸|妈|爷|奶|婆|公|伴|老头子|老太婆))视频(?:里|入面|中)(?=(?:突然|一下子)?(?:跌|摔|倒|晕|抽|嘴))|(?:跟|和|同|与)[^。,,\s]{0,6}(?:打|开)?视频(?![里上中])|video ?call\w* with|(?:打|开|在)?视频(?:通话|电话|聊天)(?:的时候|时)?|(?:打|开|在)视频(?:的时候|时)|视频的时候|video ?call(?:ing)?|facetim\w*|电视(?:机)?(?:一直|还|整天)?(?:开着|没关|响着)|(?:在)?(?:看|看着)(?:新闻|电视|视频|手机|剧|电影|综艺)(?![说里上中讲报学教])|(?:在)?(?:打|玩)(?:游戏|麻将|牌)(?![里中])|遛狗|喂(?:猫|狗)|(?:watching|watched|watches) (?:the )?(?:news|tv|television|a movie|a video|a show)(?! (?:about|on|of|showing|where|explaining)\b)|playing (?:a )?(?:board |video )?(?:game|cards|mahjong)|walking the dog|feeding the (?:cat|dog)/gi;

/**
 * A frame that makes the danger not a person's now — a drama, an animal, a class — holds unless a
 * clause of its own names someone with a sign and no part of the frame (「在看电视 我爸突然倒下了」).
 */
/** A faint only said, about to come or caused by hunger, heat or a snore: 「我儿子说他饿晕了」, 「说她要晕过去了」, 「打得喘不过气」. */
export const SAID_ONLY = /说(?:他|她|自己)?(?:要|快|快要)?(?:饿|累|热|气|困|吓)?(?:晕|昏)|说(?:他|她|自己)?(?:要|快|快要)(?:心脏病发|犯心脏病|心梗|吐血|断气)|(?:要|快要)(?:晕|昏|倒)|(?:饿|累|热|气|困|吓)(?:晕|昏)|[^疼痛]得(?:我)?[^。,,]{0,4}(?:喘不|晕|窒息|透不过)/;
export function framed(told: string, frame: RegExp, laugh = false): RegExpExecArray | null {
  const text = told.replace(DOING, ' ');
  const m = frame.exec(text);
  if (!m) return null;
  // 「昨天梦见我爸晕倒 今天他真的晕倒了」: a dream or a drama, and then what really happens.
  // "lol wait my roommate actually collapsed": a laugh, and then what really happens (the laugh may share its clause).
  if (laugh && clausesOf(text).some((c) => /真的|\breally\b|\bactually\b|for real/i.test(c) && ANY_SIGN.test(c) && OURS.test(c) && !SAID_ONLY.test(c))) return null;
  if (frame === MEDIA && clausesOf(text).some((c) => /真的|\breally\b|for real/i.test(c) && ANY_SIGN.test(c) && !frame.test(c))) return null;
  return clausesOf(text).some((c) => (ANY_SIGN.test(c) || DANGER_WORD.test(c)) && OURS.test(c) && !frame.test(c) && !SAID_ONLY.test(c)) ? null : m;
}
/** A past event (昨天, "last week") unless a clause of its own says a sign happens now (「昨天晕倒过 刚才又晕倒了」). */
/**
 * A settled outcome (已经送医院了, 好多了, 医生说…) unless news told after it says a sign happens now:
 * 「上周刚出院 今天又晕倒了」 pages, 「刚才晕倒了 已经送到医院了」 does not. The latest news counts.
 */
/** Signs that are a state now whatever the tense around them: 叫不醒, 没有呼吸, 一动不动, "not breathing". */
export const GRAVE = /叫不醒|喊不醒|没(?:有)?(?:呼吸|气了|心跳|意识|反应)|一动不动|昏迷|不省人事|口吐白沫|抽搐|喘不上气|嘴唇发紫|not breathing|unconscious|unresponsive|(?:can ?not|can'?t) get up/i;
/** 「眼前一黑 差点摔倒」: 差点 settles only its own clause; a sign in another clause still happened. */
const SETTLED_ALL = new RegExp(SETTLED.source, 'gi');
const ALMOST = /^(?:差点|差一点|差些|almost|nearly)$/i;
const almostBeside = (text: string, word: string): boolean =>
  ALMOST.test(word) && clausesOf(text).some((c) => !c.includes(word) && (ANY_SIGN.test(c) || MILD.test(c)));
/** A settled word asked about, not told: 「不知道是不是睡着了」, 「会不会没事」; or only the patient's own (「伊自家讲没事体」). */
const ASKED_BEFORE = /(?:是不是|是否|会不会|不知道|不确定|可能(?:是)?|也许(?:是)?|或许(?:是)?|(?:他|她|伊|佢|老人|爸|妈|老伴|老头|老太|阿婆|阿爷|外公|外婆|爷爷|奶奶)(?:子|婆)?(?:自己|自家)?(?:说|讲|话|觉得))\s*$/;
/** A settled word only guessed (「可能是睡着了 也可能不是」): the writer is unsure, and asks. */
export const guessedSettled = (text: string): boolean =>
  SETTLED.test(text) &&
  [...text.matchAll(SETTLED_ALL)].some((s) => /(?:可能|也许|或许)(?:是)?\s*$/.test(text.slice(Math.max(0, s.index - 4), s.index)) && !ANY_SIGN.test(text.slice(s.index + s[0].length)));
export function settled(text: string): RegExpExecArray | null {
  if (!SETTLED.test(text)) return null;
  const told = [...text.matchAll(SETTLED_ALL)].filter((s) => !ASKED_BEFORE.test(text.slice(Math.max(0, s.index - 6), s.index)) && !almostBeside(text, s[0]));
  const m = told[0];
  if (!m) return null;
  const end = told[told.length - 1]!.index + told[told.length - 1]![0].length;
  // From the end of the clause the last settled word is in: 「差点没气了」 is all almost.
  const rest = text.slice(end);
  const clauseEnd = CLAUSE_END.exec(rest);
  const after = clauseEnd ? rest.slice(clauseEnd.index) : '';
  // 「现在睡着了 呼吸有点快 要不要去医院」: a milder sign after the settled word, with the writer asking whether to go, is the middle.
  // 「烧退了又烧起来了 现在40度」: what settled came back.
  const back = /^[^。]{0,4}(?:又|再次)(?:烧|发烧|发热|发起烧|抽|晕|吐|喘|痛|疼)|^[^.。]{0,10}\bagain\b/i.test(rest);
  return back || (ANY_SIGN.test(after) && (HAPPENING.test(after) || GRAVE.test(after))) || (MILD.test(after) && ASKED_WHETHER.test(after)) ? null : m;
}
/** Whether it needs a hospital, asked by the writer: 「要不要去医院」, 「要唔要睇醫生」, "should we go to the ER?". */
/** Whether to go or call, asked (the verb, 不/唔, the verb again: 要不要, 使不使, 需不需要 — as NOT_URGENT in signs.ts). */
export const ASKED_WHETHER = /(?:(?![能可])([\u4e00-\u9fff])(?:不|唔)\1(?:要)?)(?:去|送|上|睇|看)?(?:医院|急诊|医生|打120|叫救护车)|要不要紧|严重吗|should (?:we|i|someone) (?:go|take|call|check|be worried)|is (?:it|this|that) serious/i;
/** What is told after the last word of the past (昨天, "yesterday"), or undefined when nothing is past. */
export function afterThePast(text: string): string | undefined {
  let end: number | undefined;
  for (const m of text.matchAll(new RegExp(PAST_TIME.source, 'gi'))) end = m.index + m[0].length;
  return end === undefined ? undefined : text.slice(end);
}
/** The sign named again: "and again just now", 「又晕倒了」. */
const AGAIN_NOW = /\bagain\b|(?:又|再次|再一次)(?:晕|昏|倒|摔|跌|抽)/i;
/**
 * The cause someone gives (「他说是昨天没睡好」, 「讲是前天吃太咸了」, "he blames yesterday's late night"): the past word right after it is
 * the cause's, not the sign's — also in a voice run-on with no clause marks.
 */
const CAUSE_PAST = /((?:说|讲|觉得|以为)(?:是|因为)|(?:^|\s)(?:是|因为|怪))(昨天|前天|昨晚|前日|上(?:个)?(?:周|星期|礼拜))|(\bblames?\s+|\bbecause of\s+)(yesterday|last night|last week)/gi;
const withoutCauses = (text: string): string => text.replace(CAUSE_PAST, (_all, a?: string, b?: string, c?: string, d?: string) => (a ?? c ?? '') + ' '.repeat((b ?? d ?? '').length));
/**
 * When the writer was told, not when it happened (「今天才跟我说」, 「今日先讲俾我听」, "only told me today"): the day of the telling is
 * no sign's now.
 */
const TOLD_ONLY_NOW = /(?:今天|今日|刚才|刚刚)(?:才|先|至|终于)(?:跟|和|同|对)?(?:我)?(?:说|讲|告诉|话)(?:我|俾我|给我)?(?:听|知)?|\b(?:only|just|finally) (?:told|mentioned (?:it )?to) (?:me|us)(?: (?:today|this morning|tonight|now))?/gi;
/** Well again now, after a sign of the past (「昨天夜里心慌 今天早上好了」, 「今朝好返」, "fine again this morning"): that now is no sign's. */
const WELL_AGAIN_NOW = /(?:今天|今日|今朝|今早|早上)[^。,,\s]{0,4}(?:已经|就|又)?(?:好了|好返|没事了|没有事了|正常了)|\b(?:was|is|'s|were|are|'re) (?:fine|ok|okay|normal|all right|alright) (?:again )?(?:this morning|today)\b/gi;
/** Said to go on or come back (还在疼, 还是吐, 又烧起来了, "still", "again"): a sign of the past day is one of now as well. */
const GOES_ON = /还(?:在|是|有|没|会)|仍|依然|一直|又|再|越来越|更|\bstill\b|\bagain\b|\bkeeps?\b|\bworse\b/i;
export function toldOfThePast(told: string): RegExpExecArray | null {
  const text = withoutCauses(told).replace(TOLD_ONLY_NOW, (m) => ' '.repeat(m.length)).replace(WELL_AGAIN_NOW, (m) => ' '.repeat(m.length));
  const m = PAST_TIME.exec(text);
  if (!m) return null;
  if (clausesOf(text).some((c) => ANY_SIGN.test(c) && HAPPENING.test(c) && !PAST_TIME.test(c))) return null;
  // "had a stroke last year and now she is having another one, face drooping": now and a sign after the past.
  const after = afterThePast(text) ?? '';
  // "fainted yesterday and again just now": the same sign again, now.
  if (AGAIN_NOW.test(after) && HAPPENING.test(after)) return null;
  // 「孩子昨晚高烧 今天退了」: a sign in the past word's own clause is that day's; now is what the later clauses tell — unless they say it
  // goes on, or only eases (「昨晚喘得厉害 今天早上好一点了」: eased, not gone, and asked).
  const cut = CLAUSE_END.exec(after);
  const rest = cut ? after.slice(cut.index) : '';
  const later = cut && !GOES_ON.test(rest) && !EASING.test(rest) ? rest : after;
  return (ANY_SIGN.test(later) || MILD.test(later)) && (HAPPENING.test(later) || /这(?:两|几)天|these (?:few )?days/i.test(later)) ? null : m;
}

/** An illness long past (「中风过的」, 「以前心梗过」, 「去年」, "years ago"): its clause names no sign now. Not 之前, which is minutes as often. */
// Round 17: 前两年, a year by its number (2019年, "in 2019"), and the illness said as what marks time or who one is (心梗后, 中风以后,
// 心梗病人, 装了支架): 「我爸心梗后吃的倍他乐克没了 着急」 asks for a medicine, 「前两年心梗 现在天天打拳」 is the past.
const LONG_AGO = /前[一两二三四五六七八九十]年|(?:19|20)\d\d年|\bin (?:19|20)\d\d\b|(?:心梗|心肌梗死|心肌梗塞|中风|脑梗|脑出血|卒中)(?:以后|之后|后(?![来面边头悔])|病人|患者)|(?:装|放|做|搭)(?:了|过)(?:[一二两三四五\d]个)?(?:支架|桥)|以前|老早(?=(?:阿拉|伲|我们|我)?(?:村里|乡下|宅基|队里|生产队|辰光|时候|年|[一二三四五六七八九]|住|勒|在))|曾经|得过|年轻(?:的)?时(?:候)?|小时候|(?:中风|心梗|晕倒|昏倒|摔倒|骨折|抽搐|犯病|发作|住院)过|中过风|前几年|几年前|(?:大)?前年|去年|当年|那年|(?:\d+|[一二两三四五六七八九十几]+)年前|\byears ago\b|\blast year\b|\bused to\b/i;
/** The message without its clauses of an illness long past, unless such a clause says it happens now. */
export const present = (text: string): string =>
  LONG_AGO.test(text) ? clausesOf(text).filter((c) => !LONG_AGO.test(c) || HAPPENING.test(c)).join(' ') : text;

/**
 * What to do when a sign comes, as advice (「嘴歪了一定马上打120」, 「大家记得…马上叫救护车」, 「如果抽筋 嘴唇发紫 … 即刻打120」,
 * "if a face droops, call 120 straight away"), or after a first-aid don't (「低血糖昏迷不要喂东西 会呛 要打120」), or a notice's 「急症请拨打120」: the sign is a condition of the instruction, and the call is no urgency.
 * Not when what is said beside it is news of one's own people, of now, or of a sign that has happened
 * (「记得帮我叫救护车 我老婆晕倒了 叫不醒」, 「邻居阿姨倒在地上了 记得打120」); not a question (「一定要打120吗」).
 */
export const INSTRUCTION =
  /(?:(?:一定|记得|记住|务必|千万|应该|应当|第一时间|就要|就得)[^。!!??]{0,12}?|(?<![要该])(?:不要|别|不好)(?!等)[^。!!??]{1,16}?(?:要|就|直接)|急症(?:请|可)?(?:直接)?|(?:如果|要是|万一|假如|一旦|若是)[^。!!??]{1,24}?)(?:马上|立刻|立即|即刻|赶紧|及时|第一时间)?(?:打|拨打?|叫)(?:个|辆)?(?:120|119|救护车|白车)(?![^。]{0,4}(?:吗|[??]|吧|没))|\b(?:if|when)\b[^.?!]{1,40}?,?\s*(?:please |just |always )?call (?:120|an ambulance|the ambulance)|\b(?:remember|make sure|always|must|should) (?:to )?call (?:120|an ambulance)/i;
const NOW_STRONG = /刚才|刚刚|现在|正在|快来|救命|救救|来人|\bnow\b|just now|right now/i;
/**
 * The condition an instruction follows, however long (「如果是压榨样的痛超过十五分钟还出冷汗或者痛到左手臂 不要等马上打120」): from the
 * last 如果/要是/"if" before it, within its sentence. Its signs are the condition's, not news.
 */
const CONDITION_BEFORE = /(?:如果|要是|万一|假如|一旦|若是|\bif\b|\bwhen\b)[^。!!??.]*$/i;
/** 「不要等 马上打120」, "don't wait, call 120": the lead-in of advice, as 一定 or 记得. */
const DO_NOT_WAIT = /(?:千万|一定)?(?:不要|别|勿要|唔好)(?:再)?等(?:了)?[\s,,]*(?:马上|立刻|立即|即刻|赶紧)?(?:打|拨打?|叫)(?:个|辆)?(?:120|119|救护车|白车)|\bdon'?t wait\b[^.?!]{0,6}call (?:120|an ambulance)/i;
export function instructed(text: string): RegExpExecArray | null {
  const m = INSTRUCTION.exec(text) ?? DO_NOT_WAIT.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const condition = CONDITION_BEFORE.exec(before);
  const rest = (condition ? before.slice(0, condition.index) : before) + ' ' + text.slice(m.index + m[0].length);
  const news = (c: string): boolean => ANY_SIGN.test(c) && (OURS.test(c) || NOW_STRONG.test(c) || (/(?:了|啦)$/.test(c.trim()) && !/^(?:所以|因为|一旦)/.test(c.trim())));
  return clausesOf(rest).some(news) ? null : m;
}

/** A sign in a simile: 「打呼噜像没气了一样」; 「脸色像纸一样白」 keeps its white. */
export const SIMILE = /(?:像|跟|好像|仿佛)[^。,,\s]{0,10}(?:一样|似的)/g;
export function likened(text: string): RegExpExecArray | null {
  const m = new RegExp(SIMILE.source).exec(text);
  if (!m || !ANY_SIGN.test(m[0])) return null;
  return ANY_SIGN.test(text.replace(SIMILE, ' ')) ? null : m;
}

/**
 * What one would do if: 「要是老人晕倒了该怎么办」, 「孩子高烧抽搐的时候应该怎么处理」, "what should you do if someone has
 * a seizure?". The conditional and the sign in one clause, up to the question; a sign said outside it is still now.
 */
export const SUPPOSE =
  // Round 17: a medic's advice — 「胸痛的话不要拖」, 「老人摔倒后不要马上扶起来」: the sign is the condition of the advice.
  /[^。!!??,,\s]{1,12}的话[\s,,]?(?:就|不要|别|要|一定|先|马上|赶紧|尽快|千万|记得|应该|最好)[^。!!??]{0,20}|[^。!!??,,\s]{0,6}(?:摔倒|跌倒|晕倒|昏倒|抽搐|中风|心梗|噎住)(?:以后|之后|后)[^。!!??,,\s]{0,4}?(?:不要|别|千万|先|应该|一定|最好)[^。!!??]{0,20}|\bif (?:anyone|anybody|someone|somebody|your \w+|a (?:child|kid|baby|person)|any (?:\w+ )?(?:neighbou?r|resident|elder|senior|person|one|parent)s?)\b[^.?!]{0,60}[:,]\s*(?:please )?(?:lay|put|keep|call|do not|don'?t|give|check|turn|stay|time|make sure|stay calm)\b[^.?!]*|\bif (?:any (?:\w+ )?(?:neighbou?r|resident|elder|senior|person|one|parent)s?)\b[^.?!]{0,120}\b(?:call|text|ring|message|ping|give (?:them|him|her)|send (?:them|him|her)|contact) (?:me|my)\b[^.?!]*|(?:老人|长辈|长者|老人家|谁|邻居)[^。!!??]{0,20}?(?:不舒服|不适|难受)[^。!!??]{0,40}?(?:可以|就|请)?(?:打(?:个)?(?:电话给我|我(?:的)?(?:电话|微信))|(?:微信|语音|视频|视讯)?(?:找|联系|打给|call)我|加我(?:微信)?)[^。!!??]*|(?:有谁|谁家?|哪家|哪位|边个|边位)[^。!!??]{0,24}?(?:找我|揾我|搵我|打(?:个)?电话给我|打我电话|叫我|敲我)[^。!!??\s]*|\bif (?:anyone|anybody|someone|somebody)\b[^.?!]{0,40}\b(?:call|text|ring|find|message|ping) me\b|如(?:出现|发生|遇到?|有)[^。!!??]{1,24}?(?:请|应|要|立即|马上|及时)[^。!!??]{0,20}|(?:如果|要是|万一|假如|倘若|若是|一旦)(?:有人|谁家?|哪家|哪位|大家|邻居)[^。!!??]{0,20}?(?:可以|就|请|找|叫|联系|打|问)[^。!!??\s]*|(?:怕|担心|害怕|就怕|生怕)[^。!!??]{0,8}(?:哪天|有一天|哪一天|某天|以后|将来)[^。!!??\s,,]{0,16}|(?:worr(?:y|ied)|afraid|scared)[^.?!]{0,20}\b(?:one day|someday|some day)\b[^.?!]*|(?:以后|今后|将来|下次|往后)[^。!!??,,\s]{0,4}(?:有人|谁家?|哪家|哪位|老人|孩子)[^。!!??]{0,12}(?:可以|就|请|找|叫|联系|打)[^。!!??\s]*|(?:要是|如果|万一|假如|假设|倘若|若是|一旦|遇到|碰到|遇上)[^。!!??,,\s]{1,20}[\s,,]?[^。!!??]{0,12}?(?:怎么办|怎么处理|怎么急救|怎么救|怎么做|咋办|如何|怎样|吗|[??])|[^。!!??,,\s]{1,16}的时候[^。!!??,,\s]{0,12}?(?:怎么办|怎么处理|应该|该|要怎么|如何|怎样|为什么|为啥|吗|[??])|(?:万一|如果|要是|假如|倘若|若是|一旦)(?!再|还|又|一直|现在)[^。!!??,,\s]{1,16}?[\s,,]?(?:就|便|可以|先|别|不要|千万|记得|要|得|马上|赶紧|立刻|第一时间|应该|一定|含|吃|喷)[^。!!??]{0,16}|\b(?:what|how)\b[^.?!]{0,40}\bif\b[^.?!]*|\bif (?:someone|somebody|a person|your|an? |you|he|she)[^.?!]*\?|\bin case (?:of|someone|somebody|a|an|you|his|her|my|your|the|it|they|he|she|we|i)\b[^.?!]*/gi;
/** 要是, 如果, 万一…: a condition. 「的时候」 alone is also a narrative's "when". */
export const CONDITIONAL = /要是|如果|万一|假如|假设|倘若|若是|一旦|遇到|碰到|遇上|\bif\b|in case/i;
export function supposed(text: string): RegExpExecArray | null {
  // 「我爸晕倒的时候头撞到了 现在一直吐 怎么办」 tells of one's own people: no hypothetical.
  // 「如果有人会急救 我妈晕倒了 请快来」: a clause after the condition with a sign of its own is told, not supposed.
  const told = (span: string): boolean =>
    (OURS.test(span) && !CONDITIONAL.test(span)) || clausesOf(span).slice(1).some((c) => ANY_SIGN.test(c) && !CONDITIONAL.test(c));
  const m = [...text.matchAll(SUPPOSE)].find((s) => !told(s[0]));
  if (!m) return null;
  const rest = text.replace(SUPPOSE, (span) => (told(span) ? span : ' '));
  return ANY_SIGN.test(rest) || DANGER_WORD.test(rest) || CALL_FOR_MEDIC.test(rest) ? null : m;
}

/** 「加班加到要吐血了」, 「我快窒息了」: a sign one is about to have, of oneself with nobody else named — a manner of speaking. */
export const ABOUT_TO = /(?:要|快|快要|都要|都快)(?:被[^。,,]{0,6})?(?:(?:吐血|窒息|晕倒|昏倒|晕过去|昏过去|断气|心梗|中暑)(?:了|(?=[\s,,!!~。]|$))|(?:晕|昏)(?:脱|掉|忒)?(?:了|死了|(?=[\s,,!!~。]|$)))|\bI'?m (?:about to|going to|gonna) (?:faint|pass out)\b/i;
export function aboutTo(text: string): RegExpExecArray | null {
  if (SOMEONE.test(text) || /他|她/.test(text)) return null;
  const m = ABOUT_TO.exec(text);
  // 「我要晕了 胸口好痛」, "about to faint, my chest is so tight", 「我快晕倒了 救命」: a sign or a cry beside it is no manner of speaking.
  const rest = text.slice(0, m?.index ?? 0) + ' ' + text.slice((m?.index ?? 0) + (m?.[0].length ?? 0));
  return m && !ANY_SIGN.test(rest) && !MILD.test(rest) && !URGENCY.test(rest) ? m : null;
}

/**
 * Advice and warnings to everyone, not news of someone: 「老人要注意」, 「防止跌倒」, "be careful", a suggestion to all (建议大家…,
 * 我建议有老人的家庭…, 提醒一下家里有老人的, "I'd recommend all families…"); and someone named by an earlier
 * fall (「下午在楼下摔跤的那个爷爷」, 「跌跤嗰個伯伯」: the normaliser writes 嗰 as 𠮶), asked after.
 */
export const ADVICE = /(?:那个|那位|刚才|刚刚|之前|早上|上午|中午|下午|晚上|昨天|前天|今天|昨晚)[^。,,]{0,6}(?:晕倒|摔倒|跌倒|摔跤|跌跤|摔了一跤|跌了一跤|滑倒|绊倒|昏倒|倒下|出事|晕过去|昏过去|晕厥|低血糖|抽筋|抽搐|噎住|中风|摔伤|犯病|发病|昏迷)的|(?:晕倒|摔倒|跌倒|摔跤|跌跤|滑倒|绊倒|昏倒|倒下|出事|送医|送医院|晕过去|昏过去)(?:的)?(?:那|这|𠮶)(?:个|位)|the (?:\w+ )?(?:lady|man|woman|person|gentleman|old \w+|boy|girl|kid|child|baby|guy|courier|driver|worker|uncle|auntie|grandpa|grandma) who (?:fainted|fell|collapsed|slipped|tripped|passed out|had (?:a|the|that) (?:fall|fit|seizure|stroke|hypo|turn))|容易|要注意|注意安全|注意(?:别|不要)|小心|防止|预防|千万别|千万不要|别急着|不要急着|记得|记住|记牢|提醒大家|大家(?:要|多|少|别|不要|尽量|注意|记)|(?:建议|建議|奉劝|奉勸|劝劝)(?:一下)?(?:大家|各位|你们|大伙|有[^。,,\s]{1,8}的|家里有)|提醒(?:一下|下)?(?:有|家里有)[^。,,\s]{1,8}的|(?<![个位名])(?:老年人|上了年纪的人|年纪大的人|老人们|长者们?|长辈们|老人家们|(?<![家我])老人家)[^。,,!!??\s]{0,8}(?:(?<!要)要(?!不)|(?<!要)不要|别|最好|一定|千万|应该|最怕|就怕)|(?:有的|有些|很多|好多|不少|好些)(?:老人|老年人|老人家)|最(?:担心|怕)的(?:就)?是(?:家里)?(?:的)?(?:老人|老年人|长辈)|(?:头晕|头昏|眼花)就(?:坐|躺|蹲|歇)(?:一歇|一会儿?|一下|下来)?(?=$|[\s,,。!!])|[^。,,\s]{0,12}(?:千万)?(?:不要|别|唔好|不好|切忌)(?:喂|塞|灌|掐人中|自己走去|自己走路去|自己开车去)[^。,,\s]*|(?:好多|很多|不少|好些)人(?:在)?问|be careful|remember to|watch out|make sure|tips?\b|\b(?:i'?d |we'?d )?(?:suggest|recommend|advise)s? (?:that )?(?:every(?:one|body)|all\b|families|parents|people)/i;

/**
 * Staff telling of the patients they took in at work (「夜班收了四个心梗的」, 「急诊来了个低血糖昏迷的老先生」, "we admitted three chest
 * pains on my night shift"): a sign named as the kind of patient counted, with the ward said, is no one's danger here.
 */
const WARD = /科里|科室|我们科|病房|病区|急诊|门诊|ICU|抢救室|夜班|值班|闭环|医院|\b(?:ward|shift|on call|A&E|ER)\b/i;
const PATIENTS_TAKEN_IN = /(?:(?:收|接|来|抢救)(?:了|咗)|送(?:了)?(?:进)?来(?:了)?)(?:好几|[一二两三四五六七八九十几\d]+)?[个個][^。,,\s]{1,10}?(?:的|嘅)(?:病人|患者|老先生|老太太|老人|小孩|孩子|阿姨)?|\b(?:we|i|they)(?: have| had|'ve)? (?:admitted|took in|saw|had|got|received) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|a couple of|another)\b[^.!?]*/gi;
export function atTheWard(text: string): RegExpExecArray | null {
  if (!WARD.test(text)) return null;
  const m = new RegExp(PATIENTS_TAKEN_IN.source, 'i').exec(text);
  return m && !ANY_SIGN.test(text.replace(PATIENTS_TAKEN_IN, ' ')) ? m : null;
}

/**
 * The clinic's past as the time of the whole message (「七十年代没有溶栓药」, 「以前没有CT 看中风全靠查体」, 「我刚入行的时候」, 「九几年」):
 * a sign told of an era (not 「以前没有这样过」, which measures now), unless a clause says it happens now.
 */
const ERA = /(?:\d0|[一二三四五六七八九]十)年代|[五六七八九]几年|(?:以前|过去|老早|当年|那(?:个)?(?:时候|年代|辰光))(?:还)?没有(?:[^。,,\s]{1,8}(?:的)?(?:年代|时候|辰光|那会)|CT|MRI|核磁|B超|溶栓|除颤|支架|呼吸机|抗生素|监护|ICU)|刚(?:入行|工作|毕业|当医生|当护士|进医院)(?:的)?(?:时候|那年|那会)|\bin the (?:\d0s|old days)\b|\bback (?:then|in the day)\b/i;
export function ofAnEra(text: string): RegExpExecArray | null {
  if (!ERA.test(text) || clausesOf(text).some((c) => ANY_SIGN.test(c) && /刚才|刚刚|现在|正在|突然|\bnow\b|right now|just now/i.test(c))) return null;
  return framed(text, ERA);
}

/** A mild sign given as the reason one cannot do something (「去不了了 孩子病了」, "can't make it, my kid is sick"). */
// (Or a chore one cannot manage: 抗原弄不来, 搞勿来, 做勿来, 搞唔掂, "can't manage the test"; 弄不好 is "perhaps" and stays out.)
export const EXCUSE = /(?:去|做|来|接|送|干)不了|(?:弄|搞|做)(?:不|勿)(?:来|了)|做勿了|搞唔掂|搞唔嚟|can(?:not|'t) manage (?:it|the|this|that)|没法(?:去|来|做|送)|can(?:not|'t| no longer) (?:do|make|come|go|take)|no longer (?:do|make|able)|have to (?:stay|look after)/i;

/** A minor illness or motion sickness: 「有点感冒 头晕乎乎的」, 「晕车」, "a cold". A clear sign still says danger. */
export const MINOR = /(?:擦|蹭|磕)?破了?(?:一)?点(?:儿)?皮|擦伤|擦破(?:了)?(?:皮)?|蹭破(?:了)?(?:皮)?|ok绷|\bgrazed?\b|(?:流|出)(?:了)?(?:一)?点(?:点|儿)?血|创可贴|band-?aid|感冒|着凉|鼻塞|流鼻涕|嗓子疼|晕(?:车|船|机|血|针)|car ?sick|sea ?sick|motion sick|\ba cold\b|runny nose|\bflu\b|hay ?fever/i;
/** A visit planned for later: 「明天去医院看看」, "will see the doctor tomorrow" — the writer judges it can wait. */
export const LATER = /(?:明天|后天|下周|改天|过两天|周末|有空)(?:再)?(?:去|到)(?:医院|看医生|门诊|社区医院|看看)|约了(?:医生|门诊|专家)|(?:will|going to) see (?:a|the) doctor|appointment (?:tomorrow|next)/i;
/** A mild sign explained by a harmless cause: 「可能是没睡好」, 「估计是昨晚熬夜了」, "probably just the heat". */
// 「拎了两袋米爬到五楼 坐在楼梯口喘气 我帮她拎上去了」: out of breath from a load the writer then carried for them.
export const EXPLAINED =
  // round 16: out on an errand, or the silence said to be usual (出去买菜了 敲门没人很正常)
  /出去(?:买菜|散步|遛弯|做核酸|排队|拿菜)|(?:去|到|住(?:到|在)?)(?:了)?(?:女儿|儿子|子女|亲戚|孩子|小孩)(?:家|那边|那里|那儿|那)|回(?:了)?老家|(?:没(?:有)?人(?:应|开|接)?|不开|不应)(?:也|都)?(?:很|挺|蛮|是)?正常|(?:搬|扛|拎|提|背|爬)[^。!?]{0,16}(?:喘气|直喘|喘口气|喘粗气)[^。!?]{0,30}帮(?:他|她|伊|佢)[^。!?,,\s]{0,4}(?:搬|拎|扛|提|拿|背|抬)|\bcarry(?:ing)?\b[^.!?]{0,50}\b(?:catch|catching) (?:his|her|their) breath\b[^.!?]{0,40}\bcarried\b|(?<!不|不像|不太像|不大像|并不|并不像|好像不)是(?!不是|否)[^。,,\s]{0,10}(?:压|坐|蹲|睡|累|冻|晒|热|饿)(?:的|出来的)(?=$|[\s,,。!!])|(?:血压计|血压仪|体温计|温度计|血糖仪|血氧仪|仪器|机器)[^。]{0,16}(?:坏了|不准|有问题|出错)|(?:meter|monitor|thermometer|machine|cuff)[^.]{0,20}(?:broken|faulty|not working|wrong)|(?:电话|手机)[^。]{0,12}(?:欠费|停机|没信号|信号不好)|没睡好|睡得不(?:好|够)|关节炎|痛风|老寒腿|风湿|腰椎|颈椎|骨质增生|\b(?:arthritis|gout|sciatica)\b|没(?:睏|困)好|没睡够|熬夜|通宵|(?:可能|估计|应该|大概|肯定|多半)(?:是)?[^。,,]{0,6}(?:没睡好|睡不好|睡得不好|太累|累了|累的|熬夜|饿|热的|天热|太热|吃坏|着凉|感冒|喝多|喝酒|天气|空调|晕车)|(?:probably|must be|maybe|likely) (?:just )?(?:because of |from )?(?:the )?(?:heat|lack of sleep|tired|hangover|a cold|the flu|coffee|jet ?lag|not sleeping)/i;
/** One's own sign that comes and goes as always: "I blacked out for a sec standing up, happens a lot", 「我老毛病了」. */
export const OWN_HABIT =
  /\bI\b[^.]{0,50}(?:happens (?:a lot|often|all the time|sometimes)|always happens)|我(?:这是|是|这个是)?(?:老毛病|经常这样|老是这样)|\bI\b[^.]{0,20}(?:feel|felt)\s+(?:faint|dizzy|light-?headed|weak)[^.]{0,30}(?:just|walking|heat|hot|standing)|(?:heat|hot)[^.]{0,40}\bI\b[^.]{0,20}(?:feel|felt)\s+(?:faint|dizzy|light-?headed|weak)/i;
export const ownHabit = (text: string): RegExpExecArray | null => (SOMEONE.test(text) ? null : OWN_HABIT.exec(text));
/**
 * A mild sign of one's own put down to the heat (「天太热 头晕乎乎的」) or to what one has eaten day after day (「最近天天吃泡面 胃有点不舒服」,
 * 「日日食罐頭」, "eating instant noodles every day"). A skipped meal is still asked: 「我头有点晕 可能是没吃早饭」.
 */
const OWN_CAUSE = /(?:天|天气)(?:太|好|真|很|这么)?热|(?:天天|日日|每天|顿顿|餐餐|每顿|连续[^。,,\s]{0,3}天)(?:都|只)?(?:吃|食)|(?:吃|食|顿顿|餐餐|天天)(?:了)?[^。,,\s]{0,6}(?:泡面|方便面|公仔面|外卖|罐头|速冻|速食)|\b(?:eat\w*|ate|living on|lived on)\b[^.]{0,30}\b(?:every day|instant noodles|takeaway|takeout|canned food|junk food)\b/i;
/** Only a mild sign is put down so (recognise.ts): 「天太热 胸口好痛 喘不上气」 still pages. */
export const ownCause = (text: string): RegExpExecArray | null => (SOMEONE.test(text) ? null : OWN_CAUSE.exec(text));
/** Worse than it was: a habit or an old complaint that grows (「这两天更明显了」, "getting worse") is not a habit. */
export const WORSE = /更(?:明显|厉害|严重|重)了|越来越(?:重|厉害|严重|明显|难受)|getting worse|worse (?:than|today|now)/i;
/** A question for advice or a recommendation (not where to go now: "which hospital is open at night", "…to go to"): 「挂什么科」, 「有推荐的拐杖吗」, "anyone else feel dizzy…?", "recommend a clinic"; one said to be only a question (「我就问问」, "just asking"). */
export const ADVICE_ASKED = /(?:就|只是|随便|就是)问问(?:而已|罢了)?(?=[\s,,。!!??]|$)|问问而已|\bjust (?:asking|curious)\b|\basking for (?:a friend|future reference)\b|一般(?:是)?(?:什么|啥)原因|有(?:没有)?(?:人|谁)(?:试|用|吃)过|大家(?:都)?(?:吃|用)的(?:是)?什么|(?:has|have) (?:anyone|anybody|any of you) tried|anyone tried|挂(?:什么|哪个)科|看(?:什么|哪个)科|哪(?:个|家)医院(?:好)?|推荐|注意什么|(?:good|best) (?:hospital|doctor|clinic|cardiologist)|有什么(?:好)?(?:办法|方法)|有没有人也|大家(?:也)?(?:有没有|会不会)|也(?:是|会)?(?:这样|这个样子)(?:吗|吧|嘛|伐|[??])|是不是(?:也|都)(?:是|会)?(?:这样|咁)|\bare (?:yours|your \w+(?: \w+)?) the same\b|anyone else|recommend|which (?:doctor|department|clinic|hospital)(?! (?:is open|to (?:go|take)|(?:should|do|can) (?:we|i|people|you) (?:go|take)|is (?:the )?(?:nearest|closest)))/i;

/**
 * Not of a body at all: 「我晕 又停水了」 (exasperation), 「看到这个价格我直接晕倒」 (a reaction), 「我心脏受不了了 这球踢的」,
 * 「天气太闷了 透不过气来」 — said of oneself, nobody else named.
 */
export const MANNER =
  /\bheart attack (?:moment|material)\b|心梗(?:时刻|瞬间)|\bI (?:literally |just |totally |completely )?(?:passed out|crashed|collapsed|conked out) (?:on|in|onto) (?:the |my )?(?:couch|sofa|bed)\b|^(?:我)?(?:晕|昏|倒|服了|窒息|吐血|心梗)(?:死|了)?[\s,,!!~]|(?:^|[\s,,。!!~])我(?:晕|昏)(?:死|了)?[\s,,。!!~]*$|我(?:直接|当场|真的|都|快|要)?(?:心梗|脑溢血|心脏骤停)(?:了)?(?:[\s,,!!~。]|$)|(?:打|玩|看|追|学|做|写|算|等|排|加班|上班)(?:到|得)(?:我)?(?:都|快|要)?(?:心脏骤停|心梗|吐血|断气)|(?:太|好|真|超|很|特别)(?:让人)?窒息|窒息(?:操作|感)|(?:看到|看见|听到|一看|一听|价格|价钱|账单)[^。]{0,12}我(?:都|直接|当场|差点|快|要)?(?:晕|昏|吐血|窒息|心梗)|我的?(?:小)?心脏(?:受不了|承受不了|扛不住)|(?:看|听|想)(?:着|得|到|见)[^。,,\s]{0,2}(?:我)?(?:都|也)?(?:心慌|心里发慌|心惊)|(?:天气|天|空气|屋里|房间|地铁|车厢|电梯|口罩)[^。,,]{0,4}(?:太|好|真|很|有点)?(?:闷|热|潮|挤)(?:(?![痛疼])[^。]){0,8}(?:透不过|喘不过|喘不上|憋)/;
export const manner = (text: string): RegExpExecArray | null => (SOMEONE.test(text) ? null : MANNER.exec(text));

/**
 * Worn out by the work of the day, said of oneself: 「去不动了 今天已经跑了六趟」, 「累瘫了 躺在沙发上一动不动」. Only
 * stillness is explained so (recognise.ts); nobody else is named, and a cry for help is no tiredness.
 */
export const EXERTION =
  /累(?:瘫|趴|垮|惨|坏|得|死)|好累|太累|累了|腿(?:都)?(?:软|酸)|(?:跑|送|爬|搬|走|扛|发|拎|提)了(?:\d+|[一二两三四五六七八九十几]+)(?:多|几)?(?:趟|次|家|层|楼|户|箱|袋|回)|(?:跑|送|爬|搬|走|扛|发|忙)了一(?:整)?(?:天|上午|下午|晚上)|\bexhausted\b|worn out|knackered|so tired|dead tired/i;
/**
 * One's strength waning with age, said as what one can no longer do (年纪大了 报勿动了, 岁数大了 熬不动了, 我七十多了 排不动了): a verb
 * before 不动 is "cannot manage it any more", as after a day's work.
 */
const WANING = /(?:年纪|岁数|年龄)(?:也)?(?:大了|一大把)|上了年纪|老了|[六七八九]十(?:多)?(?:岁)?了|(?<!\d)[6-9]\d(?:多)?岁?了/;
const CANNOT_MANAGE = /[\u4e00-\u9fff](?<![一都也就还又人着在上下里])(?:不|勿|唔)(?:动|郁)/;
const waning = (text: string): RegExpExecArray | null => (CANNOT_MANAGE.test(text) ? WANING.exec(text) : null);
export const exerted = (text: string): RegExpExecArray | null => (SOMEONE.test(text) ? null : EXERTION.exec(text) ?? waning(text));

/**
 * What too much of a medicine does, told as knowledge: 「地高辛吃多了会心慌」, 「降壓藥食多咗會頭暈」, "too much digoxin makes your heart
 * race". Not a question (「吃多了会不会有事」, 「会怎么样」), and not beside a clause of its own with a sign now (「我妈降压药吃多了 现在头很晕」).
 */
const TOO_MUCH_DOES = /(?:(?:吃|服|用|食|打)(?:得)?(?:多了|太多|过量|过多|多)(?:了)?|过量(?:服用)?)[^。,,\s]{0,2}(?:就会|会|容易|可能会|可能)(?![^。,,\s]{0,4}(?:怎么|怎样|有事|不会|有没有|出事|吗|[??]))|\btoo much\b[^.,?]{0,24}\b(?:makes?|can|could|may|will|causes?|gives?)\b(?![^.]*\?)/i;
export function tooMuchDoes(text: string): RegExpExecArray | null {
  const m = TOO_MUCH_DOES.exec(text);
  if (!m) return null;
  return clausesOf(text).some((c) => (ANY_SIGN.test(c) || MILD.test(c)) && !TOO_MUCH_DOES.test(c) && HAPPENING.test(c)) ? null : m;
}

/**
 * A fall or a faint said as what may happen to anyone (「男的也会摔跤的呀」, 「他不会晕倒的」, "anyone can fall at that age"): a possibility
 * argued, not an event. Not beside a clause of its own with a sign now (「我妈刚才说头很晕 … 我怕她会摔跤的」).
 */
const MAY_HAPPEN = /(?:也|都|总|不|还)会(?:[^。,,\s]{0,2})?(?:摔跤|摔倒|跌跤|跌倒|晕倒|晕过去|中风)的|\b(?:anyone|anybody|everyone|you|people) (?:can|could|might|may) (?:fall|faint|collapse|have a stroke)\b/i;
export function mayHappen(text: string): RegExpExecArray | null {
  const m = MAY_HAPPEN.exec(text);
  if (!m) return null;
  return clausesOf(text).some((c) => (ANY_SIGN.test(c) || MILD.test(c)) && !MAY_HAPPEN.test(c) && HAPPENING.test(c)) ? null : m;
}

/** Already on the way to hospital: help is under way, unless a medic is called for on the way (recognise.ts). */
export const ON_THE_WAY = /(?:已经)?在(?:去|送)(?:医院|急诊)的路上|on (?:the|our|their|my) way to (?:the )?(?:hospital|a&e|er)\b/i;

/**
 * Thanks for help already given close a story that is over: the helpers thanked as those who helped (「谢谢群里每一个帮忙的人」,
 * 「谢谢帮忙的邻居们」, "thanks to everyone who helped my mum"), or thanks passed on for someone (「我替她谢谢大家」, 「伊儿子讲叫阿拉谢谢大家」).
 * Bare thanks (「谢谢大家」) close it only beside help told as given (扶起来了, 多亏, 送了糖过来) and a milder sign (recognise.ts): said with
 * a request (「谁能来帮帮忙 谢谢大家」) they are thanks in advance. A sign said after the thanks, a grave one, urgency or a medic called are
 * news still.
 */
const HELPERS_THANKED =
  /(?:谢谢|感谢|多谢)(?:群里|各位|大家|你们)?(?:的)?(?:每一个|每一位|每个|所有|各位)?(?:来)?帮(?:过)?(?:忙|助|手)?(?:过)?(?:我们|我|她|他|伊|阿拉)?的(?:人|邻居|朋友|各位|大家|志愿者|大白)|(?:替|代)(?:他|她|伊|佢|我[^。,,\s]{0,3}|老人|老太太|老伯)(?:[^。,,\s]{0,2})?(?:谢谢|感谢|多谢)|(?:叫|让|要)(?:我|阿拉|我们)(?:一定)?(?:谢谢|感谢|多谢)|\bthank(?:s| you)(?: so much)?,? (?:to )?(?:everyone|everybody|all|all of you|those|the neighbou?rs?)(?: who| that)? (?:helped|came|stayed|carried)/i;
const THANKS = /谢谢|感谢|多谢|\bthank/i;
const HELP_GIVEN = /多亏|幸亏|幸好|还好有|好在有|(?:扶|背|抬|搀|陪|送)[^。,,\s]{0,6}(?:起来了|回家|回去|上楼|下楼|了|过来|着)|\b(?:helped (?:him|her|them) up|carried (?:him|her|them)|stayed with)\b/i;
export function thanked(text: string, strongSign: boolean): RegExpExecArray | null {
  const m = HELPERS_THANKED.exec(text) ?? (!strongSign && HELP_GIVEN.test(text) ? THANKS.exec(text) : null);
  if (!m || GRAVE.test(text)) return null;
  // What is told in the clauses after the thanks' own.
  const rest = text.slice(m.index + m[0].length);
  const cut = CLAUSE_END.exec(rest);
  return cut && ANY_SIGN.test(rest.slice(cut.index)) ? null : m;
}

/**
 * A roll call of those who live with a condition (「谁家有孩子哮喘的 拉个小群」, 「家里有癫痫孩子的家长」, "any families with asthmatic
 * kids?"): a diagnosis named to find one another, no sign now. Read only without a sign, urgency or a medic called (recognise.ts).
 */
export const ROLL_CALL =
  /(?:谁家|哪家|家里|群里|楼里)(?:有)?[^。,,\s]{0,6}(?:哮喘|癫痫|糖尿病|心脏病|高血压|抑郁|焦虑|惊恐|过敏|老年痴呆|帕金森)[^。,,\s]{0,4}的(?=[\s,,]|$|家长|朋友|邻居|人|老人|孩子|小朋友|病友|吗)|\bany (?:families|parents|one|body|neighbou?rs|of you)\b[^.?]{0,20}\bwith (?:asthmatic|diabetic|epileptic|asthma|diabetes|epilepsy|heart (?:disease|conditions?))/i;

/** A thing that fell, not a person: "my phone fell", 「手机摔了」. */
export const THING_FELL = /\b(?:phone|cup|glass|vase|plate|bottle|box|tree|sign|pot|laptop|picture|shelf|screen)s? (?:just |has |had )?(?:fell|fallen)\b|(?:手机|杯子|碗|盘子|花盆|电脑|镜子)[^。,,]{0,4}(?:摔|掉)|(?:柜子|书架|架子|衣柜|椅子|桌子|梯子|花盆|东西)[^。,,]{0,4}(?:倒|塌|冧)/i;

/** A medic asked for a consultation, not for danger now: 「有医生吗 想咨询一下」, "look at my rash this week". */
export const CONSULT = /\bbooster\b|vaccin\w*|疫苗|加强针|is (?:it|this|the \w+) (?:ok|safe) for|who knows (?:if|whether)|能不能打|可以打吗|排班|班表|值班|名单|登记|统计|\blist\b|committee|居委|志愿者|volunteer|schedule|roster|义诊|活动|讲座|参加|愿意|weekend|health talk|lecture|series|\bjoin\b|咨询|请教|想问|问一下|上门打针|明天|后天|下周|周末|改天|有空|方便的时候|打(?:个)?针|换(?:个)?药|拆线|输液|挂水|抽血|体检|化验|报告|(?:量|测|查)(?:个|一下|下|一次)?(?:血压|血糖|体温)|(?:check|take|measure|test)\w* (?:my|his|her|our|their|the)? ?(?:blood pressure|blood sugar|sugar|glucose|temperature|bp)\b|(?:blood|lab|test) results|injection|(?:insulin |flu |a |his |her |my )shot|\bjab\b|dressing|stitches|签(?:个)?字|certificat\w*|\bsigned\b|paperwork|tomorrow|\bsign\b|\bform\b|调理|复查|开(?:个)?证明|湿疹|皮疹|sometime|this week|next week|look at my|appointment|预约|advice on/i;

/** A question about a medicine or what to do in general: 「降压药吃了头晕正常吗」, 「头晕吃什么药」. */
export const SIDE_EFFECT = /(?:吃|用)了[^。]{0,8}(?:正常|是不是|会不会)|正常(?:的)?(?:吗|吧)|副作用|过敏[^。]{0,8}还好|能(?:不能)?一起吃|可以一起吃|吃什么(?:药)?(?:好|管用)|什么药|哪种药|side effects?|is it normal|can (?:i|he|she) take/i;
/**
 * A mild sign after a medicine or a vaccine was taken: 「降压药吃了头晕 要不要换」, 「打完疫苗有点低烧」, "dizzy since
 * starting the new pills" — a side effect asked about, not danger now. 「药吃完了」 is running out, not taking it.
 * Still asked when it persists or grows (「吃了药还是不退」); a clear sign (「嘴唇肿了 喘不上气」) still pages.
 */
const MEDICINE = '药|疫苗|针|胰岛素|美林|泰诺|布洛芬|扑热息痛|头孢|阿莫西林|阿司匹林|二甲双胍|他汀|沙坦|地平|胶囊|冲剂';
export const DOSED = new RegExp(
  // 「她不肯吃 说吃了心慌」: a sign given as the reason a new pill is refused is the medicine's, said of it.
  `(?:不肯|不愿(?:意)?|唔肯)(?:吃|食)[\\s,,]{0,2}(?:说|讲|话)(?:吃了|食咗)|(?:吃|服|用|食|打)(?:了|咗|过|完)(?!饭)[^。,,\\s]{0,8}(?:${MEDICINE})|(?:${MEDICINE})(?:(?![也都照按])[^。,,]){0,6}(?:(?:吃|服|用|食)(?:了|咗)|打(?:了|完|咗)|一起(?:吃|用))|(?:${MEDICINE})(?:之后|以后|后)|` +
    '(?:after|since|from) (?:\\w+ ){0,4}(?:pills?|medication|medicine|meds|tablets?|vaccin\\w*|jab|shot|injection|insulin|ibuprofen|paracetamol|tylenol|aspirin|antibiotics?|statins?|metformin)\\b|' +
    '(?:pills?|medication|medicine|meds|tablets?|vaccin\\w*|jab|shot|insulin) (?:makes?|made|making|gives?|gave|giving) (?:me|him|her|them)',
  'i',
);
/**
 * A medicine's effect asked about (SIDE_EFFECT). 「正常吗」, "is it normal" after a fever and a child too sleepy or listless
 * (「烧了两天 今天特别想睡 正常吗」) is the worry itself, unless a medicine is named or taken (「吃了退烧药出汗正常吗」).
 */
const MEDICINE_NAMED = new RegExp(`${MEDICINE}|\\b(?:pills?|medication|medicine|meds|tablets?|vaccin\\w*|jab|shot|injection|insulin|ibuprofen|paracetamol|tylenol|aspirin|antibiotics?)\\b`, 'i');
const FEVER = /烧|发热|fever|temperature/i;
/** Speech or mind muddled today (「说话有点乱」, 「前言不搭后语」): 「这样正常吗」 after it is the worry itself (round 16). */
const MUDDLED = /(?:说话|讲话|讲嘢|讲闲话)(?:有点|有些|有啲|也|都)?乱|前言不搭后语|颠三倒四|糊里糊涂|\bconfused\b|mixing up/i;
const DROWSY = /想睡|一直(?:在)?睡|叫醒|没精神|蔫|不爱动|wants? to sleep|sleeping|drowsy|listless|floppy/i;
export function sideEffectAsked(text: string): RegExpExecArray | null {
  const m = SIDE_EFFECT.exec(text);
  return m && /正常|normal/i.test(m[0]) && ((FEVER.test(text) && DROWSY.test(text)) || MUDDLED.test(text)) && !DOSED.test(text) && !MEDICINE_NAMED.test(text) ? null : m;
}

/** The medicine did not help or it grows: 「吃了药还是不退」, 「退烧药吃了也不退」, "still dizzy after the pills". */
// An hour or more since the dose (「退烧药吃了两个钟头了」, 「食咗藥個幾鐘」, "gave him ibuprofen an hour ago") is a sign that persists.
export const PERSISTS = /(?:吃|喂|服|用|食)(?:了|下去|咗)[^。,,]{0,4}(?:快|有|都)?(?:一|两|三|几|半|个)(?:个)?(?:多)?(?:钟头|小时|钟)|(?:一|两|三|几|半)(?:个)?(?:多)?(?:钟头|小时)了|个几钟|\b(?:an?|one|two|three|\d) (?:hour|hr)s? ago|还是|还在|(?:也|都|还)(?:不|没)(?:退|好|见好|管用|用)|不退|没退|仍然|依然|没用|不管用|不见好|没效果|still|didn'?t help|not working|doesn'?t help/i;

/** Phrases naming first aid that call nobody: 救命稻草, 急救箱, 急救包, 急救知识. */
export const IDIOMS = /救命稻草|救命恩人|救命之恩|救命钱|救命药|急救箱|急救包|急救知识|急救常识|急救培训|急救课|急救法|急救电话|first aid (?:kit|box|training|course|class)/gi;

/**
 * What is denied is not said: a sign (「没有晕倒」, 「孩子没有抽搐」, "not a heart attack", "nobody hurt") or a
 * frame (「不是开玩笑」, "this is not a drill"). 「没有呼吸」 is a sign, not a denial, and 「是不是晕倒了」 a question.
 * Bleeding said to be over (「已经不流血了」) is no bleeding; any other sign beside it stands (「血止住了」 is SETTLED's, which weighs the signs told).
 */
/** A thing, not a person, in a sign's words: 「闹钟叫不醒我」, 「电瓶车摔倒了」, "the market collapsed", "my phone is unresponsive"; an office's phone
 * that does not get through (「防疫站的电话一直打不通」, 「街道办电话也打不通」) is a complaint, not someone who does not answer. */
export const OBJECT_STATE =
  /(?<!卡|住|在|被|了|鲠|噎|堵)(?:喉咙|嗓子|喉)(?:(?!卡|堵|鲠|噎|肿|紧|塞)[^。,,]){0,8}?(?:痛|疼|哑|沙|刀|发炎|冒烟)(?:(?!卡|堵|鲠|噎|肿|紧|塞)[^。,,]){0,6}?(?:说|讲)不出(?:话)?|(?:throat|voice)[^.]{0,20}(?:can'?t|cannot|barely) (?:talk|speak)|lost (?:my|his|her) voice|(?:叫(?:什么|啥)|名字|什么药)[^。,,]{0,6}(?:说|讲)不(?:太)?清(?:楚|爽)?|(?<!突然|一下子)(?:犯|老|装)糊涂|难得糊涂|糊涂虫|(?:电梯|门|锁|车|抽屉|拉链|窗)[^。,,\s]{0,3}卡住了(?=[^。]{0,6}没(?:有)?人)|(?:要|就|得|应该|应当)(?:马上|立刻|立即|赶紧|及时)(?:打|拨打|叫)(?:120|救护车)|["“「『']?(?:谁是医护人员|谁是医生|救命|有没有医生|快来人)["”」』']?(?:这|那)(?:句话|几个字|个词|[两三四]个字)|(?:胸口|心口|胸|心脏病?|哮喘|气喘|癫痫|抽筋|头晕|头痛|头疼|中风|糖尿病|血压|心绞痛|低血糖|过敏)(?:[^\s。,,]{0,3}的)?(?:药|药物|喷雾|喷剂|针)|\bit\b(?:(?!\b(?:he|she|they|him|her|someone|somebody|my|dad|mum|mom)\b)[^.,;!?]){0,40}\b(?:is|was|went|'s) (?:totally |completely |now |just )*(?:unresponsive|not responding|dead)\b|(?:物业|居委(?:会)?|客服|热线|12345|药店|药房|超市|快递|团长|街道|办事处|社区|管家|保安(?:室|亭)?|[^\s。,,]{0,6}(?:站|中心|派出所|局|办|检测点|门诊|医院|卫生院|诊所|窗口|专线))(?:的|那边的?)?(?:电话|热线|座机)(?:也|都|一直|还是|老是|总是|根本)*(?:打不通|(?:打)?不通|没人接|不接|占线|没人听)|\b(?:phone|screen|app|computer|laptop|website|system|tv|remote|market|stocks?|bridge|roof|wall|tent|shelf|ceiling|economy|server|car|battery|wifi|router)s? (?:is |was |has |had |just |keeps |went )*(?:being |totally |completely |again )?(?:unresponsive|collapsed|not responding|dead|dying)|(?:闹钟|手机|电脑|电视|屏幕|画面|鼠标)[^。,,人他她爸妈爷奶孩]{0,8}(?:叫不醒|没反应|不动了|一动不动)|昏了头|晕头转向|鬼迷心窍|(?:电瓶车|电动车|自行车|摩托车|车子)(?:也)?(?:摔倒|倒)了|choking hazard|窒息(?:风险|危险)|胸痛(?:中心|门诊)|卒中中心/gi;
export const DENIED =
  /(?<!有)(?:没|呒没|冇)(?:有)?(?:什么|啥|乜|觉得|感觉|感到|哪里|哪儿|哪)*(?:不舒服|不适意|不适)|\b(?:doesn'?t|does not|didn'?t|did not|don'?t|do not|not) feel(?:ing)? (?:at all )?(?:unwell|sick|ill|bad|any (?:pain|discomfort))\b|(?:已经|现在|早就)(?:不|没(?:有|在)?)(?:再)?(?:流|出)血了?|\b(?:lol|haha|lmao)\s*,?\s*(?:no\s*,?\s*)?(?:seriously|for real)\b|(?:哈哈|笑死)[\s,,!!]*(?:说真的|认真的|不开玩笑)|\bno (?:allergic |bad )?reactions?\b(?= (?:now|right now|at the moment|currently|so far|yet|today|at all))|\b(?:not having|isn'?t having|no sign of|no signs of) (?:a |an |any )?(?:allergic )?reactions?\b|(?:本来|还)?以为(?:是|他|她)?(?:在)?(?:开玩笑|闹着玩|装的)|thought (?:it was|he was|she was) (?:a joke|joking|kidding|pretending)|(?:没(?:有|在)?|(?<!是)不是|并没(?:有)?|并不是)(?:晕倒|晕过去|昏倒|昏迷|摔倒|摔着|摔伤|跌倒|抽搐|抽筋|中风|心脏病|心梗|噎住|倒下|倒地|受伤|出血|流血|骨折|开玩笑|在开玩笑|演习|演练)|\b(?:not|isn'?t|wasn'?t|never)\s+(?:a\s+|an\s+)?(?:heart attack|stroke|seizure|unconscious|drill|joke|joking|kidding|hurt|injured|bleeding)\b|\bno joke\b|没(?:有)?人(?:受伤|出事)|\b(?:no ?one|nobody) (?:is |was |got )?(?:hurt|injured)\b/gi;

/**
 * What a worry turned out to be: 「楼下有人在喊 原来是收废品的」, "it was just the neighbours' TV". A harmless
 * answer settles it; 「原来是有个老人摔倒了」 is no answer of that kind.
 */
const RESOLVED = /(?:原来|结果)(?:是|系|只是|(?:他|她|人家|伊)(?:们)?(?:全家|一家)?(?:都)?)[^。,,!!??\s]*|turned out (?:to be|it was)[^.,!?]*|it was (?:just|only)[^.,!?]*|(?:原来|結果|结果)(?:佢|伊|他|她|老人|人家)?(?:们|哋)?(?:(?:正)?(?:在|喺|喺度|勒)?(?:洗澡|沖涼|冲凉|汏浴|洗头|睡觉|瞓觉|困觉|厕所|上厕所|楼下|外面|出面|邻居家|隔壁)|睡着|瞓着|困着|出去|出门|不在家|唔喺屋企|没听见|没听到|冇听到|听不见|耳朵背|戴(?:着)?耳机|手机静音)[^。,,!!??\s]*|\bturn(?:s|ed) out (?:he|she|they|the \w+)(?:'s| is| was| were| had| has)\b[^.,!?]*/i;
/** A worry settled at the door (「敲门没人应 原来在洗澡」) is settled only if no sign is told after it (「原来在睡觉 可是叫不醒」). */
export function resolved(text: string): RegExpExecArray | null {
  const m = RESOLVED.exec(text);
  return m && !ANY_SIGN.test(m[0]) && !DANGER_WORD.test(m[0]) && !/摔|倒|晕|血|病|伤|fell|hurt|sick/i.test(m[0]) && !GRAVE.test(text.slice(m.index + m[0].length)) ? m : null;
}
