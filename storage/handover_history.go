package storage

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"thidua/model"
	"thidua/model/facts"
)

// The bloc's history a handover file carries beside its facts (issue 15):
// the year-end meetings with their elections, the individuals of every
// period with the province's decisions on them, the units' signed
// submissions of every period, and the audit log — this installation's
// own and what earlier handovers brought it.

// MaxHandoverAudit is how many audit lines a handover file carries at
// most: the newest. A file with more is refused (a hostile file cannot
// make the incoming leader store an unbounded log); the outgoing leader
// keeps its whole log in its own database and backups. A demo year logs
// about 1,500 lines; 50,000 make a 7 MB file whose log the verifier reads
// in well under its 2-second budget a query (200,000 ran over it on a
// shared 2-core machine).
const MaxHandoverAudit = 50_000

// HandedSlice is a unit's applied submission of a period, with its signed
// manifest, as a handover file carries it.
type HandedSlice struct {
	PeriodID, UnitID string
	SignedSlice
	KeyID string // set when taken: the unit key's id in the manifest
	Seq   int64
}

func init() {
	exportQueries[facts.TMeeting] = `SELECT period_id, held_on, starts_at, ends_at, place, chair, secretary, guests
		FROM meeting WHERE %s`
	exportQueries[facts.TMeetingAbsence] = `SELECT period_id, unit_id, reason FROM meeting_absence WHERE %s`
	exportQueries[facts.TMeetingOffice] = `SELECT period_id, office, unit_id FROM meeting_office WHERE %s`
	exportQueries[facts.TMeetingElection] = `SELECT period_id, office, issued, returned, valid, votes_for
		FROM meeting_election WHERE %s`
	// The log as the file carries it: this installation's own lines, then
	// what earlier handovers brought; %s filters both.
	exportQueries[facts.TAuditLog] = `SELECT * FROM (SELECT install_id, audit_id, at, actor_role, actor_unit, action,
		period_id, unit_id, criterion_id, stage, old_value, new_value, reason, source_file FROM audit
		UNION ALL SELECT install_id, seq, at, actor_role, actor_unit, action, period_id, unit_id, criterion_id, stage,
		old_value, new_value, reason, source_file FROM audit_handed) WHERE %s`
	importQueries[facts.TMeeting] = `INSERT INTO meeting (period_id, held_on, starts_at, ends_at, place, chair, secretary,
		guests) VALUES (?,?,?,?,?,?,?,?)`
	importQueries[facts.TMeetingAbsence] = `INSERT INTO meeting_absence (period_id, unit_id, reason) VALUES (?,?,?)`
	importQueries[facts.TMeetingOffice] = `INSERT INTO meeting_office (period_id, office, unit_id) VALUES (?,?,?)`
	importQueries[facts.TMeetingElection] = `INSERT INTO meeting_election (period_id, office, issued, returned, valid,
		votes_for) VALUES (?,?,?,?,?,?)`
	importQueries[facts.TAuditLog] = `INSERT INTO audit_handed (install_id, seq, at, actor_role, actor_unit, action,
		period_id, unit_id, criterion_id, stage, old_value, new_value, reason, source_file)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
}

// meetingTables are the tables of the year-end meetings, parents first.
var meetingTables = []string{facts.TMeeting, facts.TMeetingAbsence, facts.TMeetingOffice, facts.TMeetingElection}

// readHandoverHistory adds the bloc's history to a handover file's
// payload: the meetings, the individuals and decisions on them, the
// newest MaxHandoverAudit lines of the log, and the units' signed
// submissions (e.Handed; the exchange embeds those still matching the
// rows).
func readHandoverHistory(ctx context.Context, tx *Tx, e *Export) error {
	periods := `period_id IN (SELECT period_id FROM period WHERE bloc_id = ?)`
	if err := fill(ctx, tx, e.Payload, append(slices.Clone(meetingTables), facts.TNomineeDecision), periods, e.Bloc.ID); err != nil {
		return err
	}
	if err := fill(ctx, tx, e.Payload, []string{facts.TAuditLog}, `(period_id = '' OR `+periods+`)
		ORDER BY at DESC, audit_id DESC LIMIT `+fmt.Sprint(MaxHandoverAudit), e.Bloc.ID); err != nil {
		return err
	}
	ps, err := blocPeriods(ctx, tx, e.Bloc.ID)
	if err != nil {
		return err
	}
	for _, p := range ps {
		set, err := peopleFacts(ctx, tx, p.ID, "", model.KindBlocFile)
		if err != nil {
			return err
		}
		for name, rows := range set {
			e.Payload[name] = append(e.Payload[name], rows...)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT period_id, unit_id, manifest, content_hash FROM submission
		WHERE kind = 'unit_submission' AND `+periods+` ORDER BY period_id, unit_id`, e.Bloc.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h HandedSlice
		if err := rows.Scan(&h.PeriodID, &h.UnitID, &h.Manifest, &h.ContentHash); err != nil {
			return err
		}
		e.Handed = append(e.Handed, h)
	}
	return rows.Err()
}

// applyHandoverHistory writes the history a handover file brings, inside
// the apply's transaction (a row that cannot be stored fails the whole
// file): the meetings of the file's periods replace what is here, the
// individuals of each period replace the period's, the province's
// decisions on them and the log are added, and the units' signed
// submissions become the applied slices this leader's bloc files embed.
func applyHandoverHistory(ctx context.Context, tx *Tx, a Arrival) error {
	periods := map[string]bool{}
	pt := facts.MustTable(facts.TPeriod)
	for _, r := range a.Rows[facts.TPeriod] {
		periods[pt.Str(r, "period_id")] = true
	}
	for _, p := range slices.Sorted(maps.Keys(periods)) {
		for _, t := range slices.Backward(meetingTables) {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE period_id = ?`, p); err != nil {
				return err
			}
		}
		set := facts.Set{}
		for _, name := range model.PeopleSlice(model.KindBlocFile) {
			set[name] = facts.Filter(facts.MustTable(name), a.Rows[name], "period_id", p)
		}
		// The incoming unit's own lists stay as typed here; the old
		// leader's marks on its proposals still there are kept.
		ut := facts.MustTable(facts.TNomineeUpward)
		marks := facts.Filter(ut, set[facts.TNomineeUpward], "unit_id", a.Addressee)
		if a.Own[p] {
			set = ownSliceOut(set, a.Addressee, a.Own)
			set[facts.TNomineeUpward] = slices.DeleteFunc(slices.Clone(set[facts.TNomineeUpward]),
				func(r facts.Row) bool { return ut.Str(r, "unit_id") == a.Addressee })
		} else {
			marks = nil // the lists come from the file, marks and all
		}
		if err := applyPeopleFacts(ctx, tx, a.Actor, p, set, a.File.Name, nil); err != nil {
			return err
		}
		for _, r := range marks {
			if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_upward (period_id, person_id, form)
				SELECT period_id, person_id, form FROM nominee_proposal WHERE period_id = ? AND person_id = ? AND form = ?
				ON CONFLICT DO NOTHING`, p, ut.Str(r, "person_id"), ut.Str(r, "form")); err != nil {
				return err
			}
		}
	}
	for _, t := range append(slices.Clone(meetingTables), facts.TAuditLog) {
		if err := upsertRows(ctx, tx, t, a.Rows[t], ""); err != nil {
			return err
		}
	}
	for _, r := range a.Rows[facts.TNomineeDecision] {
		c := facts.Change{Table: facts.TNomineeDecision, Kind: facts.New, New: r}
		old := facts.Set{}
		t := facts.MustTable(facts.TNomineeDecision)
		if err := fill(ctx, tx, old, []string{facts.TNomineeDecision}, `period_id = ? AND person_id = ? AND form = ?`,
			t.Str(r, "period_id"), t.Str(r, "person_id"), t.Str(r, "form")); err != nil {
			return err
		}
		if len(old[facts.TNomineeDecision]) > 0 {
			c.Kind, c.Old = facts.Changed, old[facts.TNomineeDecision][0]
		}
		if err := writeNomineeDecision(ctx, tx, model.Actor{Role: model.RoleProvince}, c, a.File.Name, true); err != nil {
			return err
		}
	}
	for _, h := range a.Handed {
		if _, err := tx.ExecContext(ctx, `INSERT INTO submission (period_id, unit_id, kind, key_id, export_seq, content_hash,
			manifest, file_digest, applied_at) VALUES (?,?,'unit_submission',?,?,?,?,?,?)
			ON CONFLICT (period_id, unit_id) DO UPDATE SET kind = excluded.kind, key_id = excluded.key_id,
			export_seq = excluded.export_seq, content_hash = excluded.content_hash, manifest = excluded.manifest,
			file_digest = excluded.file_digest, applied_at = excluded.applied_at`,
			h.PeriodID, h.UnitID, h.KeyID, h.Seq, h.ContentHash, h.Manifest, a.File.Digest, tx.stamp()); err != nil {
			return err
		}
	}
	return nil
}

// ownPeriods are the periods of which the local rows p hold a sheet of
// unit's own (self-scores, registrations, answers): the incoming leader
// scored those itself.
func ownPeriods(p facts.Set, unitID string) map[string]bool {
	out := map[string]bool{}
	for _, name := range model.UnitSliceTables() {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			if t.Str(r, "unit_id") == unitID && (name != facts.TScore || t.Str(r, "stage") == model.StageSelf.String()) {
				out[t.Str(r, "period_id")] = true
			}
		}
	}
	return out
}

// ownSliceOut returns p without what unit owns (its registrations,
// self-scores, answers and lists of people) in the periods own: at the
// incoming leader, its own sheet of a period it scored itself is the one
// typed here, maybe newer than the copy it last sent, and a handover never
// replaces it. Of a period it never scored here (the old leader typed its
// sheet from paper), the old leader's copy comes in.
func ownSliceOut(p facts.Set, unitID string, own map[string]bool) facts.Set {
	out := facts.Set{}
	for name, rows := range p {
		out[name] = rows
	}
	for _, name := range model.SignedSliceTables() {
		t := facts.MustTable(name)
		out[name] = slices.DeleteFunc(slices.Clone(p[name]), func(r facts.Row) bool {
			return t.Str(r, "unit_id") == unitID && own[t.Str(r, "period_id")] &&
				(name != facts.TScore || t.Str(r, "stage") == model.StageSelf.String())
		})
	}
	return out
}
