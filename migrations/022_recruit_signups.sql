-- Who answered which call for volunteers, and for which need. A volunteer who answers a second
-- call counts toward its progress too (volunteers.recruit_id keeps only the call they first came by).
CREATE TABLE volunteer_recruit_signups (
  recruit_id INTEGER NOT NULL REFERENCES volunteer_recruits(id),
  volunteer_id INTEGER NOT NULL REFERENCES volunteers(id),
  team TEXT,
  signed_at INTEGER NOT NULL,
  PRIMARY KEY (recruit_id, volunteer_id)
);

INSERT INTO volunteer_recruit_signups (recruit_id, volunteer_id, team, signed_at)
  SELECT recruit_id, id, team, joined_at FROM volunteers WHERE recruit_id IS NOT NULL;
