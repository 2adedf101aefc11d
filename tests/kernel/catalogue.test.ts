import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEntries, render, t } from '../../src/kernel/catalogue.js';
import { traditionalToSimplified } from '../../src/kernel/chinese.js';
import { GENERATED_FILE, generatedSource, generateTraditional, loadAllMessages, TRADITIONAL_FILE, traditionalOnlySource } from '../../src/tools/catalogue.js';

/**
 * The bot's zh-TW messages are converted from zh-CN when linli is built (the running bot never
 * loads OpenCC's simplified→traditional dictionary). These tests hold the generated file to a
 * fresh conversion and every zh-TW text to the conversions OpenCC is known to get wrong.
 */

/**
 * What OpenCC's simplified→traditional (Taiwan) conversion gets wrong, found by reading every
 * converted message: a phrase, why it is wrong and what Taiwan writes. An entry that shows one
 * gets its own 'zh-TW' in its messages file.
 */
const KNOWN_BAD: { bad: RegExp; should: string }[] = [
  { bad: /回複|回復/, should: '回覆 (to reply; 回複 is not a word, 回復 means to restore)' },
  { bad: /答複/, should: '答覆' },
  { bad: /複核/, should: '覆核 (to re-examine)' },
  { bad: /反複/, should: '反覆' },
  { bad: /髮(?=[布佈送出])/, should: '發 (髮 is hair: 發佈, 發送)' },
  { bad: /后/, should: '後 (后 is an empress: 以後, 天後, 稍後)' },
  { bad: /于/, should: '於' },
  { bad: /裏/, should: '裡 (the Taiwan form)' },
  { bad: /(?<![鄰公英千故村鄉])里(?![程弄長])/, should: '裡 (里 only in 鄰里, 公里 and places)' },
  { bad: /[見下上前後外裡表]麵|麵[對前]/, should: '面 (麵 is noodles)' },
  { bad: /隻有|隻能|隻要|隻是/, should: '只' },
  { bad: /批準/, should: '批准' },
  { bad: /分鍾/, should: '分鐘' },
  { bad: /聯係/, should: '聯繫' },
  { bad: /複制|控製/, should: '複製, 控制' },
  { bad: /着/, should: '著' },
  { bad: /幹淨|若幹|幹擾/, should: '乾淨, 若干, 干擾' },
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the bot's zh-TW messages", () => {
  it('src/kernel/catalogue-zh-tw.ts is a fresh conversion of every zh-CN message (run `npm run build` when this fails)', async () => {
    const fresh = generatedSource(await generateTraditional());
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(fresh);
  });

  it('src/kernel/traditional-only.ts holds the characters read off the converter now (run `npm run build` when this fails)', () => {
    expect(readFileSync(TRADITIONAL_FILE, 'utf8')).toBe(traditionalOnlySource());
  });

  it('no zh-TW message holds a conversion OpenCC is known to get wrong', async () => {
    await loadAllMessages();
    expect(allEntries().size).toBeGreaterThan(400);
    const wrong: string[] = [];
    for (const [key, entry] of allEntries()) {
      const tw = render(entry, 'zh-TW');
      for (const { bad, should } of KNOWN_BAD) {
        const m = bad.exec(tw);
        if (m) wrong.push(`${key}: 「${tw.slice(Math.max(0, m.index - 4), m.index + 6)}」 should be ${should}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("an entry's own zh-TW says what its zh-CN says: the same placeholders, and the same text read back in simplified", async () => {
    await loadAllMessages();
    const own = [...allEntries()].filter(([, e]) => e['zh-TW'] !== undefined);
    expect(own.length).toBeGreaterThan(0);
    for (const [key, entry] of own) {
      expect([key, placeholders(entry['zh-TW']!)]).toEqual([key, placeholders(entry['zh-CN'])]);
      expect([key, traditionalToSimplified(entry['zh-TW']!)]).toEqual([key, entry['zh-CN']]);
    }
  });

  it('a resident who writes traditional characters is answered in them, with the corrections', async () => {
    await loadAllMessages();
    // OpenCC writes 「請回複本消息」 here (a 副本, "copy", where 回覆, "reply", is meant).
    expect(t('zh-TW', 'emergency.groupAgain', { place: '5-302', id: 3 })).toContain('請回覆本消息');
    expect(t('zh-TW', 'emergency.groupAgain', { place: '5-302', id: 3 })).toContain('緊急');
    expect(t('zh-CN', 'emergency.groupAgain', { place: '5-302', id: 3 })).toContain('请回复本消息');
  });
});
