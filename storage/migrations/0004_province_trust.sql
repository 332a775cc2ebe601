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
