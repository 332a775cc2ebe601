-- thidua local database, schema 5: the province's own work (issue 14).
--
-- Every sheet's totals kept beside its scores, so that a province's
-- results over 1,000 units × 300 criteria read 1,000 rows, not 600,000.
--
-- A row is a cache: what storage would compute from the unit's scores with
-- the period's table and caps, named by key (the criteria version, the caps
-- and the leader unit it was computed with). Any change to a unit's scores
-- deletes its row (the triggers below), a changed table or caps changes the
-- key, and a missing or stale row is computed again from the scores: the
-- scores stay the only truth and the cache can never show an old total.
CREATE TABLE sheet_total (
  period_id    TEXT NOT NULL,
  unit_id      TEXT NOT NULL,
  key          TEXT NOT NULL,
  top_stage    TEXT NOT NULL CHECK (top_stage IN ('self', 'bloc', 'province')),
  scored       INTEGER NOT NULL CHECK (scored >= 0), -- rows with a score up to top_stage
  own_review   INTEGER NOT NULL CHECK (own_review IN (0, 1)),
  overridden   INTEGER NOT NULL CHECK (overridden >= 0),
  self_values  BLOB NOT NULL, -- every row's counted value, table order
  self_missing BLOB NOT NULL, -- indexes of the blank scorable rows
  top_values   BLOB NOT NULL,
  top_missing  BLOB NOT NULL,
  PRIMARY KEY (period_id, unit_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sheet_total_score_insert AFTER INSERT ON score BEGIN
  DELETE FROM sheet_total WHERE period_id = NEW.period_id AND unit_id = NEW.unit_id;
END;

CREATE TRIGGER sheet_total_score_update AFTER UPDATE ON score BEGIN
  DELETE FROM sheet_total WHERE period_id = OLD.period_id AND unit_id = OLD.unit_id;
  DELETE FROM sheet_total WHERE period_id = NEW.period_id AND unit_id = NEW.unit_id;
END;

CREATE TRIGGER sheet_total_score_delete AFTER DELETE ON score BEGIN
  DELETE FROM sheet_total WHERE period_id = OLD.period_id AND unit_id = OLD.unit_id;
END;

-- A table's rows changed in place: every period on that version again.
CREATE TRIGGER sheet_total_criterion_insert AFTER INSERT ON criterion BEGIN
  DELETE FROM sheet_total WHERE period_id IN (SELECT period_id FROM period WHERE criteria_version_id = NEW.version_id);
END;

CREATE TRIGGER sheet_total_criterion_update AFTER UPDATE ON criterion BEGIN
  DELETE FROM sheet_total WHERE period_id IN (SELECT period_id FROM period
    WHERE criteria_version_id IN (OLD.version_id, NEW.version_id));
END;

CREATE TRIGGER sheet_total_criterion_delete AFTER DELETE ON criterion BEGIN
  DELETE FROM sheet_total WHERE period_id IN (SELECT period_id FROM period WHERE criteria_version_id = OLD.version_id);
END;

-- Which units' totals are kept, read without the values' pages.
CREATE INDEX sheet_total_key ON sheet_total (period_id, key, unit_id);

-- The province's decisions: an award given in place of another unit's
-- proposal names that unit (its own row says not awarded).
ALTER TABLE decision ADD COLUMN replaces TEXT NOT NULL DEFAULT '';

-- The province's own review scores, few among a million: the board counts
-- them per period without reading the blocs' scores.
CREATE INDEX score_province ON score (period_id) WHERE stage = 'province';
