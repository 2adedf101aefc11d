-- A restore from a backup, recorded in the restored database by `npm run restore`: where the
-- database it replaced is kept. The next linli to open the restored database carries over from
-- the replaced one what already went out after the backup was taken (sent messages, the day's
-- bulletin), so nothing is sent twice, and summarises the reminders that fell due meanwhile
-- instead of replaying them (src/ops/carry-over.ts). carried_at is set once that is done.
CREATE TABLE restores (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,           -- the backup's file name
  replaced TEXT NOT NULL,       -- path of the replaced database (<db>.before-restore-<time>)
  restored_at INTEGER NOT NULL,
  carried_at INTEGER,
  outcome TEXT                  -- what was carried over, counts only
);
