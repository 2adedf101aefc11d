import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCapabilities } from '../../commands/index.js';
import { defineCommand } from '../../src/runtime/command.js';
import { Dispatcher } from '../../src/runtime/dispatcher.js';
import { Registry } from '../../src/runtime/registry.js';
import { memberByPlatformId } from '../../src/services/members.js';
import { TestChat } from '../helpers/chat.js';
import { dumpTables } from '../helpers/trust.js';

const allCommands = allCapabilities.flatMap((c) => c.commands);

/**
 * Every command, tried as every role. The people: `resident`, `volunteer` (signed up as a translator, in
 * the 物资分发 team), `lead5` (lead of building 5 only), `leader` and `leader2` (group-buy leaders),
 * `medic` (medicine team), `secretary` (LINLI_ADMINS). The group is bound to 阳光二期, buildings 5 and 6;
 * everyone has recorded a home and opened a private chat with the bot. What exists (see neighbourhood()):
 * - tasks #1 (5号楼) and #2 (6号楼) posted by the secretary and claimed by volunteer; #3 (5号楼) posted by lead5, open;
 * - patrol shifts #1 and #2 tomorrow; elderly 张阿姨 (5号楼) and 李伯伯 (6号楼), paired with volunteer;
 * - medicine requests #1 (resident's) and #2 (leader2's); emergency call #1, open;
 * - medicine run #1 (仁济医院, tomorrow) with request #1;
 * - group-buys #1 (leader's, with orders 5-101 A×1 and 6-302 B×1) and #2 (leader2's), both approved and
 *   launched; #3 (leader2's) waiting for approval. The secretary lives in 6-601.
 */
const ACTORS = ['resident', 'volunteer', 'lead5', 'leader', 'leader2', 'medic', 'secretary'] as const;
type Actor = (typeof ACTORS)[number];
const EVERYONE: Actor[] = [...ACTORS];

interface Example {
  /**
   * What the actor says in the group; a line starting with " (private)" or " +file(…)" is said privately or
   * with an attachment. CHAIN1 is group-buy #1's chain post.
   */
  line: string;
  /** Who may do it; everyone else is refused and nothing changes. */
  allowed: Actor[];
  /** Allowed actors who get the capability's own answer instead (how it is recorded: "user-error:<key>"), e.g. "you are not a volunteer". */
  answered?: Partial<Record<Actor, string>>;
}

/** Every actor but `except` gets the capability's own answer `key`. */
const othersHear = (key: string, except: Actor[]): Partial<Record<Actor, string>> =>
  Object.fromEntries(ACTORS.filter((a) => !except.includes(a)).map((a) => [a, `user-error:${key}`]));

/**
 * One or more example invocations per command in allCommands. A command without one fails the test
 * below: when a capability lands, add its commands here (e.g. a group-buy leader acting on leader2's
 * group-buy, the medicine team listing the queue, lead5 acting on building 6).
 */
const EXAMPLES: Record<string, Example[]> = {
  help: [{ line: '/帮助', allowed: EVERYONE }],
  start: [{ line: '/start', allowed: EVERYONE }],
  home: [{ line: '/我是 6-101', allowed: EVERYONE }],
  phone: [{ line: '/电话 13912345678', allowed: EVERYONE }],
  alone: [{ line: ' (private): /独居登记', allowed: EVERYONE }],
  roles: [{ line: '/身份', allowed: EVERYONE }],
  grant: [{ line: '/授权 @resident 志愿者', allowed: ['secretary'] }],
  revoke: [{ line: '/撤销 @volunteer 志愿者', allowed: ['secretary'] }],
  bind: [{ line: '/bind 阳光二期 楼 5,6,7', allowed: ['secretary'] }],
  mydata: [{ line: '/我的信息', allowed: EVERYONE }],
  forgetme: [{ line: '/删除我的信息', allowed: EVERYONE }],
  residents: [
    { line: '/住户 5号楼', allowed: ['lead5', 'secretary'] },
    { line: '/住户 6号楼', allowed: ['secretary'] },
  ],
  audit: [
    { line: '/记录 @resident', allowed: ['secretary'] },
    { line: '/记录 member#1', allowed: ['secretary'] },
  ],
  retention: [{ line: '/保留 30', allowed: ['secretary'] }],
  lockdown: [{ line: '/封控 结束', allowed: ['secretary'] }],
  notice: [{ line: '/notice 明天上午8点全员核酸', allowed: ['secretary'] }],
  bulletin: [
    { line: '/bulletin 2026-04-20', allowed: EVERYONE },
    { line: '/bulletin time 20:00', allowed: ['secretary'] },
  ],
  // Volunteers
  recruit: [{ line: '/招募 紧急招募志愿者 核酸引导10人', allowed: ['lead5', 'secretary'] }],
  volunteer: [{ line: '/志愿者报名 司机 晚上', allowed: EVERYONE }],
  stepdown: [{ line: '/退出志愿者', allowed: EVERYONE, answered: othersHear('vol.notVolunteer', ['volunteer']) }],
  roster: [
    { line: '/花名册', allowed: ['lead5', 'secretary'] },
    { line: '/花名册 5号楼', allowed: ['lead5', 'secretary'] },
    { line: '/花名册 6号楼', allowed: ['secretary'] },
  ],
  team: [{ line: '/分组 巡逻 @volunteer', allowed: ['secretary'] }],
  task: [
    { line: '/任务 5号楼 清点物资', allowed: ['volunteer', 'lead5', 'secretary'] },
    { line: '/任务 6号楼 清点物资', allowed: ['volunteer', 'secretary'] },
  ],
  claim: [{ line: '/认领 3', allowed: ['volunteer', 'secretary'] }],
  done: [{ line: '/完成 1', allowed: ['volunteer', 'secretary'] }],
  giveback: [{ line: '/退回 2', allowed: ['volunteer', 'secretary'] }],
  canceltask: [
    { line: '/取消任务 3', allowed: ['lead5', 'secretary'] },
    { line: '/取消任务 1', allowed: ['secretary'] },
  ],
  tasks: [{ line: '/任务列表', allowed: EVERYONE }],
  emergency: [{ line: '/sos 6-302 有人摔倒', allowed: EVERYONE }],
  'emergency.close': [{ line: '/结束紧急 1', allowed: ['secretary'] }],
  // Nobody here is a doctor or nurse volunteer: each is told there is no call for them to answer.
  'emergency.respond': [{ line: ' (private): /respond', allowed: EVERYONE, answered: Object.fromEntries(ACTORS.map((a) => [a, 'user-error:emergency.noneToAnswer'])) }],
  'emergency.log': [{ line: '/紧急记录 1', allowed: ['secretary'] }],
  // The resident's own call (/sos 5-101) is open: their news is passed on; everyone else is told they have none open.
  'emergency.update': [{ line: ' (private): /补充情况 他现在睡着了', allowed: EVERYONE, answered: othersHear('emergency.noOwnCall', ['resident']) }],
  today: [{ line: ' (private): /今天', allowed: ['lead5', 'medic', 'leader', 'leader2', 'secretary'] }],
  myorders: [{ line: ' (private): /我的团购', allowed: EVERYONE }],
  'groupbuy.count': [{ line: '/团购进度 1', allowed: ['leader', 'secretary'] }],
  shifts: [{ line: '/排班 8-16 16-24 4月22日', allowed: ['secretary'] }],
  takeshift: [{ line: '/接班 1', allowed: ['volunteer', 'secretary'] }],
  shiftlist: [{ line: '/班表', allowed: EVERYONE }],
  elderly: [
    { line: '/长者 王奶奶 5-401', allowed: ['lead5', 'secretary'] },
    { line: '/长者 王奶奶 5-401\\n赵爷爷 6-501', allowed: ['secretary'] },
  ],
  pair: [{ line: '/配对', allowed: ['lead5', 'secretary'] }],
  pairs: [{ line: '/配对名单', allowed: ['lead5', 'secretary'] }],
  contacted: [{ line: '/已联系', allowed: EVERYONE, answered: othersHear('pair.nobodyYours', ['volunteer']) }],
  // Medicine
  medicine: [{ line: '/配药 6号楼501 氨氯地平 5mg 两盒 可以替换 还剩2天', allowed: EVERYONE }],
  mymed: [{ line: '/我的配药', allowed: EVERYONE }],
  medinfo: [
    { line: '/配药详情 #1', allowed: ['resident', 'medic', 'secretary'] },
    { line: '/配药详情 #2', allowed: ['leader2', 'medic', 'secretary'] },
  ],
  cancelmed: [{ line: '/取消配药 #1', allowed: ['resident', 'medic', 'secretary'] }],
  medqueue: [{ line: '/配药单', allowed: ['medic', 'secretary'] }],
  medstatus: [{ line: '/配药状态 #1 已买到', allowed: ['medic', 'secretary'] }],
  medrun: [{ line: '/配药出车 华山医院 后天 #1', allowed: ['medic', 'secretary'] }],
  medexport: [{ line: '/导出配药 1', allowed: ['medic', 'secretary'] }],
  medcards: [{ line: '/医保卡', allowed: ['medic', 'secretary'] }],
  // Group-buys: #1 is leader's, #2 is leader2's.
  'groupbuy.register': [{ line: '/团购登记', allowed: ['leader', 'leader2', 'secretary'] }],
  'groupbuy.documents': [{ line: '/团购资料 1 通行证 沪A-0042', allowed: ['leader', 'secretary'] }],
  'groupbuy.approve': [{ line: '/团购审批', allowed: ['secretary'] }],
  'groupbuy.reject': [{ line: '/团购驳回 3 资料不全', allowed: ['secretary'] }],
  'groupbuy.price': [
    { line: '/团购改价 1 B 160元', allowed: ['leader', 'secretary'] },
    { line: '/团购改价 2 B 160元', allowed: ['leader2', 'secretary'] },
  ],
  'groupbuy.history': [{ line: '/团购记录 1', allowed: ['leader', 'secretary'] }],
  'groupbuy.launch': [{ line: '/发团 1', allowed: ['leader', 'secretary'] }],
  'groupbuy.buy': [{ line: '/buy 1 B 1', allowed: EVERYONE }],
  'groupbuy.cancelOwn': [{ line: ' (private): /取消团购', allowed: EVERYONE, answered: othersHear('groupbuy.cancelOwnNone', ['resident', 'leader2']) }],
  'groupbuy.chain': [{ line: 'CHAIN1\\n1. 5-999 B×1', allowed: EVERYONE }],
  'groupbuy.close': [
    { line: '/截团 1', allowed: ['leader', 'secretary'] },
    { line: '/截团 2', allowed: ['leader2', 'secretary'] },
  ],
  'groupbuy.sheets': [{ line: '/团购表 1', allowed: ['leader', 'secretary'] }],
  'groupbuy.paid': [{ line: '/已付 5-101 #1', allowed: ['leader', 'secretary'] }],
  'groupbuy.deliver': [
    { line: '/送达 5号楼 #1', allowed: ['volunteer', 'lead5', 'leader', 'leader2', 'secretary'] },
    { line: '/送达 6号楼 #1', allowed: ['volunteer', 'leader', 'leader2', 'secretary'] },
  ],
  'groupbuy.import': [{ line: ' (private) +file(tests/fixtures/qjl-export.xlsx): /导入团购 四月团', allowed: ['leader', 'leader2', 'secretary'] }],
  // Re-binding after a WeChat re-login
  'rebind-code': [{ line: '/换绑码', allowed: EVERYONE }],
  rebind: [{ line: '/换绑 123456', allowed: EVERYONE }],
  'confirm-member': [{ line: '/认人 @resident', allowed: ['secretary'] }],
  'rebind-group': [{ line: '/换绑群', allowed: ['secretary'] }],
  // WeCom group robots (the list; adding one is tested with the emulator in tests/wecom)
  wecom: [{ line: ' (private): /企业微信群', allowed: ['secretary'] }],
  // The desk: anyone may sign in (each sees what the policy lets them); the desk is off in these tests.
  desk: [
    { line: '/后台 退出', allowed: EVERYONE },
    { line: ' (private): /后台', allowed: EVERYONE, answered: othersHear('desk.off', []) },
  ],
};

let chat: TestChat;
/** That a message came and was answered (the ledger, the outbox, the sent replies' ids); nothing else may change. */
const LEDGER = ['incoming_messages', 'outbox', 'bot_messages'];
afterEach(async () => chat?.dispose());

/** What a leader pastes to register a group-buy (lines joined by the console's \n). */
const registration = (title: string) =>
  [
    '/团购登记',
    `标题: ${title}`,
    '供应商: 浦东绿源农产品公司',
    'A套餐 100元: 鸡蛋、蔬菜、肉',
    'B套餐 150元: 蔬菜、水果、肉',
    '每户限购: 5份',
    '截止: 今天20:00',
    '送达: 4月21日',
    '营业执照: 91310115MA1K4XXXX',
    '通行证: 沪A-2026-0042',
    '送货员核酸: 4月19日 阴性',
    '司机核酸: 4月19日 阴性',
  ].join('\\n');

/** The community as the comment on ACTORS describes it, built with the real chat commands. */
async function neighbourhood(): Promise<{ chat: TestChat; chain1: string }> {
  const c = new TestChat();
  await c.say('secretary: /bind 阳光二期 楼 5,6');
  for (const [who, door] of [['secretary', '6-601'], ['resident', '5-101'], ['volunteer', '5-102'], ['lead5', '5-201'], ['leader', '6-301'], ['leader2', '6-302'], ['medic', '6-401']]) {
    await c.say(`${who}: /我是 ${door}`);
  }
  // Everyone has opened a private chat with the bot (the first private message records it).
  for (const who of ACTORS) await c.say(`${who} (private): /身份`);
  await c.say('volunteer: /志愿者报名 5-102 翻译 晚上');
  await c.say('secretary: /分组 物资分发 @volunteer');
  await c.say('secretary: /授权 @lead5 楼组长 5号楼');
  await c.say('secretary: /授权 @leader 团长');
  await c.say('secretary: /授权 @leader2 团长');
  await c.say('secretary: /授权 @medic 配药');
  await c.say('secretary: /任务 5号楼 搬运物资10箱');
  await c.say('volunteer: /认领 1');
  await c.say('secretary: /任务 6号楼 搬运物资6箱');
  await c.say('volunteer: /认领 2');
  await c.say('lead5: /任务 5号楼 送菜');
  await c.say('secretary: /排班 8-16 16-24 4月21日');
  await c.say('secretary: /长者 张阿姨 5-301\\n李伯伯 6-202');
  await c.say('secretary: /配对');
  await c.say('resident: 5号楼101 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
  await c.say('leader2: 6号楼302 李阿姨 二甲双胍 0.5g 三盒 可以替换 还剩3天');
  await c.say(`leader (private): ${registration('蔬菜套餐')}`);
  await c.say('secretary (private): /团购审批 1');
  const [chain1] = await c.say('leader: /发团 1');
  await c.say('medic: /配药出车 仁济医院 明天');
  await c.say('resident: /buy 1 A 1');
  await c.say('leader2: /buy 1 B 1');
  await c.say(`leader2 (private): ${registration('水果团')}`);
  await c.say('secretary (private): /团购审批 2');
  await c.say('leader2: /发团 2');
  await c.say(`leader2 (private): ${registration('鸡蛋团')}`);
  await c.say('resident: /sos 5-101 老人昏迷');
  return { chat: c, chain1: chain1!.text.replace(/\n/g, '\\n') };
}

const lastHandledAs = (c: TestChat) =>
  c.db.prepare('SELECT handled_as FROM incoming_messages ORDER BY id DESC LIMIT 1').pluck().get() as string;

/** The policy's refusals: a missing role, another building, someone else's record, an unbound group. */
const REFUSAL = /^(这个操作需要.+身份。|这是.+号楼的事|这条记录由别人负责|这个群还没有绑定小区|This needs the role|This concerns building)/;

describe('every command as every role', () => {
  it('every command has an example invocation (add one to EXAMPLES when a capability lands)', () => {
    const missing = allCommands.map((c) => c.name).filter((name) => !EXAMPLES[name]?.length);
    expect(missing, `commands without an example in tests/trust-policy.test.ts EXAMPLES: ${missing.join(', ')}`).toEqual([]);
  });

  const cases = allCommands.flatMap((command) => (EXAMPLES[command.name] ?? []).map((example) => ({ name: command.name, example })));

  const said = (actor: Actor, line: string, chain1: string) =>
    `${actor}${/^ (\(private\)|\+file)/.test(line) ? '' : ': '}${line.replace('CHAIN1', chain1)}`;

  // Refusals change nothing, so the refused share one neighbourhood; each allowed actor gets a fresh one.
  it.each(cases)('$example.line', async ({ name, example }) => {
    const refused = ACTORS.filter((a) => !example.allowed.includes(a));
    const built = await neighbourhood();
    chat = built.chat;
    for (const actor of refused) {
      const before = dumpTables(chat.db, LEDGER);
      const out = await chat.say(said(actor, example.line, built.chain1));
      expect(lastHandledAs(chat), `${actor} should be refused`).toBe(`${name}:not-allowed`);
      expect(out, `${actor} should be refused`).toHaveLength(1);
      expect(out[0]!.text, `${actor} should be refused`).toMatch(REFUSAL);
      expect(dumpTables(chat.db, LEDGER), `${actor}'s refusal changed something`).toEqual(before);
    }
    for (const actor of example.allowed) {
      await chat.dispose();
      const fresh = await neighbourhood();
      chat = fresh.chat;
      const out = await chat.say(said(actor, example.line, fresh.chain1));
      expect(lastHandledAs(chat), `${actor} should be allowed`).toBe(example.answered?.[actor] ?? name);
      expect(out.map((o) => o.text).join('\n'), `${actor} should be allowed`).not.toMatch(REFUSAL);
    }
  });

  it('a lead of building 5 asking for building 6 is told which role that needs', async () => {
    chat = (await neighbourhood()).chat;
    expect(await chat.answer('lead5: /住户 6号楼')).toBe('这是6号楼的事,需要6号楼楼组长或书记身份。');
    expect(await chat.answer('lead5: /住戶 六號樓')).toBe('這是6號樓的事,需要6號樓樓組長或書記身份。');
    expect(await chat.answer('lead5: /residents building 6')).toBe('This concerns building 6: it needs the lead of building 6 or a secretary.');
    const [list, ack] = await chat.say('lead5: /住户 5号楼');
    expect(ack!.text).toBe('已私信发给您。');
    expect(list!.chatId).toBe('private:lead5');
    expect(list!.text).toContain('5号楼101 resident');
    expect(list!.text).not.toContain('leader');
  });

  it('a lead of building 5 sees the volunteers and elderly residents of building 5 only; the secretary sees all', async () => {
    chat = (await neighbourhood()).chat;
    await chat.say('leader2: /志愿者报名 6-302 司机 全天');
    const roster = (who: string) => chat.say(`${who}: /花名册`).then((out) => out.map((o) => o.text).join('\n'));
    expect(await roster('lead5')).toContain('volunteer');
    expect(await roster('lead5')).not.toContain('leader2');
    expect(await roster('secretary')).toContain('leader2');
    const pairs = (who: string) => chat.say(`${who}: /配对名单`).then((out) => out.map((o) => o.text).join('\n'));
    expect(await pairs('lead5')).toContain('张阿姨');
    expect(await pairs('lead5')).not.toContain('李伯伯');
    expect(await pairs('secretary')).toContain('李伯伯');
  });
});

/**
 * Scope declarations as the capabilities will write them, run through the real dispatcher: a group-buy
 * belongs to its leader; a medicine request to its resident, and its details to the medicine team.
 */
const groupBuyOf = defineCommand({
  name: 'example.groupbuy',
  aliases: ['团购示例'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'help.help',
  usage: 'help.usage',
  parse: (raw) => ({ leader: raw.trim() }),
  args: z.object({ leader: z.string().min(1) }),
  scope: ({ leader }, ctx) => ({ ownerMemberId: memberByPlatformId(ctx.db, 'console', leader)?.id ?? -1 }),
  handle(ctx) {
    ctx.record('example.groupbuy.touch');
    ctx.reply('help.usage');
  },
});

const medicineOf = defineCommand({
  name: 'example.medicine',
  aliases: ['配药示例'],
  needsCommunity: true,
  help: 'help.help',
  usage: 'help.usage',
  parse: (raw) => ({ resident: raw.trim() }),
  args: z.object({ resident: z.string().min(1) }),
  scope: ({ resident }, ctx) => ({
    ownerMemberId: memberByPlatformId(ctx.db, 'console', resident)?.id ?? -1,
    needs: ['medicine_team'],
  }),
  handle(ctx) {
    ctx.record('medicine.read');
    ctx.reply('help.usage');
  },
});

describe('scope declarations: owners and sensitive details', () => {
  async function withExamples() {
    chat = (await neighbourhood()).chat;
    const dispatcher = new Dispatcher(chat.app.deps, new Registry([...allCapabilities, { name: 'test', commands: [groupBuyOf, medicineOf], messages: {} }]));
    return async (line: string) => {
      const before = dumpTables(chat.db, LEDGER);
      dispatcher.handleNow([chat.adapter.parseLine(line)!]);
      await chat.app.worker.drain();
      return { as: lastHandledAs(chat), text: chat.sent.at(-1)!.text, unchanged: JSON.stringify(dumpTables(chat.db, LEDGER)) === JSON.stringify(before) };
    };
  }

  it('a group-buy leader acts on their own group-buy, not on another leader\'s', async () => {
    const say = await withExamples();
    expect((await say('leader: /团购示例 leader')).as).toBe('example.groupbuy');
    const other = await say('leader: /团购示例 leader2');
    expect(other.as).toBe('example.groupbuy:not-allowed');
    expect(other.text).toBe('这条记录由别人负责,只有它的负责人或书记可以操作。');
    expect(other.unchanged).toBe(true);
    expect((await say('secretary: /团购示例 leader2')).as).toBe('example.groupbuy');
    expect((await say('resident: /团购示例 resident')).as).toBe('example.groupbuy:not-allowed');
  });

  it('medicine details: the resident their own, the medicine team and secretary everyone\'s, nobody else', async () => {
    const say = await withExamples();
    expect((await say('resident: /配药示例 resident')).as).toBe('example.medicine');
    expect((await say('medic: /配药示例 resident')).as).toBe('example.medicine');
    expect((await say('secretary: /配药示例 resident')).as).toBe('example.medicine');
    for (const who of ['volunteer', 'lead5', 'leader']) {
      const r = await say(`${who}: /配药示例 resident`);
      expect(r.as).toBe('example.medicine:not-allowed');
      expect(r.text).toBe('这个操作需要配药身份。如需开通,请联系书记。');
      expect(r.unchanged).toBe(true);
    }
  });
});
