-- WeChat: quoted replies carry only text, and web-protocol puppets give contacts new ids after
-- every re-login. These tables let linli map a quote back to its message and keep a person's
-- member row (roles, home, requests) across re-logins.

-- Text the bot posted on WeChat, as sent, so a quote of it finds the message it quotes.
-- Pruned after a few days (private texts may be sensitive, and old quotes rarely matter).
CREATE TABLE wechat_sent (
  id INTEGER PRIMARY KEY,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  text TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX wechat_sent_by_chat ON wechat_sent (chat_id, id);

-- An id that survives re-login, when the puppet gives one (the WeChat id, or the remark the
-- committee set on a friend): a message from a new contact id with a known key is that member.
CREATE TABLE wechat_stable_keys (
  stable_key TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id)
);

-- One-time codes a known member asks for, to prove who they are from a new id after a re-login.
CREATE TABLE rebind_codes (
  code TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX rebind_codes_by_member ON rebind_codes (member_id);
