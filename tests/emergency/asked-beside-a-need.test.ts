import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
const texts = (out: { text: string }[]) => out.map((o) => o.text).join('\n');

// 「降压药吃完了 头晕 要不要打120」: whether to call is asked first (round 14); the medicine need beside it is not lost.
describe('a need said beside the question whether to call', () => {
  it('answered 「不用」, the need goes on (the medicine asked privately); answered 「是」, the call goes out', async () => {
    chat = await chatWithWang();
    const asked = await chat.say('wang: 我妈降压药吃完了 现在头晕 要不要打120');
    expect(texts(asked)).toContain('需要医护人员吗');
    const no = await chat.say('wang: 不用');
    expect(texts(no.filter((o) => o.isGroup))).toContain('好的,不呼叫');
    expect(texts(no.filter((o) => !o.isGroup))).toContain('「降压药」要几盒');
    expect(texts(no.filter((o) => o.isGroup))).not.toContain('降压药');
    expect(chat.db.prepare('SELECT COUNT(*) FROM emergencies').pluck().get()).toBe(0);

    await chat.say('li: /我是 6-101');
    await chat.say('li (private): 我爸降压药吃完了 现在头晕 要不要打120');
    const yes = await chat.say('li (private): 是');
    expect(texts(yes)).toContain('已发出紧急呼叫#1');
    expect(chat.db.prepare('SELECT COUNT(*) FROM emergencies').pluck().get()).toBe(1);
  });

  it("the secretary told of the question hears the writer's saved home, not 「位置:未知」", async () => {
    chat = await chatWithWang();
    const out = await chat.say('wang: 我妈有点头晕 要不要打120');
    const told = out.find((o) => !o.isGroup && o.text.includes('可能的紧急情况'))!.text;
    expect(told).toContain('位置:5-302');
    expect(told).not.toContain('未知');
  });
});
