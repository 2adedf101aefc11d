/**
 * Round 15 probes (emergency15): the uncertain middle of emergencies — someone unwell now in words the reader did not
 * know, worry about someone who does not answer, grave signs said in new words, and a negation in the clause before a
 * sign. Sentences of the writer's own, written before each change, in sets by reason. [context, text, intent, fields?] as
 * in ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: someone unwell now in words MILD did not know — chills (浑身发冷, 冻得直抖 of a sick person, "shaking and cold"),
// a heart that flutters (心里发慌, 心跳好乱), pain one writhes or bends with (疼得在床上打滚, 痛得直不起腰, 绞着痛), a body gone
// weak after vomiting (人软软的, 虚脱), numbness with 也 before it (手也有点麻), hands and feet gone cold, pain a painkiller
// did not touch. Asked, not silence. Near misses stay nothing: cold from a broken heater, a back bent by carrying, legs
// numb from a queue or hands from grabbing groceries, a peppercorn's tingle, a stomach ache from laughing, a price that makes
// one 心里发慌. The fix: UNWELL_NOW (in MILD) in commands/emergency/signs.ts; the price in HYPERBOLE (frames.ts).
// Read right before the change: 12/23. After: 23/23.
export const ROUND_15_UNWELL_IN_OTHER_WORDS: Probe[] = [
  ['group', '老头子今天浑身发冷 盖了两床被子还在抖', 'emergency.ask'],
  ['group', 'my mum is shaking and cold, not sure what to do', 'emergency.ask'],
  ['group', '我婆婆心里发慌 浑身没劲', 'emergency.ask'],
  ['group', '妈妈心跳好乱 一下快一下慢', 'emergency.ask'],
  ['group', '孩子肚子疼得在床上打滚', 'emergency.ask'],
  ['group', '我外婆肚子痛得直不起腰', 'emergency.ask'],
  ['group', '我老婆肚子一阵一阵绞着痛 脸都白了', 'emergency.ask'],
  ['group', '爷爷刚刚吐了 吐完人软软的', 'emergency.ask'],
  ['group', '我家老头子拉肚子拉了一天了 人都虚脱了', 'emergency.ask'],
  ['group', '我妈嘴巴麻麻的 手也有点麻', 'emergency.ask'],
  ['group', '老妈手脚冰冷 嘴唇有点白', 'emergency.ask'],
  ['group', '我爸今天早上起来头就很痛 吃了止痛药也没用', 'emergency.ask'],
  ['group', '我妈头晕得厉害 站都站不稳', 'emergency.ask'],
  ['group', 'my mum feels faint and very cold', 'emergency.ask'],
  ['group', '冷死了 家里暖气坏了 冻得发抖', 'none'],
  ['group', '今天搬了二十箱菜 累得腰都直不起来', 'none'],
  ['group', '排了两个小时核酸 腿都站麻了', 'none'],
  ['group', '哈哈哈 我老公说他笑得肚子痛', 'none'],
  ['group', '这几天天天吃泡面 吃得我想吐', 'none'],
  ['group', '看到这个菜价我心里发慌 钱包扛不住', 'none'],
  ['group', '今天搬菜累到虚脱了 腰都要断了', 'none'],
  ['group', '抢菜抢得手都麻了 还是没抢到', 'none'],
  ['group', '吃了花椒鸡 嘴巴麻麻的 好过瘾', 'none'],
];

// Set 2: someone not themselves now — 不太对劲 said of a person, "out of it", "not making much sense", no spirit and no
// appetite for a day, Cantonese 好辛苦 (feeling awful, said of oneself by a parent: 话好辛苦) and 成日想瞓 (sleepy all day).
// Asked. Near misses stay nothing: a group-buy or a phone that is 不对劲, 辛苦 as thanks to the volunteers or the leader's
// long days, an opinion reported (「我妈说这个团购不对劲」). The fix: UNWELL_NOW in signs.ts (and the bare 不对劲 of MILD now
// needs someone named); 从昨天开始 makes a 老是 after it new (RECENT, recognise.ts). Read right before the change: 7/17. After: 17/17.
export const ROUND_15_NOT_THEMSELVES: Probe[] = [
  ['group', '我外公今天下午开始就不太对劲 话少 也不吃东西', 'emergency.ask'],
  ['group', 'grandma is really out of it today, not making much sense', 'emergency.ask'],
  ['group', '我爸今天特别没精神 叫他吃饭也不想吃 躺了一天', 'emergency.ask'],
  ['group', '阿爸话好辛苦 成日想瞓', 'emergency.ask'],
  ['group', '我老母话好辛苦 唞气好急', 'emergency.ask'],
  ['group', '佢话好辛苦 成晚瞓唔着 又想吐', 'emergency.ask'],
  ['group', '奶奶从昨天开始人就不对劲 老是发呆', 'emergency.ask'],
  ['group', 'my dad has been out of it all afternoon and barely eating', 'emergency.ask'],
  ['group', '志愿者们辛苦了 大家都好辛苦', 'none'],
  ['group', '团长好辛苦 每天忙到半夜', 'none'],
  ['group', '这个团购链接不太对劲 大家别乱点', 'none'],
  ['group', '我手机今天不对劲 老是自动关机', 'none'],
  ['group', '我妈话排队好辛苦 下次唔去了', 'none'],
  ['group', 'this week has been a lot, I am a bit out of it lol', 'none'],
  ['group', '有人说这个价格不对劲 大家注意', 'none'],
  ['group', '我妈说这个团购不对劲 先别付钱', 'none'],
  ['group', '团长说很辛苦 但是值得', 'none'],
];

// Set 3: someone who does not answer, in other words — "not picking up (her phone)", a knock without the word 门
// (敲了好久没人开), Cantonese 冇人听 (nobody picks up), someone sitting on the ground and the writer wondering whether they
// fell. Asked. Near misses stay nothing: a phone that does not get through with nobody named (欠费, the leader's line), a
// phone found muted, a delivery man who does not pick up. The fix: UNCERTAIN in signs.ts (also 门敲不开); a line's own fault
// (欠费, 停机, 没信号) in EXPLAINED (frames.ts). Read right before the change: 6/15. After: 15/15.
export const ROUND_15_NO_ANSWER: Probe[] = [
  ["group", "Mum's not picking up her phone since this morning, she lives alone in building 5", 'emergency.ask'],
  ['group', "grandpa isn't picking up, tried five times, he's usually glued to his phone", 'emergency.ask'],
  ['group', '敲了好久没人开 是不是睡着了 有点担心', 'emergency.ask'],
  ['group', '去给阿婆送菜 拍了半天没人应 她平时都在家的', 'emergency.ask'],
  ['group', '我打阿妈电话打咗成朝都冇人听 佢一个人住', 'emergency.ask'],
  ['group', '打俾阿爷几次都冇人听 平时佢一定接', 'emergency.ask'],
  ['group', '楼下好像有个阿姨坐在地上 不知道是不是摔了', 'emergency.ask'],
  ['group', '隔壁老伯的门敲不开 灯却一直亮着', 'emergency.ask'],
  ['group', '我妈电话打了一上午都没人接 她一个人住在7号楼 谁能帮忙去看一下', 'emergency.ask'],
  ['group', '电话打不通 是不是欠费了', 'none'],
  ['group', '团长电话打不通 菜什么时候到', 'none'],
  ['group', '我爸电话没人接 原来手机静音了 虚惊一场', 'none'],
  ['group', "the delivery guy isn't picking up, anyone know where the veg is", 'none'],
  ['group', '快递员电话一直没人听 包裹放哪了', 'none'],
  ['group', '楼下好多人坐在地上晒太阳 好久没这么热闹了', 'none'],
];

// Set 4: a negation that ends the clause before a sign (「一点反应都没有 叫不醒」, 「一点声音都没有 喊她也不答应」) was read as
// ruling the sign out, because NEGATED_BEFORE looked across the space. A Chinese negation now rules out only the sign right
// after it (没有胸痛, 没晕倒); English keeps its space (no chest pain). Still ruled out: 没有晕倒, 冇胸口痛, "no chest pain".
// The fix: NEGATED_BEFORE in commands/emergency/recognise.ts. Read right before the change: 7/12. After: 12/12.
export const ROUND_15_NEGATION_BEFORE_THE_CLAUSE: Probe[] = [
  ['group', '我妈一点反应都没有 叫不醒', 'emergency'],
  ['group', '对门阿婆屋里一点声音都没有 喊她也不答应', 'emergency'],
  ['group', '老伴一点力气都没有 叫他也不应', 'emergency'],
  ['group', '我爸脸色一点血色都没有 嘴唇发紫', 'emergency'],
  ['group', '外公饭也没有 吃 刚才晕倒在厨房', 'emergency'],
  ['group', '孩子一点精神都没有 浑身抽搐', 'emergency'],
  ['group', '我爸头晕 没有胸痛 要不要紧', 'emergency.ask'],
  ['group', '外婆没晕倒 就是有点累', 'none'],
  ['group', '我老公没有胸口痛 就是胃不舒服 吃了药好多了', 'none'],
  ['group', 'dad is dizzy but no chest pain, should I worry?', 'emergency.ask'],
  ['group', '孩子没有抽搐 只是发烧 已经退了', 'none'],
  ['group', '我婆婆冇胸口痛 只系有啲咳', 'none'],
];

// Set 5: grave signs in new words, which were asked or missed — a face gone crooked (脸一下子歪了), keeled over, clutching
// the chest, a child 抽起来了 or with jaws clenched (牙关咬紧), a sudden 瘫 with no answer. Paged. Near misses stay nothing: a
// crooked picture, a boat that keeled over, a cigarette 抽起来, 咬紧牙关 as grit. The fix: SIGNS in signs.ts (stroke,
// unconscious, chest, seizure). Read right before the change: 8/14. After: 14/14.
export const ROUND_15_GRAVE_IN_NEW_WORDS: Probe[] = [
  ['group', '外公吃饭吃着吃着脸一下子歪了 口水往下流', 'emergency'],
  ['group', '我妈脸突然歪到一边 话也讲不清', 'emergency'],
  ['group', 'my husband just keeled over in the kitchen', 'emergency'],
  ['group', 'grandpa is grey and sweaty, clutching his chest', 'emergency'],
  ['group', 'my mum is clutching her chest and can barely talk', 'emergency'],
  ['group', '孩子抽起来了 牙关咬得紧紧的', 'emergency'],
  ['group', '宝宝发烧突然抽起来了 快来人', 'emergency'],
  ['group', '我爸突然瘫在椅子上 叫他没反应', 'emergency'],
  ['group', '墙上的画歪了 谁来帮忙挂一下', 'none'],
  ['group', 'the little boat keeled over in the wind, haha', 'none'],
  ['group', '这烟抽起来味道不对', 'none'],
  ['group', '大家咬紧牙关 再坚持一周', 'none'],
  ['group', 'he was clutching his chest in the film, so dramatic', 'none'],
  ['group', '我老公瘫在沙发上看球 叫他拖地都不动', 'none'],
];

// Set 6: reactions and things, not a person's sign — 看得我头晕 at a price or a form, a phone line that fails with nobody
// named. Kept nothing while the sets above widened the middle. The fix: HYPERBOLE in frames.ts (看得我头晕, 算得我头晕: 我
// after 得 is the writer's reaction; 外婆看书看得头晕 is still asked). Read right before the change: 5/8. After: 8/8.
export const ROUND_15_REACTIONS: Probe[] = [
  ['group', '这个菜价看得我头晕', 'none'],
  ['group', '表格看得我眼晕 谁能帮我填一下', 'none'],
  ['group', '团购规则看得我头都晕了', 'none'],
  ['group', '算账算得我头晕', 'none'],
  ['group', '我爸看着看着电视突然头晕 站不起来', 'emergency'],
  ['group', '外婆看书看得头晕 有点想吐 脸色也不好', 'emergency.ask'],
  ['group', '救命 我要饿死了 菜什么时候到', 'none'],
  ['group', '看这段视频笑晕了哈哈哈', 'none'],
];
