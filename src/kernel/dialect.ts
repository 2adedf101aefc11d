/**
 * Shanghainese and Cantonese words residents type, as the Mandarin the recognisers read: 阿拉 我,
 * 侬 你, 伐 吗, 勿 不, 冇 没有, 咗 了, 嘅 的, 係 是… Only words that mean nothing else in a chat are
 * rewritten (伊 only before what he or she does). Applied to what recognisers read, never to what is
 * stored or shown. Pure.
 */
const ANY = /[冇咗嘅係喺唔啲佢勿覅侬伐伊额啥]|边个|乜嘢|点样|哪能|今朝|屋里厢|晓得|老豆|阿拉|辰光/;

const WORDS: [RegExp, string][] = [
  [/阿拉/g, '我'],
  [/侬/g, '你'],
  [/屋里厢|屋里/g, '家里'],
  [/哪能/g, '怎么'],
  [/今朝/g, '今天'],
  [/晓得/g, '知道'],
  [/辰光/g, '时候'],
  [/覅/g, '不要'],
  [/勿/g, '不'],
  [/(?<=[\u4e00-\u9fff])伐(?=$|[\s,,。!!??~])/g, '吗'],
  [/(?<=[\u4e00-\u9fff])额(?=$|[\s,,。!!??~])/g, '的'],
  [/伊(?=讲|说|叫|血糖|血压|老|的|还|也|在|要|吃|不|就|刚|现在|$|[\s,,。])/g, '他'],
  [/冇咗/g, '没有了'],
  [/冇(?:有)?/g, '没有'],
  [/啥/g, '什么'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/係/g, '是'],
  [/喺/g, '在'],
  [/唔/g, '不'],
  [/啲/g, '些'],
  [/佢/g, '他'],
  [/边个/g, '谁'],
  [/乜嘢/g, '什么'],
  [/点样/g, '怎么'],
  [/老豆/g, '爸爸'],
];

/** The text in plain Mandarin words, for reading (normalised text in, normalised text out). */
export function plainWords(text: string): string {
  if (!ANY.test(text)) return text;
  let t = text;
  for (const [re, word] of WORDS) t = t.replace(re, word);
  return t;
}
