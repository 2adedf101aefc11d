/**
 * Round 17 probes (medfields17): the fields of a medicine request read with the right intent — the name cut short or said twice,
 * the count taken from the box's label — written by the helper before each change, in sets by reason. [context, text, intent, fields?]
 * as in ../understand-probes.ts; ../understand-rounds.test.ts plays them.
 */
export type Probe = [string, string, string, string?];

// Set A: a name's form word the reader did not know, so the name was cut before it: 雾化液 (「布地奈德雾化液」 read 布地奈德), 凝胶贴膏
// (read 氟比洛芬凝胶), 洗剂, 乳胶剂 after a salt 二乙胺 (read 双氯芬酸), 一次性 before a supply (「一次性采血针」 read 采血针); in English
// "nebules", "granules" and "nasal spray" after a name ("budesonide nebules" read budesonide; "rhinocort nasal spray" not read at all).
// Near misses kept: forms the reader knew (混悬液, 软膏, 滴眼液, inhaler) stay; 雾化 in thanks stays chatter.
// Fix: 雾化液, 雾化吸入液, 吸入溶液, 吸入液, 凝胶贴膏, 贴膏, 洗剂, 乳胶剂, 搽剂, 酊剂, 鼻喷剂, 喷剂 in ZH_FORMS and 一次性 in ZH_PREFIXES
// (commands/medicine/lexicon.ts); the same forms in STRONG_FORMS, 二乙胺 beside 钠/钾 in FORM, nebules/granules/nasal spray in EN_FORM
// (commands/medicine/mentions.ts); rhinocort, nasonex, flixonase in EN_NAMES. Read right before the change: 6/15. After: 15/15.
export const ROUND_17_MEDFIELDS_FORM_WORDS: Probe[] = [
  ['group', '孩子的雾化药 布地奈德雾化液 只剩一支了', 'medicine', 'items=布地奈德雾化液'],
  ['group', '异丙托溴铵雾化液 还剩两天 谁有', 'medicine', 'items=异丙托溴铵雾化液;days=2'],
  ['private', '吸入用布地奈德混悬液 两盒', 'medicine', 'items=吸入用布地奈德混悬液;qty=2'],
  ['group', '氟比洛芬凝胶贴膏 两盒 腰疼', 'medicine', 'items=氟比洛芬凝胶贴膏;qty=2'],
  ['group', '双氯芬酸二乙胺乳胶剂 一支', 'medicine', 'items=双氯芬酸二乙胺乳胶剂;qty=1'],
  ['group', '炉甘石洗剂 一瓶 孩子出疹子', 'medicine', 'items=炉甘石洗剂;qty=1'],
  ['group', '一次性采血针 一盒 血糖试纸 两盒', 'medicine', 'items=一次性采血针|血糖试纸;qty=1'],
  ['private', 'my son\'s asthma nebules, budesonide nebules, 2 boxes please', 'medicine', 'items=budesonide nebules;qty=2'],
  ['group', 'Singulair granules for my 4yo, 1 box', 'medicine', 'items=singulair granules;qty=1'],
  ['group', 'need rhinocort nasal spray 1 bottle', 'medicine', 'items=rhinocort nasal spray;qty=1'],
  ['group', '求 布地奈德混悬液 两盒 宝宝咳嗽', 'medicine', 'items=布地奈德混悬液;qty=2'],
  ['group', '扶他林软膏 一支 膝盖疼', 'medicine', 'items=扶他林软膏;qty=1'],
  ['group', '玻璃酸钠滴眼液 两支 眼睛干', 'medicine', 'items=玻璃酸钠滴眼液;qty=2'],
  ['group', 'Need ventolin inhaler x1, room 8-1203', 'medicine', 'items=ventolin inhaler;qty=1;door=8-1203'],
  ['group', '宝宝雾化了两天 好多了 谢谢大家关心', 'none'],
];

// Set B: two names of one drug — a generic and its brand side by side, or with /, 又叫 between — read as two medicines, and the count
// lost with the second (or the message left unread: 「氯雷他定 开瑞坦 一盒」, 「呋塞米 速尿 两盒」 read none). The brands the lexicon
// lacked: antihistamines (开瑞坦, 仙特明), inhalers (舒利迭, 信必可), the pill (优思明, 毓婷), heart (诺欣妥), GLP-1 pens (诺和泰, 诺和力),
// gout, dementia, epilepsy, diuretics (速尿, 纳催离), 安康信; and in Cantonese 「降糖藥仲有三日 格華止」 kept the class beside the name
// (还有 before N日, unlike N天, was read as "and also"). Near misses kept: two different drugs each with its own count stay two; a class
// and a different name joined by 和 stay two; 开瑞坦 run out and 布洛芬 asked as well stay two.
// Fix: BRAND_OF pairs and 优思明, 屈螺酮炔雌醇, 左炔诺孕酮, 毓婷, 安婷, 依托考昔 in ZH_NAMES (commands/medicine/lexicon.ts); / and 又叫,
// 也叫 in SAME_GAP, 日 beside 天 in JOINED (commands/medicine/mentions.ts). Read right before the change: 3/23. After: 23/23.
export const ROUND_17_MEDFIELDS_ONE_DRUG_TWO_NAMES: Probe[] = [
  ['group', '莫匹罗星软膏 一支 百多邦', 'medicine', 'items=莫匹罗星软膏;qty=1'],
  ['group', '氯雷他定 开瑞坦 一盒 孩子过敏', 'medicine', 'items=氯雷他定;qty=1'],
  ['group', '仙特明 西替利嗪 两盒', 'medicine', 'items=仙特明;qty=2'],
  ['group', '沙美特罗替卡松 舒利迭 一支 快用完了', 'medicine', 'items=沙美特罗替卡松;qty=1;days=0'],
  ['group', '信必可 布地奈德福莫特罗 一支', 'medicine', 'items=信必可;qty=1'],
  ['private', '我老婆的优思明 屈螺酮炔雌醇片 一盒', 'medicine', 'items=优思明;qty=1'],
  ['group', '沙库巴曲缬沙坦 诺欣妥 两盒 还有三天', 'medicine', 'items=沙库巴曲缬沙坦;qty=2;days=3'],
  ['group', '司美格鲁肽 诺和泰 一支 没了', 'medicine', 'items=司美格鲁肽;qty=1;days=0'],
  ['group', '美金刚 易倍申 两盒 快吃完了', 'medicine', 'items=美金刚;qty=2;days=0'],
  ['group', '依托考昔 安康信 一盒 膝盖疼', 'medicine', 'items=依托考昔;qty=1'],
  ['group', '吲达帕胺 纳催离 一盒 还剩两天', 'medicine', 'items=吲达帕胺;qty=1;days=2'],
  ['group', '奥卡西平 曲莱 两盒 快断了', 'medicine', 'items=奥卡西平;qty=2;days=0'],
  ['group', '呋塞米 速尿 两盒', 'medicine', 'items=呋塞米;qty=2'],
  ['group', 'need claritin (loratadine) 1 box', 'medicine', 'items=claritin;qty=1'],
  ['group', 'zyrtec / cetirizine 1 box please', 'medicine', 'items=zyrtec;qty=1'],
  ['group', '唑吡坦/思诺思 一盒', 'medicine', 'items=唑吡坦;qty=1'],
  ['group', '思诺思 又叫唑吡坦 一盒', 'medicine', 'items=思诺思;qty=1'],
  ['group', '我的避孕药吃完了 优思明 谁能帮带一盒', 'medicine', 'items=优思明;qty=1;days=0'],
  ['group', '佢啲降糖藥仲有三日 格華止 兩盒', 'medicine', 'items=格华止;qty=2;days=3'],
  ['group', '氯雷他定 一盒 西替利嗪 一盒', 'medicine', 'items=氯雷他定|西替利嗪;qty=1'],
  ['group', '非布司他 两盒 秋水仙碱 一盒', 'medicine', 'items=非布司他|秋水仙碱;qty=2'],
  ['group', '降压药 和 优思明 各一盒', 'medicine', 'items=降压药|优思明;qty=1'],
  ['group', '开瑞坦吃完了 还有布洛芬也要一盒', 'medicine', 'items=开瑞坦|布洛芬;days=0'],
];

// Set C: the pieces in a pack, copied from the box's label, read as the count asked for: 「30片/盒 两盒」 read 30, 「5mg/片×28片」 read 28.
// Near misses kept: a count of pills asked for (「阿莫西林 20粒」, 「借两粒」) stays the count; 「0.5g×20片 三盒」, which read right, stays.
// Fix: in isRequestQuantity (commands/medicine/items.ts), pieces followed by /盒 (一盒, 每盒) or written after a strength and × are the
// label's. Read right before the change: 4/8. After: 8/8.
export const ROUND_17_MEDFIELDS_PACK_LABEL: Probe[] = [
  ['group', '降压药（苯磺酸氨氯地平片 5mg/片×28片）两盒', 'medicine', 'items=苯磺酸氨氯地平片;qty=2'],
  ['group', '拜阿司匹灵 100mg 30片/盒 两盒', 'medicine', 'items=拜阿司匹灵;qty=2'],
  ['private', '拜阿司匹灵 30片/盒 两盒', 'medicine', 'items=拜阿司匹灵;qty=2'],
  ['group', '苯磺酸氨氯地平片 5mg/片×28片 两盒', 'medicine', 'items=苯磺酸氨氯地平片;qty=2'],
  ['group', '二甲双胍 0.5g×20片 三盒', 'medicine', 'items=二甲双胍;qty=3'],
  ['group', '阿莫西林 20粒 急用', 'medicine', 'items=阿莫西林;qty=20'],
  ['group', '布洛芬 借两粒 每次一粒', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '苯磺酸氨氯地平片（5mg×28片）两盒', 'medicine', 'items=苯磺酸氨氯地平片;qty=2'],
];

// Set D: words of time and of stock read as a name, or days and counts in words the reader lacked: 「降糖药明后天就没了」 read the item
// as 明后天 (its days stay none, as round 6 decided for 明后天); Cantonese 淨係 (only) read as the item; 剩番/剩返 N日 (what is left, in
// Cantonese) gave no days; 没得打了/没得吃了 after the medicine (none left to take) gave no days; "last 3 pills, 1 box" took the pills
// left as the count. Near misses kept: 明天就没了 (already 1), "he's on the last one" after the count asked, 没得配 of the hospital
// next week (no days).
// Fix: 后天, 明后天, 净系/淨係 in NOT_BY_PLACE (commands/medicine/mentions.ts); 剩返/剩番 beside 剩下 in PATTERNS,
// 没得吃/打/用了 after a medicine in OUT (commands/medicine/days.ts); "last" before a count in isRequestQuantity
// (commands/medicine/items.ts). Read right before the change: 5/12. After: 12/12.
export const ROUND_17_MEDFIELDS_TIME_AND_STOCK_WORDS: Probe[] = [
  ['group', '降糖药明后天就没了 帮配三盒', 'medicine', 'items=降糖药;qty=3'],
  ['group', '阿司匹林 明后天就断了 要一盒', 'medicine', 'items=阿司匹林;qty=1'],
  ['group', '降压药明天就没了 帮配三盒', 'medicine', 'items=降压药;qty=3;days=1'],
  ['group', '二甲雙胍 剩番兩日份 麻煩你', 'medicine', 'items=二甲双胍;days=2'],
  ['group', '我阿爺嘅降壓藥 淨係剩返三日 唔該幫手', 'medicine', 'items=降压药;days=3'],
  ['group', '淨係要兩盒氨氯地平 唔該', 'medicine', 'items=氨氯地平;qty=2'],
  ['group', 'lipitor: last 3 pills, 1 box please', 'medicine', 'items=lipitor;qty=1'],
  ['group', 'she\'s on her last 2 tablets of bisoprolol, could someone get 1 box', 'medicine', 'items=bisoprolol;qty=1'],
  ['group', 'need 2 boxes of lipitor, he\'s on the last one', 'medicine', 'items=lipitor;qty=2'],
  ['group', '胰岛素 三支 没得打了', 'medicine', 'items=胰岛素;qty=3;days=0'],
  ['group', '降压药没得吃了 帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  ['group', '降压药两盒 下周医院没得配了 早点报', 'medicine', 'items=降压药;qty=2'],
];
