/**
 * Round 16 probes (dev41): the misreadings of dev-41, a 浦东 川沙/周浦 动迁安置房 compound (README-41): grandparents in
 * 浦东本地话, children in 市区 writing for them, a phase (期) before every door. Sentences of the writer's own, written before
 * each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is
 * played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: the phase of the estate said in English ("Phase 3 building 11 room 1502", "phase 2, bldg 9") was read as the count
// asked for: the door is cut out first, and the number left before it looked like "grab 2 Plavix". The fix: EN_COUNT_NAME
// (commands/medicine/items.ts) never takes a number after phase, zone, block, building, room, floor, gate…. Near misses: a
// count said beside the phase stays the count; the phase in a bulletin or a question stays none.
// Read right before the change: 8/10. After: 10/10.
export const DEV41_PHASE_IS_NO_COUNT: Probe[] = [
  ['group', "Mum's metformin is all gone. Phase 2 building 9 room 401", 'medicine', 'items=metformin;days=0;door=9-401'],
  ['group', 'Could someone get my grandad some amlodipine? phase 1, building 6, room 202', 'medicine', 'items=amlodipine;door=6-202'],
  ['group', 'Need insulin for my nan please, Phase 3 bldg 18 rm 1102', 'medicine', 'items=insulin;door=18-1102'],
  ['group', 'Two boxes of Plavix for my father please, phase 3 building 11 room 1502', 'medicine', 'items=plavix;qty=2;door=11-1502'],
  ['group', '阿拉老头子格降压药吃光了 3期12号楼301', 'medicine', 'items=降压药;days=0;door=12-301'],
  ['group', '二甲双胍没了 二期9号楼401 麻烦帮忙配', 'medicine', 'items=二甲双胍;days=0;door=9-401'],
  ['group', '麻烦配两盒缬沙坦 一期5号602', 'medicine', 'items=缬沙坦;qty=2;door=5-602'],
  ['group', '我婆婆的拜新同沒了 3期18號1102', 'medicine', 'items=拜新同;days=0;door=18-1102'],
  ['group', 'Phase 3 tested negative again today, well done everyone', 'none'],
  ['group', 'is phase 2 allowed out tomorrow?', 'none'],
];

// Set 2: the Shanghainese 格 (的) between the verb and what is needed (「要配格是 恩替卡韦」, 「想配格药是…」) or after 新 (「配一瓶新格」,
// a new one) was read as part of a name (格是, 新格) or as the only name. The fix: a rule in src/kernel/dialect.ts (格 after
// 配/吃/用/要/缺… before 是 or 药, and after 新/旧, is 的; both forms also mark a message as dialect). Near misses: 格列美脲 stays a
// name, 价格是 a price, 新格 before 口罩 nothing asked.
// Read right before the change: 8/10. After: 10/10.
export const DEV41_GE_IS_DE: Probe[] = [
  ['group', '阿拉屋里格硝酸甘油过期了 想配一瓶新格 5号楼602', 'medicine', 'items=硝酸甘油;qty=1;door=5-602'],
  ['group', '丹参滴丸到期了 想再配两瓶新格放屋里备着', 'medicine', 'items=丹参滴丸;qty=2'],
  ['group', '要配格是 二甲双胍 两盒 12号楼301', 'medicine', 'items=二甲双胍;qty=2;door=12-301'],
  ['group', '伊要吃格是 厄贝沙坦 一盒就够了', 'medicine', 'items=厄贝沙坦;qty=1'],
  ['group', '老太婆要用格是 甘精胰岛素 帮忙配两支', 'medicine', 'items=甘精胰岛素;qty=2'],
  ['group', '速效救心丸过期了 配一瓶新的备着', 'medicine', 'items=速效救心丸;qty=1'],
  ['group', '想配格药是 缬沙坦 三盒 18号1102室', 'medicine', 'items=缬沙坦;qty=3;door=18-1102'],
  ['group', '新格口罩到了伐', 'none'],
  ['group', '格列美脲 一盒 3期20号601室', 'medicine', 'items=格列美脲;qty=1;door=20-601'],
  ['group', '菜价格是老早两倍', 'none'],
];

// Set 3: a scare of the past told in 浦东本地话 was read as one now: 老早 (long ago, 「老早村里有人心脏病发…」) and
// 「后来好了伐」 / 「现在醒了伐」 (someone from an earlier scare asked after), and a fall settled by the faller (「自家爬起来了 勿要紧
// 讲讲而已」). The fix, in commands/emergency/frames.ts: 老早 in PAST and LONG_AGO only before a place or time of the past (村里,
// 辰光, 住…; not 老早就, nor 「老早出来倒垃圾了」, long since); 后来/现在 醒了吗 / 好了吗 in ASKED_AFTER; 讲讲而已 and 自己/自家爬起来了 不要紧 in SETTLED. Near misses: a stroke or a faint now, still
// not getting up, 老早就讲过 before a faint now stay emergencies; the fall with pain now and 要紧伐 stays asked (README-41 6).
// Read right before the change: 10/15. After: 15/15.
export const DEV41_SCARE_OF_THE_PAST: Probe[] = [
  ['group', '老早阿拉村里有个阿伯跌进河浜 是赤脚医生救上来格', 'none'],
  ['group', '老早村里有人心脏病发 是抬到卫生院去格 现在方便多了', 'none'],
  ['group', '昨日夜里隔壁楼格救护车 是伊拉老头子心口痛 今朝已经出院了', 'none'],
  ['group', '下半天勒楼下晕倒格阿叔 后来好了伐', 'none'],
  ['group', '上半天勒核酸点有人晕过去 现在醒了伐', 'none'],
  ['group', '前两天跌跤格阿婆 现在好点了伐', 'none'],
  ['group', '昨日夜里伊拉屋里老太太中风 送到浦东医院 今朝已经好多了', 'none'],
  ['group', '我下楼梯辰光跌了一跤 自家爬起来了 勿要紧 讲讲而已', 'none'],
  ['group', '阿拉老太婆跌了一跤 自家爬起来了 勿要紧 就是手有点痛', 'none'],
  ['group', '阿拉老头子刚刚中风了 嘴巴歪了 3期5号楼302 快点', 'emergency', 'door=5-302'],
  ['group', '下半天勒伊跌倒了 到现在还爬勿起来 叫伊也勿应', 'emergency'],
  ['group', '核酸点有个阿婆晕过去了 叫勿醒 快来人', 'emergency'],
  ['group', '老早就讲过了 伊现在又晕过去了 叫勿醒', 'emergency'],
  ['group', '我刚刚跌了一跤 自家爬起来了 现在腰痛得勿得了 要紧伐', 'emergency.ask'],
  ['group', '伊跌倒了 爬勿起来 叫伊也勿应', 'emergency'],
];
