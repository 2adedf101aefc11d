import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCapabilities } from '../../commands/index.js';
import { Router } from '../../src/runtime/router.js';

const allCommands = allCapabilities.flatMap((c) => c.commands);

const router = new Router(allCommands, ['linli', '邻里', 'linli_bot']);
const route = (text: string, isGroup = true) => router.route({ text, isGroup });
const commandOf = (text: string, isGroup = true) => {
  const p = route(text, isGroup);
  return p.kind === 'command' ? p.command.name : undefined;
};

describe('the router places messages', () => {
  it.each([
    ['/help', 'help'],
    ['/帮助', 'help'],
    ['/幫助', 'help'],
    ['／帮助', 'help'],
    ['/help@linli_bot', 'help'],
    ['@邻里\u2005/帮助', 'help'],
    ['/我是 5-302', 'home'],
    ['/我是5-302', 'home'],
    ['/home 5-302', 'home'],
    ['/HOME 5-302', 'home'],
    ['我住5号楼302', 'home'],
    ['我住在5号楼302室', 'home'],
    ['/授权 @alice 楼组长 5号楼', 'grant'],
    ['/grant @alice lead 5', 'grant'],
    ['/bind 阳光二期', 'bind'],
  ])('%s → %s', (text, name) => {
    expect(commandOf(text)).toBe(name);
  });

  it('reads the door of /我是 五号楼302室 as building 5, room 302', () => {
    const p = route('/我是 五号楼302室');
    expect(p.kind).toBe('command');
    if (p.kind !== 'command') return;
    expect(p.args).toEqual({ ok: true, value: { door: { building: '5', room: '302' } } });
  });

  it('leaves chatter alone', () => {
    expect(route('今天天气不错')).toMatchObject({ kind: 'none', reason: 'chatter' });
    expect(route('')).toMatchObject({ kind: 'none', reason: 'empty' });
  });

  it('does not take another bot\'s command or a longer word', () => {
    expect(route('/help@otherbot')).toMatchObject({ kind: 'none', reason: 'other-bot' });
    expect(route('/homework')).toMatchObject({ kind: 'none', reason: 'unknown-command' });
  });

  it('knows it was addressed', () => {
    expect(route('@linli 你好')).toMatchObject({ kind: 'none', addressed: true, text: '你好' });
  });

  it('answers in the script the person wrote in', () => {
    expect(route('/幫助').lang).toBe('zh-TW');
    expect(route('/帮助').lang).toBe('zh-CN');
    expect(route('I live at 5-302').lang).toBe('en');
    expect(route('/help').lang).toBeUndefined();
  });

  it('shows the right form when a command is used wrongly', () => {
    const p = route('/我是 不知道');
    expect(p.kind === 'command' && !p.args.ok && p.args.error.key).toBe('home.usage');
  });

  it('refuses two commands claiming one alias', () => {
    const [a] = allCommands;
    expect(() => new Router([a!, { ...a!, name: 'copy' }])).toThrow(/claimed by both/);
  });
});

describe('the router survives anything residents (or attackers) send', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ minLength: 4000, maxLength: 5000 }),
    fc.constantFrom(
      "'; DROP TABLE members; --",
      '/我是 5-302\'); DELETE FROM members;--',
      '\u0000\u0001\u0002',
      '/',
      '/ ',
      '//',
      '@',
      '@邻里',
      '👨‍👩‍👧‍👦'.repeat(500),
      '/授权 @@@ 楼组长',
      '/bind ' + 'x'.repeat(3000),
      '接龙\n' + '1. 5-302 B×2\n'.repeat(500),
    ),
    fc.tuple(fc.constantFrom('/', '／', '我住', '@linli ', ''), fc.string({ maxLength: 50 })).map(([a, b]) => a + b),
  );

  it('10,000 random and hostile strings: no exception, always a known command or not for the bot', () => {
    const known = new Set(allCommands.map((c) => c.name));
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, isGroup) => {
        const p = router.route({ text, isGroup });
        if (p.kind === 'command') expect(known.has(p.command.name)).toBe(true);
        else expect(p.kind).toBe('none');
      }),
      { numRuns: 10_000 },
    );
    // 10,000 messages of up to thousands of characters: about 10 s on a quiet machine, three times that on a busy one.
  }, 120_000);
});
