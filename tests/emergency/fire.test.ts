import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

/**
 * A fire is the fire brigade's (119) before it is a doctor's: with nobody said to be in it or hurt, the
 * group is told to call 119 and asked whether anyone is hurt or trapped — no doctor or nurse is paged
 * for a burning bin; a fire with someone inside pages at once, and 119 is said first; a fire put out,
 * on the news or in a drill gets nothing.
 */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const MEDICS = ['private:doc', 'private:nurse1'];
async function community() {
  chat = await communityWithVolunteers(['doc: 5-302 医生 晚上', 'nurse1: 6-101 护士 全天']);
  await chat.say('grandson: 大家好');
  return chat;
}
const emergencies = () => chat.db.prepare('SELECT COUNT(*) FROM emergencies').pluck().get() as number;
const paged = (out: { chatId: string }[]) => out.filter((o) => MEDICS.includes(o.chatId)).length;

describe('a fire with nobody said to be in danger', () => {
  it.each(['楼下垃圾桶着火了', '5號樓樓道裡起火了 好大的煙', "There's a fire in the bike shed downstairs, lots of smoke"])(
    '「%s」: the group is told to call 119 and asked whether anyone is hurt; no medic is paged',
    async (text) => {
      await community();
      const out = await chat.say(`grandson: ${text}`);
      const group = out.find((o) => o.isGroup)!.text;
      expect(group).toContain('119');
      expect(group).toMatch(/有人受伤或被困吗|有人受傷或被困嗎|Is anyone hurt or trapped/);
      expect(out.find((o) => o.chatId === 'private:secretary')!.text).toContain('可能的紧急情况');
      expect(paged(out)).toBe(0);
      expect(emergencies()).toBe(0);
    },
  );

  it('「是」 to the question pages the medics', async () => {
    await community();
    await chat.say('grandson: 阿拉楼下着火了 烟老大额');
    const yes = await chat.say('grandson: 是');
    expect(yes.find((o) => o.isGroup && o.text.startsWith('🚨'))!.text).toContain('需要医护人员');
    expect(paged(yes)).toBe(2);
    expect(emergencies()).toBe(1);
    // 119 was said with the question; the answer does not repeat it.
    expect(yes.filter((o) => o.text.includes('119')).map((o) => o.text)).toEqual([]);
  });

  it('privately, the writer is told to call 119 too', async () => {
    await community();
    const out = await chat.say('grandson (private): 隔壁阳台冒黑烟了');
    expect(out.find((o) => o.chatId === 'private:grandson')!.text).toContain('119');
    expect(paged(out)).toBe(0);
  });
});

describe('a fire with someone in it pages at once, 119 first', () => {
  it('「着火了 老人还在里面 3号楼502」', async () => {
    await community();
    const out = await chat.say('grandson: 着火了 老人还在里面 3号楼502');
    const said = out.filter((o) => o.isGroup).map((o) => o.text);
    expect(said[0]).toContain('119');
    expect(said.some((t) => t.startsWith('🚨 紧急:3号楼502'))).toBe(true);
    expect(paged(out)).toBe(2);
  });
});

describe('a fire that is out, told of or played is nothing to do', () => {
  it.each(['隔壁厨房冒烟了 已经灭了 没事', '新闻里说浦东一个小区着火了 好可怕', '消防演习 明天上午十点 大家不要慌', '嗓子冒烟了 谁家有胖大海'])('「%s」 gets no answer', async (text) => {
    await community();
    expect(await chat.say(`grandson: ${text}`)).toEqual([]);
    expect(emergencies()).toBe(0);
  });
});
