/**
 * Round 17 probes (medmissed17): medicine needs read as nothing (silence in a group, a guess in private) or only asked, in the words
 * elderly residents, their children and their helpers use when no 配药 is said: a renewal (续), the last few of a supply counted in
 * its own unit, a horizon the medicine will not reach, and the English of a form that is no name (a pill, a cream, an ointment).
 * Sentences of the writer's own, written and counted before each change, in sets by reason. [context, text, intent, fields?] as in
 * ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a medicine one takes renewed — 续 — said as the need: 「降压药要续了」, 「该续了」, 「想续一下我爸的药」, 「这次续三个月的」,
// 「药续不上了」, traditional 「要續喇」, Wu 「额药要续了」. 续 was no request word, so with no 配 or 帮 beside it the need was silence
// (or, privately, a bare name only asked). The fix: `RENEWED` among the words that ask (commands/medicine/recognise.ts). Near misses
// kept: renewed already (续上了, 续好了吗, 谢谢帮我妈续了药), how renewal goes (续药的流程, 续药要带医保卡吗), asked of someone
// (你妈的药要续吗) or of everyone (谁要续药的, 要续药的…报给楼组长), 房租要续了, 继续吃这个药.
// Read right before the change: 13/24. After: 24/24.
export const ROUND_17_MEDMISSED_RENEWED: Probe[] = [
  ['group', '我妈的降压药要续了', 'medicine', 'items=降压药'],
  ['group', '想续一下我爸的药 一直吃的那几种', 'medicine'],
  ['group', '我的药这周要续 有人去医院吗', 'medicine'],
  ['group', '我奶奶的药下礼拜要续', 'medicine'],
  ['group', '我爸的降压药续不上了', 'medicine', 'items=降压药'],
  ['group', '我妈的药续不上了 医院配不到', 'medicine'],
  ['group', '老头子的胰岛素该续了 谁明天去医院', 'medicine', 'items=胰岛素'],
  ['group', '阿拉爸爸额药要续了 伊自家下不了楼', 'medicine'],
  ['group', '我阿媽啲血壓藥要續喇', 'medicine', 'items=血压药'],
  ['private', '我想续一下降压药', 'medicine', 'items=降压药'],
  ['private', '我爸的药该续了 还是那几样', 'medicine'],
  ['private', '降糖药这次续三个月的', 'medicine', 'items=降糖药'],
  ['private', '二甲双胍需要续一下 还剩五天', 'medicine', 'items=二甲双胍;days=5'],
  ['group', '续上了 谢谢志愿者', 'none'],
  ['group', '我爸的药续上了 放心', 'none'],
  ['group', '药续好了吗 大家', 'none'],
  ['group', '续药的流程是什么', 'none'],
  ['group', '续药要带医保卡吗', 'none'],
  ['group', '谢谢帮我妈续了药', 'none'],
  ['group', '你妈的药要续吗', 'none'],
  ['group', '要续药的 明天前报给楼组长', 'none'],
  ['group', '谁要续药的 跟我说', 'none'],
  ['group', '房租要续了 头疼', 'none'],
  ['group', '我继续吃这个药 效果还行', 'none'],
];

// Set 2: the last few of a supply counted in its own unit — test strips by the sheet (张), needles by the piece (个), diapers and
// pads by the pack (包), a Cantonese strip (排, 「得返一排」), plasters (张) — or 还剩/就剩 一点点, and "only 3 left" in English: `STOCK_LOW`
// knew only 板/盒/瓶/支/粒/片/颗/顿/针 and 只剩 少少/一点点. The fix: those units and words in `STOCK_LOW`
// (commands/medicine/recognise.ts). Near misses kept: eggs or people left, strips used, diapers left with a group-buy coming, a group
// buy's last places, food low with medicine enough, how many kits everyone has left.
// Read right before the change: 7/19. After: 19/19.
export const ROUND_17_MEDMISSED_LAST_FEW_COUNTED: Probe[] = [
  ['group', '血糖试纸只剩两张了', 'medicine', 'items=血糖试纸'],
  ['group', '我妈的试纸剩最后几张了', 'medicine', 'items=试纸'],
  ['group', '针头还剩三个 胰岛素还有 就是针头不够', 'medicine', 'items=针头'],
  ['group', '尿不湿最后一包了 我爸卧床', 'medicine', 'items=尿不湿'],
  ['group', '我婆婆的护理垫就剩一包 她躺床上两年了', 'medicine', 'items=护理垫'],
  ['group', '我爸哮喘 沙丁胺醇喷雾还剩一点点', 'medicine', 'items=沙丁胺醇喷雾'],
  ['group', '老伴的眼药水就剩一点点了', 'medicine', 'items=眼药水'],
  ['group', '阿婆話佢啲降壓藥得返一排', 'medicine', 'items=降压药'],
  ['group', '外婆嘅膏藥淨返兩張', 'medicine', 'items=膏药'],
  ['private', '尿不湿还有最后一包 我婆婆用的', 'medicine', 'items=尿不湿'],
  ['private', "my mum's insulin pen needles: only 3 left", 'medicine', 'items=insulin pen needles'],
  ['group', "dad's test strips, only 2 left, anyone going to the pharmacy?", 'medicine', 'items=test strips'],
  ['group', '鸡蛋只剩三个了', 'none'],
  ['group', '试纸用了三张了 血糖还行', 'none'],
  ['group', '尿不湿剩一包 过两天团购再买', 'none'],
  ['group', '还剩三个人没做核酸', 'none'],
  ['group', 'only 3 left in the group buy, hurry', 'none'],
  ['group', '菜只剩一点点了 药还够', 'none'],
  ['group', '大家的抗原还剩几个', 'none'],
];

// Set 3: the medicine will not last to a horizon — 吃不到月底, 撑不过下礼拜, 打不到月底, 吃不到下个月 — or runs out on a weekday said
// in the present ("his Madopar runs out on Thursday", "warfarin runs out friday"), or soon in Cantonese (就嚟冇, 就嚟用晒): read as
// nothing. The fix: the horizon not reached and the present "runs out <day>" in `STOCK_LOW` (commands/medicine/recognise.ts); 就嚟
// before 冇/食/用 is 就快 in src/kernel/dialect.ts. Near misses kept: wages or rice that will not last, a pharmacy that runs out,
// 就嚟到 (about to arrive), enough till the month's end.
// Read right before the change: 9/15. After: 15/15.
export const ROUND_17_MEDMISSED_NOT_LASTING: Probe[] = [
  ['group', '老母亲的药吃不到月底了', 'medicine'],
  ['group', '我爸的降压药撑不过下礼拜', 'medicine', 'items=降压药'],
  ['group', '胰岛素打不到月底了 谁能帮忙', 'medicine', 'items=胰岛素'],
  ['group', '阿拉老头子额药吃不到下个月了', 'medicine'],
  ['group', "my dad has Parkinson's and his Madopar runs out on Thursday", 'medicine', 'items=madopar'],
  ['group', "anybody heading to the hospital tomorrow? my dad's warfarin runs out friday", 'medicine', 'items=warfarin'],
  ['group', '我阿媽啲糖尿藥就嚟冇', 'medicine', 'items=糖尿药'],
  ['private', '我阿媽啲糖尿藥就嚟冇 可唔可以幫手配', 'medicine', 'items=糖尿药'],
  ['group', '阿爺嘅薄荷膏就嚟用晒', 'medicine', 'items=薄荷膏;days=0'],
  ['group', '工资撑不到月底了 哈哈', 'none'],
  ['group', '菜吃不到下礼拜了 团购什么时候到', 'none'],
  ['group', 'the pharmacy runs out on friday, they said', 'none'],
  ['group', '大米撑不过下礼拜 有团的吗', 'none'],
  ['group', '我阿媽話佢就嚟到', 'none'],
  ['group', '降压药还够吃到月底 不急', 'none'],
];

// Set 4: a medicine named in English only by its form — a pill (singular), a capsule, an ointment, a skin cream, an inhaler, eye
// drops, syrup — often in a helper's or a foreign parent's plain English ("wife thyroid pill finish tomorrow. help", "My husband
// capsule finish. He need more."): with no name the lexicon holds, there was no word of medicine, and the need asked or run out was
// a guess (0.2–0.4). The fix: `EN_FORM` in `HAS_MEDICINE_NOUN`, in the last rules' check and in `lowOfMedicine`
// (commands/medicine/recognise.ts); a cream only beside the skin it is for. Near misses kept: a cream praised, an inhaler's cover
// asked, drops arrived, syrup not needed, ice cream finished, work finished, a pill's dose told.
// Read right before the change: 10/15. After: 15/15.
export const ROUND_17_MEDMISSED_ENGLISH_FORMS: Probe[] = [
  ['private', 'wife thyroid pill finish tomorrow. help', 'medicine', 'days=1'],
  ['private', "my mother's ointment for her bedsores ran out", 'medicine', 'days=0'],
  ['group', "my baby's diaper rash cream is finished, anyone have some?", 'medicine', 'days=0'],
  ['private', 'My husband capsule finish. He need more.', 'medicine'],
  ['group', "grandpa's eye drops ran out, he has glaucoma", 'medicine', 'items=eye drops;days=0'],
  ['private', "my son's inhaler is nearly empty", 'medicine', 'items=inhaler;days=0'],
  ['group', 'could someone grab some cough syrup for my mum', 'medicine', 'items=cough syrup'],
  ['private', 'dad need his heart pill, only one day left', 'medicine', 'days=1'],
  ['group', 'the eczema cream works great for rashes', 'none'],
  ['group', 'is the inhaler covered by insurance?', 'none'],
  ['group', 'eye drops arrived, thank you', 'none'],
  ['group', "my son's cough is better now, no need for syrup", 'none'],
  ['group', 'ice cream is finished, kids are sad lol', 'none'],
  ['private', 'I finished work, thanks', 'none'],
  ['group', 'take one pill after dinner, the doctor said', 'none'],
];
