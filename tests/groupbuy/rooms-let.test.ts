import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy } from './helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());
const all = async (line: string) => (await chat.say(line.replace(/\n/g, '\\n'))).map((o) => o.text).join('\n');

// A flat let room by room (群租, common in 动迁房 where delivery riders rent): 「45-602B A×1」 was read as B×1 and A×1 for flat
// 602, and the roommates in 602C and the second bedroom were refused as 「已经由别人报过了」.
describe('rooms let on their own order as households of their own', () => {
  it('roommates in one flat each order; the room letter is no item', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    expect(await all(`ren1: ${chainText}\n1. 45-602B A×1`)).toContain('已登记 45-602B A×1');
    expect(await all(`ren2: ${chainText}\n1. 45-602B A×1\n2. 45-602C B×2`)).toContain('已登记 45-602C B×2');
    expect(await all('ren3: 45号602室次卧 C 1份')).toContain('已登记 45-602次卧 C×1');
    expect(await all('leader (private): /团购进度 1')).toContain('3户');
  });

  it('a letter glued to a room in a chain line still orders that item', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    expect(await all(`wang: ${chainText}\n1. 5-302B×2`)).toContain('已登记 5-302 B×2');
    expect(await all(`li: ${chainText}\n1. 5-302B×2\n2. 6-101A1`)).toContain('已登记 6-101 A×1');
  });

  it('a renter telling the home with its room letter keeps it; the flat alone is another household', async () => {
    chat = await communityWithLeader();
    expect(await all('ren1 (private): 我住45-602B')).toContain('45号楼602B');
    expect(await all('ren2: 我住45号602C 新来的')).toContain('45号楼602C');
    expect(await all('ren1 (private): /住址')).toContain('45号楼602B');
  });
});
