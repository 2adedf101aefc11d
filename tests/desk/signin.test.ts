import { afterEach, describe, expect, it } from 'vitest';
import { TestChat } from '../helpers/chat.js';
import { queryDb } from '../helpers/db.js';
import { askForLink } from './browser.js';

/**
 * Signing in to the desk, spoken to over HTTP as a browser would (the browser itself is in
 * browser.test.ts): the link from the chat, the cookie, refusals, sessions ending.
 */
let chat: TestChat;
afterEach(async () => chat?.dispose());

async function community(env: Record<string, string> = {}): Promise<TestChat> {
  const c = new TestChat({ env: { LINLI_DESK_PORT: '0', ...env } });
  await c.app.startDesk();
  await c.say('secretary: /bind 阳光二期');
  return c;
}

const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;
const base = () => chat.app.desk!.listening;

/** Presses the sign-in page's button: POST /login with the link's token. */
function pressSignIn(link: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base()}/login`, { method: 'POST', body: new URLSearchParams({ t: tokenOf(link) }), redirect: 'manual', headers });
}

async function signedIn(who: string): Promise<string> {
  const res = await pressSignIn(await askForLink(chat, who));
  expect(res.status).toBe(303);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const page = (path: string, cookie?: string) => fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

/** The CSRF token a page's forms carry. */
async function csrfOf(cookie: string, path = '/'): Promise<string> {
  const text = await (await page(path, cookie)).text();
  return /name="csrf" value="([^"]+)"/.exec(text)![1]!;
}

describe('signing in to the desk', () => {
  it('/后台 in a private chat answers with a one-time link to the desk; in a group the link goes privately', async () => {
    chat = await community();
    const [answer, ...rest] = await chat.say('secretary (private): /后台');
    expect(rest).toEqual([]);
    expect(answer!.chatId).toBe('private:secretary');
    expect(answer!.text).toMatch(/^后台登录链接\(10分钟内有效,只能用一次,请勿转发\):\nhttp:\/\/127\.0\.0\.1:\d+\/login\?t=[\w-]{43}\n登录后12小时内有效;发「\/后台 退出」可随时结束。$/);
    expect(answer!.text).toContain(chat.app.desk!.url);

    const out = await chat.say('secretary: /后台');
    expect(out.find((o) => o.chatId === '控制台群')!.text).toBe('后台登录链接已私聊发给您。');
    expect(out.filter((o) => o.chatId === '控制台群').map((o) => o.text).join('')).not.toContain('http');
    expect(out.find((o) => o.chatId === 'private:secretary')!.text).toContain('/login?t=');
    // English asks get English.
    expect(await chat.answer('secretary (private): /desk please')).toBe('Send /desk for a sign-in link; /desk signout ends every session.');
  });

  it('says the desk is off when LINLI_DESK_PORT is not set', async () => {
    chat = new TestChat();
    await chat.say('secretary: /bind 阳光二期');
    expect(await chat.answer('secretary (private): /后台')).toBe('后台网页没有开启。请管理员设置 LINLI_DESK_PORT 后重启邻里助手。');
  });

  it('the link opens a page with a button (a link preview does not use it up); pressing it gives an HttpOnly SameSite cookie; it works once', async () => {
    chat = await community();
    const link = await askForLink(chat, 'secretary');
    for (let i = 0; i < 2; i++) {
      const shown = await fetch(link);
      expect(shown.status).toBe(200);
      const text = await shown.text();
      expect(text).toContain('secretary,点下面的按钮进入阳光二期的后台。这个链接只能用一次。');
      expect(text).toContain('<button type="submit">进入后台</button>');
    }
    // Another site cannot press it for a visitor (signing them in as someone else); the link stays good.
    const forged = await pressSignIn(link, { origin: 'http://evil.example' });
    expect(forged.status).toBe(404);
    expect(forged.headers.get('set-cookie')).toBeNull();
    const res = await pressSignIn(link);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^linli_desk=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    const today = await page('/', cookie.split(';')[0]);
    expect(today.status).toBe(200);
    expect(await today.text()).toContain('今天要办的事 · 2026-04-20');

    const again = await pressSignIn(link);
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('这个登录链接已经用过了,每个链接只能用一次。请在私聊里再发一次 /后台。');
    expect(await (await fetch(link)).text()).toContain('这个登录链接已经用过了');
    // Only hashes are kept: the token itself is nowhere in the database.
    const stored = queryDb<{ token_hash: string }>(chat.config.dbPath, 'SELECT token_hash FROM desk_links');
    expect(stored.map((r) => r.token_hash)).not.toContain(tokenOf(link));
    expect(JSON.stringify(queryDb(chat.config.dbPath, 'SELECT * FROM desk_sessions'))).not.toContain(cookie.split(';')[0]!.split('=')[1]);
  });

  it('a link older than ten minutes, or one made up, is refused', async () => {
    chat = await community();
    const link = await askForLink(chat, 'secretary');
    chat.clock.advance(10 * 60_000);
    const shown = await fetch(link);
    expect(shown.status).toBe(410);
    expect(await shown.text()).toContain('这个登录链接已过期(有效期10分钟)。请在私聊里再发一次 /后台。');
    const pressed = await pressSignIn(link);
    expect(pressed.status).toBe(410);
    expect(pressed.headers.get('set-cookie')).toBeNull();
    const madeUp = await fetch(`${base()}/login?t=${'A'.repeat(43)}`);
    expect(madeUp.status).toBe(404);
    expect(await madeUp.text()).toContain('这个登录链接不对。请在私聊里发 /后台 获取新的链接。');
  });

  it('behind a TLS proxy the cookie is Secure, but X-Forwarded-Proto is believed only when LINLI_DESK_TRUST_PROXY says so', async () => {
    chat = await community();
    const untrusted = await pressSignIn(await askForLink(chat, 'secretary'), { 'x-forwarded-proto': 'https' });
    expect(untrusted.headers.get('set-cookie')).not.toContain('Secure');
    await chat.dispose();

    chat = await community({ LINLI_DESK_TRUST_PROXY: '1', LINLI_DESK_URL: 'https://desk.example.org' });
    const link = await askForLink(chat, 'secretary');
    expect(link.startsWith('https://desk.example.org/login?t=')).toBe(true);
    const res = await fetch(`${base()}/login`, { method: 'POST', body: new URLSearchParams({ t: tokenOf(link) }), redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('pages and the API ask to sign in without a session, and after twelve hours', async () => {
    chat = await community();
    const home = await page('/');
    expect(home.status).toBe(401);
    expect(await home.text()).toContain('请先登录:在和邻里助手的私聊里发 /后台,点收到的链接。');
    const api = await page('/api/medicine');
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: '请先登录:在和邻里助手的私聊里发 /后台,点收到的链接。(角色变动或退出后需要重新登录。)' });
    const cookie = await signedIn('secretary');
    chat.clock.advance(12 * 3_600_000 - 1);
    expect((await page('/', cookie)).status).toBe(200);
    chat.clock.advance(1);
    expect((await page('/', cookie)).status).toBe(401);
  });

  it('a form without the session\'s CSRF token, or posted from another site, changes nothing', async () => {
    chat = await community();
    await chat.say('r1: /我是 5-101');
    await chat.say('r1: 5号楼101 王阿姨 氨氯地平 5mg 两盒 可以替换 还剩2天');
    const cookie = await signedIn('secretary');
    const csrf = await csrfOf(cookie, '/medicine');
    const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${base()}/medicine/status`, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual', headers: { cookie, ...headers } });
    for (const [form, headers] of [
      [{ id: '1', to: 'bought' }, {}],
      [{ id: '1', to: 'bought', csrf: 'x'.repeat(43) }, {}],
      [{ id: '1', to: 'bought', csrf }, { origin: 'http://evil.example' }],
    ] as const) {
      const res = await post(form, headers);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('这个表单已失效(缺少或不符的安全码),什么都没有改。请刷新页面再试。');
    }
    expect(queryDb<{ status: string }>(chat.config.dbPath, 'SELECT status FROM medicine_requests')).toEqual([{ status: 'submitted' }]);
    await chat.app.worker.drain();
    expect(chat.sent.filter((o) => o.text.includes('已配到'))).toEqual([]);
    // With the token, from the desk itself, it goes through.
    const res = await post({ id: '1', to: 'bought', csrf }, { origin: base() });
    expect(res.status).toBe(303);
    expect(queryDb<{ status: string }>(chat.config.dbPath, 'SELECT status FROM medicine_requests')).toEqual([{ status: 'bought' }]);
  });

  it('bad input in an address or a form gets a clear answer in the person\'s language, never an error page', async () => {
    chat = await community();
    const cookie = await signedIn('secretary');
    const cases: [string, number, string][] = [
      ['/groupbuy/%E0%A4%A', 404, '没有这个页面。'],
      ['/groupbuy/abc', 400, '没有团购 #abc。'],
      ['/groupbuy/99999999999999999999', 400, '没有团购 #100000000000000000000。'],
      ['/medicine?building=<script>', 400, '筛选条件看不懂:&lt;script&gt;'],
      ['/medicine?page=-1&urgency=urgent', 200, '没有符合条件的待配登记。'],
      ['/volunteers?team=' + 'x'.repeat(100), 400, '筛选条件看不懂:' + 'x'.repeat(40)],
      ['/audit?from=2026-13-45', 400, '看不懂这个查询:2026-13-45'],
      ['/audit?who=' + '王'.repeat(50), 400, '看不懂这个查询:'],
      ['/residents?building=九十九层楼', 400, '格式:/住户 5号楼'],
      ['/api/groupbuy/0', 400, '没有团购 #0。'],
    ];
    for (const [path, status, words] of cases) {
      const res = await page(path, cookie);
      expect(res.status, path).toBe(status);
      expect(await res.text(), path).toContain(words);
    }
    const csrf = await csrfOf(cookie);
    // Over 256 KB the desk answers 413 at once (a client still sending may see the connection close first).
    let huge = 'closed';
    try {
      const r = await fetch(`${base()}/bulletin/add`, { method: 'POST', body: new URLSearchParams({ csrf, text: '通'.repeat(100_000) }), headers: { cookie }, redirect: 'manual' });
      huge = `${r.status} ${await r.text()}`;
    } catch {
      // the connection closed while the body was still being sent
    }
    expect(huge === 'closed' || huge.startsWith('413') && huge.includes('提交的内容太大了,什么都没有改。'), huge.slice(0, 80)).toBe(true);
    const long = await fetch(`${base()}/bulletin/add`, { method: 'POST', body: new URLSearchParams({ csrf, text: '通'.repeat(2000) }), headers: { cookie }, redirect: 'manual' });
    expect(long.status).toBe(303);
    expect(await (await page('/bulletin', cookie)).text()).toContain('请写通知内容(1000字以内),什么都没有改。');
    expect(queryDb(chat.config.dbPath, 'SELECT id FROM notices')).toEqual([]);
  });

  it('text people typed is shown as text, never run as markup', async () => {
    chat = await community();
    await chat.say('secretary: /通知 <script>alert(1)</script> 明天核酸');
    const [recruit] = await chat.say('secretary: /招募 紧急招募志愿者');
    await chat.say(`<b>王</b> ^${recruit!.id}: 报名 5-302 司机 晚上`);
    const cookie = await signedIn('secretary');
    const bulletin = await (await page('/bulletin', cookie)).text();
    expect(bulletin).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 明天核酸');
    expect(bulletin).not.toContain('<script>alert');
    const volunteers = await page('/volunteers', cookie);
    expect(volunteers.headers.get('content-security-policy')).toContain("script-src 'self'");
    const text = await volunteers.text();
    expect(text).toContain('&lt;b&gt;王&lt;/b&gt;');
    expect(text).not.toContain('<b>王</b>');
  });

  it('/后台 退出 ends every session of the person; the browser\'s sign-out ends its own', async () => {
    chat = await community();
    const first = await signedIn('secretary');
    const second = await signedIn('secretary');
    const logout = await fetch(`${base()}/logout`, { method: 'POST', body: new URLSearchParams({ csrf: await csrfOf(first) }), headers: { cookie: first } });
    expect(logout.status).toBe(200);
    expect(logout.headers.get('set-cookie')).toMatch(/^linli_desk=; Max-Age=0/);
    expect(await logout.text()).toContain('您已退出后台。要再进入,请在私聊里发 /后台。');
    expect((await page('/', first)).status).toBe(401);
    expect((await page('/', second)).status).toBe(200);
    const third = await signedIn('secretary');
    expect(await chat.answer('secretary (private): /后台 退出')).toBe('已结束您的 2 个后台登录。');
    expect((await page('/', second)).status).toBe(401);
    expect((await page('/', third)).status).toBe(401);
  });

  it('a role granted or revoked, or /forgetme, ends the person\'s sessions', async () => {
    chat = await community();
    await chat.say('zhang: /我是 1-101');
    await chat.say('secretary: /授权 @zhang 配药');
    const before = await signedIn('zhang');
    expect((await page('/medicine', before)).status).toBe(200);
    await chat.say('secretary: /授权 @zhang 楼组长 1号楼');
    expect((await page('/', before)).status).toBe(401);
    const cookie = await signedIn('zhang');
    await chat.say('secretary: /撤销 @zhang 配药');
    expect((await page('/', cookie)).status).toBe(401);
    const later = await signedIn('zhang');
    expect(await chat.answer('zhang (private): /我的信息')).toContain('后台登录:1 个');
    await chat.say('zhang (private): /删除我的信息');
    await chat.say('zhang (private): 确认删除');
    expect((await page('/', later)).status).toBe(401);
  });
});
