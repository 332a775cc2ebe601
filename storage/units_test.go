package storage

import (
	"context"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"thidua/model"
)

func codes(units []model.Unit) string {
	var s []string
	for _, u := range units {
		s = append(s, u.Code)
	}
	return strings.Join(s, " ")
}

func TestUnits(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()

	all, err := db.Units(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	// Vietnamese order: Duy Tiên, Đông Hòa (Đ after D), Sông Cầu, Tuy Hòa.
	if got := codes(all); got != "DUYTIEN DONGHOA SONGCAU TUYHOA" {
		t.Errorf("order = %s", got)
	}
	for q, want := range map[string]string{
		"song cau":   "SONGCAU",
		"SÔNG CẦU":   "SONGCAU",
		"dong hoa":   "DONGHOA",
		"hoa":        "DONGHOA TUYHOA",
		"tuyhoa":     "TUYHOA", // by code
		"ldtbxh duy": "DUYTIEN",
		"50%_":       "",
	} {
		got, err := db.Units(ctx, q)
		if err != nil || codes(got) != want {
			t.Errorf("Units(%q) = %s, %v; want %s", q, codes(got), err, want)
		}
	}

	// Names are stored in NFC whatever the keyboard sent.
	u, err := db.AddUnit(ctx, f.leader, model.Unit{Code: " phuhoa ", Name: norm.NFD.String("Phòng LĐTBXH huyện Phú Hòa ")})
	if err != nil {
		t.Fatal(err)
	}
	if u.Code != "PHUHOA" || u.Name != "Phòng LĐTBXH huyện Phú Hòa" {
		t.Errorf("stored %q %q", u.Code, u.Name)
	}
	if got, _ := db.Units(ctx, "phu hoa"); codes(got) != "PHUHOA" {
		t.Errorf("NFD name not found folded: %s", codes(got))
	}
	if _, err := db.AddUnit(ctx, f.leader, model.Unit{Code: "phuhoa", Name: "x"}); model.ErrorCode(err) != model.EUnitDuplicate {
		t.Errorf("duplicate code: %v", err)
	}
	if _, err := db.AddUnit(ctx, model.Actor{Role: model.RoleUnit, UnitID: u.ID}, model.Unit{Code: "X", Name: "x"}); model.ErrorCode(err) != model.ENotAllowed {
		t.Errorf("a unit added a unit: %v", err)
	}

	u.Name, u.Kind = "Phòng Nội vụ huyện Phú Hòa", "Phòng cấp huyện"
	if _, err := db.UpdateUnit(ctx, f.leader, u); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.UnitByCode(ctx, "phuhoa"); got.Name != "Phòng Nội vụ huyện Phú Hòa" || got.Kind != "Phòng cấp huyện" {
		t.Errorf("updated = %+v", got)
	}
	// Withdraw, never delete.
	if err := db.WithdrawUnit(ctx, f.leader, u.ID, "sáp nhập", true); err != nil {
		t.Fatal(err)
	}
	got, _ := db.UnitByCode(ctx, "PHUHOA")
	if got.Status != model.Withdrawn || got.WithdrawnReason != "sáp nhập" {
		t.Errorf("withdrawn = %+v", got)
	}
	if all, _ := db.Units(ctx, ""); len(all) != 5 {
		t.Error("a withdrawn unit disappeared")
	}
	if _, err := db.UnitByCode(ctx, "NOPE"); model.ErrorCode(err) != model.EUnitUnknown {
		t.Errorf("unknown unit: %v", err)
	}
	hist, _ := db.History(ctx, "", u.ID, "")
	if len(hist) != 3 || hist[0].Action != ActUnitWithdraw || hist[2].Action != ActUnitAdd {
		t.Errorf("audit of the unit = %+v", hist)
	}
}

func TestCriteriaVersions(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	versions, err := db.Versions(ctx)
	if err != nil || len(versions) != 1 {
		t.Fatalf("versions = %v, %v", versions, err)
	}
	v := versions[0]
	if !v.Issued() || v.Hash != model.CriteriaHash(f.tree.Nodes()) || v.Rows != 9 || strings.Join(v.Periods, ",") != "2019" {
		t.Errorf("version = %+v", v)
	}
	// An issued version can never change, even by hand-written SQL.
	if _, err := db.rw.ExecContext(ctx, `UPDATE criterion SET max_x100 = 9999 WHERE version_id = ?`, v.ID); err == nil {
		t.Error("an issued criterion was changed")
	}
	if _, err := db.rw.ExecContext(ctx, `UPDATE criteria_version SET hash = 'x' WHERE version_id = ?`, v.ID); err == nil {
		t.Error("an issued hash was changed")
	}
	if err := db.ReplaceDraft(ctx, f.leader, v.ID, f.tree.Nodes()); model.ErrorCode(err) != model.ETreeIssued {
		t.Errorf("ReplaceDraft on an issued version: %v", err)
	}
	// A draft with problems cannot be issued.
	bad := []model.Criterion{crit("a", "", "I", model.Group, 1000), crit("b", "a", "1", model.Standard, 900)}
	id, err := db.CreateDraft(ctx, f.leader, "nháp", v.ID, bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.IssueVersion(ctx, f.leader, id); model.ErrorCode(err) != model.ETreeChildrenBelow {
		t.Errorf("issue with problems: %v", err)
	}
	bad[1].Max = 1000
	if err := db.ReplaceDraft(ctx, f.leader, id, bad); err != nil {
		t.Fatal(err)
	}
	hash, err := db.IssueVersion(ctx, f.leader, id)
	if err != nil || hash != model.CriteriaHash(bad) {
		t.Errorf("issue = %s, %v", hash, err)
	}
	// A period that has scores keeps its table.
	f.fullSheet(t, db, "TUYHOA", "5", "3", "10", "0", "0", "0")
	if err := db.UsePeriodCriteria(ctx, f.leader, f.period.ID, id); model.ErrorCode(err) != EPeriodScored {
		t.Errorf("switch a scored period's table: %v", err)
	}
	// A broken tree is refused before anything is stored.
	if _, err := db.CreateDraft(ctx, f.leader, "x", "", []model.Criterion{crit("a", "zz", "I", model.Standard, 1)}); model.ErrorCode(err) != model.ETreeUnknownParent {
		t.Errorf("broken tree: %v", err)
	}
}

func TestPeriodsAndRules(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	r, err := db.Rules(ctx, f.period.ID)
	if err != nil || r.Step != 25 || model.FormatTieBreaks(r.TieBreaks) != "standard,deduction,bonus" {
		t.Errorf("rules = %+v, %v", r, err)
	}
	half, _ := model.ParseThreshold(">1/2")
	r.TieBreaks, _ = model.ParseTieBreaks("deduction,full_marks", nil)
	r.Numbering = model.NumberingDense
	r.Caps = model.Caps{Bonus: 300, Deduction: 1000}
	r.Awards = []model.AwardRule{
		{Code: "co", Name: "Cờ thi đua của UBND tỉnh", Quota: 1, MinTotal: 1800, VoteRequired: true, Threshold: half},
		{Code: "BK", Name: "Bằng khen", Quota: 2},
	}
	if err := db.SetRules(ctx, f.leader, f.period.ID, r); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Rules(ctx, f.period.ID)
	if model.FormatTieBreaks(got.TieBreaks) != "deduction,full_marks" || got.Numbering != model.NumberingDense ||
		got.Caps != r.Caps || len(got.Awards) != 2 || got.Awards[0].Code != "CO" || got.Awards[0].Threshold != half ||
		got.Awards[1].VoteRequired || got.Awards[0].MinTotal != 1800 {
		t.Errorf("rules round trip = %+v", got)
	}
	if _, err := db.CreatePeriod(ctx, f.leader, model.Period{Code: "2019", CriteriaVersionID: f.period.CriteriaVersionID}, r); model.ErrorCode(err) != model.EPeriodDuplicate {
		t.Errorf("duplicate period: %v", err)
	}
	p, err := db.PeriodByCode(ctx, "2019")
	if err != nil || p.CriteriaHash == "" || p.Kind != model.Year {
		t.Errorf("period = %+v, %v", p, err)
	}
	if _, err := db.PeriodByCode(ctx, "2030"); model.ErrorCode(err) != model.EPeriodUnknown {
		t.Errorf("unknown period: %v", err)
	}
}

func TestUpdatePeriod(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	p := f.period
	p.Label = "  Tổng kết công tác thi đua năm 2019 "
	p.RegistrationCloses = time.Date(2019, 3, 31, 0, 0, 0, 0, time.UTC)
	p.SelfScoreCloses = time.Date(2019, 12, 15, 0, 0, 0, 0, time.UTC)
	if err := db.UpdatePeriod(ctx, f.leader, p); err != nil {
		t.Fatal(err)
	}
	got, _ := db.PeriodByCode(ctx, "2019")
	if got.Label != "Tổng kết công tác thi đua năm 2019" || !got.SelfScoreCloses.Equal(p.SelfScoreCloses) || !got.RegistrationCloses.Equal(p.RegistrationCloses) {
		t.Errorf("period = %+v", got)
	}
	p.Starts, p.Ends = time.Date(2019, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := db.UpdatePeriod(ctx, f.leader, p); model.ErrorCode(err) != model.EPeriodBadDates {
		t.Errorf("dates backwards: %v", err)
	}
	unit := model.Actor{Role: model.RoleUnit, UnitID: f.units["TUYHOA"].ID}
	if err := db.UpdatePeriod(ctx, unit, p); model.ErrorCode(err) != model.ENotAllowed {
		t.Errorf("a unit changed the period: %v", err)
	}
}
