package sheet

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/sheet/sheettest"
)

type demoDB struct {
	db     *storage.DB
	period model.Period
	tree   *model.Tree
	units  []model.Unit
	leader model.Actor
}

func openDemo(t *testing.T) demoDB {
	t.Helper()
	ctx := context.Background()
	d := demoDB{db: demotest.Open(t)}
	var err error
	if d.period, err = d.db.PeriodByCode(ctx, demo.Year); err != nil {
		t.Fatal(err)
	}
	if d.tree, err = d.db.VersionTree(ctx, d.period.CriteriaVersionID); err != nil {
		t.Fatal(err)
	}
	if d.units, err = d.db.Units(ctx, ""); err != nil {
		t.Fatal(err)
	}
	inst, _ := d.db.Installation(ctx)
	d.leader = inst.Actor()
	return d
}

func (d demoDB) read(t *testing.T, b *sheettest.Book, unit string) ([]model.ScoreLine, error) {
	t.Helper()
	return ReadScores(bytes.NewReader(b.Bytes()), ScoreOptions{Tree: d.tree, Units: d.units, Unit: unit, Stage: model.StageSelf})
}

// A unit's old sheet imports its scores and notes with the checks typing
// them has: measures for computed criteria, points where they say exactly
// what was achieved, subtotals left to thidua.
func TestReadOldScoreSheet(t *testing.T) {
	ctx := context.Background()
	d := openDemo(t)
	book := sheettest.OldScoreSheet(t, sheettest.OldScoreRows()...)
	lines, err := d.read(t, book, "")
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	var got []string
	for _, l := range lines {
		note := "-"
		if l.Note != nil {
			note = *l.Note
		}
		got = append(got, l.Unit+" "+d.tree.Label(l.Criterion)+"="+l.Input+" ("+note+") @"+itoa(l.Line))
	}
	want := []string{"DONGXUAN I.1.1=90% () @9", "DONGXUAN I.1.2=100 () @10", "DONGXUAN I.1.3=1 () @11",
		"DONGXUAN I.2.3=0 () @12", "DONGXUAN II.1=1 (Chậm kế hoạch 10 ngày) @14", "DONGXUAN II.5=2,5 () @16"}
	if !slices.Equal(got, want) {
		t.Errorf("lines:\n%s", strings.Join(got, "\n"))
	}
	n, err := d.db.ImportScores(ctx, d.leader, d.period.ID, lines, "tự chấm.xlsx")
	if err != nil || n == 0 {
		t.Fatalf("import: %d %v", n, err)
	}
	u, _ := d.db.UnitByCode(ctx, "DONGXUAN")
	s, _ := d.db.LoadSheet(ctx, d.period.ID, u.ID)
	for code, want := range map[string]string{"I.1.1": "2", "I.1.3": "1.5", "I.2.3": "0", "II.1": "1", "II.5": "2.5"} {
		c, _ := d.tree.Resolve(code)
		if got := s.Rows[c.ID][model.StageSelf].Points.String(); got != want {
			t.Errorf("%s = %s, want %s", code, got, want)
		}
	}
	c, _ := d.tree.Resolve("II.1")
	if s.Rows[c.ID][model.StageSelf].Note != "Chậm kế hoạch 10 ngày" {
		t.Errorf("note lost: %+v", s.Rows[c.ID][model.StageSelf])
	}
}

// What the sheet cannot say for sure is refused, with the row; nothing is
// saved.
func TestReadOldScoreSheetRefusals(t *testing.T) {
	ctx := context.Background()
	d := openDemo(t)
	cases := []struct {
		name string
		rows []sheettest.Row
		unit string
		want string
	}{
		{"computed criterion without its measure",
			[]sheettest.Row{{"I.2.1", "Tuyển sinh đào tạo nghề đạt chỉ tiêu", 3, nil, "2,5"}}, "",
			"Trang tính «Tự chấm», dòng 7: tiêu chí I.2.1 được tính từ số liệu thực hiện, bảng chỉ ghi 2,5 điểm"},
		{"measure and points disagree",
			[]sheettest.Row{{"I.1.1", "Giải quyết việc làm mới", 3, "90", "2,5"}}, "",
			"dòng 7: bảng ghi 2,5 điểm nhưng số liệu 90 cho 2 điểm"},
		{"criterion not in the table",
			[]sheettest.Row{{"IX.9", "Tiêu chí không có", 3, nil, 1}}, "",
			"dòng 7: không tìm thấy tiêu chí IX.9 «Tiêu chí không có»"},
		{"a row twice",
			[]sheettest.Row{{"II.1", "Ban hành kế hoạch", 2, nil, 1}, {"II.1", "Ban hành kế hoạch", 2, nil, 2}}, "",
			"dòng 8: tiêu chí II.1 đã có ở dòng 7."},
		{"another unit's sheet", sheettest.OldScoreRows(), "TUYAN",
			"Trang tính «Tự chấm» là bảng điểm của Phòng Lao động - Thương binh và Xã hội huyện Đồng Xuân, không phải của đơn vị đã chọn (TUYAN)"},
	}
	for _, c := range cases {
		_, err := d.read(t, sheettest.OldScoreSheet(t, c.rows...), c.unit)
		if msg := model.Message(i18n.VI, err); err == nil || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q\nwant %q", c.name, msg, c.want)
		}
	}
	// Points above the maximum pass the sheet and are refused by the same
	// checks as typing, named by sheet and row; nothing is saved.
	lines, err := d.read(t, sheettest.OldScoreSheet(t, sheettest.Row{"II.1", "Ban hành kế hoạch", 2, nil, 1},
		sheettest.Row{"II.2", "Chế độ báo cáo", 4, nil, 9}), "")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := d.db.History(ctx, d.period.ID, "", "")
	_, err = d.db.ImportScores(ctx, d.leader, d.period.ID, lines, "x.xlsx")
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "Trang tính «Tự chấm», dòng 8: Điểm 9 vượt điểm tối đa 4") {
		t.Errorf("above max: %q", msg)
	}
	if after, _ := d.db.History(ctx, d.period.ID, "", ""); len(after) != len(before) {
		t.Error("a refused sheet saved something")
	}
	// Without a unit named or chosen, the sheet is refused.
	anon := sheettest.New(t).Sheet("Sheet1", sheettest.Row{"TT", "Nội dung", "Điểm tự chấm"}, sheettest.Row{"II.1", "Kế hoạch", 1})
	if _, err := d.read(t, anon, ""); !strings.Contains(model.Message(i18n.VI, err), "không rõ là bảng điểm của đơn vị nào") {
		t.Errorf("no unit: %v", err)
	}
}

// A sheet numbered the province's way ("1." under each part) finds its
// criteria by their place in the table.
func TestReadScoresByOutline(t *testing.T) {
	table, err := ReadCriteria(bytes.NewReader(sheettest.Province(t, sheettest.ProvinceRows()).Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	// Points typed directly: this is about finding rows by their place
	// (the guidance's rules are read by model/table's tests).
	for i := range table.Rows {
		table.Rows[i].Rule = model.Rule{}
	}
	tree, _ := table.Tree()
	rows := sheettest.ProvinceRows()
	rows[0] = append(rows[0], "Điểm tự chấm")
	for i, score := range map[int]any{4: "12", 5: 7.5, 11: "14,5", 12: 10, 14: 3, 17: 0.5} {
		rows[i] = append(rows[i], nil, nil, nil, nil)[:4]
		rows[i] = append(rows[i], score)
	}
	lines, err := ReadScores(bytes.NewReader(sheettest.Province(t, rows).Bytes()),
		ScoreOptions{Tree: tree, Unit: "TUYAN", Stage: model.StageSelf})
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	var got []string
	for _, l := range lines {
		got = append(got, tree.PathString(l.Criterion)+"="+l.Input)
	}
	want := "I. / 1 / 1.1=12 I. / 1 / 1.2=7.5 II / 1.=14,5 II / 2.=10 III / 1=3 IV / 1=0.5"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func itoa(n int) string { return model.Whole(int64(n)).String() }
