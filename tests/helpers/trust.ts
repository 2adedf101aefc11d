import type { Db } from '../../src/db/open.js';
import type { ConsoleSent } from '../../src/adapters/console.js';
import type { TestChat } from './chat.js';

/**
 * Says a console line as a person whose platform id differs from their display name (as on
 * Telegram and WeChat), so a test can tell what is an id and what is a name.
 */
export async function sayAs(chat: TestChat, who: { id: string; name: string }, line: string): Promise<ConsoleSent[]> {
  const msg = chat.adapter.parseLine(`${who.id}${line}`);
  if (!msg) throw new Error(`not a chat line: ${line}`);
  msg.senderName = who.name;
  return chat.deliver(msg);
}

/** Every user table and its rows, to compare a database before and after something. */
export function dumpTables(db: Db, except: string[] = []): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const t of tables.filter((t) => !except.includes(t))) out[t] = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  return out;
}

/** Every table.column whose text holds one of the needles: scans every column of every table. */
export function columnsHolding(db: Db, needles: string[]): string[] {
  const found: string[] = [];
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  for (const t of tables) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[];
    for (const c of cols) {
      for (const n of needles) {
        const hit = db.prepare(`SELECT COUNT(*) FROM "${t}" WHERE instr(CAST("${c}" AS TEXT), ?) > 0`).pluck().get(n) as number;
        if (hit > 0) found.push(`${t}.${c} holds "${n}"`);
      }
    }
  }
  return found;
}
