import type { Recognised } from '../../src/runtime/understand.js';
import type { MedicineDraft } from './read.js';

/**
 * Residents without a Chinese keyboard write medicine words in pinyin, without tones
 * ("wo yao pei yao, jiang ya yao liang he"). A message written only in Latin letters that says
 * 药 (yao) is read through this small dictionary of the words of a medicine request; a medicine
 * named in pinyin keeps the pinyin the resident wrote.
 */
const PINYIN: [string, string][] = [
  ['bu hao yi si', '不好意思'], ['neng bu neng', '能不能'], ['ke bu ke yi', '可不可以'], ['kuai chi wan le', '快吃完了'],
  ['jiang ya yao', '降压药'], ['jiang tang yao', '降糖药'], ['xue ya yao', '血压药'], ['zhi tong yao', '止痛药'], ['zhi teng yao', '止疼药'],
  ['tui shao yao', '退烧药'], ['gan mao yao', '感冒药'], ['an mian yao', '安眠药'], ['xin zang yao', '心脏药'], ['yi dao su', '胰岛素'],
  ['chi wan le', '吃完了'], ['yong wan le', '用完了'], ['mei you le', '没有了'], ['kuai mei le', '快没了'], ['hai gou chi', '还够吃'],
  ['zhi yuan zhe', '志愿者'], ['xin ku le', '辛苦了'], ['wo xu yao', '我需要'],
  ['pei yao', '配药'], ['kai yao', '开药'], ['mai yao', '买药'], ['na yao', '拿药'], ['wei yao', '胃药'], ['mei le', '没了'], ['duan le', '断了'],
  ['bang wo', '帮我'], ['bang mang', '帮忙'], ['ma fan', '麻烦'], ['ke yi', '可以'], ['xie xie', '谢谢'], ['wo yao', '我要'], ['wo de', '我的'],
  ['xu yao', '需要'], ['hai you', '还有'], ['hai sheng', '还剩'], ['zhi sheng', '只剩'], ['zhi you', '只有'],
  ['yi he', '一盒'], ['liang he', '两盒'], ['san he', '三盒'], ['si he', '四盒'], ['wu he', '五盒'], ['yi ping', '一瓶'], ['liang ping', '两瓶'],
  ['yi zhi', '一支'], ['liang zhi', '两支'], ['yi tian', '一天'], ['tian', '天'], ['liang tian', '两天'], ['san tian', '三天'], ['si tian', '四天'], ['wu tian', '五天'],
  ['yao', '药'], ['pei', '配'], ['ma', '吗'], ['de', '的'], ['wo', '我'],
];
const PHRASE = new RegExp(`\\b(?:${PINYIN.map(([p]) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const HANZI = new Map(PINYIN.map(([p, h]) => [p, h]));

/** The message read as Chinese, when it is pinyin about medicine; undefined otherwise. */
export function fromPinyin(text: string): { text: string; restore: (r: Recognised) => Recognised } | undefined {
  if (/[\u3400-\u9fff]/.test(text) || !/\byao\b/i.test(text)) return undefined;
  const found = new Map<string, string>();
  // Written in Chinese, the words stand together: 「配药的志愿者」, not 「配药 的 志愿者」.
  const read = text.replace(PHRASE, (m) => {
    const key = m.toLowerCase().replace(/\s+/g, ' ');
    const hanzi = HANZI.get(key) ?? m;
    if (hanzi.length > 1) found.set(hanzi, m);
    return hanzi;
  }).replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
  const asWritten = (name: string) => found.get(name) ?? name;
  return {
    text: read,
    restore: (r) => {
      const draft = r.args as MedicineDraft | undefined;
      const items = r.fields?.items;
      return {
        ...r,
        ...(r.fields ? { fields: { ...r.fields, ...(items ? { items: items.split('|').map(asWritten).join('|') } : {}) } } : {}),
        ...(draft ? { args: { ...draft, items: draft.items.map((i) => ({ ...i, name: asWritten(i.name) })) } } : {}),
      };
    },
  };
}
