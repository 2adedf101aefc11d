import { afterEach, describe, expect, it } from 'vitest';
import { TelegramBot } from '../helpers/telegram-bot.js';

const GROUP = { id: -1001, type: 'supergroup' as const, title: '阳光二期5号楼' };
const secretary = { id: 1, name: '书记', username: 'shuji' };
const wang = { id: 11, name: '王阿姨', username: 'wang_ayi' };
const privateOf = (u: { id: number }) => ({ id: u.id, type: 'private' as const });

let bot: TelegramBot;
afterEach(async () => bot?.stop());

describe('Telegram command menus, deep links and /start (on the emulator)', { timeout: 60_000 }, () => {
  it('sets a menu per scope and language: Latin names, descriptions in the audience\'s language, emergency first', async () => {
    bot = await TelegramBot.start();
    const menu = (key: string) => bot.emu.menus.get(key) ?? [];
    for (const scope of ['all_private_chats', 'all_group_chats', 'all_chat_administrators']) {
      for (const lang of ['', 'zh', 'en']) expect(menu(`${scope}|${lang}`).length, `${scope}|${lang}`).toBeGreaterThan(0);
    }
    const privateZh = menu('all_private_chats|zh');
    expect(privateZh[0]).toEqual({ command: 'sos', description: '紧急呼叫:有人晕倒、受伤' });
    expect(privateZh.map((c) => c.command)).toEqual(['sos', 'med', 'buy', 'home', 'mydata', 'help', 'desk']);
    expect(menu('all_private_chats|')).toEqual(privateZh);
    expect(menu('all_private_chats|en').find((c) => c.command === 'med')?.description).toBe('ask for medicine (details stay private)');
    // Groups: what residents do there, and the task list; no personal data in a group.
    expect(menu('all_group_chats|zh').map((c) => c.command)).toEqual(['sos', 'med', 'buy', 'home', 'tasks', 'help']);
    // The committee (group administrators): the same, and their tools.
    const admin = menu('all_chat_administrators|zh').map((c) => c.command);
    expect(admin.slice(0, 6)).toEqual(['sos', 'med', 'buy', 'home', 'tasks', 'help']);
    for (const tool of ['bulletin', 'notice', 'task', 'recruit', 'roster', 'audit', 'bind']) expect(admin).toContain(tool);
    expect(menu('all_group_chats|zh').map((c) => c.command)).not.toContain('bind');
  });

  it('every menu command is one linli answers to', async () => {
    bot = await TelegramBot.start();
    const names = new Set([...bot.emu.menus.values()].flat().map((c) => c.command));
    for (const name of names) expect(bot.app.registry.router.commandNamed(name), name).toBeDefined();
  });

  it('/start alone greets in three lines and asks for the door', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(wang, privateOf(wang), '/start');
    const [hello] = await bot.emu.until(() => bot.emu.botPosts(wang.id).length > 0 && bot.emu.botPosts(wang.id), 15_000, 'the greeting');
    expect(hello!.text.split('\n')).toHaveLength(3);
    expect(hello!.text).toContain('您好,王阿姨');
    expect(hello!.text).toContain('门牌号');
  });

  it('a medicine request made in the group, by someone without a private chat, is resumed privately by the link the group was given', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(wang, GROUP, '配药 氨氯地平 5mg 两盒 可以替换 还剩2天');
    const post = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('已收到配药登记')), 20_000, 'the group acknowledgement');
    const link = /https:\/\/t\.me\/linli_test_bot\?start=([A-Za-z0-9_-]+)/.exec(post.text);
    expect(link?.[1]).toBe('medinfo_1');
    expect(post.text).not.toContain('氨氯地平');
    // Pressing Start on that link sends "/start medinfo_1" in the private chat.
    bot.emu.userSays(wang, privateOf(wang), `/start ${link![1]}`);
    const [details] = await bot.emu.until(() => bot.emu.botPosts(wang.id).length > 0 && bot.emu.botPosts(wang.id), 15_000, 'the request privately');
    expect(details!.text).toContain('#1');
    expect(details!.text).toContain('氨氯地平');
    expect(bot.emu.botPosts(GROUP.id).some((p) => p.text.includes('氨氯地平'))).toBe(false);
  });

  it('a medicine request left half-filled in the group (no private chat yet) is resumed by its link where it stopped, not begun anew', async () => {
    bot = await TelegramBot.start();
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(wang, GROUP, '/配药 氨氯地平 5mg');
    const post = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('配药信息只能私聊登记')), 20_000, 'the group told to continue privately');
    expect(post.text).toContain('刚才说的我都记着');
    expect(post.text).not.toContain('氨氯地平');
    const link = /https:\/\/t\.me\/linli_test_bot\?start=([A-Za-z0-9_-]+)/.exec(post.text);
    expect(link?.[1]).toBe('medicine');
    // Nothing said in the group afterwards is taken for the request's answer.
    bot.emu.userSays(wang, GROUP, '两盒');
    await new Promise((r) => setTimeout(r, 1000));
    expect(bot.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get()).toBe(0);

    bot.emu.userSays(wang, privateOf(wang), `/start ${link![1]}`);
    const asked = await bot.emu.until(() => bot.emu.botPosts(wang.id).find((p) => p.text.includes('要几盒')), 15_000, 'the next question');
    expect(asked.text).toBe('「氨氯地平」要几盒(几瓶、几支)?');
    bot.emu.userSays(wang, privateOf(wang), '两盒');
    await bot.emu.until(() => bot.emu.botPosts(wang.id).some((p) => p.text.includes('替换')), 15_000, 'the substitute question');
    bot.emu.userSays(wang, privateOf(wang), '可以替换');
    const confirm = await bot.emu.until(() => bot.emu.botPosts(wang.id).find((p) => p.text.includes('#1')), 15_000, 'the request recorded');
    expect(confirm.text).toContain('氨氯地平');
    expect(confirm.text).toContain('5mg');
    expect(bot.db.prepare('SELECT COUNT(*) FROM medicine_requests').pluck().get()).toBe(1);
    expect(bot.emu.botPosts(GROUP.id).some((p) => p.text.includes('氨氯地平'))).toBe(false);
  });

  it('a building lead\'s message for several households, sent without a private chat, gives the group a link that lists them privately', async () => {
    bot = await TelegramBot.start();
    const lead = { id: 13, name: '楼组长老周' };
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(lead, GROUP, '/我是 3-101');
    bot.emu.userSays(lead, GROUP, '3号楼502阿婆 降压药2盒 601王老伯 胰岛素1支 都可以换牌子');
    const post = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('户的配药登记')), 20_000, 'the group acknowledgement');
    expect(post.text).not.toMatch(/降压药|胰岛素/);
    const link = /https:\/\/t\.me\/linli_test_bot\?start=([A-Za-z0-9_-]+)/.exec(post.text);
    expect(link?.[1]).toBe('mymed');
    bot.emu.userSays(lead, privateOf(lead), `/start ${link![1]}`);
    const [list] = await bot.emu.until(() => bot.emu.botPosts(lead.id).length > 0 && bot.emu.botPosts(lead.id), 15_000, 'the lead\'s requests privately');
    expect(list!.text).toContain('#1');
    expect(list!.text).toContain('#2');
    expect(list!.text).toContain('胰岛素');
    expect(bot.emu.botPosts(GROUP.id).some((p) => /降压药|胰岛素/.test(p.text))).toBe(false);
  });

  it('someone else\'s request is not shown through a link', async () => {
    bot = await TelegramBot.start();
    const li = { id: 12, name: '李师傅' };
    bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
    bot.emu.userSays(wang, GROUP, '/我是 5-302');
    bot.emu.userSays(wang, GROUP, '配药 氨氯地平 5mg 两盒 可以替换 还剩2天');
    await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.text.includes('已收到配药登记')), 20_000, 'the group acknowledgement');
    bot.emu.userSays(li, GROUP, '/我是 6-101');
    bot.emu.userSays(li, privateOf(li), '/start medinfo_1');
    const [answer] = await bot.emu.until(() => bot.emu.botPosts(li.id).length > 0 && bot.emu.botPosts(li.id), 15_000, 'the answer');
    expect(answer!.text).not.toContain('氨氯地平');
  });
});
