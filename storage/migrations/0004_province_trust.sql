-- thidua local database, schema 4: what a province keeps so that a bloc
-- leader can neither roll a unit back nor move its key unseen (issue 14).

-- The newest signed slice of every unit a province applied, per period:
-- a bloc file that carries an older one of the same key is refused as
-- stale. A key the province accepted replaces the row.
CREATE TABLE unit_seq (
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  key_id       TEXT NOT NULL,
  export_seq   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

-- The holds again, with one more kind: a unit's key in a bloc file differs
-- from the one the province holds ('unit_key_changed'). SQLite cannot
-- change a CHECK, so the table is copied; nothing refers to it.
CREATE TABLE hold_new (
  hold_id     INTEGER PRIMARY KEY,
  file_digest TEXT NOT NULL REFERENCES received_file (file_digest),
  kind        TEXT NOT NULL CHECK (kind IN ('unverified_key', 'key_changed', 'fork', 'late', 'criteria_version',
                'cross_bloc', 'unit_key_changed')),
  period_id   TEXT NOT NULL,
  unit_id     TEXT NOT NULL,
  held_at     TEXT NOT NULL,
  decided_at  TEXT,
  decision    TEXT CHECK (decision IN ('accepted', 'declined', 'superseded')),
  decided_by  TEXT NOT NULL DEFAULT '',
  reason      TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO hold_new (hold_id, file_digest, kind, period_id, unit_id, held_at, decided_at, decision, decided_by, reason)
  SELECT hold_id, file_digest, kind, period_id, unit_id, held_at, decided_at, decision, decided_by, reason FROM hold;
DROP TABLE hold;
ALTER TABLE hold_new RENAME TO hold;
CREATE INDEX hold_open ON hold (decided_at, period_id, unit_id);

-- At a leader: the province's key, pinned from its first decision file
-- once a person compared the fingerprint, as for a unit's key.
CREATE TABLE province_key (
  singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
  public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
  key_verified TEXT NOT NULL,
  pinned_at    TEXT NOT NULL
) STRICT;

-- The applied slices again, with the province's decision file (applied at
-- a leader under unit_id 'province').
CREATE TABLE submission_new (
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('setup', 'unit_submission', 'bloc_export', 'province_decision')),
  key_id       TEXT NOT NULL,
  export_seq   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  manifest     TEXT NOT NULL,
  file_digest  TEXT NOT NULL,
  applied_at   TEXT NOT NULL,
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

INSERT INTO submission_new SELECT period_id, unit_id, kind, key_id, export_seq, content_hash, manifest, file_digest,
  applied_at FROM submission;
DROP TABLE submission;
ALTER TABLE submission_new RENAME TO submission;
