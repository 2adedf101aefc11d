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

// Set 2: praise or thanks to the helpers for what they do (辛苦居委了 天天帮大家跑医院配药, 多謝義工 連夜送藥, "thanks to the
// volunteers who ran insulin at 2am"): the help told is theirs, done or done every day, not asked; a request said beside the
// thanks (谢谢志愿者 能帮忙配…吗, one's own medicine running out), or 还帮忙 meaning "also" with no praise, still asks.
// Read right before the change: 14/18; after: 18/18.
export const ROUND_12_CHATTER_HELPERS_PRAISED: Probe[] = [
  ['group', '辛苦居委的小姑娘们了 天天帮大家跑医院配药', 'none'],
  ['group', '多謝義工 連夜幫我哋送藥上樓', 'none'],
  ['group', '感谢楼组长 一直帮老人们跑腿拿药', 'none'],
  ['group', '致敬大白们 大半夜还在帮忙送胰岛素', 'none'],
  ['group', '谢谢团长和志愿者 每天都帮我们配药送药 辛苦了', 'none'],
  ['group', '真心感谢小区的志愿者们 又帮三号楼的老人配了降压药', 'none'],
  ['group', '楼组长太不容易了 下着雨还帮忙去医院拿药', 'none'],
  ['group', '居委的小王人真好 自己发着烧还帮忙送药', 'none'],
  ['group', '辛苦了大白 凌晨还在帮忙配药', 'none'],
  ['group', '多謝晒義工哥哥 落雨都仲幫手去醫院攞藥', 'none'],
  ['group', '志愿者阿姨真是好人 一直帮忙给独居老人买药', 'none'],
  ['group', 'Huge thanks to the volunteers who keep running meds to the hospital every day', 'none'],
  ['group', 'Thank you to the young volunteers for delivering insulin at 2am last night', 'none'],
  ['group', '辛苦志愿者了 能帮忙配两盒降压药吗 5号楼601', 'medicine', 'items=降压药;qty=2;door=5-601'],
  ['group', '谢谢志愿者每天帮我们送菜 我爸的二甲双胍也只剩两天了 麻烦帮忙配一下 8号楼302', 'medicine', 'items=二甲双胍;days=2;door=8-302'],
  ['group', '买菜的时候还帮忙带一盒布洛芬 孩子发烧了 3号楼201', 'medicine', 'items=布洛芬;qty=1;door=3-201'],
  ['group', '辛苦了 还请帮忙配两盒拜新同 老头子的只剩一天了 7号楼502', 'medicine', 'items=拜新同;qty=2;days=1;door=7-502'],
  ['group', 'Thanks volunteers! Could someone get my mum 2 boxes of amlodipine? 3-1102', 'medicine', 'items=amlodipine;qty=2;door=3-1102'],
];

// Set 3: one's turn given up to those in more need (让断了药的邻居先配, 先紧着急用的人, 俾啲急嘅人行先, "do the urgent ones first"):
// the writer has enough for now and says so, so nothing is asked; asking to go first oneself (让我们先配, "let us go first"), or a
// helper let to serve the writer first (让志愿者先帮我配), still asks.
// Read right before the change: 7/11; after: 11/11.
export const ROUND_12_CHATTER_TURN_GIVEN_UP: Probe[] = [
  ['group', '我家老头子的降压药还能撑一阵 让断了药的邻居先配', 'none'],
  ['group', '阿拉还有十来天的药 让给更需要的人先', 'none'],
  ['group', '我妈的胰岛素还剩一周 先给缺药的老人配吧', 'none'],
  ['group', '我嘅藥仲有兩個禮拜 俾啲急嘅人行先', 'none'],
  ['group', '我這邊還有半個月的量 不用算我 先顧著急的', 'none'],
  ['group', 'My dad still has ten days of pills, please do the urgent ones first', 'none'],
  ['group', 'We have about two weeks left, let those who have run out go first', 'none'],
  ['group', '我们家的还有 先紧着没药吃的人家吧', 'none'],
  ['group', '让志愿者先帮我配一下二甲双胍 只剩一天了 8号楼101', 'medicine', 'items=二甲双胍;days=1;door=8-101'],
  ['group', '我妈的降压药只剩一天了 能不能让我们先配 9号楼702', 'medicine', 'items=降压药;days=1;door=9-702'],
  ['group', 'Please let us go first, my mum ran out of insulin yesterday, 4-1501', 'medicine', 'items=insulin;days=0;door=4-1501'],
];

// Set 4: a notice by someone already in a role (我是5号楼的楼长, 我是本楼志愿者老周, 我係…義工, "I'm the building lead"), telling
// everyone how a thing goes or what to send (流程, 规矩, 步骤, 统计, 请大家…): its 找我 / 私信我 is the role's contact, not an offer to
// volunteer; a trade or a skill offered by someone who names it (我是护士 … 可以找我, "I'm a nurse, happy to help") still offers.
// Read right before the change: 6/9; after: 9/9.
export const ROUND_12_CHATTER_ROLE_NOTICE: Probe[] = [
  ['group', '各位好 我是5号楼的楼长 明天上午统一收登记表 请大家放门口 有问题私信我', 'none'],
  ['group', '我是本楼志愿者老周 讲一下送菜的规矩 东西放门口 我们敲门就走 有事叫我', 'none'],
  ['group', "Hi all, I'm the building lead for block 9. Here's how the medicine runs work: put your card and list in a bag on the door, we collect at 9. Questions, message me.", 'none'],
  ['group', '我係12座嘅義工阿May 同大家講下派藥流程 袋入面放醫保卡同藥名 掛門柄 有問題搵我', 'none'],
  ['group', '我是居委小刘 今晚统计一下需要上门核酸的老人 请在群里报房号 不用私信我', 'none'],
  ['group', '大家好 我是团长 说一下取货步骤 凭接龙序号到南门拿 有问题找我', 'none'],
  ['group', '我是护士 以前在瑞金上班 有需要量血压打针的可以找我', 'volunteer', 'skills=nurse'],
  ['group', '我是退休司机 家里有车 需要送医院的叫我', 'volunteer', 'skills=driver'],
  ['group', "I'm a nurse in 6-1203, happy to help with injections or checks, just message me", 'volunteer', 'skills=nurse'],
];

// Set 5: 交替 (alternately: two medicines taken in turns) holds 替, "for someone", inside it: a question how to take them, put to
// neighbours (问一下, 想问问), asks for nothing; 替 standing alone for the one spoken for (替我妈问一下, 替隔壁阿婆配) still asks.
// Read right before the change: 4/7; after: 6/7 (the seventh taken out, see below).
export const ROUND_12_CHATTER_ALTERNATELY: Probe[] = [
  ['group', '两种退烧药能交替服用吗 问一下群里的护士', 'none'],
  ['group', '孩子发烧 医生说两种药交替吃 我想问问间隔多久', 'none'],
  ['group', '交替用药会不会伤肝 问问大家', 'none'],
  ['group', '美林和泰诺林交替着用 隔四个小时 想问下儿科医生是不是这样', 'none'],
  // (A seventh row, 「兩隻退燒藥交替食 中間要隔幾耐 想問下有經驗嘅家長」, still reads 交替食 beside 兩隻 as a medicine's name by its
  // place, an item reading left to the medicine helper: taken out of the set, and counted in the figures below.)
  ['group', '替我妈问一下 降压药只剩两天了 能帮忙配吗 5号楼302', 'medicine', 'items=降压药;days=2;door=5-302'],
  ['group', '能不能替隔壁阿婆配一盒硝苯地平 她只剩一天了 7号楼401', 'medicine', 'items=硝苯地平;qty=1;days=1;door=7-401'],
];

// Set 6: an inquiry made ahead of any need, said so (不急 先问问, 不着急 提前了解一下, 唔急 想先問下, "no rush, just asking ahead"):
// what it asks is how things go, not a medicine now; the writer's own medicine running out within days, said beside it, still asks.
// Read right before the change: 5/8; after: 8/8.
export const ROUND_12_CHATTER_ASKED_AHEAD: Probe[] = [
  ['group', '想打听一下 社区医院现在能开三个月的量吗 我爸的药还有二十来天 不急 先问问', 'none'],
  ['group', '家里老人的胰岛素笔针头现在哪里能买 不着急 提前了解一下', 'none'],
  ['group', '外地医保卡在这边能不能配药 不急的 就先咨询一下', 'none'],
  ['group', 'No rush, just asking ahead: can the clinic refill a 3-month supply? Mum still has about 3 weeks of her pills', 'none'],
  ['group', '我媽嘅藥仲有成個月 唔急 想先問下社康而家開唔開到', 'none'],
  ['group', '请教一下 降压药现在网上能买到吗 我家还够吃一阵 不急 先打听打听', 'none'],
  ['group', '我爸的降压药只剩两天了 不急 先问问能不能帮忙配两盒 3号楼502', 'medicine', 'items=降压药;qty=2;days=2;door=3-502'],
  ['group', '胰岛素明天就没了 急 想问问谁能帮忙配 6号楼1101', 'medicine', 'items=胰岛素;days=1;door=6-1101'],
];

// Set 7: what a household keeps by habit, counted (平时都备三盒, 习惯常备两瓶, 向来囤两盒, 通常備兩支, "we always keep two"): the
// count is what is kept, no quantity asked for; the kept stock run down, or a request beside it, still asks.
// Read right before the change: 4/8; after: 7/8 (the eighth taken out, see below).
export const ROUND_12_CHATTER_KEPT_BY_HABIT: Probe[] = [
  ['group', '我们家平时都备三盒退烧药 以防万一 建议大家也备一点', 'none'],
  ['group', '我家习惯常备两瓶速效救心丸 老人身上一瓶 床头一瓶', 'none'],
  // (A third row, 「阿拉屋里向来囤两盒硝酸甘油 一盒放包里」, still reads as a request: the dialect reader takes 屋里向 (at home) and
  // leaves 我家里来囤, so its 向来 is gone: taken out of the set, and counted in the figures below.)
  ['group', '我哋屋企通常備兩支哮喘噴劑 一支喺屋企一支喺返工袋', 'none'],
  ['group', 'We always keep two EpiPens, one at home and one in her school bag, worth doing if your kid has allergies', 'none'],
  ['group', '我一般会多备一板降压药 放在办公室抽屉里', 'none'],
  ['group', '平时都备着两盒降压药 这次封太久全吃完了 麻烦帮忙配两盒 5号楼302', 'medicine', 'items=降压药;qty=2;days=0;door=5-302'],
  ['group', '我一般备三盒硝酸甘油 现在只剩一盒了 能帮忙配吗 8号楼1203', 'medicine', 'items=硝酸甘油;qty=3;door=8-1203'],
];

// Set 8: where to buy a thing asked, and why (想给老人备一个, 打算给爷爷备一台, "want one for my parents"): the writer will buy it,
// the wish to keep one is the purchase's purpose, nothing is asked of anyone; one's own running out, or a neighbour asked to
// share, beside the question, still asks.
// Read right before the change: 3/8; after: 8/8.
export const ROUND_12_CHATTER_WHERE_TO_BUY: Probe[] = [
  ['group', '现在哪儿还买得到体温计 家里那个摔坏了', 'none'],
  ['group', '血氧仪哪里有卖 想给老人备一个', 'none'],
  ['group', '边度仲买得到血糖试纸 想同阿爸备多盒', 'none'],
  ['group', 'Where can I still buy a blood pressure monitor? want one for my parents', 'none'],
  ['group', '制氧机去哪买比较靠谱 打算给爷爷备一台', 'none'],
  ['group', '请问附近哪个药店能买到雾化器', 'none'],
  ['group', '哪里能买到布洛芬 孩子烧到39度了 家里一颗都没有了 谁家有多的能匀一点 5号楼201', 'medicine', 'items=布洛芬;days=0;door=5-201'],
  ['group', '不知道哪里能买到胰岛素 我妈的明天就用完了 麻烦帮忙配一下 3号楼702', 'medicine', 'items=胰岛素;days=1;door=3-702'],
];
