/**
 * Round 12 probes (medicine12): sentences of the writer's own, written before each change, in sets by reason.
 * [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set A: one's own stock offered to whoever needs it — 谁/哪位/大家/有 + a need (需要, 急用, 急需, 用得着) + 可以/就/直接 before the
// taking (拿, 取, 攞), with or without 来 — is an offer, not a request (「家里还有两盒布洛芬 谁急用可以来拿」). Asking whether one may
// come and take it (「我急用 可以来拿吗」), or the writer coming to take it, stays a request.
// Read right before the change: 6/10 (the three requests, and three offers the older forms already read).
export const ROUND_12_MEDICINE_SPARE_FOR_WHOEVER_NEEDS: Probe[] = [
  ['group', '我屋里还有三盒阿莫西林 哪家用得着可以拿', 'none'],
  ['group', '家里备了两瓶藿香正气水 大家有需要可以过来取', 'none'],
  ['group', '我这还有一盒退热贴 谁家小孩急用就来拿 5号楼门口', 'none'],
  ['group', '我屋企仲有兩盒必理痛 邊個需要可以嚟攞', 'none'],
  ['group', '楼下王阿姨家里有多的蒙脱石散 哪位急需可以直接拿', 'none'],
  ['group', '我手上还有一盒氯雷他定 需要的人可以拿去', 'none'],
  ['group', '谁家有布洛芬 我急用 可以来拿吗 3号楼502', 'medicine', 'items=布洛芬;door=3-502'],
  ['private', '我急需两盒阿莫西林 有的邻居可以放我门口 7号楼301', 'medicine', 'items=阿莫西林;qty=2;door=7-301'],
  ['group', '我妈的降压药吃完了 哪位有的话我可以来拿 8号楼1203', 'medicine', 'items=降压药;days=0;door=8-1203'],
];
