/**
 * Round 9 emergency probes: the false and missed emergencies and emergency.ask of dev-20 (a 长宁 group in the weeks of
 * 封控) and dev-22 (an old 虹口 community at night), by reason, in new words and other scripts, with the near misses
 * that must keep their reading. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-22: a hypo told by its cause): insulin or a sugar pill taken and no meal, then sweat, shaking and a person
// who barely answers (不是很应, 应都不应, 不怎么理, "barely answers") is low blood sugar now; a shaky hand said softly is asked. 1/5 before; 5/5 after.
export const ROUND_9_HYPO_BY_CAUSE: Probe[] = [
  ['group', '我妈打了胰岛素 晚饭没吃 现在浑身冒冷汗 手一直抖 叫她也不怎么理', 'emergency'],
  ['group', '阿爺食咗降糖藥冇食晚飯 而家成身出冷汗 手震 叫佢應都唔應', 'emergency'],
  ['group', 'my husband took his insulin and skipped dinner, now he is sweating and shaking and barely answers me', 'emergency'],
  ['group', '外公胰岛素打过了 饭一口没吃 一身冷汗 人迷迷糊糊的 7号楼302', 'emergency', 'door=7-302'],
  ['group', '我爸打了胰岛素还没吃饭 有点手抖 要紧吗', 'emergency.ask'],
];

// Set 2 (dev-22: "Who is medical staff here? urgent", "Someone get the medics"): a medic called for in English as a class
// (medical staff, someone medical, the medics, fetch a doctor) with urgency or a sign pages; talk about medical staff does not. 4/6 before; 6/6 after.
export const ROUND_9_MEDIC_CLASS: Probe[] = [
  ['group', 'Any medical staff in this group? urgent, 6th floor of block 3', 'emergency'],
  ['group', 'we need someone medical right now, a lady is lying in the stairwell not moving', 'emergency'],
  ['group', 'Someone fetch a doctor, my grandpa fell in the corridor and is not moving', 'emergency'],
  ['group', 'get the paramedics, a man is lying on the stairs not moving', 'emergency'],
  ['group', 'the medical staff at the testing point were so kind today', 'none'],
  ['group', "Are any of you medical staff? the committee wants names for next week's roster", 'none'],
];

// Set 3 (dev-20: 血氧得八十八, 講兩句就要唞氣): an oxygen reading in Chinese numerals, and breath lost after a few words
// (说两句就喘, "can't finish a sentence"), page; the mid-nineties with mild breathlessness on walking is asked. 5/6 before; 6/6 after.
export const ROUND_9_OXYGEN_SPOKEN: Probe[] = [
  ['group', '我爸血氧只有八十五 说两句话就要停下来喘 嘴唇有点发紫', 'emergency'],
  ['group', '阿嫲血氧得八十幾 講兩句就唞唔到氣', 'emergency'],
  ['group', "mum's oxygen is 86 on the finger monitor, she can't finish a sentence without stopping for breath", 'emergency'],
  ['group', '老公血氧掉到八十九了 讲话讲不完一句就喘 5号楼1101', 'emergency', 'door=5-1101'],
  ['group', '我妈血氧九十四 走两步有点喘 说话正常', 'emergency.ask'],
  ['group', '我爸今天测了血氧九十七 放心了', 'none'],
];

// Set 4 (dev-20: "her water just broke, the pains are coming every few min"): labour under way — waters broken with pains,
// contractions minutes apart — pages in any script; a birth told after is nothing. 1/5 before; 5/5 after.
export const ROUND_9_LABOUR: Probe[] = [
  ['group', 'My wife is 38 weeks, her waters broke and the contractions are three minutes apart, 12-503', 'emergency', 'door=12-503'],
  ['group', '我老婆要生了 宫缩两三分钟一次 痛得站不住', 'emergency'],
  ['group', '新抱陣痛好密 幾分鐘一次 仲見紅', 'emergency'],
  ['group', "she's in labour, pains every 2-3 minutes and the ambulance is an hour away", 'emergency'],
  ['group', '楼上那家昨天顺利生了个女儿 母女平安', 'none'],
];

// Set 5 (dev-22: 39度5, 退烧药吃了一个钟头了): a high fever still there an hour or more after the medicine is asked, not a
// dose's side effect. 0/4 before; 4/4 after.
export const ROUND_9_FEVER_AFTER_DOSE: Probe[] = [
  ['group', '女儿39度8 退烧药喂了快一个小时了 怎么办', 'emergency.ask'],
  ['group', 'my son is 39.7, gave him ibuprofen an hour ago, what should I do', 'emergency.ask'],
  ['group', '細路發燒三十九度半 食咗退燒藥個幾鐘 點算', 'emergency.ask'],
  ['group', '孙子体温40度 布洛芬吃了两个钟头了', 'emergency.ask'],
];

// Set 6 (dev-22: 兩日冇開門 打電話又冇人聽; dev-20: 敲咗門都冇人應, 門口嘅菜都冇拎): a neighbour not seen or heard for days,
// a knock told with its aspect (敲了门, 拍咗幾次門) or a phone nobody picks up, is asked. 2/5 before; 5/5 after.
export const ROUND_9_NOT_HEARD_FROM: Probe[] = [
  ['group', '楼下阿公三天没开门了 电话也没人听', 'emergency.ask'],
  ['group', '對面個伯伯成兩日冇見過佢 拍咗幾次門都冇人應', 'emergency.ask'],
  ['group', '隔壁阿婆敲了好几次门都没人应 门口的菜也没拿进去', 'emergency.ask'],
  ['group', "the old man across the hall hasn't been seen for two days, knocked twice and no one came to the door", 'emergency.ask'],
  ['group', '敲了半天门没人应 原来他们全家下楼做核酸了', 'none'],
];

// Set 7 (dev-22: 爸爸中风过的 今天左手有点麻 讲话还好): a mild sign said softly beside an old illness is asked; the old illness
// is no sign now. 2/4 before; 4/4 after.
export const ROUND_9_SOFT_AFTER_OLD: Probe[] = [
  ['group', '外婆去年中风过 这两天右手有点麻 说话正常', 'emergency.ask'],
  ['group', '阿爺以前中過風 今日左手有啲麻 講嘢冇問題', 'emergency.ask'],
  ['group', '老头子中风过一次 今朝左脚有点麻 走路还可以', 'emergency.ask'],
  ['group', '我爸以前中风过 刚才突然左边手脚没力气 嘴也歪了', 'emergency'],
];

// Set 8 (dev-22: 所以嘴歪了一定马上打120, 大家記得嘴歪手麻馬上叫救護車, the nurse's 如果抽筋 … 一定马上打120): what to do when
// a sign comes (一定/记得/第一时间/即刻 打120) is advice, not urgency; a call for the ambulance for one's own people pages. 2/7 before; 7/7 after.
export const ROUND_9_INSTRUCTION: Probe[] = [
  ['group', '我外公当年心梗就是拖了 所以胸口痛一定要马上叫救护车', 'none'],
  ['group', '大家记住 家里老人突然说不出话 第一时间打120', 'none'],
  ['group', '護士話 如果抽筋或者嘴唇發紫 即刻打120 唔好等', 'none'],
  ['group', "My aunt's stroke was missed, so please, if a face droops, call 120 straight away", 'none'],
  ['group', '提醒一下 孩子高烧抽搐 叫不醒 一定马上打120再在群里说', 'none'],
  ['group', '我爸嘴歪了 说话不清 快叫救护车', 'emergency'],
  ['group', '记得帮我叫救护车 我老婆晕倒了 叫不醒', 'emergency'],
];

// Set 9 (dev-22: the nurse's 注意事項 第一…第二…第三…第四打120): first-aid steps as a numbered list are a how-to. 0/4 before; 4/4 after.
export const ROUND_9_STEPS: Probe[] = [
  ['group', '老人摔倒了怎么办 第一别急着扶 第二看他能不能说话 第三有没有流血 第四打120', 'none'],
  ['group', '分享一下噎住的处理 1.站到背后 2.双手抱住肚子 3.往上用力冲 4.吐出来为止', 'none'],
  ['group', "first aid for a fall: 1) don't move them 2) check if they respond 3) look for bleeding 4) call 120", 'none'],
  ['group', '低血糖嘅處理:一、食粒糖 二、坐低唞下 三、十五分鐘後再測', 'none'],
];

// Set 10 (dev-22: 昨天半夜那个低血糖的老伯伯 … 人挺好的; 頭先嗰個跌親嘅婆婆點呀?有冇事?): someone named by an earlier scare
// (那个V的人, 嗰個V嘅婆婆, "the lady who had the fall"), asked after or told well, is no danger now. 3/6 before; 6/6 after.
export const ROUND_9_EARLIER_SCARE: Probe[] = [
  ['group', '前晚那个抽筋的小朋友 今天在楼下玩了 看着挺好', 'none'],
  ['group', '啱啱嗰個暈低嘅阿伯點呀?冇事嘛?', 'none'],
  ['group', '昨晚那个噎住的阿婆还好吗', 'none'],
  ['group', "how's the old lady who had the fall this afternoon? is she ok?", 'none'],
  ['group', '那个低血糖的阿姨 今天早上我去看了 精神蛮好', 'none'],
  ['group', '上次晕倒的那个阿伯刚才又晕倒了 叫不醒', 'emergency'],
];

// Set 11 (dev-22: 我真係要暈 排隊排咗兩粒鐘): "I'm going to faint" said of oneself about a queue, a wait or the chat is a
// manner of speaking; alone at home and dizzy is still asked. 4/5 before; 5/5 after.
export const ROUND_9_ABOUT_TO_FAINT: Probe[] = [
  ['group', '我真是要晕了 这个队排了三个钟头', 'none'],
  ['group', '等核酸结果等到我快晕了', 'none'],
  ['group', '我要昏了 群里又刷了两百条', 'none'],
  ['group', "I'm about to faint, waited two hours for the swab", 'none'],
  ['group', '我一个人在家 头有点晕 心慌 要紧吗', 'emergency.ask'],
];

// Set 12 (dev-22: the retired nurse's 楼里有谁半夜不舒服 … 打个电话给我就行): care offered to whoever is unwell is an offer,
// not an uncertain sign. 2/3 before (the unwired one was asked as an emergency); 2/2 wired after, and none is a likely emergency now.
// Not wired: 「我是退休护士 住6号楼 晚上谁家老人不舒服要量血压 打个电话给我就行」 is no longer asked as an emergency, but the
// volunteer recogniser does not read 打个电话给我 as a call to come to her (its CALL_ME has 打我电话): left to the needs family.
export const ROUND_9_CARE_OFFERED: Probe[] = [
  ['group', "I'm a nurse in 4-201, if anyone feels unwell at night just call me", 'volunteer', 'skills=nurse'],
  ['group', '我係退休護士 邊個唔舒服可以搵我量下血壓', 'volunteer', 'skills=nurse'],
];

// Set 13 (dev-20: 阳了以后咳嗽怎么办 有人试过川贝枇杷膏吗): a home remedy for a common illness asked of neighbours (有人试过,
// 有谁用过, "has anyone tried") is chatter. 3/4 before; 4/4 after.
export const ROUND_9_REMEDY_ASKED: Probe[] = [
  ['group', '发烧退了以后一直咳嗽 有人试过雾化吗 管用吗', 'none'],
  ['group', 'tested positive and coughing a lot, has anyone tried honey and lemon?', 'none'],
  ['group', '陽咗之後咳到瞓唔著 有冇人試過枇杷膏', 'none'],
  ['group', '阳了头疼得厉害 大家都吃的什么 有谁用过布洛芬', 'none'],
];

// Set 14 (dev-20: 喉嚨痛到講不出話 with a request for throat sweets): speech lost to a sore throat is no stroke. 2/4 before; 4/4 after.
export const ROUND_9_SORE_THROAT: Probe[] = [
  ['group', '阳了第三天 喉咙痛得说不出话', 'none'],
  ['group', 'my throat is so sore I can barely talk, covid day 2', 'none'],
  ['group', '喉嚨痛到講唔到嘢 今日第四日', 'none'],
  ['group', '我爸突然说不出话 嘴也歪了', 'emergency'],
];

// Set 15 (dev-20: 阿婆走到一半就坐在楼梯上喘气 还好有志愿者背她下去的): breath lost on the stairs and help already given
// (还好, 幸好, 好在 … 背/扶/扛) is told, not asked. 2/4 before; 4/4 after.
export const ROUND_9_HELPED_ALREADY: Probe[] = [
  ['group', '电梯坏了 12楼的阿婆走到一半坐在楼梯上喘 幸好有志愿者把她背下去了', 'none'],
  ['group', '老伯拎米上楼 歇在三楼喘气 还好物业小哥帮他扛上去了', 'none'],
  ['group', '條樓梯太斜 阿婆行到一半要坐低唞氣 好在有個後生仔扶佢落樓', 'none'],
  ['group', 'the lift is broken again, an old lady had to sit on the stairs to catch her breath, luckily a volunteer carried her down', 'none'],
];

// Set 16 (dev-22: a night's fever of 三十九度八 retold, 今天孩子已经活蹦乱跳了): a scare of last week retold, ending with the
// person well now (活蹦乱跳, 精神很好, "right as rain"), is a story, not a sign now. 2/4 before (written after the others: the bare 三十九度八 read as a fever took dev-22:317); 4/4 after.
export const ROUND_9_RETOLD_WELL: Probe[] = [
  ['group', '上个礼拜半夜外孙女烧到四十度 打120打不通 急死了 幸亏楼上医生下来看了 今天已经活蹦乱跳了', 'none'],
  ['group', '前几天我老公血氧掉到九十 吓死我了 现在人精神很好 谢谢大家关心', 'none'],
  ['group', '上星期阿仔發燒三十九度半 成晚冇瞓 今日已經生龍活虎', 'none'],
  ['group', 'last week my daughter spiked 39.8 in the middle of the night, today she is running around like nothing happened', 'none'],
];

// Set 17 (dev-22: 阿拉是十号楼五零一120打过了): the ambulance's number said right after the door (五零一120打过了, 1203 120已经打了,
// "called 120") is no part of the door. 2/4 before; 4/4 after.
export const ROUND_9_DOOR_BESIDE_120: Probe[] = [
  ['group', '我老公倒在厨房叫不醒 八号楼三零二120打了还没来', 'emergency', 'door=8-302'],
  ['group', '阿婆跌倒了头上都是血 我们在六号楼一零一 120已经打了', 'emergency', 'door=6-101'],
  ['group', '老豆冇晒反應 九座七零五120打咗', 'emergency', 'door=9-705'],
  ['group', 'my father is not breathing, 3-1102, called 120 already', 'emergency', 'door=3-1102'],
];

// Set 18, written after the others to try their edges (corpus 22's README names the kinds: a relative far away who sees it
// on a video call, a dialysis patient weak after a session, a hypo already fed sugar, stroke in other words, an elder who
// has not answered all afternoon), with the near misses that keep their reading. 6/13 before; 13/13 after.
export const ROUND_9_EDGES: Probe[] = [
  ['private', '我在香港 刚跟阿嫲视频 她话心口好痛 跟住就冇声 电话都冇人接 佢住5座1203', 'emergency', 'door=5-1203'],
  ['private', '刚刚和我爸视频 他突然说话含糊 一边脸往下掉 他住在7号楼601 我在外地', 'emergency', 'door=7-601'],
  ['group', '我们一家在看视频 刚才说的那个晕倒的演员是谁啊', 'none'],
  ['group', '阿爸洗完肾返嚟 有啲冇力 血壓低咗少少 講嘢正常', 'emergency.ask'],
  ['group', 'dad is back from dialysis, a bit weak and his pressure is lowish, talking normally', 'emergency.ask'],
  ['group', '我老公透析两次没去了 现在腿肿得厉害 胸口发紧 喘不上气', 'emergency'],
  ['group', '老公低血糖 刚喂了糖水 现在手还在抖 出冷汗 问话也答不上来', 'emergency'],
  ['group', '我爸突然讲话大舌头 左边嘴角往下掉', 'emergency'],
  ['group', '阿婆突然一边面耷拉落嚟 講嘢唔清楚', 'emergency'],
  ['group', '我家那位说话一直有点大舌头 几十年了 哈哈', 'none'],
  ['group', '隔壁独居阿伯一下午都没回微信 平时秒回的', 'emergency.ask'],
  ['group', '我妈一整个下午都没接电话 她一个人住6号楼302 谁能帮忙敲下门', 'emergency.ask'],
  ['group', '我妈一下午没回微信 原来手机没电了 虚惊一场', 'none'],
];

// Set 19, written after the others to try corpus 20's angle (a group that talks about 阳了, 抗原, 方舱, 大白 all day): illness
// told, not asked — a fever that went down (终于退了), a sore throat said by a simile (像吞刀片 说不出话) — is chatter; a fever that
// came back (烧退了又烧起来了) is asked again; danger inside the epidemic talk still pages. 17/20 before; 20/20 after.
// Not wired: 「大白今天上门测了 说我家老人血氧96 没问题」 is read as a volunteer's offer (上门, 没问题): left to the needs family.
export const ROUND_9_EPIDEMIC_TALK: Probe[] = [
  ['group', '阳了第二天 烧到39度2 吃了布洛芬好多了', 'none'],
  ['group', '我们家三口都阳了 我老公烧了三天 今天终于退了', 'none'],
  ['group', '方舱那边说今晚有车来接 阳性的准备好行李', 'none'],
  ['group', '听说隔壁楼有个老人阳了以后住院了 大家多注意', 'none'],
  ['group', '志愿者太辛苦了 昨天有个大白在楼下晕倒了 还好没事', 'none'],
  ['group', 'my whole family tested positive, fever 39.5 last night, much better today', 'none'],
  ['group', '孩子阳了 烧到40度 一直说胡话 叫也不太应', 'emergency'],
  ['group', '我阳了 烧到三十九度八 一个人在家 浑身没力气', 'emergency.ask'],
  ['group', '抗原两道杠 我妈喘得厉害 嘴唇发紫 快来人', 'emergency'],
  ['group', '今天做核酸排队的时候前面一个阿姨晕倒了 大白马上把她扶到旁边 现在好了', 'none'],
  ['group', '药盒里的连花清瘟吃了会不会心慌 我吃了两天心跳有点快', 'none'],
  ['group', '我家老人打了疫苗以后有点低烧 正常吗', 'none'],
  ['group', '邻居阳了一个人在家 发烧39度 打电话没人接 有人能去看看吗', 'emergency.ask'],
  ['group', '阳了以后嗓子像吞刀片 说不出话 只能打字了', 'none'],
  ['group', 'Tested positive, throat feels like razor blades, can barely talk lol', 'none'],
  ['group', '抗原阳了 孩子半夜烧到39度5 吃了美林一个多小时还是不退', 'emergency.ask'],
  ['group', '新闻说上海昨天又有老人阳了以后去世 好怕', 'none'],
  ['group', '讲真 排队做核酸排到我要晕过去了', 'none'],
  ['group', '楼下大白中暑了 倒在地上 叫他没反应', 'emergency'],
  ['group', '孙子烧退了又烧起来了 现在四十度 一直哭', 'emergency.ask'],
];

// Set 20, written after the others to try corpus 22's nights in other words: the nurse's reports and advice in English, 120
// waits complained of, a home-oxygen machine that died, Shanghainese falls, hyperbole (心脏病都要犯了, 急死了, 我要死了), a cat
// playing dead, a febrile fit told the next day. 18/20 before (an English precaution "If anyone has a febrile seizure …: lay the
// child on their side" paged; "breathing really hard and can barely talk" was only asked); 20/20 after.
export const ROUND_9_NIGHT_TALK: Probe[] = [
  ['group', 'Nurse here from block 9: the lady in 3-502 had a hypo, sugar now 7.2, she is alert and eating. Family is with her. No need to come down.', 'none'],
  ['group', 'If anyone has a febrile seizure at home tonight: lay the child on their side, time it, do not put anything in the mouth.', 'none'],
  ['group', 'Waiting 40 minutes for 120 is ridiculous, someone should complain to the district', 'none'],
  ['group', 'My grandfather in 11-402 is on home oxygen and the machine just died, he is breathing really hard and can barely talk', 'emergency', 'door=11-402'],
  ['group', 'my mum just fell in the kitchen, she is conscious but her hip looks wrong and she can’t stand', 'emergency'],
  ['group', 'Does anyone know what to take for a migraine? Mine is killing me today', 'none'],
  ['group', 'is it over now? I saw the ambulance leave', 'none'],
  ['group', '阿拉老头子刚刚跌了一跤 爬勿起来 嘴里一直哼', 'emergency'],
  ['group', '侬晓得伐 昨日夜里三号楼有个老太太心脏病发 后来救护车来了 现在医院里', 'none'],
  ['group', '吓得我心脏病都要犯了 原来是楼上的花盆掉下来', 'none'],
  ['group', '我家猫刚才一动不动 吓死我 原来是在装死', 'none'],
  ['group', '急死了急死了 孩子网课又掉线了', 'none'],
  ['group', '我要死了 今天搬了八箱物资', 'none'],
  ['group', '孩子吃东西呛到了 一直咳 脸憋得通红 现在还在咳', 'emergency'],
  ['group', '我老婆怀孕36周 刚才下面出了好多血 肚子很痛', 'emergency'],
  ['group', '宝宝高烧抽搐了两分钟 现在停了 人有点迷糊', 'emergency'],
  ['group', '宝宝昨天高烧抽了一下 今天精神很好 医生说是热性惊厥', 'none'],
  ['group', '老爸吃了两片安眠药又吃了两片 现在叫不太醒', 'emergency'],
  ['group', '我透析的针眼在流血 压了半个钟头还是止不住', 'emergency'],
  ['group', '隔壁阿婆讲伊头有点昏 想吐 叫阿拉陪伊一歇', 'emergency.ask'],
];

// Set 21, written after the others to try corpus 20's label decisions in new words (README-20 5–7): a cough that will not stop
// for an hour is asked; a diabetic shaking after a day without food who barely answers, and a hypo told in the other order
// ("skipped lunch after his insulin"), page; oxygen in the low-to-mid nineties with breath short on walking is asked even when
// sitting down eases it; a normal pressure after a fright, a pet's old fit, a transfer ambulance and 方舱 talk are nothing.
// 10/14 before; 14/14 after. Left out: 「阿婆在楼道里坐着喘气 喊她也不应 嘴唇发白」 is asked (someone sitting in the stairwell who does not
// answer is the uncertain middle by an older rule), not paged.
export const ROUND_9_MIDDLE: Probe[] = [
  ['group', '楼下阿爷咳了快一个钟头了 停都停不下来 听着好难受', 'emergency.ask'],
  ['group', "the old man next door has been coughing nonstop for an hour, I can hear it through the wall", 'emergency.ask'],
  ['group', '从18楼往下看 草坪上好像躺着一个人 天太黑看不清', 'emergency.ask'],
  ['group', '做核酸的地方有个老伯突然倒了 头磕破了 一直在流血', 'emergency'],
  ['group', 'a man just collapsed in the testing queue and hit his head, there is blood', 'emergency'],
  ['group', '我爸糖尿病 今天一天没吃饭 现在浑身发抖 问他话也不怎么答', 'emergency'],
  ['group', '我妈血氧93 走到厕所就有点喘 坐下来就好了', 'emergency.ask'],
  ['group', '老公说胸口有点紧 说话都正常 要紧吗', 'emergency.ask'],
  ['group', '刚才吓了一跳 量了下血压130/80 正常的 大家放心', 'none'],
  ['group', '我家狗去年抽过一次风 现在好好的', 'none'],
  ['group', '救护车来接7号楼的阳性去定点医院了 大家别紧张', 'none'],
  ['group', '今晚几点去方舱 有没有人知道', 'none'],
  ['group', '隔壁单元有人被120拉走了 不知道是不是阳了', 'none'],
  ['group', 'Mr Wang in 8-1002 is shaking and sweating, he skipped lunch after his insulin and now he is not making sense', 'emergency', 'door=8-1002'],
];

// Set 22, written after the others: the same reasons in Taiwanese and Hong Kong writing (about a fifth of corpora 20 and 22) —
// 講話怪怪的 beside a hypo is a mind not clear, 抽緊 / 眼反晒白 a fit, 抖唔到氣 (抖 typed for 唞) breath lost, 有少少麻 said softly, 快昏倒
// of a queue, 一定要馬上打119 advice, 護理師提醒 a reminder, 咳到停不下來 asked, "on video from HK" what one was doing. 6/15 before;
// 15/15 after.
export const ROUND_9_TRADITIONAL: Probe[] = [
  ['group', '阿公剛剛在浴室跌倒 叫他都沒反應 拜託誰來幫忙', 'emergency'],
  ['group', '阿嬤打完胰島素沒吃東西 現在一直冒冷汗 講話怪怪的', 'emergency'],
  ['group', '我老婆快生了 陣痛三分鐘一次 救護車還沒來', 'emergency'],
  ['group', '細路發高燒 成個人抽緊 眼反晒白', 'emergency'],
  ['group', '我阿媽透析冇去 而家腳腫到好犀利 抖唔到氣', 'emergency'],
  ['group', '樓上阿婆兩日冇應門 信箱啲報紙都冇拎', 'emergency.ask'],
  ['group', '我阿爸中過風 今日話手有少少麻 不過講嘢清楚', 'emergency.ask'],
  ['group', '琴晚嗰個暈低嘅伯伯今朝已經出院 多謝大家', 'none'],
  ['group', '笑到我暈 阿仔講嘅笑話', 'none'],
  ['group', '排隊做核酸排到快昏倒 熱死了', 'none'],
  ['group', '我媽之前中風過 所以大家看到嘴歪 一定要馬上打119 不對 是120', 'none'],
  ['group', '護理師提醒 小朋友高燒不退超過三天要看醫生 抽筋要側躺', 'none'],
  ['group', '請問有人知道血壓計哪裡可以買 我爸血壓有點高', 'none'],
  ['group', '隔壁伯伯一直咳 咳到停不下來 已經一個多鐘頭', 'emergency.ask'],
  ['group', 'Grandma on video from HK says her chest hurts and then the call dropped, she lives in 5-1203, please check', 'emergency', 'door=5-1203'],
];

// Set 23, written after the others: the same reasons in everyday English (a fifth of corpora 20 and 22) — a hypo with "never ate"
// and "clammy and mumbling nonsense", a baby of a few months with a fever (the 38.5 no longer cuts the question short). 11/13
// before; 13/13 after. Left out, as older rules read them: a swallowed button battery pages (a poison sign), and "someone is
// screaming for help … come quick" is asked (a cry heard, no sign).
export const ROUND_9_ENGLISH: Probe[] = [
  ['group', 'my dad is diabetic, he did his insulin but never ate dinner, now he is clammy and mumbling nonsense', 'emergency'],
  ['group', 'Need a doctor NOW in block 6, my son swallowed something and is choking, he cannot cough', 'emergency'],
  ['group', 'the baby is 3 months old and has a fever of 38.5, she is still feeding, should we go to the hospital?', 'emergency.ask'],
  ['group', 'Mum fell in the shower about 20 minutes ago, she is talking but cannot get up off the floor', 'emergency'],
  ['group', 'Dialysis patient in 2-303 missed two sessions, now very swollen and struggling to breathe', 'emergency', 'door=2-303'],
  ['group', "Heads up: if your elderly parent's face droops or their speech slurs, call 120 immediately. Time matters.", 'none'],
  ['group', 'lol I nearly passed out when I saw the price of eggs today', 'none'],
  ['group', 'That episode where the doctor does CPR on the lift floor had me in tears', 'none'],
  ['group', 'My husband had a hypo last night but he is totally fine this morning, thanks to the nurse in block 9', 'none'],
  ['group', "anyone else's parents feeling dizzy in this heat? mine keeps complaining", 'none'],
  ['group', 'The old lady in 4-101 has not opened her door since Monday and her milk is still outside', 'emergency.ask', 'door=4-101'],
  ['group', 'my wife is 30 weeks and bleeding a lot, the ambulance says 40 minutes', 'emergency'],
  ['group', 'just practised CPR on a dummy at the community class, my arms are dead', 'none'],
];
