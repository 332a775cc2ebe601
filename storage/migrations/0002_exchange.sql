-- thidua local database, schema 2: file exchange (package storage/exchange,
-- research/merge.md §2).

-- This installation's ed25519 key, made on first use. The private seed
-- never leaves this table: exchange files are written table by table from
-- the allowlist of package storage/exchange/wire, which has no such table.
CREATE TABLE install_key (
  singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
  seed       BLOB NOT NULL CHECK (length(seed) = 32),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  created_at TEXT NOT NULL
) STRICT;

-- The last export_seq per (author key, bloc, scope), scope being a period
-- id or 'setup'. It is committed before the file is written, so a failed
-- export leaves a harmless gap.
CREATE TABLE export_seq (
  key_id   TEXT NOT NULL,
  bloc_id  TEXT NOT NULL,
  scope    TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (key_id, bloc_id, scope)
) STRICT, WITHOUT ROWID;

-- The outbox: every file this installation wrote and checked.
CREATE TABLE sent_file (
  sent_id      INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL DEFAULT '', -- setup: the addressee
  export_seq   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  file_digest  TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  sent_at      TEXT NOT NULL
) STRICT;

-- Enrolment codes ("mã thiết lập"): at the leader, one per unit it wrote a
-- setup file for; at a unit, its own, from its setup file. A unit's first
-- submission proves its key with an HMAC under this code.
CREATE TABLE enrolment (
  unit_id    TEXT PRIMARY KEY REFERENCES unit (unit_id),
  code       BLOB NOT NULL CHECK (length(code) = 16),
  created_at TEXT NOT NULL
) STRICT;

-- What is applied per slice: a unit's submission at the leader, a bloc's
-- file at the province (unit_id: the leader's unit), the leader's setup at a
-- unit (period_id ''). The signed manifest is kept so that the bloc file
-- can carry it to the province.
CREATE TABLE submission (
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('setup', 'unit_submission', 'bloc_export')),
  key_id       TEXT NOT NULL,
  export_seq   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  manifest     TEXT NOT NULL, -- JSON of the signed manifest's columns
  file_digest  TEXT NOT NULL,
  applied_at   TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

-- Every file received and not rejected, by the SHA-256 of its bytes, with
-- the receiver's clock. A rejected file is not recorded here (it leaves the
-- database untouched); its report lies beside its archived bytes.
CREATE TABLE received_file (
  file_digest   TEXT PRIMARY KEY,
  original_name TEXT NOT NULL,
  size          INTEGER NOT NULL,
  received_at   TEXT NOT NULL,
  kind          TEXT NOT NULL,
  period_id     TEXT NOT NULL,
  unit_id       TEXT NOT NULL, -- the author
  key_id        TEXT NOT NULL,
  export_seq    INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,
  created_at    TEXT NOT NULL, -- the author's clock, shown only
  status        TEXT NOT NULL CHECK (status IN ('applied', 'unchanged', 'stale', 'held', 'rejected')),
  report        TEXT NOT NULL -- JSON: counts, warnings, reason
) STRICT;

CREATE INDEX received_unit ON received_file (period_id, unit_id, received_at);

-- Files waiting for a decision, each resolved by one logged action.
CREATE TABLE hold (
  hold_id     INTEGER PRIMARY KEY,
  file_digest TEXT NOT NULL REFERENCES received_file (file_digest),
  kind        TEXT NOT NULL CHECK (kind IN ('unverified_key', 'key_changed', 'fork', 'late', 'criteria_version', 'cross_bloc')),
  period_id   TEXT NOT NULL,
  unit_id     TEXT NOT NULL,
  held_at     TEXT NOT NULL,
  decided_at  TEXT,
  decision    TEXT CHECK (decision IN ('accepted', 'declined', 'superseded')),
  decided_by  TEXT NOT NULL DEFAULT '',
  reason      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX hold_open ON hold (decided_at, period_id, unit_id);

-- The leader's reasons for returning a submission ("trả lại"), per
-- criterion ('' for the whole sheet); they travel in the next setup file.
CREATE TABLE return_reason (
  period_id    TEXT NOT NULL REFERENCES period (period_id),
  unit_id      TEXT NOT NULL REFERENCES unit (unit_id),
  criterion_id TEXT NOT NULL,
  reason       TEXT NOT NULL,
  returned_at  TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id, criterion_id)
) STRICT, WITHOUT ROWID;

-- A unit's answers to a return ("giải trình"); they travel in its next
-- submission.
CREATE TABLE explanation (
  period_id    TEXT NOT NULL REFERENCES period (period_id),
  unit_id      TEXT NOT NULL REFERENCES unit (unit_id),
  criterion_id TEXT NOT NULL,
  answer       TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id, criterion_id)
) STRICT, WITHOUT ROWID;
