-- thidua local database, schema 1.
--
-- Ids of entities created on one machine and referenced everywhere (bloc,
-- unit, period, criterion) are UUIDv7 text; codes are separate, editable
-- columns. Facts use natural keys. Points are integers in hundredths. Times
-- are RFC 3339 text in UTC. Every table is STRICT so a value of the wrong type
-- is refused by SQLite itself.

-- This copy of thidua: one row.
CREATE TABLE installation (
  singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
  install_id TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('unit', 'leader', 'province')),
  bloc_id    TEXT,
  unit_id    TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- Local preferences (language, last period, export folder).
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE bloc (
  bloc_id        TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  leader_unit_id TEXT,
  deputy_unit_id TEXT,
  created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE unit (
  unit_id          TEXT PRIMARY KEY,
  bloc_id          TEXT NOT NULL REFERENCES bloc (bloc_id),
  code             TEXT NOT NULL,
  name             TEXT NOT NULL, -- full official name, as printed
  short_name       TEXT NOT NULL DEFAULT '', -- proper name, for sorting and narrow columns
  name_fold        TEXT NOT NULL, -- accent-free search key, written by Go
  kind             TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  public_key       BLOB,
  key_verified     TEXT,
  created_at       TEXT NOT NULL,
  UNIQUE (bloc_id, code)
) STRICT;

-- A criteria version is a draft until issued; then its hash is set and its
-- rows can never change (the triggers below refuse it).
CREATE TABLE criteria_version (
  version_id TEXT PRIMARY KEY,
  bloc_id    TEXT NOT NULL REFERENCES bloc (bloc_id),
  label      TEXT NOT NULL,
  parent_id  TEXT REFERENCES criteria_version (version_id),
  hash       TEXT UNIQUE,
  issued_at  TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE criterion (
  version_id   TEXT NOT NULL REFERENCES criteria_version (version_id),
  criterion_id TEXT NOT NULL,
  parent_id    TEXT,
  position     INTEGER NOT NULL,
  code         TEXT NOT NULL,
  title        TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('group', 'standard', 'bonus', 'deduction')),
  max_x100     INTEGER NOT NULL,
  capped       INTEGER NOT NULL DEFAULT 0 CHECK (capped IN (0, 1)),
  rule         TEXT NOT NULL DEFAULT 'direct',
  guidance     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (version_id, criterion_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER criterion_issued_insert BEFORE INSERT ON criterion
WHEN (SELECT issued_at FROM criteria_version WHERE version_id = NEW.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'criteria version is issued'); END;

CREATE TRIGGER criterion_issued_update BEFORE UPDATE ON criterion
WHEN (SELECT issued_at FROM criteria_version WHERE version_id = OLD.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'criteria version is issued'); END;

CREATE TRIGGER criterion_issued_delete BEFORE DELETE ON criterion
WHEN (SELECT issued_at FROM criteria_version WHERE version_id = OLD.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'criteria version is issued'); END;

CREATE TRIGGER criteria_version_unissue BEFORE UPDATE OF hash, issued_at ON criteria_version
WHEN OLD.issued_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'criteria version is issued'); END;

CREATE TABLE period (
  period_id           TEXT PRIMARY KEY,
  bloc_id             TEXT NOT NULL REFERENCES bloc (bloc_id),
  code                TEXT NOT NULL,
  label               TEXT NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('half_year', 'year', 'other')),
  starts              TEXT NOT NULL DEFAULT '',
  ends                TEXT NOT NULL DEFAULT '',
  criteria_version_id TEXT NOT NULL REFERENCES criteria_version (version_id),
  registration_closes TEXT NOT NULL DEFAULT '',
  self_score_closes   TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  UNIQUE (bloc_id, code)
) STRICT;

-- The bloc's rules for a period ("quy chế"): score step, caps, tie-breaks.
CREATE TABLE period_rules (
  period_id          TEXT PRIMARY KEY REFERENCES period (period_id),
  step_x100          INTEGER NOT NULL DEFAULT 0 CHECK (step_x100 >= 0),
  bonus_cap_x100     INTEGER NOT NULL DEFAULT 0 CHECK (bonus_cap_x100 >= 0),
  deduction_cap_x100 INTEGER NOT NULL DEFAULT 0 CHECK (deduction_cap_x100 >= 0),
  tie_breaks         TEXT NOT NULL DEFAULT 'standard,deduction,bonus',
  numbering          TEXT NOT NULL DEFAULT 'skip' CHECK (numbering IN ('skip', 'dense'))
) STRICT;

CREATE TABLE award_rule (
  period_id      TEXT NOT NULL REFERENCES period (period_id),
  award_code     TEXT NOT NULL,
  position       INTEGER NOT NULL,
  name           TEXT NOT NULL,
  quota          INTEGER NOT NULL CHECK (quota >= 1),
  min_total_x100 INTEGER NOT NULL DEFAULT 0,
  vote_required  INTEGER NOT NULL DEFAULT 0 CHECK (vote_required IN (0, 1)),
  threshold      TEXT NOT NULL DEFAULT '>1/2',
  vote_base      TEXT NOT NULL DEFAULT 'members' CHECK (vote_base IN ('members', 'ballots')),
  PRIMARY KEY (period_id, award_code)
) STRICT, WITHOUT ROWID;

-- One score of one unit for one criterion at one stage. A missing row means
-- "not scored"; 0 is a score.
CREATE TABLE score (
  period_id    TEXT NOT NULL REFERENCES period (period_id),
  unit_id      TEXT NOT NULL REFERENCES unit (unit_id),
  criterion_id TEXT NOT NULL,
  stage        TEXT NOT NULL CHECK (stage IN ('self', 'bloc', 'province')),
  points_x100  INTEGER NOT NULL,
  input        TEXT NOT NULL DEFAULT '', -- what was typed for a computed rule
  note         TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT '',
  set_by_role  TEXT NOT NULL,
  set_by_unit  TEXT NOT NULL DEFAULT '',
  updated_at   TEXT NOT NULL,
  based_on     TEXT, -- review stages: content hash of the submission reviewed
  flag         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, unit_id, criterion_id, stage)
) STRICT, WITHOUT ROWID;

-- A unit's emulation registration ("đăng ký thi đua").
CREATE TABLE registration (
  period_id    TEXT NOT NULL REFERENCES period (period_id),
  unit_id      TEXT NOT NULL REFERENCES unit (unit_id),
  item         TEXT NOT NULL,
  detail       TEXT NOT NULL,
  criterion_id TEXT NOT NULL DEFAULT '',
  target       TEXT NOT NULL DEFAULT '',
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id, item)
) STRICT, WITHOUT ROWID;

-- Locks with reasons; unit_id '' for period-wide locks.
CREATE TABLE lock (
  period_id TEXT NOT NULL REFERENCES period (period_id),
  unit_id   TEXT NOT NULL DEFAULT '',
  kind      TEXT NOT NULL CHECK (kind IN ('submitted', 'accepted', 'closed', 'published')),
  reason    TEXT NOT NULL,
  locked_by TEXT NOT NULL,
  locked_at TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id, kind)
) STRICT, WITHOUT ROWID;

-- Units the leader does not rank this period ("không xét"), with the reason.
CREATE TABLE exclusion (
  period_id TEXT NOT NULL REFERENCES period (period_id),
  unit_id   TEXT NOT NULL REFERENCES unit (unit_id),
  reason    TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

-- Units ineligible for an award ('' = every award), ranked all the same.
CREATE TABLE award_block (
  period_id  TEXT NOT NULL REFERENCES period (period_id),
  unit_id    TEXT NOT NULL REFERENCES unit (unit_id),
  award_code TEXT NOT NULL DEFAULT '',
  reason     TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id, award_code)
) STRICT, WITHOUT ROWID;

-- The meeting's decision among units tied on every measure.
CREATE TABLE tie_vote (
  period_id  TEXT NOT NULL REFERENCES period (period_id),
  unit_id    TEXT NOT NULL REFERENCES unit (unit_id),
  vote_order INTEGER NOT NULL CHECK (vote_order >= 1),
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

-- Secret-ballot counts: never who voted for whom.
CREATE TABLE ballot (
  period_id  TEXT NOT NULL REFERENCES period (period_id),
  award_code TEXT NOT NULL,
  issued     INTEGER NOT NULL,
  returned   INTEGER NOT NULL,
  valid      INTEGER NOT NULL,
  invalid    INTEGER NOT NULL,
  PRIMARY KEY (period_id, award_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE vote (
  period_id  TEXT NOT NULL REFERENCES period (period_id),
  award_code TEXT NOT NULL,
  unit_id    TEXT NOT NULL REFERENCES unit (unit_id),
  votes_for  INTEGER NOT NULL CHECK (votes_for >= 0),
  PRIMARY KEY (period_id, award_code, unit_id)
) STRICT, WITHOUT ROWID;

-- The province's decision on a proposal.
CREATE TABLE decision (
  period_id     TEXT NOT NULL REFERENCES period (period_id),
  unit_id       TEXT NOT NULL REFERENCES unit (unit_id),
  award_code    TEXT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('awarded', 'not_awarded', 'downgraded')),
  downgraded_to TEXT NOT NULL DEFAULT '',
  number        TEXT NOT NULL DEFAULT '',
  decided_on    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, unit_id, award_code)
) STRICT, WITHOUT ROWID;

-- Every committed change: who, when, old → new, why, and from which file.
CREATE TABLE audit (
  audit_id     INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  install_id   TEXT NOT NULL,
  actor_role   TEXT NOT NULL,
  actor_unit   TEXT NOT NULL DEFAULT '',
  action       TEXT NOT NULL,
  period_id    TEXT NOT NULL DEFAULT '',
  unit_id      TEXT NOT NULL DEFAULT '',
  criterion_id TEXT NOT NULL DEFAULT '',
  stage        TEXT NOT NULL DEFAULT '',
  old_value    TEXT NOT NULL DEFAULT '',
  new_value    TEXT NOT NULL DEFAULT '',
  reason       TEXT NOT NULL DEFAULT '',
  source_file  TEXT NOT NULL DEFAULT '',
  undo_of      INTEGER REFERENCES audit (audit_id)
) STRICT;

CREATE INDEX audit_sheet ON audit (period_id, unit_id, stage, criterion_id);
CREATE INDEX unit_bloc ON unit (bloc_id, name_fold);
