import assert from 'node:assert';
import { describe, expect, it } from 'vitest';
import { puppetName } from '../../src/adapters/wechat.js';
import { groupNoteText, isRateLimited, parseQuote, quotedBody, stripMention } from '../../src/adapters/wechat-text.js';
import { splitText } from '../../src/outbox/parts.js';

describe('reading WeChat text', () => {
  it('splits a quoted reply into who was quoted, what, and the answer', () => {
    const q = parseQuote('「邻里助手：新任务:5号楼302需要送药」\n- - - - - - - - - - - - - - -\n我去');
    expect(q).toEqual({ name: '邻里助手', quoted: '新任务:5号楼302需要送药', reply: '我去' });
    expect(parseQuote('"linli: 已登记 3 户"\n- - - - - - - - - - - - - - -\n+1')?.reply).toBe('+1');
  });

  it('leaves an ordinary message alone, even with brackets and dashes in it', () => {
    expect(parseQuote('「团购」今天到货\n- - -')).toBeUndefined();
    expect(parseQuote('我住5-302')).toBeUndefined();
  });

  it('drops the @mentions the bot put before its own text when that text is quoted back', () => {
    expect(quotedBody('@张阿姨\u2005@李伯伯 您的药到了')).toBe('您的药到了');
  });

  it('takes the bot\'s name out of a message that @-mentions it, but keeps other names', () => {
    expect(stripMention('@邻里助手\u2005/帮助', ['邻里助手'])).toBe('/帮助');
    expect(stripMention('/授权 @赵师傅\u2005志愿者 @linli', ['linli'])).toBe('/授权 @赵师傅\u2005志愿者');
  });

  it('splits a long list on line ends, keeping every line, in order', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${i + 1}. 5-${300 + (i % 20)} 大米 ×1`);
    const parts = splitText(lines.join('\n'), 2000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('recognises WeChat telling the account to slow down', () => {
    expect(isRateLimited(new Error('发送失败:操作过于频繁,请稍后再试'))).toBe(true);
    expect(isRateLimited(new Error('ECONNRESET'))).toBe(false);
    // wechat4u asserts the response code is 0; WeChat's "too frequent" code is 1205.
    let webError: unknown;
    try {
      assert.equal(1205, 0, 'send failed');
    } catch (err) {
      webError = err;
    }
    expect(isRateLimited(webError)).toBe(true);
  });

  it('uses the free web-protocol puppet unless another is named', () => {
    expect(puppetName('wechat4u')).toBe('wechaty-puppet-wechat4u');
    expect(puppetName('default')).toBe('wechaty-puppet-wechat4u');
    expect(puppetName('wechaty-puppet-service')).toBe('wechaty-puppet-service');
  });
});

describe('WeChat\'s own 「#接龙」 (a group note)', () => {
  it('reads wechat4u\'s title as the chain, headed by its own 「#接龙」 line', () => {
    expect(groupNoteText('#接龙\r\n蔬菜套餐\r\n\r\n1. 张阿姨 5-302 B×2')).toBe('#接龙\n蔬菜套餐\n\n1. 张阿姨 5-302 B×2');
    expect(groupNoteText('接龍 蔬菜套餐\n1. 張阿姨 5-302 B×2')).toBe('#接龙\n蔬菜套餐\n1. 張阿姨 5-302 B×2');
    expect(groupNoteText('蔬菜套餐\n1. 张阿姨 5-302')).toBe('#接龙\n蔬菜套餐\n1. 张阿姨 5-302');
  });

  it('reads the XML another puppet may hand on, entities and CDATA included; an empty note is nothing', () => {
    const xml = '<msg><appmsg appid=""><title><![CDATA[#接龙\n团购 #1\n\n1. 张阿姨 5-302 B&amp;C各1]]></title><type>53</type></appmsg></msg>';
    expect(groupNoteText(xml)).toBe('#接龙\n团购 #1\n\n1. 张阿姨 5-302 B&C各1');
    expect(groupNoteText('<msg><appmsg><title>1. &#24352;&#x963F;&#23016; 5-302 &lt;B&gt;</title></appmsg></msg>')).toBe('#接龙\n1. 张阿姨 5-302 <B>');
    expect(groupNoteText('<msg><appmsg><title></title></appmsg></msg>')).toBe('');
    expect(groupNoteText('  ')).toBe('');
  });
});
