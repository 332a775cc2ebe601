-- thidua local database, schema 11: more of the province's decisions on
-- individuals.
--
-- Why the province refused (or downgraded) a person's proposal, as typed
-- at the province: kept beside the decision there, shown in its lists and
-- printed in its report. The exchange's decision row
-- (facts.TNomineeDecision) does not carry it, so files already sent and
-- their hashes are unchanged.
ALTER TABLE nominee_decision ADD COLUMN reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500);

-- At a unit, a decision a setup file brings on a person this database
-- does not hold: the unit started a new database and typed or imported
-- its staff again, so the ids its earlier files carried (and the
-- province decided on) are not here. The row is kept as the file has it,
-- shown to the unit and applied once the unit says who it is.
CREATE TABLE nominee_decision_unmatched (
  period_id     TEXT NOT NULL REFERENCES period (period_id),
  unit_id       TEXT NOT NULL REFERENCES unit (unit_id),
  person_id     TEXT NOT NULL,  -- the id the decision names, held nowhere here
  form          TEXT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('accepted', 'refused', 'downgraded')),
  downgraded_to TEXT NOT NULL DEFAULT '',
  number        TEXT NOT NULL DEFAULT '' CHECK (length(number) <= 120),
  decided_on    TEXT NOT NULL DEFAULT '',
  source_file   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, person_id, form)
) STRICT, WITHOUT ROWID;

-- Who an id of the unit's earlier files is here, as the unit matched a
-- decision to one of its people: later setup files' decisions on that id
-- are applied to the person.
CREATE TABLE person_alias (
  old_id    TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES person (person_id)
) STRICT, WITHOUT ROWID;
