package scoring

import (
	"context"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// sheet300 is a full 300-criterion sheet: 5 parts × 6 groups × 10
// criteria, every one scored.
func sheet300(b *testing.B) model.ScoreSheet {
	var rows []model.Criterion
	for p := 0; p < 5; p++ {
		pid := fmt.Sprintf("%s", []string{"I", "II", "III", "IV", "V"}[p])
		rows = append(rows, model.Criterion{ID: pid, Code: pid, Title: "PHẦN " + pid + ": THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", Kind: model.Group, Max: model.Whole(60), Position: p})
		for s := 0; s < 6; s++ {
			sid := fmt.Sprintf("%s.%d", pid, s+1)
			rows = append(rows, model.Criterion{ID: sid, ParentID: pid, Code: sid, Title: "Nhóm tiêu chí về lao động, việc làm và giảm nghèo", Kind: model.Group, Max: model.Whole(10), Position: s})
			for c := 0; c < 10; c++ {
				id := fmt.Sprintf("%s.%d", sid, c+1)
				rows = append(rows, model.Criterion{ID: id, ParentID: sid, Code: id, Title: "Giải quyết việc làm mới đạt chỉ tiêu được giao cho đơn vị trong năm",
					Kind: model.Standard, Max: model.Whole(1), Position: c, Guidance: "Đạt 100% chỉ tiêu trở lên: 1 điểm; cứ giảm 1% trừ 0,1 điểm"})
			}
		}
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		b.Fatal(err)
	}
	s := model.ScoreSheet{Tree: tree, Unit: model.Unit{Name: "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu", ShortName: "Sông Cầu"},
		Rows: map[string]map[model.Stage]model.ScoreRecord{}}
	for i, c := range tree.Leaves() {
		s.Rows[c.ID] = map[model.Stage]model.ScoreRecord{model.StageSelf: {Score: model.Score{CriterionID: c.ID, Points: model.Points(50 + i%51)}}}
	}
	return s
}

// BenchmarkView300 renders the scoring form of a 300-criterion table at
// 120×40 (DESIGN §7: under 1 ms).
func BenchmarkView300(b *testing.B) {
	m := New(nil, theme.New(true), i18n.VI, true)
	m.scope = scope.Scope{Inst: model.Installation{ID: "x", Role: model.RoleLeader}, Period: model.Period{ID: "p"}}
	m.SetSize(120, 36)
	m.setSheet(sheet300(b), "")
	m.cursor = 150
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkKeystrokeToCommit types a value and enter on a real database
// file and waits for the save to be committed (DESIGN §7: under 10 ms).
func BenchmarkKeystrokeToCommit(b *testing.B) {
	db := demotest.Open(b)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	bloc, _ := db.Bloc(ctx)
	p, _ := db.PeriodByCode(ctx, demo.Year)
	u, _ := db.UnitByCode(ctx, demo.TuyAn)
	// Tuy An's own installation: its signed sheet is its own to change.
	inst.Role, inst.UnitID = model.RoleUnit, u.ID
	m := New(db, theme.New(true), i18n.VI, true)
	m.SetSize(120, 36)
	load := func(cmd tea.Cmd) {
		for cmd != nil {
			msg := cmd()
			if _, ok := msg.(sheetMsg); !ok {
				break
			}
			m, cmd = m.Update(msg)
		}
	}
	load(m.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Own: u, Period: p}))
	load(m.SetUnit(u.ID))
	ii, _ := m.sheet.Tree.Resolve("II.1")
	values := []string{"1", "2", "1,5", "0,5"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		for c := range m.rows {
			if m.rows[c].ID == ii.ID {
				m.cursor = c
			}
		}
		for _, k := range tuitest.Keys(values[i%len(values)]) {
			m, _ = m.Update(k)
		}
		var cmd tea.Cmd
		m, cmd = m.Update(tuitest.Key("enter"))
		saved := cmd().(savedMsg)
		if saved.err != nil {
			b.Fatal(saved.err)
		}
		m, _ = m.Update(saved)
	}
}
