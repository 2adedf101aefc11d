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
// Read right before the change: 10/13; after: 13/13.
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
  ['group', "my dad's insulin still hasn't arrived, can someone help get two pens", 'medicine', 'items=insulin;qty=2'],
];
