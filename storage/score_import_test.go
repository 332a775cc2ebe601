package storage

import (
	"context"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/sheet"
)

func TestImportScores(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	good := "unit,code,value,note\nTUYHOA,I.1,\"4,5\",Đủ hồ sơ\nTUYHOA,I.2,2,\nsongcau,II,10,\nSONGCAU,III.1,,\n"
	lines, err := sheet.ParseScoreCSV(strings.NewReader(good), "", model.StageSelf)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 {
		t.Fatalf("a blank value is not a score: %d lines", len(lines))
	}
	n, err := db.ImportScores(ctx, f.leader, f.period.ID, lines, "diem.csv")
	if err != nil || n != 3 {
		t.Fatalf("import = %d, %v", n, err)
	}
	s, _ := db.LoadSheet(ctx, f.period.ID, f.units["TUYHOA"].ID)
	if r := s.Rows["I1"][model.StageSelf]; r.Points != 450 || r.Note != "Đủ hồ sơ" {
		t.Errorf("I.1 = %+v", r)
	}
	hist, _ := db.History(ctx, f.period.ID, f.units["TUYHOA"].ID, "I1")
	if hist[0].Source != "diem.csv" {
		t.Errorf("the audit names the file: %+v", hist[0])
	}
	// One bad line anywhere: nothing from the file is saved, every bad line named.
	bad := "unit,code,value\nDONGHOA,I.1,3\nDONGHOA,II,11\nNOPE,I.1,1\nDONGHOA,I.1x,1\n"
	lines, _ = sheet.ParseScoreCSV(strings.NewReader(bad), "", model.StageSelf)
	_, err = db.ImportScores(ctx, f.leader, f.period.ID, lines, "bad.csv")
	msg := model.Message(i18n.VI, err)
	for _, want := range []string{"Dòng 3: Điểm 11 vượt điểm tối đa 10", "Dòng 4: Không có đơn vị mã NOPE", "Dòng 5: Không có tiêu chí mã I.1x"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if s, _ := db.LoadSheet(ctx, f.period.ID, f.units["DONGHOA"].ID); len(s.Rows) != 0 {
		t.Error("a refused file saved scores")
	}
	// A sheet for one unit, without a unit column.
	one := "Mã;Điểm\nI.1;5\n"
	lines, err = sheet.ParseScoreCSV(strings.NewReader(one), "DUYTIEN", model.StageSelf)
	if err != nil || len(lines) != 1 || lines[0].Unit != "DUYTIEN" {
		t.Errorf("one-unit sheet = %+v, %v", lines, err)
	}
	if _, err := sheet.ParseScoreCSV(strings.NewReader(one), "", model.StageSelf); !strings.Contains(model.Message(i18n.VI, err), "không ghi đơn vị") {
		t.Errorf("no unit: %v", err)
	}
}

// The same criterion twice in one score file is refused, both lines named.
func TestScoreCSVSameCriterionTwice(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	lines, err := sheet.ParseScoreCSV(strings.NewReader("unit,code,value\nDONGHOA,I.1,5\nDONGHOA,II,10\nDONGHOA,i.1,4\n"), "", model.StageSelf)
	if err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, db.Path())
	_, err = db.ImportScores(t.Context(), f.leader, f.period.ID, lines, "diem.csv")
	msg := model.Message(i18n.VI, err)
	if err == nil || !strings.Contains(msg, "Dòng 4") || !strings.Contains(msg, "dòng 2") {
		t.Errorf("the same criterion twice: %q", msg)
	}
	if fileHash(t, db.Path()) != before {
		t.Error("a refused import changed the file")
	}
}
