-- thidua local database, schema 3: the record of the bloc's meeting that
-- reviews a period, which the minutes ("biên bản họp bình xét thi đua")
-- print beside the period's ranking, ballots and proposals. It stays in the
-- leader's database: the minutes go to the province signed, on paper.

-- When and where the meeting was held, who chaired it and who took the
-- minutes; '' is not recorded yet.
CREATE TABLE meeting (
  period_id TEXT PRIMARY KEY REFERENCES period (period_id),
  held_on   TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD
  starts_at TEXT NOT NULL DEFAULT '', -- HH:MM
  ends_at   TEXT NOT NULL DEFAULT '',
  place     TEXT NOT NULL DEFAULT '',
  chair     TEXT NOT NULL DEFAULT '',
  secretary TEXT NOT NULL DEFAULT '',
  guests    TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

-- Member units absent from the meeting; every other active member attended.
CREATE TABLE meeting_absence (
  period_id TEXT NOT NULL REFERENCES period (period_id),
  unit_id   TEXT NOT NULL REFERENCES unit (unit_id),
  reason    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

-- The offices the meeting filled for the next period. An election's ballot
-- for an office is keyed by the same (period_id, office).
CREATE TABLE meeting_office (
  period_id TEXT NOT NULL REFERENCES period (period_id),
  office    TEXT NOT NULL CHECK (office IN ('leader', 'deputy')),
  unit_id   TEXT NOT NULL REFERENCES unit (unit_id),
  PRIMARY KEY (period_id, office)
) STRICT, WITHOUT ROWID;
