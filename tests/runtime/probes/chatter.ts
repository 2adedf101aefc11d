/**
 * Round 5 chatter probes: group talk that looks like a request, an emergency or a sign-up and is none,
 * with the near misses beside them that still are one. Reworded by kind from a fresh chatter corpus
 * (none of its rows copied). [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Read right before any change: 32/48 (15 chatter rows taken, one emergency missed); after: 48/48.
export const ROUND_5_CHATTER: Probe[] = [
  // Whether a medicine works, or a box never opened: talk about medicine, not a need.
  ['group', '板蓝根到底管不管用 我家囤了三包都没动过', 'none'],
  ['group', '布洛芬有没有用啊 家里一瓶都没开', 'none'],
  ['group', '听说这个药有效吗 有人吃过没', 'none'],
  ['group', '退烧药我家一盒都没拆过 放着吧', 'none'],
  // Spare things offered to neighbours.
  ['group', '口罩多买了两包 谁家缺的可以到我家拿', 'none'],
  ['group', '我这里消毒液用不完 需要的邻居说一声 我给你放到你家门口', 'none'],
  ['group', '多买了几个体温计 大家可以来我这里取', 'none'],
  // Plenty left, said as months.
  ['group', '我爸老问我他的药是不是快没了 其实够吃两个多月 他就是不放心', 'none'],
  ['group', '降压药上礼拜刚配的 够吃三个月 不用担心', 'none'],
  // Helpers already helping someone else: news, not a need.
  ['group', '听说九号楼那个独居阿婆现在有志愿者帮她买菜取药了 真好', 'none'],
  ['group', '隔壁老李住院了 已经有志愿者在帮他家里配药', 'none'],
  // A wish to help taken back in the same breath.
  ['group', '本来想去帮忙发物资的 可是今天要加班 下次吧', 'none'],
  ['group', '原本打算报名志愿者 结果自己先阳了😷', 'none'],
  // Dizzy from a form or a rule: a figure of speech.
  ['group', '快晕了 这个接龙规则我看了好几遍还是没看懂', 'none'],
  ['group', '看得我头都晕了 到底几号楼先做核酸', 'none'],
  ['group', '这么多表格搞得我都昏了', 'none'],
  // A past scare, said to be over.
  ['group', '上个月楼下阿伯晕倒 好彩隔壁有护士 现在已经没有事了', 'none'],
  ['group', '上次我爸在电梯里晕倒 幸好邻居里有医生 已经没什么事了', 'none'],
  // "is bad" of a language, a signal, the weather: not a person.
  ['group', 'sorry my english is bad, what does 团长 mean?', 'none'],
  ['group', 'the wifi here is terrible today, cannot open the form', 'none'],
  ['group', 'weather looks bad tomorrow, maybe do the pickup early', 'none'],
  // Under the recruit post: cheers for those who signed up, someone else's sign-up, a question.
  ['reply:recruit', '为所有报名的邻居点赞👍👍', 'none'],
  ['reply:recruit', '这么多年轻人报名 真的好感动', 'none'],
  ['reply:recruit', '伊拉小区年轻人统统报名了 阿拉也要加油', 'none'],
  ['reply:recruit', '发物资那组是不是要天天早起的', 'none'],
  ['reply:recruit', '配药的组有没有老人也能做的事', 'none'],
  // Under a task: someone else is on it.
  ['reply:task', 'saw the post, glad the volunteers are on it', 'none'],
  ['reply:task', "don't worry, they're on it already", 'none'],
  // The near misses: these still ask, offer or sign up.
  ['group', '我的布洛芬一盒都没了 谁能帮我带一盒', 'medicine', 'items=布洛芬;qty=1;days=0'],
  ['group', '我们家外婆的药只够吃一个月了 是氨氯地平 麻烦帮忙登记', 'medicine', 'items=氨氯地平'],
  ['group', '我妈的降压药只够吃一个星期了 麻烦谁帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=7'],
  ['group', '连花清瘟吃完了 有没有邻居能帮忙带一盒', 'medicine', 'items=连花清瘟;qty=1;days=0'],
  ['group', '胰岛素快用完了 放在我家门口就行 我住6号楼502', 'medicine', 'items=胰岛素;days=0;door=6-502'],
  ['group', '我想帮忙 会开车 需要的话叫我', 'volunteer', 'skills=driver'],
  ['group', '本来今天要上班 但是请了假 我可以去帮忙发物资', 'volunteer', 'skills=delivery'],
  ['group', '我爸突然晕倒了 叫不醒 快来人', 'emergency'],
  ['group', '我看了三遍通知还是没看懂 谁能解释一下', 'none'],
  ['group', 'my dad looks really bad, he cannot breathe properly', 'emergency'],
  ['group', 'my chinese is bad but i can help carry things', 'volunteer', 'skills=delivery'],
  ['reply:recruit', '我报名 周末都有空', 'recruit.signup'],
  ['reply:recruit', '算我一个 可以开车', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '报名+1', 'recruit.signup'],
  ['reply:task', 'on it', 'task.claim'],
  ['reply:task', "i'm on it, 10 min", 'task.claim'],
  ['reply:task', '我来 马上下楼', 'task.claim'],
  ['reply:task', '我本来想去的 但是孩子发烧了 去不了', 'task.giveback'],
  ['group', '上次晕倒的那个阿伯刚才又晕倒了 叫不醒', 'emergency'],
  ['group', '谁家有多的体温计 我家的坏了 想借一个', 'medicine', 'items=体温计;qty=1'],
];

// Set 2, written after set 1 was fixed, across the other kinds of group talk (thanks, how a medicine is taken,
// news, jokes, someone else's habit or sign-up, a past sign-up complained of, when a group buy arrives).
// Read right before any change: 38/42 (4 chatter rows taken); after: 42/42.
export const ROUND_5_CHATTER_B: Probe[] = [
  ['group', '谢谢小张昨天帮我妈把胰岛素送上来了 辛苦辛苦🙏', 'none'],
  ['group', '阿托伐他汀饭后吃还是睡前吃比较好啊 医生没讲清楚', 'none'],
  ['group', '我家那盒布洛芬过期了 大家药箱也检查一下', 'none'],
  ['group', '听说隔壁小区有人晕倒了 后来没事了', 'none'],
  ['group', '楼下超市鸡蛋卖完了 明天再看看', 'none'],
  ['group', '我表格填好了 不知道对不对 [捂脸]', 'none'],
  ['group', '侬看这个机器人老灵额 配药交关方便', 'none'],
  ['group', '係咪要排隊先攞到藥㗎 好似好多人', 'none'],
  ['group', '請問團購的水果幾時到呀', 'none'],
  ['group', '今天风好大 阳台上衣服都吹掉了', 'none'],
  ['group', 'my neighbour fainted last week but she is totally fine now', 'none'],
  ['group', 'does anyone know if the pharmacy on 长寿路 is open today?', 'none'],
  ['group', 'lol my cat is so sick of lockdown', 'none'],
  ['reply:task', 'ok thanks, got it', 'none'],
  ['reply:task', 'that task was done yesterday right?', 'none'],
  ['reply:task', '辛苦志愿者了 大热天还跑来跑去', 'none'],
  ['reply:task', '这个任务谁接了呀 看到好几个人说去', 'none'],
  ['reply:task', '我上次认领过一个 蛮累的 佩服你们', 'none'],
  ['group', '我妈昨天吃了感冒药睡了一整天 今天精神好多了', 'none'],
  ['group', '这次核酸结果出来了吗 我怎么查不到', 'none'],
  ['group', '救命 这个团购链接打不开', 'none'],
  ['group', '笑死 我儿子说要报名当志愿者 结果早上起不来', 'none'],
  ['group', '药店的口罩又涨价了 一盒要五十块', 'none'],
  ['group', '大家囤的退烧药够用吗 我家还有两盒', 'none'],
  ['group', '我们楼有个阿姨腿脚不好 平时都是她儿子帮她配药', 'none'],
  ['group', '上周楼上老爷子心脏不舒服 送医院了 现在已经出院了', 'none'],
  ['reply:recruit', '我去年在这个群里报过名 后来没人联系我', 'none'],
  ['reply:recruit', '报名的人真多啊 群主辛苦了', 'none'],
  ['reply:recruit', '好几个邻居都报名了 我们楼太团结了', 'none'],
  ['reply:recruit', 'my husband signed up yesterday, he loves this stuff', 'none'],
  ['reply:recruit', '志愿者是不是要做核酸才能上岗', 'none'],
  ['group', '我家老头子每天吃五种药 我都搞不清楚了', 'none'],
  ['group', '降压药一天一粒就行了吧 我看说明书写的', 'none'],
  ['group', '这个胰岛素笔怎么用的啊 有人会吗', 'none'],
  ['group', '二号楼那个阿婆药已经送到了 大家放心', 'none'],
  ['group', '我妈说她头晕 应该是没睡好 休息一下就好了', 'none'],
  ['group', '吓死我了 刚才电梯突然停了一下', 'none'],
  ['group', '气死我了 快递又被人拿错了', 'none'],
  ['reply:chain', '上次的菜不新鲜 这次不接了', 'none'],
  ['reply:recruit', '我们好几个邻居一起报名', 'recruit.signup'],
  ['reply:recruit', '我报名 我以前报过名但是没排上', 'recruit.signup'],
  ['group', '她平时都是儿子帮她配药 这次儿子在外地 麻烦志愿者帮她配两盒降压药', 'medicine', 'items=降压药;qty=2'],
];

// Set 3, after set 2: dialect, traditional and English group talk, stickers, voice run-ons, quotes and
// hyperbole (thanks with 收到啦, a quoted request said to be taken care of already).
// Read right before any change: 38/40 (2 chatter rows taken); after: 40/40.
export const ROUND_5_CHATTER_C: Probe[] = [
  ['group', '「张阿姨：我的降压药快没了」 阿姨后来配到了吗', 'none'],
  ['group', '「王伯：谁能帮我带两盒降压药」\n- - - - - - - - - - - - - - -\n已经有人去了 大家不用再问了', 'none'],
  ['group', '[强][强][强] 志愿者们太棒了', 'none'],
  ['group', '[捂脸] 我把团购的单子填成了隔壁楼的', 'none'],
  ['group', '我今天早上去菜场买菜碰到三号楼的李阿姨她说她老伴前几天住院了现在已经好多了回家了她说谢谢大家关心我说应该的邻里之间嘛', 'none'],
  ['group', '我跟你们讲我们家那个老头子啊每天早上起来第一件事就是量血压量完了还要记在本子上比医生还认真我说你这样累不累他说习惯了', 'none'],
  ['group', '阿拉屋里厢药老多额 吃也吃勿光', 'none'],
  ['group', '侬晓得伐 隔壁弄堂有人跌跤 后来救护车来了 现在没事体了', 'none'],
  ['group', '佢哋話藥房聽日先開 唔知係咪真', 'none'],
  ['group', '我阿媽啲藥夠食兩個月 唔使擔心', 'none'],
  ['group', '多謝義工幫手 我媽啲藥收到啦', 'none'],
  ['group', '上個禮拜我阿爸跌親 而家已經好返', 'none'],
  ['group', '請問大家 呢個接龍係咪要寫埋門牌', 'none'],
  ['group', 'has anyone else had trouble with the group buy app? it keeps crashing', 'none'],
  ['group', 'my grandma\'s meds arrived, thank you so much volunteers!!', 'none'],
  ['group', 'i think the delivery guy is stuck in traffic, be patient everyone', 'none'],
  ['group', 'haha my kid says he wants to be a volunteer when he grows up', 'none'],
  ['group', 'is it just me or is the medicine team super fast this week', 'none'],
  ['group', 'the old man in building 7 is doing much better now, his daughter called', 'none'],
  ['group', 'we have extra masks if anyone wants some, just knock', 'none'],
  ['group', 'I volunteered last month, it was tiring but worth it', 'none'],
  ['group', 'sorry wrong group 🙏', 'none'],
  ['reply:task', '谢谢大家 我妈的药收到了 这次好快', 'none'],
  ['reply:task', '这单不是已经有人接了吗', 'none'],
  ['reply:task', '辛苦了 下次我也想试试', 'none'],
  ['reply:task', '我家也有个老人 要是以后需要再说', 'none'],
  ['reply:task', 'good job whoever took this one 👏', 'none'],
  ['reply:chain', '谁帮我看看这个接龙我有没有报上', 'none'],
  ['reply:chain', '这次的菜比上次好', 'none'],
  ['reply:chain', '团长辛苦了 这么多单', 'none'],
  ['reply:recruit', '哇这么多人报名 我们楼真热心', 'none'],
  ['reply:recruit', '志愿者要自己带口罩吗', 'none'],
  ['reply:recruit', '我老公上次报了 这次我就不报了', 'none'],
  ['group', '胸口闷得慌 这天气太热了', 'none'],
  ['group', '电梯又坏了 急死人了 老人上不去楼', 'none'],
  ['group', '救命啊 这个价格也太贵了吧', 'none'],
  ['group', '昨晚楼上吵得我一夜没睡 头痛死了', 'none'],
  ['group', '我女儿发烧了 已经退了 精神也好了 谢谢关心', 'none'],
  ['group', '已经有人去了吗 没有的话谁帮我带两盒降压药', 'medicine', 'items=降压药;qty=2'],
  ['group', '「王伯：谁能帮我带降压药」\n- - - - - - - - - - - - - - -\n我也要一盒 我的也快吃完了', 'medicine', 'items=降压药;qty=1;days=0'],
];

// Set 4, after set 3: talk of other chains, of the bot, advice on taking medicine, side effects asked,
// hyperbole in English, a past errand ("had to buy her a pill box"), a second vaccine dose (打完第二针).
// Read right before any change: 39/41 (2 chatter rows taken); after: 41/41.
export const ROUND_5_CHATTER_D: Probe[] = [
  ['group', '隔壁群在搞水果接龙 有人要的话我把链接发过来', 'none'],
  ['group', '另一个群的团购已经截单了 别去问了', 'none'],
  ['group', '这个机器人是谁弄的 挺好用的 配药登记好方便', 'none'],
  ['group', 'bot 好像回复慢了 是不是人太多了', 'none'],
  ['group', '用机器人登记过一次 后来志愿者很快就送来了', 'none'],
  ['group', '大家吃降压药的时候别喝柚子汁 医生说的', 'none'],
  ['group', '二甲双胍要饭后吃 不然胃会难受', 'none'],
  ['group', '家里有老人的建议备一个血氧仪', 'none'],
  ['group', '我婆婆以前每天要吃六种药 现在减到三种了', 'none'],
  ['group', '疫苗打完第二针手臂好痛 正常吗', 'none'],
  ['group', '阿拉姆妈讲药太多了吃勿落 医生讲要慢慢减', 'none'],
  ['group', '藥房嗰個姐姐好好人 仲教我阿媽點食藥', 'none'],
  ['group', '藥房今日開唔開呀 有冇人知', 'none'],
  ['group', '請問社區醫院打疫苗要預約嗎', 'none'],
  ['group', '請問大家家裡的快篩都去哪買的', 'none'],
  ['group', '我們家的藥都是網購的 比較方便', 'none'],
  ['group', 'is paracetamol the same as panadol? sorry new here', 'none'],
  ['group', 'the pharmacy near gate 2 has ibuprofen in stock now fyi', 'none'],
  ['group', 'my mum keeps forgetting her pills lol, i had to buy her a pill box', 'none'],
  ['group', 'who runs this bot? it helped my neighbour get her insulin', 'none'],
  ['group', 'anyone know a good dentist around here?', 'none'],
  ['group', 'I fell off my bike this morning lol, just a scratch', 'none'],
  ['group', 'my heart stopped when i saw the price of eggs', 'none'],
  ['group', 'he collapsed on the sofa after work, so tired haha', 'none'],
  ['group', '我儿子打球摔了一跤 膝盖擦破点皮 没事', 'none'],
  ['group', '刚才楼下好像有救护车 不知道哪家', 'none'],
  ['group', '昨天那个救护车是来接七号楼产妇的 母子平安', 'none'],
  ['group', '我老公说他心脏不好 其实就是懒得下楼拿菜', 'none'],
  ['group', '看到邻居们互相帮忙 心里暖暖的', 'none'],
  ['group', '感谢配药小分队 你们是最可爱的人', 'none'],
  ['reply:recruit', '上次报名的志愿者什么时候培训', 'none'],
  ['reply:recruit', '配药组和送菜组可以同时报吗', 'none'],
  ['reply:task', '有人知道这个任务是谁发的吗', 'none'],
  ['reply:task', '这个阿姨我认识 人很好的', 'none'],
  ['reply:task', '刚才看到志愿者已经在楼下了', 'none'],
  ['reply:chain', '我家鸡蛋上次就没收到 这次别又漏了', 'none'],
  ['reply:chain', 'B套餐里的肉是冷冻的还是新鲜的', 'none'],
  ['reply:chain', '大家都接了好多 我们家人少就不接了', 'none'],
  ['group', 'my pills ran out, can someone buy me a box of panadol', 'medicine', 'items=panadol;qty=1;days=0'],
  ['group', 'i have to buy insulin but cannot go out, could anyone help', 'medicine', 'items=insulin'],
  ['group', '胰岛素打完了 谁能帮我带两支', 'medicine', 'items=胰岛素;qty=2;days=0'],
];

// Set 5, after set 4: single letters beside an open group buy (plan B, an A in maths, unit B), talk of
// group-buy goods, others' skills, scares already over (后来…就好了), first-aid classes, English news.
// Read right before any change: 30/31 (1 chatter row asked about); after: 31/31.
export const ROUND_5_CHATTER_E: Probe[] = [
  ['group', 'plan B is to ask the guard to open the gate', 'none'],
  ['group', 'my son got an A in his maths test today 😄', 'none'],
  ['group', 'I live in building 5, unit B, the lift is broken again', 'none'],
  ['group', '维生素C每天吃一颗 感冒少多了', 'none'],
  ['group', 'A栋的电梯修好了 大家放心', 'none'],
  ['group', '上次团购的鸡蛋有两个是碎的 下次包装好点', 'none'],
  ['group', '团购的菜我家吃不完 送了一半给邻居', 'none'],
  ['group', '楼下阿姨说团购的肉比超市便宜 真的假的', 'none'],
  ['group', '套餐里的牛奶日期挺新的 赞', 'none'],
  ['group', '我家孩子说要去当志愿者 我说你先把作业写完', 'none'],
  ['group', '志愿者们吃饭了吗 我家烧了一锅红烧肉可以送点下去', 'none'],
  ['group', '会开车的邻居好多啊 这下不愁了', 'none'],
  ['group', '我以前也是护士 现在退休了 身体不好就不出去了', 'none'],
  ['group', '我老公会修电脑 不过他最近加班很忙', 'none'],
  ['group', '昨晚我爸血压有点高 今天量正常了', 'none'],
  ['group', '我妈说胸口有点闷 后来开窗透透气就好了', 'none'],
  ['group', '孩子半夜发烧 吃了美林退了 现在睡着了', 'none'],
  ['group', '听说一号楼有人摔倒了 谁知道怎么样了', 'none'],
  ['group', '天哪 这么热的天还要排队 要中暑了', 'none'],
  ['group', '刚看了个新闻 有个老人在家晕倒三天才被发现 好可怕 大家多关心独居老人', 'none'],
  ['group', '心肺复苏课下周六开 想学的去居委报名', 'none'],
  ['group', '我们楼有没有会急救的 想组织大家学一下', 'none'],
  ['group', '今天群里好热闹 哈哈', 'none'],
  ['group', '楼上装修吵死了 头疼', 'none'],
  ['group', 'good morning neighbours ☀️ stay safe', 'none'],
  ['group', 'thank you all, my dad is recovering well after the fall last week', 'none'],
  ['group', 'the ambulance last night was for a lady in building 3, she is ok now', 'none'],
  ['group', 'can someone explain how the medicine thing works? just curious', 'none'],
  ['group', 'i used to volunteer in my old neighbourhood, great experience', 'none'],
  ['group', 'my wife is a doctor but she is on night shift all week', 'none'],
  ['group', '我妈说胸口有点闷 后来开窗透透气就好了 刚才又突然胸口剧痛 喘不上气', 'emergency'],
];

// Set 6, after set 5: Hong Kong and Taiwan questions and thanks, and long voice run-ons that only tell.
// Read right before any change: 17/18 (1 chatter row taken: 阿嫲啲藥已經攞到); after: 18/18.
export const ROUND_5_CHATTER_F: Probe[] = [
  ['group', '請問大家 社區藥房幾點關門呀', 'none'],
  ['group', '想問下邊度可以買到血糖試紙 藥房話冇貨', 'none'],
  ['group', '我阿爺話佢以前係醫生 成日教我哋點食藥', 'none'],
  ['group', '樓下嗰間茶餐廳重開咗 好開心', 'none'],
  ['group', '多謝晒大家幫手 阿嫲啲藥已經攞到', 'none'],
  ['group', '佢哋話義工好辛苦 每日行幾十層樓梯', 'none'],
  ['group', '呢個bot好方便 我阿媽都識用', 'none'],
  ['group', '唔好意思 我啱啱入群 想問下團購點樣落單', 'none'],
  ['group', '請問有人知道這個藥要不要處方嗎', 'none'],
  ['group', '我們家阿嬤的藥上禮拜志工送來了 很感謝', 'none'],
  ['group', '大家好 我是新搬來的 住在五號樓 請多指教', 'none'],
  ['group', '今天的菜好新鮮 團長辛苦了', 'none'],
  ['group', '有人跟我一樣打疫苗後很想睡嗎', 'none'],
  ['group', '我就是想跟大家说一下啊昨天那个送药的小伙子人特别好帮我妈把药送上楼还教她怎么吃我妈高兴得不得了一直说现在的年轻人真好', 'none'],
  ['group', '哎呀我跟你们讲我今天早上起来头有点晕我以为是血压高了量了一下一百二十八十正常的可能就是没睡好吧大家也注意休息啊', 'none'],
  ['group', '那个谁啊上次说要帮忙配药的那个小姑娘是几号楼的我想当面谢谢她', 'none'],
  ['group', '我刚才在楼下碰到居委的人他们说下礼拜要统计一下家里有慢性病的老人到时候会在群里发表格大家留意一下', 'none'],
  ['group', '我家老头子又在跟我吵说药太苦不肯吃我真是拿他没办法你们家老人也这样吗', 'none'],
];

// Set 7, English group talk after set 6 (a kid who spits out medicine, coffee run out, a past stroke, a late
// group buy, a past sign-up complained of). Read right before any change: 14/14; kept as a guard.
export const ROUND_5_CHATTER_G: Probe[] = [
  ['group', 'does anyone else\'s kid refuse to take medicine? mine spits it out every time', 'none'],
  ['group', 'we ran out of coffee lol, lockdown is hard', 'none'],
  ['group', 'my neighbour\'s insulin got delivered yesterday, so kind of the volunteers', 'none'],
  ['group', 'i\'m dying to get a haircut haha', 'none'],
  ['group', 'the old lady next door asked me what the bot is, i showed her', 'none'],
  ['group', 'just took my vaccine, arm is a bit sore but fine', 'none'],
  ['group', 'who else is on the night shift this week? so tired', 'none'],
  ['group', 'sorry for the spam everyone', 'none'],
  ['group', 'my dad had a stroke two years ago, he is doing much better now', 'none'],
  ['group', 'is it normal that the group buy is late again?', 'none'],
  ['reply:chain', 'thanks for the eggs, they were great', 'none'],
  ['reply:chain', 'can i still change my order later?', 'none'],
  ['reply:recruit', 'I signed up last week but no one contacted me', 'none'],
  ['reply:recruit', 'great to see so many people volunteering!', 'none'],
];

// Round 6, set 1: hard group chatter of every kind — a medicine carried "in case" of a sign (万一), talk of
// how a medicine is taken, thanks and reports, questions to neighbours, other chains, past scares, jokes
// with 救命 / 笑死 / 晕, idioms, pets, TV, forwards and notices pasted back, replies under the posts that
// are no claim, sign-up or order, and a volunteer worn out after many trips — with near misses beside.
// Read right before any change: 47/54 (a medicine carried 万一 a sign asked or paged, 「去不动了 今天已经跑了六趟」 and
// 「累瘫了 … 躺在沙发上一动不动」 paged, 「气晕了」 asked, eggs of the group-buy cooked read as an order); after: 54/54.
export const ROUND_6_CHATTER: Probe[] = [
  ['group', '医生说硝酸甘油要随身带 万一心绞痛发作就含一片', 'none'],
  ['group', '我包里一直放着速效救心丸 万一胸闷就吃几粒', 'none'],
  ['group', '家里备点葡萄糖 万一低血糖可以马上吃', 'none'],
  ['group', '老年人出门最好带张卡片 写上病史 万一晕倒了别人知道怎么处理', 'none'],
  ['group', '我妈的降压药吃了十几年了 一直是氨氯地平 效果还可以', 'none'],
  ['group', '布洛芬和对乙酰氨基酚可以一起吃吗 有懂的邻居吗', 'none'],
  ['group', '我家老头子血糖这两天控制得挺好 空腹6点几', 'none'],
  ['group', '谢谢三号楼的志愿者 我爸的药昨天晚上送到了 🙏🙏', 'none'],
  ['group', '报告一下 今天七号楼的菜都发完了 辛苦大家', 'none'],
  ['group', '刚才群里说的那个晕倒的阿姨 120已经接走了 家属也到了 谢谢大家', 'none'],
  ['group', '请问大家 楼下那个药店今天开门了吗', 'none'],
  ['group', '有人知道社区医院几点开门吗 想去量个血压', 'none'],
  ['group', '#接龙\n明天下午核酸 按楼号排队\n1. 3号楼 王阿姨\n2. 5号楼302 老张', 'none'],
  ['group', '面包接龙 隔壁小区团长组织的 要的私聊她 不是邻里这个团', 'none'],
  ['group', '前天晚上我爸胸口痛 去医院查了 没什么大问题 虚惊一场', 'none'],
  ['group', '去年这个时候我妈中风 幸亏发现得早 现在能自己走路了', 'none'],
  ['group', '上次电梯里那个阿婆晕倒 后来听说是低血糖 吃了糖就好了', 'none'],
  ['group', '救命 我家孩子网课又掉线了 老师在群里点名 😂', 'none'],
  ['group', '笑死 我妈把团购的鸡蛋当成咸鸭蛋煮了', 'none'],
  ['group', '晕 又要排队 下午三点在楼下集合', 'none'],
  ['group', '救命啊 这个团购小程序我搞了半天还是不会用[捂脸]', 'none'],
  ['group', '我快被我家熊孩子气晕了 作业写到十点', 'none'],
  ['group', '团长就是我们的救命恩人 没有她这礼拜都吃不上肉', 'none'],
  ['group', '一口气爬了十八楼 差点没气了 电梯什么时候修好啊', 'none'],
  ['group', '我家狗狗今天一直吐 不吃东西 附近有宠物医院开门吗', 'none'],
  ['group', '楼下那只流浪猫好像被车撞了 躺在草丛里不动 有人能帮忙看看吗', 'none'],
  ['group', '我家鹦鹉今天突然抽搐了一下 吓死我了', 'none'],
  ['group', '昨晚那集看哭了 女主在医院抢救 没救回来', 'none'],
  ['group', '电视里说冬天老人容易中风 大家注意保暖', 'none'],
  ['group', '【转发】紧急提醒:近期流感高发 出现高烧不退 呼吸困难请及时就医 请转告家中老人', 'none'],
  ['group', '转自社区公众号:心肺复苏培训本周六上午九点 社区活动室 名额30人', 'none'],
  ['group', '居委会通知:独居老人如有用药需求 请联系楼组长登记', 'none'],
  ['reply:task', '这个阿姨我认识 她儿子在国外 真不容易', 'none'],
  ['reply:task', '是哪个药房啊 离得远吗', 'none'],
  ['reply:recruit', '去年封控的时候就是这批志愿者 真的辛苦了', 'none'],
  ['reply:recruit', '志愿者每天几点开始啊 要做多久', 'none'],
  ['reply:chain', '这个鸡蛋是哪里的 新鲜吗', 'none'],
  ['reply:chain', '上次的肉有点肥 这次还是算了', 'none'],
  ['reply:chain', '几点截单啊', 'none'],
  ['reply:chain', '团长辛苦了 昨天的B套餐很好吃', 'none'],
  ['group', '去不动了 今天已经跑了六趟', 'none'],
  ['group', '爬不动了 今天上下楼送了八趟菜 腿都软了', 'none'],
  ['group', '实在走不动了 一上午送了十几家 歇一会儿', 'none'],
  ['group', '累瘫了 发了一天物资 现在躺在沙发上一动不动', 'none'],
  ['group', 'my mom had a fall last month, she is fine now, thanks everyone for asking', 'none'],
  ['group', 'does anyone know if the pharmacy at the gate sells insulin needles?', 'none'],
  ['group', '笑到我肚痛 救命呀 隻狗又偷食', 'none'],
  ['group', '琴日阿爺喺樓梯跌親 今日冇事啦 多謝關心', 'none'],
  ['group', '阿拉屋里厢老头子今朝血压蛮好 勿要担心', 'none'],
  ['group', '侬晓得伐 隔壁小区有个老人昏倒 后来救过来了', 'none'],
  // The near misses: still a need, a give-back or danger.
  ['group', '硝酸甘油吃完了 万一心绞痛发作就麻烦了 谁能帮忙配一瓶', 'medicine', 'items=硝酸甘油;qty=1;days=0'],
  ['reply:task', '我今天跑了五趟了 实在跑不动了 谁能接一下', 'task.giveback'],
  ['group', '救命 我爸倒在地上叫不醒', 'emergency'],
  ['group', '送完菜回来 发现我妈躺在地上一动不动 快来人', 'emergency'],
];

// Round 6, set 2: medicine said with a count that is a dose, a price or what the doctor gave; 晕 and 急 and
// 救命 of the day's nuisances; a dream, a fear for another day, a sleeper who will not wake in jest; pets in
// trouble; a game, a football match; blood given; replies under the posts about someone else's sign-up,
// a task already taken, what is in a package — and the near misses.
// Read right before any change: 38/45 (a dream and 「我心梗了」 after a football match paged, a fear for another day and
// 「热得我快中暑了」 asked, a price 「涨到二十八一盒」 read as 21 boxes asked for, a limit conceded then 「不过可以…」 no sign-up);
// after: 45/45.
export const ROUND_6_CHATTER_B: Probe[] = [
  ['group', '我妈每天吃两片二甲双胍 血糖还是有点高', 'none'],
  ['group', '医生给我爸开了三盒阿托伐他汀 够吃三个月了', 'none'],
  ['group', '门口药店的布洛芬涨到二十八一盒了 抢钱啊', 'none'],
  ['group', '晕死 又下雨了 被子白晒了', 'none'],
  ['group', '这个群消息太多了 看得我眼花缭乱 头都大了', 'none'],
  ['group', '急急急 谁知道菜鸟驿站几点关门', 'none'],
  ['group', 'help this form is so confusing lol', 'none'],
  ['group', 'someone save me from this queue 😂 been here an hour', 'none'],
  ['group', '昨晚做梦梦见我爸晕倒了 吓醒了 赶紧打电话过去 他好好的', 'none'],
  ['group', '我爸一个人在家 我很怕他哪天摔倒了没人知道', 'none'],
  ['group', '我老公睡得跟死猪一样 叫都叫不醒 😂', 'none'],
  ['group', '鱼刺卡喉咙了 喝了口醋就好了 虚惊', 'none'],
  ['group', '我家猫吃了巧克力 现在在吐 附近有宠物医院吗', 'none'],
  ['group', '狗狗被电动车撞了 流了好多血 哪里有兽医 急', 'none'],
  ['group', '国足又输了 我心梗了', 'none'],
  ['group', '打游戏打到心脏骤停 这关太难了', 'none'],
  ['group', '【健康提醒】心梗前兆:胸闷 出冷汗 左臂疼 出现请立即拨打120', 'none'],
  ['group', '志愿者培训通知:海姆立克急救法 周日下午两点 社区活动室', 'none'],
  ['group', '医生说我爸出院后要特别注意别摔倒 家里都装了扶手', 'none'],
  ['group', '今天去献血了 抽了400 有点晕 正常吧', 'none'],
  ['group', '我晕血 这种视频别发了好吗', 'none'],
  ['group', '刚才楼下阿婆坐在花坛边 我问她要不要帮忙 她说没事 就是走累了歇一歇', 'none'],
  ['group', "my kid fell off his bike, just a scraped knee, he's fine", 'none'],
  ['group', '上周救护车来我们楼是因为三楼阿伯中风 现在在康复医院了', 'none'],
  ['group', '我奶奶以前中过风 所以我特别关注这方面的消息', 'none'],
  ['group', '阿拉屋里老太婆讲伊头晕 其实是麻将搓了一夜 😂', 'none'],
  ['group', '佢話佢就快暈 其實係肚餓啫 哈哈', 'none'],
  ['group', '我家孩子说他要饿死了 晚饭还没好', 'none'],
  ['group', '看了一下午报表 眼睛都快瞎了', 'none'],
  ['group', '这鬼天气 热得我快中暑了', 'none'],
  ['reply:task', '这个昨天不是已经有人接了吗', 'none'],
  ['reply:task', '那个药房我熟 就在菜场旁边 谁去的话我可以告诉你怎么走', 'none'],
  ['reply:task', '老人家真可怜 儿女都不在身边', 'none'],
  ['reply:recruit', '我老公已经报了 我在家带孩子就不报了', 'none'],
  ['reply:recruit', '年纪大了跑不动了 精神上支持你们', 'none'],
  ['reply:recruit', '这个要不要做核酸才能报', 'none'],
  ['reply:chain', 'B套餐里都有什么肉啊 有没有排骨', 'none'],
  ['reply:chain', '上次的鸡蛋碎了两个 这次包装好一点哦', 'none'],
  ['reply:chain', '这次就不跟了 冰箱还满的', 'none'],
  ['reply:chain', '水果套餐是哪里的水果 甜不甜', 'none'],
  // The near misses.
  ['group', '我爸的二甲双胍只剩两片了 谁能帮忙配两盒 5号楼302', 'medicine', 'items=二甲双胍;qty=2;door=5-302'],
  ['group', '我老公睡着了叫不醒 怎么拍都没反应 快来人', 'emergency'],
  ['group', '鱼刺卡在喉咙里 咳不出来 喘不上气了', 'emergency'],
  ['reply:recruit', '年纪大了跑不动 不过可以在家打电话联系老人', 'recruit.signup'],
  ['reply:chain', 'B套餐来一份 7号楼301', 'order', 'items=B*1;door=7-301'],
];

// Round 6, set 3: long thank-you stories, @mentions and quote-replies, an ambulance seen or heard, drills and
// lessons, a mother-in-law who always says she is dying, English and Cantonese and Shanghainese hyperbole,
// volunteers' reports, questions for the clinic, and replies under the posts that are information,
// worries or a sign-up made before — with near misses.
// Read right before any change: 40/45 (a son practising the Heimlich on his mother paged, 「…一直在滴水 我晕」 and 「要是突然倒了
// 第一时间打120」 asked or paged, a volunteer's 「我去帮…阿婆拿药了」 read as a request, 「有没有不要榴莲的」 under the chain as an
// order); after: 45/45.
export const ROUND_6_CHATTER_C: Probe[] = [
  ['group', '各位邻居 我是十二号楼的张阿姨 我跟大家讲一下 我家老头子前几天发烧 我们吓死了 后来去医院查了是普通感冒 现在已经退烧了 谢谢大家关心 特别谢谢六楼小王帮我们买了退烧药 真的是远亲不如近邻', 'none'],
  ['group', '王阿姨:我爸晕倒了 叫不醒 快来人\n- - - - - - - - - - - - - - -\n后来怎么样了 送医院了吗', 'none'],
  ['group', '@王医生 谢谢你昨天来看我妈 她今天好多了', 'none'],
  ['group', '转发一下:【防范电信诈骗】冒充医保局来电称您医保卡异常 请勿相信', 'none'],
  ['group', '小区门口的救护车是来接谁的 有人知道吗', 'none'],
  ['group', '刚才听到救护车的声音 不知道是哪栋楼', 'none'],
  ['group', '今天楼下好热闹 原来是社区在搞急救演练', 'none'],
  ['group', '哈哈哈 我儿子学海姆立克 拿我当练习对象 勒得我喘不过气', 'none'],
  ['group', '我婆婆天天说自己快不行了 其实身体好得很', 'none'],
  ['group', 'Just saw the ambulance leave from building 6, hope everyone is okay 🙏', 'none'],
  ['group', 'My dad had a heart attack two years ago so I always keep aspirin at home just in case', 'none'],
  ['group', 'lol my husband nearly fainted when he saw the bill for the group buy', 'none'],
  ["group", "I'm dying to know when the lockdown ends", 'none'],
  ['group', 'does anybody know a good physio? my mum hurt her back last month', 'none'],
  ['group', '隔籬屋個BB成晚喊 嘈到我瞓唔著 頭都痛埋', 'none'],
  ['group', '我個心臟頂唔順 個價錢貴到癲', 'none'],
  ['group', '侬看看 今朝小菜又涨价了 阿拉要昏过去了', 'none'],
  ['group', '我爷爷九十岁了 每天还能爬六楼 身体棒得很', 'none'],
  ['group', '阳台上的花都晒晕了 哈哈', 'none'],
  ['group', '我爸做完手术回家了 伤口还在愈合 大家先别来探望', 'none'],
  ['group', '心肺复苏怎么做 有没有视频教程 想学一下', 'none'],
  ['group', '请问独居老人突发疾病 社区有没有紧急联系方式', 'none'],
  ['group', '楼上的空调外机一直在滴水 我晕', 'none'],
  ['group', '救命 我家wifi又断了 网课上不了', 'none'],
  ['group', '有个快递员在楼下摔了一跤 自己爬起来走了 看着没什么事', 'none'],
  ['group', '我去帮七号楼的阿婆拿药了 她说腿疼不方便下楼', 'none'],
  ['group', '今晚社区医院值班医生电话是多少', 'none'],
  ['group', '电梯又坏了 老人家爬楼梯爬得气都喘不上来 物业管管吧', 'none'],
  ['group', '八号楼有人在楼道抽烟 呛死了', 'none'],
  ['group', '家里老人要是突然倒了 第一时间打120 别自己搬动', 'none'],
  ['group', '团购的肉收到了 质量不错 下次还买', 'none'],
  ['group', '请问昨天B套餐的钱付给谁', 'none'],
  ['reply:task', '小区门口药店开着 八点关门', 'none'],
  ['reply:task', '上次也是这个阿姨 她家药吃得很快', 'none'],
  ['reply:task', '要不要先打个电话给阿姨确认一下', 'none'],
  ['reply:recruit', '我女儿在外地 不然她肯定报名', 'none'],
  ['reply:recruit', '报名的都是好样的👍', 'none'],
  ['reply:recruit', '我上次报了 一直没人联系我', 'none'],
  ['reply:chain', '水果套餐有没有不要榴莲的', 'none'],
  ['reply:chain', '我家那份放门卫了吗', 'none'],
  ['reply:chain', '团长 D的鸡蛋是土鸡蛋吗', 'none'],
  // The near misses.
  ['group', '快来人 十二号楼电梯口有个老人倒在地上 叫不应', 'emergency'],
  ['reply:task', '我去 十分钟后到', 'task.claim'],
  ['reply:recruit', '我报名 会开车', 'recruit.signup', 'skills=driver'],
  ['reply:chain', '我也要一份D 9号楼1002', 'order', 'items=D*1;door=9-1002'],
];

// Round 6, set 4: written after dev-8's chatter and asks were read, of the same kinds in other words — a
// story from a video or the news about a medicine, spare medicine offered to "anyone in building 3", a pill
// box wanted, a mild sign with the usual pills said to be taken (ruling a cause out, not a side effect),
// 气促 — and a need beside the same words.
// Read right before any change: 12/13 (「早饭吃了 降压药也按时吃了」 still read as a dose: a template string had lost the \s of a
// class); after: 13/13.
export const ROUND_6_CHATTER_D: Probe[] = [
  ['group', '刷到一个新闻说有人吃错降压药进了医院 大家小心', 'none'],
  ['group', '网上说布洛芬和酒不能一起吃 真的假的', 'none'],
  ['group', '视频里说硝酸甘油要避光保存 家里有的注意一下', 'none'],
  ['group', 'I have extra ibuprofen at home, if anyone on our floor needs some just let me know', 'none'],
  ['group', 'Got a spare inhaler, never opened. If anybody in building 3 needs it, DM me', 'none'],
  ['group', '谁家有不用的药盒 想给我妈分装一周的药', 'none'],
  ['group', '求一个分药盒 七格的那种 楼下超市买不到', 'none'],
  ['group', '我爸早上说心慌 早饭吃了 降压药也按时吃了 要不要紧', 'emergency.ask'],
  ['group', '我妈说有点头晕 药都吃了 饭也吃了 要紧吗', 'emergency.ask'],
  ['group', '阿爺今日有啲氣促 唔知使唔使睇醫生', 'emergency.ask'],
  ['group', 'my mum is a bit short of breath today, walks a few steps and has to stop, is it serious?', 'emergency.ask'],
  ['group', '降压药吃了以后有点头晕 是不是要换一种', 'none'],
  ['group', '刷到视频说现在配药难 我妈的降压药也只剩三天了 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
];

// Round 6, set 5: written after dev-9's misreadings were fixed, three or so new sentences for each reason
// (not its rows): 饿晕 of anyone, a guessed 睡着了, rest then 才好, 人已经醒了 / 不用过来, a tiny cut and sorry for
// the panic, a lesson of what to say to 120, dog breeds, a sign that comes N times and calms down, 原来係 and
// 没人受伤, a conditional offer to anyone, a question whether doctors live here, 能不能 under the chain, a chain
// pasted back with a reminder, "don't need anything", 配得到 asked of the pharmacy, another district, a body
// part 快断了, plasters put on — and needs beside them.
// Read right after those fixes, before any change for this set: 28/32 (a list of what to tell 120 paged, a cupboard fallen
// 「没人受伤 虚惊」 asked, 「气喘药」 unnamed, and a nurse's conditional offer mislabelled here at first as none — dev-9 calls it an
// offer); after: 32/32.
export const ROUND_6_CHATTER_E: Probe[] = [
  ['group', '孩子说他快饿晕了 团购的饭什么时候到', 'none'],
  ['group', '老公说快累晕了 搬了一下午的菜', 'none'],
  ['group', '我妈说她快热晕了 空调又坏了', 'none'],
  ['group', '我妈爬楼梯喘了半天 坐下歇了一会儿才好 电梯什么时候修', 'none'],
  ['group', '刚才晕倒的阿姨人已经醒了 救护车在路上 大家不用过来了', 'none'],
  ['group', 'Sorry about the panic earlier, my daughter cut her finger but it was a tiny cut, all cleaned up now', 'none'],
  ['group', 'update: the old man in the lift is ok, the repair guy got him out', 'none'],
  ['group', "sorry for the alarm everyone, my dad slipped on the mat but he's fine", 'none'],
  ['group', "I'm a nurse. What to do when someone faints: lay them down, raise their legs, call 120 if they don't wake up", 'none'],
  ['group', '我整理了一个打120时要说的清单 地址 年龄 发生了什么 有没有呼吸 大家存一下', 'none'],
  ['group', '我家泰迪刚才抽搐了一下 现在好了 宠物医院都关门了', 'none'],
  ['group', '柯基偷吃了巧克力 一直在吐 怎么办', 'none'],
  ['group', 'my mum keeps saying her heart is racing at night, it happened 4 times this week, she calms down after a while', 'none'],
  ['group', '頭先聽到好大聲 以為有人跌倒 原來係個花盆跌落嚟 冇人受傷', 'none'],
  ['group', '刚才楼上咚的一声 原来是柜子倒了 没人受伤 虚惊', 'none'],
  // A medic's conditional offer to anyone is an offer (as dev-9 labels it), never a page.
  ['group', '如果有人头晕胸闷 可以先找我量个血压 我是护士', 'volunteer', 'skills=nurse'],
  ['group', '要是谁家老人不舒服 可以打我电话问问 我以前是医生', 'volunteer', 'skills=doctor'],
  ['group', '我们楼有没有住着医生 想以后有事能找到人', 'none'],
  ['reply:chain', '下次能不能加点水果', 'none'],
  ['reply:chain', '鸡蛋能不能换成土鸡蛋', 'none'],
  ['group', '团购接龙 #1\n1. 3-402 A×1\n2. 5-302 B×1\n各位抓紧 明天中午截单', 'none'],
  ['group', "I don't need anything now, just asking how the medicine thing works here", 'none'],
  ['group', '社区医院现在能不能配得到缬沙坦啊 有人最近去配过吗', 'none'],
  ['group', 'my in-laws in another district ran out of insulin, does anyone know who to call there?', 'none'],
  ['group', '搬了一天的菜 腰都快断了', 'none'],
  ['group', '今天走了两万步 腿都快断了', 'none'],
  ['group', '给我妈贴了两片膏药 好点了', 'none'],
  // Needs beside the same words.
  ['group', '我的气喘药快吃完了 能帮我配一盒吗', 'medicine', 'items=气喘药;qty=1;days=0'],
  ['group', '孩子的哮喘喷剂用完了 谁能帮忙买一支', 'medicine', 'items=哮喘喷剂;qty=1;days=0'],
  ['reply:chain', '能不能给我来一份B 5号楼302', 'order', 'items=B*1;door=5-302'],
  ['group', '团购接龙 #1\n1. 3-402 A×1\n2. 5-302 B×1\n3. 8-1101 C×2', 'order', 'items=C*2;door=8-1101'],
  ['group', '我妈的降压药断了 腰也疼 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];

// Round 6, set 6: stories that end by advising everyone (大家有空多去看看, 有需要的最好早点登记) — no offer of the
// writer's; 差啲 (Cantonese "almost") before a fall; and the offers beside them that still are one. Written after
// dev-9's last three chatter rows were fixed; 8/10 before any change for it (「我有空 大家需要…随时叫我」 taken for advice by the
// first rule for it, 「我周末有时间 可以帮老人去医院配药」 asked between an offer and a request); 10/10 after.
export const ROUND_6_CHATTER_F: Probe[] = [
  ['group', '今天去给九号楼的阿婆送菜 她拉着我聊了半天 老人家太孤单了 大家有空多去陪陪她们', 'none'],
  ['group', '排了三个小时才配到药 医院说很多药都缺货 有需要的最好早点登记 别等吃完了再说', 'none'],
  ['group', '我每天下楼都会去敲一下隔壁阿爷的门 大家有时间也多留意身边的老人', 'none'],
  ['group', 'Went to help an old man get his pills today, he was so lonely. If you have time, please visit your elderly neighbours', 'none'],
  ['group', '琴日喺電梯口見到個阿伯差啲跌低咗 好彩有人扶住 大家行路小心啲', 'none'],
  ['group', '我阿嫲差啲仆親 好彩我喺隔籬', 'none'],
  ['group', '我有空 大家需要帮忙的话随时叫我', 'volunteer'],
  ['group', '我周末有时间 可以帮老人去医院配药', 'volunteer', 'skills=medicine'],
  ['group', '阿婆跌低咗 起唔到身 快啲嚟人', 'emergency'],
  ['group', '有需要的话可以找我 我是护士 住八号楼', 'volunteer', 'skills=nurse'],
];

// Round 6, set 7: English words of the body inside other words and idioms — Manchester (chest), breathtaking,
// a stroke of luck, seize the chance, fell for it, heartbroken, bloody, a choke in a game, fainting from the
// price, dead tired — and the real signs said plainly beside them. Written after dev-5's 'Manchester' was read as a chest:
// 9/13 before any change for it (breathtaking, a stroke of luck, seize the chance, fell for a scam asked); 13/13 after.
export const ROUND_6_CHATTER_G: Probe[] = [
  ['group', 'My sister in Manchester sent us masks, she says hi to everyone here', 'none'],
  ['group', 'the sunset from the rooftop of building 8 is breathtaking, my mum loved it', 'none'],
  ['group', 'what a stroke of luck, my mum got the last box of eggs at the gate', 'none'],
  ['group', 'seize the chance and order the fruit before it sells out, my neighbour says it is great', 'none'],
  ['group', 'my dad fell for another phone scam today, please warn your parents', 'none'],
  ['group', 'my grandma was heartbroken when the market closed, she loved chatting there', 'none'],
  ['group', 'bloody hell the queue for testing is long today', 'none'],
  ['group', 'my son choked in the final again, lost the chess match 😂', 'none'],
  ['group', 'I nearly fainted when I saw the price of the durian lol', 'none'],
  ['group', "I'm dead tired after carrying boxes all day, my husband too", 'none'],
  ['group', 'my grandpa is having a blast playing mahjong online with his friends', 'none'],
  // Found later by trying idioms by hand: one's own 'passed out on the couch' is sleep (it paged).
  ['group', 'I literally passed out on the couch after work', 'none'],
  ['group', 'my dad passed out on the couch and will not wake up', 'emergency'],
  // And two more found that way: a heart that hurts at the news, blood boiling at a cancelled group buy (paged, asked).
  ['group', 'my heart hurts seeing this, those poor families', 'none'],
  ['group', 'my blood is boiling, they cancelled the group buy again', 'none'],
  ['group', 'my dad says his heart hurts and he is sweating a lot', 'emergency'],
  ['group', 'my chest is tight and my left arm hurts, I am alone at home in 5-302', 'emergency', 'door=5-302'],
  ['group', 'my mum had a stroke just now, her face is drooping and she cannot talk', 'emergency'],
];

// Round 6, set 8: long group messages of every kind — a volunteer's report with a call for requests, a scare told
// after it ended, thanks after a collapse, a forwarded notice of the clinic, a medic wanted another day, a stay in
// hospital, a stroke recovering at home in Cantonese, a fracture in Shanghainese, someone answered for, a free
// clinic, a reminder, a cough asked about, surgery next week, calm asked for — and two long emergencies.
// Read right before any change: 15/19 (「可能是最近太累了 开了点药」 read as 能…开 asked; 「有咩需要我會出聲」 with 醫生話 as a
// doctor's offer; others crying 救命 in the group, 「我看着都心慌」, asked; 「叫他他只会嗯嗯」 unread, so a husband vomiting
// after a sudden headache only asked); 19/19 after.
export const ROUND_6_CHATTER_H: Probe[] = [
  ['group', '跟大家汇报一下 今天我们楼组一共帮十二户配了药 其中有三户是胰岛素 已经全部送到 明天还要去一趟中山医院 需要配药的请今晚十点前在群里接龙 写清楚门牌和药名 谢谢大家配合', 'none'],
  ['group', '刚才看到群里有人说五号楼有老人晕倒 我下楼去看了 是一个阿姨低血糖 吃了块糖已经好了 她家里人也下来了 大家放心', 'none'],
  ['group', '我妈昨天晚上突然说胸口闷 吓得我们一晚上没睡 今天一早去医院做了心电图 医生说没什么大问题 可能是最近太累了 开了点药 现在在家休息 谢谢群里关心的邻居', 'none'],
  ['group', "Just wanted to say thank you to the nurse from building 3 who came so fast last night when my father collapsed. He's stable now in the hospital and the doctors say he'll be fine. This community is amazing.", 'none'],
  ['group', '转发:【社区卫生服务中心通知】即日起慢病患者可凭医保卡在社区卫生服务中心配药 一次最多配三个月 请大家相互转告 特别是家里有高血压 糖尿病老人的', 'none'],
  ['group', '各位 我们楼有个独居的老爷爷 九十多了 儿女都在国外 我每天给他送饭 今天他说腿有点疼 我看了一下有点肿 他说是老毛病了 过几天就好 我想问问大家有没有认识的医生可以上门看看 不急的', 'none'],
  ['group', "my mum's been in hospital for a week with pneumonia, she's getting better, thank you all for the messages. the doctors say she can come home on Friday", 'none'],
  ['group', '各位街坊 我阿爸上個禮拜中風入咗院 而家已經出院 喺屋企休養緊 右手仲有啲冇力 醫生話要慢慢做物理治療 多謝大家關心 有咩需要我會出聲', 'none'],
  ['group', '阿拉隔壁老王伯伯 前两日跌了一跤 送到医院去拍了片子 讲是骨裂 现在回来了 大家有空去望望伊', 'none'],
  ['group', '群里那个说要配药的阿姨 我已经帮你登记了 明天志愿者会送过去 你别着急', 'none'],
  ['group', '今天小区义诊 有医生给老人量血压测血糖 在三号楼门口 到十一点结束 有需要的去看看', 'none'],
  ['group', 'Reminder: the pharmacy volunteers go to the hospital on Wednesday, please give your medical card to your building lead by Tuesday night', 'none'],
  ['group', '刚刚救护车来把三楼的阿婆接走了 听说是摔了一跤 家人陪着去了 希望没事', 'none'],
  ['group', "I've been coughing for two weeks, doctor says it's just a post-covid cough, anyone else have this? how long did yours last?", 'none'],
  ['group', '我爸住院了 医生说要做心脏支架 手术排在下周三 心里很慌 大家有没有做过的 恢复得怎么样', 'none'],
  ['group', '这两天好多人在群里喊救命 我看着都心慌 大家冷静一点 真有事直接打120', 'none'],
  ['group', '谢谢 @邻里 昨天帮我叫的医生 我妈已经好多了', 'none'],
  ['group', '各位邻居对不起打扰了 我是八号楼的 我老公刚才吃晚饭的时候突然说头好痛 然后就吐了 现在叫他他只会嗯嗯 眼睛也睁不开 我一个人搬不动他 救护车说要二十分钟 有没有医生能先过来看看 八号楼二单元六零一', 'emergency', 'door=8-2-601'],
  ['group', "Hello everyone, sorry to bother, my elderly neighbour in 12-1103 just called me crying, she says she fell in the kitchen an hour ago and can't get up, her door is locked from inside. I'm at work across the city. Can anyone go? Her son has a key but he's in Pudong", 'emergency', 'door=12-1103'],
];

// Round 6, set 9: Taiwanese and Hong Kong traditional chatter (XD, 喔, 颱風, 打疫苗 手臂痠) and everyday English
// figures of speech (dying laughing, my phone died, sick of, heart goes out, code red, feeling blue, allergic
// to prices) — with Taiwanese present danger beside them.
// Read right before any change: 20/22 (「看到菜價直接昏倒 XD」 and 「氣到中風了 XD」 paged: XD was no laugh); 22/22 after.
export const ROUND_6_CHATTER_I: Probe[] = [
  ['group', '笑死 我媽看到菜價直接昏倒 XD', 'none'],
  ['group', '我阿公以前中風過 現在每天去公園走路 很健康', 'none'],
  ['group', '醫師說我的血壓有點高 要我少吃鹹', 'none'],
  ['group', '昨天去打疫苗 手臂好痠喔', 'none'],
  ['group', '這個團購的雞蛋好新鮮 讚', 'none'],
  ['group', '有沒有人知道巷口的診所幾點開', 'none'],
  ['group', '救命喔 這週末又要隔離', 'none'],
  ['group', '颱風天大家小心 不要出門', 'none'],
  ['group', '我快被我家小孩氣到中風了 XD', 'none'],
  ['group', "OMG I'm dying 😂 my son just called the bot grandpa", 'none'],
  ['group', 'my phone died in the middle of the group buy, did my order go through?', 'none'],
  ['group', "I'm so sick of this lockdown, can't wait to see the sea", 'none'],
  ['group', 'my heart goes out to the family in building 6, let us know if they need anything', 'none'],
  ['group', 'I almost had a heart attack when the doorbell rang at 3am lol, it was the delivery guy', 'none'],
  ['group', "my husband's snoring is killing me, I haven't slept in days", 'none'],
  ['group', "I'm allergic to these prices 😅", 'none'],
  ['group', 'feeling a bit blue today, miss my family', 'none'],
  ['group', 'code red: we are out of coffee in building 4', 'none'],
  ['group', 'the kids are bouncing off the walls, any ideas for indoor games?', 'none'],
  ['group', '我阿嬤剛剛在浴室滑倒 叫她都沒反應 怎麼辦', 'emergency'],
  ['group', '救護車來了沒 我爸一直抽搐 口吐白沫', 'emergency'],
  ['group', '阿公在客廳昏倒了 臉色發白 拜託有醫師嗎', 'emergency'],
];

// Round 6, set 10: written after dev-12's and dev-13's chatter was fixed, new sentences of the same kinds:
// medicine arrived (药今天到了), 'group buy' in English talk, a building lead's notice to those who need medicine,
// advice to keep some at home, spare medicine offered (可以送你), a need given up for others, someone else's need
// told of a past day, a daily count of pills, 'ask me anything', helpers' jobs all taken, a scam, someone asking
// me, groceries got on an app, a joke under the chain, a time after 要.
// Read right after those fixes, before any change for this set: 18/19 (名额早就被抢光了 still an offer); after: 19/19.
export const ROUND_6_CHATTER_J: Probe[] = [
  ['group', '谢谢志愿者 我爸的药今天到了 放心了', 'none'],
  ['group', 'honestly the group buy has been a lifesaver, the kids love the fruit', 'none'],
  ['group', '各位 我是楼组长 需要配药的邻居请在周四中午前把医保卡放在门口 写好药名和数量', 'none'],
  ['group', '提醒一下有老人的家庭 家里最好备点退烧药和血压计', 'none'],
  ['group', '我家有一盒没拆的布洛芬 谁家孩子发烧用得上 可以送你', 'none'],
  ['group', '我的药还够吃二十天 就不凑热闹了 先让给急的人配', 'none'],
  ['group', '前天有个老伯药吃完了 在楼道里转了半天 后来志愿者帮他配到了', 'none'],
  ['group', '我爸每天吃六七种药 一天要吃十几粒 看着都心疼', 'none'],
  ['group', 'Day 12 of lockdown: I can now juggle three oranges. Ask me anything', 'none'],
  ['group', '想报名当志愿者 结果名额早就被抢光了', 'none'],
  ['group', '大家小心 有人冒充志愿者打电话要转账 说先付钱才给配药', 'none'],
  ['group', '我女儿问我要不要帮忙团购 我说不用 家里都有', 'none'],
  ['group', '今天在盒马抢到了两盒鸡蛋一袋土豆 开心', 'none'],
  ['reply:chain', 'is the chicken organic? just kidding, any chicken is fine lol', 'none'],
  ['group', '团购的菜要六点才能到吧 有人知道吗', 'none'],
  // Needs and offers beside them.
  ['group', '我爸的药今天吃完了 谁能帮忙配两盒氨氯地平', 'medicine', 'items=氨氯地平;qty=2;days=0'],
  ['group', '我有一盒没拆的布洛芬 可以送给需要的邻居 私聊我', 'none'],
  ['group', 'Retired nurse in building 5, happy to help with blood pressure checks, ask me anything about your meds', 'volunteer', 'skills=nurse'],
  ['group', '团购我要两份B 7号楼302', 'order', 'items=B*2;door=7-302'],
];

// Round 6, set 11: replies under the bot's posts that are no claim, sign-up or order — questions about the elder,
// the task taken already, thanks, advice from last time, impatience, a past stint, someone else too young, the
// form, a link; under the chain: what is in a package, last time's, paying, prices, a neighbour's question, the
// format — with the plain claim, sign-up and order beside them. 22/22 before any change: a guard, so later tuning cannot
// start taking them.
export const ROUND_6_CHATTER_K: Probe[] = [
  ['reply:task', '这个阿婆住几楼啊 有电梯吗', 'none'],
  ['reply:task', '已经有人接了吧 我看上面有人回复了', 'none'],
  ['reply:task', '辛苦接单的志愿者 🙏', 'none'],
  ['reply:task', '上次送药的时候阿姨不在家 这次记得先打电话', 'none'],
  ['reply:task', '任务怎么还没人接 急死了', 'none'],
  ['reply:task', '谁接了麻烦报一下 别重复跑', 'none'],
  ['reply:task', 'this is the same lady from last week right?', 'none'],
  ['reply:recruit', '志愿者有没有保险啊', 'none'],
  ['reply:recruit', '去年我也当过 很累但是很有意义 大家加油', 'none'],
  ['reply:recruit', '我儿子想报 但是他才十五岁 可以吗', 'none'],
  ['reply:recruit', '报名要填什么表', 'none'],
  ['reply:recruit', 'for those who signed up, the group chat link is in the notice', 'none'],
  ['reply:chain', 'B套餐的肉是冷冻的还是新鲜的', 'none'],
  ['reply:chain', '上次那个蔬菜套餐有点少 这次会多一点吗', 'none'],
  ['reply:chain', '团长 我昨天接的那份还没付钱 付给谁', 'none'],
  ['reply:chain', '这次好贵啊 比上次贵了十块', 'none'],
  ['reply:chain', 'how many eggs in D', 'none'],
  ['reply:chain', '我邻居让我问一下 还能接吗', 'none'],
  ['reply:chain', '接龙的格式是什么 门牌加套餐吗', 'none'],
  ['reply:task', '我来 十分钟到', 'task.claim'],
  ['reply:recruit', '我来了我来了 算我一个', 'recruit.signup'],
  ['reply:chain', 'C一份 12号楼501', 'order', 'items=C*1;door=12-501'],
];

// Round 6, set 12: a 弄堂 of elders on day 40 — heavy Shanghainese and Cantonese chatter about bodies and medicine
// (血压, 心口, 跌跤, 药 in news, habits, thanks, jokes), handwriting slips in chatter, with needs beside them.
// Read right before any change: 13/15 (笑煞了 no laugh and 饿昏过去 paged; 成日 no habit and 醫生話 nothing said, so asked); 15/15 after.
export const ROUND_6_CHATTER_L: Probe[] = [
  ['group', '阿拉老头子今朝血压一百四 比昨天好一眼眼 谢谢大家关心', 'none'],
  ['group', '侬晓得伐 三号里额老阿姨上个礼拜跌了一跤 现在好了 天天下来晒太阳', 'none'],
  ['group', '我额心口痛是老毛病了 吃了几十年药 勿要紧额', 'none'],
  ['group', '笑煞了 阿拉孙子讲伊要饿昏过去了 饭还没烧好', 'none'],
  ['group', '今朝隔壁爷叔送了两只苹果来 人情味道交关好', 'none'],
  ['group', '阿拉屋里额药还有一个多月 勿急额 谢谢侬', 'none'],
  ['group', '佢哋话而家好多藥都冇貨 我都係聽返嚟 唔知真唔真', 'none'],
  ['group', '我阿媽成日話頭暈 醫生話係耳水不平衡 食開藥 冇事', 'none'],
  ['group', '琴日個白車嚟咗我哋座 原來係樓上個伯伯跌親 而家出咗院喇', 'none'],
  ['group', '多謝晒義工 我阿爸啲藥今朝收到 佢好開心', 'none'],
  ['group', '笑到我肚痛 我老公話佢食咗我啲降壓藥當維他命 其實係鈣片', 'none'],
  ['group', '今天血压量了两次 一次高一次低 血压计是不是坏了', 'none'],
  ['group', '手写输入太慢了 写个字要半天 晕', 'none'],
  // Found later by trying idioms by hand: 犯糊涂 / 老糊涂 is absent-minded, not confused (both were asked); 突然 still counts.
  ['group', '阿拉老头子今朝又犯糊涂 把盐当糖放', 'none'],
  ['group', '我爸老糊涂了 又把钥匙锁家里了', 'none'],
  ['group', '我爸突然犯糊涂 不认识人了 话也说不清', 'emergency'],
  // A chest blocked with anger (found the same way: it was asked).
  ['group', '我心口堵得慌 这事太气人了', 'none'],
  ['group', '我心口堵得慌 出了一身冷汗 左手也麻', 'emergency'],
  ['group', '阿拉老太婆降压药吃光了 麻烦志愿者帮阿拉配两盒 五号楼三零二', 'medicine', 'items=降压药;qty=2;days=0;door=5-302'],
  ['group', '阿婆跌了一跤爬勿起来 头上有血 快点来人', 'emergency'],
];

// Round 6, set 13: an international compound — English of every level and code-switching, foreign brands, Chinese
// written by foreigners — talk of health, medicine, ambulances and helpers that asks for nothing, with danger and a
// need beside them. Read right before any change: 12/15 (Advil 'almost finished, but my wife found some … all good' taken;
// 'on the floor … not answering' only asked; an EpiPen's 'a new one' labelled here at first without its count); 15/15 after.
export const ROUND_6_CHATTER_M: Probe[] = [
  ['group', 'anyone else feel like they are dying of boredom? day 35 lol', 'none'],
  ['group', 'my husband says the Tylenol here is called 泰诺, good to know', 'none'],
  ['group', 'FYI the clinic at the gate is closed today, the nurse told me', 'none'],
  ['group', 'we had to call 120 last month for my dad, they came in 15 min, very professional', 'none'],
  ['group', 'my kid fainted from excitement when the ice cream arrived 😂', 'none'],
  ['group', 'is it normal to feel so tired all the time in lockdown? asking for a friend', 'none'],
  ['group', 'thanks to the volunteer who carried the water up to the 18th floor, you are a hero', 'none'],
  ['group', '我的中文不好 but I want to say thank you 大家', 'none'],
  ['group', '今天我学会了说 救命 和 谢谢 哈哈', 'none'],
  ['group', 'the Advil I brought from Canada is almost finished, but my wife found some in her bag, all good', 'none'],
  ['group', 'My neighbour is a doctor, he said everyone should drink more water in this heat', 'none'],
  ['group', 'heart rate 120 after climbing 18 floors with groceries, need to get fit 😅', 'none'],
  ['group', 'my Korean neighbour is so nice, she brought kimchi and asked if we need anything', 'none'],
  ['group', 'help!! my dad is on the floor in the bathroom and not answering, 11-1702', 'emergency', 'door=11-1702'],
  ['group', "my son's EpiPen expired and he has a peanut allergy, can someone help me get a new one? 9-602", 'medicine', 'items=epipen;qty=1;door=9-602'],
];

// Round 6, set 14: talk about medicine in the group that asks for nothing — who usually fetches it, when the team
// leaves, a swap the hospital made, how to take it, a pill box, a stock laid in, a card left out, a pack's size,
// a price online, old medicine thrown out, two boxes mixed up — with a need beside them. 15/15 before any change: a guard.
export const ROUND_6_CHATTER_N: Probe[] = [
  ['group', '我妈的药每次都是我去配 今天排了两个小时才拿到', 'none'],
  ['group', '配药的志愿者今天几点出发啊', 'none'],
  ['group', '上次托志愿者配的降压药很快就到了 点赞', 'none'],
  ['group', '医院说氨氯地平缺货 换成了硝苯地平 效果一样吗', 'none'],
  ['group', '降压药一定要按时吃 不能自己停 大家提醒家里老人', 'none'],
  ['group', '有没有人知道二甲双胍饭前吃还是饭后吃', 'none'],
  ['group', '我买了一个药盒 一周七格的 挺好用', 'none'],
  ['group', '囤了三个月的药 心里踏实了', 'none'],
  ['group', '医保卡放门口信箱了 志愿者记得拿', 'none'],
  ['group', '配药小分队太辛苦了 早上六点就出发了', 'none'],
  ['group', '阿托伐他汀 一盒28粒 正好吃一个月', 'none'],
  ['group', '布洛芬两盒九块九 网上买的 便宜', 'none'],
  ['group', '我把家里过期的药都扔了 大家也检查一下', 'none'],
  ['group', '降压药和降糖药不要放一起 我妈上次就拿错了', 'none'],
  // Found later trying more by hand (both were taken): going to buy it oneself, and news that a clinic can fill it now.
  ['group', '药店今天开门吗 我想去买点创可贴', 'none'],
  ['group', '社区医院能配三个月的药了 好消息', 'none'],
  ['group', '我想去买退烧药 但是出不去 谁能帮我带一盒', 'medicine', 'items=退烧药;qty=1'],
  ['group', '我的阿托伐他汀快吃完了 谁能帮我配一盒 3号楼201', 'medicine', 'items=阿托伐他汀;qty=1;days=0;door=3-201'],
];

// Round 6, set 15: this round's own new signs tried against everyday words — a phone in the water, a hoarse voice,
// a blood-pressure meter's price, a quiet group chat, someone lying on the sofa watching TV, a measurement counted.
// 2/6 against the signs as they stood (a phone in the water and a hoarse 不能说话了 paged, a meter's price and a quiet chat
// asked); 6/6 after the signs were narrowed to a person in the water, 突然 before speech lost, a pressure not a price.
export const ROUND_6_CHATTER_O: Probe[] = [
  ['group', '手机掉水里了 救命 明天怎么抢菜', 'none'],
  ['group', 'my phone fell into the pool lol, anyone have rice?', 'none'],
  // A thing between the person and the water is the thing fallen in (written after the person was let stand further away).
  ['group', '他手机滑到水里了 捞上来也开不了机', 'none'],
  ['group', '孩子的球掉到河里了 哭了半天', 'none'],
  ['group', '我嗓子哑了 不能说话了 今天就打字吧', 'none'],
  ['group', '血压计花了两百块 比药店便宜', 'none'],
  ['group', '这个群好久没动静了 大家都还好吧', 'none'],
  ['group', '我们家沙发上有个人躺着看电视 一动不想动 就是我老公 哈哈', 'none'],
];

// Round 6, set 16: medics and carers talked about, or talking of their own day — a nurse's long shift, a daughter
// in a field hospital, thanks to the doctors, a retired nurse's knees, a paramedic once, what the pharmacist said —
// none an offer; with a medic's plain offer beside them.
// 11/11 before any change: a guard.
export const ROUND_6_CHATTER_P: Probe[] = [
  ['group', '我是护士 今天值了十二个小时班 累瘫了', 'none'],
  ['group', '我女儿是医生 在方舱 两个月没回家了', 'none'],
  ['group', '隔壁的王医生今天又去医院上班了 真辛苦', 'none'],
  ['group', '医生护士都辛苦了 致敬 🙏', 'none'],
  ['group', '我以前是护士 现在退休了 膝盖也不好 走不动了', 'none'],
  ['group', 'my wife is a nurse at Ruijin, she says the hospitals are overwhelmed', 'none'],
  ['group', 'I used to be a paramedic back in Sydney, this lockdown is harder than any night shift', 'none'],
  ['group', '药剂师说这个药要饭后吃 大家注意', 'none'],
  ['group', '我老公是医生 天天在医院 我一个人带两个孩子', 'none'],
  ['group', '我是护士 有需要量血压的可以找我 住6号楼', 'volunteer', 'skills=nurse'],
  ['group', "I'm a doctor in building 2, happy to help if anyone needs medical advice", 'volunteer', 'skills=doctor'],
];

// Round 6, set 17: notices and forwards pasted back in every dress — 转:, 以下是居委通知, a signature line (——居委会),
// 通知:, FW:, "Forwarded message", a notice about medicine, emergencies or volunteers — and a notice with the writer's
// own need added under it.
// 7/8 before any change for it (an e-mail's '---------- Forwarded message ----------' was no forward); 8/8 after.
export const ROUND_6_CHATTER_Q: Probe[] = [
  ['group', '转:各位居民 如家中有老人突发疾病 请立即拨打120 并联系楼组长 ——居委会', 'none'],
  ['group', '以下是居委通知:明天配药小分队去瑞金医院 需要配药的居民请今晚八点前把医保卡放在门口', 'none'],
  ['group', '通知:志愿者招募 会开车的 懂医护的 请联系居委 谢谢', 'none'],
  ['group', 'FW: Emergency contacts for the compound: ambulance 120, property 6123 4567, clinic 6234 5678', 'none'],
  ['group', '---------- Forwarded message ----------\nPlease remind elderly residents to keep 7 days of medicine at home.', 'none'],
  ['group', '街道提醒:近期天气炎热 老人注意防暑 如有头晕乏力 请及时就医', 'none'],
  ['group', '【居委】本周六上午社区医院医生上门为行动不便的老人量血压 需要的请报名', 'none'],
  ['group', '以下是居委通知:明天配药小分队去瑞金医院 需要的把医保卡放门口\n我家的要配两盒氨氯地平 5号楼302', 'medicine', 'items=氨氯地平;qty=2;door=5-302'],
];

// Round 6, set 18: WeChat stickers and emoji around body words — [晕], [吐血], 😵‍💫, 🚑, [心碎], [发抖], 🥶 — in
// chatter about the cold, prices, forms and a death already mourned; and danger said with them.
// 11/13 before any change for it (the sticker [吐血] paged, a knee 破了点皮 after a fall asked); 13/13 after.
export const ROUND_6_CHATTER_R: Probe[] = [
  ['group', '[晕][晕] 又停电了', 'none'],
  ['group', '[吐血] 这菜价', 'none'],
  ['group', '😵‍💫 头都大了 这个表格', 'none'],
  ['group', '🚑🚑 楼下又来救护车了 家属已经跟着上车了', 'none'],
  ['group', '[心碎] 隔壁阿婆昨晚走了 大家节哀', 'none'],
  ['group', '[发抖] 今天好冷', 'none'],
  ['group', '冷得发抖 暖气什么时候来', 'none'],
  ['group', '🥶🥶 手都冻僵了 排了一个小时核酸', 'none'],
  ['group', '[大哭] 孩子摔了一跤 膝盖破了点皮', 'none'],
  ['group', '[强][强] 志愿者辛苦了', 'none'],
  ['group', '🆘🆘 我爸倒了 叫不醒', 'emergency'],
  ['group', '[流泪][流泪] 我妈抽搐了 快来人', 'emergency'],
  ['group', '🚑 谁帮忙叫个救护车 我老公胸口痛得厉害', 'emergency'],
];

// Round 6, set 19: urgency without a body in danger — 急, 快快快, 速来, 救命 快来人 over a blocked toilet, a lift
// stuck with nobody inside, a leak, a lost cat, free eggs, the chain closing — and one with a body beside them.
// 8/10 before any change for it (a lift stuck with nobody inside paged; 「速来 楼下发鸡蛋了」 read as an order for D); 10/10 after.
export const ROUND_6_CHATTER_S: Probe[] = [
  ['group', '急!谁有多的口罩 借两个', 'none'],
  ['group', '快快快 团购要截单了', 'none'],
  ['group', '急急急 快递在哪拿', 'none'],
  ['group', 'hurry up guys the fruit is almost sold out', 'none'],
  ['group', '速来 楼下发鸡蛋了', 'none'],
  ['group', '救命 快来人 我家厕所堵了 水漫出来了', 'none'],
  ['group', '电梯卡住了 里面没人 物业快来修', 'none'],
  ['group', '楼上漏水了 快来人 天花板在滴水', 'none'],
  ['group', '急!我家猫跑丢了 橘色的 谁看到了说一声', 'none'],
  // A fire already put out (found by hand afterwards: both paged).
  ['group', '楼下垃圾桶着火了 保安已经灭了', 'none'],
  ['group', '救命 我家厨房着火了 已经灭了 吓死我了', 'none'],
  ['group', '七号楼好像着火了 好大的烟 里面还有老人没出来', 'emergency'],
  ['group', '停电了 灯都灭了 我妈在楼梯上摔倒了 起不来', 'emergency'],
  ['group', '快来人 我家厕所门打不开 我爸在里面摔倒了 叫他不应', 'emergency'],
];

// Round 6, set 20: the daily health roll call and 报平安 of lockdown — doors with temperatures, 无发热 无咳嗽, a chain of
// check-ins, 'all fine at 5-302' — body words that ask for nothing; and a check-in that reports danger.
// 9/9 before any change: a guard.
export const ROUND_6_CHATTER_T: Probe[] = [
  ['group', '5-302 体温36.5 无发热 无咳嗽', 'none'],
  ['group', '报平安:7号楼201 全家都好 谢谢关心', 'none'],
  ['group', '3号楼全体安好 没有发烧的', 'none'],
  ['group', '#接龙\n今日健康打卡\n1. 5-302 正常\n2. 6-101 正常\n3. 7-1102 正常', 'none'],
  ['group', 'all fine at 12-1201, no fever, no cough', 'none'],
  ['group', '8号楼602 两人 体温正常 抗原阴性', 'none'],
  ['group', '大家报个平安吧 特别是独居的老人 回个1就行', 'none'],
  ['group', '1', 'none'],
  ['group', '9-301 老人发烧39度 喘得厉害 嘴唇发紫 需要医生', 'emergency', 'door=9-301'],
];

// Round 6, set 21: questions to neighbours around emergencies and medics that call nobody — which A&E is quiet, how long
// 120 takes, a wheelchair to borrow, where the AED is, home testing for a father who cannot walk, a doctor asked about
// eczema or a vaccine, the number of the clinic — and a real call beside them.
// 8/9 before any change for it (a doctor asked whether a booster is ok, 'no rush', was asked of the group); 9/9 after.
export const ROUND_6_CHATTER_U: Probe[] = [
  ['group', '有没有人知道附近哪个医院急诊人少一点', 'none'],
  ['group', '120现在要等多久 有人最近打过吗', 'none'],
  ['group', '谁家有轮椅可以借几天 我妈脚扭了 去复查用', 'none'],
  ['group', '小区有AED吗 放在哪里 想提前知道', 'none'],
  ['group', '有人知道怎么预约上门核酸吗 我爸行动不便', 'none'],
  ['group', '有没有医生 想问问孩子湿疹怎么办', 'none'],
  ['group', 'is there a doctor here who knows if the booster is ok for someone with allergies? no rush', 'none'],
  ['group', '社区医院的电话是多少 想问问能不能开慢病的药', 'none'],
  ['group', '有没有医生 我爸突然说不出话 嘴歪了', 'emergency'],
];

// Round 6, set 22: other chains and group-buys than ours — milk by another leader, a donation of fruit for the medics,
// bread from a bakery, a swap of spare things, a 核酸 roll — with their own letters and counts, and ours beside them.
// 7/7 before any change: a guard.
export const ROUND_6_CHATTER_V: Probe[] = [
  ['group', '牛奶接龙 隔壁团长组织的 A款纯牛奶 B款酸奶 要的私聊她', 'none'],
  ['group', '#接龙\n给方舱医护人员捐水果\n1. 5-302 一箱\n2. 6-101 两箱', 'none'],
  ['group', '面包店团购 明天截单 吐司两条起 要的加我微信', 'none'],
  ['group', '闲置交换:我有两包挂面 想换几个鸡蛋 有人吗', 'none'],
  ['group', '#接龙\n明早核酸 按楼号\n1. 3号楼 张\n2. 5号楼 李', 'none'],
  ['group', '有人要拼盒马的单吗 满99包邮', 'none'],
  ['group', '#接龙 团购#1\n1. 3-402 A×1\n2. 5-302 C×2', 'order', 'items=C*2;door=5-302'],
];

export const ROUND_6B_CHATTER: [string, string, string, string?][] = [
  // Round 6b, set 1: stories and advice told to the group with a need only in the past or in general — a shared
  // experience of a fever and a medicine, a neighbour's night in hospital ending with 'keep some at home', a stubborn
  // parent who will not take his pills, a nurse or pharmacist explaining how things work, 'where can one still buy X',
  // and a question about whether nappies count. None asks linli for anything.
  // 7/8 before (the pharmacist telling how online prescriptions go was a volunteer); 8/8 after.
  ['group', '给大家说说我们家上周的经历 小孩半夜烧到三十九度五 给她吃了布洛芬 一个小时就退了 大家家里备一点总没错', 'none'],
  ['group', '昨天楼下阿婆半夜心口痛 幸好她儿子在 马上送去医院 现在没事了 家里有老人的都备点速效救心丸吧', 'none'],
  ['group', '我公公死活不肯吃降糖药 说吃多了伤肝 今天血糖都十几了 我是真的拿他没办法 有没有人有好办法劝劝', 'none'],
  ['group', '我是药剂师 跟大家讲一下 现在线上问诊开处方 药会快递到门口 一般三四天 有问题可以问我', 'none'],
  ['group', '哪里还能买到血压计啊 网上都没货了', 'none'],
  ['group', '请问成人纸尿裤算不算可以帮忙代买的东西 不算的话哪里能团到', 'none'],
  ['group', '我哋屋企阿爺話佢冇病 唔肯食降血壓藥 今日量咗一百六 真係冇佢符', 'none'],
  ['group', 'Just sharing: our son had a fever last week, we gave him Calpol and it came down in an hour. Keep some at home!', 'none'],
];

export const ROUND_6B_CHATTER_B: [string, string, string, string?][] = [
  // Round 6b, set 2: a carer's despair at a parent who refuses his pills (no medicine wanted: he has them), a question of
  // where one can still buy a device, an anecdote of an elder who 'got dizzy and went for a nap', and a story of a fall
  // already handled — none asks linli for anything.
  // 5/6 before (the Shanghainese refusal, 勿要吃降压药 … 一粒也勿动, was a need with qty 1); 6/6 after.
  ['group', '我爸又把降糖药藏起来了 说他没病不用吃 今天血糖十二 我真的管不了他了', 'none'],
  ['group', '阿拉姆妈讲伊勿要吃降压药 药摆拉抽屉里向一粒也勿动 哪能办啊', 'none'],
  ['group', 'My dad refuses to take his blood pressure pills, says he feels fine. 165 this morning. Any tips?', 'none'],
  ['group', '請問哪裡還買得到耳溫槍 網路上都缺貨', 'none'],
  ['group', '我家阿婆跟着视频跳了十分钟广场舞 就说头晕要去睡午觉了 哈哈 老人家真是', 'none'],
  ['group', '跟大家讲一声 刚才楼下阿伯跌了一跤 我们已经扶他回家了 他说没事 就膝盖擦破点皮', 'none'],
];

export const ROUND_6B_CHATTER_C: [string, string, string, string?][] = [
  // Round 6b, set 3, written after the fix for set 2's one failure (no before-count): refusals to take pills one has, in
  // Mandarin, Cantonese and English, and a need beside a refusal of something else, which stays a need. 5/5 after.
  ['group', '我爷爷死活不肯吃降压药 说吃了头晕 大家有什么办法', 'none'],
  ['group', '阿爺又唔肯食降血壓藥 講咗佢成日都唔聽', 'none'],
  ['group', 'My grandma refused to take her heart pills again today, what do you guys do?', 'none'],
  ['group', '我妈不肯去医院 降压药快没了 能帮配吗 5-302', 'medicine', 'items=降压药;days=0;door=5-302'],
  ['group', '我妈的降压药吃完了 麻烦帮配两盒 3号楼201', 'medicine', 'items=降压药;qty=2;days=0;door=3-201'],
];

export const ROUND_7B_CHATTER: [string, string, string, string?][] = [
  // Round 7b, set 1: group chatter dev-15/dev-16 saw taken, by reason, in new words and scripts. A notice headed
  // 居委/物业/街道/社区 通知:, 公告:, 提醒: or "Notice from …:" is a notice; 麻烦 after a degree word (真/好/老/太…麻烦) is 'a
  // hassle', not 'please'; 帮忙 followed by carrying (帮忙抬/搬/扛) is help told of, not medicine asked; "does anyone need…"
  // asks everyone; "need medication/medical" is no call for a medic.
  // 7/13 before for the first thirteen (two notices, three hassles and a thanks for carrying read as medicine), then three
  // 'need medic…' rows added at once (2/3: "does anyone need medical supplies?" read as a need, and "need medication" had
  // been asked as a call for a medic beside it); 16/16 after.
  ['group', '物业通知：明天上午九点到十一点停水 需要配药的居民请提前登记', 'none'],
  ['group', '街道公告:本周六核酸 行动不便的老人请联系楼组长上门', 'none'],
  ['group', '居委提醒：代配药请把医保卡和药盒放好 写清楚门牌号', 'none'],
  ['group', 'Notice from the committee: residents who need medicine, put your card and the empty box in a bag on your door', 'none'],
  ['group', '社區通知：需要代配藥嘅街坊請將醫保卡放喺門口', 'none'],
  ['group', '通知一下大家 我的降压药只剩两天了 帮我配一下 5-302', 'medicine', 'items=降压药;days=2;door=5-302'],
  ['group', '医院说要本人去才能开药 真麻烦', 'none'],
  ['group', '藥房講要帶身份證 好麻煩', 'none'],
  ['group', '配个药要跑三个地方 老麻烦的', 'none'],
  ['group', '谢谢那天帮忙抬我爸下楼的邻居 医生开了药 已经好多了', 'none'],
  ['group', '楼下几个小伙子帮忙搬米搬菜 阿婆们的药也是他们送的 太感谢了', 'none'],
  ['group', '麻烦帮忙配两盒降压药 5-302', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['group', '好麻烦你们 帮我带一盒布洛芬', 'medicine', 'items=布洛芬;qty=1'],
  ['group', 'we need medication for grandma\'s cough, can someone pick up cough syrup?', 'medicine', 'items=cough syrup'],
  ['group', 'does anyone need medical supplies? the committee is collecting a list', 'none'],
  ['group', 'we need a medic, my dad collapsed', 'emergency'],
];

export const ROUND_7B_CHATTER_B: [string, string, string, string?][] = [
  // Round 7b, set 2: thanks for carrying someone down (帮忙抬, 帮手搬, "helped carry him down") after 能… in a story of
  // recovery is no medicine asked, though a doctor's pills are named; 「能不能帮忙买…」 still asks.
  // 2/4 before (the two Chinese thanks read as medicine); 4/4 after.
  ['group', '老李下个礼拜就能出院了 谢谢那天帮忙抬担架的几位兄弟 医生也开了药', 'none'],
  ['group', '我妈已经能下床了 多谢那晚帮手搬佢落楼嘅街坊 医生开咗药', 'none'],
  ['group', 'he can come home next week, thanks to the guys who helped carry him down, the doctor gave him some pills', 'none'],
  ['group', '能不能帮忙买两盒布洛芬 6-202', 'medicine', 'items=布洛芬;qty=2;door=6-202'],
];

export const ROUND_7B_CHATTER_C: [string, string, string, string?][] = [
  // Round 7b, set 3: under the recruit post, a +1 for someone or beside praise (+1 for the volunteers, +1 给大白们点赞,
  // +1 志愿者们太给力了) is a cheer agreed with; a +1 with an offer or 算我 is a sign-up.
  // 3/7 before (every cheer signed up); 7/7 after.
  ['reply:recruit', '+1 for the volunteers, legends!', 'none'],
  ['reply:recruit', '+1 to that, the volunteers are amazing', 'none'],
  ['reply:recruit', '+1 志愿者们太给力了', 'none'],
  ['reply:recruit', '+1 给大白们点赞', 'none'],
  ['reply:recruit', '+1 I can drive', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '+1 算我一个', 'recruit.signup'],
  ['reply:recruit', '+1', 'recruit.signup'],
];

export const ROUND_7B_CHATTER_D: [string, string, string, string?][] = [
  // Round 7b, set 4: goods brought as a gift (送来两只鸡蛋, "dropped off a veggie pack from the leftovers") and 我要付钱 /
  // 我要给钱 beside them are a story, not an order (送来一份 is no 来一份); under the chain, a worry whether one's own line
  // was deleted (不晓得有没有删掉, 还在伐, 帮我看看) cancels nothing.
  // 6/10 before (the three gifts ordered, the long worry asked as a cancellation); 10/10 after.
  ['group', '隔壁阿姨送来两只鸡蛋 我要付钱她不肯收 真是好人啊 现在这种时候还想着阿拉', 'none'],
  ['group', '楼组长刚刚送来一份水果 讲是团购多出来的 我要给钱伊勿收 谢谢侬小陈 侬是好人', 'none'],
  ['group', 'the building lead dropped off a veggie pack from the leftovers, I wanted to pay but she said no, so kind of her', 'none'],
  ['group', '我要两份鸡蛋 8号楼601', 'order', 'items=D*2;door=8-601'],
  ['reply:chain', '我好像把自己的接龙删掉了 不晓得还在伐 帮我看看', 'none'],
  ['reply:chain', '手一抖不知道是不是取消了我那份 谁帮我看一下', 'none'],
  ['reply:chain', '刚才好像点了取消 我那行还有没有啊', 'none'],
  ['reply:chain', '我那份取消', 'order.cancel'],
  ['reply:chain', '孙子帮我弄的接龙 刚刚手指头碰到了删掉两个字 我那一行不晓得有没有删掉 哪个帮我看看', 'none'],
  ['reply:chain', 'I think I accidentally deleted my line in the chain, not sure if it\'s still there, can someone check', 'none'],
];

export const ROUND_7B_CHATTER_E: [string, string, string, string?][] = [
  // Round 7b, set 5: a neighbour asked in the group to come and show in person how the bot works (来我家教我, 上楼教教,
  // "come over and show my mum") is a request to neighbours, whatever it names; said to the bot or privately it is help.
  // 4/6 before (both Mandarin asks read as help); 6/6 after.
  ['group', '哪位邻居有空来我家教我用一下这个邻里 我眼睛不好 字看不清', 'none'],
  ['group', '有没有年轻人能上楼教教阿拉老两口 这个邻里哪能用 阿拉住六楼', 'none'],
  ['group', '邊位得閒上嚟教下我用呢個鄰里 我住5樓', 'none'],
  ['group', 'could someone come over and show my mum how to use this linli thing? she\'s in 3-201', 'none'],
  ['private', '这个邻里怎么用 教教我', 'help'],
  ['group', '@邻里 你怎么用 教教我', 'help'],
];

export const ROUND_7B_CHATTER_F: [string, string, string, string?][] = [
  // Round 7b, set 6: an app a relative installed, with what they said of it (「女儿给我装了个邻里 讲有事体可以找伊」, "she says I
  // can ask it anything"), offers no relative's help and no skill of the writer's; a doctor husband relayed still offers.
  // 1/5 before (every told installation read as an offer); 5/5 after.
  ['group', '我女儿给我装了个邻里 讲有事体可以找伊 我还没用过', 'none'],
  ['group', '我孙子帮我弄了个小程序 说有啥事就找他 我也没试过', 'none'],
  ['group', '阿拉儿子装了个什么邻里 讲配药可以找伊 阿拉也弄勿清爽', 'none'],
  ['group', 'my daughter set up this linli thing for me, she says I can ask it anything, haven\'t tried yet', 'none'],
  ['group', '我老公是医生 有急事可以找他 电话我发群里', 'volunteer', 'skills=doctor'],
];
