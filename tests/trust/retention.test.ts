import pino from 'pino';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonalData } from '../../src/runtime/capability.js';
import { DAY_MS, runRetention } from '../../commands/trust/store/retention.js';
import { TestChat } from '../helpers/chat.js';
import { columnsHolding, sayAs } from '../helpers/trust.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const pendingRetention = (c: TestChat) =>
  c.db.prepare(`SELECT due_at FROM jobs WHERE kind = 'trust.retention' AND status = 'pending' ORDER BY due_at`).pluck().all() as number[];

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期 楼 5,6');
  await sayAs(chat, { id: 'u1', name: '王阿姨' }, ': /我是 5-302');
  await sayAs(chat, { id: 'u2', name: '李伯伯' }, ': /我是 6-101');
}

describe('retention: personal details that end', () => {
  it('"/保留 30" is set, shown, audited, and schedules one nightly clean-up', async () => {
    await community();
    expect(await chat.answer('secretary: /保留')).toContain('还没有设置');
    expect(await chat.answer('secretary: /保留 30')).toContain('事项结束30天后');
    expect(await chat.answer('secretary: /保留 三十天')).toContain('30天');
    expect(await chat.answer('secretary: /保留')).toBe('当前设置:事项结束30天后删除个人信息。');
    expect(await chat.answer('secretary: /保留 0')).toContain('1到365天');
    // 03:30 the next night in Shanghai, once however often it is set.
    expect(pendingRetention(chat)).toEqual([Date.parse('2026-04-21T03:30:00+08:00')]);
  });

  it('the nightly job runs, and schedules the next night', async () => {
    await community();
    await chat.say('secretary: /保留 30');
    chat.clock.set(Date.parse('2026-04-21T03:31:00+08:00'));
    await chat.tick();
    expect(pendingRetention(chat)).toEqual([Date.parse('2026-04-22T03:30:00+08:00')]);
    expect(chat.db.prepare(`SELECT COUNT(*) FROM jobs WHERE kind = 'trust.retention' AND status = 'done'`).pluck().get()).toBe(1);
  });

  it('after "/封控 结束 3" and the grace period, everything personal is erased, counts stay', async () => {
    await community();
    expect(await chat.answer('secretary: /封控 结束 3')).toContain('4月23日 09:00之后');
    const members = chat.db.prepare('SELECT COUNT(*) FROM members').pluck().get();

    chat.clock.set(Date.parse('2026-04-22T03:31:00+08:00'));
    await chat.tick();
    expect(columnsHolding(chat.db, ['王阿姨', '李伯伯'])).not.toEqual([]);

    chat.clock.set(Date.parse('2026-04-24T03:31:00+08:00'));
    await chat.tick();
    expect(columnsHolding(chat.db, ['王阿姨', '李伯伯', '5号楼302', '6号楼101'])).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(members);
    expect(chat.db.prepare('SELECT erased_at FROM retention_settings').pluck().get()).toBe(Date.parse('2026-04-24T03:31:00+08:00'));
    expect(chat.db.prepare(`SELECT detail FROM audit_log WHERE action = 'retention.erase'`).pluck().get()).toMatch(/^records:\d+,members:3$/);
    expect(await chat.answer('secretary: /封控 继续')).toContain('已在封控结束后删除');
  });

  it('"/封控 继续" withdraws the end before the erasure', async () => {
    await community();
    await chat.say('secretary: /lockdown end');
    expect(await chat.answer('secretary: /封控 继续')).toContain('已撤回');
    chat.clock.advance(10 * DAY_MS);
    await chat.tick();
    expect(columnsHolding(chat.db, ['王阿姨'])).not.toEqual([]);
    expect(await chat.answer('secretary: /封控 继续')).toBe('封控还没有宣布结束。');
    expect(await chat.answer('secretary: /封控 开始')).toContain('/封控 结束');
  });

  it('every capability\'s closed records past the retention expire, and the log holds only counts', async () => {
    await community();
    await chat.say('secretary: /保留 30');
    const calls: { communityId: number; cutoff: number }[] = [];
    const medicine: PersonalData = {
      name: 'medicine',
      describe: () => [],
      forget: () => 0,
      expire(_db, communityId, cutoff) {
        calls.push({ communityId, cutoff });
        return 4;
      },
    };
    const lines: string[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const now = chat.clock.now();
    expect(runRetention(chat.db, [medicine], now, log)).toEqual({ communities: 1, expired: 4, erasedMembers: 0 });
    expect(calls).toEqual([{ communityId: 1, cutoff: now - 30 * DAY_MS }]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ communityId: 1, expired: 4, erasedMembers: 0 });
    expect(lines[0]).not.toMatch(/王|李|5-302|5号楼302/);
  });
});
