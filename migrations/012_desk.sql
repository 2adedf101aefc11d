-- The desk (a web page served by linli): sign-in links asked for with /后台 in a private chat, and
-- the sessions they open. Only hashes of the secrets are kept (sha256, hex): a copy of the database
-- or a backup opens no session. Times are epoch ms.

-- A one-time sign-in link: valid for minutes, used once.
CREATE TABLE desk_links (
  token_hash TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  community_id INTEGER NOT NULL REFERENCES communities(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
) WITHOUT ROWID;
CREATE INDEX desk_links_by_member ON desk_links (member_id);

-- A signed-in browser: the cookie holds the token, the forms carry the CSRF token.
CREATE TABLE desk_sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  member_id INTEGER NOT NULL REFERENCES members(id),
  community_id INTEGER NOT NULL REFERENCES communities(id),
  csrf TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX desk_sessions_by_member ON desk_sessions (member_id);

-- The desk searches a community's audit trail, newest first.
CREATE INDEX audit_by_community ON audit_log (community_id, id);
