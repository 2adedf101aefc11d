/**
 * Round 15 probes (abroad15): what corpus 39 taught — an old 静安 lane compound whose parents speak 上海话 by voice and whose
 * children abroad (Toronto, Sydney, London, Taipei, Hong Kong) look after them from the group, relaying what the parents said.
 * Sentences of the writer's own, written before each change, in sets by reason. [context, text, intent, fields?] as in
 * ../understand-probes.ts. Every exported array is played by ../understand-rounds.test.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1 (dev-39 missed two: a fall told by a child abroad): one's own parent's fall heard over the phone or seen on video, then
// silence (冇声, 没声音, only a moan heard, "not saying anything"), or told as hurting too much to get up or the door out of reach,
// pages; 'slipped' is now a fall; kin + 视频里 + a sign is a video call, not a video watched. Someone unnamed heard falling
// stays asked (dev-32). Fix: commands/emergency/signs.ts (a second 'fall' sign, FALL), frames.ts (DOING).
// Read right before the change: 7/15. After: 15/15.
export const ROUND_15_FALL_ON_THE_PHONE: Probe[] = [
  ['group', '我妈跟我视频的时候突然跌下去了 现在叫她没声音 7号503 谁能马上去看看', 'emergency', 'door=7-503'],
  ['group', '阿爸電話講到一半跌咗落地 而家叫佢都冇聲 12號302 求下大家過去睇睇', 'emergency', 'door=12-302'],
  ['group', "my dad was on the phone with me and fell, now he's not saying anything, 2-605, please someone go", 'emergency', 'door=2-605'],
  ['group', 'Mum just rang from 9-303, she slipped in the bathroom and is on the floor, her hip hurts too much to get up. I am in Sydney, please help', 'emergency', 'door=9-303'],
  ['group', '阿拉姆妈刚刚电话里讲伊跌在地上 腰痛得动也动不了 14号402 有人去帮帮伊伐 我在伦敦', 'emergency', 'door=14-402'],
  ['group', 'My mother in 3-201 tripped over the rug and is on the floor, she says her leg hurts too much to move. I am in London, PLEASE go', 'emergency', 'door=3-201'],
  ['group', '婆婆講電話講到一半 話頭好暈 跟住跌咗落地 而家冇聲 10號201', 'emergency', 'door=10-201'],
  ['group', '外婆视频里跌倒了 手机掉在地上 现在只听到她在哼 6号501 拜托快去', 'emergency', 'door=6-501'],
  ['group', "grandma slipped getting off the toilet and is on the floor, she can't reach the door, 5-402, I'm in Toronto, someone please go now", 'emergency', 'door=5-402'],
  ['group', '我妈昨天在卫生间滑了一下 没摔着 今天电话里说好好的 谢谢关心', 'none'],
  ['group', 'Mum slipped getting out of bed this morning but got up by herself, she is fine, just a bruise. Thanks all', 'none'],
  ['group', '阿爸讲伊电话讲到一半手机跌落地 屏幕碎脱了 人没事体', 'none'],
  ['group', 'my mum dropped her phone on the floor mid-call lol, she is ok, just a cracked screen', 'none'],
  ['group', '婆婆上禮拜跌咗一交 而家行得返 多謝大家關心', 'none'],
  ['group', 'my dad says the lift in no.14 fell silent again, no power, he is fine walking the stairs', 'none'],
];

// Set 2 (dev-39's false page and one chatter asked): 「谁是医护人员」 asked for the committee's list ('nothing urgent', list,
// committee, 居委 — NOT_URGENT, CONSULT), or a call for a medic heard on another night (昨日夜里有人喊谁是…, "someone shouted …
// last night" — MEDIA). Fix: commands/emergency/signs.ts, frames.ts. Read right before the change: 11/13. After: 13/13.
export const ROUND_15_MEDIC_LIST_NOT_NOW: Probe[] = [
  ['group', 'Roll call for the committee: who here is a doctor or nurse? Just for the list, no emergency', 'none'],
  ['group', '居委要统计一下 群里谁是医护人员 登记一下名字 不是急事', 'none'],
  ['group', '誰是醫護人員?居委會想整理一份名單 唔急', 'none'],
  ['group', 'Which of you are medical staff? asking for the volunteer roster, not urgent at all', 'none'],
  ['group', '"Any doctors here?" — asking for the building list, nothing has happened', 'none'],
  ['group', '前天晚上群里喊谁是医护人员 那个老伯伯后来怎么样了', 'none'],
  ['group', '昨日夜里有人喊啥人是医生 是几号楼额事体啊 阿拉姆妈吓了一跳 有人晓得伐', 'none'],
  ['group', 'someone shouted "any doctors?" in the group last night, what happened in the end? my dad was worried', 'none'],
  ['group', '上礼拜群里有人喊谁是医护人员 后来哪能了', 'none'],
  ['group', '谁是医护人员?12号楼有人倒在楼梯上了 快', 'emergency'],
  ['group', '誰是醫護人員 快啲', 'emergency'],
  ['group', 'who is a medic here? urgent!', 'emergency'],
  ['group', '谁是医生 快来 3号楼老人叫不醒了', 'emergency'],
];

// Set 3 (dev-39: three remote offers, two read as a worry): a doctor, nurse, translator or counsellor abroad offering help by phone
// or video across the time difference. The emergency reader takes care offered to an elder who feels unwell (「老人不舒服 … 可以打我
// 微信语音」, "if any elderly neighbour feels unwell … give them my WeChat") as SUPPOSE; the volunteer reader reads the offer
// (可以视频帮, 找我 … 我帮忙判断, "happy to phone", "give them my WeChat"; 回不来 但是可以 still offers; "nothing I can do from here"
// does not). Fix: commands/emergency/frames.ts, commands/volunteering/recognise.ts. Read right before the change: 8/13 (the
// counsellor's row then said "in Mandarin or English" too, read as translator beside counselling; left, see the docs). After: 13/13.
export const ROUND_15_REMOTE_OFFERS: Probe[] = [
  ['group', "I'm a GP in Sydney. If an elderly resident is unsure at night whether to call 120, they can ring me first, happy to help", 'volunteer', 'skills=doctor'],
  ['group', '我在多伦多做护士 时差正好 你们晚上老人不舒服 不知道要不要叫120的 可以打我微信语音 我帮忙看看', 'volunteer', 'skills=nurse'],
  ['group', '人在東京 以前是護理師 長輩身體不舒服可以視訊找我 幫忙判斷要不要送醫', 'volunteer', 'skills=nurse'],
  ['group', '我係多倫多嘅家庭醫生 你哋夜晚我日頭 長者唔舒服可以打電話搵我傾', 'volunteer', 'skills=doctor'],
  ['group', '我在悉尼做翻译 居委的通知要翻成英文的话可以发给我', 'volunteer', 'skills=translator'],
  ['group', "I'm in London but I can translate the daily notices into English for the foreign tenants", 'volunteer', 'skills=translator'],
  ['group', 'Counsellor in Toronto here, happy to phone older neighbours who feel lonely, any evening your time', 'volunteer', 'skills=counselling'],
  ['group', '我在墨尔本是医生 人回不来 但是可以视频帮老人看看情况', 'volunteer', 'skills=doctor'],
  ['group', "I'm an ER nurse in Toronto but there's nothing I can do from here, feel so helpless", 'none'],
  ['group', '我爸以前是外科医生 我叫他不要下楼帮忙 年纪太大了', 'none'],
  ['group', 'if any elderly neighbour feels unwell at night, please call 120 first', 'none'],
  ['group', '我妈晚上有点不舒服 要不要叫救护车 有医生能帮忙看看吗', 'emergency.ask'],
  ['group', "my dad feels unwell tonight, should we call 120? is there a doctor who could talk to him", 'emergency.ask'],
];

// Set 4 (dev-39: four chatter rows taken as medicine): a parent's words relayed by a child — her turn given to 'the others'
// (先帮别人, 畀其他人先) or a question about how 代配药 goes (替我妈问一下 … 还是 …?) — ask for nothing; a pill refused 'because it
// makes her heart race' is neither a request (DECLINED) nor a worry (DOSED). Fix: commands/medicine/recognise.ts
// (TURN_GIVEN_UP, RELAYED_ASK, DECLINED), commands/emergency/frames.ts (DOSED). Read right before the change: 10/14. After: 14/14.
export const ROUND_15_RELAYED_ASKS_NOTHING: Probe[] = [
  ['group', '我妈说她的降压药还有一个多月 让志愿者先帮别人配', 'none'],
  ['group', '阿拉爷叔讲 伊额药还好吃到下个月底 叫侬先帮别人', 'none'],
  ['group', 'my dad says his Lipitor will last till June, please help the others first', 'none'],
  ['group', '婆婆話佢啲藥仲有好多 唔使幫佢配住 畀其他人先', 'none'],
  ['group', '替我妈问一下 配药的钱是放在袋子里还是微信转给志愿者?', 'none'],
  ['group', 'Asking for my mum: do the volunteers want cash in the bag for the medicine or can I transfer from abroad? She has enough for now', 'none'],
  ['group', '幫我爸問一下 配藥要帶醫保卡還是身分證', 'none'],
  ['group', '请问志愿者去医院配药 原研药没有的话会换国产的吗 我爸的药暂时够', 'none'],
  ['group', '我妈嫌配回来的降压药不是原来那个牌子 不肯吃 有人有办法劝劝伊伐', 'none'],
  ['group', 'Mum says the pills the volunteers brought look different from her usual Norvasc, is that normal? she still has plenty', 'none'],
  ['group', '替我爸问一下 他降压药只剩两天了 能帮他配两盒吗 他住7号503', 'medicine', 'items=降压药;qty=2;days=2;door=7-503'],
  ['group', 'my mum in 12-302 says her Norvasc runs out in 3 days, could someone get her one box?', 'medicine', 'items=norvasc;qty=1;days=3;door=12-302'],
  ['group', '阿拉姆妈讲伊额降糖药吃光了 14号402 麻烦帮伊配一盒', 'medicine', 'items=降糖药;qty=1;days=0;door=14-402'],
  ['group', '婆婆話佢嘅薄血藥得返兩日 9號303 唔該幫手配一盒', 'medicine', 'items=薄血药;qty=1;days=2;door=9-303'],
];

// Set 5 (dev-39: "ran out on Monday" gave no days): foreign brands and foreign prescriptions; "ran out on Sunday" is past, no
// horizon (commands/medicine/days.ts). Read right before the change: 6/7. After: 7/7. Left (written, read wrong, for the medicine
// helpers): "down to his last Plavix … about 4 days" gives no days; "insulin is fine but no needles left" reads insulin;
// 「請問大陸的普拿疼跟台灣的是同一個嗎」 is taken as a request.
export const ROUND_15_FOREIGN_BRANDS: Probe[] = [
  ['group', 'Could someone get Crestor for my dad in 7-503, he ran out on Sunday', 'medicine', 'items=crestor;days=0;door=7-503'],
  ['group', "my mum's Synthroid ran out yesterday, she's in 9-303, one box please", 'medicine', 'items=synthroid;qty=1;days=0;door=9-303'],
  ['group', '我爸吃的Eliquis只剩三天了 麻烦帮忙配两盒 7号503', 'medicine', 'items=eliquis;qty=2;days=3;door=7-503'],
  ['group', 'UK prescription for Xarelto — can the hospital here fill it? my dad still has a month of it', 'none'],
  ['group', '台灣開的處方箋 這邊醫院認不認啊 我婆婆的藥還有很多', 'none'],
  ['group', 'Synthroid 就是优甲乐吧 我妈问的', 'none'],
  ['group', 'Is Norvasc the same as 络活喜? just want to tell my mum, she has enough', 'none'],
];

// Set 6 (a guard): time zones and the children's own nights — chatter. Read right before: 6/6. After: 6/6.
export const ROUND_15_TIME_ZONES: Probe[] = [
  ['group', "it's 3am in Toronto and I'm still refreshing this group lol", 'none'],
  ['group', '悉尼这边已经半夜两点了 看到大家还在帮我妈搬菜 谢谢', 'none'],
  ['group', '倫敦而家凌晨 睇到阿媽收到藥嘅相 終於可以瞓覺', 'none'],
  ['group', 'Sorry for messaging at your night, time difference. Thank you all for carrying the rice up for my parents', 'none'],
  ['group', '我在多伦多 你们晚上我白天 有事在群里@我就好', 'none'],
  ['group', 'flights Toronto to Shanghai with 4 transfers and 14 days hotel quarantine, anyone done it recently?', 'none'],
];
