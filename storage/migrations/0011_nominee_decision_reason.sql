-- thidua local database, schema 11: why the province refused (or
-- downgraded) a person's proposal, as typed at the province. Kept beside
-- the decision at the province, shown in its lists and printed in its
-- report; the exchange's decision row (facts.TNomineeDecision) does not
-- carry it, so files already sent and their hashes are unchanged.
ALTER TABLE nominee_decision ADD COLUMN reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500);
