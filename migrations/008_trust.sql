-- Trust: how long each community keeps personal details, and the end of the lockdown.
CREATE TABLE retention_settings (
  community_id INTEGER PRIMARY KEY REFERENCES communities(id),
  days_after_close INTEGER,      -- personal details of a closed request expire this many days later; NULL = kept
  lockdown_ended_at INTEGER,     -- when a secretary declared the end; NULL = not ended
  grace_days INTEGER NOT NULL DEFAULT 7,
  erased_at INTEGER,             -- when everything personal was erased after the end
  updated_by INTEGER REFERENCES members(id),
  updated_at INTEGER NOT NULL
);
