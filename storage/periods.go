package storage

import (
	"context"
	"database/sql"
	"errors"
	"sort"

	"thidua/model"
)

const periodColumns = `p.period_id, p.bloc_id, p.code, p.label, p.kind, p.starts, p.ends, p.criteria_version_id,
	coalesce(v.hash, ''), p.registration_closes, p.self_score_closes`

func scanPeriod(s interface{ Scan(...any) error }) (model.Period, error) {
	var p model.Period
	var kind, starts, ends, regCloses, selfCloses string
	err := s.Scan(&p.ID, &p.BlocID, &p.Code, &p.Label, &kind, &starts, &ends, &p.CriteriaVersionID,
		&p.CriteriaHash, &regCloses, &selfCloses)
	p.Kind = model.ParsePeriodKind(kind)
	p.Starts, p.Ends = parseTime(starts), parseTime(ends)
	p.RegistrationCloses, p.SelfScoreCloses = parseTime(regCloses), parseTime(selfCloses)
	return p, err
}

// CreatePeriod adds a period pinned to an issued criteria version, with its
// rules.
func (db *DB) CreatePeriod(ctx context.Context, actor model.Actor, p model.Period, rules model.Rules) (model.Period, error) {
	err := db.write(ctx, func(tx *Tx) error {
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		p, err = createPeriod(ctx, tx, actor, b.ID, p, rules)
		return err
	})
	return p, err
}

func createPeriod(ctx context.Context, tx *Tx, actor model.Actor, blocID string, p model.Period, rules model.Rules) (model.Period, error) {
	p.ID, p.BlocID = newID(), blocID
	p.Code, p.Label = model.NormalizeCode(p.Code), model.NFC(p.Label)
	if err := p.Validate(); err != nil {
		return p, err
	}
	if _, err := periodByCode(ctx, tx, blocID, p.Code); err == nil {
		return p, model.Errorf(model.EPeriodDuplicate, p.Code)
	}
	v, err := version(ctx, tx, p.CriteriaVersionID)
	if err != nil {
		return p, err
	}
	if !v.Issued() {
		return p, model.Errorf(model.ETreeNotIssued, v.Label)
	}
	p.CriteriaHash = v.Hash
	if _, err := tx.ExecContext(ctx, `INSERT INTO period (period_id, bloc_id, code, label, kind, starts, ends,
		criteria_version_id, registration_closes, self_score_closes, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
		p.ID, p.BlocID, p.Code, p.Label, p.Kind.String(), formatDate(p.Starts), formatDate(p.Ends),
		p.CriteriaVersionID, formatTime(p.RegistrationCloses), formatTime(p.SelfScoreCloses), tx.stamp()); err != nil {
		return p, err
	}
	if err := setRules(ctx, tx, p.ID, rules); err != nil {
		return p, err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPeriodAdd, PeriodID: p.ID, New: p.Code + " " + p.Label})
	return p, err
}

// Periods lists the bloc's periods, earliest first.
func (db *DB) Periods(ctx context.Context) ([]model.Period, error) {
	var out []model.Period
	err := db.read(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+periodColumns+` FROM period p
			LEFT JOIN criteria_version v ON v.version_id = p.criteria_version_id WHERE p.bloc_id = ?`, inst.BlocID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPeriod(rows)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	// Earliest end first; a half-year comes before the year that contains it.
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Ends.Equal(out[j].Ends) {
			return out[i].Ends.Before(out[j].Ends)
		}
		return out[i].Code < out[j].Code
	})
	return out, err
}

// PeriodByCode finds a period of the installation's bloc by its code.
func (db *DB) PeriodByCode(ctx context.Context, code string) (model.Period, error) {
	var p model.Period
	err := db.read(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		p, err = periodByCode(ctx, tx, inst.BlocID, code)
		return err
	})
	return p, err
}

func periodByCode(ctx context.Context, tx *Tx, blocID, code string) (model.Period, error) {
	p, err := scanPeriod(tx.QueryRowContext(ctx, `SELECT `+periodColumns+` FROM period p
		LEFT JOIN criteria_version v ON v.version_id = p.criteria_version_id
		WHERE p.bloc_id = ? AND p.code = ?`, blocID, model.NormalizeCode(code)))
	if errors.Is(err, sql.ErrNoRows) {
		return p, model.Errorf(model.EPeriodUnknown, code)
	}
	return p, err
}

func periodByID(ctx context.Context, tx *Tx, id string) (model.Period, error) {
	p, err := scanPeriod(tx.QueryRowContext(ctx, `SELECT `+periodColumns+` FROM period p
		LEFT JOIN criteria_version v ON v.version_id = p.criteria_version_id WHERE p.period_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, model.Errorf(model.EPeriodUnknown, id)
	}
	return p, err
}

// UsePeriodCriteria pins a period to another issued criteria version. It is
// refused once the period has scores: they were given against the old table.
func (db *DB) UsePeriodCriteria(ctx context.Context, actor model.Actor, periodID, versionID string) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		v, err := version(ctx, tx, versionID)
		if err != nil {
			return err
		}
		if !v.Issued() {
			return model.Errorf(model.ETreeNotIssued, v.Label)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM score WHERE period_id = ?`, periodID).Scan(&n); err != nil {
			return err
		}
		if n > 0 && p.CriteriaVersionID != versionID {
			return model.Errorf(EPeriodScored, p.Code, n)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE period SET criteria_version_id = ? WHERE period_id = ?`, versionID, periodID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaUse, PeriodID: periodID,
			Old: p.CriteriaVersionID, New: versionID})
		return err
	})
}

// Rules returns a period's rules, award rules included; tie-breaks on a
// part of the table carry the part's code.
func (db *DB) Rules(ctx context.Context, periodID string) (model.Rules, error) {
	var r model.Rules
	err := db.read(ctx, func(tx *Tx) error {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		tree, err := versionTree(ctx, tx, p.CriteriaVersionID)
		if err != nil {
			return err
		}
		r, err = rules(ctx, tx, periodID, tree)
		return err
	})
	return r, err
}

func rules(ctx context.Context, tx *Tx, periodID string, tree *model.Tree) (model.Rules, error) {
	r := model.DefaultRules()
	var step, bonus, deduction int64
	var ties, numbering string
	err := tx.QueryRowContext(ctx, `SELECT step_x100, bonus_cap_x100, deduction_cap_x100, tie_breaks, numbering
		FROM period_rules WHERE period_id = ?`, periodID).Scan(&step, &bonus, &deduction, &ties, &numbering)
	if errors.Is(err, sql.ErrNoRows) {
		return r, nil
	}
	if err != nil {
		return r, err
	}
	r.Step, r.Caps.Bonus, r.Caps.Deduction = model.Points(step), model.Points(bonus), model.Points(deduction)
	if r.TieBreaks, err = model.ParseTieBreaks(ties, tree); err != nil {
		return r, err
	}
	if r.Numbering, err = model.ParseNumbering(numbering); err != nil {
		return r, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT award_code, name, quota, min_total_x100, vote_required, threshold, vote_base
		FROM award_rule WHERE period_id = ? ORDER BY position`, periodID)
	if err != nil {
		return r, err
	}
	defer rows.Close()
	for rows.Next() {
		var a model.AwardRule
		var min int64
		var voteRequired int
		var threshold, base string
		if err := rows.Scan(&a.Code, &a.Name, &a.Quota, &min, &voteRequired, &threshold, &base); err != nil {
			return r, err
		}
		a.MinTotal, a.VoteRequired = model.Points(min), voteRequired == 1
		if threshold != "" {
			if a.Threshold, err = model.ParseThreshold(threshold); err != nil {
				return r, err
			}
		}
		if a.Base, err = model.ParseVoteBase(base); err != nil {
			return r, err
		}
		r.Awards = append(r.Awards, a)
	}
	return r, rows.Err()
}

// SetRules replaces a period's rules.
func (db *DB) SetRules(ctx context.Context, actor model.Actor, periodID string, r model.Rules) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		if _, err := periodByID(ctx, tx, periodID); err != nil {
			return err
		}
		if err := setRules(ctx, tx, periodID, r); err != nil {
			return err
		}
		_, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActRulesSet, PeriodID: periodID,
			New: model.FormatTieBreaks(r.TieBreaks) + " " + r.Numbering.String()})
		return err
	})
}

func setRules(ctx context.Context, tx *Tx, periodID string, r model.Rules) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if len(r.TieBreaks) == 0 {
		r.TieBreaks = model.DefaultTieBreaks()
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO period_rules (period_id, step_x100, bonus_cap_x100, deduction_cap_x100, tie_breaks, numbering)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period_id) DO UPDATE SET step_x100 = excluded.step_x100,
		bonus_cap_x100 = excluded.bonus_cap_x100, deduction_cap_x100 = excluded.deduction_cap_x100,
		tie_breaks = excluded.tie_breaks, numbering = excluded.numbering`,
		periodID, int64(r.Step), int64(r.Caps.Bonus), int64(r.Caps.Deduction), model.FormatTieBreaks(r.TieBreaks), r.Numbering.String()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM award_rule WHERE period_id = ?`, periodID); err != nil {
		return err
	}
	for i, a := range r.Awards {
		if _, err := tx.ExecContext(ctx, `INSERT INTO award_rule (period_id, award_code, position, name, quota, min_total_x100,
			vote_required, threshold, vote_base) VALUES (?,?,?,?,?,?,?,?,?)`,
			periodID, model.NormalizeCode(a.Code), i+1, model.NFC(a.Name), a.Quota, int64(a.MinTotal), boolInt(a.VoteRequired),
			thresholdText(a.Threshold), a.Base.String()); err != nil {
			return err
		}
	}
	return nil
}

// thresholdText stores a vote threshold; "" when none is set.
func thresholdText(t model.Threshold) string {
	if t.Den == 0 {
		return ""
	}
	return t.String()
}

// UpdatePeriod changes a period's label, dates and deadlines (its code,
// kind and criteria table stay).
func (db *DB) UpdatePeriod(ctx context.Context, actor model.Actor, p model.Period) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		old, err := periodByID(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		p.Code, p.Label = old.Code, model.NFC(p.Label)
		if p.Label == "" {
			p.Label = old.Label
		}
		if err := p.Validate(); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE period SET label = ?, starts = ?, ends = ?, registration_closes = ?,
			self_score_closes = ? WHERE period_id = ?`, p.Label, formatDate(p.Starts), formatDate(p.Ends),
			formatTime(p.RegistrationCloses), formatTime(p.SelfScoreCloses), p.ID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPeriodEdit, PeriodID: p.ID,
			Old: periodSummary(old), New: periodSummary(p)})
		return err
	})
}

func periodSummary(p model.Period) string {
	return p.Label + " " + formatDate(p.Starts) + ".." + formatDate(p.Ends) + " reg<" + formatTime(p.RegistrationCloses) +
		" self<" + formatTime(p.SelfScoreCloses)
}
