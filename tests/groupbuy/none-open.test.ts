import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** An order with nothing open: a resident is told so; a leader, who may have meant to start one, is told how. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

describe('ordering when no group-buy is open', () => {
  it('a leader writing /团购 with their goods is told how a group-buy is started', async () => {
    chat = await chatWithWang('secretary: /授权 @lead 团长');
    expect(await chat.answer('lead: /团购 蔬菜水果 A 蔬菜套餐 68 B 水果套餐 88 截单 今晚8点')).toBe(
      '现在没有正在接龙的团购。要开新的团购,先发 /团购登记(商品、价格、截止时间、资料),居委审核后发 /开团。',
    );
  });

  it('a resident is only told that nothing is open', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang: /团购 B 2')).toBe('现在没有正在接龙的团购。');
  });
});
