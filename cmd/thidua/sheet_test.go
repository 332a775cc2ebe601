package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"thidua/cmd/thidua/app"
	"thidua/model/i18n"
	"thidua/model/table/tabletest"

	"github.com/xuri/excelize/v2"

	"thidua/storage/sheet/sheettest"
)

// A province's workbook imports, is previewed and issued; a broken one is
// refused with its sheet, row and reason, and the database file stays
// byte for byte as it was.
func TestCriteriaImportWorkbook(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	env := map[string]string{"THIDUA_DB": db}
	good := sheettest.Province(t, sheettest.ProvinceRows()).Write(dir, "Bảng tiêu chí tỉnh.xlsx")
	before := digest(t, db)
	out, errs, code := runCmd(t, env, "criteria", "import", good, "--dry-run")
	if code != 0 || !strings.Contains(out, "10 tiêu chí chấm điểm: 6 tiêu chí chuẩn, 2 điểm thưởng, 2 điểm trừ. Tổng điểm chuẩn: 50.") || !strings.Contains(out, "ĐIỂM THƯỞNG") {
		t.Fatalf("dry run: %d %q %q", code, out, errs)
	}
	if digest(t, db) != before {
		t.Error("a dry run changed the database")
	}
	out, errs, code = runCmd(t, env, "criteria", "import", good, "--label", "Bảng của tỉnh", "--issue")
	if code != 0 || !strings.Contains(out, "Đã ban hành") {
		t.Errorf("import: %d %q %q", code, out, errs)
	}

	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"missing maximum", sheettest.Province(t, sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[5][2] = nil })).Bytes(),
			"Trang tính «Tiêu chí», dòng 10: tiêu chí I. / 1 / 1.2 chưa có điểm tối đa."},
		{"maximum not a number", sheettest.Province(t, sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[5][2] = "7 rưỡi" })).Bytes(),
			"Trang tính «Tiêu chí», dòng 10: «7 rưỡi» không phải là số"},
		{"a code twice under one parent", sheettest.Province(t, sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[12][0] = "1." })).Bytes(),
			"Trang tính «Tiêu chí», dòng 17: Mã 1. bị trùng trong cùng nhóm II"},
		{"children above their part", sheettest.Province(t, sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[10][1] = "CÔNG TÁC THI ĐUA" })).Bytes(),
			"Trang tính «Tiêu chí», dòng 15: Các tiêu chí con của II cộng lại 25 điểm, vượt điểm tối đa 20"},
		{"empty sheet", sheettest.New(t).Sheet("Sheet1").Bytes(), "Trang tính «Sheet1» trống"},
		{"CSV renamed", []byte("code,title,max\nI,Phần I,10\n"), "không phải là bảng tính Excel .xlsx"},
		{"TCVN3", sheettest.New(t).Sheet("Sheet1", sheettest.Row{"STT", "Néi dung", "§iÓm tèi ®a"}).Bytes(),
			"Trang tính «Sheet1», dòng 1: ô C1 có chữ theo bảng mã cũ"},
	}
	before = digest(t, db)
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".xlsx")
		if err := os.WriteFile(path, c.file, 0o644); err != nil {
			t.Fatal(err)
		}
		_, errs, code := runCmd(t, env, "criteria", "import", path)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, %q\nwant %q", c.name, code, errs, c.want)
		}
		if digest(t, db) != before {
			t.Errorf("%s: the database changed", c.name)
		}
	}
	if _, errs, code := runCmd(t, env, "criteria", "import", filepath.Join(dir, "bảng.ods")); code != 2 || !strings.Contains(errs, ".xlsx") {
		t.Errorf("ods: %d %q", code, errs)
	}
	// Another spreadsheet's file is told how to become one thidua reads.
	for _, args := range [][]string{{"criteria", "import", "bảng.ods"}, {"score", "import", "tự chấm.xls"}, {"people", "import", "--unit", "TAYHOA", "danh sách.ods"}} {
		if _, errs, _ := runCmd(t, env, args...); !strings.Contains(errs, "lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập tệp đó") {
			t.Errorf("%v: %q", args, errs)
		}
	}
	// Global flags before a command with a subcommand.
	_, errs, code = runCmd(t, nil, "--db", db, "--lang", "en", "criteria", "import", filepath.Join(dir, "CSV renamed.xlsx"))
	if code != 1 || !strings.Contains(errs, "is not an Excel .xlsx workbook") {
		t.Errorf("global flags first: %d %q", code, errs)
	}
}

// The criteria table goes out as a workbook and comes back the same.
func TestCriteriaExportWorkbook(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	path := filepath.Join(t.TempDir(), "Bảng tiêu chí 2019.xlsx")
	if out, errs, code := runCmd(t, env, "criteria", "export", "--period", "2019", "--out", path); code != 0 || !strings.Contains(out, "Đã ghi") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	out, errs, code := runCmd(t, env, "criteria", "import", path, "--label", "Bảng 2020", "--issue")
	if code != 0 || !strings.Contains(out, "50 tiêu chí chấm điểm: 39 tiêu chí chuẩn, 5 điểm thưởng, 6 điểm trừ. Tổng điểm chuẩn: 100.") {
		t.Errorf("import back: %d %q %q", code, out, errs)
	}
	if _, errs, code := runCmd(t, env, "criteria", "export", "--out", "bảng.pdf"); code != 2 || !strings.Contains(errs, ".xlsx") {
		t.Errorf("pdf: %d %q", code, errs)
	}
}

// A unit's old Excel sheet imports with the checks of typing; a sheet that
// cannot say what was measured is refused and nothing is saved.
func TestScoreImportWorkbook(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	env := map[string]string{"THIDUA_DB": db}
	good := sheettest.OldScoreSheet(t, sheettest.OldScoreRows()...).Write(dir, "Đồng Xuân tự chấm.xlsx")
	if out, errs, code := runCmd(t, env, "score", "import", good, "--period", "2019"); code != 0 ||
		!strings.Contains(out, "Đã nhập 6 điểm (3 thay đổi) từ Đồng Xuân tự chấm.xlsx vào kỳ 2019.") {
		t.Errorf("import: %d %q %q", code, out, errs)
	}
	before := digest(t, db)
	bad := sheettest.OldScoreSheet(t, sheettest.Row{"I.2.1", "Tuyển sinh đào tạo nghề", 3, nil, "2,5"},
		sheettest.Row{"II.2", "Báo cáo", 4, nil, 9}).Write(dir, "sai.xlsx")
	_, errs, code := runCmd(t, env, "score", "import", bad, "--period", "2019")
	if code != 1 || !strings.Contains(errs, "Trang tính «Tự chấm», dòng 7: tiêu chí I.2.1 được tính từ số liệu") {
		t.Errorf("refused: %d %q", code, errs)
	}
	if digest(t, db) != before {
		t.Error("a refused sheet changed the database")
	}
	_, errs, code = runCmd(t, env, "score", "import", good, "--period", "2019", "--unit", "TUYAN")
	if code != 1 || !strings.Contains(errs, "không phải của đơn vị đã chọn (TUYAN)") {
		t.Errorf("wrong unit: %d %q", code, errs)
	}
}

func TestReportCommand(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	path := filepath.Join(t.TempDir(), "Báo cáo thi đua 2019.xlsx")
	before := digest(t, db)
	out, errs, code := runCmd(t, env, "report", "--period", "2019", "--out", path, "--date", "2019-12-20", "--place", "Sông Cầu")
	if code != 0 || !strings.Contains(out, "Đã ghi") ||
		!strings.Contains(out, "Gồm các trang: Tổng hợp xếp hạng, Biên bản họp, Tờ trình khen thưởng, Cá nhân đề nghị lên tỉnh, Biểu đồ tổng điểm, Tuy Hòa, Sông Cầu") ||
		!strings.Contains(out, "Sơn Hòa, Cá nhân Đông Hòa, Cá nhân Đồng Xuân") {
		t.Fatalf("report: %d %q %q", code, out, errs)
	}
	if digest(t, db) != before {
		t.Error("a report changed the database")
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Tổng hợp xếp hạng")
	found := false
	for _, r := range rows {
		found = found || slices.Contains(r, "Sông Cầu, ngày 20 tháng 12 năm 2019")
	}
	if !found {
		t.Error("the date line is missing")
	}
	for _, args := range [][]string{
		{"report", "--period", "2019"},
		{"report", "--out", "x.pdf"},
		{"report", "--out", "x.xlsx", "--date", "31/02/2019"},
		{"report", "--out", "x.xlsx", "--only", "bienban"},
		{"report", "--out", "x.xlsx", "extra"},
	} {
		if _, errs, code := runCmd(t, env, args...); code != 2 {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
	if _, errs, code := runCmd(t, env, "report", "--period", "2030", "--out", path); code != 1 {
		t.Errorf("unknown period: %d %q", code, errs)
	}
	if out, _, _ := runCmd(t, nil, "help"); !strings.Contains(out, "report") {
		t.Errorf("help lacks report: %s", out)
	}
}

// The command line shows, for every fixture, exactly the preview the
// screens show (model/table's Preview): the understood table on stdout,
// the problems on stderr; a table with problems is refused.
func TestCriteriaImportFixturesPreview(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	env := map[string]string{"THIDUA_DB": db}
	for _, f := range tabletest.All() {
		path := sheettest.Fixture(t, f, dir)
		res, err := app.ReadCriteriaFile(context.Background(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		head, problems, notes := res.PreviewParts(i18n.VI)
		out, errs, code := runCmd(t, env, "criteria", "import", path, "--dry-run")
		want := strings.Join(append(append(head, problems...), notes...), "\n") + "\n"
		if len(f.Problems) > 0 {
			if code != 1 || out != strings.Join(head, "\n")+"\n" || !strings.HasPrefix(errs, strings.Join(append(problems, notes...), "\n")) {
				t.Errorf("%s: %d\n%s\n%s", f.Name, code, out, errs)
			}
			continue
		}
		if code != 0 || out != want {
			t.Errorf("%s: %d, stdout differs from the preview:\n%s\nwant\n%s\n%s", f.Name, code, out, want, errs)
		}
	}
}
