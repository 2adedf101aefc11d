/**
 * Round 14 probes (noticed14): misreads of the emergency reader that other helpers of this round noticed with their own
 * probes and left ("Noticed and left" in docs/understanding.md). Sentences of the writer's own, written before each change,
 * in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts. Every exported array is played by
 * ../understand-rounds.test.ts; say above each set what it is and how many it read right before the change.
 */
export type Probe = [string, string, string, string?];

// Set 1 (noticed by the medicine helper: 「我婆婆心绞痛 一般都会在枕头边放硝酸甘油」 paged at 0.95): a condition only named in a
// clause of its own (「我婆婆心绞痛」, 「我爸有心绞痛」, "my nan has angina") beside a clause telling the habit of keeping its
// medicine at hand (一般都会在枕头边放, 平时床头都放着, 随身带) is who she is, not a sign now; 一般都会 with a place between it and
// 放 is a habit too. The condition with 又犯/发作/突然/现在 or a cry still pages. Read right before the change: 9/12. After: 12/12.
export const ROUND_14_CONDITION_KEPT_READY: Probe[] = [
  ['group', '我婆婆心绞痛 一般都会在枕头边放硝酸甘油', 'none'],
  ['group', '我爸有心绞痛 平时床头都放着速效救心丸', 'none'],
  ['group', '外婆哮喘 一般都随身带喷雾的', 'none'],
  ['group', '阿拉姆妈心绞痛老毛病 枕头边浪向一直摆了硝酸甘油', 'none'],
  ['group', 'my nan has angina, she always keeps her GTT spray by the bed', 'none'],
  ['group', '我嫲嫲有心絞痛 平時枕頭邊都放住硝酸甘油', 'none'],
  ['group', '我爸有心脏病 平时口袋里都带着速效救心丸', 'none'],
  ['group', '我婆婆心绞痛又犯了 硝酸甘油含了也不管用 快来人', 'emergency'],
  ['group', '我爸心绞痛发作 胸口痛得厉害 满头冷汗', 'emergency'],
  ['group', '外婆哮喘发作了 喷雾用了还是喘不上气 快叫120', 'emergency'],
  ['group', '婆婆突然胸口绞痛 一身冷汗 快来人', 'emergency'],
  ['group', '我婆婆心绞痛 硝酸甘油就放在枕头边 现在含了还是痛 快来人', 'emergency'],
];

// Set 2 (noticed by the intents helper: "I watched a video about first aid for bleeding from the head" paged): DOING took
// "watched a video" out as what someone was doing when it happened, so the video frame was gone; a video watched about, on or
// of something is what was seen, and stays a frame (and 看视频 before 学/教 likewise). Watching a video when someone of
// one's own collapses still pages. Read right before the change: 11/14. After: 14/14.
export const ROUND_14_VIDEO_ABOUT: Probe[] = [
  ['group', 'I watched a video about first aid for bleeding from the head', 'none'],
  ['group', 'we watched a video about a man who collapsed from heatstroke', 'none'],
  ['group', 'my mum watched a video on choking and now she is scared to eat fish', 'none'],
  ['group', 'saw a clip about what to do if someone is having a seizure', 'none'],
  ['group', 'Watching a YouTube video on first aid for burns, very useful', 'none'],
  ['group', 'just did a first aid course, we practised on a dummy that was not breathing', 'none'],
  ['group', '昨晚看了个视频 讲头部出血怎么急救', 'none'],
  ['group', '视频里那个老人突然倒地抽搐 看得我好怕', 'none'],
  ['group', '今天社区培训 教我们有人心脏骤停怎么做', 'none'],
  ['group', '看視頻學咗點樣幫人止血', 'none'],
  ['group', '我爸在看视频 突然倒下了 叫不醒 快来人', 'emergency'],
  ['group', 'my dad was watching a video and suddenly collapsed, not breathing, help', 'emergency'],
  ['group', 'I was watching a video when grandma fainted and hit her head, she is bleeding, please come', 'emergency'],
  ['group', '培训刚结束 外婆突然晕倒在活动室 快叫120', 'emergency'],
];

// Set 3 (noticed by the intents helper: 「嫲嫲心跳好快 成個人冇力」 was silence): a milder sign is asked only when someone is
// named, and the emergency reader's people knew no 嫲 (Cantonese grandmother), 老母/老豆 said without 我, 佢 (Cantonese he/she),
// 伊 (Wu he/she; not 伊利, 伊朗), nor a bare English nan, gran, grandpa (a bare mum was left out: "mum can breathe easier" of
// medicine11 turned a thanks into a question). Now PERSON, SOMEONE and OURS know them; a
// drama watched by one's grandmother stays a drama. Read right before the change: 13/16. After: 16/16.
export const ROUND_14_KIN_WORDS: Probe[] = [
  ['group', '妈妈心跳好快 成個人冇力', 'emergency.ask'],
  ['group', '嫲嫲心跳好快 成個人冇力', 'emergency.ask'],
  ['group', '阿嫲心口有啲闷 冇乜力', 'emergency.ask'],
  ['group', '老豆心跳好快 成个人冇晒力', 'emergency.ask'],
  ['group', '老母心跳好快 手脚冇力', 'emergency.ask'],
  ['group', '佢心跳好快 成个人冇力 点算', 'emergency.ask'],
  ['group', '伊心跳好快 人呒没力气 哪能办', 'emergency.ask'],
  ['group', "nan's heart is racing and she has no strength at all", 'emergency.ask'],
  ['group', "grandpa's heart is pounding and he can barely stand", 'emergency.ask'],
  ['group', '我嫲嫲突然晕低咗 叫唔醒', 'emergency'],
  ['group', "my nan collapsed in the kitchen and isn't breathing, help", 'emergency'],
  ['group', '嫲嫲今日煲咗汤 好好饮', 'none'],
  ['group', '老豆话今晚唔返嚟食饭', 'none'],
  ['group', "grandpa's garden is looking lovely", 'none'],
  ['group', '伊利牛奶到了 心跳价 哈哈', 'none'],
  ['group', '我嫲嫲睇紧电视剧 入面个主角晕低咗 佢喊到眼都肿', 'none'],
];

// Set 4 (noticed by the emergency helper: a door opened at last told only as 「原来在洗澡」 left an unanswered knock asked): what a
// worry turned out to be was read only as 原来是/原来她…; 原来 with a harmless whereabouts or state (在洗澡, 冲凉, 汏浴, 睡着, 出去,
// 没听见, 戴着耳机) and "turns out she was…" settle it too, unless a grave sign is told after (「原来在睡觉 可是叫不醒」); 原来 as
// 'formerly' (「我爸原来在医院上班」) settles nothing. Read right before the change: 10/13. After: 13/13.
export const ROUND_14_DOOR_OPENED_AT_LAST: Probe[] = [
  ['group', '刚才敲了半天门没人应 原来在洗澡', 'none'],
  ['group', '阿婆家敲门一直没人开 后来开了 原来睡着了', 'none'],
  ['group', '5号楼302敲门没人应 原来她在洗澡没听见', 'none'],
  ['group', 'knocked for ages and no answer, turns out she was in the shower', 'none'],
  ['group', '叩咗好耐门都冇人应 原来佢喺度冲凉', 'none'],
  ['group', '敲了十分钟门 电话也不接 原来戴着耳机在听戏', 'none'],
  ['group', '伊拉屋里敲门呒没人应 原来伊勒汏浴', 'none'],
  ['group', '原来在洗澡的时候停水了 气死', 'none'],
  ['group', '敲门没人应 打电话也不接 老人一个人住 好担心', 'emergency.ask'],
  ['group', '敲门没人应 原来门没锁 进去一看外婆倒在地上 快来人', 'emergency'],
  ['group', '敲门没人应 原来在睡觉 可是怎么叫都叫不醒 快来人', 'emergency'],
  ['group', 'knocked and no answer, turns out he is lying on the floor not breathing, help', 'emergency'],
  ['group', '我爸原来在医院上班 今天突然晕倒了 叫不醒', 'emergency'],
];

// Set 5 (found while writing the docs of set 1: 「我婆婆心绞痛很多年了 枕头边放着药」 still paged): a condition had for years
// (很多年了, 好几十年, 交关年数, "for years") in a clause of its own, beside its medicine kept at hand, is who someone is, even with
// no habit word, and so is medicine kept with 都 (都放着); a mild 喘 of 哮喘 so told is no longer asked. 今天突然, 刚才又犯了,
// "right now" still page. Read right before the change: 6/10 (the two 都 rows added after the first change, read before
// the second: 1/2). After: 10/10.
export const ROUND_14_CONDITION_HELD_LONG: Probe[] = [
  ['group', '我婆婆心绞痛很多年了 枕头边放着药', 'none'],
  ['group', '外公哮喘好多年了 喷雾一直带在身边', 'none'],
  ['group', '阿拉爷叔心绞痛交关年数了 药侪随身带', 'none'],
  ['group', 'my nan has had angina for many years, she keeps her spray in her bag', 'none'],
  ['group', '我婆婆心绞痛 晚上睡觉枕头边都放着药', 'none'],
  ['group', '我婆婆心绞痛 药都放在枕头边 刚才突然痛得满头大汗 快叫120', 'emergency'],
  ['group', '外公心绞痛好几十年了 今天突然痛得厉害 满头冷汗 快来人', 'emergency'],
  ['group', '我婆婆心绞痛很多年了 刚才又犯了 含了药也不管用', 'emergency'],
  ['group', "grandpa has had asthma for years and right now he can't breathe, help", 'emergency'],
  ['group', '外婆头晕很多年了 刚刚晕倒了 叫不醒', 'emergency'],
];
