/**
 * Round 7 probes (helper fix-b): what is and is not a medicine's name, medical devices asked for,
 * and emergencies that are not a person in danger. Each set was written before the recogniser was
 * changed for it. [context, text, intent, fields?] as in ../understand-probes.ts.
 */

/**
 * Fires: a fire now with nobody said to be in it or hurt is the uncertain middle (emergency.ask; the
 * group hears 119 and whether anyone is hurt or trapped), never a page of every doctor and nurse; a
 * fire with someone inside, hurt or crying for help pages; a fire put out, on the news, in a drill or
 * in a manner of speaking is nothing. 10/15 before (着火了/起火了 alone paged; an English fire was silence).
 */
export const ROUND_7_FIRE: [string, string, string, string?][] = [
  ['group', '楼下垃圾桶着火了', 'emergency.ask'],
  ['group', '5号楼楼道里起火了 好大的烟', 'emergency.ask'],
  ['group', '隔壁厨房冒烟了 已经灭了 没事', 'none'],
  ['group', '新闻里说浦东一个小区着火了 好可怕', 'none'],
  ['group', '着火了 老人还在里面 3号楼502', 'emergency', 'door=3-502'],
  ['group', '樓下電瓶車起火了 大家快下來', 'emergency.ask'],
  ['group', 'There\'s a fire in the bike shed downstairs, lots of smoke', 'emergency.ask'],
  ['group', 'the fire in building 7 is out now, nobody hurt', 'none'],
  ['group', '我家锅里着火了 已经用锅盖盖灭了', 'none'],
  ['group', '电视剧里那场火灾拍得好真', 'none'],
  ['group', '着火了 我妈被困在卫生间出不来', 'emergency'],
  ['group', '起火了!12号楼602 有人在喊救命', 'emergency', 'door=12-602'],
  ['group', '消防演习 明天上午十点 大家不要慌', 'none'],
  ['group', '阿拉楼下着火了 烟老大额', 'emergency.ask'],
  ['group', '心里着火了 哈哈 太气了', 'none'],
];

/**
 * Words read as an unknown medicine's name by their place or shape: an English given name where a
 * capitalised brand stands (given something, owning something, after a title, having a cough); a
 * child's or pet's doubled nickname (安安, 康康 end as brands do); a place, a shop or an app after a
 * class word (徐汇区, 叮咚, 京东); kin (阿爸); a shop out of stock read as days left; and a warning of a
 * fraud read as a need (骗子, 诈骗, 冒充, scam). 11/30 before; 30/30 after.
 */
export const ROUND_7_NAMES: [string, string, string, string?][] = [
  ['group', 'Please bring Emma her inhaler, she ran out this morning', 'medicine', 'items=inhaler;days=0'],
  ['private', 'I need to refill Grace\'s blood pressure pills, 2 boxes', 'medicine', 'items=blood pressure pills;qty=2'],
  ['group', 'Can anyone fetch Oliver 2 boxes of Panadol from the pharmacy', 'medicine', 'items=panadol;qty=2'],
  ['group', 'my Sophie has a cough, could someone get cough syrup', 'medicine', 'items=cough syrup'],
  ['group', 'Could someone buy Lucas some Calpol? he has a fever', 'medicine', 'items=calpol'],
  ['group', 'Need to get Aunt Mei her insulin, only 2 days left', 'medicine', 'items=insulin;days=2'],
  ['group', '帮Jason带两盒布洛芬 他发烧了', 'medicine', 'items=布洛芬;qty=2'],
  ['group', 'Dr Wang\'s patient needs metformin, 3 boxes', 'medicine', 'items=metformin;qty=3'],
  ['group', '小明 安安吃完了 谁帮忙', 'none'],
  ['group', '我家豆豆的药吃完了 宝宝咳嗽', 'medicine', 'days=0'],
  ['group', '乐乐 康康 都吃完了 明天再去超市', 'none'],
  ['group', '阿拉囡囡宁宁发烧了 美林只剩一点点 帮忙配一瓶', 'medicine', 'items=美林;qty=1'],
  ['group', '平平吃完了', 'none'],
  ['group', '毛毛的降压药吃完了 谁明天去医院', 'medicine', 'items=降压药;days=0'],
  ['group', '感冒药徐汇区都买不到 谁有多的匀我一盒', 'medicine', 'items=感冒药;qty=1'],
  ['group', '降压药浦东新区还有货吗 我的只剩两天了', 'medicine', 'items=降压药;days=2'],
  ['group', '胃藥長寧路那邊也沒有 誰明天去醫院幫我帶一盒', 'medicine', 'items=胃药;qty=1'],
  ['group', '退烧药七宝镇都断货了 孩子发烧 帮帮忙', 'medicine', 'items=退烧药'],
  ['group', '大家小心骗子 有人说能代配药 要先转账', 'none'],
  ['group', '又有骗子冒充居委 说帮忙配药收钱 大家别信', 'none'],
  ['group', '配药的骗局又来了 一盒降压药收200 别上当', 'none'],
  ['group', '有人冒充志願者 說幫忙配藥 要先付錢 是詐騙', 'none'],
  ['group', 'Beware of a scam: someone is messaging people offering to refill prescriptions for a deposit', 'none'],
  ['group', '感冒药叮咚都没有了 谁有多的匀我一盒', 'medicine', 'items=感冒药;qty=1'],
  ['group', '布洛芬美团也买不到 孩子发烧 帮帮忙', 'medicine', 'items=布洛芬'],
  ['group', '胃药盒马也没货 我的吃完了 谁明天去医院帮我带', 'medicine', 'items=胃药;days=0'],
  ['group', '止痛藥京東 淘寶都斷貨 阿爸只剩兩天 麻煩幫忙', 'medicine', 'items=止痛药;days=2'],
  ['group', '降压药 静安 也配不到 我的还剩三天', 'medicine', 'items=降压药;days=3'],
  ['group', '我的降压药吃完了 怕遇到骗子 还是请居委帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '上次被骗买了假药 我爸的胰岛素只剩两天了 谁能帮忙', 'medicine', 'items=胰岛素;days=2'],
];

/**
 * Medical devices that measure or treat (血压计, 血糖仪, 制氧机, 雾化器, 体温计, 血氧仪, 额温枪; a blood pressure
 * monitor, an oxygen concentrator, a nebulizer, an oximeter) asked to be bought or borrowed are a supply
 * (tests/corpus/README.md rule 6, README-13.md rule 5), counted in 台 or 只; one offered to lend, kept at home,
 * borrowed for a measurement, asked where to buy (哪里还能买, "where can we buy"), asked for a recommendation
 * (求推荐, which brand) or advised (建议…备) is not; a device named as what a supply is for ("strips for my
 * glucose meter", 血糖仪用的试纸) is not asked for itself. A wheelchair borrowed stays none (ROUND_6_CHATTER_U):
 * a mobility aid is a neighbour's loan, no supply. 21/29 before; 29/29 after.
 */
export const ROUND_7_DEVICES: [string, string, string, string?][] = [
  ['group', '谁明天去药店 帮我带个血压计 家里的坏了', 'medicine', 'items=血压计;qty=1'],
  ['group', '我爸要用制氧机 哪位能帮忙买一台 急', 'medicine', 'items=制氧机;qty=1'],
  ['private', '想买个血糖仪 再配两盒试纸', 'medicine', 'items=血糖仪|试纸;qty=1'],
  ['group', '誰家有霧化器可以借一下 孩子咳得厲害', 'medicine', 'items=雾化器'],
  ['group', '誰家有體溫計可以借我一下 孩子好像發燒', 'medicine', 'items=体温计'],
  ['group', 'Can anyone lend me a blood pressure monitor? mine broke', 'medicine', 'items=blood pressure monitor'],
  ['group', 'Need to buy an oxygen concentrator for my dad, anyone know a seller who delivers', 'medicine', 'items=oxygen concentrator'],
  ['group', '阿拉屋里血压计坏脱了 啥人好帮阿拉买只 谢谢侬', 'medicine', 'items=血压计;qty=1'],
  ['group', '我的血糖仪坏了 谁能帮我带一个 试纸也快用完了', 'medicine', 'items=血糖仪|试纸;qty=1;days=0'],
  ['group', '我家有个闲置的制氧机 谁家老人需要可以借去用', 'none'],
  ['group', '我有多的体温计 需要的邻居来拿', 'none'],
  ['group', 'I have a spare nebulizer if anyone needs to borrow it', 'none'],
  ['group', '阿拉屋里有只血压计 用不着了 啥人要借伐', 'none'],
  ['group', '我家有台雾化器 孩子用的 谁家小孩咳嗽可以来借', 'none'],
  ['group', '有没有邻居家有轮椅可以借我用几天 我妈腿摔了', 'none'],
  ['group', 'The wheelchair I lent to building 5 came back, thanks', 'none'],
  ['group', '求推荐一款好用的额温枪', 'none'],
  ['group', '大家用的哪个牌子的血压计 准不准', 'none'],
  ['group', 'Any recommendations for a good pulse oximeter?', 'none'],
  ['group', '建议有老人的家庭都备个体温计和血氧仪', 'none'],
  ['group', '醫生建議家裡備一台制氧機', 'none'],
  ['group', '哪里还能买到退烧药 药店都卖空了', 'none'],
  ['group', 'Where could we still get an oximeter, everything online is sold out', 'none'],
  ['group', '哪兒還買得到血糖試紙啊', 'none'],
  ['group', 'Could someone get lancets for my mum\'s glucometer? she has none left', 'medicine', 'items=lancets;days=0'],
  ['group', '我妈血糖仪用的试纸没了 谁能帮忙带两盒', 'medicine', 'items=试纸;qty=2;days=0'],
  ['private', '雾化器用的药 普米克令舒 两盒 谢谢', 'medicine', 'items=普米克令舒;qty=2'],
  ['group', 'Need new test strips for the blood sugar meter, 3 boxes please', 'medicine', 'items=test strips;qty=3'],
  ['group', '阿拉血糖仪里个采血针用光了 啥人帮忙带一盒', 'medicine', 'items=采血针;qty=1;days=0'],
];

/**
 * medicine.items, by reason: an inhaler's form word lost (都保, 准纳器, turbuhaler, accuhaler: 信必可都保 read as
 * 信必可); a voice run-on's next clause read as a name after a count (「…最后一板而且快吃完了」: a conjunction begins
 * no name, no name holds 吃完/用完); Cantonese supplies unknown (针咀, 探热针) and a glucometer (血糖机) joined
 * to the supply written after it; guards: a doubled-syllable description (花兮兮, 昏沉沉, 空落落) and a name
 * after 用的是/吃的是 or 叫 beside its class. 12/18 before; 18/18 after. (Two English rows were left out: a count
 * said around an inhaler brand — "one symbicort turbuhaler", "Seretide accuhaler 1" — gives no qty.)
 */
export const ROUND_7_ITEMS: [string, string, string, string?][] = [
  ['private', '我爸的舒利迭准纳器快用完了 帮忙配一个', 'medicine', 'items=舒利迭准纳器;qty=1;days=0'],
  ['group', '普米克都保只剩最后一支 谁去医院帮我带两支', 'medicine', 'items=普米克都保;qty=2'],
  ['group', '我媽的信必可都保用完了 麻煩幫忙配一支 8號樓1202', 'medicine', 'items=信必可都保;qty=1;days=0;door=8-1202'],
  ['group', '阿拉老头子眼睛花兮兮 眼药水滴光了 帮帮忙配一瓶', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['group', '我这两天头昏沉沉 降压药也吃光了 谁能帮我带两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '我妈说胃里空落落的 胃药也没了 能帮忙配一盒吗', 'medicine', 'items=胃药;qty=1;days=0'],
  ['private', '我老公的降压药叫络活喜现在只剩最后一板而且快吃完了能帮忙配两盒吗', 'medicine', 'items=络活喜;qty=2;days=0'],
  ['group', '我爸的降糖药叫拜唐苹然后也快吃完了谁明天去医院帮忙带一盒', 'medicine', 'items=拜唐苹;qty=1;days=0'],
  ['group', '我媽有高血壓每天都要吃降壓藥她吃的是壓氏達現在只剩三天了麻煩幫忙', 'medicine', 'items=压氏达;days=3'],
  ['group', '我爸打胰岛素的 他用的是优泌林 只剩两支了 谁能帮忙配两支', 'medicine', 'items=优泌林;qty=2'],
  ['private', '胃药我吃的是达喜 吃完了 帮我配一盒', 'medicine', 'items=达喜;qty=1;days=0'],
  ['private', '阿爸啲針咀冇晒 唔該幫手買一盒', 'medicine', 'items=针咀;qty=1;days=0'],
  ['group', '邊位有多嘅探熱針 借一支俾我 個仔發燒', 'medicine', 'items=探热针;qty=1'],
  ['group', '我阿媽個血糖機試紙用晒 唔該幫手帶兩盒', 'medicine', 'items=试纸;qty=2;days=0'],
  ['group', '我妈的眼药水叫适利达但是快用完了谁去医院帮忙带一瓶', 'medicine', 'items=适利达;qty=1;days=0'],
  ['private', '药名叫立普妥所以想请人帮忙带一盒', 'medicine', 'items=立普妥;qty=1'],
  ['group', '她用的是来得时可是只剩一支了麻烦帮忙配两支', 'medicine', 'items=来得时;qty=2'],
  ['private', '老豆嘅血糖機針咀用晒 幫我買兩盒', 'medicine', 'items=针咀;qty=2;days=0'],
];

/**
 * A medicine said low (只剩, 就剩, 得返, "down to one pen") and then another asked for as well (还要, 仲要, 另外还要,
 * 再要, "also need"): both are asked for — the low one was dropped as stock beside the one asked; stock said
 * in English ("down to one pen") is no quantity; stock said with 还有…不急 beside one asked stays out (guard).
 * 1/6 before; 6/6 after.
 */
export const ROUND_7_ALSO: [string, string, string, string?][] = [
  ['private', '胰岛素只剩一支了 还要点针头 谢谢', 'medicine', 'items=胰岛素|针头'],
  ['private', '阿爸嘅降壓藥得返兩粒 仲要啲胃藥 唔該', 'medicine', 'items=降压药|胃药'],
  ['group', '眼药水就剩一点点了 另外还要点棉签', 'medicine', 'items=眼药水|棉签'],
  ['private', 'my insulin is down to one pen, also need some pen needles', 'medicine', 'items=insulin|pen needles'],
  ['private', '阿拉格降压药只剩一板了 再要点阿司匹林', 'medicine', 'items=降压药|阿司匹林'],
  ['group', '阿司匹林还有两盒 不急 先帮我配降压药', 'medicine', 'items=降压药'],
];

/**
 * medicine.items, by reason: a category kept beside its specific name when the name is a Hong Kong or Taiwan
 * paracetamol brand (普拿疼, 必理痛, 百服宁 are of the fever and pain classes); a word after 老是/若是 read as the
 * name after 是 (「头老是晕乎」); a description ending in a doubled character (糊兮兮) read as a name; guards: a
 * name after 用的是/吃的是 whatever its ending (长秀霖, 舒降之). 6/9 before; 9/9 after.
 */
export const ROUND_7_ITEMS_B: [string, string, string, string?][] = [
  ['group', '孩子的退烧药没了 谁家有必理痛 借两粒', 'medicine', 'items=必理痛;qty=2;days=0'],
  ['group', '止痛药吃完了 平时吃的是普拿疼 谁能帮忙带一盒', 'medicine', 'items=普拿疼;qty=1;days=0'],
  ['group', '阿嬤的止痛藥用完了 她吃的是百服寧 有人可以幫忙買一盒嗎', 'medicine', 'items=百服宁;qty=1;days=0'],
  ['private', '降压药吃完了 头老是晕乎 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '阿拉老头子眼药水滴光了 眼睛老是糊兮兮 帮帮忙', 'medicine', 'items=眼药水;days=0'],
  ['group', '胃药没了 最近老是胀鼓鼓的 谁去医院帮我带一盒', 'medicine', 'items=胃药;qty=1;days=0'],
  ['group', '我的眼药水用完了 眼睛总是干巴巴的 帮我带一瓶', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['group', '爸爸每天都要打胰岛素 他用的是长秀霖 只剩一支了 帮忙配两支', 'medicine', 'items=长秀霖;qty=2'],
  ['private', '降血脂的药我吃的是舒降之 快吃完了', 'medicine', 'items=舒降之;days=0'],
];

/**
 * Fire words that report no fire now — a notice or a warning (容易着火, 小心起火, 火灾隐患), an argument's
 * consequence (「着火了谁负责」, 「起火就麻烦了」), a past fire, 嗓子冒烟, a precaution (万一着火了…), a joke — and fires
 * now said unsurely or in English (好像哪里着火了, "smoke is coming out of the window"), asked with 119.
 * 10/14 before round 7 (a false page, a page of an unsure fire, an English fire in silence); 12/14 before this
 * set's change; 14/14 after.
 */
export const ROUND_7_FIRE_TALK: [string, string, string, string?][] = [
  ['group', '消防通道不要堆东西 容易着火', 'none'],
  ['group', '冬天用电取暖器注意 小心起火', 'none'],
  ['group', '电瓶车不要推进楼道 着火了谁负责', 'none'],
  ['group', '昨天那个着火的事情 物业说是电瓶车充电引起的', 'none'],
  ['group', '去年着火那栋楼现在修好了吗', 'none'],
  ['group', '今天吃火锅 辣得我嗓子冒烟', 'none'],
  ['group', '物业通知:本周六排查火灾隐患 请大家配合', 'none'],
  ['group', '万一着火了 大家记得走楼梯 别坐电梯', 'none'],
  ['group', 'If there\'s ever a fire, use the stairs, not the lift', 'none'],
  ['group', '厨房冒烟了 原来是我老公在烤鱼 哈哈', 'none'],
  ['group', '好像哪里着火了 一股烟味', 'emergency.ask'],
  ['group', 'Smoke is coming out of the window on the 8th floor of building 3', 'emergency.ask'],
  ['group', '楼道里堆这么多纸箱 起火就麻烦了', 'none'],
  ['group', '樓下著火了怎麼辦 好多煙', 'emergency.ask'],
];

/**
 * A purchase already made and waiting for delivery (「在京东买了两盒布洛芬 到现在还没到」, 買咗兩盒, "I ordered … it
 * still hasn't arrived") is no request: the count after 买了 was read as a quantity asked for. With a need of one's own
 * beside it (只剩一天 … 匀我两粒) it is still a request. 4/6 before; 6/6 after.
 */
export const ROUND_7_BOUGHT: [string, string, string, string?][] = [
  ['group', '在京东买了两盒布洛芬 到现在还没到', 'none'],
  ['group', '叮咚上买的体温计怎么还没送来', 'none'],
  ['group', '美团买药 下单两个小时了还没到', 'none'],
  ['group', 'I ordered paracetamol on JD two days ago and it still hasn\'t arrived', 'none'],
  ['group', '網上買咗兩盒感冒藥 到而家都未送到', 'none'],
  ['group', '网上买的降压药还没到 我的只剩一天了 谁能先匀我两粒', 'medicine', 'items=降压药;qty=2;days=1'],
];

/**
 * A name said after 吃的是/用的是 beside its class word, in a run-on with no pause, whatever it ends in (冠達悅,
 * 使蒂诺斯: the class word was kept, as the name did not end like a brand); the Cantonese copula 係 after a class
 * word (「胃藥係耐適恩」) read into the name. 2/5 before; 5/5 after.
 */
export const ROUND_7_TAKEN: [string, string, string, string?][] = [
  ['group', '我媽每天要吃降血壓藥她吃的是冠達悅現在只剩三天了麻煩幫忙', 'medicine', 'items=冠达悦;days=3'],
  ['private', '我爸打胰岛素他用的是优思灵现在只剩一支了帮忙配两支', 'medicine', 'items=优思灵;qty=2'],
  ['group', '阿爸食開嘅胃藥係耐適恩而家得返兩粒 邊位可以幫手', 'medicine', 'items=耐适恩'],
  ['private', '安眠药我吃的是使蒂诺斯现在快吃完了能帮我配一盒吗', 'medicine', 'items=使蒂诺斯;qty=1;days=0'],
  ['group', '我老公的降糖药用的是捷诺维现在只剩五天了', 'medicine', 'items=捷诺维;days=5'],
];

/**
 * The medicines someone takes, listed (「阿司匹林和氯吡格雷都要一直吃」, "takes metformin and amlodipine"), and one of
 * them said again as running out: only that one is asked for — unless each is asked (配…和…, 各两盒). 2/7 before;
 * 7/7 after.
 */
export const ROUND_7_SHORT_ONE: [string, string, string, string?][] = [
  ['group', '医生说阿司匹林和氯吡格雷都要一直吃 现在氯吡格雷吃完了 帮忙配两盒', 'medicine', 'items=氯吡格雷;qty=2;days=0'],
  ['group', '我妈每天吃降压药跟降糖药 降糖药只剩两天了 谁能帮忙', 'medicine', 'items=降糖药;days=2'],
  ['group', 'He takes metformin and amlodipine daily, the amlodipine ran out yesterday, can someone help', 'medicine', 'items=amlodipine;days=0'],
  ['private', '钙片同埋铁剂都要食 铁剂食晒喇 唔该帮手配', 'medicine', 'items=铁剂;days=0'],
  ['private', '我爸吃拜新同和立普妥 立普妥还有 拜新同只剩三天了', 'medicine', 'items=拜新同;days=3'],
  ['group', '帮我配阿司匹林和氯吡格雷 氯吡格雷只剩两天了', 'medicine', 'items=阿司匹林|氯吡格雷;days=2'],
  ['group', '降压药跟降糖药 降糖药只剩两天了 两样各配两盒', 'medicine', 'items=降压药|降糖药;qty=2;days=2'],
];

/**
 * A name split in two, in English: a generic and its salt ("metoprolol succinate", "ferrous sulfate", "calcium
 * carbonate", "amlodipine besylate") read as the generic alone or not at all, and the class said before it ("iron
 * pills") kept beside it (ferrous is of the iron class). 0/5 before; 5/5 after.
 */
export const ROUND_7_SALTS: [string, string, string, string?][] = [
  ['group', 'my iron tablets are finished, could someone buy 2 boxes of ferrous sulfate', 'medicine', 'items=ferrous sulfate;qty=2;days=0'],
  ['private', 'Need calcium carbonate, 1 box, mine ran out', 'medicine', 'items=calcium carbonate;qty=1;days=0'],
  ['group', 'Can anyone get metoprolol succinate for my dad? he ran out', 'medicine', 'items=metoprolol succinate;days=0'],
  ['private', 'my iron pills ran out, the name is ferrous fumarate, 2 boxes please', 'medicine', 'items=ferrous fumarate;qty=2;days=0'],
  ['group', 'Could someone pick up amlodipine besylate 5mg for my mum, only 2 days left', 'medicine', 'items=amlodipine besylate;days=2'],
];

/**
 * A person's Chinese name where a brand owned and running out would stand, with no other word of medicine
 * (「小林吃完了 我们下楼集合」, 「王建平吃完了没」, 「张志康已经吃完了」: a meal finished): 小/老 and one character, or a
 * common surname and one or two, is no brand even when it ends as brands do (平, 康, 林); guards: a brand after a
 * person (陈伯伯 保栓通吃完了), a lexicon name beginning with a surname (黄连素), names that end otherwise. 7/10
 * before; 10/10 after.
 */
export const ROUND_7_PERSON_NAMES: [string, string, string, string?][] = [
  ['group', '小林吃完了 我们下楼集合', 'none'],
  ['group', '王建平吃完了没 等他一起去做核酸', 'none'],
  ['group', '张志康已经吃完了 让他来搬东西', 'none'],
  ['group', '我们家小宁还剩一口饭 等一下', 'none'],
  ['group', '李阿姨 家康只剩两个了 那个团购的包子', 'none'],
  ['group', '陈伯伯 保栓通吃完了', 'medicine', 'items=保栓通;days=0'],
  ['group', '陳志明食完未 等佢一齊落去', 'none'],
  ['group', '小芳吃完了吗 吃完了下来拿菜', 'none'],
  ['group', '老周已经吃完了 他说马上下来', 'none'],
  ['group', '我家黄连素吃完了 谁有', 'medicine', 'items=黄连素;days=0'],
];
