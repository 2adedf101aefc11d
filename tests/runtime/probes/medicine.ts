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
  ['group', '请问谁能帮我配点降压的 我这边只有三四天的了', 'medicine', 'items=降压的;days=3'],
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

export const ROUND_4_MEDICINE: Probe[] = [...SET_1, ...SET_2];
