package criteria

import "testing"

// A period's table read for a period no longer on show, or older than the
// one shown, is dropped: after a new year was made, last year's table
// answered after the new year's draft and replaced it (a tmux test saw it).
func TestStalePeriodReadDropped(t *testing.T) {
	var m Model
	m.scope.Period.ID = "2020"
	m, _ = m.Update(loadedMsg{period: "2020", read: 5, current: "draft"})
	if m.lastRead != 5 {
		t.Fatalf("the read for the period on show was not taken (lastRead %d)", m.lastRead)
	}
	for _, stale := range []loadedMsg{{period: "2019", read: 6}, {period: "2020", read: 4}} {
		if got, _ := m.Update(stale); got.lastRead != 5 {
			t.Errorf("%+v replaced the table shown", stale)
		}
	}
}
