import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const lines = (text: string) => text.split('\n');

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  return chat;
}

describe('/帮助 is short and for the asker', () => {
  it('a resident in the group reads at most 8 lines: emergency first, then medicine, group-buys, home, their data', async () => {
    await community();
    const help = await chat.answer('wang: /帮助');
    expect(lines(help).length).toBeLessThanOrEqual(8);
    const at = (word: string) => help.indexOf(word);
    for (const word of ['/sos', '/配药', '/buy', '/我是', '/我的信息']) expect(help).toContain(word);
    expect(at('/sos')).toBeLessThan(at('/配药'));
    expect(at('/配药')).toBeLessThan(at('/buy'));
    // Volunteer and secretary tools are not a resident's.
    for (const word of ['/完成', '/退回', '/换绑码', '/授权', '/导入']) expect(help).not.toContain(word);
  });

  it('in English too, as short', async () => {
    await community();
    await chat.say('tom: I live at 7-1201');
    const help = await chat.answer('tom: /help');
    expect(lines(help).length).toBeLessThanOrEqual(8);
    expect(help).toContain('/sos');
    expect(help).toContain('linli can help you with');
  });

  it('the menu asked for topic first (「功能表有伐」, 「menu 有吗」) privately gets the same short help', async () => {
    await community();
    const help = await chat.answer('wang (private): 功能表有伐');
    expect(lines(help).length).toBeLessThanOrEqual(8);
    for (const word of ['/sos', '/配药', '/buy']) expect(help).toContain(word);
    expect(await chat.answer('wang (private): 帮助有伐?')).toBe(help);
  });

  it('a volunteer sees the residents\' part in the group and their own part privately', async () => {
    await community();
    await chat.say('secretary: /授权 @v1 志愿者');
    const out = await chat.say('v1: /帮助');
    const group = out.filter((o) => o.isGroup);
    const mine = out.filter((o) => !o.isGroup);
    expect(group).toHaveLength(1);
    expect(lines(group[0]!.text).length).toBeLessThanOrEqual(8);
    expect(group[0]!.text).not.toContain('/完成');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain('【志愿者】');
    for (const word of ['/认领 12', '/完成 12', '/退回 12', '/接班 12']) expect(mine[0]!.text).toContain(word);
    expect(mine[0]!.text).not.toContain('/授权');
  });

  it.each([
    ['楼组长 5号楼', '【楼组长】', '/花名册'],
    ['团长', '【团长】', '/团购登记'],
    ['配药小分队', '【配药】', '/配药单'],
  ])('a %s asking privately gets the residents\' part and their own', async (role, header, tool) => {
    await community();
    await chat.say('li: 大家好');
    await chat.say(`secretary: /授权 @li ${role}`);
    const help = await chat.answer('li (private): /帮助');
    expect(help).toContain('/sos');
    expect(help).toContain(header);
    expect(help).toContain(tool);
    expect(help).not.toContain('/授权');
  });

  it('the secretary\'s long help is not posted into the residents\' group', async () => {
    await community();
    const out = await chat.say('secretary: /帮助');
    const group = out.filter((o) => o.isGroup);
    expect(group).toHaveLength(1);
    expect(lines(group[0]!.text).length).toBeLessThanOrEqual(8);
    expect(group[0]!.text).not.toContain('/授权');
    expect(out.find((o) => !o.isGroup)?.text).toContain('/授权');
  });

  it('/帮助 配药 explains one capability with plain words', async () => {
    await community();
    const help = await chat.answer('wang: /帮助 配药');
    expect(help).toContain('/配药');
    expect(help).toContain('氨氯地平 5mg 两盒');
    expect(lines(help).length).toBeLessThanOrEqual(3);
  });

  it('the group-buy import is named as it is typed (/导入团购), not /导入, which does not exist', async () => {
    await community();
    await chat.say('li: 大家好');
    await chat.say('secretary: /授权 @li 团长');
    const help = await chat.answer('li (private): /帮助');
    expect(help).toContain('/导入团购');
    expect(help).not.toMatch(/\/导入 /);
    expect(await chat.answer('li (private): /导入团购')).not.toContain('没有这个命令');
  });
});

describe('/start', () => {
  it('alone greets in three lines and asks for the door when linli does not know it', async () => {
    chat = new TestChat();
    const hello = await chat.answer('wang (private): /start');
    expect(lines(hello)).toHaveLength(3);
    expect(hello).toContain('您好,wang');
    expect(hello).toContain('门牌号');
    await chat.say('wang (private): 我住5号楼302');
    expect(lines(await chat.answer('wang (private): /start'))[2]).toBe('您登记的住址:5号楼302。');
  });

  it('answers in English to an English speaker', async () => {
    chat = new TestChat();
    await chat.say('tom (private): I live at 7-1201');
    const hello = await chat.answer('tom (private): /start');
    expect(lines(hello)).toHaveLength(3);
    expect(hello).toContain('Hello, tom');
  });

  it('a link that names no flow linli knows is a plain greeting', async () => {
    chat = new TestChat();
    expect(lines(await chat.answer('wang (private): /start nosuchthing_3'))).toHaveLength(3);
  });
});

describe('asked in a resident\'s own words, privately', () => {
  it.each([
    ['阿拉勿晓得哪能弄 侬讲讲看', '/配药'],
    ['點用㗎', '/配藥'],
    ['团购在哪里接龙', '/buy'],
    ["I'm 78 and not good with phones. My granddaughter set this up. What am I supposed to do with it?", 'linli can help you with'],
  ])('%s gets the short help', async (text, shown) => {
    chat = new TestChat();
    await chat.say('wang (private): /我是 5-302');
    const help = await chat.answer(`wang (private): ${text}`);
    expect(help).toContain(shown);
    expect(lines(help).length).toBeLessThanOrEqual(8);
  });

  it('a how-to put to neighbours in the group gets silence', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(await chat.say('wang: 团购怎么报名啊 谁知道')).toEqual([]);
  });
});

describe('asked how to do one thing, in words', () => {
  it('「怎么报名当志愿者」 and "how do I order vegetables?" get that one thing explained and that plain words work; `/帮助 志愿者` by the word residents use', async () => {
    await community();
    await chat.say('wang: 我住5号楼302');
    const volunteer = await chat.answer('wang (private): 怎么报名当志愿者');
    expect(lines(volunteer)[0]).toMatch(/^\/志愿者报名/);
    expect(volunteer).toContain('直接说也行');
    expect(lines(await chat.answer('wang (private): how do I order vegetables?'))[0]).toMatch(/^\/buy/);
    expect(lines(await chat.answer('wang (private): /帮助 志愿者'))[0]).toMatch(/^\/志愿者报名/);
    // Naming nothing, or several things, is the whole short help.
    expect(await chat.answer('wang (private): 怎么用')).toContain('/sos');
  });
});
