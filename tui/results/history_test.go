package results

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/cmd/thidua/app"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"
)

// The history view (the fourth v) shows every unit's totals and ranks in
// both of the demo's periods with a small chart, and under the list where
// the selected unit lost the most against the bloc's average this year and
// in the half-year; the cursor moves the detail.
func TestHistoryView(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 36}, {"80x24", 80, 20}} {
		db, ps := demoStore(t)
		h := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(app.App{DB: db}, theme.New(true), i18n.VI, true)}}
		h.M.SetSize(size.w, size.h)
		h.Run(h.M.SetPeriod(ps[demo.Year].ID))
		h.Press("v", "v", "v")
		view := ansi.Strip(h.M.View())
		for _, want := range []string{"lịch sử các kỳ", "2019-H1 → 2019", "Tuy Hòa", "101,75 (1)",
			"Tuy Hòa — mất nhiều điểm nhất so với bình quân Khối", "Tổng kết năm 2019: V.5",
			"Sơ kết 6 tháng đầu năm 2019: V.5"} {
			if !strings.Contains(view, want) {
				t.Fatalf("%s: the history lacks %q:\n%s", size.name, want, view)
			}
		}
		if size.w >= 110 && !strings.Contains(view, "V.5 Có công chức bị kỷ luật: −1,78 (đơn vị -2, bình quân -0,22)") {
			t.Errorf("the titles and averages when there is room:\n%s", view)
		}
		for _, line := range strings.Split(view, "\n") {
			if w := ansi.StringWidth(line); w > size.w {
				t.Errorf("%s: a line %d wide: %q", size.name, w, line)
			}
		}
		tuitest.Golden(t, "results_history_"+size.name, h.M.View())
		for range 8 {
			h.Press("down")
		}
		view = ansi.Strip(h.M.View())
		if !strings.Contains(view, "Sơn Hòa — mất nhiều điểm nhất") || !strings.Contains(view, "Sơ kết 6 tháng đầu năm 2019: chưa có điểm") {
			t.Errorf("%s: Sơn Hòa (no half-year sheet):\n%s", size.name, view)
		}
	}
}
