-- The outbox never gives up a message because a platform is down (src/outbox/worker.ts).
--
-- A long text goes out as several platform messages ("parts"), each paced like a message of its
-- own; parts_sent says how many went, so a retry after a 429 or a crash goes on at the next part.
ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
-- status is now: pending | sent | failed (the chat is gone, or the platform refused the message
-- itself) | stale (a reply that waited too long; the chat got one "sorry, late" message instead).

-- A chat the bot can no longer write to (removed from the group, blocked by the person): recorded
-- once, the community's secretaries told once; a message from the chat brings it back.
ALTER TABLE chats ADD COLUMN gone_at INTEGER;
ALTER TABLE chats ADD COLUMN gone_reason TEXT;

-- A platform failing to take sends (5xx, no connection) since then: the admins hear once when it
-- has failed for minutes (told_at), and once when it works again. Gone with the first good send.
CREATE TABLE platform_outages (
  platform TEXT PRIMARY KEY,
  since INTEGER NOT NULL,
  last_error TEXT,
  told_at INTEGER
);
