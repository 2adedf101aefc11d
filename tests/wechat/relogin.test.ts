import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wechatPersonalData } from '../../commands/wechat/rebind.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { until, WechatWorld } from '../helpers/wechat.js';

/** WeChat's web protocol gives every contact and room a new id after a re-login; the mock does the same by hand. */
async function relogin(world: WechatWorld): Promise<void> {
  await world.puppet.logout('session expired');
  await until(() => !world.adapter.loggedIn, 5000, () => 'still logged in');
  world.login();
  await until(() => world.adapter.loggedIn, 5000, () => 'not logged in again');
}

const codeIn = (text: string) => /(\d{6})/.exec(text)?.[1];

describe('WeChat re-login: people keep who they are, and only by proof', () => {
  let world: WechatWorld;
  beforeEach(async () => {
    world = new WechatWorld({ admins: ['console:secretary', 'wechat:wxid_wang'] });
    await world.start();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('does not take a new id for an old member by name, and the one-time code brings her home back', async () => {
    const before = world.person('陈奶奶');
    before.say('/我是 5-302').to(world.botUser);
    before.say('/换绑码').to(world.botUser);
    const [, codeMessage] = await world.expectFrom(before, 2);
    const code = codeIn(codeMessage!.text)!;
    expect(code).toMatch(/^\d{6}$/);
    const oldMember = memberByPlatformId(world.app.db, 'wechat', before.id)!;

    await relogin(world);
    // The admin heard of the logout on another platform; WeChat works again.
    await until(() => world.console.sent.some((s) => s.text.includes('掉线')), 10_000, () => 'no logout notice');
    await until(() => world.console.sent.some((s) => s.text.includes('已重新登录')), 10_000, () => 'no login notice');

    const after = world.person('陈奶奶'); // same name, new id
    after.say('/我是').to(world.botUser);
    const [unknown] = await world.expectFrom(after, 1);
    expect(unknown!.text).toBe('您还没有登记住址。请发:/我是 5-302');

    after.say(`/换绑 ${code}`).to(world.botUser);
    const replies = await world.expectFrom(after, 3);
    expect(replies[1]!.text).toBe('好的,陈奶奶,已找回您的身份,住址和身份都保留着。');
    const nextCode = codeIn(replies[2]!.text);
    expect(nextCode).toMatch(/^\d{6}$/);
    expect(nextCode).not.toBe(code);

    after.say('/我是').to(world.botUser);
    const home = await world.expectFrom(after, 4);
    expect(home[3]!.text).toContain('5号楼302');
    // The same member row (so roles, home and requests stay), now reached at the new id.
    expect(memberByPlatformId(world.app.db, 'wechat', after.id)!.id).toBe(oldMember.id);
  });

  it('refuses a code that was already used', async () => {
    const before = world.person('陈奶奶');
    before.say('/换绑码').to(world.botUser);
    const code = codeIn((await world.expectFrom(before, 1))[0]!.text)!;
    await relogin(world);
    const after = world.person('陈奶奶');
    after.say(`/换绑 ${code}`).to(world.botUser);
    await world.expectFrom(after, 2);
    const stranger = world.person('陈奶奶');
    stranger.say(`/换绑 ${code}`).to(world.botUser);
    const [refused] = await world.expectFrom(stranger, 1);
    expect(refused!.text).toBe('验证码不对或已过期。没有验证码的话,请联系书记帮您确认身份。');
    expect(memberByPlatformId(world.app.db, 'wechat', after.id)!.user_id).toBe(after.id);
  });

  // Six private answers to one contact go out at WeChat's pace (3 s apart): allow for it.
  it('stops guessing after five wrong codes', { timeout: 60_000 }, async () => {
    const guesser = world.person('某人');
    for (const code of ['111111', '222222', '333333', '444444', '555555', '666666']) {
      guesser.say(`/换绑 ${code}`).to(world.botUser);
    }
    const replies = await world.expectFrom(guesser, 6, 45_000);
    expect(replies.slice(0, 5).every((r) => r.text.startsWith('验证码不对'))).toBe(true);
    expect(replies[5]!.text).toBe('验证码错误次数太多,请明天再试,或联系书记。');
  });

  it('follows a person across a re-login by their WeChat id when the puppet gives one', async () => {
    const before = world.mocker.createContact({ name: '周叔叔', handle: 'zhou-1957' } as never);
    before.say('/我是 7-101').to(world.botUser);
    await until(() => memberByPlatformId(world.app.db, 'wechat', before.id)?.home_room === '101', 10_000);
    const member = memberByPlatformId(world.app.db, 'wechat', before.id)!;

    await relogin(world);
    const after = world.mocker.createContact({ name: '周叔叔', handle: 'zhou-1957' } as never);
    const seen: string[] = [];
    (after as unknown as import('node:events').EventEmitter).on('message', (m: { payload: { talkerId: string; text?: string } }) => {
      if (m.payload.talkerId === world.botUser.id) seen.push(m.payload.text ?? '');
    });
    after.say('/我是').to(world.botUser);
    await until(() => seen.length > 0, 10_000);
    expect(seen[0]).toContain('7号楼101');
    expect(memberByPlatformId(world.app.db, 'wechat', after.id)!.id).toBe(member.id);
  });

  it('answers in a room again after a re-login, once a secretary binds the room anew', async () => {
    const wang = world.person('王书记', 'wxid_wang');
    const room = world.room('幸福小区5号楼', [wang]);
    wang.say('/bind 幸福小区').to(room);
    await world.expectFrom(room, 1);
    await relogin(world);
    const newRoom = world.room('幸福小区5号楼', [wang]);
    wang.say('/bind 幸福小区').to(newRoom);
    const [bound] = await world.expectFrom(newRoom, 1);
    expect(bound!.text).toBe('本群已绑定到「幸福小区」。');
  });

  it('lets a secretary confirm who a newcomer is when they have no code, choosing from a private list', async () => {
    const wang = world.person('王书记', 'wxid_wang');
    const before = world.person('陈奶奶');
    const room = world.room('幸福小区5号楼', [wang, before]);
    wang.say('/bind 幸福小区').to(room);
    await world.expectFrom(room, 1);
    before.say('/我是 5-302').to(room);
    await world.expectFrom(room, 2);
    const oldMember = memberByPlatformId(world.app.db, 'wechat', before.id)!;

    await relogin(world);
    const after = world.person('陈奶奶');
    const newRoom = world.room('幸福小区5号楼', [wang, after]);
    wang.say('/bind 幸福小区').to(newRoom);
    await world.expectFrom(newRoom, 1);
    wang.say('/认人 @陈奶奶\u2005', [after]).to(newRoom);
    const [sentPrivately] = (await world.expectFrom(newRoom, 2)).slice(1);
    expect(sentPrivately!.text).toBe('名单已私聊发给您。');
    const [list] = await world.expectFrom(wang, 1);
    expect(list!.text).toContain(`#${oldMember.id} 陈奶奶(5-302)`);
    // Until the secretary picks, the newcomer is a stranger.
    expect(memberByPlatformId(world.app.db, 'wechat', after.id)!.id).not.toBe(oldMember.id);

    wang.say(`/认人 @陈奶奶\u2005${oldMember.id}`, [after]).to(newRoom);
    const confirmed = await world.expectFrom(newRoom, 3);
    expect(confirmed[2]!.text).toBe('已确认:陈奶奶 就是原来的成员,住址和身份都保留着。');
    after.say('/我是').to(newRoom);
    const home = await world.expectFrom(newRoom, 4);
    expect(home[3]!.text).toContain('5号楼302');
  });

  it('shows a member their code in /mydata, and /forgetme makes it useless', async () => {
    const chen = world.person('陈奶奶');
    chen.say('/换绑码').to(world.botUser);
    const code = codeIn((await world.expectFrom(chen, 1))[0]!.text)!;
    const member = memberByPlatformId(world.app.db, 'wechat', chen.id)!;
    expect(wechatPersonalData.describe(world.app.db, member, 'zh-CN')[0]).toContain('1个换号验证码');
    expect(wechatPersonalData.forget(world.app.db, member, Date.now())).toBeGreaterThan(0);
    expect(wechatPersonalData.describe(world.app.db, member, 'zh-CN')).toEqual([]);
    const other = world.person('陈奶奶');
    other.say(`/换绑 ${code}`).to(world.botUser);
    const [refused] = await world.expectFrom(other, 1);
    expect(refused!.text).toContain('验证码不对');
  });

  it('lets a secretary give a room its earlier group back after a re-login, so nothing is sent to the dead id', async () => {
    const wang = world.person('王书记', 'wxid_wang');
    const room = world.room('幸福小区5号楼', [wang]);
    wang.say('/bind 幸福小区').to(room);
    await world.expectFrom(room, 1);
    const chatRow = (chatId: string) =>
      world.app.db.prepare("SELECT id, community_id FROM chats WHERE platform = 'wechat' AND chat_id = ?").get(chatId) as
        | { id: number; community_id: number | null }
        | undefined;
    const old = chatRow(room.id)!;

    await relogin(world);
    const newRoom = world.room('幸福小区5号楼', [wang]);
    wang.say('/换绑群').to(newRoom);
    const [list] = await world.expectFrom(newRoom, 1);
    expect(list!.text).toContain(`#${old.id} 幸福小区5号楼(幸福小区)`);
    wang.say(`/换绑群 ${old.id}`).to(newRoom);
    const answers = await world.expectFrom(newRoom, 2);
    expect(answers[1]!.text).toBe('好的,本群已接回「幸福小区」原来的设置。');
    expect(chatRow(newRoom.id)).toEqual(old);
    expect(chatRow(room.id)).toBeUndefined();
  });

  it('does not offer a secretary the groups of another community', async () => {
    const wang = world.person('王书记', 'wxid_wang');
    const sun = world.person('孙书记');
    const room = world.room('幸福小区5号楼', [wang]);
    wang.say('/bind 幸福小区').to(room);
    await world.expectFrom(room, 1);
    // 孙书记 is secretary of another community only.
    const other = world.room('和平小区1号楼', [wang, sun]);
    wang.say('/bind 和平小区').to(other);
    await world.expectFrom(other, 1);
    sun.say('大家好').to(other); // now a member of 和平小区
    wang.say('/授权 @孙书记\u2005书记', [sun]).to(other);
    await world.expectFrom(other, 2);
    const copy = world.room('幸福小区5号楼', [sun]);
    sun.say('/换绑群').to(copy);
    const [answer] = await world.expectFrom(copy, 1);
    expect(answer!.text).toBe('没有找到同名的原来的群。请用 /bind 小区名 重新绑定。');
  });
});
