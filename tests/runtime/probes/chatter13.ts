/**
 * Round 13 probes (chatter13): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: a sign in the clause of a day past (昨晚高烧, 前天夜里吐了, 上礼拜头晕得站不稳, "last night she was throwing up") is that day's; a
// later clause of today with no sign (今天能吃饭了, 今朝退咗, "today he went to work") tells how it is now, and nothing is asked. A
// later clause that says it goes on (还是吐, 还在疼, 又烧起来了) or names a sign now still asks or pages.
// Read right before the change: 12/19 (the two that only ease were added after the change, when a probe of understand.test.ts
// — 「…今天早上好一点了 还要去医院吗」 — fell; they read right before it too); after: 19/19.
export const ROUND_13_CHATTER_PAST_CLAUSE: Probe[] = [
  ['group', '孩子昨天夜里吐了好几次 今天能吃饭了', 'none'],
  ['group', '我妈昨晚心慌了一阵 今天早上量了血压挺正常的', 'none'],
  ['group', '老婆前天扭到腰 今天能下床了', 'none'],
  ['group', '外婆琴晚發燒 今朝退咗 謝謝街坊', 'none'],
  ['group', '昨天下午老头子胸口闷了一会儿 今天一早就去菜场排队了', 'none'],
  ['group', 'Last night my daughter was throwing up nonstop, today she ate a full breakfast', 'none'],
  ['group', '上礼拜阿爷头晕得站不稳 今朝自家去公园打拳了', 'none'],
  ['group', 'Yesterday my husband had chest pains after dinner, today he went to work as usual', 'none'],
  ['group', '小儿子昨晚烧到三十九度五 今天量了三十六度八', 'none'],
  ['group', '我爸前天早上晕了一下 今天血压一百二十多 挺稳的', 'none'],
  ['group', '孩子昨天夜里吐了好几次 今天还是吐 什么都吃不下', 'emergency.ask'],
  ['group', '我妈昨晚心慌 今天早上又开始心慌了 手一直发抖', 'emergency.ask'],
  ['group', '昨天我爸摔了一跤 今天腿肿得走不了路', 'emergency.ask'],
  ['group', '昨天晚上他说胸口疼 现在还在疼 出冷汗', 'emergency'],
  ['group', '孩子前天发高烧 今天又烧起来了 39度8', 'emergency.ask'],
  ['group', 'Last night my dad had chest pain, today he is sweating and can\'t breathe', 'emergency'],
  ['group', '外婆琴晚發燒 今朝叫極都唔醒', 'emergency'],
  ['group', '孩子前天夜里咳得喘不上气 今天好点了 要不要再去看看', 'emergency.ask'],
  ['group', 'Last night my mum was short of breath, this morning she is a bit better, should we still take her in?', 'emergency.ask'],
];

// Set 2: an event named as its day, a day past (摔跤那天, 晕倒那次, 跌親嗰日, 上趟, "the day my dad fainted", "the night my son had his
// seizure"): a scare retold with what came after it, no sign now; the person named by it falling again now (那天摔倒的阿婆 刚才又…),
// a sign running on from that day (那天起, 到现在), or news said as now beside it, still asked or paged.
// Read right before the change: 7/15; after: 15/15.
export const ROUND_13_CHATTER_EVENT_AS_TIME: Probe[] = [
  ['group', '我妈摔跤那天幸亏隔壁阿姨在家', 'none'],
  ['group', '老爸晕倒那次 是楼下的王医生先赶过来的', 'none'],
  ['group', '孩子抽筋那晚 我吓得腿都软了 现在想起来还后怕', 'none'],
  ['group', '阿爺跌親嗰日 好彩有街坊幫手', 'none'],
  ['group', 'The day my dad fainted in the lift, the neighbours were amazing', 'none'],
  ['group', 'The night my son had his seizure I didn\'t sleep at all', 'none'],
  ['group', '上趟阿爷跌跤 吓煞人了', 'none'],
  ['group', '上一趟我姆妈晕倒 是邻居送伊去医院额', 'none'],
  ['group', '外公中风那天 多亏120来得快', 'none'],
  ['group', '奶奶心脏病发那晚 全楼的人都出来帮忙', 'none'],
  ['group', '那天摔倒的阿婆 刚才又摔倒了 起不来', 'emergency'],
  ['group', '上趟跌跤的阿爷 现在又倒在楼道里了 叫不应', 'emergency'],
  ['group', '我妈摔跤那天到现在腰一直疼 今天疼得下不了床', 'emergency.ask'],
  ['group', '外公中风那天起说话就不太清楚 今天嘴巴突然歪了 手也抬不起来', 'emergency'],
  ['group', 'The day my dad fainted was bad, but right now he collapsed again and is not breathing', 'emergency'],
];

// Set 3: a thing of the writer's, offered to whoever wants it, the wanter told to borrow it or to speak up (可以来借, 要的说,
// 用得着的讲一声, 想借嘅話出聲, "shout if you want to borrow it"): the taking and the asking are the reader's, nothing is asked of the
// group. The one who HAS it told to speak up (有的讲), the writer borrowing (借我, 我可以来借), or a question, still asks.
// Read right before the change: 12/18; after: 18/18.
export const ROUND_13_CHATTER_WANTER_SPEAKS: Probe[] = [
  ['group', '家里有两个体温计 谁要用可以来借', 'none'],
  ['group', '我这有两盒退烧贴 要的话吱一声', 'none'],
  ['group', '多了一瓶酒精 要的说', 'none'],
  ['group', '我屋企有個血壓計 想借嘅話出聲', 'none'],
  ['group', 'I have a spare pulse oximeter, shout if you want to borrow it', 'none'],
  ['group', 'Got an extra bottle of iodine, just say if you want it', 'none'],
  ['group', '我有一瓶没开封的碘伏 用得着的讲一声', 'none'],
  ['group', '我家雾化器闲着也是闲着 孩子咳嗽的可以来借', 'none'],
  ['group', 'Our nebuliser is sitting unused, let me know if anyone needs to borrow it', 'none'],
  ['group', '屋里厢有只电子血压计 老年人要量额可以来借', 'none'],
  ['group', '退烧药我这还剩一盒 需要的跟我说', 'none'],
  ['group', '谁家有血压计 可以借我用一下吗 6号楼302', 'medicine', 'items=血压计;door=6-302'],
  ['group', '能借我一瓶碘伏吗 孩子摔破了 3号楼201', 'medicine', 'items=碘伏;qty=1;door=3-201'],
  ['group', '我要一盒布洛芬 有的讲 5号楼601', 'medicine', 'items=布洛芬;qty=1;door=5-601'],
  ['group', '孩子发烧了 有没有人能借 体温计找不到了 11号楼703', 'medicine', 'items=体温计;door=11-703'],
  ['group', 'Can I borrow a thermometer? 8-1102', 'medicine', 'items=thermometer;door=8-1102'],
  ['group', '谁家有多的体温计 我可以来借 9号楼1001', 'medicine', 'items=体温计;door=9-1001'],
  ['group', '谁家有碘伏 能借一点吗 孩子膝盖摔破了 2号楼502', 'medicine', 'items=碘伏;door=2-502'],
];

// Set 4: one's own strength waning with age, said as what one can no longer do (年纪大了 报勿动了, 岁数大了 熬不动了, 人老了 管不动了):
// 「V不动了」 after a verb is "can no longer manage", not stillness; said of oneself, nobody else named, no cry, no call. Someone
// named lying still (老伴…不动了), or a fall and a cry, still pages.
// Read right before the change: 3/10; after: 10/10.
export const ROUND_13_CHATTER_TOO_OLD_FOR_IT: Probe[] = [
  ['reply:recruit', '年纪大了 值不动了 祝你们一切顺利', 'none'],
  ['group', '岁数大了 熬不动了 夜班就不要排我了', 'none'],
  ['group', '老了老了 守不动了 门岗让小年轻来吧', 'none'],
  ['group', '上了年纪 登不动了 楼长这个活我干不了', 'none'],
  ['group', '年纪一大把了 冲不动了 团购你们张罗吧', 'none'],
  ['group', '人老了 管不动了 群里的事你们看着办', 'none'],
  ['reply:recruit', '我七十多了 排不动了 辛苦大家', 'none'],
  ['group', '我妈年纪大了 刚才在厕所摔倒 不动了', 'emergency'],
  ['group', '老伴上了年纪 躺在床上叫不醒 也不动了', 'emergency'],
  ['group', '年纪大了 刚才突然倒在地上不动了 快来人', 'emergency'],
];

// Set 5: advice given as a suggestion to all (建议大家…, 我建议有老人的家庭…, 奉劝各位…, 提醒一下家里有老人的, "I'd recommend all families…"):
// the sign is what the advice guards against, not news. News of one's own people beside the suggestion (建议大家别围观了 我爸刚刚摔倒了),
// or a call for help, still pages.
// Read right before the change: 6/11; after: 11/11.
export const ROUND_13_CHATTER_SUGGESTED_TO_ALL: Probe[] = [
  ['group', '建议各位家里卫生间都装个扶手 老人滑倒可不是小事', 'none'],
  ['group', '我建议有老人的家庭 晚上留个小夜灯 起夜摔跤太常见了', 'none'],
  ['group', '建議大家屋企備個血氧儀 老人家喘唔到氣可以即刻量', 'none'],
  ['group', "I'd recommend all families with toddlers put guards on the windows, a fall from there is deadly", 'none'],
  ['group', '奉劝各位 楼梯口别堆东西 老人绊倒了就麻烦了', 'none'],
  ['group', '建议家里有小孩的 药都锁起来 误吃了很危险', 'none'],
  ['group', '提醒一下有高血压老人的家里 晚上起床慢一点 头晕摔跤最危险', 'none'],
  ['group', 'Suggest everyone keeps a night light on, elderly falls in the dark are the worst', 'none'],
  ['group', '建议大家别围观了 我爸刚刚摔倒了 起不来 快帮忙叫120', 'emergency'],
  ['group', '建议先别动他 我老公刚才摔倒了 头在流血', 'emergency'],
  ['group', "I suggest someone call 120, my dad collapsed and isn't breathing", 'emergency'],
];

// Set 6: an offer relayed, said by a hospital, the 居委, the 物业 or a clinic (医院说可以派护士上门, 物业讲可以帮忙扛上楼, 卫生院讲可以上门量血压,
// "the pharmacy said they can deliver"): the service is theirs, and the writer tells what their household did with it; the writer's
// own offer said beside it (我有车 可以帮大家开车送, "I can drive anyone who needs it") still offers.
// Read right before the change: 9/13; after: 13/13.
export const ROUND_13_CHATTER_OFFER_RELAYED: Probe[] = [
  ['group', '医院说可以派护士上门打针 我妈约好了', 'none'],
  ['group', '物业讲可以帮忙把米扛上楼 阿拉已经打过电话了', 'none'],
  ['group', '卫生院讲可以上门量血压 阿拉约了礼拜三', 'none'],
  ['group', '居委讲可以开车送去打疫苗 阿拉报了名', 'none'],
  ['group', '街道通知可以派车送老人复诊 阿拉已经报上去了', 'none'],
  ['group', '社区医院说可以派车来接 我婆婆已经登记了', 'none'],
  ['group', '社區中心話可以派義工陪診 阿爸已經約咗', 'none'],
  ['group', 'The pharmacy said they can deliver to the door, we already ordered', 'none'],
  ['group', 'Our GP said a nurse can come round to do the jab, we booked Thursday', 'none'],
  ['group', '我可以开车接送 有需要的找我 3号楼', 'volunteer', 'skills=driver'],
  ['group', '医院说可以自己送过去 我有车 可以帮大家开车送', 'volunteer', 'skills=driver'],
  ['group', '街道讲可以帮阿拉开通行证 阿拉会开车 要去医院额寻阿拉', 'volunteer', 'skills=driver'],
  ['group', 'The hospital said family can drive patients in, I can drive anyone who needs it', 'volunteer', 'skills=driver'],
];
