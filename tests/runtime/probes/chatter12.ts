/**
 * Round 12 probes (chatter12): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: a medicine offered to whoever needs it, the taker named by their need (谁急用, 哪家要用的, 有需要的邻居, 缺的, "whoever
// needs them") and told to come and take it (来拿, 过来取, 上嚟攞, "come pick up"): the taking is the reader's, nothing is asked;
// a medicine asked for, with the writer (我来拿) or a helper with time (谁有空…拿) taking it, still asks.
// Read right before the change: 9/14; after: 14/14.
export const ROUND_12_CHATTER_NEEDER_TAKES: Probe[] = [
  ['group', '退烧药我屋里囤了好几盒 哪家小孩要用的 直接上来拿', 'none'],
  ['group', '我婆婆留下两瓶速效救心丸 有要用的老人可以过来拿', 'none'],
  ['group', '屋企仲有幾盒感冒藥 邊家用得着可以上嚟攞', 'none'],
  ['group', '連花清瘟我家還有一箱 有需要的鄰居可以來取', 'none'],
  ['group', 'We still have a few boxes of paracetamol, whoever needs them can come pick up at 3-602', 'none'],
  ['group', '我这里有两支体温计 哪位缺的可以来拿', 'none'],
  ['group', '酒精棉片还有不少 缺的话随时来我家门口拿', 'none'],
  ['group', 'Got spare inhalers at home, anyone short can come grab one from 14-1203', 'none'],
  ['group', '阿拉屋里厢还有三盒硝苯地平 啥人家要用就来拿好了', 'none'],
  ['group', '蒙脱石散家里还剩一些 急需的可以到9号楼1102门口自取', 'none'],
  ['group', '我爸的降压药只剩一天了 谁有空可以帮忙去医院拿一下 6号楼302', 'medicine', 'items=降压药;days=1;door=6-302'],
  ['group', '谁家有布洛芬 我可以来拿 孩子烧到39度 9号楼1001', 'medicine', 'items=布洛芬;door=9-1001'],
  ['group', '需要布洛芬 谁家有多的 我自己来拿 3号楼401', 'medicine', 'items=布洛芬;door=3-401'],
  ['group', '家里布洛芬吃完了 孩子发烧 谁家有多的 我马上过来拿 11号楼702', 'medicine', 'items=布洛芬;days=0;door=11-702'],
];
