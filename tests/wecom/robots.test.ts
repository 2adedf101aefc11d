import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { WecomClient } from '../../src/adapters/wecom/api.js';
import { WecomAdapter } from '../../src/adapters/wecom/adapter.js';
import { SECRET_KEY_FILE } from '../../src/kernel/secret-box.js';
import { TestChat } from '../helpers/chat.js';
import { runOutbox } from '../helpers/drive-clock.js';
import { columnsHolding } from '../helpers/trust.js';
import { WecomServer, type RecordedMessage } from '../helpers/wecom-server.js';

const KEY = '693a91f6-7c3e-4bc4-97a0-0ec2b1fa5aaa';
const NEW_KEY = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

let server: WecomServer | undefined;
let chat: TestChat | undefined;
afterEach(async () => {
  await chat?.dispose();
  await server?.close();
  chat = undefined;
  server = undefined;
});

/**
 * A community on the console chat with a WeCom robot's adapter beside it, the robot answered by the
 * loopback emulator on the same (fake) clock, and every log line the app writes kept (at trace).
 */
async function world(env: Record<string, string> = {}) {
  const logged: string[] = [];
  const log = pino({ level: 'trace' }, { write: (line: string) => void logged.push(line) });
  const c = new TestChat({ adapters: [new WecomAdapter({ timeoutMs: 2000 })], log, env });
  chat = c;
  server = await WecomServer.start({ keys: [KEY, NEW_KEY], now: () => c.clock.now() });
  await c.startAdapters();
  await c.say('secretary: /bind 阳光二期');
  await c.say('secretary: /我是 6-601');
  await c.say('secretary (private): /身份');
  const s = server;
  /** Says a line, then lets the outbox send everything (moving the fake clock as the pacing asks). */
  const say = async (line: string) => {
    const out = await c.say(line);
    await runOutbox(c.app.worker, c.clock);
    return out;
  };
  const robot = (key = KEY): RecordedMessage[] => s.messages(key);
  const texts = (key = KEY): string[] => robot(key).filter((m) => m.msgtype === 'text').map((m) => String(m.payload.content));
  return { chat: c, server: s, logged, say, robot, texts };
}

describe('a WeCom group robot added by a secretary', { timeout: 120_000 }, () => {
  it('gets the bulletin (text and card), urgent notices, emergencies and delivery notices; survives 45009 and 93000; the address never shows', async () => {
    const w = await world();
    const url = w.server.urlFor(KEY);

    // In a group, the address is refused and not kept; the secretary is told to replace the robot.
    const [leak] = await w.say(`secretary: /企业微信群 添加 业主群 ${url}`);
    expect(leak!.text).toContain('请不要把机器人地址发在群里');
    expect(leak!.text).toContain('长按刚才那条消息撤回');
    expect(w.chat.db.prepare('SELECT COUNT(*) FROM wecom_robots').pluck().get()).toBe(0);
    expect(w.robot()).toEqual([]);

    // Privately: added, the reply shows it masked, and the group hears a first message.
    const [added] = await w.say(`secretary (private): /企业微信群 添加 业主群 ${url}`);
    expect(added!.text).toBe(
      `✅ 已添加企业微信群「业主群」(地址 ${w.server.baseUrl}/cgi-bin/webhook/send?key=…5aaa)。以后每日通报、紧急通知、紧急求助和送达通知都会发到那里。我先往群里发一条消息试试;如果地址不能用,我会告诉您。`,
    );
    expect(w.texts()).toEqual(['邻里助手已接入本群:每日通报、紧急通知、紧急求助和团购送达通知会发到这里。这个群里说的话我看不到,有事请私聊邻里助手或联系居委。']);
    const [listed] = await w.say('secretary (private): /企业微信群');
    expect(listed!.text).toContain(`1. 业主群 ${w.server.baseUrl}/cgi-bin/webhook/send?key=…5aaa`);

    // The bulletin: its text, then its card as a picture (PNG, within 2 MB, md5 checked by the emulator).
    await w.say('secretary (private): /通知 明天上午8点全员核酸,请带好手机');
    await w.say('secretary (private): /通报 发送');
    const bulletin = w.robot().slice(1);
    expect(bulletin.map((m) => m.msgtype)).toEqual(['text', 'image']);
    expect(String(bulletin[0]!.payload.content)).toContain('明天上午8点全员核酸');
    const card = bulletin[1]!.image!;
    expect(card.subarray(1, 4).toString()).toBe('PNG');
    expect(card.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(bulletin[1]!.payload.md5).toBe(createHash('md5').update(card).digest('hex'));

    // An urgent notice calls everyone's attention (@all).
    await w.say('secretary (private): /通知 紧急 今天下午2点到4点停水');
    const urgent = w.robot().at(-1)!;
    expect(urgent.payload).toEqual({ content: expect.stringContaining('今天下午2点到4点停水'), mentioned_list: ['@all'] });

    // An emergency raised privately reaches the community's groups, the robot's among them.
    await w.say('zhang: /我是 5-302');
    await w.say('zhang (private): /sos 5-302 老人昏迷');
    expect(w.texts().at(-1)).toContain('5号楼302需要医护人员');
    expect(w.robot().at(-1)!.payload.mentioned_list).toEqual(['@all']);

    // A delivery notice for building 5 (the robot's group serves the whole community).
    await w.say('secretary (private) +file(tests/fixtures/ktt-export.xlsx): /导入团购');
    await w.say('secretary: /送达 5号楼 #1');
    expect(w.texts().at(-1)).toMatch(/^📦「ktt-export」5号楼已送达:5-302/);

    // 45009: the robot's minute is used up by someone else; this robot waits about a minute, then it goes.
    const other = new WecomClient({ url });
    for (let i = 1; ; i++) {
      const full = await other.sendText(`别的系统的消息 ${i}`).then(() => false, (err: { code?: number }) => err.code === 45009);
      if (full) break;
    }
    const before = w.robot().length;
    const start = w.chat.clock.now();
    await w.chat.say('secretary (private): /通知 紧急 电梯维修,请走楼梯');
    await runOutbox(w.chat.app.worker, w.chat.clock, start + 5000);
    const waiting = w.chat.db.prepare(`SELECT status, error FROM outbox WHERE platform = 'wecom' ORDER BY id DESC LIMIT 1`).get() as { status: string; error: string };
    expect(waiting).toEqual({ status: 'pending', error: expect.stringContaining('45009') });
    await runOutbox(w.chat.app.worker, w.chat.clock);
    expect(w.robot()).toHaveLength(before + 1);
    expect(w.texts().at(-1)).toContain('电梯维修');
    expect(w.chat.clock.now() - start).toBeGreaterThanOrEqual(55_000);

    // 93000: the robot was removed from its group. The secretary hears it privately, once; nothing more is tried.
    w.server.removeKey(KEY);
    const requests = w.server.requestCount;
    await w.say('secretary (private): /通知 紧急 今晚8点前请扔垃圾');
    await runOutbox(w.chat.app.worker, w.chat.clock);
    const gone = w.chat.sent.filter((m) => m.chatId === 'private:secretary' && m.text.includes('企业微信群「业主群」的机器人不能用了'));
    expect(gone).toHaveLength(1);
    expect(gone[0]!.text).toContain('/企业微信群 添加 业主群 新的地址');
    await w.say('secretary (private): /通知 紧急 明早7点送菜');
    expect(w.server.requestCount - requests).toBe(1);
    expect(w.chat.sent.filter((m) => m.text.includes('机器人不能用了'))).toHaveLength(1);
    const [stale] = await w.say('secretary (private): /企业微信群');
    expect(stale!.text).toContain('业主群');
    expect(stale!.text).toContain('已失效,请重新添加');

    // A new robot for the same group: a new address, the same group; the old one is no longer used.
    const [replaced] = await w.say(`secretary (private): /企业微信群 添加 业主群 ${w.server.urlFor(NEW_KEY)}`);
    expect(replaced!.text).toContain('换成了新的地址');
    await w.say('secretary (private): /通知 紧急 新机器人测试');
    expect(w.texts(NEW_KEY).at(-1)).toContain('新机器人测试');

    // Nowhere but in WeCom's own hands: not in a reply, a log line, /mydata, the audit trail, the outbox, the database file.
    const [mydata] = await w.say('secretary (private): /我的信息');
    for (const key of [KEY, NEW_KEY]) {
      const secrets = [key, key.slice(0, 8), key.slice(0, -4)];
      for (const s of secrets) {
        expect(w.chat.sent.filter((m) => m.text.includes(s)).map((m) => m.text)).toEqual([]);
        expect(w.logged.filter((l) => l.includes(s))).toEqual([]);
        expect(mydata!.text).not.toContain(s);
        expect(columnsHolding(w.chat.db, [s])).toEqual([]);
      }
    }
    const errors = w.chat.db.prepare(`SELECT error FROM outbox WHERE platform = 'wecom' AND error IS NOT NULL`).pluck().all() as string[];
    expect(errors.some((e) => e.includes('93000'))).toBe(true);
    w.chat.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(join(w.chat.dir, 'linli.db')).toString('latin1');
    expect(file.includes(KEY) || file.includes(NEW_KEY) || file.includes(KEY.slice(0, 8))).toBe(false);
    // The log did see WeCom's answers (so the checks above looked at real lines): ids and errcodes only.
    expect(w.logged.some((l) => l.includes('"rate limited: this chat waits"') && l.includes('"platform":"wecom"'))).toBe(true);
    expect(w.logged.some((l) => l.includes('WeCom errcode 93000: invalid webhook url'))).toBe(true);
    // The key that seals them lives beside the database, readable by its owner only.
    expect(statSync(join(w.chat.dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('an address pasted alone in private is asked a name; a wrong one is refused without repeating it; removing works', async () => {
    const w = await world();
    const [asked] = await w.say(`secretary (private): ${w.server.urlFor(KEY)}`);
    expect(asked!.text).toBe('收到机器人地址。这个企业微信群叫什么?请回复一个简短的名字,例如「业主群」。');
    // The address waits sealed in the conversation, never in clear.
    expect(columnsHolding(w.chat.db, [KEY.slice(0, 8)])).toEqual([]);
    const [added] = await w.say('secretary (private): 3号楼群');
    expect(added!.text).toContain('已添加企业微信群「3号楼群」');
    expect(w.texts()).toHaveLength(1);

    const wrong = `https://oapi.dingtalk.com/robot/send?access_token=${NEW_KEY}`;
    const [refused] = await w.say(`secretary (private): /企业微信群 添加 钉钉群 ${wrong}`);
    expect(refused!.text).toContain('这不是企业微信群机器人的地址');
    expect(refused!.text).not.toContain(NEW_KEY);

    // Only a secretary may add one.
    const [notAllowed] = await w.say(`wang (private): /企业微信群 添加 业主群 ${w.server.urlFor(NEW_KEY)}`);
    expect(notAllowed!.text).toBe('这个操作需要书记身份。如需开通,请联系书记。');

    const [removed] = await w.say('secretary (private): /企业微信群 删除 3号楼群');
    expect(removed!.text).toBe('已删除企业微信群「3号楼群」,不会再往那里发消息。也请在企业微信里把这个机器人删掉,它的地址就作废了。');
    await w.say('secretary (private): /通知 紧急 明天停电');
    expect(w.robot()).toHaveLength(1);
    expect(w.chat.sent.filter((m) => m.text.includes('机器人不能用了'))).toEqual([]);
    expect((await w.say('secretary (private): /企业微信群'))[0]!.text).toContain('还没有企业微信群');
    expect(columnsHolding(w.chat.db, [KEY.slice(0, 8), NEW_KEY.slice(0, 8)])).toEqual([]);
  });

  it('a 502 and a reset from WeCom are tried again with the outbox\'s backoff; the message goes once', async () => {
    const w = await world();
    await w.say(`secretary (private): /企业微信群 添加 业主群 ${w.server.urlFor(KEY)}`);
    w.server.failNext(1, 502);
    w.server.failNext(1, 'reset');
    const start = w.chat.clock.now();
    await w.say('secretary (private): /通知 紧急 明天停电');
    expect(w.texts().filter((t) => t.includes('明天停电'))).toHaveLength(1);
    // Tried three times: 1 s, then 2 s apart (urgent messages back off to at most 10 s).
    expect(w.chat.clock.now() - start).toBeGreaterThanOrEqual(3000);
    expect(w.chat.sent.filter((m) => m.text.includes('机器人不能用了'))).toEqual([]);
  });

  it('when the key that sealed the addresses is lost, the secretary is asked to add them again', async () => {
    const w = await world();
    await w.say(`secretary (private): /企业微信群 添加 业主群 ${w.server.urlFor(KEY)}`);
    expect(w.texts()).toHaveLength(1);
    const keyFile = join(w.chat.dir, SECRET_KEY_FILE);
    expect(existsSync(keyFile)).toBe(true);
    rmSync(keyFile);
    await w.say('secretary (private): /通知 紧急 明天停电');
    expect(w.texts()).toHaveLength(1);
    const told = w.chat.sent.filter((m) => m.chatId === 'private:secretary' && m.text.includes('读不出来了'));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('/企业微信群 添加 业主群 机器人地址');
    await w.say(`secretary (private): /企业微信群 添加 业主群 ${w.server.urlFor(KEY)}`);
    await w.say('secretary (private): /通知 紧急 明天停电(补发)');
    expect(w.texts().at(-1)).toContain('明天停电(补发)');
  });

  it('with LINLI_SECRET_KEY the addresses are sealed with it and no key file is written', async () => {
    const w = await world({ LINLI_SECRET_KEY: 'a-long-passphrase-kept-in-linli.env' });
    await w.say(`secretary (private): /企业微信群 添加 业主群 ${w.server.urlFor(KEY)}`);
    await w.say('secretary (private): /通知 紧急 明天停电');
    expect(w.texts().at(-1)).toContain('明天停电');
    expect(existsSync(join(w.chat.dir, SECRET_KEY_FILE))).toBe(false);
  });
});
