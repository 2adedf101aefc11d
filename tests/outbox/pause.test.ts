import { afterEach, describe, expect, it } from 'vitest';
import { PuppetMock } from 'wechaty-puppet-mock';
import { FakeClock } from '../../src/kernel/clock.js';
import { MAX_BACKOFF_MS } from '../../src/outbox/worker.js';
import { enqueue } from '../../src/outbox/store.js';
import { MORNING } from '../helpers/chat.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { until, WechatWorld } from '../helpers/wechat.js';

/** A puppet that refuses to send the way WeChat does when an account sends like a machine. */
class TiredPuppet extends PuppetMock {
  override async messageSendText(): Promise<void> {
    throw new Error('发送失败:操作过于频繁,请稍后再试');
  }
}

const texts = ['明天上午核酸', '下午3点发菜', '请5号楼居民下楼取药'];

/** The outbox rows for WeChat, as the worker left them. */
const wechatRows = (world: WechatWorld) =>
  world.app.db.prepare(`SELECT text, status, attempts FROM outbox WHERE platform = 'wechat' ORDER BY id`).all();
/** What the admins (on the console, the other platform) were told about WeChat pausing. */
const pauseNotices = (world: WechatWorld) => world.console.sent.filter((s) => s.text.includes('暂停发送'));

const worlds: WechatWorld[] = [];
afterEach(async () => {
  // The last world owns the folder (a restarted one reuses its predecessor's).
  for (const w of worlds.slice(0, -1)) if (w.app.db.open) await w.app.stop(0);
  await worlds.at(-1)?.dispose();
  worlds.length = 0;
});

async function loggedInWorld(opts: ConstructorParameters<typeof WechatWorld>[0]): Promise<WechatWorld> {
  const world = new WechatWorld(opts);
  worlds.push(world);
  await world.start();
  await until(() => world.adapter.loggedIn, 5000, () => 'WeChat login');
  return world;
}

describe('while WeChat cannot send (real wechaty, mock puppet, fake clock)', { timeout: 60_000 }, () => {
  it('a logout of two hours gives up nothing: the queued messages go out after the login, and the admins hear of the pause once', async () => {
    const clock = new FakeClock(MORNING);
    const world = await loggedInWorld({ clock });
    const room = world.room('5号楼居民群', [world.person('张阿姨')], '5001@chatroom');
    await world.puppet.logout('kicked by WeChat');
    await until(() => !world.adapter.loggedIn, 5000, () => 'WeChat logout');
    world.app.db.transaction(() => {
      for (const text of texts) enqueue(world.app.db, { platform: 'wechat', chatId: room.id }, text, {}, clock.now());
    })();

    // Far longer than the longest wait between two tries of a message.
    const loggedOutAt = clock.now();
    await runOutbox(world.app.worker, clock, loggedOutAt + 2 * 3600_000);
    expect(MAX_BACKOFF_MS).toBeLessThan(2 * 3600_000);
    expect(world.to(room)).toEqual([]);
    expect(wechatRows(world)).toEqual(texts.map((text) => ({ text, status: 'pending', attempts: 0 })));

    world.login();
    await until(() => world.adapter.loggedIn, 5000, () => 'WeChat login again');
    await runOutbox(world.app.worker, clock);
    expect((await world.expectFrom(room, 3)).map((s) => s.text)).toEqual(texts);
    expect(wechatRows(world)).toEqual(texts.map((text) => ({ text, status: 'sent', attempts: 1 })));
    expect(pauseNotices(world)).toHaveLength(1);
  });

  it('a 操作过于频繁 pause holds across a restart: nothing goes out before it ends, then every message once', async () => {
    const clock = new FakeClock(MORNING);
    const roomId = '5002@chatroom';
    const tired = await loggedInWorld({ clock, Puppet: TiredPuppet });
    tired.room('5号楼居民群', [tired.person('张阿姨', 'wxid_zhang')], roomId);
    tired.app.db.transaction(() => {
      for (const text of texts) enqueue(tired.app.db, { platform: 'wechat', chatId: roomId }, text, {}, clock.now());
    })();
    const refusedAt = clock.now();
    await runOutbox(tired.app.worker, clock, refusedAt + 60_000);
    expect(wechatRows(tired)).toEqual(texts.map((text) => ({ text, status: 'pending', attempts: 0 })));
    expect(pauseNotices(tired)).toHaveLength(1);

    // The operator restarts linli ten minutes into WeChat's 30-minute pause.
    await tired.app.stop(0);
    clock.set(refusedAt + 10 * 60_000);
    const world = await loggedInWorld({ clock, dir: tired.dir });
    const room = world.room('5号楼居民群', [world.person('张阿姨', 'wxid_zhang')], roomId);
    await runOutbox(world.app.worker, clock, refusedAt + 30 * 60_000 - 1);
    expect(world.to(room)).toEqual([]);

    await runOutbox(world.app.worker, clock);
    expect((await world.expectFrom(room, 3)).map((s) => s.text)).toEqual(texts);
    await new Promise((r) => setTimeout(r, 200));
    expect(world.to(room)).toHaveLength(3);
    // The same outage: the admins are not told again after the restart.
    expect(pauseNotices(world)).toEqual([]);
  });
});
