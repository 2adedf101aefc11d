/**
 * End-to-end scenarios set up through the real chat commands, as residents and the committee would:
 * a launched group-buy, volunteers signed up, tasks posted. Then the measured burst.
 */
import { DateTime } from 'luxon';
import type { App } from '../src/app.js';
import { duePending, markSent } from '../src/outbox/store.js';
import { burst, incoming, percentiles, type Throughput } from './lib.js';

const TZ = 'Asia/Shanghai';
/** "4月21日", some days from today, as a leader writes dates. */
const monthDay = (days: number) => DateTime.now().setZone(TZ).plus({ days }).toFormat("M'月'd'日'");

async function say(app: App, who: string, text: string, opts: { isGroup?: boolean; replyTo?: string; chatId?: string } = {}) {
  const outcome = await app.dispatcher.submit(incoming(who, text, opts));
  return outcome;
}

/**
 * The worker does not send in the bench. This does its bookkeeping for what is pending, the way
 * `markSent` records a real send, so replies to the bot's posts route; returns the posts' message
 * ids by (ref_kind, ref_id).
 */
export function pretendSent(app: App): Map<string, string> {
  const ids = new Map<string, string>();
  for (let rows = duePending(app.db, Date.now() + 1e9, 1000); rows.length > 0; rows = duePending(app.db, Date.now() + 1e9, 1000)) {
    for (const row of rows) {
      const id = `bot-${row.id}`;
      markSent(app.db, [row], [id], Date.now());
      if (row.ref_kind && !row.chat_id.startsWith('private:')) ids.set(`${row.ref_kind}:${row.ref_id}`, id);
    }
  }
  return ids;
}

/** A bound community "阳光二期" in the console group. */
export async function community(app: App): Promise<void> {
  await say(app, 'secretary', '/bind 阳光二期');
}

/** A leader registers a group-buy privately, the secretary approves it, the leader launches it here. */
export async function launchedGroupBuy(app: App, leader = 'leader'): Promise<{ id: number; chainText: string }> {
  await say(app, leader, '大家好');
  await say(app, 'secretary', `/授权 @${leader} 团长`);
  const registration = [
    '/团购登记',
    '标题: 蔬菜套餐',
    '供应商: 浦东绿源农产品公司',
    'A套餐 100元: 鸡蛋、蔬菜、肉',
    'B套餐 150元: 蔬菜、水果、肉',
    'C 88.5元',
    '每户限购: 5份',
    '截止: 明天20:00',
    `送达: ${monthDay(2)}`,
    '营业执照: 91310115MA1K4XXXX',
    '通行证: 沪A-2026-0042',
    `送货员核酸: ${monthDay(0)} 阴性`,
    `司机核酸: ${monthDay(0)} 阴性`,
  ].join('\n');
  await say(app, leader, registration, { isGroup: false });
  const id = app.db.prepare('SELECT MAX(id) FROM groupbuys').pluck().get() as number;
  await say(app, 'secretary', `/团购审批 ${id}`, { isGroup: false });
  await say(app, leader, `/发团 ${id}`);
  const chainText = app.db.prepare(`SELECT text FROM outbox WHERE ref_kind = 'chain' AND ref_id = ? ORDER BY id DESC LIMIT 1`).pluck().get(id) as string | undefined;
  if (!chainText) throw new Error('the group-buy was not launched: check the registration text');
  pretendSent(app);
  return { id, chainText };
}

/** The recruit post, and `n` volunteers signing up by replying to it. */
export async function volunteersSignedUp(app: App, n: number): Promise<string[]> {
  await say(app, 'secretary', '/招募 紧急招募志愿者');
  const recruit = [...pretendSent(app).entries()].find(([k]) => k.startsWith('recruit'))?.[1];
  if (!recruit) throw new Error('no recruit post');
  const names = Array.from({ length: n }, (_, i) => `v${i}`);
  const skills = ['医生', '配送', '司机', '核酸引导'];
  const when = ['全天', '上午', '下午', '晚上'];
  await burst(
    app,
    names.map((name, i) => incoming(name, `报名 ${1 + (i % 40)}-${101 + (i % 9) * 100} ${skills[i % 4]} ${when[i % 4]}`, { replyTo: recruit })),
  );
  const signed = app.db.prepare('SELECT COUNT(*) FROM volunteers').pluck().get() as number;
  if (signed < n) throw new Error(`only ${signed} of ${n} volunteers signed up`);
  pretendSent(app);
  return names;
}

/** `n` tasks posted by the secretary; returns each task post's message id. */
export async function postedTasks(app: App, n: number): Promise<string[]> {
  for (let i = 0; i < n; i++) await say(app, 'secretary', `/任务 ${1 + (i % 40)}号楼 搬运物资${i + 1}箱 明天16:00前`);
  const posts = pretendSent(app);
  const ids = [...posts.entries()].filter(([k]) => k.startsWith('task:')).map(([, v]) => v);
  if (ids.length < n) throw new Error(`only ${ids.length} of ${n} task posts`);
  return ids.slice(-n);
}

const LINE_STYLES = [
  (n: number, b: number, r: number) => `${n}. ${b}-${r} B×2`,
  (_n: number, b: number, r: number) => `${b}号楼${r} A套餐两份`,
  (_n: number, b: number, r: number) => `${b}-${r} 王 A1 B1`,
  (n: number, b: number, r: number) => `${n}、${b}號樓${r}室 B套餐兩份🙏`,
];

/** The i-th resident's home: 40 buildings, 18 floors, 5 doors a floor. */
export const homeOf = (i: number) => ({ b: 1 + (i % 40), r: (1 + (Math.floor(i / 40) % 18)) * 100 + 1 + (Math.floor(i / 720) % 5) });

/** (a) 500 residents order at once: most copy the chain and add their line, some use /buy. */
export async function groupBuyBurst(app: App, n: number): Promise<Throughput & { orders: number }> {
  await community(app);
  const { id, chainText } = await launchedGroupBuy(app);
  const msgs = Array.from({ length: n }, (_, i) => {
    const { b, r } = homeOf(i);
    const text = i % 5 === 4 ? `/buy ${id} ${b}-${r} A 1 B 2` : `${chainText}\n${LINE_STYLES[i % 4]!(i + 1, b, r)}`;
    return incoming(`r${i}`, text);
  });
  const result = await burst(app, msgs);
  const orders = app.db.prepare(`SELECT COUNT(*) FROM groupbuy_orders WHERE groupbuy_id = ? AND status = 'active'`).pluck().get(id) as number;
  return { ...result, orders };
}

/** (c) Volunteers reply "接" to tasks, all at once. */
export async function taskClaimBurst(app: App, volunteers: number, tasks: number): Promise<Throughput & { claimed: number }> {
  await community(app);
  const names = await volunteersSignedUp(app, volunteers);
  const posts = await postedTasks(app, tasks);
  const result = await burst(app, names.map((name, i) => incoming(name, '接', { replyTo: posts[i % posts.length] })));
  const claimed = app.db.prepare(`SELECT COUNT(*) FROM volunteer_tasks WHERE status = 'claimed'`).pluck().get() as number;
  return { ...result, claimed };
}

const CHATTER = ['收到,谢谢志愿者', '今天几点发物资?', '大家注意安全,戴好口罩', '👍👍', '楼下有人在吗', '谢谢团长', '核酸几点开始?', '好的'];
const MEDICINE = ['氨氯地平 5mg 两盒 可以替换 还剩2天', '二甲双胍 0.5g 三盒 还剩5天', '阿司匹林 100mg 一盒 急'];

/**
 * (b) A day of a 3,500-person complex, in bursts of `perBurst` (what arrives within one tick at the
 * busiest times): homes, medicine requests, chain lines, task claims and chatter the bot ignores.
 */
export async function mixedDay(app: App, people: number, messages: number, perBurst: number): Promise<Throughput & { messages: number }> {
  await community(app);
  await say(app, 'secretary', '/授权 @med 配药');
  const { chainText } = await launchedGroupBuy(app);
  const volunteers = await volunteersSignedUp(app, Math.min(100, Math.floor(people / 35)));
  const tasks = await postedTasks(app, 20);
  const msgs = Array.from({ length: messages }, (_, k) => {
    const i = (k * 7919) % people; // every person, in no particular order
    const { b, r } = homeOf(i);
    const who = `p${i}`;
    const round = Math.floor(k / 10);
    switch (k % 10) {
      case 0:
      case 1:
        return incoming(who, `/我是 ${b}-${r}`);
      case 2:
        return incoming(who, `${b}号楼${r} 王阿姨 ${MEDICINE[k % 3]}`);
      case 3:
        return incoming(who, `${chainText}\n${LINE_STYLES[round % 4]!(k, b, r)}`);
      case 4:
        return incoming(volunteers[round % volunteers.length]!, '接', { replyTo: tasks[round % tasks.length] });
      default:
        return incoming(who, CHATTER[k % CHATTER.length]!);
    }
  });
  const latencies: number[] = [];
  let seconds = 0;
  for (let at = 0; at < msgs.length; at += perBurst) {
    const part = msgs.slice(at, at + perBurst);
    const r = await burst(app, part);
    latencies.push(...r.latencies);
    seconds += part.length / r.perSecond;
  }
  return { perSecond: msgs.length / seconds, ...percentiles(latencies), messages: msgs.length };
}
