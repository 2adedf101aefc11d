import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Runs `npm start -- --script FILE` as a user would (through tsx, without npm's banner). */
function play(dir: string, lines: string[]): string {
  const script = join(dir, `script-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(script, lines.join('\n'));
  return execFileSync(tsx, ['src/main.ts', '--script', script], {
    env: { ...process.env, LINLI_DB_PATH: join(dir, 'linli.db'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

// Each case starts the bot as a process (tsx compiles on start), slow on a loaded machine.
describe('the console chat (npm start)', { timeout: 120_000 }, () => {
  it('answers /help and remembers a home across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-console-'));
    const first = play(dir, ['secretary: /帮助', 'wang: /我是 5-302']);
    expect(first).toContain('邻里助手可以帮您');
    expect(first).toContain('已记住:您住5号楼302');
    const second = play(dir, ['wang: /我是']);
    expect(second).toContain('您登记的住址是5号楼302');
  });

  it('takes a line pasted without a name as a resident speaking in the group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-console-'));
    const out = play(dir, ['我爸突然晕倒了 叫不醒 7号楼1201', 'my father collapsed, please help: 4-501', '今天天气不错']);
    // No community is bound yet: both emergencies are told to call 120 at once; the chatter gets no answer.
    const answers = out.split('\n').filter((l) => l.startsWith('[#'));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('请立即拨打120');
    expect(answers[1]).toContain('Call 120 now');
  });

  it('stops with one line naming a wrong variable', () => {
    let stderr = '';
    try {
      execFileSync(tsx, ['src/main.ts'], { env: { ...process.env, LINLI_TIMEZONE: 'Nowhere/City' }, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      stderr = String((err as { stderr: string }).stderr);
    }
    expect(stderr.trim()).toBe('linli: LINLI_TIMEZONE: is not an IANA time zone such as Asia/Shanghai (got "Nowhere/City")');
  });
});

describe('npm run parse', { timeout: 120_000 }, () => {
  const parse = (text: string) => JSON.parse(execFileSync(tsx, ['src/tools/parse.ts', text], { encoding: 'utf8' })) as Record<string, unknown>;

  it('names the home command with building 5 and room 302', () => {
    expect(parse('/我是 五号楼302室')).toMatchObject({ forBot: true, command: 'home', args: { door: { building: '5', room: '302' } } });
  });

  it('says when a message is not for the bot', () => {
    expect(parse('今天天气不错')).toMatchObject({ forBot: false, intent: 'none' });
  });

  it('reads one message a line from stdin, each in the corpus context its TSV line names', () => {
    const input = ['text\tcontext\tintent', '我的降压药快吃完了\tprivate\tmedicine', '接!马上下楼\treply:task', '笑死我了救命', '#接龙\\n1. 5-302 B*2\treply:chain'].join('\n');
    const lines = execFileSync(tsx, ['src/tools/parse.ts', '--context', 'group'], { input, encoding: 'utf8' }).trim().split('\n');
    const read = lines.map((l) => JSON.parse(l) as { text: string; intent: string; fields: Record<string, string> });
    expect(read.map((r) => [r.text, r.intent, r.fields])).toEqual([
      ['我的降压药快吃完了', 'medicine', { items: '降压药', days: '0' }],
      ['接!马上下楼', 'task.claim', {}],
      ['笑死我了救命', 'none', {}],
      ['#接龙\n1. 5-302 B*2', 'order', { items: 'B*2', door: '5-302' }],
    ]);
  });

  it('refuses a context the corpus does not have, in one line', () => {
    let stderr = '';
    try {
      execFileSync(tsx, ['src/tools/parse.ts', '--context', 'lobby', 'hi'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      stderr = String((err as { stderr: string }).stderr);
    }
    expect(stderr.trim()).toMatch(/^linli: --context must be one of group, private/);
  });
});
