/**
 * Round 8 probes (voice): what a phone's voice-to-text makes of an old resident's speech — a door or
 * a phrase said twice, homophones the converter writes (盒 as 和, 药 as 要), supplies said by voice —
 * each a reason, with new sentences written before the change. [context, text, intent, fields?] as
 * in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set A: a door (or a whole phrase) said twice at the end, the way the old make sure they are heard
// (「十五号楼两零一两零一」): one door, never the digits run together (15-2012). Also a building and room
// said twice, and a four-digit room said twice.
// Read right before the change: 2/7.
export const ROUND_8_SAID_TWICE: Probe[] = [
  ['group', '喂喂大家快来帮帮忙我老伴摔在厨房里起不来了叫他也不应九号楼五零二五零二', 'emergency', 'door=9-502'],
  ['private', '我住的是七号楼幺零三幺零三', 'home', 'door=7-103'],
  ['group', '嗯那个我的降压药吃光了麻烦帮我配两盒氨氯地平十四号楼六零一十四号楼六零一', 'medicine', 'items=氨氯地平;qty=2;days=0;door=14-601'],
  ['group', '喂喂我媽媽跌低咗起唔到身 叫佢都冇反應 二十座三零二三零二', 'emergency', 'door=20-302'],
  ['private', '我屋里是十二号楼幺二零三幺二零三', 'home', 'door=12-1203'],
  ['reply:chain', '嗯我要鸡蛋一份鸡蛋一份蔬菜也要一份五号楼四零一', 'order', 'items=D*1|A*1;door=5-401'],
  ['group', '谢谢谢谢大家啊我老头子好多了好多了', 'none'],
];

// Set B: homophones the converter writes for the words of a need — 盒 heard as 和 after a count
// (「配两和」, 「一和都没了」), 药 heard as 要 after the kind of medicine (「降压要」, 「降糖的要」, 「眼要水」).
// Meant words are read; 和 between two people or two numbers and 要 as "must" stay what they are.
// Read right before the change: 5/9 (盒 as 和 lost the count; 降压要 and 眼要水 no medicine).
export const ROUND_8_HOMOPHONES: Probe[] = [
  ['private', '我那个降压要吃光了帮我配两和硝苯地平', 'medicine', 'items=硝苯地平;qty=2;days=0'],
  ['group', '喂喂我老太婆的降糖要没了嗯就是二甲双胍帮我们配三和', 'medicine', 'items=二甲双胍;qty=3;days=0'],
  ['private', '我眼睛开过刀的那个眼要水用完了帮我弄一瓶', 'medicine', 'items=眼药水;qty=1;days=0'],
  ['group', '阿拉老头子的降壓要冇咗 麻煩幫手配一和', 'medicine', 'items=降压药;qty=1;days=0'],
  ['private', '喂喂帮我配阿托伐他汀两和谢谢', 'medicine', 'items=阿托伐他汀;qty=2'],
  ['group', '降压要慢慢来 不能一下子降太多', 'none'],
  ['group', '我和老伴都打过疫苗了 放心', 'none'],
  ['group', '一和二号楼今天下午做核酸', 'none'],
  ['group', '阿拉两和伊拉屋里一道团的菜到了伐', 'none'],
];

// Set C: what the old need beside medicine, said as supplies (README-18 rule 3): adult diapers
// (尿不湿, 纸尿裤, 纸尿片), bed pads (护理垫), hearing-aid batteries, catheter bags — to buy is a
// request; where to buy one, or its price, is talk.
// Read right before the change: 2/8 (none of the supplies was a name; "adult diapers" read as "adult").
export const ROUND_8_SUPPLIES: Probe[] = [
  ['group', '我妈瘫在床上 尿不湿只剩两片了 谁能帮忙买三包 8号楼201', 'medicine', 'items=尿不湿;qty=3;door=8-201'],
  ['private', '我老头子的护理垫用完了 帮我带两包', 'medicine', 'items=护理垫;qty=2;days=0'],
  ['group', '阿爺嘅助聽器電池冇晒 唔該幫手買兩板', 'medicine', 'items=助听器电池;qty=2;days=0'],
  ['group', 'could someone get my mum a pack of adult diapers, size L? 12-402', 'medicine', 'items=adult diapers;qty=1;door=12-402'],
  ['group', 'grandpa has no hearing aid batteries left, could a volunteer buy 3 packs?', 'medicine', 'items=hearing aid batteries;qty=3;days=0'],
  ['group', 'my father ran out of catheter bags, can a volunteer buy some? 6-101', 'medicine', 'items=catheter bags;days=0;door=6-101'],
  ['group', '请问尿不湿哪里能团到', 'none'],
  ['group', '超市的纸尿裤又涨价了 一包要八十多', 'none'],
];

// Set D: whether a supply counts as what the team fetches (「尿不湿算不算可以代买的」, "does a bed pad count
// as medical supplies?") asks about the service, not for the thing — once diapers are supplies, the
// question must not become a request.
// Read right before the change (supplies already read): 1/4 (each question taken for a request).
export const ROUND_8_DOES_IT_COUNT: Probe[] = [
  ['group', '护理垫算不算医疗用品 能不能帮忙代买', 'none'],
  ['group', 'do adult diapers count as medical supplies? can the volunteers buy them?', 'none'],
  ['group', '助聽器電池算唔算藥 可唔可以幫手買', 'none'],
  ['group', '我妈的尿不湿用完了 麻烦帮我买两包 9号楼302', 'medicine', 'items=尿不湿;qty=2;days=0;door=9-302'],
];

// Set E: a supply named apart from the device it goes in (「助听器用的小电池」, 「助聽器冇電 要買電池」,
// "batteries for his hearing aid"): the hearing aid's batteries. Batteries with no hearing aid are
// no supply, and where to buy them is talk.
// Read right before the change: 2/6 (the batteries apart from 助听器 were no name).
export const ROUND_8_BATTERIES: Probe[] = [
  ['private', '喂喂那个助听器里的小电池用完了你们帮我带一板', 'medicine', 'items=助听器电池;qty=1;days=0'],
  ['group', '阿公個助聽器冇電喇 邊位可以幫手買兩板電池', 'medicine', 'items=助听器电池;qty=2'],
  ['group', "could anyone buy batteries for my dad's hearing aid? size 13, 2 packs. 5-201", 'medicine', 'items=hearing aid batteries;qty=2;door=5-201'],
  ['private', '我老伴的助听器要换电池了 麻烦帮忙买一板 十号楼三零二', 'medicine', 'items=助听器电池;qty=1;door=10-302'],
  ['group', '遥控器没电了 谁家有五号电池', 'none'],
  ['group', '助听器的电池哪里买得到', 'none'],
];

// Set F: a name half-said, then settled in full from the box (「格列齐特…盒子上写的格列齐特缓释片」):
// one medicine, by its full name (README-18 rule 2) — a form after the same name, never a supply
// (胰岛素 and 胰岛素针头 are two).
// Read right before the change: 1/5 (the half-said name and the full one were two items).
export const ROUND_8_SETTLED_NAME: Probe[] = [
  ['private', '我要配那个硝苯地平嗯硝苯地平控释片两盒', 'medicine', 'items=硝苯地平控释片;qty=2'],
  ['group', '阿拉老头子的二甲双胍吃光了 盒子上写的是二甲双胍缓释片 帮忙配三盒', 'medicine', 'items=二甲双胍缓释片;qty=3;days=0'],
  ['private', '喂喂阿托伐他汀啊就是阿托伐他汀钙片还有五天了帮我配一下', 'medicine', 'items=阿托伐他汀钙片;days=5'],
  ['group', '我媽嘅阿司匹林冇晒 係阿司匹林腸溶片 唔該幫手配兩盒', 'medicine', 'items=阿司匹林肠溶片;qty=2;days=0'],
  ['group', '胰岛素还有三天 胰岛素针头也没了 麻烦帮忙配', 'medicine', 'items=胰岛素|胰岛素针头;days=3'],
];

// Set G: what the bot is and how to speak to it, asked the way the old say it — Shanghainese
// 「派啥用场」, 「哪能讲侬才听得懂」, hearsay checked with 「对伐」, whether it understands one's
// dialect (「邻里听得懂苏北话伐」), and the bot named "linli" in English. Hearsay about anything else
// and praise of the bot stay talk.
// Read right before the change: 2/8 (the frames wanted 你 and Mandarin; "linli" in English was no name of the bot).
export const ROUND_8_ASKED_OF_THE_BOT: Probe[] = [
  ['group', '邻里这个东西到底派啥用场 阿拉老年人用得着伐', 'help'],
  ['group', 'what does the linli bot actually do for us?', 'help'],
  ['group', 'does linli have a list of commands somewhere?', 'help'],
  ['private:new', '我女儿讲侬会帮阿拉买菜配药 对伐', 'help'],
  ['private', '我跟侬哪能讲侬才听得懂啊 我讲的是崇明话', 'help'],
  ['group', '这个邻里听得懂苏北话伐 我普通话讲不好', 'help'],
  ['group', '我孙子讲邻里是个好东西 帮了我们不少忙', 'none'],
  ['group', '伊拉讲明天要解封了 是伐', 'none'],
];

// Set H: what the bot is and how to tell it, asked beside what one heard it does (「孙子讲侬可以帮我配药」)
// or what one would tell it ("how do I tell linli which pills…"): the question, not a request; heard
// of, then asked for with a name and a count, it is the request.
// Read right before the change: 3/5 (the hearsay 「帮我配」 read as a wish; "how should I ask" taken for the ask).
export const ROUND_8_HEARD_IT_DOES: Probe[] = [
  ['private:new', '我儿子讲你可以帮我配药 我想问问你到底是做什么的 我要怎么跟你讲', 'help'],
  ['private:new', 'how do I tell linli which pills my mum needs?', 'help'],
  ['private', "how should I ask the bot for my dad's insulin?", 'help'],
  ['private:new', '阿拉囡囡讲侬会帮我叫医生 侬到底是做啥的 跟侬哪能讲', 'help'],
  ['private', '我孙子讲你可以帮我配药 帮我配两盒氨氯地平', 'medicine', 'items=氨氯地平;qty=2'],
];

// Set I: an old person found on the floor who cannot get up, with no fall said (「坐在地上爬不起来了」,
// 「坐咗喺地下企唔起身」, "sitting on the kitchen floor and cannot get up") — README-18 rule 8: an
// emergency. A pet on the floor, or someone who sat and got up again, is talk.
// Read right before the change: 2/6 (爬不起来, a room before 地上, 坐咗 and "the kitchen floor" were not in the frame).
export const ROUND_8_FOUND_ON_THE_FLOOR: Probe[] = [
  ['group', '我去看隔壁阿婆 她坐在厨房地上爬不起来了 谁来帮把手 五号楼二零一', 'emergency', 'door=5-201'],
  ['group', '喂喂我老头子躺在卫生间地上爬不起来 我一个人拉不动他 十二号楼三零一', 'emergency', 'door=12-301'],
  ['group', '阿爺坐咗喺地下 企唔起身 我一個人扶唔起佢 三座五零二', 'emergency', 'door=3-502'],
  ['group', "my neighbour is sitting on the kitchen floor and cannot get up, I can't lift her alone. 8-402", 'emergency', 'door=8-402'],
  ['group', '我家猫坐在地上不肯起来 懒死了', 'none'],
  ['group', '腿软了 坐在地上歇了一会就爬起来了', 'none'],
];

// Set J: Shanghainese 屋里 and 屋里向 (home) said alone, with no other dialect word beside them
// (「我屋里是七号楼幺零一」): read as 家里, so the home is said and nothing else.
// Read right before the change: 3/4 (屋里 alone passed the dialect gate unread: the home was "something else").
export const ROUND_8_WULI: Probe[] = [
  ['private', '我屋里向是十一号楼四零二', 'home', 'door=11-402'],
  ['private', '嗯我屋里是那个廿三号两零一对两零一', 'home', 'door=23-201'],
  ['private', '我屋里的门牌是九号楼幺零二', 'home', 'door=9-102'],
  ['group', '我屋里向老头子的降压药吃光了 帮帮忙配两盒', 'medicine', 'items=降压药;qty=2;days=0'],
];

// Set K: checking what one reported, said by voice (「帮我看看我报的那个要有没有记上去」, 药 heard as 要 after
// 报的/配的): what is recorded, asked — not another request. Asking to report one more is a request.
// Read right before the change: 2/5 (要 unread; 「帮我看看我报…」 taken for a request).
export const ROUND_8_WHAT_I_REPORTED: Probe[] = [
  ['private', '嗯你帮我查一查我前天报的要记上去了伐', 'mydata'],
  ['private', '我配的那个要你们登记好了没有', 'mydata'],
  ['private', '你帮我看看我报的降压药有没有记下来', 'mydata'],
  ['private', '我报过的药有没有记错 你帮我看一眼', 'mydata'],
  ['private', '帮我再报一盒降压药 上次的吃完了', 'medicine', 'items=降压药;qty=1;days=0'],
];

// Set L: a name taken back, then the one meant found after some groping (「头孢不是就是消炎的那个阿莫西林」,
// 「硝苯地平不对不对是降压的那个叫氨氯地平」): only the settled name is asked for (README-18 rule 2), however
// many words of groping the correction takes.
// Read right before the change: 1/5 (a correction more than eight characters before the next name took nothing back).
export const ROUND_8_TAKEN_BACK: Probe[] = [
  ['group', '我要配头孢不是就是消炎用的那个阿莫西林两盒', 'medicine', 'items=阿莫西林;qty=2'],
  ['private', '帮我配硝苯地平不对不对是降压的那个叫氨氯地平 一盒', 'medicine', 'items=氨氯地平;qty=1'],
  ['group', '阿拉老头子要配那个倍他乐克不是伐就是心脏的那种美托洛尔 两盒', 'medicine', 'items=美托洛尔;qty=2'],
  ['private', '幫我配布洛芬唔係唔係 係退燒嗰隻叫撲熱息痛 一盒', 'medicine', 'items=扑热息痛;qty=1'],
  ['group', '我要配二甲双胍 还有降压的那个氨氯地平 各一盒', 'medicine', 'items=二甲双胍|氨氯地平;qty=1'],
];

// Set M: a home asked to be recorded in English, by the children who type for the old ("Could you
// register my address? 24-201", "please save our flat"): the door and the asking say nothing else.
// Read right before the change: 4/5 ("could you" and the question mark read as another point beside the door).
export const ROUND_8_RECORD_MY_ADDRESS: Probe[] = [
  ['private', 'Can you please save my address? 12-302', 'home', 'door=12-302'],
  ['private', 'please register my flat: building 5 room 401', 'home', 'door=5-401'],
  ['private', 'Would you update my address to 7-1102 please', 'home', 'door=7-1102'],
  ['private', 'could you record our home address, 3-201, thanks', 'home', 'door=3-201'],
  ['private', 'Could you register my address and also get 2 boxes of amlodipine? 9-301', 'medicine', 'items=amlodipine;qty=2;door=9-301'],
];

// Set N: under a task, the things said fetched by name (「好了好了 东西拿到了」, 「東西攞到咗」): the task is
// done. Asked whether they came, it is not; the one helped thanking for what was received (收到) is
// talk, as before (ROUND_5_CHATTER_C).
// Read right before the change: 2/5 (the things fetched, said by their name, were no report).
export const ROUND_8_THINGS_FETCHED: Probe[] = [
  ['reply:task', '药已经拿到了', 'task.done'],
  ['reply:task', '嗯嗯東西攞到咗', 'task.done'],
  ['reply:task', '菜都拿到了 放心', 'task.done'],
  ['reply:task', '东西拿到了吗 老人家在等', 'none'],
  ['reply:task', '谢谢大家 药收到了', 'none'],
];

// Set O: an offer said as going wherever one is needed (「哪里需要去哪里」, 「随叫随到」, "wherever I'm needed"),
// with one's age and health beside it: a volunteer with no skill named. Where a rule applies is talk.
// Read right before the change: 1/5 (no frame of going wherever one is needed).
export const ROUND_8_WHEREVER_NEEDED: Probe[] = [
  ['group', '我退休了身体还硬朗 哪里需要我就去哪里', 'volunteer', 'skills=general'],
  ['group', '阿拉六十五岁 身体好的 哪里缺人我就到哪里', 'volunteer', 'skills=general'],
  ['group', '我有空 隨叫隨到 邊度需要就去邊度', 'volunteer', 'skills=general'],
  ['group', "I'm 63 and fit, happy to go wherever I'm needed", 'volunteer', 'skills=general'],
  ['group', '哪里需要核酸证明 哪里就查得严', 'none'],
];

// Set P: a mild sign, then whether to see a doctor (「有點發燒 全身無力 要看醫生嗎」, 「使唔使睇醫生」): asked, never
// left in silence. Advice to see one is talk.
// Read right before the change: 4/5 (无力 and 「要看医生吗」 were not among the words).
export const ROUND_8_SEE_A_DOCTOR: Probe[] = [
  ['group', '我妈有点发烧 浑身无力 要看医生吗', 'emergency.ask'],
  ['group', '阿爸咳嗽咳了三天 胃口也不好 要不要看医生', 'emergency.ask'],
  ['group', '我老伴頭痛 全身無力 使唔使睇醫生', 'emergency.ask'],
  ['group', 'my dad has a slight fever and feels weak all over, should he see a doctor?', 'emergency.ask'],
  ['group', '发烧了要看医生 不要自己乱吃药', 'none'],
];

// Set Q: an old person living alone, not heard from — the phone unanswered for hours, the food left at the
// door (「孤老阿婆 电话打了一上午都没人接 门口的菜也没拿进去」): asked whether someone should look, never
// left in silence. The committee's phone unanswered is a complaint.
// Read right before the change: 4/5 (孤老, Cantonese 冇人聽 and 未攞 were not among the words).
export const ROUND_8_NOT_HEARD_FROM: Probe[] = [
  ['group', '五号楼独居的王老伯 电话打了一天都没人接 门口的牛奶也没拿', 'emergency.ask'],
  ['group', '隔壁孤老阿爷两天没见人了 打电话也不接', 'emergency.ask'],
  ['group', '樓下獨居嘅婆婆 成個朝早打電話都冇人聽 門口啲餸都未攞入屋', 'emergency.ask'],
  ['group', "the old man living alone in 6-402 hasn't answered his phone all day and his groceries are still outside the door", 'emergency.ask'],
  ['group', '打了一上午居委电话都没人接 太难打了', 'none'],
];

// Set R: a relative abroad writing in English for the old (README-18 rule 14) runs past 400 characters in
// 70–80 words — the length at which a Chinese message is a notice or an article, not one's own request.
// The request is read; a committee notice and a thanks with no new need, as long, stay talk (a closing
// "thank you for looking after her" is no need met; "they have everything they need" is).
// Read right before the change: 3/6 (each request over 400 characters taken for a notice by its length).
export const ROUND_8_LONG_ENGLISH: Probe[] = [
  ['group', "Hello neighbours, this is Mrs Chen's son writing from Vancouver. My mother lives by herself in 17-403 and she is 86 now. On our video call this morning she told me she only has 3 days of Lantus left, and she needs it every night. The clinic she normally goes to is closed and I cannot get there from here. Could a volunteer please pick up 3 pens of Lantus for her? She will pay cash at the door. Thank you so much for looking after her.", 'medicine', 'items=lantus;qty=3;days=3;door=17-403'],
  ['group', "Hi everyone, I'm the granddaughter of the elderly couple in 9-201, typing from Singapore because neither of them can use WeChat well. Grandpa's blood pressure pills, amlodipine, ran out yesterday and he has been feeling dizzy in the mornings. The pharmacy near the gate has been shut for a week. Would anyone going to the community hospital be able to buy 2 boxes of amlodipine for him? I can transfer the money right away. Many thanks!", 'medicine', 'items=amlodipine;qty=2;days=0;door=9-201'],
  ['private', 'Dear linli, I am writing for my father who lives at 22-105; he is 79 and hard of hearing so he cannot call anyone. He only has 2 days of metformin left and his regular doctor is not seeing patients during the lockdown. My sister and I are both in Hong Kong and cannot get into Shanghai right now. Please arrange for someone to fetch 2 boxes of metformin for him. He is home all day, but knock loudly. Thank you.', 'medicine', 'items=metformin;qty=2;days=2;door=22-105'],
  ['group', "Notice from the residents' committee: starting tomorrow, all medicine requests for the week will be collected by building leads before 8 pm each evening. Please send the name of each medicine, the number of boxes and a photo of the insurance card to your building lead, not to the group. Volunteers will go to the community hospital the next morning and deliver to doors in the afternoon. Anyone with an urgent need should call the committee hotline directly. Thank you all for your patience.", 'none'],
  ['group', "Today's update, building 12: three households asked for medicine and all three were delivered by noon. Mr Li in 12-301 said his insulin runs out tomorrow, so a volunteer is going to the hospital first thing in the morning. Anyone else who needs medicine, please message the bot privately with your flat number and the name of the medicine. Vegetable packs arrive on Thursday. Please remember to wear masks when you collect them at the gate.", 'none'],
  ['group', 'Just wanted to say a huge thank you to everyone in this group. My parents in 5-502 told me that a volunteer brought their heart medicine and a bag of vegetables yesterday, and the neighbour across the hall checked on them in the evening too. Being stuck abroad and unable to help has been the hardest part of all this, and it means a great deal to know they are not alone. They have everything they need for now. Stay safe, all of you.', 'none'],
];

// Set S: diapers for a baby are no medical supply (README-18 rule 3 counts adult diapers): 尿不湿, 纸尿裤,
// 尿片 or diapers beside a baby (宝宝, 孩子, 奶粉, "my baby"), or with no grown-up said to need them, are a
// family's shopping, talk; for a bedridden parent, a request. (Found by dev-14's floor: reading every 尿不湿 as a
// supply took one more chatter message there.)
// Read right before the change: 2/5.
export const ROUND_8_BABY_DIAPERS: Probe[] = [
  ['group', '宝宝的尿不湿快用完了 谁家有多的借两片', 'none'],
  ['group', '孙子的纸尿裤没了 超市又不开门 急死了', 'none'],
  ['group', 'my baby is almost out of diapers, does anyone have a spare pack?', 'none'],
  ['group', '囡囡嘅尿片用晒 唔該邊位幫手買一包', 'none'],
  ['group', '我婆婆瘫在床上 尿不湿用完了 谁能帮忙买两包', 'medicine', 'items=尿不湿;qty=2;days=0'],
];

// Set T: a supply or a medicine talked about, not asked for — a group-buy of it proposed (「尿不湿要不要一起拼单」,
// 「氨氯地平有没有人一起团」: README rule 25, another group-buy proposed is none) or the size of its pack told
// (「我妈用的尿不湿是大号的 一包十片」, 「一盒七片」). Asked for with a count of one's own, it is a request.
// Read right before the change: 3/6 (the count in a proposal and a pack's size read as the count asked for).
export const ROUND_8_PROPOSED_OR_DESCRIBED: Probe[] = [
  ['group', '尿不湿要不要一起拼单 我这边要五包', 'none'],
  ['group', '有没有人一起团护理垫 人多便宜点', 'none'],
  ['group', '我妈用的尿不湿是大号的 一包十片', 'none'],
  ['group', '阿拉老头子吃的氨氯地平 一盒七片 吃一个礼拜', 'none'],
  ['group', 'the adult diapers my dad uses come in packs of 10, size L', 'none'],
  ['group', '我妈的尿不湿用完了 帮忙买两包 一包十片的那种', 'medicine', 'items=尿不湿;qty=2;days=0'],
];
