import { afterEach, describe, expect, it } from 'vitest';
import type { PersonalData } from '../../src/runtime/capability.js';
import { localDate, localDayWindow } from '../../src/kernel/time.js';
import { memberByPlatformId, setPhone } from '../../src/services/members.js';
import { TestChat } from '../helpers/chat.js';
import { columnsHolding, sayAs } from '../helpers/trust.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const wang = { id: 'u8812', name: '王阿姨' };
const PHONE = '13812345678';

async function community() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期 楼 5,6');
  await sayAs(chat, wang, ': /我是 5-302');
  const m = memberByPlatformId(chat.db, 'console', wang.id)!;
  setPhone(chat.db, m.id, PHONE, chat.clock.now());
  return m;
}

/** What the day's bulletin and the committee's head-counts would show. */
function counts(c: TestChat) {
  const date = localDate(c.clock.now(), c.config.timeZone);
  const day = { communityId: 1, date, ...localDayWindow(date, c.config.timeZone), timeZone: c.config.timeZone };
  const q = (sql: string) => c.db.prepare(sql).pluck().get();
  return {
    members: q('SELECT COUNT(*) FROM members'),
    roles: q('SELECT COUNT(*) FROM member_roles'),
    volunteers: q(`SELECT COUNT(*) FROM member_roles WHERE role = 'volunteer'`),
    bulletin: c.app.registry.bulletinSections.map((s) => s.render(c.db, day, 'zh-CN')),
  };
}

describe('a person\'s own data', () => {
  it('"我的信息" answers privately with name, home, masked phone, roles and community', async () => {
    await community();
    await chat.say('secretary: /授权 @u8812 志愿者');
    const out = await sayAs(chat, wang, ': 我的信息');
    const [group, priv] = [out.find((o) => o.isGroup), out.find((o) => !o.isGroup)];
    expect(group!.text).toBe('已私信发给您。');
    expect(priv!.chatId).toBe('private:u8812');
    expect(priv!.text).toContain('称呼:王阿姨');
    expect(priv!.text).toContain('住址:5号楼302');
    expect(priv!.text).toContain('电话:138****5678');
    expect(priv!.text).not.toContain(PHONE);
    expect(priv!.text).toContain('志愿者');
    expect(priv!.text).toContain('阳光二期');
  });

  it('/mydata in English names what is not recorded', async () => {
    chat = new TestChat();
    await chat.say('tom (private): hello');
    const [answer] = await chat.say('tom (private): /mydata');
    expect(answer!.text).toContain('Home: not recorded');
    expect(answer!.text).toContain('Phone: not recorded');
    expect(answer!.text).toContain('/forgetme');
  });

  it.each([
    [' (private): 我的资料 给我看看', '住址:5号楼302'],
    [' (private): 你们会不会把我的电话号码给别人看', '电话:138****5678'],
    [' (private): 我喺你度登記咗啲咩資料', '稱呼:王阿姨'],
    [' (private): what personal data do you keep', 'Name: 王阿姨'],
  ])('asked in her own words (%s), she is shown what is held', async (line, shown) => {
    await community();
    const [answer] = await sayAs(chat, wang, line);
    expect(answer!.chatId).toBe('private:u8812');
    expect(answer!.text).toContain(shown);
    expect(answer!.text).not.toContain(PHONE);
  });

  it.each([
    [' (private): 能不能把我的信息全部删掉', '/删除我的信息'],
    [' (private): 請把我的資料刪掉 謝謝', '/刪除我的信息'],
    [' (private): please delete my data', '/forgetme'],
  ])('asked in her own words to erase her details (%s), she is shown what is held and how to erase it, and nothing is erased yet', async (line, how) => {
    await community();
    const [answer] = await sayAs(chat, wang, line);
    expect(answer!.chatId).toBe('private:u8812');
    expect(answer!.text).toContain(how);
    expect(answer!.text).not.toContain(PHONE);
    expect(memberByPlatformId(chat.db, 'console', wang.id)!.home_room).toBe('302');
  });

  it('/forgetme asks first; "取消" keeps everything', async () => {
    const m = await community();
    expect((await sayAs(chat, wang, ': /删除我的信息'))[0]!.text).toContain('确认删除');
    expect((await sayAs(chat, wang, ': 取消'))[0]!.text).toContain('取消');
    expect(memberByPlatformId(chat.db, 'console', wang.id)!.home_room).toBe('302');
    expect(m.display_name).toBe('王阿姨');
  });

  it('after /forgetme no column of any table holds her name, phone or door, and the counts are unchanged', async () => {
    await community();
    await chat.say('secretary: /授权 @u8812 志愿者');
    await sayAs(chat, wang, ' (private): 我的信息');
    await chat.say('li: /我是 6-101');
    expect(columnsHolding(chat.db, ['王阿姨', PHONE, '5号楼302', '5-302']).length).toBeGreaterThan(0);
    const before = counts(chat);

    await sayAs(chat, wang, ': /forgetme');
    const [done] = await sayAs(chat, wang, ': 确认删除');
    expect(done!.text).toContain('已删除您的个人信息');

    // Message ids are the platform's (here the console's time-based run id) and the outbox worker's id
    // is random: either may hold "302" by chance.
    const platformIds = ['incoming_messages.message_id', 'outbox.reply_to', 'outbox.claimed_by'];
    const left = columnsHolding(chat.db, ['王阿姨', PHONE, '5号楼302', '5-302', '302']);
    expect(left.filter((hit) => !platformIds.some((col) => hit.startsWith(`${col} holds "302"`)))).toEqual([]);
    expect(counts(chat)).toEqual(before);
    // Other people's records are untouched; her roles still count.
    expect(await chat.answer('li: /我是')).toContain('6号楼101');
    expect(chat.db.prepare(`SELECT role FROM member_roles WHERE member_id = ?`).pluck().all(2)).toEqual(['volunteer']);
    expect(chat.db.prepare(`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('member.forget');
  });
});

describe('every capability\'s personal data', () => {
  it('/mydata shows each capability\'s lines; /forgetme hands each the member before the name is gone', async () => {
    const seen: string[] = [];
    const medicine: PersonalData = {
      name: 'medicine',
      describe: (_db, member, lang) => [lang === 'en' ? 'Medicine requests: 2' : `配药登记:2条(${member.display_name})`],
      forget(_db, member) {
        seen.push(member.display_name);
        return 2;
      },
    };
    await community();
    chat.app.registry.personalData.push(medicine);
    try {
      const out = await sayAs(chat, wang, ' (private): 我的信息');
      expect(out[0]!.text).toContain('配药登记:2条(王阿姨)');
      await sayAs(chat, wang, ' (private): /forgetme');
      const [done] = await sayAs(chat, wang, ' (private): 确认删除');
      expect(seen).toEqual(['王阿姨']);
      expect(done!.text).toMatch(/已删除您的个人信息\(\d+条记录\)/);
      expect(Number(/(\d+)条/.exec(done!.text)![1])).toBeGreaterThanOrEqual(3);
    } finally {
      chat.app.registry.personalData.splice(chat.app.registry.personalData.indexOf(medicine), 1);
    }
  });

  it('a forgotten member who writes again starts afresh', async () => {
    await community();
    await sayAs(chat, wang, ': /forgetme');
    await sayAs(chat, wang, ': 确认删除');
    expect((await sayAs(chat, wang, ': /我是'))[0]!.text).toContain('还没有登记住址');
    const [priv] = await sayAs(chat, wang, ' (private): /我的信息');
    expect(priv!.text).toContain('电话:未登记');
  });
});

describe('/forgetme asked in a group', () => {
  it('asks and answers privately; the group hears only that it was done privately', async () => {
    await community();
    const asked = await sayAs(chat, wang, ': /forgetme');
    expect(asked.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['我私聊问您一句。']);
    expect(asked.find((o) => !o.isGroup)!.text).toContain('确认删除');
    const done = await sayAs(chat, wang, ': 确认删除');
    for (const o of done.filter((x) => x.isGroup)) expect(o.text).not.toMatch(/删除|记录/);
    expect(done.find((o) => !o.isGroup)!.text).toContain('已删除您的个人信息');
  });
});
