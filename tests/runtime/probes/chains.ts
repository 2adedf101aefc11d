/**
 * Round 8 probes (chains): reasons behind dev-19's order, chain and reply failures and dev-18's order and
 * reply failures, each in new sentences of our own, written and counted before the recognisers were
 * changed for them. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// 「🙏🙏配药 X」: the request word 配药/开药 heading a message after a lead-in — emoji, a bracketed 急, 求 — is
// as much a request as at the very start.
// Read right before the change: 2/6 (求配药 and the remark were already right); after: 6/6.
export const ROUND_8_CHAINS_LEAD_IN: Probe[] = [
  ['group', '🙏配药 阿托伐他汀', 'medicine', 'items=阿托伐他汀'],
  ['group', '求配药 二甲双胍两盒', 'medicine', 'items=二甲双胍;qty=2'],
  ['group', '【急】配藥 拜新同', 'medicine', 'items=拜新同'],
  ['group', '💊💊开药 氯吡格雷 5-302', 'medicine', 'items=氯吡格雷;door=5-302'],
  ['group', '急急急 配药 胰岛素', 'medicine', 'items=胰岛素'],
  ['group', '👍配药那边今天人很多', 'none'],
];

// A reply to a task that reports it done inside a story: 「…总算配到了…她说收到了 这个任务算完成了吧」, 「好了好了 东西拿到了」 —
// the recipient's 收到 told by the writer, the task called done with 算, the things said to be got.
// Read right before the change: 1/6 (the question); after: 6/6.
export const ROUND_8_CHAINS_DONE_REPORT: Probe[] = [
  ['reply:task', '下午排了一个钟头队总算配到了 给阿婆打了电话 她讲收到了 这个任务就算完成了', 'task.done'],
  ['reply:task', '跑了兩家藥房才買到,她女兒說收到了,這個任務算完成了吧', 'task.done'],
  ['reply:task', '行了行了 菜拿到了', 'task.done'],
  ['reply:task', '嗯嗯 药都拿到了 放心', 'task.done'],
  ['reply:task', "Took ages at the pharmacy, but his daughter says he received everything, so this one's complete I think", 'task.done'],
  ['reply:task', '东西拿到了吗 老人在等', 'none'],
];

// Voice-typed order lines say an item and its count twice in a row (「鸡蛋两份鸡蛋两份」): said again, not ordered twice.
// Read right before the change: 0/5; after: 5/5.
export const ROUND_8_CHAINS_SAID_TWICE: Probe[] = [
  ['reply:chain', '那个我要鸡蛋一份鸡蛋一份 5-302', 'order', 'items=D*1;door=5-302'],
  ['reply:chain', '水果两份 水果两份 我住12号楼1101', 'order', 'items=C*2;door=12-1101'],
  ['reply:chain', '蔬菜一份蔬菜一份 肉的两份 3-502', 'order', 'items=A*1|B*2;door=3-502'],
  ['reply:chain', '雞蛋兩份雞蛋兩份 7棟1002', 'order', 'items=D*2;door=7-1002'],
  ['reply:chain', '嗯 B一份B一份 6-401', 'order', 'items=B*1;door=6-401'],
];

// Voice-typed run-ons have no stops: an item's name runs straight into 团长 (「他讲他还要订一份鸡蛋团长你帮伊记一记」), which
// is the leader addressed, not a chain called 「鸡蛋团」.
// Read right before the change: 2/5 (團長 after a count, and the chain's name); after: 5/5.
export const ROUND_8_CHAINS_ITEM_THEN_LEADER: Probe[] = [
  ['group', '楼下王阿婆不会用手机她说要订一份水果团长帮她记一下她住5号楼201', 'order', 'items=C*1;door=5-201'],
  ['reply:chain', '我要两份鸡蛋团长麻烦了 3-402', 'order', 'items=D*2;door=3-402'],
  ['group', '隔壁老伯伯讲伊要订一份肉禽套餐团长侬帮伊记记伊住11号楼402', 'order', 'items=B*1;door=11-402'],
  ['reply:chain', '蔬菜一份團長 7棟502', 'order', 'items=A*1;door=7-502'],
  ['group', '蔬菜团什么时候到', 'none'],
];

// An order, then a question of its own about the goods in another sentence ("…one vegetable set and one egg pack please.
// Also, does anyone know if the meat set includes pork?"): the order stands; the question is asked beside it.
// Read right before the change: 1/5 (the complaint); after: 5/5.
export const ROUND_8_CHAINS_ORDER_THEN_QUESTION: Probe[] = [
  ['reply:chain', 'One fruit box for 5-302 please. By the way, is the fruit box all apples?', 'order', 'items=C*1;door=5-302'],
  ['reply:chain', '鸡蛋两份 8-1101。另外问一下肉禽套餐里有排骨吗?', 'order', 'items=D*2;door=8-1101'],
  ['reply:chain', '我要B一份 12-701 謝謝。請問水果是哪裡產的?', 'order', 'items=B*1;door=12-701'],
  ['reply:chain', "I'm ordering for my parents in 4-1202: two meat sets please. Also, does the vegetable box have potatoes?", 'order', 'items=B*2;door=4-1202'],
  ['reply:chain', '昨天的鸡蛋碎了两个。请问找谁退?', 'none'],
];

// In this busy group a hurt is told and the neighbours are asked who has the supply: 「碘伏跟纱布 有哪位邻居有」, 「有没有邻居有
// 碘伏」, "does any neighbour have band-aids?" — a neighbour named between 有没有/哪位 and 有, or the question after the item.
// Read right before the change: 0/5; after: 5/5.
export const ROUND_8_CHAINS_WHICH_NEIGHBOUR_HAS: Probe[] = [
  ['group', '有没有邻居有碘伏 手指划破了', 'medicine', 'items=碘伏'],
  ['group', '布洛芬 有哪位邻居有 牙疼了一晚上', 'medicine', 'items=布洛芬'],
  ['group', '有冇街坊有紗布 個仔膝頭哥摔破咗', 'medicine', 'items=纱布'],
  ['group', 'does any neighbour have some band-aids? my son scraped his knee', 'medicine', 'items=band-aids'],
  ['group', '创可贴 哪位邻居家里有 女儿切到手了 已经不流血了', 'medicine', 'items=创可贴'],
];

// 「菜单有伐」: the thing asked for said first, then 有吗/有伐/有冇/有没有 — the menu asked of the bot, topic first.
// Read right before the change: 2/5 (使用說明有冇 and 指令有没有 were already read by other words); after: 5/5.
export const ROUND_8_CHAINS_MENU_TOPIC_FIRST: Probe[] = [
  ['private', '功能表有伐', 'help'],
  ['private', '使用說明有冇?', 'help'],
  ['private', '指令有没有', 'help'],
  ['private', 'menu 有吗', 'help'],
  ['private', '帮助有伐?', 'help'],
];

// "my metformin finish already, how to get more?": a need said first, then how to get more of it — the need, not a
// question about the bot.
// Read right before the change: 3/5 (a refill for her and "get some more" were already read); after: 5/5.
export const ROUND_8_CHAINS_NEED_THEN_HOW: Probe[] = [
  ['private', 'my amlodipine ran out yesterday, how can I get more?', 'medicine', 'items=amlodipine;days=0'],
  ['private', 'ran out of levothyroxine, how to get more?', 'medicine', 'items=levothyroxine;days=0'],
  ['private:new', 'my atorvastatin is all gone, how do I get some more?', 'medicine', 'items=atorvastatin;days=0'],
  ['private', 'Mum has no more insulin left at home, how can I get a refill for her?', 'medicine', 'items=insulin;days=0'],
  ['private', 'how do I get the bot to remind me of my order?', 'help'],
];

// A newcomer's need closed with politeness to everyone (「希望大家不要介意」, 「请大家不要见怪」): 大家不要 there asks pardon, it
// gives the group no advice, and the need before it stands.
// Read right before the change: 1/5 (the advice); after: 5/5.
export const ROUND_8_CHAINS_PARDON_ASKED: Probe[] = [
  ['group', '我的降压药只剩两天了 想请邻居帮忙配一盒 5-302 第一次在群里发言 希望大家不要介意', 'medicine', 'items=降压药;qty=1;days=2;door=5-302'],
  ['group', '阿拉老头子的胰岛素打完了 谁去医院帮忙带两支 8号楼402 麻烦大家了 大家不要嫌烦', 'medicine', 'items=胰岛素;qty=2;days=0;door=8-402'],
  ['group', '我媽的二甲雙胍吃完了,有沒有志工可以幫忙配一盒,3棟601,請大家不要見怪', 'medicine', 'items=二甲双胍;qty=1;days=0;door=3-601'],
  ['group', '新来的 布洛芬用完了 谁家有多的可以匀我一板 12-1101 大家不要嫌弃哈', 'medicine', 'items=布洛芬;qty=1;days=0;door=12-1101'],
  ['group', '大家不要在群里发药名 私聊志愿者', 'none'],
];

// A brand said after what it is called (叫做/名叫/叫) that ends as pain does (福避痛, Taiwan's way of naming painkillers and gout
// pills): a name said to be one, not an ailment said where a name would stand.
// Read right before the change: 2/5 (名叫安佳痛 was read beside its class word; the diagnosis); after: 5/5.
export const ROUND_8_CHAINS_CALLED_PAIN_BRAND: Probe[] = [
  ['group', '我老公的痛风药叫做福避痛 吃完了 想请志愿者帮忙配一盒 7-1002', 'medicine', 'items=福避痛;qty=1;days=0;door=7-1002'],
  ['group', '我婆婆吃的止痛药名叫安佳痛 剩两天了 谁能帮忙配一盒 3-502', 'medicine', 'items=安佳痛;qty=1;days=2;door=3-502'],
  ['group', '我先生的藥叫做樂避痛,已經吃完了,可以請志工幫忙配一盒嗎,8棟1101', 'medicine', 'items=乐避痛;qty=1;days=0;door=8-1101'],
  ['group', '阿拉老太婆吃的药叫舒筋疼 没了 帮忙配两盒 9-301', 'medicine', 'items=舒筋疼;qty=2;days=0;door=9-301'],
  ['group', '医生说这个叫做偏头痛 休息一下就好', 'none'],
];

// A place owned by a name in English ("Children's Hospital", "Huashan's Pharmacy"): where someone is going, never a brand.
// Read right before the change: 2/5 (Ruijin's Clinic was already no brand; the remark); after: 5/5.
export const ROUND_8_CHAINS_PLACE_NOT_BRAND: Probe[] = [
  ['group', "My son uses Symbicort and has 3 days left. Is anyone going to Children's Hospital? Could you get 1 box for us, 6-1201", 'medicine', 'items=symbicort;qty=1;days=3;door=6-1201'],
  ['group', "Dad's Eliquis ran out yesterday. If anyone passes Huashan's Pharmacy please pick up a box for 3-402", 'medicine', 'items=eliquis;qty=1;days=0;door=3-402'],
  ['group', "Mum's Lipitor is finished. Whoever goes to Ruijin's Clinic today, one box please, 12-702", 'medicine', 'items=lipitor;qty=1;days=0;door=12-702'],
  ['group', "Is anyone near Lianhua's Supermarket? My Norvasc runs out tomorrow, need 2 boxes, 9-302", 'medicine', 'items=norvasc;qty=2;days=1;door=9-302'],
  ['group', "Children's Hospital is very crowded today, we waited three hours", 'none'],
];

// A class word, then a clause joined by "and"/和 about something else, then the class's own medicine named ("out of my
// antidepressants for three days now and it's getting hard, sertraline 50mg"): one medicine, the and joins the clauses.
// Read right before the change: 1/4 (the Chinese, where 和 was already far enough); after: 4/4.
export const ROUND_8_CHAINS_CLASS_THEN_NAME_APART: Probe[] = [
  ['group', 'out of my blood pressure pills for two days and it is hard, amlodipine 5mg, 5-302, can someone help', 'medicine', 'items=amlodipine;days=0;door=5-302'],
  ['group', 'my painkillers are finished and my back hurts a lot, ibuprofen 400mg, 5-302, can someone help', 'medicine', 'items=ibuprofen;days=0;door=5-302'],
  ['group', '降压药已经吃完两天了 和女儿说了她也回不来 药名是氨氯地平 谁能帮忙配 5-302', 'medicine', 'items=氨氯地平;days=0;door=5-302'],
  ['group', "Dad's thyroid pills ran out and he feels tired all day, it's Euthyrox, 7-802, could anyone pick some up", 'medicine', 'items=euthyrox;days=0;door=7-802'],
];

// Names each with its count, written together without a pause (「叶酸一盒钙片一瓶」): a count glued after a name is that
// name's when the next name has its own count after it, not the next name's.
// Read right before the change: 0/5; after: 5/5.
export const ROUND_8_CHAINS_COUNTED_LIST_GLUED: Probe[] = [
  ['group', '想请志愿者帮忙配一下叶酸一盒钙片一瓶 我们家是3号楼1801', 'medicine', 'items=叶酸|钙片;qty=1;door=3-1801'],
  ['group', '帮忙配一下降压药两盒胃药一盒 5-302', 'medicine', 'items=降压药|胃药;qty=2;door=5-302'],
  ['group', '麻煩幫忙配二甲雙胍三盒阿司匹林一盒 7棟502', 'medicine', 'items=二甲双胍|阿司匹林;qty=3;door=7-502'],
  ['group', '阿拉要配氨氯地平两盒二甲双胍一盒 谁去医院帮帮忙 9-1101', 'medicine', 'items=氨氯地平|二甲双胍;qty=2;door=9-1101'],
  ['group', '碘伏一瓶纱布两包 有哪位邻居有 小孩膝盖摔破了', 'medicine', 'items=碘伏|纱布;qty=1'],
];

// Someone new orders a package by its name before the bot knows their community (「我们是阳光小区5号楼的 想订一份肉禽套餐」):
// an order — the community is asked first and the package read against the group-buy open there. Without the community's
// packages the letter cannot be known here, so a probe states the door only.
// Read right before the change: 1/5 (the price asked); after: 5/5.
export const ROUND_8_CHAINS_STRANGER_BY_PACKAGE: Probe[] = [
  ['private:new', '你好 我住8号楼1101 想订一份水果套餐', 'order', 'door=8-1101'],
  ['private:new', '我哋係6座嘅 想訂兩份蔬菜套餐', 'order'],
  ['private:new', 'hi, 12-702 here, I would like to order one meat box from the group buy please', 'order', 'door=12-702'],
  ['private:new', '阿拉是新搬来的 想跟团买一箱鸡蛋 3号楼502', 'order', 'door=3-502'],
  ['private:new', '水果套餐多少钱一份', 'none'],
];

// Two horizons said, the one running short and another that lasts (「降压药只剩三天了 降糖的还有半个月够的」): the days are the
// short one's, the one asked for, wherever each is said.
// Read right before the change: 0/4; after: 4/4.
export const ROUND_8_CHAINS_DAYS_OF_THE_SHORT_ONE: Probe[] = [
  ['group', '我妈的降压药只剩三天了 降糖的还有半个月 帮忙配两盒降压药 12-702', 'medicine', 'items=降压药;qty=2;days=3;door=12-702'],
  ['group', '阿拉老头子降糖的还好还有半个月 降压药只剩两天了 麻烦谁帮忙配一盒 5-302', 'medicine', 'items=降压药;qty=1;days=2;door=5-302'],
  ['group', '降壓藥只剩四天了,降糖的還有兩個星期夠的,麻煩志工幫忙配一盒降壓藥,7棟1002', 'medicine', 'items=降压药;qty=1;days=4;door=7-1002'],
  ['group', '我的降压药还能吃一个星期 胃药就剩两天了 谁能帮忙配一盒胃药 9-301', 'medicine', 'items=胃药;qty=1;days=2;door=9-301'],
];

// A class named by its generics' ending (「他的他汀」, 「沙坦类的药」, 「他汀类」, "my statins"), the way patients call a kind of pill
// whose full name they do not know: the class is the item, kept as written.
// Read right before the change: 1/5 (the full generic); after: 5/5.
export const ROUND_8_CHAINS_CLASS_BY_ENDING: Probe[] = [
  ['group', '我的他汀吃完了 5-302 谁能帮忙配一盒', 'medicine', 'items=他汀;qty=1;days=0;door=5-302'],
  ['group', '我爸的沙坦类的药吃完了 帮忙配两盒 5-302', 'medicine', 'items=沙坦类的药;qty=2;days=0;door=5-302'],
  ['group', '他汀類的藥沒了 麻煩幫忙配一盒 7棟101', 'medicine', 'items=他汀类的药;qty=1;days=0;door=7-101'],
  ['group', 'my statins ran out, can someone get a box, 5-302', 'medicine', 'items=statins;qty=1;days=0;door=5-302'],
  ['group', '阿托伐他汀吃完了 谁能帮忙配一盒 5-302', 'medicine', 'items=阿托伐他汀;qty=1;days=0;door=5-302'],
];
