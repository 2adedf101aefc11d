/**
 * Round 13 probes (emergency13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1 (dev-32: "dizzy …, no chest pain, is there a doctor"): a sign negated right before its words — "no chest pain",
// 「没有胸痛」, 「冇胸口痛」, "hasn't fainted", "without any bleeding" — is the writer ruling it out, never a sign; the
// signs said outright beside a negated one still page. Read right before the change: 6/12; after: 12/12 (two of the six with set 4).
export const ROUND_13_NEGATED_SIGN: Probe[] = [
  ['group', 'my dad is a bit dizzy today, no chest pain and no fever, can a doctor here take a look?', 'emergency.ask'],
  ['group', '我妈有点头晕 没有胸痛 也没有吐 有医生能帮忙看看吗', 'emergency.ask'],
  ['group', '外婆話有啲頭暈 冇胸口痛 有冇醫生可以睇下', 'emergency.ask'],
  ['group', 'Grandpa feels weak and tired, not bleeding, no chest pain. Anyone medical around to check on him?', 'emergency.ask'],
  ['group', "she hasn't fainted and has no chest pain, only a headache since noon. should we worry?", 'emergency.ask'],
  ['group', '老公说心里有点慌 并没有胸口痛 也没晕倒 要不要紧啊', 'emergency.ask'],
  ['group', 'no chest pain at all since he started the new tablets, thanks for the advice everyone', 'none'],
  ['group', 'my husband has chest pain and is sweating a lot, no fever, please help, building 4 room 802', 'emergency', 'door=4-802'],
  ['group', '我爸胸口好痛 出冷汗 没有发烧 快来人', 'emergency'],
  ['group', 'he is not breathing!! block 3 room 502', 'emergency', 'door=3-502'],
  ['group', '叫了半天没有反应 好像没有呼吸了 快来人', 'emergency'],
  ['group', 'no one is answering, she collapsed in the kitchen, please come', 'emergency'],
];

// Set 2 (dev-32: 「剛才暈倒 現在醒了 說沒事 要不要叫救護車」): a faint that is over — the person awake again (醒了, 醒过来,
// 醒返, "awake again", "came round") — is a sign that eases: asked, never paged; one still not waking pages. Read right before the change: 5/10; after: 10/10.
export const ROUND_13_AWAKE_AGAIN: Probe[] = [
  ['group', '我爸刚刚在厕所晕过去了一下 现在已经醒过来了 能说话 要不要去医院', 'emergency.ask'],
  ['group', 'my mother passed out for a few seconds just now, she is awake again and talking, do we need an ambulance?', 'emergency.ask'],
  ['group', '阿爺啱啱暈低咗 而家醒返 話冇事 使唔使叫白車', 'emergency.ask'],
  ['group', '老伴刚才昏倒了 一分钟就醒了 现在坐着 要紧吗', 'emergency.ask'],
  ['group', 'grandma fainted in the shower a minute ago and woke up quickly, still very pale, what should we do', 'emergency.ask'],
  ['group', '外公下午突然晕了过去 很快醒过来了 现在在床上躺着 有医生可以来看看吗', 'emergency.ask'],
  ['group', '我妈刚才晕倒了 叫不醒 快来人 5号楼301', 'emergency', 'door=5-301'],
  ['group', "my dad fainted and hasn't woken up, please help!", 'emergency'],
  ['group', '老公晕倒了 醒了一下又晕过去了 快来人', 'emergency'],
  ['group', '奶奶晕倒在地上 到现在还没醒过来', 'emergency'],
];

// Set 3 (dev-33: 「年纪大了 报勿动了」 in reply to a call for volunteers): 「不动了」 after a verb is what one can no longer
// manage (抢不动, 排不动, 熬不动, 报不动: a potential complement), not a body gone still; after the person, 就, 都 or
// 着 it is stillness and pages. Read right before the change: 5/10; after: 10/10.
export const ROUND_13_CANNOT_MANAGE: Probe[] = [
  ['group', '每天六点起来抢菜 真的抢不动了', 'none'],
  ['reply:recruit', '七十多了 值夜班熬不动了 你们年轻人加油', 'none'],
  ['group', '这个队我是排不动了 腿都站酸了', 'none'],
  ['group', '老了老了 连广场舞都扭不动了', 'none'],
  ['reply:recruit', '八十岁了 实在登不动了 祝大家顺顺利利', 'none'],
  ['group', '群里消息太多 我刷不动了 哈哈', 'none'],
  ['group', '我爸倒在地上不动了 快来人', 'emergency'],
  ['group', '阿婆躺在楼道里 叫她 她不动了', 'emergency'],
  ['group', '老伴突然就不动了 喊也不应 7号楼1202', 'emergency', 'door=7-1202'],
  ['group', '孩子抽完以后躺着不动了 怎么办', 'emergency'],
];

// Set 4 (dev-32: 「头有点疼 血压测了一百七 要不要紧」; dev-15: 「有點咳 … 我不知道要不要緊 是不是要請醫生看一下」): a complaint of
// the body said with a hedge inside it (头有点疼, 心里有点慌, 咳) and the writer asking whether it matters (要不要紧, 严重吗,
// "should we worry", whether to go to hospital, or a doctor asked while unsure) is the middle, asked; the same complaint
// told without the question, or a question with no body in it, stays talk. Read right before the change: 10/11; after: 11/11 (and set 1's two hedged complaints, and dev-15's 「有點咳 … 要不要緊」 once its 沒有發燒 was read as ruled out).
export const ROUND_13_WORRY_ASKED: Probe[] = [
  ['group', '我婆婆下午开始头一直有点疼 量了血压一百六 严重吗', 'emergency.ask'],
  ['group', 'my son has had a headache since lunch and looks pale, should we be worried?', 'emergency.ask'],
  ['group', '老爸咳了好几天 胃口也不好 不知道要不要紧 有没有医生给点建议', 'emergency.ask'],
  ['group', '阿爸今朝話心慌慌 心跳得好快 要唔要緊', 'emergency.ask'],
  ['group', 'grandma says her stomach hurts since breakfast, is it serious?', 'emergency.ask'],
  ['group', '外公腰有点痛 走路也慢了 要不要去医院看看', 'emergency.ask'],
  ['group', '疫情这么严重吗 小区又封了', 'none'],
  ['group', '头有点疼 昨晚没睡好 没事的', 'none'],
  ['group', '我家孩子咳嗽好了 谢谢大家的偏方', 'none'],
  ['group', '这个菜要不要紧 放了两天还能吃吗', 'none'],
  ['group', 'my headache is back lol, too much screen time. is it serious? jk', 'none'],
];

// Set 5 (dev-32: 「胸口闷闷的有点喘不上气 … 有没有医生帮忙判断一下要不要去医院」, "dizzy … is there a doctor who could check?"):
// the writer asking whether to call or go (要不要打120, 该不该叫救护车, 使唔使叫白车, "should we call an ambulance?") is their own
// judgement that it is not yet a page: asked, whatever sign they tell — unless a grave state said outright (叫不醒, 没有呼吸),
// an acute sign (choking, a seizure, poison, bleeding, a stroke's signs), a collapse not said to be over, or a cry for help stands beside the question. Read right before the change: 11/16; after: 16/16.
export const ROUND_13_WHETHER_ASKED: Probe[] = [
  ['group', '老伴说胸口有点痛 坐下来歇了一会 要不要打120', 'emergency.ask'],
  ['group', "my father-in-law says his chest hurts a bit when he talks, should we call an ambulance or wait and see?", 'emergency.ask'],
  ['group', '阿婆頭先話心口痛 而家坐低咗 使唔使叫白車', 'emergency.ask'],
  ['group', '外婆吃完饭说肚子有点胀痛 该不该叫救护车', 'emergency.ask'],
  ['group', '我老婆有点喘不上气 她说是紧张的 需不需要去医院看看', 'emergency.ask'],
  ['group', 'Mum slipped in the hallway and hit her hip, she says she is fine, do we need an ambulance?', 'emergency.ask'],
  ['group', '外公心口一阵一阵地疼 有没有医生帮忙看看 要不要送医院', 'emergency.ask'],
  ['group', 'is there a nurse around? my husband has had chest pain on and off since lunch, should we go to the hospital?', 'emergency.ask'],
  ['private', '我妈说胸闷 有点透不过气 群里有医生吗 要不要叫救护车', 'emergency.ask'],
  ['group', '我爸叫不醒了 要不要打120 快来人', 'emergency'],
  ['group', '妈妈倒在地上没有呼吸了 要不要叫救护车', 'emergency'],
  ['group', 'grandpa is choking on a piece of meat and cannot breathe, should we call an ambulance??', 'emergency'],
  ['group', '孩子一直在抽搐 口吐白沫 要不要叫120', 'emergency'],
  ['group', '老伴胸口剧痛 满头冷汗 快 要不要打120', 'emergency'],
  ['group', '爷爷突然嘴歪了 左手抬不起来 要不要打120', 'emergency'],
  ['group', '今天要不要去医院配药 有人一起吗', 'none'],
];

// Set 6 (dev-33: 「上趟张阿婆跌跤 … 现在阿好」, 「阿嬤跌倒那天多虧樓上的小伙子」): a sign placed at a time that is over by
// a demonstrative or "last" with any unit of time — 上趟, 上一回, 那天, 那晚, "that night" — is a story told,
// as 上次 and 那次 already were; a sign now beside it still pages or asks. Read right before the change: 6/11; after: 11/11.
export const ROUND_13_THAT_TIME: Probe[] = [
  ['group', '上趟阿爷在楼道里跌了一跤 幸亏邻居看到 现在老好了', 'none'],
  ['group', '外公晕倒那晚 多亏12楼的护士阿姨 一直记得她', 'none'],
  ['group', '那天我妈在菜场摔倒 是保安扶她回来的 真的要谢谢他', 'none'],
  ['group', '那回阿公跌倒 是隔壁阿伯幫忙叫的救護車', 'none'],
  ['group', '我爸说去上趟厕所 结果倒在里面叫不醒 快来人', 'emergency'],
  ['group', 'that night grandpa fainted in the lift, the young guy from 1502 carried him home, still grateful', 'none'],
  ['group', '上一回外婆低血糖晕过去 是小区医生来看的 人很好', 'none'],
  ['group', '上趟跌过一跤 今天又跌倒了 起不来 快来人', 'emergency'],
  ['group', '那天摔了一跤 这两天腿越来越肿 有没有医生能看看', 'emergency.ask'],
  ['group', '那天的事谢谢大家 今天我爸突然胸口剧痛 出冷汗 5号楼201', 'emergency', 'door=5-201'],
  ['group', 'that day was scary. now my mum is not breathing, please come, block 2 room 301', 'emergency', 'door=2-301'],
];
