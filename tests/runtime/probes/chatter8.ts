/**
 * Round 8 chatter probes: group talk that dev-18 and dev-19 saw taken as a request (and dev-18's false and missed
 * emergencies), by reason, in new words and other scripts, with the near misses that still ask. [context, text,
 * intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-18, dev-19: praise of the volunteers or the building lead): what others do for the building, told as
// their habit (每天/天天/经常 帮…拿药, 每天打电话问要不要配药, "every day asking who needs medicine") is praise or news, not a
// need; a need of the writer's own beside it still asks. 3/8 before; 8/8 after.
export const ROUND_8_CHATTER_SERVICE_TOLD: Probe[] = [
  ['group', '我们楼的楼长人真好 天天帮老人们拿药 还挨家挨户问缺不缺药', 'none'],
  ['group', '居委会的小姑娘每天打电话问阿拉要不要配药 真当贴心', 'none'],
  ['group', '我婆婆讲伊拉楼里的志愿者经常帮孤老配药送菜 伊老感动的', 'none'],
  ['group', '我哋棟樓嘅義工每日幫啲老人家攞藥 真係辛苦晒', 'none'],
  ['group', 'the volunteers in our block go round every day asking who needs medicine, so grateful', 'none'],
  ['group', '平时都是志愿者帮我配药 这次能不能再帮我配两盒氨氯地平 5号楼302', 'medicine', 'items=氨氯地平;qty=2;door=5-302'],
  ['group', '楼长每天都很忙 我不好意思找他 我的降压药吃完了 谁能帮我带一盒', 'medicine', 'items=降压药;qty=1;days=0'],
  ['group', '能不能请志愿者帮忙配药 我妈的药快没了', 'medicine', 'days=0'],
];

// Set 2 (dev-18, dev-11): "does anyone know …" put to neighbours about how the medicine run goes, with a request word
// (need, bring) inside the question and more said after it, asks for nothing; who can pick up mine still asks. 6/8 before; 8/8 after.
export const ROUND_8_CHATTER_ASK_AROUND_HOW: Probe[] = [
  ['group', 'Does anyone know if the clinic needs the original booklet or just a photo? Mum keeps worrying about it. Thanks!', 'none'],
  ['group', 'anyone know whether they need the insurance card for the medicine run? Dad has enough for now, just planning ahead.', 'none'],
  ['group', "Does anybody know how the pharmacy runs work at the moment? My parents are fine this month but I can't help them from Beijing.", 'none'],
  ['group', "I'm stuck in Canada and can't help my parents with anything, so glad the volunteers are around. Thank you all.", 'none'],
  ['group', "Does anyone know if we need to bring the old boxes for the medicine run? Grandpa's fine, he just wants to be ready.", 'none'],
  ['group', "anyone know whether the pharmacy will need her ID card? she keeps asking me and I don't know what to say.", 'none'],
  ['group', 'Does anyone know who can pick up insulin for my mum? she ran out this morning, 4-202', 'medicine', 'items=insulin;days=0;door=4-202'],
  ['group', 'anyone know if someone could grab two boxes of paracetamol for me? I am in 6-301', 'medicine', 'items=paracetamol;qty=2;door=6-301'],
];

// Set 3 (dev-18): the old at large running out, with those in charge blamed (管不管, 没人管, 理唔理), is a complaint;
// the writer's own people (我妈, 我爸) make it a need. 2/6 before; 6/6 after.
export const ROUND_8_CHATTER_COMPLAINT: Probe[] = [
  ['group', '封了这么久 老年人的药都吃完了 街道到底管不管', 'none'],
  ['group', '老人家降压药都断了 也没人管 这叫什么事', 'none'],
  ['group', '好多老人药都快没了 居委会也不管管', 'none'],
  ['group', '啲老人家啲藥都就快食晒 居委理唔理㗎', 'none'],
  ['group', '我妈的药快吃完了 居委会管不管啊 谁能帮忙配一下', 'medicine', 'days=0'],
  ['group', '我爸降压药没了 没人管 求求谁帮忙买一盒', 'medicine', 'items=降压药;qty=1;days=0'],
];

// Set 6 (dev-18: a false emergency and an emergency question): advice to the old at large (老年人 / 上了年纪的人 / 長者們 …
// 要, 不要, 最好, 千万; 大家记牢) tells what to do if, not what happens; someone fallen now, or 有个老年人晕倒了, still pages.
// 6/9 before; 9/9 after.
export const ROUND_8_CHATTER_FALL_ADVICE: Probe[] = [
  ['group', '老年人摔倒了千万不要马上扶起来 先问问哪里痛 大家记住啊', 'none'],
  ['group', '阿拉年纪大了 夜里起来上厕所一定要开灯 跌一跤就不得了', 'none'],
  ['group', '老人家沖涼要小心 浴室地滑 跌親就大件事', 'none'],
  ['group', "old people shouldn't rush to get up after a fall, check where it hurts first, remember that everyone", 'none'],
  ['group', '上了年纪的人起床要慢 不然头晕摔倒就麻烦了', 'none'],
  ['group', '上了年纪的人洗澡不要锁门 晕倒了都没人知道', 'none'],
  ['group', '長者們沖涼最好有人喺屋企 暈低咗都冇人知', 'none'],
  ['group', '我爸刚刚在浴室摔倒了 爬不起来 快来人 6号楼302', 'emergency', 'door=6-302'],
  ['group', '有个老年人晕倒了要不要叫救护车 就在3号楼门口', 'emergency'],
];

// Set 7 (dev-18: a false emergency): asking after someone from an earlier scare (晕过去的那个阿婆后来哪能了, 之後點樣, "how is the man
// who fainted … doing now") — the sign is in a relative clause and the question asks how it ended; 又晕倒了 now still pages.
// 4/6 before; 6/6 after.
export const ROUND_8_CHATTER_ASKED_AFTER: Probe[] = [
  ['group', '早上在菜场晕过去的那个阿婆后来哪能了', 'none'],
  ['group', '昨天夜里救护车拉走的老伯伯现在怎么样了 有人知道伐', 'none'],
  ['group', '上午核酸排队时昏倒嘅阿伯之后點樣呀', 'none'],
  ['group', 'how is the man who fainted at the testing site this morning doing now?', 'none'],
  ['group', '那个摔倒的阿姨好点了吗', 'none'],
  ['group', '早上晕过去的那个阿婆刚刚又晕倒了 叫不醒 快来人', 'emergency'],
];

// Set 8 (dev-18: the missed emergency): someone sitting or lying on the floor of a named room who cannot get up in other words
// (坐在厨房地上爬不起来, 躺在卫生间地板上起不了身, 坐喺地下企唔起身, 扶不动, "on the kitchen floor and can't get up"); a child
// sulking on the floor is not. 2/5 before; 5/5 after.
export const ROUND_8_CHATTER_FLOOR: Probe[] = [
  ['group', '阿婆坐在厨房地上爬不起来 我拉不动她 快来人帮帮忙 7号楼501', 'emergency', 'door=7-501'],
  ['group', '我妈躺在卫生间地板上起不了身 我一个人扶不动', 'emergency'],
  ['group', '隔籬阿公坐喺地下企唔起身 我一個人扶唔起佢', 'emergency'],
  ['group', "my neighbour is sitting on the kitchen floor and can't get up, I can't lift her on my own", 'emergency'],
  ['group', '小孙子坐在地上耍赖 怎么拉都不起来 哈哈', 'none'],
];

// Set 4 (dev-10, dev-19): advice to everyone with elders at home to keep a medicine (家里有老人的最好备点…, 有备无患,
// 以防万一) names a medicine and asks for none. 3/5 before; 5/5 after.
export const ROUND_8_CHATTER_ADVICE_STOCK: Probe[] = [
  ['group', '前几天隔壁老伯半夜心绞痛 幸好送医及时 大家家里有老人的最好备点硝酸甘油', 'none'],
  ['group', '各位屋企有長者嘅 一定要備定速效救心丸 以防萬一', 'none'],
  ['group', 'everyone with elderly parents should keep some aspirin at home, just in case', 'none'],
  ['group', '大家家里多备点常用药 血压计也要有 有备无患', 'none'],
  ['group', '我家救心丸吃完了 一定要备着的 谁能帮我带一瓶 8号楼201', 'medicine', 'items=救心丸;qty=1;days=0;door=8-201'],
];

// Set 5 (dev-18, dev-19, the volunteer recogniser): being free said of everyone (大家有空也去…), a borrowed thing asked back
// (谁借走了 … 说一声就好), a contact for questions (有问题的打我电话) and someone who asked me (打电话问阿拉) offer nothing.
// 5/7 before; 7/7 after.
export const ROUND_8_CHATTER_NOT_OFFER: Probe[] = [
  ['group', '大家有空也去看看六楼的孤老 给他送点吃的', 'none'],
  ['group', '邻居们有空给志愿者们点个赞吧 他们太辛苦了', 'none'],
  ['group', '我家的小推车谁借走了 用好了放回门口就行 说一声就好', 'none'],
  ['group', '前两天借出去的折叠梯还没还 谁拿了跟我讲一声', 'none'],
  ['group', '有问题的打我电话 要配药的人家今天八点前把药名报给我', 'none'],
  ['group', 'whoever borrowed my trolley, please put it back by door 6, just let me know', 'none'],
  ['group', '我有空 可以帮忙搬东西 有事打我电话', 'volunteer', 'skills=delivery'],
];

// Set 9 (dev-19): out of breath from a load the writer then carried for them (拎了两袋米爬到五楼 … 喘气 … 我帮她拎上去了, "catch his
// breath, so I carried it up") is a story of the load, not a breath sign; blue lips on the stairs still page.
export const ROUND_8_CHATTER_EXERTION: Probe[] = [
  ['group', '楼上阿姨拎了两袋米爬到五楼 坐在楼梯口喘气 我帮她拎上去了', 'none'],
  ['group', '老伯伯扛着一箱水走不动了 靠在墙上直喘 我们几个帮他搬回家了', 'none'],
  ['group', 'saw the old man from 3F carrying rice up the stairs, he had to sit down and catch his breath, so I carried it up for him', 'none'],
  ['group', '刚才爬楼梯爬到一半 阿婆坐下来喘不上气 嘴唇发紫 快来人', 'emergency'],
];

// Set 10 (dev-10): a mild complaint of one's elder put to the others as a comparison (大家家里老人也是这样吗, 你们家长辈也这样吗,
// 係咪都係咁) asks for advice, not for help now; dizzy and unable to stand still pages.
// ("my grandpa gets a bit dizzy … are your elderly folks the same?" is still asked: dizzy of one's own people is a danger word in
// English and lifts the frame; left so.)
export const ROUND_8_CHATTER_SAME_AS_YOURS: Probe[] = [
  ['group', '我爸在家闷了一个月 走两步就说头晕 大家屋里的老人也是这样吗 都怎么让他们活动的', 'none'],
  ['group', '外婆做完操总说有点头晕 你们家长辈也这样吗', 'none'],
  ['group', '我阿爺喺屋企坐耐咗企起身就話頭暈 你哋屋企老人家係咪都係咁㗎', 'none'],
  ['group', '奶奶这几天吃完饭就说头有点晕 大家家里老人是不是也这样', 'none'],
  ['group', '我爸突然头晕 站不起来了 大家谁家有血压计', 'emergency'],
];

// Set 11 (dev-11): a fall told after it was tended (扶回家了, 搽咗藥, "helped her home and put some cream on") with those who have time
// asked to look in (有時間嘅街坊可以幫手睇住佢) asks for no medicine and offers nothing; iodine asked for a hurt knee still asks.
export const ROUND_8_CHATTER_TENDED: Probe[] = [
  ['group', '老太太刚才在楼下跌了一跤 我们已经扶她回家了 膝盖擦破点皮 涂了点药 有空的邻居可以去看看她', 'none'],
  ['group', '隔壁阿伯头先跌咗 我哋扶咗佢返屋企 已經幫佢搽咗藥 有時間嘅街坊可以幫手睇住佢', 'none'],
  ['group', 'the lady downstairs tripped earlier, we helped her home and put some cream on her knee, anyone with time could check on her later', 'none'],
  ['group', '我妈膝盖摔破了 家里没有碘伏 谁能帮忙带一瓶 5号楼302', 'medicine', 'items=碘伏;qty=1;door=5-302'],
];

// Set 12 (dev-18, dev-19): first aid named in a story of the past (幸亏护士帮忙做了急救, 好彩有護士幫手做急救) — 急 of 急救 was read as
// urgency now and outweighed the past, and 帮忙做了 as help asked; a cry for whoever knows first aid still pages.
export const ROUND_8_CHATTER_FIRST_AID_TOLD: Probe[] = [
  ['group', '前两天三号楼阿伯晕倒 幸亏楼下护士帮忙做了急救 大家家里多备点速效救心丸', 'none'],
  ['group', '上礼拜楼下阿婆噎住了 幸好她儿子会急救 拍了几下就吐出来了', 'none'],
  ['group', '前幾日有個阿伯喺街市暈低 好彩有護士幫手做急救 而家冇事', 'none'],
  ['group', 'last week a man collapsed at the gate and a nurse from building 5 did first aid until the ambulance came', 'none'],
  ['group', '听说隔壁小区有人半夜犯病 邻居帮忙做了心肺复苏 现在没事了 大家家里备个血压计 有备无患', 'none'],
  ['group', '我爸刚刚晕倒了 叫不醒 谁会急救 快来 3号楼201', 'emergency', 'door=3-201'],
];

// Set 13 (dev-19): an order planned for a later group-buy (我老公说下次多订一份水果, 下回再订一份肉, 下次的團我要兩份雞蛋, "next time we should
// order two") orders nothing now, however it is counted; 下次 said of this order's delivery (「B两份 下次早点送 5-302」) no longer
// unmakes the order. 2/7 before (the four plans ordered, and the line with a remark on delivery was lost); 7/7 after.
export const ROUND_8_CHATTER_LATER_ORDER: Probe[] = [
  ['group', '我妈说下次要多订两份鸡蛋 这次的吃不完', 'none'],
  ['group', '老公讲下回再订一份肉 今朝先算了', 'none'],
  ['group', '下趟团购阿拉要来两份水果 这趟来不及了', 'none'],
  ['group', 'my wife says next time we should order two fruit boxes, too late for this one', 'none'],
  ['group', '下次的團我要兩份雞蛋 今次唔使', 'none'],
  ['group', '这次先要一份B 8-101', 'order', 'items=B*1;door=8-101'],
  ['reply:chain', 'B两份 下次早点送 5-302', 'order', 'items=B*2;door=5-302'],
];

const CHAIN_A = '#接龙\n团购接龙 #1 蔬菜团\n1. 3-201 A×1\n2. 6-1102 B×1 D×1\n3. 12-503 C×1\n4. 17-404 C×1\n5. 9-1204 B×2 C×1\n6. 13-1101 D×1\n';
const CHAIN_B = '团购接龙 #1 蔬菜团\n1. 2-101 B×1\n2. 4-502 A×2\n3. 8-301 C×1\n';
// Set 14 (dev-19): a chain pasted back whose last line asks about a line above as the writer's own (上面第5个是我家 … 能不能改成,
// 第二行是我 … 能换成…吗, 上面嗰個4號係我屋企 可唔可以…, "line 3 is mine, can I swap…") adds no line: neither its words nor the
// last numbered line (someone else's) are an order; a new numbered line with a question still orders.
// 2/6 before (the question read as the writer's order, or the line above it as theirs); 6/6 after.
export const ROUND_8_CHATTER_LINE_ABOVE: Probe[] = [
  ['group', CHAIN_A + '@团长 上面第5个是我家 鸡蛋能不能改成两份', 'none'],
  ['reply:chain', CHAIN_B + '团长 第二行是我 A能换成B吗', 'none'],
  ['group', CHAIN_B + '@leader line 3 is mine, can I swap the fruit for eggs?', 'none'],
  ['reply:chain', CHAIN_A + '上面嗰個4號係我屋企 可唔可以改做雞蛋', 'none'],
  ['reply:chain', CHAIN_B + '4. 8-602 C×1 能送到门口吗', 'order', 'items=C*1;door=8-602'],
  ['group', CHAIN_A + '7. 5-302 D×2', 'order', 'items=D*2;door=5-302'],
];

// Set 15, written after the changes above to try their edges (10/14 before its own change, the two near misses right): a
// complaint in English ("the committee does nothing"), the old at large who fear a fall (老年人最怕跌跤), advice for when dizzy
// (头晕就坐一歇) and a husband's habit of fetching for a neighbour (阿拉老头子每天帮隔壁孤老拿药) were taken; a habit told beside a
// request of its own (「我每天都帮我妈拿药 今天走不开 谁能帮忙拿一下」) still asks. 16/16 after.
export const ROUND_8_CHATTER_EDGES: Probe[] = [
  ['group', 'our building lead goes door to door every evening collecting medicine lists, what a hero', 'none'],
  ['group', '楼组长每天晚上挨家挨户收药单 太辛苦了', 'none'],
  ['group', 'the old folks here are all running out of pills and the committee does nothing about it', 'none'],
  ['group', '志愿者们天天帮我们送药送菜 真的谢谢你们', 'none'],
  ['group', '今朝楼下阿婆跌了一跤 已经扶起来了 没啥事体', 'none'],
  ['group', "grandma fell last week, she's fine now, thanks for asking", 'none'],
  ['group', '那个在电梯里晕倒的阿姨出院了没有', 'none'],
  ['group', '早上救护车拉走的那个老伯现在怎么样了', 'none'],
  ['group', '老年人最怕跌跤 一跌就起不来', 'none'],
  ['group', '各位老人家夜里起身慢慢来 头晕就坐一歇', 'none'],
  ['group', '阿拉老头子每天帮隔壁孤老拿药 伊自家的药倒是忘记了', 'none'],
  ['group', "Everyone please remember: if an elderly person falls, don't pull them up straight away", 'none'],
  ['group', '邻居们有时间的话 帮忙看看十二楼的阿婆', 'none'],
  ['group', '上次那个折叠椅谁拿去了 记得还哦', 'none'],
  ['group', '我每天都帮我妈拿药 今天走不开 谁能帮忙拿一下', 'medicine'],
  ['group', '我妈每天帮我拿药 今天她病了 谁能帮我拿一下 5号楼302', 'medicine', 'door=5-302'],
];

// Set 16, written after the changes above to look for a missed emergency beside them: advice words (老年人要注意, 上了年纪的人不要…,
// 千万别, 大家记住, 头晕就坐一歇) said before one's own people in danger now were read as advice and the emergency missed (three of
// these five were missed before this round too); advice is now weighed without its own words, and one's family with a sign now
// lifts it (framed, as a drama or a class is). 6/11 before; 11/11 after.
export const ROUND_8_CHATTER_ADVICE_THEN_NEWS: Probe[] = [
  ['group', '后来怎么样了 我妈刚刚又晕倒了 叫不醒', 'emergency'],
  ['group', '现在怎么样了都不知道 我爸倒在地上一动不动', 'emergency'],
  ['group', '老年人要注意 我家老头刚刚摔倒了 爬不起来 头在流血', 'emergency'],
  ['group', '上了年纪的人不要一个人洗澡 我妈刚才在浴室滑倒了 起不来了', 'emergency'],
  ['group', '急诊打不通 我爸胸口痛 出冷汗', 'emergency'],
  ['group', '昨天晕倒过 今天在急诊门口又晕倒了 叫不醒', 'emergency'],
  ['group', '我爸坐在客厅地上起不来 说腿没力气', 'emergency'],
  ['group', '老年人千万别乱吃药 我妈刚刚把一瓶安眠药都吃了', 'emergency'],
  ['group', '大家记住这个号码 我妈喘不上气 嘴唇发紫 5号楼302', 'emergency', 'door=5-302'],
  ['group', '头晕就坐一歇 我爸坐下了还是晕 现在说不出话了', 'emergency'],
  ['group', '前两天做了急救的那个阿伯 刚刚又倒了 没有呼吸', 'emergency'],
];

// Set 17, written after the changes above to look for a request lost beside the new vetoes: advice to keep a medicine, 'does anyone
// know how', a complaint, a habit of others, each beside a need of the writer's own. 6/7 before (「管不管啊 降压药吃完了」 drops its
// subject, the writer's own, and was read as a complaint: the complaint now needs the old at large named); 7/7 after.
export const ROUND_8_CHATTER_REQUEST_BESIDE: Probe[] = [
  ['group', '大家家里有老人的最好备点降压药 我妈的只剩两天了 能不能帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=2'],
  ['group', 'Does anyone know how to get insulin now? my mum has 2 days left', 'medicine', 'items=insulin;days=2'],
  ['group', '居委会管不管啊 阿拉老太婆的胰岛素就剩一支了', 'medicine', 'items=胰岛素'],
  ['group', '志愿者天天帮我们拿药 这次我要两盒阿托伐他汀 7号楼501', 'medicine', 'items=阿托伐他汀;qty=2;door=7-501'],
  ['group', '没人管 我一个人住 降压药吃完了 谁能帮帮我', 'medicine', 'items=降压药;days=0'],
  ['group', '管不管啊 降压药吃完了', 'medicine', 'items=降压药;days=0'],
  ['group', '封了这么久 老年人的药都吃完了 街道到底管不管', 'none'],
];

// Set 18, written after the changes above to look for an offer lost beside the new vetoes of set 5: being free said of everyone
// as an invitation beside one's own offer (「我会开车 大家有空可以来找我」, 「我有空 大家有空也可以一起来帮忙」) was read as an
// exhortation; it is one only to look in on someone or to thank them (也去看看, 也给他说声谢谢). 3/5 before; 5/5 after.
// (「我以前是护士 大家有空的话 我可以教大家量血压」 is lost to an older rule, 教大家 as telling everyone, before and after; left so.)
export const ROUND_8_CHATTER_OFFER_BESIDE: Probe[] = [
  ['group', '我会开车 大家有空可以来找我 需要用车的说一声', 'volunteer', 'skills=driver'],
  ['group', '我周六有空 有时间的邻居可以和我一起去发物资', 'volunteer', 'skills=delivery'],
  ['group', '我家有辆推车 谁要用说一声就好 我也可以帮忙推', 'volunteer', 'skills=delivery'],
  ['group', '我有空 大家有空也可以一起来帮忙发物资', 'volunteer', 'skills=delivery'],
  ['group', '有问题的可以找我 我是退休医生 可以帮大家看看', 'volunteer', 'skills=doctor'],
];

// Set 19, written after the changes above to look for a missed emergency beside set 7's question: a question how it went said beside
// one's own people in danger now (「我妈刚刚晕倒了 叫不醒 现在怎么样了都不知道」, "how is he doing now? my dad just collapsed") was
// read as settled — bare 怎么样了 and the English question were settled words before this round too, and 现在怎么样 was added in it.
// Asking after is now its own frame (ASKED_AFTER), set aside by a grave sign, urgency or one's family with a sign beside it.
// 0/4 before (1/4 before this round); 4/4 after.
export const ROUND_8_CHATTER_ASKED_THEN_NEWS: Probe[] = [
  ['group', '我妈刚刚晕倒了 叫不醒 现在怎么样了都不知道 快来人', 'emergency'],
  ['group', '我爸刚才在厕所晕过去了 现在怎么样我也不知道 门锁着', 'emergency'],
  ['group', '隔壁阿婆刚才倒在地上 叫不醒 现在怎么样了 谁有钥匙', 'emergency'],
  ['group', "how is he doing now? my dad just collapsed and isn't breathing", 'emergency'],
];

// Set 20, written after set 8 widened the floor sign, to look for a false page beside it: sitting and not getting up of one's own after
// a day's work, nobody else named (「分了一下午物资 坐在楼梯上都起不来身了 累死」), paged — as it did before this round; stillness after
// work was explained so already, and now sitting is too; one's mother sitting and not answering, or the writer fallen (摔倒) however
// tired, still page. 6/7 before; 7/7 after.
export const ROUND_8_CHATTER_SAT_TIRED: Probe[] = [
  ['group', '孙子坐在地板上玩积木 叫他吃饭都不肯起来', 'none'],
  ['group', '我坐在地上理了一下午的菜 腰酸得爬不起来了 哈哈', 'none'],
  ['group', '分了一下午物资 坐在楼梯上都起不来身了 累死', 'none'],
  ['group', '老公坐在地板上打了一下午游戏 叫他也不起来', 'none'],
  ['group', '我妈坐在地上起不来了 叫她也不应', 'emergency'],
  ['group', '分了一天物资 回家发现我爸坐在地上起不来', 'emergency'],
  ['group', '搬了一下午东西 我摔倒了 起不来 累死了 谁来扶一下 5号楼302', 'emergency', 'door=5-302'],
];
