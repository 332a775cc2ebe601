package sheet

import (
	"context"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// The lists of individuals: the bloc's (what its leader marked to go up)
// and each unit's, in the offices' columns, grouped by form with the
// groups' headings, numbered in each group, names in Vietnamese order;
// an exception prints its reason; each list signed, on one landscape page.
func TestReportNominees(t *testing.T) {
	f, r := writeDemoReport(t, demo.Year, i18n.VI)
	bloc, unit := "Cá nhân đề nghị lên tỉnh", "Cá nhân Đông Hòa"
	for _, want := range []string{bloc, unit, "Cá nhân Tuy Hòa"} {
		found := false
		for _, s := range r.Sheets {
			found = found || s == want
		}
		if !found {
			t.Errorf("no sheet %q in %v", want, r.Sheets)
		}
	}
	s := readSheet(t, f, bloc)
	s.hasAll("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN", "Tổng kết năm 2019", "TM. KHỐI THI ĐUA", "Danh sách có 1 lượt đề nghị.")
	head := s.find(0, "STT")
	s.cells(head, 0, 6, "STT|Họ và tên|Chức vụ|Đơn vị|Hình thức đề nghị|Thành tích")
	s.cells(head+1, 0, 1, "I. Bằng khen của Chủ tịch UBND tỉnh")
	s.cells(head+2, 0, 5, "1|Nguyễn Văn An|Trưởng phòng|Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa|Bằng khen của Chủ tịch UBND tỉnh")
	checkOnePage(t, f, bloc, "landscape")

	u := readSheet(t, f, unit)
	u.hasAll("Đơn vị: Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa")
	u.hasAll("THỦ TRƯỞNG ĐƠN VỊ", "Danh sách có 10 lượt đề nghị.",
		"I. Danh hiệu “Chiến sĩ thi đua cơ sở”", "II. Danh hiệu “Lao động tiên tiến”", "IV. Giấy khen")
	ldtt := u.find(0, "II. Danh hiệu “Lao động tiên tiến”")
	u.cells(ldtt+1, 0, 5, "1|Lê Minh Cường|Trưởng phòng|Đông Hòa|Lao động tiên tiến")
	u.cells(ldtt+2, 0, 2, "2|Đỗ Văn Cường")
	gk := u.find(0, "IV. Giấy khen")
	u.cells(gk+1, 5, 6, "Hoàn thành xuất sắc công tác chi trả trợ cấp ưu đãi người có công năm 2019\n"+
		"Lý do: Hai thành tích khác nhau: chi trả trợ cấp (giấy khen) và chuyển đổi số (bằng khen)")
	checkOnePage(t, f, unit, "landscape")
}

// A short list whose rows are tall (ten people with long positions) is not
// squeezed onto one page at a size nobody can read: it runs over pages at
// full width, its header repeated.
func TestReportNomineesReadable(t *testing.T) {
	ctx := context.Background()
	db := demotest.Open(t)
	units, _ := db.Units(ctx, "")
	ids := map[string]string{}
	for _, u := range units {
		ids[u.Code] = u.ID
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: ids[demo.SongCau]}
	staff, err := db.Staff(ctx, ids[demo.DongHoa])
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range staff {
		p.Position = "Phó Trưởng phòng phụ trách công tác thi đua, khen thưởng, kiêm Chủ tịch Công đoàn cơ sở và Bí thư Chi bộ phòng"
		if _, err := db.SavePerson(ctx, leader, p); err != nil {
			t.Fatal(err)
		}
	}
	p, _ := db.PeriodByCode(ctx, demo.Year)
	r, err := BuildReport(ctx, db, p.ID, ReportOptions{Only: []string{PartNominees}})
	if err != nil {
		t.Fatal(err)
	}
	sheet := "Cá nhân Đông Hòa"
	pl, _ := r.book.f.GetPageLayout(sheet)
	if scale := r.book.rows(sheet).scale; *pl.FitToHeight != 0 || scale < minOnePageScale {
		t.Errorf("%s: fitted to %d page(s) at %.0f%%", sheet, *pl.FitToHeight, scale*100)
	}
	if pl, _ := r.book.f.GetPageLayout("Cá nhân Tuy Hòa"); *pl.FitToHeight != 1 {
		t.Error("a list of normal rows no longer fits one page")
	}
}
