package exchange

import (
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// replaced is a province that gave the award proposed for one unit of the
// bloc to another unit, by one decision; with the file that carries it,
// the award, and the two units (proposed, awarded instead).
func (w *world) replaced() (prov *storage.DB, file, award, proposed, instead string) {
	w.t.Helper()
	prov, _, _ = w.provinceWith()
	r, err := prov.Result(w.ctx, w.period.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, p := range r.Ranking.All() {
		pr, ok := r.Proposals.ForUnit(p.UnitID)
		switch {
		case ok && proposed == "":
			proposed, award = p.UnitID, pr.Award
		case !ok && instead == "" && r.Units[p.UnitID].Status == model.Active:
			instead = p.UnitID
		}
	}
	if proposed == "" || instead == "" {
		w.t.Fatalf("no proposal, or no other unit, at the province: %+v", r.Proposals)
	}
	q := model.DecisionRequest{UnitID: proposed, Award: award, Verdict: model.VerdictReplace, Instead: instead,
		Number: "513/QĐ-UBND", Date: time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)}
	if err := prov.Decide(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, q); err != nil {
		w.t.Fatal(err)
	}
	return prov, w.decisionFile(prov), award, proposed, instead
}

// A replacement travels as one decision: the decision file carries it
// once, beside the two units' decisions; the leader and, through its next
// setup file, the unit proposed read "replaced by" on the refusal and "in
// place of" on the award, in the ranking's words and the decision's.
func TestReplacementTravels(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, file, award, proposed, instead := w.replaced()
	f, err := Verify(w.ctx, file, VerifyOptions{})
	if err != nil || len(f.Payload[facts.TReplacement]) != 1 || len(f.Payload[facts.TDecision]) != 2 {
		t.Fatalf("the file: %v %d replacements, %d decisions", err, len(f.Payload[facts.TReplacement]), len(f.Payload[facts.TDecision]))
	}
	o := w.merge(file)[0]
	if d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi Ban Thi đua tỉnh", Options{}); err != nil || d.Status != model.StatusApplied {
		t.Fatalf("accept: %v %v", d.Status, err)
	}
	lr, err := w.leader.Result(w.ctx, w.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	code := func(id string) string { return lr.Codes()[id] }
	seen := func(db *storage.DB, who string) {
		t.Helper()
		r, err := db.Result(w.ctx, w.period.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, d := range r.Decisions {
			got[d.UnitID] = model.DescribeDecision("vi", d, r.Rules.Awards, r.Codes())
			if d.Award != award || d.Number != "513/QĐ-UBND" {
				t.Errorf("%s: %+v", who, d)
			}
		}
		if len(r.Decisions) != 2 || !strings.Contains(got[proposed], "không được khen thưởng (thay bằng "+code(instead)+")") ||
			!strings.Contains(got[instead], "được khen thưởng (thay cho "+code(proposed)+")") {
			t.Errorf("%s: %v", who, got)
		}
	}
	seen(w.leader, "leader")
	if o := w.merge(w.decisionFile(prov))[0]; o.Status != model.StatusUnchanged {
		t.Errorf("the same decisions again: %v %v", o.Status, o.Reason)
	}
	j, err := Join(w.ctx, w.units["TUYAN"], w.setupFor("TUYAN"), JoinOptions{Confirm: func(Manifest, bool) bool { return true }})
	if err != nil || j.Status != model.StatusApplied {
		t.Fatalf("join: %v %v", j.Status, err)
	}
	seen(w.units["TUYAN"], "unit")
}

// A replacement as a hostile file: naming a unit outside the bloc, the
// unit itself, a unit the province did not refuse (not the one proposed),
// a unit it did not award, two decisions' numbers, or an award past its
// quota: the whole file is refused and nothing changes. A leader's setup
// file that breaks a replacement is refused by the unit.
func TestReplacementHostile(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, file, award, proposed, instead := w.replaced()
	o := w.merge(file)[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	r, err := w.leader.Result(w.ctx, w.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	var third string
	for id := range r.Units {
		if id != proposed && id != instead {
			third = id
		}
	}
	dt, rt := facts.MustTable(facts.TDecision), facts.MustTable(facts.TReplacement)
	row := func(p facts.Set, unit string) facts.Row {
		for _, r := range p[facts.TDecision] {
			if str(dt, r, "unit_id") == unit {
				return r
			}
		}
		t.Fatalf("no decision of %s", unit)
		return nil
	}
	cases := map[string]struct {
		edit func(p facts.Set)
		want string
	}{
		"stranger":     {func(p facts.Set) { setRows(p, facts.TReplacement, "by_unit_id", "u-la") }, ENotInRoster},
		"itself":       {func(p facts.Set) { setRows(p, facts.TReplacement, "by_unit_id", proposed) }, model.EReplaceSelf},
		"not-proposed": {func(p facts.Set) { setRows(p, facts.TReplacement, "unit_id", third) }, model.EReplaceNotRefused},
		"not-awarded":  {func(p facts.Set) { row(p, instead)[dt.Col("outcome")] = "not_awarded" }, model.EReplaceNotAwarded},
		"two-numbers":  {func(p facts.Set) { row(p, instead)[dt.Col("number")] = "514/QĐ-UBND" }, model.EReplaceTwoRefs},
		"over-quota": {func(p facts.Set) {
			for id := range r.Units {
				if id != proposed && id != instead {
					p[facts.TDecision] = append(p[facts.TDecision], facts.Row{w.period.ID, id, award, "awarded", "", "513/QĐ-UBND", "2026-01-21"})
				}
			}
		}, model.EDecisionQuota},
	}
	cases["twice"] = struct {
		edit func(p facts.Set)
		want string
	}{func(p facts.Set) {
		p[facts.TDecision] = append(p[facts.TDecision], facts.Row{w.period.ID, third, award, "not_awarded", "", "513/QĐ-UBND", "2026-01-21"})
		p[facts.TReplacement] = append(p[facts.TReplacement], facts.Row{w.period.ID, third, award, instead})
	}, model.EReplaceTwice}
	kP := w.key(prov)
	before := content(t, w.path)
	for name, c := range cases {
		p := w.tampered(name + "-replacement.sqlite")
		resign(t, file, p, kP, func(m *Manifest, pl facts.Set) { m.Seq += 10; c.edit(pl) })
		w.rejects(p, c.want)
	}
	if content(t, w.path) != before {
		t.Error("a refused file changed the leader's database")
	}
	// The leader's setup file, with the replacement pointed at a unit it
	// does not award, is refused by the unit it is for.
	bad := w.tampered("setup-replacement.sqlite")
	resign(t, w.setupFor("TUYAN"), bad, w.key(w.leader), func(m *Manifest, p facts.Set) {
		m.Seq += 10
		for _, r := range p[facts.TReplacement] {
			r[rt.Col("by_unit_id")] = third
		}
	})
	if _, err := Join(w.ctx, w.units["TUYAN"], bad, JoinOptions{Confirm: func(Manifest, bool) bool { return true }}); model.ErrorCode(err) != EStructure {
		t.Errorf("a broken replacement in a setup file: %v", err)
	}
}

// The province decides again on a proposal it had given to another unit:
// the other unit's award goes with the old decision, at the province and,
// through the next decision file, at the leader.
func TestReplacementDecidedAgain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, file, award, proposed, instead := w.replaced()
	o := w.merge(file)[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	q := model.DecisionRequest{UnitID: proposed, Award: award, Verdict: model.VerdictAccept, Number: "600/QĐ-UBND",
		Date: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}
	if err := prov.Decide(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, q); err != nil {
		t.Fatal(err)
	}
	if o := w.merge(w.decisionFile(prov))[0]; o.Status != model.StatusApplied {
		t.Fatalf("the new decision: %v %v", o.Status, o.Reason)
	}
	for who, db := range map[string]*storage.DB{"province": prov, "leader": w.leader} {
		r, err := db.Result(w.ctx, w.period.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Decisions) != 1 || r.Decisions[0].UnitID != proposed || r.Decisions[0].Outcome != model.Awarded ||
			r.Decisions[0].ReplacedBy != "" || r.Decisions[0].Replaces != "" {
			t.Errorf("%s: %+v (the award of %s should be gone)", who, r.Decisions, instead)
		}
	}
}

// Decision files already sent in format 3 (before replacements) still
// verify and merge: format 4 kept format 3's layouts.
func TestDecisionFormat3StillRead(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, _ := w.decided()
	v3 := w.tampered("v3-decisions.sqlite")
	resign(t, w.decisionFile(prov), v3, w.key(prov), func(m *Manifest, _ facts.Set) { m.Format = 3 })
	if formatOf(t, v3) != 3 {
		t.Fatalf("format %d", formatOf(t, v3))
	}
	o := w.merge(v3)[0]
	if d, err := Decide(w.ctx, w.leader, o.HoldID, true, "", Options{}); err != nil || d.Status != model.StatusApplied {
		t.Fatalf("a format-3 decision file: %v %v %v", d.Status, o.Reason, err)
	}
	if r, _ := w.leader.Result(w.ctx, w.period.ID); len(r.Decisions) != 1 {
		t.Errorf("decisions: %+v", r.Decisions)
	}
}
