import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('a delivery notice reaches households where they are', () => {
  it('in the building\'s group, and in the residents\' group a household wrote in, @-mentioning them there', async () => {
    chat = await communityWithLeader();
    await chat.say('secretary [6号楼群]: /bind 阳光二期 楼 6');
    await launchedGroupBuy(chat);
    // mum has only ever written in the residents' group (the console group), never in building 6's.
    await chat.say('mum: /我是 6-101');
    await chat.say('mum: /buy 1 6-101 A 1');
    await chat.say('wang: /我是 6-202');
    await chat.say('wang: /buy 1 6-202 A 1');
    await chat.say('leader: /截团 1');
    const out = await chat.say('leader: /送达 6-101');
    const notices = out.filter((m) => m.text.startsWith('📦'));
    expect(notices.map((m) => m.chatId).sort()).toEqual(['6号楼群', '控制台群']);
    const residents = notices.find((m) => m.chatId === '控制台群')!;
    expect(residents.text).toContain('6-101');
    expect(residents.text).not.toContain('6-202');
    expect(residents.mentions).toEqual(['mum']);
  });

  it('a household that wrote only in the building\'s group is not told twice', async () => {
    chat = await communityWithLeader();
    await chat.say('secretary [6号楼群]: /bind 阳光二期 楼 6');
    await launchedGroupBuy(chat);
    await chat.say('dad [6号楼群]: /我是 6-101');
    await chat.say('dad [6号楼群]: /buy 1 6-101 A 1');
    await chat.say('leader: /截团 1');
    const notices = (await chat.say('leader: /送达 6-101')).filter((m) => m.text.startsWith('📦'));
    expect(notices.map((m) => m.chatId)).toEqual(['6号楼群']);
  });
});

describe('the bulletin after a group-buy closes', () => {
  it('says when the closed group-buy arrives instead of dropping it', async () => {
    const { groupbuyBulletin } = await import('../../commands/groupbuy/data.js');
    const { localDayWindow } = await import('../../src/kernel/time.js');
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /buy 1 6-202 A 1');
    await chat.say('leader: /截团 1');
    const tz = 'Asia/Shanghai';
    const today = { communityId: 1, date: '2026-04-20', timeZone: tz, ...localDayWindow('2026-04-20', tz) };
    const lines = groupbuyBulletin.render(chat.db, today, 'zh-CN') ?? [];
    expect(lines).toContain('已截团、等送达:「4月21日蔬菜套餐」4月21日送达');
    expect(groupbuyBulletin.render(chat.db, today, 'en')).toContain('Closed, on the way: "4月21日蔬菜套餐" arrives Apr 21');
  });
});
