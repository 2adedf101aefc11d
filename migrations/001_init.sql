-- linli's foundation: communities, chats, members and roles, incoming-message ledger,
-- outbox, bot messages, conversations, durable jobs, audit trail.
-- Times are epoch milliseconds (UTC).

CREATE TABLE communities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);

-- A chat the bot is in: a group (WeChat room, Telegram group) or a private chat with one member.
CREATE TABLE chats (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  title TEXT,
  is_group INTEGER NOT NULL,
  community_id INTEGER REFERENCES communities(id),
  purpose TEXT,            -- 'volunteers' for the volunteers' group, NULL for residents' groups
  buildings TEXT,          -- JSON array of buildings this group serves; NULL = the whole community
  lang TEXT,               -- language the group's broadcasts use; NULL = zh-CN
  created_at INTEGER NOT NULL,
  UNIQUE (platform, chat_id)
);

-- A person on one platform. Identity is (platform, user_id), never the display name.
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  community_id INTEGER REFERENCES communities(id),
  home_area TEXT,
  home_building TEXT,
  home_room TEXT,
  phone TEXT,
  lang TEXT,
  private_chat_id TEXT,    -- where a private message reaches them, once known
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (platform, user_id)
);

-- Roles beyond 'resident' (which everyone has). scope: a building for building_lead, else ''.
CREATE TABLE member_roles (
  member_id INTEGER NOT NULL REFERENCES members(id),
  community_id INTEGER NOT NULL REFERENCES communities(id),
  role TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  granted_by INTEGER REFERENCES members(id),
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, community_id, role, scope)
);
CREATE INDEX member_roles_by_community ON member_roles (community_id, role);

-- Every incoming message the bot handled, once. Its text is not kept (it may hold medicine).
CREATE TABLE incoming_messages (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  member_id INTEGER REFERENCES members(id),
  received_at INTEGER NOT NULL,
  handled_as TEXT,
  UNIQUE (platform, chat_id, message_id)
);

-- Every outgoing message, written in the same transaction as the change that caused it.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  text TEXT NOT NULL,
  file_json TEXT,          -- a spreadsheet to render and attach: {"name":..,"sheets":[..]}
  reply_to TEXT,           -- platform message id this answers
  mentions TEXT,           -- JSON array of platform user ids to @-mention
  priority INTEGER NOT NULL DEFAULT 0,   -- higher goes first; 10 = urgent
  coalesce INTEGER NOT NULL DEFAULT 0,   -- a short group acknowledgement that may be merged
  ref_kind TEXT,           -- what this message is about ('task', 'chain', ...), so replies route
  ref_id INTEGER,
  source_message_id INTEGER REFERENCES incoming_messages(id),
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  error TEXT
);
CREATE INDEX outbox_pending ON outbox (priority DESC, id) WHERE status = 'pending';

-- Messages the bot posted, by platform message id, so a reply to one can be routed.
CREATE TABLE bot_messages (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  outbox_id INTEGER REFERENCES outbox(id),
  ref_kind TEXT,
  ref_id INTEGER,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (platform, chat_id, message_id)
);

-- A half-finished exchange (the bot asked a question and waits for this member's answer here).
CREATE TABLE conversations (
  member_id INTEGER NOT NULL REFERENCES members(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, platform, chat_id)
);

-- Durable timers: reminders, re-announcements, deadlines. Survive restarts.
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT UNIQUE,         -- a job with a key is scheduled at most once while pending
  payload TEXT NOT NULL DEFAULT '{}',
  due_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | done | cancelled | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  done_at INTEGER
);
CREATE INDEX jobs_due ON jobs (due_at) WHERE status = 'pending';

-- Who changed or read what. Append-only: the triggers refuse updates and deletes.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_member_id INTEGER,
  community_id INTEGER,
  action TEXT NOT NULL,
  record_kind TEXT,
  record_id TEXT,
  platform TEXT,
  chat_id TEXT,
  detail TEXT              -- never personal data: counts, statuses, role names
);
CREATE INDEX audit_by_record ON audit_log (record_kind, record_id);
CREATE INDEX audit_by_actor ON audit_log (actor_member_id);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
