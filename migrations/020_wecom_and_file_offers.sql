-- WeCom (企业微信) group robots: a community's group reached by its robot's webhook address, a
-- chat of platform 'wecom' (chats.is_group = 1, bound to the community) that only receives.
-- The address is a password (whoever has it posts into the group): it is stored sealed with a key
-- that is not in the database (src/kernel/secret-box.ts), bound to the chat id; url_masked (the host
-- and the last four characters of its key) is what a listing shows.
CREATE TABLE wecom_robots (
  chat_id TEXT PRIMARY KEY,        -- chats.chat_id where platform = 'wecom' ("robot-…", never the address)
  community_id INTEGER NOT NULL REFERENCES communities(id),
  name TEXT NOT NULL,              -- as the secretary named the group
  url_sealed TEXT NOT NULL,
  url_masked TEXT NOT NULL,       -- host and the last four characters of the key, for listings
  added_by INTEGER REFERENCES members(id),
  added_at INTEGER NOT NULL,
  UNIQUE (community_id, name)
);

-- A file that came with no command and no step waiting for it is remembered for a few minutes
-- (its name, size and how to fetch it; nothing is downloaded): the command that follows from the
-- same person in the same chat (a WeChat file cannot carry a command) takes it (src/runtime/files/step.ts).
CREATE TABLE file_offers (
  member_id INTEGER NOT NULL REFERENCES members(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,        -- the message that brought the file
  file_json TEXT NOT NULL,         -- name, size, type, and how the adapter fetches it
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, platform, chat_id)
);
