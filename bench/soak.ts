/**
 * The soak, in a process of its own so its memory is the bot's:
 * `node dist/bench/soak.js <messages at which memory is read, comma-separated> [page cache KiB]`.
 * Messages in bursts of 500 from 3,500 people (homes recorded, chatter) through the dispatcher of a
 * compiled App with the dictionaries loaded as `App.start` loads them. Memory is read after a full
 * garbage collection at every checkpoint. Prints one JSON line. A third argument sets SQLite's page
 * cache (KiB) instead of linli's (PAGE_CACHE_KIB), to show what the cache does to memory and speed.
 */
import { loadChineseDictionaries } from '../src/kernel/chinese.js';
import { benchApp, burst, collectGarbage, heapMb, incoming, rssMb, workDir } from './lib.js';

export interface SoakFigures {
  total: number;
  /** messages → RSS and JS heap (MB) after a full collection. */
  checkpoints: { messages: number; rssMb: number; heapMb: number }[];
  messagesPerSecond: number;
  dbMb: number;
}

export async function soak(checkAt: number[], cacheKib?: number): Promise<SoakFigures> {
  const total = Math.max(...checkAt);
  const { dir, cleanup } = workDir();
  const app = benchApp(dir);
  if (cacheKib) app.db.pragma(`cache_size = -${cacheKib}`);
  loadChineseDictionaries();
  try {
    await app.dispatcher.submit(incoming('secretary', '/bind 阳光二期'));
    const checkpoints: SoakFigures['checkpoints'] = [];
    const batch = 500;
    let sent = 0;
    let seconds = 0;
    while (sent < total) {
      const msgs = Array.from({ length: batch }, (_, i) => {
        const k = sent + i;
        return k % 3 === 0 ? incoming(`s${k % 3500}`, '收到,谢谢') : incoming(`s${k % 3500}`, `/我是 ${1 + (k % 40)}-${101 + (k % 9) * 100}`);
      });
      const r = await burst(app, msgs);
      seconds += batch / r.perSecond;
      sent += batch;
      if (checkAt.includes(sent)) {
        collectGarbage();
        checkpoints.push({ messages: sent, rssMb: rssMb(), heapMb: heapMb() });
      }
    }
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    const pageSize = app.db.pragma('page_size', { simple: true }) as number;
    return { total, checkpoints, messagesPerSecond: total / seconds, dbMb: (pages * pageSize) / 1024 / 1024 };
  } finally {
    app.db.close();
    cleanup();
  }
}

if (process.argv[1]?.endsWith('soak.js')) {
  const [checkAt, cacheKib] = process.argv.slice(2);
  console.log(JSON.stringify(await soak(checkAt!.split(',').map(Number), cacheKib ? Number(cacheKib) : undefined)));
}
