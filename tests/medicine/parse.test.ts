import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doorKey } from '../../src/kernel/fields/door.js';
import { looksLikeMedicine, parseMedicineRequest, parseSubstituteAnswer, type MedicineItem } from '../../commands/medicine/read.js';
import { parseStatusUpdate } from '../../commands/medicine/status-words.js';

interface Expected {
  items: MedicineItem[];
  door?: string;
  patient?: string;
  daysLeft?: number;
  urgent?: boolean;
  hospital?: string;
  onBehalf?: boolean;
}

const m = (name: string, strength: string | undefined, quantity: number | undefined, unit?: string, substitute?: boolean): MedicineItem => ({
  name,
  ...(strength !== undefined ? { strength } : {}),
  ...(quantity !== undefined ? { quantity } : {}),
  ...(unit !== undefined ? { unit } : {}),
  ...(substitute !== undefined ? { substitute } : {}),
});

// Requests as residents wrote them in the lockdown groups and private chats.
const cases: [string, Expected][] = [
  ['5号楼302 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天', { door: '5-302', patient: '王阿姨', daysLeft: 2, items: [m('氨氯地平', '5mg', 2, '盒', true)] }],
  ['5號樓302 王阿姨 氨氯地平 5mg 兩盒 可以替換 還剩兩天', { door: '5-302', patient: '王阿姨', daysLeft: 2, items: [m('氨氯地平', '5mg', 2, '盒', true)] }],
  ['５号楼３０２　氨氯地平　５ｍｇ　２盒', { door: '5-302', items: [m('氨氯地平', '5mg', 2, '盒')] }],
  ['氨氯地平5mg两盒', { items: [m('氨氯地平', '5mg', 2, '盒')] }],
  ['氨氯地平 5mg 两盒\n二甲双胍 0.5g 三盒', { items: [m('氨氯地平', '5mg', 2, '盒'), m('二甲双胍', '0.5g', 3, '盒')] }],
  ['氨氯地平5mg两盒 二甲双胍0.5g三盒', { items: [m('氨氯地平', '5mg', 2, '盒'), m('二甲双胍', '0.5g', 3, '盒')] }],
  ['氨氯地平5mg两盒,二甲双胍0.5g三盒,都可以替换', { items: [m('氨氯地平', '5mg', 2, '盒', true), m('二甲双胍', '0.5g', 3, '盒', true)] }],
  ['氨氯地平5mg两盒、阿托伐他汀20mg一盒', { items: [m('氨氯地平', '5mg', 2, '盒'), m('阿托伐他汀', '20mg', 1, '盒')] }],
  // A quantity said before the name is that name's, even when another follows it: never the next one's.
  ['帮我配两盒立普妥 和一盒布洛芬', { items: [m('立普妥', undefined, 2, '盒'), m('布洛芬', undefined, 1, '盒')] }],
  ['帮我配两盒立普妥 同埋一盒那个白色的', { items: [m('立普妥', undefined, 2, '盒')] }],
  ['帮5-302王阿姨配药 二甲双胍0.5g 3盒', { door: '5-302', patient: '王阿姨', onBehalf: true, items: [m('二甲双胍', '0.5g', 3, '盒')] }],
  // A lead relaying for a neighbour: 的 and 登记 are no part of her name; a 石库门 lane house is her door.
  ['帮5号楼302的王阿婆登记配药 络活喜两盒', { door: '5-302', patient: '王阿婆', onBehalf: true, items: [m('络活喜', undefined, 2, '盒')] }],
  ['帮56弄12号后楼的王阿婆登记配药 络活喜两盒', { door: '56弄12号后楼', patient: '王阿婆', onBehalf: true, items: [m('络活喜', undefined, 2, '盒')] }],
  ['幫5-302王阿姨配藥 二甲雙胍0.5g 3盒', { door: '5-302', patient: '王阿姨', onBehalf: true, items: [m('二甲双胍', '0.5g', 3, '盒')] }],
  ['替12号楼1201李伯伯配药:硝苯地平控释片 30mg 2盒 只要原研', { door: '12-1201', patient: '李伯伯', onBehalf: true, items: [m('硝苯地平控释片', '30mg', 2, '盒', false)] }],
  ['我要配药 拜新同30mg 两盒 不可替换', { items: [m('拜新同', '30mg', 2, '盒', false)] }],
  ['配药:络活喜 5mg 3盒 可以用别的牌子', { items: [m('络活喜', '5mg', 3, '盒', true)] }],
  ['胰岛素 300u 2支 急', { urgent: true, items: [m('胰岛素', '300U', 2, '支')] }],
  ['门冬胰岛素注射液 300IU 3支 还剩两天 不能替换', { daysLeft: 2, items: [m('门冬胰岛素注射液', '300IU', 3, '支', false)] }],
  ['阿司匹林肠溶片 100mg 一盒', { items: [m('阿司匹林肠溶片', '100mg', 1, '盒')] }],
  ['阿托伐他汀钙片 20mg*7片 3盒 去仁济医院配', { hospital: '仁济医院', items: [m('阿托伐他汀钙片', '20mg*7片', 3, '盒')] }],
  ['瑞舒伐他汀 10mg×28片 2盒', { items: [m('瑞舒伐他汀', '10mg*28片', 2, '盒')] }],
  ['止咳糖浆 100ml 两瓶', { items: [m('止咳糖浆', '100ml', 2, '瓶')] }],
  ['乳果糖口服液 10ml*10袋 一盒', { items: [m('乳果糖口服液', '10ml*10袋', 1, '盒')] }],
  ['左甲状腺素钠片 50μg 两盒 还剩3天', { daysLeft: 3, items: [m('左甲状腺素钠片', '50μg', 2, '盒')] }],
  ['甲钴胺 0.5毫克 三盒', { items: [m('甲钴胺', '0.5mg', 3, '盒')] }],
  ['硝酸甘油片 0.5mg 1瓶 已经断药了', { daysLeft: 0, items: [m('硝酸甘油片', '0.5mg', 1, '瓶')] }],
  ['速效救心丸 两瓶 很急', { urgent: true, items: [m('速效救心丸', undefined, 2, '瓶')] }],
  ['7号楼2单元501 张奶奶 厄贝沙坦 150mg 四盒 还能吃两天', { door: '7-2-501', patient: '张奶奶', daysLeft: 2, items: [m('厄贝沙坦', '150mg', 4, '盒')] }],
  ['B区3号楼601 赵爷爷 美托洛尔缓释片 47.5mg 2盒 国产也可以', { door: 'B区3-601', patient: '赵爷爷', items: [m('美托洛尔缓释片', '47.5mg', 2, '盒', true)] }],
  ['十二号楼1102 二甲双胍 0.5克 五盒 只剩一天了', { door: '12-1102', daysLeft: 1, items: [m('二甲双胍', '0.5g', 5, '盒')] }],
  ['氯吡格雷 75mg 两盒 三天后断药', { daysLeft: 3, items: [m('氯吡格雷', '75mg', 2, '盒')] }],
  ['华法林 2.5mg 一瓶 只要原装', { items: [m('华法林', '2.5mg', 1, '瓶', false)] }],
  ['帮我妈配药 缬沙坦 80mg 3盒', { onBehalf: true, patient: '我妈', items: [m('缬沙坦', '80mg', 3, '盒')] }],
  ['氨氯地平 5mg', { items: [m('氨氯地平', '5mg', undefined)] }],
  ['我要配药', { items: [] }],
  ['配药', { items: [] }],
  ['5号楼302 配药 氨氯地平两盒', { door: '5-302', items: [m('氨氯地平', undefined, 2, '盒')] }],
  ['布洛芬缓释胶囊 0.3g 一盒,医院:瑞金', { hospital: '瑞金', items: [m('布洛芬缓释胶囊', '0.3g', 1, '盒')] }],
  ['二甲双胍 0.5g x3 可替换', { items: [m('二甲双胍', '0.5g', 3, undefined, true)] }],
  ['格列美脲 2mg 2盒 别的牌子也行 还有5天的药', { daysLeft: 5, items: [m('格列美脲', '2mg', 2, '盒', true)] }],
  ['硝苯地平控釋片 ３０ｍｇ 兩盒\n厄貝沙坦 １５０ｍｇ 一盒 不可替換', { items: [m('硝苯地平控释片', '30mg', 2, '盒'), m('厄贝沙坦', '150mg', 1, '盒', false)] }],
  ['6号楼101 刘阿婆 吗啡缓释片 30mg 2盒 急 只剩两天', { door: '6-101', patient: '刘阿婆', urgent: true, daysLeft: 2, items: [m('吗啡缓释片', '30mg', 2, '盒')] }],
  ['苯磺酸氨氯地平片 5mg*28片 两盒\n盐酸二甲双胍片 0.5g*20片 三盒\n阿司匹林 100mg 一盒\n全部可以替换', {
    items: [m('苯磺酸氨氯地平片', '5mg*28片', 2, '盒', true), m('盐酸二甲双胍片', '0.5g*20片', 3, '盒', true), m('阿司匹林', '100mg', 1, '盒', true)],
  }],
  ['给9号楼402陈老师配药 地高辛 0.25mg 1瓶 可以替换', { door: '9-402', patient: '陈老师', onBehalf: true, items: [m('地高辛', '0.25mg', 1, '瓶', true)] }],
  ['请帮忙配药,5栋302,降压药 苯磺酸左旋氨氯地平 2.5mg 三盒,还剩2天,谢谢', { door: '5-302', daysLeft: 2, items: [m('苯磺酸左旋氨氯地平', '2.5mg', 3, '盒')] }],
  ['急支糖浆 两瓶 可以替换', { items: [m('急支糖浆', undefined, 2, '瓶', true)] }],
  ['amlodipine 5mg 2 boxes, substitute ok, 2 days left', { daysLeft: 2, items: [m('amlodipine', '5mg', 2, '盒', true)] }],
  ['Metformin 0.5g x3 no substitute', { items: [m('Metformin', '0.5g', 3, undefined, false)] }],
];

describe('medicine requests as residents write them', () => {
  it('the table holds at least 40 real-style requests', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s', (text, expected) => {
    const draft = parseMedicineRequest(text);
    expect(draft.items).toEqual(expected.items);
    expect(draft.door && doorKey(draft.door)).toBe(expected.door);
    expect(draft.patient).toBe(expected.patient);
    expect(draft.daysLeft).toBe(expected.daysLeft);
    expect(draft.urgent).toBe(expected.urgent ?? false);
    expect(draft.hospital).toBe(expected.hospital);
    expect(draft.onBehalf).toBe(expected.onBehalf ?? false);
    expect(draft.question).toBe(false);
  });

  it('never throws on anything, and never returns a medicine without a name', () => {
    const pieces = fc.constantFrom('氨氯地平', '5mg', '两盒', '5号楼302', '王阿姨', '还剩2天', '急', '可以替换', '不可替换', '\n', ',', '#', '0.5g', '×', '仁济医院', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        const draft = parseMedicineRequest(text);
        for (const item of draft.items) expect(item.name.trim()).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['配药什么时候到?', '配药的车几点出发', '今天的配药有人去吗'])('%s is a question, not a request', (text) => {
    expect(parseMedicineRequest(text).question).toBe(true);
  });

  it.each(['鸡蛋 两盒', '今天天气不错', 'B套餐×2', '我住5号楼302'])('%s does not look like medicine', (text) => {
    expect(looksLikeMedicine(parseMedicineRequest(text))).toBe(false);
  });

  it.each([
    ['可以', true],
    ['可以替换', true],
    ['行', true],
    ['都行', true],
    ['不可以', false],
    ['不行', false],
    ['只要原研', false],
    ['不可替換', false],
    ['随便说说的', undefined],
  ])('"%s" answers "may it be substituted?" with %s', (text, ok) => {
    expect(parseSubstituteAnswer(text)).toBe(ok);
  });
});

describe('volunteers\' status words', () => {
  it.each([
    ['#23 #24 已买到', { action: 'status', ids: [23, 24], status: 'bought' }],
    ['#23、#24 配到了', { action: 'status', ids: [23, 24], status: 'bought' }],
    ['#1-#5 在买', { action: 'status', ids: [1, 2, 3, 4, 5], status: 'buying' }],
    ['#23 换成络活喜5mg', { action: 'status', ids: [23], status: 'substituted', note: '络活喜5mg' }],
    ['#23 没货 下次再去', { action: 'status', ids: [23], status: 'unavailable', nextStep: 'next_run' }],
    ['#23 配不到,去互联网医院', { action: 'status', ids: [23], status: 'unavailable', nextStep: 'internet_hospital' }],
    ['#23 没买到 换家医院', { action: 'status', ids: [23], status: 'unavailable', nextStep: 'other_hospital' }],
    ['#23 已收卡 现金200元', { action: 'status', ids: [23], status: 'collected', cashFen: 20000 }],
    ['#23 已送达', { action: 'status', ids: [23], status: 'delivered' }],
    ['#23 卡已还', { action: 'cardReturned', ids: [23] }],
    ['#23 花费85.5元 找零14.5元', { action: 'cash', ids: [23], spentFen: 8550, changeFen: 1450 }],
    ['#23 取消', { action: 'status', ids: [23], status: 'cancelled' }],
  ])('%s', (text, expected) => {
    expect(parseStatusUpdate(text)).toEqual(expected);
  });

  it.each(['#23', '已买到', '#23 今天天气不错'])('%s is not an update', (text) => {
    expect(parseStatusUpdate(text)).toBeUndefined();
  });
});
