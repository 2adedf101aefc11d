/**
 * Round 10 chatter probes: group talk that dev-24 (students' slang beside retired professors) and dev-25 (浦东, April 2022,
 * medicine hardest to get) saw taken as a request, by reason, in new words and other scripts, with the near misses that
 * still ask. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-25: 「我有两盒没用过的胰岛素针头 谁家需要 直接来12号楼拿」, "Got 2 unopened boxes of panadol, free to whoever
// needs them"): one's own unused stock offered to whichever household needs it (谁家/哪家/边个 需要, 用得着, 直接来拿, "free to
// whoever", "up for grabs") is an offer; asking a neighbour for their unopened box still asks.
// Read right 4/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_SPARE_OFFERED: Probe[] = [
  ['group', '我这有一盒没开封的硝酸甘油 哪家老人需要 直接来7号楼拿', 'none'],
  ['group', '屋企仲有兩盒未開封嘅血糖試紙 邊個用得着 嚟8號樓攞', 'none'],
  ['group', 'I have three sealed boxes of ibuprofen, free to whoever wants them, building 5', 'none'],
  ['group', '家里多出来两支胰岛素笔芯 还没拆 谁家要用 上门来取就行', 'none'],
  ['group', 'Two unopened packs of Lianhua Qingwen up for grabs, just knock on 9-301', 'none'],
  ['group', '谁家有没开封的胰岛素针头 能不能匀我一盒 我住6号楼502', 'medicine', 'items=胰岛素针头;qty=1;door=6-502'],
];

// Set 2 (dev-25: 「前面一个老伯伯帮他老伴配癫痫药 等了三个钟头」, 「那个志愿者小伙子为了帮我们配药 在医院门口排到晚上九点」, 「前两天帮楼上
// 配的替吉奥 发票在我这」, 「昨天我去仁济东院帮我婆婆配药 排了三个多小时」): a fetch for someone told as done or being done — by
// someone named before 帮, 为了帮, a trip (去/在 a place 帮…配), or 帮…配的 before what was fetched — is a story, not asked;
// asking someone to go and fetch still asks.
// Read right 3/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_FETCH_TOLD: Probe[] = [
  ['group', '药店门口有个阿姨帮她女婿买降压药 排了两个多小时', 'none'],
  ['group', '楼组长为了帮大家配药 一大早五点就出门了 太辛苦了', 'none'],
  ['group', '上礼拜帮隔壁买的胰岛素 收据还在我这 谁能转给他家', 'none'],
  ['group', '今朝我去东方医院帮阿爸配药 排咗成四个钟', 'none'],
  ['group', '谁明天去东方医院 能不能帮我配两盒降压药 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
  ['group', '麻烦志愿者去医院帮我妈配一下二甲双胍 还剩两天 8号楼601', 'medicine', 'items=二甲双胍;days=2;door=8-601'],
];

// Set 3 (dev-25: 「你们别帮我问了 我自己想办法」): help declined (别/不用/唔好/don't … 帮我, 我自己想办法) asks for nothing, though its
// words hold a request's; a need said after it for another medicine still asks. (Written and left out: 「降压药不用帮我配了 但是二甲双胍
// 只剩两天 麻烦帮我配两盒」 is read as one's own request taken back — commands/medicine/asked-after.ts — whatever follows 但是; not this set's reason.)
// Read right 4/5 before the change; 7/7 after (two rows written after the change, to try its edge; one of them read wrong at first).
export const ROUND_10_CHATTER_HELP_DECLINED: Probe[] = [
  ['group', '大家别替我操心了 那个药我让儿子从北京寄过来', 'none'],
  ['group', '你哋唔好幫我搵啲藥喇 我自己諗辦法', 'none'],
  ['group', "please don't bother asking the pharmacy for me, my son is sending my pills", 'none'],
  ['group', '不用帮我去问药了 我自己再想想办法', 'none'],
  ['group', '别帮我去问那个进口药了 但是二甲双胍只剩两天 麻烦帮我配两盒', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  // (Written after the change, to try its edge: a way out tried and failed is no decline.)
  ['group', '我自己想办法不行 降压药只剩一天了 谁能帮忙配', 'medicine', 'items=降压药;days=1'],
  // (Written after the change, read wrong at first: "sort my meds out" read as run out.)
  ['group', "Stop asking for me guys, I'll sort my meds out myself", 'none'],
];

// Set 4 (dev-25: 「连花清瘟到底有没有用 … 不是要买啊 就是问问」): a request denied in words (不是要买, 不是要配, 就是问问, 随便问问,
// "not asking for any", "just curious") leaves the question about the medicine, nothing asked.
// Read right 2/5 before the change; 6/6 after (one row written after the change, to try its edge).
export const ROUND_10_CHATTER_NOT_BUYING: Probe[] = [
  ['group', '布洛芬跟对乙酰氨基酚哪个退烧快 我不是要配 就是好奇问问', 'none'],
  ['group', '请问阿托伐他汀要不要饭后吃 不是要买哦 随便问问', 'none'],
  ['group', "Is Lianhua actually useful? not asking anyone to buy me some, just curious", 'none'],
  ['group', '氯雷他定同西替利嗪有咩分别 唔係要買呀 純粹問下', 'none'],
  ['group', '不是问问 我是真的要配 降压药吃完了 麻烦帮我配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  // (Written after the change, to try its edge: one way denied for another is still asked.)
  ['group', '不是要买的 是要医院配的 降压药两盒 麻烦志愿者帮忙', 'medicine', 'items=降压药;qty=2'],
];

// Set 5 (dev-25: 「我這個高血壓的藥只有2天的量了 ——居委公眾號今天轉的 大家看看」): words pasted with their source named after a dash
// (——转自…, —— 公众号, —— from the committee's account) are someone else's, put before the group to read; the writer's own need
// without such a mark still asks.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_10_CHATTER_SOURCE_AFTER: Probe[] = [
  ['group', '我家老人的降糖药只剩三天了 谁能帮忙配 —— 朋友圈看到的 大家帮忙转一下', 'none'],
  ['group', '我的胰島素只夠兩天了 求助 ——街道公眾號轉的 大家留意下', 'none'],
  ['group', "My mum's heart pills run out in 2 days, can anyone help? — shared from the district's account, please read", 'none'],
  ['group', '我妈的降压药只剩两天了 谁能帮忙配一盒 —— 5号楼302', 'medicine', 'items=降压药;qty=1;days=2;door=5-302'],
];

// Set 6 (dev-25: 「大家不要相信那些说能帮忙配药的陌生人 … 收了钱跑了」): an offer told of others in a warning (那些说能帮…的人, 不要
// 相信, 自称…能帮, "people who say they can get your medicine") is no offer of the writer's; one's own offer beside it still offers.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_10_CHATTER_OFFER_WARNED: Probe[] = [
  ['group', '不要相信那种说能帮你配到进口药的人 收了钱就拉黑', 'none'],
  ['group', '别信群外面讲可以帮忙送药上门的陌生人 我邻居被坑了三百块', 'none'],
  ['group', '唔好信啲話可以幫手送藥嘅陌生人 我朋友俾人呃咗幾百蚊', 'none'],
  ['group', "Careful with strangers who say they can deliver medicine for you, a friend paid and never got anything", 'none'],
  ['group', '别相信外面说能帮忙跑医院的人 我有车 可以帮大家跑医院配药', 'volunteer', 'skills=driver|medicine'],
];

// Set 7 (dev-25: 「我是住在9号楼的社区医生 这几天很多人问我药能不能替换 我统一说一下」): others who asked me (很多人问我, 好多街坊
// 问我, 不少邻居来问过我, "lots of you have asked me"), told before advice to everyone, is news of questions answered, not "ask me"; the same profession with 可以/随时/找我 offers.
// Read right 3/5 before the change; 5/5 after.
export const ROUND_10_CHATTER_PROFESSION_ADVISES: Probe[] = [
  ['group', '我是12号楼的药剂师 最近总有人问我降压药能不能换 我在这里统一讲下 同类的可以换 剂量要问医生', 'none'],
  ['group', '本人係護士 好多街坊問我退燒藥點食 統一答下 四個鐘至少隔一次', 'none'],
  ['group', '我是6号楼的护士 这两天不少邻居来问过我 退烧药不要叠着吃 间隔至少四个小时 大家注意', 'none'],
  ['group', "I'm a GP living in building 4. Lots of you have asked me about switching blood pressure pills, so here's one answer for all: don't switch without asking", 'none'],
  ['group', '我是社区医生 住9号楼 大家有用药的问题可以随时找我', 'volunteer', 'skills=doctor'],
];

// Set 8 (dev-24: 「老公说要给我做一个蛋糕」 ordered eggs): a package's one-character word as the first character of another word
// (蛋糕, 蛋挞, 蛋黄酥, 菜单, 菜市场) is that word, not the package; 「要一个蛋」 beside it still orders eggs.
// Read right 1/5 before the change; 5/5 after.
export const ROUND_10_CHATTER_WORD_IN_WORD: Probe[] = [
  ['group', '老公说周末要给我烤一个蛋糕 结果面粉都没有', 'none'],
  ['group', '女儿想吃 我要做两个蛋挞 谁知道烤箱开多少度', 'none'],
  ['group', '封控在家学做甜点 来一个蛋黄酥 失败了哈哈', 'none'],
  ['group', '饭店说要给我们留一份菜单 等解封了去吃', 'none'],
  ['group', '团购鸡蛋我要两份 5号楼302', 'order', 'items=D*2;door=5-302'],
];

// Set 9 (dev-24: 「我阿爸今日又打電話嚟問點樣報配藥 … 最後搵咗樓上個後生仔幫手」): help found for someone (找了/搵咗/请了 someone 帮忙)
// is a story with a happy end, not help asked; asking someone to be found still asks.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_10_CHATTER_HELP_FOUND: Probe[] = [
  ['group', '我妈不会用手机报配药 后来找了隔壁的小姑娘帮忙 总算弄好了', 'none'],
  ['group', '佢唔識上網登記配藥 搵咗個義工幫手 搞掂晒', 'none'],
  ['group', '老爸又打电话问我怎么报配药 我在外地 只好请楼下的志愿者帮忙 真是好人', 'none'],
  ['group', '我妈不会报配药 能不能找个志愿者帮忙 她降压药只剩两天了', 'medicine', 'items=降压药;days=2'],
];

// Set 10 (dev-25: "just a tip for the foreigners here: … you need a Chinese phone number … Don't wait until your pills are gone"):
// a tip announced to everyone (小贴士, 分享个经验, 给大家提个醒, "just a tip", "PSA", "pro tip") and "don't wait until" are advice; its
// "need" is a requirement told, not a need of the writer's; one's own medicine running out beside it still asks.
// Read right 2/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_TIP: Probe[] = [
  ['group', '小贴士:去医院配药前先打电话问问 需要带什么 省得白跑一趟', 'none'],
  ['group', '分享个经验 去医院配药最好七点前到 需要带身份证和医保卡', 'none'],
  ['group', 'Just a tip, don\'t wait until your insulin is gone, the hospital needs three days', 'none'],
  ['group', 'Pro tip for newcomers: you need to register with the committee before any refill, don\'t wait till your pills run out', 'none'],
  ['group', '给大家提个醒 社区医院配药要带医保卡和病历 不然开不了', 'none'],
  ['group', 'PSA: my ventolin runs out tomorrow, can anyone grab one for me? 3-602', 'medicine', 'items=ventolin;days=1;door=3-602'],
];

// Set 11 (dev-25: 「还有不要指望一次开很多」): an expectation waved off (不要指望, 别想着, 别以为, "don't expect") holds a request's words
// (能开, 能买到, 想…买) that ask for nothing; 「不要紧 我要配两盒」 still asks.
// Read right 2/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_DONT_EXPECT: Probe[] = [
  ['group', '大家去医院不要指望一次能开三个月的药 最多两周', 'none'],
  ['group', '不要想着去药店买退烧药了 根本买不到', 'none'],
  ['group', '别想着网上能买到连花清瘟 我试了三个平台都没有', 'none'],
  ['group', '医生说了 不要指望一次开很多 两周一配', 'none'],
  ['group', "Don't expect the hospital to refill more than two weeks, they only give 14 days now", 'none'],
  ['group', '不要紧 我要配两盒降压药 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

// Set 12 (written from dev-25's kind of talk — substitutes asked of each other — not from a dev row): 替 inside 代替, 顶替, 替代,
// 替换 is a substitute, not "on behalf of"; whether one medicine can stand in for another, asked of neighbours, asks nothing.
// 「替我妈配两盒」 still asks.
// Read right 4/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_SUBSTITUTE: Probe[] = [
  ['group', '有没有人知道氨氯地平能不能用硝苯地平代替 我家那个配不到', 'none'],
  ['group', '厄贝沙坦没了的话 用缬沙坦顶替一下会不会有问题', 'none'],
  ['group', '硝苯地平缓释片可以替代拜新同吗 有吃过的说说', 'none'],
  ['group', '邊個知布洛芬可唔可以代替必理痛 屋企淨係得布洛芬', 'none'],
  ['group', 'Can ibuprofen replace paracetamol for a fever? asking for my mum', 'none'],
  ['group', '替我妈配两盒降压药 谢谢 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

// Set 13 (written from dev-25's kind of talk — prices — not from a dev row): a price per box (八十多一盒, 贵一倍) is a price; its
// 一盒 is no count asked for.
// Read right 3/5 before the change; 5/5 after.
export const ROUND_10_CHATTER_PRICE_PER_BOX: Probe[] = [
  ['group', '叮咚上二甲双胍要八十多一盒 比医院贵一倍', 'none'],
  ['group', '外面药店的布洛芬卖到六十块一盒了 离谱', 'none'],
  ['group', '网上的连花清瘟九十几一盒 比平时贵了三倍', 'none'],
  ['group', 'Panadol is 45 yuan a box on Meituan now, crazy', 'none'],
  ['group', '降压药贵也要 帮我买两盒 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

// Set 14 (written from dev-25's kind of talk — pharmacy news — not from a dev row): a shop's rule told (要凭身份证买, 实名登记,
// 每人限购一盒, "limited to one box per person") is news; its count is the limit, not a request.
// Read right 0/4 before the change; 4/4 after.
export const ROUND_10_CHATTER_SHOP_RULE: Probe[] = [
  ['group', '药店说布洛芬要凭身份证买 每人限购一盒', 'none'],
  ['group', '现在买退烧药要实名登记 一个人只能买两盒', 'none'],
  ['group', '藥房話感冒藥要憑身份證先買到 每人限一盒', 'none'],
  ['group', 'The pharmacy says ibuprofen is limited to one box per person and you need ID', 'none'],
];

// Set 15 (written from dev-25's kind of talk — thanks — not from a dev row): what a neighbour lent the writer (借了我两片, 借咗我哋
// 一支, "lent us two sachets") is what one has; borrowing again still asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_10_CHATTER_LENT_TO_ME: Probe[] = [
  ['group', '谢谢12号楼的阿姨 昨天借了我两片布洛芬 今天烧退了', 'none'],
  ['group', '多谢楼下阿叔借咗我哋一支体温计', 'none'],
  ['group', '隔壁借了我们一盒退烧贴 孩子好多了', 'none'],
  ['group', 'the lady in 5-302 lent us two sachets of ORS, thank you so much', 'none'],
  ['group', '上次借了我两片布洛芬 能不能再借两片 5号楼302', 'medicine', 'items=布洛芬;qty=2;door=5-302'],
];

// Set 16 (dev-25: "Got 2 unopened boxes … free to whoever needs them", in other words): a spare offered to a kind of household
// ("if any kid in the building needs it", "if any diabetic neighbour needs them", "if any family with kids needs one").
// Read right 2/4 before the change; 4/4 after.
export const ROUND_10_CHATTER_SPARE_FOR_A_KIND: Probe[] = [
  ['group', 'I have an extra inhaler, same as ventolin, if any kid in the building needs it message me', 'none'],
  ['group', 'We have spare insulin needles if any diabetic neighbour needs them', 'none'],
  ['group', 'Got an extra thermometer, if any family with kids needs one just knock', 'none'],
  ['group', 'does any neighbour have a spare inhaler? my son ran out, 3-602', 'medicine', 'items=inhaler;days=0;door=3-602'],
];

// Set 17 (written from dev-24's slang, not from a dev row): 谁懂啊, 家人们谁懂, 有没有人懂 is an interjection ("can you believe it"),
// not a question who will help; a request after it still asks.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_10_CHATTER_WHO_GETS_IT: Probe[] = [
  ['group', '家人们谁懂啊 买个退烧药跑了三家店', 'none'],
  ['group', '有没有人懂 我一个95后天天帮我爸排队买降压药', 'none'],
  ['group', '谁懂 药店小哥帮我找了半天布洛芬 结果是空盒子', 'none'],
  ['group', '家人们谁懂啊 我的降压药吃完了 谁能帮我买两盒 5号楼302', 'medicine', 'items=降压药;qty=2;days=0;door=5-302'],
];

// Set 18 (written from dev-24's and dev-25's pharmacy queues, not from a dev row): the pharmacy's stock out, told as what it said
// (轮到我说药没了, 窗口讲药没了, 店员话…冇晒, "the pharmacist told me … was all gone"), is news of the shop, not the writer's
// own run out; the writer's own days said beside it are read.
// Read right 0/5 before the change; 7/7 after (two rows written after it).
export const ROUND_10_CHATTER_STOCK_OUT_TOLD: Probe[] = [
  ['group', '我真的会谢 排了两个小时队 轮到我说药没了', 'none'],
  ['group', '医院窗口讲药没了 明天再来 我白跑一趟', 'none'],
  ['group', '去了药房 店员话胰岛素冇晒 下礼拜先到', 'none'],
  ['group', 'The pharmacist told me the insulin was all gone, come back next week', 'none'],
  ['group', '我去药房问了 说药没了 我的胰岛素只剩一天了 谁能帮忙想办法', 'medicine', 'items=胰岛素;days=1'],
  // (Written after the change, which first took these too — dev-5's 「她讲吃光了」 and dev-15's relays fell: the patient's own
  // words relayed are her own run out.)
  ['group', '我妈讲她的降压药吃光了 帮她配两盒 3号楼502', 'medicine', 'items=降压药;qty=2;days=0;door=3-502'],
  ['group', 'My mum told me her insulin is all gone, can someone help? 3-602', 'medicine', 'items=insulin;days=0;door=3-602'],
];

// Set 19 (written from dev-25's scam warnings, not from a dev row): a prohibition (不要买, 别买, never buy, "never order") is advice;
// its 要买 / buy asks for nothing. Asking someone to buy still asks.
// Read right 4/6 before the change; 6/6 after.
export const ROUND_10_CHATTER_PROHIBITED: Probe[] = [
  ['group', 'Never buy medicine from those WeChat sellers, a guy in building 7 lost 500 rmb', 'none'],
  ['group', '不要买微商卖的布洛芬 假的', 'none'],
  ['group', '大家千万不要去买那种网上的特效药 一盒三百多 都是骗人的', 'none'],
  ['group', 'never order insulin from strangers online, you have no idea how it was stored', 'none'],
  ['group', '唔好喺網上買嗰啲藥 好多假貨', 'none'],
  ['group', 'can someone buy me 2 boxes of panadol? 3-602', 'medicine', 'items=panadol;qty=2;door=3-602'],
];
