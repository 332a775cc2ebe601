package storage

import (
	"context"
	"encoding/binary"
	"fmt"

	"thidua/model"
)

// A sheet's totals are kept beside its scores (table sheet_total, schema
// 5): the results of a province's 1,000 units read 1,000 rows, not the
// 600,000 scores. The scores stay the truth: a change to a unit's scores
// deletes its row (triggers), the key names the table, caps and leader the
// row was computed with, and a missing or stale row is computed again from
// the scores. Rows are written after a merge (RefreshTotals) and by the
// first read that finds them missing (Result).

// sheetTotals is what ranking needs of one unit's scores in a period.
type sheetTotals struct {
	top        model.Stage // the highest stage with a score
	scored     int         // rows with a score up to top
	ownReview  bool        // the leader set its own unit's bloc scores
	overridden int         // self-scores the leader changed after signing
	self, at   model.Totals
}

// totalsKey names what a period's kept totals are computed with: the
// criteria version, the caps and the leader's unit.
func totalsKey(p model.Period, b model.Bloc, caps model.Caps) string {
	return fmt.Sprintf("%s|%d|%d|%s", p.CriteriaVersionID, caps.Bonus, caps.Deduction, b.LeaderUnitID)
}

// computeTotals adds up a unit's layers.
func computeTotals(tree *model.Tree, caps model.Caps, st *model.UnitState) sheetTotals {
	top := st.Layers.Top()
	sheet := st.Layers.Effective(top)
	return sheetTotals{top: top, scored: len(sheet), ownReview: st.LeaderOwnReview, overridden: st.Overridden,
		self: tree.Totals(st.Layers.Effective(model.StageSelf), caps), at: tree.Totals(sheet, caps)}
}

// totalsContext is a period's table, caps and key.
type totalsContext struct {
	periodID string
	blocID   string
	leader   string
	tree     *model.Tree
	caps     model.Caps
	key      string
}

func loadTotalsContext(ctx context.Context, tx *Tx, periodID string) (totalsContext, error) {
	tc := totalsContext{periodID: periodID}
	p, err := periodByID(ctx, tx, periodID)
	if err != nil {
		return tc, err
	}
	b, err := blocByID(ctx, tx, p.BlocID)
	if err != nil {
		return tc, err
	}
	if tc.tree, err = versionTree(ctx, tx, p.CriteriaVersionID); err != nil {
		return tc, err
	}
	r, err := rules(ctx, tx, periodID, tc.tree)
	if err != nil {
		return tc, err
	}
	tc.blocID, tc.leader, tc.caps, tc.key = b.ID, b.LeaderUnitID, r.Caps, totalsKey(p, b, r.Caps)
	return tc, nil
}

// readTotals returns the kept totals of a period's units that are still
// good; a row of another key or that does not fit the table is left out.
func readTotals(ctx context.Context, tx *Tx, tc totalsContext) (map[string]sheetTotals, error) {
	out := map[string]sheetTotals{}
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, top_stage, scored, own_review, overridden, self_values, self_missing,
		top_values, top_missing FROM sheet_total WHERE period_id = ? AND key = ?`, tc.periodID, tc.key)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var unit, top string
		var k sheetTotals
		var selfV, selfM, topV, topM []byte
		if err := rows.Scan(&unit, &top, &k.scored, &k.ownReview, &k.overridden, &selfV, &selfM, &topV, &topM); err != nil {
			return nil, err
		}
		var err error
		if k.top, err = model.ParseStage(top); err != nil {
			continue // not ours to judge: computed again
		}
		var ok1, ok2 bool
		k.self, ok1 = restoreTotals(tc, selfV, selfM, false)
		k.at, ok2 = restoreTotals(tc, topV, topM, true)
		if ok1 && ok2 {
			out[unit] = k
		}
	}
	return out, rows.Err()
}

// restoreTotals rebuilds kept totals; rows keeps every row's value (the
// stage that ranks: tie-breaks and the parts' table read them).
func restoreTotals(tc totalsContext, values, missing []byte, rows bool) (model.Totals, bool) {
	v, ok1 := unpackInts(values, true)
	m, ok2 := unpackInts(missing, false)
	if !ok1 || !ok2 {
		return model.Totals{}, false
	}
	pts := make([]model.Points, len(v))
	for i, x := range v {
		pts[i] = model.Points(x)
	}
	idx := make([]int, len(m))
	for i, x := range m {
		idx[i] = int(x)
	}
	if !rows {
		return tc.tree.RestoreSums(pts, idx, tc.caps)
	}
	return tc.tree.Restore(pts, idx, tc.caps)
}

// storeTotals keeps the units' totals, replacing what was kept.
func storeTotals(ctx context.Context, tx *Tx, tc totalsContext, totals map[string]sheetTotals) error {
	for unit, k := range totals {
		selfV, selfM := packTotals(tc.tree, k.self)
		topV, topM := packTotals(tc.tree, k.at)
		if _, err := tx.exec(ctx, `INSERT OR REPLACE INTO sheet_total (period_id, unit_id, key, top_stage, scored, own_review,
			overridden, self_values, self_missing, top_values, top_missing) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
			tc.periodID, unit, tc.key, k.top.String(), k.scored, k.ownReview, k.overridden, selfV, selfM, topV, topM); err != nil {
			return err
		}
	}
	return nil
}

func packTotals(tree *model.Tree, t model.Totals) (values, missing []byte) {
	v, m := tree.Pack(t)
	values = make([]byte, 0, 2*len(v))
	for _, p := range v {
		values = binary.AppendVarint(values, int64(p))
	}
	missing = make([]byte, 0, len(m))
	for _, i := range m {
		missing = binary.AppendUvarint(missing, uint64(i))
	}
	return values, missing
}

// unpackInts reads a blob of varints (signed) or uvarints; ok is false on
// a damaged one.
func unpackInts(b []byte, signed bool) ([]int64, bool) {
	out := make([]int64, 0, len(b))
	for len(b) > 0 {
		var v int64
		var n int
		if signed {
			v, n = binary.Varint(b)
		} else {
			var u uint64
			u, n = binary.Uvarint(b)
			v = int64(u)
			if u > 1<<31 {
				return nil, false
			}
		}
		if n <= 0 {
			return nil, false
		}
		out, b = append(out, v), b[n:]
	}
	return out, true
}

// sheetsTotals returns every listed unit's totals: kept ones as they are,
// the others computed from the scores (stale lists those).
func sheetsTotals(ctx context.Context, tx *Tx, tc totalsContext, list []model.Unit) (all, stale map[string]sheetTotals, err error) {
	all, err = readTotals(ctx, tx, tc)
	if err != nil {
		return nil, nil, err
	}
	states := map[string]*model.UnitState{}
	for _, u := range list {
		if _, ok := all[u.ID]; !ok {
			states[u.ID] = &model.UnitState{Unit: u}
		}
	}
	if len(states) == 0 {
		return all, nil, nil
	}
	if len(states)*4 < len(list) {
		for id, st := range states {
			one := map[string]*model.UnitState{id: st}
			if err := loadLayers(ctx, tx, tc.periodID, one, tc.leader, id); err != nil {
				return nil, nil, err
			}
		}
	} else if err := loadLayers(ctx, tx, tc.periodID, states, tc.leader, ""); err != nil {
		return nil, nil, err
	}
	stale = make(map[string]sheetTotals, len(states))
	for id, st := range states {
		k := computeTotals(tc.tree, tc.caps, st)
		all[id], stale[id] = k, k
	}
	return all, stale, nil
}

// staleTotals counts a period's units whose totals are not kept.
func staleTotals(ctx context.Context, tx *Tx, tc totalsContext) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit u WHERE u.bloc_id = ? AND NOT EXISTS
		(SELECT 1 FROM sheet_total t WHERE t.period_id = ? AND t.unit_id = u.unit_id AND t.key = ?)`,
		tc.blocID, tc.periodID, tc.key).Scan(&n)
	return n, err
}

// refreshTotals computes and keeps the totals of a period's units that are
// not kept yet, in the caller's transaction.
func refreshTotals(ctx context.Context, tx *Tx, periodID string) error {
	tc, err := loadTotalsContext(ctx, tx, periodID)
	if err != nil {
		return err
	}
	list, err := units(ctx, tx, tc.blocID, "")
	if err != nil {
		return err
	}
	_, stale, err := sheetsTotals(ctx, tx, tc, list)
	if err != nil || len(stale) == 0 {
		return err
	}
	return storeTotals(ctx, tx, tc, stale)
}

// RefreshTotals keeps the totals of every period's sheets that are not
// kept yet (after a merge, so that the results open at once), one
// transaction a period.
func (db *DB) RefreshTotals(ctx context.Context) error {
	var ids []string
	err := db.read(ctx, func(tx *Tx) error {
		return eachRow(ctx, tx, `SELECT period_id, '' FROM period WHERE ? = ''`, "", func(id, _ string) { ids = append(ids, id) })
	})
	if err != nil {
		return err
	}
	for _, id := range ids {
		// A period that cannot be ranked yet (no table) keeps nothing.
		if err := db.keepTotals(ctx, id); err != nil && model.ErrorCode(err) == "" {
			return err
		}
	}
	return nil
}

// keepTotals computes and keeps a period's missing totals when some are.
func (db *DB) keepTotals(ctx context.Context, periodID string) error {
	n := 0
	err := db.read(ctx, func(tx *Tx) error {
		tc, err := loadTotalsContext(ctx, tx, periodID)
		if err == nil {
			n, err = staleTotals(ctx, tx, tc)
		}
		return err
	})
	if err != nil || n == 0 {
		return err
	}
	return db.write(ctx, func(tx *Tx) error { return refreshTotals(ctx, tx, periodID) })
}

// ForgetTotals drops every kept total (they are computed again from the
// scores): for benchmarks and for a person who suspects them.
func (db *DB) ForgetTotals(ctx context.Context) error {
	return db.write(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sheet_total`)
		return err
	})
}
