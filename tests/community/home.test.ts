import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

describe('a resident records their home', () => {
  it('"/我是 5-302" is remembered, and survives a restart', async () => {
    chat = new TestChat();
    expect(await chat.answer('wang: /我是 5-302')).toContain('5号楼302');
    await chat.close();
    chat = new TestChat({ dir: chat.dir });
    expect(await chat.answer('wang: /我是')).toContain('5号楼302');
  });

  it.each(['/home 5-302', '/我是 五号楼302室', '我住5号楼302', '我住在5栋302'])('understands %s', async (line) => {
    chat = new TestChat();
    await chat.say(`li: ${line}`);
    expect(await chat.answer('li: /住址')).toContain('5号楼302');
  });

  it('answers traditional Chinese in traditional Chinese, English in English', async () => {
    chat = new TestChat();
    expect(await chat.answer('chen: /我是 5號樓302')).toContain('已記住');
    expect(await chat.answer('tom: I live at 7-1201')).toBe('Saved: you live at 7-1201. I will use it for your requests.');
  });

  it("an old man giving his door in a dictated sentence is understood; a neighbour's door told privately is not taken for his", async () => {
    chat = new TestChat();
    expect(await chat.answer('wang (private): 喂喂 我是那个 那个十五号楼 三零一的 老王')).toContain('15号楼301');
    await chat.say('wang (private): 我们楼里的王阿姨住在7号楼502 她一个人 麻烦你们多照应');
    expect(await chat.answer('wang (private): /住址')).toContain('15号楼301');
    expect(await chat.answer('wang (private): 我是3号楼的 住1201')).toContain('3号楼1201');
  });

  it('a wrong door gets the right form and changes nothing', async () => {
    chat = new TestChat();
    await chat.say('wang: /我是 5-302');
    expect(await chat.answer('wang: /我是 不知道')).toContain('/我是 5-302');
    expect(await chat.answer('wang: /我是')).toContain('5号楼302');
  });

  it('chatter in the group gets silence; in private a short help', async () => {
    chat = new TestChat();
    expect(await chat.say('wang: 今天天气不错')).toEqual([]);
    expect(await chat.say('wang: 我住院了,大家保重')).toEqual([]);
    expect(await chat.answer('wang (private): 今天天气不错')).toContain('/帮助');
    expect(await chat.answer('wang: @邻里 你好')).toContain('/帮助');
  });

  it('a message delivered three times is handled once and answered once', async () => {
    chat = new TestChat();
    const msg = chat.adapter.parseLine('wang: /我是 5-302')!;
    const first = await chat.deliver(msg);
    const again = await chat.deliver(msg, msg);
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(chat.db.prepare('SELECT COUNT(*) FROM incoming_messages').pluck().get()).toBe(1);
  });

  it('a 2,000-character message, emoji and control characters get an answer, not a crash', async () => {
    chat = new TestChat();
    expect(await chat.answer(`wang (private): ${'邻里'.repeat(1000)}`)).toContain('/帮助');
    // Emoji alone (a thumbs-up after a receipt) asks nothing: no answer, and the chat goes on.
    expect(await chat.say('wang (private): 👍👍\u0007')).toEqual([]);
    expect(await chat.answer('wang (private): 你好')).toContain('/帮助');
    expect(await chat.answer(`wang (private): ${'x'.repeat(40_000)}`)).toContain('太长');
  });
});

describe('/help', () => {
  it('lists what the asker may use', async () => {
    chat = new TestChat();
    const resident = await chat.answer('wang: /帮助');
    expect(resident).toContain('/我是');
    expect(resident).not.toContain('/授权');
    // The secretary's tools are a long list: it is asked for privately (in a group it goes there anyway).
    const secretary = await chat.answer('secretary (private): /帮助');
    expect(secretary).toContain('/授权');
    expect(await chat.answer('tom: /help I am new')).toContain('linli can help you with');
  });

  it('an unknown command gets a pointer to /help', async () => {
    chat = new TestChat();
    expect(await chat.answer('wang: /飞')).toContain('/帮助');
  });
});
