package storage

import (
	"context"
	"slices"
	"strings"

	"thidua/model"
	"thidua/model/facts"
)

// importQueries write one file row into the local tables; the row's values
// come first, then the extra values of importExtras.
var importQueries = map[string]string{
	facts.TReturn: `INSERT INTO return_reason (period_id, unit_id, criterion_id, reason, returned_at) VALUES (?,?,?,?,?)`,
	facts.TRegistration: `INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
		VALUES (?,?,?,?,?,?,?)`,
	facts.TScore: `INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on,
		set_by_role, set_by_unit, updated_at) VALUES (?,?,?,?,?,?,?,?,?,
		CASE ? WHEN 'self' THEN 'unit' WHEN 'province' THEN 'province' ELSE 'leader' END, ?, ?)`,
	facts.TExplanation: `INSERT INTO explanation (period_id, unit_id, criterion_id, answer, updated_at) VALUES (?,?,?,?,?)`,
	facts.TLock:        `INSERT INTO lock (period_id, unit_id, kind, reason, locked_by, locked_at) VALUES (?,?,?,?,?,?)`,
	facts.TExclusion:   `INSERT INTO exclusion (period_id, unit_id, reason) VALUES (?,?,?)`,
	facts.TAwardBlock:  `INSERT INTO award_block (period_id, unit_id, award_code, reason) VALUES (?,?,?,?)`,
	facts.TTieVote:     `INSERT INTO tie_vote (period_id, unit_id, vote_order) VALUES (?,?,?)`,
	facts.TBallot:      `INSERT INTO ballot (period_id, award_code, issued, returned, valid, invalid) VALUES (?,?,?,?,?,?)`,
	facts.TVote:        `INSERT INTO vote (period_id, award_code, unit_id, votes_for) VALUES (?,?,?,?)`,
}

// importExtras are the local columns a file row does not carry.
func importExtras(tx *Tx, table string, r facts.Row, leaderUnit string) []any {
	switch table {
	case facts.TRegistration, facts.TExplanation:
		return []any{tx.stamp()}
	case facts.TScore:
		t := facts.MustTable(facts.TScore)
		by, stage := leaderUnit, t.Str(r, "stage")
		switch stage {
		case model.StageSelf.String():
			by = t.Str(r, "unit_id")
		case model.StageProvince.String():
			by = ""
		}
		return []any{stage, by, tx.stamp()}
	case facts.TLock:
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
func upsertRows(ctx context.Context, tx *Tx, table string, rows []facts.Row, leaderUnit string) error {
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
	t := facts.MustTable(table)
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
