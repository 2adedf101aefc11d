import { describe, expect, it } from 'vitest';
import { allCapabilities } from '../../commands/index.js';
import { Registry } from '../../src/runtime/registry.js';
import { decide } from '../../src/runtime/understand.js';
import { score, situationOfContext, type Row } from '../../src/tools/corpus.js';

/**
 * A medicine nobody put in the lexicon is still read, by its shape: a generic's stem with any
 * syllables before it and any dosage form after, or a brand's ending, in the frames residents say
 * needs in. Names invented here on purpose (贝莫洛尔缓释片 is no drug): the point is the shape.
 */
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

const FRAMES: [context: string, fields: string, text: (name: string) => string][] = [
  ['private', 'items={X};qty=2', (x) => `帮我配两盒${x}`],
  ['private', 'items={X};days=0', (x) => `我的${x}吃完了 麻烦帮忙配`],
  ['private', 'items={X};qty=2;door=5-302', (x) => `${x} 两盒 住5号楼302`],
  ['group', 'items={X};qty=1', (x) => `谁去药店 帮忙带一盒${x} 谢谢`],
  ['group', 'items={X};days=3', (x) => `我妈的${x}还剩三天 谁明天去医院帮忙配一下`],
  ['private', 'items={X};qty=1', (x) => `要配 ${x} 一盒`],
];
const STEMS = ['洛尔', '地平', '沙坦', '普利', '他汀', '西坦', '霉素', '拉唑', '沙星', '西林', '格列汀', '列净', '西泮', '唑仑', '替尼', '洛芬', '昔布', '沙班', '替丁', '米松', '康唑', '洛韦'];
const FORMS = ['', '片', '胶囊', '缓释片', '分散片', '口服液', '混悬液', '颗粒', '注射液', '软膏'];
// Real brands and generics of Shanghai pharmacies that the lexicon does not list.
const BRANDS = ['倍博特', '兰迪', '平欣', '亚宁定', '合贝爽', '心痛定', '尼膜同', '悦宁定', '迪赛', '捷赐瑞', '卡司平', '怡那林', '万苏林', '迈之灵', '圣通平', '爱宁达', '丁苯酞', '奥拉西坦', '吡拉西坦', '舒血宁', '天麻素', '倍他司汀', '西比灵', '氟桂利嗪', '匹维溴铵', '曲美布汀', '复方消化酶', '达克宁', '百多邦', '湿润烧伤膏'];

const rowsOf = (names: string[]): Row[] =>
  names.map((name, i) => {
    const [context, fields, text] = FRAMES[i % FRAMES.length]!;
    return { line: i + 1, text: text(name), context, intent: 'medicine', fields: Object.fromEntries(fields.replace('{X}', name).split(';').map((kv) => kv.split('=') as [string, string])) };
  });

// Groceries' brands end the same ways (特仑苏, 美年达, 太太乐): in a group, with no word of medicine, they are no medicine.
const GROCERIES = ['特仑苏', '卫龙', '美年达', '芬达', '益达', '太太乐', '元气森林', '百事可乐', '安慕希', '金龙鱼', '舒化奶', '云南白药牙膏'];

describe('groceries asked of neighbours are not medicine, whatever their brand ends in', () => {
  it.each(GROCERIES.flatMap((g) => [`谁能帮忙带一盒${g} 谢谢`, `有人能帮我带两包${g}吗`, `谁家有多的${g} 借一瓶`]))('group: %s', (text) => {
    const u = router.understand(text, situationOfContext('group', false), 'zh-CN');
    expect(decide(u.readings, situationOfContext('group', false))).toEqual({ kind: 'silence' });
  });
});

describe('a medicine the lexicon does not know is read by its shape', () => {
  const generics = STEMS.flatMap((stem) => ['贝莫', '奈比'].flatMap((head) => FORMS.map((form) => head + stem + form)));
  it.each(score(router, [...rowsOf(generics), ...rowsOf(BRANDS)]).map((s) => [s.context, s.text, s] as const))('%s: %s', (_c, _t, s) => {
    expect({ intent: s.predicted, fields: s.fieldsRight === false ? s.predictedFields : s.fields }).toEqual({ intent: s.intent, fields: s.fields });
  });
});
