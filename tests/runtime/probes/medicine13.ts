/**
 * Round 13 probes (medicine13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: Shanghainese 脱 after a verb is its completion (吃脱了 eaten up, 用脱了 used up, 断脱了 cut off — Mandarin 完/断): a
// medicine 吃脱 is run out, as 吃完. 脱 is left alone where it is taking off or escaping (脱衣裳, 脱脱, 虚脱, 摆脱).
// (Found by its fourth sentence: a please — 劳驾, 拜托, 劳烦 — begins no medicine's name read by its place, 「劳驾带一瓶」.)
// Read right before the change: 3/9. After: 9/9.
export const ROUND_13_MEDICINE_WU_TUO_COMPLETED: Probe[] = [
  ['group', '阿拉姆妈额二甲双胍吃脱了 哪位帮忙配两盒 3号楼201', 'medicine', 'items=二甲双胍;qty=2;days=0;door=3-201'],
  ['private', '伊额胰岛素打脱了 帮伊配两支', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['group', '老头子额阿司匹林断脱三天了 有人明朝去医院伐', 'medicine', 'items=阿司匹林;days=0'],
  ['private', '阿婆额眼药水滴脱了 伊讲看勿清爽 劳驾带一瓶', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['group', '我屋里向降压药吃脱快一个礼拜了 急煞了', 'medicine', 'items=降压药;days=0'],
  ['private', '血糖试纸用脱了 麻烦帮阿拉配两盒 谢谢侬', 'medicine', 'items=血糖试纸;qty=2;days=0'],
  ['group', '今朝热煞了 小囡外套脱脱就跑出去了', 'none'],
  ['group', '阿拉爷叔昨日出汗虚脱了一趟 今朝好多了', 'none'],
  ['group', '鞋子脱脱放门口 进屋里向先消毒', 'none'],
];

// Set B: the days a medicine lasts, said with the verb of its form — drops 滴, a spray or inhaler 喷/吸, a plaster 贴, an ointment
// 擦/抹/涂 — are days as with 吃/用 (「还能滴四天」, 「只够喷三天」); and Shanghainese 还好 before such a verb is 还能 (「还好贴两天」),
// as it already was before 吃/用. 还好 with 了 after the verb is "luckily" (「还好滴了眼药水」), no stock.
// Read right before the change: 3/9. After: 9/9. One more, 「啲眼藥水仲可以滴兩日 唔該幫我配一枝」, now reads its days but not its count
// (Cantonese 枝 for 支 is no counter): out of the set.
export const ROUND_13_MEDICINE_DAYS_BY_FORM_VERB: Probe[] = [
  ['private', '人工泪液还能滴四天 麻烦帮忙配两瓶', 'medicine', 'items=人工泪液;qty=2;days=4'],
  ['group', '我爸的万托林只够喷三天了 谁能帮忙配一支', 'medicine', 'items=万托林;qty=1;days=3'],
  ['private', '伊额狗皮膏药还好贴两天 帮伊带两盒', 'medicine', 'items=狗皮膏药;qty=2;days=2'],
  ['group', '拉坦前列素 大概还可以滴五天 有人去眼科医院伐 带两瓶', 'medicine', 'items=拉坦前列素;qty=2;days=5'],
  ['group', '信必可还能吸十天左右 帮我配一支 6号楼302', 'medicine', 'items=信必可;qty=1;days=10;door=6-302'],
  ['private', '阿拉姆妈额扶他林还好擦三天 劳驾配一支', 'medicine', 'items=扶他林;qty=1;days=3'],
  ['group', '还好滴了眼药水 现在眼睛不红了', 'none'],
  ['group', '还好贴了两天膏药 腰好多了', 'none'],
  ['group', '眼药水一天滴三次 滴两天就好了', 'none'],
];

// Set C: one medicine run out and another with a longer stock counted, in either order (「文拉法辛还剩一个礼拜 奥氮平已经吃完了」):
// the days are the one run out — none — as the fewest days of two counted stocks already were; the longer stock is said of the
// other name. A stock counted and then the same medicine's running out, with no other name between, keeps its days.
// Beside them a few days and another nearly out (「还有两天的量 …也快吃完了」) or a supply gone (「只剩两天 针头也没了」) keep the days
// counted, as the older corpora label them. (Found by its fourth sentence: Cantonese 但係 is 但是, as 仲係 and 我係 were.)
// Read right before the change: 3/8. After: 8/8. One more, "Dad's atorvastatin has about 2 weeks left, his amlodipine ran out this
// morning, please get 1 box of amlodipine", now reads its days but keeps both names: which one an English request picks is left.
export const ROUND_13_MEDICINE_OUT_BEATS_OTHER_STOCK: Probe[] = [
  ['private', '阿托伐他汀还有半个月 二甲双胍昨天吃完了 帮我配二甲双胍两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '降脂药还够吃两个礼拜 降压药已经断了 麻烦先配降压药一盒', 'medicine', 'items=降压药;qty=1;days=0'],
  ['private', '我妈的氯吡格雷还有十几天 可是硝苯地平一粒都没了 帮忙配两盒硝苯地平', 'medicine', 'items=硝苯地平;qty=2;days=0'],
  ['group', '家父嘅甲钴胺仲有成個禮拜 但係苯磺酸氨氯地平已經食晒 唔該幫手配一盒氨氯地平', 'medicine', 'items=苯磺酸氨氯地平;qty=1;days=0'],
  ['private', '二甲双胍昨天吃完了 降压药还有半个月 先帮我配二甲双胍两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '拉坦前列素用光了 降压药还有一个礼拜 先配一瓶', 'medicine', 'items=拉坦前列素;qty=1;days=0'],
  ['private', '降压药还能吃三天 吃完了就断了 帮我配两盒', 'medicine', 'items=降压药;qty=2;days=3'],
  ['group', '胰岛素还剩五天 快用完了 谁能帮忙配两支', 'medicine', 'items=胰岛素;qty=2;days=5'],
];

// Set D: Shanghainese 伊 (he, she) before an adverb — 只, 剩, 已经, 一直, 每天, 平时, 今天… — or before 住 is the pronoun, as it already
// was before 讲, 要, 吃…; left as 伊 it began a name read by its place (「美多芭 三盒 伊只剩两天了」 asked for 伊只).
// Read right before the change: 6/7. After: 7/7.
export const ROUND_13_MEDICINE_WU_YI_BEFORE_ADVERB: Probe[] = [
  ['private', '美多芭帮阿拉外公配两盒 伊只有三天了', 'medicine', 'items=美多芭;qty=2;days=3'],
  ['group', '阿拉娘舅额缬沙坦 伊已经断了两天了 哪位帮帮忙', 'medicine', 'items=缬沙坦;days=0'],
  ['group', '外婆额氯沙坦 伊剩三天了 啥人好帮忙配两盒', 'medicine', 'items=氯沙坦;qty=2;days=3'],
  ['private', '阿托伐他汀 伊一直吃额 伊今天吃光了 劳驾配一盒', 'medicine', 'items=阿托伐他汀;qty=1;days=0'],
  ['private', '丹参滴丸配三瓶 伊平时每天要含 伊只剩一天了', 'medicine', 'items=丹参滴丸;qty=3;days=1'],
  ['group', '伊利牛奶阿拉屋里还有两箱 要额讲', 'none'],
  ['group', '伊只猫今朝又来阿拉门口了', 'none'],
];

// Set E: English days said as an estimate — a hedge (about, roughly, around, maybe) between "down to" and the count ("down to roughly
// three days"), the span guessed after "down to the last box…" ("…, maybe a week"), and "out as of today / this morning" (none left).
// "Down to about 37.5" (a fever) counts no days; a shop out as of today is no stock of the writer's.
// Read right before the change: 3/9. After: 9/9.
export const ROUND_13_MEDICINE_EN_DAYS_ESTIMATED: Probe[] = [
  ['private', "Mum's metformin is down to roughly three days, can someone pick up 2 boxes?", 'medicine', 'items=metformin;qty=2;days=3'],
  ['private', "My husband's insulin is down to maybe 5 days, could the volunteers get 3 pens", 'medicine', 'items=insulin;qty=3;days=5'],
  ['group', "Grandma's amlodipine is down to around two days, can anyone grab a box? 7-1502", 'medicine', 'items=amlodipine;qty=1;days=2;door=7-1502'],
  ['private', "We're out of amlodipine as of this morning, please get 2 boxes", 'medicine', 'items=amlodipine;qty=2;days=0'],
  ['private', 'Dad takes warfarin and he is out as of yesterday, please get 1 box', 'medicine', 'items=warfarin;qty=1;days=0'],
  ['private', 'We are down to the last box of Lipitor, maybe a week, could someone get 2 boxes', 'medicine', 'items=lipitor;qty=2;days=7'],
  ['private', 'down to our last pack of metformin, about 3 days, please get 2 packs', 'medicine', 'items=metformin;qty=2;days=3'],
  ['group', 'The pharmacy near the gate is out as of today, new stock on Friday they said', 'none'],
  ['group', "Dad's fever is down to about 37.5 now, thanks everyone", 'none'],
];

// Set F: one's own spare offered — the invitation to whoever wants it said as 「要的讲」, 「要的话说一声」, 「要的私我」, Wu 「要额讲」,
// Cantonese 「要嘅出声」 (those who want, not I want), and a device one has counted with 一/两 before its measure (「我有一只血压计」,
// 「我有两只额温枪」, as 「我有只…」 already was) — is no request. Asking who has a spare, or one's own device broken, still asks.
// Read right before the change: 3/7. After: 7/7. One more, 「阿拉有一台制氧机 老人家胸闷要吸氧可以来借」, is asked about as an
// emergency for its 胸闷 (the emergency recogniser's): out of the set.
export const ROUND_13_MEDICINE_OWN_SPARE_INVITED: Probe[] = [
  ['group', '阿拉屋里多了两盒退热贴 要的讲一声', 'none'],
  ['group', '我这里多出一瓶医用酒精 要的私我', 'none'],
  ['group', '我屋企多咗一樽碘伏 要嘅出声', 'none'],
  ['group', '我多了一盒布洛芬 要的话说一声 7号楼', 'none'],
  ['group', '我有两只额温枪 哪家小囡要量体温可以来借', 'none'],
  ['group', '哪位有多的碘伏 借我一瓶 要的话我转钱', 'medicine', 'items=碘伏;qty=1'],
  ['group', '我有一只血压计 但是坏了 谁家有多的借一只', 'medicine', 'items=血压计;qty=1'],
];

// Set G: whether a shop sells a medicine — a pharmacy, a shop, online as who can (「药房能直接买吗」, 「网上可以买吗」, "over the counter")
// — is the writer's own errand asked about, as where to buy already was; its 能…买 asks no one. A neighbour asked beside it still asks.
// Read right before the change: 3/7. After: 7/7.
export const ROUND_13_MEDICINE_SHOP_CAN_SELL: Probe[] = [
  ['group', '阿莫西林药房能直接买吗 还是要处方', 'none'],
  ['group', '请问奥司他韦网上可以买吗 家里小孩怕万一', 'none'],
  ['group', '藥房可以直接買必理痛嗎 定係要醫生紙', 'none'],
  ['group', '氯雷他定外面药店也能买到的吧', 'none'],
  ['group', 'Can you buy ibuprofen over the counter here or does it need a prescription?', 'none'],
  ['group', '降压药药店买不到 谁能帮忙配两盒 3号楼502', 'medicine', 'items=降压药;qty=2;door=3-502'],
  ['group', '药店能买到缬沙坦吗 我爸只剩两天了 谁能帮忙带一盒', 'medicine', 'items=缬沙坦;qty=1;days=2'],
];

// Set I: a medicine said as stock at home — its stock after it with where it is kept between (「阿托伐他汀家里还有」, 「立普妥屋企仲有」,
// 「阿卡波糖手上还有不少」) or the only one at home (「家里只有布洛芬」) — is not asked for beside one that is; a single medicine's stock
// is still its own, and who has some at home (谁家里还有) asks.
// Read right before the change: 3/7 (the last label first wrote no count for 「匀两粒」, a count asked: corrected). After: 7/7.
export const ROUND_13_MEDICINE_STOCK_KEPT_AT_HOME: Probe[] = [
  ['private', '帮我配两盒氨氯地平 阿托伐他汀家里还有', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', '二甲双胍吃完了 阿卡波糖手上还有不少 麻烦帮忙配二甲双胍', 'medicine', 'items=二甲双胍;days=0'],
  ['group', '阿拉屋里只有布洛芬 伊胃勿好勿好吃 有人有多余额对乙酰氨基酚伐 先借一点', 'medicine', 'items=对乙酰氨基酚'],
  ['private', '幫我配兩盒脈優 立普妥屋企仲有', 'medicine', 'items=脉优;qty=2'],
  ['private', 'Please get 2 boxes of amlodipine, we still have atorvastatin at home', 'medicine', 'items=amlodipine;qty=2'],
  ['group', '谁家里还有布洛芬 帮忙匀两粒给我', 'medicine', 'items=布洛芬;qty=2'],
  ['private', '降压药家里还有两天的量 帮我配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
];

// Set J: 「登记(一下)X」, registering a medicine for the run, names the one asked for, as 「报一下X」 and 「配X」 do: beside it a medicine
// with stock left (as 「还剩半个月」 and weeks, 「还剩两个礼拜」, now are) is not asked for. Two asked in one 登记 are both.
// Read right before the change: 4/5. After: 5/5. Then weeks of stock: two more written, 1/2 before, 2/2 after.
export const ROUND_13_MEDICINE_REGISTER_NAMES_IT: Probe[] = [
  ['private', '麻烦帮我登记一下二甲双胍 阿卡波糖还剩半个月 二甲双胍只剩两天了', 'medicine', 'items=二甲双胍;days=2'],
  ['private', '吃左洛复和奥氮平 左洛复还有十来天 奥氮平没了 请帮我登记奥氮平一盒', 'medicine', 'items=奥氮平;qty=1;days=0'],
  ['private', '幫我登記一下脈優 立普妥仲有成個月 脈優得返兩日', 'medicine', 'items=脉优;days=2'],
  ['group', '我要登记格列美脲 两盒 阿司匹林还有很多 3号楼1101', 'medicine', 'items=格列美脲;qty=2;door=3-1101'],
  ['private', '帮我登记一下 降压药和降糖药都快吃完了', 'medicine', 'items=降压药|降糖药;days=0'],
  ['private', '帮我登记一下硝苯地平 缬沙坦还剩两个礼拜 硝苯地平没了', 'medicine', 'items=硝苯地平;days=0'],
  ['private', '拜新同还有一个星期 帮我配两盒格列美脲 已经断了', 'medicine', 'items=格列美脲;qty=2;days=0'],
];

// Set K: Shanghainese 好 before a verb, after who or what it is said of, is 能 — can (「我好帮忙配药」, 「阿拉爷叔好开车」, 「配药好报伐」):
// an offer or a question how the service goes, never a medicine asked for. Read only in words already dialect (阿拉, 侬, 伐…), and
// never 侬好 (hello), 还好 (luckily), 好开心 (so happy).
// Read right before the change: 5/7. After: 7/7. One more, 「侬好 我姆妈问配药好直接跟侬讲伐 伊勿会打字」, reads 能 now but the help
// recogniser does not take 「配药能直接跟你讲吗」 as a question how the service goes (the help recogniser's): out of the set.
export const ROUND_13_MEDICINE_WU_HAO_CAN: Probe[] = [
  ['reply:recruit', '阿拉爷叔好开车 礼拜六礼拜天侪有空', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '我好帮忙配药 下半天有空 侬排我好了', 'recruit.signup', 'skills=medicine'],
  ['group', '我好帮大家配药 明朝我要去瑞金医院 要配额讲', 'volunteer', 'skills=medicine'],
  ['private:new', '请问搿个邻里好帮阿拉登记配药伐 哪能弄', 'help'],
  ['group', '侬好 帮阿拉配两盒降压药 5号楼301', 'medicine', 'items=降压药;qty=2;door=5-301'],
  ['group', '阿拉好开心 伊额药配到了 谢谢志愿者', 'none'],
  ['group', '还好帮忙额志愿者来得快 阿拉爷叔额药送到了', 'none'],
];

// Set L: a class of medicine said by what it does with no 的 between — 化痰药, 祛痰药, 止泻药, 抗排异药, 抗结核药, 抗焦虑药, 平喘药 —
// is a class word as 「止痒的药膏」 and 「降磷药」 already were: the item when no name is given. Never 为止/停止/截止 before 药, nor a verb
// of the errand inside (取消配药, 镇上药店).
// Read right before the change: 3/10. After: 10/10. Then the round's tests found 「…抗结核药 … 异烟肼和利福平」 kept the class beside its
// names: the new classes now know their medicines (化痰 氨溴索, 抗结核 异烟肼, 抗排异 他克莫司, 止泻 蒙脱石, 平喘 with asthma's); two more
// written for it, 1/2 before, 2/2 after.
export const ROUND_13_MEDICINE_CLASS_BY_WHAT_IT_DOES: Probe[] = [
  ['private', '我爸的化痰药只剩一天了 帮忙配两盒', 'medicine', 'items=化痰药;qty=2;days=1'],
  ['group', '老太太止泻药吃完了 谁能帮忙带一盒 8号楼402', 'medicine', 'items=止泻药;qty=1;days=0;door=8-402'],
  ['private', '伊额抗排异药还有三天 劳驾配三盒', 'medicine', 'items=抗排异药;qty=3;days=3'],
  ['private', '我先生的抗结核药快断了 麻烦帮忙登记', 'medicine', 'items=抗结核药;days=0'],
  ['private', '我妈的抗焦虑药还能吃两天 想配一盒', 'medicine', 'items=抗焦虑药;qty=1;days=2'],
  ['private', '祛痰藥食晒 唔該幫手配兩盒', 'medicine', 'items=祛痰药;qty=2;days=0'],
  ['group', '平喘药用完了 孩子晚上咳得厉害 有人能帮忙配一支', 'medicine', 'items=平喘药;qty=1;days=0'],
  ['private', '伊额抗排异药快没了 他克莫司 帮忙配两盒', 'medicine', 'items=他克莫司;qty=2;days=0'],
  ['group', '我老头子的化痰药吃完了 医生开的是氨溴索 哪位明天去医院帮忙带一盒', 'medicine', 'items=氨溴索;qty=1;days=0'],
  ['group', '到今天为止药都送到了 谢谢大家', 'none'],
  ['group', '停止药物之前要问医生 别自己停', 'none'],
  ['group', '镇上药店今天开门了 大家可以去买', 'none'],
];

// Set M: a door said as building, floor and the flat on it (「8栋12楼03」, 「3号楼5层02」, 「21幢7楼01室」) is that floor's room — 12-03 is
// 1203 — for every intent, as 「5号楼3楼302」 (a floor then the whole room) already was. A floor with no flat after it is no door.
// Read right before the change: 2/6. After: 6/6.
export const ROUND_13_MEDICINE_DOOR_FLOOR_AND_FLAT: Probe[] = [
  ['private', '帮我配两盒硝苯地平 我住8栋12楼03', 'medicine', 'items=硝苯地平;qty=2;door=8-1203'],
  ['group', '二甲双胍吃完了 3号楼5层02 麻烦帮忙配一盒', 'medicine', 'items=二甲双胍;qty=1;days=0;door=3-502'],
  ['private', '我家在21幢7楼01室 降压药还剩两天 请帮忙配三盒', 'medicine', 'items=降压药;qty=3;days=2;door=21-701'],
  ['private:new', '我住11栋3楼04', 'home', 'door=11-304'],
  ['group', '5栋3楼的电梯坏了 谁知道找谁修', 'none'],
  ['private', '我住6栋 2楼 阿莫西林配一盒', 'medicine', 'items=阿莫西林;qty=1'],
];

// Set N: who a class of medicine is made for, said before it — 小儿, 儿童, 婴儿, 宝宝 (「小儿退烧的糖浆」, 「儿童止咳药水」) — is part of
// the item, as "children's" already was in English: a child's medicine is another one than the adult's.
// Read right before the change: 3/4. After: 4/4. One more, 「有冇街坊有多嘅嬰兒退燒藥水 唔該借少少」, now names the item but its
// Cantonese 借少少 (borrow a little) is read as no asking: out of the set.
export const ROUND_13_MEDICINE_CHILDS_CLASS: Probe[] = [
  ['group', '谁家有多的儿童退烧药 借我们一点 孩子烧到39度', 'medicine', 'items=儿童退烧药'],
  ['private', '小儿止咳糖浆用完了 麻烦帮忙配一瓶', 'medicine', 'items=小儿止咳糖浆;qty=1;days=0'],
  ['private', '宝宝的止泻药吃完了 帮忙带一盒', 'medicine', 'items=止泻药;qty=1;days=0'],
  ['group', '小儿感冒的药 大人能不能吃半片', 'none'],
];
