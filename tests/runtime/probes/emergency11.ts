/**
 * Round 11 probes (emergency11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1 (dev-26: 老伴从床上翻下来 腿不能动): a fall out of bed, a chair or a sofa (从床上翻下来, 滚下来, 掉下去, "rolled out of
// bed") with legs that will not move or a body the writer cannot lift (拉不起来, 扶不起来) pages; a child who rolls off a bed and
// goes back to sleep, and 翻下来 of scrolling a chat, do not. Read right before the change: 5/7.
export const ROUND_11_FELL_OUT_OF_BED: Probe[] = [
  ['group', '外公半夜从床上滚下来了 脚动不了 我一个人扶不起来 快来人', 'emergency'],
  ['group', '我老太婆从沙发上翻下去了 拉不起来 喊疼 12号楼402', 'emergency', 'door=12-402'],
  ['group', '阿嫲喺張床度跌咗落嚟 隻腳郁唔到 我抱唔起佢', 'emergency'],
  ['group', "my grandad rolled out of bed and I can't lift him, his leg won't move", 'emergency'],
  ['group', '宝宝刚才从床上翻下来 哭了两声又睡着了', 'none'],
  ['group', '往上翻下来看了半天 没找到团购链接', 'none'],
  ['group', '被子从床上掉下来了 半夜冻醒', 'none'],
];

// Set 2 (dev-26: 一只手一只脚都没力气 嘴角流口水; 嘴巴有点歪 左手举不起来): the one side of a stroke told limb by limb — one arm and
// one leg gone weak, an arm that cannot be raised, a mouth a little crooked beside another sign — pages; an arm sore from
// carrying, and a baby dribbling, do not. Read right before the change: 4/7.
export const ROUND_11_ONE_SIDE_LIMB_BY_LIMB: Probe[] = [
  ['group', '我爸吃晚饭的时候一只手一只脚突然没劲了 筷子都拿不住', 'emergency'],
  ['group', '阿婆右手举不起来了 嘴巴有点歪 讲话也不清楚', 'emergency'],
  ['group', '外公一只手和一只脚都麻了 话讲不清楚', 'emergency'],
  ['group', '嫲嫲隻左手舉唔起 把口有啲歪', 'emergency'],
  ['group', '搬了一天物资 胳膊酸得举不起来', 'none'],
  ['group', '宝宝长牙 一直流口水', 'none'],
  ['group', '这把伞有点歪 明天换一把', 'none'],
];

// Set 3 (dev-26: 视频里面讲着讲着就停住了; "collapsed while we were on video"): a parent seen falling or fitting on a video call
// with their child is here and now, not a video watched; a clip someone shares in which a stranger collapses is still not.
// Read right before the change: 4/7.
export const ROUND_11_SEEN_ON_A_VIDEO_CALL: Probe[] = [
  ['group', '我爸在视频里面跟我说着话 突然就倒下去了 叫他不应 他住5号楼201', 'emergency', 'door=5-201'],
  ['group', 'My father fainted while we were on video and he is not responding, building 9 room 301', 'emergency', 'door=9-301'],
  ['group', '我阿妈喺视频入面讲讲下嘢突然成个人抽起嚟 叫佢唔应', 'emergency'],
  ['group', 'While I was on a video call with my mum she collapsed, she is not answering me now!', 'emergency'],
  ['group', '我爸在视频里讲话讲到一半突然嘴歪了手也抬不起来我在澳洲他住十二号楼三零一', 'emergency', 'door=12-301'],
  ['group', '看到一个视频 里面有个人突然晕倒了 太吓人了', 'none'],
  ['group', 'saw a video of a man collapsing at a marathon, so scary', 'none'],
];

// Set 4 (dev-26: 不要等马上打120; 如果家里老人突然讲话不清楚…一定不要等马上叫救护车; 高烧抽筋的时候 侧过来躺 … 大家转发): advice on what to
// do when a sign comes — "don't wait, call 120 at once" after a condition, first-aid steps to forward — is no news; a sign of
// one's own people told before the same words still pages. Read right before the change: 10/12.
export const ROUND_11_ADVICE_DO_NOT_WAIT: Probe[] = [
  ['group', '给大家讲讲 老人要是突然一边手脚没力气或者嘴歪 千万不要等 马上打120', 'none'],
  ['group', '我以前在急诊上班 如果胸口压着痛还出冷汗不要等马上叫救护车', 'none'],
  ['group', '老人晕倒的时候 先看有没有呼吸 不要随便扶起来 大家转发一下', 'none'],
  ['group', "if someone's face droops or their speech slurs, don't wait, call 120 right away", 'none'],
  ['group', '我爸突然嘴歪了 一边手脚没力气 不要等了 马上打120', 'emergency'],
  ['group', '我妈胸口痛得冒冷汗 大家帮忙转发找医生', 'emergency'],
  ['group', '楼下阿婆倒在地上叫不醒 不要等了快打120', 'emergency'],
  ['group', '我是社区医生跟大家讲一下中风怎么认如果家里老人突然一边脸歪了或者手抬不起来一定不要等马上打120时间就是命', 'none'],
  ['group', '我女儿在国外当医生她讲如果老人胸口痛出冷汗超过二十分钟不要等马上叫救护车', 'none'],
  ['group', '我是护士我爸妈也住在这个小区我想提醒大家如果老人突然一边手脚没力气说话含糊一定不要等马上叫救护车', 'none'],
  ['group', '我爸妈也住这个小区我跟大家说一声如果老人突然讲话不清楚或者一边手脚没力气一定不要等马上叫救护车', 'none'],
  ['group', '今天讲讲心梗怎么判断如果是压着一样的痛持续二十分钟以上还出冷汗或者痛到后背和左边肩膀不要等马上打120', 'none'],
];

// Set 5 (dev-26: "My heart attack moment: opening the group at 3am"): a sign used as the name of one's own startled moment
// (「我的心梗时刻」, "heart attack moment") is a manner of speaking; someone having a heart attack at this moment still pages.
// Read right before the change: 2/4.
export const ROUND_11_HEART_ATTACK_MOMENT: Probe[] = [
  ['group', 'heart attack moment: the group-buy link says sold out again', 'none'],
  ['group', '今日份心梗时刻：一觉醒来群里999+', 'none'],
  ['group', 'Had a heart attack moment when I saw the rice price lol', 'none'],
  ['group', "I think my husband is having a heart attack at this moment, he's clutching his chest", 'emergency'],
];

// Set 6 (dev-26: 上个礼拜半夜心口痛 今日先讲俾我听): a sign of last week or last night that the person has only now told the writer
// about (「今天才告诉我」, 「今日先讲」, "only told me today") is past: the telling is today, not the pain; a pain that comes back today
// still pages. Read right before the change: 3/5.
export const ROUND_11_TOLD_ONLY_TODAY: Probe[] = [
  ['group', '我爸前天夜里胸口痛 今天才跟我说 气死我了', 'none'],
  ['group', '阿妈话上个礼拜晕倒过一次 今日先同我讲', 'none'],
  ['group', 'mum had chest pain last week and only told me today, unbelievable', 'none'],
  ['group', '外婆上周说心口痛 今天才告诉我 刚才又痛得冒冷汗', 'emergency'],
  ['group', '我爸昨晚胸口痛 今天早上又痛起来了 满头冷汗', 'emergency'],
];

// Set 7 (dev-26: 讲不清楚了嘴巴有点歪…左手举不起来): a sign said with 有点 is soft only when it is the only one; the stroke's other
// words (讲不清楚, 举不起来, 抬不起来, 歪, 没劲) are counted as symptoms too, so 「嘴巴有点歪」 beside them pages; alone it is asked.
// Read right before the change: 1/5.
export const ROUND_11_SOFT_SIGN_NOT_ALONE: Probe[] = [
  ['group', '外婆嘴角有点歪 右手也抬不起来了', 'emergency'],
  ['group', '爷爷嘴巴有点歪 讲话也讲不清楚了', 'emergency'],
  ['group', '老头子嘴有点歪 右边手没劲 23号楼101', 'emergency', 'door=23-101'],
  ['group', '老伴嘴巴好像有点歪 别的都正常 要紧吗', 'emergency.ask'],
  ['group', '我爸说左手有点麻 要紧吗', 'emergency.ask'],
];

// Set 8 (dev-26: 一下子软掉了 喊她也不睁眼): a child or an old person who goes limp all at once (一下子软掉了, 软下去了) or will not open
// their eyes when called (喊她也不睁眼, 叫佢都唔开眼, "won't open her eyes") is unconscious; a child too sleepy to open its eyes in the
// morning, and a soft bun, are not. Read right before the change: 3/6.
export const ROUND_11_LIMP_EYES_SHUT: Probe[] = [
  ['group', '孙子发烧一天了 刚刚突然软下去了 叫他也不睁眼', 'emergency'],
  ['group', '阿婆坐着坐着一下子软掉了 喊她不睁眼睛 快来人', 'emergency'],
  ['group', '个仔烧咗成日 头先成个人软咗 叫佢都唔开眼', 'emergency'],
  ['group', "my daughter suddenly went limp and won't open her eyes when I call her", 'emergency'],
  ['group', '早上叫孩子起床 他赖床眼睛都不睁 气死', 'none'],
  ['group', '这个面包放了一晚上软掉了', 'none'],
];

// Set 9 (dev-26: 老先生倒下来了 大白在按 缺人手): someone who has gone down (倒下来了, 倒下去了) — an old man, an 爷叔, a 大白 —
// with others already pressing on the chest (在按, 在做按压, "doing compressions") pages; a pile of boxes that fell and a hand pressing a
// doorbell do not. Read right before the change: 5/7.
export const ROUND_11_DOWN_AND_PRESSED: Probe[] = [
  ['group', '快来人!!小区门口有个老太太倒下来了 保安在按胸口', 'emergency'],
  ['group', '核酸点一个大白倒下去了 医生在做按压 谁来帮忙', 'emergency'],
  ['group', 'an old gentleman went down by the gate, a volunteer is doing compressions, we need another pair of hands', 'emergency'],
  ['group', '电梯口有个老爷叔倒下来了 有人在按 快来帮忙', 'emergency'],
  ['group', '排队的时候前面一位老先生突然倒下去了 急!!', 'emergency'],
  ['group', '门口的快递箱子倒下来了 谁的快递来拿一下', 'none'],
  ['group', '门铃我按了半天没人应 是不是不在家 我晚点再来', 'none'],
];

// Set 10 (dev-26: "Dad is on the floor in the bedroom … now he won't answer her"): someone on the floor who will not answer those
// beside them, told far after the floor ("on the floor … before he went down and now he won't answer"), pages; a child playing on
// the floor who won't answer because of his game, and a neighbour who won't answer her phone, do not page. Read right before the change: 3/5.
export const ROUND_11_ON_THE_FLOOR_NO_ANSWER: Probe[] = [
  ['group', "Grandma is on the kitchen floor, she was fine at dinner and now she won't answer me at all", 'emergency'],
  ['group', "my husband is on the floor next to the bed, he was mumbling a minute ago and now he doesn't answer when I shake him", 'emergency'],
  ['group', 'Mum says Dad is lying on the floor in the bathroom and he is not answering her, I am in Sydney, building 4 room 202', 'emergency', 'door=4-202'],
  ['group', "my son is lying on the floor playing his game and won't answer me lol", 'none'],
  ['group', "the old lady upstairs won't answer her phone since this morning, could someone knock?", 'emergency.ask'],
];

// Set 11 (dev-26: 头很晕站不稳然后电话里就听到哐的一声现在再打就没人接了): a sign heard on the phone, then a bang (哐/咚/砰/扑通的一声,
// "a thud") and then nobody answering is a fall with the line gone silent: it pages; a bang alone, or a call not answered alone, is asked.
// Read right before the change: 2/6.
export const ROUND_11_SIGN_THEN_BANG_THEN_SILENCE: Probe[] = [
  ['group', '我爸刚才电话里说胸口闷 接着就听见咚的一声 再打过去没人接了 他住7号楼501', 'emergency', 'door=7-501'],
  ['group', '外婆打电话讲头晕得厉害 后来电话那头扑通一声 然后就没声音了', 'emergency'],
  ['group', '阿妈电话入面话头好晕 跟住听到砰一声 之后再打都冇人听', 'emergency'],
  ['group', "mum said she felt dizzy on the phone, then I heard a thud and now she doesn't pick up", 'emergency'],
  ['group', '楼上刚才咚的一声 然后就没动静了 要不要去看看', 'emergency.ask'],
  ['group', '我妈说头有点晕 挂了电话 现在打过去没人接', 'emergency.ask'],
];

// Set 12 (dev-26: 走两步就喘 … 平时不这样的): 「平时不这样」, 「以前从来不会」, "he's never like this" says the sign is new — the
// opposite of a habit — and it is asked; 「平时就这样」, "he's always like this" stays a habit. Read right before the change: 4/6.
export const ROUND_11_NOT_LIKE_USUAL: Probe[] = [
  ['group', '我妈今天爬一层楼就喘得要停下来 平时不这样的', 'emergency.ask'],
  ['group', '老头子这两天老是头晕 以前从来不会这样', 'emergency.ask'],
  ['group', '阿爷呢两日行几步就喘 平时唔系咁嘅', 'emergency.ask'],
  ['group', "dad gets breathless after a few steps these days, he's never like this", 'emergency.ask'],
  ['group', '我爸爬楼梯有点喘 平时就这样 老毛病了', 'none'],
  ['group', "grandma gets a bit dizzy when she stands up quickly, she's always been like that", 'none'],
];

// Set 13 (dev-26: 伊自家讲没事体 我总归有点勿放心): the patient's own "I'm fine" (伊自家讲没事体, 佢自己话冇事, "he says he's fine")
// beside a sign and the writer's worry is not the sign settled: it is asked. The writer's own "没事了" after it passed still settles.
// Read right before the change: 4/5.
export const ROUND_11_SAYS_HE_IS_FINE: Probe[] = [
  ['group', '老头子胸口有点闷 脸色也不太好 伊自家讲没事体 我还是不放心', 'emergency.ask'],
  ['group', '阿婆头晕得坐下来了 佢自己话冇事 我都系唔放心', 'emergency.ask'],
  ['group', "dad's chest feels tight and he looks pale, he says he's fine but I'm worried", 'emergency.ask'],
  ['group', '老伴自家讲胸口闷 现在好多了 没事体了 大家放心', 'none'],
  ['group', '刚才头有点晕 坐了一会儿没事了', 'none'],
];

// Set 14 (dev-26: 行路有啲唔稳 使唔使睇医生): walking unsteady said in Cantonese (行路唔稳, 行路有啲唔稳, 行得唔稳) or with 路都走不稳 is
// asked, as 走路不稳 is; a table that wobbles and a shaky signal are not. Read right before the change: 3/5.
export const ROUND_11_UNSTEADY_IN_CANTONESE: Probe[] = [
  ['group', '阿嫲今朝行路唔稳 要扶住墙 使唔使睇医生', 'emergency.ask'],
  ['group', '我老豆呢两日行得唔稳 讲嘢又慢咗', 'emergency.ask'],
  ['group', '外公今天路都走不稳了 要不要去医院', 'emergency.ask'],
  ['group', '张台有啲唔稳 要垫下', 'none'],
  ['group', '今晚wifi好唔稳 成日断', 'none'],
];

// Set 15 (dev-26: 孩子烧了两天了 今天特别想睡 正常吗): 「正常吗」 after a child's fever and sleepiness is the worry asked, not a
// question about a medicine's effect; 「吃了退烧药出汗正常吗」 stays a medicine question. Read right before the change: 2/5.
export const ROUND_11_IS_THIS_NORMAL: Probe[] = [
  ['group', '女儿发烧第三天了 今天一直睡 叫醒了又睡 这样正常吗', 'emergency.ask'],
  ['group', '宝宝烧了两天 今天特别没精神 正常吗', 'emergency.ask'],
  ['group', "my son has had a fever for three days and today he just wants to sleep, is that normal?", 'emergency.ask'],
  ['group', '吃了退烧药出了一身汗 正常吗', 'none'],
  ['group', '打完疫苗手臂有点酸 正常吧', 'none'],
];

// Set 16 (dev-27: 隔壁屋里有个很小的声音在喊人): a weak voice calling from a neighbour's flat (有个很小的声音在喊, 好像有人在叫,
// "a faint voice calling") is asked; a child calling his mother for dinner, and a trader calling out downstairs (有人在喊收旧家电), are not. Read right before the change: 1/5.
export const ROUND_11_FAINT_VOICE_CALLING: Probe[] = [
  ['group', '对门屋里好像有个声音一直在喊 很轻 听不清楚', 'emergency.ask'],
  ['group', '楼上有个很弱的声音在叫人 是不是我听错了', 'emergency.ask'],
  ['group', "there's a faint voice calling from the flat next door, can't make out the words", 'emergency.ask'],
  ['group', '隔壁小孩在喊妈妈吃饭 好大声', 'none'],
  ['group', '楼下有人在喊收旧家电', 'none'],
];

// Set 17 (dev-26: 胸口闷是不是要去医院的?我就问问 我好好的): a question asked for knowledge, the writer saying it is only a question and
// they are well (我就问问, 随便问问, 我没事 我好好的, "just asking, I'm fine"), is talk; the same question about one's own mother now is asked.
// Read right before the change: 3/5.
export const ROUND_11_JUST_ASKING: Probe[] = [
  ['group', '请教一下 头晕是不是要去医院看的 我随便问问 我人好好的', 'none'],
  ['group', '心口闷要挂什么号的?就是问问 我没事', 'none'],
  ['group', 'does chest tightness mean you should go to the ER? just asking, I am fine', 'none'],
  ['group', '呼吸急促一般是什么原因 问问而已', 'none'],
  ['group', '我妈现在胸口闷 是不是要去医院?', 'emergency.ask'],
];

// Set 18 (dev-26: 昨天夜里心慌 今天早上好了): a mild sign of last night that is over this morning (今天早上好了, 今朝好了, "fine again
// this morning") is settled; a sign last night that is still there or worse this morning is asked. Read right before the change: 2/5.
export const ROUND_11_LAST_NIGHT_OVER_BY_MORNING: Probe[] = [
  ['group', '老头子昨天夜里胸口有点闷 今天早上好了 照样去排核酸', 'none'],
  ['group', '阿婆话佢琴晚头晕 今朝已经好返', 'none'],
  ['group', 'grandpa felt dizzy last night but he was fine again this morning', 'none'],
  ['group', '我妈昨天夜里心慌 今天早上还是慌 要不要去看看', 'emergency.ask'],
  ['group', '老伴昨晚头晕 今天早上更厉害了', 'emergency.ask'],
];

// Set 19 (dev-26: 有没有邻居有多的碘伏 我妈膝盖擦伤了 已经不流血了): a graze whose bleeding is over (已经不流血了, 现在不出血了, 已经没流血了)
// is no danger: 不流血 is no bleeding word (it was read as 血 and asked). A head knock that stopped bleeding but left someone muddled
// still pages, vomiting beside it is still asked, and blood that keeps flowing pages. (The corpus row itself now reads none, not
// medicine: its medicine reading is weak, 0.35, left to medicine.) Read right before the change: 5/7.
export const ROUND_11_GRAZE_STOPPED_BLEEDING: Probe[] = [
  ['group', '孙子跑步擦伤了膝盖 已经不流血了 小孩子皮实', 'none'],
  ['group', '外公刮胡子划了个小口子 现在不出血了', 'none'],
  ['group', '女儿的手被纸划了一下 已经没流血了 没哭', 'none'],
  ['group', '我妈手割破了 血一直流 按不住', 'emergency'],
  ['group', '外公擦伤了 到现在血还是止不住', 'emergency'],
  ['group', '我爸头撞破了 流了好多血 现在已经不流血了 但人迷迷糊糊的', 'emergency'],
  ['group', '外婆鼻子出血 已经不流血了 但是一直吐', 'emergency.ask'],
];

// Set 20 (dev-26: "today I cannot stand up … I'm alone. Please help me."): someone alone who cannot stand or get up and asks for help
// (「一个人在家 站不起来了 救救我」, "can't stand up, I'm alone, please help") pages; a tired writer who can't get up from the sofa does not.
// Read right before the change: 2/5.
export const ROUND_11_ALONE_CANNOT_STAND: Probe[] = [
  ['private', 'I live alone in building 6 room 301, I am very weak and I cannot stand up anymore, please help me', 'emergency', 'door=6-301'],
  ['group', '我一个人在家 腿软站不起来了 救救我', 'emergency'],
  ['private:new', "fever three days, now I can't get up from the bed and nobody is here with me. please send someone", 'emergency'],
  ['group', "so tired after the group-buy deliveries I can't get up from the sofa lol", 'none'],
  ['group', '一个人在家追剧 懒得站起来拿外卖', 'none'],
];

// Set 21 (dev-26: 居委要求…把独居老人的情况报上来 包括有没有…身体不舒服的…有紧急情况直接打居委值班电话): a notice to the leads, to gather
// and report who is unwell (报上来, 汇总, 上报), with "in an emergency call the duty line" as its condition, is no one's danger; a lead's own
// report of one old man unwell now is asked. Read right before the change: 2/4.
export const ROUND_11_NOTICE_TO_REPORT: Probe[] = [
  ['group', '请各位楼组长每天晚上汇总一下本楼老人有没有不舒服的 报给居委 有紧急情况打值班电话', 'none'],
  ['group', '通知:独居老人身体不舒服的 缺药的 楼组长统一上报 如有紧急情况直接打120', 'none'],
  ['group', 'Building leads: please report every evening which elderly residents feel unwell; in an emergency call the duty phone', 'none'],
  ['group', '报告居委 3号楼的张老伯今天一直说不舒服 喘得厉害', 'emergency.ask'],
];

// Set 22 (dev-26: 樓上…是503的伯伯 心臟病發作 躺在地上 8號樓): the patient's room said with them (503的伯伯, 1202的阿婆) and the building
// said apart, later or before (8号楼, 12栋), is one door; a room alone with no building stays no door. Read right before the change: 1/4.
export const ROUND_11_ROOM_WITH_PERSON_BUILDING_APART: Probe[] = [
  ['group', '快来人 是1202的阿婆 倒在厨房叫不醒 5号楼', 'emergency', 'door=5-1202'],
  ['group', '12栋 楼下302的老伯摔在门口起不来了', 'emergency', 'door=12-302'],
  ['group', '隔壁601的阿姨突然抽搐 口吐白沫 我们是23号楼', 'emergency', 'door=23-601'],
  ['group', '楼上503的爷叔晕倒了 叫不醒 快来人', 'emergency'],
];

// Set 23 (dev-26: 我是八号楼六零一的小李…看到二楼楼梯口那个阿伯坐在地上): a door the writer gives as their own (我是8号楼601的小李, 我住…,
// "I live in 5-302") while the one in danger is someone else, somewhere else (楼梯口, 楼下, 门口, across the hall), is not the
// patient's door; a writer in danger at home, one's own family at home or at the door, and a relay giving a parent's door, keep it.
// (First tried with 看到/发现 as the sign of someone else: a holdout lost a door — 发现 at home is one's own flat.) Read right before the change: 4/7.
export const ROUND_11_WRITERS_OWN_DOOR: Probe[] = [
  ['private', '我是5号楼302的小王 刚才在楼道口看到一个老伯倒在地上 叫他不应', 'emergency'],
  ['group', '我住十二号楼一零一 下楼的时候看到花坛边有个阿姨躺着不动 快来人', 'emergency'],
  ['group', "I live in building 7 room 402, the old man across the hall collapsed in the corridor and is not responding", 'emergency'],
  ['private', 'I live alone in building 4 room 601, I fell in the bathroom and cannot get up, please help', 'emergency', 'door=4-601'],
  ['group', '我妈住在9号楼502 她刚打电话说胸口痛得厉害 出冷汗 我在外地', 'emergency', 'door=9-502'],
  ['group', '我住3号楼201 回家发现老伴倒在卫生间 叫不醒', 'emergency', 'door=3-201'],
  ['group', '我家在6号楼502 我妈在门口摔倒了 起不来', 'emergency', 'door=6-502'],
];

// Set 24 (dev-26: 我说男的也会摔跤的呀): a fall or a faint said as what may happen to anyone (也会摔跤的呀, 都会晕倒的, 他不会摔跤的,
// "anyone can fall at that age") is no event; someone who feels dizzy now and may fall is still asked. Read right before the change: 2/6.
export const ROUND_11_ANYONE_MAY_FALL: Probe[] = [
  ['group', '我跟我爸讲 你一个人也会摔跤的呀 他就是不听', 'none'],
  ['group', '男的也会晕倒的好伐 别逞强', 'none'],
  ['group', '我爸说他不会摔跤的 真是嘴硬', 'none'],
  ['group', 'anyone can fall at that age, I told him, he never listens', 'none'],
  ['group', '谁都会摔跤的 年纪大了更要当心', 'none'],
  ['group', '我妈刚才说头很晕 站都站不稳 我怕她会摔跤的', 'emergency.ask'],
];

// Set 25 (dev-10: …胸口有点闷…他平时血压不高的): what is usual told as the contrast with now (他平时心跳不快的, 平常血压不高的, "his blood
// pressure is normally not high") makes the sign new, not a habit: asked; 「平时就爱喘 老毛病了」 stays a habit, and one's own normal
// reading today is talk. Read right before the change: 4/5.
export const ROUND_11_USUALLY_NOT_SO: Probe[] = [
  ['group', '老伴今天一直心慌 量了心跳110 他平时心跳不快的', 'emergency.ask'],
  ['group', '我妈下午开始头晕得厉害 血压150 她平常血压不高的', 'emergency.ask'],
  ['group', "dad's chest has felt tight since this afternoon, his blood pressure is normally not high", 'emergency.ask'],
  ['group', '我平时血压不高 今天量了一下也正常', 'none'],
  ['group', '老头子平时就爱喘 老毛病了', 'none'],
];

// Set 26 (dev-10: "my toddler … threw up twice … a bit sleepy … don't know which hospital to go to"): which hospital to go to now ("is
// open at night", "to go to", "do people go to") beside one's own child's signs is no question for a recommendation, and "my toddler",
// "my little one" are one's own people as "my son" is; which hospital is good for a checkup stays talk. Read right before the change: 2/4.
export const ROUND_11_MY_TODDLER: Probe[] = [
  ['group', 'my toddler threw up three times tonight and is very sleepy, which hospital is open at night?', 'emergency.ask'],
  ['group', 'my little one vomited twice and seems listless, which hospital do people go to here?', 'emergency.ask'],
  ['group', 'my boy suddenly went limp and is not responding, which hospital is nearest??', 'emergency'],
  ['group', 'which hospital is good for a toddler checkup? my little one needs her vaccines', 'none'],
];
