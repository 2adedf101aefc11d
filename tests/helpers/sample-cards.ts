/**
 * Realistic bulletin cards in the three languages (five sections each, as a busy day's), drawn by
 * tests/outbox/card.test.ts and timed by bench/card-bench.ts: the test draws what the benchmark times.
 */
import type { CardSpec } from '../../src/kernel/types.js';

export const zhCN: CardSpec = {
  name: '每日通报-2022-04-21.png',
  lang: 'zh-CN',
  title: '防疫日报',
  community: '闵行区 颛桥镇 康城社区',
  date: '2022年4月21日 星期四',
  sections: [
    { title: '通知', lines: [
      '明天上午8点全员核酸,请带好手机',
      '核酸点位:3号楼南侧空地,按楼栋顺序下楼',
      '行动不便的老人请在群里说一声,医护上门采样',
    ] },
    { title: '配药', lines: [
      '今日收到配药登记 23 份,已配到 18 份',
      '其余 5 份已交社区卫生服务中心,预计明天下午送到',
    ] },
    { title: '团购', lines: [
      '蔬菜团 #1 共 312 户,预计 4月22日 送达',
      '鸡蛋团 #2 共 148 户,预计 4月23日 送达',
      '牛奶团 #3 报名今晚 20:00 截止',
    ] },
    { title: '志愿者', lines: [
      '今日在岗志愿者 26 人,谢谢大家!',
      '明天核酸需要 8 名志愿者维持秩序,请在群里报名',
    ] },
    { title: '紧急求助', lines: [
      '今日紧急呼叫 1 次,已处理',
      '紧急情况请拨 120,并在群里 @居委',
    ] },
  ],
  footer: '邻里小助手 · 本图由群聊机器人生成,以居委通知为准',
};

export const zhTW: CardSpec = {
  name: '每日通報-2022-04-21.png',
  lang: 'zh-TW',
  title: '防疫日報',
  community: '閔行區 顓橋鎮 康城社區',
  date: '2022年4月21日 星期四',
  sections: [
    { title: '通知', lines: [
      '明天上午8點全員核酸,請帶好手機',
      '核酸點位:3號樓南側空地,按樓棟順序下樓',
      '行動不便的老人請在群裡說一聲,醫護上門採樣',
    ] },
    { title: '配藥', lines: [
      '今日收到配藥登記 23 份,已配到 18 份',
      '其餘 5 份已交社區衛生服務中心,預計明天下午送到',
    ] },
    { title: '團購', lines: [
      '蔬菜團 #1 共 312 戶,預計 4月22日 送達',
      '雞蛋團 #2 共 148 戶,預計 4月23日 送達',
      '牛奶團 #3 報名今晚 20:00 截止',
    ] },
    { title: '志願者', lines: [
      '今日在崗志願者 26 人,謝謝大家!',
      '明天核酸需要 8 名志願者維持秩序,請在群裡報名',
    ] },
    { title: '緊急求助', lines: [
      '今日緊急呼叫 1 次,已處理',
      '緊急情況請撥 120,並在群裡 @居委',
    ] },
  ],
  footer: '鄰里小助手 · 本圖由群聊機器人生成,以居委通知為準',
};

export const en: CardSpec = {
  name: 'daily-bulletin-2022-04-21.png',
  lang: 'en',
  title: 'Daily COVID Bulletin',
  community: 'Kangcheng Community, Zhuanqiao, Minhang',
  date: 'Thursday 21 April 2022',
  sections: [
    { title: 'Notices', lines: [
      'Whole-community PCR test tomorrow at 8 am. Please bring your phone.',
      'Testing point: the open ground south of Building 3. Come down building by building.',
      'If you cannot walk far, say so in the group and a medic will come to your door.',
    ] },
    { title: 'Medicine', lines: [
      '23 medicine requests received today, 18 filled.',
      'The other 5 are with the community health centre, expected tomorrow afternoon.',
    ] },
    { title: 'Group buys', lines: [
      'Vegetables #1: 312 households, delivery expected 22 April.',
      'Eggs #2: 148 households, delivery expected 23 April.',
      'Milk #3: sign-up closes tonight at 20:00, https://linli.example.org/groupbuy/milk-3?building=all',
    ] },
    { title: 'Volunteers', lines: [
      '26 volunteers on duty today. Thank you!',
      '8 volunteers needed tomorrow to keep the testing queue in order. Sign up in the group.',
    ] },
    { title: 'Emergencies', lines: [
      '1 emergency call today, handled.',
      'In an emergency call 120 and @ the neighbourhood committee in the group.',
    ] },
  ],
  footer: 'linli helper · made by the group-chat bot; notices from the neighbourhood committee prevail',
};

export const samples = [zhCN, zhTW, en];
