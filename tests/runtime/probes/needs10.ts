/**
 * Round 10 needs probes: what dev-24 (杨浦 beside two universities: students' slang, retired professors' formal
 * Chinese) and dev-25 (浦东, April 2022) missed or mistook among homes, offers, sign-ups, task replies, help, one's
 * own details and orders, each by its reason, in new words and other scripts. [context, text, intent, fields?] as in
 * ../understand-probes.ts.
 */
type Probe = [string, string, string, string?];

// Set 1 (dev-24: 收到 我十分钟后去取): under a task post, going in a while to fetch or bring it (半小时后去拿, 一刻钟后去药房
// 取, "will collect it in half an hour") claims it, as 十分钟后到 already did; someone else's plan, told (老人说半小时后去拿), claims
// nothing. 1/5 before; 5/5 after.
export const ROUND_10_TASK_CLAIM_LATER_FETCH: Probe[] = [
  ['reply:task', '好的 我半小时后去拿', 'task.claim'],
  ['reply:task', '明白 我一刻钟后去药房取', 'task.claim'],
  ['reply:task', '收到 我十五分鐘後去送', 'task.claim'],
  ['reply:task', 'noted, will collect it in half an hour', 'task.claim'],
  ['reply:task', '老人说半小时后去拿 你不用去了', 'none'],
];

// Set 2 (dev-24: 已交付 特此回复): done said in official words (已移交, 已递交, 交付, 交到…手中, "order fulfilled", "is
// with the resident now"). 1/4 before; 4/4 after.
export const ROUND_10_TASK_DONE_FORMAL: Probe[] = [
  ['reply:task', '物资已移交老人本人 特此告知', 'task.done'],
  ['reply:task', '藥品已遞交家屬手中', 'task.done'],
  ['reply:task', '东西已经交付给阿婆了', 'task.done'],
  ['reply:task', 'Order fulfilled, the parcel is with the resident now.', 'task.done'],
];

// Set 3 (dev-24: oops clicked wrong, not me): a claim made by a slip of the finger (手滑, 按錯 without 了, "tapped the
// wrong one", "misclicked") is given back; a slip of the finger in the photo sent (手滑发错图了) gives nothing back. 1/5 before; 5/5 after.
export const ROUND_10_TASK_MISCLICK: Probe[] = [
  ['reply:task', 'sorry, tapped the wrong one, not mine', 'task.giveback'],
  ['reply:task', 'pressed the wrong button, please ignore my claim', 'task.giveback'],
  ['reply:task', '手滑按錯 唔係我接嘅', 'task.giveback'],
  ['reply:task', 'misclicked sorry', 'task.giveback'],
  ['reply:task', '手滑发错图了 不好意思 已经送到了', 'task.done'],
];

// Set 4 (dev-25: 我今日要返公司 呢個任務要放返出嚟): a task put back out for others (放返出嚟, 放出来, "putting this one
// back"), or called back to the office (返工, 返公司, "go back to the office") with an apology, is given back. 2/4 before; 4/4 after.
export const ROUND_10_TASK_PUT_BACK_OUT: Probe[] = [
  ['reply:task', '唔好意思 公司叫我返工 呢單我放返出嚟', 'task.giveback'],
  ['reply:task', '我今日要返公司 呢個放返出去俾其他人', 'task.giveback'],
  ['reply:task', 'sorry, have to go back to the office today, putting this one back', 'task.giveback'],
  ['reply:task', '抱歉 单位让我回去 这个任务重新放出来吧', 'task.giveback'],
];

// Set 12 (dev-24: 我想团一份鸡蛋 12-201, private, new): 团 as the verb of ordering (团一份, 團兩份) orders a package by its name
// from someone the bot does not know yet, as 订/买/要 did; its letter is the community's to know (no group-buy is open to them
// yet, so the probe, like the command, has the door and not the letter). 2/4 before; 4/4 after.
export const ROUND_10_ORDER_TUAN: Probe[] = [
  ['private', '想团两份蔬菜套餐 5-1102', 'order', 'items=A*2;door=5-1102'],
  ['group', '我团一份水果 8号楼301', 'order', 'items=C*1;door=8-301'],
  ['private:new', '幫我團兩份雞蛋 3-502', 'order', 'door=3-502'],
  ['private:new', '我要团一份肉 11-1201', 'order', 'door=11-1201'],
];

// Set 5 (dev-24: 請問閣下存有本人哪些資料): what is held asked in the formal written register — the bot as 阁下, 贵方,
// 贵平台, the writer as 本人, 在下, kept as 存有. 2/4 before; 4/4 after.
export const ROUND_10_MYDATA_FORMAL: Probe[] = [
  ['private', '敢问贵方保存了本人哪些个人信息', 'mydata'],
  ['private', 'May I enquire what personal data you hold on me?', 'mydata'],
  ['private', '請問貴平台記錄了在下哪些資料', 'mydata'],
  ['private', '想了解一下您这边存了我哪些信息', 'mydata'],
];

// Set 6 (dev-25: @邻里 我登记的是哪栋 你查查): which building or door one registered, asked by its measure (哪栋, 边座,
// 几号楼, "which building did I register under"), with a time word between (当时登记的). 1/4 before; 4/4 after.
export const ROUND_10_MYDATA_WHICH_REGISTERED: Probe[] = [
  ['group', '@邻里 我登记的门牌是多少 帮我看看', 'mydata'],
  ['private', '我當時登記嘅係邊座 你睇下', 'mydata'],
  ['private', 'which building did I register under? check pls', 'mydata'],
  ['private', '我报的是几号楼来着 你查一下', 'mydata'],
];

// Set 7 (dev-24: 您好 敝人住教工宿舍11號樓302室): a home given in formal words — 敝人, 鄙人, 在下, 本人 as I, 寓所为, 居于
// as living at, 您好 as the greeting — is the home, not a door beside something else. 1/4 before; 4/4 after.
export const ROUND_10_HOME_FORMAL: Probe[] = [
  ['private:new', '在下家住职工新村7号楼501室', 'home', 'door=7-501'],
  ['private:new', '您好 鄙人寓所为3号楼1102室', 'home', 'door=3-1102'],
  ['private:new', '本人居於教師公寓5座801室', 'home', 'door=5-801'],
  ['private:new', 'Good afternoon, I reside at Block 9, Flat 603.', 'home', 'door=9-603'],
];

// Set 8 (dev-25: 现在是15号楼2单元1302 以后配药和团购都写这个地址 … 有什么事情可以联系我): a newcomer's address given for what
// is sent from now on (以后…写这个, "use this address from now on") is the home; a contact beside it offers no help. 3/4 before; 4/4 after.
export const ROUND_10_HOME_USE_THIS_ADDRESS: Probe[] = [
  ['private:new', '刚搬过来 现在住8号楼1单元602 以后送东西都写这里', 'home', 'door=8-1-602'],
  ['private:new', '我新搬嚟嘅 住緊12座1003 之後團購寫呢個地址', 'home', 'door=12-1003'],
  ['private:new', 'just moved in, now at building 4 unit 2 room 301, please use this address from now on', 'home', 'door=4-2-301'],
  ['private:new', '搬家了 新地址是6号楼702 以后配药就写这个 有事可以联系我', 'home', 'door=6-702'],
];

// Set 9 (dev-24: 本人退休前为外语系教授 可为外籍居民翻译 愿效绵薄之力; 退休醫師一名 … 可隨時聯繫): an offer in the formal
// written register — 鄙人/在下 as I, 可为…做翻译, 愿尽绵薄之力, 愿为邻里效劳, 联系本人, "glad to be of service". 1/5 before; 5/5 after.
export const ROUND_10_OFFER_FORMAL: Probe[] = [
  ['group', '鄙人曾任中学英语教师 可为社区外籍人士做翻译', 'volunteer', 'skills=translator'],
  ['group', '退休护士一名 如邻里有需 可随时联系本人', 'volunteer', 'skills=nurse'],
  ['group', '在下略通日語 如有需要 願為鄰里效勞', 'volunteer', 'skills=translator'],
  ['group', 'As a retired physician, I would be glad to be of service to any neighbour in need.', 'volunteer', 'skills=doctor'],
  ['group', '本人退休前系内科医生 愿尽绵薄之力', 'volunteer', 'skills=doctor'],
];

// Set 10 (dev-24: 閒著也是閒著 有什麼需要幫忙的儘管說): an offer with the subject dropped, the writer known by being idle
// at home (闲着也是闲着, 反正在家没事, 横竖在家闲着, "bored at home anyway"). 1/4 before; 4/4 after.
export const ROUND_10_OFFER_IDLE: Probe[] = [
  ['group', '反正在家也没事做 有啥要帮忙的尽管开口', 'volunteer', 'skills=general'],
  ['group', '闲在家里也是闲着 哪里需要人就喊一声', 'volunteer', 'skills=general'],
  ['group', '橫豎在家閒著 有咩要幫手嘅儘管講', 'volunteer', 'skills=general'],
  ['group', 'bored stiff at home anyway, whatever you need just say', 'volunteer', 'skills=general'],
];

// Set 17 (dev-25: can you help with group buy? how, private, new): a service named (group buy, the chain, volunteer sign
// up), then a bare "how" at the end, asks the bot how; "can you help with the …" before it is the asking, not something
// said first. 1/4 before; 4/4 after.
export const ROUND_10_HELP_TERSE: Probe[] = [
  ['private:new', 'can you help with the volunteer sign up? how', 'help'],
  ['private:new', 'help with group buy pls, how?', 'help'],
  ['private', 'can you do the chain thing? how', 'help'],
  ['private:new', '团购你能帮吗 怎么弄', 'help'],
];

// Set 11 (dev-24: an ER doctor, "if someone needs first aid … please call me"; dev-25: 侬要是有人要去医院配药 … 侬就叫阿拉):
// one's trade offered to whoever might need it, said as a condition and a call on me, is the offer whatever need it names
// (the need is the condition's, not the writer's); a contact without object (可随时联系) after a self-description offers. 1/5 before; 5/5 after.
export const ROUND_10_OFFER_IF_NEEDED: Probe[] = [
  ['group', '本人退休儿科医生 要是哪家小孩发烧吃什么药拿不准 随时叫我', 'volunteer', 'skills=doctor'],
  ['group', "I'm a nurse on leave, if someone needs a wound dressed or first aid in the evening, please call me", 'volunteer', 'skills=nurse'],
  ['group', '我係退休司機 有架七人車 如果有人要去醫院配藥 就叫我', 'volunteer', 'skills=driver|medicine'],
  ['group', '侬要是有人要去医院配药 侬就喊阿拉 阿拉有车', 'volunteer', 'skills=driver|medicine'],
  ['group', '退休药剂师一名 邻居如需咨询用药 可随时联系', 'volunteer', 'skills=pharmacist'],
];

// Set 13 (dev-25: 阿拉老头子老早是开车额 侬要车子讲一声): a household member's trade, told with whoever needs it to say so
// (有需要讲一声, 边个要车出声, "if you need a car just say"), is the household's offer (signed up as the relative, as the lead's
// change does); the trade told with nothing asked of anyone, or of one who cannot any more, stays news. 3/6 before; 6/6 after.
export const ROUND_10_KIN_TRADE_CALL_US: Probe[] = [
  ['group', '我家老伴以前开出租的 谁家要用车说一声', 'volunteer', 'skills=driver'],
  ['group', '阿拉儿子是护士 有需要讲一声', 'volunteer', 'skills=nurse'],
  ['group', '我老公會開車 邊個要車出聲', 'volunteer', 'skills=driver'],
  ['group', 'my husband used to be a driver, if you need a car just say', 'volunteer', 'skills=driver'],
  ['group', '我老公以前是开车的 现在在家带孙子', 'none'],
  ['group', '我老公以前是开车的 有需要讲一声 他现在腰不好开不了了', 'none'],
];

// Set 14 (dev-25: "My wife and I are both doctors … message us here, we can at least give advice over the phone or come to
// the door"): an English offer made by a couple or with what one can give (message us, we can at least give advice, we could
// come to your door, we will gladly come round); "message us if you know…" asks, and offers nothing. 2/5 before; 5/5 after.
export const ROUND_10_OFFER_WE_EN: Probe[] = [
  ["group", "We're both nurses in block 3, if your parents need their blood pressure checked, message us and we can come over", 'volunteer', 'skills=nurse'],
  ['group', "I'm a retired GP, I can at least give advice over the phone if anyone's kid is poorly", 'volunteer', 'skills=doctor'],
  ['group', 'We are two nurses on the 5th floor, we could come to your door to take blood pressure', 'volunteer', 'skills=nurse'],
  ['group', 'My husband and I are both doctors in 9-402, text us any time, we will gladly come round', 'volunteer', 'skills=doctor'],
  ['group', 'We are both doctors, message us if you know any good restaurants that deliver', 'none'],
];

// Set 15 (dev-25: 以后浦东几个医院的配药我都可以去跑 需要的就在群里说或者找居委登记): one's own offer first, then the way to
// reach one through those in charge (找楼组长登记, 跟居委说一声, "tell your building lead"), is the offer; a notice to report a
// need to the lead, with no offer of one's own before it, stays none. 1/4 before; 4/4 after.
export const ROUND_10_OFFER_THROUGH_THE_LEAD: Probe[] = [
  ['group', '我是7号楼的志愿者 会开车 去医院配药我都可以跑 要配药的找楼组长登记就行', 'volunteer', 'skills=driver|medicine'],
  ['group', '我以前是护士 量血压打针我都能帮 有需要的跟居委说一声 居委会转给我', 'volunteer', 'skills=nurse'],
  ['group', "I'm a volunteer with a car and can do hospital runs for medicine; if you need one, tell your building lead and they'll pass it on", 'volunteer', 'skills=driver|medicine'],
  ['group', '需要配药的请在周五前报给楼组长', 'none'],
];

// Set 16 (dev-25: 阿拉也报一个 帮老年人跑医院配药 阿拉熟门熟路): under the recruit post, 我也报一个 / 我報一個 signs up in so many
// words, as 报名 does, so the errand for the elderly it names (跑医院配药, 去药房拿药) is what one will do, not a request for
// medicine tying it. 1/4 before; 4/4 after.
export const ROUND_10_SIGNUP_ONE_MORE: Probe[] = [
  ['reply:recruit', '我也报一个 帮老人去药房拿药 我路熟', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '我報一個 幫老人家跑醫院配藥', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', '俺也报一个 替老人跑药房买药', 'recruit.signup', 'skills=medicine'],
  ['reply:recruit', 'put me down for one, I can fetch medicine for the old folks', 'recruit.signup', 'skills=medicine'],
];

// Set 18 (dev-24: 有七座车 送菜送药都行 需要就喊我; dev-3 agrees: 送菜送药都可以 → driver|delivery|general): medicine
// carried beside food (送饭送药, 送米送药, 送药和送菜) is goods delivered, delivery; 送药 alone (「要不要我帮忙送药」, 「跑腿送药都行」
// in older probes) stays the medicine run. 0/4 before; 4/4 after.
export const ROUND_10_DELIVERS_MEDICINE_WITH_FOOD: Probe[] = [
  ['group', '我有电瓶车 送饭送药都可以 需要就说', 'volunteer', 'skills=delivery'],
  ['group', '有辆面包车 送米送药没问题 喊我就行', 'volunteer', 'skills=driver|delivery'],
  ['group', '我有私家車 送菜送藥都得 有需要搵我', 'volunteer', 'skills=driver|delivery'],
  ['group', '我可以帮忙送药和送菜 晚上有空', 'volunteer', 'skills=delivery'],
];
