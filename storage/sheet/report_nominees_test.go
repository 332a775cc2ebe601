package sheet

import (
	"testing"

	"thidua/model/i18n"
	"thidua/storage/demo"
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
