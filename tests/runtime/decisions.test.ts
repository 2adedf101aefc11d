import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from '../groupbuy/helpers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const count = (sql: string) => chat.db.prepare(sql).pluck().get() as number;

async function community(name = '阳光小区') {
  chat = new TestChat();
  await chat.say(`secretary: /bind ${name}`);
  await chat.say('wang: /我是 5-302');
  return chat;
}

describe('each decision path, through the chat', () => {
  it('clear: acted on', async () => {
    await community();
    expect(await chat.answer('wang (private): 门牌 3号楼1201')).toBe('已记住:您住3号楼1201。以后登记都会用这个地址。');
  });

  it('danger first: a collapse said with an offer to help pages, however sure the offer reads, and signs nobody up', async () => {
    await community();
    const out = await chat.say('wang: 我是护士 我可以帮忙 楼下有人晕倒了 叫不醒');
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急');
    expect(count('SELECT COUNT(*) FROM volunteers')).toBe(0);
  });

  it('likely: one short question, and 「是」 completes the same request with what was understood', async () => {
    await community();
    expect(await chat.answer('wang (private): 阿司匹林')).toBe('您是要登记配药吗?回复「是」就好。');
    expect(await chat.answer('wang (private): 是')).toBe('「阿司匹林」要几盒(几瓶、几支)?');
    await chat.say('wang (private): 一盒');
    expect(await chat.answer('wang (private): 可以')).toContain('1. 阿司匹林 ×1盒(可替换)');
    expect(count('SELECT COUNT(*) FROM medicine_requests')).toBe(1);
  });

  it('likely, under the chain post: a cancelling word deep in a long story is asked, and 「是」 cancels the order', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: /buy 1 B 2');
    expect(await chat.answer(`wang ^${chainMessageId}: 冰箱里还有好多菜 鸡蛋也还剩半筐 想来想去还是不要了吧`)).toBe('您是要取消您家的团购订单吗?回复「是」就好。');
    expect(count("SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'")).toBe(1);
    expect(await chat.answer('wang: 是')).toContain('已取消 5-302 的订单');
    expect(count("SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'")).toBe(0);
  });

  it('clear, under the chain post: one\'s own order cancelled in words (「我不要了 把我那行删掉吧」, 「算了 我不跟了」) is cancelled at once', async () => {
    chat = await communityWithLeader();
    const { chainMessageId } = await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    await chat.say('wang: /buy 1 B 2');
    expect(await chat.answer(`wang ^${chainMessageId}: 我不要了 把我那行删掉吧`)).toContain('已取消 5-302 的订单');
    expect(count("SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'")).toBe(0);
    await chat.say('wang: /buy 1 A 1');
    expect(await chat.answer(`wang ^${chainMessageId}: 算了 我不跟了`)).toContain('已取消 5-302 的订单');
    expect(count("SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'")).toBe(0);
    // A condition or a word to others cancels nothing.
    await chat.say('wang: /buy 1 A 1');
    expect(await chat.say(`wang ^${chainMessageId}: 如果明天送不到我就不要了`)).toEqual([]);
    expect(count("SELECT COUNT(*) FROM groupbuy_orders WHERE status = 'active'")).toBe(1);
  });

  it('「不是」 drops the likely reading and records nothing', async () => {
    await community();
    await chat.say('wang (private): 阿司匹林');
    expect(await chat.answer('wang (private): 不是')).toBe('好的,那就不办了。有需要随时说。');
    expect(count('SELECT COUNT(*) FROM medicine_requests')).toBe(0);
  });

  it('unclear in a busy group: silence', async () => {
    await community();
    for (const line of ['今天天气不错', '我住5号楼302,谁能帮我下楼取个快递,腿脚不方便', '楼下的桃花开了', 'ok']) expect(await chat.say(`wang: ${line}`)).toEqual([]);
  });

  it('unclear in a private chat: the best guesses as choices, never a bare help line; a number picks one', async () => {
    await community();
    const guess = await chat.answer('wang (private): 今天天气不错');
    expect(guess).toBe(
      ['我没太明白您的意思。您是想:', '1. 登记配药(代配药)', '2. 报名当志愿者', '3. 看看我能做什么', '回复数字就好。也可以直接说,例如「我的降压药快吃完了」。发 /帮助 看我能做的所有事。'].join('\n'),
    );
    expect(await chat.answer('wang (private): 1')).toContain('请告诉我要配的药');
  });

  it('the group-buy is among the choices only while one is open', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /我是 5-302');
    const guess = await chat.answer('wang (private): 团购的事');
    expect(guess.split('\n')[1]).toBe('1. 登记配药(代配药)');
    expect(guess).toContain('参加团购(下单)');
  });
});

describe('someone the bot does not know, writing privately', () => {
  const REQUEST = '你们好,我叫李建国,住15号楼303,高血压,需要代配苯磺酸左旋氨氯地平片,两盒,不可替换,电话13512345678';

  it('with one community and the door in the request itself, is welcomed and the request completes at once (the door was the question)', async () => {
    await community();
    const out = await chat.say(`lee (private): ${REQUEST}`);
    expect(out.map((o) => o.text)[0]).toBe('好的,已记下您是阳光小区的居民。');
    expect(out.map((o) => o.text).join('\n')).toContain('门牌:15号楼303');
    expect(out.map((o) => o.text).join('\n')).toContain('苯磺酸左旋氨氯地平片 ×2盒(不可替换)');
    expect(chat.db.prepare("SELECT community_id FROM members WHERE user_id = 'lee'").pluck().get()).not.toBeNull();
  });

  it('is asked which community and door when the request has no door, and the kept request completes once they answer', async () => {
    await community();
    expect(await chat.answer('lee (private): 我要配药 苯磺酸左旋氨氯地平片 两盒 不可替换')).toBe(
      '我先记一下您的住址:您是阳光小区的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。',
    );
    const out = await chat.say('lee (private): 15号楼303');
    expect(out.map((o) => o.text)[0]).toBe('好的,已记下您是阳光小区的居民。');
    expect(out.map((o) => o.text).join('\n')).toContain('门牌:15号楼303');
    expect(chat.db.prepare("SELECT community_id FROM members WHERE user_id = 'lee'").pluck().get()).not.toBeNull();
  });

  it('with one community, an answer that is not a door is told so (not "which community"), and the door then completes the request', async () => {
    await community();
    await chat.say('lee (private): 我要配药 二甲双胍 两盒 可以替换');
    // Thanks is welcomed and the question still waits; words that are no door are told so.
    expect(await chat.answer('lee (private): 谢谢侬')).toBe('不客气!上面还有一个问题等您回答,回答了我就接着办。');
    const again = await chat.say('lee (private): 这个要问问我儿子');
    expect(again.map((o) => o.text)).toEqual([
      '没看懂门牌号。',
      '我先记一下您的住址:您是阳光小区的居民吗?请回复门牌号,例如「5号楼302」。您的请求我记着,回复后马上办。',
    ]);
    const out = await chat.say('lee (private): 8号楼601');
    expect(out.map((o) => o.text).join('\n')).toContain('门牌:8号楼601');
    expect(out.map((o) => o.text).join('\n')).toContain('二甲双胍 ×2盒(可替换)');
  });

  it('with several communities, the list is given and a number with a door answers it', async () => {
    await community();
    await chat.say('secretary [光明苑群]: /bind 光明苑');
    const ask = await chat.answer('lee (private): 我要配药 二甲双胍 两盒 可以替换');
    expect(ask).toContain('1. 阳光小区');
    expect(ask).toContain('2. 光明苑');
    const out = await chat.say('lee (private): 2 8号楼601');
    expect(out.map((o) => o.text).join('\n')).toContain('门牌:8号楼601');
    expect(chat.db.prepare("SELECT c.name FROM members m JOIN communities c ON c.id = m.community_id WHERE m.user_id = 'lee'").pluck().get()).toBe('光明苑');
  });

  it('a home written privately by someone new is kept, and with one community served they are its resident', async () => {
    await community();
    expect(await chat.answer('newbie (private): 8號樓601,這是我的門牌')).toBe('好的,已記下您是阳光小区的居民。\n已記住:您住8號樓601。以後登記都會用這個地址。');
  });
});

describe('the other capabilities in plain words', () => {
  it('help: 菜单, "@邻里 你能做什么", "what can you do"', async () => {
    await community();
    expect(await chat.answer('wang (private): 菜单')).toContain('邻里助手可以帮您');
    expect(await chat.answer('wang: @邻里 你能做什么')).toContain('邻里助手可以帮您');
    expect(await chat.answer('tom (private): what can you do?')).toContain('linli can help you with');
  });

  it('home in a group only when said to the bot', async () => {
    await community();
    expect(await chat.answer('li: @邻里 我住13号楼901 记一下')).toContain('13号楼901');
  });

  it('a volunteer offers in ordinary words; a cheer under the recruit post is not a sign-up', async () => {
    await community();
    const [post] = await chat.say('secretary: /招募 紧急招募志愿者');
    expect(await chat.say(`li ^${post!.id}: 志愿者们加油`)).toEqual([]);
    expect(await chat.answer('li: 我是护士 可以帮忙')).toContain('几号楼');
  });

  it('a task is claimed by "接!马上下楼"', async () => {
    await community();
    const [post] = await chat.say('secretary: /招募 紧急招募志愿者');
    await chat.say(`li ^${post!.id}: 报名 5-101 配送 全天`);
    const [task] = await chat.say('secretary: /任务 3号楼 搬运物资10箱');
    expect(await chat.answer(`li ^${task!.id}: 接!马上下楼`)).toContain('由 li 认领');
  });

  it('orders: WeChat\'s #接龙, "Two of B", 「B套餐來兩份」 — recorded with the quantity written', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.answer('zhang: #接龙\\n阳光二期团购 #1\\n\\n1. 张阿姨 5-302 B套餐2份')).toBe('已登记 5-302 B×2,本团共2份');
    expect(await chat.answer('tom: Two of B for 12-1201')).toBe('Recorded 12-1201 B×2; 4 in all');
    expect(await chat.answer('chen: B套餐來兩份 7号楼1201')).toBe('已登記 7-1201 B×2,本團共6份');
  });

  it('a #接龙 without the group-buy\'s number is ours when its line orders by our letters; another chain is not', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    expect(await chat.say('zhang: #接龙\\n光明牛奶团\\n1. 3-201 2箱\\n2. 5-302 1箱')).toEqual([]);
    expect(await chat.answer('zhang: #接龙\\n蔬菜团购\\n\\n1. 3-201 A×1\\n2. 7-1102 C×1')).toBe('已登记 3-201 A×1;已登记 7-1102 C×1,本团共2份');
  });
});
