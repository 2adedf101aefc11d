import { readFileSync } from 'node:fs';
import { FileBox } from 'file-box';
import { afterEach, describe, expect, it } from 'vitest';
import { until, WechatWorld } from '../helpers/wechat.js';
import { zipBomb } from '../helpers/xlsx-attacks.js';

let world: WechatWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const file = (name: string, bytes: Buffer) => FileBox.fromBase64(bytes.toString('base64'), name);

describe('files on WeChat (wechaty with the mock puppet)', { timeout: 120_000 }, () => {
  it('a leader sends /导入团购, then the export: it is read and imported; a resident\'s file in the group gets silence', async () => {
    world = new WechatWorld({ admins: ['wechat:wxid_wang'] });
    await world.start();
    const wang = world.person('王书记', 'wxid_wang');
    const li = world.person('李团长', 'wxid_li');
    const zhang = world.person('张阿姨', 'wxid_zhang');
    const room = world.room('阳光二期业主群', [wang, li, zhang]);
    wang.say('/bind 阳光二期').to(room);
    await world.expectFrom(room, 1);
    wang.say('/授权 @李团长\u2005团长', [li]).to(room);
    await world.expectFrom(room, 2);

    // A resident's file: nobody waits for it, so the bot says nothing and reads nothing.
    world.sendFile(zhang, room, file('订单.xlsx', await zipBomb(50)));
    li.say('/导入团购').to(room);
    const asked = await world.expectFrom(room, 3);
    expect(asked[2]!.text).toBe('请在 5 分钟内把 .xlsx 表格(快团团 / 群接龙导出的)发到这里。');

    world.sendFile(li, room, file('ktt-export.xlsx', readFileSync('tests/fixtures/ktt-export.xlsx')));
    const imported = await world.expectFrom(room, 5);
    expect(imported[3]!.text).toBe('已导入「ktt-export」(团号 #1):读了8行,4户,3栋楼。配送单私聊发给您;送到后发 /送达 5号楼。');
    expect(imported[4]!.text).toContain('有3行没看懂');
    // The sheets went to the leader privately.
    await until(() => world!.to(li).filter((m) => m.file).length === 3, 45_000, () => `files to the leader: ${world!.to(li).length}`);
    await world.adapter.idle();
    await world.app.intake.idle();
    await world.app.worker.drain();
    expect(world.to(room)).toHaveLength(5);
    expect(world.to(zhang)).toEqual([]);
  });
});
