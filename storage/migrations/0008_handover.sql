-- thidua local database, schema 8: the leader's handover (issue 15).

-- The endorsements of leader keys this installation knows: each signed by
-- the old key over the bloc, the new leader's unit, both keys and the time
-- (exchange format 3, table key_endorsement). A leader hands them on in
-- its setup and bloc files, so that a receiver who pinned an older leader
-- key can follow the chain to the new one.
CREATE TABLE key_endorsement (
  bloc_id     TEXT NOT NULL REFERENCES bloc (bloc_id),
  unit_id     TEXT NOT NULL REFERENCES unit (unit_id),
  old_key     BLOB NOT NULL CHECK (length(old_key) = 32),
  new_key     BLOB NOT NULL CHECK (length(new_key) = 32),
  endorsed_at TEXT NOT NULL,
  signature   BLOB NOT NULL CHECK (length(signature) = 64),
  PRIMARY KEY (bloc_id, old_key, new_key)
) STRICT, WITHOUT ROWID;
