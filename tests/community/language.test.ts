import { afterEach, describe, expect, it } from 'vitest';
import { detectLang } from '../../src/kernel/lang.js';
import { TestChat } from '../helpers/chat.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

describe('a reply is in the script of the person’s own words, not of names quoted in them', () => {
  it.each([
    // Known to write simplified: traditional names in the list do not turn the reply traditional.
    ['派给張偉和陳國偉 5号楼送菜', 'zh-CN', 'zh-CN'],
    // Known to write traditional: the bot's simplified name quoted does not turn it simplified.
    ['@邻里 點樣登記配藥?', 'zh-TW', 'zh-TW'],
    // Nothing known: the script more of the text is in, traditional on a tie.
    ['派给張偉和陳國偉 5号楼送菜', undefined, 'zh-TW'],
    ['请帮我联系张伟 他说药还没到 陳', undefined, 'zh-CN'],
    ['B套餐來兩份 7号楼1201', undefined, 'zh-TW'],
    // One script alone decides whatever is known.
    ['我要配藥', 'zh-CN', 'zh-TW'],
    ['我要配药', 'zh-TW', 'zh-CN'],
    // Characters Taiwan writes too say nothing: 陽台, 公里.
    ['我們家陽台的花開了', undefined, 'zh-TW'],
  ] as const)('%s (known %s) → %s', (text, known, lang) => {
    expect(detectLang(text, known)).toBe(lang);
  });

  it('a resident who writes simplified and names a neighbour in traditional is answered in simplified', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('wang: 大家好');
    const mixed = await chat.answer('wang: /我是 5号楼302 陳國偉');
    const tw = await chat.answer('lee: /我是 5號樓303 陳國偉');
    expect(mixed).not.toBe('');
    expect(tw).not.toBe('');
    // The same answer in two scripts: the simplified writer's has no traditional-only character.
    expect(detectLang(mixed)).toBe('zh-CN');
    expect(detectLang(tw)).toBe('zh-TW');
  });
});
