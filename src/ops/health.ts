import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../db/open.js';
import { backlog } from '../outbox/queue.js';

/**
 * `GET /healthz` for a service manager or a container's health check: 200 while the database
 * answers, 503 when it does not, with what waits in the outbox (a backlog that only grows means
 * sending is stuck). No resident's data is in it.
 */
export function answerHealth(req: IncomingMessage, res: ServerResponse, db: Db, startedAt: number): boolean {
  if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/healthz') return false;
  let status = 200;
  let body: object;
  try {
    const { pending, oldestAt } = backlog(db);
    const now = Date.now();
    body = { ok: true, uptimeS: Math.round((now - startedAt) / 1000), outboxPending: pending, oldestPendingS: oldestAt === null ? 0 : Math.round((now - oldestAt) / 1000) };
  } catch (err) {
    status = 503;
    body = { ok: false, error: (err as Error).message };
  }
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/**
 * The health answer on its own small listener (LINLI_HEALTH_PORT), on 127.0.0.1 unless
 * LINLI_HEALTH_HOST says otherwise. Another server (the desk) can answer it too with `answerHealth`.
 */
export class HealthServer {
  private readonly server: Server;
  private readonly startedAt = Date.now();

  constructor(
    private readonly db: Db,
    private readonly port: number,
    private readonly host = '127.0.0.1',
  ) {
    this.server = createServer((req, res) => {
      if (!answerHealth(req, res, this.db, this.startedAt)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found\n');
      }
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, this.host, () => resolve());
    });
  }

  stop(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}
