import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { isDoor, tableUnder } from '../helpers/sheet-table.js';
import type { TestChat } from '../helpers/chat.js';
import { queryDb } from '../helpers/db.js';
import { askForLink, openBrowser, signIn, type Browser } from './browser.js';
import { deskCommunity, MEDICINE_ASKS } from './community.js';

/**
 * The desk in a real browser (Debian's Chromium through playwright-core), through the real server
 * over a real database set up with the chat commands; what the residents are told is read from the
 * chat, as they would read it.
 */
const SLOW = 180_000;
let chat: TestChat;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await chat?.dispose();
});

const url = (path: string) => `${chat.app.desk!.listening}${path}`;

/** Presses a form's button and waits for the page it leads to (a POST answered with a redirect, or a refusal). */
async function submit(page: Page, button: Locator): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), button.click()]);
  await page.waitForLoadState();
  return response.status();
}

/** What the bot sent to a person privately since `from`. */
const privately = (who: string, from = 0) => chat.sent.slice(from).filter((o) => o.chatId === `private:${who}`).map((o) => o.text);

describe('the desk in a browser', () => {
  it('the medicine team signs in by the link from the chat, marks 20 requests 已配到 at once, and each household is told in the chat', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    await signIn(chat, 'zhang', page);
    await expect.poll(() => page.locator('h2', { hasText: '急需配药(剩2天以内):15 份' }).count()).toBe(1);

    await page.getByRole('link', { name: '配药', exact: true }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('待配药 24 份(最急的在前),这里是第 1–24 份。');
    const boxes = page.locator('#batch input[name="id"]');
    expect(await boxes.count()).toBe(24);
    // The run's list, as replying 清单 to the run brings it: building 5's twelve requests, one medicine each.
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /出车 #1:/ }).click()]);
    const listFile = join(chat.dir, 'run.xlsx');
    await list.saveAs(listFile);
    const [rows, totals] = await readSpreadsheet(readFileSync(listFile));
    expect(tableUnder(rows!, '门牌').map((r) => r['门牌']).filter(isDoor)).toEqual(MEDICINE_ASKS.filter((m) => m.building === 5).map((m) => `5-${m.room}`));
    expect(totals!.name).toBe('按药品合计');
    const chosen: number[] = [];
    for (let i = 0; i < 20; i++) {
      await boxes.nth(i).check();
      chosen.push(Number(await boxes.nth(i).getAttribute('value')));
    }
    expect(await page.locator('[data-count-of="id"]').innerText()).toBe('20');
    await page.selectOption('#batch select[name="to"]', 'bought');
    const before = chat.sent.length;
    expect(await submit(page, page.getByRole('button', { name: /更新所选/ }))).toBe(303);
    const flash = await page.locator('.flash').innerText();
    expect(flash).toBe(`已更新 ${chosen.map((id) => `#${id}`).join(' ')}:已配到。`);

    await chat.app.worker.drain();
    for (const id of chosen) {
      expect(privately(MEDICINE_ASKS[id - 1]!.who, before)).toEqual([`好消息:配药登记 #${id} 的药已配到,稍后送到府上。`]);
    }
    // Medicines are never in a group; the group heard nothing of this.
    expect(chat.sent.slice(before).filter((o) => o.isGroup)).toEqual([]);

    // The four left: "not available, we try another hospital", chosen with "select this page".
    await page.goto(url('/medicine?status=submitted'));
    await expect.poll(() => page.locator('main').innerText()).toContain('待配药 4 份');
    await page.locator('.actions input[data-select-all="id"]').check();
    expect(await page.locator('[data-count-of="id"]').innerText()).toBe('4');
    await page.selectOption('#batch select[name="to"]', 'unavailable:other_hospital');
    const later = chat.sent.length;
    expect(await submit(page, page.getByRole('button', { name: /更新所选/ }))).toBe(303);
    expect(await page.locator('.flash').innerText()).toMatch(/^已更新 (#\d+ ){3}#\d+:暂时没配到。$/);
    await chat.app.worker.drain();
    const rest = MEDICINE_ASKS.map((_, i) => i + 1).filter((id) => !chosen.includes(id));
    for (const id of rest) {
      expect(privately(MEDICINE_ASKS[id - 1]!.who, later)).toEqual([
        `配药登记 #${id}:这次没有配到。我们会去另一家医院试试。登记仍然有效;不需要了请发 /取消配药 #${id}`,
      ]);
    }
    // As in chat, every change is in the audit trail, here marked as made at the desk.
    const audited = queryDb<{ n: number }>(chat.config.dbPath, `SELECT COUNT(*) AS n FROM audit_log WHERE action = 'medicine.status' AND platform = 'desk'`);
    expect(audited).toEqual([{ n: 24 }]);
    // A batch that cannot all move moves none, with the chat's words.
    await page.goto(url('/medicine'));
    await page.locator('#batch input[name="id"]').first().check();
    await page.selectOption('#batch select[name="to"]', 'collected');
    expect(await submit(page, page.getByRole('button', { name: /更新所选/ }))).toBe(303);
    expect(await page.locator('.flash.error').innerText()).toMatch(/^没有更新任何一份:#\d+ 现在是「已配到」,不能改成「已收卡和现金」$/);
  }, SLOW);

  it('a building lead sees their own building only, on the page and in the API', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    await signIn(chat, 'li', page);
    const nav = await page.locator('nav').innerText();
    expect(nav.split(/\s+/)).toEqual(['今天', '配药', '志愿者', '团购', '住户']);

    await page.goto(url('/volunteers'));
    const main = await page.locator('main').innerText();
    expect(main).toContain('花名册:2 人');
    expect(main).toMatch(/v1\s+5\s+医生/);
    expect(main).toMatch(/v2\s+5\s+司机/);
    expect(main).not.toContain('v3');
    expect(main).toContain('张阿姨');
    expect(main).not.toContain('李伯伯');

    // The roster's spreadsheet holds the same two.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载花名册表格/ }).click()]);
    const saved = join(chat.dir, 'roster.xlsx');
    await download.saveAs(saved);
    const [sheet] = await readSpreadsheet(readFileSync(saved));
    expect(tableUnder(sheet!, '姓名').map((r) => r['姓名'])).toEqual(['v1', 'v2']);
    expect((await page.request.get(url('/volunteers/roster.xlsx?building=6'))).status()).toBe(403);
    const other = await page.goto(url('/volunteers?building=6'));
    expect(other!.status()).toBe(403);
    expect(await page.locator('main').innerText()).toContain('这是6号楼的事,需要6号楼楼组长或书记身份。');
    const api = await page.request.get(url('/api/volunteers?building=6'));
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({ error: '这是6号楼的事,需要6号楼楼组长或书记身份。' });
    const own = (await (await page.request.get(url('/api/volunteers'))).json()) as { roster: { entries: { name: string }[] }; elderly: { name: string }[] };
    expect(own.roster.entries.map((e) => e.name)).toEqual(['v1', 'v2']);
    expect(own.elderly.map((e) => e.name)).toEqual(['张阿姨']);

    expect((await page.goto(url('/residents?building=6')))!.status()).toBe(403);
    expect((await page.request.get(url('/api/residents?building=6'))).status()).toBe(403);
    await page.goto(url('/residents'));
    // li, the twelve who asked for medicine and the two volunteers who gave a door in building 5.
    expect(await page.locator('main').innerText()).toContain('5号楼登记住户(15户)');
    // The secretary's pages are not theirs.
    expect((await page.goto(url('/audit')))!.status()).toBe(403);
    expect(await page.locator('main').innerText()).toContain('这个操作需要书记身份。');
    expect((await page.request.get(url('/api/groupbuy/1'))).status()).toBe(403);
  }, SLOW);

  it('a resident sees only their own records, on the page and in the API', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    await signIn(chat, 'r1', page);
    expect((await page.locator('nav').innerText()).split(/\s+/)).toEqual(['今天', '配药', '团购']);
    await page.goto(url('/medicine'));
    const main = await page.locator('main').innerText();
    expect(main).toContain('您家的配药登记:');
    expect(main).toMatch(/#1\s+5-101\s+已登记\s+氨氯地平 5mg×2盒/);
    expect(main).not.toContain('#2');
    const api = (await (await page.request.get(url('/api/medicine'))).json()) as { view: string; rows: { id: number }[] };
    expect(api).toMatchObject({ view: 'own' });
    expect(api.rows.map((r) => r.id)).toEqual([1]);
    await page.goto(url('/groupbuy'));
    expect(await page.locator('main').innerText()).toMatch(/#1 4月21日蔬菜套餐\s+接龙中\s+5-101\s+A×2/);
    for (const path of ['/volunteers', '/api/volunteers', '/api/groupbuy/1', '/groupbuy/1/payments.xlsx', '/audit', '/bulletin']) {
      expect((await page.request.get(url(path))).status(), path).toBe(403);
    }
  }, SLOW);

  it('an expired or reused link is refused', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(await askForLink(chat, 'secretary'));
    chat.clock.advance(10 * 60_000);
    expect(await submit(page, page.getByRole('button', { name: '进入后台' }))).toBe(410);
    expect(await page.locator('main').innerText()).toContain('这个登录链接已过期(有效期10分钟)。请在私聊里再发一次 /后台。');
    expect((await page.goto(url('/')))!.status()).toBe(401);

    const link = await askForLink(chat, 'secretary');
    await page.goto(link);
    expect(await submit(page, page.getByRole('button', { name: '进入后台' }))).toBe(303);
    const second = await browser.context.newPage();
    await second.goto(link);
    expect(await second.locator('main').innerText()).toContain('这个登录链接已经用过了,每个链接只能用一次。');
    expect(await second.getByRole('button').count()).toBe(0);
  }, SLOW);

  it('a form without its CSRF token is refused and changes nothing; a role change ends the session', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    await signIn(chat, 'zhang', page);
    await page.goto(url('/medicine'));
    await page.locator('#batch input[name="id"]').first().check();
    await page.selectOption('#batch select[name="to"]', 'bought');
    await page.evaluate(() => document.querySelector('#batch input[name="csrf"]')!.remove());
    const before = chat.sent.length;
    expect(await submit(page, page.getByRole('button', { name: /更新所选/ }))).toBe(403);
    expect(await page.locator('main').innerText()).toContain('这个表单已失效(缺少或不符的安全码),什么都没有改。请刷新页面再试。');
    expect(queryDb<{ n: number }>(chat.config.dbPath, `SELECT COUNT(*) AS n FROM medicine_requests WHERE status <> 'submitted'`)).toEqual([{ n: 0 }]);
    await chat.app.worker.drain();
    expect(chat.sent.slice(before)).toEqual([]);

    await page.goto(url('/medicine'));
    expect(await page.locator('main').innerText()).toContain('待配药 24 份');
    await chat.say('secretary: /撤销 @zhang 配药');
    const after = await page.reload();
    expect(after!.status()).toBe(401);
    expect(await page.locator('main').innerText()).toContain('请先登录');
  }, SLOW);

  it('the secretary approves a group-buy, marks payments, downloads the sheet; adds a notice and sends the bulletin', async () => {
    chat = await deskCommunity();
    browser = await openBrowser();
    const { page } = browser;
    page.on('dialog', (d) => void d.accept());
    await signIn(chat, 'secretary', page);
    await page.getByRole('link', { name: /#2「4月22日水果套餐」/ }).click();
    await page.waitForURL((u) => u.pathname === '/groupbuy/2');
    expect(await page.locator('main').innerText()).toContain('供应商证照:91310115MA1K4XXXX');
    let before = chat.sent.length;
    expect(await submit(page, page.getByRole('button', { name: '批准' }))).toBe(303);
    expect(await page.locator('.flash').innerText()).toBe('已批准团购 #2「4月22日水果套餐」。');
    await chat.app.worker.drain();
    expect(privately('leader', before)).toEqual(['您的团购 #2「4月22日水果套餐」已通过审批。在要发的群里发 /发团 2,或私聊发 /发团 2 群名。']);

    await page.goto(url('/groupbuy/1'));
    await page.getByRole('link', { name: '5号楼' }).click();
    await page.waitForURL((u) => u.search === '?building=5');
    await page.locator('form input[data-select-all="door"]').check();
    expect(await submit(page, page.getByRole('button', { name: /标记所选为已付/ }))).toBe(303);
    expect(await page.locator('.flash').innerText()).toBe('已记 6 户付款(「4月21日蔬菜套餐」)。');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '收款' }).click()]);
    expect(download.suggestedFilename()).toBe('4月21日蔬菜套餐-收款.xlsx');
    const saved = join(chat.dir, 'payments.xlsx');
    await download.saveAs(saved);
    const [sheet] = await readSpreadsheet(readFileSync(saved));
    const paid = tableUnder(sheet!, '门牌').filter((r) => isDoor(r['门牌']) && r['已付(元)'] !== null).map((r) => r['门牌']);
    expect(paid).toEqual(MEDICINE_ASKS.slice(0, 12).filter((m) => m.building === 5).map((m) => `5-${m.room}`));

    await page.goto(url('/bulletin'));
    await page.locator('textarea[name="text"]').last().fill('今晚8点到10点停水,请提前储水');
    expect(await submit(page, page.getByRole('button', { name: '加入通报' }))).toBe(303);
    expect(await page.locator('.flash').innerText()).toBe('已加入4月20日的通报(第2号通知)。');
    expect(await chat.answer('secretary (private): /通知 列表')).toContain('#2 今晚8点到10点停水,请提前储水');
    before = chat.sent.length;
    expect(await submit(page, page.getByRole('button', { name: '立即发送今日通报' }))).toBe(303);
    expect(await page.locator('.flash').innerText()).toBe('今日通报正在发往1个群,全部送达后会告诉您。');
    await chat.app.worker.drain();
    const bulletin = chat.sent.slice(before).find((o) => o.chatId === '控制台群');
    expect(bulletin!.text).toContain('2. 今晚8点到10点停水,请提前储水');
  }, SLOW);

  it('every page at phone and desktop width, and printed (screenshots are written to screenshots/desk, kept out of git)', async () => {
    chat = await deskCommunity();
    await chat.say('r24: /sos 6-124 老人摔倒了');
    const dir = join(process.cwd(), 'screenshots', 'desk');
    mkdirSync(dir, { recursive: true });
    const pages = ['/', '/medicine', '/volunteers', '/groupbuy', '/groupbuy/1?building=5', '/bulletin', '/residents?building=5', '/audit'];
    for (const width of [390, 1280]) {
      browser = await openBrowser(width, width < 600 ? 844 : 900);
      const { page } = browser;
      await page.goto(await askForLink(chat, 'secretary'));
      await page.screenshot({ path: join(dir, `signin-${width}.png`) });
      await page.getByRole('button', { name: '进入后台' }).click();
      await page.waitForURL((u) => u.pathname === '/');
      for (const path of pages) {
        const res = await page.goto(url(path));
        expect(res!.status(), path).toBe(200);
        // Nothing is wider than the screen but tables, which scroll in their own box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        const name = path.replace(/^\//, '').replace(/[/?=]+/g, '-') || 'today';
        await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
      }
      if (width === 1280) {
        // Printed, a page leaves out the navigation and the forms, and says who printed it when.
        await page.goto(url('/medicine'));
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav').isVisible()).toBe(false);
        expect(await page.locator('#batch .actions').isVisible()).toBe(false);
        expect(await page.locator('.printonly').innerText()).toBe('阳光二期 · secretary · 打印于 4月20日 09:00');
        expect(await page.locator('table').first().isVisible()).toBe(true);
        await page.screenshot({ path: join(dir, 'medicine-print.png'), fullPage: true });
      }
      await browser.close();
      browser = undefined;
    }
  }, SLOW);
});
