import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang, groupOf } from '../helpers/chat.js';
import { requestRows } from './helpers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const privateTo = (out: { chatId: string; text: string }[], name: string) => out.filter((o) => o.chatId === `private:${name}`).map((o) => o.text);

/**
 * Round 10 (issue 13): a numbered list of medicines pasted in private was taken for a numbered notice and got no answer;
 * a retired teacher's formal request (懇請代為配藥, 可維持兩日) was silence in the group.
 */
describe('medicine asked for as a pasted list or in a formal hand is recorded, with what was written', () => {
  it('a numbered list pasted in private: every medicine, its strength and its count, nothing else', async () => {
    chat = await chatWithWang();
    const out = await chat.say('wang (private): 单子在下面:\\n1. 可定 10mg 2盒\\n2. 倍他乐克 47.5mg 2盒\\n3. 阿司匹林 1盒\\n5号楼302 医保卡放门口');
    expect(privateTo(out, 'wang').join('\n')).toMatch(/替换/);
    const done = await chat.answer('wang (private): 可以');
    expect(done).toMatch(/#1/);
    expect(done).toMatch(/可定 10mg ×2盒/);
    expect(done).toMatch(/倍他乐克 47\.5mg ×2盒/);
    expect(done).toMatch(/阿司匹林 ×1盒/);
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: null, items: '可定×2、倍他乐克×2、阿司匹林×1' }]);
  });

  it('a formal request in the group: the rest is asked privately, the medicine never said in the group', async () => {
    chat = await chatWithWang();
    const out = await chat.say('wang: 家父服用單硝酸異山梨酯 每日兩次 存藥約可維持兩日 懇請代為配藥 不勝感激');
    expect(groupOf(out)).toEqual([expect.stringMatching(/私聊/)]);
    expect(groupOf(out).join('')).not.toMatch(/硝酸|異山梨|异山梨/);
    expect(privateTo(out, 'wang').join('\n')).toMatch(/「單硝酸異山梨酯」要/);
    await chat.say('wang (private): 两盒');
    await chat.answer('wang (private): 可以');
    // The count asked for, not the dose (每日兩次); the days the writer counted.
    expect(requestRows(chat.db)).toEqual([{ door: '5-302', days: 2, items: '单硝酸异山梨酯×2' }]);
  });
});
