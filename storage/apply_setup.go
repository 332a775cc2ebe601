package storage

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"thidua/model"
	"thidua/model/facts"
)

// ApplySetup applies the leader's setup file at a unit, in one
// transaction: on the first join it creates the bloc, its roster, criteria,
// periods and rules and makes this installation the addressed unit; later it
// updates them. The leader's key is pinned, the unit's enrolment code kept,
// and the reasons of a returned submission replace the old ones.
func (db *DB) ApplySetup(ctx context.Context, a Arrival) (facts.Counts, []*model.Error, error) {
	var n facts.Counts
	var dropped []*model.Error
	err := db.write(ctx, func(tx *Tx) error {
		defer func() { dropped = tx.dropped }()
		if err := beginApply(ctx, tx, a, ""); err != nil {
			return err
		}
		_, joined, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		if a.StepDown {
			if err := stepDown(ctx, tx, a); err != nil {
				return err
			}
		}
		old := facts.Set{}
		if joined {
			if err := fill(ctx, tx, old, []string{facts.TUnit}, `bloc_id = ?`, blocOf(a.Rows)); err != nil {
				return err
			}
			if err := fill(ctx, tx, old, []string{facts.TReturn}, `unit_id = ?`, a.Addressee); err != nil {
				return err
			}
		}
		if err := applySetupTables(ctx, tx, a.Actor, a.Rows); err != nil {
			return err
		}
		if !joined {
			if err := setInstallation(ctx, tx, model.RoleUnit, blocOf(a.Rows), a.Addressee); err != nil {
				return err
			}
		}
		if err := setEnrolmentCode(ctx, tx, a.Addressee, a.Enrolment); err != nil {
			return err
		}
		if err := pinKey(ctx, tx, a.Actor, a.File.UnitID, a.PublicKey, a.Pin, a.File.Name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM return_reason WHERE unit_id = ?`, a.Addressee); err != nil {
			return err
		}
		if err := upsertRows(ctx, tx, facts.TReturn, a.Rows[facts.TReturn], ""); err != nil {
			return err
		}
		if err := applyProvinceRows(ctx, tx, a, old); err != nil {
			return err
		}
		if err := keepEndorsements(ctx, tx, a.Rows); err != nil {
			return err
		}
		if err := keepProvinceKey(ctx, tx, a); err != nil {
			return err
		}
		_, n = facts.DiffSet([]string{facts.TUnit, facts.TReturn, facts.TScore, facts.TDecision, facts.TNomineeDecision}, old, a.Rows)
		return endApply(ctx, tx, a, "", n)
	})
	if err != nil {
		dropped = nil
	}
	return n, dropped, err
}

// ApplyBlocFile applies a bloc file at the province in one transaction:
// the bloc's setup is brought up to date and the period's facts (every
// unit's data, the bloc's review and results) are made the file's: new
// and changed rows written, missing ones removed, the same ones left as
// they are. Province-stage scores and the province's own locks are never
// touched.
func (db *DB) ApplyBlocFile(ctx context.Context, a Arrival) (facts.Counts, error) {
	var n facts.Counts
	err := db.write(ctx, func(tx *Tx) error {
		period := a.File.PeriodID
		if err := beginApply(ctx, tx, a, period); err != nil {
			return err
		}
		changes := a.Changes
		if changes == nil {
			old := facts.Set{}
			if err := readBlocFacts(ctx, tx, old, period); err != nil {
				return err
			}
			changes, _ = facts.DiffSet(BlocFacts, old, a.Rows) // the changes, not their counts
		}
		if err := applySetupTables(ctx, tx, a.Actor, a.Rows); err != nil {
			return err
		}
		if a.Pin != "" {
			if err := pinKey(ctx, tx, a.Actor, a.File.UnitID, a.PublicKey, a.Pin, a.File.Name); err != nil {
				return err
			}
		}
		var err error
		if n, err = writeFacts(ctx, tx, changes, a.File.UnitID); err != nil {
			return err
		}
		if a.Changes != nil {
			n.Unchanged += a.Unchanged
		}
		if a.People {
			ut := facts.MustTable(facts.TUnit)
			var roster []string
			for _, r := range a.Rows[facts.TUnit] {
				roster = append(roster, ut.Str(r, "unit_id"))
			}
			if err := applyPeopleFacts(ctx, tx, a.Actor, period, peopleRows(a.Rows, model.KindBlocFile), a.File.Name, roster); err != nil {
				return err
			}
		}
		if err := noteUnitSeqs(ctx, tx, period, a.Signed); err != nil {
			return err
		}
		if err := keepEndorsements(ctx, tx, a.Rows); err != nil {
			return err
		}
		return endApply(ctx, tx, a, period, n)
	})
	return n, err
}

// writeFacts writes a bloc file's changes to the facts of its period and
// counts them.
func writeFacts(ctx context.Context, tx *Tx, changes []facts.Change, leaderUnit string) (facts.Counts, error) {
	var n facts.Counts
	put := map[string][]facts.Row{}
	for _, c := range changes {
		n.Add(c.Kind)
		if !slices.Contains(BlocFacts, c.Table) {
			continue // the individuals: applyPeopleFacts
		}
		switch c.Kind {
		case facts.New, facts.Changed:
			put[c.Table] = append(put[c.Table], c.New)
		case facts.Removed:
			t := facts.MustTable(c.Table)
			where := make([]string, len(t.PK))
			args := make([]any, len(t.PK))
			for i, col := range t.PK {
				where[i], args[i] = col+" = ?", c.Old[t.Col(col)]
			}
			if _, err := tx.exec(ctx, `DELETE FROM `+c.Table+` WHERE `+strings.Join(where, " AND "), args...); err != nil {
				return n, err
			}
		}
	}
	for _, t := range BlocFacts {
		if err := upsertRows(ctx, tx, t, put[t], leaderUnit); err != nil {
			return n, err
		}
	}
	return n, nil
}

// blocOf returns the bloc id of a setup payload.
func blocOf(p facts.Set) string {
	if len(p[facts.TBloc]) == 0 {
		return ""
	}
	return facts.MustTable(facts.TBloc).Str(p[facts.TBloc][0], "bloc_id")
}

// applySetupTables brings the bloc, its roster, criteria versions, periods
// and rules up to date from a setup or bloc file. The author's own row
// says its key is "self"; where that key is already pinned here, the way
// it was verified here is kept. Issued criteria versions
// are immutable: one already here must have the same hash. A period moved
// to another version loses the scores of criteria that version lacks.
func applySetupTables(ctx context.Context, tx *Tx, actor model.Actor, p facts.Set) error {
	if err := applyBlocs(ctx, tx, p); err != nil {
		return err
	}
	if err := applyUnits(ctx, tx, p); err != nil {
		return err
	}
	if err := applyVersions(ctx, tx, p); err != nil {
		return err
	}
	if err := applyPeriods(ctx, tx, actor, p); err != nil {
		return err
	}
	return applyRules(ctx, tx, p)
}

// applyBlocs adds or updates the file's bloc; a code another bloc has here
// is refused.
func applyBlocs(ctx context.Context, tx *Tx, p facts.Set) error {
	bt := facts.MustTable(facts.TBloc)
	for _, r := range p[facts.TBloc] {
		var other string
		code := bt.Str(r, "code")
		err := tx.QueryRowContext(ctx, `SELECT bloc_id FROM bloc WHERE code = ? AND bloc_id <> ?`, code, bt.Str(r, "bloc_id")).Scan(&other)
		if err == nil {
			return model.Errorf(EBlocCodeUsed, code)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO bloc (bloc_id, code, name, leader_unit_id, deputy_unit_id, created_at)
			VALUES (?, ?, ?, nullif(?, ''), ?, ?) ON CONFLICT (bloc_id) DO UPDATE SET code = excluded.code, name = excluded.name,
			leader_unit_id = excluded.leader_unit_id, deputy_unit_id = excluded.deputy_unit_id`,
			append(append([]any{}, r...), tx.stamp())...); err != nil {
			return err
		}
	}
	return nil
}

// applyUnits adds or updates the bloc's roster, keeping how a key already
// pinned here was verified.
func applyUnits(ctx context.Context, tx *Tx, p facts.Set) error {
	ut := facts.MustTable(facts.TUnit)
	for _, r := range p[facts.TUnit] {
		fold := unitFold(model.Unit{Name: ut.Str(r, "name"), ShortName: ut.Str(r, "short_name")})
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit (unit_id, bloc_id, code, name, short_name, name_fold, kind, status,
			withdrawn_reason, public_key, key_verified, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (unit_id) DO UPDATE SET code = excluded.code, name = excluded.name, short_name = excluded.short_name,
			name_fold = excluded.name_fold, kind = excluded.kind, status = excluded.status,
			withdrawn_reason = excluded.withdrawn_reason, public_key = excluded.public_key,
			key_verified = CASE WHEN excluded.key_verified = 'self' AND excluded.public_key = unit.public_key
				THEN unit.key_verified ELSE excluded.key_verified END`,
			ut.Value(r, "unit_id"), ut.Value(r, "bloc_id"), ut.Value(r, "code"), ut.Value(r, "name"), ut.Value(r, "short_name"),
			fold, ut.Value(r, "kind"), ut.Value(r, "status"), ut.Value(r, "withdrawn_reason"), ut.Value(r, "public_key"),
			ut.Value(r, "key_verified"), tx.stamp()); err != nil {
			return err
		}
	}
	return nil
}

// applyPeriods adds or updates the periods; a period moved to another
// criteria version loses the scores of criteria that version lacks.
func applyPeriods(ctx context.Context, tx *Tx, actor model.Actor, p facts.Set) error {
	pt := facts.MustTable(facts.TPeriod)
	for _, r := range p[facts.TPeriod] {
		var oldVersion string
		period, version := pt.Str(r, "period_id"), pt.Str(r, "version_id")
		err := tx.QueryRowContext(ctx, `SELECT criteria_version_id FROM period WHERE period_id = ?`, period).Scan(&oldVersion)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO period (period_id, bloc_id, code, label, kind, starts, ends,
			criteria_version_id, registration_closes, self_score_closes, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (period_id) DO UPDATE SET code = excluded.code, label = excluded.label, kind = excluded.kind,
			starts = excluded.starts, ends = excluded.ends, criteria_version_id = excluded.criteria_version_id,
			registration_closes = excluded.registration_closes, self_score_closes = excluded.self_score_closes`,
			append(append([]any{}, r...), tx.stamp())...); err != nil {
			return err
		}
		if oldVersion != "" && oldVersion != version {
			if err := rescore(ctx, tx, period, oldVersion, version); err != nil {
				return err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaUse, PeriodID: period,
				Old: oldVersion, New: version}); err != nil {
				return err
			}
		}
	}
	return nil
}

// applyRules replaces the periods' rules and awards.
func applyRules(ctx context.Context, tx *Tx, p facts.Set) error {
	pt := facts.MustTable(facts.TPeriod)
	for _, r := range p[facts.TRules] {
		if _, err := tx.ExecContext(ctx, `INSERT INTO period_rules (period_id, step_x100, bonus_cap_x100, deduction_cap_x100,
			tie_breaks, numbering) VALUES (?,?,?,?,?,?) ON CONFLICT (period_id) DO UPDATE SET step_x100 = excluded.step_x100,
			bonus_cap_x100 = excluded.bonus_cap_x100, deduction_cap_x100 = excluded.deduction_cap_x100,
			tie_breaks = excluded.tie_breaks, numbering = excluded.numbering`, r...); err != nil {
			return err
		}
	}
	for _, r := range p[facts.TPeriod] {
		if _, err := tx.ExecContext(ctx, `DELETE FROM award_rule WHERE period_id = ?`, pt.Str(r, "period_id")); err != nil {
			return err
		}
	}
	for _, r := range p[facts.TAwardRule] {
		if _, err := tx.ExecContext(ctx, `INSERT INTO award_rule (period_id, award_code, position, name, quota, min_total_x100,
			vote_required, threshold, vote_base) VALUES (?,?,?,?,?,?,?,?,?)`, r...); err != nil {
			return err
		}
	}
	return nil
}

// applyVersions adds the criteria versions not here yet, issued, with the
// leader's ids and hashes.
func applyVersions(ctx context.Context, tx *Tx, p facts.Set) error {
	vt, ct := facts.MustTable(facts.TVersion), facts.MustTable(facts.TCriterion)
	for _, v := range p[facts.TVersion] {
		var hash sql.NullString
		id := vt.Str(v, "version_id")
		err := tx.QueryRowContext(ctx, `SELECT hash FROM criteria_version WHERE version_id = ?`, id).Scan(&hash)
		if err == nil {
			if hash.String != vt.Str(v, "version_hash") {
				return model.Errorf(EVersionClash, vt.Str(v, "label"))
			}
			continue
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		// The parent is kept only when it is here: a file carries the
		// versions its periods use, not their whole lineage.
		if _, err := tx.ExecContext(ctx, `INSERT INTO criteria_version (version_id, bloc_id, label, parent_id, created_at)
			VALUES (?, ?, ?, (SELECT version_id FROM criteria_version WHERE version_id = ?), ?)`,
			id, vt.Value(v, "bloc_id"), vt.Value(v, "label"), vt.Value(v, "parent_id"), tx.stamp()); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO criterion (version_id, criterion_id, parent_id, position, code, title,
			kind, max_x100, capped, rule, guidance) VALUES (?,?,?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		for _, c := range p[facts.TCriterion] {
			if ct.Str(c, "version_id") != id {
				continue
			}
			if _, err := stmt.ExecContext(ctx, c...); err != nil {
				stmt.Close()
				return err
			}
		}
		stmt.Close()
		if _, err := tx.ExecContext(ctx, `UPDATE criteria_version SET hash = ?, issued_at = ? WHERE version_id = ?`,
			vt.Value(v, "version_hash"), vt.Value(v, "issued_at"), id); err != nil {
			return err
		}
	}
	return nil
}
