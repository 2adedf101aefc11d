import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { TestChat } from '../helpers/chat.js';

/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. A fresh profile each
 * time, and nothing that talks to the internet (the desk works on a LAN without it).
 */
export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(width = 1280, height = 900): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'linli-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sign-in link the bot sends privately for "/后台", read from the chat as a person would. */
export async function askForLink(chat: TestChat, who: string): Promise<string> {
  const out = await chat.say(`${who} (private): /后台`);
  const link = out.map((o) => /https?:\/\/\S+\/login\?t=\S+/.exec(o.text)?.[0]).find(Boolean);
  if (!link) throw new Error(`no sign-in link for ${who}: ${JSON.stringify(out.map((o) => o.text))}`);
  return link;
}

/** Signs in by the link: open it, press the button, land on the today page. */
export async function signIn(chat: TestChat, who: string, page: Page): Promise<void> {
  await page.goto(await askForLink(chat, who));
  await page.getByRole('button', { name: /进入后台|Open the desk/ }).click();
  await page.waitForURL((url) => url.pathname === '/');
}
