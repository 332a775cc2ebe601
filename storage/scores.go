package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// ScoreEntry, ScoreBatch and SaveResult are the model's save request types,
// named here too for callers of this package.
type (
	ScoreEntry = model.ScoreEntry
	ScoreBatch = model.ScoreBatch
	SaveResult = model.SaveResult
)

// EntryError is a refused entry of a batch.
type EntryError struct {
	Index int
	Ref   string // the criterion as the person wrote it
	Err   error
	// Twice is the index of an earlier entry for the same criterion, or
	// -1: a batch names each criterion once, never "the last one wins".
	Twice int
}

// EntryErrors lists every refused entry of a batch.
type EntryErrors []EntryError

// Error implements error.
func (e EntryErrors) Error() string { return e.Localize(i18n.EN) }

// Localize implements i18n.Localizer: one line per refused entry.
func (e EntryErrors) Localize(l i18n.Lang) string {
	lines := make([]string, len(e))
	for i, x := range e {
		msg := model.Message(l, x.Err)
		if strings.HasPrefix(msg, x.Ref+":") {
			lines[i] = msg // the message names the criterion itself
			continue
		}
		lines[i] = i18n.T(l, "score.entry", x.Ref, msg)
	}
	return strings.Join(lines, "\n")
}

// sheetContext is what every score write checks against.
type sheetContext struct {
	period model.Period
	bloc   model.Bloc
	unit   model.Unit
	tree   *model.Tree
	rules  model.Rules
	flag   *model.Error
}

// loadSheetContext loads the period, unit, table and rules, and checks that
// actor may write stage for the unit and that no lock stops it.
func loadSheetContext(ctx context.Context, tx *Tx, periodID, unitID string, stage model.Stage, actor model.Actor) (sheetContext, error) {
	var sc sheetContext
	var err error
	if sc.period, err = periodByID(ctx, tx, periodID); err != nil {
		return sc, err
	}
	if sc.bloc, err = blocByID(ctx, tx, sc.period.BlocID); err != nil {
		return sc, err
	}
	if sc.unit, err = unitByID(ctx, tx, unitID); err != nil {
		return sc, err
	}
	if sc.unit.Status == model.Withdrawn {
		return sc, model.Errorf(model.EUnitWithdrawn, sc.unit.Code)
	}
	locks, err := periodLocks(ctx, tx, periodID)
	if err != nil {
		return sc, err
	}
	if sc.flag, err = model.MayScore(actor, sc.bloc, locks, unitID, stage); err != nil {
		return sc, err
	}
	if sc.tree, err = versionTree(ctx, tx, sc.period.CriteriaVersionID); err != nil {
		return sc, err
	}
	sc.rules, err = rules(ctx, tx, periodID, sc.tree)
	return sc, err
}

// SaveScores validates and saves a batch of scores in one transaction, with
// one audit row for every score that changed.
func (db *DB) SaveScores(ctx context.Context, b ScoreBatch) (SaveResult, error) {
	var res SaveResult
	err := db.write(ctx, func(tx *Tx) error {
		var err error
		res, err = saveScores(ctx, tx, b)
		return err
	})
	return res, err
}

type plannedScore struct {
	c      model.Criterion
	entry  ScoreEntry
	points model.Points
	input  string
	// override: the entry changes a self-score the unit signed.
	override bool
}

func saveScores(ctx context.Context, tx *Tx, b ScoreBatch) (SaveResult, error) {
	res := SaveResult{}
	sc, err := loadSheetContext(ctx, tx, b.PeriodID, b.UnitID, b.Stage, b.Actor)
	if err != nil {
		return res, err
	}
	res.Flag = sc.flag
	prior, err := loadPrior(ctx, tx, b)
	if err != nil {
		return res, err
	}
	// Validate everything before writing anything.
	var errs EntryErrors
	plan := make([]plannedScore, 0, len(b.Entries))
	first := map[string]int{} // criterion → its first entry
	for i, e := range b.Entries {
		c, ok := sc.tree.Get(e.Criterion)
		if !ok {
			if c, err = sc.tree.Resolve(e.Criterion); err != nil {
				errs = append(errs, EntryError{Index: i, Ref: e.Criterion, Err: err, Twice: -1})
				continue
			}
		}
		if j, dup := first[c.ID]; dup && b.Once {
			prev := b.Entries[j]
			errs = append(errs, EntryError{Index: i, Ref: e.Criterion, Twice: j,
				Err: model.Errorf(EScoreTwice, prev.Criterion+"="+prev.Input, e.Criterion+"="+e.Input)})
			continue
		}
		first[c.ID] = i
		p, refused, err := planScore(ctx, tx, b, sc, prior, c, e)
		if err != nil {
			return res, err
		}
		if refused != nil {
			errs = append(errs, EntryError{Index: i, Ref: e.Criterion, Err: refused, Twice: -1})
			continue
		}
		plan = append(plan, p)
	}
	if len(errs) == 1 && len(b.Entries) == 1 {
		return res, errs[0].Err
	}
	if len(errs) > 0 {
		return res, errs
	}
	for _, p := range plan {
		saved, audit, err := applyScore(ctx, tx, b, p, prior)
		if err != nil {
			return res, err
		}
		if audit > 0 {
			res.Changed++
			res.Audit = append(res.Audit, audit)
		}
		if saved != nil {
			res.Scores = append(res.Scores, *saved)
		}
	}
	return res, nil
}

// planScore checks one entry of batch b about criterion c as typing it
// would be: the value against the criterion and the step, a review score
// that differs from the one below without a reason, a signed self-score
// changed by another party without one. refused says why the entry is
// refused; err is a failure to read.
func planScore(ctx context.Context, tx *Tx, b ScoreBatch, sc sheetContext, prior *priorScores, c model.Criterion,
	e ScoreEntry) (p plannedScore, refused, err error) {
	p = plannedScore{c: c, entry: e}
	if !e.Clear {
		if p.points, p.input, err = model.Evaluate(c, e.Input, sc.rules.Step); err != nil {
			return p, err, nil
		}
		if b.Stage > model.StageSelf && strings.TrimSpace(e.Reason) == "" {
			at, err := prior.stages(ctx, tx, c.ID, b.Stage)
			if err != nil {
				return p, nil, err
			}
			if model.NeedsReason(b.Stage, p.points, at) {
				return p, model.Errorf(model.ReasonNeeded(b.Stage)), nil
			}
		}
	} else if !c.Scorable() {
		return p, model.Errorf(model.ENotScorable, c.Code), nil
	}
	// A self-score the unit signed and sent is its own: another party
	// changing it says why, and the score is marked as no longer the
	// unit's.
	if b.Stage == model.StageSelf {
		old, err := prior.row(ctx, tx, c.ID, b.Stage)
		if err != nil {
			return p, nil, err
		}
		if old != nil && model.Overrides(b.Actor, b.Stage, b.UnitID, old.SetBy) && !p.same(old) {
			if strings.TrimSpace(e.Reason) == "" {
				return p, model.Errorf(EOverrideReason, sc.tree.Label(c.ID), sc.unit.Code, old.Points), nil
			}
			p.override = true
		}
	}
	return p, nil, nil
}

// same reports whether the planned entry leaves the stored score old as it
// is.
func (p plannedScore) same(old *model.ScoreRecord) bool {
	return !p.entry.Clear && old.Points == p.points && old.Input == p.input &&
		(p.entry.Note == nil || model.NFC(*p.entry.Note) == old.Note) &&
		(p.entry.Evidence == nil || model.NFC(*p.entry.Evidence) == old.Evidence)
}

// applyScore writes one validated score (or clears it) and audits the
// change, returning the audit row's id; an identical value is left alone
// (id 0).
func applyScore(ctx context.Context, tx *Tx, b ScoreBatch, p plannedScore, prior *priorScores) (*model.Score, int64, error) {
	old, err := prior.row(ctx, tx, p.c.ID, b.Stage)
	if err != nil {
		return nil, 0, err
	}
	var next *model.Score
	if !p.entry.Clear {
		next = &model.Score{CriterionID: p.c.ID, Stage: b.Stage, Points: p.points, Input: p.input}
		if old != nil {
			next.Note, next.Evidence = old.Note, old.Evidence
		}
		if p.entry.Note != nil {
			next.Note = model.NFC(*p.entry.Note)
		}
		if p.entry.Evidence != nil {
			next.Evidence = model.NFC(*p.entry.Evidence)
		}
	}
	var before *model.Score
	if old != nil {
		before = &old.Score
	}
	if model.EncodeScore(before) == model.EncodeScore(next) {
		return next, 0, nil
	}
	// An overridden self-score stays marked until the unit's own file
	// replaces it.
	flag := ""
	if p.override || (old != nil && old.Flag == model.FlagOverridden && b.Actor.UnitID != b.UnitID) {
		flag = model.FlagOverridden
	}
	if err := putScore(ctx, tx, b.PeriodID, b.UnitID, b.Stage, p.c.ID, next, b.Actor, flag); err != nil {
		return nil, 0, err
	}
	prior.forget(p.c.ID, b.Stage)
	action := ActScoreSet
	if next == nil {
		action = ActScoreClear
	}
	id, err := writeAudit(ctx, tx, b.Actor, auditEntry{Action: action, PeriodID: b.PeriodID, UnitID: b.UnitID,
		CriterionID: p.c.ID, Stage: b.Stage.String(), Old: model.EncodeScore(before), New: model.EncodeScore(next),
		Reason: model.NFC(p.entry.Reason), Source: b.Source})
	return next, id, err
}

// putScore upserts a score row with its flag ("" for none), or deletes it
// when s is nil.
func putScore(ctx context.Context, tx *Tx, periodID, unitID string, stage model.Stage, criterionID string, s *model.Score,
	actor model.Actor, flag string) error {
	if s == nil {
		_, err := tx.exec(ctx, `DELETE FROM score WHERE period_id = ? AND unit_id = ? AND criterion_id = ? AND stage = ?`,
			periodID, unitID, criterionID, stage.String())
		return err
	}
	// A review score records the content hash of the submission it
	// reviewed (based_on), and writing it settles any "changed after review"
	// flag: the reviewer has seen the new self-score.
	_, err := tx.exec(ctx, `INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence,
		set_by_role, set_by_unit, updated_at, based_on, flag) VALUES (?,?,?,?,?,?,?,?,?,?,?,
		CASE WHEN ?4 = 'self' THEN NULL ELSE (SELECT content_hash FROM submission WHERE period_id = ?1 AND unit_id = ?2) END, ?12)
		ON CONFLICT (period_id, unit_id, criterion_id, stage) DO UPDATE SET points_x100 = excluded.points_x100,
		input = excluded.input, note = excluded.note, evidence = excluded.evidence, set_by_role = excluded.set_by_role,
		set_by_unit = excluded.set_by_unit, updated_at = excluded.updated_at, based_on = excluded.based_on,
		flag = excluded.flag`,
		periodID, unitID, criterionID, stage.String(), int64(s.Points), s.Input, s.Note, s.Evidence,
		actor.Role.String(), actor.UnitID, tx.stamp(), flag)
	return err
}

func scoreRow(ctx context.Context, tx *Tx, periodID, unitID, criterionID string, stage model.Stage) (*model.ScoreRecord, error) {
	r, err := scanScore(tx.QueryRowContext(ctx, `SELECT `+scoreColumns+` FROM score
		WHERE period_id = ? AND unit_id = ? AND criterion_id = ? AND stage = ?`, periodID, unitID, criterionID, stage.String()))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return &r, err
}

const scoreColumns = `criterion_id, stage, points_x100, input, note, evidence, set_by_role, set_by_unit, updated_at, flag`

func scanScore(s interface{ Scan(...any) error }) (model.ScoreRecord, error) {
	var r model.ScoreRecord
	var stage, role, updated string
	var points int64
	err := s.Scan(&r.CriterionID, &stage, &points, &r.Input, &r.Note, &r.Evidence, &role, &r.SetBy.UnitID, &updated, &r.Flag)
	r.Stage, _ = model.ParseStage(stage)
	r.Points = model.Points(points)
	r.SetBy.Role, _ = model.ParseRole(role)
	r.UpdatedAt = parseTime(updated)
	return r, err
}

// unitScores calls fn with every stored score of a unit in a period, at
// every stage.
func unitScores(ctx context.Context, tx *Tx, periodID, unitID string, fn func(model.ScoreRecord)) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+scoreColumns+` FROM score WHERE period_id = ? AND unit_id = ?`, periodID, unitID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanScore(rows)
		if err != nil {
			return err
		}
		fn(r)
	}
	return rows.Err()
}

// LoadSheet returns one unit's sheet for a period.
func (db *DB) LoadSheet(ctx context.Context, periodID, unitID string) (model.ScoreSheet, error) {
	var s model.ScoreSheet
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		s, err = loadSheet(ctx, tx, periodID, unitID)
		return err
	})
	return s, err
}

func loadSheet(ctx context.Context, tx *Tx, periodID, unitID string) (model.ScoreSheet, error) {
	s := model.ScoreSheet{Rows: map[string]map[model.Stage]model.ScoreRecord{}}
	var err error
	if s.Period, err = periodByID(ctx, tx, periodID); err != nil {
		return s, err
	}
	if s.Unit, err = unitByID(ctx, tx, unitID); err != nil {
		return s, err
	}
	if s.Tree, err = versionTree(ctx, tx, s.Period.CriteriaVersionID); err != nil {
		return s, err
	}
	if s.Rules, err = rules(ctx, tx, periodID, s.Tree); err != nil {
		return s, err
	}
	if s.Locks, err = periodLocks(ctx, tx, periodID); err != nil {
		return s, err
	}
	err = unitScores(ctx, tx, periodID, unitID, func(r model.ScoreRecord) {
		if s.Rows[r.CriterionID] == nil {
			s.Rows[r.CriterionID] = map[model.Stage]model.ScoreRecord{}
		}
		s.Rows[r.CriterionID][r.Stage] = r
	})
	if err != nil {
		return s, err
	}
	// The review round: the leader's reasons and the unit's answers.
	s.Returns, s.Answers = map[string]string{}, map[string]string{}
	for _, q := range []struct {
		sql string
		to  map[string]string
	}{
		{`SELECT criterion_id, reason FROM return_reason WHERE period_id = ? AND unit_id = ?`, s.Returns},
		{`SELECT criterion_id, answer FROM explanation WHERE period_id = ? AND unit_id = ?`, s.Answers},
	} {
		if err := scanEach(ctx, tx, q.sql, func(r scanner) error {
			var id, text string
			err := r.Scan(&id, &text)
			q.to[id] = text
			return err
		}, periodID, unitID); err != nil {
			return s, err
		}
	}
	return s, nil
}

// asEntryErrors reports whether err is a batch's list of refused entries.
func asEntryErrors(err error, out *EntryErrors) bool {
	return errors.As(err, out)
}
