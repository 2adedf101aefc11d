-- Volunteers: recruitment calls, the roster with skills and teams, tasks claimed by reply,
-- patrol shifts, emergencies with their timeline, and elderly residents paired with a volunteer.
-- Times are epoch milliseconds (UTC).

-- A call for volunteers posted in a group ("紧急招募志愿者 核酸引导10人 物资分发20人").
CREATE TABLE volunteer_recruits (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  title TEXT NOT NULL,
  needs TEXT NOT NULL DEFAULT '[]',   -- JSON [{"label":"核酸引导","count":10}]
  posted_by INTEGER REFERENCES members(id),
  created_at INTEGER NOT NULL
);

-- One volunteer of one community. A member who steps down keeps the row (status 'left') so counts stay right.
CREATE TABLE volunteers (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  building TEXT,                      -- building key ("5", "B区5"), for pairing and lists
  availability TEXT NOT NULL DEFAULT '',  -- comma list of morning, afternoon, evening, allday
  team TEXT,
  recruit_id INTEGER REFERENCES volunteer_recruits(id),
  status TEXT NOT NULL DEFAULT 'active',  -- active | left
  joined_at INTEGER NOT NULL,
  left_at INTEGER,
  UNIQUE (community_id, member_id)
);
CREATE INDEX volunteers_by_community ON volunteers (community_id, status);

CREATE TABLE volunteer_skills (
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
  skill TEXT NOT NULL,                -- stable English word: doctor, nurse, driver, translator ...
  PRIMARY KEY (volunteer_id, skill)
);
CREATE INDEX volunteer_skills_by_skill ON volunteer_skills (skill);

-- A need posted in a group, claimed by the first volunteer who replies.
CREATE TABLE volunteer_tasks (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  title TEXT NOT NULL,
  building TEXT,
  skill TEXT,                         -- the skill it needs, if the text named one
  due_at INTEGER,
  posted_by INTEGER REFERENCES members(id),
  owner_member_id INTEGER REFERENCES members(id),
  status TEXT NOT NULL DEFAULT 'open',  -- open | claimed | done | cancelled
  announcements INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  claimed_at INTEGER,
  done_at INTEGER,
  cancelled_at INTEGER
);
CREATE INDEX volunteer_tasks_open ON volunteer_tasks (community_id, status);

-- Patrol shifts (三班倒): one row per slot and day.
CREATE TABLE patrol_shifts (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  plan_id INTEGER NOT NULL,           -- the shifts defined together share the id of the first
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  label TEXT NOT NULL,                -- "4月21日 8:00-16:00"
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  owner_member_id INTEGER REFERENCES members(id),
  taken_at INTEGER,
  created_by INTEGER REFERENCES members(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX patrol_shifts_by_plan ON patrol_shifts (plan_id, starts_at);

-- An emergency call. Its detail (health information) is shown only to medics and the secretary.
CREATE TABLE emergencies (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  door TEXT,                          -- door key ("5-302"), NULL when unknown
  detail TEXT,
  reporter_member_id INTEGER REFERENCES members(id),
  responder_member_id INTEGER REFERENCES members(id),
  responded_at INTEGER,
  escalated_at INTEGER,
  status TEXT NOT NULL DEFAULT 'open',  -- open | closed
  closed_by INTEGER REFERENCES members(id),
  closed_at INTEGER,
  created_at INTEGER NOT NULL
);

-- What happened, in order: raised, notified, responded, escalated, closed.
CREATE TABLE emergency_events (
  id INTEGER PRIMARY KEY,
  emergency_id INTEGER NOT NULL REFERENCES emergencies(id),
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  member_id INTEGER REFERENCES members(id),
  count INTEGER
);
CREATE INDEX emergency_events_by_emergency ON emergency_events (emergency_id, at);

-- Elderly residents living alone (长者一对一) and the volunteer paired with each.
CREATE TABLE elderly_residents (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  name TEXT NOT NULL,
  building TEXT NOT NULL,
  door TEXT NOT NULL,                 -- door key
  phone TEXT,
  volunteer_member_id INTEGER REFERENCES members(id),
  paired_at INTEGER,
  confirmed_date TEXT,                -- local date of the last "已联系"
  registered_by INTEGER REFERENCES members(id),
  created_at INTEGER NOT NULL,
  UNIQUE (community_id, door, name)
);
CREATE INDEX elderly_by_volunteer ON elderly_residents (volunteer_member_id);
