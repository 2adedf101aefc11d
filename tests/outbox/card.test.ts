import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, RESVG_OPTIONS, WIDTH, renderCardPng, renderCardSvg, renderTextLine } from '../../src/outbox/card.js';
import { loadedFonts } from '../../src/outbox/card-fonts.js';
import { CardRenderer } from '../../src/outbox/cards.js';
import { enqueue } from '../../src/outbox/store.js';
import { TestChat } from '../helpers/chat.js';
import type { CardSpec } from '../../src/kernel/types.js';
import { en, samples, zhCN } from '../helpers/sample-cards.js';

/** LINLI_KEEP_PRINTS=<folder> keeps the pictures (docs/images comes from there). */
const keep = process.env.LINLI_KEEP_PRINTS;
if (keep) mkdirSync(keep, { recursive: true });
const save = (name: string, png: Buffer) => keep && writeFileSync(join(keep, name), png);

const PAGE = [0xee, 0xf2, 0xf6]; // the card's background around the sections

type Rgb = (r: number, g: number, b: number) => boolean;

function decode(png: Buffer) {
  const img = PNG.sync.read(png);
  const d = img.data;
  const px = (x: number, y: number): [number, number, number] => {
    const i = (y * img.width + x) * 4;
    return [d[i]!, d[i + 1]!, d[i + 2]!];
  };
  /** Pixels passing `test` inside the rectangle (the whole picture by default). */
  const count = (test: Rgb, x0 = 0, y0 = 0, x1 = img.width, y1 = img.height) => {
    let n = 0;
    for (let y = y0; y < y1; y++) {
      for (let i = (y * img.width + x0) * 4, end = (y * img.width + x1) * 4; i < end; i += 4) if (test(d[i]!, d[i + 1]!, d[i + 2]!)) n++;
    }
    return n;
  };
  return { width: img.width, height: img.height, px, count };
}
const dark: Rgb = (r, g, b) => 0.299 * r + 0.587 * g + 0.114 * b < 110;
const not = ([br, bg, bb]: number[]): Rgb => (r, g, b) => Math.abs(r - br!) > 8 || Math.abs(g - bg!) > 8 || Math.abs(b - bb!) > 8;
function differing(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) if (Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) > 40) n++;
  return n;
}

describe('the bulletin card, drawn', () => {
  for (const card of samples) {
    it(`draws a ${card.lang} card a phone shows without zooming: 1080 px wide, large type, not blank`, async () => {
      const png = await renderCardPng(card);
      save(`card-${card.lang}.png`, png);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const img = decode(png);
      expect(img.width).toBe(WIDTH);
      expect(img.height).toBeGreaterThan(1500); // five sections of large type
      expect(img.height).toBeLessThanOrEqual(MAX_HEIGHT);
      const area = img.width * img.height;
      expect(img.count(not(PAGE)) / area).toBeGreaterThan(0.3); // the header band and the section boxes
      expect(img.count(dark) / area).toBeGreaterThan(0.02); // text
    });
  }

  it('draws the Chinese glyphs themselves, not empty boxes (tofu) or nothing', async () => {
    const tofu = await renderTextLine('\uE000\uE001'); // private use: no font has these, so .notdef boxes
    const cases = [['配药', 'zh-CN'], ['配藥', 'zh-TW'], ['核酸', 'zh-CN'], ['Ab', 'en']] as const;
    const pngs: Buffer[] = [];
    for (const [text, lang] of cases) {
      const png = await renderTextLine(text, lang);
      save(`glyph-${lang}-${text}.png`, png);
      expect(decode(png).count(dark), text).toBeGreaterThan(400);
      expect(differing(png, tofu), text).toBeGreaterThan(400);
      pngs.push(png);
    }
    expect(differing(pngs[0]!, pngs[2]!)).toBeGreaterThan(400); // 配药 and 核酸 are different drawings
    expect(differing(pngs[0]!, pngs[1]!)).toBeGreaterThan(100); // 药 and 藥 too
  });

  it('uses only the fonts of the npm packages, never one from the machine', async () => {
    expect(RESVG_OPTIONS.font).toEqual({ loadSystemFonts: false, fontFiles: [], fontDirs: [] });
    const { svg } = await renderCardSvg(zhCN);
    expect(svg).not.toContain('<text'); // satori drew every glyph as a path
    expect(svg).toContain('<path');
    const { files } = loadedFonts();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/node_modules\/@fontsource\/noto-sans-(sc|tc)\/files\/[^/]+\.woff$/);
    // resvg with our options cannot draw SVG <text> at all: it has no font. The control, with the
    // machine's fonts allowed (CI installs some for printing), draws it.
    const textSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="70" font-size="60" font-family="sans-serif">配药 Ab</text></svg>';
    expect(decode(new Resvg(textSvg, RESVG_OPTIONS).render().asPng()).count(dark)).toBe(0);
    expect(decode(new Resvg(textSvg, { ...RESVG_OPTIONS, font: { loadSystemFonts: true } }).render().asPng()).count(dark)).toBeGreaterThan(200);
  });

  it('cuts a very long card and says the rest is in the text', async () => {
    const long: CardSpec = { ...zhCN, sections: zhCN.sections.map((s) => ({ ...s, lines: Array.from({ length: 6 }, (_, k) => `${s.lines[k % s.lines.length]}(第 ${k + 1} 条)`) })) };
    const { height, truncated } = await renderCardSvg(long);
    expect(truncated).toBe(true);
    expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(height).toBeGreaterThan(MAX_HEIGHT - 300); // not cut much more than needed
    expect((await renderCardSvg(zhCN)).truncated).toBe(false);
    const png = await renderCardPng(long);
    save('card-long-zh-CN.png', png);
    expect(decode(png).height).toBe(height);
  });

  it('wraps long words and links inside their section', async () => {
    const card: CardSpec = {
      name: 'x.png', lang: 'en', title: 'Daily bulletin', community: 'Kangcheng', date: 'Thursday 21 April',
      sections: [{ title: 'Links', lines: [
        'Form: https://linli.example.org/forms/medicine-registration-for-residents-of-building-12-and-13?lang=en&ref=daily-bulletin',
        'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt',
        '蔬菜团报名表https://linli.example.org/groupbuy/vegetables-1/registration-form-long-path',
      ] }],
    };
    const img = decode(await renderCardPng(card));
    // Below the header band, nothing but background right of the section boxes (they end 40 px from the edge).
    let top = 0;
    while (not(PAGE)(...img.px(WIDTH - 1, top))) top++;
    expect(top).toBeGreaterThan(200);
    expect(img.count(not(PAGE), WIDTH - 34, top, WIDTH, img.height)).toBe(0);
  });

  it('leaves out characters no font has (emoji) instead of drawing empty boxes', async () => {
    const withEmoji: CardSpec = { ...zhCN, sections: [{ title: '📢 通知', lines: ['📢 明天上午8点全员核酸,请带好手机 ✅'] }] };
    const plain: CardSpec = { ...zhCN, sections: [{ title: '通知', lines: ['明天上午8点全员核酸,请带好手机'] }] };
    expect((await renderCardSvg(withEmoji)).svg).toBe((await renderCardSvg(plain)).svg);
  });
});

describe('the card renderer process', () => {
  it('draws in a process of its own, keeps a card drawn for the next group, and ends when idle', async () => {
    const renderer = new CardRenderer({ idleMs: 200 });
    const first = await renderer.render(en);
    expect(decode(first).width).toBe(WIDTH);
    expect(renderer.started).toBe(1);
    expect(await renderer.render(en)).toBe(first); // the same card for the next group: not drawn again
    expect(renderer.lastPeakRssMb).toBeGreaterThan(50); // the process that drew it, not this one
    await new Promise((r) => setTimeout(r, 600));
    expect(renderer.running).toBe(false);
    expect(decode(await renderer.render(zhCN)).width).toBe(WIDTH);
    expect(renderer.started).toBe(2);
    renderer.stop();
  });

  it('a card that cannot be drawn fails with a reason, and the next one is drawn', async () => {
    const renderer = new CardRenderer({ idleMs: 200 });
    const broken = { ...en, sections: [{ title: 'x', lines: null }] } as unknown as CardSpec;
    await expect(renderer.render(broken)).rejects.toThrow(/the card could not be drawn/);
    expect(decode(await renderer.render(zhCN)).width).toBe(WIDTH);
    renderer.stop();
  });
});

describe('a card in the outbox', () => {
  it('goes with its message; a card that cannot be drawn does not hold the text back', async () => {
    const chat = new TestChat();
    try {
      await chat.say('secretary: /bind 阳光二期');
      const to = { platform: 'console' as const, chatId: '控制台群' };
      enqueue(chat.db, to, '今日通报(文字版)', { image: en }, chat.clock.now());
      enqueue(chat.db, to, '今日通报(图片画不出)', { image: { ...en, sections: [{ title: 'x', lines: null }] } as unknown as CardSpec }, chat.clock.now());
      await chat.app.worker.drain();
      const sent = chat.sent.slice(-2);
      expect(sent.map((m) => [m.text, m.image?.name])).toEqual([
        ['今日通报(文字版)', 'daily-bulletin-2022-04-21.png'],
        ['今日通报(图片画不出)', undefined],
      ]);
      expect(decode(sent[0]!.image!.data).width).toBe(WIDTH);
      expect(chat.db.prepare(`SELECT status FROM outbox WHERE text LIKE '今日通报%' ORDER BY id`).pluck().all()).toEqual(['sent', 'sent']);
    } finally {
      await chat.dispose();
    }
  });
});
