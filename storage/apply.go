package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"

	"thidua/model"
	"thidua/model/facts"
)

// Arrival is a verified file for storage to record or apply. Package
// exchange fills it after phases A and B.
type Arrival struct {
	File      model.ReceivedFile
	Hold      model.HoldKind // a held file: why
	Manifest  string         // JSON of the signed manifest, kept to re-embed it
	PublicKey []byte
	// Expect is the applied state phase B judged against (nil: none) and
	// ExpectKey the author's key then pinned; if either moved meanwhile, the
	// apply fails with ErrSliceMoved and nothing is written.
	Expect    *model.AppliedState
	ExpectKey []byte
	Pin       string // pin the author's key, verified this way ("" keeps it)
	Rows      facts.Set
	// People: the file's format carries individuals (from 2 on), so its
	// rows of them replace the slice's; a format-1 file leaves them be.
	People    bool
	HoldID    int64  // the hold this apply resolves
	Decision  string // the leader's reason when resolving a hold
	Actor     model.Actor
	Addressee string // setup: the unit joining
	// StepDown: a setup file at a leader the province replaced (a new
	// leader its key endorsed): this installation becomes a member.
	StepDown  bool
	Enrolment []byte // setup: the unit's enrolment code
	// Changes, for a bloc file, are phase B's row-by-row diff of the
	// period's facts against what is stored: the slice cannot have moved
	// since (Expect guards it), so it need not be read again. Nil: the
	// apply makes it. Rows found unchanged are left out of it (the old
	// copy of a 15,000-row slice need not stay in memory for the apply)
	// and only counted, in Unchanged.
	Changes   []facts.Change
	Unchanged int
	// Signed, for a bloc file, are the signed slices it carries, by unit:
	// the province keeps the newest of each (table unit_seq).
	Signed map[string]model.AppliedState
	// Handed, for a handover file, are the units' signed submissions it
	// carries, checked: the applied slices of the incoming leader.
	Handed []HandedSlice
	// Own, for a handover file, are the periods whose sheet the incoming
	// unit keeps itself (set when applied).
	Own map[string]bool
}

// checkExpect refuses an apply whose slice moved since phase B.
func checkExpect(ctx context.Context, tx *Tx, a Arrival, slicePeriod string) error {
	var cur *model.AppliedState
	var s model.AppliedState
	err := tx.QueryRowContext(ctx, `SELECT key_id, export_seq, content_hash FROM submission WHERE period_id = ? AND unit_id = ?`,
		slicePeriod, a.File.UnitID).Scan(&s.KeyID, &s.Seq, &s.ContentHash)
	switch {
	case err == nil:
		cur = &s
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	if (cur == nil) != (a.Expect == nil) || (cur != nil && *cur != *a.Expect) {
		return ErrSliceMoved
	}
	var key []byte
	if a.File.Kind == model.KindDecision {
		key, err = provinceKey(ctx, tx)
	} else {
		err = tx.QueryRowContext(ctx, `SELECT public_key FROM unit WHERE unit_id = ?`, a.File.UnitID).Scan(&key)
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if !bytes.Equal(key, a.ExpectKey) {
		return ErrSliceMoved
	}
	return nil
}

// ApplySubmission applies a unit's submission at the leader in one
// transaction (merge.md §2.7 phase C): the unit's slice is replaced
// (missing rows are deleted), every changed row is audited with the file it
// came from, bloc scores of changed self-scores are flagged, and the
// applied state and the received file are recorded. Bloc-stage scores are
// never touched.
func (db *DB) ApplySubmission(ctx context.Context, a Arrival) (facts.Counts, error) {
	var n facts.Counts
	err := db.write(ctx, func(tx *Tx) error {
		var err error
		n, err = applySubmission(ctx, tx, a)
		return err
	})
	return n, err
}

func applySubmission(ctx context.Context, tx *Tx, a Arrival) (facts.Counts, error) {
	period, unit := a.File.PeriodID, a.File.UnitID
	if err := beginApply(ctx, tx, a, period); err != nil {
		return facts.Counts{}, err
	}
	if a.Pin != "" {
		if err := pinKey(ctx, tx, a.Actor, unit, a.PublicKey, a.Pin, a.File.Name); err != nil {
			return facts.Counts{}, err
		}
	}
	old := facts.Set{}
	if err := readUnitSlice(ctx, tx, old, period, unit); err != nil {
		return facts.Counts{}, err
	}
	tables := model.UnitSliceTables()
	author := model.Actor{Role: model.RoleUnit, UnitID: unit}
	if a.People {
		tables = model.SignedSliceTables()
		if err := addPeopleFacts(ctx, tx, old, period, unit, model.KindSubmission); err != nil {
			return facts.Counts{}, err
		}
		if err := applyPeopleFacts(ctx, tx, author, period, peopleRows(a.Rows, model.KindSubmission), a.File.Name,
			[]string{unit}); err != nil {
			return facts.Counts{}, err
		}
	}
	changes, counts := facts.DiffSet(tables, old, a.Rows)
	var changed []string
	for _, c := range changes {
		if c.Kind == facts.Unchanged {
			continue
		}
		if err := applyUnitRow(ctx, tx, author, period, unit, c, a.File.Name); err != nil {
			return counts, err
		}
		if c.Table == facts.TScore {
			changed = append(changed, changeKey(c, "criterion_id"))
		}
	}
	for _, id := range changed {
		if _, err := tx.exec(ctx, `UPDATE score SET flag = ? WHERE period_id = ? AND unit_id = ? AND criterion_id = ?
			AND stage = 'bloc'`, model.FlagChangedAfter, period, unit, id); err != nil {
			return counts, err
		}
	}
	return counts, endApply(ctx, tx, a, period, counts)
}

// beginApply checks the slice did not move, resolves the hold the apply
// comes from and pins the author's key if asked.
func beginApply(ctx context.Context, tx *Tx, a Arrival, slicePeriod string) error {
	if err := checkExpect(ctx, tx, a, slicePeriod); err != nil {
		return err
	}
	if a.HoldID > 0 {
		if err := decideHold(ctx, tx, a.Actor, a.HoldID, "accepted", a.Decision); err != nil {
			return err
		}
	}
	return nil
}

// endApply records the applied state, the received file and its report,
// supersedes older holds of the slice and logs the file.
func endApply(ctx context.Context, tx *Tx, a Arrival, slicePeriod string, n facts.Counts) error {
	f := a.File
	if _, err := tx.ExecContext(ctx, `INSERT INTO submission (period_id, unit_id, kind, key_id, export_seq, content_hash,
		manifest, file_digest, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (period_id, unit_id) DO UPDATE SET kind = excluded.kind, key_id = excluded.key_id,
		export_seq = excluded.export_seq, content_hash = excluded.content_hash, manifest = excluded.manifest,
		file_digest = excluded.file_digest, applied_at = excluded.applied_at`,
		slicePeriod, f.UnitID, f.Kind.String(), f.KeyID, f.Seq, f.ContentHash, a.Manifest, f.Digest, tx.stamp()); err != nil {
		return err
	}
	f.Status = model.StatusApplied
	if err := putReceived(ctx, tx, f); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE received_file SET status = 'stale' WHERE status = 'held' AND file_digest IN (
		SELECT h.file_digest FROM hold h JOIN received_file r USING (file_digest) WHERE h.decided_at IS NULL
		AND h.period_id = ? AND h.unit_id = ? AND r.export_seq <= ? AND h.file_digest <> ?)`,
		slicePeriod, f.UnitID, f.Seq, f.Digest); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE hold SET decided_at = ?, decision = 'superseded', decided_by = ?
		WHERE decided_at IS NULL AND period_id = ? AND unit_id = ? AND file_digest <> ?
		AND file_digest IN (SELECT file_digest FROM received_file WHERE export_seq <= ?)`,
		tx.stamp(), actorName(a.Actor), slicePeriod, f.UnitID, f.Digest, f.Seq); err != nil {
		return err
	}
	action := ActFileApply
	if f.Kind == model.KindSetup {
		action = ActFileJoin
	}
	_, err := writeAudit(ctx, tx, a.Actor, auditEntry{Action: action, PeriodID: slicePeriod, UnitID: f.UnitID,
		New: fmt.Sprintf("%s new %d changed %d removed %d unchanged %d", model.Receipt(f.Seq, f.ContentHash),
			n.New, n.Changed, n.Removed, n.Unchanged), Source: f.Name})
	return err
}

func actorName(a model.Actor) string { return a.Role.String() + ":" + a.UnitID }

// changeKey returns column col of the row a change is about.
func changeKey(c facts.Change, col string) string {
	r := c.New
	if r == nil {
		r = c.Old
	}
	return facts.MustTable(c.Table).Str(r, col)
}

// applyUnitRow writes one changed row of a unit's slice and audits it.
func applyUnitRow(ctx context.Context, tx *Tx, author model.Actor, period, unit string, c facts.Change, source string) error {
	t := facts.MustTable(c.Table)
	switch c.Table {
	case facts.TScore:
		id := changeKey(c, "criterion_id")
		var before, after *model.Score
		if c.Old != nil {
			before = rowScore(c.Old)
		}
		if c.New != nil {
			after = rowScore(c.New)
		}
		if err := putScore(ctx, tx, period, unit, model.StageSelf, id, after, author, ""); err != nil {
			return err
		}
		action := ActScoreSet
		if after == nil {
			action = ActScoreClear
		}
		_, err := writeAudit(ctx, tx, author, auditEntry{Action: action, PeriodID: period, UnitID: unit, CriterionID: id,
			Stage: model.StageSelf.String(), Old: model.EncodeScore(before), New: model.EncodeScore(after), Source: source})
		return err
	case facts.TRegistration:
		item := changeKey(c, "item")
		var err error
		action, oldText, newText := ActRegSet, "", ""
		if c.Old != nil {
			oldText = t.Str(c.Old, "detail") + " " + t.Str(c.Old, "target")
		}
		if c.New == nil {
			action = ActRegDelete
			_, err = tx.exec(ctx, `DELETE FROM registration WHERE period_id = ? AND unit_id = ? AND item = ?`, period, unit, item)
		} else {
			newText = t.Str(c.New, "detail") + " " + t.Str(c.New, "target")
			_, err = tx.exec(ctx, `INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
				VALUES (?,?,?,?,?,?,?) ON CONFLICT (period_id, unit_id, item) DO UPDATE SET detail = excluded.detail,
				criterion_id = excluded.criterion_id, target = excluded.target, updated_at = excluded.updated_at`,
				period, unit, item, t.Str(c.New, "detail"), t.Str(c.New, "criterion_id"), t.Str(c.New, "target"), tx.stamp())
		}
		if err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, author, auditEntry{Action: action, PeriodID: period, UnitID: unit, Old: oldText,
			New: newText, Reason: item, Source: source})
		return err
	case facts.TExplanation:
		var answer, old string
		if c.New != nil {
			answer = t.Str(c.New, "answer")
		}
		if c.Old != nil {
			old = t.Str(c.Old, "answer")
		}
		return putExplanation(ctx, tx, author, period, unit, changeKey(c, "criterion_id"), old, answer, source)
	}
	return nil
}

// rowScore reads a score row of the file.
func rowScore(r facts.Row) *model.Score {
	t := facts.MustTable(facts.TScore)
	return &model.Score{Stage: model.StageSelf, CriterionID: t.Str(r, "criterion_id"),
		Points: model.Points(t.Int(r, "points_x100")), Input: t.Str(r, "input"), Note: t.Str(r, "note"),
		Evidence: t.Str(r, "evidence")}
}

// putExplanation writes (or with an empty answer removes) a unit's answer
// to a return and audits it.
func putExplanation(ctx context.Context, tx *Tx, actor model.Actor, period, unit, criterion, old, answer, source string) error {
	var err error
	if answer == "" {
		_, err = tx.exec(ctx, `DELETE FROM explanation WHERE period_id = ? AND unit_id = ? AND criterion_id = ?`,
			period, unit, criterion)
	} else {
		_, err = tx.exec(ctx, `INSERT INTO explanation (period_id, unit_id, criterion_id, answer, updated_at)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, unit_id, criterion_id) DO UPDATE SET answer = excluded.answer,
			updated_at = excluded.updated_at`, period, unit, criterion, answer, tx.stamp())
	}
	if err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActExplain, PeriodID: period, UnitID: unit,
		CriterionID: criterion, Old: old, New: answer, Source: source})
	return err
}
