import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FILE_WAIT_MS } from '../../src/runtime/files/step.js';
import { TestChat } from '../helpers/chat.js';
import { columnsHolding } from '../helpers/trust.js';

/** Whether the remembered files (file_offers) still hold this name. */
const kept = (c: TestChat, name: string) => columnsHolding(c.db, [name]).includes(`file_offers.file_json holds "${name}"`);

let chat: TestChat | undefined;
const dir = mkdtempSync(join(tmpdir(), 'linli-offers-'));
afterEach(async () => {
  await chat?.dispose();
  chat = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file on disk as a resident would name it: the name says whose it is. */
function file(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '%PDF-1.4 a scanned certificate');
  return path;
}

describe('a file sent alone (on WeChat a file cannot carry its command)', () => {
  it('is kept for the command that may follow, then forgotten: when stale, and on /forgetme', async () => {
    const c = new TestChat();
    chat = c;
    await c.say('secretary: /bind 阳光二期');
    await c.say('wang: /我是 5-302');
    await c.say('li: /我是 6-101');

    const [told] = await c.say(`wang (private) +file(${file('王阿姨的核酸证明.pdf')}): `);
    expect(told!.text).toBe('收到文件「王阿姨的核酸证明.pdf」,但现在没有要用文件的事。导入团购请先发 /导入团购,补团购资料请先发 /团购资料 团号 资料名,再发文件。');
    expect(kept(c, '王阿姨的核酸证明')).toBe(true);

    // Five minutes on, anyone's next file sweeps the stale one away.
    c.clock.advance(FILE_WAIT_MS + 1000);
    await c.say(`li (private) +file(${file('李老师.pdf')}): `);
    expect(kept(c, '王阿姨的核酸证明')).toBe(false);

    await c.say(`wang (private) +file(${file('王阿姨的通行证.pdf')}): `);
    expect(kept(c, '王阿姨的通行证')).toBe(true);
    await c.say('wang: /forgetme');
    await c.say('wang: 确认删除');
    expect(columnsHolding(c.db, ['王阿姨的通行证'])).toEqual([]);
    expect(kept(c, '李老师')).toBe(true);
  });
});
