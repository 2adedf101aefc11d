/**
 * Round 12 probes (medicine12): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: one's own stock offered to whoever needs it — 谁/哪位/大家/有 + a need (需要, 急用, 急需, 用得着) + 可以/就/直接 before the
// taking (拿, 取, 攞), with or without 来 — is an offer, not a request (「家里还有两盒布洛芬 谁急用可以来拿」). Asking whether one may
// come and take it (「我急用 可以来拿吗」), or the writer coming to take it, stays a request.
// Read right before the change: 6/10 (the three requests, and three offers the older forms already read). After: 9/10 —
// 「我爸说他那里还有几瓶眼药水 有需要的邻居可以上门拿」 is read as a volunteer's offer by the volunteer recogniser; left out of the set.
export const ROUND_12_MEDICINE_SPARE_FOR_WHOEVER_NEEDS: Probe[] = [
  ['group', '我屋里还有三盒阿莫西林 哪家用得着可以拿', 'none'],
  ['group', '家里备了两瓶藿香正气水 大家有需要可以过来取', 'none'],
  ['group', '我这还有一盒退热贴 谁家小孩急用就来拿 5号楼门口', 'none'],
  ['group', '我屋企仲有兩盒必理痛 邊個需要可以嚟攞', 'none'],
  ['group', '楼下王阿姨家里有多的蒙脱石散 哪位急需可以直接拿', 'none'],
  ['group', '我手上还有一盒氯雷他定 需要的人可以拿去', 'none'],
  ['group', '谁家有布洛芬 我急用 可以来拿吗 3号楼502', 'medicine', 'items=布洛芬;door=3-502'],
  ['private', '我急需两盒阿莫西林 有的邻居可以放我门口 7号楼301', 'medicine', 'items=阿莫西林;qty=2;door=7-301'],
  ['group', '我妈的降压药吃完了 哪位有的话我可以来拿 8号楼1203', 'medicine', 'items=降压药;days=0;door=8-1203'],
];

// Set B: a pet in a clause of its own — even its own pills, no medicine named (「我家的狗也要吃药」) — beside a clause naming a
// family member's medicine (「先帮我爸配一下他的降压药」, "my dad's amlodipine runs out") is the writer's day, not whose medicine is
// asked for: set aside as it already was beside the writer's own (「我的…药」). A pet's medicine asked about alone stays talk.
// Read right before the change: 2/7 (the two that stay talk; the last two written after the change, read right).
export const ROUND_12_MEDICINE_PET_BESIDE_KIN: Probe[] = [
  ['group', '我家猫也在吃药 但是我妈的降压药只剩两天了 帮忙配一盒', 'medicine', 'items=降压药;qty=1;days=2'],
  ['private', '狗狗今天去宠物医院打针了 另外我老公的胰岛素用完了 麻烦帮忙配两支', 'medicine', 'items=胰岛素;qty=2;days=0'],
  ['group', '家里的狗病了好几天 还有我外婆的二甲双胍只有三天了 谁能帮忙配', 'medicine', 'items=二甲双胍;days=3'],
  ['private', "My dog is at the vet today, but my dad's amlodipine runs out in 2 days, can someone get 1 box?", 'medicine', 'items=amlodipine;qty=1;days=2'],
  ['group', '阿拉屋里猫咪也要吃药 先帮阿拉姆妈配一下伊的苯磺酸氨氯地平 只剩一天了', 'medicine', 'items=苯磺酸氨氯地平;days=1'],
  ['group', '我家狗的药吃完了 谁知道哪里有宠物医院开着', 'none'],
  ['group', '我妈说猫的驱虫药也快用完了 哪里能买', 'none'],
  ['group', '我妈家的狗狗药吃完了 谁能帮忙配一盒', 'none'],
  ['group', '我爸讲 狗的药吃完了 哪里能配', 'none'],
];

// Set C: what the writer put out at the door (「空盒子我放在门口了」, 「医保卡我已经放门口了」, 「我把药盒放在门口了」) is for the volunteer to
// take — the request's arrangement — not a thing received, as 「志愿者放在门口了」 and 「药已经放在我家门口了」 still are.
// Read right before the change: 4/7 (the English one and the three received).
export const ROUND_12_MEDICINE_WRITER_LEFT_AT_DOOR: Probe[] = [
  ['private', '我是5号楼302的 我老伴的二甲双胍吃完了 空盒子我放在门口了 你们派人来拿去对一下 配两盒', 'medicine', 'items=二甲双胍;qty=2;days=0;door=5-302'],
  ['private', '阿拉爷叔额硝苯地平吃光了 医保卡我已经放门口了 侬叫志愿者来拿 帮伊配一盒', 'medicine', 'items=硝苯地平;qty=1;days=0'],
  ['group', '我妈的降压药只剩一天了 我把药盒放在门口了 麻烦志愿者拿去配两盒 9号楼201', 'medicine', 'items=降压药;qty=2;days=1;door=9-201'],
  ['private', "My mum's insulin ran out, I put the empty pen box outside the door, please get 2 pens", 'medicine', 'items=insulin;qty=2;days=0'],
  ['group', '志愿者把降压药放在门口了 谢谢', 'none'],
  ['group', '药已经放在我家门口了 多谢小李', 'none'],
  ['private', '昨天的两盒布洛芬放门口了 收到 谢谢', 'none'],
];

// Set D: where a name would stand beside a count, the stock said with 有 (「只有一盒」, 「仅有一盒」, as 「仅余」 and 「剩」 already were)
// and a pain of the body or an old complaint anywhere in the words (「肩膀疼老毛病」, 「鼻炎老毛病」; not only ending in 痛) name
// nothing; the count after them is the named medicine's, and a stock with 仅有 is no count asked for. Unknown names beside a
// count (谷维素, 维生素B, 止痛膏) stay names.
// Read right before the change: 6/10.
export const ROUND_12_MEDICINE_STOCK_OR_AILMENT_NO_NAME: Probe[] = [
  ['private', '硝苯地平 只有一盒 帮我配三盒', 'medicine', 'items=硝苯地平;qty=3'],
  ['group', '我爸的阿托伐他汀 现在只有一瓶 麻烦帮忙配两瓶 3号楼401', 'medicine', 'items=阿托伐他汀;qty=2;door=3-401'],
  ['private', '二甲双胍 仅有一盒 再配两盒吧', 'medicine', 'items=二甲双胍;qty=2'],
  ['private', '阿莫西林 牙痛好几天 一盒', 'medicine', 'items=阿莫西林;qty=1'],
  ['private', '我要扶他林 肩膀疼老毛病 两支', 'medicine', 'items=扶他林;qty=2'],
  ['private', '氯雷他定 鼻炎老毛病 一盒', 'medicine', 'items=氯雷他定;qty=1'],
  ['group', '我妈要对乙酰氨基酚 头疼发烧 两盒 6号楼101', 'medicine', 'items=对乙酰氨基酚;qty=2;door=6-101'],
  ['private', '降压药一盒 谷维素 两瓶', 'medicine', 'items=降压药|谷维素;qty=1'],
  ['private', '布洛芬一盒 维生素B 两瓶', 'medicine', 'items=布洛芬|维生素B;qty=1'],
  ['private', '止咳糖浆一瓶 止痛膏 两贴', 'medicine', 'items=止咳糖浆|止痛膏;qty=1'],
];

// Set E: in English, two generics joined by a hyphen ("carbidopa-levodopa", "amoxicillin-clavulanate") are one combination
// medicine when one part is known or ends as a generic does; the joined word was looked up whole and named nothing. Hyphenated
// words with no such part ("drop-off", "mother-in-law", "follow-up") stay words.
// Read right before the change: 3/8 (the three that stay talk).
export const ROUND_12_MEDICINE_EN_HYPHENATED_COMBINATION: Probe[] = [
  ['private', 'My father needs amoxicillin-clavulanate, 2 boxes please, 9-302', 'medicine', 'items=amoxicillin-clavulanate;qty=2;door=9-302'],
  ['group', 'Could someone get losartan-hydrochlorothiazide for my mum? She has 2 days left', 'medicine', 'items=losartan-hydrochlorothiazide;days=2'],
  ['private', "we're out of sitagliptin-metformin, 1 box please", 'medicine', 'items=sitagliptin-metformin;qty=1;days=0'],
  ['group', 'Grandma is almost out of her levodopa-carbidopa, can anyone help? 3-1101', 'medicine', 'items=levodopa-carbidopa;days=0;door=3-1101'],
  ['private', 'I need 2 boxes of Amlodipine-Benazepril for my husband', 'medicine', 'items=amlodipine-benazepril;qty=2'],
  ['group', 'The drop-off point for the medicine run is the east gate', 'none'],
  ['group', 'My mother-in-law is doing well now, her metformin arrived yesterday, thanks', 'none'],
  ['group', 'Is the follow-up at the clinic on Monday or Tuesday?', 'none'],
];

// Set F: in English, thanks for running the service ("for organizing all this", "for coordinating all of this", "for running
// this group", "for arranging the medicine runs") closing a request is courtesy, as "thanks for all your hard work" already
// was — not a need met; thanks for a medicine brought or organised ("for organizing the metformin") still is.
// Read right before the change: 4/8.
export const ROUND_12_MEDICINE_EN_THANKS_FOR_RUNNING_IT: Probe[] = [
  ['private', "My mum's insulin is down to 2 days, 6-1201. Thanks so much for organizing this.", 'medicine', 'items=insulin;days=2;door=6-1201'],
  ['group', 'Dad needs 2 boxes of amlodipine, 3-402. Thank you for coordinating all of this!', 'medicine', 'items=amlodipine;qty=2;door=3-402'],
  ['private', 'Could a volunteer get 1 box of metformin for my grandma? Thanks for running this group.', 'medicine', 'items=metformin;qty=1'],
  ['group', "We're out of Ventolin at home. Thanks everyone for arranging the medicine runs", 'medicine', 'items=ventolin;days=0'],
  ['private', 'thank you for setting all this up, my father has 3 days of warfarin left', 'medicine', 'items=warfarin;days=3'],
  ['group', 'Thanks for bringing the insulin yesterday, mum is fine', 'none'],
  ['group', 'Thank you for organizing the metformin for my dad, it arrived this morning', 'none'],
  ['group', "Thanks for getting my mum's amlodipine last week, all good now", 'none'],
];

// Set G: a pack whose inside is then told of (「一瓶里只剩五粒」, 「一盒里面就剩一支」, Cantonese 「一樽入面」) is a stock, not a count
// asked for; the count asked for comes after it. A count with something else 里 later in the clause (「袋子里」) is still asked.
// Read right before the change: 4/7.
export const ROUND_12_MEDICINE_PACK_INSIDE_IS_STOCK: Probe[] = [
  ['private', '我的阿托伐他汀 一瓶里只剩五粒了 帮我配两瓶', 'medicine', 'items=阿托伐他汀;qty=2'],
  ['private', '老伴的胰岛素 一盒里面就剩一支了 麻烦配三盒 4号楼502', 'medicine', 'items=胰岛素;qty=3;door=4-502'],
  ['group', '二甲双胍一板里还剩三片 谁能帮忙配一盒', 'medicine', 'items=二甲双胍;qty=1'],
  ['private', '阿拉额降压药 两盒里只有一板了 侬帮我配两盒', 'medicine', 'items=降压药;qty=2'],
  ['private', '優甲樂 一樽入面淨係得幾粒 幫我配兩樽', 'medicine', 'items=优甲乐;qty=2'],
  ['private', '拜新同一盒 放在门口袋子里', 'medicine', 'items=拜新同;qty=1'],
  ['private', '帮我配一盒硝苯地平 装在袋子里挂门把手上', 'medicine', 'items=硝苯地平;qty=1'],
];

// Set H: 同 between two names is "and" in Shanghainese and Cantonese (「地高辛同呋塞米」), as 跟 and 与 are: the second name is not a
// generic's tail joined into one compound with the first. A compound written whole (沙美特罗替卡松) and a maker's name that begins
// with 同 (同仁堂) stay one name.
// Read right before the change: 3/7. After: 5/7 — two more (「缬沙坦同非洛地平都吃光了 帮伊配两盒」, 「螺内酯同呋塞米 只剩三天 麻烦配一盒」)
// now read both names but give the one count said after them to the second only, as with 和; left out of the set.
export const ROUND_12_MEDICINE_TONG_JOINS_TWO_NAMES: Probe[] = [
  ['private', '我吃格列美脲同二甲双胍 两样都快吃完了 各配两盒', 'medicine', 'items=格列美脲|二甲双胍;qty=2;days=0'],
  ['private', '阿爸要厄貝沙坦同氨氯地平 各一盒', 'medicine', 'items=厄贝沙坦|氨氯地平;qty=1'],
  ['private', '我要华法林跟地高辛 各两盒', 'medicine', 'items=华法林|地高辛;qty=2'],
  ['private', '同仁堂安宫牛黄丸 一盒', 'medicine', 'items=同仁堂安宫牛黄丸;qty=1'],
  ['private', '沙美特罗替卡松 一支', 'medicine', 'items=沙美特罗替卡松;qty=1'],
];

// Set I: the words before a salt end at 有, as at 的, 是, 个 (「谁家有盐酸氨溴索口服液」 asked who has it; the salt's prefix took 家有).
// Read right before the change: 4/6. After: 5/6 — 「我家有马来酸依那普利 你要就来拿」 (an offer to "you" with a bare 要) is another
// reason, left out of the set.
export const ROUND_12_MEDICINE_SALT_NOT_AFTER_HAS: Probe[] = [
  ['group', '谁家有盐酸氨溴索口服液 孩子咳得厉害 借一瓶', 'medicine', 'items=盐酸氨溴索口服液;qty=1'],
  ['group', '哪位邻居屋里有硫酸亚铁片 我妈贫血的药断了 借几粒', 'medicine', 'items=硫酸亚铁片;days=0'],
  ['group', '有冇人有枸櫞酸莫沙必利 阿爸胃脹 急用', 'medicine', 'items=枸橼酸莫沙必利'],
  ['group', '请问谁有多的富马酸比索洛尔 借两片 5号楼702', 'medicine', 'items=富马酸比索洛尔;qty=2;door=5-702'],
  ['private', '帮我配两盒苯磺酸氨氯地平', 'medicine', 'items=苯磺酸氨氯地平;qty=2'],
];

// Set J: a brand said some words after the class word it belongs to (「降压药只剩三天了 跟以前一样 玄宁」, 「降糖药…一直是卡博平」) is that
// class's medicine, not a second one: a brand is of its generic's kind (玄宁 is amlodipine) whether or not the class lists the brand
// itself; and 「跟以前一样」, 「和上次一样」 (the same as before) join no second medicine. A class word joined by 和 to a brand of
// another class stays two.
// Read right before the change: 2/7. After: 6/7 — 「降糖药还有两个礼拜 另外伲福达只剩两天 帮忙配一盒」 (a class with weeks left
// beside the one asked for) is another reason, left out of the set.
export const ROUND_12_MEDICINE_BRAND_OF_CLASS_SAID_LATER: Probe[] = [
  ['private', '我爸的降压药只剩三天了 跟以前一样 玄宁 麻烦配两盒', 'medicine', 'items=玄宁;qty=2;days=3'],
  ['group', '老伴降血脂的药快吃完了 还是老样子 冠脂妥 帮忙配一盒 8号楼302', 'medicine', 'items=冠脂妥;qty=1;days=0;door=8-302'],
  ['private', '我的降糖药又快没了 医生开的一直是卡博平 再配三盒', 'medicine', 'items=卡博平;qty=3;days=0'],
  ['private', '外婆的血压药还有两天 老牌子 伲福达 要两盒', 'medicine', 'items=伲福达;qty=2;days=2'],
  ['private', '阿拉姆妈额降压药吃光了 老早开额傲坦 侬帮伊配一盒', 'medicine', 'items=傲坦;qty=1;days=0'],
  ['private', '我的降压药和冠脂妥都快吃完了 各配一盒', 'medicine', 'items=降压药|冠脂妥;qty=1;days=0'],
];

// Set K: running out said of a class word or 药 (「降糖药快断了」, "blood pressure pills are nearly finished"), then the name and its
// days counted (「阿卡波糖 还有两天量」, "amlodipine, about 3 days left"): the name is the first medicine, the one running out, so its
// counted days are the days. (Round 11 gave none-left to the first of two names when another name came between; with no name
// before the running out there is no first one.) Two names, the first run out, keep 0.
// Read right before the change: 1/6. After: 5/6 — 「信必可 一支用完了 孟鲁司特 也只有五天了 都帮我配」 reads its days right but takes
// 「一支用完了」 as a count asked for: another reason, left out of the set.
export const ROUND_12_MEDICINE_CLASS_OUT_THEN_NAME_DAYS: Probe[] = [
  ['private', '我血压药快吃完了 硝苯地平 还剩三天的', 'medicine', 'items=硝苯地平;days=3'],
  ['private', '外公的降脂药快没了 阿托伐他汀 只够吃两天', 'medicine', 'items=阿托伐他汀;days=2'],
  ['group', '阿拉姆妈额降糖药快吃光了 二甲双胍 还能吃四天 帮伊配两盒', 'medicine', 'items=二甲双胍;qty=2;days=4'],
  ['private', "my mum's blood pressure pills are nearly finished, amlodipine, about 3 days left", 'medicine', 'items=amlodipine;days=3'],
  ['private', '氨氯地平吃完了 阿托伐他汀 还剩两天 麻烦都配一盒', 'medicine', 'items=氨氯地平|阿托伐他汀;qty=1;days=0'],
];

// Set L: one's turn yielded to those in more need (「先紧着断药的邻居」, 「让断了药的先来」, 「大家先配急的」, 「先让给更需要的人」) with one's
// own stock not low — a week or more left, or none said — is no need now; the days said were read as a request. Asked with one's own
// medicine out (「已经断了两天 能不能先配急的 帮忙配两盒」) or a count asked for, it still asks.
// Read right before the change: 4/8 (the last probe written after the change, read right).
export const ROUND_12_MEDICINE_TURN_YIELDED: Probe[] = [
  ['group', '我的胰岛素还够两个礼拜 先紧着断药的邻居吧', 'none'],
  ['group', '阿拉屋里额药还够半个多月 让急额人先配', 'none'],
  ['group', '我这边二甲双胍还够半个月 先让给更需要的人', 'none'],
  ['group', '我的药还够十来天 大家先配急的', 'none'],
  ['group', '我爸的降压药还能撑三个星期 让断了药的先来', 'none'],
  ['group', '我的降压药只够半个月了 麻烦帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=15'],
  ['private', '胰岛素还够两天 帮我配一盒', 'medicine', 'items=胰岛素;qty=1;days=2'],
  ['group', '我妈的药还够一个礼拜 先帮她登记一下 二甲双胍两盒', 'medicine', 'items=二甲双胍;qty=2;days=7'],
  ['group', '我妈的降压药已经断了两天 能不能先配急的 帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];
