package results

import (
	"context"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"
)

// demoStore is the real demo database in a temporary file.
func demoStore(t *testing.T) (*storage.DB, map[string]model.Period) {
	t.Helper()
	db := demotest.Open(t)
	ps, _ := db.Periods(context.Background())
	byCode := map[string]model.Period{}
	for _, p := range ps {
		byCode[p.Code] = p
	}
	return db, byCode
}

func loaded(t *testing.T, lang i18n.Lang, w, h int, period string) Model {
	db, ps := demoStore(t)
	m := New(db, theme.New(true), lang)
	m.SetSize(w, h)
	cmd := m.SetPeriod(ps[period].ID)
	m, _ = m.Update(cmd())
	return m
}

func TestRankingRows(t *testing.T) {
	m := loaded(t, i18n.VI, 120, 36, demo.Year)
	p, ok := m.Selected()
	if !ok || p.Code != demo.TuyHoa || p.Rank != 1 {
		t.Fatalf("first row = %+v", p)
	}
	m, _ = m.Update(tuitest.Key("down"))
	m, _ = m.Update(tuitest.Key("down"))
	m, _ = m.Update(tuitest.Key("down"))
	if p, _ := m.Selected(); p.Code != demo.DongHoa || p.Rank != 4 {
		t.Errorf("fourth row = %s %d", p.Code, p.Rank)
	}
	m, _ = m.Update(tuitest.Key("enter"))
	view := m.View()
	if !strings.Contains(view, "PHUHOA trên DONGHOA: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn") {
		t.Errorf("enter explains the place:\n%s", view)
	}
	tuitest.Golden(t, "results_explain_120x40", view)
}

// A reply for a period no longer on show is dropped.
func TestStaleReplyIgnored(t *testing.T) {
	db, ps := demoStore(t)
	m := New(db, theme.New(true), i18n.VI)
	m.SetSize(120, 36)
	old := m.SetPeriod(ps[demo.HalfYear].ID)
	m.SetPeriod(ps[demo.Year].ID)
	m, _ = m.Update(old())
	if _, ok := m.Selected(); ok {
		t.Error("a stale reply was shown")
	}
}

func TestViews(t *testing.T) {
	tuitest.Golden(t, "results_80x24", loaded(t, i18n.VI, 80, 20, demo.Year).View())
	tuitest.Golden(t, "results_120x40", loaded(t, i18n.VI, 120, 36, demo.Year).View())
	tuitest.Golden(t, "results_half_year_en", loaded(t, i18n.EN, 100, 20, demo.HalfYear).View())
}
