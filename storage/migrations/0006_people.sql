-- thidua local database, schema 6: individuals. Each unit's staff list,
-- what the unit holds about its people (yearly reviews, titles and
-- certificates already received), the titles they register for and the
-- forms proposed for them in a period, the ones the bloc proposes upward,
-- and the bloc's numbers for the rules on individuals (model/people).
-- Text is clean NFC (people.Clean), written by Go after validation; the
-- CHECKs below are the last guard, not the first.

-- A member of a unit's staff; not per period: a list lives for years.
CREATE TABLE person (
  person_id  TEXT PRIMARY KEY,
  unit_id    TEXT NOT NULL REFERENCES unit (unit_id),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  name_fold  TEXT NOT NULL, -- accent-free search and identity key
  position   TEXT NOT NULL DEFAULT '' CHECK (length(position) <= 120),
  sex        TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'male', 'female')),
  birth_year INTEGER NOT NULL DEFAULT 0 CHECK (birth_year = 0 OR birth_year BETWEEN 1900 AND 2100),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX person_unit ON person (unit_id, name_fold);

-- A person's yearly review ("xếp loại"): the rating and, for someone
-- recruited during the year, the months served by its end.
CREATE TABLE person_review (
  person_id     TEXT NOT NULL REFERENCES person (person_id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  rating        TEXT NOT NULL CHECK (rating IN ('not_done', 'done', 'good', 'excellent')),
  months_served INTEGER NOT NULL DEFAULT 0 CHECK (months_served BETWEEN 0 AND 11),
  PRIMARY KEY (person_id, year)
) STRICT, WITHOUT ROWID;

-- A title or certificate a person received, with its decision.
CREATE TABLE person_award (
  person_id TEXT NOT NULL REFERENCES person (person_id),
  year      INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  form      TEXT NOT NULL,
  decision  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (person_id, year, form)
) STRICT, WITHOUT ROWID;

-- The titles a person registers for at the start of a period.
CREATE TABLE nominee_registration (
  period_id TEXT NOT NULL REFERENCES period (period_id),
  person_id TEXT NOT NULL REFERENCES person (person_id),
  form      TEXT NOT NULL,
  PRIMARY KEY (period_id, person_id, form)
) STRICT, WITHOUT ROWID;

-- A form proposed for a person in a period, owned by the person's unit.
-- priority is the unit's order (where a ratio caps a title, the first are
-- kept); outcome is the checker's answer when it was written, 'excepted'
-- only with the reason the rule allows.
CREATE TABLE nominee_proposal (
  period_id   TEXT NOT NULL REFERENCES period (period_id),
  person_id   TEXT NOT NULL REFERENCES person (person_id),
  form        TEXT NOT NULL,
  priority    INTEGER NOT NULL,
  achievement TEXT NOT NULL CHECK (length(achievement) BETWEEN 1 AND 300),
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'excepted')),
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (period_id, person_id, form)
) STRICT, WITHOUT ROWID;

-- The initiatives and research a proposal rests on, in order.
CREATE TABLE nominee_evidence (
  period_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  form      TEXT NOT NULL,
  n         INTEGER NOT NULL CHECK (n BETWEEN 0 AND 9),
  kind      TEXT NOT NULL CHECK (kind IN ('initiative', 'research')),
  title     TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  ref       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (period_id, person_id, form, n),
  FOREIGN KEY (period_id, person_id, form) REFERENCES nominee_proposal (period_id, person_id, form) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The proposals the bloc's leader marks to send up to the province.
CREATE TABLE nominee_upward (
  period_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  form      TEXT NOT NULL,
  PRIMARY KEY (period_id, person_id, form),
  FOREIGN KEY (period_id, person_id, form) REFERENCES nominee_proposal (period_id, person_id, form) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The bloc's numbers for the rules on individuals (people.Settings as
-- JSON, validated on the way in and out); no row: the law's defaults.
CREATE TABLE people_settings (
  bloc_id  TEXT PRIMARY KEY REFERENCES bloc (bloc_id),
  settings TEXT NOT NULL CHECK (json_valid(settings))
) STRICT;
