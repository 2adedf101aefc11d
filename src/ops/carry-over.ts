import './messages.js';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { t, type MessageKey } from '../kernel/catalogue.js';
import type { Lang } from '../kernel/types.js';
import { tellAdmins } from '../outbox/admins.js';
import { carrySentRows } from '../outbox/carry.js';
import { JobCtx, type Deps } from '../runtime/context.js';
import type { Registry } from '../runtime/registry.js';
import { skipJobsDueBy } from '../services/jobs.js';
import { attachReplaced, detachReplaced, finishRestores, pendingRestore, REPLACED, replacedHas, type Restore } from '../services/restores.js';

/**
 * The first linli to open a restored database (src/ops/restore.ts) makes sure nothing that already
 * went out goes out again: what the replaced database records as sent after the backup was taken
 * is carried over (outbox rows, and each capability's own records such as the day's bulletin),
 * and the reminders that fell due between the backup and the restore are not replayed but told
 * once to the admins. Runs once, in one transaction, before anything is sent or scheduled.
 */
export function carryOverRestore(deps: Deps, registry: Registry): void {
  const { db, clock, log } = deps;
  const restore = pendingRestore(db);
  if (!restore) return;
  const now = clock.now();
  if (!existsSync(restore.replaced)) {
    db.transaction(() => {
      finishRestores(db, now, 'replaced database missing');
      tellAdmins(deps, 'restore.replacedMissing', { file: restore.file, path: basename(restore.replaced) });
    })();
    log.error({ replaced: restore.replaced }, 'restored database: the replaced one is missing, nothing carried over');
    return;
  }
  try {
    attachReplaced(db, restore.replaced);
  } catch (err) {
    // Not a database (damaged, or not ours): the restore stands, and the admins are told nothing could be checked.
    log.error({ err, replaced: restore.replaced }, 'restored database: the replaced one cannot be read, nothing carried over');
    db.transaction(() => {
      finishRestores(db, now, 'replaced database unreadable');
      tellAdmins(deps, 'restore.replacedMissing', { file: restore.file, path: basename(restore.replaced) });
    })();
    return;
  }
  try {
    db.transaction(() => carryOver(deps, registry, restore, now))();
  } finally {
    detachReplaced(db);
  }
}

function carryOver(deps: Deps, registry: Registry, restore: Restore, now: number): void {
  const { db, log } = deps;
  let sent = 0;
  try {
    if (replacedHas(db, 'outbox')) sent = carrySentRows(db, REPLACED);
  } catch (err) {
    // The replaced database is older than the code (a column missing): carry what can be.
    log.error({ err }, 'could not carry over the outbox after a restore');
  }
  const ctx = new JobCtx(deps, registry);
  const carried = registry.capabilities.flatMap((c) => {
    try {
      const r = c.afterRestore?.(ctx, REPLACED);
      return r && r.count > 0 ? [r] : [];
    } catch (err) {
      log.error({ err, capability: c.name }, "could not carry over a capability's records after a restore");
      return [];
    }
  });
  const jobs = skipJobsDueBy(db, restore.restored_at, registry.quietJobs, now);
  const total = [...jobs.values()].reduce((a, b) => a + b, 0);
  finishRestores(db, now, `sent=${sent} ${carried.map((c) => `${c.key}=${c.count}`).join(' ')} jobs=${total}`);
  log.info({ sent, carried: carried.length, skippedJobs: total }, 'restored database: carried over what went out after the backup');
  // Nothing carried and nothing skipped: nothing the secretaries need to check.
  if (sent === 0 && carried.length === 0 && total === 0) return;
  tellAdmins(deps, 'restore.summary', (lang) => ({
    file: restore.file,
    sent,
    carried: carried.map((c) => t(lang, 'restore.carriedPart', { what: t(lang, c.key, { count: c.count }) })).join(''),
    jobs: total,
    kinds:
      total === 0
        ? t(lang, 'restore.noJobs')
        : [...jobs].map(([kind, count]) => t(lang, 'restore.jobCount', { label: jobLabel(lang, kind), count })).join(lang === 'en' ? ', ' : '、'),
  }));
}

function jobLabel(lang: Lang, kind: string): string {
  const key = `restore.job.${kind}` as MessageKey;
  try {
    return t(lang, key);
  } catch {
    return kind;
  }
}
