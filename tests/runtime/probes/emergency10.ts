/**
 * Round 10 emergency probes: the false and missed emergencies and emergency.ask of dev-24 (a 杨浦 community by two
 * universities: students' slang beside retired professors, Shanghainese and Cantonese) and dev-25 (浦东 in April 2022,
 * medicine talk), by reason, in new words and other scripts, with the near misses that must keep their reading.
 * [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-24: 讲勿出闲话 半边面孔歪了): a stroke told in Shanghainese words — 闲话 for speech (讲不出闲话, 闲话讲不出来), 面孔
// for the face (半边面孔塌下来, 面孔一边歪) — in Cantonese (講唔出一句話, 半邊塊面) and English ("can't get a word out", "one side
// of her face has slipped") pages; anger that leaves one speechless does not. 3/7 before.
export const ROUND_10_STROKE_IN_DIALECT: Probe[] = [
  ['group', '阿拉爷叔突然讲勿出闲话了 半边面孔塌下来了 快点来人', 'emergency'],
  ['group', '外婆刚刚讲闲话讲不出来了 一只手也拿不住碗 9号楼302', 'emergency', 'door=9-302'],
  ['group', '老头子面孔一边歪脱了 叫伊也只会点头 快点', 'emergency'],
  ['group', '阿爺突然講唔出一句話 半邊塊面歪咗 快啲嚟人', 'emergency'],
  ['group', "grandma suddenly can't get a word out and one side of her face has slipped, hurry", 'emergency'],
  ['group', '老王讲闲话讲得起劲 面孔笑得红通通', 'none'],
  ['group', '气得我讲勿出闲话', 'none'],
];

// Set 2 (dev-24: 防疫站的电话一直打不通 心态崩了): an office's phone that does not get through (疾控中心, 街道办, 核酸检测点, 派出所, a
// clinic) is a complaint, not someone who does not answer; a neighbour's phone and door still are asked. 2/6 before.
export const ROUND_10_OFFICE_PHONE: Probe[] = [
  ['group', '疾控中心的电话一直打不通 崩溃了', 'none'],
  ['group', '街道办电话也打不通 服了', 'none'],
  ['group', '核酸检测点的电话一直不通 急死人', 'none'],
  ['group', '派出所電話一直打唔通 搞到我好煩', 'none'],
  ['group', "the clinic's phone never gets answered, no one picks up", 'none'],
  ['group', '隔壁阿婆家电话一直打不通 敲门也没人应', 'emergency.ask'],
];

// Set 3 (dev-24: 呢排日日食公仔麵 胃都唔舒服): one's own mild discomfort put down to what one has eaten every day (泡面, 外卖, 罐头,
// instant noodles) is talk; someone else in pain after a meal is still asked. 1/5 before.
export const ROUND_10_OWN_DIET: Probe[] = [
  ['group', '最近天天吃泡面 胃有点不舒服', 'none'],
  ['group', '呢個禮拜日日食罐頭 個胃好唔舒服', 'none'],
  ['group', 'been eating instant noodles every day, my stomach is not feeling well', 'none'],
  ['group', '天天吃外卖 吃得我胃不舒服', 'none'],
  ['group', '我爸吃了泡面以后肚子痛得打滚 一直吐', 'emergency.ask'],
];

// Set 4 (dev-25: 地高辛吃多了会心慌 我邻居以前就是这样进的医院): what too much of a medicine does (吃多了会…, 食多咗會…, "too much X
// makes…") is knowledge, not someone's sign now; one's own mother who took too much and is dizzy now is asked, and a child who swallowed too many of a grown-up's
// pills pages (「孩子把我的降压药吃多了」: 把…药吃多了 was no poisoning). 3/7 before.
export const ROUND_10_WHAT_TOO_MUCH_DOES: Probe[] = [
  ['group', '降糖药吃多了会低血糖的 不能乱加量', 'none'],
  ['group', '降糖药吃多了会头晕出冷汗', 'none'],
  ['group', '安眠药吃太多会喘不上气的 千万别自己加量', 'none'],
  ['group', '降壓藥食多咗會頭暈 我阿媽之前試過', 'none'],
  ['group', 'too much digoxin makes your heart race, my aunt ended up in hospital once', 'none'],
  ['group', '我妈降压药吃多了 现在头很晕 站不稳', 'emergency.ask'],
  ['group', '孩子把我的降压药吃多了 会不会有事', 'emergency'],
];

// Set 5 (dev-25: 下午在楼下摔跤的那个爷爷 后来去医院了伐): someone named by an earlier fall (摔跤的那个, 跌跤嗰個, "the lady who
// slipped") asked after is talk; the same person falling again, or past waking now, pages. 4/7 before.
export const ROUND_10_ASKED_AFTER_A_FALL: Probe[] = [
  ['group', '中午在门口摔跤的那个阿婆 后来去医院了吗', 'none'],
  ['group', '昨天滑倒的那位老师 现在好点没有', 'none'],
  ['group', '下晝喺樓下跌跤嗰個伯伯 之後有冇去醫院', 'none'],
  ['group', 'the lady who slipped on the stairs this morning, is she alright now?', 'none'],
  ['group', 'the old man who tripped by the gate this afternoon, did he go to hospital in the end?', 'none'],
  ['group', '刚才摔跤的那个爷爷又倒在地上了 起不来', 'emergency'],
  ['group', '刚才滑倒的那位阿姨现在叫不醒了', 'emergency'],
];

// Set 6 (dev-25: 摔了一跤 是前天的事了 … 现在翻身都痛 … 有没有医生能上门看一下): a fall days ago, a pain or a swelling that grows now,
// the person walking, and a doctor asked to look, is asked — neither paged for the fall nor dropped for its past; a fall just
// now with a doctor called for pages. 1/5 before.
export const ROUND_10_FALL_DAYS_AGO: Probe[] = [
  ['group', '我妈上礼拜在浴室滑了一跤 这几天膝盖越来越肿 走路还行 有没有医生帮忙看看', 'emergency.ask'],
  ['group', '老伴昨天下楼梯跌了一跤 当时没事 今天手腕肿了 有医生吗', 'emergency.ask'],
  ['group', 'My dad slipped in the kitchen three days ago, his hip is sore now but he can walk. Is there a doctor who could take a look?', 'emergency.ask'],
  ['group', '阿爺前日喺廁所跌咗一跤 今日條腰好痛 但係行得 有冇醫生可以睇下', 'emergency.ask'],
  ['group', '我爸刚刚摔了一跤 有没有医生', 'emergency'],
];

// Set 7 (dev-25: "a fever around 40 for two days and today he is very sleepy, hard to keep awake"): a fever said as a bare
// number in English ("a 40 fever", "a fever of about 40") and a drowsiness that is new ("really sleepy", "hard to keep
// awake", "barely opens his eyes") are asked. 2/4 before.
export const ROUND_10_SLEEPY_FEVER: Probe[] = [
  ['group', 'my daughter has had a fever of about 40 since yesterday and she just wants to sleep, should we worry?', 'emergency.ask'],
  ['group', 'grandpa is really sleepy today, hard to keep awake', 'emergency.ask'],
  ['group', 'the boy next door has run a 40 fever for three days and now he barely opens his eyes', 'emergency.ask'],
  ['group', "my son's temp is 39.5 and he is so drowsy", 'emergency.ask'],
];

// Set 8 (dev-25: 量了血压160 平时130左右): the usual value said beside a reading (平时130左右, 平時130度, "normally around 130") is
// the measure of now, not a habit: a mild sign with it is asked. 1/4 before.
export const ROUND_10_USUAL_VALUE: Probe[] = [
  ['group', '我爸今天血糖18 平时7左右 有点头晕', 'emergency.ask'],
  ['group', '外婆血压一百七 平时一百三左右 有点头晕', 'emergency.ask'],
  ['group', "mum's BP is 170 today, normally around 130, she says she's a bit dizzy", 'emergency.ask'],
  ['group', '阿爺今日血壓165 平時130度 有啲頭暈', 'emergency.ask'],
];

// Set 9 (dev-24: 今天早上起来说胸口有点闷 … 他自己说是昨天没睡好 我也不知道要不要紧 想问问群里有没有医生): the cause the patient
// gives (说是昨天没睡好, 讲是前天吃太咸, "blames yesterday's late night") with the writer unsure and asking a doctor is asked — the
// past is the cause's, not the sign's. 0/4 before.
export const ROUND_10_CAUSE_GIVEN_WORRY_LEFT: Probe[] = [
  ['group', '我老公今天早上说胸口有点闷 他说是昨天没睡好 我也不知道要不要紧 有没有医生帮忙看一下', 'emergency.ask'],
  ['group', '婆婆下午开始心慌 她自己讲是前天吃太咸了 我心里没底 想请群里医生看看', 'emergency.ask'],
  ['group', "my husband says his chest feels a bit tight this morning, he blames yesterday's late night, not sure if it matters, any doctor around?", 'emergency.ask'],
  ['group', '我妈头有点晕 她说是没睡好 我也不知道要不要紧 有没有医生', 'emergency.ask'],
];

// Set 10 (seen beside set 1: 「我真的讲不出话了 太感动了」 paged): speechless from being moved, excited or exasperated (感动得说不出话来,
// 无语到说不出话, 激动到讲不出话, 感動到講唔出嘢, "so touched I can't speak") is a manner of speaking about oneself, never a stroke;
// someone who suddenly cannot speak still pages. 4/10 before.
export const ROUND_10_SPEECHLESS_MOVED: Probe[] = [
  ['group', '我真的讲不出话了 太感动了', 'none'],
  ['group', '感动得说不出话来 谢谢各位志愿者', 'none'],
  ['group', '我已经无语到说不出话了', 'none'],
  ['group', '志愿者送来的菜 我激动到讲不出话', 'none'],
  ['group', '感動到講唔出嘢 多謝晒大家', 'none'],
  ['group', "so touched I can't speak, thank you all", 'none'],
  ['group', '看到这个通知我真的说不出话', 'none'],
  ['group', '阿爸突然讲不出话了 嘴巴也歪了', 'emergency'],
  ['group', '我妈刚刚突然说不出话来 快来人', 'emergency'],
  ['group', '外公讲不出话了 一直流口水', 'emergency'],
];

// Set 11 (corpus 24's shared flats, students' slang): the people one shares a flat with (室友, 舍友, 合租的, roommate, flatmate)
// are one's own people — a laugh said before (哈哈, 笑死, lol) does not make their collapse a jest — and a laugh in slang (xswl,
// hhhh, 23333) or 原地晕倒 / 骂到晕倒 is a jest like 哈哈; 真的 beside the news lifts no news. 6/13 before.
export const ROUND_10_HOUSEMATES_AND_SLANG_LAUGHS: Probe[] = [
  ['group', '哈哈 室友真的晕倒了 叫不醒 快来', 'emergency'],
  ['group', '笑死 不对 舍友真的晕倒了 叫不醒', 'emergency'],
  ['group', 'lol wait my roommate actually collapsed and is not responding', 'emergency'],
  ['group', '哈哈哈 合租的小哥刚刚在厨房倒下了 一动不动', 'emergency'],
  ['group', 'xswl 室友晕倒了 叫不醒 快来人', 'emergency'],
  ['group', '室友原地晕倒了 叫不醒 快来', 'emergency'],
  ['group', 'xswl 我室友看恐怖片吓晕了', 'none'],
  ['group', 'xswl 室友说他被论文吓晕过去了', 'none'],
  ['group', 'hhhh 室友被老板骂到原地晕倒', 'none'],
  ['group', '233333 室友打游戏输了直接气晕', 'none'],
  ['group', '室友看恐怖片吓晕了 哈哈', 'none'],
  ['group', '舍友考完试累瘫了 躺在床上一动不动', 'none'],
  ['group', '新闻里说有个老人在家晕倒没人发现 真的太惨了 我妈也是一个人住', 'none'],
];

// Set 12 (found beside corpus 25's medicine talk: overdoses said by what was taken): a whole strip or bottle of a medicine named by
// its class ("a whole strip of her antidepressants", 喝了半瓶退烧药), and a child who took a grown-up's named drug and is drowsy now
// (把我的氯硝西泮吃了几片 现在一直睡, 孫仔食咗我嘅氨氯地平 … 好眼瞓), page as poisoning; a child who ate a grown-up's cake does not.
// 2/6 before.
export const ROUND_10_OVERDOSE_BY_NAME: Probe[] = [
  ['group', "my flatmate took a whole strip of her antidepressants, she's very drowsy and not making sense", 'emergency'],
  ['group', '宝宝喝了半瓶退烧药 现在昏昏沉沉的', 'emergency'],
  ['group', '我儿子把我的氯硝西泮吃了几片 现在一直睡', 'emergency'],
  ['group', '孫仔食咗我嘅氨氯地平 三粒 而家好眼瞓', 'emergency'],
  ['group', 'grandson swallowed a whole packet of my blood pressure tablets', 'emergency'],
  ['group', '女儿把我的蛋糕吃了 哈哈', 'none'],
];

// Set 13 (beside corpus 25's heart medicine): chest pain that goes on after the heart pill (硝酸甘油含了两片胸口还是痛, 心口还是疼,
// 心口仲係痛, "still there after his nitro") is a heart attack — it pages, where 还是/仲 between the chest and the pain hid the
// sign. 1/4 before.
export const ROUND_10_CHEST_PAIN_UNRELIEVED: Probe[] = [
  ['group', '老爸的硝酸甘油含了两片胸口还是痛 满头汗', 'emergency'],
  ['group', '外婆含了救心丸 心口还是疼 出冷汗', 'emergency'],
  ['group', '阿爺含咗硝酸甘油 心口仲係痛', 'emergency'],
  ['group', 'he took his nitro twice and the chest pain is still there, sweating a lot', 'emergency'],
];

// Set 14 (corpus 25's insulin that ran out): a sugar far too high (28, 30多, 三十幾) with vomiting or a mind not clear is a
// diabetic crisis and pages, before the insulin it asks for; a high reading told calmly with a need is a medicine request or
// talk. 2/5 before.
export const ROUND_10_HIGH_SUGAR: Probe[] = [
  ['group', "the insulin pen is empty and dad's sugar reading is 28, he is very confused", 'emergency'],
  ['group', '胰岛素断了三天 我爸血糖测出来30多 人迷迷糊糊的 一直吐', 'emergency'],
  ['group', '阿爺血糖三十幾 而家迷迷糊糊 一直嘔', 'emergency'],
  ['group', 'my sugar was 25 this morning, need to get more insulin', 'medicine', 'items=insulin'],
  ['group', '我今天血糖12 有点高 明天去配药', 'none'],
];
