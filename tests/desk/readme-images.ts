/**
 * Makes README's two pictures of the desk (docs/images/desk-*.png) from the same community the
 * browser tests set up: the today page on a phone and the medicine queue on a desktop, with a batch
 * about to be sent. `npx tsx tests/desk/readme-images.ts`
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, signIn } from './browser.js';
import { deskCommunity } from './community.js';

const out = join(process.cwd(), 'docs', 'images');
mkdirSync(out, { recursive: true });
const chat = await deskCommunity();
await chat.say('r24: /sos 6-124 老人摔倒了');
try {
  const phone = await openBrowser(390, 760);
  await signIn(chat, 'secretary', phone.page);
  await phone.page.screenshot({ path: join(out, 'desk-today-phone.png') });
  await phone.close();

  const desktop = await openBrowser(1100, 700);
  await signIn(chat, 'zhang', desktop.page);
  await desktop.page.goto(`${chat.app.desk!.listening}/medicine?building=5`);
  const boxes = desktop.page.locator('#batch input[name="id"]');
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  await desktop.page.selectOption('#batch select[name="to"]', 'bought');
  await desktop.page.screenshot({ path: join(out, 'desk-medicine.png') });
  await desktop.close();
} finally {
  await chat.dispose();
}
