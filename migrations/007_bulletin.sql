-- The daily bulletin: the secretary's notices (with their English translations), each
-- community's settings, and one row per community and day claimed when the bulletin goes out.
-- Times are epoch milliseconds (UTC); dates are local calendar dates ("2026-04-20").

CREATE TABLE bulletin_settings (
  community_id INTEGER PRIMARY KEY REFERENCES communities(id),
  send_time TEXT NOT NULL DEFAULT '20:00',   -- local time of day in LINLI_TIMEZONE
  enabled INTEGER NOT NULL DEFAULT 1,
  group_ids TEXT,                            -- JSON array of chats.id; NULL = every bound group
  updated_at INTEGER NOT NULL
);

-- A notice of the secretary for one day's bulletin; an urgent one was also pushed at once.
CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  urgent INTEGER NOT NULL DEFAULT 0,
  text_en TEXT,                              -- the volunteer's translation, once given
  claimed_by INTEGER REFERENCES members(id), -- the volunteer translating it
  translated_at INTEGER,
  created_by INTEGER REFERENCES members(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  removed_at INTEGER
);
CREATE INDEX notices_by_day ON notices (community_id, date) WHERE removed_at IS NULL;

-- One bulletin per community per day: the row is claimed in the same transaction as the outbox
-- rows that carry it, so two processes or a restart can never send a second one.
CREATE TABLE bulletin_sends (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  date TEXT NOT NULL,
  trigger TEXT NOT NULL,                     -- schedule | manual
  late INTEGER NOT NULL DEFAULT 0,
  empty INTEGER NOT NULL DEFAULT 0,          -- nothing to say that day: claimed, nothing sent
  sent_by INTEGER REFERENCES members(id),
  group_count INTEGER NOT NULL DEFAULT 0,
  reported_at INTEGER,
  created_at INTEGER NOT NULL,
  UNIQUE (community_id, date)
);

-- What was sent, per language, for "/bulletin 2026-04-20".
CREATE TABLE bulletin_copies (
  send_id INTEGER NOT NULL REFERENCES bulletin_sends(id),
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (send_id, lang)
);
