import { afterEach, describe, expect, it } from 'vitest';
import { TestChat, chatWithWang } from '../helpers/chat.js';

/** A phone number given in words is kept (and said back masked, only privately); help for one thing gives its own example. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined!;
});

const phoneOf = (name: string) => chat.db.prepare('SELECT phone FROM members WHERE user_id = ?').pluck().get(name);

describe('a phone number given', () => {
  it('privately in words (「我的电话是13912345678 有事打我电话」) is kept, said back masked, and is no offer to volunteer', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我的电话是13912345678 有事打我电话')).toBe(
      '已记下您的电话 139****5678。只有居委和为您办事的志愿者在需要时用它联系您;发 /我的信息 查看,发 /删除我的信息 删除。',
    );
    expect(phoneOf('wang')).toBe('13912345678');
    expect(chat.db.prepare('SELECT COUNT(*) FROM volunteers').pluck().get()).toBe(0);
  });

  it('with /电话 in the group is answered privately; no group message carries the number', async () => {
    chat = await chatWithWang();
    const out = await chat.say('wang: /电话 139 1234 5678');
    expect(out.filter((o) => o.isGroup).map((o) => o.text).join('\n')).not.toMatch(/5678/);
    expect(out.find((o) => !o.isGroup)?.text).toMatch(/^已记下您的电话 139\*\*\*\*5678/);
    expect(phoneOf('wang')).toBe('13912345678');
  });

  it("a relative's number given after a request (「我妈电话139…」, 「有事打我女儿电话 139…」) is the household's contact, said back as theirs", async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我妈的降压药快吃完了 氨氯地平 两盒');
    await chat.say('wang (private): 可以');
    expect(await chat.answer('wang (private): 我妈电话13912345678')).toMatch(/^已记下您妈妈的电话 139\*\*\*\*5678,作为您家的联系电话/);
    expect(phoneOf('wang')).toBe('13912345678');
    expect(await chat.answer('wang (private): 有事打我女儿电话 13812345678')).toMatch(/^已记下您女儿的电话 138\*\*\*\*5678/);
    expect(phoneOf('wang')).toBe('13812345678');
    expect(await chat.answer("wang (private): my daughter's number is 13712345678")).toMatch(/^Saved the contact number 137\*\*\*\*5678 \(your daughter's\)/);
    expect(await chat.answer('wang (private): call my son 13612345678')).toMatch(/\(your son's\)/);
    expect(phoneOf('wang')).toBe('13612345678');
  });

  it("a relative's number asked about is not taken as given", async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我女儿电话多少来着 13912345678?');
    expect(phoneOf('wang')).toBeNull();
  });

  it('in a group without the command, or asked about, is not taken', async () => {
    chat = await chatWithWang();
    expect(await chat.say('wang: 我的电话是13912345678 有事打我')).toEqual([]);
    await chat.say('wang (private): 你们要我的电话干嘛');
    expect(phoneOf('wang')).toBeNull();
  });
});

describe('help asked for one thing in words', () => {
  it('gives that thing\'s own plain-words example (「我不会用那个接龙」 was shown 「我住5号楼302」), in English too', async () => {
    chat = await chatWithWang();
    expect(await chat.answer('wang (private): 我不会用那个接龙')).toMatch(/不用记格式,直接说也行,例如:「A套餐一份 5号楼302」,不用接龙也行$/);
    expect(await chat.answer('wang (private): how do I order vegetables?')).toMatch(/^\/buy [\s\S]*"one A for 5-302", no chain needed$/);
  });
});
