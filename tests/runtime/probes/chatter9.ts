/**
 * Round 9 chatter probes: group talk about medicine, illness, antigen tests and volunteers that dev-20 and dev-22 saw
 * taken as a request, by reason, in new words and other scripts, with the near misses that still ask. [context, text,
 * intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Written for these sets and left unwired, read as the emergency question by the emergency recogniser (not this family's,
// and each is a sign of illness said beside the talk): 「我老公吃完连花清瘟一直拉肚子 胃也不舒服」 (一直拉), "I heard someone ended up
// in hospital after taking too much Panadol, is that true?" (heard someone), 「我家孩子现在没发烧 就想先了解一下 不知道退烧药是不是要
// 另外买儿童装」 (发烧 … 不知道, a fever said to be absent), 「我吃完头有点晕 是不是药的问题」 (晕). Each is no longer read as a
// medicine request.

// Set 1 (dev-20: 「食完…退咗燒」): 吃完/食完 before a medicine's name, then what it did to the body (退烧, 出汗, 拉肚子, 睡得好),
// is "after taking it", not "it ran out"; the name first and 吃完了 after it still runs out.
// Read right 2/6 before the change; 6/6 after.
export const ROUND_9_CHATTER_AFTER_TAKING: Probe[] = [
  ['group', '吃完退烧药出了一身汗 现在舒服多了', 'none'],
  ['group', '琴晚食完必理痛瞓得好好 今朝燒都退咗', 'none'],
  ['group', '吃完布洛芬半个钟头就退烧了 大家放心', 'none'],
  ['group', '我女兒吃完普拿疼睡了一整晚 燒也退了', 'none'],
  ['group', '布洛芬吃完了 还在发烧 谁能帮我买一盒 6号楼301', 'medicine', 'items=布洛芬;qty=1;days=0;door=6-301'],
  ['group', '我的降压药吃完了 能不能帮我配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];

// Set 2 (dev-20: 「到底要吃普拿疼還是布洛芬」): a request verb that is a character of a medicine's own name (普拿疼's 拿,
// 开瑞坦's and 开塞露's 开) asks for nothing; which one to take, asked of neighbours, is a question about it.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_VERB_IN_NAME: Probe[] = [
  ['group', '发烧到底吃普拿疼好还是吃布洛芬好', 'none'],
  ['group', '过敏了要吃开瑞坦还是氯雷他定 有经验的说说', 'none'],
  ['group', '老人家便秘是不是要用开塞露 会不会太刺激', 'none'],
  ['group', '發燒要吃普拿疼還是去看醫生比較好', 'none'],
  ['group', '我要买两盒普拿疼 家里一粒都没了 12号楼1702', 'medicine', 'items=普拿疼;qty=2;days=0;door=12-1702'],
];

// Set 3 (dev-20: 「聽講有人因為連花清瘟食到肚痛入院 真定假」): hearsay about a medicine checked with neighbours (听说, 据说,
// 网上说, "I heard" … 真的假的, 係咪真, "is that true") is talk about it; a request after the hearsay still asks.
// Read right 4/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_HEARSAY: Probe[] = [
  ['group', '听说有人吃了药包里的布洛芬胃出血送到医院了 真的假的', 'none'],
  ['group', '聽講連花清瘟同退燒藥一齊食會出事 係咪真㗎?', 'none'],
  ['group', '网上说有人去药店买退烧药都要登记 是真的吗', 'none'],
  ['group', '据说有人吃了药包里的连花清瘟过敏了 到底是不是真的啊', 'none'],
  ['group', '听说药店有布洛芬了 谁去的话帮我带一盒 5号楼302', 'medicine', 'items=布洛芬;qty=1;door=5-302'],
];

// Set 4 (dev-20: 「點解…連花清瘟得一盒咁少」): a complaint about how little was handed out (点解/为什么/怎么 … 咁少/这么少, 才一盒,
// "so little") asks for nothing; one's own run out beside it, with a request, still asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_TOO_LITTLE: Probe[] = [
  ['group', '點解派嘅退燒藥得一板咁少', 'none'],
  ['group', '怎么药包里的连花清瘟这么少 一家人才一盒', 'none'],
  ['group', 'why did the committee hand out only one box of Lianhua per family? so little', 'none'],
  ['group', '为什么别的楼发两盒布洛芬 我们楼才发一盒', 'none'],
  ['group', '药包里的布洛芬太少了 我家已经吃完了 谁能再帮我买一盒', 'medicine', 'items=布洛芬;qty=1;days=0'],
];

// Set 5 (dev-20: 「仲有義工幫手」): helpers said to be helping already (有义工帮手, 有志愿者帮忙, "volunteers are helping")
// is news told to reassure someone, not help asked for; asking whether a volunteer can help still asks.
// Read right 3/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_HELPERS_THERE: Probe[] = [
  ['group', '跟我妈讲了好几次 楼里有大白帮忙 药也不缺 她还是要寄中药过来', 'none'],
  ['group', '屋企人成日問我夠唔夠藥 我話有義工幫手 佢哋都係唔信 又話要寄藥過嚟', 'none'],
  ['group', 'My mum keeps asking if we have medicine, I told her the volunteers are helping but she still wants to post some from home', 'none'],
  ['group', '还好有邻居帮忙 我爸的降压药也有人送来了 大家不用惦记', 'none'],
  ['group', '有没有志愿者帮忙配两盒降压药 7号楼501', 'medicine', 'items=降压药;qty=2;door=7-501'],
];

// Set 6 (dev-20: 「叫我给他端茶倒水」, 「我妈…打电话给我」): someone else telling or phoning the writer (他叫我, 我妈打电话给我,
// 佢打電話俾我, "my mum called me") is a story, not "call me"; the writer's own "call me" after an offer still offers.
// Read right 4/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_TOLD_ME: Probe[] = [
  ['group', '我婆婆天天打电话给我 叫我多囤点菜 我说小区有团购 她就是不放心', 'none'],
  ['group', '阿拉姆妈一早叫我去排队做核酸 我讲还没轮到阿拉楼', 'none'],
  ['group', '佢成日打電話俾我 叫我寄啲藥返屋企 我都出唔到門', 'none'],
  ['group', '我老公阳了还叫我帮他下楼拿快递 我说你想都别想', 'none'],
  ['group', '我会开车 需要送东西的话打电话给我', 'volunteer', 'skills=driver|delivery'],
];

// Set 7 (dev-20: 「有事我会在群里说」): a household isolating that will speak up if it needs something (有事我会在群里说,
// 有咩事我會出聲, "if we need anything I'll post here") is news of itself, not an offer; an offer beside it still offers.
// Read right 4/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_WILL_SAY: Probe[] = [
  ['group', '我们家阳了两个 在家隔离 有事我会在群里说的 大家放心', 'none'],
  ['group', '测了抗原还是两条杠 先把自己关在房间里 有什么事我会找楼组长', 'none'],
  ['group', '我哋屋企暫時乜都唔缺 有咩事我會出聲', 'none'],
  ['group', 'Tested positive again today and isolating in my room. If we need anything I will post here.', 'none'],
  ['group', '我转阴了 可以帮忙扫码采样 有事找我', 'volunteer', 'skills=testing'],
];

// Set 8 (dev-22: "Please keep some sugar or juice at home if anyone in your family uses insulin"): advice to keep a
// thing at home, in English with "please", is advice; please bring my mum some still asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_KEEP_AT_HOME: Probe[] = [
  ['group', 'Please keep some paracetamol at home if anyone in your family is elderly.', 'none'],
  ['group', 'Friendly tip: please keep glucose tablets handy if someone at home is on insulin.', 'none'],
  ['group', 'Please make sure you keep a week of your regular pills at home, the pharmacy may close again.', 'none'],
  ['group', '提醒一下 家里有打胰島素嘅長者 記得備啲糖或者果汁', 'none'],
  ['group', 'please can someone bring my mum some insulin, she ran out, 4-202', 'medicine', 'items=insulin;days=0;door=4-202'],
];

// Set 9 (dev-22: 「我想提个建议 … 能不能居委统计一下 … 邻居也知道怎么帮忙」): a proposal to the committee for the
// building (建议, 提个建议, "suggestion:") naming medicines and devices, and 怎么帮忙 as knowing how to help, ask for nothing; a
// proposal followed by one's own request still asks.
// Read right 3/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_PROPOSAL: Probe[] = [
  ['group', '建议居委统计一下哪几户有打胰岛素的老人 出事的时候邻居也知道怎么帮忙', 'none'],
  ['group', '我提个建议 每栋楼做个名单 谁家有血压计血糖仪都写上 半夜有事好互相帮忙', 'none'],
  ['group', '建議管委會整個表 邊家有長期病患 邊家有氧氣機 緊急時候大家知點幫手', 'none'],
  ['group', 'Suggestion: the committee could keep a list of who is on insulin or oxygen so neighbours know how to help at night', 'none'],
  ['group', '我提个建议 以后配药大家早点报 我先报 降压药两盒 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

// Set 10 (dev-20: 「…不知道小孩能不能减量吃 还是要另外买儿童的 有经验的妈妈们说说」): whether to buy another kind, asked of
// neighbours inside 不知道/唔知 … 还是/定係, or "just asking", is a question about it; a child with a fever and no medicine still asks.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_9_CHATTER_WHETHER_TO_BUY: Probe[] = [
  ['group', '想问问大家 药包里的布洛芬小孩能不能吃 不知道是减半还是要另外买儿童的', 'none'],
  ['group', '唔知細路食得唔食得大人嘅退燒藥 定係要另外買兒童裝 有經驗嘅媽媽講下', 'none'],
  ['group', "Not urgent, just asking: can kids take the adult ibuprofen from the pack or do we need to buy the children's one?", 'none'],
  ['group', '孩子发烧了 家里的退烧药吃完了 谁能帮我买一瓶美林 11号楼802', 'medicine', 'items=美林;qty=1;days=0;door=11-802'],
];

// Set 11 (dev-20: 「…話睇新聞見到上海好嚴重 叫我哋即刻買定啲藥」): an instruction reported in its own clause, the one who gave it
// said before (叫我们/叫我/叫阿拉 with 一定, 即刻, 赶紧, 多 …), is a story of what someone told the writer to do, not "call me";
// "call us if needed" still offers.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_TOLD_TO: Probe[] = [
  ['group', '我妈打了三个电话 说新闻上讲得很吓人 叫我们一定要多囤点药 她好寄快递过来', 'none'],
  ['group', '老家亲戚天天发语音 讲上海老严重 叫阿拉赶紧买定退烧药 还要寄快递过来', 'none'],
  ['group', '頭先阿爸打嚟 講咗好耐 叫我哋即刻買定啲藥', 'none'],
  ['group', '婆婆看了新闻很担心 非要叫我多备点布洛芬 我说药包里有', 'none'],
  ['group', '我会开车 有需要就叫我们', 'volunteer', 'skills=driver'],
];

// Set 12 (found by writing corpus 20's kinds of talk: thanks for medicine someone left at the door): thanks to whoever gave a
// medicine (thank you to whoever left, 谢谢哪位…放在我家门口的, 多謝邊位街坊擺咗) is thanks, its count no request; "thank you in
// advance, could someone bring…" still asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_THANKS_TO_GIVER: Probe[] = [
  ['group', "thank you to whoever left a box of paracetamol at our door yesterday, my daughter's fever is down now", 'none'],
  ['group', 'Thanks to the neighbour who dropped two boxes of ibuprofen at our door last night, you are a lifesaver', 'none'],
  ['group', '谢谢哪位好心人昨天放在我家门口的两盒布洛芬 孩子已经退烧了', 'none'],
  ['group', '多謝邊位街坊擺咗兩盒必理痛喺我門口 我哋好返好多', 'none'],
  ['group', 'thank you in advance, could someone bring me a box of paracetamol? 6-301', 'medicine', 'items=paracetamol;qty=1;door=6-301'],
];

// Set 13 (found the same way: wanting to help, then being positive): an offer taken back because one tested positive or is
// isolating (可惜我自己也阳了, 結果抗原兩條杠, 確診咗, "but I just tested positive") offers nothing; turned negative, it offers.
// Read right 4/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_OFFER_BUT_POSITIVE: Probe[] = [
  ['group', '我们楼志愿者太辛苦了 我也想帮忙 可惜我自己也阳了', 'none'],
  ['group', '本来想报名当志愿者的 结果今天抗原两条杠 只能在家隔离了', 'none'],
  ['group', '我都好想幫手 不過我確診咗 要隔離七日', 'none'],
  ['group', "I'd love to help with deliveries but I just tested positive, so I'm stuck inside for a week", 'none'],
  ['group', '我转阴了 可以帮忙送菜', 'volunteer', 'skills=delivery'],
];

// Set 14 (found the same way: what the free pack holds, compared): the medicine pack's contents told (药包里有两盒布洛芬, 得一盒,
// "the pack has two boxes of …") is talk about it; what in it ran out, asked again, still asks.
// Read right 1/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_PACK_CONTENTS: Probe[] = [
  ['group', '我阿姨那个小区药包里有两盒布洛芬 我们这边只有一盒', 'none'],
  ['group', '药包里面就一盒连花清瘟 一板布洛芬 还有几个口罩', 'none'],
  ['group', '我哋嘅藥包得一盒連花清瘟 隔離屋苑有兩盒', 'none'],
  ['group', 'the medicine pack has two boxes of Lianhua and one of ibuprofen, nothing for kids', 'none'],
  ['group', '药包里的布洛芬已经吃完了 能不能再帮我配一盒 9号楼1503', 'medicine', 'items=布洛芬;qty=1;days=0;door=9-1503'],
];

// Set 15 (found the same way; set 1's reason said with an adverb): 吃完 then how the body took it after a word or two (胃一直不舒服,
// 头有点晕, 成個人好攰, 就一直想睡) is after taking; 吃完 then how long ago (好几天了) is still run out.
// Read right 3/4 before the change; 4/4 after.
export const ROUND_9_CHATTER_AFTER_TAKING_B: Probe[] = [
  ['group', '有没有人阳了以后吃过布洛芬胃疼的 我吃完胃一直不舒服', 'none'],
  ['group', '食完成個人好攰 係咪正常㗎', 'none'],
  ['group', '我妈吃完就一直想睡觉', 'none'],
  ['group', '降压药吃完好几天了 头一直晕 谁能帮我配一盒', 'medicine', 'items=降压药;qty=1;days=0'],
];

// Set 16 (found the same way: news that a shop has it again): a medicine back in stock, with those who need it told they can
// go and buy it (需要的可以去买, 需要的邻居赶快下单, 有需要嘅可以去買), is news for everyone; asked to bring one back, it asks.
// Read right 1/6 before the change; 6/6 after.
export const ROUND_9_CHATTER_BACK_IN_STOCK: Probe[] = [
  ['group', '我今天去药店 布洛芬又有货了 大家需要的可以去买', 'none'],
  ['group', '楼下药房到了一批退烧药 要的可以自己下去买', 'none'],
  ['group', '叮咚上面又能买到美林了 需要的邻居赶快下单', 'none'],
  ['group', '大藥房今日有必理痛賣 有需要嘅可以去買', 'none'],
  ['group', 'the pharmacy on the corner has ibuprofen again, whoever needs it can go and buy some', 'none'],
  ['group', '药店布洛芬有货了 谁去的话帮我带一盒 我家一粒都没了', 'medicine', 'items=布洛芬;qty=1;days=0'],
];

// Set 17 (found by writing corpus 22's kind of talk: a nurse's advice in English): "please" before a word of advice to everyone
// (please avoid, please remember to bring your…, please check your…, please don't…) asks nothing of anyone here; a "please"
// before one's own father's need still asks.
// Read right 1/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_PLEASE_ADVICE: Probe[] = [
  ['group', 'For those on warfarin: please avoid ibuprofen, paracetamol is safer for fever', 'none'],
  ['group', 'Please remember to bring your medicine list if you go to hospital at night', 'none'],
  ['group', 'Please check your insulin pens before the weekend, the clinic is closed on Sunday', 'none'],
  ['group', "Please don't take two fever medicines at the same time unless a doctor says so", 'none'],
  ['group', 'Please, my dad needs his warfarin, he has none left. 3-402', 'medicine', 'items=warfarin;days=0;door=3-402'],
];

// Set 18 (found the same way: a past outage retold): a medicine that ran out then (上个月, 去年封控的时候, 當時, last month, in
// April, "I remember when") is a story; run out again now, it asks.
// Read right 1/6 (the two rows written after it not counted) before the change; 8/8 after.
export const ROUND_9_CHATTER_PAST_OUTAGE: Probe[] = [
  ['group', 'I remember when my dad ran out of insulin in April, the volunteers were amazing', 'none'],
  ['group', 'My grandma ran out of her pills last month and it was scary, so please check yours early', 'none'],
  ['group', '上个月我爸的降压药断了三天 吓死我了 所以大家早点报', 'none'],
  ['group', '去年封控的时候我妈的胰岛素用完了 那时候真是到处求人', 'none'],
  ['group', '當時我阿爺啲藥食晒 好彩有街坊幫手', 'none'],
  ['group', '上个月配的降压药又吃完了 谁能帮我再配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
  // (Four written after the change, to try its edges: the month is when it was bought, not when it ran out; out since then.)
  ['group', '我妈的降压药上礼拜就吃完了 到现在还没配到 谁能帮帮忙', 'medicine', 'items=降压药;days=0'],
  ['group', 'my dad ran out of his insulin last week and still has none, can anyone help? 4-202', 'medicine', 'items=insulin;days=0;door=4-202'],
  ['group', '上个月配的胰岛素用完了 麻烦志愿者再帮我配一盒 8号楼1201', 'medicine', 'items=胰岛素;qty=1;days=0;door=8-1201'],
  ['group', 'the pills we got last month are finished, could someone pick up some more for us? 5-302', 'medicine', 'days=0;door=5-302'],
];

// Set 19 (found the same way: a deadline notice): those who need a thing told to report it to the building lead, the
// committee or a volunteer by a time (有需要配药的 明天之前跟楼组长报, "please tell your building lead by Friday") is a notice — no
// request, no offer; one's own need told to the lead still asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_REPORT_TO_LEAD: Probe[] = [
  ['group', '有需要配药的 明天之前跟楼组长报 过期不候', 'none'],
  ['group', '要配慢性病药的邻居 周五前跟志愿者登记一下', 'none'],
  ['group', '需要抗原的 今晚十点前找楼长报数量', 'none'],
  ['group', 'Those who need their blood pressure pills refilled, please tell your building lead by Friday', 'none'],
  ['group', '楼组长 我需要配两盒降压药 5号楼302', 'medicine', 'items=降压药;qty=2;door=5-302'],
];

// Set 20 (found the same way: how a medicine is handled, asked): "need to be kept / taken" and "can you take X and Y together"
// (a "get" inside "together") ask about the medicine, not for it; "can you get me two boxes" asks.
// Read right 2/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_HANDLING_ASKED: Probe[] = [
  ['group', 'Does insulin need to be kept cold all the time? Mine sat out overnight', 'none'],
  ['group', 'Can you take Panadol and ibuprofen together? asking for my husband', 'none'],
  ['group', 'Do these pills need to be taken with food?', 'none'],
  ['group', 'could you take antibiotics together with Lianhua, does anyone know?', 'none'],
  ['group', 'Can you get me two boxes of Panadol? we have none left, 12-1702', 'medicine', 'items=panadol;qty=2;days=0;door=12-1702'],
];

// Set 21 (found the same way: news of a place that refills): a clinic or pharmacy that will refill, is refilling or can refill
// again is news; someone asked to refill one's own at it still asks.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_9_CHATTER_PLACE_REFILLS: Probe[] = [
  ['group', 'Just a heads-up that the community clinic will refill chronic prescriptions on Thursday', 'none'],
  ['group', 'The hospital pharmacy is refilling three months of medicine now', 'none'],
  ['group', 'Good news: the clinic can refill insulin again from Monday', 'none'],
  ['group', "can someone refill my mum's insulin at the clinic on Thursday? 4-202", 'medicine', 'items=insulin;door=4-202'],
];

// Set 22 (found by writing corpus 20's praise of volunteers): someone else praised for what they do for everyone every day
// (那个开面包车的小伙子…天天帮大家运菜, 那位护士阿姨每天都帮老人量血压, 嗰個後生仔成日幫大家搬嘢) is praise, not the writer's offer;
// the writer's own "I can … every day" still offers.
// Read right 3/5 before the change (the two rows written after it not counted); 7/7 after.
export const ROUND_9_CHATTER_OTHERS_PRAISED: Probe[] = [
  ['group', '我们楼那个开面包车的小伙子人真好 天天帮大家运菜', 'none'],
  ['group', '8号楼那位退休护士阿姨每天都帮老人量血压 真是好人', 'none'],
  ['group', '我们楼组长一直帮大家跑腿送药 自己阳了都没停', 'none'],
  ['group', '嗰個揸車嘅後生仔成日幫大家搬嘢 好好人', 'none'],
  ['group', '我会开车 可以天天帮大家运菜', 'volunteer', 'skills=driver|delivery'],
  // (Two written after the change, to try its edges: the writer as the one praised, and praise before one's own offer.)
  ['group', '我是志愿者 每天都帮老人送菜 有需要找我', 'volunteer', 'skills=delivery'],
  ['group', '我们楼的志愿者每天都帮大家送菜 我也想加入 我会开车', 'volunteer', 'skills=driver|delivery'],
];

// Set 23 (found the same way): a household member who refuses to go (叫他去…他也不去, 死活不肯, 伊不肯) is sent nowhere; one
// who may be called on still offers.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_9_CHATTER_KIN_REFUSES: Probe[] = [
  ['group', '我儿子天天在家打游戏 叫他去当志愿者他也不去', 'none'],
  ['group', '我老公会开车 叫他去送菜他死活不肯', 'none'],
  ['group', '阿拉囡囡懂英文 叫伊去帮忙翻译 伊不肯', 'none'],
  ['group', '我老公会开车 要用车可以叫他', 'volunteer', 'skills=driver'],
];

// Set 24 (found the same way): a call for helpers relayed, then the writer who cannot help (帮不上, 帮唔到手, 帮不了) offers
// nothing; what one can do instead still offers.
// Read right 3/4 before the change (the row written after it not counted); 5/5 after.
export const ROUND_9_CHATTER_CANNOT_HELP: Probe[] = [
  ['group', '楼长说谁会做表格可以帮忙统计 我电脑不行 帮不上', 'none'],
  ['group', '我也想出份力 但是我什么都不会 帮唔到手', 'none'],
  ['group', '他们要会开车的 我没驾照 帮不了', 'none'],
  ['group', '做表我帮不上 电脑不行 但是可以帮忙搬东西', 'volunteer', 'skills=delivery'],
  // (Written after the change, to try its edge: nothing else, but this.)
  ['group', '楼长说要人帮忙搬物资 我可以 帮不上别的 搬东西没问题', 'volunteer', 'skills=delivery'],
];

// Set 25 (found by writing corpus 20's group-buy talk): a package that came spoilt (一半是烂的, 有股臭味, 发霉了, 爛咗, rotten)
// with what the writer wants done about it (要反馈, 我要退, 要找供应商赔, 我要投訴) orders nothing; an order line that asks the eggs
// not be crushed still orders.
// Read right 3/6 before the change; 6/6 after.
export const ROUND_9_CHATTER_PACKAGE_SPOILT: Probe[] = [
  ['group', '这次C套餐的水果一半是烂的 团长要反馈一下', 'none'],
  ['group', 'B套餐的肉有股臭味 我要退', 'none'],
  ['group', 'D的鸡蛋两个发霉了 要找供应商赔', 'none'],
  ['group', 'A套餐嘅菜一半都爛咗 我要投訴', 'none'],
  ['group', 'half the fruit in the C box was rotten, we want a refund', 'none'],
  ['group', 'D×2 鸡蛋别压烂了 6-1501', 'order', 'items=D*2;door=6-1501'],
];

// Set 26 (found by writing corpus 20's talk of the packs): a medicine's count said of what one was given (送了我们一盒, 畀咗我哋
// 兩盒), took ("took 2 paracetamol"), has in the pack ("the pack had … x 20", 药包里的两盒 … 谁要 我们家用不上), a box's size
// (一盒布洛芬二十粒) or barters (用两盒…换一瓶酱油) asks for nothing; a request form with its door, or asked for, still asks.
// Read right 2/9 before the change (the two rows written after it not counted); 11/11 after.
export const ROUND_9_CHATTER_COUNT_HAD: Probe[] = [
  ['group', '对门阿姨送了我们一盒布洛芬 真是好邻居', 'none'],
  ['group', '樓下鄰居畀咗我哋兩盒必理痛 多謝晒', 'none'],
  ['group', 'Took 2 paracetamol at 3am, fever finally broke', 'none'],
  ['group', 'The pack had ibuprofen 200mg x 20, that is plenty for us', 'none'],
  ['group', '一盒布洛芬二十粒 能吃好几天', 'none'],
  ['group', '药包里的两盒连花清瘟谁要 我们家用不上', 'none'],
  ['group', '我用两盒连花清瘟换一瓶酱油 有人要吗', 'none'],
  ['group', '连花清瘟 两盒 5号楼302', 'medicine', 'items=连花清瘟;qty=2;door=5-302'],
  ['group', '谁能给我两盒布洛芬 家里一粒都没了 7号楼1201', 'medicine', 'items=布洛芬;qty=2;days=0;door=7-1201'],
  // (Two written after the change, to try its edge (dev-4's floor found it): something else traded for the medicine asked.)
  ['group', '谁家有多的创可贴 孩子手划破了 匀我两片 我拿鸡蛋换', 'medicine', 'items=创可贴;qty=2'],
  ['group', 'anyone spare two boxes of paracetamol? I can trade some eggs for them, 6-301', 'medicine', 'items=paracetamol;qty=2;door=6-301'],
];

// Set 27 (found by writing corpus 20's reports of being positive): a medicine taken and how it went (吃了布洛芬好一点, 食咗必理痛
// 退咗燒, "took the ibuprofen and feel much better") is a report — the people counted beside it (我们两个, 三个人) no quantity of it;
// the last one left, asked for, still asks.
// Read right 3/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_TAKEN_AND_BETTER: Probe[] = [
  ['group', '吃了布洛芬好一点 现在家里就我们两个 大家放心', 'none'],
  ['group', '昨晚吃了泰诺林 今天好多了 家里三个人都阳了', 'none'],
  ['group', '食咗必理痛退咗燒 屋企得我哋兩個', 'none'],
  ['group', 'took the ibuprofen and feel much better, just the two of us at home now', 'none'],
  ['group', '吃了布洛芬好一点 可是只剩最后一粒了 谁能帮我带一盒 8号楼602', 'medicine', 'items=布洛芬;qty=1;door=8-602'],
];

// Set 28 (found the same way; set 14's reason said with a pause): the pack's contents told after a space (发了药包 有三盒…, 药包到了
// 里面有两盒…, 藥包 得一盒…) is talk about it.
// Read right 1/4 before the change; 4/4 after.
export const ROUND_9_CHATTER_PACK_CONTENTS_B: Probe[] = [
  ['group', '我爸说他们小区也发了药包 有三盒连花清瘟 两盒布洛芬 比我们多', 'none'],
  ['group', '药包到了 里面有两盒布洛芬 一盒连花清瘟', 'none'],
  ['group', '我哋嘅藥包 得一盒連花清瘟同一板必理痛', 'none'],
  ['group', '药包里的布洛芬已经吃完了 谁能帮我买两盒 10号楼2001', 'medicine', 'items=布洛芬;qty=2;days=0;door=10-2001'],
];

// Set 29 (found by writing corpus 20's talk about stocking up): whether to buy, deliberated (犹豫要不要买, 纠结要不要囤), how much
// others keep (你们家备了多少), something offered around to whoever wants it (有人要…吗 我拍照发群里) and a requirement reported
// ("they need a prescription for …") ask for nothing; a need with the deliberation, or "we need" of one's own, still asks.
// Read right 3/7 before the change; 7/7 after.
export const ROUND_9_CHATTER_DELIBERATED: Probe[] = [
  ['group', '我在犹豫要不要买血氧仪 好贵', 'none'],
  ['group', '纠结要不要囤点布洛芬 大家怎么看', 'none'],
  ['group', '你们家备了多少退烧药 我家就一盒心里没底', 'none'],
  ['group', '有人要中药方子吗 我家老中医开的 我拍照发群里', 'none'],
  ['group', 'The pharmacy said they need a prescription for antibiotics now', 'none'],
  ['group', '要不要给我妈配点降压药 她只剩两天的了 谁能帮忙带两盒 5号楼302', 'medicine', 'items=降压药;qty=2;days=2;door=5-302'],
  ['group', 'we need two boxes of paracetamol, none left at home, 18-602', 'medicine', 'items=paracetamol;qty=2;days=0;door=18-602'],
];

// Set 30 (found by writing corpus 20's relatives far away): a medicine a relative sent over, counted (寄了兩盒普拿疼過來, 寄咗兩盒
// 必理痛返嚟, "posted two boxes of Panadol"), is news of a parcel, not a request; asked to be sent, it asks.
// Read right 1/5 before the change; 5/5 after.
export const ROUND_9_CHATTER_SENT_OVER: Probe[] = [
  ['group', '台灣的家人寄了兩盒普拿疼過來 結果卡在海關', 'none'],
  ['group', '我姐从杭州寄了三盒布洛芬过来 快递说进不了小区', 'none'],
  ['group', '香港屋企人寄咗兩盒必理痛返嚟 卡喺物流', 'none'],
  ['group', 'my sister posted two boxes of Panadol from Shenzhen, the parcel is stuck somewhere', 'none'],
  ['group', '谁能帮我带两盒布洛芬过来 家里一粒都没了 9号楼1503', 'medicine', 'items=布洛芬;qty=2;days=0;door=9-1503'],
];

// Set 31 (found by writing corpus 22's night-time talk the morning after): a thing borrowed and given back (借我们的体温计 今天已经还了),
// a box used up with more left and enough (用完了一盒 还有两盒 够用), one found in a drawer ("found an extra box … we are fine")
// ask for nothing; none left at all, asked to borrow, still asks.
// Read right 2/6 before the change; 6/6 after.
export const ROUND_9_CHATTER_ENOUGH_AFTER_ALL: Probe[] = [
  ['group', '谢谢楼上阿姨半夜借我们的体温计 今天已经还了', 'none'],
  ['group', '昨晚问隔壁借了一支体温计 刚刚还回去了 谢谢他们', 'none'],
  ['group', '我家老太婆的胰岛素针头用完了一盒 还有两盒 够用', 'none'],
  ['group', '降压药吃完了一盒 抽屉里还有两盒 够吃', 'none'],
  ['group', 'I found an extra box of insulin needles in the drawer, so we are fine for now', 'none'],
  ['group', '降压药吃完了 家里一盒都没有了 谁能借我一盒 5号楼302', 'medicine', 'items=降压药;qty=1;days=0;door=5-302'],
];
