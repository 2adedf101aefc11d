/**
 * The bot linli is measured against in the Telegram scenario: a naive 接龙 bot written the usual way
 * with grammY's Bot. Every order gets its own reply in the group, with the whole updated list; a 429 is
 * waited out (retry_after) and the same reply sent again. It runs in a process of its own:
 * `node dist/bench/naive-bot.js <apiRoot> <token>`; it prints "ready" once it polls.
 */
import { Bot } from 'grammy';

const [apiRoot, token] = process.argv.slice(2);
const bot = new Bot(token!, { client: { apiRoot: apiRoot! } });
const lines = new Map<string, string>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

bot.on('message:text', async (ctx) => {
  const last = ctx.message.text.trim().split('\n').pop() ?? '';
  const door = /\d+-\d+/.exec(last)?.[0];
  if (!door) return;
  lines.set(door, last.replace(/^\d+[.、]\s*/, ''));
  const list = [...lines.values()].map((l, i) => `${i + 1}. ${l}`);
  const reply = `已登记 ${door}\n【接龙】蔬菜套餐\n${list.join('\n')}`.slice(0, 4096);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await ctx.reply(reply, { reply_parameters: { message_id: ctx.message.message_id } });
      return;
    } catch (err) {
      const retryAfter = (err as { parameters?: { retry_after?: number } }).parameters?.retry_after;
      if (retryAfter === undefined) return;
      await sleep(retryAfter * 1000);
    }
  }
});

await bot.init();
// The usual way: grammY's own polling loop, one update at a time, each reply awaited.
void bot.start({ drop_pending_updates: false, onStart: () => console.log('ready') });
const stop = () => {
  void bot.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
