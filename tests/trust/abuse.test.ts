import { afterEach, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/kernel/types.js';
import { TestChat } from '../helpers/chat.js';
import { sayAs } from '../helpers/trust.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

describe('a member flooding the bot', () => {
  it('300 messages in a minute get one polite notice, and another member\'s reply is not queued behind them', async () => {
    chat = new TestChat();
    const flood: Incoming[] = [];
    for (let i = 0; i < 300; i++) {
      flood.push(chat.adapter.parseLine('spammer: /帮助')!);
      chat.clock.advance(200); // 300 messages in one minute
    }
    const li = chat.adapter.parseLine('li: /我是 5-302')!;
    // li writes in the middle of the flood, and all of it is handled in one drain.
    const out = await chat.deliver(...flood.slice(0, 150), li, ...flood.slice(150));

    const toSpammer = out.filter((o) => o.replyTo !== li.messageId);
    const notices = toSpammer.filter((o) => o.text.includes('您发得太快了'));
    expect(notices).toHaveLength(1);
    // The burst, plus what refilled during the minute, plus the one notice: far fewer than 300.
    expect(toSpammer.length).toBeLessThan(70);
    // li's reply goes out in the same drain, behind the spammer's few answered messages before it
    // (burst 30, refilled 15 in the 30 seconds, one notice): not behind all 150 of them.
    const liAt = out.findIndex((o) => o.replyTo === li.messageId);
    expect(out[liAt]!.text).toContain('已记住');
    expect(liAt).toBeLessThan(50);
    // Every message was recorded as seen: a redelivery changes nothing.
    expect(chat.db.prepare(`SELECT COUNT(*) FROM incoming_messages WHERE handled_as = 'flood'`).pluck().get()).toBe(300 - toSpammer.length + 1);
  });

  it('after a quiet minute the member is answered again', async () => {
    chat = new TestChat();
    for (let i = 0; i < 40; i++) await chat.say('spammer: /帮助');
    expect(await chat.say('spammer: /帮助')).toEqual([]);
    chat.clock.advance(60_000);
    expect(await chat.answer('spammer: /帮助')).toContain('邻里助手可以帮您');
  });

  it('chatter in a busy group does not count as flooding', async () => {
    chat = new TestChat();
    for (let i = 0; i < 60; i++) await chat.say(`chatty: 今天的菜不错${i}`);
    expect(await chat.answer('chatty: /帮助')).toContain('邻里助手可以帮您');
  });
});

describe('other abuse', () => {
  it('a message over the size limit is refused with a clear reply and changes nothing', async () => {
    chat = new TestChat();
    expect(await chat.answer(`wang: /我是 5-302 ${'很长'.repeat(20_000)}`)).toBe('消息太长了(超过30000字),请分几条发。');
    expect(chat.db.prepare('SELECT home_room FROM members').pluck().get()).toBeNull();
  });

  it('two members both named 居委会 are two members: the name carries no role', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    const real = { id: 'u-committee', name: '居委会' };
    const fake = { id: 'u-copycat', name: '居委会' };
    await sayAs(chat, real, ': /我是 1-101');
    await sayAs(chat, fake, ': /我是 9-909');
    expect(chat.db.prepare(`SELECT COUNT(*) FROM members WHERE display_name = '居委会'`).pluck().get()).toBe(2);
    await chat.say('secretary: /授权 @u-committee 书记');
    expect((await sayAs(chat, real, ': /保留 30'))[0]!.text).toContain('已设置');
    expect((await sayAs(chat, fake, ': /保留 7'))[0]!.text).toBe('这个操作需要书记身份。如需开通,请联系书记。');
    expect((await sayAs(chat, fake, ': /我是'))[0]!.text).toContain('9号楼909');
  });
});

describe('the flood limit is configurable', () => {
  it('LINLI_FLOOD_PER_MINUTE=0 turns it off (benchmarks)', async () => {
    chat = new TestChat({ env: { LINLI_FLOOD_PER_MINUTE: '0' } });
    const out = await chat.deliver(...Array.from({ length: 60 }, () => chat.adapter.parseLine('bench: /帮助')!));
    expect(out).toHaveLength(60);
    expect(out.some((o) => o.text.includes('您发得太快了'))).toBe(false);
  });
});
