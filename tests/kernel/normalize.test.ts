import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTraditionalChars, traditionalToSimplified } from '../../src/kernel/chinese.js';
import { detectLang } from '../../src/kernel/lang.js';
import { LINE_CACHE_SIZE, normalize, normalizeCacheSize, normalizeUncached } from '../../src/kernel/normalize.js';

describe('the normaliser reads what residents type', () => {
  it.each([
    ['／我是　５－３０２', '/我是 5-302'],
    ['誰是醫護人員?', '谁是医护人员?'],
    ['幫5-302報 B套餐兩份', '帮5-302报 B套餐两份'],
    ['@邻里\u2005/帮助', '@邻里 /帮助'],
    ['  hello\u200b world  ', 'hello world'],
    ['a\r\nb', 'a\nb'],
    ['\u0007bell\u202e', 'bell'],
    ['氨氯地平５ｍｇ', '氨氯地平5mg'],
    ['还剩２天', '还剩2天'],
    ['“可以替换”', '"可以替换"'],
    ['\n\n 1. 5-302 \n 2. 6-101 \n\n', '1. 5-302\n2. 6-101'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps emoji', () => {
    expect(normalize('好的👍')).toBe('好的👍');
  });
});

describe('the language a person wrote in', () => {
  it.each([
    ['我要配药', 'zh-CN'],
    ['我要配藥', 'zh-TW'],
    ['誰是醫護人員', 'zh-TW'],
    ['I need medicine for my mother', 'en'],
    ['+1', undefined],
    ['5-302 B×2', undefined],
    ['👍', undefined],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('a message written the same in both scripts (「夜晚」, 「好的」) is in the script the person is known to write', () => {
    expect(detectLang('夜晚', 'zh-TW')).toBe('zh-TW');
    expect(detectLang('好的', 'zh-TW')).toBe('zh-TW');
    expect(detectLang('夜晚', 'zh-CN')).toBe('zh-CN');
    expect(detectLang('夜晚')).toBe('zh-CN');
    expect(detectLang('我要配药', 'zh-TW')).toBe('zh-CN');
  });

  it('finds traditional writing as converting the whole text to simplified did, on every message of the corpus', () => {
    const byConversion = (text: string) => {
      const chinese = text.normalize('NFKC').replace(/[^\u3400-\u9fff\uf900-\ufaff]/g, '');
      if (chinese === '') return undefined;
      return traditionalToSimplified(chinese) !== chinese ? 'zh-TW' : 'zh-CN';
    };
    const texts = ['dev.tsv', 'holdout.tsv'].flatMap((f) =>
      readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8').split('\n').slice(1).map((line) => line.split('\t')[0]!),
    );
    expect(texts.length).toBeGreaterThan(900);
    const differ = texts.filter((text) => byConversion(text) !== undefined && detectLang(text) !== byConversion(text));
    expect(differ).toEqual([]);
    expect(texts.filter((text) => detectLang(text) === 'zh-TW').length).toBeGreaterThan(150);
  });
});

/** The normaliser as it was before it went line by line: the whole message at once, no cache. */
function wholeMessage(text: string): string {
  const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
  const nfkc = text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(invisible, '');
  return traditionalToSimplified(nfkc)
    .replace(/[“”„‟〝〞]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

describe('names linli keeps in simplified, written back for a traditional reader', () => {
  it('writes each simplified-only character as Taiwan does, and reads back to what was kept', () => {
    for (const name of ['降压药', '二甲双胍', '硝苯地平控释片', '单硝酸异山梨酯', '胰岛素笔', '张伯伯']) {
      const shown = toTraditionalChars(name);
      expect(shown).not.toBe(name);
      expect(traditionalToSimplified(shown)).toBe(name);
    }
    expect(toTraditionalChars('降压药 2盒')).toBe('降壓藥 2盒');
  });

  it('leaves what both scripts write, and characters Taiwan also keeps as they are (批准, 叶酸), untouched', () => {
    expect(toTraditionalChars('阿司匹林 布洛芬 Norvasc 5mg')).toBe('阿司匹林 布洛芬 Norvasc 5mg');
    expect(toTraditionalChars('批准')).toBe('批准');
    expect(toTraditionalChars('叶酸')).toBe('叶酸');
  });
});

describe('a copied chain is read the same from the cache of recent lines', () => {
  const tricky = fc.constantFrom(
    ...'\n\r\t \u3000\u00a0\u2005\u200b\ufeff\u0301\u0308éa１２Ａ號樓兩個發髮臺台灣干幹乾裡里後后“”‘’\u202e\u000b\u0085\u2028\ufb01ｶﾞᄀ\u1161🙏5-302'.split(''),
  );
  const messages = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));

  it('gives what reading the whole message at once gives, first time and again from the cache', () => {
    fc.assert(
      fc.property(messages, (text) => {
        const expected = wholeMessage(text);
        expect(normalizeUncached(text)).toBe(expected);
        expect(normalize(text)).toBe(expected);
        expect(normalize(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a bounded number of lines however many different ones residents send', () => {
    for (let i = 0; i < LINE_CACHE_SIZE + 500; i++) normalize(`${i}. 5-${i} B×2\n${i}、6號樓${i}室 B套餐兩份`);
    expect(normalizeCacheSize()).toBe(LINE_CACHE_SIZE);
    expect(normalize('3、6號樓3室 B套餐兩份')).toBe('3、6号楼3室 B套餐两份');
  });
});
