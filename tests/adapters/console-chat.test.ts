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
    expect(parse('今天天气不错')).toMatchObject({ forBot: false });
  });
});
