import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLocal } from '../../src/kernel/time.js';
import { communityWithLeader, launchedGroupBuy } from '../groupbuy/helpers.js';
import type { TestChat } from '../helpers/chat.js';
import { inkBox, inkShare, printSpreadsheets, underHeaders, type Printed } from '../helpers/print.js';

/**
 * Every kind of sheet linli sends, printed the way a committee prints it (LibreOffice to PDF, the
 * pages as pictures): A4, one page wide, the header on every page, nothing blank and nothing cut.
 * LINLI_KEEP_PRINTS=<folder> keeps the pages as PNG (docs/images comes from there).
 */
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙';
const A4 = { short: 595, long: 842 };

let chats: TestChat[] = [];
let files: { name: string; data: Buffer }[] = [];
let printed: Map<string, Printed>;

async function groupBuyFiles(): Promise<void> {
  const chat = await communityWithLeader();
  chats.push(chat);
  const { chainMessageId } = await launchedGroupBuy(chat);
  // 36 households in building 5 (more than one page), a few in 6 and 12; names as residents give them.
  for (let i = 0; i < 36; i++) await chat.say(`r${i}: /buy 1 5-${101 + Math.floor(i / 4) * 100 + (i % 4)} A ${1 + (i % 2)}${i % 3 ? ` B ${i % 3}` : ''}`);
  await chat.say('chen: /我是 6-101');
  await chat.say('chen: /buy B 2');
  await chat.say(`zhou: ${'帮12-1102报 C×1'}`);
  await chat.say(`laowang ^${chainMessageId}: 6-202 ${SURNAMES[0]}阿姨 A×1 C×2`);
  chat.clock.set(atLocal('2026-04-20', '20:00', 'Asia/Shanghai'));
  files.push(...(await chat.tick()).filter((m) => m.file).map((m) => m.file!));
}

async function medicineFile(): Promise<void> {
  const chat = await communityWithLeader();
  chats.push(chat);
  await chat.say('secretary: /授权 @zhang 配药');
  for (let i = 0; i < 14; i++) {
    const urgent = i % 5 === 0 ? ' 还剩1天' : i % 3 === 0 ? ' 还剩6天' : '';
    await chat.say(`m${i}: ${(i % 7) + 1}号楼${201 + i} ${SURNAMES[i % 12]}阿姨 氨氯地平 5mg 两盒,二甲双胍 0.5g 一盒 都可以替换${urgent}`);
  }
  await chat.say('m20: 9号楼901 胰岛素 300U 3支 不可替换 瑞金医院');
  await chat.say('zhang: #1 #2 收卡 现金100元');
  await chat.say('zhang: /配药出车 仁济医院 明天 #1-#15');
  const out = await chat.say('zhang: /导出配药 1');
  files.push(out.find((m) => m.file)!.file!);
}

async function rosterFile(): Promise<void> {
  const chat = await communityWithLeader();
  chats.push(chat);
  const [post] = await chat.say('secretary: /招募 紧急招募志愿者 核酸引导10人 物资分发20人');
  const skills = ['医生', '护士', '司机', '配送', '翻译'];
  for (let i = 0; i < 12; i++) await chat.say(`v${i} ^${post!.id}: 报名 ${(i % 6) + 1}-${301 + i} ${skills[i % 5]} 晚上 1381234${String(1000 + i)}`);
  const out = await chat.say('secretary: /花名册 导出');
  files.push(out.find((m) => m.file)!.file!);
}

beforeAll(async () => {
  await groupBuyFiles();
  await medicineFile();
  await rosterFile();
  const keep = process.env.LINLI_KEEP_PRINTS;
  if (keep) mkdirSync(keep, { recursive: true });
  printed = await printSpreadsheets(files, keep);
}, 180_000);

afterAll(async () => {
  for (const chat of chats) await chat.dispose();
  chats = [];
  files = [];
});

const page = (name: string) => {
  const p = printed.get(name);
  if (!p) throw new Error(`${name} was not printed; printed: ${[...printed.keys()].join(', ')}`);
  return p;
};

describe('sheets as they come out of the printer', () => {
  it('sends the files a committee prints, with Chinese names', () => {
    expect(files.map((f) => f.name)).toEqual([
      '4月21日蔬菜套餐-供应商汇总.xlsx',
      '4月21日蔬菜套餐-配送单.xlsx',
      '4月21日蔬菜套餐-收款.xlsx',
      '配药出车1-仁济医院-2026-04-21.xlsx',
      '志愿者花名册.xlsx',
    ]);
  });

  it('prints every page on A4, with ink on it, nothing running off the paper', () => {
    for (const [name, p] of printed) {
      const { width, height } = p.pageSize;
      expect([Math.round(Math.min(width, height)), Math.round(Math.max(width, height))], name).toEqual([A4.short, A4.long]);
      expect(p.pngs.length, name).toBe(p.pages);
      p.pngs.forEach((png, i) => {
        expect(inkShare(png), `${name} page ${i + 1}`).toBeGreaterThan(0.005);
        const box = inkBox(png);
        // The margins stay white: the table fits between them.
        expect(box.left, `${name} page ${i + 1}`).toBeGreaterThan(0.02);
        expect(box.right, `${name} page ${i + 1}`).toBeLessThan(0.98);
      });
    }
  });

  it('delivery: one building a page or more, the header and 签收 on every page, amounts that cannot run together', () => {
    const delivery = page('4月21日蔬菜套餐-配送单.xlsx');
    // Building 5's 36 households take more than one page; 6 and 12 one each. The title once per
    // building, the header on every page; never a page holding only the right-hand columns.
    const buildings = delivery.texts.map((t) => /配送单 · (\d+号楼)/.exec(t)?.[1] ?? 'more');
    expect(buildings[0]).toBe('5号楼');
    expect(buildings.slice(1, -2).length).toBeGreaterThan(0);
    expect(buildings.slice(1, -2).every((b) => b === 'more')).toBe(true);
    expect(buildings.slice(-2)).toEqual(['6号楼', '12号楼']);
    for (const text of delivery.texts) {
      expect(text).toMatch(/跟团号\s+门牌\s+收货人\s+A\s+B\s+C\s+份数\s+应付\(元\)\s+签收/);
    }
    expect(delivery.texts.slice(1, -2).join('\n')).toMatch(/5-901/);
    const six = delivery.texts.at(-2)!;
    // Names linli knows: whoever ordered from their own home, and the one who lives where an order was placed for.
    expect(six).toMatch(/6-101\s+chen/);
    expect(six).toMatch(/6-202\s+王阿姨/);
    // Each count stands under its own item (A, B, C), the amount under 应付: read by where it is printed.
    const header = ['跟团号', '门牌', '收货人', 'A', 'B', 'C', '份数', '应付(元)', '签收'];
    const sixWords = delivery.words.at(-2)!;
    expect(underHeaders(sixWords, header, '6-101')).toEqual({ 跟团号: '37', 门牌: '6-101', 收货人: 'chen', B: '2', 份数: '2', '应付(元)': '¥300.00' });
    expect(underHeaders(sixWords, header, '6-202')).toEqual({ 跟团号: '39', 门牌: '6-202', 收货人: '王阿姨', A: '1', C: '2', 份数: '3', '应付(元)': '¥277.00' });
    // "2 ¥300.00", never "2 300.00" that reads as 2300.00.
    expect(six).toMatch(/\s2\s+¥300\.00/);
    expect(delivery.texts.join('\n')).not.toMatch(/\d \d{3}\.\d\d/);
  });

  it('supplier: where and when to deliver above the totals; packing per building on its own page', () => {
    const supplier = page('4月21日蔬菜套餐-供应商汇总.xlsx');
    expect(supplier.pages).toBe(2);
    expect(supplier.texts[0]).toContain('送货地址:阳光二期');
    expect(supplier.texts[0]).toContain('送达 4月21日');
    expect(supplier.texts[0]).toMatch(/合计\s+\d+\s+¥[\d,]+\.\d\d/);
    expect(supplier.texts[1]).toMatch(/5号楼\s+36/);
  });

  it('medicine run: grouped by hospital, with urgency, days left, card and cash, and says it is for the team only', () => {
    const run = page('配药出车1-仁济医院-2026-04-21.xlsx');
    const text = run.texts.join('\n');
    expect(text).toContain('仅供配药小分队使用');
    expect(text).toMatch(/仁济医院\(14份登记\)/);
    expect(text).toMatch(/瑞金医院\(1份登记\)/);
    expect(text).toMatch(/紧急\s+剩几天\s+已收卡\s+已收现金\(元\)/);
    expect(text).toMatch(/#1\s+1-201.*急\s+1\s+☑\s+¥100\.00/);
    expect(run.pageSize.width).toBeGreaterThan(run.pageSize.height); // twelve columns print across the page
  });

  it('roster: every volunteer with their door, phones partly hidden', () => {
    const roster = page('志愿者花名册.xlsx');
    expect(roster.pages).toBe(1);
    expect(roster.texts[0]).toMatch(/v0\s+1\s+1-301\s+医生/);
    expect(roster.texts[0]).toContain('138****1000');
    expect(roster.texts[0]).not.toContain('13812341000');
  });
});
