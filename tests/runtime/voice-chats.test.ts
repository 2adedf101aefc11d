import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';
import { requestRows } from '../medicine/helpers.js';

/** Round 8: what a phone's voice-to-text makes of an old resident's speech, end to end in the chat. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

async function community() {
  chat = await chatWithWang();
  return chat;
}

const requests = () => requestRows(chat.db);

describe('voice input, as it was said', () => {
  it('a run-on with 药 heard as 要, 盒 as 和 and the door said twice is recorded as meant: two boxes, none left, one door', async () => {
    await community();
    expect(await chat.answer('wang (private): 喂喂那个那个我的降压要吃光了 帮我配两和硝苯地平 五号楼三零二三零二')).toMatch(/替换吗/);
    const confirm = await chat.answer('wang (private): 可以');
    expect(confirm).toContain('门牌:5号楼302');
    expect(confirm).toContain('1. 硝苯地平 ×2盒');
    expect(requests()).toEqual([{ door: '5-302', days: 0, items: '硝苯地平×2' }]);
  });

  it('adult diapers asked for in the group are a request taken privately, the supply never named in the group, for the door said twice', async () => {
    await community();
    const out = await chat.say('li: 喂喂我老太婆瘫在床上 尿不湿用完了 谁能帮我买三包 八号楼两零一两零一');
    expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['配药登记还缺几项,我私聊问您(药品信息不在群里说)。']);
    expect(out.filter((o) => !o.isGroup).map((o) => o.text)).toEqual(['如果配不到原来的药,可以用同成分的其他牌子替换吗?请回复「可以」或「不可以」。']);
    const confirm = await chat.answer('li (private): 不可以');
    expect(confirm).toContain('门牌:8号楼201');
    expect(confirm).toContain('尿不湿 ×3包');
    expect(requests()).toEqual([{ door: '8-201', days: 0, items: '尿不湿×3' }]);
  });
});
