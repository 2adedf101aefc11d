import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCommands } from '../commands/index.js';
import { defineCommand } from '../src/core/command.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { Registry } from '../src/core/registry.js';
import { memberByPlatformId } from '../src/services/members.js';
import { TestChat } from './helpers/chat.js';
import { dumpTables } from './helpers/trust.js';

/**
 * Every command, tried as every role. The people: `resident`, `volunteer`, `lead5` (lead of building 5
 * only), `leader` and `leader2` (group-buy leaders), `medic` (medicine team), `secretary` (LINLI_ADMINS).
 * The group is bound to 阳光二期, buildings 5 and 6; everyone has recorded a home.
 */
const ACTORS = ['resident', 'volunteer', 'lead5', 'leader', 'medic', 'secretary'] as const;
type Actor = (typeof ACTORS)[number];
const EVERYONE: Actor[] = [...ACTORS];

interface Example {
  /** What the actor says in the group (or privately, with a leading "(private)"). */
  line: string;
  /** Who may do it; everyone else is refused and nothing changes. */
  allowed: Actor[];
}

/**
 * One or more example invocations per command in allCommands. A command without one fails the test
 * below: when a capability lands, add its commands here (e.g. a group-buy leader acting on leader2's
 * group-buy, the medicine team listing the queue, lead5 acting on building 6).
 */
const EXAMPLES: Record<string, Example[]> = {
  help: [{ line: '/帮助', allowed: EVERYONE }],
  home: [{ line: '/我是 6-101', allowed: EVERYONE }],
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
};

let chat: TestChat;
/** That a message came and was answered (the ledger, the outbox, the sent replies' ids); nothing else may change. */
const LEDGER = ['incoming_messages', 'outbox', 'bot_messages'];
afterEach(async () => chat?.dispose());

async function neighbourhood(): Promise<TestChat> {
  const c = new TestChat();
  await c.say('secretary: /bind 阳光二期 楼 5,6');
  for (const [who, door] of [['resident', '5-101'], ['volunteer', '5-102'], ['lead5', '5-201'], ['leader', '6-301'], ['leader2', '6-302'], ['medic', '6-401']]) {
    await c.say(`${who}: /我是 ${door}`);
  }
  await c.say('secretary: /授权 @volunteer 志愿者');
  await c.say('secretary: /授权 @lead5 楼组长 5号楼');
  await c.say('secretary: /授权 @leader 团长');
  await c.say('secretary: /授权 @leader2 团长');
  await c.say('secretary: /授权 @medic 配药');
  return c;
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

  const cases = allCommands.flatMap((command) =>
    (EXAMPLES[command.name] ?? []).flatMap((example) => ACTORS.map((actor) => ({ name: command.name, example, actor }))),
  );

  it.each(cases)('$actor: $example.line', async ({ name, example, actor }) => {
    chat = await neighbourhood();
    const before = dumpTables(chat.db, LEDGER);
    const out = await chat.say(`${actor}: ${example.line}`);
    const handledAs = lastHandledAs(chat);
    if (example.allowed.includes(actor)) {
      expect(handledAs).toBe(name);
      expect(out.map((o) => o.text).join('\n')).not.toMatch(REFUSAL);
    } else {
      expect(handledAs).toBe(`${name}:not-allowed`);
      expect(out).toHaveLength(1);
      expect(out[0]!.text).toMatch(REFUSAL);
      expect(dumpTables(chat.db, LEDGER)).toEqual(before);
    }
  });

  it('a lead of building 5 asking for building 6 is told which role that needs', async () => {
    chat = await neighbourhood();
    expect(await chat.answer('lead5: /住户 6号楼')).toBe('这是6号楼的事,需要6号楼楼组长或书记身份。');
    expect(await chat.answer('lead5: /住戶 六號樓')).toBe('這是6號樓的事,需要6號樓樓組長或書記身份。');
    expect(await chat.answer('lead5: /residents building 6')).toBe('This concerns building 6: it needs the lead of building 6 or a secretary.');
    const [list, ack] = await chat.say('lead5: /住户 5号楼');
    expect(ack!.text).toBe('已私信发给您。');
    expect(list!.chatId).toBe('private:lead5');
    expect(list!.text).toContain('5号楼101 resident');
    expect(list!.text).not.toContain('leader');
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
    chat = await neighbourhood();
    const dispatcher = new Dispatcher(chat.app.deps, new Registry([...allCommands, groupBuyOf, medicineOf]));
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
