/**
 * Round 10 probes (medicine), written before each change from the reasons dev-24 and dev-25 failed for, in other words and
 * other scripts. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: asking around whether anyone has a medicine (「谁家有…」, 「…有人有吗」, 「有冇人有…」, "anyone has extra…"), beside
// an illness now that is no pain — a fever, a cough, diarrhoea, an allergy: a request, as beside a pain. Where to buy it stays talk.
// Read right before the change: 2/7 (an illness was no reason to ask; the who-has after the name and "anyone has" unread).
export const ROUND_10_MEDICINE_ASKED_AROUND_ILL: Probe[] = [
  ['group', '谁家有蒙脱石散 孩子拉了一晚上', 'medicine', 'items=蒙脱石散'],
  ['group', '氯雷他定谁家还有 过敏打喷嚏停不下来', 'medicine', 'items=氯雷他定'],
  ['group', '感冒灵有人有吗 老公发烧了', 'medicine', 'items=感冒灵'],
  ['group', '有冇人有止咳藥水 阿媽咳到瞓唔到', 'medicine', 'items=止咳药水'],
  ['group', 'anyone has extra cough syrup? my daughter is coughing all night', 'medicine', 'items=cough syrup'],
  ['group', '退烧药谁家有 宝宝烧到39度了', 'medicine', 'items=退烧药'],
  ['group', '有没有人知道退烧药哪里买得到 孩子发烧了', 'none'],
];

// Set B: a pet's food or litter running out, or the pet in a clause of its own, beside the writer's own medicine running out:
// the pet made the whole message a pet's. A pet's own medicine, and its food asked for, stay talk.
// Read right before the change: 2/7.
export const ROUND_10_MEDICINE_PET_BESIDE: Probe[] = [
  ['group', '猫砂也快没了 另外我自己的降压药也吃完了 谁能帮忙配一盒 3号楼201', 'medicine', 'items=降压药;qty=1;days=0;door=3-201'],
  ['group', '狗粮只剩两天了 更要命的是我的胰岛素也快没了 有志愿者能帮带一支吗', 'medicine', 'items=胰岛素;qty=1;days=0'],
  ['group', '猫罐头吃光了 猫主子在闹 我的哮喘喷雾也用完了 谁去医院帮我带一支 7号楼502', 'medicine', 'items=哮喘喷雾;qty=1;days=0;door=7-502'],
  ['group', '貓糧冇晒 最緊要係我嘅降壓藥食完 邊位可以幫手配兩盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', 'my cat food is gone too but seriously my inhaler is empty, can someone get me one', 'medicine', 'items=inhaler;qty=1;days=0'],
  ['group', '我家猫的药吃完了 谁家有多的', 'none'],
  ['group', '猫粮没了 谁家有多的 借我一点', 'none'],
];

// Set C: someone shy spoken for (「我来帮她问」, 「我來幫佢問」, 「我可以帮室友求一下吗」): read as an offer to help. And
// 避孕药, a contraceptive, is a class of medicine. An offer to the building stays a volunteer's.
// Read right before the change: 2/5.
export const ROUND_10_MEDICINE_SPOKEN_FOR: Probe[] = [
  ['group', '我妈不会打字 我来帮她问 她的降压药吃完了 谁能帮忙配两盒 8号楼601', 'medicine', 'items=降压药;qty=2;days=0;door=8-601'],
  ['group', '隔壁阿婆不好意思开口 我来帮阿婆说一声 她的胰岛素只剩三天了 有志愿者能帮配吗', 'medicine', 'items=胰岛素;days=3'],
  ['group', '我來幫佢問 佢嘅降壓藥得返兩日 邊位可以幫手配', 'medicine', 'items=降压药;days=2'],
  ['group', '室友脸皮薄 我可以帮室友求一下吗 她的避孕药吃完了 谁去药店帮带一盒', 'medicine', 'items=避孕药;qty=1;days=0'],
  ['group', '我可以帮大家去医院配药 有需要的找我', 'volunteer', 'skills=medicine'],
];

// Set D: the formal written request of a retired teacher (恳请, 烦请, 敬请, 可否托人代购, 代为配药) and its days said as
// 可维持N日, 约可用N日; a dose (每餐一片) and the stock left (现仅余一瓶) are neither a name nor the quantity asked for.
// Read right before the change: 0/8.
export const ROUND_10_MEDICINE_FORMAL_HAND: Probe[] = [
  ['group', '老朽患高血压多年 每日一粒苯磺酸氨氯地平 所余无几 约可维持三日 恳请志愿者代为配药两盒', 'medicine', 'items=苯磺酸氨氯地平;qty=2;days=3'],
  ['group', '家母服用甲钴胺 每日三次 现存药可维持五日 烦请志愿者代为配药 不胜感激', 'medicine', 'items=甲钴胺;days=5'],
  ['group', '外子之降糖药阿卡波糖 每餐一片 尚可支撑四日 不知可否托人代购', 'medicine', 'items=阿卡波糖;days=4'],
  ['group', '家父服用單硝酸異山梨酯 每日兩次 存藥約可維持兩日 懇請代為配藥 不勝感激', 'medicine', 'items=单硝酸异山梨酯;days=2'],
  ['group', '敬请志愿者代为配药 内人的拉坦前列素滴眼液 每晚一滴 约可用五日', 'medicine', 'items=拉坦前列素滴眼液;days=5'],
  ['group', '恳请志愿者代为配药 家父的硝酸甘油', 'medicine', 'items=硝酸甘油'],
  ['group', '烦请代购家母的速效救心丸', 'medicine', 'items=速效救心丸'],
  ['group', '不知可否托人代为购买外子的别嘌醇', 'medicine', 'items=别嘌醇'],
];

// Set E: the last pill taken, said in other words (今天吃的已经是最后一颗, 今早吃了最后一片, 今日食嘅係最後一粒, 现已服完,
// "took my last"): none left, days 0 (README-25 decision 5).
// Read right before the change: 0/5 (every one missed its days).
export const ROUND_10_MEDICINE_LAST_ONE_TAKEN: Probe[] = [
  ['group', '今天吃的已经是最后一颗了 我妈的氨氯地平 谁能帮忙配一盒', 'medicine', 'items=氨氯地平;qty=1;days=0'],
  ['group', '二甲双胍今早吃了最后一片 麻烦帮忙配两盒', 'medicine', 'items=二甲双胍;qty=2;days=0'],
  ['group', '医生开的艾司唑仑现已服完 恳请代为配药一盒', 'medicine', 'items=艾司唑仑;qty=1;days=0'],
  ['group', '今日食嘅係最後一粒 脈優 唔該幫手配兩盒', 'medicine', 'items=脉优;qty=2;days=0'],
  ['group', 'took my last metformin this morning, could someone get me 2 boxes', 'medicine', 'items=metformin;qty=2;days=0'],
];

// Set F: two medicines taken, one said as stock (还有十来天, 还有一个多月, 还有一点, Cantonese 仲有, said again after being
// listed) and one short: the short one alone is asked for, with its own days — every stock said in the same words is weighed,
// not only the first (README-25 decision 4).
// A little at the bottom (还有一点点底了) is running low, not stock.
// Read right before the change: 2/6.
export const ROUND_10_MEDICINE_ONLY_THE_SHORT_ONE: Probe[] = [
  ['group', '我妈吃缬沙坦和二甲双胍 缬沙坦还有十来天 二甲双胍只剩两天了 要两盒二甲双胍', 'medicine', 'items=二甲双胍;qty=2;days=2'],
  ['group', '他的阿托伐他汀还有八天 氯吡格雷只剩三天 帮忙配一盒氯吡格雷 6号楼203', 'medicine', 'items=氯吡格雷;qty=1;days=3;door=6-203'],
  ['group', '阿爸食緊 拜新同 同埋 立普妥 立普妥仲有 拜新同得返兩日 唔該幫手配兩盒拜新同', 'medicine', 'items=拜新同;qty=2;days=2'],
  ['private', '一直吃的是缬沙坦 还有那个阿卡波糖 现在阿卡波糖吃完了 缬沙坦还有一点 你先帮我把阿卡波糖配两盒', 'medicine', 'items=阿卡波糖;qty=2;days=0'],
  ['group', '我吃的是二甲双胍跟格列美脲 格列美脲吃完了 二甲双胍还有一个多月 麻烦帮忙配一下 9号楼801', 'medicine', 'items=格列美脲;days=0;door=9-801'],
  ['group', '我那个辛伐他汀还有一点点底了 还有降压药也要配 你们帮我配一配 7号楼301', 'medicine', 'items=辛伐他汀|降压药;door=7-301'],
];

// Set G: the medicines of the hardest weeks the lexicon did not know — oral cancer and hormone drugs by their endings
// (曲唑, 他滨, 昔芬) and names (依西美坦, 他莫昔芬, tamoxifen), Taiwan's brands (克流感, 福避痛) — and "out since Friday", a day
// past, read as a horizon.
// Read right before the change: 1/6.
export const ROUND_10_MEDICINE_NAMES_OF_HARD_TIMES: Probe[] = [
  ['group', '我妈乳腺癌术后一直吃依西美坦 还剩三天 谁能帮忙去肿瘤医院配两盒', 'medicine', 'items=依西美坦;qty=2;days=3'],
  ['group', '爸爸肠癌术后吃卡培他滨 快吃完了 有志愿者能帮配吗 15号楼602', 'medicine', 'items=卡培他滨;days=0;door=15-602'],
  ['group', '家母服用他莫昔芬 僅餘兩日 懇請代為配藥', 'medicine', 'items=他莫昔芬;days=2'],
  ['group', 'Tamoxifen for my wife, out since Friday, can anyone help', 'medicine', 'items=tamoxifen;days=0'],
  ['group', '肾移植术后的环孢素只够吃到明天 求帮忙配一盒', 'medicine', 'items=环孢素;qty=1;days=1'],
  ['group', '我爸的克流感吃完了 麻煩幫忙買一盒', 'medicine', 'items=克流感;qty=1;days=0'],
];

// Set H: the writer's own words run into a name read by its ending or its form (「药膏是丁酸氢化可的松」 → 膏是…,
// 「发现自己个哮喘喷雾」 → 现自己个…) and a dose read as a name (一次半片): after 是, 的, 个 or 自己 no name goes on, and half a
// tablet is a dose.
// Read right before the change: 1/5.
export const ROUND_10_MEDICINE_WORDS_BEFORE_THE_NAME: Probe[] = [
  ['group', '我老婆的药膏是丁酸氢化可的松 擦完了 谁能帮带一支 3号楼1101', 'medicine', 'items=丁酸氢化可的松;qty=1;days=0;door=3-1101'],
  ['group', '阿妈发现自己个止咳糖浆冇晒 边位可以帮手买一樽', 'medicine', 'items=止咳糖浆;qty=1;days=0'],
  ['group', '他吃的是盐酸二甲双胍 一天两次 一次半片 快吃完了 麻烦配两盒', 'medicine', 'items=盐酸二甲双胍;qty=2;days=0'],
  ['group', '我那个药是苯磺酸氨氯地平 吃完了 谁去医院帮带一盒', 'medicine', 'items=苯磺酸氨氯地平;qty=1;days=0'],
  ['group', '早上才发现自己个哮喘喷雾空了 谁能帮忙带一支 8号楼303', 'medicine', 'items=哮喘喷雾;qty=1;days=0;door=8-303'],
];

// Set I: a brand the lexicon does not know, said right after its class word (眼药水, 滴眼液, 药膏) after a pause or after
// 叫什么/叫啥: the brand is the item, not the class (README-25 decision 1). The brand must read as one (end as brands do).
// Read right before the change: 0/5.
export const ROUND_10_MEDICINE_BRAND_AFTER_ITS_CLASS: Probe[] = [
  ['group', '眼药水 叫什么贝特舒 快滴完了 麻烦配两瓶', 'medicine', 'items=贝特舒;qty=2;days=0'],
  ['group', '我妈的眼药水叫啥来着 叫什么苏为坦 滴完了 谁帮忙带一瓶', 'medicine', 'items=苏为坦;qty=1;days=0'],
  ['group', '眼藥水 百力特 眼睛發炎用嘅 兩樽 得返五日', 'medicine', 'items=百力特;qty=2;days=5'],
  ['group', '药膏 艾洛松 湿疹用的 擦完了 谁能帮带一支', 'medicine', 'items=艾洛松;qty=1;days=0'],
  ['group', '眼药水 可乐必妥 结膜炎用的 一瓶 剩两天', 'medicine', 'items=可乐必妥;qty=1;days=2'],
];

// Set J: a pasted list of medicines, numbered, each line a name and its count (a patient's own, a building lead's by door,
// in English): read as the numbered notice it looks like and dropped. A numbered notice under its own heading stays one.
// Read right before the change: 2/6.
export const ROUND_10_MEDICINE_PASTED_LIST: Probe[] = [
  ['group', '要配的药如下\n1. 络活喜 5mg 2盒\n2. 二甲双胍 0.5g 3盒\n3. 阿托伐他汀 20mg 1盒\n8号楼702 医保卡在门口', 'medicine', 'items=络活喜|二甲双胍|阿托伐他汀;qty=2;door=8-702'],
  ['private', '我媽嘅藥單:\n1. 脈優 2盒\n2. 保栓通 1盒\n3. 優甲樂 1樽\n住11座1203', 'medicine', 'items=脉优|保栓通|优甲乐;qty=2;door=11-1203'],
  ['group', '楼长汇总 今天要配的\n1. 3-201 拜新同 2盒\n2. 3-502 二甲双胍 1盒\n3. 3-801 胰岛素笔芯 1盒', 'medicine', 'items=拜新同|二甲双胍|胰岛素笔芯;qty=2;door=3-201'],
  ['private', 'Meds list for my dad:\n1. Lipitor 20mg 2 boxes\n2. Plavix 75mg 1 box\n3. Metformin 500mg 3 boxes\nbuilding 6 room 402', 'medicine', 'items=lipitor|plavix|metformin;qty=2;door=6-402'],
  ['group', '【通知】\n1. 降压药每户限配2盒\n2. 胰岛素每户限1支\n3. 医保卡周二前放门口\n4. 处方照片发给楼长', 'none'],
  ['group', '居委通知:\n1. 周二代配药截止\n2. 医保卡放门口\n3. 处方照片发楼长\n4. 现金不收', 'none'],
];

// Set K: a medicine asked to be brought along by whoever goes (顺带一盒, 顺便带两盒, 順手帶一盒): 顺带 was no asking word, and
// was read as the name. An offer to bring along for everyone stays a volunteer's.
// Read right before the change: 1/4.
export const ROUND_10_MEDICINE_BROUGHT_ALONG: Probe[] = [
  ['group', '谁明天去仁济 顺带一盒二甲双胍 谢啦', 'medicine', 'items=二甲双胍;qty=1'],
  ['group', '有人去药店的话 顺便带两盒布洛芬 8号楼201', 'medicine', 'items=布洛芬;qty=2;door=8-201'],
  ['group', '邊個聽日去醫院 順手帶一盒脈優 唔該', 'medicine', 'items=脉优;qty=1'],
  ['group', '我明天去医院 可以顺便帮大家带药', 'volunteer', 'skills=medicine'],
];

// Set L: whether the bot does medicine asked, then the writer's own need (「你们这个是不是可以帮忙配药的 我的…只剩三天了」):
// read as an offer; "runs out of … tomorrow" said with words between is one day; contact-lens solution is a supply (README-24
// decision 1; no older corpus says otherwise).
// Read right before the change: 1/6.
export const ROUND_10_MEDICINE_ASKED_THE_BOT_THEN_NEED: Probe[] = [
  ['private', '你们这个是不是可以帮忙配药的 我的氨氯地平只剩三天了 帮我配两盒', 'medicine', 'items=氨氯地平;qty=2;days=3'],
  ['private', '邻里是否可以配药 我妈的优甲乐吃完了 麻烦配一瓶', 'medicine', 'items=优甲乐;qty=1;days=0'],
  ['group', 'my mum\'s metformin runs out tomorrow, can someone get 2 boxes', 'medicine', 'items=metformin;qty=2;days=1'],
  ['group', 'His insulin runs out of stock at home tomorrow, please help', 'medicine', 'items=insulin;days=1'],
  ['group', 'does anyone have contact lens solution? mine ran out', 'medicine', 'items=contact lens solution;days=0'],
  ['group', '隱形眼鏡護理液用完了 邊位可以幫手帶一樽', 'medicine', 'items=隐形眼镜护理液;qty=1;days=0'],
];

// Set M: a need declined or met first (所以不用了, 已经配到了), then 但是这次/不过这次/但这回 another one of the household's:
// the first made the whole message a need declined. A need declined alone stays talk.
// Read right before the change: 1/4.
export const ROUND_10_MEDICINE_THIS_TIME_ANOTHER: Probe[] = [
  ['private', '上礼拜报的降压药 女儿网上买到了 所以不用了 但是这次是我老伴的 他的别嘌醇还有三天 帮他配两盒', 'medicine', 'items=别嘌醇;qty=2;days=3'],
  ['private', '我妈的胃药已经配到了 不用再配了 不过这次是我自己的 我的氯雷他定吃完了 麻烦帮我买一盒', 'medicine', 'items=氯雷他定;qty=1;days=0'],
  ['group', '之前报的二甲双胍不用了 邻居给了 但这回是我爸的 他的优甲乐只剩两天 谁能帮配一瓶 4号楼602', 'medicine', 'items=优甲乐;qty=1;days=2;door=4-602'],
  ['group', '我老伴的降压药不用配了 女儿买到了 谢谢大家', 'none'],
];

// Set N: what is said around a need read as part of it — the same building (同一栋802) read as building 1, eggs broken
// (蛋碎了三个) as the quantity, 中间就断了 (it would break off in between) as a name and as none left, "I finished mine" unread.
// Read right before the change: 0/5.
export const ROUND_10_MEDICINE_WORDS_AROUND_THE_NEED: Probe[] = [
  ['group', '我先生住12号楼 他妈妈住同一栋802 她的降压药吃完了 谁能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0;door=12-802'],
  ['group', '医院说要等一周 中间就断了 我的来曲唑只剩两天 谁有办法帮忙配', 'medicine', 'items=来曲唑;days=2'],
  ['group', 'anyone has spare antihistamines? I finished mine', 'medicine', 'items=antihistamines;days=0'],
  ['group', '团购的菜到了一半 蛋碎了三个 算了 我的胰岛素还有四天 有没有志愿者能帮忙配', 'medicine', 'items=胰岛素;days=4'],
  ['group', '鸡蛋又碎了两个 我老公的降压药也吃完了 谁能帮忙配', 'medicine', 'items=降压药;days=0'],
];

// Set O: not one left, counted in patches, sachets or packets (一贴都没有了, 一袋都没了, 一包也没了): read as one asked for,
// before the count asked (README-24 decision 13: 一贴都没有了 is days 0, not a quantity).
// Read right before the change: 0/4.
export const ROUND_10_MEDICINE_NOT_ONE_PATCH_LEFT: Probe[] = [
  ['group', '我的伤湿止痛膏一贴都没有了 谁能帮忙带两盒', 'medicine', 'items=伤湿止痛膏;qty=2;days=0'],
  ['group', '老伴的膏药一贴也没了 腿疼得厉害 麻烦帮忙买三盒', 'medicine', 'items=膏药;qty=3;days=0'],
  ['group', '孩子的蒙脱石散一袋都没了 谁去药店帮带两盒', 'medicine', 'items=蒙脱石散;qty=2;days=0'],
  ['group', '阿拉屋里厢板蓝根一包也没了 侬帮帮忙带两盒', 'medicine', 'items=板蓝根;qty=2;days=0'],
];

export const ROUND_10_MEDICINE: Probe[] = [...ROUND_10_MEDICINE_ASKED_AROUND_ILL, ...ROUND_10_MEDICINE_PET_BESIDE, ...ROUND_10_MEDICINE_SPOKEN_FOR, ...ROUND_10_MEDICINE_FORMAL_HAND, ...ROUND_10_MEDICINE_LAST_ONE_TAKEN, ...ROUND_10_MEDICINE_ONLY_THE_SHORT_ONE, ...ROUND_10_MEDICINE_NAMES_OF_HARD_TIMES, ...ROUND_10_MEDICINE_WORDS_BEFORE_THE_NAME, ...ROUND_10_MEDICINE_BRAND_AFTER_ITS_CLASS, ...ROUND_10_MEDICINE_PASTED_LIST, ...ROUND_10_MEDICINE_BROUGHT_ALONG, ...ROUND_10_MEDICINE_ASKED_THE_BOT_THEN_NEED, ...ROUND_10_MEDICINE_THIS_TIME_ANOTHER, ...ROUND_10_MEDICINE_WORDS_AROUND_THE_NEED, ...ROUND_10_MEDICINE_NOT_ONE_PATCH_LEFT];
