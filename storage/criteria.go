package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
)

// CreateDraft stores rows as a new draft criteria version and returns its id.
// Rows without an id get one. The rows must form a tree; whether the maxima
// add up is shown by the version's problems and checked when it is issued.
func (db *DB) CreateDraft(ctx context.Context, actor model.Actor, label, parentID string, rows []model.Criterion) (string, error) {
	var id string
	err := db.write(ctx, func(tx *Tx) error {
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		id, err = createDraft(ctx, tx, actor, b.ID, label, parentID, rows)
		return err
	})
	return id, err
}

func createDraft(ctx context.Context, tx *Tx, actor model.Actor, blocID, label, parentID string, rows []model.Criterion) (string, error) {
	id := newID()
	if _, err := tx.ExecContext(ctx, `INSERT INTO criteria_version (version_id, bloc_id, label, parent_id, created_at)
		VALUES (?, ?, ?, nullif(?, ''), ?)`, id, blocID, model.NFC(label), parentID, tx.stamp()); err != nil {
		return id, err
	}
	if err := insertCriteria(ctx, tx, id, rows); err != nil {
		return id, err
	}
	_, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaAdd, New: id + " " + model.NFC(label)})
	return id, err
}

// ReplaceDraft replaces every row of a draft version.
func (db *DB) ReplaceDraft(ctx context.Context, actor model.Actor, versionID string, rows []model.Criterion) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		v, err := version(ctx, tx, versionID)
		if err != nil {
			return err
		}
		if v.Issued() {
			return model.Errorf(model.ETreeIssued)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM criterion WHERE version_id = ?`, versionID); err != nil {
			return err
		}
		if err := insertCriteria(ctx, tx, versionID, rows); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaAdd, New: versionID, Reason: "edit"})
		return err
	})
}

func insertCriteria(ctx context.Context, tx *Tx, versionID string, rows []model.Criterion) error {
	clean := make([]model.Criterion, len(rows))
	for i, c := range rows {
		if c.ID == "" {
			c.ID = newID()
		}
		c.Code, c.Title, c.Guidance = model.NFC(c.Code), model.NFC(c.Title), model.NFC(c.Guidance)
		clean[i] = c
	}
	if _, err := model.NewTree(clean); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO criterion (version_id, criterion_id, parent_id, position, code, title,
		kind, max_x100, capped, rule, guidance) VALUES (?, ?, nullif(?, ''), ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, c := range clean {
		if _, err := stmt.ExecContext(ctx, versionID, c.ID, c.ParentID, c.Position, c.Code, c.Title,
			c.Kind.String(), int64(c.Max), boolInt(c.Capped), c.Rule.String(), c.Guidance); err != nil {
			return err
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// IssueVersion checks a draft and, if it has no problems, issues it: its hash
// is computed and it can never change again. A period started with this
// draft (StartPeriodFrom) and not scored yet is scored on it from now on.
// It returns the hash.
func (db *DB) IssueVersion(ctx context.Context, actor model.Actor, versionID string) (string, error) {
	var hash string
	err := db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		var err error
		hash, err = issueVersion(ctx, tx, actor, versionID)
		return err
	})
	return hash, err
}

func issueVersion(ctx context.Context, tx *Tx, actor model.Actor, versionID string) (string, error) {
	v, err := version(ctx, tx, versionID)
	if err != nil {
		return "", err
	}
	if v.Issued() {
		return v.Hash, nil
	}
	tree, err := versionTree(ctx, tx, versionID)
	if err != nil {
		return "", err
	}
	if probs := tree.Problems(); len(probs) > 0 {
		return "", probs[0].Err
	}
	hash := model.CriteriaHash(tree.Nodes())
	var same string
	err = tx.QueryRowContext(ctx, `SELECT label FROM criteria_version WHERE hash = ? AND version_id <> ?`, hash, versionID).Scan(&same)
	if err == nil {
		return "", model.Errorf(ECriteriaSame, same)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE criteria_version SET hash = ?, issued_at = ? WHERE version_id = ?`,
		hash, tx.stamp(), versionID); err != nil {
		return "", err
	}
	if _, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaIssue, New: versionID + " " + hash}); err != nil {
		return "", err
	}
	_, err = useIssuedDraft(ctx, tx, actor, versionID)
	return hash, err
}

// Versions lists the bloc's criteria versions, oldest first.
func (db *DB) Versions(ctx context.Context) ([]model.CriteriaVersion, error) {
	return db.BlocVersions(ctx, "")
}

// BlocVersions lists a bloc's criteria versions, oldest first; blocID ""
// is the installation's bloc.
func (db *DB) BlocVersions(ctx context.Context, blocID string) ([]model.CriteriaVersion, error) {
	var out []model.CriteriaVersion
	err := db.read(ctx, func(tx *Tx) error {
		if blocID == "" {
			inst, err := installation(ctx, tx)
			if err != nil {
				return err
			}
			blocID = inst.BlocID
		}
		rows, err := tx.QueryContext(ctx, `SELECT version_id FROM criteria_version WHERE bloc_id = ? ORDER BY created_at, version_id`, blocID)
		if err != nil {
			return err
		}
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		for _, id := range ids {
			v, err := version(ctx, tx, id)
			if err != nil {
				return err
			}
			out = append(out, v)
		}
		return nil
	})
	return out, err
}

func version(ctx context.Context, tx *Tx, id string) (model.CriteriaVersion, error) {
	var v model.CriteriaVersion
	var parent, hash, issued sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT version_id, label, parent_id, hash, issued_at,
		(SELECT count(*) FROM criterion c WHERE c.version_id = v.version_id)
		FROM criteria_version v WHERE version_id = ?`, id).Scan(&v.ID, &v.Label, &parent, &hash, &issued, &v.Rows)
	if errors.Is(err, sql.ErrNoRows) {
		return v, model.Errorf(model.ECriterionUnknown, id)
	}
	if err != nil {
		return v, err
	}
	v.ParentID, v.Hash, v.IssuedAt = parent.String, hash.String, parseTime(issued.String)
	rows, err := tx.QueryContext(ctx, `SELECT code FROM period WHERE criteria_version_id = ? ORDER BY code`, id)
	if err != nil {
		return v, err
	}
	defer rows.Close()
	for rows.Next() {
		var code string
		if err := rows.Scan(&code); err != nil {
			return v, err
		}
		v.Periods = append(v.Periods, code)
	}
	return v, rows.Err()
}

// VersionTree returns the criteria table of a version.
func (db *DB) VersionTree(ctx context.Context, versionID string) (*model.Tree, error) {
	var t *model.Tree
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		t, err = versionTree(ctx, tx, versionID)
		return err
	})
	return t, err
}

func versionTree(ctx context.Context, tx *Tx, versionID string) (*model.Tree, error) {
	return tx.trees.get(ctx, tx, versionID, readTree)
}

// readTree reads and builds a criteria version's table.
func readTree(ctx context.Context, tx *Tx, versionID string) (*model.Tree, error) {
	rows, err := tx.QueryContext(ctx, `SELECT criterion_id, coalesce(parent_id, ''), position, code, title, kind,
		max_x100, capped, rule, guidance FROM criterion WHERE version_id = ?`, versionID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []model.Criterion
	for rows.Next() {
		var c model.Criterion
		var kind, rule string
		var max int64
		var capped int
		if err := rows.Scan(&c.ID, &c.ParentID, &c.Position, &c.Code, &c.Title, &kind, &max, &capped, &rule, &c.Guidance); err != nil {
			return nil, err
		}
		c.Kind, _ = model.ParseKind(kind)
		c.Max, c.Capped = model.Points(max), capped == 1
		if c.Rule, err = model.ParseRule(rule); err != nil {
			return nil, err
		}
		list = append(list, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return model.NewTree(list)
}
