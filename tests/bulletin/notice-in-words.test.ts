import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, groupOf, type TestChat } from '../helpers/chat.js';

/** The secretary asks the bot in words to tell everyone something: asked first, then it joins today's bulletin. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('a notice asked for in words', () => {
  it('「帮我通知一下大家 明天上午8点做核酸 下楼排队」 is asked about, and 「是」 adds it to today\'s bulletin', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('secretary (private): 帮我通知一下大家 明天上午8点做核酸 下楼排队')).toBe(
      '把这条加进今天的通报吗?回复「是」加入。要马上发到各群,请发 /通知 紧急 内容。',
    );
    const added = await chat.say('secretary (private): 是');
    expect(added.map((o) => o.text)).toContain('已加入4月20日的通报(第1号通知)。');
    // The groups get it with tonight's bulletin; now only the volunteers' translation task is posted, as for /通知.
    expect(groupOf(added).every((t) => t.startsWith('📝 翻译任务'))).toBe(true);
    expect(await chat.answer('secretary (private): /通知')).toContain('明天上午8点做核酸 下楼排队');
  });

  it('a resident\'s same words tell nobody', async () => {
    chat = await chatWithWang();
    const out = await chat.say('wang (private): 帮我通知一下大家 明天上午8点做核酸');
    expect(out.map((o) => o.text).join('\n')).not.toContain('通报');
  });
});
