import { TestChat } from '../helpers/chat.js';
import { REGISTRATION } from '../groupbuy/helpers.js';

/** The residents who asked for medicine: door, patient, medicine, days left; #1 … #24 in this order. */
export const MEDICINE_ASKS = Array.from({ length: 24 }, (_, i) => ({
  who: `r${i + 1}`,
  building: 5 + (i % 2),
  room: 101 + i,
  days: i % 5,
  medicine: ['氨氯地平 5mg 两盒', '二甲双胍 0.5g 三盒', '阿司匹林 100mg 一盒'][i % 3]!,
}));

/**
 * A community set up the way a secretary would in the chat: two buildings with their leads, a
 * medicine team member, a group-buy leader, volunteers, 24 medicine requests (building 5's in run #1
 * to 仁济医院), a group-buy waiting
 * for approval and one with orders, elderly pairs, a task and a notice. The desk serves it on a free port.
 */
export async function deskCommunity(): Promise<TestChat> {
  const chat = new TestChat({ env: { LINLI_DESK_PORT: '0' } });
  await chat.app.startDesk();
  await chat.say('secretary: /bind 阳光二期');
  for (const [who, door] of [['li', '5-901'], ['wang', '6-901'], ['zhang', '1-101'], ['leader', '2-201']] as const) {
    await chat.say(`${who}: /我是 ${door}`);
  }
  await chat.say('secretary: /授权 @li 楼组长 5号楼');
  await chat.say('secretary: /授权 @wang 楼组长 6号楼');
  await chat.say('secretary: /授权 @zhang 配药');
  await chat.say('secretary: /授权 @leader 团长');

  const [recruit] = await chat.say('secretary: /招募 紧急招募志愿者 物资分发10人');
  for (const [who, details] of [
    ['v1', '5-302 医生 晚上'],
    ['v2', '5-402 司机 上午'],
    ['v3', '6-302 护士 全天'],
    ['v4', '6-502 翻译 下午'],
  ] as const) {
    await chat.say(`${who} ^${recruit!.id}: 报名 ${details}`);
  }

  for (const m of MEDICINE_ASKS) {
    await chat.say(`${m.who}: /我是 ${m.building}-${m.room}`);
    await chat.say(`${m.who}: ${m.building}号楼${m.room} 王阿姨 ${m.medicine} 可以替换 还剩${m.days}天`);
  }

  await chat.say('zhang: /配药出车 仁济医院 明天 5号楼');

  // #1 with orders (approved, launched), #2 waiting for the secretary.
  await chat.say(`leader (private): ${REGISTRATION}`);
  await chat.say('secretary (private): /团购审批 1');
  await chat.say('leader: /发团 1');
  for (const m of MEDICINE_ASKS.slice(0, 12)) await chat.say(`${m.who}: /buy 1 ${m.building}-${m.room} ${m.building === 5 ? 'A' : 'B'} ${1 + (m.room % 2)}`);
  await chat.say(`leader (private): ${REGISTRATION.replace('4月21日蔬菜套餐', '4月22日水果套餐')}`);

  await chat.say('secretary: /长者 张阿姨 5-601\\n李伯伯 6-601 13812345678');
  await chat.say('secretary: /配对');
  await chat.say('secretary: /任务 5号楼 搬运物资10箱 今天16:00前');
  await chat.say('secretary: /通知 明天上午8点全员核酸,请带好身份证');
  return chat;
}
