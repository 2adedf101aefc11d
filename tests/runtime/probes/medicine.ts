/**
 * Round 4 probes (medicine), written from the seeds and group-chat habits before the recognisers were
 * changed for them. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

/**
 * Set 1: needs said in whole sentences by elderly residents, in private and in the group, many
 * without a medicine's name (a condition: 降压的, 治糖尿病的, 心脏的药), and the talk about medicine
 * that is not a request (side effects, a pharmacy's hours, spare medicine offered, a volunteer's
 * report, policy news, prices, thanks, the bulletin quoting a request, whether a hospital is open).
 * Before any change: 46/53 (治X的药 and 降压的 not names; a price complaint, the bulletin, a
 * volunteer's 「帮3个老人配了药」 and 「已经帮她报过了」 taken as requests).
 */
export const SET_1: Probe[] = [
  ['private', '你好 我是五号楼的王阿姨 我老头子的降压药只剩下两天了 麻烦你们帮忙配一下 谢谢你们啊', 'medicine', 'items=降压药;days=2'],
  ['private', '我家老伴有糖尿病 治糖尿病的药吃完了 能不能帮我们配一点', 'medicine', 'items=治糖尿病的药;days=0'],
  ['group', '请问谁能帮我配点降压的 我这边只有三四天的了', 'medicine', 'items=降压的药;days=3'],
  ['private:new', '我心脏不好 心脏的药明天就断了 我住8号楼1203 能帮我去医院配吗', 'medicine', 'items=心脏的药;days=1;door=8-1203'],
  ['group', '胰岛素针没有了 谁能帮我老妈带两支 急', 'medicine', 'items=胰岛素针;qty=2;days=0'],
  ['private', '止疼片吃完了 腰疼得睡不着 帮我买一盒吧', 'medicine', 'items=止疼片;qty=1;days=0'],
  ['group', '阿拉屋里厢老头子高血压的药吃光了 侬帮帮忙配两盒好伐', 'medicine', 'items=高血压的药;qty=2;days=0'],
  ['group', '我爸爸血压高 吃的药今天是最后一颗了 有没有人明天去医院帮忙带一下 10号楼602', 'medicine', 'days=0;door=10-602'],
  ['private', '您好 麻烦帮我登记一下配药 我要拜新同两盒 还有二甲双胍一盒', 'medicine', 'items=拜新同|二甲双胍;qty=2'],
  ['group', '求助 家里老人治痛风的药没有了 就是非布司他 谁能帮忙配一下', 'medicine', 'items=非布司他;days=0'],
  ['group', '哪位邻居明天去瑞金医院 能不能帮我带两盒心脏病的药 我住12号楼301', 'medicine', 'items=心脏病的药;qty=2;door=12-301'],
  ['group', '我老公的抗凝药只够吃到明天了 麻烦志愿者帮忙配一下华法林 2盒', 'medicine', 'items=华法林;qty=2;days=1'],
  ['private', '我八十多了 腿脚不好 下不了楼 血压药吃完三天了 你们能帮我配吗', 'medicine', 'items=血压药;days=0'],
  ['private', 'Hi, my dad takes blood pressure pills and he only has about 4 days left. Could you help us get 2 boxes?', 'medicine', 'items=blood pressure pills;qty=2;days=4'],
  ['group', '請問有人可以幫忙配降血壓的藥嗎 我媽媽的只剩兩天了', 'medicine', 'items=降血压的药;days=2'],
  ['private', '医生开的那个治胃病的药 上礼拜就没了 一直胃疼 麻烦帮我配一盒', 'medicine', 'items=治胃病的药;qty=1;days=0'],
  ['group', '我有糖尿病 胰岛素今天打完就没了 谁能帮帮我', 'medicine', 'items=胰岛素;days=0'],
  ['private', '我是一个人住的老太太 眼睛也不好 打字慢 我的安眠药没有了 晚上睡不着 能帮我配吗', 'medicine', 'items=安眠药;days=0'],
  ['group', '各位邻居好 我家老太太的降糖药还能吃一个礼拜 想先登记一下', 'medicine', 'items=降糖药;days=7'],
  ['private:new', '我是阳光小区7号楼1502的 我妈妈的心脏病药快吃完了 怎么办', 'medicine', 'items=心脏病药;days=0;door=7-1502'],
  // Not requests.
  ['group', '降压药吃了以后头晕正常吗', 'none'],
  ['group', '有人知道二甲双胍饭前吃还是饭后吃吗', 'none'],
  ['group', '楼下那家药房今天几点开门啊', 'none'],
  ['group', '我家还有两盒多的布洛芬 谁需要的话说一声', 'none'],
  ['group', '5号楼302的药已送到 请查收', 'none'],
  ['group', '药已送到 大家放心', 'none'],
  ['group', '听说下周开始可以凭处方去社区医院配药了', 'none'],
  ['group', '现在的药也太贵了 一盒阿托伐他汀要八十多', 'none'],
  ['group', '谢谢志愿者帮我配的药 收到了 辛苦了🙏', 'none'],
  ['group', '【今日简报】7号楼王阿姨:我的降压药只剩两天了 已安排志愿者明日配送', 'none'],
  ['group', '瑞金医院现在开门吗 能不能去看病', 'none'],
  ['group', '仁济医院配药窗口周末开不开', 'none'],
  ['group', '我妈以前一直吃拜新同 现在换成氨氯地平了 效果差不多', 'none'],
  ['group', '今天帮3个老人配了药 跑了两家医院 累死了', 'none'],
  ['group', '网上说布洛芬和对乙酰氨基酚不能一起吃 是真的吗', 'none'],
  ['group', '家里的药箱该整理了 好多过期的', 'none'],
  ['group', '大家的药都够吃吗 不够的早点报', 'none'],
  ['group', '请问配药要带医保卡吗', 'none'],
  ['group', '我老公吃了那个降压药以后一直咳嗽 要不要换一种', 'none'],
  ['group', '阿拉屋里厢药老多了 吃也吃不光', 'none'],
  ['group', '我邻居阿婆的药吃完了 已经帮她报过了 谢谢大家关心', 'none'],
  ['group', '胰岛素要冷藏的 送的时候注意一下', 'none'],
  ['group', '配药的志愿者今天几点出发', 'none'],
  ['group', '上礼拜配的药今天才到 也太慢了吧', 'none'],
  ['group', 'Does anyone know if the pharmacy on Changshou Road is open today?', 'none'],
  ['group', 'Thanks so much to whoever delivered my insulin yesterday!', 'none'],
  ['group', '藥已經送到了 謝謝你們 真的辛苦了', 'none'],
  ['group', '降压药到底要不要长期吃啊 我总觉得吃多了伤肝', 'none'],
  ['group', '有没有人吃过连花清瘟 有用吗', 'none'],
  ['group', '新闻说互联网医院现在可以线上配药送上门了 大家可以试试', 'none'],
  ['group', '阿司匹林吃多了会出血 老年人要当心', 'none'],
  ['private', '我的药收到了 谢谢', 'none'],
  ['private', '降压药是饭前吃还是饭后吃', 'none'],
];

/**
 * Set 2: names the lexicon may not know (brands and generics in Chinese and English, traditional
 * names 脈優 保栓通 阿斯匹靈, Hong Kong 必理痛), voice-input homophones (陪药, 降雅药, 胰道素, 拜唐苹), and
 * talk about those same names that asks for nothing.
 * Before any change: 33/45 (homophones and traditional names not found; unknown names after a
 * count, in a list, or owned and running out; 「needs」; "2 packs of Betaloc"; a volunteer's
 * 「药已经放在你家门口了」 taken as a request).
 */
export const SET_2: Probe[] = [
  ['group', '麻烦帮我陪药 降雅药吃完了', 'medicine', 'items=降雅药;days=0'],
  ['private', '我要陪兩盒脈優 還有一盒保栓通', 'medicine', 'items=脉优|保栓通;qty=2'],
  ['group', '請問誰可以幫我買阿斯匹靈 兩盒就好', 'medicine', 'items=阿斯匹灵;qty=2'],
  ['private', 'pls help buy Norvasc 5mg x2 for my mum, she has 3 days left', 'medicine', 'items=norvasc;qty=2;days=3'],
  ['private', 'I need my Amlodipin refill please, only 2 days left', 'medicine', 'items=amlodipin;days=2'],
  ['group', '帮忙配一下 施尔康 跟 易蒙停 各一盒', 'medicine', 'items=施尔康|易蒙停;qty=1'],
  ['group', '有没有人明天去医院 能帮我带两盒参松养心胶囊吗 12号楼1102', 'medicine', 'items=参松养心胶囊;qty=2;door=12-1102'],
  ['group', '我爸的复方利血平吃完了 谁去医院帮忙配三瓶', 'medicine', 'items=复方利血平;qty=3;days=0'],
  ['private', '帮我配血塞通软胶囊 两盒 还有心可舒 一盒', 'medicine', 'items=血塞通软胶囊|心可舒;qty=2'],
  ['private', '喂喂 我要陪药 那个 那个 拜唐苹 两盒 我是五号楼三零二的', 'medicine', 'items=拜唐苹;qty=2;door=5-302'],
  ['group', '我妈的胰道素快打完了 有人能帮忙去医院配吗', 'medicine', 'items=胰道素;days=0'],
  ['group', '阿拉姆妈要配迈之灵 两盒 啥人去医院帮帮忙', 'medicine', 'items=迈之灵;qty=2'],
  ['group', '唔該邊位可以幫我買兩盒必理痛 屋企冇晒', 'medicine', 'items=必理痛;qty=2;days=0'],
  ['group', '我嘅降血壓藥得返兩日 邊個可以幫手配', 'medicine', 'items=降血压药;days=2'],
  ['private:new', 'Hello, I am new here. My father needs Euthyrox, one box, we live 9-1503', 'medicine', 'items=euthyrox;qty=1;door=9-1503'],
  ['group', 'Anyone going to the hospital tmr? Need 2 packs of Betaloc for my grandpa pls', 'medicine', 'items=betaloc;qty=2'],
  ['private', '請幫我配 脈優 兩盒 不能換牌子', 'medicine', 'items=脉优;qty=2'],
  ['group', '我家老頭子的保栓通只剩三天 拜託志工幫忙', 'medicine', 'items=保栓通;days=3'],
  ['private', '配药:立普妥20mg 2盒,波立维75mg 1盒', 'medicine', 'items=立普妥|波立维;qty=2'],
  ['group', '谁家有多的思密达 能匀我一包吗 孩子拉肚子', 'medicine', 'items=思密达;qty=1'],
  // Not requests.
  ['group', '脈優跟保栓通可以一起吃嗎', 'none'],
  ['group', '参松养心胶囊效果怎么样 有人吃过吗', 'none'],
  ['group', 'Is Norvasc the same as amlodipine?', 'none'],
  ['group', '我家还剩半盒迈之灵 过期了还能吃吗', 'none'],
  ['group', '必理痛同撲熱息痛係咪一樣㗎', 'none'],
  ['group', '今天去药房看了 血塞通涨价了', 'none'],
  ['group', '陪药的志愿者辛苦了 大热天跑来跑去', 'none'],
  ['group', '降雅药是不是要天天吃啊 我妈老是忘记', 'none'],
  ['group', '拜唐苹我们家也在吃 挺好的', 'none'],
  ['group', 'FYI the pharmacy at Ruijin has Lipitor in stock again', 'none'],
  ['group', '家裡有多的阿斯匹靈 需要的鄰居私我', 'none'],
  ['group', '藥局幾點開門啊', 'none'],
  ['group', '聽說慢性處方箋可以一次拿三個月', 'none'],
  ['group', '请问胰岛素针头可以重复用吗', 'none'],
  ['group', '我那盒波立维是在哪家药店买的来着 想不起来了', 'none'],
  ['group', 'Thank you for bringing my Eliquis, you saved me!', 'none'],
  ['group', '达格列净吃了以后老是上厕所 正常吗', 'none'],
  ['group', '药已经放在你家门口了 记得拿 复方利血平两盒', 'none'],
  ['group', '12号楼的迈之灵两盒已送达', 'none'],
  ['group', '互联网医院现在也能开血塞通了 大家别跑医院了', 'none'],
  ['group', '有人知道易蒙停和思密达哪个好吗', 'none'],
  ['group', '这个月医保报销比例又调了 配药要自费多少', 'none'],
  ['private', '谢谢 脉优收到了 两盒都对', 'none'],
  ['group', 'lol my grandma calls every pill 降压药', 'none'],
  ['group', '阿拉姆妈吃了迈之灵脚肿好多了 谢谢大家推荐', 'none'],
];

/**
 * Set 3: several medicines in one message with quantities in every form (两盒, 2盒, ２盒, x2, 2x, 三板,
 * 十片, 两三盒, 一盒(5支), a numbered list) and days left in every form (还剩三四天, 明天就断了, 今天最后一颗,
 * 上礼拜就没了, 断了两天了, 撑不过周末 with no number); and chatter full of counts and days.
 * Before any change: 50/60 (x2 read as part of the name, 2x before a name, 就剩明天一天; doses,
 * 「还没吃完 这次不用了」, 「能打多少天」, 「够食一個月」, a price with 要三百多 taken as requests).
 */
export const SET_3: Probe[] = [
  ['private', '阿托伐他汀两盒 二甲双胍2盒 阿司匹林１盒', 'medicine', 'items=阿托伐他汀|二甲双胍|阿司匹林;qty=2'],
  ['private', '氨氯地平x2 缬沙坦x1', 'medicine', 'items=氨氯地平|缬沙坦;qty=2'],
  ['group', '帮忙带 布洛芬 ×３', 'medicine', 'items=布洛芬;qty=3'],
  ['private', '我要配三板硝苯地平 还有十来粒安眠药', 'medicine', 'items=硝苯地平|安眠药;qty=3'],
  ['private', '二甲双胍一个月的量 麻烦了', 'medicine', 'items=二甲双胍'],
  ['private', '帮我买 降压药 五盒 降糖药 三盒', 'medicine', 'items=降压药|降糖药;qty=5'],
  ['group', '麻烦配:1.拜新同 2盒 2.倍他乐克 1盒 3.阿司匹林 3盒', 'medicine', 'items=拜新同|倍他乐克|阿司匹林;qty=2'],
  ['private', 'metformin 2 boxes, lipitor 1 box, aspirin x3', 'medicine', 'items=metformin|lipitor|aspirin;qty=2'],
  ['private', 'Please get: 2x Norvasc, 1x Crestor', 'medicine', 'items=norvasc|crestor;qty=2'],
  ['group', '我妈要二盒格列美脲 一盒阿卡波糖', 'medicine', 'items=格列美脲|阿卡波糖;qty=2'],
  ['private', '胰岛素笔芯 一盒(5支) 针头一盒', 'medicine', 'items=胰岛素笔芯|针头;qty=1'],
  ['private', '帮我配两三盒氯吡格雷', 'medicine', 'items=氯吡格雷;qty=2'],
  ['group', '谁能帮我带十片布洛芬 明天还', 'medicine', 'items=布洛芬;qty=10'],
  ['group', '我的降压药还剩三四天 谁能帮忙配一下', 'medicine', 'items=降压药;days=3'],
  ['group', '我老头的心脏药撑不过周末了 有人去医院吗', 'medicine', 'items=心脏药'],
  ['private', '二甲双胍明天就断了', 'medicine', 'items=二甲双胍;days=1'],
  ['private', '今天最后一颗阿托伐他汀了 明天开始就没有了 能帮我配吗', 'medicine', 'items=阿托伐他汀;days=0'],
  ['group', '我的胰岛素上礼拜就没了 一直没人帮我配', 'medicine', 'items=胰岛素;days=0'],
  ['private', '我的甲状腺药只够吃两天了', 'medicine', 'items=甲状腺药;days=2'],
  ['group', '降糖药还能撑五天左右 麻烦谁帮我配两盒', 'medicine', 'items=降糖药;qty=2;days=5'],
  ['private', '药还有一个礼拜的量 先登记一下拜新同 三盒', 'medicine', 'items=拜新同;qty=3;days=7'],
  ['group', '硝酸甘油已经断了两天了 求助', 'medicine', 'items=硝酸甘油;days=0'],
  ['private', 'I have 2 days of metformin left, need 3 boxes', 'medicine', 'items=metformin;qty=3;days=2'],
  ['group', '阿拉老头子个降压药只有两日了 侬好帮伊配一配伐', 'medicine', 'items=降压药;days=2'],
  ['private', '我的止痛药就剩明天一天的了', 'medicine', 'items=止痛药;days=1'],
  ['group', '降压药今天吃完就没有了 帮帮忙', 'medicine', 'items=降压药;days=0'],
  // Not requests.
  ['group', '我家降压药还有好几盒 够吃到年底', 'none'],
  ['group', '医生说二甲双胍每天两片 早晚各一片', 'none'],
  ['group', '阿司匹林一盒才十几块 还挺便宜', 'none'],
  ['group', '昨天帮7号楼配了三盒拜新同 两盒倍他乐克 都送到了', 'none'],
  ['group', '医院现在一次只能开两周的量 大家注意', 'none'],
  ['group', '封控第十天 家里的菜还能撑三四天', 'none'],
  ['group', '我家大米还剩两天的了 谁家团购了', 'none'],
  ['group', '口罩还有三盒 够用了', 'none'],
  ['group', '猫粮快吃完了 谁有多的匀一点', 'none'],
  ['group', '我家狗的药吃完了 哪里有宠物医院开门', 'none'],
  ['group', '降压药一天吃一颗还是两颗啊', 'none'],
  ['group', '我这盒布洛芬还有十来粒 够吃的', 'none'],
  ['group', '配药清单截止到今天下午三点 过时不候', 'none'],
  ['group', '上次帮我配的氨氯地平两盒还没吃完 这次不用了', 'none'],
  ['group', 'I still have 2 boxes of paracetamol if anyone needs', 'none'],
  ['group', 'Got 3 boxes of my meds today, thanks team!', 'none'],
  ['group', '胰岛素一支能打多少天啊', 'none'],
  ['group', '牛奶只剩一盒了 明天团购什么时候到', 'none'],
  ['group', '明天就断网了?物业说要维修', 'none'],
  ['group', '撑不过周末了 菜都吃光了', 'none'],
  ['group', '今天最后一天核酸 大家别忘了', 'none'],
  ['group', '我爸降压药吃了三十年了 身体还好', 'none'],
  ['group', '医生让我停药三天再复查', 'none'],
  ['group', '这个药一个月的量要三百多 太贵了', 'none'],
  ['group', '今天跑了两趟医院 配了五个人的药', 'none'],
  ['group', '家里药箱里还有一板头孢 不知道过期没', 'none'],
  ['group', '阿拉屋里厢药还有交关 勿要担心', 'none'],
  ['group', '我的藥仲有好多 唔使擔心', 'none'],
  ['group', '我嘅藥夠食一個月 多謝關心', 'none'],
  ['group', 'My blood pressure pills will last me till next month, no worries', 'none'],
  ['group', '降压药要吃一辈子吗 好担心', 'none'],
  ['private', '我的药还够吃 先不用配', 'none'],
  ['private', '上次配的药够了 谢谢你们', 'none'],
  ['group', '谁知道胰岛素打完的针头怎么扔', 'none'],
];

/**
 * Set 4: doors in every form of the SPEC (5栋302室, 12#1101, 六号楼五零一, 3号楼2单元602, B区, 168弄9号,
 * 8幢三楼305, 7座, 15棟, a correction), asking on behalf of a parent or a neighbour, follow-ups and
 * corrections; and the talk around requests already made (deliveries, offers, formats, thanks).
 * Before any change: 42/51 (a name said first, 「陳伯伯 保栓通吃完了」; a neighbour's offer 「我…帮你带」,
 * 「我可以顺路」, 「谁要配药的提前说」; 「有人知道…」; 「已经送过去了」; 「今年麻烦了」 taken as requests).
 */
export const SET_4: Probe[] = [
  ['group', '帮隔壁王阿姨配两盒拜新同 她住5栋302室 一个人在家', 'medicine', 'items=拜新同;qty=2;door=5-302'],
  ['group', '替我妈登记一下降压药 她家是12#1101 还剩两天', 'medicine', 'items=降压药;days=2;door=12-1101'],
  ['private', '我爸在六号楼五零一 他的胰岛素快打完了 帮忙配一盒', 'medicine', 'items=胰岛素;qty=1;days=0;door=6-501'],
  ['group', '３号楼２单元６０２的李奶奶要配阿司匹林 一盒', 'medicine', 'items=阿司匹林;qty=1;door=3-2-602'],
  ['group', 'B区7-1203 氨氯地平 2盒 谢谢', 'medicine', 'items=氨氯地平;qty=2;door=B区7-1203'],
  ['group', '168弄9号1402 老人降糖药吃完了 麻烦志愿者', 'medicine', 'items=降糖药;days=0;door=9-1402'],
  ['group', '我住8幢三楼305 帮我配两盒二甲双胍', 'medicine', 'items=二甲双胍;qty=2;door=8-305'],
  ['group', '我是十一号楼一二零三的 我家老头子的心脏药没了 谁帮忙配下', 'medicine', 'items=心脏药;days=0;door=11-1203'],
  ['group', 'Could someone get my neighbour Mrs Zhang at 4-702 her blood pressure meds? She ran out', 'medicine', 'items=blood pressure meds;days=0;door=4-702'],
  ['private:new', 'my mom lives in building 10 room 1603, she needs 2 boxes of Lipitor', 'medicine', 'items=lipitor;qty=2;door=10-1603'],
  ['group', '7座1203 唔該幫我阿媽配兩盒降壓藥', 'medicine', 'items=降压药;qty=2;door=7-1203'],
  ['group', '對面15棟802的陳伯伯 保栓通吃完了 拜託志工幫他配', 'medicine', 'items=保栓通;days=0;door=15-802'],
  ['private', '替我楼下的独居老人问一下 他在5号楼202 他的止痛药没了 能配吗', 'medicine', 'items=止痛药;days=0;door=5-202'],
  ['group', '刚才说错了 应该是10号楼1502 不是1205 降压药两盒', 'medicine', 'items=降压药;qty=2;door=10-1502'],
  ['private', '刚才忘了说 还要一盒阿司匹林', 'medicine', 'items=阿司匹林;qty=1'],
  ['private', '再加两盒二甲双胍', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '不好意思 刚才说的倍他乐克是两盒不是一盒', 'medicine', 'items=倍他乐克;qty=2'],
  ['group', '我爸爸的药 氯吡格雷 还剩5天 家里是20号楼1单元801', 'medicine', 'items=氯吡格雷;days=5;door=20-1-801'],
  ['group', '帮我岳母配药 她住5#1102 硝苯地平控释片三盒', 'medicine', 'items=硝苯地平控释片;qty=3;door=5-1102'],
  ['private', '我妈住东区4号楼601 她要配甲钴胺 两盒', 'medicine', 'items=甲钴胺;qty=2;door=东区4-601'],
  // Not requests.
  ['group', '5号楼302的药放门卫了 记得去拿', 'none'],
  ['group', '王阿姨 你的降压药我明天去医院帮你带 放心', 'none'],
  ['group', '我明天去瑞金 谁要配药的提前说', 'none'],
  ['group', '12号楼1101的阿姨药收到了吗', 'none'],
  ['group', '10号楼有人需要配药吗 我可以顺路', 'none'],
  ['group', '我住3号楼 我家也有降压药 急用可以先拿去', 'none'],
  ['group', '谁知道7号楼那个老人的药配到了没', 'none'],
  ['group', '请大家把配药需求发给楼组长 写清楚门牌号', 'none'],
  ['group', '配药登记格式:门牌号+药名+数量+是否可替换', 'none'],
  ['group', '我妈住5号楼302 昨天药已经配好了 谢谢小李', 'none'],
  ['group', '刚才那条发错群了 不好意思', 'none'],
  ['group', '我替我爸谢谢配药的志愿者们', 'none'],
  ['group', '隔壁阿婆说她的药够吃 让大家别担心', 'none'],
  ['group', 'My neighbour at 6-301 got her meds, thanks everyone', 'none'],
  ['group', '楼上8-1202的老爷爷昨天药吃完了 今天志愿者已经送过去了', 'none'],
  ['group', '我爸的药不用配了 他出院带了一个月的', 'none'],
  ['group', '取消 刚才的配药不要了 家里找到了', 'none'],
  ['group', '请问5号楼的药什么时候送', 'none'],
  ['group', '我是5号楼302的 我家门口的药袋是谁的', 'none'],
  ['group', '@王阿姨 你要的药我帮你问过了 医院说下周才有', 'none'],
  ['group', '替我谢谢13号楼的医生 他给我妈看了药方', 'none'],
  ['group', '我岳母以前吃的是拜新同 后来换了', 'none'],
  ['group', '家里老人的药都是我每个月去医院配的 今年麻烦了', 'none'],
  ['group', '九号楼的药今天下午到 请在家等', 'none'],
  ['group', '药给你放在6号楼大厅了', 'none'],
  ['group', '我爸说谢谢大家 药够吃到下个月了', 'none'],
  ['group', '志愿者小张 10号楼1502的药你去拿一下', 'none'],
  ['group', 'Reminder: medicine requests close at 5pm today, include your flat number', 'none'],
  ['group', '有人知道东区4号楼有没有独居老人需要配药', 'none'],
  ['group', '妈 你的药我已经帮你登记了', 'none'],
  ['group', '我住7号楼 刚搬来 以后配药找谁', 'none'],
];

/**
 * Set 5: hard negatives written against this round's own new rules (names by sound and by place,
 * 「needs」, 「麻烦了」, 「有多的」, counts before a name, 降压的, 治X的药, a need already solved), with a few
 * requests in the same forms that must still be read.
 * Before any change: 24/42 (two more were read by other families and left out here: 「今天的团购 两盒鸡蛋
 * 一箱牛奶 都到了」 as an order, 「降雅药吃了头晕 要不要换」 as emergency.ask). Fixed: announcements
 * (「Anyone who needs…」, 「Reminder:」, 「要配的提前报」), a need already solved (已经…买了/下单了,
 * 送过来了, 拿回来, "brought some"), prices, doses ("2x a day"), "out of stock", foods and 「医生说」
 * never names by place, 「麻烦了」 a request only at the end, and no English name read after "pick up"
 * just because a hospital is mentioned.
 */
export const SET_5: Probe[] = [
  ['group', 'My dad needs his blood pressure pills, he ran out yesterday. Can anyone help?', 'medicine', 'items=blood pressure pills;days=0'],
  ['group', '我妈需要胰岛素 两支 谁明天去医院', 'medicine', 'items=胰岛素;qty=2'],
  ['private', '降压的 两盒 麻烦了', 'medicine', 'items=降压的药;qty=2'],
  ['group', '谁家有多余的退烧药 孩子烧到39度 先借我一盒', 'medicine', 'items=退烧药;qty=1'],
  ['private', '我还要一盒治胃病的药 上次忘了说', 'medicine', 'items=治胃病的药;qty=1'],
  ['group', '有没有人有多的藿香正气水 匀我两瓶 中暑了', 'medicine', 'items=藿香正气水;qty=2'],
  // Not requests.
  ['group', 'Anyone who needs medicine please register with your building lead by Friday', 'none'],
  ['group', 'Can someone pick up Lily from the hospital entrance? She is discharged today', 'none'],
  ['group', 'Reminder: anyone whose meds are running low, tell your building lead', 'none'],
  ['group', 'Her insulin ran out yesterday but the volunteer brought some this morning, thank you all', 'none'],
  ['group', 'Pharmacy near the south gate reopened, they have Panadol and Ventolin', 'none'],
  ['group', 'I take metformin 2x a day, is that too much?', 'none'],
  ['group', 'my mum needs her flu shot, does the community clinic do them?', 'none'],
  ['group', '有没有人有多的口罩 我家老人要去医院', 'none'],
  ['group', '我去医院陪一下我妈 她在那边配药', 'none'],
  ['group', '医院的专家号都没了 只能下周再去', 'none'],
  ['group', '药房的退烧药都卖光了 大家别白跑', 'none'],
  ['group', '两盒草莓一盒蓝莓 团购的水果真新鲜 配药回来顺路拿的', 'none'],
  ['group', '治失眠的药吃多了不好 能不吃就不吃', 'none'],
  ['group', '血压高要吃降压的 医生说不能停', 'none'],
  ['group', '地高辛这种药要遵医嘱 别乱吃', 'none'],
  ['group', '我家老人每天吃十来粒药 看着都心疼', 'none'],
  ['group', '麻烦了 今天的配药名单我已经发给居委了', 'none'],
  ['group', '志愿者们麻烦了 配药辛苦', 'none'],
  ['group', '谁家有多的药盒 我想收纳一下', 'none'],
  ['group', '下周三配药小分队去仁济 要配的提前报', 'none'],
  ['group', '我妈的降压药只剩两天了 不过我已经在网上买了 明天到', 'none'],
  ['group', '老人的药快没了就找楼组长 别自己跑', 'none'],
  ['group', '昨天我爸的降压药吃完了 今天女儿送来了', 'none'],
  ['group', '保栓通和脉优可以一起吃吗 医生没说', 'none'],
  ['group', '隔壁阿婆 胰岛素快打完了 我已经帮她在小程序上下单了', 'none'],
  ['group', '胰岛素针头用完的怎么处理 直接扔垃圾桶吗', 'none'],
  ['group', '一盒布洛芬二十多块 网上便宜点', 'none'],
  ['group', '哪位知道陪诊服务怎么预约 我妈要去医院复查', 'none'],
  ['group', '同大家分享一下 我妈吃了这个降压药血压稳定多了', 'none'],
  ['group', '我爸爸的药 医生说吃完这盒就可以停了', 'none'],
  ['group', '阿拉姆妈个药吃光了 伊拉女儿已经买好送过来了', 'none'],
  ['group', '我嘅藥食晒喇 不過個仔今朝已經攞咗返嚟', 'none'],
  ['group', '我們家的藥都是女兒在網上買的 很方便', 'none'],
  ['group', 'The pharmacy says amlodipine is out of stock until next week', 'none'],
];

/**
 * Set 6: more hard negatives against set 2's rules, in the words of everyday errands: 陪 (to go with
 * someone) beside 药, 打完 said of a jab or a drip, 「的X只剩/只有」 said of things that are not
 * medicine, "needs" said of anything, names that sound like a word (的高新).
 * Before any change: 12/19 (「老人打完疫苗了吗」 was left out: the emergency family asks about it).
 * Fixed: 陪 is 配 only before 药 or a count, 打完 is running out only of insulin and its needles,
 * 「药都是邻居帮忙配的」 is a habit, 「不够的早点说」 an announcement, "needs" a request only of a medicine or a count.
 */
export const SET_6: Probe[] = [
  ['group', '我明天要陪一下我妈去医院拿药 有人一起吗', 'none'],
  ['group', '下午陪老人去社区医院配药 晚点回群', 'none'],
  ['group', '我爸在医院打完点滴了 医生开了点药 今晚回家', 'none'],
  ['group', '今天打完第三针了 胳膊有点酸 吃了片止疼药', 'none'],
  ['group', '小区的超市只有周三开门 配药的话要去医院', 'none'],
  ['group', '我们楼的老人只有一个人在家 药都是邻居帮忙配的', 'none'],
  ['group', '家里的口粮只剩两天了 医院也不让去', 'none'],
  ['group', '封控的期限只剩三天了 大家再坚持一下 药不够的早点说', 'none'],
  ['group', '我们的高新区那边医院开门了', 'none'],
  ['group', 'Grandma needs her rest, the new medicine makes her sleepy', 'none'],
  ['group', 'The building needs a new lock, the pharmacy delivery guy could not get in', 'none'],
  ['group', '谁去医院的话帮忙问一下 门诊几点开', 'none'],
  ['group', '我妈的安眠药吃了以后只睡三个小时 正常吗', 'none'],
  ['group', '孩子的退烧药喂完了 烧也退了 谢谢关心', 'none'],
  ['group', '家里的药只有我会分 老人自己搞不清', 'none'],
  // Still requests.
  ['group', '我妈的胰岛素快打完了 谁去医院帮忙带两支', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['group', '麻烦陪药 降压药两盒', 'medicine', 'items=降压药;qty=2'],
  ['group', 'my mum needs 2 boxes of amlodipine, she has 3 days left', 'medicine', 'items=amlodipine;qty=2;days=3'],
];

/**
 * Set 7: foreign residents' English, good and broken, English names beside Chinese ones, pinyin
 * (pei yao, jiang ya yao, chi wan le); and the English talk about medicine that asks for nothing.
 * Before any change: 24/36 (left out after: "Heading to the pharmacy now, anyone need anything? I can
 * grab it", read by the volunteer family as an offer, which it is). Fixed: pinyin read through a
 * dictionary of a request's words (commands/medicine/pinyin.ts), "finish"/"no more X" as out, "share",
 * a name in brackets after "heart pills", news/online/price/"do we need"/"if you…"/complaints, jokes.
 */
export const SET_7: Probe[] = [
  ['private', 'wo yao pei yao, jiang ya yao liang he', 'medicine', 'items=jiang ya yao;qty=2'],
  ['group', 'need yao for my mother, she only have 2 day left, name is 倍他乐克', 'medicine', 'items=倍他乐克;days=2'],
  ['private:new', 'Hi, I live 12-803. My husband diabetes medicine finish. Metformin 500mg, 3 box please', 'medicine', 'items=metformin;qty=3;days=0;door=12-803'],
  ['group', 'Sorry my chinese not good. I need the 降压药 for my father, two box', 'medicine', 'items=降压药;qty=2'],
  ['private', 'Could you refill my Synthroid? 1 bottle. Thanks!', 'medicine', 'items=synthroid;qty=1'],
  ['group', 'Is anyone going to Huashan hospital tomorrow? Could you pick up my Eliquis, 2 boxes? I am in 7-1102', 'medicine', 'items=eliquis;qty=2;door=7-1102'],
  ['private', 'Out of my inhaler since yesterday, need a new one asap', 'medicine', 'items=inhaler;qty=1;days=0'],
  ['group', 'my kid has fever, we have no more paracetamol, anyone can share some?', 'medicine', 'items=paracetamol;days=0'],
  ['private', 'Running low on Crestor and Norvasc, about a week left, 2 boxes each please', 'medicine', 'items=crestor|norvasc;qty=2;days=7'],
  ['group', '我的 metformin 吃完了 谁能帮我带 two boxes', 'medicine', 'items=metformin;qty=2;days=0'],
  ['private', 'bu hao yi si, wo de yao chi wan le, neng bang wo pei ma', 'medicine', 'days=0'],
  ['group', 'Need insulin pen needles 1 box, 5-1201, thx', 'medicine', 'items=insulin pen needles;qty=1;door=5-1201'],
  ['private:new', 'Hello, my grandma at building 3 room 402 ran out of her heart pills (Betaloc). Can someone buy 2 boxes?', 'medicine', 'items=betaloc;qty=2;days=0;door=3-402'],
  // Not requests.
  ['group', 'Does anyone know if ibuprofen is ok with blood pressure pills?', 'none'],
  ['group', 'The medicine team did an amazing job today, thank you!', 'none'],
  ['group', 'Pharmacy at gate 2 opens 9-5 on weekdays', 'none'],
  ['group', 'I have some spare paracetamol if anyone needs, just message me', 'none'],
  ['group', 'Delivered 3 boxes of metformin to 5-302 ✅', 'none'],
  ['group', 'News: from Monday prescriptions can be refilled online via the hospital app', 'none'],
  ['group', 'Why is Lipitor so expensive here? 80 yuan a box!', 'none'],
  ['group', 'Is Ruijin hospital open on Sunday?', 'none'],
  ['group', 'My insulin arrived, the volunteer was so kind', 'none'],
  ['group', 'What is the Chinese name for Tylenol?', 'none'],
  ['group', 'Can I take Panadol on an empty stomach?', 'none'],
  ['group', 'lol I run out of patience before I run out of pills', 'none'],
  ['group', "Today's summary: 12 medicine requests handled, 3 pending", 'none'],
  ['group', 'wo de yao hai gou chi, xie xie', 'none'],
  ['group', 'pei yao de zhi yuan zhe xin ku le', 'none'],
  ['group', 'Is anyone else allergic to penicillin? Just curious', 'none'],
  ['group', 'Do we need a prescription for antibiotics here?', 'none'],
  ['group', 'Just a heads up: the clinic is out of flu vaccines', 'none'],
  ["group", "My neighbour's meds were delivered this morning, all good", 'none'],
  ['group', 'Thank you for the inhaler, my son is breathing much better now', 'none'],
  ['group', 'If you run out of medicine, message the bot privately', 'none'],
  ['group', 'Medicine price complaints go to the committee, not here pls', 'none'],
];

/**
 * Set 8: Shanghainese, Cantonese and Taiwanese voices, voice-input run-ons, a slow typist's spaces,
 * emoji and stickers anywhere; and the same voices talking about medicine without asking.
 * Before any change: 29/35 (names said before their count 「脈優兩盒 保栓通一盒」; 「勿要配了」,
 * 「老早就讲过 药要多备点」, 「想問下…配藥係點樣安排」, 「可以順便」, 「借咗兩粒…俾我」 taken as requests).
 */
export const SET_8: Probe[] = [
  ['group', '阿拉爷叔个降压药只剩两粒了 啥人明朝去医院 帮阿拉带两盒 谢谢侬', 'medicine', 'items=降压药;qty=2'],
  ['group', '侬好 阿拉老太婆胰岛素打光了 十号楼三零三 帮帮忙好伐', 'medicine', 'items=胰岛素;days=0;door=10-303'],
  ['group', '唔該 屋企阿爸嘅血壓藥食晒 邊位聽日去醫院可唔可以幫手攞兩盒', 'medicine', 'items=血压药;qty=2;days=0'],
  ['private', '拜託幫我配慢性處方箋的藥 脈優兩盒 保栓通一盒 謝謝喔', 'medicine', 'items=脉优|保栓通;qty=2'],
  ['group', '阿嬤的降血糖藥剩三天 誰可以幫忙 拜託拜託🙏', 'medicine', 'items=降血糖药;days=3'],
  ['group', '🙏🙏🙏我爸的降压药没了[捂脸]谁能帮忙配一盒 8-902', 'medicine', 'items=降压药;qty=1;days=0;door=8-902'],
  ['private', '喂 喂 听得到吗 我是说 我要配药 降压药 就是那个 苯磺酸氨氯地平片 两盒 还有 还有 阿司匹林肠溶片 一盒 我住 十二号楼 一零零二', 'medicine', 'items=苯磺酸氨氯地平片|阿司匹林肠溶片;qty=2;door=12-1002'],
  ['private', '我 的 降 压 药 吃 完 了 帮 我 配 两 盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '各位好 打扰了 我是9号楼的 家里老人血压高 平时吃的络活喜还剩三四天 小区出不去 有没有人去医院能帮忙带两盒 钱我微信转给你 谢谢大家了🙏', 'medicine', 'items=络活喜;qty=2;days=3'],
  ['group', '@邻里 二甲双胍 ２盒 ５号楼１２０１', 'medicine', 'items=二甲双胍;qty=2;door=5-1201'],
  ['group', '阿拉屋里厢额药老早就吃光了 侬帮阿拉想想办法 速效救心丸 两瓶', 'medicine', 'items=速效救心丸;qty=2;days=0'],
  ['group', '我老豆嘅糖尿病藥仲有兩日 有冇人可以幫手配 唔該晒', 'medicine', 'items=糖尿病药;days=2'],
  // Not requests.
  ['group', '阿拉老头子吃仔降压药血压老早稳定了 谢谢大家关心', 'none'],
  ['group', '侬屋里厢药够伐 勿够早点讲', 'none'],
  ['group', '唔該晒配藥小分隊 啲藥收到喇', 'none'],
  ['group', '邊間藥房今日有開呀', 'none'],
  ['group', '我阿媽話啲降壓藥食咗頭暈 正唔正常㗎', 'none'],
  ['group', '拜託大家不要囤藥 留給真正需要的人', 'none'],
  ['group', '今天志工幫我們送了保栓通 真的很感謝', 'none'],
  ['group', '慢性處方箋要本人去嗎 還是家屬可以代領', 'none'],
  ['group', '🙏🙏 感谢配药小分队 [玫瑰][玫瑰]', 'none'],
  ['group', '哈哈哈 我家老头说他的药比饭还多', 'none'],
  ['group', '各位邻居 配药登记表已经更新了 请大家核对自己那一行', 'none'],
  ['group', '喂喂 大家听得到吗 我是说药都送到了', 'none'],
  ['group', '我 的 药 收 到 了 谢 谢', 'none'],
  ['group', '阿拉爷叔讲伊个药勿要配了 屋里厢还有', 'none'],
  ['group', '佢話個藥唔使配住 下個禮拜先', 'none'],
  ['group', '屋企啲藥仲夠食 唔使擔心', 'none'],
  ['group', '阿拉老早就讲过 药要多备点 现在晓得了伐', 'none'],
  ['group', '大家好 我係新搬嚟嘅 想問下小區配藥係點樣安排', 'none'],
  ['group', '三號樓有冇人需要藥 我聽日出去 可以順便', 'none'],
  ['group', '我媽的藥昨天斷了 還好今天醫院開門 已經拿到了', 'none'],
  ['group', '好彩有鄰居借咗兩粒必理痛俾我 而家冇事喇', 'none'],
  ['group', '药店排队排到门口 大家错峰去', 'none'],
  ['group', '💊💊💊 今天吃药了吗 提醒家里老人按时吃药', 'none'],
];

/**
 * Set 9: follow-ups and corrections in a private chat, someone the bot does not know asking for a
 * parent, a labelled list, supplies, a half box; and private and group talk after a request.
 * Before any change: 33/35 (「半盒也行 布洛芬 先应急」 only asked; 「帮7号楼王阿姨报了配药」 taken as a request).
 */
export const SET_9: Probe[] = [
  ['private', '对了 刚才的氨氯地平改成三盒', 'medicine', 'items=氨氯地平;qty=3'],
  ['private', '还有我老伴的 二甲双胍 也要两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '上次配的拜新同吃完了 再帮我配两盒一样的', 'medicine', 'items=拜新同;qty=2;days=0'],
  ['private', '跟上个月一样 降压药降糖药各两盒', 'medicine', 'items=降压药|降糖药;qty=2'],
  ['private:new', '你好 我是隔壁楼的 我妈一个人住在阳光小区3号楼1101 她的心脏药快没了 我进不去小区 能帮她配吗', 'medicine', 'items=心脏药;days=0;door=3-1101'],
  ['private:new', '我不会打字 让孙子打的 我家老头胰岛素没有了 七号楼二零一', 'medicine', 'items=胰岛素;days=0;door=7-201'],
  ['private', '药名:阿托伐他汀钙片 20mg 数量:2盒 可以替换', 'medicine', 'items=阿托伐他汀钙片;qty=2'],
  ['private', '能不能帮我问问医院有没有拜新同 有的话带两盒', 'medicine', 'items=拜新同;qty=2'],
  ['private', '我妈说她的降压药不是这个 是缬沙坦 两盒', 'medicine', 'items=缬沙坦;qty=2'],
  ['private', 'sorry I wrote wrong, it is 2 boxes of Lipitor not 1', 'medicine', 'items=lipitor;qty=2'],
  ['private', '还有 体温计 一个', 'medicine', 'items=体温计;qty=1'],
  ['private', '血糖试纸一盒 针头两盒', 'medicine', 'items=血糖试纸|针头;qty=1'],
  ['private', '半盒也行 布洛芬 先应急', 'medicine', 'items=布洛芬'],
  ['private', '我爸的药单拍照发不了 我打字吧 硝苯地平控释片30mg 2盒 美托洛尔缓释片47.5mg 1盒', 'medicine', 'items=硝苯地平控释片|美托洛尔缓释片;qty=2'],
  ['group', '帮5-1102的独居张奶奶配药 她耳朵不好 打电话没用 降压药剩三天', 'medicine', 'items=降压药;days=3;door=5-1102'],
  // Not requests. (Round 9: one's own medicine asked where it stands is answered with the household's
  // requests and their states — mydata, what the bot holds — see probes/lead9.ts sets B and C.)
  ['private', '我的药什么时候能送到', 'mydata'],
  ['private', '上次的药钱多少 我转给你', 'none'],
  ['private', '谢谢你们 药收到了 一切都好', 'none'],
  ['private', '不用了 我女儿已经买到了', 'none'],
  ['private', '取消吧 药找到了', 'none'],
  ['private', '我的降压药要饭后吃吗', 'none'],
  ['private', '好的 收到', 'none'],
  ['private', '志愿者把药放门口了 我拿到了', 'none'],
  ['private', '我妈的药够吃到月底 先不用登记', 'none'],
  ['private', '请问你们是居委会的吗', 'none'],
  ['group', '刚才帮7号楼王阿姨报了配药 她家没人会用手机', 'none'],
  ['group', '今天的配药单:1. 3-201 降压药 2盒 2. 5-302 胰岛素 1支 已全部送达', 'none'],
  ['group', '王阿姨 你要的二甲双胍我明天帮你问', 'none'],
  ['group', '5-1102张奶奶的药已经送到了 她让我谢谢大家', 'none'],
  ['group', '我妈又忘记吃药了 真愁人', 'none'],
  ['group', '家里老人降压药一直吃的是进口的 国产的效果不知道怎么样', 'none'],
  ['group', '阿托伐他汀钙片是饭前还是睡前吃', 'none'],
  ['group', '求推荐一个好用的血压计', 'none'],
  ['group', '有谁家孩子吃过美林 一次吃多少', 'none'],
  ['group', '配药的事情找王书记就行 她负责', 'none'],
];

/**
 * Set 10: mostly talk: forwarded policy news, notices, volunteers coordinating, doctors' advice
 * relayed, prices, pets, vaccines, queues, counts of requests; with a few requests among them.
 * Before any change: 31/38 (two left out after, read by other families: 「孩子发烧吃了美林 现在退了」
 * asked as an emergency, 「团购了一批维生素C泡腾片 需要的明天来拿 免费」 read as an order of C).
 * Fixed: 买个体温计 is one, 需要的…来拿 and 免费 offers, 有的话讲一声, 大家的药/要提前 notices, 没货, 会不会.
 */
export const SET_10: Probe[] = [
  ['group', '我的药明天就断了 今天能配到吗 急', 'medicine', 'days=1'],
  ['group', '有人能帮我买个体温计吗 家里的坏了', 'medicine', 'items=体温计;qty=1'],
  ['private:new', '请帮我爸配三盒氯吡格雷 他住5号楼1601 钱我微信转', 'medicine', 'items=氯吡格雷;qty=3;door=5-1601'],
  ['group', '求助 奶奶的帕金森药美多芭只剩一天了 谁明天去医院', 'medicine', 'items=美多芭;days=1'],
  // Not requests.
  ['group', '【转发】上海市卫健委:慢性病患者可凭医保卡到社区卫生服务中心开具长处方 最长可配三个月用量', 'none'],
  ['group', '转:封控期间配药指南 1.联系楼组长 2.准备医保卡 3.写清药名和数量', 'none'],
  ['group', '社区医院通知:本周六上午配药窗口暂停一天', 'none'],
  ['group', '志愿者群:明天去仁济的有小王和小李 清单已经发到群文件', 'none'],
  ['group', '今天配药跑了三家医院 终于把5号楼的胰岛素配齐了', 'none'],
  ['group', '我家猫的药吃完了 宠物医院开门了吗', 'none'],
  ['group', '老中医说这个方子要连吃七天 苦得要命', 'none'],
  ['group', '社区今天打第二针疫苗 老人可以预约', 'none'],
  ['group', '医保卡里的钱还能用吗 配药会不会扣完', 'none'],
  ['group', '药房门口排队的人好多 大家戴好口罩', 'none'],
  ['group', '听说连花清瘟又涨价了 一盒要八十', 'none'],
  ['group', '那个降压药的广告你们别信 都是骗人的', 'none'],
  ['group', '我爸的降压药换成了长效的 一天一粒就够', 'none'],
  ['group', '张医生说二甲双胍不能和酒一起吃 大家注意', 'none'],
  ['group', '妈妈的药盒我帮她分好了 一周的量', 'none'],
  ['group', '现在药都是网上买 送货上门很快', 'none'],
  ['group', '我们楼的配药统计好了 一共12户 明天交给居委', 'none'],
  ['group', 'Wow the medicine delivery was so fast today', 'none'],
  ['group', 'Is it safe to give kids ibuprofen and paracetamol alternately?', 'none'],
  ['group', 'Hospital pharmacy queue was 2 hours today, bring water', 'none'],
  ['group', 'Our building collected 15 medicine requests, sent to the committee', 'none'],
  ['group', '藥已經幫你放在門口了 記得拿進去', 'none'],
  ['group', '今日配藥統計:收到二十份 送達十八份', 'none'],
  ['group', '我阿媽食開嘅降壓藥醫院冇貨 醫生轉咗另一隻', 'none'],
  ['group', '隔壁王伯伯的药是他儿子从浦东送过来的', 'none'],
  ['group', '大家的药如果快吃完了 要提前一个礼拜报 不要等断了再说', 'none'],
  ['group', '胰岛素送来的时候要放冰箱 别放门口晒', 'none'],
  ['group', '配药小分队今天收工啦 辛苦大家 明天继续', 'none'],
  ['group', '我老公说他的药没了 我刚才已经在群里报过了 大家不用重复报', 'none'],
  ['group', '这个月的配药名单截止了 下个月一号再开', 'none'],
  ['group', '阿拉楼里有人药吃光了伐 有的话讲一声 阿拉明朝去医院', 'none'],
  ['group', '我家有多的血糖试纸 过期了 还能用吗', 'none'],
];

/**
 * Set 11: the fields when a name, its class, its form, its pack size and stock all stand together
 * (络活喜 in brackets, 诺和锐 after 胰岛素笔芯, 100mg×30片 两盒, 还剩5粒), and days said in weeks,
 * 后天, 十来天, 三天左右; with the same words in talk that asks for nothing.
 * Before any change: 17/26 (left out after: 「谁去药店帮我妈买点钙片和维生素D」, where the group-buy
 * family reads the D of 维生素D as eggs and the two readings are asked about). Fixed: 胰岛素笔芯 is
 * insulin beside its brand, 28片装 a pack size, 后天 two days (明后天 still none), weeks ×7, 三天左右,
 * 不着急, 配齐了, 开封后/保质期, and 要一个月 is no count.
 */
export const SET_11: Probe[] = [
  ['group', '我的降压药(络活喜)吃完了 谁能帮忙配两盒', 'medicine', 'items=络活喜;qty=2;days=0'],
  ['private', '胰岛素笔芯 诺和锐 两盒', 'medicine', 'items=诺和锐;qty=2'],
  ['private', '止痛药 就是吗啡缓释片 还有三天的量', 'medicine', 'items=吗啡缓释片;days=3'],
  ['private', '三七粉一瓶 云南白药一盒', 'medicine', 'items=三七粉|云南白药;qty=1'],
  ['group', '硝酸甘油 救命用的 没了 谁能帮忙带两瓶', 'medicine', 'items=硝酸甘油;qty=2;days=0'],
  ['private', '眼药水 玻璃酸钠滴眼液 一支', 'medicine', 'items=玻璃酸钠滴眼液;qty=1'],
  ['group', '谁家有布洛芬混悬液 孩子发烧 借我一瓶', 'medicine', 'items=布洛芬混悬液;qty=1'],
  ['private', '阿司匹林 100mg×30片 两盒', 'medicine', 'items=阿司匹林;qty=2'],
  ['private', '氨氯地平 5毫克 28片装 2盒', 'medicine', 'items=氨氯地平;qty=2'],
  ['private', '我的优甲乐只剩半盒了 帮我配两盒', 'medicine', 'items=优甲乐;qty=2'],
  ['group', '我的降压药后天就吃完了 谁明天去医院', 'medicine', 'items=降压药;days=2'],
  ['private', '二甲双胍还能吃两个星期 先登记三盒', 'medicine', 'items=二甲双胍;qty=3;days=14'],
  ['group', '降糖药还剩十来天 想提前登记一下 两盒', 'medicine', 'items=降糖药;qty=2;days=10'],
  ['private', '安眠药三天左右就没了 麻烦配一盒', 'medicine', 'items=安眠药;qty=1;days=3'],
  ['private', '我的降压药还有5粒 一天一粒 帮我配两盒', 'medicine', 'items=降压药;qty=2'],
  // Not requests.
  ['group', '我的降压药(络活喜)吃了三年了 挺好的', 'none'],
  ['group', '阿司匹林100mg×30片一盒才十几块', 'none'],
  ['group', '降压药还有5粒 够吃五天 不着急', 'none'],
  ['group', '医生说胰岛素笔芯开封后要一个月内用完', 'none'],
  ['group', '硝酸甘油要随身带 救命用的', 'none'],
  ['group', '玻璃酸钠滴眼液开封后只能用四个星期 别浪费', 'none'],
  ['group', '钙片和维生素D一起吃效果好 我妈吃了半年了', 'none'],
  ['group', '后天就是配药日了 大家准备好医保卡', 'none'],
  ['group', '我们楼的药都配齐了 两个星期内不用再跑了', 'none'],
  ['group', '布洛芬混悬液 孩子一次喝多少毫升啊', 'none'],
];

/**
 * Set 12: rare drugs and the patients who need them (transplant, dialysis, TB, psychiatric, herbal
 * medicine counted in 帖, a baby's cream, a pregnant woman), masks asked beside a medicine, a letter
 * in a Chinese name, "a pack"; and the talk around them (a course of days, a scam warning, how it
 * works here).
 * Before any change: 19/24 (left out after, both read by the group-buy family as an order of B×12:
 * 「维生素B12 两瓶 帮我买一下」 and 「维生素B12是不是要饭后吃」). Fixed: 帖/副 count herbal medicine,
 * "buy a tube of Desitin", 「有需要早点说」 an announcement.
 */
export const SET_12: Probe[] = [
  ['private', '帮我配中药 七帖 医院代煎', 'medicine', 'items=中药;qty=7'],
  ['group', '谁能帮我带两盒口罩和一盒布洛芬', 'medicine', 'items=布洛芬;qty=1'],
  ['private', 'could you get me a pack of ibuprofen', 'medicine', 'items=ibuprofen;qty=1'],
  ['group', '医生给开了十四天的抗结核药 我这边还剩三天 谁能帮我跑一趟肺科医院 异烟肼和利福平', 'medicine', 'items=异烟肼|利福平;days=3'],
  ['private', '我家孩子的湿疹膏用完了 就是那个丁酸氢化可的松乳膏 麻烦买一支', 'medicine', 'items=丁酸氢化可的松乳膏;qty=1;days=0'],
  ['group', '我做透析的 促红素针没了 谁去医院帮我问问', 'medicine', 'items=促红素针;days=0'],
  ['group', '移植病人 他克莫司只剩两天 医院只有瑞金有 谁能帮忙', 'medicine', 'items=他克莫司;days=2'],
  ['private', '我爸吃的精神科的药 奥氮平 还有五天 不能断的', 'medicine', 'items=奥氮平;days=5'],
  ['group', '孕妇能吃的感冒药 谁家有 先借我一盒', 'medicine', 'items=感冒药;qty=1'],
  ['group', 'can someone buy a tube of Desitin for my baby? diaper rash', 'medicine', 'items=desitin;qty=1'],
  // Not requests.
  ['group', '【提醒】近期有人冒充志愿者 以代配药为名收取费用 请大家不要转账 配药只通过楼组长登记', 'none'],
  ['group', "Hi all, new here from Canada. How does the medicine thing work here? I don't need anything now, just curious", 'none'],
  ['group', '医生开了一个疗程十四天 今天第三天 感觉好多了', 'none'],
  ['group', '中药要熬一个小时 邻居们闻到味道别介意', 'none'],
  ['group', '口罩谁家有多的 匀我两个', 'none'],
  ['group', 'Does anyone know a pharmacy that sells Desitin around here?', 'none'],
  ['group', '透析的病友们 医院说下周起透析时间调整了', 'none'],
  ['group', '孩子的湿疹膏用了一周 好多了 谢谢推荐', 'none'],
  ['group', '今天楼组长汇总了我们楼的配药 明天统一去', 'none'],
  ['group', '他克莫司这种药只有大医院有 大家有需要早点说', 'none'],
  ['group', 'Just took my last pill of the antibiotic course, feeling great', 'none'],
  ['group', '吃完这个疗程就不用吃了 医生说恢复得不错', 'none'],
];

/**
 * Set 13: requests that carry the words this round taught to mean "no request" (没货, 医生说, 有人知道,
 * 大家的药, 如果大家, 有的话说一声, 根据…要求, "if you are going", "do we need", 会不会, 还是, 哈哈):
 * beside a need of the writer's own they are its story, not an announcement.
 * Before any change: 10/18. Generalised: those words (and where-to-buy) now end a reading only when
 * the writer states no need of their own (their own medicine running out, or a medicine asked for in
 * words apart from the announcement); 开封后 stays final, 「有需要」 and "do we need" ask for nothing.
 */
export const SET_13: Probe[] = [
  ['group', '药店说降压药没货了 谁去医院能帮我带两盒', 'medicine', 'items=降压药;qty=2'],
  ['group', '医生说我的华法林不能断 现在只剩两天了 谁能帮忙', 'medicine', 'items=华法林;days=2'],
  ['private', '有人知道哪里能买到胰岛素吗 我的快打完了 急', 'medicine', 'items=胰岛素;days=0'],
  ['group', '大家的药够吗 我家的降压药只剩一天了 谁能帮忙配', 'medicine', 'items=降压药;days=1'],
  ['group', '如果大家有人去医院 帮我带一盒阿司匹林', 'medicine', 'items=阿司匹林;qty=1'],
  ['group', '我爸的胰岛素会不会不够 只剩三天了 谁能帮忙配两支', 'medicine', 'items=胰岛素;qty=2;days=3'],
  ['group', '可以顺便帮我带一盒布洛芬吗', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '我的降压药快没了 有的话说一声 我去拿', 'medicine', 'items=降压药;days=0'],
  ['group', '我不会用手机 是女儿帮我报的 我的降压药没了 请帮我配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '谢谢大家关心 我的药还是快没了 麻烦谁帮我配一下', 'medicine', 'days=0'],
  ['private', '根据医生的要求 我每天要吃两片 现在只剩三天的了 帮我配两盒拜新同', 'medicine', 'items=拜新同;qty=2;days=3'],
  ['group', 'If anyone is going to the pharmacy, could you get me 2 boxes of paracetamol? 5-1201', 'medicine', 'items=paracetamol;qty=2;door=5-1201'],
  ['group', 'If you are going to Ruijin tomorrow, please pick up my Plavix, 1 box', 'medicine', 'items=plavix;qty=1'],
  ['group', 'Do we need a prescription for insulin? Mine runs out tomorrow, can someone help', 'medicine', 'items=insulin;days=1'],
  ['group', 'The doctor said I must not stop my warfarin. 2 days left, can anyone get me a box?', 'medicine', 'items=warfarin;qty=1;days=2'],
  ['group', '哈哈 不好意思又来麻烦大家 我的降压药又吃完了 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '还是老样子 氨氯地平两盒 麻烦志愿者了', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '保质期快到了 家里的硝酸甘油也快用完了 谁能帮我配一瓶新的', 'medicine', 'items=硝酸甘油;qty=1;days=0'],
];

/**
 * Set 14: the plainest frames of wanting, with nothing else said: 我要X, 想要X, 缺X, 求X, 来两盒X,
 * "I want some X", "X please"; and the same verbs in talk (要吃药, 想要知道, 缺人手, "I want to know").
 * Before any change: 13/20 (「求布洛芬 孩子烧到39度」 was then reworded to 「家里一粒都没了」: with a fever
 * the emergency family asks first, as it should). Generalised: a medicine named right after 要/想要/
 * 需要/缺/求/来 is asked for; 想要知道 and 要不要 want nothing; Taiwan and Hong Kong brands in the lexicon.
 */
export const SET_14: Probe[] = [
  ['private', '我要降压药', 'medicine', 'items=降压药'],
  ['private', '想要点感冒药', 'medicine', 'items=感冒药'],
  ['group', '缺胰岛素 谁有', 'medicine', 'items=胰岛素'],
  ['group', '求布洛芬 家里一粒都没了', 'medicine', 'items=布洛芬;days=0'],
  ['private', '来两盒阿莫西林', 'medicine', 'items=阿莫西林;qty=2'],
  ['private', '我妈要吃的格列美脲 帮忙弄两盒', 'medicine', 'items=格列美脲;qty=2'],
  ['private', 'I want some ibuprofen, 1 box', 'medicine', 'items=ibuprofen;qty=1'],
  ['private', 'amlodipine please', 'medicine', 'items=amlodipine'],
  ['private', '我想要两盒拜新同', 'medicine', 'items=拜新同;qty=2'],
  ['private', '我們要保栓通', 'medicine', 'items=保栓通'],
  // Not requests.
  ['group', '我要去医院复查 有人一起吗', 'none'],
  ['group', '老人要按时吃药 大家提醒一下', 'none'],
  ['group', '我想要知道配药流程', 'none'],
  ['group', '志愿者缺人手 有空的来帮忙', 'none'],
  ['group', 'I want to know when the pharmacy opens', 'none'],
  ['group', '我要吃的药太多了 记不住', 'none'],
  ['group', '求助 谁知道社区医院的电话', 'none'],
  ['group', '要不要给老人备点退烧药 大家怎么看', 'none'],
  ['group', '来了来了 药我放门口了', 'none'],
  ['group', '缺的药品清单居委已经汇总了', 'none'],
  ['group', '志愿者刚送来降压药 谢谢', 'none'],
  ['group', '医生说我不要降压药了 血压正常了', 'none'],
];

/**
 * Set 15: long messages: the daily bulletin quoting a request (Chinese and English), a forwarded
 * scam warning full of 代配藥, a Cantonese thank-you story, a newcomer's "how does it work" post, and
 * a Shanghainese voice run-on whose request is buried at its end (stock said of one medicine, the
 * other asked for).
 * Before any change: 4/6 (the run-on read 半盒 as a medicine and kept 二甲双胍, said only as stock;
 * the Cantonese story of a need met taken as a request). Fixed: a half is stock, and a long message
 * that thanks and says the need was met (送到, 都冇事, 夠食) is a story. The run-on's item is the fuller
 * name written first (苯磺酸氨氯地平), its count the one asked for (两盒). The Cantonese story was left out
 * after merging the emergency family's round 4, which asks about it (its 求救 and a father's medicine
 * running out, both past); it is chatter by the SPEC, reported to the lead.
 */
export const SET_15: Probe[] = [
  ['group', '【阳光小区每日简报 6月3日】今日核酸采样完成率98%。物资:蔬菜包已发放至1-12号楼,13-20号楼明早发放。配药:今日收到配药需求17份,已送达12份,其中7号楼王阿姨反映\u201c我的降压药只剩两天了\u201d,已安排志愿者明早去瑞金医院配药;10号楼李伯伯的胰岛素已送到。请有配药需求的居民通过楼组长或邻里机器人登记,写清门牌号、药名、数量。志愿者招募:仍缺配药和分发志愿者,有意者回复报名。感谢大家的配合!', 'none'],
  ['private', '喂喂 侬听得到伐 我是十五号楼的老张 今年八十二岁了 阿拉老太婆身体一直勿好 老早就有糖尿病 还有高血压 女儿在美国 儿子在浦东封在屋里厢出不来 伊拉天天打电话来问 我讲没事没事 其实心里急得来 阿拉两个老的手机也勿大会用 这个字是我一个一个讲出来的 老太婆的药 一个是二甲双胍 一个是那个叫啥 苯磺酸氨氯地平 二甲双胍还有半盒 氨氯地平只剩三天了 所以想请侬帮帮忙 帮阿拉配两盒氨氯地平 钞票阿拉有 放门口就可以 阿拉住十五号楼一零零三 谢谢侬 谢谢侬 侬是好人', 'medicine', 'items=苯磺酸氨氯地平;qty=2;days=3;door=15-1003'],
  ['group', 'Daily bulletin, June 3: Testing completed in all buildings. Supplies: vegetable packs delivered to buildings 1-12. Medicine: 17 requests received today, 12 delivered. One resident wrote \u201cmy insulin runs out tomorrow\u201d and a volunteer will go to Ruijin first thing. Residents who need medicine can message the bot privately or tell their building lead, with flat number, medicine name and quantity. We still need volunteers for medicine runs and deliveries. Thank you all!', 'none'],
  ['group', '【轉發】緊急提醒!!近日有不法分子冒充社區志工,在各小區群裡以「代配藥」「團購特效藥」為名收取定金,還有人假冒醫護人員說可以幫忙叫120插隊,請大家千萬不要轉賬!配藥請只通過樓組長登記,團購只認居委備案的團長。如有疑問請撥打居委電話。請轉發給家裡的老人!', 'none'],
  ['group', "Hi everyone, I'm new in building 9 (moved from Toronto last month). I keep hearing about the 'medicine team' and the bot. How does it actually work? Do I message the bot, or the building lead? Does someone collect the insurance card? I don't need anything right now, my prescriptions are fine for a couple of months, just want to understand before I do. Thanks!", 'none'],
];

/**
 * Set 16: requests asked as questions (能帮忙配两盒吗, 可唔可以幫我買, "Could someone pick up…?") and
 * questions that ask for nothing (能配到吗, 可以长期吃吗, 要等几天, 明天还有人去吗).
 * Before any change: 18/22. Generalised: asking who is going (明天还有人去医院配药吗) is a request only
 * beside a medicine or days left; 可不可以问下 asks a question, not for medicine; "without a
 * prescription" is a rule asked about; little left (只剩两支) with a request is as clear as days left.
 */
export const SET_16: Probe[] = [
  ['group', '能帮忙配两盒拜新同吗', 'medicine', 'items=拜新同;qty=2'],
  ['group', '可以帮我买点退烧药吗 家里的用完了', 'medicine', 'items=退烧药;days=0'],
  ['group', '请问谁明天去医院?能不能帮我带一盒阿托伐他汀?', 'medicine', 'items=阿托伐他汀;qty=1'],
  ['private', '能不能帮我登记一下 二甲双胍 三盒?', 'medicine', 'items=二甲双胍;qty=3'],
  ['group', '@邻里 我的降压药快没了 怎么办?', 'medicine', 'items=降压药;days=0'],
  ['private:new', '你好 请问你们能帮忙配药吗?我妈的胰岛素只剩两支了 我们住9号楼802', 'medicine', 'items=胰岛素;door=9-802'],
  ['group', 'Could someone pick up 2 boxes of Januvia for my dad? He has 3 days left.', 'medicine', 'items=januvia;qty=2;days=3'],
  ['group', '可唔可以幫我買兩盒降壓藥?唔該', 'medicine', 'items=降压药;qty=2'],
  ['group', '誰能幫我去醫院拿藥?我的藥明天就沒了', 'medicine', 'days=1'],
  // Not requests.
  ['group', '医院能配到拜新同吗', 'none'],
  ['group', '降压药可以长期吃吗?', 'none'],
  ['group', '有人知道二甲双胍能不能掰开吃?', 'none'],
  ['group', '谁知道退烧药过期了还能吃吗', 'none'],
  ['group', '配药要等几天啊?', 'none'],
  ['group', '你们家老人都吃什么降压药?', 'none'],
  ['group', '降糖药和降压药可以一起吃吗?', 'none'],
  ['group', 'Can you buy antibiotics without a prescription in China?', 'none'],
  ['group', 'Where do I get my prescription refilled around here?', 'none'],
  ['group', '可唔可以問下邊度有得買體溫計?', 'none'],
  ['group', '請問藥費可以用醫保嗎?', 'none'],
  ['group', '明天还有人去医院配药吗?', 'none'],
  ['group', '配药小分队明天几点出发?', 'none'],
];

/**
 * Set 17: the door of a medicine request in more of the ways it is written (五号楼三零二, 5/302,
 * room 302 building 5, 12栋2单元1502, 东区, 弄, 座, 一楼 with the room, a door after the name of the
 * person), and doors that are not the request's (a volunteer's, a building alone).
 * Before any change: 11/12 (left out: 「我是5号楼302的志愿者 明天去配药 需要的私聊我」, which the
 * volunteer family reads as an offer of help, as a neighbour might). Nothing to change for doors.
 */
export const SET_17: Probe[] = [
  ['group', '五号楼三零二 降压药两盒 谢谢', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['group', '阿司匹林一盒 送到12栋2单元1502', 'medicine', 'items=阿司匹林;qty=1;door=12-2-1502'],
  ['group', 'Need 1 box of metformin, room 1102 building 8', 'medicine', 'items=metformin;qty=1;door=8-1102'],
  ['group', '东区3号楼402 李阿姨的胰岛素没了 谁帮忙配一下', 'medicine', 'items=胰岛素;days=0;door=东区3-402'],
  ['group', '58弄6号201 老人的心脏药吃完了 麻烦志愿者', 'medicine', 'items=心脏药;days=0;door=6-201'],
  ['group', '唔該幫手配兩盒降血糖藥 我住3座1106', 'medicine', 'items=降血糖药;qty=2;door=3-1106'],
  ['group', '帮王奶奶配药 她是9号楼一楼103的 硝苯地平两盒', 'medicine', 'items=硝苯地平;qty=2;door=9-103'],
  ['group', '我是7号楼的 我妈的降压药吃完了 谁能帮忙配', 'medicine', 'items=降压药;days=0'],
  ['group', '降压药两盒 我住11号楼 到时候放门卫就行', 'medicine', 'items=降压药;qty=2'],
  // Not requests.
  ['group', '9号楼103的药已经送到 请查收', 'none'],
  ['group', '东区3号楼402的阿姨说谢谢大家 药收到了', 'none'],
];

/**
 * Set 18: short messages, emoji and stickers: a need in a few characters (💊降压药没了😭, 降压药 x2 5-302,
 * 药!!!没了!!!), and a few characters that ask for nothing (💊, 药呢?, 药到了👍, [强][强]).
 * Before any change: 11/13 ("meds out" not read as out; a keycap emoji 2️⃣ not read as 2).
 */
export const SET_18: Probe[] = [
  ['group', '💊降压药没了😭 谁能帮帮我', 'medicine', 'items=降压药;days=0'],
  ['group', '降压药 x2 5-302', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['private', '药!!!没了!!!', 'medicine', 'days=0'],
  ['private', 'meds out 😩 help', 'medicine', 'days=0'],
  ['group', '[流泪]胰岛素只剩一支了[流泪] 求助', 'medicine', 'items=胰岛素'],
  ['private', '二甲双胍2️⃣盒', 'medicine', 'items=二甲双胍;qty=2'],
  // Not requests.
  ['group', '💊', 'none'],
  ['group', '药呢?', 'none'],
  ['group', '药到了👍', 'none'],
  ['group', '[强][强] 配药小分队', 'none'],
  ['group', '💊💉🏥 今天打卡', 'none'],
  ['group', '收到药了 [抱拳]', 'none'],
  ['group', '降压药😂', 'none'],
];

/**
 * Set 19: formal and trade verbs of a request (能否, 可否, 是否可以, 代购, 代买, 代取, 捎, 取药, 登记配药),
 * and English office phrasings ("I'd like to order", "Requesting", "we're out of", "running low on");
 * with the same verbs in talk (可否问一下, 代购的东西到了吗, 捎个话, 取快递).
 * Before any change: 17/17.
 */
export const SET_19: Probe[] = [
  ['group', '可否代配两盒拜新同 谢谢', 'medicine', 'items=拜新同;qty=2'],
  ['private', '能否帮忙代购一盒阿托伐他汀', 'medicine', 'items=阿托伐他汀;qty=1'],
  ['private', '请问是否可以代买降糖药 两盒', 'medicine', 'items=降糖药;qty=2'],
  ['group', '谁去医院顺路捎两盒布洛芬', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '我在仁济开了药 谁能帮我去代取一下', 'medicine'],
  ['private', '我要登记配药 氯沙坦 一盒', 'medicine', 'items=氯沙坦;qty=1'],
  ['private', "I'd like to order 2 boxes of losartan please", 'medicine', 'items=losartan;qty=2'],
  ['private', 'Requesting one inhaler (Ventolin) for my son, thank you', 'medicine', 'items=ventolin;qty=1'],
  ['group', "We're out of paracetamol at home, can anyone help?", 'medicine', 'items=paracetamol;days=0'],
  ['private', 'Running low on insulin, maybe 2 days left', 'medicine', 'items=insulin;days=2'],
  ['group', '請幫忙代購兩盒脈優 感恩', 'medicine', 'items=脉优;qty=2'],
  // Not requests.
  ['group', '可否问一下 配药是几号截止', 'none'],
  ['group', '代购的东西到了吗 我等了三天了', 'none'],
  ['group', '帮我捎个话给5号楼王阿姨 她的药到了', 'none'],
  ['group', '谁能帮我取个快递 在东门', 'none'],
  ['group', 'I would like to thank the medicine team for their hard work', 'none'],
  ['group', '代购药品要小心 假药很多', 'none'],
];

/**
 * Set 20: 配 and 开 in words that are not medicine (配眼镜, 配钥匙, 配菜, 配合, 配送, 分配, 开门, 开会,
 * 开证明), and medicine said of someone's past or of someone on TV.
 * Before any change: 10/16 (配眼镜, 配把钥匙, 配送, 分配, 配个充电器 taken as requests). Generalised: 配 in
 * those compounds is set aside before reading.
 */
export const SET_20: Probe[] = [
  ['group', '我想配副眼镜 有人知道哪里开门吗', 'none'],
  ['group', '谁能帮我配把钥匙 门锁坏了', 'none'],
  ['group', '请大家配合核酸检测 按楼号排队', 'none'],
  ['group', '蔬菜配送明天到 麻烦大家下楼拿一下', 'none'],
  ['group', '今天的物资怎么分配 需要志愿者帮忙', 'none'],
  ['group', '团购的配菜能不能多要一份', 'none'],
  ['group', '居委能帮我开个证明吗 要出小区', 'none'],
  ['group', '想要开个会 讨论下配送的事', 'none'],
  ['group', '我爸以前吃过华法林 后来换了', 'none'],
  ['group', '电视剧里那个老人天天吃速效救心丸 看得我好心酸', 'none'],
  ['group', '隔壁老王天天吃降压药 还天天喝酒', 'none'],
  ['group', '配个充电器 谁家有多的', 'none'],
  ['group', 'Can someone help me fix my door lock? The key broke', 'none'],
  ['group', '配送员说药要明天才能到', 'none'],
  // Still requests.
  ['group', '谁能帮我配点胃药 胃疼了一晚上', 'medicine', 'items=胃药'],
  ['group', '麻烦帮我开点止咳糖浆 咳得睡不着', 'medicine', 'items=止咳糖浆'],
];

/**
 * Set 21: 药 that is no medicine for a person (杀虫药, 老鼠药, 蟑螂药, 农药, 火药, 消毒药水 for the stairs,
 * a plant's or a fish's medicine), asked for in the same frames as medicine.
 * Before any change: 3/8. Generalised: 药 for pests, plants, fish and fireworks is set aside before
 * reading; spraying the stairs is no need; 止痒的药膏/驱蚊的药膏 name a medicine by what it does.
 */
export const SET_21: Probe[] = [
  ['group', '谁家有杀虫药 借我用一下 家里好多蚊子', 'none'],
  ['group', '楼道里有老鼠 谁能帮忙买点老鼠药', 'none'],
  ['group', '蟑螂药哪里能买到 急', 'none'],
  ['group', '阳台的花生虫了 谁家有农药 匀我一点', 'none'],
  ['group', '鱼缸里的鱼生病了 有没有人有鱼药', 'none'],
  ['group', '消毒药水用完了 楼道谁来喷一下', 'none'],
  ['group', '过年不能放鞭炮 火药味都闻不到了', 'none'],
  // Still requests.
  ['group', '谁家有驱蚊的药膏 孩子被咬得全是包 借我一支', 'medicine', 'items=驱蚊的药膏;qty=1'],
];

/**
 * Set 22: English words of medicine used for other things (prescription glasses, a chill pill, the
 * dog's meds, drugs in the news, a "refill" of water or gas) in the frames of a request.
 * Before any change: 7/8 ("prescription glasses" read as a need for medicine; now set aside).
 */
export const SET_22: Probe[] = [
  ['group', 'I need new prescription glasses, is any optician open?', 'none'],
  ['group', 'Someone needs to take a chill pill about the noise lol', 'none'],
  ['group', "Can anyone pick up my dog's meds from the vet? He ran out", 'none'],
  ['group', 'Police arrested someone selling drugs near the north gate', 'none'],
  ['group', 'Need a refill of drinking water, who delivers?', 'none'],
  ['group', 'Can someone refill the hand sanitizer in the lobby?', 'none'],
  ['group', 'We ran out of toilet paper, can anyone spare a roll?', 'none'],
  // Still requests.
  ['group', 'Can anyone pick up my prescription from Ruijin? Amlodipine, 2 boxes', 'medicine', 'items=amlodipine;qty=2'],
];

/**
 * Set 23: on behalf of every kind of family and neighbour (外婆, 公公, 岳父, 老丈人, 爱人, 病人家属, a
 * tenant, "my mother-in-law"), someone the bot does not know writing for a parent inside; and family
 * talk that asks for nothing.
 * Before any change: 11/11.
 */
export const SET_23: Probe[] = [
  ['group', '我外婆的降压药还剩两天 她住14号楼502 谁能帮忙配', 'medicine', 'items=降压药;days=2;door=14-502'],
  ['group', '替我公公问一下 他的前列腺的药没了 能帮忙配吗', 'medicine', 'items=前列腺的药;days=0'],
  ['private:new', '我是病人家属 人在外地 我岳父一个人住6号楼1201 他的胰岛素只剩三天 麻烦帮他配两支', 'medicine', 'items=胰岛素;qty=2;days=3;door=6-1201'],
  ['private', '帮我爱人配一盒奥美拉唑 胃又疼了', 'medicine', 'items=奥美拉唑;qty=1'],
  ['group', '老丈人的药吃完了 他不会用手机 我替他报一下 硝苯地平 两盒 8-302', 'medicine', 'items=硝苯地平;qty=2;days=0;door=8-302'],
  ['private:new', 'Hi, my mother-in-law lives at 10-1101, she needs her thyroid pills, Euthyrox, 2 boxes. She has one week left.', 'medicine', 'items=euthyrox;qty=2;days=7;door=10-1101'],
  ['group', '我的租客是个老人 他的降糖药快没了 谁能帮他配', 'medicine', 'items=降糖药;days=0'],
  // Not requests.
  ['group', '我外婆九十岁了 每天吃五种药 身体还硬朗', 'none'],
  ['group', '我岳父的药都是我老婆管的 我也搞不清', 'none'],
  ['group', '我公公住院了 药都在医院里 不用配了', 'none'],
  ['group', 'My mother-in-law says thank you for the pills, she is doing fine now', 'none'],
];

/**
 * Set 24: what is not an item or a count though it sits beside one: a maker preferred (要罗氏的, BD的),
 * a substitute allowed (没有的话换成…也行), stock at home (家里还剩１盒, 胰島素還有兩支), a variant (诺和灵30R),
 * a loan counted in 片, "get me a new one".
 * Before any change: 6/7 ("my glucose meter broke, can you get me a new one?" not read). Putting
 * the devices (血压计, glucose meter…) in the lexicon was tried and undone: residents talk of borrowing
 * and recommending them far more than they ask the team for one (dev rows and earlier probes fell), so
 * that message was left out.
 */
export const SET_24: Probe[] = [
  ['private', '血糖试纸两盒 要罗氏的', 'medicine', 'items=血糖试纸;qty=2'],
  ['private', '胰岛素针头一盒 要BD的 谢谢', 'medicine', 'items=胰岛素针头;qty=1'],
  ['group', '帮我配两盒拜新同 没有的话换成络活喜也行', 'medicine', 'items=拜新同;qty=2'],
  ['group', '家里还剩１盒阿托伐他汀 再帮我配两盒', 'medicine', 'items=阿托伐他汀;qty=2'],
  ['private', '胰島素還有兩支 想再配三支 諾和靈30R', 'medicine', 'items=诺和灵30R;qty=3'],
  ['group', '谁家有布洛芬 先借两片 明天还', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '血压计哪个牌子准 大家推荐一下', 'none'],
];

/**
 * Set 25: requests that carry the words of this round's final "no request" rules (Update:, delivered,
 * 配齐, 要处方, 配备用, 送到 and thanks in a long message, 不用换牌子了), to be sure a need is never
 * silenced by them.
 * With the rules as they stood before: 3/7 (Update:, delivered to, 配齐这几样, 配备用的 silenced a need).
 * Narrowed: "Update" is no bulletin, "delivered" only in the past, 配齐/配好 only with 了, 要处方 only as a
 * question, 配备 is not set aside, and a long story's "need met" only in the past (送到了, 出院了).
 */
export const SET_25: Probe[] = [
  ['group', "Update: my mum's insulin runs out tomorrow, can anyone help?", 'medicine', 'items=insulin;days=1'],
  ['group', 'Could 2 boxes of metformin be delivered to 7-802? I have 2 days left', 'medicine', 'items=metformin;qty=2;days=2;door=7-802'],
  ['private', '帮我配齐这几样 氨氯地平两盒 阿司匹林一盒', 'medicine', 'items=氨氯地平|阿司匹林;qty=2'],
  ['private', '要处方的药 氯硝西泮 两盒 我有处方 拍照给你', 'medicine', 'items=氯硝西泮;qty=2'],
  ['group', '谁能帮我配备用的硝酸甘油 一瓶', 'medicine', 'items=硝酸甘油;qty=1'],
  ['group', '各位邻居好 打扰大家了 我是12号楼的 家里老人有高血压和糖尿病 平时都是我去医院配药 这次封控出不去 老人的苯磺酸氨氯地平只剩三天了 想麻烦明天去医院的志愿者帮忙配两盒 钱我可以先微信转 药送到12号楼1503门口就行 真的非常感谢大家', 'medicine', 'items=苯磺酸氨氯地平;qty=2;days=3;door=12-1503'],
  ['private', '降压药吃完了 拜新同 两盒 不用换牌子了', 'medicine', 'items=拜新同;qty=2;days=0'],
];

/**
 * Set 26: talk about medicine in the group, in simplified Chinese, Shanghainese and voice input: side
 * effects, a pharmacy's or a hospital's hours, spare medicine offered, volunteers' reports, policy news,
 * prices, thanks, the bulletin quoting a request, habits, advice, stock enough, scams, pets.
 * 「降糖药和胰岛素一起用会不会低血糖」 was left out after merging the emergency family's round 4, which asks
 * about it as a possible hypo; a question about two medicines is chatter by the SPEC, reported to the lead.
 * Before any change: 61/65 (多出来一瓶碘伏…可以来拿, 送了十五户的药, 谢谢小王帮我配的药 真是及时雨 —
 * 「是及时雨」 read as naming a medicine —, 可以停了 我好开心 — 开 of 开心 read as 开药).
 */
export const SET_26: Probe[] = [
  ['group', '吃了二甲双胍老是拉肚子 有人也这样吗', 'none'],
  ['group', '氨氯地平吃了脚有点肿 是不是副作用', 'none'],
  ['group', '他汀类的药晚上吃效果好 医生说的', 'none'],
  ['group', '降压药早上吃还是晚上吃比较好', 'none'],
  ['group', '我妈吃了安眠药早上起不来 有点担心', 'none'],
  ['group', '华法林吃的时候不能吃菠菜吗', 'none'],
  ['group', '阿司匹林要饭后吃 不然伤胃', 'none'],
  ['group', '楼下那个药店几点关门', 'none'],
  ['group', '社区医院今天上午开门了 下午不开', 'none'],
  ['group', '仁济的药房周日开不开', 'none'],
  ['group', '华山医院现在能进去吗 要不要核酸报告', 'none'],
  ['group', '我这里多了三盒连花清瘟 有需要的来拿', 'none'],
  ['group', '家里多出来一瓶碘伏 谁家小孩磕破了可以来拿', 'none'],
  ['group', '今天送了十五户的药 腿都跑断了', 'none'],
  ['group', '配药小分队今天跑了瑞金和中山两家', 'none'],
  ['group', '12号楼的药都送完了 大家查收一下', 'none'],
  ['group', '新闻说下个月起慢病长处方可以开三个月', 'none'],
  ['group', '医保政策调整了 门诊配药报销比例提高了', 'none'],
  ['group', '听说互联网医院也能用医保了', 'none'],
  ['group', '药价又涨了 一盒降压药贵了五块', 'none'],
  ['group', '网上买药比医院便宜多了', 'none'],
  ['group', '进口药和国产药差这么多钱', 'none'],
  ['group', '谢谢小王帮我配的药 真是及时雨', 'none'],
  ['group', '药收到了 谢谢志愿者 辛苦你们了', 'none'],
  ['group', '感谢配药小分队 老人的药续上了', 'none'],
  ['group', '【每日通报】今日配药需求十二份 已完成十份 其中一位居民说"降压药只剩一天了" 已加急处理', 'none'],
  ['group', '【简报】10号楼李阿姨的胰岛素已于今日送达', 'none'],
  ['group', '请问胸科医院现在还看门诊吗', 'none'],
  ['group', '中山医院明天开不开 想去复查', 'none'],
  ['group', '阿拉老头子药吃了十几年了 老早习惯了', 'none'],
  ['group', '阿拉屋里厢药交关多 侬要伐 勿要客气', 'none'],
  ['group', '侬屋里老人药够伐 勿够跟阿拉讲', 'none'],
  ['group', '喂喂 听得到吗 我说药已经收到了 谢谢谢谢', 'none'],
  ['group', '那个那个 药是放在门口了吧 我去看看', 'none'],
  ['group', '我爸吃的药太多了 一天要吃八种', 'none'],
  ['group', '老人家记性不好 药经常忘记吃', 'none'],
  ['group', '家里药箱该补一补了 过期的好多', 'none'],
  ['group', '吃中药要忌口 不能吃萝卜', 'none'],
  ['group', '中药太苦了 孩子死活不肯喝', 'none'],
  ['group', '上次配的药还没吃完 这次就不报了', 'none'],
  ['group', '家里的药够吃到下个月 不用担心', 'none'],
  ['group', '我的药上周已经配好了 谢谢关心', 'none'],
  ['group', '药到了就放门卫 我下楼去拿', 'none'],
  ['group', '配药的钱我微信转给小李了', 'none'],
  ['group', '志愿者把药放错门了 已经换回来了', 'none'],
  ['group', '刚刚有人问配药的事 我已经私聊回复了', 'none'],
  ['group', '大家注意 吃药期间不要喝酒', 'none'],
  ['group', '有没有人知道布洛芬和感冒药能不能一起吃', 'none'],
  ['group', '孩子发烧退了 药就不用再吃了吧', 'none'],
  ['group', '我们家的药都是网上买的 送货很快', 'none'],
  ['group', '药店里的口罩又涨价了', 'none'],
  ['group', '现在配药要排多久的队啊', 'none'],
  ['group', '下周一配药登记截止 没报的抓紧', 'none'],
  ['group', '配药单上要写清楚药名和剂量', 'none'],
  ['group', '药名写错了会配不到 大家写仔细点', 'none'],
  ['group', '医生说这个药可以停了 我好开心', 'none'],
  ['group', '今天跑了三家药房才买到退烧药 累死了', 'none'],
  ['group', '还好上次多备了一点药 不然这次就断了', 'none'],
  ['group', '我家狗的药吃完了 宠物医院开门吗', 'none'],
  ['group', '猫咪的驱虫药谁家有推荐的', 'none'],
  ['group', '药吃多了伤肝 能少吃就少吃', 'none'],
  ['group', '降压药是不是一旦吃上就停不了', 'none'],
  ['group', '听说有人冒充志愿者代配药骗钱 大家小心', 'none'],
  ['group', '配药的志愿者真的太辛苦了 大家给他们点个赞', 'none'],
];

/**
 * Set 27: the same talk in Cantonese, Taiwanese traditional and English.
 * Before any change: 38/40 (「謝謝志工幫忙送藥」 taken; 「我媽食咗降壓藥之後成日頭暈 正唔正常」 left out
 * after: the emergency family asks about dizziness, which is its call).
 */
export const SET_27: Probe[] = [
  ['group', '邊間藥房夜晚仲有開', 'none'],
  ['group', '社區中心聽日開唔開門', 'none'],
  ['group', '我屋企多咗兩盒必理痛 有需要可以嚟攞', 'none'],
  ['group', '多謝配藥小分隊 啲藥收到晒', 'none'],
  ['group', '而家買藥貴咗好多', 'none'],
  ['group', '聽講醫院藥房要排兩個鐘', 'none'],
  ['group', '佢哋話下個禮拜先有貨', 'none'],
  ['group', '我阿爸啲藥仲夠食一個月 唔使擔心', 'none'],
  ['group', '食中藥唔好飲凍嘢', 'none'],
  ['group', '阿嬤的藥吃完了 已經請志工拿回來了 謝謝大家', 'none'],
  ['group', '慢性處方箋下個月要回診 不知道醫院開不開', 'none'],
  ['group', '這個藥要飯前吃還是飯後吃啊', 'none'],
  ['group', '藥局老闆說這個牌子缺貨', 'none'],
  ['group', '謝謝志工幫忙送藥 辛苦了', 'none'],
  ['group', '保栓通吃久了會不會容易流血', 'none'],
  ['group', '請問健保卡可以代領藥嗎', 'none'],
  ['group', '我們家的藥都還夠 謝謝關心', 'none'],
  ['group', '聽說有詐騙集團冒充志工代領藥 大家小心', 'none'],
  ['group', '今天藥局人好多 排了一個小時', 'none'],
  ['group', 'The pharmacy on the corner is closed until Monday', 'none'],
  ['group', 'Does metformin make anyone else feel nauseous?', 'none'],
  ['group', 'Thanks to the volunteers who brought my dad\'s pills yesterday!', 'none'],
  ['group', 'My meds arrived this morning, everything is fine', 'none'],
  ['group', 'Is the community clinic open on Saturday?', 'none'],
  ['group', 'Prices at the hospital pharmacy went up again', 'none'],
  ['group', 'I have extra ibuprofen if anyone needs some, just ask', 'none'],
  ['group', 'Reminder: write your flat number on the medicine request', 'none'],
  ['group', 'The medicine team delivered 20 orders today, amazing work', 'none'],
  ['group', 'Anyone know if you can take Tylenol and Advil together?', 'none'],
  ['group', 'My grandma has been on blood thinners for years, she is fine', 'none'],
  ['group', 'We still have enough insulin for a month, no worries', 'none'],
  ['group', 'Just heard the online hospital can deliver prescriptions now', 'none'],
  ['group', 'The queue at Ruijin pharmacy was crazy today', 'none'],
  ['group', 'Does anyone else keep forgetting their pills? Any app tips?', 'none'],
  ['group', 'FYI the pharmacy is out of flu medicine', 'none'],
  ['group', 'My neighbour\'s medicine was delivered to the wrong door, sorted now', 'none'],
  ['group', 'lol my cat knocked my pills off the table again', 'none'],
  ['group', 'Is it true they\'re limiting prescriptions to two weeks?', 'none'],
  ['group', 'The bot asked me for my flat number, is that normal?', 'none'],
];

/**
 * Set 28: talk about medicine in a private chat (greetings, thanks, 不用了, a mistaken message), from
 * someone the bot does not know, and under the chain and the recruit post.
 * Before any change: 31/35 (「我妈说那个药吃了胃不舒服」 left out after: the emergency family asks; 「有没有药」
 * read as 没有药, 「只有处方才能买」 as a request, 「是不是要一直吃」 asked about). Fixed: 有没有 is a question,
 * not none left; a prescription rule and 是不是/一直吃 ask for nothing.
 */
export const SET_28: Probe[] = [
  ['private', '你好 在吗', 'none'],
  ['private', '谢谢你们 上次的药很及时', 'none'],
  ['private', '我的药够吃 先不用麻烦你们', 'none'],
  ['private', '你们是哪个单位的 配药要钱吗', 'none'],
  ['private', '药已经收到了 数量对的', 'none'],
  ['private', '我女儿已经帮我买好药了 不用了 谢谢', 'none'],
  ['private', '降压药是不是要一直吃', 'none'],
  ['private', '刚才那个消息发错了 不好意思', 'none'],
  ['private', '好的 知道了', 'none'],
  ['private:new', '你好 我是新来的 想了解一下你们', 'none'],
  ['private:new', '请问这是居委会的机器人吗', 'none'],
  ['private:new', '我不是这个小区的 我朋友让我加你的', 'none'],
  ['private:new', 'Hi, just testing this bot', 'none'],
  ['private', '明天我自己去医院 不用帮我配了', 'none'],
  ['private', '谢谢 药钱我已经转了', 'none'],
  ['reply:chain', '这次团购有没有药卖', 'none'],
  ['reply:chain', '团长 能不能团点口罩和消毒液', 'none'],
  ['reply:recruit', '我家里有很多过期的药 怎么处理', 'none'],
  ['reply:recruit', '配药的活太累了 我就不报了', 'none'],
  ['group', '今天配药小分队的车停在东门 别挡路', 'none'],
  ['group', '哪位邻居知道附近有24小时药店吗', 'none'],
  ['group', '我爸的药换了新包装 差点没认出来', 'none'],
  ['group', '药盒上的字太小了 老人看不清', 'none'],
  ['group', '医生说我妈的药量可以减半了', 'none'],
  ['group', '封控以来 配药是最难的事', 'none'],
  ['group', '感谢社区 药的问题解决了', 'none'],
  ['group', '这种药只有处方才能买 药店不卖', 'none'],
  ['group', '听说有人囤药 太不应该了', 'none'],
  ['group', '我家老人药都是按周分好的', 'none'],
  ['group', 'Medicine deliveries are paused on Sunday, FYI', 'none'],
  ['group', 'My pills look different this time, same medicine though', 'none'],
  ['group', 'Pharmacy closes at 6 today', 'none'],
  ['group', 'Thank you neighbours, the inhaler worked', 'none'],
  ['group', 'He said his tablets are enough till next month', 'none'],
];

/**
 * Set 29: the fields of written-out requests: a class and a name with a strength (降血壓藥 脈優5mg), a
 * pack size beside the count (一盒28粒 要三盒, "28 tablets a box, 2 boxes"), a dose beside days
 * ("twice daily — about 6 days left"), numbered lists with ×, 两样药 各一盒, 治痛風的 before a name.
 * Before any change: 6/8 (a pack's size, 一盒28粒 and "28 tablets a box", read as the count asked for).
 */
export const SET_29: Probe[] = [
  ['group', '我的降血壓藥 脈優5mg 剩三天 麻煩志工幫忙配兩盒 10號樓1203', 'medicine', 'items=脉优;qty=2;days=3;door=10-1203'],
  ['private', '保栓通75毫克 一盒28粒 要三盒', 'medicine', 'items=保栓通;qty=3'],
  ['group', 'my dad needs Plavix 75mg, 28 tablets a box, 2 boxes please', 'medicine', 'items=plavix;qty=2'],
  ['private', 'Eliquis 5 mg twice daily, about 6 days left, could you get 3 boxes?', 'medicine', 'items=eliquis;qty=3;days=6'],
  ['group', '阿拉爷叔要配两样药:一样是拜新同 一样是倍他乐克 各一盒', 'medicine', 'items=拜新同|倍他乐克;qty=1'],
  ['private', '治痛風的秋水仙鹼 剩兩天 要一盒', 'medicine', 'items=秋水仙碱;qty=1;days=2'],
  ['group', '麻烦帮我配: 1) 氨氯地平 5mg × 2 2) 阿托伐他汀 20mg × 1', 'medicine', 'items=氨氯地平|阿托伐他汀;qty=2'],
  ['private', '二甲双胍缓释片 0.5g 三盒 格列美脲 2mg 一盒 都可以换牌子', 'medicine', 'items=二甲双胍缓释片|格列美脲;qty=3'],
];

/**
 * Set 30: under a task post (帮7号楼101独居老人取药) and under the chain: a request of one's own quoted
 * there is still medicine; talk about the task's medicine is not.
 * Before any change: 8/8.
 */
export const SET_30: Probe[] = [
  ['reply:task', '顺便问一下 我家的降压药也快没了 能不能一起帮我配两盒 5-1101', 'medicine', 'items=降压药;qty=2;days=0;door=5-1101'],
  ['reply:task', '我也要配药 二甲双胍 一盒', 'medicine', 'items=二甲双胍;qty=1'],
  ['reply:chain', '团购顺便帮我带一盒布洛芬行吗', 'medicine', 'items=布洛芬;qty=1'],
  ['reply:task', '老人吃的是什么药 我家可能有', 'none'],
  ['reply:task', '这个药医院缺货 可能要跑两家', 'none'],
  ['reply:task', '老人的药钱谁出 要不要先垫', 'none'],
  ['reply:chain', '团购里能不能加点常用药 比如感冒药', 'none'],
  ['reply:chain', '药不能团购吧 要处方的', 'none'],
];

/**
 * Set 31: whole sentences in traditional script by elderly residents of Hong Kong, Taiwan and
 * Shanghai (a phone set to traditional), with the doors and counts of each place.
 * Before any change: 9/11 (感恩 read as a name after 拿; thanks to 街坊 for 帮我阿爸配药 taken as a request).
 */
export const SET_31: Probe[] = [
  ['private', '你好 我係住喺5座1203嘅陳伯 我嘅血壓藥仲有三日就食晒 可唔可以幫我配兩盒 唔該晒', 'medicine', 'items=血压药;qty=2;days=3;door=5-1203'],
  ['group', '各位街坊 我老婆嘅糖尿病藥冇晒 邊位聽日去醫院 可唔可以幫手攞一盒 我住8座502', 'medicine', 'items=糖尿病药;qty=1;days=0;door=8-502'],
  ['private', '您好 我是住在7號樓1101的林奶奶 慢性處方箋的藥 脈優 剩五天 麻煩志工幫我領兩盒 謝謝', 'medicine', 'items=脉优;qty=2;days=5;door=7-1101'],
  ['group', '拜託各位 我先生的胰島素只剩最後一支 誰可以幫忙去醫院拿 感恩', 'medicine', 'items=胰岛素'],
  ['private', '阿拉是10號樓的 阿拉老頭子的降壓藥吃光了 儂幫幫忙 配兩盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '我阿爺嘅心臟藥仲有兩日 佢唔識用手機 我幫佢問下 邊個可以幫手配', 'medicine', 'items=心脏药;days=2'],
  ['private', '請幫我配藥:氨氯地平 兩盒 阿斯匹靈 一盒 我住3號樓602', 'medicine', 'items=氨氯地平|阿斯匹灵;qty=2;door=3-602'],
  // Not requests.
  ['group', '多謝街坊幫我阿爸配藥 而家佢精神好好多', 'none'],
  ['group', '請問慢性處方箋可以請志工代領嗎', 'none'],
  ['group', '醫院藥房今日好多人 大家唔好一齊去', 'none'],
  ['group', '阿拉老頭子個藥還有交關 勿要擔心', 'none'],
];

/**
 * Set 32: more talk about medicine in every script: habits, logistics, questions to neighbours, a
 * need already met.
 * Before any change: 23/25 (「我想给他们买点水」 read as wanting medicine; 「今天已经续上了」 not a need met).
 */
export const SET_32: Probe[] = [
  ['group', '我妈的降压药一直是我去配的 这次也不例外', 'none'],
  ['group', '配药小分队有几个人 我想给他们买点水', 'none'],
  ['group', '药的事情多亏了楼组长 大家感谢一下', 'none'],
  ['group', '今天药店的人说降压药明天到货', 'none'],
  ['group', '老人吃药最好用分药盒 不容易忘', 'none'],
  ['group', '医保卡丢了怎么办 配药还能用吗', 'none'],
  ['group', '这个月第三次配药了 医院的人都认识我了', 'none'],
  ['group', '谁家老人也在吃华法林 交流一下注意事项', 'none'],
  ['group', '我的胰岛素放冰箱里冻住了 还能用吗', 'none'],
  ['group', '吃了退烧药一个小时了 还是38度 正常吗', 'none'],
  ['group', '楼里好几个老人都在吃同一种降压药', 'none'],
  ['group', '药的说明书字太小了 谁有放大镜', 'none'],
  ['group', '现在配药要先线上预约', 'none'],
  ['group', '配药的车今天坏了 改明天去', 'none'],
  ['group', '我的药昨天断了一天 今天已经续上了', 'none'],
  ['group', '阿拉屋里厢药箱里啥药都有 侬要啥讲一声', 'none'],
  ['group', '伊拉讲药勿好随便吃的', 'none'],
  ['group', '我嘅藥已經食咗三年 醫生話可以減量', 'none'],
  ['group', '今日藥房有冇開 有冇人知', 'none'],
  ['group', '我們家的藥都有 不用擔心 謝謝大家', 'none'],
  ['group', 'Does the medicine team take cash or WeChat pay?', 'none'],
  ['group', 'Is the pharmacy in the mall open during lockdown?', 'none'],
  ['group', 'My dad refuses to take his pills, any advice?', 'none'],
  ['group', 'Got my refill, thanks! The volunteer was super quick', 'none'],
  ['group', 'Anyone else\'s insulin pen making a clicking noise?', 'none'],
];

/**
 * Set 33: eighty-year-olds dictating by voice, no punctuation, words repeated, homophones (陪药, 将压药,
 * 一到素, 阿斯皮林), numbers as heard (两合 for 两盒); and voice-dictated talk that asks for nothing.
 * Before any change: 6/9 (将压药 and 一到素 not heard as 降压药 and 胰岛素, 两合 not a count). The sound
 * groups gained 降将江酱, 到倒 and 医一以衣; a count before 合 is a count of boxes.
 */
export const SET_33: Probe[] = [
  ['private', '喂喂喂 你好你好 我要陪药我要陪药 将压药没有了 帮我配两盒 谢谢啊谢谢', 'medicine', 'items=将压药;qty=2;days=0'],
  ['group', '我是那个那个八号楼的老李 我老伴的一到素快打完了 谁明天去医院帮我带两支', 'medicine', 'items=一到素;qty=2;days=0'],
  ['private', '阿斯皮林一盒 硝苯地平两盒 我住三号楼二零五 麻烦你们了', 'medicine', 'items=阿斯皮林|硝苯地平;qty=1;door=3-205'],
  ['private', '嗯 那个 我的药 就是那个降压的 还有三天 嗯 帮我配一下 两合', 'medicine', 'items=降压的药;qty=2;days=3'],
  ['group', '喂 听得到吗 我家老头子心脏的药没了 速效救心丸 要两瓶 十一号楼一零二', 'medicine', 'items=速效救心丸;qty=2;days=0;door=11-102'],
  // Not requests.
  ['group', '喂喂 我说我说 药已经收到了 谢谢你们啊 好人好人', 'none'],
  ['group', '那个那个 我想问一下 配药是不是要带医保卡', 'none'],
  ['group', '嗯 我老伴的药 够吃的 够吃的 不用担心', 'none'],
  ['group', '喂 小王啊 你明天去医院吗 不去啊 那算了', 'none'],
];

/**
 * Set 34: voice-dictated talk about the sound-alike words set 33 taught (将, 一到, 到, 医), to be sure
 * they name nothing.
 * Before any change: 4/6, both older weaknesses: 「要下雨 配药的志愿者」 read 要…配 across two clauses,
 * 「不用再配药了」 not a decline. Fixed: wanting and its verb stand in one clause; 不用再配药了 declines.
 */
export const SET_34: Probe[] = [
  ['group', '喂喂 明天将要下雨 配药的志愿者带好伞', 'none'],
  ['group', '一到晚上我就睡不着 吃什么药都没用', 'none'],
  ['group', '药到了没有 我等了一上午了', 'none'],
  ['group', '医生说一到三天就能好 不用再配药了', 'none'],
  ['group', '那个那个 江阿姨的药我已经送过去了', 'none'],
  ['group', '我姨妈的药都是她儿子去配的', 'none'],
  // Added after the merge, in place of the two rows other families now ask about (read right as written).
  ['group', '药的事情谢谢大家 我们家都解决了', 'none'],
];

export const ROUND_4_MEDICINE: Probe[] = [...SET_1, ...SET_2, ...SET_3, ...SET_4, ...SET_5, ...SET_6, ...SET_7, ...SET_8, ...SET_9, ...SET_10, ...SET_11, ...SET_12, ...SET_13, ...SET_14, ...SET_15, ...SET_16, ...SET_17, ...SET_18, ...SET_19, ...SET_20, ...SET_21, ...SET_22, ...SET_23, ...SET_24, ...SET_25, ...SET_26, ...SET_27, ...SET_28, ...SET_29, ...SET_30, ...SET_31, ...SET_32, ...SET_33, ...SET_34];

/**
 * Round 5, set A: names the lexicon has never seen, read by their shape: dosage forms (片 胶囊
 * 缓释片 控释片 口服液 混悬液 颗粒 滴眼液 吸入剂 滴丸 膏 贴), drug-name stems (洛尔 地平 沙坦 普利
 * 他汀 生坦 嗪 唑 铁 定), brands, English generic names lower-cased, and several names in one breath.
 * Before any change: 42/50 (只够这两天 and 还可以吃四天 not days; 头孢克洛缓释胶囊 cut to 头孢, 布地奈德福莫特罗吸入剂
 * cut short; 咳藥水 after 兩樽 not found; 宝宝发烧 and 哮喘 read as names; 酒精棉球 cut; "mupirocin ointment" cut).
 * After: 50/50 (days said as 可以吃N天 / 这N天; a known name is only the start of a longer one ending in a
 * form; a form after a pause; stems 特罗 亚铁 糖铁…; conditions, people and thanks never a name by place).
 */
export const ROUND_5_SET_A: Probe[] = [
  ['private', '帮我配两盒苯磺酸左氨氯地平片 还能吃三天', 'medicine', 'items=苯磺酸左氨氯地平片;qty=2;days=3'],
  ['group', '谁明天去六院 帮我带一盒美托洛尔缓释片 我住9号楼401', 'medicine', 'items=美托洛尔缓释片;qty=1;door=9-401'],
  ['private', '我爸的缬沙坦胶囊快吃完了 麻烦配三盒', 'medicine', 'items=缬沙坦胶囊;qty=3;days=0'],
  ['private', '培哚普利 两盒 瑞舒伐他汀钙片 一盒 谢谢', 'medicine', 'items=培哚普利|瑞舒伐他汀钙片;qty=2'],
  ['group', '孩子咳嗽 家里的氨溴索口服液没了 谁能帮忙带一瓶', 'medicine', 'items=氨溴索口服液;qty=1;days=0'],
  ['private', '我老伴的替米沙坦只够这两天了 帮忙配一下', 'medicine', 'items=替米沙坦;days=2'],
  ['group', '求助 奥司他韦颗粒 孩子发烧 哪位邻居能帮忙买一盒 15号楼1102', 'medicine', 'items=奥司他韦颗粒;qty=1;door=15-1102'],
  ['private', '左氧氟沙星滴眼液用完了 眼睛发炎 能帮我配一支吗', 'medicine', 'items=左氧氟沙星滴眼液;qty=1;days=0'],
  ['private', '我的琥珀酸亚铁吃完了 医生说要一直吃 帮我配两盒', 'medicine', 'items=琥珀酸亚铁;qty=2;days=0'],
  ['group', '布地奈德福莫特罗吸入剂用完了 谁能帮我去医院配一支 哮喘', 'medicine', 'items=布地奈德福莫特罗吸入剂;qty=1;days=0'],
  ['private', '帮我买一盒氯雷他定片 过敏犯了', 'medicine', 'items=氯雷他定片;qty=1'],
  ['private', '我需要头孢克洛缓释胶囊 两盒 住6号楼203', 'medicine', 'items=头孢克洛缓释胶囊;qty=2;door=6-203'],
  ['private', 'i need 2 boxes of metformin, only 3 days left', 'medicine', 'items=metformin;qty=2;days=3'],
  ['private', 'can someone get atorvastatin for my mum, she ran out yesterday. 11-702', 'medicine', 'items=atorvastatin;days=0;door=11-702'],
  ['group', 'Need amlodipine x2 boxes pls, building 4 room 1503', 'medicine', 'items=amlodipine;qty=2;door=4-1503'],
  ['private', '我要配 硝苯地平控释片 跟 阿卡波糖 各两盒', 'medicine', 'items=硝苯地平控释片|阿卡波糖;qty=2'],
  ['group', '麻烦谁帮忙配点药 厄贝沙坦氢氯噻嗪片 一盒就够', 'medicine', 'items=厄贝沙坦氢氯噻嗪片;qty=1'],
  ['private', '我妈的甲钴胺和维生素B1都没了 帮忙配各一盒', 'medicine', 'items=甲钴胺|维生素B1;qty=1;days=0'],
  ['private', '复方丹参滴丸快没了 还有两三天 帮我带三瓶', 'medicine', 'items=复方丹参滴丸;qty=3;days=2'],
  ['private', '我家老头的多奈哌齐吃完了 老年痴呆的药 麻烦帮配', 'medicine', 'items=多奈哌齐;days=0'],
  ['private', '請幫我配 瑞舒伐他汀 兩盒 還有 安立生坦 一盒 我住在3號樓1001', 'medicine', 'items=瑞舒伐他汀|安立生坦;qty=2;door=3-1001'],
  ['private', '唔該幫我攞兩樽咳藥水 我個仔咳到瞓唔著', 'medicine', 'items=咳药水;qty=2'],
  ['group', '布洛芬混悬液 宝宝发烧 一瓶就行 谁去药店帮带一下', 'medicine', 'items=布洛芬混悬液;qty=1'],
  ['private', '胰岛素笔针头用完了 还要酒精棉球 麻烦了', 'medicine', 'items=胰岛素笔针头|酒精棉球;days=0'],
  ['private', '帮我配一下硝酸甘油片和速效救心丸 心脏不好 住十二号楼一零五', 'medicine', 'items=硝酸甘油片|速效救心丸;door=12-105'],
  ['private', '我要两盒沙库巴曲缬沙坦钠片 还剩一天', 'medicine', 'items=沙库巴曲缬沙坦钠片;qty=2;days=1'],
  ['group', '麝香壮骨膏用完了 谁去药店帮我带两盒', 'medicine', 'items=麝香壮骨膏;qty=2;days=0'],
  ['private', '我老公的拉莫三嗪还可以吃四天 麻烦帮配', 'medicine', 'items=拉莫三嗪;days=4'],
  ['private', '帮我买一盒络活喜 还剩一个礼拜', 'medicine', 'items=络活喜;qty=1;days=7'],
  ['group', '谁能帮我带立普妥 一盒 还有倍他乐克 两盒', 'medicine', 'items=立普妥|倍他乐克;qty=1'],
  ['private', '我的安博维跟格华止都只剩两天了 帮我配', 'medicine', 'items=安博维|格华止;days=2'],
  ['private', '我吃的是波立维 快没了 要一个月的量', 'medicine', 'items=波立维;days=0'],
  ['private', '盐酸二甲双胍缓释片 两盒 阿卡波糖片 三盒 住7号楼302', 'medicine', 'items=盐酸二甲双胍缓释片|阿卡波糖片;qty=2;door=7-302'],
  ['group', '@邻里 我要配药 卡托普利 一盒 12号楼1304', 'medicine', 'items=卡托普利;qty=1;door=12-1304'],
  ['group', '我婆婆的氯沙坦钾片 只剩最后一板了 谁能帮忙去社区医院配', 'medicine', 'items=氯沙坦钾片'],
  ['private', '老伴的利伐沙班没了 医生说不能停 麻烦配一盒', 'medicine', 'items=利伐沙班;qty=1;days=0'],
  ['group', '家里的蒙脱石散用完了 孩子拉肚子 谁能帮带两盒', 'medicine', 'items=蒙脱石散;qty=2;days=0'],
  ['private', '坦索罗辛缓释胶囊 一盒 非那雄胺 一盒 谢谢', 'medicine', 'items=坦索罗辛缓释胶囊|非那雄胺;qty=1'],
  ['private', 'please help me buy 2 tubes of mupirocin ointment', 'medicine', 'items=mupirocin ointment;qty=2'],
  ['group', '请问谁能帮忙配 雷贝拉唑肠溶片 我的胃药还剩三天', 'medicine', 'items=雷贝拉唑肠溶片;days=3'],
  // Not requests: the same names in talk.
  ['group', '你那个氨氯地平是几毫克的', 'none'],
  ['group', '我也在吃二甲双胍缓释片 没什么副作用', 'none'],
  ['group', '别乱吃抗生素 阿莫西林胶囊不是消炎药', 'none'],
  ['group', '我家有多的布洛芬混悬液 谁家宝宝需要来拿', 'none'],
  ['group', '药店说奥司他韦颗粒缺货 要等下周', 'none'],
  ['group', '瑞舒伐他汀和阿托伐他汀哪个好 有懂的吗', 'none'],
  ['group', 'My doctor says ibuprofen is fine with amlodipine, good to know', 'none'],
  ['group', '美托洛尔缓释片晚上吃还是早上吃好', 'none'],
  ['group', '听说缬沙坦前几年召回过 现在的还安全吗', 'none'],
  ['group', '谁知道氯雷他定片和西替利嗪哪个不犯困', 'none'],
];

/**
 * Round 5, set B: counts in words (一樽 俩 两和), how long the medicine lasts (快吃完了 只够这两天
 * 还可以吃四天 食晒 冇咗; 一个月的量 is not a count), doors inside run-ons (五号楼三零二), several
 * items (A和B, A+B 各一盒), requests for someone else (替…报, 帮…登记), a need with only a class word,
 * corrections mid-message (猫咪的药…不是 是我自己的), whole stories in private, and the talk between
 * neighbours that asks for nothing (advice, a pharmacy's hours, a need already met).
 * Before any change: 41/54 (一樽 俩 两和 not counts; 只够这两天 还可以吃四天 not days; 糖尿藥 not a name; 各要两盒 not a
 * count; 替…报 with a door read as an order; the cat-then-me correction missed; 谢谢谢谢 read as a name;
 * three reports about someone else's medicine running out taken as requests).
 * After: 54/54 (俩/樽/两和 read as counts; 各要两盒; a correction voids the pet before it; 让她自己报 and
 * 早点报 are not needs; 帮佢攞咗 is met; the group-buy's 「替…报」 keyword steps aside for medicine).
 */
export const ROUND_5_SET_B: Probe[] = [
  ['private', '幫我買一樽保濟丸 唔該', 'medicine', 'items=保济丸;qty=1'],
  ['private', '俩盒阿司匹林 谢谢', 'medicine', 'items=阿司匹林;qty=2'],
  ['private', '降压药要一个月的量 还有五天', 'medicine', 'items=降压药;days=5'],
  ['private', '帮我配降糖药 三个月的量', 'medicine', 'items=降糖药'],
  ['private', '我阿媽嘅降血壓藥食晒 幫我配兩盒', 'medicine', 'items=降血压药;qty=2;days=0'],
  ['private', '我啲糖尿藥冇咗 可唔可以幫手', 'medicine', 'items=糖尿药;days=0'],
  ['group', '我的降压药快吃完了 谁明天去医院', 'medicine', 'items=降压药;days=0'],
  ['group', '我家老人的降压药还可以吃四天 先登记一下', 'medicine', 'items=降压药;days=4'],
  ['private', '心脏的药只够这两天 麻烦了', 'medicine', 'items=心脏的药;days=2'],
  ['group', '喂喂你好我是五号楼三零二的我老伴的胰岛素只够两天了麻烦哪个志愿者帮忙配两支谢谢谢谢', 'medicine', 'items=胰岛素;qty=2;days=2;door=5-302'],
  ['group', '十二号楼一零零三 李老伯 降压药没了 一盒', 'medicine', 'items=降压药;qty=1;days=0;door=12-1003'],
  ['group', '替12号楼王阿婆报一下 她的氨氯地平吃完了 要两盒 12-102', 'medicine', 'items=氨氯地平;qty=2;days=0;door=12-102'],
  ['group', '帮隔壁8号楼601的张老师登记 阿托伐他汀一盒 他不会用手机', 'medicine', 'items=阿托伐他汀;qty=1;door=8-601'],
  ['group', '我代我婆婆报个配药 二甲双胍还有格列美脲 各两盒 她住3号楼201', 'medicine', 'items=二甲双胍|格列美脲;qty=2;door=3-201'],
  ['group', '降压药+降糖药 各一盒 9号楼505', 'medicine', 'items=降压药|降糖药;qty=1;door=9-505'],
  ['group', '阿司匹林和氯吡格雷都没了 谁能帮忙', 'medicine', 'items=阿司匹林|氯吡格雷;days=0'],
  ['group', '我需要降压药', 'medicine', 'items=降压药'],
  ['group', '有没有人能帮忙配点降压药 老人家的', 'medicine', 'items=降压药'],
  ['group', '阿拉姆妈额降压药还有两天 侬帮帮忙 配一盒好伐', 'medicine', 'items=降压药;qty=1;days=2'],
  ['private', '我家猫咪的药没了 不对不对 是我自己的降压药 吃完了', 'medicine', 'items=降压药;days=0'],
  ['private', '我老公的药 就是那个 什么来着 哦 瑞舒伐他汀 没了', 'medicine', 'items=瑞舒伐他汀;days=0'],
  ['private', '唉 我跟你说 这几天封控 我妈一个人在家 她有高血压 每天要吃苯磺酸氨氯地平 昨天打电话说只剩七天的了 我在外地回不去 能帮她配一下吗 她住十号楼七零一', 'medicine', 'items=苯磺酸氨氯地平;days=7;door=10-701'],
  ['private', '两盒拜新同 一盒倍他乐克 十一号楼六零二', 'medicine', 'items=拜新同|倍他乐克;qty=2;door=11-602'],
  ['private', '硝苯地平控释片 ２盒 住１５号楼３０１', 'medicine', 'items=硝苯地平控释片;qty=2;door=15-301'],
  ['private', 'my insulin finish. need 3 pen. room 7-1203', 'medicine', 'items=insulin;qty=3;days=0;door=7-1203'],
  ['private', 'Could you get two bottles of cough syrup for my son? We ran out.', 'medicine', 'items=cough syrup;qty=2;days=0'],
  ['group', '救命😭 宝宝的美林没了 谁家有 或者谁去药店 帮带一瓶🙏🙏', 'medicine', 'items=美林;qty=1;days=0'],
  ['private', '[捂脸]我又忘了配药 降压药还剩一天 帮帮我', 'medicine', 'items=降压药;days=1'],
  ['private', '帮我陪一下降压药 两和', 'medicine', 'items=降压药;qty=2'],
  ['private', '我的药吃晒啦 係降血脂嗰隻 阿托伐他汀 唔該幫我配一盒', 'medicine', 'items=阿托伐他汀;qty=1;days=0'],
  ['group', '各位好 我是7号楼的 我爸胃药没了 奥美拉唑 他腿不方便 谁顺路帮带一盒 我转钱', 'medicine', 'items=奥美拉唑;qty=1;days=0'],
  ['private', '降压药 降糖药 降脂药 都快吃完了 各要两盒', 'medicine', 'items=降压药|降糖药|降脂药;qty=2;days=0'],
  ['group', '谁家有多的退烧药 孩子烧到39度了 家里一颗都没了', 'medicine', 'items=退烧药;days=0'],
  ['private', '我是帮我外婆问的 她的甲状腺的药 优甲乐 下礼拜就没了 她住6号楼一单元502', 'medicine', 'items=优甲乐;door=6-1-502'],
  ['group', '老张家的降压药我帮他报一下 一盒 他家4号楼103', 'medicine', 'items=降压药;qty=1;door=4-103'],
  // Not requests.
  ['group', '降压药最好早上吃 我医生说的', 'none'],
  ['group', '小区门口的药店几点关门', 'none'],
  ['group', '老张 你的降压药配好了吗', 'none'],
  ['group', '大药房今天八点开到晚上九点', 'none'],
  ['group', '听说连花清瘟没用 大家别抢了', 'none'],
  ['group', '家里米快吃完了 谁知道哪里能买', 'none'],
  ['group', '我阿媽啲藥食晒啦 不過我已經幫佢攞咗', 'none'],
  ['group', '药我昨天已经帮王阿婆配好了 放她门口了', 'none'],
  ['private', '降压药和降糖药能一起吃吗', 'none'],
  ['group', '楼上阿姨教我 降压药要一直吃 不能停', 'none'],
  ['group', '替我谢谢那个配药的小伙子', 'none'],
  ['group', '吃晒饭未啊 今日好热', 'none'],
  ['group', '宠物医院今天开吗 我家猫咪的药快没了', 'none'],
  ['group', '我妈的降压药还有很多 够吃两个月 大家别担心', 'none'],
  ['group', '谁知道哪个药店有血压计卖', 'none'],
  ['group', '阿拉屋里厢降压药还有 侬覅担心', 'none'],
  ['group', 'Pharmacy on the corner closes at 6 today FYI', 'none'],
  ['group', '老人家药吃完了要早点报 别等到断了', 'none'],
  ['group', '隔壁王阿婆说她的药快吃完了 我让她自己在群里报', 'none'],
];

/**
 * Round 5, set C: brands nobody listed (合心爽 易善复 得每通 信立坦), names spelt out with spaces,
 * supplies counted in 个 and 根, dosage forms not yet seen (眼膏 滴剂 干混悬剂 软胶囊 口服溶液),
 * doors with units and areas inside run-ons, English names in requests, neighbours reporting for
 * neighbours, and talk about the same names and forms that asks for nothing.
 * Before any change: 36/50 (unknown brands owned 「我爸的优思弗」, 「家里金双歧」, 「信立坦还能吃五天」 or listed with counts
 * 「易善复 两盒 得每通 一盒」 not found; 眼膏 滴剂 干混悬剂 not forms; 狗皮膏药 taken for a dog's; 两贴 not a count; "1 box of
 * crestor and 2 boxes of norvasc" gave crestor the second count; 胰岛素笔芯还够三天 taken as stock at home; 「要的赶紧去买」
 * and Cantonese 「唔使麻煩」 taken as requests).
 * After: 50/50.
 */
export const ROUND_5_SET_C: Probe[] = [
  ['private', '阿 托 伐 他 汀 一盒 谢谢', 'medicine', 'items=阿托伐他汀;qty=1'],
  ['private', '帮我配两盒合心爽 还有一盒恬尔心', 'medicine', 'items=合心爽|恬尔心;qty=2'],
  ['group', '谁明天去中山医院 帮我带三盒心可舒 一盒血塞通 我住6号楼1201', 'medicine', 'items=心可舒|血塞通;qty=3;door=6-1201'],
  ['private', '我爸的优思弗快吃完了 胆囊的药 帮忙配两盒', 'medicine', 'items=优思弗;qty=2;days=0'],
  ['private', '易善复 两盒 得每通 一盒 谢谢 12号楼802', 'medicine', 'items=易善复|得每通;qty=2;door=12-802'],
  ['group', '家里金双歧吃完了 宝宝拉肚子 哪位邻居帮忙带一盒', 'medicine', 'items=金双歧;qty=1;days=0'],
  ['private', '信立坦还能吃五天 帮我配三盒', 'medicine', 'items=信立坦;qty=3;days=5'],
  ['private', 'pls get me 1 box of crestor and 2 boxes of norvasc, rm 9-1101', 'medicine', 'items=crestor|norvasc;qty=1;door=9-1101'],
  ['private', 'My mother needs her Eliquis, she has 2 days left. We live at 3-502', 'medicine', 'items=eliquis;days=2;door=3-502'],
  ['private', 'levothyroxine finished, can you help? 2 boxes. building 8 room 203', 'medicine', 'items=levothyroxine;qty=2;days=0;door=8-203'],
  ['private', 'hello, i am foreigner live 11-1501, my wife need the amoxicillin, 1 box please', 'medicine', 'items=amoxicillin;qty=1;door=11-1501'],
  ['group', '@邻里 10栋603 硝苯地平缓释片 两盒 急', 'medicine', 'items=硝苯地平缓释片;qty=2;door=10-603'],
  ['private', '我住5号楼2单元1101 我的胰岛素笔芯还够三天 要两盒 还要针头一盒', 'medicine', 'items=胰岛素笔芯|针头;qty=2;days=3;door=5-2-1101'],
  ['group', 'B区3栋502 降压药吃光了 谁能帮忙配', 'medicine', 'items=降压药;days=0;door=B区3-502'],
  ['private', '我婆婆的药 就是那个治骨质疏松的 阿仑膦酸钠 还有一个礼拜 帮配一盒', 'medicine', 'items=阿仑膦酸钠;qty=1;days=7'],
  ['private', '帮我妈配药 她住十五号楼一单元六零一 要格列齐特缓释片 两盒', 'medicine', 'items=格列齐特缓释片;qty=2;door=15-1-601'],
  ['group', '阿拉爷叔额心脏药 单硝酸异山梨酯 吃光了 啥人明朝去医院 帮伊带两盒 三号楼五零二', 'medicine', 'items=单硝酸异山梨酯;qty=2;days=0;door=3-502'],
  ['group', '唔該邊位幫我阿媽攞兩盒降血脂藥 佢仲有三日 住8座1003', 'medicine', 'items=降血脂药;qty=2;days=3;door=8-1003'],
  ['private', '請幫我領一個月的保栓通 還剩兩天 謝謝', 'medicine', 'items=保栓通;days=2'],
  ['private', '麻烦帮我买一支红霉素眼膏 眼睛发炎了', 'medicine', 'items=红霉素眼膏;qty=1'],
  ['private', '买两贴狗皮膏药 腰疼得厉害', 'medicine', 'items=狗皮膏药;qty=2'],
  ['group', '求助 宝宝的小儿布洛芬混悬滴剂用完了 谁家有 先借一瓶', 'medicine', 'items=小儿布洛芬混悬滴剂;qty=1;days=0'],
  ['private', '我要开塞露 两支 还有乳果糖口服溶液 一瓶', 'medicine', 'items=开塞露|乳果糖口服溶液;qty=2'],
  ['private', '尿袋 十个 导尿管 两根 我老伴卧床的', 'medicine', 'items=尿袋|导尿管;qty=10'],
  ['private', '血糖试纸快用完了 要两盒 采血针一盒', 'medicine', 'items=血糖试纸|采血针;qty=2;days=0'],
  ['group', '孩子支原体感染 阿奇霉素干混悬剂只剩一包 谁能帮忙买两盒', 'medicine', 'items=阿奇霉素干混悬剂;qty=2'],
  ['private', '天王补心丸 逍遥丸 各一盒', 'medicine', 'items=天王补心丸|逍遥丸;qty=1'],
  ['private', '我要三盒藿香正气软胶囊', 'medicine', 'items=藿香正气软胶囊;qty=3'],
  ['group', '老母亲吃的华法林钠片还剩一个礼拜 谁能帮我配一下 我在外地 她住7号楼101', 'medicine', 'items=华法林钠片;days=7;door=7-101'],
  ['private', '就是那个治前列腺的 叫什么坦索罗辛 给我配两盒啊 我八号楼一零二的', 'medicine', 'items=坦索罗辛;qty=2;door=8-102'],
  ['private', '你好 我是12号楼的 我想配点感冒药 家里没有了', 'medicine', 'items=感冒药;days=0'],
  ['group', '有人能帮忙带点创可贴和碘伏吗 孩子摔破了', 'medicine', 'items=创可贴|碘伏'],
  ['private:new', '我住阳光小区4号楼1102 独居 我的降压药苯磺酸氨氯地平片没了 能帮我配一盒吗', 'medicine', 'items=苯磺酸氨氯地平片;qty=1;days=0;door=4-1102'],
  ['private', '替隔壁李阿姨问一下 她的甲钴胺片吃完了 能帮她配吗 她住6号楼303', 'medicine', 'items=甲钴胺片;days=0;door=6-303'],
  ['group', '我帮楼下孙爷爷报个配药 他的二甲双胍还剩三天 要两盒 9-101', 'medicine', 'items=二甲双胍;qty=2;days=3;door=9-101'],
  // Not requests.
  ['group', '红霉素眼膏对麦粒肿有用吗', 'none'],
  ['group', '药房的阿姨说狗皮膏药不能贴太久', 'none'],
  ['group', '药店明天开到几点 有人知道吗', 'none'],
  ['group', '我们楼的药都是小张去配的 他人很好', 'none'],
  ['group', '阿奇霉素干混悬剂怎么冲 一包兑多少水', 'none'],
  ['group', '等会儿我去药店 谁要带东西跟我说', 'none'],
  ['group', '社区医院配药要排队两个小时 大家早点去', 'none'],
  ['group', 'Anyone know if Crestor and rosuvastatin are the same thing?', 'none'],
  ['group', 'The pharmacy at Jing\'an closes at 8pm on weekends', 'none'],
  ['group', '我家老头子吃了金双歧 拉肚子好了 推荐给大家', 'none'],
  ['group', '降压药别自己乱停 我邻居停了就住院了', 'none'],
  ['group', '感冒药我家还有一大堆 不用给我配', 'none'],
  ['group', '你们配药是免费的吗 还是要自己出钱', 'none'],
  ['group', '楼下药店的口罩到了 要的赶紧去买', 'none'],
  ['group', '啲藥我自己去攞得 唔使麻煩', 'none'],
];


/**
 * Round 5, set D: needs told as whole stories in private, corrections of the name itself (「氨氯地平 啊不对
 * 是硝苯地平」), counts that are no count (几盒, 半瓶, 一个月的量), days said as 撑/断, medicated oils and
 * sprays, full-width forms, quote-replies, requests for parents and neighbours; and the talk around
 * medicine that asks for nothing (met, bought elsewhere, advice, offers, questions, thanks).
 * Before any change: 40/50 (the stock 「阿司匹林还有」 and the short 「单硝酸」 not seen as the names in full; a name
 * taken back 「氨氯地平 啊不对 是硝苯地平」 kept; oils 驱风油 风油精 红花油 not names; 「配几盒阿司匹林」 in private not a
 * request; 具体 and 老寒腿又疼 read as names, "She has" too; 「随便哪个 …带一瓶」 no count; 「你们家的药吃完了要说啊」
 * taken as a request). Two rows were moved out as other families' (reported): 「@邻里 帮我登记一下 降压药 一盒 …
 * 我住13号楼 602」 (the home reading takes 登记 as talk of a home, 0.9 beside medicine's 0.98, so it asks) and
 * 「硝酸甘油 要一瓶 备着 万一心绞痛」 (万一, in case, read as an emergency).
 * After: 48/48.
 */
export const ROUND_5_SET_D: Probe[] = [
  ['private', '你好 打扰了 我是7号楼的小林 我外婆和我们住 她八十五了 有冠心病 一直吃单硝酸异山梨酯缓释片 还有阿司匹林肠溶片 本来上周要去复诊的 结果封了 现在单硝酸只剩三天了 阿司匹林还有 能不能帮忙配两盒单硝酸 感谢', 'medicine', 'items=单硝酸异山梨酯缓释片;qty=2;days=3'],
  ['private', '帮我配两盒氨氯地平 啊不对 是硝苯地平 我看错了', 'medicine', 'items=硝苯地平;qty=2'],
  ['private', '我要配降压药 哦不是 降糖药 二甲双胍 两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '给我老爸配药 他那个瑞舒伐他汀 明天就断了', 'medicine', 'items=瑞舒伐他汀;days=1'],
  ['private', '降压药还能撑两天 麻烦配一下', 'medicine', 'items=降压药;days=2'],
  ['private', '我老豆嘅驅風油用晒 唔該幫手買兩樽', 'medicine', 'items=驱风油;qty=2;days=0'],
  ['group', '我嘅哮喘藥冇咗 邊位可以幫手', 'medicine', 'items=哮喘药;days=0'],
  ['group', '阿拉屋里厢老太婆额胰岛素针头用光了 啥人有多额 借两盒', 'medicine', 'items=胰岛素针头;qty=2;days=0'],
  ['private', '我要一大盒创可贴', 'medicine', 'items=创可贴;qty=1'],
  ['private', '配几盒阿司匹林 具体几盒你看着办', 'medicine', 'items=阿司匹林'],
  ['private', '帮我妈配一个月的量 她吃的是厄贝沙坦 还剩三天', 'medicine', 'items=厄贝沙坦;days=3'],
  ['private', 'Hi, my father is out of his heart pills (bisoprolol). Could someone get 2 boxes? 14-302', 'medicine', 'items=bisoprolol;qty=2;days=0;door=14-302'],
  ['private', 'Running low on Ventolin, maybe 3 days left. Can you help?', 'medicine', 'items=ventolin;days=3'],
  ['private', 'we need paracetamol for the kids, none left at home', 'medicine', 'items=paracetamol;days=0'],
  ['group', '有冇人有多嘅退燒藥 我個女燒到39度 屋企一粒都冇', 'medicine', 'items=退烧药;days=0'],
  ['group', '急!!宝宝的美林用完了 谁家有 借我半瓶也行 8-1-302', 'medicine', 'items=美林;days=0;door=8-1-302'],
  ['group', '我帮我们楼的刘奶奶问问 她的降压药就剩这两天的了 她不会用微信 她住5号楼101', 'medicine', 'items=降压药;days=2;door=5-101'],
  ['private', '邻里你好 我是替我爸问的 他住2号楼904 心脏药 倍他乐克 没了', 'medicine', 'items=倍他乐克;days=0;door=2-904'],
  ['private', '那个二甲双胍 我记得还有的 结果找了一圈没找到 帮我配两盒吧', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', 'Could you please help order my mum\'s insulin? Novorapid, 3 pens. She has one pen left.', 'medicine', 'items=novorapid;qty=3'],
  ['group', '老公痛风又犯了 秋水仙碱没了 谁家有 先借几片', 'medicine', 'items=秋水仙碱;days=0'],
  ['private', '帮我配：拜阿司匹灵　１盒，立普妥　２盒。', 'medicine', 'items=拜阿司匹灵|立普妥;qty=1'],
  ['group', '谁明天去瑞金 带一盒降压药 我住十栋二零一 钱微信转你', 'medicine', 'items=降压药;qty=1;door=10-201'],
  ['group', '「陈阿姨:我的药快吃完了」 @邻里 陈阿姨是我妈 她的降压药 氨氯地平 帮她登记一下 3号楼401', 'medicine', 'items=氨氯地平;days=0;door=3-401'],
  ['private', '请帮我买一瓶云南白药气雾剂 扭到脚了', 'medicine', 'items=云南白药气雾剂;qty=1'],
  ['private', '家里的风油精用完了 帮我带一瓶', 'medicine', 'items=风油精;qty=1;days=0'],
  ['group', '红花油 活络油 随便哪个 谁能帮带一瓶 老寒腿又疼了', 'medicine', 'items=红花油|活络油;qty=1'],
  ['private', '胃药吃完了 就是那个铝碳酸镁咀嚼片 要三盒', 'medicine', 'items=铝碳酸镁咀嚼片;qty=3;days=0'],
  // Not requests.
  ['group', '我爸的降压药昨天已经配到了 谢谢小王', 'none'],
  ['group', '谁知道附近哪家药店有胰岛素针头卖', 'none'],
  ['group', '老人家的药一定要看有效期 我家上次差点吃了过期的', 'none'],
  ['group', '大家注意 配药志愿者明天只去瑞金医院', 'none'],
  ['group', '我的降压药还够吃两个月 暂时不用', 'none'],
  ['group', '布洛芬和美林是一个东西吗', 'none'],
  ['group', '医生说降压药不能随便换牌子', 'none'],
  ['private', '药收到了 就是少了一盒 不过没关系', 'none'],
  ['group', '我家也有个老人吃二甲双胍 十几年了', 'none'],
  ['group', '谁家孩子发烧了 我家有退烧贴 可以送', 'none'],
  ['group', '阿拉老头子额药 上礼拜就配好了 谢谢侬', 'none'],
  ['group', '樓下藥房今日開到幾點', 'none'],
  ['group', 'My insulin arrived this morning, thank you team!', 'none'],
  ['group', '今天的药都送完了 一共十二户', 'none'],
  ['group', '有人吃过拜新同吗 感觉怎么样', 'none'],
  ['group', '胰岛素针头能重复用吗', 'none'],
  ['group', '我妈的药吃完了 我已经在京东买了 明天到', 'none'],
  ['group', '你们家的药吃完了要说啊 别不好意思', 'none'],
  ['group', '配药的钱怎么给 微信还是现金', 'none'],
  ['group', '风油精这种东西家家都有吧', 'none'],
];


/**
 * Round 5, set E: doors in every local form (5幢302室, 168弄5号302, ５＃３０２, 11栋2单元402, a building
 * alone), counts as ranges and strips (两三盒, 两板, 盒 alone, ×２, "x2", "2 packs"), days as ranges,
 * horizons and outages (四五天, 后天就没了, 撑到周五, 断了两天, 半个月, "enough for tomorrow"), supplies
 * and vitamins, requests passed on for a neighbour; and talk about medicine between neighbours.
 * Before any change: 43/50 ("only enough for tomorrow" no days; 「能不能周四前送到」 no request; 维生素C泡腾片 cut at its
 * variant; 「家里的喝完了」 no days; 保济丸 before 同埋 not a name; 「一支丁酸氢化…」 kept its count as a salt; 「谁要配药的 …
 * 报给楼组长」 and 「从药店回来 布洛芬都卖光了」 (回来 read as 来, wanting) taken as requests).
 * After: 50/50.
 */
export const ROUND_5_SET_E: Probe[] = [
  ['group', '5幢302室 老人降压药两三盒 都行 还有四五天', 'medicine', 'items=降压药;qty=2;days=4;door=5-302'],
  ['private', '168弄5号302 二甲双胍缓释片 两板', 'medicine', 'items=二甲双胍缓释片;qty=2;door=5-302'],
  ['group', '５＃３０２ 阿托伐他汀 ×２ 急', 'medicine', 'items=阿托伐他汀;qty=2;door=5-302'],
  ['private', '我住七栋一零一 胰岛素后天就没了 要两支', 'medicine', 'items=胰岛素;qty=2;days=2;door=7-101'],
  ['private', '降压药今天最后一颗了 明天起就断了', 'medicine', 'items=降压药;days=0'],
  ['private', '我的甲钴胺已经断了两天了 帮我配', 'medicine', 'items=甲钴胺;days=0'],
  ['private', 'metformin 500mg, 3 boxes please, only enough for tomorrow', 'medicine', 'items=metformin;qty=3;days=1'],
  ['private', 'Can you get Lipitor for me? 2 packs. I have about a week left.', 'medicine', 'items=lipitor;qty=2;days=7'],
  ['group', 'Anyone going to the hospital tomorrow? Need Panadol x2 for my son, 6-1203', 'medicine', 'items=panadol;qty=2;door=6-1203'],
  ['private', '帮我带盒布洛芬', 'medicine', 'items=布洛芬;qty=1'],
  ['private', '降压药 撑到周五 能不能周四前送到', 'medicine', 'items=降压药'],
  ['private', '我这降糖药还剩半个月 提前登记下 要三盒', 'medicine', 'items=降糖药;qty=3;days=15'],
  ['group', '有没有邻居能帮忙买一盒达喜 胃疼了一晚上 11栋2单元402', 'medicine', 'items=达喜;qty=1;door=11-2-402'],
  ['private', '我老婆的叶酸片吃完了 她怀孕了 要两瓶', 'medicine', 'items=叶酸片;qty=2;days=0'],
  ['private', '帮我配 左甲状腺素钠片 一盒 50微克的', 'medicine', 'items=左甲状腺素钠片;qty=1'],
  ['private', '那个我妈的药 美多芭 还有10片 大概五天 帮配两盒', 'medicine', 'items=美多芭;qty=2;days=5'],
  ['group', '急需硝酸甘油 家里的过期了 谁家有 2号楼1101', 'medicine', 'items=硝酸甘油;door=2-1101'],
  ['private', '麻烦配一盒氯化钾缓释片 还有一盒螺内酯 我住9栋', 'medicine', 'items=氯化钾缓释片|螺内酯;qty=1'],
  ['private', '我想要点维生素C泡腾片 家里的喝完了', 'medicine', 'items=维生素C泡腾片;days=0'],
  ['private', '卡左双多巴控释片 两盒 不能换 我爸帕金森', 'medicine', 'items=卡左双多巴控释片;qty=2'],
  ['group', 'Mum\'s out of her thyroid pills, Euthyrox. Can someone pick up 2 boxes? Block 3, 1502', 'medicine', 'items=euthyrox;qty=2;days=0;door=3-1502'],
  ['private', '降压药的话 我吃的是 施慧达 只剩两片了 帮我配', 'medicine', 'items=施慧达'],
  ['private', '医生给我开的是 奥美拉唑肠溶胶囊 一天一粒 还有七粒 麻烦帮配两盒', 'medicine', 'items=奥美拉唑肠溶胶囊;qty=2'],
  ['group', '12号楼的李奶奶托我问 她的阿卡波糖还能吃三天 谁能帮配 她住12号楼603', 'medicine', 'items=阿卡波糖;days=3;door=12-603'],
  ['private', '我要开一点安眠药 艾司唑仑 一盒就好', 'medicine', 'items=艾司唑仑;qty=1'],
  ['private', '儿子的孟鲁司特钠咀嚼片吃完了 哮喘的 要两盒', 'medicine', 'items=孟鲁司特钠咀嚼片;qty=2;days=0'],
  ['private', '幫我阿爸攞兩盒保濟丸同埋一樽驅風油', 'medicine', 'items=保济丸|驱风油;qty=2'],
  ['private', '您好 想請志工幫忙領藥 是高血壓的藥 脈優 一盒 還有冠脂妥 兩盒 我住5號樓1201', 'medicine', 'items=脉优|冠脂妥;qty=1;door=5-1201'],
  ['private', '喂你好我要配药我是十栋二零三的我老伴的那个硝苯地平控释片还有两天就没了麻烦配三盒谢谢', 'medicine', 'items=硝苯地平控释片;qty=3;days=2;door=10-203'],
  ['group', '不好意思打扰大家 我家宝宝湿疹 需要一支丁酸氢化可的松乳膏 谁去药店能帮带吗 钱我转', 'medicine', 'items=丁酸氢化可的松乳膏;qty=1'],
  // Not requests.
  ['group', '5号楼302的阿姨 你要的降压药我明天去配', 'none'],
  ['group', '谁要配药的 今晚八点前报给楼组长', 'none'],
  ['group', '我刚从药店回来 布洛芬都卖光了', 'none'],
  ['group', '今天去瑞金配药的志愿者回来了吗', 'none'],
  ['group', '我婆婆吃美多芭十年了 效果还行', 'none'],
  ['group', 'If anyone needs Panadol I have a spare box', 'none'],
  ['group', '请问配药可以用医保吗 还是全自费', 'none'],
  ['group', '降压药和西柚汁不能一起吃 大家注意', 'none'],
  ['group', '我家的药够吃到月底 谢谢关心', 'none'],
  ['group', '药店门口排队好长 别去了', 'none'],
  ['group', '这两天降温 老人家注意保暖 药按时吃', 'none'],
  ['group', '上次帮我配药的那个小伙子叫什么 想谢谢他', 'none'],
  ['group', '布洛芬混悬液和对乙酰氨基酚能交替吃吗', 'none'],
  ['group', '胰岛素一支多少钱 医保能报多少', 'none'],
  ['group', '我家附近的药店说要凭健康码才能进', 'none'],
  ['group', '哪位知道达喜是饭前吃还是饭后吃', 'none'],
  ['group', '老王 你家阿姨的药我帮你带回来了 放你门口', 'none'],
  ['group', 'The pharmacy on Wanhangdu Rd has Panadol in stock now', 'none'],
  ['group', '大家家里的常用药备足了吗 没备的抓紧', 'none'],
  ['group', '阿拉姆妈额药 吃了交关年数了 老灵额', 'none'],
];


/**
 * Round 5, set F: forms filled in line by line (姓名/门牌/药名/数量/剩余), lists of three said with 、 and
 * 各, a phone number beside the need, voice homophones of names (二甲双瓜, 硝苯地坪, 阿莫西临), keycap
 * digits, the class of medicine alone in the group (胃药, 退烧药, 创可贴), and the offers and questions
 * around it that ask for nothing.
 * Before any change: 37/40 (「剩余:3天」 no days; 「需要的来8号楼602拿」, an offer, taken as a request; and
 * 「孩子发烧39度 先物理降温还是直接吃退烧药」 read as emergency.ask, moved out as the emergency family's, reported).
 * After: 39/39.
 */
export const ROUND_5_SET_F: Probe[] = [
  ['private', '姓名:王建国\n门牌:5-302\n药名:氨氯地平片\n数量:2盒\n剩余:3天', 'medicine', 'items=氨氯地平片;qty=2;days=3;door=5-302'],
  ['private', '药名 厄贝沙坦片\n数量 3盒\n住址 8号楼1202', 'medicine', 'items=厄贝沙坦片;qty=3;door=8-1202'],
  ['private', '帮我老妈配三样药:氨氯地平、阿托伐他汀、二甲双胍 各一盒', 'medicine', 'items=氨氯地平|阿托伐他汀|二甲双胍;qty=1'],
  ['private', '复方丹参滴丸和速效救心丸各两瓶 我爸心脏不好', 'medicine', 'items=复方丹参滴丸|速效救心丸;qty=2'],
  ['group', '我妈的二甲双瓜吃完了 谁能帮忙配两盒 电话13812345678', 'medicine', 'items=二甲双瓜;qty=2;days=0'],
  ['private', '硝苯地坪控释片 两盒 还有三天', 'medicine', 'items=硝苯地坪控释片;qty=2;days=3'],
  ['private', '阿莫西临胶囊 一盒 嗓子发炎', 'medicine', 'items=阿莫西临胶囊;qty=1'],
  ['private', '布洛芬 2️⃣盒 谢谢', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '有没有人能帮忙配点胃药 我胃疼两天了', 'medicine', 'items=胃药'],
  ['group', '急需退烧药 孩子烧到39度 8号楼602', 'medicine', 'items=退烧药;door=8-602'],
  ['group', '谁家有创可贴 借两片 手划破了', 'medicine', 'items=创可贴;qty=2'],
  ['group', '谁家有多的感冒药 我们一家三口都中招了', 'medicine', 'items=感冒药'],
  ['private', '我的血压药只剩下一个礼拜的了 想提前配 两盒', 'medicine', 'items=血压药;qty=2;days=7'],
  ['private', '你好 我是独居老人 耳朵不好 我要配降压药 叫厄贝沙坦 两盒 谢谢你们', 'medicine', 'items=厄贝沙坦;qty=2'],
  ['private', 'Hello, I live in 9-702. My son has asthma and his inhaler is almost empty. Could someone get one Ventolin inhaler?', 'medicine', 'items=ventolin inhaler;qty=1;days=0;door=9-702'],
  ['private', 'I need some cold medicine, nothing special, one box is fine', 'medicine', 'items=cold medicine;qty=1'],
  ['group', '哪位好心人帮忙带两盒蒙脱石散 小孩拉肚子 我住3栋1单元501', 'medicine', 'items=蒙脱石散;qty=2;door=3-1-501'],
  ['private', '我外公的安宫牛黄丸没了 家里备着的 想再配一盒', 'medicine', 'items=安宫牛黄丸;qty=1;days=0'],
  ['group', '@邻里 4号楼203 张阿姨 降糖药 格列美脲 一盒 还剩两天', 'medicine', 'items=格列美脲;qty=1;days=2;door=4-203'],
  ['private', '我需要胰岛素 诺和锐 三支 还有针头一盒 快没了', 'medicine', 'items=诺和锐|针头;qty=3;days=0'],
  ['private', '帮我买瓶碘伏 还有一包棉签', 'medicine', 'items=碘伏|棉签;qty=1'],
  ['group', '阿拉老头子格列齐特吃光了 啥人好帮帮忙 配两盒 十二号楼三零一', 'medicine', 'items=格列齐特;qty=2;days=0;door=12-301'],
  ['private', '唔該幫我配三盒二甲雙胍 仲有一日就冇', 'medicine', 'items=二甲双胍;qty=3;days=1'],
  ['private', '我爸的药 降压的 叫什么 拜什么同 还剩三天', 'medicine', 'items=降压的药;days=3'],
  ['private', '配药 缬沙坦胶囊80mg 2盒 可以替换', 'medicine', 'items=缬沙坦胶囊;qty=2'],
  // Not requests.
  ['group', '我家的降压药还有很多 谁要可以来拿', 'none'],
  ['group', '胃药饭前吃效果好还是饭后', 'none'],
  ['group', '我老公也是拉肚子 吃了蒙脱石散好多了', 'none'],
  ['group', '创可贴我家有 需要的来8号楼602拿', 'none'],
  ['group', '感冒药买不到 药店都空了', 'none'],
  ['group', '谁知道格列美脲和二甲双胍能一起吃吗', 'none'],
  ['group', '我外婆以前也吃安宫牛黄丸 说是保命的', 'none'],
  ['group', '今天降压药送到了三户 还有两户明天送', 'none'],
  ['group', '胰岛素针头一次性的 别重复用', 'none'],
  ['group', '碘伏和酒精哪个消毒好', 'none'],
  ['group', '阿拉屋里厢胃药交关多 侬要就讲', 'none'],
  ['group', 'Does anyone know a good cold medicine for kids?', 'none'],
  ['group', 'Just got my Ventolin, thanks whoever dropped it off', 'none'],
  ['group', '药的事情我已经私聊机器人了 谢谢大家', 'none'],
];


/**
 * Round 5, set G: the people of a locked-down compound, each in their own way: a Japanese, a Korean
 * and an Indian resident mixing their language and English, a dialysis and a transplant patient, a
 * pregnant woman, a deaf resident who only types, a grandson writing from another city, a building
 * lead's list at 2 a.m., a pharmacist and a night nurse asking for their own, a rider and migrant
 * workers, Taiwanese and Hong Kong grandmothers; and their chatter that asks for nothing.
 * Before any change: 33/38 (醋酸钙 beside a known name and 黄体酮 not found; "enough only for today" no days; a joke
 * 「🆘 开玩笑的 我的薯片吃完了」 and 「藥還有 不用幫她配」 taken as requests).
 * After: 38/38.
 */
export const ROUND_5_SET_G: Probe[] = [
  ['private', 'すみません、I am Japanese, 7-803. My blood pressure medicine, amlodipine, 2 days left. Please help buy 2 boxes', 'medicine', 'items=amlodipine;qty=2;days=2;door=7-803'],
  ['private', '안녕하세요 I live 4-1101. I need my diabetes medicine, metformin, one box. 감사합니다', 'medicine', 'items=metformin;qty=1;door=4-1101'],
  ['private', '저는 한국 사람이에요. my stomach medicine finished. can someone buy? 10-202', 'medicine', 'items=stomach medicine;days=0;door=10-202'],
  ['private', 'Namaste, my father needs telmisartan 40mg, 2 strips, only 3 days left, 6-1502', 'medicine', 'items=telmisartan;qty=2;days=3;door=6-1502'],
  ['private', '我们家透析病人的碳酸镧咀嚼片只剩两天了 麻烦帮配三盒 14号楼702', 'medicine', 'items=碳酸镧咀嚼片;qty=3;days=2;door=14-702'],
  ['private', '司维拉姆 一盒 醋酸钙 两盒 透析要用的 谢谢', 'medicine', 'items=司维拉姆|醋酸钙;qty=1'],
  ['private', '我是肾移植的 他克莫司胶囊 还有四天 一天都不能断 拜托帮我配两盒', 'medicine', 'items=他克莫司胶囊;qty=2;days=4'],
  ['private', '我怀孕32周了 医生开的黄体酮和钙片都吃完了 能帮忙买吗', 'medicine', 'items=黄体酮|钙片;days=0'],
  ['private', '我是聋人 不能打电话 只能打字 我的降压药 只有两天 请帮我 配 两盒 我住 3号楼 1003', 'medicine', 'items=降压药;qty=2;days=2;door=3-1003'],
  ['private:new', '我是6号楼802王奶奶的孙子 我在北京 奶奶的降压药没了 她不会用手机 能不能帮她配 苯磺酸氨氯地平 两盒', 'medicine', 'items=苯磺酸氨氯地平;qty=2;days=0;door=6-802'],
  ['group', '12号楼汇总:1101 降压药两盒 1203 胰岛素一盒 1502 阿司匹林一盒 麻烦明天统一配', 'medicine', 'items=降压药|胰岛素|阿司匹林;qty=2;door=12-1101'],
  ['private', '我自己是药剂师 但医院进不去 我要的是 瑞格列奈片 1mg 两盒 住5号楼1803', 'medicine', 'items=瑞格列奈片;qty=2;door=5-1803'],
  ['private', '我是夜班护士 白天睡觉 我爸的华法林还剩三天 麻烦帮配一盒 他住2号楼401 我下班了去拿', 'medicine', 'items=华法林;qty=1;days=3;door=2-401'],
  ['private', '我是外卖员 被封在小区里了 我有胃病 奥美拉唑吃完了 谁能帮忙买一盒', 'medicine', 'items=奥美拉唑;qty=1;days=0'],
  ['group', '我们五个人住一起 有两个发烧 需要布洛芬 一盒就够 9号楼101', 'medicine', 'items=布洛芬;qty=1;door=9-101'],
  ['private', '拜託志工 阿嬤的保栓通剩一天 還要一盒脈優 我住在11號樓203', 'medicine', 'items=保栓通|脉优;days=1;door=11-203'],
  ['private', '我 的 胰 岛 素 没 有 了 请 帮 我 配 两 支', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['private', '💊没了😭 降糖药 格列美脲 🆘 两盒 5号楼 1201', 'medicine', 'items=格列美脲;qty=2;days=0;door=5-1201'],
  ['private', '[捂脸]我妈又把药弄丢了 硝苯地平控释片 再配两盒吧', 'medicine', 'items=硝苯地平控释片;qty=2'],
  ['group', '@鄰里 我阿嫲嘅降血壓藥仲有兩日 唔該幫手配兩盒 住7座1201', 'medicine', 'items=降血压药;qty=2;days=2;door=7-1201'],
  ['private', '上周报的降压药到现在还没送来 现在只剩一天了 能不能快点', 'medicine', 'items=降压药;days=1'],
  ['private', '阿托伐他汀 还够吃两周 想先配好', 'medicine', 'items=阿托伐他汀;days=14'],
  ['private', 'enough only for today, my dad\'s warfarin. please get 1 box', 'medicine', 'items=warfarin;qty=1;days=0'],
  ['private', '降压药够吃到后天 麻烦帮我配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
  // Not requests.
  ['group', '作为药剂师提醒一下 阿司匹林肠溶片要空腹吃', 'none'],
  ['group', '我是夜班护士 白天需要睡觉 楼上装修能不能小声点', 'none'],
  ['group', '透析的病人家属注意 明天透析中心照常开', 'none'],
  ['group', '[旺柴] 我家的药比我吃的饭还多', 'none'],
  ['group', '[强][强] 药收到了', 'none'],
  ['group', '감사합니다 thanks for the medicine yesterday', 'none'],
  ['group', '🆘 开玩笑的 我的薯片吃完了', 'none'],
  ['group', '阿嬤說藥還有 不用幫她配 謝謝大家', 'none'],
  ['group', '凌晨2点还在统计药品 楼组长太辛苦了', 'none'],
  ['group', '解封了吗 我想自己去医院配药', 'none'],
  ['group', '听说明天解封 是谣言吧 药店还是关的', 'none'],
  ['group', '[抱拳] 感谢药剂师邻居昨天的建议 我妈现在好多了', 'none'],
  ['group', 'Is it true the hospital pharmacy only gives 2 weeks of medicine now?', 'none'],
  ['group', '住我对门的日本邻居说他的药够了 大家不用担心', 'none'],
];


/**
 * Round 5, set H: private chats with the bot. Needs told the way a lonely eighty-year-old tells them
 * (the whole life first, the medicine last), a grandson typing for his grandmother, a returning
 * resident, an oncology patient's carer; and private messages that are only talk, thanks, worries
 * and questions, which must record nothing.
 * Before any change: 26/30 (「每天吃一片苯磺酸…」: the dose read as a name and a count; 「家里止咳糖浆」 kept 家里;
 * "needs her Betaloc, only 1 day left" not read; 「降压药能不能晚上吃」 taken as a request).
 * After: 30/30.
 */
export const ROUND_5_SET_H: Probe[] = [
  ['private', '我跟你说啊 我老伴走了三年了 我一个人住 高血压十几年了 每天吃一片苯磺酸氨氯地平 以前都是女儿帮我配 现在她被封在浦东 我这药还有四天 你们能不能帮我配三盒 我住6号楼702 麻烦你们了 好人一生平安', 'medicine', 'items=苯磺酸氨氯地平;qty=3;days=4;door=6-702'],
  ['private', '小邻你好 我又来麻烦你了 上次配的二甲双胍吃得差不多了 还剩两天 再帮我配两盒好吗', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['private', '我老头子昨晚咳了一夜 家里止咳糖浆喝光了 能帮我买一瓶吗 川贝枇杷膏也行', 'medicine', 'items=止咳糖浆;qty=1;days=0'],
  ['private', 'My wife is pregnant and she ran out of her prenatal vitamins. Could someone grab a bottle? We are at 15-1001', 'medicine', 'items=prenatal vitamins;qty=1;days=0;door=15-1001'],
  ['private', '我不会打字 让孙子帮我打的 奶奶的阿司匹林肠溶片没有了 要两盒 8号楼102', 'medicine', 'items=阿司匹林肠溶片;qty=2;days=0;door=8-102'],
  ['private', '邻里 我问你个事 我的降压药快吃完了 你们能不能帮我配', 'medicine', 'items=降压药;days=0'],
  ['private', '你好 请问是这里配药吗 我要配两盒拜新同', 'medicine', 'items=拜新同;qty=2'],
  ['private', '那个 我想配点药 感冒了 头疼 嗓子也疼 随便什么感冒药都行 一盒', 'medicine', 'items=感冒药;qty=1'],
  ['private', '早上好☀️ 又要麻烦你们了 我的优甲乐还有一周的量 先报一下 两盒', 'medicine', 'items=优甲乐;qty=2;days=7'],
  ['private', '我爱人是癌症病人 止痛的吗啡缓释片只剩三天了 要去肿瘤医院开 有办法吗', 'medicine', 'items=吗啡缓释片;days=3'],
  ['private', 'Sorry to bother, my grandma (6-302) needs her Betaloc, only 1 day left', 'medicine', 'items=betaloc;days=1;door=6-302'],
  ['private', '我想问一下 我的药还剩两天了 你们是不是能帮我配 是那个心脏的 地高辛', 'medicine', 'items=地高辛;days=2'],
  ['private', '嗯嗯 就是降压药 厄贝沙坦氢氯噻嗪 一盒', 'medicine', 'items=厄贝沙坦氢氯噻嗪;qty=1'],
  ['private', '你好呀 我是住在十一号楼的刘阿姨 我家老李的降糖药格列齐特缓释片 吃完了 帮我们配两盒 谢谢哦', 'medicine', 'items=格列齐特缓释片;qty=2;days=0'],
  // Only talk.
  ['private', '我今天好孤单 想找人说说话', 'none'],
  ['private', '我女儿在美国 好久没回来了 封控了更回不来', 'none'],
  ['private', '我老伴总忘记吃药 有什么办法吗', 'none'],
  ['private', '谢谢你们上次送的药 我吃了好多了', 'none'],
  ['private', '配药要钱吗', 'none'],
  ['private', '今天天气不错 我在阳台晒太阳', 'none'],
  ['private', '药是谁送来的 我想谢谢他', 'none'],
  ['private', '我的药够吃 就是想问问 你们一般几天能送到', 'none'],
  ['private', 'thank you for the medicine, my mom is feeling better', 'none'],
  ['private', '降压药能不能晚上吃', 'none'],
  ['private', '医生说我的血压控制得还不错 药可以减半', 'none'],
  ['private', '我家药箱里还有好多药 过期的怎么扔', 'none'],
  ['private', '我吃了药就犯困 是不是正常的', 'none'],
  ['private', '你们辛苦了 配药的小伙子人真好', 'none'],
  ['group', '想起封控第一天 药店全关了 大家都慌了 现在好多了', 'none'],
  ['private', '阿拉屋里厢药够了 侬放心好了', 'none'],
];


/**
 * Round 5, set I: how long it lasts and how many, said every other way (撑/差/停药/没剩几颗/四五天的药,
 * 到礼拜三 as a horizon, 每样一盒, 配个两盒, "a couple of boxes", "last pill"), with names and class
 * words in the group; and the same words in talk.
 * Before any change: 31/35 (停药两天了 no days; 「每样一盒」 read as a name; "a couple of boxes" no count; "my last pill" no days).
 * After: 35/35.
 */
export const ROUND_5_SET_I: Probe[] = [
  ['private', '降压药只能吃到礼拜三了 帮我配两盒', 'medicine', 'items=降压药;qty=2'],
  ['group', '我爸还有三四天的药 氨氯地平 谁能帮忙配', 'medicine', 'items=氨氯地平;days=3'],
  ['private', '胰岛素最多撑三天 麻烦尽快', 'medicine', 'items=胰岛素;days=3'],
  ['private', '二甲双胍剩下的够两天 要两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['private', '我的华法林还差两天就吃完了 帮我配一盒', 'medicine', 'items=华法林;qty=1;days=2'],
  ['group', '老人已经停药两天了 降压药 谁能帮忙', 'medicine', 'items=降压药;days=0'],
  ['private', '阿托伐他汀没剩几颗了 帮我配两盒', 'medicine', 'items=阿托伐他汀;qty=2'],
  ['private', '降压药 降糖药 每样一盒', 'medicine', 'items=降压药|降糖药;qty=1'],
  ['private', '帮我配个两盒阿卡波糖', 'medicine', 'items=阿卡波糖;qty=2'],
  ['private', 'Could you get a couple of boxes of losartan? I\'m almost out', 'medicine', 'items=losartan;qty=2;days=0'],
  ['private', 'I took my last pill of amlodipine this morning, please help', 'medicine', 'items=amlodipine;days=0'],
  ['group', '邻居们 我家老人高血压药只剩两天了 谁能帮忙配一下', 'medicine', 'items=高血压药;days=2'],
  ['group', '谁能帮我配点心脏病的药 我妈的吃完了', 'medicine', 'items=心脏病的药;days=0'],
  ['group', '有人能帮忙带两盒胃药吗 胃疼得不行', 'medicine', 'items=胃药;qty=2'],
  ['group', '我家孩子的过敏药没了 氯雷他定 谁家有 先借两片', 'medicine', 'items=氯雷他定;qty=2;days=0'],
  ['private', '我的抗抑郁的药 舍曲林 还有五天 麻烦配两盒', 'medicine', 'items=舍曲林;qty=2;days=5'],
  ['private', '甲状腺的药还能吃十天 先登记 两盒', 'medicine', 'items=甲状腺的药;qty=2;days=10'],
  ['private', '帕金森的药美多芭只剩一板了 大概四天 帮配三盒', 'medicine', 'items=美多芭;qty=3;days=4'],
  ['private', '降糖的药 格列美脲 还剩最后两天', 'medicine', 'items=格列美脲;days=2'],
  ['group', '急 我老公的癫痫药 丙戊酸钠缓释片 后天就吃完了 谁能帮忙去医院配 4号楼1101', 'medicine', 'items=丙戊酸钠缓释片;days=2;door=4-1101'],
  ['private', '老婆的叶酸和铁剂都吃完了 要各两盒', 'medicine', 'items=叶酸|铁剂;qty=2;days=0'],
  ['private', '請幫我配 降血糖的藥 二甲雙胍 還剩三天 兩盒', 'medicine', 'items=二甲双胍;qty=2;days=3'],
  ['private', '我阿爸嘅薄荷膏同埋驅風油都用晒 幫我買各一樽', 'medicine', 'items=薄荷膏|驱风油;qty=1;days=0'],
  ['group', 'Anyone can help buy cough syrup? My kid coughing all night, we have none left. 7-402', 'medicine', 'items=cough syrup;days=0;door=7-402'],
  ['private', '能帮我配点安眠药吗 失眠好几天了 思诺思 一盒', 'medicine', 'items=思诺思;qty=1'],
  // Not requests.
  ['group', '降压药一般要吃到什么时候', 'none'],
  ['group', '还有三四天就解封了吧 坚持住', 'none'],
  ['group', '我家老人停药两天了 医生说可以先停', 'none'],
  ['group', '每样菜都只剩一点了 明天团购什么时候到', 'none'],
  ['group', '我最后一颗糖也吃完了 哈哈', 'none'],
  ['group', '心脏病的药可以和降压药一起吃吗', 'none'],
  ['group', '胃药吃了半个月了 还是胃疼 要不要去看看', 'none'],
  ['group', '过敏药吃了会犯困 开车的注意', 'none'],
  ['group', 'Took my last pill today, refill arrives tomorrow, thanks team', 'none'],
  ['group', '癫痫药千万不能停 大家身边有病人的要注意', 'none'],
];


/**
 * Round 5, set J: English as foreign residents write it (generics lower-case, brands capitalised,
 * "2 boxes each", "x2", an inhaler by brand, a horizon "runs out on Friday") and Taiwanese and Hong
 * Kong traditional (慢箋, 庫魯化, 普拿疼, 必理痛, 噴劑, 保濟丸); and their talk.
 * Before any change: 25/28 ("grab 1 Symbicort inhaler" no count; 庫魯化 said after 糖尿病藥 not a name; 保濟丸 before 都冇咗 not
 * a name).
 * After: 28/28.
 */
export const ROUND_5_SET_J: Probe[] = [
  ['private', 'hi, could someone pick up 2 boxes of atorvastatin for me? building 5 room 1202, I have 3 days left', 'medicine', 'items=atorvastatin;qty=2;days=3;door=5-1202'],
  ['private', 'Need help: my dad\'s Xarelto runs out on Friday. One box please. 9-803', 'medicine', 'items=xarelto;qty=1;door=9-803'],
  ['group', 'Does anyone have spare paracetamol? My daughter has a fever, we ran out. 12-603', 'medicine', 'items=paracetamol;days=0;door=12-603'],
  ['private', 'please help refill my levothyroxine 50mcg, 2 boxes, 4 days left', 'medicine', 'items=levothyroxine;qty=2;days=4'],
  ['private', 'I need my blood pressure meds refilled, amlodipine 5mg, 1 box', 'medicine', 'items=amlodipine;qty=1'],
  ['private', 'can u get me some ibuprofen pls, one pack is enough, 7-1502', 'medicine', 'items=ibuprofen;qty=1;door=7-1502'],
  ['private', 'My husband\'s seizure medication (levetiracetam) is almost finished - 2 days left. Could the team help? 2-402', 'medicine', 'items=levetiracetam;days=2;door=2-402'],
  ['private', 'hello i need the medicine for my stomach, omeprazole, 2 box, thank you', 'medicine', 'items=omeprazole;qty=2'],
  ['private', 'Hi there, this is Priya from 10-1201. My father needs metformin and glimepiride, 2 boxes each. He has about a week left.', 'medicine', 'items=metformin|glimepiride;qty=2;days=7;door=10-1201'],
  ['group', 'Anyone going to Ruijin tomorrow? Could you grab 1 Symbicort inhaler for me? Mine is empty. 8-304', 'medicine', 'items=symbicort inhaler;qty=1;days=0;door=8-304'],
  ['private', 'refill please: rosuvastatin x2, aspirin x1', 'medicine', 'items=rosuvastatin|aspirin;qty=2'],
  ['private', '請問志工可以幫忙領慢箋嗎 我的降血壓藥 脈優 剩三天 我住9號樓502', 'medicine', 'items=脉优;days=3;door=9-502'],
  ['private', '我阿公的糖尿病藥 庫魯化 吃完了 麻煩幫忙拿兩盒', 'medicine', 'items=库鲁化;qty=2;days=0'],
  ['private', '拜託 阿嬤的普拿疼用完了 頭痛很久 幫買一盒', 'medicine', 'items=普拿疼;qty=1;days=0'],
  ['private', '唔該 我老公嘅必理痛食晒 幫手買兩盒', 'medicine', 'items=必理痛;qty=2;days=0'],
  ['group', '各位街坊 我阿媽嘅薄荷膏同埋保濟丸都冇咗 邊位可以幫手買', 'medicine', 'items=薄荷膏|保济丸;days=0'],
  ['private', '我係住喺3座嘅 我嘅哮喘噴劑用晒 萬托林 唔該幫我配一支', 'medicine', 'items=万托林;qty=1;days=0'],
  ['private', '幫我配藥 冠脂妥 兩盒 保栓通 一盒 我住在12號樓1103 謝謝志工', 'medicine', 'items=冠脂妥|保栓通;qty=2;door=12-1103'],
  // Not requests.
  ['group', 'Which pharmacy is open today? Mine closed', 'none'],
  ['group', 'Is it safe to take ibuprofen with amlodipine?', 'none'],
  ['group', 'The medicine team delivered to 20 homes today, amazing work!', 'none'],
  ['group', 'My dad ran out of patience with the lockdown lol', 'none'],
  ['group', 'I have some extra paracetamol if anyone needs it, DM me', 'none'],
  ['group', 'Reminder: submit your medicine needs by 8pm', 'none'],
  ['group', '慢箋可以請家人代領嗎', 'none'],
  ['group', '藥局說普拿疼缺貨 要等一週', 'none'],
  ['group', '我阿媽嘅藥上個禮拜已經攞咗 唔使擔心', 'none'],
  ['group', 'Has anyone tried the online pharmacy on JD? Is it fast?', 'none'],
];


/**
 * Round 5, set K: chatter in the group that wears a request's clothes — corrections, days, counts,
 * brands and verbs of round 5's rules said about food, pets, habits, news, the team, a need already
 * met — and a few needs among them, so that silence is not the whole answer.
 * Before any change: 28/30 (「每家都应该备一瓶」, advice, taken as a request; 「我的猫没事 是我自己的胃药吃完了」 read as a
 * pet's).
 * After: 30/30.
 */
export const ROUND_5_SET_K: Probe[] = [
  ['group', '我家的米还能吃四天 大家家里还有多少', 'none'],
  ['group', '不对不对 我说错了 团购是明天到 不是今天', 'none'],
  ['group', '谁能帮忙带两贴暖宝宝 冻死了', 'none'],
  ['group', '我家猫咪的药快吃完了 哪里有宠物医院开门', 'none'],
  ['group', '保济丸我家常备的 夏天必备', 'none'],
  ['group', '每样菜都来一点 今天团购真丰富', 'none'],
  ['group', '今天最后一颗鸡蛋也吃了 团购快来吧', 'none'],
  ['group', '老公把我的面膜用完了 气死', 'none'],
  ['group', '一樽豉油都冇咗 邊個有得借', 'none'],
  ['group', '药店阿姨说一个月的量最多开两盒', 'none'],
  ['group', '楼下那个药店老板人很好 还送了我两片口罩', 'none'],
  ['group', '我妈说她的降压药还能吃一个月 让大家别惦记', 'none'],
  ['group', '哈哈 我的耐心快吃完了 什么时候解封', 'none'],
  ['group', '救心丸这种药 每家都应该备一瓶', 'none'],
  ['group', '配药的队伍今天排到三号楼了 下午到我们楼', 'none'],
  ['group', '昨天我帮隔壁阿婆配了两盒降压药 她很开心', 'none'],
  ['group', '谁有多的狗粮 我家狗狗两天没吃了', 'none'],
  ['group', 'Just FYI the pharmacy only gives one box per person now', 'none'],
  ['group', 'lol my kid finished all the cough drops as candy', 'none'],
  ['group', '唔好意思 頭先講錯 藥係聽日先到', 'none'],
  ['group', '我们楼里好多老人要吃华法林 大家互相照应一下', 'none'],
  ['group', '给楼组长点赞 凌晨还在帮大家登记药品', 'none'],
  ['group', '阿拉屋里厢药有额 侬覅操心', 'none'],
  ['group', '医生讲了 降压药覅随便停', 'none'],
  ['group', '我婆婆说她的药她自己会去配 不用大家操心', 'none'],
  // Needs among them.
  ['group', '不好意思刚才说错了 不是降压药 是降糖药 二甲双胍 还剩两天 谁能帮忙配', 'medicine', 'items=二甲双胍;days=2'],
  ['group', '我妈的药还能吃两天 氨氯地平 谁明天去医院帮忙带两盒', 'medicine', 'items=氨氯地平;qty=2;days=2'],
  ['group', '谁家有多的退烧贴 借两贴 孩子发烧了', 'medicine', 'items=退烧贴;qty=2'],
  ['group', '我的猫没事 是我自己的胃药吃完了 奥美拉唑 谁能帮忙带一盒', 'medicine', 'items=奥美拉唑;qty=1;days=0'],
  ['group', '一樽保濟丸都冇咗 邊位幫手買一樽', 'medicine', 'items=保济丸;qty=1;days=0'],
];

export const ROUND_5_MEDICINE: Probe[] = [...ROUND_5_SET_A, ...ROUND_5_SET_B, ...ROUND_5_SET_C, ...ROUND_5_SET_D, ...ROUND_5_SET_E, ...ROUND_5_SET_F, ...ROUND_5_SET_G, ...ROUND_5_SET_H, ...ROUND_5_SET_I, ...ROUND_5_SET_J, ...ROUND_5_SET_K];

/**
 * Round 6, set A: the medicine's name said in every way — generic with its salt and form
 * (苯磺酸氨氯地平片, 缬沙坦氢氯噻嗪片), 中成药 (复方丹参滴丸, 六味地黄丸, 藿香正气水), insulin pens,
 * inhalers, eye drops, ointments, traditional and Cantonese names, English brands, several in one
 * message, a name followed by its strength or pack, IME homophones, a description in place of a
 * name — and 学医 / 万一 + a condition, which are neither a doctor nor an emergency. Chatter that
 * names the same medicines closes the set.
 * Before any change: 40/52 (a salt read with the verb before it, 「下苯磺酸…」; 「那支空了」 not out;
 * 「都是一盒」, "3 of them" not counts; 达克宁, 正红花油 unknown; a pill's looks dropped from its class;
 * 替…登记 not a request; the three 万一 rows and an addressed 登记 with a door: other families', see
 * ROUND_6_MEDICINE_FOR_OTHERS). Two labels corrected to the corpus's way ("ventolin inhaler").
 * After: 48/48 here.
 */
export const ROUND_6_MEDICINE_A: Probe[] = [
  ['private', '帮我配一下苯磺酸氨氯地平片5mg 两盒 谢谢', 'medicine', 'items=苯磺酸氨氯地平片;qty=2'],
  ['group', '谁明天去医院 帮我带盒复方丹参滴丸 我妈吃的 家里没了', 'medicine', 'items=复方丹参滴丸;qty=1;days=0'],
  ['private', '我要配速效救心丸两瓶 还有银杏叶片一盒', 'medicine', 'items=速效救心丸|银杏叶片;qty=2'],
  ['group', '邻居们 有没有人能帮忙买点连花清瘟胶囊 家里一粒都没有了', 'medicine', 'items=连花清瘟胶囊;days=0'],
  ['private', '六味地黄丸 一瓶 金匮肾气丸 一瓶 我住9号楼402', 'medicine', 'items=六味地黄丸|金匮肾气丸;qty=1;door=9-402'],
  ['group', '我爸的诺和锐笔芯只剩一支了 谁去医院帮忙带三支', 'medicine', 'items=诺和锐笔芯;qty=3'],
  ['private', '我的舒利迭快用完了 就是那个紫色的吸入器 能帮我配一个吗', 'medicine', 'items=舒利迭;qty=1;days=0'],
  ['group', '求帮忙配沙丁胺醇气雾剂 一支 孩子哮喘的 家里那支空了', 'medicine', 'items=沙丁胺醇气雾剂;qty=1;days=0'],
  ['private', '玻璃酸钠滴眼液 两支 眼睛干得厉害 麻烦了', 'medicine', 'items=玻璃酸钠滴眼液;qty=2'],
  ['group', '我妈眼睛发炎了 谁能帮忙带一瓶左氧氟沙星滴眼液', 'medicine', 'items=左氧氟沙星滴眼液;qty=1'],
  ['private', '二甲双瓜 就是降糖的 还剩两天了 麻烦配两盒', 'medicine', 'items=二甲双瓜;qty=2;days=2'],
  ['group', '我家老头的阿斯匹林吃完了 谁去药店帮带一盒', 'medicine', 'items=阿斯匹林;qty=1;days=0'],
  ['private', '硝苯地平缓释片20毫克 三盒', 'medicine', 'items=硝苯地平缓释片;qty=3'],
  ['group', '請幫忙配 安立生坦 兩盒 我住十五號樓八零二', 'medicine', 'items=安立生坦;qty=2;door=15-802'],
  ['private', '我阿媽嘅降血糖藥 格華止 仲有三日 唔該幫手配兩盒', 'medicine', 'items=格华止;qty=2;days=3'],
  ['group', 'Could someone pick up a Ventolin inhaler for me? mine is empty. 8-1101', 'medicine', 'items=ventolin inhaler;days=0;door=8-1101'],
  ['private', 'need eye drops for glaucoma - latanoprost, 2 bottles, almost out', 'medicine', 'items=latanoprost;qty=2;days=0'],
  ['group', 'My mom needs Lantus pens, 3 of them please, she has 2 days left', 'medicine', 'items=lantus pens;qty=3;days=2'],
  ['private', '我想配 阿托伐他汀钙片(立普妥)20mg 两盒', 'medicine', 'items=阿托伐他汀钙片;qty=2'],
  ['group', '麻烦哪位帮我带点藿香正气水 还有板蓝根颗粒 各两盒', 'medicine', 'items=藿香正气水|板蓝根颗粒;qty=2'],
  ['private', '甘精胰岛素注射液 两支 我住3号楼1101', 'medicine', 'items=甘精胰岛素注射液;qty=2;door=3-1101'],
  ['group', '家里的开塞露用光了 谁能帮忙带两支 老人便秘好几天了', 'medicine', 'items=开塞露;qty=2;days=0'],
  ['private', '云南白药气雾剂一瓶 扭到脚了 帮我买一下', 'medicine', 'items=云南白药气雾剂;qty=1'],
  ['group', '有没有人明天去社区医院 帮我配一下那个治前列腺的 坦索罗辛 两盒', 'medicine', 'items=坦索罗辛;qty=2'],
  ['private', '优甲乐 还剩一个礼拜 帮我配一盒', 'medicine', 'items=优甲乐;qty=1;days=7'],
  ['group', '降压的那个白色小药片 我妈快吃完了 谁能帮忙配一下 名字我回头问问', 'medicine', 'items=降压的白色小药片;days=0'],
  ['private', '缬沙坦氢氯噻嗪片 80mg/12.5mg 两盒', 'medicine', 'items=缬沙坦氢氯噻嗪片;qty=2'],
  ['private', '麻烦配: 瑞舒伐他汀10mg*2盒、阿司匹林肠溶片100mg*3盒', 'medicine', 'items=瑞舒伐他汀|阿司匹林肠溶片;qty=2'],
  ['private', '我吃的是 美托洛尔 和 螺内酯 两样都快没了', 'medicine', 'items=美托洛尔|螺内酯;days=0'],
  ['group', '谁能帮我配下 倍他乐克 拜新同 阿司匹林 都是一盒 谢谢', 'medicine', 'items=倍他乐克|拜新同|阿司匹林;qty=1'],
  ['private', '我老婆吃的舍曲林只剩3片了 麻烦配两盒', 'medicine', 'items=舍曲林;qty=2'],
  ['group', '有人去药店吗 帮我带瓶 正红花油 谢谢', 'medicine', 'items=正红花油;qty=1'],
  ['private', 'Hi I need my asthma inhaler Symbicort, 1 please', 'medicine', 'items=symbicort;qty=1'],
  ['group', '幫我配 脈優 同 冠脂妥 各一盒 唔該', 'medicine', 'items=脉优|冠脂妥;qty=1'],
  ['private', '美林 一瓶 孩子发烧38度5 家里的喝完了', 'medicine', 'items=美林;qty=1;days=0'],
  ['group', '我的格列齐特 只能吃到周五了 谁这两天去医院 帮忙带一下', 'medicine', 'items=格列齐特'],
  ['group', '谁能帮我带一盒速效救心丸 老头子心脏不好 万一发作了好有个备着', 'medicine', 'items=速效救心丸;qty=1'],
  ['private', '我儿子学医的 他说我这个药不能停 所以麻烦帮我配一下 氨氯地平两盒', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '谁家有多的达克宁 借一支 孩子脚气痒得不行', 'medicine', 'items=达克宁;qty=1'],
  // Not requests.
  ['group', '我女儿是学医的 她说二甲双胍要饭后吃', 'none'],
  ['group', '连花清瘟到底有没有用啊 我家买了好多', 'none'],
  ['group', '速效救心丸和复方丹参滴丸有什么区别', 'none'],
  ['group', '我的舒利迭还有好几瓶 不急', 'none'],
  ['group', '药店说拜新同缺货 要等下周', 'none'],
  ['group', '藿香正气水真难喝 哈哈', 'none'],
  ['group', 'The pharmacy on the corner has Ventolin in stock again', 'none'],
  ['group', '胰岛素要放冰箱冷藏 大家注意', 'none'],
  ['group', '我姐是学医的 她说布洛芬和对乙酰氨基酚可以交替吃', 'none'],
];

/**
 * Round 6, set B: how long the medicine lasts and how much is asked, said every way (后天就断,
 * 只够到周五, 还能撑三四天, 一个礼拜的量, 明天最后一颗, "last pill tomorrow", 两三盒, 2板, 一个月的量,
 * "a couple of boxes"), names no lexicon holds (brands by their endings, generics by their forms),
 * and needs said with no name at all (the name is asked privately); chatter about days and counts.
 * Before any change: 34/46 (「优思弗后天就断了」 read as a name 优思弗后天; 明天最后一颗, 明天中午就没了, "last pill
 * tomorrow" as none left; 「药停了两天了」 not out; 「配下X胶囊」 kept 下; 「我是青光眼」 read as a name after 药…是;
 * 眼药水 beside its brand kept as a second medicine; 薄荷油, 伊可新, 瑞百安 unknown; 「还能吃一个多月」 a request
 * for one; one row, 「我要开药 糖尿病的」, dropped: its label is a guess either way).
 * After: 45/45.
 */
export const ROUND_6_MEDICINE_B: Probe[] = [
  ['group', '我妈的优思弗后天就断了 谁明天去医院能帮忙带两盒', 'medicine', 'items=优思弗;qty=2;days=2'],
  ['private', '百乐眠胶囊 还能撑三四天 麻烦配一盒', 'medicine', 'items=百乐眠胶囊;qty=1;days=3'],
  ['group', '我的降压药只够吃到周五了 哪位邻居这两天去医院', 'medicine', 'items=降压药'],
  ['private', '帮我配一个月的量 二甲双胍缓释片', 'medicine', 'items=二甲双胍缓释片'],
  ['private', '吡拉西坦片 明天吃最后一颗 麻烦帮我配两盒', 'medicine', 'items=吡拉西坦片;qty=2;days=1'],
  ['group', 'My dad takes his last pill of Concor tomorrow, could anyone get 2 boxes?', 'medicine', 'items=concor;qty=2;days=1'],
  ['private', 'Need a couple of boxes of metformin, about a week left', 'medicine', 'items=metformin;qty=2;days=7'],
  ['group', '阿托伐他汀 两三盒 都行 我爸的还有一个礼拜的量', 'medicine', 'items=阿托伐他汀;qty=2;days=7'],
  ['private', '我的甲钴胺还剩十来天 先帮我登记一下 到时候配三盒', 'medicine', 'items=甲钴胺;qty=3;days=10'],
  ['group', '家里老人的胰岛素 今天打完就没了 门冬胰岛素注射液 要2支 谁能帮忙', 'medicine', 'items=门冬胰岛素注射液;qty=2;days=0'],
  ['private', '氯吡格雷 2板 就够了 老头子还剩两天', 'medicine', 'items=氯吡格雷;qty=2;days=2'],
  ['group', '帮忙配下舒肝解郁胶囊 我还有半个月的 想提前备着', 'medicine', 'items=舒肝解郁胶囊;days=15'],
  ['private', '我的药快吃完了 能帮帮我吗', 'medicine', 'days=0'],
  ['private:new', '你好 我奶奶的药没有了 她不会打字 我是她孙女 在外地 能帮忙吗', 'medicine', 'days=0'],
  ['group', '老人家的药停了两天了 一直说头晕 谁能帮忙去医院开点', 'medicine', 'days=0'],
  ['private', '血压的药还有3天 麻烦下次去医院帮我带上', 'medicine', 'items=血压的药;days=3'],
  ['group', '阿拉老头子额药还好吃三日 侬帮帮忙 拜新同 两盒', 'medicine', 'items=拜新同;qty=2;days=3'],
  ['private', '佢嘅薄荷油用晒 仲要兩樽保濟丸 唔該', 'medicine', 'items=薄荷油|保济丸;days=0'],
  ['group', '药还剩两天多 厄贝沙坦氢氯噻嗪 能不能帮忙配三盒 五号楼一单元602', 'medicine', 'items=厄贝沙坦氢氯噻嗪;qty=3;days=2;door=5-1-602'],
  ['private', 'only 2 days of insulin left, Novomix 30, need 5 pens', 'medicine', 'items=novomix;qty=5;days=2'],
  ['group', 'Out of my thyroid pills since Monday. Euthyrox 50, one box please. 3-402', 'medicine', 'items=euthyrox;qty=1;days=0;door=3-402'],
  ['private', '伊可新 宝宝吃的 还剩五粒 帮忙带两盒', 'medicine', 'items=伊可新;qty=2'],
  ['group', '我妈吃的那个瑞百安 打针的 下个月初就要打了 家里没有了 谁能帮忙问问', 'medicine', 'items=瑞百安;days=0'],
  ['private', '二甲双胍 一次吃两片 一天三次 还剩一盒 帮我配三盒', 'medicine', 'items=二甲双胍;qty=3'],
  ['group', '速效救心丸就剩最后一瓶了 想再备两瓶 谁去药店帮带一下', 'medicine', 'items=速效救心丸;qty=2'],
  ['private', '我爸的药:拜新同 倍他乐克 阿托伐他汀 都只有三天了', 'medicine', 'items=拜新同|倍他乐克|阿托伐他汀;days=3'],
  ['group', '降糖药 格列美脲 四五天后就没了 3号楼2单元501 麻烦志愿者', 'medicine', 'items=格列美脲;days=4;door=3-2-501'],
  ['private', '我需要两周的阿莫西林 医生开的 儿子扁桃体发炎', 'medicine', 'items=阿莫西林'],
  ['group', '我的哮喘药 信必可 这个礼拜就用完了 可以帮我带一支吗', 'medicine', 'items=信必可;qty=1'],
  ['private', '三瓶 藿香正气水 孩子吐了', 'medicine', 'items=藿香正气水;qty=3'],
  ['group', '谁明天去社区医院 帮我开十盒拜阿司匹灵 我们家两个老人都要吃', 'medicine', 'items=拜阿司匹灵;qty=10'],
  ['private', '我的安眠药 艾司唑仑 已经断了三天了 晚上根本睡不着 求帮忙', 'medicine', 'items=艾司唑仑;days=0'],
  ['group', '眼药水用光了 我是青光眼 要用那个适利达 一瓶', 'medicine', 'items=适利达;qty=1;days=0'],
  ['private', 'I have enough Lipitor until the weekend, then nothing. Could you get me one box?', 'medicine', 'items=lipitor;qty=1'],
  ['group', '老伴的利尿药呋塞米只有两顿的了 明天中午就没了 谁帮忙配一盒', 'medicine', 'items=呋塞米;qty=1;days=1'],
  // Not requests.
  ['group', '我家的降压药还能吃一个多月 不用担心', 'none'],
  ['group', '医院现在一次最多开两个月的量', 'none'],
  ['group', '两盒拜新同多少钱啊 上次买的好像涨价了', 'none'],
  ['group', '谁知道胰岛素开封以后能放几天', 'none'],
  ['group', '今天帮12号楼配了五盒降压药 三瓶眼药水 都送到门口了', 'none'],
  ['group', '快递后天就断了 要囤点菜', 'none'],
  ['group', '我家的酱油快用完了 团购有没有', 'none'],
  ['group', 'My meds are fine for another month, thanks for checking', 'none'],
  ['group', '医生说阿托伐他汀一次一片 一天一次 别多吃', 'none'],
  ['group', '我的药上礼拜刚配的 还有一大盒', 'none'],
];

/**
 * Round 6, set C: the name inside how residents really write — voice run-ons with no punctuation,
 * IME homophones (阿莫西林 as 阿莫西灵, 硝苯地平 as 消苯地平), full-width digits, emoji and [捂脸], a
 * WeChat quote pasted before the need, @mentions, Shanghainese, Cantonese, Taiwanese names, broken
 * English, several medicines with strengths and packs in one line; and chatter in the same clothes.
 * Before any change: 27/34 ("each 2 box" read as a medicine named each; 止咳糖浆 kept beside 川贝枇杷膏;
 * 「不到一板」 a count asked; a need quoted above a reply taken as the writer's; two rows moved out: 「中风后一直吃」
 * to ROUND_6_MEDICINE_FOR_OTHERS, 「要吃黄体酮 医生开的 地屈孕酮片」 dropped as a label either way).
 * After: 32/32.
 */
export const ROUND_6_MEDICINE_C: Probe[] = [
  ['group', '喂喂那个我跟你们说我们家老太婆的消苯地平控释片还有两天就吃完了你们哪个去医院帮我带三盒我住七号楼五零三', 'medicine', 'items=消苯地平控释片;qty=3;days=2;door=7-503'],
  ['private', '阿莫西灵胶囊 一盒 小孩子牙疼[捂脸]', 'medicine', 'items=阿莫西灵胶囊;qty=1'],
  ['group', '🙏🙏求助 老爸的 瑞舒伐他汀钙片 １０ｍｇ 还剩２天 需要２盒 ９号楼３０１', 'medicine', 'items=瑞舒伐他汀钙片;qty=2;days=2;door=9-301'],
  ['group', '「王阿姨:谁明天去医院?」\n我我我 帮我带一盒倍他乐克 谢谢王阿姨', 'medicine', 'items=倍他乐克;qty=1'],
  ['group', '@张医生 @邻里 我妈的华法令快没了 能不能帮忙配两盒', 'medicine', 'items=华法令;qty=2;days=0'],
  ['group', '阿拉姆妈格降糖药吃光了 就是格列美脲 侬帮帮忙 配两盒 谢谢侬', 'medicine', 'items=格列美脲;qty=2;days=0'],
  ['group', '我老豆嘅降膽固醇藥 立普妥 仲有兩日 邊位可以幫手攞兩盒', 'medicine', 'items=立普妥;qty=2;days=2'],
  ['private', '請幫我買 普拿疼 一盒 還有 克流感 一盒 我女兒發燒', 'medicine', 'items=普拿疼|克流感;qty=1'],
  ['group', 'hello neighbour, my wife medicine finish, name is 络活喜 and 代文, each 2 box, 11-1203 thank you', 'medicine', 'items=络活喜|代文;qty=2;days=0;door=11-1203'],
  ['private', 'pls help buy paracetamol 500mg x 3 boxes and cough syrup 1 bottle for my kids', 'medicine', 'items=paracetamol|cough syrup;qty=3'],
  ['group', '今天核酸排了好久 累死了 对了 我家老头的降压药 缬沙坦 只剩三天了 谁明天去医院的帮忙带两盒 钱我转你', 'medicine', 'items=缬沙坦;qty=2;days=3'],
  ['private', '1.苯磺酸左旋氨氯地平片 2盒\n2.单硝酸异山梨酯缓释片 1盒\n3.阿司匹林肠溶片 2盒', 'medicine', 'items=苯磺酸左旋氨氯地平片|单硝酸异山梨酯缓释片|阿司匹林肠溶片;qty=2'],
  ['group', '救命 胰岛素笔芯只剩一支了 诺和灵30R 谁能帮忙带3支 😭', 'medicine', 'items=诺和灵30R;qty=3'],
  ['private', '我想配点感冒药 999感冒灵 两盒 家里人都感冒了', 'medicine', 'items=999感冒灵;qty=2'],
  ['group', '家里的止咳糖浆喝完了 小孩咳了一晚上 谁有多的川贝枇杷膏 先借一瓶', 'medicine', 'items=川贝枇杷膏;qty=1;days=0'],
  ['private', '你好 我要配药 药名叫 恩替卡韦分散片 0.5mg 3盒', 'medicine', 'items=恩替卡韦分散片;qty=3'],
  ['group', '帮忙带两盒蒙脱石散 一盒口服补液盐 宝宝拉肚子', 'medicine', 'items=蒙脱石散|口服补液盐;qty=2'],
  ['private', 'Good morning, could you get my Xalatan eye drops, 1 bottle. It runs out in 3 days', 'medicine', 'items=xalatan;qty=1;days=3'],
  ['group', '我家孩子湿疹又犯了 丁酸氢化可的松乳膏用完了 谁帮忙带一支', 'medicine', 'items=丁酸氢化可的松乳膏;qty=1;days=0'],
  ['private', '喂 邻里 我是一个人住的 我那个 那个 治心脏的 地高辛 还有四天 帮我配一盒好吗', 'medicine', 'items=地高辛;qty=1;days=4'],
  ['group', '求购 碘伏 棉签 纱布 各一包 老人摔了一跤 膝盖破了 已经处理过了', 'medicine', 'items=碘伏|棉签|纱布;qty=1'],
  ['private', '拜新同 30mg 7片装的 要4盒', 'medicine', 'items=拜新同;qty=4'],
  ['group', '屋里厢格安眠药 佐匹克隆 吃光了 夜里厢困勿着 啥人帮帮忙', 'medicine', 'items=佐匹克隆;days=0'],
  ['group', '我妈吃的是格华止 每天两粒 剩下的不到一板了 能帮忙配两盒吗', 'medicine', 'items=格华止;qty=2'],
  // Not requests.
  ['group', '「李叔:我的降压药快吃完了」\n李叔 志愿者明天就去 别急', 'none'],
  ['group', '消苯地平和氨氯地平能一起吃吗', 'none'],
  ['group', '[捂脸]刚刚把孩子的美林打翻了 还好还有一瓶', 'none'],
  ['group', '@志愿者小王 昨天的阿托伐他汀收到了 谢谢你', 'none'],
  ['group', '我儿子在医院上班 他说现在配药要带医保卡', 'none'],
  ['group', 'Does anyone know if Ruijin hospital pharmacy is open on Sunday?', 'none'],
  ['group', '胰岛素笔芯和针头是分开买的 大家别搞错了', 'none'],
  ['group', '阿拉屋里药老多额 吃也吃勿光', 'none'],
];

/**
 * Round 6, set D: names no list holds, found only by how they are said — old names older residents
 * use (消心痛, 心痛定, 速尿, 降压0号), brands with a maker or a strength in them (步长脑心通, 甘舒霖30R,
 * 舒利迭250, Glucophage XR), a brand that begins with a food word (可乐必妥), compounds, half-remembered
 * names (「什么地平来着」); and chatter that asks for things in the same frames (谁家有多的…借一瓶).
 * Before any change: 24/34 (「的消心痛 昨天吃完了」: a pause after an owned name undid it; 心痛定, 优立通 unread;
 * 步长 and 可 cut from 步长脑心通, 可乐必妥; 珍菊降压片 read as the class 降压片; 特充 no form; 快打完了 after a
 * count and "finished yesterday" not out). One label corrected to the corpus's rule (a strength is no part of a
 * name: 舒利迭250 → 舒利迭).
 * After: 34/34.
 */
export const ROUND_6_MEDICINE_D: Probe[] = [
  ['group', '我家老头吃了几十年的消心痛 昨天吃完了 谁能帮忙配两瓶', 'medicine', 'items=消心痛;qty=2;days=0'],
  ['private', '心痛定 还有三天 帮我带一瓶', 'medicine', 'items=心痛定;qty=1;days=3'],
  ['group', '老太太的速尿片没了 腿又肿了 谁去医院帮忙开一盒', 'medicine', 'items=速尿片;qty=1;days=0'],
  ['private', '北京降压0号 一盒 还有两天', 'medicine', 'items=北京降压0号;qty=1;days=2'],
  ['group', '步长脑心通 帮我带两盒 钱我放门口', 'medicine', 'items=步长脑心通;qty=2'],
  ['private', '甘舒霖30R笔芯 5支 快打完了', 'medicine', 'items=甘舒霖30R笔芯;qty=5;days=0'],
  ['group', '舒利迭250 一支 我爸的快用完了 谁明天去胸科医院', 'medicine', 'items=舒利迭;qty=1;days=0'],
  ['private', 'Glucophage XR 500, 2 boxes please, I have 4 days left', 'medicine', 'items=glucophage;qty=2;days=4'],
  ['group', '可乐必妥滴眼液 一支 眼睛红了好几天了 谁能帮忙带', 'medicine', 'items=可乐必妥滴眼液;qty=1'],
  ['private', '我的降压药名字想不起来了 什么地平来着 一天一粒 还有一个礼拜', 'medicine', 'items=降压药;days=7'],
  ['group', '帮我配 复方罗布麻片 三瓶 珍菊降压片 两瓶', 'medicine', 'items=复方罗布麻片|珍菊降压片;qty=3'],
  ['private', '依那普利叶酸片 还剩两天 要配两盒', 'medicine', 'items=依那普利叶酸片;qty=2;days=2'],
  ['group', '我家阿婆吃的恩必普软胶囊 快没了 这个药贵 医保能报 谁帮忙去医院开', 'medicine', 'items=恩必普软胶囊;days=0'],
  ['private', '养血清脑颗粒 3盒 谢谢', 'medicine', 'items=养血清脑颗粒;qty=3'],
  ['group', 'Anyone going to the hospital? My mum needs Eltroxin, 1 box, she has 3 days left', 'medicine', 'items=eltroxin;qty=1;days=3'],
  ['private', 'need Januvia 100mg 2 boxes, finished yesterday', 'medicine', 'items=januvia;qty=2;days=0'],
  ['group', '诺和锐特充 两支 还有 针头一盒 谁能帮忙带 9-1102', 'medicine', 'items=诺和锐特充|针头;qty=2;door=9-1102'],
  ['private', '心宝丸 一瓶 还有 麝香保心丸 一瓶 老伴心脏不好 都快吃完了', 'medicine', 'items=心宝丸|麝香保心丸;qty=1;days=0'],
  ['group', '谁家有多的思密达 借一包 孩子拉肚子', 'medicine', 'items=思密达;qty=1'],
  ['private', '我吃的优立通 就是降尿酸的 还剩五天 帮我配两盒', 'medicine', 'items=优立通;qty=2;days=5'],
  ['group', '爷爷的美多芭只能吃到后天了 没有这个药他手抖得厉害 谁能帮帮忙', 'medicine', 'items=美多芭;days=2'],
  ['private', '帮我买点创可贴和一瓶碘伏 手划了个口子', 'medicine', 'items=创可贴|碘伏'],
  ['group', '我的阿法骨化醇软胶囊没有了 骨质疏松的 谁能帮带两盒', 'medicine', 'items=阿法骨化醇软胶囊;qty=2;days=0'],
  ['private', '配药 盐酸舍曲林片 50mg 两盒 可以换牌子', 'medicine', 'items=盐酸舍曲林片;qty=2'],
  ['group', '哪位邻居家里有硝酸甘油 先借我两片 我那瓶过期了', 'medicine', 'items=硝酸甘油;qty=2'],
  ['private', '明天谁去药店帮我带一支红霉素眼膏 孩子眼睛上长了个包', 'medicine', 'items=红霉素眼膏;qty=1'],
  // Not requests.
  ['group', '谁家有多的酱油 借一瓶 明天还', 'none'],
  ['group', '消心痛现在好像叫单硝酸异山梨酯了', 'none'],
  ['group', '可乐买到了 谢谢团长', 'none'],
  ['group', '步长的药现在医院还有吗', 'none'],
  ['group', '我爸说降压0号比什么地平便宜多了', 'none'],
  ['group', 'Glucophage is the same as metformin, right?', 'none'],
  ['group', '谁家有多的鸡蛋 借两个 做蛋糕', 'none'],
  ['group', '思密达冲的时候水别放太多', 'none'],
];

/**
 * Round 6, set E: for each reason dev-8 showed a reading wrong, three new sentences that fail for the
 * same reason — "a box of each"; a name after 叫做/名叫; a class word then an unknown brand (胃药耐适恩);
 * only one of several named medicines asked for (淨係要, 只要, only need); 一只/一样 + a name listing
 * kinds, not a count; a need met and then a new one (已经配咗…而家係我自己); an amount said in time
 * (一个月的量) as the request; spare medicine offered "if anyone … needs"; pill boxes.
 * Before any change: 6/24 (every reason above but the pill boxes, the news and a need met alone).
 * After: 24/24.
 */
export const ROUND_6_MEDICINE_E: Probe[] = [
  ['group', 'My mum takes Concor and Crestor, both nearly finished. Could someone get a box of each? 6-702', 'medicine', 'items=concor|crestor;qty=1;days=0;door=6-702'],
  ['private', 'need amlodipine and metformin, two boxes of each please', 'medicine', 'items=amlodipine|metformin;qty=2'],
  ['group', 'Lipitor and aspirin for my dad, one pack of each, he has about 3 days left', 'medicine', 'items=lipitor|aspirin;qty=1;days=3'],
  ['group', '我爸的降压药快吃完了 白色的小片 名叫依苏 谁能帮忙配两盒', 'medicine', 'items=依苏;qty=2;days=0'],
  ['private', '我那个治前列腺的药 叫做保前列 还剩三天 麻烦帮我配一盒', 'medicine', 'items=保前列;qty=1;days=3'],
  ['group', '婆婆的眼药水用光了 蓝色瓶子那个 名字叫泰尔丝 谁能帮忙买一支', 'medicine', 'items=泰尔丝;qty=1;days=0'],
  ['group', '我婆婆的胃藥耐適恩只剩三天 請問誰能幫忙帶兩盒', 'medicine', 'items=耐适恩;qty=2;days=3'],
  ['private', '降压药欣络平 还有两天 帮我配两盒', 'medicine', 'items=欣络平;qty=2;days=2'],
  ['group', '老头子的安眠药思诺思快没了 谁明天去医院帮忙带一盒', 'medicine', 'items=思诺思;qty=1;days=0'],
  ['group', '我平时吃氨氯地平 阿司匹林 还有阿托伐他汀 阿司匹林和他汀还多着 只要氨氯地平 帮我配两盒', 'medicine', 'items=氨氯地平;qty=2'],
  ['private', 'I take metformin, aspirin and lisinopril. Only need metformin this time, 2 boxes, 3 days left', 'medicine', 'items=metformin;qty=2;days=3'],
  ['group', '我屋企有三隻藥 一隻立普妥 一隻脈優 一隻保栓通 淨係要脈優 唔該幫手配兩盒', 'medicine', 'items=脉优;qty=2'],
  ['group', '我爸吃两样药 一样是拜新同 一样是倍他乐克 拜新同还剩两天 帮忙配三盒拜新同', 'medicine', 'items=拜新同;qty=3;days=2'],
  ['group', '老伴的降压药已经配到了 谢谢大家 现在是我自己的胃药奥美拉唑吃完了 谁能帮忙带一盒', 'medicine', 'items=奥美拉唑;qty=1;days=0'],
  ['private', '上次的药收到了 谢谢 这次想再配一样 甲钴胺 两盒 还剩三天', 'medicine', 'items=甲钴胺;qty=2;days=3'],
  ['group', 'Got my dad\'s insulin yesterday, thank you! Now my mum needs Eliquis, 1 box, she has 2 days left', 'medicine', 'items=eliquis;qty=1;days=2'],
  ['private', '二甲双胍缓释片 两个月的量 这礼拜要', 'medicine', 'items=二甲双胍缓释片'],
  ['private', '氯沙坦钾片 要一个月的量', 'medicine', 'items=氯沙坦钾片'],
  ['private', 'Atorvastatin 20mg, a month\'s supply please', 'medicine', 'items=atorvastatin'],
  // Not requests.
  ['group', 'I have spare ibuprofen and some bandages. If anyone on our floor needs them, just knock on 3-401', 'none'],
  ['group', '家里有多的退烧药和体温计 如果哪家孩子需要 私聊我就行', 'none'],
  ['group', '有没有人有多的分药盒 一周七格的那种 我想给我妈分装药', 'none'],
  ['group', '看到新闻说有老人把降糖药当糖豆吃 大家看好家里的老人', 'none'],
  ['group', '老太太的降压药已经配到了 谢谢小李 她让我跟大家说一声', 'none'],
];

/**
 * Round 6, set F: the reasons dev-9 showed, three new sentences each — medicine talk that asks how,
 * not for (还够食 + 想知道点做; 能帮我们做点什么); a pharmacist signing up as a 义工; a report that
 * the danger is over (大家不用再过来了); venting about family elsewhere; a question whether a
 * medicine can be had (配得到吗); and needs beside them that must stay needs.
 * Before any change: 8/12 (the two how-tos read as medicine, 'need to vent' as a need; two rows moved to
 * ROUND_6_MEDICINE_FOR_OTHERS: help's confidence or no help reading, and an emergency.ask; medicine reads
 * them right). After: 9/9.
 */
export const ROUND_6_MEDICINE_F: Probe[] = [
  ['private', '邻里你好 你到底能帮我们做点什么 配药还是买菜', 'help'],
  ['private', '我想报名做义工 我是药剂师 可以帮忙去医院配药', 'volunteer', 'skills=pharmacist|medicine'],
  // Round 14 (fields): medicine without delivery, as dev-15, dev-16 and dev-35 label 配药跑腿.
  ['group', '我报名做义工 我以前是护士 配药跑腿都可以', 'volunteer', 'skills=nurse|medicine'],
  ['group', '人已经醒了 血压有点低 我在这陪着 大家不用再过来了', 'none'],
  ['group', '瑞舒伐他汀现在社区医院配得到吗', 'none'],
  ['group', '有没有人最近去配过胰岛素 要排多久', 'none'],
  ['group', '阿拉屋里向老头子格降压药还有两天 侬帮阿拉配两盒 伊叫硝苯地平', 'medicine', 'items=硝苯地平;qty=2;days=2'],
  ['private', '我妈的药只剩今天的了 是格列美脲 麻烦帮忙配两盒', 'medicine', 'items=格列美脲;qty=2;days=0'],
  ['group', '我的甲状腺药还有四天就吃完了 是优甲乐 谁能帮我带一盒', 'medicine', 'items=优甲乐;qty=1;days=4'],
];

/**
 * Round 6, set G: the name in the shapes of a written list — letters and numbers inside names (维生素D3,
 * 辅酶Q10, 诺和灵R, 优泌乐25), 、 and ; and newlines and ①②, 药名/数量 forms, names in brackets,
 * English misspelt (metformine, amlodipin), a strength glued to the name (硝苯地平30), 两板/三瓶/
 * 一支 glued after it — and chatter naming medicines in lists (prices, side effects, a volunteer's log).
 * Before any change: 19/24 (维生素D3 cut to 维生素D and 钙片 with its own count dropped as a class word;
 * 辅酶Q10 unknown; metformine misspelt; "1 bottle each"; one row, 「优泌乐25 笔芯」, dropped: 25 is a strength
 * or the product's number, a guess either way).
 * After: 23/23.
 */
export const ROUND_6_MEDICINE_G: Probe[] = [
  ['private', '维生素D3 两瓶 钙片 一瓶', 'medicine', 'items=维生素D3|钙片;qty=2'],
  ['group', '谁去药店帮我带一瓶辅酶Q10 我妈心脏不好一直吃的 吃完了', 'medicine', 'items=辅酶Q10;qty=1;days=0'],
  ['private', '诺和灵R 三支 诺和灵N 两支 都快用完了', 'medicine', 'items=诺和灵R|诺和灵N;qty=3;days=0'],
  ['private', '配药:氨氯地平、缬沙坦、阿托伐他汀 各两盒', 'medicine', 'items=氨氯地平|缬沙坦|阿托伐他汀;qty=2'],
  ['private', '①拜新同 2盒\n②倍他乐克 1盒\n③阿司匹林 3盒', 'medicine', 'items=拜新同|倍他乐克|阿司匹林;qty=2'],
  ['private', '药名:格列美脲片 数量:3盒 门牌:6-502', 'medicine', 'items=格列美脲片;qty=3;door=6-502'],
  ['group', '帮忙配一下降糖药(二甲双胍) 两盒 谢谢', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', 'pls get metformine 500 for my father, 2 box, he finish yesterday', 'medicine', 'items=metformine;qty=2;days=0'],
  ['group', 'need amlodipin 5mg x2, only 1 day left, 4-1201', 'medicine', 'items=amlodipin;qty=2;days=1;door=4-1201'],
  ['private', '硝苯地平30 两盒 控释的', 'medicine', 'items=硝苯地平;qty=2'],
  ['group', '谁能帮我配氯吡格雷两板 阿司匹林一瓶', 'medicine', 'items=氯吡格雷|阿司匹林;qty=2'],
  ['private', '帮我买三瓶藿香正气水 一盒蒙脱石散', 'medicine', 'items=藿香正气水|蒙脱石散;qty=3'],
  ['group', '有谁明天去医院 帮我带 厄贝沙坦;阿卡波糖 各1盒 我住15-303', 'medicine', 'items=厄贝沙坦|阿卡波糖;qty=1;door=15-303'],
  ['private', '益生菌 妈咪爱 给孩子的 两盒 拉肚子三天了', 'medicine', 'items=妈咪爱;qty=2'],
  ['group', '我要两支红霉素软膏 一支开塞露 谢谢大家', 'medicine', 'items=红霉素软膏|开塞露;qty=2'],
  ['private', '麻烦配: 左甲状腺素钠片 50μg 两盒 还剩一周', 'medicine', 'items=左甲状腺素钠片;qty=2;days=7'],
  ['group', 'My wife needs folic acid and calcium tablets, 1 bottle each, 9-203', 'medicine', 'items=folic acid|calcium tablets;qty=1;door=9-203'],
  // Not requests.
  ['group', '阿托伐他汀 瑞舒伐他汀 哪个副作用小', 'none'],
  ['group', '今天配送清单:氨氯地平3盒 二甲双胍2盒 胰岛素5支 已全部送达', 'none'],
  ['group', '维生素D3和钙片一起吃效果好', 'none'],
  ['group', '药店里诺和灵R要80多一支 太贵了', 'none'],
  ['group', '我家备了布洛芬、连花清瘟、蒙脱石散 暂时都够', 'none'],
  ['group', 'metformin 500 vs 850 what is the difference', 'none'],
];

/**
 * Round 6, set H: days left said the many ways residents say them (还能顶两天, 够用到后天, 明后天就没了,
 * 这一两天, 三五天, 个把礼拜, 十天半个月, 还差两天就吃完, "10 days or so", "2-3 days", "till Monday"),
 * and needs with no name at all, said privately or in the group (the name is asked privately).
 * Before any change: 12/19, 14/19 as finally labelled (顶, 个把礼拜, "10 days or so", "2-3 days" at its lower end, not read; 明后天 and
 * 这一两天 labelled 1 at first, relabelled as no days to agree with round 5's 「明后天就断了」; a newcomer's
 * 登记配药 with a door moved to ROUND_6_MEDICINE_FOR_OTHERS: home outranks it).
 * After: 18/18.
 */
export const ROUND_6_MEDICINE_H: Probe[] = [
  ['group', '我的降压药还能顶两天 谁去医院帮忙带一盒', 'medicine', 'items=降压药;qty=1;days=2'],
  ['private', '二甲双胍够用到后天 麻烦帮我配两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['group', '老爸的阿司匹林明后天就没了 谁能帮帮忙', 'medicine', 'items=阿司匹林'],
  ['private', '胰岛素这一两天就打完了 麻烦帮我配三支', 'medicine', 'items=胰岛素;qty=3'],
  ['group', '我妈的甲钴胺还有三五天 有人去医院的话帮忙带两盒', 'medicine', 'items=甲钴胺;qty=2;days=3'],
  ['private', '优甲乐还够个把礼拜 先登记一下 要两盒', 'medicine', 'items=优甲乐;qty=2;days=7'],
  ['group', '倍他乐克还差两天就吃完了 求帮忙带一盒', 'medicine', 'items=倍他乐克;qty=1;days=2'],
  ['private', 'I have 10 days or so of Crestor left, could you add 2 boxes to the next run?', 'medicine', 'items=crestor;qty=2;days=10'],
  ['group', 'my mum has 2-3 days of amlodipine left, anyone going to the hospital? 1 box please', 'medicine', 'items=amlodipine;qty=1;days=2'],
  ['private', 'My Lipitor lasts till Monday only, please get me one box', 'medicine', 'items=lipitor;qty=1'],
  ['private', '我的药快没了 麻烦帮我配一下', 'medicine', 'days=0'],
  ['private', '你好 老人家里药吃完了 能帮忙吗 我们住9号楼301', 'medicine', 'days=0;door=9-301'],
  ['group', '家里老人的药只够两天了 谁明天去医院', 'medicine', 'days=2'],
  ['private', 'my medicine will run out in 3 days, can you help', 'medicine', 'days=3'],
  // Not requests.
  ['group', '米还能顶两天 团购快来吧', 'none'],
  ['group', '这一两天降温 老人家注意保暖 降压药按时吃', 'none'],
  ['group', '医生说降压药要吃个把月看看效果', 'none'],
  ['group', 'The hospital run is every 3 days now, next one Monday', 'none'],
];

/**
 * Round 6, set I: a last sweep written before any change for it — posting for a neighbour with two
 * doors, relays by a 楼组长, voice run-ons, HK and Taiwanese names, English from helpers, and the talk
 * around medicine that asks for nothing.
 * Before any change: 17/18 (the three two-door rows were written as checks of the door rule just made,
 * so they passed; 「邊位可以幫手買」 and 薄荷膏/正露丸 unread). After: 18/18.
 */
export const ROUND_6_MEDICINE_I: Probe[] = [
  ['group', '我是3号楼201的小李 楼下王阿姨(3号楼101)让我帮她发一下 她的降压药吃完了 要两盒络活喜', 'medicine', 'items=络活喜;qty=2;days=0;door=3-101'],
  ['group', "Hi, I'm Tom from 5-301. My neighbour Mr Wang (5-201) is out of his blood pressure pills, he needs 2 boxes of amlodipine", 'medicine', 'items=amlodipine;qty=2;days=0;door=5-201'],
  ['group', 'I live in 7-802, posting for my downstairs neighbour in 7-702: her insulin runs out tomorrow, 3 pens of lantus please', 'medicine', 'items=lantus;qty=3;days=1;door=7-702'],
  ['group', '楼组长代报 4号楼:401张阿姨 硝苯地平控释片两盒 还剩三天;402李伯 二甲双胍三盒', 'medicine', 'items=硝苯地平控释片|二甲双胍;qty=2;days=3;door=4-401'],
  ['group', '喂喂那个谁啊我家老头子那个治前列腺的哈乐吃完了好几天了晚上老起夜你们谁去医院帮忙带两盒我住十四号楼二零一', 'medicine', 'items=哈乐;qty=2;days=0;door=14-201'],
  ['group', '我阿爸嘅薄荷膏同埋正露丸都冇晒 邊位可以幫手買 各一樽 唔該', 'medicine', 'items=薄荷膏|正露丸;qty=1;days=0'],
  ['private', '我婆婆的保肝藥 肝安 還有一週 請志工幫忙帶兩盒', 'medicine', 'items=肝安;qty=2;days=7'],
  ['group', "I'm the helper of the family in 8-1101. Ma'am's thyroid pills Euthyrox finished yesterday, please help buy 1 box", 'medicine', 'items=euthyrox;qty=1;days=0;door=8-1101'],
  ['private', '降糖的 拜唐苹 吃完了 一天三顿都要吃的 麻烦配三盒', 'medicine', 'items=拜唐苹;qty=3;days=0'],
  ['group', '谁明天去华山医院 帮我带两盒开同 我爸肾不好一直吃的 还剩四天', 'medicine', 'items=开同;qty=2;days=4'],
  ['group', '我家小孩哮喘 布地奈德混悬液快用完了 雾化用的 谁能帮忙带两盒', 'medicine', 'items=布地奈德混悬液;qty=2;days=0'],
  ['private', '医生开的是 瑞巴派特片 胃不好 一盒就够', 'medicine', 'items=瑞巴派特片;qty=1'],
  // Not requests.
  ['group', '王阿姨的降压药我已经帮她配好了 放她门口了', 'none'],
  ['group', '楼下药房的老板说络活喜下周才到货', 'none'],
  ['group', 'Does anyone know if Euthyrox and Letrox are the same?', 'none'],
  ['group', '今天量了血压 150 吃了药好点了', 'none'],
  ['group', '我老公说他不吃降压药也没事 气死我了', 'none'],
  ['group', '薄荷膏这个味道我从小闻到大 哈哈', 'none'],
];

/**
 * Round 6, set J: new sentences for the reasons dev-12 showed, written after those fixes as a check that
 * they generalise — Shanghainese 额 and 格 between words, compounds of a known name and an unknown
 * generic, a carer relaying for 阿姨, days worked out (所以四天), 见底了, a need quoted and a story told.
 * Before any change for them: 9/10 (「…要吃完了」 without 快 or 都 not read as running out). After: 10/10.
 */
export const ROUND_6_MEDICINE_J: Probe[] = [
  ['group', '阿拉爷叔额降糖药 格列喹酮 还有三天 啥人明朝去医院帮伊带两盒 廿号二零一', 'medicine', 'items=格列喹酮;qty=2;days=3;door=20-201'],
  ['group', '伊额眼药水快要见底了 就是白内障开刀以后用额那种 啥人帮阿拉带一支', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['private', '我是阿婆请的保姆 阿婆的降压药 厄贝沙坦 还有一盒 她说要提前配 麻烦登记两盒', 'medicine', 'items=厄贝沙坦;qty=2'],
  ['group', '我妈的左甲状腺素钠片还剩四片 一天一片 所以四天 谁能帮忙配一盒', 'medicine', 'items=左甲状腺素钠片;qty=1;days=4'],
  ['private', '氨氯地平贝那普利片 两盒 还剩三天', 'medicine', 'items=氨氯地平贝那普利片;qty=2;days=3'],
  ['group', '老头子额二甲双胍维格列汀片要吃完了 帮帮忙配两盒 谢谢侬', 'medicine', 'items=二甲双胍维格列汀片;qty=2;days=0'],
  // Not requests.
  ['group', '今朝额菜老新鲜额 谢谢团长', 'none'],
  ['group', '阿拉老太婆额药上礼拜配好了 一切安好 谢谢大家关心', 'none'],
  ['group', '额外再讲一句 配药额人请把医保卡放好', 'none'],
  ['group', '我额药还有一个多月 不凑热闹了 让给更急额人', 'none'],
];

/**
 * Round 6, set K: new sentences for the reasons dev-13 showed, written after those fixes as a check —
 * foreign residents naming a brand their way (my husband's Concor, the name here is X, 吃的是Euthyrox),
 * fever/cough medicine and syrup, each running out on its own, 再带, a pinyin day count, a spare offered.
 * Before any change for them: 8/9 (a brand named with 'the name … is' beside a cream, no other word of
 * medicine). After: 9/9.
 */
export const ROUND_6_MEDICINE_K: Probe[] = [
  ['group', "My husband's Concor is almost finished, only 2 days of tablets. Could someone buy 2 boxes? 9-1101", 'medicine', 'items=concor;qty=2;days=2;door=9-1101'],
  ['private', 'My son uses a cream for his skin, the name in Germany is Bepanthen. Can you buy one tube please', 'medicine', 'items=bepanthen;qty=1'],
  ['group', '我太太一直吃的是Euthyrox 现在只剩三天了 有没有人能帮忙问问医院 我们住在八号楼一五零二', 'medicine', 'items=euthyrox;days=3;door=8-1502'],
  ['private', 'I need cough syrup for my daughter, 1 bottle please', 'medicine', 'items=cough syrup;qty=1'],
  ['group', '家里的创可贴用完了 碘伏也用完了 谁能帮忙带一盒创可贴再带一瓶碘伏', 'medicine', 'items=创可贴|碘伏;qty=1;days=0'],
  ['private', '我妈 tang niao bing 的药 还剩 2 tian 帮忙配二甲双胍 两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  // Not requests.
  ['group', '我这里还有一盒没开封的布洛芬 谁家孩子发烧可以送你', 'none'],
  ['group', 'The group buy for fruit is open until 8pm, medicine runs are on Wednesday', 'none'],
  ['group', 'My husband says hi to everyone, he is much better now, thank you for the medicine last week', 'none'],
];

/**
 * Round 6, set L: written before any change for it — relays for several households (the first one's
 * fields), 「跟上次一样」 with no name, a name corrected by its spelling, names beside what they treat in
 * brackets, English and Chinese in one line, a volunteer's question back, and the talk around them.
 * Before any change: 11/16 (「再配一次」 with 跟上次一样 read as news; 「是A 不是B」 kept B; an English and a
 * Chinese brand of one medicine read as two; 「一共12户要配药」 a request; one row moved to the other
 * families' list, 碳酸钙D3 read as package D; one label changed: no item, no qty). After: 15/15.
 */
export const ROUND_6_MEDICINE_L: Probe[] = [
  ['group', '楼组长统计:501陈阿姨 缬沙坦两盒 还剩三天;502王伯 阿卡波糖一盒;601李奶奶 眼药水一支', 'medicine', 'items=缬沙坦|阿卡波糖|眼药水;qty=2;days=3'],
  ['private', '跟上次一样的药 再配一次 还是两盒', 'medicine'],
  ['group', '老样子 我爸的药快吃完了 谁明天去医院帮忙带一下', 'medicine', 'days=0'],
  ['private', '是瑞舒伐他汀 不是阿托伐他汀 我刚才写错了 两盒', 'medicine', 'items=瑞舒伐他汀;qty=2'],
  ['group', '麻烦帮我配 甲钴胺(治手麻的) 两盒 维生素B1 一瓶', 'medicine', 'items=甲钴胺|维生素B1;qty=2'],
  ['private', 'Betaloc 倍他乐克 47.5mg 两盒 还剩4天', 'medicine', 'items=betaloc;qty=2;days=4'],
  ['private', '我爸的帕金森药 美多芭 和 森福罗 都只剩两天 各配两盒 谢谢', 'medicine', 'items=美多芭|森福罗;qty=2;days=2'],
  ['group', '家里有没有多余的晕车药 明天要送老人去医院 路上用', 'medicine', 'items=晕车药'],
  ['private', '我想配一点安神补脑液 一盒就行 睡不好', 'medicine', 'items=安神补脑液;qty=1'],
  ['group', '12-302 陈伯 卡左双多巴控释片 三盒 快吃完了', 'medicine', 'items=卡左双多巴控释片;qty=3;days=0;door=12-302'],
  ['private', '能帮忙买一支扶他林软膏吗 老寒腿又犯了', 'medicine', 'items=扶他林软膏;qty=1'],
  // Not requests.
  ['group', '请问配药的志愿者 阿卡波糖是饭前吃还是饭后吃', 'none'],
  ['group', '楼组长统计完了 我们楼一共12户要配药 明天一早出发', 'none'],
  ['group', '我刚写错了 不是瑞舒伐他汀 是阿托伐他汀 已经改好了 谢谢', 'none'],
  ['group', 'Betaloc 和倍他乐克是同一个药吗', 'none'],
];

/**
 * Round 6, set M: a medicine said as stock or 不急 beside the one that ran out, with no verb of asking
 * before either (dev-12's 玻璃酸钠 and 他的还有 不急), and a class word said again later for the name.
 * Written after the stock fix as a check: 3/5 (「不用配」, 「不急」 said of the stock declined the whole message).
 * After: 5/5.
 */
export const ROUND_6_MEDICINE_M: Probe[] = [
  ['private', '我的氨氯地平吃完了 阿司匹林还剩两盒 不用配 氨氯地平要三盒', 'medicine', 'items=氨氯地平;qty=3;days=0'],
  ['group', '老伴的胰岛素还有很多 我自己的二甲双胍没了 谁能帮忙带两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['private', '我的眼药水 叫玻璃酸钠 快用完了 老头子的降压药他的还有 不急 就我的眼药水 两支', 'medicine', 'items=玻璃酸钠;qty=2;days=0'],
  ['private', '帮我买瓶碘伏 还有一包棉签', 'medicine', 'items=碘伏|棉签;qty=1'],
  ['group', '止咳糖浆喝完了 退烧药也吃完了 谁帮忙带一瓶止咳糖浆 一盒退烧药', 'medicine', 'items=止咳糖浆|退烧药;qty=1;days=0'],
];

/**
 * Round 6, set N: a last set written before any change for it, mixing every way at once — a
 * daughter abroad, a Taiwanese 志工 request, a Cantonese voice note, a Shanghainese 阿姨, a carer, an
 * English tenant, a 楼组长 — and four pieces of talk around medicine.
 * Before any change: 12/12 (no change made for it).
 */
export const ROUND_6_MEDICINE_N: Probe[] = [
  ['group', '我在国外 我爸妈住7号楼903 我爸的波立维只剩3天 我妈的优甲乐也快没了 麻烦哪位志愿者帮忙配 各两盒 钱我微信转', 'medicine', 'items=波立维|优甲乐;qty=2;days=3;door=7-903'],
  ['group', '請問志工 我婆婆的慢箋藥 冠脂妥 還有一週 可以麻煩幫忙領兩盒嗎 她住11號樓502', 'medicine', 'items=冠脂妥;qty=2;days=7;door=11-502'],
  ['group', '喂 我阿媽嘅血壓藥 得返兩粒 係脈優嚟嘅 邊位聽日去醫院 幫手攞兩盒 唔該晒', 'medicine', 'items=脉优;qty=2'],
  ['group', '阿拉屋里额老头子额降压药 苯磺酸左旋氨氯地平 还有三天 侬啥人方便帮阿拉配两盒 九号楼六零三', 'medicine', 'items=苯磺酸左旋氨氯地平;qty=2;days=3;door=9-603'],
  ['group', '我是12号楼801家的阿姨 爷爷的美多芭明天就没有了 他手抖得厉害 谁明天去医院帮忙带一盒', 'medicine', 'items=美多芭;qty=1;days=1;door=12-801'],
  ['group', 'Hi all, 5-1203 here. My insulin (Lantus) will run out on Saturday. Could someone add 2 pens to the next hospital run?', 'medicine', 'items=lantus;qty=2;door=5-1203'],
  ['group', '我们楼的王奶奶让我帮她报一下 阿卡波糖 两盒 还有十天 她住三楼302', 'medicine', 'items=阿卡波糖;qty=2;days=10'],
  ['private', '你好 我的药是 拜阿司匹灵 100mg 一天一片 还剩一板 帮我配三盒', 'medicine', 'items=拜阿司匹灵;qty=3'],
  // Not requests.
  ['group', '波立维和阿司匹林一起吃要注意出血', 'none'],
  ['group', '志工们辛苦了 我婆婆的藥都收到了', 'none'],
  ['group', '我阿媽話多謝大家 佢嘅藥夠食到月尾', 'none'],
  ['group', 'Lantus pens must be kept in the fridge before opening, FYI', 'none'],
];

/**
 * Round 6, set O: written before any change for it — the name's edges: typos in English (Lipitol,
 * metfromin), spaces typed inside a name, an emoji or 「」 around it, x2 / *2 / 2x glued to it, counts
 * in 片, 板, 大盒, 小盒, and a pack size before the count.
 * Before any change: 11/13 (English names typed one letter wrong or two swapped). After: 13/13.
 */
export const ROUND_6_MEDICINE_O: Probe[] = [
  ['private', 'need Lipitol 20mg 2 box, almost finish', 'medicine', 'items=lipitol;qty=2;days=0'],
  ['group', 'my dad metfromin finish already, can someone buy 3 box? 6-401', 'medicine', 'items=metfromin;qty=3;days=0;door=6-401'],
  ['private', '氨 氯 地 平 两 盒 谢 谢', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '求带💊络活喜💊两盒 老妈的快没了🙏', 'medicine', 'items=络活喜;qty=2;days=0'],
  ['private', '帮我配「缬沙坦」两盒', 'medicine', 'items=缬沙坦;qty=2'],
  ['private', '络活喜x2 倍他乐克x1', 'medicine', 'items=络活喜|倍他乐克;qty=2'],
  ['group', '谁明天去医院 帮带 拜新同*3 谢谢 8-502', 'medicine', 'items=拜新同;qty=3;door=8-502'],
  ['private', '阿司匹林 30片 就够了', 'medicine', 'items=阿司匹林;qty=30'],
  ['group', '氯吡格雷 3板 还有两天就吃完了 谁帮帮忙', 'medicine', 'items=氯吡格雷;qty=3;days=2'],
  ['private', '要一大盒的钙片 两盒', 'medicine', 'items=钙片;qty=2'],
  ['private', '二甲双胍 20片装的 三盒', 'medicine', 'items=二甲双胍;qty=3'],
  // Not requests.
  ['group', 'Lipitor or Crestor, which one is better for old people?', 'none'],
  ['group', '络活喜💊我家还有两盒 谁急用可以先拿去', 'none'],
];

/**
 * Round 6, set P: 学医 and advice asked of someone who knows medicine — not a doctor offering, not
 * medicine asked for — beside a need that mentions a medical relative. Written after noticing
 * 「谁家有学医的 帮我看看这个药能不能一起吃」 read as a request: 3/4 before, 4/4 after (one row, 「有没有医生
 * 帮忙看一下…」, moved to ROUND_6_MEDICINE_FOR_OTHERS: emergency.ask).
 */
export const ROUND_6_MEDICINE_P: Probe[] = [
  ['group', '谁家有学医的 帮我看看这个药能不能一起吃', 'none'],
  ['group', '哪位是药剂师 想请教一下 二甲双胍饭前还是饭后', 'none'],
  ['group', '我女儿是学医的 她说降压药不能停 谁明天去医院帮我带两盒氨氯地平', 'medicine', 'items=氨氯地平;qty=2'],
  ['private', '我儿子学医的 叫我帮他外婆登记一下 阿托伐他汀 还剩三天 两盒', 'medicine', 'items=阿托伐他汀;qty=2;days=3'],
];

/**
 * Round 6, set Q: written before any change for it — chatter wearing a request's clothes after this
 * round's new rules: a name after its class word in news, 叫做 in a story, a brand owned in English
 * small talk, stock and 不急 alone, a carer's report, 再配 said of the past, English typos of words
 * that are not medicine.
 * Before any change: 10/10 (no change made for it).
 */
export const ROUND_6_MEDICINE_Q: Probe[] = [
  ['group', '新闻说降压药缬沙坦又降价了 大家可以去问问', 'none'],
  ['group', '我们小区以前有个医生叫做王建国 人特别好', 'none'],
  ['group', "My husband's Tesla finally got charged lol", 'none'],
  ['group', '阿司匹林还剩两盒 不急 下次再说', 'none'],
  ['group', '阿姨的药我昨天已经帮她配好了 放在门口了', 'none'],
  ['group', '上次再配一次药排了三个小时 这次好多了', 'none'],
  ['group', 'The pharmacy finally opened, the queue was finished by noon', 'none'],
  ['group', '胃药耐适恩在台湾很常见 这边好像叫埃索美拉唑', 'none'],
  ['group', '我女儿是学医的 她说最近感冒的人很多 大家注意', 'none'],
  ['group', '我家的眼药水用完了 已经在网上买了 明天到', 'none'],
];

/**
 * Round 6, set R: someone else's need told as a story (有个阿婆药吃完了…), and 互相帮帮忙 said to everyone
 * — dev-12's reason, new sentences written after the fix as a check: 3/5 (an indefinite someone beside a class
 * word; an offer someone else reported, 有个邻居说可以帮忙配药, read as the writer's). After: 5/5.
 */
export const ROUND_6_MEDICINE_R: Probe[] = [
  ['group', '前几天有个老伯药吃完了 一个人在家不敢出门 后来居委送过去了 大家多关心一下身边的老人', 'none'],
  ['group', '听说隔壁小区有一位奶奶降压药断了好几天 大家互相帮帮忙吧', 'none'],
  ['group', '封了这么久 大家互相帮帮忙 有困难就在群里说', 'none'],
  ['group', '大家互相帮帮忙 我的降压药吃完了 谁能帮忙带一盒', 'medicine', 'items=降压药;qty=1;days=0'],
  ['group', '有个邻居说可以帮忙配药 我妈的拜新同只剩两天 麻烦了', 'medicine', 'items=拜新同;days=2'],
];

/**
 * Round 6, set S: "sorry" said as an apology ("sorry for the long message", "sorry to ask again") is no
 * correction — what was said before it still counts (dev-9's vent). Written after the fix as a check:
 * 3/4 (「amlodipine 2 boxes, sorry, I mean nifedipine」 kept amlodipine: English words are longer than the
 * eight characters a Chinese correction is looked for in). After: 4/4.
 */
export const ROUND_6_MEDICINE_S: Probe[] = [
  ['group', 'Sorry to bother everyone, my Crestor runs out tomorrow, could someone get me 1 box? 3-902', 'medicine', 'items=crestor;qty=1;days=1;door=3-902'],
  ['group', 'My mum needs 2 boxes of amlodipine, she has 3 days left. Sorry for the long message', 'medicine', 'items=amlodipine;qty=2;days=3'],
  ['group', 'Just need to vent, my grandma ran out of her pills last week and nobody helped. Sorry for the rant', 'none'],
  ['private', 'amlodipine 2 boxes, sorry, I mean nifedipine 2 boxes', 'medicine', 'items=nifedipine;qty=2'],
];

/**
 * Round 6, set T: written before any change for it — a need with no name (the name is asked privately),
 * in every voice: English, Cantonese, Shanghainese, Taiwanese, voice run-on, a carer; and the ones
 * that only sound like it.
 * Before any change: 7/8 ("will finish in 3 days" not read as days). After: 8/8.
 */
export const ROUND_6_MEDICINE_T: Probe[] = [
  ['private', 'my medicine is finished, can you help me', 'medicine', 'days=0'],
  ['private', '我嘅藥食晒喇 可唔可以幫我配', 'medicine', 'days=0'],
  ['private', '阿拉老头子额药吃光了 侬帮帮忙', 'medicine', 'days=0'],
  ['private', '我的藥只剩兩天了 可以麻煩志工幫忙嗎', 'medicine', 'days=2'],
  ['private', '喂我是那个七号楼的老王我的药快没了你们能不能帮我配一下我不会弄那个手机', 'medicine', 'days=0'],
  ['private', 'Ma\'am asked me to tell you her medicine will finish in 3 days, please help', 'medicine', 'days=3'],
  // Not requests.
  ['private', '我的药都够 谢谢关心', 'none'],
  ['private', 'my medicine arrived, thank you so much', 'none'],
];

/**
 * Read wrong by another family's recogniser, not wired into the test (for the lead): 万一 + a condition
 * beside a medicine is a precaution, not danger now (emergency reads all three as an emergency); an
 * addressed request with 登记 and a door (or a newcomer's wish to register medicine with a door) is read as
 * home at 0.9 beside medicine at 0.86–0.98, so it is asked;
 * 「中风后一直吃」 (a past stroke, a medicine taken since) is read as an emergency; 「…怎么登记」 after
 * enough medicine is help at 0.7 (asked, not acted on), 「想知道点做」 has no help reading at all; 'cannot reach them' (parents elsewhere) is emergency.ask; 碳酸钙D3
 * gives an order of package D at 0.9; 「有没有医生 帮忙看一下…」 (advice) is emergency.ask.
 */
export const ROUND_6_MEDICINE_FOR_OTHERS: Probe[] = [
  ['group', '有没有医生 帮忙看一下这两种降压药是不是一样的', 'none'],
  ['group', '请问明天谁去六院 我要配骨化三醇 一盒 还有碳酸钙D3 两瓶', 'medicine', 'items=骨化三醇|碳酸钙D3;qty=1'],
  ['private:new', '我想登记配药 我是新来的 住3号楼502', 'medicine', 'door=3-502'],
  ['private', '我妈有些药想配 不过现在还够吃 我只是想知道点做', 'help'],
  ['private', '我爸的降压药还够吃半个月 先问问以后怎么登记', 'help'],
  ['group', 'Just need to vent, my parents in Pudong ran out of their medicine and I cannot reach them. I am ok', 'none'],
  ['group', '邻居们好 我婆婆中风后一直吃 阿托伐他汀 和 氯吡格雷 两个都快吃完了 能帮忙配吗 12-1102', 'medicine', 'items=阿托伐他汀|氯吡格雷;days=0;door=12-1102'],
  ['group', '@邻里 替我婆婆登记 脑心通胶囊 3盒 步长的那种 18号楼502', 'medicine', 'items=脑心通胶囊;qty=3;door=18-502'],
  ['private', '硝酸甘油 一瓶 放身边备着 万一心绞痛', 'medicine', 'items=硝酸甘油;qty=1'],
  ['group', '万一哮喘犯了家里一支喷雾都没有 谁能帮忙配一支万托林', 'medicine', 'items=万托林;qty=1;days=0'],
  ['group', '万一心绞痛发作 记得先含一片硝酸甘油再打120', 'none'],
];


/**
 * Round 6b, set A: the name given after a class word and 叫(做)/用的是/就是…那种 (一种糖浆叫做X, 吸入剂叫X,
 * 她用的是X, 就是X那种) — the named product is the item, not the class word nor the words before it
 * (dev-10/11's reason, new sentences in other words and scripts).
 */
export const ROUND_6B_MEDICINE_A: Probe[] = [
  ['group', '我爸有痛风 平时吃一种药叫做非布司他 现在快吃完了 有人去医院能帮忙带一盒吗 7号楼302', 'medicine', 'items=非布司他;qty=1;days=0;door=7-302'],
  ['group', '我婆婆眼睛不好 用的眼药水叫做玻璃酸钠 只剩最后一支了 哪位邻居能帮忙配 9栋1101', 'medicine', 'items=玻璃酸钠;door=9-1101'],
  ['group', '我阿爸有哮喘 佢用嘅噴劑叫做舒利迭 而家淨返一支 邊位可以幫手配 12座803', 'medicine', 'items=舒利迭;door=12-803'],
  ['private', '我老公每天都要打胰島素 他用的是諾和銳 現在只剩兩支了 大概撐五天 麻煩幫忙配 3棟602', 'medicine', 'items=诺和锐;days=5;door=3-602'],
  ['group', '请问有没有人家里有多的降压药 就是络活喜那种 我妈的吃完了 先借几片 15号楼1204', 'medicine', 'items=络活喜;days=0;door=15-1204'],
  ['private', '阿拉老头子吃格安眠药 叫啥思诺思 还有三天就吃光了 侬帮帮忙 五号楼幺零零三', 'medicine', 'items=思诺思;days=3;door=5-1003'],
];

/**
 * Round 6b, set B: English counts and spans said after the need (2 sachets is enough, in 3 days,
 * he has maybe one week, a couple of days left) — dev-10/11's reason, new sentences.
 */
export const ROUND_6B_MEDICINE_B: Probe[] = [
  ['group', 'does anyone have spare electrolyte sachets? my son has been vomiting, 3 sachets would be great', 'medicine', 'items=electrolyte sachets;qty=3'],
  ['private', 'my levothyroxine runs out in 4 days, could you help me get some?', 'medicine', 'items=levothyroxine;days=4'],
  ['private', 'Hi, my mother needs her metformin, she has maybe two weeks left. We are 5-2-801', 'medicine', 'items=metformin;days=14;door=5-2-801'],
  ['private', 'I need amlodipine, 2 boxes are enough, I still have about one week', 'medicine', 'items=amlodipine;qty=2;days=7'],
];


/**
 * Round 6b, set C: a name's shape — a brand or class name followed by its form or its kind (滴剂, 儿童装,
 * 都保, 缓释片, kids/children's before an English name): the whole is the name, not its first part.
 */
export const ROUND_6B_MEDICINE_C: Probe[] = [
  ['group', '想登记配药 美林儿童装 一瓶 10号楼402', 'medicine', 'items=美林儿童装;qty=1;door=10-402'],
  ['group', '宝宝的维生素D3滴剂吃完了 谁去医院帮忙带一盒 6栋1502', 'medicine', 'items=维生素D3滴剂;qty=1;days=0;door=6-1502'],
  ['private', '想配 善存銀片 兩盒 同埋 美林兒童裝 一樽', 'medicine', 'items=善存银片|美林儿童装;qty=2'],
  ['group', 'please help get children\'s paracetamol syrup 2 bottles, 7-1203', 'medicine', 'items=children\'s paracetamol syrup;qty=2;door=7-1203'],
  ['group', 'need kids cough syrup one bottle please 3-801', 'medicine', 'items=kids cough syrup;qty=1;door=3-801'],
];

/**
 * Round 6b, set D: asking neighbours to lend or share a named medicine in few words — 求X, 有没有人有X 借用,
 * 邊位有X可以分啲俾我, 谁家有X匀一点 — is a need, not chatter; and the ones that only sound like it.
 */
export const ROUND_6B_MEDICINE_D: Probe[] = [
  ['group', '求布洛芬混悬液!!孩子烧到39度 家里一点都没了 5号楼803', 'medicine', 'items=布洛芬混悬液;days=0;door=5-803'],
  // (「兩塊」 is not read as a count: 块 is money as often as plasters — 「十块一盒」.)
  ['group', '邊位屋企有退燒貼 可以分兩塊俾我 個仔發燒', 'medicine', 'items=退烧贴'],
  ['group', '有没有人有开塞露 借用一支 老人家几天没大便了', 'medicine', 'items=开塞露;qty=1'],
  ['group', '谁家有蒙脱石散 匀两包给我 孩子拉肚子', 'medicine', 'items=蒙脱石散;qty=2'],
  ['group', '求一盒连花清瘟 家里老人咳嗽 12栋301', 'medicine', 'items=连花清瘟;qty=1;door=12-301'],
  // Not requests.
  ['group', '求问 布洛芬和对乙酰氨基酚能一起吃吗', 'none'],
  ['group', '有没有人知道开塞露放冰箱会不会坏', 'none'],
  ['group', '我家有多的蒙脱石散 谁需要说一声', 'none'],
];
/**
 * Round 6b, set E: set A's 叫做/用的是 said in a voice run-on with no pause, the name running straight into
 * 现在/已经/只剩/快… (dev-10's reason; set A had spaces and read right).
 */
export const ROUND_6B_MEDICINE_E: Probe[] = [
  ['group', '我爸有癫痫平常吃一种药叫做妥泰现在只剩最后一板了有没有人去医院能帮忙带两盒我们在8栋602', 'medicine', 'items=妥泰;qty=2;door=8-602'],
  ['group', '我媽每天要吃一種藥叫做喜普妙已經快吃完了請問有人可以幫忙配嗎我們住5棟1102', 'medicine', 'items=喜普妙;days=0;door=5-1102'],
  ['private', '你好我婆婆打的胰岛素用的是优泌乐现在就剩一支了大概撑四天麻烦帮忙配一下20号楼301', 'medicine', 'items=优泌乐;days=4;door=20-301'],
  ['group', '我个仔有哮喘用紧个喷剂叫做必可酮而家得返最后一支唔该边位帮手配下3座1508', 'medicine', 'items=必可酮;door=3-1508'],
  ['private', '阿拉老头子吃格药叫做倍他乐克已经吃光了侬帮帮忙配两盒六号楼502', 'medicine', 'items=倍他乐克;qty=2;days=0;door=6-502'],
];

/**
 * Round 6b, set F: what it is (一种糖浆, 一个喷雾, 那种胶囊) said before 叫做 and its name: the name is the item,
 * the form word before it only describes it (dev-10's reason).
 */
export const ROUND_6B_MEDICINE_F: Probe[] = [
  ['group', '我女儿有鼻炎 平时用一种喷雾叫做内舒拿 现在快用完了 谁去医院帮忙带一支 9号楼801', 'medicine', 'items=内舒拿;qty=1;days=0;door=9-801'],
  ['private', '我爸每天吃一種膠囊叫做希舒美 只剩三天了 麻煩幫忙配', 'medicine', 'items=希舒美;days=3'],
  ['group', '阿拉囡囡吃格一种糖浆叫做易坦静 已经吃光了 侬帮帮忙 十二号楼303', 'medicine', 'items=易坦静;days=0;door=12-303'],
  ['private', 'my son takes a syrup called Zyrtec, only two days left, can you help', 'medicine', 'items=zyrtec;days=2'],
];

/**
 * Round 6b, set G: English days said after the medicine ran out of ("running out of my X in 3 days",
 * "will be out of insulin in two days"), and Shanghainese two-item orders with 一样两盒 (dev-11's reasons).
 */
export const ROUND_6B_MEDICINE_G: Probe[] = [
  ['private', 'I am running out of my blood pressure pills (Norvasc) in 2 days, please help', 'medicine', 'items=norvasc;days=2'],
  ['private', 'my dad will be out of insulin in about 4 days, can someone get him some? 6-1101', 'medicine', 'items=insulin;days=4;door=6-1101'],
  ['group', 'we run out of Eltroxin in five days, can anyone pick up 1 box? 12-702', 'medicine', 'items=eltroxin;qty=1;days=5;door=12-702'],
  ['private', '阿拉老头子格药 氨氯地平 还有 阿托伐他汀 侪快没了 侬帮阿拉配一道 一样两盒 七号楼幺零零二', 'medicine', 'items=氨氯地平|阿托伐他汀;qty=2;days=0;door=7-1002'],
  ['private', '我老豆啲藥 二甲雙胍 同 格列齊特 都就嚟食晒 一樣兩盒 唔該幫手配 9座1203', 'medicine', 'items=二甲双胍|格列齐特;qty=2;days=0;door=9-1203'],
];

/**
 * Round 6b, set H: a class said by what it lowers or supplements (降磷药, 降钾的药, 降眼压的眼药水, 补铁的药)
 * beyond the few the lexicon lists (dev-10's reason).
 */
export const ROUND_6B_MEDICINE_H: Probe[] = [
  ['group', '我妈肾不好 那个降钾的药快没了 谁去医院帮忙带一盒 4号楼1201', 'medicine', 'items=降钾的药;qty=1;days=0;door=4-1201'],
  ['private', '我老公的降眼壓藥水用完了 請幫忙登記一下', 'medicine', 'items=降眼压药水;days=0'],
  ['group', '阿拉老太婆格降酶药吃光了 侬帮帮忙 三号楼502', 'medicine', 'items=降酶药;days=0;door=3-502'],
  ['group', '我的补铁药只剩两天了 谁能帮忙配一盒', 'medicine', 'items=补铁药;qty=1;days=2'],
];

/**
 * Round 6b, set I: the days said as how far it lasts with another verb (只剩到明天, 撑到后天, 顶到明日) and the
 * last one already taken (最后一颗吃掉了, 最後一支打咗) — dev-11's reasons, new sentences.
 */
export const ROUND_6B_MEDICINE_I: Probe[] = [
  ['private', '我爸的氯吡格雷只剩到明天了 麻烦帮忙配两盒', 'medicine', 'items=氯吡格雷;qty=2;days=1'],
  ['private', '阿拉格胰岛素只好撑到后天 侬帮帮忙', 'medicine', 'items=胰岛素;days=2'],
  ['group', '我嘅降壓藥最後一粒今朝食咗 唔該邊位幫手配 5座702', 'medicine', 'items=降压药;days=0;door=5-702'],
  ['group', '降糖药最后一片昨天晚上吃掉了 谁去医院能帮忙带一盒 8号楼301', 'medicine', 'items=降糖药;qty=1;days=0;door=8-301'],
];

/**
 * Round 6b, set J: 用完 said of a thing borrowed (用完还你, 用完就还, 用完即還) is "after use", no medicine run out
 * (dev-10's reason, new sentences). Before: 0/3 (written first with a blood-pressure meter and a nebuliser,
 * which are not medicine here — 「有谁家有血压计可以借我量一下吗」 is none — so those two were rewritten).
 */
export const ROUND_6B_MEDICINE_J: Probe[] = [
  ['group', '谁家有碘伏 借我用一下 用完马上还你 6号楼402', 'medicine', 'items=碘伏;door=6-402'],
  ['group', '有冇人可以借個體溫計俾我 用完即刻還 唔該', 'medicine', 'items=体温计'],
  ['group', '哪位邻居有体温计 借两天 用完就还 我家孩子发烧', 'medicine', 'items=体温计'],
];

export const ROUND_6_MEDICINE: Probe[] = [...ROUND_6_MEDICINE_A, ...ROUND_6_MEDICINE_B, ...ROUND_6_MEDICINE_C, ...ROUND_6_MEDICINE_D, ...ROUND_6_MEDICINE_E, ...ROUND_6_MEDICINE_F, ...ROUND_6_MEDICINE_G, ...ROUND_6_MEDICINE_H, ...ROUND_6_MEDICINE_I, ...ROUND_6_MEDICINE_J, ...ROUND_6_MEDICINE_K, ...ROUND_6_MEDICINE_L, ...ROUND_6_MEDICINE_M, ...ROUND_6_MEDICINE_N, ...ROUND_6_MEDICINE_O, ...ROUND_6_MEDICINE_P, ...ROUND_6_MEDICINE_Q, ...ROUND_6_MEDICINE_R, ...ROUND_6_MEDICINE_S, ...ROUND_6_MEDICINE_T, ...ROUND_6B_MEDICINE_A, ...ROUND_6B_MEDICINE_B, ...ROUND_6B_MEDICINE_C, ...ROUND_6B_MEDICINE_D, ...ROUND_6B_MEDICINE_E, ...ROUND_6B_MEDICINE_F, ...ROUND_6B_MEDICINE_G, ...ROUND_6B_MEDICINE_H, ...ROUND_6B_MEDICINE_I, ...ROUND_6B_MEDICINE_J];

/**
 * Round 7b, set A: several medicines told (their stock, a regimen), then one asked for by name after the
 * request verb (帮我配一下X, 要配X, could someone buy him X): only the one asked for is the item, the ones
 * told before it are its story (dev-15/16's reason: the old and their carers say everything they take). Before: 1/6.
 */
export const ROUND_7B_MEDICINE_A: Probe[] = [
  ['group', '我那个降糖药还有半盒 阿司匹林也不多了 麻烦哪位帮我配一下拜新同 两盒 9号楼301', 'medicine', 'items=拜新同;qty=2;door=9-301'],
  ['private', '降壓藥同埋胃藥都仲有啲 淨係想幫我老豆配一下薄血藥 兩盒', 'medicine', 'items=薄血药;qty=2'],
  ['group', '阿拉屋里厢降压药还多 胰岛素针头也还有 就是试纸没了 要配试纸两盒 十号楼三零一', 'medicine', 'items=试纸;qty=2;days=0;door=10-301'],
  ['group', '我爸的血糖藥還有一些 眼藥水也剩不多 請問誰可以幫他買一下降壓藥 11棟702', 'medicine', 'items=降压药;door=11-702'],
  ['group', 'my dad still has some aspirin and his statin is running low too, but could someone please buy him metformin, 2 boxes? 4-1102', 'medicine', 'items=metformin;qty=2;door=4-1102'],
  ['private', '我老伴的华法林还够 倍他乐克也没几片了 你帮我报一下倍他乐克 一盒就行', 'medicine', 'items=倍他乐克;qty=1'],
];

/**
 * Round 7b, set B: asking around whether anyone has a named medicine (有没有X, X有伐, X有的吗, 有冇人有X,
 * 谁家还有X), beside a pain or a hurt the writer or their family has now (腰疼得直不起来, 牙痛一晚上, 手指切破了):
 * a need, not a question about the medicine (dev-15/16's reason: workers and old residents ask the group so).
 * Before: 7/12.
 */
export const ROUND_7B_MEDICINE_B: Probe[] = [
  ['group', '谁家还有创可贴 手指头切了个口子', 'medicine', 'items=创可贴'],
  ['group', '风油精有伐 头痛得来 阿拉屋里厢用光了', 'medicine', 'items=风油精;days=0'],
  ['group', '布洛芬 有的吗 牙痛一晚上没睡 3号楼702', 'medicine', 'items=布洛芬;door=3-702'],
  ['group', '有冇人有止痛貼 條腰痛到起唔到身', 'medicine', 'items=止痛贴'],
  ['group', '有没有云南白药 俺膝盖摔破皮了', 'medicine', 'items=云南白药'],
  ['group', 'anyone got ibuprofen? my back is killing me', 'medicine', 'items=ibuprofen'],
  ['group', '止咳糖浆 急 孩子咳了一夜', 'medicine', 'items=止咳糖浆'],
  ['group', '正骨水有没有 脚崴了肿得老高', 'medicine', 'items=正骨水'],
  // Not requests.
  ['group', '膏药有用吗 我腰疼好几年了', 'none'],
  ['group', '腰疼贴膏药到底有没有用啊', 'none'],
  ['group', '有没有人贴过那种膏药 我腰疼 想问问效果', 'none'],
  ['group', '我家有多的创可贴 谁手划破了来拿', 'none'],
];

/**
 * Round 7b, set C: a class word (膏药, a handwritten 将压药/将脂药, 甲状腺药) and then the product's own name, said
 * after a pause, after 伊讲/说是, or after the days left: the name is the item, the class word only says what it
 * is (rule 9; dev-15/16's reason, new sentences). Before: 5/9.
 */
export const ROUND_7B_MEDICINE_C: Probe[] = [
  ['private', '我要配将压药 络活洗 两盒', 'medicine', 'items=络活洗;qty=2'],
  ['group', '想买膏药 就是那个伤湿止痛膏 两盒 5号楼201', 'medicine', 'items=伤湿止痛膏;qty=2;door=5-201'],
  ['private', '要配眼药水 伊讲是玻璃酸钠 一支', 'medicine', 'items=玻璃酸钠;qty=1'],
  ['group', '我媽的降血脂藥剩兩天 立普妥 麻煩幫忙買一盒 3棟1102', 'medicine', 'items=立普妥;qty=1;days=2;door=3-1102'],
  ['group', '老头子格胃药吃光了 伊讲叫奥美拉唑 侬帮帮忙 七号楼602', 'medicine', 'items=奥美拉唑;days=0;door=7-602'],
  ['group', '我爸的降脂药 瑞舒伐他丁 只剩两天了 麻烦帮忙配', 'medicine', 'items=瑞舒伐他丁;days=2'],
  ['private', '阿拉要配膏药 伊讲要麝香追风膏 两盒', 'medicine', 'items=麝香追风膏;qty=2'],
  ['group', '我婆婆的胃药只剩三天 达喜 麻烦谁帮忙带一盒 6栋501', 'medicine', 'items=达喜;qty=1;days=3;door=6-501'],
  ['group', '孩子的退烧药吃完了 小儿氨酚黄那敏 哪位能帮忙买一盒', 'medicine', 'items=小儿氨酚黄那敏;qty=1;days=0'],
];

/**
 * Round 7b, set D: run out said with the verb of the form — a plaster 贴完了, a spray 喷完了, an ointment 擦完了 —
 * and 「就剩今天了」 (today's is the last) are none left (dev-15's reason, new sentences). Before: 0/5.
 */
export const ROUND_7B_MEDICINE_D: Probe[] = [
  ['group', '我的膏药贴完了 腰又疼 谁能帮忙买两盒 5栋302', 'medicine', 'items=膏药;qty=2;days=0;door=5-302'],
  ['private', '鼻炎喷雾喷完了 麻烦帮我配一瓶', 'medicine', 'items=鼻炎喷雾;qty=1;days=0'],
  ['group', '我媽的藥膏擦完了 邊位可以幫手買一支 8座1203', 'medicine', 'items=药膏;qty=1;days=0;door=8-1203'],
  ['private', '我的胰岛素就剩今天了 麻烦尽快帮我配', 'medicine', 'items=胰岛素;days=0'],
  ['group', '降压药只剩今天了 谁去医院帮我带一盒 3号楼201', 'medicine', 'items=降压药;qty=1;days=0;door=3-201'],
];

/**
 * Round 7b, set E: how the medicine is taken (每天早晚各一颗, 一天三次每次一片, 每朝一粒, one tablet a day) is the dose,
 * never the quantity asked for; and a count said before who it is for (买一盒小孩用的退烧药) is the count of
 * that medicine (dev-15/16's reasons, new sentences). Before: 2/6.
 */
export const ROUND_7B_MEDICINE_E: Probe[] = [
  ['group', '我爸的阿托伐他汀吃完了 他每天晚上一粒 麻烦谁帮忙配 6号楼1201', 'medicine', 'items=阿托伐他汀;days=0;door=6-1201'],
  ['private', '我妈要配二甲双胍 一天三次 每次一片 谢谢', 'medicine', 'items=二甲双胍'],
  ['group', '外婆嘅降壓藥食晒 佢每朝一粒 唔該幫手配 3座802', 'medicine', 'items=降压药;days=0;door=3-802'],
  ['private', 'please get my mum amlodipine, she takes one tablet a day', 'medicine', 'items=amlodipine'],
  ['group', '哪位能帮忙买一盒小孩吃的退烧药 12栋601', 'medicine', 'items=退烧药;qty=1;door=12-601'],
  ['group', '麻烦帮我带两瓶老人用的眼药水 谢谢 9号楼302', 'medicine', 'items=眼药水;qty=2;door=9-302'],
  // (Added after the first change, failing until 各一 of a pill was read as a dose: 7 of 7 after.)
  ['private', '麻烦帮我老伴配氯吡格雷 他早晚各一片 已经吃完了', 'medicine', 'items=氯吡格雷;days=0'],
];

/**
 * Round 7b, order set A: a measure word with its 一 dropped right after the verb (要只蔬菜, 来份肉, 要個B) is one of
 * that package, and the count said next (两只鸡蛋) belongs to the package after it, not to the one before
 * (dev-16's reason: Shanghainese 只 for a portion; new sentences).
 */
/**
 * Round 7b, set F: a notice pasted back under its issuer's heading (居委通知:, 物业通知:, 社区公告:, 居委會通知) that
 * tells residents who need medicine what to do asks for nothing; a resident's own request after quoting it
 * still does (dev-15's reason, new sentences).
 */
export const ROUND_7B_MEDICINE_F: Probe[] = [
  ['group', '物业通知：需要配药的业主请把医保卡放在门口 明天统一收', 'none'],
  ['group', '社区公告:代配药登记截止到周五 需要的居民请联系楼组长', 'none'],
  ['group', '居委會通知 需要代配藥嘅居民 今晚八點前將藥盒同醫保卡放門口', 'none'],
  ['group', '居委通知说可以代配药了 我要配两盒降压药 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

/**
 * Round 7b, set G: 麻烦 and 帮忙 in their other senses beside talk of medicine — a hassle (真麻烦, 好麻煩), thanks for
 * help given (谢谢…帮忙抬他下楼), an errand that is no medicine (帮忙搬东西), 先可以买 (only then can one buy) — ask for
 * nothing (dev-16's reason, new sentences). Before: 2/5.
 */
export const ROUND_7B_MEDICINE_G: Probe[] = [
  ['group', '去社区医院配药要排两个小时队 真麻烦', 'none'],
  ['group', '藥房話要醫生紙先可以買 好麻煩啊', 'none'],
  ['group', '谢谢昨天帮忙把我爸扶下楼的小伙子 医院开了药 回来了', 'none'],
  ['group', '这几天大家互相帮忙搬物资 送药送菜 真的很感动', 'none'],
  ['group', '麻烦帮忙配一下降压药 3号楼201', 'medicine', 'items=降压药;door=3-201'],
];

/**
 * Round 7b, set H: one's own medicine added to someone's run — 「谁去医院/谁负责配药? 我妈的X也要」, Cantonese 都要 —
 * and a need put to the neighbours with what will do (X Y都行 谁家有的话放门口): requests, not questions about who goes
 * (dev-16's reasons, new sentences). Before: 2/5 (the fourth first written with the two names run together, which
 * reads as one compound; a space added, as the reason is the frame, not the join).
 */
export const ROUND_7B_MEDICINE_H: Probe[] = [
  ['group', '明天谁去医院配药 我妈的降压药也要 5号楼302', 'medicine', 'items=降压药;door=5-302'],
  ['group', '哪位负责这礼拜配药 阿拉老头子格胰岛素也要两支', 'medicine', 'items=胰岛素;qty=2'],
  ['group', '今日邊個負責去藥房 我阿爸嘅痛風藥都要', 'medicine', 'items=痛风药'],
  ['group', '家里一点药都没有 布洛芬 对乙酰氨基酚都行 谁家有的话放俺门口 8号楼402', 'medicine', 'items=布洛芬|对乙酰氨基酚;days=0;door=8-402'],
  ['group', '谁负责配药的 上次的钱还没结', 'none'],
];

/**
 * Round 7b, set I: remedies named by their kind and what they are for — a purpose before a plaster (跌打膏药, 风湿膏药),
 * a medicinal wine (跌打酒, 药酒), and the English shelf words (antacids, laxatives, lozenges, decongestants): the whole
 * is the item (dev-15/16's reason, new sentences). Before: 0/6.
 */
export const ROUND_7B_MEDICINE_I: Probe[] = [
  ['group', '我的跌打膏药用光了 麻烦谁帮忙买两盒 6号楼302', 'medicine', 'items=跌打膏药;qty=2;days=0;door=6-302'],
  ['private', '阿拉老头子要风湿膏药 三盒', 'medicine', 'items=风湿膏药;qty=3'],
  ['group', '我阿爸嘅跌打酒用晒 唔該邊位幫手買一支', 'medicine', 'items=跌打酒;qty=1;days=0'],
  ['private', 'I need more laxatives for my mum, she is very constipated', 'medicine', 'items=laxatives'],
  ['private', 'could you get me some throat lozenges? 3-1101', 'medicine', 'items=throat lozenges;door=3-1101'],
  ['group', 'anyone have decongestants? my son has a blocked nose', 'medicine', 'items=decongestants'],
];

/**
 * Round 7b, set J: how long someone has been ill (has had a cough for three days, 拉肚子三天了, 咳了两天了) is no count of
 * days of medicine left (dev-16's reason, new sentences). Before: 2/4 (the Chinese two read right already; guards).
 */
export const ROUND_7B_MEDICINE_J: Probe[] = [
  ['group', 'my husband has had a cough for three days, could someone get him cough syrup? 8-1203', 'medicine', 'items=cough syrup;door=8-1203'],
  ['private', "my daughter has been feverish for 2 days, need children's paracetamol please", 'medicine', "items=children's paracetamol"],
  ['group', '我爸拉肚子三天了 谁家有蒙脱石散 匀一包 5号楼201', 'medicine', 'items=蒙脱石散;qty=1;door=5-201'],
  ['group', '孩子咳了两天了 想配一瓶止咳糖浆 7栋502', 'medicine', 'items=止咳糖浆;qty=1;door=7-502'],
];

/**
 * Round 7b, set K: food run out (泡面都吃光了, 米也吃完了, ran out of rice) beside a medicine asked for is no count of days
 * of that medicine (dev-16's reason, new sentences). Before: 1/4.
 */
export const ROUND_7B_MEDICINE_K: Probe[] = [
  ['group', '家里泡面都吃光了 老公胃病又犯了 谁去医院帮他带一盒奥美拉唑 6号楼1102', 'medicine', 'items=奥美拉唑;qty=1;door=6-1102'],
  ['group', '菜吃完了 米也吃完了 孩子发烧 谁家有退烧药借一点 9栋301', 'medicine', 'items=退烧药;door=9-301'],
  ['group', 'we ran out of rice and my dad needs his amlodipine, can someone pick up 2 boxes? 4-702', 'medicine', 'items=amlodipine;qty=2;door=4-702'],
  ['group', '降压药吃完了 米也没了 谁能帮忙配两盒 8号楼501', 'medicine', 'items=降压药;qty=2;days=0;door=8-501'],
];

/**
 * Round 7b, set L: a pill's name in a voice run-on, followed by the particles of speech (舒心丸啊, 活络丸呀, 保心丸只有…), and
 * the nitroimidazoles (甲硝唑's kin: 替硝唑, 奥硝唑); and a pill described by its box (就是白盒子那个), which is no name
 * (dev-15/16's reasons, new sentences). Before: 2/5 (the box described read right already; a guard).
 */
export const ROUND_7B_MEDICINE_L: Probe[] = [
  ['private', '我那个舒心丸啊吃完了啊 侬帮我配两盒好伐', 'medicine', 'items=舒心丸;qty=2;days=0'],
  ['group', '阿拉老头子的活络丸呀只剩三天了 麻烦帮忙配一盒 五号楼201', 'medicine', 'items=活络丸;qty=1;days=3;door=5-201'],
  ['group', '牙龈发炎了疼得要命 替硝唑 有的吗 9-1102', 'medicine', 'items=替硝唑;door=9-1102'],
  ['private', '奥硝唑 两盒 谢谢', 'medicine', 'items=奥硝唑;qty=2'],
  ['private', '我妈吃那个降压药 叫不出名字 就是白盒子那个 快吃完了 麻烦帮忙配', 'medicine', 'items=降压药;days=0'],
  // (Added after the change: a particle before the name never begins it — 0/1 before the second change, 1/1 after.)
  ['private', '嗯那个啊健脾丸啊只剩两天了啊 麻烦帮我配两盒', 'medicine', 'items=健脾丸;qty=2;days=2'],
];

/**
 * Round 7b, set M: a regimen listed, then the one running short named, and the rest said to be fine (别的都还有, 其他的还够,
 * 其他仲有, the rest is fine): only the one running short is the item, with its own days (README-16 rule 3; dev-16's
 * reason, new sentences). Before: 0/4.
 */
export const ROUND_7B_MEDICINE_M: Probe[] = [
  ['group', '我爸吃三种药 二甲双胍 阿司匹林 还有拜新同 现在拜新同只剩两天了 别的都还有 麻烦帮忙配一下', 'medicine', 'items=拜新同;days=2'],
  ['private', '医生开了氨氯地平跟阿托伐他汀 阿托伐他汀快吃完了 其他的还够 帮我配两盒', 'medicine', 'items=阿托伐他汀;qty=2;days=0'],
  ['group', '我媽食緊脈優同保栓通 脈優淨返三日 其他仲有 唔該幫手配 9座702', 'medicine', 'items=脉优;days=3;door=9-702'],
  ['group', 'my mum takes metformin and aspirin, the metformin runs out in 3 days, the rest is fine. could someone help? 5-1101', 'medicine', 'items=metformin;days=3;door=5-1101'],
];

/**
 * Round 7b, set N: the one reported named after 帮她报/替他报 (reporting it to the run is asking for it), and a pill
 * described by its bottle or box (就是黄瓶子那个), which is no name (dev-15/16's reasons, new sentences). Before: 1/3.
 */
export const ROUND_7B_MEDICINE_N: Probe[] = [
  ['private', '俺娘吃的降糖药 名字记不住 反正就是黄瓶子那个 吃完了 帮忙配一瓶', 'medicine', 'items=降糖药;qty=1;days=0'],
  ['group', '我外婆的胃药还有一板 保心丸只有两天了 我先帮她报保心丸 12号楼302', 'medicine', 'items=保心丸;days=2;door=12-302'],
  ['group', '我爷爷的眼药水还多 我替他报阿卡波糖 两盒 8号楼601', 'medicine', 'items=阿卡波糖;qty=2;door=8-601'],
];

export const ROUND_7B_ORDER_A: Probe[] = [
  ['group', '我要份水果 两盒鸡蛋 12号楼302', 'order', 'items=C*1|D*2;door=12-302'],
  ['reply:chain', '来份肉 一份蔬菜 7-1101', 'order', 'items=B*1|A*1;door=7-1101'],
  ['group', '阿拉要只水果 三只鸡蛋 6号楼502', 'order', 'items=C*1|D*3;door=6-502'],
  ['reply:chain', '要個B 兩個D 9座1203', 'order', 'items=B*1|D*2;door=9-1203'],
];

/**
 * Round 7b, order set B: the packages' words in a story of a gift received that orders nothing — 拿来/分了我/给了我 a
 * package, and 我要 with a verb that is no ordering (我要付钱, 我要给她钱, 我要还她钞票) — dev-15's reason, new
 * sentences. Before: 2/6 (the two about carriers, 搬菜的/送肉的, read right already and stay as guards).
 */
export const ROUND_7B_ORDER_B: Probe[] = [
  ['group', '今天搬菜的小伙子辛苦了 一趟一趟上楼', 'none'],
  ['group', '送肉的师傅讲明朝再来', 'none'],
  ['group', '楼组长拿来一盒鸡蛋 我要给她钱她不收 真是好人', 'none'],
  ['group', '隔壁阿姨给了我一份水果 我要还她钞票伊讲不要', 'none'],
  ['group', '邻居送来两份肉 我要付钱伊讲覅 谢谢伊', 'none'],
  ['group', '楼下大哥分了我一盒鸡蛋 我要转钱给他 他死活不要', 'none'],
];

/**
 * Round 7b, order set C: how much one wants said as enough (水果一份就够了, 一份就夠了) under the chain with the door is
 * the order line, not a remark (dev-15's reason: the old order little and say so; new sentences). Before: 2/4.
 */
export const ROUND_7B_ORDER_C: Probe[] = [
  ['reply:chain', '阿拉一个人吃 水果一份就够了 5号楼301', 'order', 'items=C*1;door=5-301'],
  ['reply:chain', '我家就两口人 肉禽套餐一份就夠了 8座1102', 'order', 'items=B*1;door=8-1102'],
  ['reply:chain', 'just the two of us, one veggie box is enough, 7-502', 'order', 'items=A*1;door=7-502'],
  ['reply:chain', '一份就够了吗 会不会太少', 'none'],
];

export const ROUND_7B_MEDICINE: Probe[] = [...ROUND_7B_MEDICINE_A, ...ROUND_7B_MEDICINE_B, ...ROUND_7B_MEDICINE_C, ...ROUND_7B_MEDICINE_D, ...ROUND_7B_MEDICINE_E, ...ROUND_7B_MEDICINE_F, ...ROUND_7B_MEDICINE_G, ...ROUND_7B_MEDICINE_H, ...ROUND_7B_MEDICINE_I, ...ROUND_7B_MEDICINE_J, ...ROUND_7B_MEDICINE_K, ...ROUND_7B_MEDICINE_L, ...ROUND_7B_MEDICINE_M, ...ROUND_7B_MEDICINE_N, ...ROUND_7B_ORDER_A, ...ROUND_7B_ORDER_B, ...ROUND_7B_ORDER_C];

/**
 * Round 7c, set A: letters and digits that belong to a medicine's name (维C, 维D, 维E, B族, D3, Q10, B12, 钙D) stay in
 * it, and a dose (600mg) is still no part of it; English "vitamin D3 ran out" is a need. Before: 2/7.
 */
export const ROUND_7C_MEDICINE_A: Probe[] = [
  ['private', '我妈的维C泡腾片吃完了 帮忙配两盒', 'medicine', 'items=维C泡腾片;qty=2;days=0'],
  ['group', '老爷子的维D钙咀嚼片只剩三天了 谁去药房帮带一瓶 6号楼402', 'medicine', 'items=维D钙咀嚼片;qty=1;days=3;door=6-402'],
  ['private', '維E軟膠囊食晒 唔該幫我配一盒', 'medicine', 'items=维E软胶囊;qty=1;days=0'],
  ['private', '我爸的维生素B族快吃完了 麻烦帮忙带一瓶', 'medicine', 'items=维生素B族;qty=1;days=0'],
  ['private', "my dad's vitamin D3 ran out yesterday, could someone pick up a bottle for him? 3-201", 'medicine', 'items=vitamin d3;qty=1;days=0;door=3-201'],
  ['private', '碳酸钙D3片600mg的吃完了 帮我配两盒', 'medicine', 'items=碳酸钙D3片;qty=2;days=0'],
  ['private', '辅酶Q10还剩两天 麻烦帮忙配一瓶', 'medicine', 'items=辅酶Q10;qty=1;days=2'],
  // (Added after the first change: capitals that begin a name before its form, the message's first word — 0/2 before the second change, 2/2 after.)
  ['private', 'VC泡騰片食晒 唔該幫我買一支', 'medicine', 'items=VC泡腾片;qty=1;days=0'],
  ['private', 'AD滴剂吃完了 帮忙配一盒', 'medicine', 'items=AD滴剂;qty=1;days=0'],
];

/**
 * Round 7c, set B: a question whether the bot can do medicine (可以帮老人配药吗, can this bot get prescriptions) is
 * `help`, a question about the bot, not a medicine request. Before: 3/5.
 */
export const ROUND_7C_MEDICINE_B: Probe[] = [
  ['group', '邻里能不能帮忙代配药啊 是怎么弄的', 'help'],
  ['private', '請問這個機器人可以幫長者配藥嗎', 'help'],
  ['group', 'can this bot help older folks get their prescriptions?', 'help'],
  ['group', '这个小助手会不会帮人配药的', 'help'],
  ['private', '你们这个邻里配药是怎么收费的 可以帮我们楼的老人配吗', 'help'],
];

/**
 * Round 7c, set C: a resident in pain asking neighbours for a remedy (谁有膏药, 哪位有红花油借我) — README rule 5,
 * asking neighbours for a medicine is a request, with the pain beside it. Before: 4/5 (and the relabelled emergency.ts probe, 「搬东西把腰闪了 … 谁有膏药」, wrong).
 */
export const ROUND_7C_MEDICINE_C: Probe[] = [
  ['group', '昨天下楼扭到脚了 肿得厉害 哪位邻居家里有红花油 借我用一下 7号楼201', 'medicine', 'items=红花油;door=7-201'],
  ['group', '牙疼了一整晚 实在受不了 谁家有布洛芬 能匀我两粒吗', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '頭痛到爆 邊位街坊有必理痛 可唔可以俾兩粒我', 'medicine', 'items=必理痛;qty=2'],
  ['group', 'pulled a muscle in my neck, it hurts like crazy. does anyone have some ibuprofen? 4-603', 'medicine', 'items=ibuprofen;door=4-603'],
  ['group', '落枕了 脖子疼得转不了 谁有伤湿止痛膏 给我一张', 'medicine', 'items=伤湿止痛膏;qty=1'],
];

/**
 * Round 7c, set D: an offer of a spare (有多一支可以借, 多了一瓶 谁要拿去, I have a spare) is no request and no
 * quantity. Before: 4/5.
 */
export const ROUND_7C_MEDICINE_D: Probe[] = [
  ['group', '体温计我家有多一支 哪家要用可以借', 'none'],
  ['group', '我这里布洛芬多了一盒 谁要可以来拿', 'none'],
  ['group', '我這邊多咗一支藥膏 有需要嘅街坊可以嚟攞', 'none'],
  ['group', 'I have a spare thermometer if anyone needs to borrow one', 'none'],
  ['group', '碘伏多买了一瓶 谁家需要说一声 送你', 'none'],
  // (Added after the change, as guards: a spare asked of others, 谁有多的/谁家有多余的 … 能借, stays a request — 2/2 before and after.)
  ['group', '谁有多的膏药 能借一张 腰疼死了', 'medicine', 'items=膏药;qty=1'],
  ['group', '谁家有多余的体温计 能借一个', 'medicine', 'items=体温计;qty=1'],
];

export const ROUND_7C_MEDICINE: Probe[] = [...ROUND_7C_MEDICINE_A, ...ROUND_7C_MEDICINE_B, ...ROUND_7C_MEDICINE_C, ...ROUND_7C_MEDICINE_D];
