-- thidua local database, schema 7: from one year to the next (issue 15).

-- The vote that elected the next period's leader or deputy at the meeting
-- (meeting_office): the ballots issued, returned and valid, and the votes
-- for the unit elected. Never who voted what. No row: no vote recorded
-- (agreed by acclamation, or appointed by the province).
CREATE TABLE meeting_election (
  period_id TEXT NOT NULL,
  office    TEXT NOT NULL,
  issued    INTEGER NOT NULL CHECK (issued > 0),
  returned  INTEGER NOT NULL CHECK (returned BETWEEN 0 AND issued),
  valid     INTEGER NOT NULL CHECK (valid BETWEEN 0 AND returned),
  votes_for INTEGER NOT NULL CHECK (votes_for BETWEEN 0 AND valid),
  PRIMARY KEY (period_id, office),
  FOREIGN KEY (period_id, office) REFERENCES meeting_office (period_id, office)
) STRICT, WITHOUT ROWID;

-- A period started from another one ("năm mới từ năm trước"): the period
-- it was made from and the draft of the criteria table copied for it. When
-- the leader issues that draft, the period (not yet scored) is scored on it.
CREATE TABLE period_origin (
  period_id      TEXT PRIMARY KEY REFERENCES period (period_id),
  from_period_id TEXT NOT NULL REFERENCES period (period_id),
  draft_id       TEXT NOT NULL REFERENCES criteria_version (version_id)
) STRICT, WITHOUT ROWID;
