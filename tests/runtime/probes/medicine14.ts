/**
 * Round 14 probes (medicine14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the stock said as the last day it reaches — 「只剩明天的了」, 「只够明天」, 「只有后天的量」, Wu 明朝, Cantonese 得返/只夠後日,
// "only lasts through tomorrow" — is the days left counted to that day (tomorrow 1, the day after 2, the one after that 3), as
// 「够吃到明天」 already was; the same words of a sign-up, a test or a volunteer's free day count nothing.
// Read right before the change: 4/12. After: 12/12.
export const ROUND_14_MEDICINE_LAST_DAY_REACHED: Probe[] = [
  ['private', '我爸的降压药只剩明天的了 麻烦帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=1'],
  ['group', '氨氯地平只够明天 谁能帮忙带一盒 8号楼602', 'medicine', 'items=氨氯地平;qty=1;days=1;door=8-602'],
  ['private', '阿拉姆妈额胰岛素只剩明朝了 劳驾配两支', 'medicine', 'items=胰岛素;qty=2;days=1'],
  ['group', '我老豆嘅降壓藥得返聽日 唔該邊位幫手配一盒', 'medicine', 'items=降压药;qty=1;days=1'],
  ['group', '二甲雙胍只有後天的量了 有人能幫忙配嗎', 'medicine', 'items=二甲双胍;days=2'],
  ['private', '优甲乐只剩大后天的了 帮我配一盒', 'medicine', 'items=优甲乐;qty=1;days=3'],
  ['private', "Dad's metformin only lasts through tomorrow, could someone grab a box", 'medicine', 'items=metformin;qty=1;days=1'],
  ['group', '缬沙坦只够后天了 帮忙配２盒 ３号楼１０１', 'medicine', 'items=缬沙坦;qty=2;days=2;door=3-101'],
  ['group', '团购只剩明天一天可以报名了 大家抓紧', 'none'],
  ['group', '核酸只剩明天上午了 后天就不做了', 'none'],
  ['group', '志愿者只剩明天有空 后天要回单位上班', 'none'],
  ['group', 'The pharmacy is only open through tomorrow, then closed for the weekend', 'none'],
];

// Set B: 吃完 (食完, Wu 吃好) before a meal — 吃完早饭, 吃完饭, 食完晏, 吃完夜饭 — is "after eating", when a medicine is taken, never
// the medicine run out; a medicine eaten up (「胰岛素打完了」, 「二甲双胍吃完了 吃饭前要吃的」) still is.
// Read right before the change: 6/10 (one more failed for 伊每顿 read as a name: Wu 伊 before 每顿/每餐 is the pronoun, as before 每天, in src/kernel/dialect.ts). After: 10/10.
export const ROUND_14_MEDICINE_AFTER_A_MEAL: Probe[] = [
  ['group', '阿卡波糖是吃完饭吃还是饭前吃 有人晓得伐', 'none'],
  ['group', '我婆婆每天吃完午饭才吃降压药 这样可以吗', 'none'],
  ['group', '醫生話二甲雙胍要食完飯先食 唔好空肚', 'none'],
  ['group', 'Grandpa always takes his aspirin after dinner, is that OK or should it be before?', 'none'],
  ['group', '阿拉爷叔吃完夜饭吃一粒氨氯地平 吃了三年了', 'none'],
  ['group', '左甲状腺素钠是不是要空腹 我爸都是吃完早餐才吃的', 'none'],
  ['private', '二甲双胍吃完了 伊每顿吃完饭都要吃 帮伊配两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '胃药吃完了 吃完饭就胃痛 谁能帮忙配一盒 9号楼201', 'medicine', 'items=胃药;qty=1;days=0;door=9-201'],
  ['private', '我妈的格列美脲都吃完了 她吃完晚饭才发现 麻烦配两盒', 'medicine', 'items=格列美脲;qty=2;days=0'],
  ['group', "My mum finished her metformin, she takes it after dinner, could someone get 2 boxes", 'medicine', 'items=metformin;qty=2;days=0'],
];

// Set C: a request said as for whom and how much — 给 + the person + 配/带/买/拿/弄 + 点/些 (「给我外公配点丹参滴丸」, Cantonese 給…帶啲)
// — asks, as 帮…配 does; and English "looking for X" (still looking for, I'm looking for) asks for X. The writer doing it
// (「我来给阿婆带点药」, 「我给我妈配了点」), someone asking who is looking ("Anyone looking for a spare…? I have two"), volunteers looked
// for, and "if you are looking for…" ask for nothing.
// Read right before the change: 7/14. After: 14/14.
export const ROUND_14_MEDICINE_FOR_WHOM_AND_LOOKING_FOR: Probe[] = [
  ['group', '给我外公配点丹参滴丸 6号楼301', 'medicine', 'items=丹参滴丸;door=6-301'],
  ['group', '給阿嫲帶啲板藍根 佢喉嚨有啲痛', 'medicine', 'items=板蓝根'],
  ['group', '给小孩买些退热贴 他有点烧 8号楼502', 'medicine', 'items=退热贴;door=8-502'],
  ['private', '给我老婆配点叶酸 她怀孕了', 'medicine', 'items=叶酸'],
  ['group', '给隔壁阿婆拿点创可贴 伊手划破了', 'medicine', 'items=创可贴'],
  ['group', 'Looking for metformin for my mum, she ran out yesterday', 'medicine', 'items=metformin;days=0'],
  ['group', 'Still looking for cetirizine for my son, anyone going to the pharmacy?', 'medicine', 'items=cetirizine'],
  ['private', "I'm looking for ibuprofen for my husband, he has a bad toothache", 'medicine', 'items=ibuprofen'],
  ['group', '我给我妈配了点降压药 下礼拜再去', 'none'],
  ['group', '我来给阿婆带点药 顺路的', 'none'],
  ['group', 'Anyone looking for a spare thermometer? I have two unopened', 'none'],
  ['group', 'Looking for volunteers with a car to fetch medicine from the hospital on Friday', 'none'],
  ['group', 'If you are looking for paracetamol, the pharmacy at the gate has some', 'none'],
  ['group', 'Found the box of aspirin I was looking for, never mind everyone', 'none'],
];

// Set D: after a request's count, who pays said in a clause of its own — 钱/钞票/费用/药费 and who will transfer or pay (「钱老公会转」,
// 「药费房东转账」, 「錢女兒轉賬」) — is no medicine's name: it was recorded as one (「…配一瓶 钱雇主会转」 asked for 「钱雇主会转」), a
// thing the resident never asked for. A name read by its place beside its count (「益安宁 两瓶」) still is one.
// Read right before the change: 6/8. After: 8/8.
export const ROUND_14_MEDICINE_WHO_PAYS_IS_NO_NAME: Probe[] = [
  ['private', '二甲双胍吃完了 帮忙配两盒 钱老公会转', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '氯雷他定快没了 麻烦带一盒 钞票阿拉囡儿会付 7号楼203', 'medicine', 'items=氯雷他定;qty=1;days=0;door=7-203'],
  ['private', '布洛芬混悬液帮忙配一瓶 药费房东转账', 'medicine', 'items=布洛芬混悬液;qty=1'],
  ['group', '甲鈷胺幫我買兩盒 錢女兒轉賬', 'medicine', 'items=甲钴胺;qty=2'],
  ['private', '降压药吃光了 帮忙配一盒 费用雇主付', 'medicine', 'items=降压药;qty=1;days=0'],
  ['private', '胰岛素针头用完了 麻烦配两盒 钱儿子会给', 'medicine', 'items=胰岛素针头;qty=2;days=0'],
  ['private', '益安宁 两瓶 钱我转你', 'medicine', 'items=益安宁;qty=2'],
  ['group', '阿托伐他汀只剩三天 帮忙配两盒 药钱阿拉微信转侬', 'medicine', 'items=阿托伐他汀;qty=2;days=3'],
];

// Set E: the writer asking what the bot holds for them — what you have written down (你那边记着的, 把你记下的, 在你这里登记的情况,
// Wu 阿拉屋里登记额情况, "what do you have on me") checked or asked to be shown — names the medicines of the record, but asks for none:
// it was read as a new request for them. A request said beside one's record (再帮我配, 登记一下…两盒) still asks.
// Read right before the change: 4/7. After: 7/7. Two more, 「侬帮我查查看 阿拉屋里在侬搿搭登记额情况 门牌还有阿爸额降压药」 and
// 「我在你这里登记的信息是什么 还有我爸的胰岛素 帮忙查一下」, were medicine before and are none now: the /我的信息 recogniser
// (commands/trust/trust.ts, not this family's) does not read them, so they are out of the set.
export const ROUND_14_MEDICINE_OWN_RECORD_ASKED: Probe[] = [
  ['private', '我想核对一下 你这边记着的我家地址和我妈的二甲双胍对不对 上周我女儿帮忙报的', 'mydata'],
  ['group', '@邻里 你那边现在记着我家什么 门牌和氨氯地平有没有记上 麻烦查一下', 'mydata'],
  ['private', '麻烦把你记下的我家的信息都发给我看看 包括老爷子的阿托伐他汀', 'mydata'],
  ['private', "What do you have on me? My mum's metformin was registered by our helper last week, please check", 'mydata'],
  ['private', '我上礼拜登记的降压药还没到 这次再帮我配两盒阿司匹林', 'medicine', 'items=阿司匹林;qty=2'],
  ['private', '帮我登记一下 二甲双胍两盒 只剩三天了', 'medicine', 'items=二甲双胍;qty=2;days=3'],
  ['group', '请帮我记下 我妈的氨氯地平吃完了 麻烦配一盒', 'medicine', 'items=氨氯地平;qty=1;days=0'],
];

// Set F: the medicines first, then the hurt or the illness, then the asking around as the message's last words (「…谁家有」,
// 「…有人有吗」, 「…有冇人有」, Wu 「…啥人屋里有」, "…anyone have some?"): asked, as the same question right beside the name already
// was. A spare offered to whoever wants it (谁家要, 谁要来拿) and a thing that is no medicine asked after one put on already ask nothing.
// Read right before the change: 4/10. After: 10/10.
export const ROUND_14_MEDICINE_ASKED_AROUND_LAST: Probe[] = [
  ['group', '碘伏和纱布 老公切菜划破了手 谁家有', 'medicine', 'items=碘伏|纱布'],
  ['group', '退热贴 小孩烧到38度5 有人有吗', 'medicine', 'items=退热贴'],
  ['group', '創可貼 阿婆手擦破咗 有冇人有', 'medicine', 'items=创可贴'],
  ['group', 'Ibuprofen and plasters, my son fell off his bike and scraped both knees, anyone have some?', 'medicine', 'items=ibuprofen|plasters'],
  ['group', '蒙脱石散 孩子拉了一晚上 哪家有多的', 'medicine', 'items=蒙脱石散'],
  ['group', '止咳糖浆 老头子咳得睡不着 谁家还有', 'medicine', 'items=止咳糖浆'],
  ['group', '碘伏 阿拉囡儿脚蹭破了 啥人屋里有', 'medicine', 'items=碘伏'],
  ['group', '退热贴 小孩烧已经退了 用不完 谁家要', 'none'],
  ['group', '创可贴我家多得很 小孩擦破皮的 谁要来拿', 'none'],
  ['group', '孩子膝盖摔破了 碘伏已经擦过了 谁家有冰袋', 'none'],
];

// Set G: what the asked supply or medicine is for — the medicine someone has to inject with the swabs or needles asked (「…我外公每天
// 要打胰岛素」, Cantonese 「阿爺要打諾和靈」), the device the strips or the liquid are for ("glucometer needs more test strips") — and
// the device the writer has already (「血糖仪我有 缺的是试纸」, 「雾化器屋里有的」) is not asked for; the supply is. A device asked for
// itself, and two medicines both run out, are still both asked.
// Read right before the change: 4/8. After: 8/8. One more, 「有没有多的酒精棉片 我外公每天要打胰岛素」, now names only the swabs but
// is silence: 「有没有多的」 with nobody named (no 人, 谁) asks no one by the ASK words, another reason — out of the set.
export const ROUND_14_MEDICINE_WHAT_IT_IS_FOR: Probe[] = [
  ['private', '針頭幫手買兩盒 阿爺要打諾和靈', 'medicine', 'items=针头;qty=2'],
  ['group', "My mum's glucometer needs more test strips, could someone pick up 2 boxes", 'medicine', 'items=test strips;qty=2'],
  ['group', "Dad's nebuliser needs budesonide, can anyone get a box", 'medicine', 'items=budesonide;qty=1'],
  ['private', '血糖仪我有 缺的是试纸 帮忙配两盒', 'medicine', 'items=试纸;qty=2'],
  ['group', '雾化器屋里有的 就是缺普米克令舒 劳驾配一盒', 'medicine', 'items=普米克令舒;qty=1'],
  ['private', '胰岛素和酒精棉片都用完了 帮忙各配两盒', 'medicine', 'items=胰岛素|酒精棉片;qty=2;days=0'],
  ['private', '帮我买一台血糖仪 再配两盒试纸', 'medicine', 'items=血糖仪|试纸;qty=1'],
  ['group', '外婆要打胰岛素 胰岛素只剩两支了 谁能帮忙配两支 针头也要一盒', 'medicine', 'items=胰岛素|针头;qty=2'],
];

// Set H: a class said first and then its kind alone, by the word a kind is written with before the class (门冬, 甘精, 地特, 德谷, 赖脯
// before 胰岛素: 「胰岛素 门冬」, 「胰岛素是地特的」), names that kind — the specific name, as the corpus writes a class beside its
// name; the full name (甘精胰岛素) stays whole.
// Read right before the change: 2/6. After: 6/6.
export const ROUND_14_MEDICINE_CLASS_THEN_ITS_KIND: Probe[] = [
  ['group', '外公的胰岛素 门冬 只剩两支了 谁能帮忙配两支', 'medicine', 'items=门冬;qty=2'],
  ['private', '胰岛素是地特的 还够打三天 帮我配一盒', 'medicine', 'items=地特;qty=1;days=3'],
  ['group', '阿拉姆妈额胰岛素 德谷 快用完了 劳驾配两支', 'medicine', 'items=德谷;qty=2;days=0'],
  ['private', '胰島素 賴脯 得返一支 唔該幫手配三支', 'medicine', 'items=赖脯;qty=3'],
  ['private', '甘精胰岛素还剩五天 帮我配两支', 'medicine', 'items=甘精胰岛素;qty=2;days=5'],
  ['group', '我爸打的是门冬胰岛素 快没了 谁能帮忙配两支 7号楼1203', 'medicine', 'items=门冬胰岛素;qty=2;days=0;door=7-1203'],
];

// Set J: supplements by their everyday names — 鱼肝油, 鱼油, and 维他命 (the Hong Kong and Taiwan word for 维生素, with its letter) —
// are what the team buys beside medicines; the 油 of a supplement is no cooking oil run out (「…鱼肝油都没了」 was read as food).
// Cooking oil run out, and talk whether a supplement works, ask nothing.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_14_MEDICINE_SUPPLEMENTS_NAMED: Probe[] = [
  ['group', '外婆的鱼肝油和叶酸都吃完了 谁能帮忙配', 'medicine', 'items=鱼肝油|叶酸;days=0'],
  ['private', '我要两瓶维他命C 谢谢', 'medicine', 'items=维他命C;qty=2'],
  ['group', '爺爺嘅維他命B同魚油都食晒 唔該幫手買', 'medicine', 'items=维他命B|鱼油;days=0'],
  ['private', '鱼油只剩三天了 帮我买两瓶', 'medicine', 'items=鱼油;qty=2;days=3'],
  ['group', '阿拉姆妈额鱼肝油吃光了 有人去药房伐 带一瓶', 'medicine', 'items=鱼肝油;qty=1;days=0'],
  ['group', '食用油和酱油都用完了 团购什么时候有', 'none'],
  ['group', '鱼油到底有没有用 我妈吃了好几年', 'none'],
  ['group', '维他命C泡腾片其实就是糖水 大家别乱买了', 'none'],
];

// Set K: English, the writer's supply or stock said done — "my supply finished", "our stock is gone", "her supply's done", "his
// supply is used up" — is none left, as "my pills are finished" already was; a shop's or a hospital's supply gone, or the water
// supply, is no stock of the writer's.
// Read right before the change: 3/8. After: 8/8.
export const ROUND_14_MEDICINE_EN_SUPPLY_DONE: Probe[] = [
  ['group', 'Need amlodipine for my dad, his supply finished yesterday', 'medicine', 'items=amlodipine;days=0'],
  ['private', 'Could someone get 2 boxes of metformin, our stock is gone', 'medicine', 'items=metformin;qty=2;days=0'],
  ['group', "Mum's supply of levothyroxine is done, can anyone pick up a box", 'medicine', 'items=levothyroxine;qty=1;days=0'],
  ['private', "please get ventolin, my son's supply is used up", 'medicine', 'items=ventolin;days=0'],
  ['group', 'I need lipitor, my supply finished', 'medicine', 'items=lipitor;days=0'],
  ['group', "The pharmacy's supply of paracetamol is gone, they said Friday", 'none'],
  ['group', 'Hospital stock of insulin finished according to the news, hope they restock soon', 'none'],
  ['group', 'Water supply finished for today, it comes back at 6', 'none'],
];

// Set L: in a private chat, a name the lexicon lacks said right after wanting it with its count (「我要两盒益安宁」, 「我想要兩盒舒思敏」),
// when it ends as brands and generics do, is the medicine asked — as after 配/买 it already was, but there only beside a word of
// medicine. Drinks and food so counted (两瓶可乐), and the same words without a count, name nothing; a group is left as it was
// (「谁能帮忙带一盒特仑苏」 is milk).
// Read right before the change: 4/8. After: 8/8.
export const ROUND_14_MEDICINE_UNKNOWN_NAME_COUNTED: Probe[] = [
  ['private', '我要两盒益安宁', 'medicine', 'items=益安宁;qty=2'],
  ['private', '我想要兩盒舒思敏 唔該', 'medicine', 'items=舒思敏;qty=2'],
  ['private', '需要三盒康力欣 谢谢', 'medicine', 'items=康力欣;qty=3'],
  ['private', '阿拉要两盒泰嘉宁 麻烦侬', 'medicine', 'items=泰嘉宁;qty=2'],
  ['private', '我需要诺欣妥 还剩三天的量', 'medicine', 'items=诺欣妥;days=3'],
  ['private', '我要两瓶可乐 家里小孩想喝', 'none'],
  ['private', '我需要安宁一点 最近太吵了', 'none'],
  ['group', '谁能帮忙带一盒特仑苏 孩子要喝', 'none'],
];
