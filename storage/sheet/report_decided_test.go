package sheet

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/exchange"
)

// decidedProvince is a province that merged the demo bloc's file for 2019
// with three proposals sent up (Tuy Hòa's head's Bằng khen, Đông Hòa's
// Nguyễn Ngọc Tuấn's Bằng khen and Giấy khen) and decided them: the
// first awarded, the second downgraded to a Giấy khen, the third refused
// with its reason. It returns the province and its period.
func decidedProvince(t *testing.T) (*storage.DB, string) {
	t.Helper()
	ctx := context.Background()
	leader := demotest.Open(t)
	period, _ := leader.PeriodByCode(ctx, demo.Year)
	inst, _ := leader.Installation(ctx)
	dong, _ := leader.UnitByCode(ctx, demo.DongHoa)
	staff, _ := leader.Staff(ctx, dong.ID)
	tuan := ""
	for _, p := range staff {
		if p.Name == "Nguyễn Ngọc Tuấn" {
			tuan = p.ID
		}
	}
	for _, f := range []people.Form{people.BKTinh, people.GiayKhen} {
		if err := leader.SetUpward(ctx, inst.Actor(), period.ID, tuan, f, true); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	file, err := exchange.Export(ctx, leader, storage.ExportRequest{Kind: model.KindBlocFile, PeriodID: period.ID}, dir, exchange.Options{})
	if err != nil {
		t.Fatal(err)
	}
	prov, err := storage.Open(ctx, filepath.Join(dir, "tỉnh.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { prov.Close() })
	if err := prov.BecomeProvince(ctx); err != nil {
		t.Fatal(err)
	}
	out, err := exchange.Merge(ctx, prov, []string{file.Path}, exchange.MergeOptions{})
	if err != nil || len(out) != 1 {
		t.Fatalf("merge: %v %v", out, err)
	}
	if _, err := exchange.Decide(ctx, prov, out[0].HoldID, true, "Đã gọi khối trưởng", exchange.Options{}); err != nil {
		t.Fatal(err)
	}
	blocs, _ := prov.Blocs(ctx)
	p, err := prov.PeriodOfBloc(ctx, blocs[0].Code, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prov.Book(ctx, p.ID, "")
	province := model.Actor{Role: model.RoleProvince}
	for _, n := range b.Upward() {
		d := people.Decision{Person: n.Person, Form: n.Form, Ruling: people.RulingAccepted, Number: "512/QĐ-UBND", Date: "2019-12-25"}
		switch {
		case n.Person == tuan && n.Form == people.BKTinh:
			d.Ruling, d.DowngradedTo, d.Number = people.RulingDowngraded, people.GiayKhen, "513/QĐ-UBND"
		case n.Person == tuan:
			d.Ruling, d.Number, d.Date, d.Reason = people.RulingRefused, "", "", "Thành tích trùng với đề nghị Bằng khen"
		}
		if err := prov.DecideNominee(ctx, province, p.ID, d); err != nil {
			t.Fatal(err)
		}
	}
	return prov, p.ID
}

// Where the province has decided, the printed lists say the outcome in a
// column of their own — the decision's number and date, the form given
// instead, or the refusal and its reason — and still print on one
// landscape page: the bloc's list and the unit's, at the province.
func TestReportNomineeOutcomes(t *testing.T) {
	ctx := context.Background()
	prov, periodID := decidedProvince(t)
	r, err := BuildReport(ctx, prov, periodID, ReportOptions{Lang: i18n.VI, Date: time.Date(2019, 12, 26, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "Báo cáo tỉnh 2019.xlsx")
	if err := save(r, path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := readSheet(t, f, "Cá nhân đề nghị lên tỉnh")
	head := s.find(0, "STT")
	s.cells(head, 0, 7, "STT|Họ và tên|Chức vụ|Đơn vị|Hình thức đề nghị|Thành tích|Kết quả (quyết định của tỉnh)")
	s.hasAll("Danh sách có 3 lượt đề nghị.", "Đồng ý — Quyết định số 512/QĐ-UBND ngày 25/12/2019",
		"Tặng Giấy khen — Quyết định số 513/QĐ-UBND ngày 25/12/2019", "Không đồng ý\nLý do: Thành tích trùng với đề nghị Bằng khen")
	checkOnePage(t, f, "Cá nhân đề nghị lên tỉnh", "landscape")

	u := readSheet(t, f, "Cá nhân Đông Hòa")
	u.cells(u.find(0, "STT"), 6, 7, "Kết quả (quyết định của tỉnh)")
	u.hasAll("Tặng Giấy khen — Quyết định số 513/QĐ-UBND ngày 25/12/2019", "Danh sách có 10 lượt đề nghị.")
	checkOnePage(t, f, "Cá nhân Đông Hòa", "landscape")
	if s := readSheet(t, f, "Cá nhân Sông Cầu"); s.has("Kết quả (quyết định của tỉnh)") {
		t.Error("a list nothing was decided on keeps its six columns")
	}
}
