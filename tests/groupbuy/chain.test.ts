import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { communityWithLeader, launchedGroupBuy, lineFor, type Items } from './helpers.js';
import { ordersOf } from '../../commands/groupbuy/store/orders.js';
import { normalize } from '../../src/kernel/normalize.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const same = (a: Items, b: Items) => a.size === b.size && [...a].every(([c, q]) => b.get(c) === q);

describe('a 接龙 chain built the way residents build it', () => {
  it('300 residents copying (sometimes stale) chains end with one right order per household, totals matching', async () => {
    chat = await communityWithLeader();
    const { chainText } = await launchedGroupBuy(chat);
    const rnd = random(20260420);
    const copies: string[] = [chainText]; // every chain-like message seen in the group, oldest first
    const expected = new Map<string, Items>();
    const residents = Array.from({ length: 300 }, (_, i) => {
      const building = (i % 10) + 1;
      const room = ((Math.floor(i / 10) % 15) + 1) * 100 + Math.floor(i / 150) + 1;
      return { name: `r${i}`, building, room, door: `${building}-${room}`, style: i % 7 };
    });
    const pickItems = (): Items => {
      const items: Items = new Map();
      const codes = ['A', 'B', 'C'].filter(() => rnd() < 0.5);
      for (const code of codes.length > 0 ? codes : ['B']) items.set(code, codes.length === 3 ? 1 : 1 + Math.floor(rnd() * 2));
      return items;
    };
    const post = async (who: (typeof residents)[number], items: Items) => {
      // Most copy the latest chain; some copy one a few messages old.
      const back = rnd() < 0.2 ? 1 + Math.floor(rnd() * 4) : 0;
      const base = copies[Math.max(0, copies.length - 1 - back)]!;
      const n = base.split('\n').filter((l) => /^\d+[.、 ]/.test(l)).length + 1;
      const text = `${base}\n${lineFor(who.style, n, who.building, who.room, items)}`;
      copies.push(text);
      chat.clock.advance(20_000);
      const sent = [...(await chat.say(`${who.name}: ${text.replace(/\n/g, '\\n')}`)), ...(await chat.tick())];
      for (const m of sent) if (m.text.startsWith('【团购接龙')) copies.push(m.text);
      return sent;
    };

    for (const who of residents) {
      const items = pickItems();
      expected.set(who.door, items);
      const [ack] = await post(who, items);
      expect(normalize(ack?.text ?? '')).toMatch(new RegExp(`^已登记 ${who.door} `));
    }
    // A few post twice: some change their order, some repeat it.
    for (const i of [3, 41, 77, 150, 199, 250, 298]) {
      const who = residents[i]!;
      const changed = i % 2 === 1;
      const items: Items = changed ? new Map([['C', 3]]) : expected.get(who.door)!;
      const [ack] = await post(who, items);
      if (changed && !same(items, expected.get(who.door)!)) expect(normalize(ack!.text)).toContain(`已更新 ${who.door} 为 C×3`);
      else expect(normalize(ack!.text)).toContain('没有变化');
      expected.set(who.door, items);
    }

    // The canonical chain was re-posted every so often, not after every order.
    const reposts = chat.sent.filter((m) => m.chatId === '控制台群' && m.text.startsWith('【团购接龙')).length - 1;
    expect(reposts).toBeGreaterThan(5);
    expect(reposts).toBeLessThan(40);
    const orders = ordersOf(chat.db, 1);
    expect(orders).toHaveLength(300);
    for (const o of orders) expect(Object.fromEntries(o.items), o.door).toEqual(Object.fromEntries(expected.get(o.door)!));
    const total = (code: string) => [...expected.values()].reduce((a, m) => a + (m.get(code) ?? 0), 0);
    const closed = await chat.say('leader: /截团');
    const totals = closed.find((m) => m.chatId === '控制台群')!.text;
    expect(totals).toContain(`共300户,A套餐×${total('A')} B套餐×${total('B')} C套餐×${total('C')}`);
    const fen = total('A') * 10000 + total('B') * 15000 + total('C') * 8850;
    expect(totals).toContain(`${Math.trunc(fen / 100)}${fen % 100 ? `.${String(fen % 100).padStart(2, '0').replace(/0$/, '')}` : ''}元`);
  }, 120_000);
});

describe("WeChat's 「#接龙」 typed by hand", () => {
  it('with the title on its first line orders as the two-line form does; a milk 接龙 of another group-buy orders nothing', async () => {
    chat = await communityWithLeader();
    await launchedGroupBuy(chat);
    await chat.say('wang: /我是 12组35号');
    expect((await chat.answer('wang: #接龙 4月21日蔬菜套餐\\n1. 12组8号 B×2\\n2. 12组35号 A×1'))).toContain('12组35号 A×1');
    expect(Object.fromEntries(ordersOf(chat.db, 1).map((o) => [o.door, Object.fromEntries(o.items)]))).toEqual({ '12组8号': { B: 2 }, '12组35号': { A: 1 } });
    expect(await chat.say('li: #接龙 牛奶团\\n1. 6-101 2箱\\n2. 5-302 1箱')).toEqual([]);
    expect(ordersOf(chat.db, 1)).toHaveLength(2);
  });
});
