-- Medicine requests (代配药): a household's list of medicines, the runs to the hospital that fill
-- them, and the journey of the insurance card and the cash. Medicine names live only here (never
-- in the audit trail or in logs). Times are epoch ms; money is integer fen.

-- A batched trip to one hospital on one day.
CREATE TABLE medicine_runs (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  hospital TEXT NOT NULL,
  run_date TEXT NOT NULL,                -- "2026-04-21" in the community's time zone
  status TEXT NOT NULL DEFAULT 'open',   -- open | done
  created_by INTEGER REFERENCES members(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX medicine_runs_by_community ON medicine_runs (community_id, status);

-- The volunteers going on a run (claimed by reply).
CREATE TABLE medicine_run_volunteers (
  run_id INTEGER NOT NULL REFERENCES medicine_runs(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, member_id)
);

-- One request: one household (door), one patient, one or more medicines.
CREATE TABLE medicine_requests (
  id INTEGER PRIMARY KEY,
  community_id INTEGER REFERENCES communities(id),
  requester_id INTEGER NOT NULL REFERENCES members(id),  -- who wrote it (a relative, a building lead)
  door TEXT NOT NULL,                    -- the household: door key "5-302"
  building TEXT NOT NULL,                -- building key "5", for filters and group acknowledgements
  patient TEXT,                          -- "王阿姨", when given
  on_behalf INTEGER NOT NULL DEFAULT 0,
  days_left INTEGER,                     -- days of medicine left, when said
  urgent INTEGER NOT NULL DEFAULT 0,     -- "急"
  hospital TEXT,                         -- preferred hospital, when said
  status TEXT NOT NULL DEFAULT 'submitted',
    -- submitted | collected | buying | bought | substituted | unavailable | delivered | cancelled
  outcome_note TEXT,                     -- what it was substituted with
  next_step TEXT,                        -- after "not available": next_run | other_hospital | internet_hospital
  run_id INTEGER REFERENCES medicine_runs(id),
  card_taken_by INTEGER REFERENCES members(id),
  card_taken_at INTEGER,
  card_at_hospital_at INTEGER,
  card_returned_at INTEGER,
  card_returned_to TEXT,
  cash_received_fen INTEGER,
  cash_spent_fen INTEGER,
  change_returned_fen INTEGER,
  change_returned_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  delivered_at INTEGER,
  closed_at INTEGER,
  forgotten_at INTEGER                   -- personal details erased (counts stay)
);
CREATE INDEX medicine_requests_open ON medicine_requests (community_id, status);
CREATE INDEX medicine_requests_by_requester ON medicine_requests (requester_id);
CREATE INDEX medicine_requests_by_run ON medicine_requests (run_id);

-- The medicines of a request.
CREATE TABLE medicine_items (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES medicine_requests(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  strength TEXT,                         -- "5mg", "0.5g", "10ml"
  quantity INTEGER NOT NULL,
  unit TEXT,                             -- 盒 瓶 支 片 袋 ...
  substitute INTEGER                     -- 1 a substitute is fine, 0 the original only, NULL not said
);
CREATE INDEX medicine_items_by_request ON medicine_items (request_id);
