-- thidua local database, schema 9: the province's decisions on
-- individuals. A proposal the bloc sent up comes back decided: accepted,
-- refused, or downgraded to a lower form, with the decision's number and
-- date ("Quyết định số 512/QĐ-UBND", "2026-12-20"). Kept at the province
-- (typed), at the leader (from the decision file) and at the unit (from
-- its setup file: its own people only). unit_id is the person's unit,
-- kept beside person_id as the exchange carries it; Go checks they agree.
CREATE TABLE nominee_decision (
  period_id     TEXT NOT NULL REFERENCES period (period_id),
  unit_id       TEXT NOT NULL REFERENCES unit (unit_id),
  person_id     TEXT NOT NULL REFERENCES person (person_id),
  form          TEXT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('accepted', 'refused', 'downgraded')),
  downgraded_to TEXT NOT NULL DEFAULT '' CHECK ((outcome = 'downgraded') = (downgraded_to <> '')),
  number        TEXT NOT NULL DEFAULT '' CHECK (length(number) <= 120),
  decided_on    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, person_id, form)
) STRICT, WITHOUT ROWID;
