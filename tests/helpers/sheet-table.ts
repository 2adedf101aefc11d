import type { Cell } from '../../src/kernel/types.js';

/**
 * A sheet's table as a person reads it: the rows under the header row that holds `column` (title
 * lines above it are skipped), each keyed by its header. Rows of the table that are not data — a
 * hospital's heading, the total — are kept: callers filter by what they look for.
 */
export function tableUnder(sheet: { rows: Cell[][] }, column: string): Record<string, Cell>[] {
  const at = sheet.rows.findIndex((r) => r.includes(column));
  if (at < 0) throw new Error(`no header row with "${column}" in ${JSON.stringify(sheet.rows.slice(0, 4))}`);
  const header = sheet.rows[at]!.map((h) => String(h ?? ''));
  return sheet.rows.slice(at + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

export const isDoor = (v: Cell | undefined): v is string => typeof v === 'string' && /^(?:[A-Z东西南北中]区)?\d+-(?:\d+-)?\d+$/.test(v);
