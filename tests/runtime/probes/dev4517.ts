/**
 * Round 17 probes (dev4517): corpus 45, a 徐汇 hospital staff compound — clinicians' talk (ward stories, advice, the
 * clinic's past) that paged, and clinical signs of danger now that did not. Sentences of the writer's own, written before
 * each change, in sets by reason. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
export type Probe = [string, string, string, string?];

// Set 1: the ward told — staff in 闭环 telling of the patients they took in (「夜班收了四个心梗的」, 「送来三个抽搐的」, 收咗三個中風嘅,
// "we admitted three chest pains on my night shift"): a sign named as the kind of patient counted, with the ward said, is no one's
// danger here, and was paged. The fix: `atTheWard` (WARD, PATIENTS_TAKEN_IN) in commands/emergency/frames.ts, an against-frame of
// readEmergency (commands/emergency/recognise.ts). Near misses stay: a clinician on duty whose own father has chest pain now, a
// nurse home from the night shift finding her mother down, someone fallen at the door, a doctor asked to come (来个医生).
// Read right before the change: 5/12. After: 12/12.
export const ROUND_17_DEV45_THE_WARD: Probe[] = [
  ['group', '今天夜班收了四个心梗的 真的是一个接一个', 'none'],
  ['group', '我们科今天来了两个中风的 都是七十多岁的老人', 'none'],
  ['group', '急诊一晚上送来三个抽搐的小孩 全是高热惊厥', 'none'],
  ['group', 'ICU今天又收了个大出血的 大家都没吃上饭', 'none'],
  ['group', '在病房值班 一个晚上来了五个胸痛的病人', 'none'],
  ['group', '我們科今晚收咗三個中風嘅 好攰', 'none'],
  ['group', 'We admitted three chest pains and a stroke on my night shift, exhausted', 'none'],
  ['group', '老婆在中山闭环 说今天收了好几个呼吸衰竭的 听着都心疼', 'none'],
  ['group', '我在科里值班 刚接到电话 我爸胸痛得厉害 出冷汗 5号楼301 谁能先去看看', 'emergency', 'door=5-301'],
  ['group', '我下夜班回来 发现我妈倒在地上叫不醒 B区3-402', 'emergency', 'door=B区3-402'],
  ['group', '刚刚来了个人倒在我们楼门口 抽搐 2号楼', 'emergency'],
  ['group', '能不能来个医生看看我外婆头晕的 要不要去医院', 'emergency.ask'],
];

// Set 2: told as knowledge — the clinic's past (「七十年代没有溶栓药」, 「以前没有CT」, 「我刚工作时候的事 九几年」), a rescue of one's own
// told with 是…的 (「是我用海姆立克弄出来的」), a first-aid don't to everyone after 「好多人问」 (「低血糖昏迷不要喂东西 … 要打120」,
// 「抽搐嘅時候唔好塞嘢落口」) and a notice's 「急症请拨打120」: no danger now, and each paged. The fix (commands/emergency/frames.ts):
// `ofAnEra` (ERA; also read over a long message in lastWords), 是…救/拍/弄…出来的 in PAST, first-aid don'ts and 好多人问 in ADVICE,
// a don't and 急症请 as lead-ins of INSTRUCTION. Near misses stay: 「以前没有这样过」 (a measure of now), a fallen neighbour who says
// 不要搬他, one's own mother in a hypoglycaemic coma now, a stroke of old and a new one now.
// Read right before the change: 8/16. After: 16/16.
export const ROUND_17_DEV45_TOLD_AS_KNOWLEDGE: Probe[] = [
  ['group', '老教授讲 七十年代没有溶栓药 中风了就只能躺着', 'none'],
  ['group', '以前没有CT 医生诊断中风全靠查体', 'none'],
  ['group', '那时候没有除颤仪 心脏骤停基本救不回来', 'none'],
  ['group', '以前我妈也是吃汤圆噎住 是我拍背拍出来的 大家都学学', 'none'],
  ['group', "My dad choked on a fish bone years ago and I did the Heimlich, everyone should learn it", 'none'],
  ['group', '跟大家说一下 低血糖昏迷的人千万不要喂水 会呛到 直接打120', 'none'],
  ['group', '很多人问 说一下 心梗胸痛不要自己走去医院 要叫120', 'none'],
  ['group', '好多人問 講一下 抽搐嘅時候唔好塞嘢落口 側身就得', 'none'],
  ['group', '之前我婆婆也噎过一次 是我用海姆立克弄出来的 大家都要学', 'none'],
  ['group', '说个我刚工作时候的事 九几年 半夜来了个心脏骤停的 我们按了四十分钟 后来救回来了', 'none'],
  ['group', '【楼组通知】明天上午7点核酸 行动不便的老人由医护志愿者上门 急症请拨打120 并在群里呼叫医护人员', 'none'],
  ['group', '【B区通知】本周配药登记截止周五 急症可直接打120 同时在群内呼叫医生', 'none'],
  ['group', '邻居阿姨胸口痛 出冷汗 以前没有这样过 9号楼301', 'emergency', 'door=9-301'],
  ['group', '楼下老伯摔倒了 腰痛得厉害 他说不要搬他 不能动 5号楼', 'emergency'],
  ['group', '我妈低血糖昏迷了 叫不醒 快来人 6号楼202', 'emergency', 'door=6-202'],
  ['group', '以前我爸也中风过 现在突然又说不出话了 嘴歪 4号楼501', 'emergency', 'door=4-501'],
];

// Set 3: clinical signs — danger now in a clinician's or a patient family's words, missed: a fit that does not stop (癫痫大发作,
// 癫痫持续状态, status epilepticus), a stroke seen as one arm hanging (右手垂着, 左边胳膊耷拉下来, "right arm hanging limp"). The fix: the
// seizure and stroke signs in commands/emergency/signs.ts. Near misses stay: a child's epilepsy drug asked for, arms hanging after a
// 24-hour shift (no side named), a husband who will not talk while gaming.
// Read right before the change: 7/10. After: 10/10.
export const ROUND_17_DEV45_CLINICAL_SIGNS: Probe[] = [
  ['group', '我儿子癫痫大发作 抽了快十分钟还没停 7号楼502', 'emergency', 'door=7-502'],
  ['group', '癫痫持续状态了 停不下来 3号楼1102 有医生吗', 'emergency', 'door=3-1102'],
  ['group', '我爸癫痫又大发作了 到现在还没停 4-601', 'emergency', 'door=4-601'],
  ['group', '我外婆突然讲不出话 左手垂下来抬不起来 2号楼303', 'emergency', 'door=2-303'],
  ['group', '我老公吃着饭突然不说话了 叫他也不回答 右手垂着 9号楼1001', 'emergency', 'door=9-1001'],
  ['group', 'my mum suddenly stopped talking and her right arm is hanging limp, building 3 room 202', 'emergency', 'door=3-202'],
  ['group', '我女儿癫痫 丙戊酸钠快吃完了 要两盒 8号楼1201', 'medicine', 'items=丙戊酸钠;qty=2;days=0;door=8-1201'],
  ['group', '刚刚我爸突然右边胳膊耷拉下来 说话也含糊 10-702', 'emergency', 'door=10-702'],
  ['group', '值了24小时班 手都垂下来了 不想说话', 'none'],
  ['group', '我老公回家就不说话 叫他也不回答 在打游戏', 'none'],
];

// Set 4: clinical grave states — README-45 4's emergencies in clinicians' words, asked or missed: pink frothy sputum in heart failure,
// a glucose meter showing LO, a low blood pressure beside a fever, rigors or chemotherapy, bleeding that soaks through the gauze. The
// fix: ROUND_17_CLINICAL_SIGNS in commands/emergency/signs.ts. Near misses stay: a usual pressure of 90/60, heart-failure advice,
// what LO means asked, warfarin advice.
// Read right before the change: 6/13. After: 13/13.
export const ROUND_17_DEV45_CLINICAL_GRAVE: Probe[] = [
  ['group', '我公公心衰 晚上躺不下 一直咳粉红色泡沫痰 3号楼602 快来人', 'emergency', 'door=3-602'],
  ['group', '外婆咳出来的是粉红色泡沫样的痰 喘得厉害 11-302', 'emergency', 'door=11-302'],
  ['group', 'Dad has heart failure, coughing up pink frothy sputum and gasping, building 7 apt 402', 'emergency', 'door=7-402'],
  ['group', '我爸血糖仪显示LO 叫他只会哼 7号楼1101', 'emergency', 'door=7-1101'],
  ['group', "Mum's glucometer just says LO and she's very drowsy, building 2 room 501", 'emergency', 'door=2-501'],
  ['group', '我爸化疗后一周 高烧39度 发抖 血压85/50 B区2-1101 谁能来', 'emergency', 'door=B区2-1101'],
  ['group', 'my husband is on chemo, fever 39.5 with rigors and his BP is 80/45, building 9 room 303', 'emergency', 'door=9-303'],
  ['group', '我妈拔牙后一直出血 她吃华法林的 纱布换了好几块都湿透了 4号楼1203', 'emergency', 'door=4-1203'],
  ['group', 'heavy bleeding from his gums, he is on warfarin and it soaks through the gauze, 6-201', 'emergency', 'door=6-201'],
  ['group', '我血压一直90/60左右 医生说没关系', 'none'],
  ['group', '心衰的病人要记得每天称体重 水肿了就要加利尿剂', 'none'],
  ['group', '血糖仪显示LO是什么意思 说明书上没写', 'none'],
  ['group', '吃华法林的人刷牙出血要注意 大出血就要去医院', 'none'],
];
