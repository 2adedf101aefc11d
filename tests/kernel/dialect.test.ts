import { describe, expect, it } from 'vitest';
import { plainWords } from '../../src/kernel/dialect.js';

describe('Shanghainese and Cantonese words are read as the Mandarin they mean', () => {
  it.each([
    ['阿拉屋里老头子的药吃光了 侬晓得伐', '我家里老头子的药吃光了 你知道吗'],
    ['伊叫勿应了', '他叫不应了'],
    ['我老豆晕咗 冇反应', '我爸爸晕了 没有反应'],
    ['我屋里厢的胰岛素冇咗 边个可以帮手买', '我家里的胰岛素没有了 谁可以帮手买'],
    ['侬记了阿拉啥信息', '你记了我什么信息'],
    // Workers' Mandarin from the north and 四川: 俺, 咱们, 咋整, 莫得, 啥子.
    ['俺们屋八个人 咱们咋整 药莫得了 啥子时候能送', '我们屋八个人 我们怎么弄 药没有了 什么时候能送'],
    // As they arrive after the conversion to simplified: 嗰 written 𠮶, 係 written 系.
    ['𠮶个阿伯 仲系痛', '那个阿伯 还是痛'],
  ])('%s', (text, plain) => expect(plainWords(text)).toBe(plain));

  it('leaves words that only look like dialect alone: a medicine, 额头, plain Mandarin', () => {
    for (const text of ['伊曲康唑两盒', '额头很烫', '我的降压药快吃完了']) expect(plainWords(text)).toBe(text);
  });
});
