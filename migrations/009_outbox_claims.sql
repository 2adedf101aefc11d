-- Two bot processes on one database (a second one started by mistake) must not send a row twice:
-- a worker claims a row before sending it. The claim is a lease, renewed while the send runs, so
-- the rows of a process that died are sent by the next one (at once when it can tell the claimer
-- is dead, otherwise when the lease runs out).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;        -- the worker that sends or last tried it: host:pid:random
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;  -- others leave the row alone until then; NULL: free

-- A platform that asked the bot to rest (WeChat's 操作过于频繁, a logout): every process honours it,
-- also after a restart. The row stays until a send on the platform succeeds again, so a long
-- outage is one outage (one notice to the admins), however often the pause is renewed.
CREATE TABLE platform_pauses (
  platform TEXT PRIMARY KEY,
  since INTEGER NOT NULL,     -- when the platform first asked to rest in this outage
  until INTEGER NOT NULL,     -- nothing goes out on it before this
  reason TEXT
);
