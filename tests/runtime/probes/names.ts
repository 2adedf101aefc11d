/**
 * Round 7 probes (helper fix-b): what is and is not a medicine's name, medical devices asked for,
 * and emergencies that are not a person in danger. Each set was written before the recogniser was
 * changed for it. [context, text, intent, fields?] as in ../understand-probes.ts.
 */

/**
 * Fires: a fire now with nobody said to be in it or hurt is the uncertain middle (emergency.ask; the
 * group hears 119 and whether anyone is hurt or trapped), never a page of every doctor and nurse; a
 * fire with someone inside, hurt or crying for help pages; a fire put out, on the news, in a drill or
 * in a manner of speaking is nothing. 10/15 before (着火了/起火了 alone paged; an English fire was silence).
 */
export const ROUND_7_FIRE: [string, string, string, string?][] = [
  ['group', '楼下垃圾桶着火了', 'emergency.ask'],
  ['group', '5号楼楼道里起火了 好大的烟', 'emergency.ask'],
  ['group', '隔壁厨房冒烟了 已经灭了 没事', 'none'],
  ['group', '新闻里说浦东一个小区着火了 好可怕', 'none'],
  ['group', '着火了 老人还在里面 3号楼502', 'emergency', 'door=3-502'],
  ['group', '樓下電瓶車起火了 大家快下來', 'emergency.ask'],
  ['group', 'There\'s a fire in the bike shed downstairs, lots of smoke', 'emergency.ask'],
  ['group', 'the fire in building 7 is out now, nobody hurt', 'none'],
  ['group', '我家锅里着火了 已经用锅盖盖灭了', 'none'],
  ['group', '电视剧里那场火灾拍得好真', 'none'],
  ['group', '着火了 我妈被困在卫生间出不来', 'emergency'],
  ['group', '起火了!12号楼602 有人在喊救命', 'emergency', 'door=12-602'],
  ['group', '消防演习 明天上午十点 大家不要慌', 'none'],
  ['group', '阿拉楼下着火了 烟老大额', 'emergency.ask'],
  ['group', '心里着火了 哈哈 太气了', 'none'],
];
