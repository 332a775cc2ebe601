package storage

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"thidua/model"
	"thidua/storage/exchange/wire"
)

// ApplySetup applies the leader's setup file at a unit, in one
// transaction: on the first join it creates the bloc, its roster, criteria,
// periods and rules and makes this installation the addressed unit; later it
// updates them. The leader's key is pinned, the unit's enrolment code kept,
// and the reasons of a returned submission replace the old ones.
func (db *DB) ApplySetup(ctx context.Context, a Arrival) (wire.Counts, error) {
	var n wire.Counts
	err := db.write(ctx, func(tx *Tx) error {
		if err := beginApply(ctx, tx, a, ""); err != nil {
			return err
		}
		_, joined, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		old := wire.Payload{}
		if joined {
			if err := fill(ctx, tx, old, []string{model.TUnit}, `bloc_id = ?`, blocOf(a.Rows)); err != nil {
				return err
			}
			if err := fill(ctx, tx, old, []string{model.TReturn}, `unit_id = ?`, a.Addressee); err != nil {
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
		if err := upsertRows(ctx, tx, model.TReturn, a.Rows[model.TReturn], ""); err != nil {
			return err
		}
		_, n = wire.DiffPayload([]string{model.TUnit, model.TReturn}, old, a.Rows)
		return endApply(ctx, tx, a, "", n)
	})
	return n, err
}

// ApplyBlocFile applies a bloc file at the province in one transaction:
// the bloc's setup is brought up to date and the period's facts (every
// unit's data, the bloc's review and results) are made the file's: new
// and changed rows written, missing ones removed, the same ones left as
// they are. Province-stage scores and the province's own locks are never
// touched.
func (db *DB) ApplyBlocFile(ctx context.Context, a Arrival) (wire.Counts, error) {
	var n wire.Counts
	err := db.write(ctx, func(tx *Tx) error {
		period := a.File.PeriodID
		if err := beginApply(ctx, tx, a, period); err != nil {
			return err
		}
		changes := a.Changes
		if changes == nil {
			old := wire.Payload{}
			if err := readBlocFacts(ctx, tx, old, period); err != nil {
				return err
			}
			changes, _ = wire.DiffPayload(BlocFacts, old, a.Rows)
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
		return endApply(ctx, tx, a, period, n)
	})
	return n, err
}

// writeFacts writes a bloc file's changes to the facts of its period and
// counts them.
func writeFacts(ctx context.Context, tx *Tx, changes []wire.Change, leaderUnit string) (wire.Counts, error) {
	var n wire.Counts
	put := map[string][]wire.Row{}
	for _, c := range changes {
		n.Add(c.Kind)
		switch c.Kind {
		case wire.New, wire.Changed:
			put[c.Table] = append(put[c.Table], c.New)
		case wire.Removed:
			t := wire.MustTable(c.Table)
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
func blocOf(p wire.Payload) string {
	if len(p[model.TBloc]) == 0 {
		return ""
	}
	s, _ := p[model.TBloc][0][0].(string)
	return s
}

// importQueries write one file row into the local tables; the row's values
// come first, then the extra values of importExtras.
var importQueries = map[string]string{
	model.TReturn: `INSERT INTO return_reason (period_id, unit_id, criterion_id, reason, returned_at) VALUES (?,?,?,?,?)`,
	model.TRegistration: `INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
		VALUES (?,?,?,?,?,?,?)`,
	model.TScore: `INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on,
		set_by_role, set_by_unit, updated_at) VALUES (?,?,?,?,?,?,?,?,?,
		CASE WHEN ? = 'self' THEN 'unit' ELSE 'leader' END, ?, ?)`,
	model.TExplanation: `INSERT INTO explanation (period_id, unit_id, criterion_id, answer, updated_at) VALUES (?,?,?,?,?)`,
	model.TLock:        `INSERT INTO lock (period_id, unit_id, kind, reason, locked_by, locked_at) VALUES (?,?,?,?,?,?)`,
	model.TExclusion:   `INSERT INTO exclusion (period_id, unit_id, reason) VALUES (?,?,?)`,
	model.TAwardBlock:  `INSERT INTO award_block (period_id, unit_id, award_code, reason) VALUES (?,?,?,?)`,
	model.TTieVote:     `INSERT INTO tie_vote (period_id, unit_id, vote_order) VALUES (?,?,?)`,
	model.TBallot:      `INSERT INTO ballot (period_id, award_code, issued, returned, valid, invalid) VALUES (?,?,?,?,?,?)`,
	model.TVote:        `INSERT INTO vote (period_id, award_code, unit_id, votes_for) VALUES (?,?,?,?)`,
}

// importExtras are the local columns a file row does not carry.
func importExtras(tx *Tx, table string, r wire.Row, leaderUnit string) []any {
	switch table {
	case model.TRegistration, model.TExplanation:
		return []any{tx.stamp()}
	case model.TScore:
		by := leaderUnit
		if r[3] == "self" {
			by = r[1].(string)
		}
		return []any{r[3], by, tx.stamp()}
	case model.TLock:
		return []any{"leader:" + leaderUnit, tx.stamp()}
	}
	return nil
}

// insertBatch is how many rows one INSERT statement writes: a statement
// per row spends more in the driver than in SQLite.
const insertBatch = 500

// upsertRows writes file rows into their local table, many rows per
// statement: a new row is inserted, a row whose key is there replaces its
// values.
func upsertRows(ctx context.Context, tx *Tx, table string, rows []wire.Row, leaderUnit string) error {
	if len(rows) == 0 {
		return nil
	}
	head, values, _ := strings.Cut(importQueries[table], "VALUES")
	values = strings.TrimSpace(values)
	upsert := onConflict(table, head)
	for len(rows) > 0 {
		n := min(insertBatch, len(rows))
		var args []any
		for _, r := range rows[:n] {
			args = append(append(args, r...), importExtras(tx, table, r, leaderUnit)...)
		}
		q := head + "VALUES " + strings.TrimSuffix(strings.Repeat(values+", ", n), ", ") + upsert
		if _, err := tx.exec(ctx, q, args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// onConflict is the upsert clause of an import query whose head is
// "INSERT INTO t (columns)": on the table's key, every other column takes
// the new value.
func onConflict(table, head string) string {
	t := wire.MustTable(table)
	_, list, _ := strings.Cut(head, "(")
	list, _, _ = strings.Cut(list, ")")
	var set []string
	for _, col := range strings.Split(list, ",") {
		if col = strings.TrimSpace(col); !slices.Contains(t.PK, col) {
			set = append(set, col+" = excluded."+col)
		}
	}
	return " ON CONFLICT (" + strings.Join(t.PK, ", ") + ") DO UPDATE SET " + strings.Join(set, ", ")
}

// applySetupTables brings the bloc, its roster, criteria versions, periods
// and rules up to date from a setup or bloc file. The author's own row
// says its key is "self"; where that key is already pinned here, the way
// it was verified here is kept. Issued criteria versions
// are immutable: one already here must have the same hash. A period moved
// to another version loses the scores of criteria that version lacks.
func applySetupTables(ctx context.Context, tx *Tx, actor model.Actor, p wire.Payload) error {
	for _, r := range p[model.TBloc] {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT bloc_id FROM bloc WHERE code = ? AND bloc_id <> ?`, r[1], r[0]).Scan(&other)
		if err == nil {
			return model.Errorf(EBlocCodeUsed, r[1])
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO bloc (bloc_id, code, name, leader_unit_id, deputy_unit_id, created_at)
			VALUES (?, ?, ?, nullif(?, ''), ?, ?) ON CONFLICT (bloc_id) DO UPDATE SET code = excluded.code, name = excluded.name,
			leader_unit_id = excluded.leader_unit_id, deputy_unit_id = excluded.deputy_unit_id`,
			r[0], r[1], r[2], r[3], r[4], tx.stamp()); err != nil {
			return err
		}
	}
	for _, r := range p[model.TUnit] {
		name, _ := r[3].(string)
		short, _ := r[4].(string)
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit (unit_id, bloc_id, code, name, short_name, name_fold, kind, status,
			withdrawn_reason, public_key, key_verified, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (unit_id) DO UPDATE SET code = excluded.code, name = excluded.name, short_name = excluded.short_name,
			name_fold = excluded.name_fold, kind = excluded.kind, status = excluded.status,
			withdrawn_reason = excluded.withdrawn_reason, public_key = excluded.public_key,
			key_verified = CASE WHEN excluded.key_verified = 'self' AND excluded.public_key = unit.public_key
				THEN unit.key_verified ELSE excluded.key_verified END`,
			r[0], r[1], r[2], r[3], r[4], unitFold(model.Unit{Name: name, ShortName: short}), r[5], r[6], r[7], r[8], r[9],
			tx.stamp()); err != nil {
			return err
		}
	}
	if err := applyVersions(ctx, tx, p); err != nil {
		return err
	}
	for _, r := range p[model.TPeriod] {
		var oldVersion string
		err := tx.QueryRowContext(ctx, `SELECT criteria_version_id FROM period WHERE period_id = ?`, r[0]).Scan(&oldVersion)
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
		if oldVersion != "" && oldVersion != r[7] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM score WHERE period_id = ? AND criterion_id NOT IN
				(SELECT criterion_id FROM criterion WHERE version_id = ?)`, r[0], r[7]); err != nil {
				return err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaUse, PeriodID: r[0].(string),
				Old: oldVersion, New: r[7].(string)}); err != nil {
				return err
			}
		}
	}
	for _, r := range p[model.TRules] {
		if _, err := tx.ExecContext(ctx, `INSERT INTO period_rules (period_id, step_x100, bonus_cap_x100, deduction_cap_x100,
			tie_breaks, numbering) VALUES (?,?,?,?,?,?) ON CONFLICT (period_id) DO UPDATE SET step_x100 = excluded.step_x100,
			bonus_cap_x100 = excluded.bonus_cap_x100, deduction_cap_x100 = excluded.deduction_cap_x100,
			tie_breaks = excluded.tie_breaks, numbering = excluded.numbering`, r...); err != nil {
			return err
		}
	}
	for _, r := range p[model.TPeriod] {
		if _, err := tx.ExecContext(ctx, `DELETE FROM award_rule WHERE period_id = ?`, r[0]); err != nil {
			return err
		}
	}
	for _, r := range p[model.TAwardRule] {
		if _, err := tx.ExecContext(ctx, `INSERT INTO award_rule (period_id, award_code, position, name, quota, min_total_x100,
			vote_required, threshold, vote_base) VALUES (?,?,?,?,?,?,?,?,?)`, r...); err != nil {
			return err
		}
	}
	return nil
}

// applyVersions adds the criteria versions not here yet, issued, with the
// leader's ids and hashes.
func applyVersions(ctx context.Context, tx *Tx, p wire.Payload) error {
	for _, v := range p[model.TVersion] {
		var hash sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT hash FROM criteria_version WHERE version_id = ?`, v[0]).Scan(&hash)
		if err == nil {
			if hash.String != v[2] {
				return model.Errorf(EVersionClash, v[3])
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
			v[0], v[1], v[3], v[4], tx.stamp()); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO criterion (version_id, criterion_id, parent_id, position, code, title,
			kind, max_x100, capped, rule, guidance) VALUES (?,?,?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		for _, c := range p[model.TCriterion] {
			if c[0] != v[0] {
				continue
			}
			if _, err := stmt.ExecContext(ctx, c...); err != nil {
				stmt.Close()
				return err
			}
		}
		stmt.Close()
		if _, err := tx.ExecContext(ctx, `UPDATE criteria_version SET hash = ?, issued_at = ? WHERE version_id = ?`,
			v[2], v[5], v[0]); err != nil {
			return err
		}
	}
	return nil
}
