/**
 * Round 16 probes (medintent16): whether a group message is a medicine request at all — needs said as residents say them
 * (a horizon by the day of the week, little left in dialect or in written words) and talk about medicine that asks for
 * nothing. Sentences of the writer's own, written before each change, in sets by reason. [context, text, intent, fields?]
 * as in ../understand-probes.ts; played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: a running out said by the day it comes — a weekday (到周三, 撑到礼拜天, 礼拜五就没了), this week or the weekend
// (这周就吃完了, 这个礼拜, 周末), "until friday", "this weekend" — was read as nothing: STOCK_LOW knew only 下礼拜 and 月底.
// Fix: BY_A_DAY in STOCK_LOW (commands/medicine/recognise.ts): 这/本/下 week or weekend, a weekday, before 吃完/没了/断; 只够/只能/才能
// 吃到, 撑到, 撑不到 a weekday or the weekend; "will run out … this weekend" (not a pharmacy's or a shop's), "only has … until friday";
// an English horizon's clause runs to a mark in lowOfMedicine. Near misses: a lockdown, a delivery or a sign-up by a day, food eaten
// up by the weekend, a shop's stock by Friday, 够吃到下周末 (plain 够 is enough, not low), a pharmacy running low.
// Read right before the change: 8/18. After: 18/18. (A first version with plain 够吃到 and "enough until" took a chatter row in dev-21,
// sealed: narrowed to 只/就/才/仅 and "only".)
export const ROUND_16_MEDINTENT_BY_A_DAY: Probe[] = [
  ['group', '我爸药只够吃到周三了', 'medicine'],
  ['group', '外婆的药撑到礼拜天', 'medicine'],
  ['group', '我妈的药这周就吃完了', 'medicine'],
  ['group', '老头子的降压药撑不到周末了', 'medicine', 'items=降压药'],
  ['group', '我婆婆的胰岛素这个星期就用完了 谁能帮忙', 'medicine', 'items=胰岛素'],
  ['group', '阿拉姆妈额药只好吃到礼拜六', 'medicine'],
  ['group', '奶奶的心脏药只能吃到星期四', 'medicine', 'items=心脏药'],
  ['group', 'my mum only has pills until friday', 'medicine'],
  ['group', "dad's pills will run out this weekend", 'medicine'],
  ['group', "grandma's insulin only lasts until thursday", 'medicine', 'items=insulin'],
  ['group', '封控到周三 大家再坚持一下', 'none'],
  ['group', '配药登记礼拜五就截止了', 'none'],
  ['group', '家里的菜周末就吃完了', 'none'],
  ['group', '志愿者说药周五才能送到', 'none'],
  ['group', 'the pharmacy says the paracetamol will run out by friday', 'none'],
  ['group', 'lockdown lasts until thursday apparently', 'none'],
  ['group', '我妈的药够吃到下周末 不用担心', 'none'],
  ['group', 'my mum says the pharmacy is running low on meds', 'none'],
];

// Set 2: thanks or praise for those who get medicine for others — the old, everyone, the building (感谢居委帮我们楼的老人配药,
// 谢谢志愿者帮老人们跑医院配药, 辛苦楼长帮大家买药, 多謝義工幫老人家攞藥, "thanks to the volunteers who picked up medicine for the
// elderly") — was read as a request: ASK's 帮…配 took the help told for help asked.
// Fix: THANKS_FOR_HELPING_OTHERS (commands/medicine/talk.ts), read in recognise.ts's talk frames (so one's own running out or a
// question of one's own beside it still asks); RECEIVED's thanks for help no longer takes help to others as help received, so that
// 「感谢居委帮老人配药 我爸的药也快没了 麻烦帮帮忙」, which it dropped as a need met, asks.
// Near misses: thanks, then one's own asked (谢谢志愿者 能不能帮我妈配…), help for the writer's own household asked after thanks.
// Read right before the change: 9/13. After: 13/13.
export const ROUND_16_MEDINTENT_THANKS_FOR_OTHERS: Probe[] = [
  ['group', '感谢居委帮我们楼的老人配药 辛苦了', 'none'],
  ['group', '谢谢志愿者帮老人们跑医院配药', 'none'],
  ['group', '辛苦楼长帮大家买药', 'none'],
  ['group', '真的要谢谢小区的志愿者 天天帮独居老人拿药送药', 'none'],
  ['group', '多謝義工幫老人家攞藥', 'none'],
  ['group', '感谢各位大白帮居民配药 你们辛苦了', 'none'],
  ['group', '谢谢你们帮这么多户人家配药', 'none'],
  ['group', 'thanks to the volunteers who picked up medicine for the elderly today', 'none'],
  ['group', 'big thanks to everyone helping the old folks get their meds', 'none'],
  ['group', '谢谢志愿者 能不能也帮我妈配一下降压药', 'medicine', 'items=降压药'],
  ['group', '感谢居委帮老人配药 我爸的药也快没了 麻烦帮帮忙', 'medicine', 'days=0'],
  ['group', '辛苦了 可以帮我们家老人配点药吗', 'medicine'],
  ['group', 'thanks for helping the elderly, could someone also get my dad his insulin?', 'medicine', 'items=insulin'],
];

// Set 3: little left said in words the reader lacked — 不够吃 / Cantonese 唔夠食, Shanghainese 伐多了, 就快冇 (就快没有, no 了),
// written 所剩無幾, 已用尽, 告罄, Cantonese 淨返少少 — and whose it is said as 本人, 家父, 家中, Shanghainese 伲屋里.
// Fix: LITTLE_LEFT_IN_OTHER_WORDS in STOCK_LOW (commands/medicine/recognise.ts), still only in 药's own clause when no name is said;
// NO_NEED's 够吃 no longer reads inside 不够吃 / 唔够食; KIN_NAMED knows 本人, 家父, 家母, 家中, 伲屋里.
// Near misses: food or rice short, a condition (不够吃的话), asking whether everyone has enough (够不够吃), a hospital's stock, wages.
// Read right before the change: 7/16. After: 16/16.
export const ROUND_16_MEDINTENT_LITTLE_LEFT_IN_OTHER_WORDS: Probe[] = [
  ['group', '我妈的药不够吃了', 'medicine'],
  ['group', '我老豆啲藥唔夠食', 'medicine'],
  ['group', '伲屋里老头子额药伐多了', 'medicine'],
  ['group', '阿拉爷叔额药伐多了', 'medicine'],
  ['group', '我阿嫲啲藥就快冇', 'medicine'],
  ['group', '本人高血压 家中存药已用尽', 'medicine'],
  ['group', '家父降壓藥所剩無幾', 'medicine', 'items=降压药'],
  ['group', '我妈的药快告罄了', 'medicine'],
  ['group', '我婆婆啲藥淨返少少', 'medicine'],
  ['group', '外婆的胰岛素不够用了 麻烦志愿者', 'medicine', 'items=胰岛素'],
  ['group', '菜伐多了 药倒还有', 'none'],
  ['group', '米唔夠食 餸都冇', 'none'],
  ['group', '药不够吃的话 可以找楼组长登记', 'none'],
  ['group', '大家家里的药够不够吃', 'none'],
  ['group', '医院的药不够 很多人配不到', 'none'],
  ['group', '这点工资不够用了 哈哈', 'none'],
];

// Set 4: a purchase of the past told (买过两盒, 托人买了两盒, 上個月喺網上買過兩盒) was read as a request: BOUGHT knew 买了, not 买过,
// and ASK's 托人买 took 托人买了 (got through someone, done) for asking someone to buy.
// Fix: BOUGHT knows 买过/订过 (commands/medicine/recognise.ts); ASK's 托人买 not before 了/过/咗.
// Near misses: the past purchase beside a new request (这次还想再要, 谁能帮忙再配), 托人买 still wished for, bought twice and failed.
// Read right before the change: 7/11. After: 11/11.
export const ROUND_16_MEDINTENT_BOUGHT_BEFORE: Probe[] = [
  ['group', '我前天托人买了两盒布洛芬 还没到', 'none'],
  ['group', '上个月在京东买过一盒血糖试纸 挺快的', 'none'],
  ['group', '我上礼拜在叮当快药买过两盒连花清瘟 三天就到了', 'none'],
  ['group', '封控前买过三盒退烧药 现在还没用', 'none'],
  ['group', '我托亲戚从外地买了几盒降压药寄过来 总算到了', 'none'],
  ['group', '以前在药店买过两瓶这个眼药水 挺好用的', 'none'],
  ['group', '上個月喺網上買過兩盒必理痛', 'none'],
  ['group', '我上次买过两盒 这次还想再要两盒布洛芬', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '托人买了两次都没买到 谁家有多的布洛芬', 'medicine', 'items=布洛芬'],
  ['group', '想托人买两盒布洛芬 有人去药店吗', 'medicine', 'items=布洛芬;qty=2'],
  ['group', '之前买过的降压药已经吃完了 谁能帮忙再配', 'medicine', 'items=降压药;days=0'],
];

// Set 5: someone's need relayed as news with it already in hand — 志愿者已经在联系了, 楼组长已经在处理了, 她儿子已经在想办法了,
// 居委已经跟紧, 我让他私聊居委了, "the committee is on it" — was read as a request.
// Fix: ALREADY_IN_HAND in RECEIVED (commands/medicine/recognise.ts): 已经在联系/处理/跟进/想办法/安排, 已经跟紧, 我让他私聊/联系…了,
// "is on it"; a new named need after it is read from there (freshAfterMet), as after any need met.
// Near misses: still in hand but failing (还是配不到 谁能帮帮忙), asked whether it is in hand (已经在处理了吗), a new named need after,
// 已经联系过居委了 (tried, not in hand) beside one's own need.
// Read right before the change: 7/11. After: 11/11.
export const ROUND_16_MEDINTENT_ALREADY_IN_HAND: Probe[] = [
  ['group', '听说3号楼王阿姨要配胰岛素 志愿者已经在联系了', 'none'],
  ['group', '2号楼的张伯伯说他要配胰岛素 我让他私聊居委了', 'none'],
  ['group', '7号楼有户老人要配药 楼组长已经在处理了', 'none'],
  ['group', '隔壁阿姨的药吃完了 她儿子已经在想办法了', 'none'],
  ['group', '我哋棟有個伯伯話佢啲藥食完 居委已經跟緊', 'none'],
  ['group', "my neighbour said the lady in 8-501 ran out of her pills, the committee is on it", 'none'],
  ['group', '隔壁阿姨的药吃完了 已经在想办法了 还是配不到 谁能帮帮忙', 'medicine', 'days=0'],
  ['group', '我爸的降压药没了 居委已经在处理了吗', 'medicine', 'items=降压药;days=0'],
  ['group', '王阿姨那边志愿者已经在联系了 另外我妈的降压药也吃完了 麻烦帮忙配一下', 'medicine', 'items=降压药;days=0'],
  ['group', '隔壁阿姨的药吃完了 谁能帮她配一下', 'medicine', 'days=0'],
  ['group', '我已经联系过居委了 没人理 我妈的降压药吃完了', 'medicine', 'items=降压药;days=0'],
];
