import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { TestChat } from '../helpers/chat.js';
import { dense } from '../groupbuy/helpers.js';

let chat: TestChat;
afterEach(async () => chat?.dispose());

const MEDICINES: [string, string][] = [
  ['氨氯地平', '5mg'],
  ['二甲双胍', '0.5g'],
  ['阿托伐他汀', '20mg'],
  ['硝苯地平控释片', '30mg'],
  ['厄贝沙坦', '150mg'],
  ['阿司匹林肠溶片', '100mg'],
  ['甲钴胺', '0.5mg'],
  ['胰岛素', '300U'],
];
const SURNAMES = '王李张刘陈杨赵黄周吴';
const NUMERALS = ['一', '两', '三', '四'];

interface Generated {
  id: number;
  door: string;
  patient: string;
  items: { name: string; strength: string; quantity: number; unit: string; substitute: boolean }[];
}

/** 180 residents of twelve buildings, a third of them asking for two medicines. */
function generate(): Generated[] {
  return Array.from({ length: 180 }, (_, i) => {
    const building = (i % 12) + 1;
    const room = 101 + Math.floor(i / 12) * 100 + (i % 3);
    const substitute = i % 4 !== 0;
    const unit = MEDICINES[i % MEDICINES.length]![0] === '胰岛素' ? '支' : '盒';
    const items = [{ name: MEDICINES[i % 8]![0], strength: MEDICINES[i % 8]![1], quantity: (i % 4) + 1, unit, substitute }];
    if (i % 3 === 0) {
      const [name, strength] = MEDICINES[(i + 3) % 8]!;
      items.push({ name, strength, quantity: ((i + 1) % 4) + 1, unit: name === '胰岛素' ? '支' : '盒', substitute });
    }
    return { id: i + 1, door: `${building}-${room}`, patient: `${SURNAMES[i % 10]}阿姨`, items };
  });
}

/** How a resident would type it: Chinese numerals for some quantities, both medicines on one line. */
function line(g: Generated, i: number): string {
  const [building, room] = g.door.split('-');
  const meds = g.items
    .map((it, k) => `${it.name} ${it.strength} ${(i + k) % 2 === 0 ? NUMERALS[it.quantity - 1] : it.quantity}${it.unit}`)
    .join(',');
  return `r${g.id}: ${building}号楼${room} ${g.patient} ${meds} ${g.items[0]!.substitute ? '都可以替换' : '都不可替换'}`;
}

describe('180 requests in three medicine runs', () => {
  it('export three spreadsheets whose rows and per-medicine totals match the requests', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    await chat.say('secretary: /授权 @zhang 配药');
    const requests = generate();
    for (const [i, g] of requests.entries()) {
      const out = await chat.say(line(g, i));
      expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual([`已收到配药登记 #${g.id}(${g.door.split('-')[0]}号楼),详情已私聊确认。`]);
    }

    const ranges = [[1, 60], [61, 120], [121, 180]] as const;
    for (const [k, [from, to]] of ranges.entries()) {
      const [posted] = await chat.say(`zhang: /配药出车 仁济医院 明天 #${from}-#${to}`);
      expect(posted!.text).toContain(`配药出车 #${k + 1}:2026-04-21 去仁济医院,共60份登记`);
    }
    // Every request is in a run: a fourth finds nothing.
    expect(await chat.answer('zhang: /配药出车 瑞金医院 明天')).toBe('没有符合条件的待配登记,没有安排出车。');

    for (const [k, [from, to]] of ranges.entries()) {
      const out = await chat.say(`zhang: /导出配药 ${k + 1}`);
      expect(out.filter((o) => o.isGroup).map((o) => o.text)).toEqual(['已私聊发给您。']);
      const sent = out.find((o) => o.chatId === 'private:zhang' && o.file)!;
      const inRun = requests.slice(from - 1, to);
      const rowCount = inRun.reduce((n, g) => n + g.items.length, 0);
      expect(sent.text).toBe(`配药出车 #${k + 1}(2026-04-21 仁济医院)清单:60份登记,${rowCount}行。`);
      const [list, totals] = dense(await readSpreadsheet(sent.file!.data));

      // Three title lines (what, how many, for the team only), the header, then the hospital's rows.
      expect(list!.rows[0]).toEqual([`阳光二期 · 配药出车 #${k + 1} · 仁济医院 · 2026-04-21`]);
      expect(list!.rows[1]![0]).toMatch(new RegExp(`^60份登记,${rowCount}行药品 · 出车:zhang · `));
      expect(list!.rows[3]).toEqual(['单号', '门牌', '姓名', '药品', '规格', '数量', '单位', '可替换', '紧急', '剩几天', '已收卡', '已收现金(元)']);
      expect(list!.rows[4]).toEqual(['仁济医院(60份登记)']);
      // A request's card box is on its first medicine's row only (urgency and cash too), so columns sum per request.
      const trim = (r: (string | number | null)[]): (string | number | null)[] => (r.at(-1) === null ? trim(r.slice(0, -1)) : r);
      const expectedRows = inRun.flatMap((g) =>
        g.items.map((it, j) => trim([`#${g.id}`, g.door, g.patient, it.name, it.strength, it.quantity, it.unit, it.substitute ? '可以' : '不可以', null, null, j === 0 ? '☐' : null, null])),
      );
      const byId = (a: (string | number | null)[], b: (string | number | null)[]) =>
        Number(String(a[0]).slice(1)) - Number(String(b[0]).slice(1)) || String(a[3]).localeCompare(String(b[3]));
      expect([...list!.rows.slice(5)].sort(byId)).toEqual([...expectedRows].sort(byId));

      const expectedTotals = new Map<string, number>();
      for (const g of inRun) for (const it of g.items) expectedTotals.set(`${it.name} ${it.strength} ${it.unit}`, (expectedTotals.get(`${it.name} ${it.strength} ${it.unit}`) ?? 0) + it.quantity);
      expect(totals!.rows[3]).toEqual(['药品', '规格', '合计', '单位']);
      expect(totals!.rows[4]).toEqual(['仁济医院']);
      const readTotals = new Map(totals!.rows.slice(5).map((r) => [`${r[0]} ${r[1]} ${r[3]}`, r[2]]));
      expect(readTotals).toEqual(expectedTotals);
      const sum = [...expectedTotals.values()].reduce((a, b) => a + b, 0);
      expect(totals!.rows.slice(5).reduce((n, r) => n + Number(r[2]), 0)).toBe(sum);
    }
    // Exporting is reading health data: each export is audited, without a medicine in the detail.
    expect(chat.db.prepare(`SELECT detail FROM audit_log WHERE action = 'medicine.export' ORDER BY id`).pluck().all()).toEqual(
      ranges.map(() => expect.stringMatching(/^requests:60;rows:\d+$/)),
    );
  });
});
