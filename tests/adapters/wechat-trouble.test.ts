import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PuppetMock } from 'wechaty-puppet-mock';
import { SendError } from '../../src/outbox/port.js';
import { until, WechatWorld } from '../helpers/wechat.js';

/** A puppet that refuses to send the way WeChat does when an account sends like a machine. */
class TiredPuppet extends PuppetMock {
  override async messageSendText(): Promise<void> {
    throw new Error('发送失败:操作过于频繁,请稍后再试');
  }
}

/** The puppet's session dies without a logout event (a network drop web WeChat never reports). */
function dropSilently(puppet: object): void {
  Object.defineProperty(puppet, 'isLoggedIn', { get: () => false, configurable: true });
}

describe('when WeChat drops without a word', () => {
  let world: WechatWorld;
  beforeEach(async () => {
    world = new WechatWorld();
    await world.start();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('still tells the admins, once', async () => {
    await until(() => world.adapter.loggedIn, 5000);
    dropSilently(world.puppet);
    await until(() => world.console.sent.length > 0, 10_000, () => 'no admin notice');
    expect(world.console.sent[0]!.text).toContain('connection lost');
    await new Promise((r) => setTimeout(r, 800));
    expect(world.console.sent).toHaveLength(1);
  });
});

describe('when WeChat says 操作过于频繁', () => {
  let world: WechatWorld;
  beforeEach(async () => {
    world = new WechatWorld({ Puppet: TiredPuppet });
    await world.start();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('asks the outbox to pause all of WeChat, not just this chat', async () => {
    const room = world.room('5号楼居民群', [world.person('张阿姨')]);
    const sending = world.adapter.send({ outboxId: 1, platform: 'wechat', chatId: room.id, text: '明天上午核酸' });
    await expect(sending).rejects.toBeInstanceOf(SendError);
    await expect(sending).rejects.toMatchObject({ opts: { pausePlatform: true } });
  });
});
