/**
 * The desk's answer time on the street-sized database, measured through the real HTTP server as a
 * browser asks: the medicine queue (670 open requests, the first page of 100) and the totals of
 * the biggest group-buy (per item and per building, 5,000 orders). bench/run.ts adds these rows.
 */
import { join } from 'node:path';
import pino from 'pino';
import { ConsoleAdapter } from '../src/adapters/console.js';
import { App } from '../src/app.js';
import { FakeClock } from '../src/kernel/clock.js';
import { loadConfig } from '../src/kernel/config.js';
import { createDeskLink } from '../src/services/desk-sessions.js';
import { workDir, percentiles } from './lib.js';
import { buildStreet, FULL_STREET, SMALL_STREET } from './street.js';

export interface DeskRow {
  figure: string;
  value: number;
  unit: string;
  target?: string;
}

const round = (v: number) => Number(v.toFixed(1));

export async function benchDesk(quick: boolean): Promise<DeskRow[]> {
  const { dir, cleanup } = workDir();
  try {
    const dbPath = join(dir, 'street.db');
    const street = buildStreet(dbPath, quick ? SMALL_STREET : FULL_STREET);
    const config = loadConfig({ LINLI_DB_PATH: dbPath, LOG_LEVEL: 'silent', LINLI_ADMINS: 'console:secretary', LINLI_DESK_PORT: '0' });
    // The street's own noon, so "days of medicine left" count from the day it was built for.
    const app = new App({ config, log: pino({ level: 'silent' }), adapters: [new ConsoleAdapter()], clock: new FakeClock(street.now) });
    const desk = (await app.startDesk())!;
    try {
      // Member 1 is the street's secretary (and on the medicine team): signed in as a browser would be.
      const token = createDeskLink(app.db, { memberId: 1, communityId: street.communityId }, street.now);
      const login = await fetch(`${desk.listening}/login`, { method: 'POST', body: new URLSearchParams({ t: token }), redirect: 'manual' });
      const cookie = login.headers.get('set-cookie')?.split(';')[0];
      if (login.status !== 303 || !cookie) throw new Error(`desk sign-in failed: ${login.status}`);

      const runs = quick ? 5 : 30;
      const time = async (path: string): Promise<{ p50: number; max: number; bytes: number }> => {
        const once = async () => {
          const t0 = performance.now();
          const res = await fetch(`${desk.listening}${path}`, { headers: { cookie } });
          const body = await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          return { ms: performance.now() - t0, bytes: body.byteLength };
        };
        // The first asks compile the statements and warm the page cache, as a desk in use has.
        for (let i = 0; i < 3; i++) await once();
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < runs; i++) {
          const r = await once();
          times.push(r.ms);
          bytes = r.bytes;
        }
        return { p50: percentiles(times).p50Ms, max: Math.max(...times), bytes };
      };

      const rows: DeskRow[] = [];
      const measure = async (label: string, path: string) => {
        const r = await time(path);
        rows.push({ figure: `desk: ${label}, median of ${runs} (HTTP)`, value: round(r.p50), unit: 'ms', target: '< 100 ms' });
        rows.push({ figure: `desk: ${label}, slowest`, value: round(r.max), unit: 'ms' });
        rows.push({ figure: `desk: ${label}, page size`, value: round(r.bytes / 1024), unit: 'KB' });
      };
      await measure('medicine queue page (open requests, first 100 with their medicines)', '/medicine');
      await measure('medicine queue as JSON (/api/medicine)', '/api/medicine');
      await measure(`group-buy totals per item and building (#${street.biggestGroupBuy}, biggest)`, `/groupbuy/${street.biggestGroupBuy}`);
      await measure('group-buy totals as JSON', `/api/groupbuy/${street.biggestGroupBuy}`);
      return rows;
    } finally {
      await app.stop(0);
    }
  } finally {
    cleanup();
  }
}
