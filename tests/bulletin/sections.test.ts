import { afterEach, describe, expect, it } from 'vitest';
import type { BulletinSection } from '../../src/runtime/capability.js';
import type { Db } from '../../src/db/open.js';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
const registered: BulletinSection[] = [];
afterEach(async () => {
  registered.splice(0);
  await chat?.dispose();
});

const at = (local: string) => Date.parse(`${local}+08:00`);

/** Registers a section as a capability does in commands/index.ts. */
function register(section: BulletinSection): void {
  chat.app.registry.bulletinSections.push(section);
  registered.push(section);
}

/** A medicine part over a real table, the way the medicine capability would count. */
const medicineSection: BulletinSection = {
  name: 'medicine',
  order: 30,
  title: 'medicine.cardTitle',
  render(db, day, lang) {
    const count = (where: string, ...p: unknown[]) =>
      db.prepare(`SELECT COUNT(*) FROM test_medicine WHERE community_id = ? AND ${where}`).pluck().get(day.communityId, ...p) as number;
    const received = count('created_at >= ? AND created_at < ?', day.start, day.end);
    const delivered = count('delivered_at >= ? AND delivered_at < ?', day.start, day.end);
    const open = count('created_at < ? AND (delivered_at IS NULL OR delivered_at >= ?)', day.end, day.end);
    const urgent = count('urgent = 1 AND created_at < ? AND (delivered_at IS NULL OR delivered_at >= ?)', day.end, day.end);
    if (received + delivered + open === 0) return undefined;
    return lang === 'en'
      ? [`💊 Medicine: ${received} requests received, ${delivered} delivered, ${open} open (${urgent} urgent)`]
      : [`💊 配药:今日收到${received}单,送达${delivered}单,待办${open}单(紧急${urgent}单)`];
  },
};

const volunteersSection: BulletinSection = {
  name: 'volunteers',
  order: 10,
  title: 'vol.cardTitle',
  render(db, day, lang) {
    const total = db.prepare('SELECT COUNT(*) FROM test_volunteers WHERE community_id = ? AND joined_at < ?').pluck().get(day.communityId, day.end) as number;
    const today = db
      .prepare('SELECT COUNT(*) FROM test_volunteers WHERE community_id = ? AND joined_at >= ? AND joined_at < ?')
      .pluck()
      .get(day.communityId, day.start, day.end) as number;
    if (total === 0) return undefined;
    return lang === 'en' ? [`🙋 Volunteers: ${today} new today, ${total} in all`] : [`🙋 志愿者:今日新增${today}人,共${total}人`];
  },
};

/** A part with nothing to say today. */
const quietSection: BulletinSection = { name: 'group-buys', order: 20, title: 'groupbuy.cardTitle', render: () => undefined };

function createTables(db: Db): void {
  db.exec(`
    CREATE TABLE test_medicine (id INTEGER PRIMARY KEY, community_id INTEGER, resident TEXT, phone TEXT, door TEXT,
      medicine TEXT, urgent INTEGER, created_at INTEGER, delivered_at INTEGER);
    CREATE TABLE test_volunteers (id INTEGER PRIMARY KEY, community_id INTEGER, name TEXT, phone TEXT, joined_at INTEGER);`);
}

const RESIDENTS = [
  ['王阿姨', '13812345678', '5-302', '氨氯地平片 5mg'],
  ['李伯伯', '13900001111', '6-101', '二甲双胍缓释片'],
  ['Tom Smith', '13722223333', '7-1201', 'Insulin glargine'],
  ['张奶奶', '13544445555', '5-1002', '阿托伐他汀钙片'],
];

async function dayWithData(): Promise<TestChat> {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('secretary [International]: /bind 阳光二期 楼 7');
  await chat.say('secretary [International]: /bulletin lang en');
  await chat.say('secretary: /通知 明天上午8点全员核酸');
  createTables(chat.db);
  const community = chat.db.prepare('SELECT id FROM communities').pluck().get() as number;
  const med = chat.db.prepare(
    'INSERT INTO test_medicine (community_id, resident, phone, door, medicine, urgent, created_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // Yesterday: two requests, one delivered today.
  med.run(community, ...RESIDENTS[0]!, 0, at('2026-04-19T10:00:00'), at('2026-04-20T11:00:00'));
  med.run(community, ...RESIDENTS[1]!, 1, at('2026-04-19T15:00:00'), null);
  // Today: three requests, one delivered today; one tomorrow (not counted).
  med.run(community, ...RESIDENTS[2]!, 1, at('2026-04-20T08:00:00'), at('2026-04-20T16:00:00'));
  med.run(community, ...RESIDENTS[3]!, 0, at('2026-04-20T09:30:00'), null);
  med.run(community, ...RESIDENTS[0]!, 1, at('2026-04-20T19:00:00'), null);
  med.run(community, ...RESIDENTS[1]!, 0, at('2026-04-21T07:00:00'), null);
  const vol = chat.db.prepare('INSERT INTO test_volunteers (community_id, name, phone, joined_at) VALUES (?, ?, ?, ?)');
  vol.run(community, '小刘', '13600006666', at('2026-04-18T10:00:00'));
  vol.run(community, '小陈', '13600007777', at('2026-04-20T10:00:00'));
  vol.run(community, '小赵', '13600008888', at('2026-04-20T12:00:00'));
  return chat;
}

describe('the bulletin writes itself from the day\'s data', () => {
  it('notices first, then every registered part in order, parts with nothing to say left out', async () => {
    await dayWithData();
    register(medicineSection);
    register(quietSection);
    register(volunteersSection);
    chat.clock.set(at('2026-04-20T20:00:00'));
    chat.app.cron.check();
    await chat.app.worker.drain();
    const chinese = chat.sent.find((m) => m.chatId === '控制台群' && m.text.includes('每日通报'))!.text;
    expect(chinese).toBe(
      [
        '【阳光二期 每日通报】4月20日',
        '',
        '📢 书记通知',
        '1. 明天上午8点全员核酸',
        '',
        '🙋 志愿者:今日新增2人,共3人',
        '',
        '💊 配药:今日收到3单,送达2单,待办3单(紧急2单)',
        '',
        '—— 阳光二期',
      ].join('\n'),
    );
    const english = chat.sent.find((m) => m.chatId === 'International' && m.text.includes('daily bulletin'))!.text;
    expect(english).toContain('🙋 Volunteers: 2 new today, 3 in all');
    expect(english).toContain('💊 Medicine: 3 requests received, 2 delivered, 3 open (2 urgent)');
  });

  it('the counts are those of the database, and nothing personal appears', async () => {
    await dayWithData();
    register(medicineSection);
    register(volunteersSection);
    chat.clock.set(at('2026-04-20T20:00:00'));
    chat.app.cron.check();
    await chat.app.worker.drain();
    const start = at('2026-04-20T00:00:00');
    const end = at('2026-04-21T00:00:00');
    const q = (sql: string, ...p: unknown[]) => chat.db.prepare(sql).pluck().get(...p) as number;
    const received = q('SELECT COUNT(*) FROM test_medicine WHERE created_at >= ? AND created_at < ?', start, end);
    const delivered = q('SELECT COUNT(*) FROM test_medicine WHERE delivered_at >= ? AND delivered_at < ?', start, end);
    const open = q('SELECT COUNT(*) FROM test_medicine WHERE created_at < ? AND delivered_at IS NULL', end);
    const total = q('SELECT COUNT(*) FROM test_volunteers WHERE joined_at < ?', end);

    const copies = chat.db.prepare('SELECT text FROM bulletin_copies').pluck().all() as string[];
    const sent = chat.sent.filter((m) => m.isGroup && /每日通报|daily bulletin/.test(m.text)).map((m) => m.text);
    expect(sent).toHaveLength(2);
    for (const text of [...sent, ...copies]) {
      expect(text).toMatch(new RegExp(`(今日收到${received}单|${received} requests received)`));
      expect(text).toMatch(new RegExp(`(送达${delivered}单|${delivered} delivered)`));
      expect(text).toMatch(new RegExp(`(待办${open}单|${open} open)`));
      expect(text).toMatch(new RegExp(`(共${total}人|${total} in all)`));
      for (const [name, phone, door, medicine] of RESIDENTS) {
        for (const secret of [name!, phone!, door!, medicine!]) expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      expect(text).not.toMatch(/\d+-\d{3,4}/);
      expect(text).not.toMatch(/小[刘陈赵]/);
    }
  });

  it('a part registered by any capability shows in the preview and the history too', async () => {
    await dayWithData();
    register(volunteersSection);
    const [preview] = await chat.say('secretary (private): /通报');
    expect(preview!.text).toContain('🙋 志愿者:今日新增2人,共3人');
    await chat.say('secretary (private): /通报 发送');
    chat.clock.set(at('2026-04-25T09:00:00'));
    const [history] = await chat.say('wang: /通报 4月20日');
    expect(history!.text).toContain('🙋 志愿者:今日新增2人,共3人');
  });

  it('a day with only a part\'s numbers and no notice still goes out', async () => {
    await dayWithData();
    register(volunteersSection);
    await chat.say('secretary: /通知 删除 1');
    chat.clock.set(at('2026-04-20T20:00:00'));
    chat.app.cron.check();
    await chat.app.worker.drain();
    const text = chat.sent.find((m) => m.chatId === '控制台群' && m.text.includes('每日通报'))!.text;
    expect(text).toBe('【阳光二期 每日通报】4月20日\n\n🙋 志愿者:今日新增2人,共3人\n\n—— 阳光二期');
  });

  it('a part that fails is left out and the rest of the bulletin still goes out', async () => {
    await dayWithData();
    register({ name: 'broken', order: 5, title: 'groupbuy.cardTitle', render: () => { throw new Error('no such table: group_buys'); } });
    register(volunteersSection);
    chat.clock.set(at('2026-04-20T20:00:00'));
    expect(chat.app.cron.check()).toBe(1);
    await chat.app.worker.drain();
    const text = chat.sent.find((m) => m.chatId === '控制台群' && m.text.includes('每日通报'))!.text;
    expect(text).toContain('1. 明天上午8点全员核酸');
    expect(text).toContain('🙋 志愿者:今日新增2人,共3人');
  });
});
