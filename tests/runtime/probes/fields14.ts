/**
 * Round 14 probes (fields14): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: the errand of a medicine run — 「配药跑腿」, 「帮老人取药跑腿」, "medicine errands" — is the medicine skill, one job, not a
// second (delivery); 跑腿 on its own or beside goods stays delivery. Medicine carried to the door after it is fetched
// (「配药送药都行」, 「取药送药」) is two jobs: the run (medicine) and the carrying (delivery), as 「送菜送药」 is delivery.
// Read right before the change: 4/12. After: 12/12. Two older probes (replies.ts round 7b, medicine.ts round 6) that had
// 配药跑腿 as medicine|delivery now read medicine, as three corpora label it (round 7b had left them).
export const ROUND_14_FIELDS_MEDICINE_ERRAND: Probe[] = [
  ['reply:recruit', '报名 帮老人配药跑腿都可以', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '我報名 取藥跑腿我都得', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '算我一个！配药跑腿👌', 'recruit.signup', 'skills=medicine'],
  ['group', '我想做志愿者 可以帮独居老人买药跑腿 住７号楼', 'volunteer', 'skills=medicine'],
  ['reply:recruit', 'Count me in, happy to run medicine errands for the elderly', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '我报名 配药送药都可以', 'recruit.signup', 'skills=medicine|delivery'],
  ['reply:recruit', '報名 取藥送藥我都得閒', 'recruit.signup', 'skills=medicine|delivery'],
  ['group', '我可以帮大家配药、送药上门 有需要喊我', 'volunteer', 'skills=medicine|delivery'],
  ['reply:recruit', '报名 跑腿送菜都行', 'recruit.signup', 'skills=delivery'],
  ['group', '我可以帮楼里老人跑腿 有事叫我', 'volunteer', 'skills=delivery'],
  ['reply:recruit', '报名 我有车 送菜送药都可以', 'recruit.signup', 'skills=driver|delivery'],
  ['reply:recruit', 'Sign me up for errands and grocery runs', 'recruit.signup', 'skills=delivery'],
];

// Set B: a medicine named by what it does, with 的 and no 药 after it — 「就是那个控制血糖的」, 「降血压的那种」, 「控糖的」 — is that
// class of medicine, and its item is written as the corpora write it, with 药 put back (控制血糖的药, 降血压的药), as 「高血压的药」
// is. 控制 (and Wu/short 控) before 血糖/血压/血脂 is read as 降 is. The same words about a diet, a test or a machine name nothing.
// Read right before the change: 4/10. After: 10/10. Four older probes (medicine.ts) and tests/medicine/heard.test.ts had the
// item as 降压的; they now have 降压的药, as every corpus writes such a class (no corpus item ends in a bare 的).
export const ROUND_14_FIELDS_CLASS_WITHOUT_YAO: Probe[] = [
  ['private', '我妈的药吃完了 就是那个控制血压的', 'medicine', 'items=控制血压的药;days=0'],
  ['group', '我爸降血糖的那种只剩两天了 谁能帮忙配一盒 6号楼301', 'medicine', 'items=降血糖的药;qty=1;days=2;door=6-301'],
  ['private', '阿拉老头子控制血糖额药吃光了 帮伊配两盒', 'medicine', 'items=控制血糖的药;qty=2;days=0'],
  ['private', '媽媽的藥快沒了 是控制血脂的那個', 'medicine', 'items=控制血脂的药;days=0'],
  ['private', '帮我配点降血压的 还有三天', 'medicine', 'items=降血压的药;days=3'],
  ['group', '降血脂的那个快吃完了 有人能帮忙带一盒吗 ３号楼５０２', 'medicine', 'items=降血脂的药;qty=1;days=0;door=3-502'],
  ['group', '少吃甜的 控制血糖的关键是管住嘴', 'none'],
  ['group', '血糖仪是控制血糖的好帮手 大家可以买一个', 'none'],
  ['group', '医生说控制血压的关键是少吃盐 多运动', 'none'],
  ['group', '团购的菜里有没有降血糖的苦瓜 老人想吃', 'none'],
];

// Set C: a road vehicle one drives or drove for a living — 「以前开卡车的」, 「开了二十年公交」, 「跑长途大巴的」, "I used to drive a
// lorry" — is the driver skill, as 货车 and 出租 were; a forklift or a digger (叉车, 铲车, 挖机) in a factory or on a site is no driver
// (dev-18 labels a 铲车 driver delivery only), nor is a truck that brings the goods.
// Read right before the change: 5/9. After: 9/9.
export const ROUND_14_FIELDS_DROVE_FOR_A_LIVING: Probe[] = [
  ['group', '我老公以前开卡车的 小区要拉物资可以找他', 'volunteer', 'skills=driver|delivery'],
  ['reply:recruit', '报名 我开了二十年公交 现在退休了', 'recruit.signup', 'skills=driver'],
  ['reply:recruit', '我報名 我以前揸大巴 可以幫手', 'recruit.signup', 'skills=driver'],
  ['group', '阿拉爷叔老早开集卡额 伊讲可以帮忙运物资', 'volunteer', 'skills=driver|delivery'],
  ['reply:recruit', "Sign me up, I used to drive a lorry so happy to move supplies", 'recruit.signup', 'skills=driver|delivery'],
  ['reply:recruit', '报名 我在仓库开叉车的 搬东西没问题', 'recruit.signup', 'skills=delivery'],
  ['reply:recruit', '我报名 以前在工地开挖机 力气活都行', 'recruit.signup', 'skills=delivery'],
  ['group', '今天送菜的卡车几点到 有人知道吗', 'none'],
  ['group', '公交停了 大巴也不开 出不去啊', 'none'],
];

// Set D: a suppository named by what it does — 「小儿退热栓」, 「痔疮栓」, 「止痛栓」, 「通便栓」 — is a class of medicine with its form
// (栓), as 退烧贴 and 止咳糖浆 are; 栓 in 血栓, 脑血栓 or a bolt (门栓, 插销) names nothing.
// Read right before the change: 4/8. After: 8/8. (dev-29:195 now reads its item; its 「借一颗」 is read qty=1, which dev-29 leaves
// out and dev-11 wants for a thermometer lent: the corpora disagree on a count borrowed, left.)
export const ROUND_14_FIELDS_SUPPOSITORY: Probe[] = [
  ['group', '邊位有小兒退熱栓 BB食唔落藥 借啲嚟', 'medicine', 'items=小儿退热栓'],
  ['group', '谁家有退热栓 孩子烧到39度 吃药就吐', 'medicine', 'items=退热栓'],
  ['private', '痔疮栓用完了 帮我带一盒', 'medicine', 'items=痔疮栓;qty=1;days=0'],
  ['group', '阿拉屋里老头子通便栓没了 啥人屋里有 借几粒 ５号楼２０１', 'medicine', 'items=通便栓;days=0;door=5-201'],
  ['private', '帮我配两盒止痛栓 我妈癌痛 只剩一天了', 'medicine', 'items=止痛栓;qty=2;days=1'],
  ['group', '脑血栓的康复操 大家有空可以跟着视频学学', 'none'],
  ['group', '门栓坏了 谁家有多的插销借一个', 'none'],
  ['group', '老人长期卧床容易血栓 要多翻身', 'none'],
];

// Set E: Parkinson's medicines by name — 左旋多巴, 恩他卡朋, 雷沙吉兰, 吡贝地尔 (泰舒达), 苯海索, 罗匹尼罗, 卡比多巴 — are read as names, as
// 美多芭 and 普拉克索 already were; a list of two with 「一样一盒」 is each one box. 左旋肉碱 (a slimming supplement) is no medicine.
// Read right before the change: 6/8. After: 8/8.
export const ROUND_14_FIELDS_PARKINSON_NAMES: Probe[] = [
  ['private', '我爸的左旋多巴只剩三天了 帮忙配两盒', 'medicine', 'items=左旋多巴;qty=2;days=3'],
  ['private', '外公的藥 恩他卡朋 雷沙吉兰 各一盒 都快吃完了', 'medicine', 'items=恩他卡朋|雷沙吉兰;qty=1;days=0'],
  ['group', '谁能帮忙配一盒吡贝地尔 阿拉爷叔帕金森额 ７号楼３０２', 'medicine', 'items=吡贝地尔;qty=1;door=7-302'],
  ['private', '泰舒达吃完了 麻烦帮我配两盒', 'medicine', 'items=泰舒达;qty=2;days=0'],
  ['private', "Grandma's levodopa ran out, could someone get her 2 boxes", 'medicine', 'items=levodopa;qty=2;days=0'],
  ['private', '苯海索 罗匹尼罗 一样一盒 还有五天', 'medicine', 'items=苯海索|罗匹尼罗;qty=1;days=5'],
  ['group', '左旋肉碱减肥到底有没有用啊 团购能买吗', 'none'],
  ['group', '我妈吃左旋多巴好几年了 手抖好多了 大家别担心', 'none'],
];

// Set F: a nationality said of the writer — "the English guy in no.12", "a French couple", "we're the Korean family" — is who they are,
// not a language offered (translator); "I speak English", "can translate French", "English and Korean both fine" still offer it.
// Read right before the change: 4/8. After: 8/8.
export const ROUND_14_FIELDS_NATIONALITY_IS_NO_LANGUAGE: Probe[] = [
  ['group', "Hi all, I'm the English guy in 7-301. Happy to carry shopping up the stairs for anyone, just message me", 'volunteer', 'skills=delivery'],
  ['group', "We're the French couple on the 5th floor of building 9, glad to help with deliveries in the evenings", 'volunteer', 'skills=delivery'],
  ['reply:recruit', 'Count me in! Korean lady from 14-802, I can do night patrol', 'recruit.signup', 'skills=patrol'],
  ['group', 'German bloke in block 3 here, I can help move supplies if needed', 'volunteer', 'skills=delivery'],
  ['reply:recruit', 'Sign me up, I speak English and French so I can translate for the foreigners', 'recruit.signup', 'skills=translator'],
  ['group', "I'm a Japanese student in 6-201, I can help translate Japanese and English notices", 'volunteer', 'skills=translator'],
  ['reply:recruit', '报名 我会英文 可以帮外国人翻译', 'recruit.signup', 'skills=translator'],
  ['reply:recruit', 'Happy to help, English and Korean both fine, and I can carry boxes', 'recruit.signup', 'skills=translator|delivery'],
];
