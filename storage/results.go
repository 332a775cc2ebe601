package storage

import (
	"context"

	"thidua/model"
)

// Result computes a period's ranking and proposals from what is stored.
func (db *DB) Result(ctx context.Context, periodID string) (model.PeriodResult, error) {
	var r model.PeriodResult
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		r, err = result(ctx, tx, periodID)
		return err
	})
	return r, err
}

func result(ctx context.Context, tx *Tx, periodID string) (model.PeriodResult, error) {
	r := model.PeriodResult{Units: map[string]model.Unit{}, Self: map[string]model.Totals{}}
	var err error
	if r.Period, err = periodByID(ctx, tx, periodID); err != nil {
		return r, err
	}
	if r.Bloc, err = blocByID(ctx, tx, r.Period.BlocID); err != nil {
		return r, err
	}
	if r.Tree, err = versionTree(ctx, tx, r.Period.CriteriaVersionID); err != nil {
		return r, err
	}
	if r.Rules, err = rules(ctx, tx, periodID, r.Tree); err != nil {
		return r, err
	}
	units, err := units(ctx, tx, r.Bloc.ID, "")
	if err != nil {
		return r, err
	}
	states := make(map[string]*model.UnitState, len(units))
	members := 0
	for _, u := range units {
		r.Units[u.ID] = u
		states[u.ID] = &model.UnitState{Unit: u}
		if u.Status == model.Active {
			members++
		}
	}
	if err := loadLayers(ctx, tx, periodID, states, r.Bloc.LeaderUnitID); err != nil {
		return r, err
	}
	locks, err := periodLocks(ctx, tx, periodID)
	if err != nil {
		return r, err
	}
	for _, l := range locks {
		if st, ok := states[l.UnitID]; ok && l.Kind == model.LockAccepted {
			st.Accepted = true
		}
	}
	if err := eachRow(ctx, tx, `SELECT DISTINCT unit_id, '' FROM return_reason WHERE period_id = ?`, periodID, func(unit, _ string) {
		if st, ok := states[unit]; ok {
			st.Returned = true
		}
	}); err != nil {
		return r, err
	}
	if err := eachRow(ctx, tx, `SELECT unit_id, reason FROM exclusion WHERE period_id = ?`, periodID, func(unit, reason string) {
		if st, ok := states[unit]; ok {
			st.Excluded = reason
		}
	}); err != nil {
		return r, err
	}
	votes, err := tieVotes(ctx, tx, periodID)
	if err != nil {
		return r, err
	}
	var cands []model.Candidate
	for _, u := range units {
		st := states[u.ID]
		st.VoteOrder = votes[u.ID]
		r.Self[u.ID] = r.Tree.Totals(st.Layers.Effective(model.StageSelf), r.Rules.Caps)
		cands = append(cands, r.Tree.Candidate(*st, r.Rules.Caps))
	}
	r.Ranking = model.Rank(cands, r.Rules.TieBreaks, r.Rules.Numbering)
	if r.Blocks, err = awardBlocks(ctx, tx, periodID); err != nil {
		return r, err
	}
	if r.Ballots, r.Votes, err = ballots(ctx, tx, periodID); err != nil {
		return r, err
	}
	r.Proposals = model.Propose(r.Ranking, r.Rules.Awards, r.Blocks, model.VoteInput{Members: members, Ballots: r.Ballots, Votes: r.Votes})
	r.Decisions, err = decisions(ctx, tx, periodID)
	return r, err
}

// loadLayers reads every score of the period into the units' layers and
// notes where the leader reviewed its own unit.
func loadLayers(ctx context.Context, tx *Tx, periodID string, states map[string]*model.UnitState, leaderUnit string) error {
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, criterion_id, stage, points_x100, set_by_role, flag FROM score
		WHERE period_id = ?`, periodID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var unit, criterion, stage, role, flag string
		var points int64
		if err := rows.Scan(&unit, &criterion, &stage, &points, &role, &flag); err != nil {
			return err
		}
		st, ok := states[unit]
		if !ok {
			continue
		}
		s, err := model.ParseStage(stage)
		if err != nil {
			return err
		}
		st.Layers.Set(s, criterion, model.Points(points))
		if unit == leaderUnit && s == model.StageBloc && role == model.RoleLeader.String() {
			st.LeaderOwnReview = true
		}
		if flag == model.FlagOverridden {
			st.Overridden++
		}
	}
	return rows.Err()
}

// eachRow runs a two-column query for a period.
func eachRow(ctx context.Context, tx *Tx, query, periodID string, fn func(a, b string)) error {
	rows, err := tx.QueryContext(ctx, query, periodID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		fn(a, b)
	}
	return rows.Err()
}
