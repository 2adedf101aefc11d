import { FileBox } from 'file-box';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineReply } from '../../src/runtime/command.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { enqueue } from '../../src/outbox/store.js';
import { until, WechatWorld } from '../helpers/wechat.js';

const SEPARATOR = '\n- - - - - - - - - - - - - - -\n';

describe('linli on WeChat (wechaty with the mock puppet)', () => {
  let world: WechatWorld;
  beforeEach(async () => {
    world = new WechatWorld({ admins: ['wechat:wxid_wang', 'console:secretary'] });
    await world.start();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('shows the login QR code in the terminal, with a link to the same code', async () => {
    world.mocker.scan('https://login.weixin.qq.com/l/abc123');
    await until(() => world.printed.length >= 2, 10_000, () => `printed ${world.printed.length}`);
    expect(world.printed[0]).toMatch(/[█▀▄]/);
    expect(world.printed[1]).toContain(encodeURIComponent('https://login.weixin.qq.com/l/abc123'));
  });

  it('answers /帮助 in the room it was asked in', async () => {
    const zhang = world.person('张阿姨');
    const room = world.room('5号楼居民群', [zhang]);
    zhang.say('/帮助').to(room);
    const [answer] = await world.expectFrom(room, 1);
    expect(answer!.text).toContain('邻里助手可以帮您');
    expect(world.to(zhang)).toEqual([]);
  });

  it('hears an @mention of the bot in a group and answers with the short help', async () => {
    const li = world.person('李伯伯');
    const room = world.room('6号楼居民群', [li]);
    li.say('@linli\u2005你好', [world.botUser]).to(room);
    const [answer] = await world.expectFrom(room, 1);
    expect(answer!.text).toBe('您好,我是邻里助手。发 /帮助 看看我能做什么。');
  });

  it('stays quiet about group chatter that does not address it', async () => {
    const li = world.person('李伯伯');
    const room = world.room('6号楼居民群', [li]);
    li.say('今天菜到了吗').to(room);
    li.say('/帮助').to(room);
    const answers = await world.expectFrom(room, 1);
    await world.adapter.idle();
    await world.app.worker.drain();
    expect(answers.map((a) => a.text.slice(0, 8))).toEqual(['邻里助手可以帮您']);
  });

  it('gives the platform ids of other people @-mentioned, so a secretary can grant a role', async () => {
    const wang = world.person('王书记', 'wxid_wang');
    const zhao = world.person('赵师傅', 'wxid_zhao');
    const room = world.room('幸福小区志愿者群', [wang, zhao]);
    wang.say('/bind 幸福小区').to(room);
    await world.expectFrom(room, 1);
    wang.say('/授权 @赵师傅\u2005志愿者', [zhao]).to(room);
    const answers = await world.expectFrom(room, 2);
    expect(answers[1]!.text).toBe('已授予 赵师傅 志愿者身份。');
    const zhaoMember = memberByPlatformId(world.app.db, 'wechat', 'wxid_zhao');
    expect(zhaoMember).toBeDefined();
  });

  it('answers a private message privately', async () => {
    const chen = world.person('陈奶奶');
    chen.say('/我是 5-302').to(world.botUser);
    const [answer] = await world.expectFrom(chen, 1);
    expect(answer!.text).toBe('已记住:您住5号楼302。以后登记都会用这个地址。');
    expect(memberByPlatformId(world.app.db, 'wechat', chen.id)?.home_room).toBe('302');
  });

  it('routes a quoted reply to the bot message it quotes', async () => {
    const volunteer = world.person('小刘');
    const room = world.room('幸福小区志愿者群', [volunteer]);
    const handled: { refId: number; text: string }[] = [];
    world.app.registry.replyHandlers.set('test-task', {
      command: world.app.registry.commands[0]!,
      handler: defineReply({
        read: (_ctx, _refId, text) => text,
        handle(ctx, refId, text) {
          handled.push({ refId, text });
          ctx.replyText(`任务${refId}:${text}`);
        },
      }),
    });
    // Two bot posts, so the quote must pick the right one.
    const now = Date.now();
    enqueue(world.app.db, { platform: 'wechat', chatId: room.id }, '新任务:5号楼302需要送药,谁能去?', { ref: { kind: 'test-task', id: 41 } }, now);
    enqueue(world.app.db, { platform: 'wechat', chatId: room.id }, '新任务:7号楼101需要买菜,谁能去?', { ref: { kind: 'test-task', id: 42 } }, now);
    world.app.worker.kick();
    await world.expectFrom(room, 2);
    volunteer.say(`「linli：新任务:5号楼302需要送药,谁能去?」${SEPARATOR}我去`).to(room);
    const answers = await world.expectFrom(room, 3);
    expect(handled).toEqual([{ refId: 41, text: '我去' }]);
    expect(answers[2]!.text).toBe('任务41:我去');
  });

  it('sends a spreadsheet as a file into the room', async () => {
    const room = world.room('幸福小区志愿者群', [world.person('小刘')]);
    enqueue(
      world.app.db,
      { platform: 'wechat', chatId: room.id },
      '登记表见附件',
      { file: { name: '登记表.xlsx', sheets: [{ name: '登记', rows: [['门牌', '数量'], ['5-302', 2]] }] } },
      Date.now(),
    );
    world.app.worker.kick();
    const sent = await world.expectFrom(room, 2);
    expect(sent[0]!.text).toBe('登记表见附件');
    expect(sent[1]!.file?.name).toBe('登记表.xlsx');
    // An .xlsx file is a zip archive: it starts with "PK".
    expect(Buffer.from(sent[1]!.file!.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('tells the admins on another platform when WeChat logs out', async () => {
    await world.puppet.logout('kicked by WeChat');
    await until(() => world.console.sent.length > 0, 10_000, () => 'no admin notice');
    const notice = world.console.sent[0]!;
    expect(notice.chatId).toBe('private:secretary');
    expect(notice.text).toContain('掉线');
    // Not queued for the WeChat admin: WeChat is the platform that is down.
    const wechatRows = world.app.db.prepare("SELECT count(*) FROM outbox WHERE platform = 'wechat'").pluck().get();
    expect(wechatRows).toBe(0);
  });

  it('logs in again after a logout and still knows the room and the people in it', async () => {
    const chen = world.person('陈奶奶');
    const room = world.room('5号楼居民群', [chen]);
    chen.say('/我是 5-302').to(room);
    await world.expectFrom(room, 1);
    await world.puppet.logout('network');
    await until(() => !world.adapter.loggedIn, 5000);
    world.login();
    await until(() => world.adapter.loggedIn, 5000);
    chen.say('/我是').to(room);
    const answers = await world.expectFrom(room, 2);
    expect(answers[1]!.text).toContain('5号楼302');
  });

  it('@-mentions the people a message is for', async () => {
    const zhang = world.person('张阿姨');
    const room = world.room('5号楼居民群', [zhang]);
    enqueue(world.app.db, { platform: 'wechat', chatId: room.id }, '您的药到了,请下楼取。', { mentions: [zhang.id] }, Date.now());
    world.app.worker.kick();
    const [sent] = await world.expectFrom(room, 1);
    expect(sent!.text).toMatch(/^@张阿姨[\u2005 ]+您的药到了,请下楼取。$/);
  });

  it('ignores a picture without breaking, and answers the next message', async () => {
    const chen = world.person('陈奶奶');
    chen.say(FileBox.fromBase64(Buffer.from('not really a png').toString('base64'), 'photo.png')).to(world.botUser);
    chen.say('/帮助').to(world.botUser);
    const answers = await world.expectFrom(chen, 1);
    await world.adapter.idle();
    await world.app.worker.drain();
    expect(answers.map((a) => a.text.slice(0, 8))).toEqual(['邻里助手可以帮您']);
  });

  it('handles a burst in one room in the order it was written', async () => {
    const people = Array.from({ length: 20 }, (_, i) => world.person(`居民${i + 1}`));
    const room = world.room('5号楼居民群', people);
    people.forEach((p, i) => p.say(`/我是 5-${301 + i}`).to(room));
    await world.expectFrom(room, 1);
    await until(() => world.app.db.prepare('SELECT count(*) FROM incoming_messages').pluck().get() === 20, 15_000);
    const rooms = world.app.db
      .prepare('SELECT m.home_room FROM incoming_messages i JOIN members m ON m.id = i.member_id ORDER BY i.id')
      .pluck()
      .all();
    expect(rooms).toEqual(people.map((_, i) => String(301 + i)));
  });

  it('does not alarm the admins when linli itself shuts down', async () => {
    const db = world.app.db;
    await world.adapter.stop();
    expect(db.prepare("SELECT count(*) FROM outbox WHERE priority = 10").pluck().get()).toBe(0);
  });

  it('takes a quote of its own message as speaking to it, and a quote of a neighbour as chatter', async () => {
    const li = world.person('李伯伯');
    const room = world.room('6号楼居民群', [li]);
    li.say('/帮助').to(room);
    const [help] = await world.expectFrom(room, 1);
    li.say(`「张阿姨：明天几点发菜?」${SEPARATOR}不知道`).to(room);
    li.say(`「linli：${help!.text}」${SEPARATOR}谢谢`).to(room);
    const answers = await world.expectFrom(room, 2);
    await world.adapter.idle();
    await world.app.worker.drain();
    expect(answers.map((a) => a.text)).toEqual([help!.text, '不客气!有需要随时跟我说。']);
  });

  it('runs beside another platform in one process, each answered on its own', async () => {
    const zhang = world.person('张阿姨');
    const room = world.room('5号楼居民群', [zhang]);
    zhang.say('/帮助').to(room);
    await world.app.dispatcher.submit(world.console.parseLine('alice: /帮助')!);
    await world.expectFrom(room, 1);
    await until(() => world.console.sent.length > 0, 10_000, () => 'no console answer');
    expect(world.console.sent.map((s) => [s.chatId, s.text.slice(0, 8)])).toEqual([['控制台群', '邻里助手可以帮您']]);
    expect(world.to(room).map((s) => s.text.slice(0, 8))).toEqual(['邻里助手可以帮您']);
  });
});
