/**
 * Round 15 probes (grandparents): what dev-38 (a 松江新城 compound of 随迁老人 — grandparents from 东北, 四川, 湖南, 河南, 山东,
 * 广东 and Taiwan, writing by voice in their own words, and the children and grandchildren writing for them) was misread on,
 * in sets by reason, in the writer's own sentences (none is a corpus row). [context, text, intent, fields?] as in
 * ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts; above each set: the reason, where
 * the fix is, and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1: none left, said in the grandparents' own words — 湖南 冇得了 / 冇得哒 (冇 read as 没有 left 没有得了), 东北 今儿 for
// 今天, 「就剩今天这颗了」 (this one, not 一颗), 「打完最后一支了」 (完 before 最后一), Cantonese 冇咗. Near misses: 冇得事 / 莫得事
// (no matter), a shop out of it, a stock that is still there. Fix: src/kernel/dialect.ts (冇得, 哒, 今儿/昨儿/明儿),
// commands/medicine/days.ts (这颗, 打完最后一). Read right before the change: 8/15. After: 15/15.
export const ROUND_15_DIALECT_RUN_OUT: Probe[] = [
  ['group', '我屋里老倌子的降压药冇得了 硝苯地平 要两盒 住3号楼1702', 'medicine', 'items=硝苯地平;qty=2;days=0;door=3-1702'],
  ['group', '我娭毑的二甲双胍冇得哒 哪位帮忙配一盒', 'medicine', 'items=二甲双胍;qty=1;days=0'],
  ['group', '老汉儿的阿托伐他汀一颗都莫得了 帮忙配两盒嘛 22号803', 'medicine', 'items=阿托伐他汀;qty=2;days=0;door=22-803'],
  ['group', '俺家老头的硝苯地平吃没了 咋整 谁给整两盒', 'medicine', 'items=硝苯地平;qty=2;days=0'],
  ['group', '老伴儿的胰岛素今儿个打完最后一支了 谁能帮整两支 11-1-702', 'medicine', 'items=胰岛素;qty=2;days=0;door=11-1-702'],
  ['group', '俺娘的苯磺酸氨氯地平就剩今儿这一片了 中不中帮配两盒', 'medicine', 'items=苯磺酸氨氯地平;qty=2;days=0'],
  ['group', '俺爹那个阿司匹林就剩今天这颗了 恁谁能帮买一盒', 'medicine', 'items=阿司匹林;qty=1;days=0'],
  ['group', '我家老太太的格列美脲就剩今晚这一颗了 帮忙配两盒 7栋902', 'medicine', 'items=格列美脲;qty=2;days=0;door=7-902'],
  ['group', '阿嫲嘅二甲雙胍冇咗 唔該幫手買兩盒 22座803', 'medicine', 'items=二甲双胍;qty=2;days=0;door=22-803'],
  ['group', '我爸的甘精胰岛素昨天打完最后一针了 今天还没打 求帮配两支', 'medicine', 'items=甘精胰岛素;qty=2;days=0'],
  ['group', '我公公的脈優已經吃光了 麻煩幫忙買一盒', 'medicine', 'items=脉优;qty=1;days=0'],
  ['group', '冇得事 我娭毑的降压药还有一个月的 莫担心', 'none'],
  ['group', '莫得事 老汉儿的药上礼拜就配到了 谢谢大家', 'none'],
  ['group', '硝苯地平药店都冇得了 跑了三家 你们莫白跑', 'none'],
  ['group', '今儿个核酸几点啊 俺家娃还没做', 'none'],
];

// Set 2: the elders' own 老家 brands and the 膏药 and oils of every province, which the lexicon did not know (复方罗布麻片,
// 保心安油, 撒隆巴斯, 骨通贴膏, 耐绞宁, 麝香壮骨膏), and 四川 哪个 (who) asking for one. Near misses: a 老家 brand only told of, the
// 膏药 talked about, offered or stuck on already. Fix: commands/medicine/lexicon.ts (the names). Read right before the change: 7/12.
// After: 12/12.
export const ROUND_15_HOMETOWN_BRANDS: Probe[] = [
  ['group', '俺娘吃了十几年的复方罗布麻片 快吃完了 谁家有先借两板', 'medicine', 'items=复方罗布麻片;qty=2;days=0'],
  ['group', '老汉儿只吃复方降压片 还剩四天 哪个帮帮忙看看配不配得到', 'medicine', 'items=复方降压片;days=4'],
  ['group', '唔該幫阿公買兩罐保心安油 屋企冇咗 22座803', 'medicine', 'items=保心安油;qty=2;days=0;door=22-803'],
  ['group', '我婆婆習慣貼撒隆巴斯 已經貼完了 有沒有人可以幫忙買兩盒', 'medicine', 'items=撒隆巴斯;qty=2;days=0'],
  ['group', '谁家有骨通贴膏 借俺两贴 腰又疼了', 'medicine', 'items=骨通贴膏;qty=2'],
  ['group', '我公公的耐絞寧過期了 想買一瓶新的備著 人沒事', 'medicine', 'items=耐绞宁;qty=1'],
  ['group', '老寒腿又犯了 谁家有麝香壮骨膏 借俺两贴', 'medicine', 'items=麝香壮骨膏;qty=2'],
  ['group', '哪个屋头有红花油 借一瓶嘛 老汉儿扭到腰了', 'medicine', 'items=红花油;qty=1'],
  ['group', '我爸在老家一直吃复方罗布麻片 来上海以后医生给换成氨氯地平了 现在挺好', 'none'],
  ['group', '撒隆巴斯比這邊的膏藥好用 我婆婆說的', 'none'],
  ['group', '我有多的骨通贴膏 谁要用来3号楼拿', 'none'],
  ['group', '保心安油我阿嫲日日都搽 搽完好舒服', 'none'],
];

// Set 3: task replies in the grandparents' words — 东北 嘎哈 / 得了 / 整完了, 四川 要得 / 送拢了, 河南 中, Cantonese 等阵 / 落去 /
// 搞掂. Near misses: 送拢 asked, 中 as a question, 去得了 asked. Only 东北 「我去得了」 (I'll go, done with waiting) was missed; fix:
// commands/volunteering/recognise.ts CLAIM. Read right before the change: 9/11. After: 11/11.
export const ROUND_15_DIALECT_TASK_REPLIES: Probe[] = [
  ['reply:task', '嘎哈还等着 俺去得了', 'task.claim'],
  ['reply:task', '俺去得了 你们别等了', 'task.claim'],
  ['reply:task', '要得 我去 等我穿个鞋', 'task.claim'],
  ['reply:task', '要得 药送拢了 放门口的', 'task.done'],
  ['reply:task', '送拢了 老人家收到了', 'task.done'],
  ['reply:task', '中 俺去 俺就在楼下', 'task.claim'],
  ['reply:task', '我接 我等阵就落去拎', 'task.claim'],
  ['reply:task', '整完了 药给老太太了', 'task.done'],
  ['reply:task', '搞掂 已經交俾阿婆', 'task.done'],
  ['reply:task', '药送拢没得', 'none'],
  ['reply:task', '中不中啊 这药能配到不', 'none'],
];

// Set 4: 「俺以为是老毛病」 — the writer thought at first it was the old complaint; now it does not ease. What one took for a habit
// is no habit (the fix: frames.ts HABIT, after 以为/当是; and set 6's sign). Near misses: 老毛病 said plainly, nothing happening now.
// Read right before the change: 6/7. After: 7/7.
export const ROUND_15_THOUGHT_IT_WAS_OLD: Probe[] = [
  ['group', '老头子胸口闷 俺以为是老毛病 含了救心丸半个钟头还是疼 满头大汗 快来人啊', 'emergency'],
  ['group', '我妈说头晕 我还以为是老毛病 现在站都站不起来了 嘴也歪了 快来人', 'emergency'],
  ['group', '老伴儿喘不上气 当是老毛病了 喷了药还是喘 嘴唇发紫 快来人帮忙', 'emergency'],
  ['group', '阿公心口痛 以為係老毛病 食咗藥都唔得 出晒冷汗 快啲嚟人', 'emergency'],
  ['group', '我爸胸口闷 老毛病了 歇一会儿就好 没事', 'none'],
  ['group', '俺娘头晕是老毛病 血压药吃着呢 大家放心', 'none'],
  ['group', '我一开始以为是老毛病 结果是落枕 哈哈', 'none'],
];

// Set 5: chatter of the grandparents that read as an ask — 晕死 (exasperated, not dizzy), asking after someone who fell the day
// before, 報名咗未 asked of oneself. Near misses: dizziness and a fall that are now, 晕死过去 (fainted). Fix: frames.ts HYPERBOLE
// (晕死 on its own), signs.ts 'unconscious' (晕死过去), volunteering NOT_SIGN_UP (报名了没 / 了未). Asking after yesterday's fall was
// already read right. Read right before the change: 5/8. After: 8/8.
export const ROUND_15_GRANDPARENT_CHATTER: Probe[] = [
  ['group', '又要多封七天 晕死 俺孙子天天闹着要下楼', 'none'],
  ['group', '团购的菜又没到 晕死了', 'none'],
  ['group', '昨天摔跤那个阿婆现在咋样了 有人知道不', 'none'],
  ['group', '琴日跌親嗰個阿伯而家好啲未', 'none'],
  ['reply:recruit', '我報名咗未啊 唔記得咗', 'none'],
  ['group', '我妈突然头晕得站不住 吐了两次 快来人', 'emergency'],
  ['group', '阿婆啱啱喺樓梯跌親 起唔到身 快啲嚟人', 'emergency'],
  ['group', '我妈晕死过去了 快来人', 'emergency'],
];

// Set 6: chest trouble with the rescue pills taken and no relief (README-38 4, README-18 9): 闷 or 疼 of the chest, then 救心丸,
// 硝酸甘油 or 保心丸 taken and the trouble still there — a sign now (commands/emergency/signs.ts, 'chest'). Near misses: eased by
// the pills last night, pills kept in reserve, a pill that did not help one sleep. Read right before the change: 4/9. After: 9/9.
export const ROUND_15_RESCUE_PILLS_NO_RELIEF: Probe[] = [
  ['group', '我爸胸口闷 含了两粒救心丸 二十分钟了还是闷 出了一身汗 快来人', 'emergency'],
  ['group', '老伴儿心口疼 硝酸甘油含了两回 还是疼 俺住22号803 快来人', 'emergency', 'door=22-803'],
  ['group', '俺娘心口难受 吃了速效救心丸 半个钟头还不见好 脸煞白 快来人看看', 'emergency'],
  ['group', '阿爺心口翳 食咗兩粒救心丸都冇用 出晒冷汗 快啲嚟人', 'emergency'],
  ['group', '老头子胸口闷得慌 麝香保心丸吃了三粒了还是闷 满头大汗 谁懂快来', 'emergency'],
  ['group', '我婆婆胸口悶 含了耐絞寧還是很悶 一直冒冷汗 拜託快來', 'emergency'],
  ['group', '我爸昨晚胸口闷 含了救心丸就好了 今天好好的', 'none'],
  ['group', '我妈说吃了救心丸还是睡不着 老是想老家', 'none'],
  ['group', '速效救心丸还剩一瓶 想再备一瓶 人没事', 'medicine', 'items=速效救心丸;qty=1'],
];

// Set 7: a task reported done or taken in the grandparents' words, beyond set 3 — 四川 送拢 (delivered), 东北 完事了, the order
// 结束了, and a Cantonese claim with a please for the old lady after it (唔該同阿婆講聲). Near misses: 送拢 and 结束 asked. Fix:
// src/kernel/dialect.ts (送拢 → 送到; 唔该 before 同/话/讲/叫 is please), commands/volunteering/recognise.ts DONE (这单结束了, 完事了).
// Read right before the change: 5/10. After: 10/10.
export const ROUND_15_SENT_AND_TOLD: Probe[] = [
  ['reply:task', '要得嘛 送拢咯', 'task.done'],
  ['reply:task', '药送拢了 婆婆在屋头', 'task.done'],
  ['reply:task', '东西送拢了哈', 'task.done'],
  ['reply:task', '这单完事了 老太太说谢谢', 'task.done'],
  ['reply:task', '这单结束了 药给阿姨了', 'task.done'],
  ['reply:task', '我接 等阵落去攞 唔該同阿婆講聲', 'task.claim'],
  ['reply:task', '我接 等阵就去 麻烦跟阿婆说一声', 'task.claim'],
  ['reply:task', '啥时候送拢哦 婆婆在等', 'none'],
  ['reply:task', '这单结束了吗', 'none'],
  ['reply:task', '完事了没 老太太问呢', 'none'],
];

// Set 8: 「帮忙看看能不能配到」 — asked to try and get a medicine; ELSEWHERE (commands/medicine/recognise.ts) read every 帮忙看看 …
// 能不能 as advice asked (「帮我看看这个药能不能一起吃」). A 看看能不能 followed by getting it (配, 买, 弄到) asks for it. Near misses:
// the advice itself. The same 看看 before 能不能配到 is no question put to everyone either (ANNOUNCED). Read right before the
// change: 3/8. After: 8/8.
export const ROUND_15_SEE_IF_YOU_CAN_GET: Probe[] = [
  ['group', '老汉儿的复方降压片还剩两天 哪个帮忙看看能不能配到', 'medicine', 'items=复方降压片;days=2'],
  ['group', '俺娘的复方罗布麻片没了 谁帮忙看看能不能买到', 'medicine', 'items=复方罗布麻片;days=0'],
  ['group', '帮忙看看能不能买到北京降压0号 我爸只吃这个 还有三天', 'medicine', 'items=北京降压0号;days=3'],
  ['group', '我妈的甘精胰岛素还剩一支 麻烦大家帮我看看能不能配两支', 'medicine', 'items=甘精胰岛素;qty=2'],
  ['group', '麻烦帮忙看看能不能弄到硝苯地平 婆婆的药冇得了', 'medicine', 'items=硝苯地平;days=0'],
  ['group', '谁是医生 帮我看看这两个药能不能一起吃', 'none'],
  ['group', '帮我看看这个药是不是过期了 盒子上的字太小', 'none'],
  ['group', '帮忙看看能不能一起吃 氨氯地平和二甲双胍', 'none'],
];
