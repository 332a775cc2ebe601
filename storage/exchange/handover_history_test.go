package exchange

import (
	"slices"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// A handover file carries the bloc's history: the year-end meetings with
// their elections, the audit log, the individuals and the units' signed
// submissions; the incoming leader keeps them, so that its minutes,
// nominees and applied slices of 2019 are the outgoing leader's.
func TestHandoverCarriesTheHistory(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	before, err := w.leader.Meeting(w.ctx, w.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	path := w.handoverTo("DONGHOA")
	f, err := Verify(w.ctx, path, VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{facts.TMeeting, facts.TMeetingOffice, facts.TMeetingElection, facts.TAuditLog,
		facts.TUnitSigned, facts.TNominee, facts.TNomineePerson} {
		if len(f.Payload[name]) == 0 {
			t.Errorf("the handover file carries no %s", name)
		}
	}
	in := w.units["DONGHOA"]
	if o, err := Join(w.ctx, in, path, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the handover: %v %v", o.Status, err)
	}
	after, err := in.Meeting(w.ctx, w.period.ID)
	if err != nil || !after.Date.Equal(before.Date) || after.Place != before.Place || !slices.Equal(after.Offices, before.Offices) ||
		len(after.Absent) != len(before.Absent) {
		t.Errorf("the meeting at the new leader: %+v (%v), want %+v", after, err, before)
	}
	st, err := in.InboxState(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.Applied[storage.SliceKey(w.period.ID, w.unit("DONGHOA").ID)]; !ok {
		t.Error("the new leader holds no signed submission of 2019")
	}
	old, _ := w.leader.PeopleFacts(w.ctx, w.period.ID, "", model.KindBlocFile)
	got, _ := in.PeopleFacts(w.ctx, w.period.ID, "", model.KindBlocFile)
	for _, name := range model.PeopleSlice(model.KindBlocFile) {
		if len(old[name]) == 0 || len(got[name]) != len(old[name]) {
			t.Errorf("%s: %d at the new leader, %d at the old", name, len(got[name]), len(old[name]))
		}
	}
	changes, err := in.History(w.ctx, w.period.ID, w.unit("TUYHOA").ID, "")
	handed := slices.ContainsFunc(changes, func(c model.Change) bool { return c.ID == 0 && c.UnitID != w.unit("DONGHOA").ID })
	if err != nil || !handed {
		t.Errorf("the old leader's log of TUYHOA's 2019 sheet at the new leader: %d lines, none handed (%v)", len(changes), err)
	}
}

// A handover file written before it carried the history (format 3
// without those tables) is still taken.
func TestHandoverWithoutHistoryStillTaken(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.handoverTo("DONGHOA")
	old := w.tampered("before-history.sqlite")
	resign(t, genuine, old, w.key(w.leader), func(m *Manifest, p facts.Set) {
		for _, tb := range append(slices.Clone(facts.HistoryTables), facts.PeopleTables...) {
			delete(p, tb.Name)
		}
		delete(p, facts.TUnitSigned)
	})
	if o, err := Join(w.ctx, w.units["DONGHOA"], old, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("a handover file without the history: %v %v", o.Status, err)
	}
}

// A forged history is refused whole and changes nothing: rows of another
// bloc's period, an office or an absence of a unit not in the roster,
// people of a unit not in the roster, an election of an office the
// meeting did not fill or whose counts do not add up, a log longer than
// the limit, a signed submission that does not match its rows.
func TestHandoverHistoryHostile(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.handoverTo("DONGHOA")
	key := w.key(w.leader)
	edit := func(name string, f func(p facts.Set)) string {
		path := w.tampered(name + ".sqlite")
		resign(t, genuine, path, key, func(_ *Manifest, p facts.Set) { f(p) })
		return path
	}
	set := func(table, col string, v any) func(p facts.Set) {
		return func(p facts.Set) {
			t := facts.MustTable(table)
			r := slices.Clone(p[table][0])
			t.Set(r, col, v)
			if table == facts.TAuditLog {
				t.Set(r, "seq", int64(1)<<40) // a line of its own
			}
			p[table] = append(p[table], r)
		}
	}
	first := func(table, col string, v any) func(p facts.Set) {
		return func(p facts.Set) { facts.MustTable(table).Set(p[table][0], col, v) }
	}
	for _, c := range []struct {
		name string
		f    func(p facts.Set)
		want string
	}{
		{"audit-other-bloc", set(facts.TAuditLog, "period_id", "another-blocs-period"), ENotOwned},
		{"audit-other-unit", set(facts.TAuditLog, "unit_id", "a-unit-of-another-bloc"), ENotOwned},
		{"meeting-other-bloc", set(facts.TMeeting, "period_id", "another-blocs-period"), ENotOwned},
		{"office-stranger", first(facts.TMeetingOffice, "unit_id", "a-unit-of-another-bloc"), ENotOwned},
		{"absent-stranger", func(p facts.Set) {
			p[facts.TMeetingAbsence] = append(p[facts.TMeetingAbsence], facts.Row{w.period.ID, "a-unit-of-another-bloc", ""})
		}, ENotOwned},
		{"people-stranger", first(facts.TNomineePerson, "unit_id", "a-unit-of-another-bloc"), ENotOwned},
		{"election-no-office", func(p facts.Set) {
			p[facts.TMeetingOffice] = p[facts.TMeetingOffice][:1]
		}, EHandoverMeeting},
		{"election-counts", first(facts.TMeetingElection, "votes_for", int64(99)), EHandoverMeeting},
		{"signed-other-rows", func(p facts.Set) {
			st := facts.MustTable(facts.TScore)
			for _, r := range p[facts.TScore] {
				if st.Str(r, "unit_id") == w.unit("DONGHOA").ID && st.Str(r, "stage") == "self" {
					st.Set(r, "note", "sửa sau khi đơn vị ký")
					return
				}
			}
		}, ENested},
	} {
		w.joinRefused("DONGHOA", edit(c.name, c.f), c.want)
	}
}

// A log longer than the limit is refused whole (not parallel: it lowers
// the limit for its own run).
func TestHandoverAuditTooLong(t *testing.T) {
	w := newWorld(t)
	genuine := w.handoverTo("DONGHOA")
	defer func(n int) { maxHandoverAudit = n }(maxHandoverAudit)
	maxHandoverAudit = 10
	w.joinRefused("DONGHOA", genuine, EHandoverAudit)
}

// The incoming unit's own sheet, typed after it last sent it, stays as
// typed: the handover brings the old leader's copy of everyone else's.
func TestHandoverKeepsTheIncomingUnitsOwnSheet(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	path := w.handoverTo("DONGHOA")
	in, u := w.units["DONGHOA"], w.unit("DONGHOA")
	sheet, err := in.LoadSheet(w.ctx, w.period.ID, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	var entry storage.ScoreEntry
	for _, c := range sheet.Tree.Leaves() {
		if r, ok := sheet.Rows[c.ID][model.StageSelf]; ok {
			note := "bổ sung sau khi gửi"
			in := r.Input
			if in == "" {
				in = r.Points.String()
			}
			entry = storage.ScoreEntry{Criterion: c.ID, Input: in, Note: &note, Evidence: &r.Evidence}
			break
		}
	}
	self := model.Actor{Role: model.RoleUnit, UnitID: u.ID}
	if _, err := in.SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: u.ID, Stage: model.StageSelf,
		Actor: self, Entries: []storage.ScoreEntry{entry}}); err != nil {
		t.Fatal(err)
	}
	if o, err := Join(w.ctx, in, path, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the handover: %v %v", o.Status, err)
	}
	after, err := in.LoadSheet(w.ctx, w.period.ID, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := after.Rows[entry.Criterion][model.StageSelf].Note; got != *entry.Note {
		t.Errorf("the unit's own note after the handover: %q", got)
	}
}
