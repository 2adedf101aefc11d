import { tableUnder } from '../helpers/sheet-table.js';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { hasSkill, volunteersWithSkill } from '../../commands/volunteering/store/volunteers.js';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  // The next test may not open a chat: never dispose this one twice.
  chat = undefined!;
});

async function recruitPost() {
  chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  const [post] = await chat.say('secretary: /招募 紧急招募志愿者 核酸引导10人 物资分发20人');
  return post!;
}

const communityId = () => chat.db.prepare('SELECT id FROM communities').pluck().get() as number;

describe('volunteer sign-up by reply to a recruit post', () => {
  it('the recruit post says how many are needed and how to sign up', async () => {
    const post = await recruitPost();
    expect(post.text).toContain('紧急招募志愿者');
    expect(post.text).toContain('核酸引导10人、物资分发20人(共30人)');
    expect(post.text).toContain('回复本消息报名');
  });

  it('30 neighbours sign up by reply, some asked for what they left out, and the roster lists all 30 with skills and counts', async () => {
    const post = await recruitPost();
    const skills = ['医生', '护士', '司机', '有车', '翻译', '配送', '巡逻', '配药'];
    const when = ['上午', '下午', '晚上', '全天'];
    // 20 complete sign-ups in simplified Chinese.
    for (let i = 1; i <= 20; i++) {
      const skill = skills[i % skills.length]!;
      await chat.say(`v${i} ^${post.id}: 报名 ${(i % 6) + 1}-${100 + i} ${skill} ${when[i % 4]}`);
    }
    // 5 in traditional Chinese.
    for (let i = 21; i <= 25; i++) {
      const answer = await chat.answer(`v${i} ^${post.id}: 報名 ${(i % 6) + 1}號樓${100 + i} 護士 晚上`);
      expect(answer).toContain('已登記志願者');
    }
    // 4 who leave things out and are asked, one question at a time.
    expect(await chat.answer(`v26 ^${post.id}: 我来`)).toBe('谢谢报名!请问您住几号楼几室?例如:5-302');
    expect(await chat.answer('v26: 不知道')).toContain('5-302');
    expect(await chat.answer('v26: 3号楼201')).toContain('什么特长');
    expect(await chat.answer('v26: 都可以')).toContain('什么时间有空');
    expect(await chat.answer('v26: 全天')).toContain('已登记志愿者 v26:3号楼,特长:不限,有空:全天');
    expect(await chat.answer(`v27 ^${post.id}: +1 4-402`)).toContain('什么特长');
    expect(await chat.answer('v27: 我是医生')).toContain('什么时间有空');
    expect(await chat.answer('v27: 晚上')).toContain('特长:医生');
    expect(await chat.answer(`v28 ^${post.id}: 报名 司机 下午`)).toContain('几号楼');
    expect(await chat.answer('v28: 5-501 手机13812345678')).toMatch(/已登记志愿者 v28:5号楼,特长:司机,有空:下午,电话138\*\*\*\*5678/);
    // One who has given their home before is not asked for it again.
    await chat.say('v29: /我是 6-601');
    expect(await chat.answer(`v29 ^${post.id}: 报名 物资分发 巡逻 上午`)).toContain('6号楼');
    // One in English.
    expect(await chat.answer(`tom ^${post.id}: I'd like to help, 7-101, driver and translator, evenings`)).toBe(
      'Volunteer tom registered: building 7, skills: driver, translator, available: evenings. Signed up: 30/30',
    );

    const roster = await chat.answer('secretary: /花名册');
    expect(roster.split('\n')[0]).toBe('志愿者共30人');
    for (const name of [...Array.from({ length: 29 }, (_, i) => `v${i + 1}`), 'tom']) {
      expect(roster).toMatch(new RegExp(`^\\d+\\. ${name} `, 'm'));
    }
    // Each has the skill they named ("有车" is a driver) and the time they gave.
    const label: Record<string, string> = { 有车: '司机' };
    for (let i = 1; i <= 20; i++) {
      const skill = skills[i % skills.length]!;
      expect(roster).toMatch(new RegExp(`^\\d+\\. v${i} ${(i % 6) + 1}号楼 ${label[skill] ?? skill} ${when[i % 4]}`, 'm'));
    }
    for (let i = 21; i <= 25; i++) expect(roster).toMatch(new RegExp(`^\\d+\\. v${i} ${(i % 6) + 1}号楼 护士 晚上`, 'm'));
    expect(roster).toMatch(/^\d+\. tom 7号楼 司机、翻译 晚上$/m);
    expect(roster).not.toContain('13812345678');
    expect(roster).toContain('138****5678');
    // Nurses: v2 (护士), v10, v18 and the five traditional sign-ups.
    expect(roster).toContain('护士8');
    expect(await chat.answer('secretary: /花名册 护士')).toMatch(/^志愿者共8人\(护士\)/);
    expect(await chat.answer('secretary: /花名册 医生')).toMatch(/^志愿者共3人\(医生\)/); // v8, v16 and v27
    expect(roster).toMatch(/^按特长:.*护士8/m);
    expect(roster).toMatch(/^按特长:.*司机8/m);
    const cid = communityId();
    expect(volunteersWithSkill(chat.db, cid, 'translator').map((m) => m.display_name).sort()).toEqual(['tom', 'v12', 'v20', 'v4'].sort());
    const tom = memberByPlatformId(chat.db, 'console', 'tom')!;
    expect(hasSkill(chat.db, cid, tom.id, 'driver')).toBe(true);
    expect(hasSkill(chat.db, cid, tom.id, 'doctor')).toBe(false);
    // Volunteers hold the volunteer role, so the policy knows them.
    expect(await chat.answer('tom: /roles')).toBe('Roles of tom: resident, volunteer');
  });

  it('a burst of sign-ups arriving together are all recorded', async () => {
    const post = await recruitPost();
    const burst = Array.from({ length: 40 }, (_, i) => chat.adapter.parseLine(`n${i} ^${post.id}: 报名 ${(i % 9) + 1}-${201 + i} 配送 全天`)!);
    await chat.deliver(...burst);
    expect((await chat.answer('secretary: /花名册 配送')).split('\n')[0]).toBe('志愿者共40人(配送)');
  });

  it('the roster is exported as a spreadsheet sent into the chat, phones masked', async () => {
    const post = await recruitPost();
    await chat.say(`li ^${post.id}: 报名 5-302 医生 晚上 13812345678`);
    await chat.say(`wang ^${post.id}: 报名 6-101 司机 全天`);
    const [sent] = await chat.say('secretary: /花名册 导出');
    expect(sent!.text).toContain('2人');
    const sheets = await readSpreadsheet(sent!.file!.data);
    expect(sheets[0]!.rows[0]).toEqual(['阳光二期 · 志愿者花名册(2人)']);
    expect(sheets[0]!.rows[2]).toEqual(['序号', '姓名', '楼栋', '门牌', '特长', '有空时间', '小队', '电话', '报名时间']);
    const li = sheets[0]!.rows[3]!;
    expect(li.slice(0, 6)).toEqual([1, 'li', '5', '5-302', '医生', '晚上']);
    expect(li[7]).toBe('138****5678');
    expect(sheets[0]!.rows[4]!.slice(1, 4)).toEqual(['wang', '6', '6-101']);
  });

  it('the roster asked in a residents\' group goes to the asker privately; in the volunteers\' group it is said there; a long one comes as a summary and a sheet', async () => {
    const post = await recruitPost();
    await chat.say('secretary [志愿者群]: /bind 阳光二期 志愿者群');
    await chat.say(`li ^${post.id}: 报名 5-302 医生 晚上`);
    const inResidents = await chat.say('secretary: /花名册');
    expect(inResidents.map((m) => m.chatId)).toEqual(['private:secretary']);
    expect(inResidents[0]!.text).toMatch(/^\d+\. li 5号楼 医生 晚上$/m);
    const exported = await chat.say('secretary: /花名册 导出');
    expect(exported.map((m) => [m.chatId, m.file?.name])).toEqual([['private:secretary', '志愿者花名册.xlsx']]);
    const inVolunteers = await chat.say('secretary [志愿者群]: /花名册');
    expect(inVolunteers.map((m) => m.chatId)).toEqual(['志愿者群']);

    // 300 volunteers: the counts, the first ten, and the whole roster as a sheet.
    await chat.deliver(...Array.from({ length: 300 }, (_, i) => chat.adapter.parseLine(`v${i} ^${post.id}: 报名 ${(i % 9) + 1}-${201 + i} 配送 全天`)!));
    const [long] = await chat.say('secretary [志愿者群]: /花名册');
    const lines = long!.text.split('\n');
    expect(lines[0]).toBe('志愿者共301人');
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(10);
    expect(lines.at(-1)).toBe('……还有 291 条,完整的在附件「志愿者花名册.xlsx」里。');
    // The sheet as printed (issue 17): title lines, then the header and one row per volunteer.
    const sheet = (await readSpreadsheet(long!.file!.data))[0]!;
    expect(tableUnder(sheet, '姓名')).toHaveLength(301);
  });

  it('"/招募" alone shows how the call is going, need by need', async () => {
    const post = await recruitPost();
    await chat.say(`li ^${post.id}: 报名 核酸引导 5-302 全天 都可以`);
    await chat.say(`wang ^${post.id}: 报名 物资分发 6-101 配送 全天`);
    await chat.say(`zhao ^${post.id}: 报名 7-101 司机 全天`);
    expect(await chat.answer('secretary: /招募')).toBe('「紧急招募志愿者」报名进度:3/30(核酸引导1/10、物资分发1/20)');
  });

  it('a hand raised, a Cantonese sign-up and a household member sent are sign-ups; a cheer, a question and someone who cannot are not', async () => {
    const post = await recruitPost();
    expect(await chat.answer(`li ^${post.id}: 🙋‍♀️🙋‍♀️ 我我我`)).toBe('谢谢报名!请问您住几号楼几室?例如:5-302');
    expect(await chat.answer(`ho ^${post.id}: 報名 我識講英文 5-302 晚上`)).toMatch(/^已登記志願者 ho:5號樓,特長:翻譯/);
    expect(await chat.say(`wang ^${post.id}: 辛苦辛苦 点赞👍`)).toEqual([]);
    expect(await chat.say(`wang ^${post.id}: 年轻人多报名啊 老人就算了`)).toEqual([]);
    expect(await chat.say(`zhao ^${post.id}: 我很想去 可惜发烧了在家隔离`)).toEqual([]);
    expect(await chat.say('qian: 我会开车 可是没有通行证 出不了小区')).toEqual([]);
    // The household member sent is the one on the roster, through sun's account.
    expect(await chat.answer('sun: 我老公是医生 让他来 6-101 全天')).toMatch(/已登记志愿者 sun\(替老公报名\):6号楼,特长:医生/);
  });

  it('a volunteer who answers a second call counts toward it too, in the need they chose', async () => {
    const first = await recruitPost();
    await chat.say(`li ^${first.id}: 报名 核酸引导 5-302 全天`);
    const [second] = await chat.say('secretary: /招募 配药跑腿 配药5人');
    await chat.say(`li ^${second!.id}: 报名 配药 全天`);
    await chat.say(`wang ^${second!.id}: 报名 配药 6-101 全天`);
    expect(await chat.answer('secretary: /招募')).toBe('「配药跑腿」报名进度:2/5(配药2/5)');
  });

  it('a sign-up half done survives a restart', async () => {
    const post = await recruitPost();
    await chat.say(`li ^${post.id}: 我来`);
    await chat.close();
    chat = new TestChat({ dir: chat.dir });
    expect(await chat.answer('li: 5-302')).toContain('什么特长');
  });

  it('anyone can sign up with a phrase, change details, and step down', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(await chat.answer('li: 我要当志愿者 5-302 护士 下午')).toContain('已登记志愿者 li');
    expect(await chat.answer('li: /志愿者报名')).toContain('特长:护士');
    expect(await chat.answer('li: /志愿者报名 司机 晚上')).toContain('已更新志愿者 li:5号楼,特长:司机,有空:晚上');
    expect(await chat.answer('li: /退出志愿者')).toContain('已退出志愿者');
    expect(await chat.answer('secretary: /花名册')).toBe('还没有志愿者。');
    expect(await chat.answer('li: /退出志愿者')).toContain('您还不是志愿者');
  });

  it('the secretary puts volunteers into teams and lists them by team and building', async () => {
    const post = await recruitPost();
    await chat.say(`li ^${post.id}: 报名 5-302 医生 晚上`);
    await chat.say(`wang ^${post.id}: 报名 5-101 配送 全天`);
    expect(await chat.answer('secretary: /分组 就医转诊 @li @zhao')).toBe('已编入「就医转诊」:li\n这些人还不是志愿者,未编入:zhao');
    expect(await chat.answer('secretary: /花名册 就医转诊')).toMatch(/^志愿者共1人\(就医转诊\)/);
    expect(await chat.answer('secretary: /花名册 5号楼')).toMatch(/^志愿者共2人\(5号楼\)/);
    expect(await chat.answer('secretary: /花名册 晚上')).toMatch(/^志愿者共2人\(晚上\)/);
    expect(await chat.answer('wang: /花名册')).toContain('书记');
  });

  it('a reply to the recruit that is not a sign-up is left alone', async () => {
    const post = await recruitPost();
    expect(await chat.say(`li ^${post.id}: 辛苦了`)).toEqual([]);
  });
});
