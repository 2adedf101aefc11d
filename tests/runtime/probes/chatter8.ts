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

export const ROUND_8_CHATTER_FALL_ADVICE: Probe[] = [
  ['group', '老年人摔倒了千万不要马上扶起来 先问问哪里痛 大家记住啊', 'none'],
  ['group', '阿拉年纪大了 夜里起来上厕所一定要开灯 跌一跤就不得了', 'none'],
  ['group', '老人家沖涼要小心 浴室地滑 跌親就大件事', 'none'],
  ['group', "old people shouldn't rush to get up after a fall, check where it hurts first, remember that everyone", 'none'],
  ['group', '上了年纪的人起床要慢 不然头晕摔倒就麻烦了', 'none'],
  ['group', '我爸刚刚在浴室摔倒了 爬不起来 快来人 6号楼302', 'emergency', 'door=6-302'],
];

export const ROUND_8_CHATTER_ASKED_AFTER: Probe[] = [
  ['group', '早上在菜场晕过去的那个阿婆后来哪能了', 'none'],
  ['group', '昨天夜里救护车拉走的老伯伯现在怎么样了 有人知道伐', 'none'],
  ['group', '上午核酸排队时昏倒嘅阿伯之后點樣呀', 'none'],
  ['group', 'how is the man who fainted at the testing site this morning doing now?', 'none'],
  ['group', '那个摔倒的阿姨好点了吗', 'none'],
  ['group', '早上晕过去的那个阿婆刚刚又晕倒了 叫不醒 快来人', 'emergency'],
];

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
