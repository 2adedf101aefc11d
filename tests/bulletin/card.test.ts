import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardSpec } from '../../src/kernel/types.js';
import { localDate } from '../../src/kernel/time.js';
import { TestChat } from '../helpers/chat.js';
import { TelegramBot } from '../helpers/telegram-bot.js';
import { until, WechatWorld } from '../helpers/wechat.js';

const at = (local: string) => Date.parse(`${local}+08:00`);

/** Whether bytes are a PNG picture 1080 px wide with text on it (dark pixels), and its height. */
function picture(data: Buffer): { width: number; height: number; ink: number } {
  const img = PNG.sync.read(data);
  let dark = 0;
  for (let i = 0; i < img.data.length; i += 4) if (0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]! < 110) dark++;
  return { width: img.width, height: img.height, ink: dark / (img.width * img.height) };
}

describe('the daily bulletin as a picture beside the text', () => {
  let chat: TestChat | undefined;
  afterEach(async () => {
    await chat?.dispose();
    chat = undefined;
  });

  it('each group gets the card of its language with the text: notices first, then medicine, group-buys with delivery days, volunteers, emergencies', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary [繁體群]: /bind 阳光二期 楼 6');
    await chat.say('secretary [繁體群]: /通报 繁体');
    await chat.say('secretary [International]: /bind 阳光二期 楼 7');
    await chat.say('secretary [International]: /bulletin lang en');
    await chat.say('leader: 大家好');
    await chat.say('secretary: /授权 @leader 团长');
    await chat.say('secretary: /通知 明天上午8点全员核酸,请按楼栋顺序下楼');
    await chat.say('wang: 5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
    const registration = ['/团购登记', '标题: 蔬菜套餐', '供应商: 绿源', 'A套餐 100元: 鸡蛋、蔬菜', '截止: 明天20:00', '送达: 4月22日', '营业执照: 913101', '通行证: 沪A-1', '送货员核酸: 4月20日 阴性', '司机核酸: 4月20日 阴性'];
    await chat.say(`leader (private): ${registration.join('\\n')}`);
    await chat.say('secretary (private): /团购审批 1');
    await chat.say('leader: /发团 1');
    await chat.say('zhou: 我要当志愿者 6-101 司机 晚上');
    chat.clock.set(at('2026-04-20T20:00:00'));
    chat.app.cron.check();
    await chat.app.worker.drain();

    const bulletins = chat.sent.filter((m) => m.isGroup && /每日通报|每日通報|daily bulletin/.test(m.text));
    expect(bulletins.map((m) => [m.chatId, m.image?.name])).toEqual([
      ['控制台群', '每日通报-2026-04-20.png'],
      ['繁體群', '每日通報-2026-04-20.png'],
      ['International', 'daily-bulletin-2026-04-20.png'],
    ]);
    for (const m of bulletins) {
      if (process.env.LINLI_KEEP_PRINTS) writeFileSync(join(process.env.LINLI_KEEP_PRINTS, `bulletin-${m.chatId}.png`), m.image!.data);
      const p = picture(m.image!.data);
      expect(p.width).toBe(1080);
      expect(p.height).toBeGreaterThan(1500);
      expect(p.ink).toBeGreaterThan(0.02);
    }
    // What was drawn, as the outbox kept it: the same parts as the text, in the reader's language.
    const cards = chat.db.prepare(`SELECT chat_id, image_json FROM outbox WHERE ref_kind = 'bulletin' ORDER BY id`).all() as { chat_id: string; image_json: string }[];
    const card = (chatId: string) => JSON.parse(cards.find((c) => c.chat_id === chatId)!.image_json) as CardSpec;
    const zh = card('控制台群');
    expect([zh.community, zh.title, zh.date]).toEqual(['阳光二期', '每日通报', '4月20日 星期一']);
    expect(zh.sections).toEqual([
      { title: '书记通知', lines: ['明天上午8点全员核酸,请按楼栋顺序下楼'] },
      { title: '配药', lines: ['今日收到 1 份,送达 0 份', '待配 1 份,其中紧急 1 份'] },
      { title: '团购', lines: ['「蔬菜套餐」4月21日 20:00截止,4月22日送达'] },
      { title: '志愿者', lines: ['志愿者共 1 人,今日新加入 1 人'] },
      { title: '紧急求助', lines: ['紧急情况请立即拨打 120', '/sos 门牌 情况 发到群里,医护志愿者马上知道'] },
    ]);
    expect(card('繁體群').sections.map((s) => s.title)).toEqual(['書記通知', '配藥', '團購', '志願者', '緊急求助']);
    expect(card('繁體群').title).toBe('每日通報');
    const english = card('International');
    expect([english.title, english.date]).toEqual(['Daily bulletin', 'Monday 20 April']);
    expect(english.sections.map((s) => s.title)).toEqual(['Notices from the secretary', 'Medicine', 'Group-buys', 'Volunteers', 'Emergencies']);
    // A picture can be forwarded anywhere: counts and notices only, never a medicine, a door or a name.
    for (const c of cards) expect(c.image_json).not.toMatch(/氨氯地平|5-302|王阿姨|zhou|6-101/);
  });

  it('the secretary\'s preview carries the card too, privately', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary: /通知 明天上午8点全员核酸');
    const [preview] = await chat.say('secretary: /通报');
    expect(preview!.chatId).toBe('private:secretary');
    expect(preview!.image?.name).toBe('每日通报-2026-04-20.png');
    expect(picture(preview!.image!.data).width).toBe(1080);
  });
});

describe('the card on the platforms', () => {
  it('goes to a Telegram group as a photo, with the text bulletin as its caption', { timeout: 90_000 }, async () => {
    const bot = await TelegramBot.start({ admins: ['telegram:1'] });
    try {
      const GROUP = { id: -1001, type: 'supergroup' as const, title: '阳光二期5号楼' };
      const secretary = { id: 1, name: '书记', username: 'shuji' };
      bot.emu.userSays(secretary, GROUP, '/bind 阳光二期');
      bot.emu.userSays(secretary, GROUP, '/通知 明天上午8点全员核酸');
      await bot.emu.until(() => bot.emu.botPosts(GROUP.id).length >= 2, 15_000, 'the bind and notice answers');
      bot.emu.userSays(secretary, GROUP, '/通报 发送');
      const post = await bot.emu.until(() => bot.emu.botPosts(GROUP.id).find((p) => p.photo), 60_000, 'the bulletin photo');
      const date = localDate(Date.now(), 'Asia/Shanghai');
      expect(post.photo!.name).toBe(`每日通报-${date}.png`);
      expect(post.text).toContain('【阳光二期 每日通报】');
      expect(post.text).toContain('1. 明天上午8点全员核酸');
      const p = picture(post.photo!.data);
      expect([p.width, p.ink > 0.02]).toEqual([1080, true]);
      // One message: the bulletin is not posted a second time as text.
      expect(bot.emu.botPosts(GROUP.id).filter((m) => m.text.includes('每日通报'))).toHaveLength(1);
    } finally {
      await bot.stop();
    }
  });

  it('goes to a WeChat room as an image after the text', { timeout: 90_000 }, async () => {
    const world = new WechatWorld({ admins: ['wechat:wxid_shuji'] });
    await world.start();
    try {
      const secretary = world.person('书记', 'wxid_shuji');
      const room = world.room('阳光二期5号楼', [secretary, world.person('王阿姨')]);
      secretary.say('/bind 阳光二期').to(room);
      await world.expectFrom(room, 1);
      secretary.say('/通知 明天上午8点全员核酸').to(room);
      await world.expectFrom(room, 2);
      secretary.say('/通报 发送').to(room);
      await until(() => world.to(room).some((m) => m.file?.name.endsWith('.png')), 60_000, () => JSON.stringify(world.to(room).map((m) => [m.text.slice(0, 20), m.file?.name])));
      const sent = world.to(room);
      const text = sent.findIndex((m) => m.text.includes('【阳光二期 每日通报】'));
      const image = sent.findIndex((m) => m.file?.name.endsWith('.png'));
      expect(text).toBeGreaterThanOrEqual(0);
      expect(image).toBe(text + 1);
      expect(sent[image]!.file!.name).toBe(`每日通报-${localDate(Date.now(), 'Asia/Shanghai')}.png`);
      const p = picture(Buffer.from(sent[image]!.file!.base64, 'base64'));
      expect([p.width, p.ink > 0.02]).toEqual([1080, true]);
    } finally {
      await world.dispose();
    }
  });
});
