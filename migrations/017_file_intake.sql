-- Files are decided before they are read (src/runtime/files/). A command that needs a file and came
-- without one waits a few minutes for that person's file in that chat (file_waits). A file some step
-- waits for is queued in file_reads in the same transaction as the message that brought it, then
-- fetched and read off the message path and handed on as a second message ("<id>#file"), once.
-- A read a crash interrupted is never tried again: the file is refused as unreadable instead, so a
-- file that takes the process down cannot do it twice.
CREATE TABLE file_waits (
  member_id INTEGER NOT NULL REFERENCES members(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  kind TEXT NOT NULL,              -- spreadsheet | document
  command TEXT NOT NULL,           -- the text the file is handed on with ("/导入团购 四月团")
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, platform, chat_id)
);

CREATE TABLE file_reads (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,        -- the message that brought the file
  kind TEXT NOT NULL,
  command TEXT NOT NULL,
  message_json TEXT NOT NULL,      -- who sent it, where, when (no text, no file contents)
  file_json TEXT NOT NULL,         -- name, size, type, and how the adapter fetches it
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | reading
  claimed_by TEXT,                 -- the process reading it (host:pid:random)
  created_at INTEGER NOT NULL,
  UNIQUE (platform, chat_id, message_id)
);
