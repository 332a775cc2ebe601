package storage

import (
	"context"

	"thidua/model"
)

// CheckCriteriaImport checks, without writing anything, everything an
// import will need: the bloc is led here, the rows form a tree (and, to be
// issued, have no problem), the period exists and has no scores yet. The
// command line calls it before taking a backup, so that a mistyped period
// leaves no trace.
func (db *DB) CheckCriteriaImport(ctx context.Context, actor model.Actor, imp model.CriteriaImport) error {
	return db.read(ctx, func(tx *Tx) error {
		_, err := checkCriteriaImport(ctx, tx, actor, imp)
		return err
	})
}

func checkCriteriaImport(ctx context.Context, tx *Tx, actor model.Actor, imp model.CriteriaImport) (model.Period, error) {
	b, err := setupBloc(ctx, tx, actor)
	if err != nil {
		return model.Period{}, err
	}
	tree, err := model.NewTree(imp.Rows)
	if err != nil {
		return model.Period{}, err
	}
	if imp.Issue || imp.Period != "" {
		if probs := tree.Problems(); len(probs) > 0 {
			return model.Period{}, probs[0].Err
		}
	}
	if imp.Period == "" {
		return model.Period{}, nil
	}
	p, err := periodByCode(ctx, tx, b.ID, imp.Period)
	if err != nil {
		return p, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM score WHERE period_id = ?`, p.ID).Scan(&n); err != nil {
		return p, err
	}
	if n > 0 {
		return p, model.Errorf(EPeriodScored, p.Code, n)
	}
	return p, nil
}

// ImportCriteria writes an import in one transaction: the draft, its
// issue and the period's pin all happen, or none does.
func (db *DB) ImportCriteria(ctx context.Context, actor model.Actor, imp model.CriteriaImport) (model.CriteriaImported, error) {
	var out model.CriteriaImported
	err := db.write(ctx, func(tx *Tx) error {
		p, err := checkCriteriaImport(ctx, tx, actor, imp)
		if err != nil {
			return err
		}
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		if out.VersionID, err = createDraft(ctx, tx, actor, b.ID, imp.Label, "", imp.Rows); err != nil {
			return err
		}
		if !imp.Issue && imp.Period == "" {
			return nil
		}
		if out.Hash, err = issueVersion(ctx, tx, actor, out.VersionID); err != nil {
			return err
		}
		if imp.Period == "" {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE period SET criteria_version_id = ? WHERE period_id = ?`, out.VersionID, p.ID); err != nil {
			return err
		}
		out.Period = p
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaUse, PeriodID: p.ID,
			Old: p.CriteriaVersionID, New: out.VersionID})
		return err
	})
	return out, err
}
