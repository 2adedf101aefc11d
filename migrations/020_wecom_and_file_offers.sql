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
