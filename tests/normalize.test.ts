import { describe, expect, it } from 'vitest';
import { detectLang } from '../src/core/lang.js';
import { normalize } from '../src/core/normalize.js';

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
});
