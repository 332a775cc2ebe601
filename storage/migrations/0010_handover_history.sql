-- thidua local database, schema 10: the audit log a leader's handover
-- brings (issue 15). The incoming leader keeps the log of every
-- installation that led the bloc before it, as those installations wrote
-- it, apart from its own log (table audit): those lines are history to
-- read, never changes of this installation to undo. install_id and seq
-- are the writing installation's and its own audit_id there.
CREATE TABLE audit_handed (
  install_id   TEXT NOT NULL,
  seq          INTEGER NOT NULL CHECK (seq > 0),
  at           TEXT NOT NULL,
  actor_role   TEXT NOT NULL,
  actor_unit   TEXT NOT NULL,
  action       TEXT NOT NULL,
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  criterion_id TEXT NOT NULL,
  stage        TEXT NOT NULL,
  old_value    TEXT NOT NULL,
  new_value    TEXT NOT NULL,
  reason       TEXT NOT NULL,
  source_file  TEXT NOT NULL,
  PRIMARY KEY (install_id, seq)
) STRICT, WITHOUT ROWID;

CREATE INDEX audit_handed_sheet ON audit_handed (period_id, unit_id, criterion_id);
