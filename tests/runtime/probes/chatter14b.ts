/**
 * Round 14 probes (chatter14b, helper chatter2): chatter taken in the older readable dev files, sentences of the writer's own,
 * written before each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported
 * array is played by ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: how to pay, asked under the chain post (how do I pay, where do I send the money, 钱怎么给, 點俾錢, 可以用支付宝吗), orders
// nothing even when it names the package paid for (`PAYING_ASKED`, commands/groupbuy/recognise.ts); an order with its count beside the
// question, or the paying told as what one will do (will transfer the money, 钱等下转), still orders.
// Read right before the change: 7/12 (then 12 probes; the last one was added after, to guard the narrowing); after: 13/13.
export const ROUND_14B_CHATTER_HOW_TO_PAY: Probe[] = [
  ['reply:chain', 'how do I pay for the meat box?', 'none'],
  ['reply:chain', 'How should we pay for the fruit box, cash or transfer?', 'none'],
  ['reply:chain', 'where do I send the money for the eggs', 'none'],
  ['reply:chain', 'can I pay for the veggie box with alipay', 'none'],
  ['reply:chain', '蔬菜套餐的钱怎么给团长', 'none'],
  ['reply:chain', '水果套餐錢點俾 轉賬定現金', 'none'],
  ['reply:chain', '肉禽套餐钞票哪能付 微信还是支付宝', 'none'],
  ['reply:chain', '鸡蛋的钱转到哪里？', 'none'],
  ['reply:chain', 'how do I pay for the veggie box, I ordered one yesterday', 'none'],
  ['reply:chain', 'one veggie box please, how do I pay? 5-302', 'order', 'items=A*1;door=5-302'],
  ['reply:chain', 'B×2 钱怎么给 12-402', 'order', 'items=B*2;door=12-402'],
  ['reply:chain', 'A 一份 7-301 钱等下转', 'order', 'items=A*1;door=7-301'],
  ['reply:chain', 'one meat box please, 6-1203, will pay via wechat and transfer the money tonight', 'order', 'items=B*1;door=6-1203'],
];

// Set 2: medicine got, told as news in the completives RECEIVED did not know (配到晒, 攞到咗, 配齐啦, 拿到晒), with thanks and a word
// of help after it (有咩要帮手, 需要帮忙), asks for nothing: the help word was read as the ask. A medicine still missing beside it (还没配到,
// 还缺, 但是…还没有) or asked for again still asks. `RECEIVED` in commands/medicine/recognise.ts.
// Read right before the change: 10/13; after: 14/14 (the last probe, a writer who "just arrived", added after understand.test.ts caught
// a first form that took any "just arrived" as a thing received).
export const ROUND_14B_CHATTER_MEDICINE_GOT: Probe[] = [
  ['group', '楼上几位阿婆嘅心臟藥同埋胰島素都配到晒 多謝晒 有咩要幫手出聲', 'none'],
  ['group', '阿拉屋里额胰岛素攞到咗 多谢侬拉 需要帮忙额讲一声', 'none'],
  ['group', '楼里老人们的药都配齐啦🎉 辛苦居委 大家有需要帮忙的话说一声', 'none'],
  ['group', '我阿爸啲降壓藥同痛風藥拿到晒 佢話多謝大家 要幫手嘅話可以搵佢', 'none'],
  ['group', '5号楼几户的降压药配齐咗 谢谢志愿者帮忙', 'none'],
  ['group', '隔壁几个老人的降压药都配到了 谢谢居委帮忙', 'none'],
  ['group', 'Mum says all her heart pills and insulin finally arrived, thanks so much volunteers for the help!', 'none'],
  ['group', '奶奶的氨氯地平已经拿到了，谢谢大家帮忙', 'none'],
  ['group', '降压药配到晒 但係胰島素仲未有 邊個可以幫手配吓', 'medicine', 'items=胰岛素'],
  ['group', '我妈的降压药还没配到 已经断了两天了 麻烦帮忙 6-301', 'medicine', 'items=降压药;door=6-301;days=0'],
  ['group', '隔壁的药都配齐了 我家的阿托伐他汀还缺 能帮忙配吗', 'medicine', 'items=阿托伐他汀'],
  ['group', '佢哋啲藥配到晒 我屋企嘅降壓藥仲未有 麻煩幫手配兩盒 3-502', 'medicine', 'items=降压药;qty=2;door=3-502'],
  ['private', 'I just arrived at my daughter\'s and my insulin pen is almost empty, can someone help get one', 'medicine', 'items=insulin pen;qty=1;days=0'],
  ['group', "my dad's insulin still hasn't arrived, can someone help get two pens", 'medicine', 'items=insulin;qty=2'],
];

// Set 3: what one usually keeps ready for a condition (一般都备两个喷雾, 通常會備兩支, 向来随身带几颗糖, 一般放在枕头边), told to the group and
// often offered as an example (大家也可以这样): a habit, nothing now (`HABIT`, commands/emergency/frames.ts, as 平时 and 每次 were). A sign
// said now beside it (今天…还是喘不上气, 一般不会这样 今天突然…), or what is kept run out now, still pages, asks or asks for medicine.
// Read right before the change: 6/12; after: 12/12.
export const ROUND_14B_CHATTER_KEPT_READY: Probe[] = [
  ['group', '我女儿有哮喘 我们一般都备两个喷雾 一个放家里一个放学校', 'none'],
  ['group', '我老公有哮喘 通常會備兩支噴霧 一支喺屋企一支喺公司', 'none'],
  ['group', '我妈低血糖 我们向来随身带几颗糖 大家家里有老人的也可以这样', 'none'],
  ['group', '我爸有哮喘 我们一般备两支万托林 有哮喘的家庭也可以这样做', 'none'],
  ['group', '阿拉囡囡气喘 屋里向一般备好两支喷雾 一支摆书包里', 'none'],
  ['group', '老婆有低血糖 我们通常都放几块巧克力在包里👍', 'none'],
  ['group', '我儿子有癫痫 我们通常随身带着药 大家别担心', 'none'],
  ['group', 'My daughter has asthma, we normally keep two inhalers, one at home and one in her school bag', 'none'],
  ['group', '我儿子有哮喘 一般备两支喷雾的 今天两支都用了还是喘不上气', 'emergency'],
  ['group', '我女儿有哮喘 一般不会这样 今天突然喘得很厉害 嘴唇发紫 5-302', 'emergency', 'door=5-302'],
  ['group', '我爸一般都在家 今天敲门没人应 打电话也不接', 'emergency.ask'],
  ['group', '我儿子哮喘 一般备的万托林用完了 现在有点喘', 'medicine', 'items=万托林;days=0'],
];

// Set 4: an order line given as the form to follow, after 例如, 比如, 譬如, 例：, 格式, e.g., for example (a leader's notice, a reminder how
// to write the chain line), orders nothing: the example is set aside before reading (`EXAMPLE_GIVEN`, commands/groupbuy/recognise.ts), as
// 例 at the head of a chain's line already was. A marker with no order line after it (比如明天能到最好, e.g. leave it at the door) and
// one's own order said apart from the example still order.
// Read right before the change: 6/12; after: 12/12.
export const ROUND_14B_CHATTER_EXAMPLE_LINE: Probe[] = [
  ['group', '接龙格式统一一下 例如：12-301 C×1 谢谢配合', 'none'],
  ['group', '請大家接龍時寫清門牌 比如 8號樓1203 B×2', 'none'],
  ['group', '接龙要写楼号加份数 譬如 3号楼502 两份A 勿要只写名字', 'none'],
  ['reply:chain', 'when you add your line please write it like this, e.g. 6-1102 A x2', 'none'],
  ['group', 'Format for the chain, for example: 9-701 D×1. Thanks all', 'none'],
  ['group', '【通知】明天中午截单 接龙格式 例：15-204 A×1 B×1 不按格式的不算', 'none'],
  ['group', '团长讲写的时候要写清爽 比如讲 7号楼301 鸡蛋一份', 'none'],
  ['group', '接龙写法：例如 5-302 B×2，照着写就行😊', 'none'],
  ['reply:chain', '12-301 C×1 比如明天能到最好', 'order', 'items=C*1;door=12-301'],
  ['reply:chain', 'A x1 for 6-1102, e.g. leave it at the door', 'order', 'items=A*1;door=6-1102'],
  ['reply:chain', '照例子写 7-502 B×1', 'order', 'items=B*1;door=7-502'],
  ['group', '接龙格式 例如 5-302 B×2 我家就是 11-402 D×1', 'order', 'items=D*1;door=11-402'],
];

// Set 5: a mild sign given as why one cannot manage a chore (抗原弄不来, 搞勿来, 做勿来, 搞唔掂, "can't manage the test"): the chore
// asked about, nothing happening to the body now. `EXCUSE` (commands/emergency/frames.ts) read only 去不了, 做不了 and kin. A grave
// sign beside it, a fall, or a call for help still pages.
// Read right before the change: 7/11; after: 11/11.
export const ROUND_14B_CHATTER_CHORE_UNMANAGED: Probe[] = [
  ['group', '抗原怎么弄 我外婆手抖 弄不来', 'none'],
  ['group', '阿婆手有点抖 抗原棒子戳勿进去 做勿来', 'none'],
  ['group', '我妈手抖 抗原搞不来 有没有人教教她怎么做', 'none'],
  ['group', '外公老花眼 手机上的字看不清爽 核酸码弄勿来', 'none'],
  ['group', '佢手震 抗原試劑搞唔掂 邊個識教吓', 'none'],
  ["group", "Grandma's hands shake a bit, she can't manage the antigen test herself", 'none'],
  ['group', '我妈有点头晕 抗原做不来 等会儿再弄', 'none'],
  ['group', '阿爷手抖 小程序搞勿来 侬拉有啥办法伐', 'none'],
  ['group', '我妈突然手抖 嘴歪了 说话不清楚 抗原也弄不来了', 'emergency'],
  ['group', '我爸手抖得停不下来 叫他也没反应 快来人', 'emergency'],
  ['group', '奶奶刚才摔了一跤 起不来了 抗原弄不了', 'emergency'],
];

// Set 6: a neighbour's past kindness told in thanks — someone brought a counted thing (送了一盒退烧药, 送了一包糖, 送咗兩盒) and helped
// besides (还帮忙量了体温, 还陪了半个钟头) — asks for nothing: 帮忙 in the story was read as the ask, and a run-on made an item of 糖还陪.
// `RECEIVED` in commands/medicine/recognise.ts. Still asking: more wanted after it (还差一盒 能再送一盒吗), one's own need asked.
// Read right before the change: 3/8; after: 8/8.
export const ROUND_14B_CHATTER_KINDNESS_TOLD: Probe[] = [
  ['group', '昨天楼下小王送了一盒退烧药还帮忙量了体温 真是好人', 'none'],
  ['group', '前天半夜阿拉老头子血糖低 隔壁小宋跑上来送了一包糖还陪了伊半个钟头', 'none'],
  ['group', '上禮拜我媽發燒 義工阿明送咗兩盒退燒藥上嚟 仲幫手煲粥 多謝晒', 'none'],
  ['group', '志愿者小李上礼拜送了两盒胃药过来还帮我爸量了血压 一辈子记得', 'none'],
  ['group', 'Last week the volunteer Amy brought over a box of paracetamol and even helped check mum\'s temperature, so grateful', 'none'],
  ['group', '居委张阿姨昨天送了一瓶碘伏来 还帮忙换了药 谢谢侬', 'none'],
  ['group', '昨天小王送了一盒退烧药 但是还差一盒布洛芬 能帮忙再送一盒吗', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '小宋送了一包糖 阿拉老头子还是低血糖 谁能帮忙配两盒葡萄糖片 6-502', 'medicine', 'items=葡萄糖片;qty=2;door=6-502'],
];
