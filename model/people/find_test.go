package people

import (
	"testing"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

func TestParseNomination(t *testing.T) {
	cases := []struct {
		in, who, ach string
		f            Form
	}{
		{"Nguyễn Văn An=CSTĐCS:Hoàn thành xuất sắc nhiệm vụ", "Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ", CSTDCS},
		{"p1=LDTT", "p1", "", LDTT},
		{" nguyen van an = BK tỉnh : Thành tích: năm 2026 ", "nguyen van an", "Thành tích: năm 2026", BKTinh},
	}
	for _, c := range cases {
		who, f, ach, err := ParseNomination(c.in)
		if err != nil || who != c.who || f != c.f || ach != c.ach {
			t.Errorf("%q: %q %v %q %v", c.in, who, f, ach, err)
		}
	}
	for in, code := range map[string]string{"Nguyễn Văn An": EBadNomination, "=LDTT": EBadNomination, "An=": EBadNomination, "An=Huân chương": EFormUnknown} {
		if _, _, _, err := ParseNomination(in); model.ErrorCode(err) != code {
			t.Errorf("%q: %v, want %s", in, err, code)
		}
	}
}

func TestFind(t *testing.T) {
	ps := []Person{
		{ID: "a", Name: "Nguyễn Văn An", BirthYear: 1975, Position: "Trưởng phòng"},
		{ID: "b", Name: "Nguyễn Thị Hoa", BirthYear: 1990},
		{ID: "c", Name: "Nguyễn Thị Hoa", Position: "Kế toán"},
	}
	if p, err := Find(ps, "nguyen van an"); err != nil || p.ID != "a" {
		t.Errorf("by name: %v %v", p, err)
	}
	if p, err := Find(ps, "c"); err != nil || p.ID != "c" {
		t.Errorf("by id: %v %v", p, err)
	}
	if _, err := Find(ps, "Lê Văn Bình"); model.ErrorCode(err) != ENoSuchPerson {
		t.Errorf("nobody: %v", err)
	}
	_, err := Find(ps, "Nguyễn Thị Hoa")
	if got := model.Message(i18n.VI, err); got != "Có nhiều người tên «Nguyễn Thị Hoa» (c - Kế toán; b 1990): ghi mã người thay cho tên." {
		t.Errorf("namesakes: %s", got)
	}
}

func TestPeriodOf(t *testing.T) {
	d := func(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		p    model.Period
		want Period
	}{
		{model.Period{Kind: model.Year, Starts: d(2026, 1), Ends: d(2026, 12)}, Period{2026, true}},
		{model.Period{Kind: model.HalfYear, Starts: d(2026, 1), Ends: d(2026, 6)}, Period{2026, false}},
		{model.Period{Kind: model.OtherPeriod, Starts: d(2025, 9), Ends: d(2026, 5)}, Period{2026, true}},
		{model.Period{Kind: model.Year, Starts: d(2026, 1)}, Period{2026, true}},
		{model.Period{Kind: model.Year, Code: "2019"}, Period{2019, true}},
		{model.Period{Kind: model.HalfYear, Code: "H1", Label: "Sơ kết 6 tháng đầu năm 2024"}, Period{2024, false}},
		{model.Period{Kind: model.OtherPeriod, Code: "2021-2022"}, Period{2022, true}},
		{model.Period{Kind: model.Year, Code: "K1"}, Period{0, true}},
	}
	for _, c := range cases {
		if got := PeriodOf(c.p); got != c.want {
			t.Errorf("%v: %v", c.p, got)
		}
	}
}
