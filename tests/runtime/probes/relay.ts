/**
 * Round 8 probes (issue 13): medicine relayed for several households in one message, by a building lead or a
 * volunteer. [context, text, intent, fields, households]: the intent and fields as the corpus labels them
 * (README-5 rule 4, README-8 rule 1: every medicine, the first household's count, door and days), and each
 * household's own request as it is recorded, `door:name×count、name×count[;days=N][;patient=X]` joined by `|`
 * ('' when the message is one household's and must stay one request).
 */
export type RelayProbe = [string, string, string, string, string];

/**
 * Set A: each household with its door written in full (号楼, 號樓, 栋, full-width digits, a line each, the door
 * after its medicine). Before: 0/6 split (every medicine went under the first door); 6/6 intents and fields.
 * After: 6/6 split, 6/6 fields.
 */
export const ROUND_8_RELAY_DOORS: RelayProbe[] = [
  ['group', '5号楼302王阿姨 氨氯地平两盒 5号楼601李伯伯 二甲双胍三盒 麻烦帮忙配', 'medicine', 'items=氨氯地平|二甲双胍;qty=2;door=5-302', '5-302:氨氯地平×2;patient=王阿姨|5-601:二甲双胍×3;patient=李伯伯'],
  ['group', '幫忙登記一下 7號樓1201陳婆婆 降壓藥兩盒 還剩三天 7號樓1502黃伯 胰島素三支', 'medicine', 'items=降压药|胰岛素;qty=2;days=3;door=7-1201', '7-1201:降压药×2;days=3;patient=陈婆婆|7-1502:胰岛素×3;patient=黄伯'],
  ['group', '８号楼２０２张阿姨 阿托伐他汀１盒\n９号楼３０１刘老师 硝苯地平２盒', 'medicine', 'items=阿托伐他汀|硝苯地平;qty=1;door=8-202', '8-202:阿托伐他汀×1;patient=张阿姨|9-301:硝苯地平×2;patient=刘老师'],
  ['group', '12栋302 王阿姨 络活喜2盒\n12栋405 李叔叔 拜新同1盒\n12栋601 张奶奶 阿卡波糖3盒', 'medicine', 'items=络活喜|拜新同|阿卡波糖;qty=2;door=12-302', '12-302:络活喜×2;patient=王阿姨|12-405:拜新同×1;patient=李叔叔|12-601:阿卡波糖×3;patient=张奶奶'],
  ['group', '降压药两盒给6号楼502 胰岛素一支给6号楼601 谢谢志愿者', 'medicine', 'items=降压药|胰岛素;qty=2;door=6-502', '6-502:降压药×2|6-601:胰岛素×1'],
  ['group', '楼组长报药:13号楼1102 二甲双胍 两盒;13号楼1202 氨氯地平 一盒;13号楼1302 阿司匹林 三盒', 'medicine', 'items=二甲双胍|氨氯地平|阿司匹林;qty=2;door=13-1102', '13-1102:二甲双胍×2|13-1202:氨氯地平×1|13-1302:阿司匹林×3'],
];

/**
 * Set B: the building said once and the rooms after it (or the building after them: 「都是12栋的」), in digits and
 * spoken numerals, run on without a stop as voice input writes, traditional, English. Before: 0/7 split; 7/7
 * intents, 4/7 fields (no door read for spoken rooms under 六号楼, rooms before 「都是12栋的」, or rooms under an
 * English building before a colon). After: 7/7 split, 7/7 fields (the reading's door is the first household's).
 */
export const ROUND_8_RELAY_ROOMS: RelayProbe[] = [
  ['group', '我是10号楼楼组长 我们楼1202的阿婆要阿司匹林一盒 还有1401的老陈要二甲双胍两盒', 'medicine', 'items=阿司匹林|二甲双胍;qty=1;door=10-1202', '10-1202:阿司匹林×1;patient=阿婆|10-1401:二甲双胍×2'],
  ['group', '喂我是六号楼的志愿者啊三零二的王阿姨要降压药两盒啊五零一的李伯伯要胰岛素一支啊麻烦大家了', 'medicine', 'items=降压药|胰岛素;qty=2;door=6-302', '6-302:降压药×2;patient=王阿姨|6-501:胰岛素×1;patient=李伯伯'],
  ['group', '302 络活喜两盒, 405 拜新同一盒, 都是12栋的', 'medicine', 'items=络活喜|拜新同;qty=2;door=12-302', '12-302:络活喜×2|12-405:拜新同×1'],
  ['group', '2号楼报药\n101 阿卡波糖 3盒\n203 格华止 2盒\n306 立普妥 1盒', 'medicine', 'items=阿卡波糖|格华止|立普妥;qty=3;door=2-101', '2-101:阿卡波糖×3|2-203:格华止×2|2-306:立普妥×1'],
  ['group', '四號樓 五零二 張伯伯 降壓藥兩盒 六零一 李婆婆 止痛藥一盒', 'medicine', 'items=降压药|止痛药;qty=2;door=4-502', '4-502:降压药×2;patient=张伯伯|4-601:止痛药×1;patient=李婆婆'],
  ['group', 'for building 11: flat 1003 Grandma Xu atorvastatin 2 boxes, 3 days left; flat 1204 Uncle Sun metformin 1 box', 'medicine', 'items=atorvastatin|metformin;qty=2;days=3;door=11-1003', '11-1003:atorvastatin×2;days=3|11-1204:metformin×1'],
  ['group', '5幢 201 钙片两瓶 还有五天 307 眼药水一支', 'medicine', 'items=钙片|眼药水;qty=2;days=5;door=5-201', '5-201:钙片×2;days=5|5-307:眼药水×1'],
];

/**
 * Set C (guards): one household, however many medicines or doors it names, stays one request: two medicines
 * for one door, the writer's own door beside a neighbour's, a delivery address, two doors of one home. Before:
 * 5/5 not split, 5/5 fields; after the same.
 */
export const ROUND_8_ONE_HOUSEHOLD: RelayProbe[] = [
  ['group', '5号楼302王阿姨 氨氯地平两盒 二甲双胍三盒', 'medicine', 'items=氨氯地平|二甲双胍;qty=2;door=5-302', ''],
  ['group', '我是3号楼201的小周 楼上王阿姨(3号楼501)的胰岛素用完了 要两支', 'medicine', 'items=胰岛素;qty=2;days=0;door=3-501', ''],
  ['group', '5号楼302 降压药两盒 送到5号楼101我女儿家', 'medicine', 'items=降压药;qty=2;door=5-302', ''],
  ["group", "I'm from 8-402, my neighbour in 8-302 needs 2 boxes of metformin", 'medicine', 'items=metformin;qty=2;door=8-302', ''],
  ['group', '6号楼501和6号楼502是一家 打通的 降压药两盒 可以替换', 'medicine', 'items=降压药;qty=2;door=6-501', ''],
];

/**
 * Set D: doors listed together, then one medicine for each of them (各一盒, 都要, "both need … each"): the same
 * medicine for every household, not for the first only. Before: 0/5 split (one request, for the first door; the
 * others silently lost); 5/5 intents, 4/5 fields (the English reading took the second room's door).
 */
export const ROUND_8_RELAY_EACH: RelayProbe[] = [
  ['group', '6号楼101 102 103 三户都要降压药 各一盒', 'medicine', 'items=降压药;qty=1;door=6-101', '6-101:降压药×1|6-102:降压药×1|6-103:降压药×1'],
  ['group', 'Room 301 and room 502 in building 6 both need paracetamol, 1 box each', 'medicine', 'items=paracetamol;qty=1;door=6-301', '6-301:paracetamol×1|6-502:paracetamol×1'],
  ['group', '5号楼201、202各要一盒布洛芬', 'medicine', 'items=布洛芬;qty=1;door=5-201', '5-201:布洛芬×1|5-202:布洛芬×1'],
  ['group', '7號樓301和302 都要胰島素兩支 還有兩天', 'medicine', 'items=胰岛素;qty=2;days=2;door=7-301', '7-301:胰岛素×2;days=2|7-302:胰岛素×2;days=2'],
  ['group', '９栋８０１跟９栋９０２ 每户阿司匹林一盒', 'medicine', 'items=阿司匹林;qty=1;door=9-801', '9-801:阿司匹林×1|9-902:阿司匹林×1'],
];

/**
 * Set E: who each household is and when it runs out, said around the doors: a name before the door (「李伯:5-601」),
 * a surname and one kin word after it (陈伯, 黄姨), a unit carried with the building (「2单元601」), days said once for
 * all, before the list or after it (「两户的药都只剩一天了」, 「都快吃完了」, "both have only 2 days left"). Before: 0/5
 * split; 5/5 intents and fields.
 */
export const ROUND_8_RELAY_WHO_AND_WHEN: RelayProbe[] = [
  ['group', '王阿姨:5-302 降压药两盒;李伯:5-601 胰岛素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-302', '5-302:降压药×2;patient=王阿姨|5-601:胰岛素×1;patient=李伯'],
  ['group', '兩戶的藥都只剩一天了 8號樓302 陳伯 降壓藥兩盒 8號樓405 黃姨 胰島素一支', 'medicine', 'items=降压药|胰岛素;qty=2;days=1;door=8-302', '8-302:降压药×2;days=1;patient=陈伯|8-405:胰岛素×1;days=1;patient=黄姨'],
  ['group', '3号楼2单元502 降压药两盒 2单元601 胰岛素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=3-2-502', '3-2-502:降压药×2|3-2-601:胰岛素×1'],
  ['group', '5-302 降压药两盒 5-601 胰岛素一支 都快吃完了', 'medicine', 'items=降压药|胰岛素;qty=2;days=0;door=5-302', '5-302:降压药×2;days=0|5-601:胰岛素×1;days=0'],
  ['group', '7-201 amlodipine x2, 7-305 metformin x1, both have only 2 days left', 'medicine', 'items=amlodipine|metformin;qty=2;days=2;door=7-201', '7-201:amlodipine×2;days=2|7-305:metformin×1;days=2'],
];

/**
 * Set F: rooms only, and no building named anywhere in the message (a lead writing for their own stairwell): still
 * one request per household, the building left blank (`-502`) to be asked once, never the first room's household
 * taking every medicine. Before: 0/4 split; 4/4 intents and fields.
 */
export const ROUND_8_RELAY_NO_BUILDING: RelayProbe[] = [
  ['group', '502阿婆 降压药2盒 601王老伯 胰岛素1支 帮忙配一下', 'medicine', 'items=降压药|胰岛素;qty=2', '-502:降压药×2;patient=阿婆|-601:胰岛素×1;patient=王老伯'],
  ['group', '帮我们楼报一下 三零一 阿司匹林一盒 四零二 硝苯地平两盒', 'medicine', 'items=阿司匹林|硝苯地平;qty=1', '-301:阿司匹林×1|-402:硝苯地平×2'],
  ['group', '1201 陳婆婆 胰島素兩支\n1503 何生 降壓藥一盒', 'medicine', 'items=胰岛素|降压药;qty=2', '-1201:胰岛素×2;patient=陈婆婆|-1503:降压药×1'],
  ['group', 'room 702 insulin 2 pens, room 905 aspirin 1 box, thanks', 'medicine', 'items=insulin|aspirin;qty=2', '-702:insulin×2|-905:aspirin×1'],
];

/**
 * Set G: the writer's own household among those relayed (「本人住8号楼702 自己要… 对门703的老太太要…」, "I'm in
 * 10-1101, … my metformin … my neighbour in 10-1102 …"), a lead's own door said first as who they are with the
 * rooms under its building, and a door said again (the same household, one request). Before: 0/5 split; 5/5
 * intents, 3/5 fields (the lead's own door 5-301 took both households' medicines; the English reading took the
 * neighbour's door). After: 5/5 split, 5/5 fields.
 */
export const ROUND_8_RELAY_OWN_AND_AGAIN: RelayProbe[] = [
  ['group', '本人住8号楼702 自己要二甲双胍两盒 对门703的老太太要钙片一瓶', 'medicine', 'items=二甲双胍|钙片;qty=2;door=8-702', '8-702:二甲双胍×2|8-703:钙片×1;patient=老太太'],
  ['group', "I'm in 10-1101, please get my metformin 2 boxes and for my neighbour in 10-1102 amlodipine 1 box", 'medicine', 'items=metformin|amlodipine;qty=2;door=10-1101', '10-1101:metformin×2|10-1102:amlodipine×1'],
  ['group', '我是5-301的楼组长 502阿婆降压药两盒 601胰岛素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-502', '5-502:降压药×2;patient=阿婆|5-601:胰岛素×1'],
  ['group', '5-502 降压药两盒 5-601 胰岛素一支 5-502 还要阿司匹林一盒', 'medicine', 'items=降压药|胰岛素|阿司匹林;qty=2;door=5-502', '5-502:降压药×2、阿司匹林×1|5-601:胰岛素×1'],
  ['group', '我家５－２０１要降壓藥兩盒 隔壁５－２０２嘅阿婆要胰島素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-201', '5-201:降压药×2|5-202:胰岛素×1;patient=阿婆'],
];

/**
 * Set H (guards): a door the medicine is to be taken to (送到, 交给, 放到, "deliver to", "drop them off at") is no
 * household asking for it: one household, one request, its medicines said on both sides of the address. Before this
 * round: 4/4 not split, 4/4 intents and fields; this round's split without the rule cut the first two at the address
 * (the address took the medicine said after it); after: 4/4.
 */
export const ROUND_8_DELIVERED_TO: RelayProbe[] = [
  ['group', '5号楼302王阿姨的降压药两盒 她住院了 送到3号楼601她儿子家 胰岛素也要一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-302', ''],
  ['group', 'room 702 insulin 2 pens, deliver to room 905, aspirin 1 box', 'medicine', 'items=insulin|aspirin;qty=2', ''],
  ['group', 'Mrs Li 5-302 needs 2 boxes of amlodipine, please drop them off at 5-601 her daughter, and 1 box of aspirin', 'medicine', 'items=amlodipine|aspirin;qty=2;door=5-302', ''],
  ['group', '7號樓1101陳伯 降壓藥兩盒 請送到7號樓1201他女兒家 另外胰島素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=7-1101', ''],
];

/**
 * Set I: a household whose medicines are those of the one before (「601 同上」, 「四零二 一樣」, 「202也是一样的」,
 * "same as above"): its own request with the same medicines and counts, not a part left unread. Before: 0/4 split;
 * 4/4 intents and fields.
 */
export const ROUND_8_RELAY_DITTO: RelayProbe[] = [
  ['group', '5号楼502 降压药两盒\n601 同上\n702 胰岛素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-502', '5-502:降压药×2|5-601:降压药×2|5-702:胰岛素×1'],
  ['group', '4-1101 atorvastatin 2 boxes; 4-1203 same as above; 4-1305 aspirin 1 box', 'medicine', 'items=atorvastatin|aspirin;qty=2;door=4-1101', '4-1101:atorvastatin×2|4-1203:atorvastatin×2|4-1305:aspirin×1'],
  ['group', '八號樓 三零一 阿卡波糖三盒 四零二 一樣 五零三 鈣片一瓶', 'medicine', 'items=阿卡波糖|钙片;qty=3;door=8-301', '8-301:阿卡波糖×3|8-402:阿卡波糖×3|8-503:钙片×1'],
  ['group', '12栋201要格华止两盒 202也是一样的 都不能换', 'medicine', 'items=格华止;qty=2;door=12-201', '12-201:格华止×2|12-202:格华止×2'],
  // (Added after the change: 「跟上次一样」, "same as last time" is that household's usual medicine, not the one before —
  // left unread and told, never copied. 0/2 split before, 2/2 after.)
  ['group', '5号楼502 降压药两盒 601 跟上次一样 702 胰岛素一支', 'medicine', 'items=降压药|胰岛素;qty=2;door=5-502', '5-502:降压药×2|5-601:|5-702:胰岛素×1'],
  ['group', '4-1101 atorvastatin 2 boxes; 4-1203 same as last time; 4-1305 aspirin 1 box', 'medicine', 'items=atorvastatin|aspirin;qty=2;door=4-1101', '4-1101:atorvastatin×2|4-1203:|4-1305:aspirin×1'],
];
