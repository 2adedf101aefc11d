/**
 * Round 15 probes (medintent15): whether a group message is a medicine request at all — needs said in ways the reader did
 * not know, and talk about medicine that asks for nothing. Sentences of the writer's own, written before each change, in sets
 * by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: one's stock said low in words the reader did not know — 断顿, 还有最后两粒, 只剩两顿, 下礼拜一就吃完了, 吃得差不多了,
// Cantonese 食得七七八八, 两三天就没有了, "down to the last few tablets", "has no more of her…", "only has one bottle left", "will
// finish on Sunday" — and, with no name, little left of one's own or one's family's medicine said in the clause of 药 (「我家里药不多
// 了」) is a need (STOCK_LOW and the end of readNeed in commands/medicine/recognise.ts, OUT and the days pattern in days.ts). A shop's
// last boxes with buyers told to hurry (GO_AND_BUY in talk.ts), a shop's one box left, the last days of a lockdown stay talk.
// Read right before the change: 7/20. After: 20/20.
export const ROUND_15_MEDINTENT_LOW_SAID_OTHERWISE: Probe[] = [
  ['group', '老妈子的降糖药断顿了', 'medicine', 'items=降糖药;days=0'],
  ['group', '降压药还有最后两粒', 'medicine', 'items=降压药'],
  ['group', '爸爸的药下礼拜一就吃完了', 'medicine'],
  ['group', '我家里药不多了 快撑不住了', 'medicine'],
  ['group', '母亲心脏药只剩两顿了', 'medicine', 'items=心脏药'],
  ['group', '我的药吃得差不多了', 'medicine'],
  ['group', '阿爸啲藥食得七七八八', 'medicine'],
  ['group', '药还有两三天就没有了 怎么弄', 'medicine', 'days=2'],
  ['group', "we're down to the last few tablets of mum's warfarin", 'medicine', 'items=warfarin'],
  ['group', 'gran has no more of her heart pills', 'medicine', 'items=heart pills;days=0'],
  ['group', "my father's Parkinson's meds will finish on sunday, any volunteer going to the hospital?", 'medicine', "items=parkinson's meds"],
  ['group', 'my mum needs her eye drops, she only has one bottle left', 'medicine', 'items=eye drops'],
  ['group', '最后两天了 大家坚持住', 'none'],
  ['group', '药店里就剩最后两盒连花清瘟了 要买的抓紧', 'none'],
  ['group', "we're down to the last few days of lockdown, hang in there", 'none'],
  ['group', 'the pharmacy only has one box left of paracetamol, go early', 'none'],
  ['group', '上次封控我爸的药吃得差不多了 还好后来配到了', 'none'],
  ['group', '这次配药的名单下礼拜一就截止了', 'none'],
  ['group', '胰岛素针头我家还有最后两盒 谁家要可以来拿', 'none'],
  ['group', '饭菜吃得差不多了 药也按时吃了 放心', 'none'],
];

// Set 2: 可以顺路/顺便 read as an offer by the way (ANNOUNCED) even after 有没有人, 哪位, 有冇街坊 asked who could — then it is an
// indirect ask; and "is there anyone who can…" is a question, not advice to "anyone who". Offers by the way still offer nothing.
// Read right before the change: 7/12. After: 12/12.
export const ROUND_15_MEDINTENT_ASKED_BY_THE_WAY: Probe[] = [
  ['group', '有没有人可以顺路帮我拿一下药 就在社区医院 已经开好了', 'medicine'],
  ['group', '哪位可以顺路带一下 我妈的胰岛素', 'medicine', 'items=胰岛素'],
  ['group', '有没有邻居可以顺便帮我爸配一下药', 'medicine'],
  ['group', '谁可以顺便帮我带盒降压药 明天出门的话', 'medicine', 'items=降压药;qty=1'],
  ['group', '有冇街坊可以順路幫我攞藥', 'medicine'],
  ['group', '阿拉隔壁有啥人可以顺路帮阿拉带点感冒药', 'medicine', 'items=感冒药'],
  ['group', 'is there anyone who can pick up my mum\'s meds on the way, they are ready at the clinic', 'medicine'],
  ['group', '可以顺便帮我带一盒布洛芬吗 谢谢', 'medicine', 'items=布洛芬;qty=1'],
  ['group', '志愿者明天去医院 可以顺便帮大家配药 要的报名', 'none'],
  ['group', '我明天去药店 可以顺路 需要的说一声', 'none'],
  ['group', '楼长说明天可以顺便帮大家带药 有需要的找他', 'none'],
  ['group', '谁明天去医院 我可以一起去 顺便帮你们拿', 'none'],
];

// Set 3: talk read as a request — thanks to a giver named by where they live (「多谢8号楼阿姨送的…」, THANKS_FOR_GIVEN), advice to
// everyone with a place between (「大家药箱里要常备…」), advice as a condition (「药吃完了就去登记」), several households' old people
// blamed on those in charge (THE_OLD_AT_LARGE), "anyone else's kid get a rash from…" (ASK's anyone…get), "happy to share… DM me"
// (OFFER). One's own need beside the same words still asks. Read right before the change: 5/13. After: 13/13.
export const ROUND_15_MEDINTENT_TALK_NOTHING_ASKED: Probe[] = [
  ['group', '多谢8号楼阿姨送的两盒退烧药', 'none'],
  ['group', '谢谢楼上小王给的一盒布洛芬 孩子烧退了', 'none'],
  ['group', '多謝隔籬陳太送嘅兩盒必理痛', 'none'],
  ['group', '大家药箱里要常备创可贴和碘伏', 'none'],
  ['group', '各位屋里厢最好常备点退烧药', 'none'],
  ['group', '药吃完了就去登记 别拖', 'none'],
  ['group', '楼里有几户老人药快断了 居委会管不管啊', 'none'],
  ['group', "Anyone else's kid get a rash from amoxicillin?", 'none'],
  ['group', 'Happy to share some paracetamol if anyone\'s kids get a fever, DM me', 'none'],
  ['group', '我家老人药快断了 居委会管不管啊', 'medicine', 'days=0'],
  ['group', '谢谢8号楼阿姨 能不能再借我两片退烧药', 'medicine', 'items=退烧药;qty=2'],
  ['group', '大家好 我家药箱里的创可贴用完了 谁家有多的', 'medicine', 'items=创可贴;days=0'],
  ['group', 'Could anyone get some paracetamol for my kid, fever since last night', 'medicine', 'items=paracetamol'],
];
