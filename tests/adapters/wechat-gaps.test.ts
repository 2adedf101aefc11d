import { readFileSync } from 'node:fs';
import { FileBox } from 'file-box';
import { afterEach, describe, expect, it } from 'vitest';
import { until, WechatWorld } from '../helpers/wechat.js';

let world: WechatWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const xlsx = (name: string, path: string) => FileBox.fromBase64(readFileSync(path).toString('base64'), name);
const photo = (name: string) => FileBox.fromBase64(Buffer.from('\xff\xd8\xff\xe0 a photo of a pass', 'latin1').toString('base64'), name);
const voice = () => FileBox.fromBase64(Buffer.from('#!SILK_V3 someone speaking').toString('base64'), 'voice.sil');

/** Registration lines as a leader pastes them; `without` leaves documents out (a draft waits for them). */
const registration = (without: string[] = []) =>
  [
    '/团购登记',
    '标题: 4月21日蔬菜套餐',
    '供应商: 浦东绿源农产品公司',
    'A套餐 100元: 鸡蛋、蔬菜、肉',
    'B套餐 150元: 蔬菜、水果、肉',
    '每户限购: 5份',
    '截止: 明天20:00',
    '送达: 4月25日',
    '营业执照: 91310115MA1K4XXXX',
    '通行证: 沪A-2026-0042',
    '送货员核酸: 今天 阴性',
    '司机核酸: 今天 阴性',
  ]
    .filter((line) => !without.some((w) => line.startsWith(w)))
    .join('\n');

/** A bound room with a secretary (王书记, an admin), a group-buy leader (李团长) and residents. */
async function neighbourhood() {
  const w = new WechatWorld({ admins: ['wechat:wxid_wang'] });
  world = w;
  await w.start();
  const wang = w.person('王书记', 'wxid_wang');
  const li = w.person('李团长', 'wxid_li');
  const zhang = w.person('张阿姨', 'wxid_zhang');
  const zhao = w.person('赵老师', 'wxid_zhao');
  const room = w.room('阳光二期业主群', [wang, li, zhang, zhao]);
  wang.say('/bind 阳光二期').to(room);
  await w.expectFrom(room, 1);
  wang.say('/授权 @李团长\u2005团长', [li]).to(room);
  await w.expectFrom(room, 2);
  // Everyone has said something in the group, so the bot knows their community.
  for (const p of [wang, li, zhang, zhao]) p.say('大家好').to(room);
  await settle(w);
  return { w, wang, li, zhang, zhao, room };
}

/** Waits for the bot's next message to a chat after the `seen` it had sent, and returns it. */
async function next(w: WechatWorld, chat: { id: string }, seen: number): Promise<string> {
  await w.expectFrom(chat, seen + 1, 30_000);
  return w.to(chat)[seen]!.text;
}

const settle = async (w: WechatWorld) => {
  await w.adapter.idle();
  await w.app.intake.idle();
  await w.app.worker.drain();
};

describe('what WeChat users do that the adapter used to drop (wechaty with the mock puppet)', { timeout: 120_000 }, () => {
  it('a chain built with WeChat\'s own 「#接龙」 button (a group note) becomes orders', async () => {
    const { w, wang, li, zhang, zhao, room } = await neighbourhood();
    li.say(registration()).to(w.botUser);
    expect(await next(w, li, 0)).toContain('已登记');
    const toWang = w.to(wang).length;
    wang.say('/团购审批 1').to(w.botUser);
    await next(w, wang, toWang);
    li.say('/发团 1').to(room);
    expect(await next(w, room, 2)).toContain('团购接龙 #1');

    w.sendGroupNote(zhang, room, '#接龙\n蔬菜套餐 团购 #1\n\n1. 张阿姨 5-302 B套餐2份');
    w.sendGroupNote(zhao, room, '#接龙\n蔬菜套餐 团购 #1\n\n1. 张阿姨 5-302 B套餐2份\n2. 赵老师 7号楼1101 A×1');
    await until(() => w.to(room).some((m) => m.text.includes('7-1101')), 20_000, () => JSON.stringify(w.to(room).map((m) => m.text)));
    await settle(w);
    const orders = w.app.db
      .prepare(`SELECT o.door, i.code, i.qty FROM groupbuy_orders o JOIN groupbuy_order_items i ON i.order_id = o.id WHERE o.groupbuy_id = 1 ORDER BY o.id`)
      .all();
    expect(orders).toEqual([
      { door: '5-302', code: 'B', qty: 2 },
      { door: '7-1101', code: 'A', qty: 1 },
    ]);
  });

  it('a file then /导入团购 imports (asked what the file is for first); /导入团购 then a file imports too', async () => {
    const { w, li, room } = await neighbourhood();
    w.sendFile(li, room, xlsx('ktt-export.xlsx', 'tests/fixtures/ktt-export.xlsx'));
    const asked = await w.expectFrom(room, 3);
    expect(asked[2]!.text).toBe('收到文件「ktt-export.xlsx」。这是做什么用的?5 分钟内发下面的命令,我就用这个文件:\n· 导入快团团/群接龙的订单:发 /导入团购');
    li.say('/导入团购').to(room);
    const imported = await w.expectFrom(room, 4);
    expect(imported[3]!.text).toBe('已导入「ktt-export」(团号 #1):读了8行,4户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。');

    // The other order, privately: the command waits for the file, the file is read for it.
    await until(() => w.to(li).filter((m) => m.file).length === 3, 45_000, () => `files to the leader: ${w.to(li).length}`);
    const before = w.to(li).length;
    li.say('/导入团购 四月第二团').to(w.botUser);
    expect(await next(w, li, before)).toBe('请在 5 分钟内把 .xlsx 表格(快团团 / 群接龙导出的)发到这里。');
    w.sendFile(li, w.botUser, xlsx('qjl-export.xlsx', 'tests/fixtures/qjl-export.xlsx'));
    await until(() => w.to(li).some((m) => m.text.startsWith('已导入「四月第二团」(团号 #2)')), 30_000, () => JSON.stringify(w.to(li).map((m) => m.text)));
  });

  it('a photo is taken where a document is asked for, sent before the command or after it', async () => {
    const { w, li } = await neighbourhood();
    li.say(registration(['通行证', '司机核酸'])).to(w.botUser);
    expect(await next(w, li, 0)).toContain('还缺:通行证、司机48小时核酸');

    // The photo first: asked what it is for, then the command takes it.
    li.say(photo('pass.jpg')).to(w.botUser);
    const asked = await next(w, li, 1);
    expect(asked).toContain('这是做什么用的?');
    expect(asked).toContain('· 团购 #1「4月21日蔬菜套餐」的通行证:发 /团购资料 1 通行证');
    expect(asked).toContain('· 团购 #1「4月21日蔬菜套餐」的司机48小时核酸:发 /团购资料 1 司机核酸');
    li.say('/团购资料 1 通行证').to(w.botUser);
    expect(await next(w, li, 2)).toContain('还缺:司机48小时核酸');

    // The command first: it waits for the photo.
    li.say('/团购资料 1 司机核酸').to(w.botUser);
    expect(await next(w, li, 3)).toBe('请在 5 分钟内把文件发到这里。');
    li.say(photo('driver-test.jpg')).to(w.botUser);
    expect(await next(w, li, 4)).toBe('团购 #1「4月21日蔬菜套餐」已登记,等书记审批。批准后发 /发团 1 发到群里。');
    await settle(w);
    const docs = w.app.db.prepare('SELECT kind, file_name, length(file_data) AS bytes FROM groupbuy_documents WHERE groupbuy_id = 1 AND file_data IS NOT NULL ORDER BY kind').all() as { kind: string; bytes: number }[];
    expect(docs.map((d) => d.kind)).toEqual(['driver_test', 'traffic_pass']);
    expect(docs.every((d) => d.bytes > 0)).toBe(true);
  });

  it('a photo or a file from a resident nobody expects one from gets silence; nothing is downloaded', async () => {
    const { w, zhang, room } = await neighbourhood();
    let fetched = 0;
    const fetch = w.adapter.fetchFile.bind(w.adapter);
    w.adapter.fetchFile = async (...args) => {
      fetched++;
      return fetch(...args);
    };
    zhang.say(photo('vegetables.jpg')).to(room);
    zhang.say(photo('my-cat.jpg')).to(w.botUser);
    w.sendFile(zhang, room, xlsx('订单.xlsx', 'tests/fixtures/ktt-export.xlsx'));
    zhang.say('/帮助').to(w.botUser);
    await w.expectFrom(zhang, 1);
    await settle(w);
    expect(w.to(room)).toHaveLength(2);
    expect(w.to(zhang)[0]!.text.slice(0, 8)).toBe('邻里助手可以帮您');
    expect(w.to(zhang)).toHaveLength(1);
    expect(fetched).toBe(0);
  });

  it('a voice message in private is asked to be typed, in the person\'s last language; in a group, silence', async () => {
    const { w, zhang, zhao, room } = await neighbourhood();
    zhang.say(voice()).to(w.botUser);
    const [reply] = await w.expectFrom(zhang, 1);
    expect(reply!.text).toBe('抱歉,我听不了语音。请打字告诉我,或者请家人邻居帮忙。');

    zhao.say('hello, what can you do?').to(w.botUser);
    await w.expectFrom(zhao, 1);
    zhao.say(voice()).to(w.botUser);
    const toZhao = await w.expectFrom(zhao, 2);
    expect(toZhao[1]!.text).toBe('Sorry, I cannot listen to voice messages. Please type it, or ask family or a neighbour to help.');

    zhang.say(voice()).to(room);
    zhang.say('/帮助').to(room);
    await w.expectFrom(room, 3);
    await settle(w);
    expect(w.to(room)).toHaveLength(3);
    expect(w.to(room)[2]!.text.slice(0, 8)).toBe('邻里助手可以帮您');
  });
});
