package results

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/tui/internal/tuitest"
)

// The results as pictures: v turns the table into bars of each unit's
// totals (self and bloc side by side, the award minimum drawn), then into
// a heat table of the parts, then back; the cursor and enter still work.
func TestPictureViews(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 36}, {"80x24", 80, 20}} {
		m := loaded(t, i18n.VI, size.w, size.h, demo.Year)
		m, _ = m.Update(tuitest.Key("v"))
		tuitest.Golden(t, "results_bars_"+size.name, m.View())
		m, _ = m.Update(tuitest.Key("v"))
		tuitest.Golden(t, "results_heat_"+size.name, m.View())
		m, _ = m.Update(tuitest.Key("v"))
		m, _ = m.Update(tuitest.Key("v")) // past the history (history_test.go)
		if !strings.Contains(ansi.Strip(m.View()), "Bằng điểm thì xét") {
			t.Errorf("%s: v does not come back to the table", size.name)
		}
	}
}

// The leader records the meeting on the results screen (m): the form
// opens with the record, refuses what cannot be right on its field, and
// saves the rest, absent units typed by name without accents.
func TestMeetingForm(t *testing.T) {
	h := openLeader(t)
	h.Press("m")
	if !h.M.dialog.Open() || !strings.Contains(ansi.Strip(h.M.View()), "Hội trường Ủy ban nhân dân thị xã Sông Cầu") {
		t.Fatalf("the form:\n%s", h.M.View())
	}
	tuitest.Golden(t, "results_meeting_120x40", h.M.View())
	h.M.SetSize(80, 20)
	for range 9 {
		h.Press("tab") // to the leader's vote: the form scrolls to keep it in view
	}
	if !strings.Contains(ansi.Strip(h.M.View()), "› Phiếu bầu Khối trưởng") {
		t.Errorf("the vote's field is not in view at 80×24:\n%s", ansi.Strip(h.M.View()))
	}
	tuitest.Golden(t, "results_meeting_80x24", h.M.View())
	for range 9 {
		h.Press("shift+tab")
	}
	h.M.SetSize(120, 36)
	clear := func() {
		for range 120 {
			h.Press("backspace")
		}
	}
	h.Press("tab") // start
	clear()
	h.Type("7h30")
	h.Press("tab", "tab", "tab", "tab", "tab", "tab") // absent
	clear()
	h.Type("song hinh (có lý do: họp HĐND); Ba Vì")
	h.Press("ctrl+s")
	if !h.M.dialog.Open() || !strings.Contains(ansi.Strip(h.M.View()), "\"Ba Vì\" không phải đơn vị thành viên") {
		t.Fatalf("an unknown unit was not refused:\n%s", h.M.View())
	}
	clear()
	h.Type("song hinh (có lý do: họp HĐND); TUYAN")
	h.Press("tab", "left", "left", "left") // the next leader: from Đông Hòa back to Tuy Hòa
	h.Press("tab")                         // the leader's vote
	clear()
	h.Type("9/10/9/7")
	h.Press("ctrl+s")
	if !h.M.dialog.Open() || !strings.Contains(ansi.Strip(h.M.View()), "Số phiếu không khớp") {
		t.Fatalf("more ballots returned than issued were not refused:\n%s", h.M.View())
	}
	clear()
	h.Type("9 9 9 6")
	h.Press("tab", "left", "left", "left", "left", "left") // the deputy: from Tây Hòa (5th) to no one, its votes kept
	h.Press("ctrl+s")
	if !h.M.dialog.Open() || !strings.Contains(ansi.Strip(h.M.View()), "chưa chọn đơn vị được bầu") {
		rec, _ := h.db.Meeting(context.Background(), h.M.periodID)
		t.Fatalf("votes without a unit were not refused: %+v\n%s", rec.Offices, h.Status)
	}
	clear()
	h.Press("ctrl+s")
	if h.M.dialog.Open() || h.Status != "Đã ghi cuộc họp bình xét." {
		t.Fatalf("not saved: %q\n%s", h.Status, h.M.View())
	}
	rec, err := h.db.Meeting(context.Background(), h.M.periodID)
	if err != nil {
		t.Fatal(err)
	}
	leader, _ := rec.Elected(model.OfficeLeader)
	reason, _ := rec.AbsentFrom(h.position(demo.SongHinh).UnitID)
	if rec.Start != "07:30" || len(rec.Absent) != 2 || reason != "có lý do: họp HĐND" || leader.Vote != (model.Election{Issued: 9, Returned: 9, Valid: 9, For: 6}) || len(rec.Offices) != 1 ||
		leader.UnitID != h.position(demo.TuyHoa).UnitID || rec.Place != "Hội trường Ủy ban nhân dân thị xã Sông Cầu" {
		t.Errorf("recorded %+v", rec)
	}
}

// A unit without any sheet (Sơn Hòa in the half-year) has no bar and no
// shares, in English too.
func TestPicturesWithoutSheet(t *testing.T) {
	m := loaded(t, i18n.EN, 100, 30, demo.HalfYear)
	m, _ = m.Update(tuitest.Key("v"))
	bars := ansi.Strip(m.View())
	if !strings.Contains(bars, "self-score") || !strings.Contains(bars, "Sơn Hòa") {
		t.Errorf("bars:\n%s", bars)
	}
	m, _ = m.Update(tuitest.Key("v"))
	heat := ansi.Strip(m.View())
	for _, line := range strings.Split(heat, "\n") {
		if strings.Contains(line, "Sơn Hòa") && strings.Count(line, "—") < 3 {
			t.Errorf("Sơn Hòa has shares: %q", line)
		}
	}
}
