/**
 * Round 11 probes (chatter11): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: storage for a medicine asked of neighbours (a fridge, room in one, an ice pack, a cool box): what is borrowed is the
// place or the thing that keeps it, not the medicine; a medicine asked for beside a fridge still asks.
// Read right before the change: 4/6; after: 8/8 (two rows written after the change, to try its edge; one read wrong at first).
export const ROUND_11_CHATTER_STORAGE_ASKED: Probe[] = [
  ['group', '我家冰箱坏了 老头子的胰岛素要冷藏 哪位邻居冰箱能腾个地方放几天', 'none'],
  ['group', '屋企雪櫃壞咗 阿媽啲胰島素要凍住 邊位街坊雪櫃有位借我放兩日', 'none'],
  ['group', "Our fridge just died and dad's insulin needs to stay cold, could a neighbour keep it in theirs for a couple of days?", 'none'],
  ['group', '谁家有冰袋 借我两个 要带胰岛素去医院', 'none'],
  ['group', '胰岛素快用完了 谁家有多的 借我一支 12号楼502', 'medicine', 'items=胰岛素;qty=1;days=0;door=12-502'],
  ['group', '冰箱里最后一支胰岛素了 麻烦志愿者帮我配两盒 7号楼301', 'medicine', 'items=胰岛素;qty=2;door=7-301'],
  // (Written after the change, to try its edge: the medicine itself borrowed from a neighbour's fridge still asks.)
  ['group', '谁家冰箱里有多的胰岛素 借我一支 下礼拜还 8号楼201', 'medicine', 'items=胰岛素;qty=1;door=8-201'],
  // (Written after the change, to try its edge: 借我放 with nothing cold spoken of borrows the medicine itself.)
  ['group', '谁家有布洛芬 借我放家里备着 孩子老是发烧 3号楼1102', 'medicine', 'items=布洛芬;door=3-1102'],
];

// Set 2: advice to everyone about their medicines in English imperatives (everyone, please put / stick / tape / write down a
// list of the pills by the door, for the ambulance crew): what everyone should do with their own, nothing asked; one's own
// need said after "everyone" still asks.
// Read right before the change: 4/8; after: 8/8.
export const ROUND_11_CHATTER_MEDS_ADVICE: Probe[] = [
  ['group', "Everyone, please stick a note of your parents' pills on the front door in case the ambulance crew needs it", 'none'],
  ['group', 'All, please write down the names of the meds your elderly take and tape it to the fridge, doctors will need it', 'none'],
  ['group', "Neighbours, please put your mum and dad's medicines in one bag by the door in case you need to rush to hospital", 'none'],
  ['group', "Everybody please make a list of your meds and doses, paramedics need it when they come", 'none'],
  ['group', '建议大家把老人平时吃的药名抄在纸上 贴在冰箱门上 万一叫救护车医生一看就知道', 'none'],
  ['group', '大家記得把長輩吃的藥寫一張清單 放喺當眼位 救護員會問', 'none'],
  ['group', "Everyone, sorry to ask — my mum's blood pressure pills ran out yesterday, could someone get her a box? 6-402", 'medicine', 'items=blood pressure pills;qty=1;days=0;door=6-402'],
  ['group', 'Everyone please help, my dad ran out of insulin this morning, 9-1101', 'medicine', 'items=insulin;days=0;door=9-1101'],
];

// Set 3: another household's order told as news (楼上李阿姨家订了两份肉, 那家訂咗, "the Wangs ordered two meat boxes"): what
// someone else ordered is talk about them; ordering for another household (帮…订) and one's own order still order.
// Read right before the change: 5/8; after: 10/10 (two rows written after the change, to try its edge; one read wrong at first).
export const ROUND_11_CHATTER_OTHERS_ORDERED: Probe[] = [
  ['group', '楼上李阿姨家订了两份肉 说是儿子要回来住几天', 'none'],
  ['group', '隔壁老陈家这次订了四份水果 他们家人多吃得快', 'none'],
  ['group', '502嗰家訂咗兩份雞蛋 佢個孫好鍾意食蒸水蛋', 'none'],
  ['group', 'The Wangs next door ordered two meat boxes, their daughter is staying with them', 'none'],
  ['reply:chain', '对门周阿婆订了一份菜 她讲一个人吃够了', 'none'],
  ['group', '帮12号楼301王老师家订三份鸡蛋 她不会弄手机', 'order', 'items=D*3;door=12-301'],
  ['reply:chain', '我家订三份鸡蛋 15号楼702', 'order', 'items=D*3;door=15-702'],
  ['reply:chain', '跟楼上一样 订两份肉 9-1203', 'order', 'items=B*2;door=9-1203'],
  // (Written after the change, to try its edge: the writer's own household's order, told by who placed it, is read as before.)
  ['reply:chain', '我婆婆订了一份A 12-301 钱我来转', 'order', 'items=A*1;door=12-301'],
  ['group', '他们家昨天订了三份水果 吃得完吗', 'none'],
];

// Set 4: half a package asked for (能不能拆开卖, 只要半份, 要一半, "could the box be split, we'd only want half"): a question to
// the leader whether a package is sold split, no count ordered; a whole package ordered, with half of it to share, still orders.
// Read right before the change: 6/7; after: 8/8 (one row written after the change, to try its edge; it read wrong at first).
export const ROUND_11_CHATTER_HALF_ASKED: Probe[] = [
  ['reply:chain', '水果套餐可以分开卖吗 我一个人只要一半', 'none'],
  ['reply:chain', 'B能拆开买吗 只想要半份', 'none'],
  ['reply:chain', "Could the meat box be split? we'd only want half of it", 'none'],
  ['reply:chain', '雞蛋可唔可以拆開賣 要一半就夠', 'none'],
  ['reply:chain', 'A能不能拆一半 老人吃不完', 'none'],
  ['reply:chain', '水果要一份 吃不完跟邻居分一半 8-302', 'order', 'items=C*1;door=8-302'],
  ['reply:chain', 'C一份 一半给楼下阿婆 11-602', 'order', 'items=C*1;door=11-602'],
  // (Written after the change, to try its edge: a box split with a neighbour, one's own ordered whole, still orders.)
  ['reply:chain', "We'll split a veg box with our neighbour, put us down for one, 5-302", 'order', 'items=A*1;door=5-302'],
];

// Set 5: a copied chain bumped, its bump or its reminder to the others said above it (顶上去 没接的快点, 再发一遍 还没报的抓紧, "bump,
// closes tonight"): whoever bumps it adds no line, its last line is someone else's; a chain copied under words of one's own
// joining (我也接一个, 我家也加了) still orders by its last line.
// Read right before the change: 3/8; after: 10/10 (two rows written after the change, to try its edge). A first rule that
// took a reminder alone above the chain (抓紧, 截单, closes) for a bump made a holdout file fall, and was narrowed to the bump's words.
const CHAIN_POSTED = '【团购接龙 #1】蔬菜团\nA 蔬菜套餐 100元\nB 肉禽套餐 150元\nC 水果套餐 200元\nD 鸡蛋(30个) 45元\n请复制后在最后加一行:楼号-室号 字母×份数';
const LINES_SO_FAR = '1. 3-401 A×1\n2. 10-1502 B×1 C×1\n3. 6-702 D×2\n4. 17-203 A×2';
export const ROUND_11_CHATTER_CHAIN_BUMPED: Probe[] = [
  ['group', `顶上去 没接的邻居快点\n${CHAIN_POSTED}\n${LINES_SO_FAR}`, 'none'],
  ['group', `再发一遍 还没报的抓紧 今晚八点截单\n${CHAIN_POSTED}\n${LINES_SO_FAR}`, 'none'],
  ['group', `up!!\n${CHAIN_POSTED}\n${LINES_SO_FAR}`, 'none'],
  ['group', `bump, closes tonight, don't miss it\n${CHAIN_POSTED}\n${LINES_SO_FAR}`, 'none'],
  ['group', `頂一頂 未接嘅街坊快啲\n${CHAIN_POSTED}\n${LINES_SO_FAR}`, 'none'],
  ['group', `我也接一个\n${CHAIN_POSTED}\n${LINES_SO_FAR}\n5. 7-902 C×2`, 'order', 'items=C*2;door=7-902'],
  ['group', `${CHAIN_POSTED}\n${LINES_SO_FAR}\n5. 12-1101 D×1`, 'order', 'items=D*1;door=12-1101'],
  ['group', `顶一下 我家也加了一行\n${CHAIN_POSTED}\n${LINES_SO_FAR}\n5. 15-603 A×1`, 'order', 'items=A*1;door=15-603'],
  // (Written after the change, to try its edge: a reminder alone above the chain may lead into one's own line; a bump that
  // says it adds one adds it.)
  ['group', `截单前赶上了\n${CHAIN_POSTED}\n${LINES_SO_FAR}\n5. 20-1802 B×1`, 'order', 'items=B*1;door=20-1802'],
  ['group', `顶一下 顺便加一份\n${CHAIN_POSTED}\n${LINES_SO_FAR}\n5. 4-1101 D×1`, 'order', 'items=D*1;door=4-1101'],
];

// Set 6: a building lead's rounds report, another household's medicine running short told with the writer gathering it up
// and passing it on themselves (我晚上统一报上去, 明天一起汇总, 我来统计, "I'll collect everyone's list"): the lead's own work, no
// request of the bot; a neighbour's need asked for, or the writer's own registered, still asks.
// Read right before the change: 4/7; after: 8/8 (one row written after the change, to try its edge). A first rule that took a
// tally already done (我统计了一下) as well made three files fall (dev-13's lead handing over three households' needs), and was
// narrowed to what the writer will do.
export const ROUND_11_CHATTER_LEAD_TALLIES: Probe[] = [
  ['group', '302张阿姨那边都好 就是降压药快吃完了 我晚上统一报上去', 'none'],
  ['group', '六楼两户都问过了 601的药还剩两天 我明天一起汇总给居委', 'none'],
  ['group', '1102老伯讲胰岛素快没了 我记下来了 明早统计好再报', 'none'],
  ['group', "Rounds done: 4-201 fine, 4-302 almost out of heart pills, I'll collect everyone's list and pass it on tomorrow", 'none'],
  ['group', '402阿婆啲藥就快冇 我聽日一齊報上去', 'none'],
  ['group', '302张阿姨降压药快吃完了 谁能帮忙配两盒 5号楼302', 'medicine', 'items=降压药;qty=2;days=0;door=5-302'],
  ['group', '我来登记一下 我妈的降压药快吃完了 6号楼401', 'medicine', 'items=降压药;days=0;door=6-401'],
  // (Written after the change, to try its edge: a tally done and handed over, with the pickup asked, is a request.)
  ['group', '我是9号楼楼组长 我统计了一下 301的王阿婆要二甲双胍两盒 志愿者什么时候来拿', 'medicine', 'items=二甲双胍;qty=2;door=9-301'],
];

// Set 7: a lead's routine announced with everyone's cooperation asked (从明天起每天我打电话问一遍 … 没人接的我会上门 … 请大家配合,
// "thanks for your cooperation"): what the lead will do in their role, a notice to follow, not an offer to volunteer; a
// neighbour's own offer to call on the old still offers.
// Read right before the change: 4/6; after: 6/6. (dev-26's roll call with 「再没人接」 is now left to the emergency recogniser's
// likely reading of 没人接, no longer taken as an offer; 没人接 was kept out of this set, being that recogniser's and not this reason.)
export const ROUND_11_CHATTER_ROUTINE_NOTICE: Probe[] = [
  ['group', '我是8号楼楼组长 从明天起每天上午十点我挨家打电话问一遍 没回音的我会上门看看 请大家配合', 'none'],
  ['group', '各位 今晚开始我每晚九点在群里点名 没回复的我会敲门确认 谢谢大家配合', 'none'],
  ['group', "Hi all, building 3 lead here. From tomorrow I'll call each flat every morning and if nobody picks up I'll come and knock. Thanks for your cooperation", 'none'],
  ['group', '本樓從今日起每晚八點我會逐戶打電話 冇人聽嘅我會上門睇睇 請大家配合', 'none'],
  ['group', '我是退休护士 独居老人有需要我可以上门量血压', 'volunteer', 'skills=nurse'],
  ['group', '我住6号楼 平时在家 会修水管电灯 可以上门帮独居老人弄 有需要喊我', 'volunteer'],
];
