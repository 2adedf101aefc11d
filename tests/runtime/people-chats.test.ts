import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const count = (sql: string) => chat.db.prepare(sql).pluck().get() as number;

async function community() {
  chat = await chatWithWang();
  return chat;
}

describe('people in their own words (round 5)', () => {
  it('a private 「你能不能帮我报名志愿者 怎么报」 starts the sign-up instead of asking whether it was meant', async () => {
    await community();
    const answer = await chat.answer('wang (private): 你能不能帮我报名志愿者 怎么报');
    expect(answer).not.toContain('回复「是」');
    expect(answer).toBe('请问您有什么特长?例如:医生、护士、司机/有车、翻译、配送、巡逻、配药。没有特长回复“都可以”。');
  });

  it('under the recruit post, 「我报名 帮忙配药」 signs up at once; someone else\'s trade that cannot come signs nobody up', async () => {
    await community();
    const [post] = await chat.say('secretary: /招募 紧急招募志愿者');
    expect(await chat.say(`li ^${post!.id}: 我老公是医生 不过他在医院上班走不开`)).toEqual([]);
    expect(count('SELECT COUNT(*) FROM volunteers')).toBe(0);
    expect(await chat.answer(`zhao ^${post!.id}: 我报名 帮忙配药`)).toBe('谢谢报名!请问您住几号楼几室?例如:5-302');
    expect(await chat.answer('zhao: 6-101')).toContain('什么时间有空');
    expect(await chat.answer('zhao: 全天')).toContain('已登记志愿者 zhao:6号楼,特长:配药,有空:全天');
    expect(count('SELECT COUNT(*) FROM volunteers')).toBe(1);
  });

  it('what is kept about me, asked privately as 「我的登记信息能看一下吗」, shows the door; said to neighbours in the group it is left alone', async () => {
    await community();
    expect(await chat.answer('wang (private): 我的登记信息能看一下吗🙏')).toContain('5号楼302');
    expect(await chat.say('wang: 你们存了我的电话吧 有事打给我')).toEqual([]);
  });

  it('someone new gives a home in Cantonese with 「記低」 and it is kept', async () => {
    await community();
    expect(await chat.answer('newbie (private): 我住喺8座 1203室 唔該幫我記低')).toBe('好的,已記下您是阳光小区的居民。\n已記住:您住8號樓1203。以後登記都會用這個地址。');
  });
});

describe('workers\' Mandarin (round 7b)', () => {
  it('a worker signs up under the recruit post with 俺 and 莫得问题, and later asks privately what door is on record', async () => {
    await community();
    const [post] = await chat.say('secretary: /招募 紧急招募志愿者');
    expect(await chat.answer(`zhao ^${post!.id}: 俺也报 扛米扛菜都莫得问题`)).toBe('谢谢报名!请问您住几号楼几室?例如:5-302');
    expect(await chat.answer('zhao: 25-301')).toContain('什么时间有空');
    expect(await chat.answer('zhao: 全天')).toContain('已登记志愿者 zhao:25号楼,特长:配送,有空:全天');
    expect(count('SELECT COUNT(*) FROM volunteers')).toBe(1);
    expect(await chat.answer('wang (private): 你那存的俺家门牌对不对啊')).toContain('5号楼302');
  });
});
