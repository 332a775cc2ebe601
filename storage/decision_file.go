package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"thidua/model"
	"thidua/model/facts"
)

// ProvinceSlice is the unit id under which a leader keeps the province's
// decision file of a period applied: one slice per period, whatever key
// or installation of the province signed it.
const ProvinceSlice = model.ProvinceSlice

// DecisionFacts are the tables a decision file replaces for its period.
// A replacement comes after the decisions: it marks a decision row.
var DecisionFacts = []string{facts.TScore, facts.TDecision, facts.TReplacement, facts.TNomineeDecision}

// readDecisionFacts reads a period's decisions and province-stage scores
// in file form.
func readDecisionFacts(ctx context.Context, tx *Tx, p facts.Set, periodID string) error {
	if err := fill(ctx, tx, p, []string{facts.TScore}, `period_id = ? AND stage = 'province'`, periodID); err != nil {
		return err
	}
	if err := fill(ctx, tx, p, []string{facts.TNomineeDecision}, `period_id = ?`, periodID); err != nil {
		return err
	}
	return readDecisions(ctx, tx, p, `period_id = ?`, periodID)
}

// readDecisions reads decision and replacement rows of a filter into p.
func readDecisions(ctx context.Context, tx *Tx, p facts.Set, filter string, args ...any) error {
	return fill(ctx, tx, p, []string{facts.TDecision, facts.TReplacement}, filter, args...)
}

// DecisionSlice returns what a leader stores of the province's decisions
// and scores for a period, in file form, for the merge preview.
func (db *DB) DecisionSlice(ctx context.Context, periodID string) (facts.Set, error) {
	p := facts.Set{}
	err := db.read(ctx, func(tx *Tx) error { return readDecisionFacts(ctx, tx, p, periodID) })
	return p, err
}

// ApplyDecisionFile applies the province's decision file at a leader in
// one transaction: the period's award decisions and province-stage scores
// become the file's (new and changed rows written, missing ones removed),
// each change audited with the file it came from; the province's key is
// pinned if asked, and the applied state recorded.
func (db *DB) ApplyDecisionFile(ctx context.Context, a Arrival) (facts.Counts, error) {
	var n facts.Counts
	err := db.write(ctx, func(tx *Tx) error {
		period := a.File.PeriodID
		if err := beginApply(ctx, tx, a, period); err != nil {
			return err
		}
		if a.Pin != "" {
			if err := pinProvinceKey(ctx, tx, a.Actor, a.PublicKey, a.Pin, a.File.Name); err != nil {
				return err
			}
		}
		old := facts.Set{}
		if err := readDecisionFacts(ctx, tx, old, period); err != nil {
			return err
		}
		var changes []facts.Change
		changes, n = facts.DiffSet(DecisionFacts, old, a.Rows)
		if err := writeProvinceRows(ctx, tx, changes, a.File.Name); err != nil {
			return err
		}
		return endApply(ctx, tx, a, period, n)
	})
	return n, err
}

// writeProvinceRows writes changed decisions and province-stage scores,
// each audited as the province's with the file it came from.
func writeProvinceRows(ctx context.Context, tx *Tx, changes []facts.Change, source string) error {
	province := model.Actor{Role: model.RoleProvince}
	st, dt := facts.MustTable(facts.TScore), facts.MustTable(facts.TDecision)
	for _, c := range changes {
		if c.Kind == facts.Unchanged {
			continue
		}
		r := c.New
		if r == nil {
			r = c.Old
		}
		var e auditEntry
		var err error
		switch c.Table {
		case facts.TScore:
			period, unit, id := st.Str(r, "period_id"), st.Str(r, "unit_id"), st.Str(r, "criterion_id")
			var before, after *model.Score
			if c.Old != nil {
				before = provinceScore(c.Old)
			}
			if c.New != nil {
				after = provinceScore(c.New)
			}
			// Written as the file has it, based_on too, so that the next
			// file's rows compare equal.
			if _, err := tx.exec(ctx, `DELETE FROM score WHERE period_id = ? AND unit_id = ? AND criterion_id = ?
				AND stage = 'province'`, period, unit, id); err != nil {
				return err
			}
			if c.New != nil {
				if err := upsertRows(ctx, tx, facts.TScore, []facts.Row{c.New}, ""); err != nil {
					return err
				}
			}
			e = auditEntry{Action: ActScoreSet, PeriodID: period, UnitID: unit, CriterionID: id, Stage: model.StageProvince.String(),
				Old: model.EncodeScore(before), New: model.EncodeScore(after), Source: source}
			if after == nil {
				e.Action = ActScoreClear
			}
		case facts.TNomineeDecision:
			if err := writeNomineeDecision(ctx, tx, province, c, source, true); err != nil {
				return err
			}
			continue
		case facts.TDecision:
			period, unit, award := dt.Str(r, "period_id"), dt.Str(r, "unit_id"), dt.Str(r, "award_code")
			if err := writeDecisionRow(ctx, tx, c, period, unit, award); err != nil {
				return err
			}
			e = auditEntry{Action: ActResult, PeriodID: period, UnitID: unit, Old: decisionText(c.Old),
				New: decisionText(c.New), Source: source}
		case facts.TReplacement:
			rt := facts.MustTable(facts.TReplacement)
			if e, err = writeReplacement(ctx, tx, c, rt.Str(r, "period_id"), source); err != nil {
				return err
			}
		default:
			continue
		}
		if _, err := writeAudit(ctx, tx, province, e); err != nil {
			return err
		}
	}
	return nil
}

// provinceScore reads a province-stage score row of a file.
func provinceScore(r facts.Row) *model.Score {
	s := rowScore(r)
	s.Stage = model.StageProvince
	return s
}

// decisionText is a decision row as the audit shows it ("" for none).
func decisionText(r facts.Row) string {
	if r == nil {
		return ""
	}
	t := facts.MustTable(facts.TDecision)
	return fmt.Sprintf("decision %s %s %s %s %s", t.Str(r, "award_code"), t.Str(r, "outcome"), t.Str(r, "downgraded_to"),
		t.Str(r, "number"), t.Str(r, "decided_on"))
}

// pinProvinceKey pins the province's key at a leader, audited.
func pinProvinceKey(ctx context.Context, tx *Tx, actor model.Actor, pub []byte, how, source string) error {
	var old []byte
	err := tx.QueryRowContext(ctx, `SELECT public_key FROM province_key`).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO province_key (singleton, public_key, key_verified, pinned_at)
		VALUES (1, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key,
		key_verified = excluded.key_verified, pinned_at = excluded.pinned_at`, pub, how, tx.stamp()); err != nil {
		return err
	}
	if string(old) == string(pub) {
		return nil
	}
	action := ActKeyPin
	if len(old) > 0 {
		action = ActKeyReplace
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, UnitID: ProvinceSlice,
		Old: model.Fingerprint(old), New: model.Fingerprint(pub), Reason: how, Source: source})
	return err
}

// provinceKey reads the province's pinned key at a leader (nil: none).
func provinceKey(ctx context.Context, tx *Tx) ([]byte, error) {
	var key []byte
	err := tx.QueryRowContext(ctx, `SELECT public_key FROM province_key`).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return key, err
}

// applyProvinceRows brings a unit's copy of the province's decisions and
// of its own province-stage scores up to date from a setup file: for the
// file's periods, they become the file's (a setup file of a leader that
// has no decision file yet carries none, and removes none that another
// file brought). old receives what was there, for the counts.
func applyProvinceRows(ctx context.Context, tx *Tx, a Arrival, old facts.Set) error {
	pt := facts.MustTable(facts.TPeriod)
	var changes []facts.Change
	for _, r := range a.Rows[facts.TPeriod] {
		period := pt.Str(r, "period_id")
		if !carriesPeriod(a.Rows, period) {
			continue
		}
		before := facts.Set{}
		if err := fill(ctx, tx, before, []string{facts.TScore}, `period_id = ? AND unit_id = ? AND stage = 'province'`,
			period, a.Addressee); err != nil {
			return err
		}
		if err := readDecisions(ctx, tx, before, `period_id = ?`, period); err != nil {
			return err
		}
		if err := fill(ctx, tx, before, []string{facts.TNomineeDecision}, `period_id = ? AND unit_id = ?`, period, a.Addressee); err != nil {
			return err
		}
		after := facts.Set{}
		for _, name := range DecisionFacts {
			after[name] = facts.Filter(facts.MustTable(name), a.Rows[name], "period_id", period)
			old[name] = append(old[name], before[name]...)
		}
		var err error
		if after[facts.TNomineeDecision], err = sortOutDecisions(ctx, tx, a, period, after[facts.TNomineeDecision]); err != nil {
			return err
		}
		c, _ := facts.DiffSet(DecisionFacts, before, after)
		changes = append(changes, c...)
	}
	return writeProvinceRows(ctx, tx, changes, a.File.Name)
}

// carriesPeriod reports whether a setup file carries any of the
// province's rows for a period.
func carriesPeriod(p facts.Set, period string) bool {
	for _, name := range DecisionFacts {
		if len(facts.Filter(facts.MustTable(name), p[name], "period_id", period)) > 0 {
			return true
		}
	}
	return false
}

// PeriodOfBloc finds, at a province, a period of the bloc with code
// blocCode by its code ("" for the bloc's latest period).
func (db *DB) PeriodOfBloc(ctx context.Context, blocCode, periodCode string) (model.Period, error) {
	var p model.Period
	err := db.read(ctx, func(tx *Tx) error {
		var bloc string
		err := tx.QueryRowContext(ctx, `SELECT bloc_id FROM bloc WHERE code = ?`, model.NormalizeCode(blocCode)).Scan(&bloc)
		if errors.Is(err, sql.ErrNoRows) {
			return model.Errorf(EBlocUnknown, blocCode)
		}
		if err != nil {
			return err
		}
		if periodCode != "" {
			p, err = periodByCode(ctx, tx, bloc, periodCode)
			return err
		}
		p, err = scanPeriod(tx.QueryRowContext(ctx, `SELECT `+periodColumns+` FROM period p
			LEFT JOIN criteria_version v ON v.version_id = p.criteria_version_id WHERE p.bloc_id = ?
			ORDER BY p.ends DESC, p.code DESC LIMIT 1`, bloc))
		if errors.Is(err, sql.ErrNoRows) {
			return model.Errorf(model.EPeriodUnknown, "—")
		}
		return err
	})
	return p, err
}
