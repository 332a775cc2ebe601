package people

import (
	"fmt"
	"strings"
	"testing"

	"thidua/model/i18n"
)

func TestList(t *testing.T) {
	ps := []Person{
		{ID: "a", Unit: "u1", Name: "Trần Văn Đức", Position: "Chuyên viên"},
		{ID: "b", Unit: "u1", Name: "Nguyễn Thị Dung", Position: "Kế toán"},
		{ID: "c", Unit: "u2", Name: "Lê Văn An", Position: "Trưởng phòng"},
		{ID: "d", Unit: "u2", Name: "Phạm Thị Bình", Position: "Phó Trưởng phòng"},
	}
	units := map[string]string{"u1": "Phòng LĐTBXH thị xã Sông Cầu", "u2": "Phòng LĐTBXH huyện Đồng Xuân"}
	props := []Proposal{
		{Person: "a", Form: LDTT, Achievement: "Hoàn thành tốt nhiệm vụ"},
		{Person: "b", Form: LDTT, Achievement: "Hoàn thành tốt nhiệm vụ"},
		{Person: "c", Form: LDTT, Achievement: "Hoàn thành tốt nhiệm vụ"},
		{Person: "d", Form: CSTDCS, Achievement: "Hoàn thành xuất sắc nhiệm vụ",
			Evidence: []Evidence{{Kind: Initiative, Title: "Số hóa hồ sơ", Ref: "QĐ 12/QĐ-PLĐTBXH"}}},
		{Person: "c", Form: BKTinh, Achievement: "Thành tích xuất sắc năm 2026"},
		{Person: "zz", Form: LDTT, Achievement: "ghost"},
	}
	s := DefaultSettings()
	s.Labels = map[Form]string{BKTinh: "Bằng khen của Chủ tịch UBND tỉnh Phú Yên"}

	render := func(gs []ListGroup) string {
		var b strings.Builder
		for _, g := range gs {
			b.WriteString(g.Heading + "\n")
			for _, r := range g.Rows {
				fmt.Fprintf(&b, "%d|%s|%s|%s|%s|%s|%s\n", r.No, r.Name, r.Position, r.Unit, r.Form, r.Achievement, r.Evidence)
			}
		}
		return b.String()
	}
	got := render(List(ps, props, s, ListOptions{Lang: i18n.VI, Units: units}))
	want := `I. Danh hiệu “Chiến sĩ thi đua cơ sở”
1|Phạm Thị Bình|Phó Trưởng phòng|Phòng LĐTBXH huyện Đồng Xuân|Chiến sĩ thi đua cơ sở|Hoàn thành xuất sắc nhiệm vụ|Sáng kiến: Số hóa hồ sơ (QĐ 12/QĐ-PLĐTBXH)
II. Danh hiệu “Lao động tiên tiến”
1|Lê Văn An|Trưởng phòng|Phòng LĐTBXH huyện Đồng Xuân|Lao động tiên tiến|Hoàn thành tốt nhiệm vụ|
2|Nguyễn Thị Dung|Kế toán|Phòng LĐTBXH thị xã Sông Cầu|Lao động tiên tiến|Hoàn thành tốt nhiệm vụ|
3|Trần Văn Đức|Chuyên viên|Phòng LĐTBXH thị xã Sông Cầu|Lao động tiên tiến|Hoàn thành tốt nhiệm vụ|
III. Bằng khen của Chủ tịch UBND tỉnh Phú Yên
1|Lê Văn An|Trưởng phòng|Phòng LĐTBXH huyện Đồng Xuân|Bằng khen của Chủ tịch UBND tỉnh Phú Yên|Thành tích xuất sắc năm 2026|
`
	if got != want {
		t.Errorf("unit list\n%s\nwant\n%s", got, want)
	}

	// The bloc's list keeps each unit together, units in Vietnamese order
	// of their names ("Phòng LĐTBXH huyện Đồng Xuân" before "… thị xã").
	got = render(List(ps, props[:3], s, ListOptions{Lang: i18n.EN, Units: units, ByUnit: true}))
	want = `I. Title “Advanced worker”
1|Lê Văn An|Trưởng phòng|Phòng LĐTBXH huyện Đồng Xuân|Advanced worker|Hoàn thành tốt nhiệm vụ|
2|Nguyễn Thị Dung|Kế toán|Phòng LĐTBXH thị xã Sông Cầu|Advanced worker|Hoàn thành tốt nhiệm vụ|
3|Trần Văn Đức|Chuyên viên|Phòng LĐTBXH thị xã Sông Cầu|Advanced worker|Hoàn thành tốt nhiệm vụ|
`
	if got != want {
		t.Errorf("bloc list\n%s\nwant\n%s", got, want)
	}
	if len(List(ps, nil, s, ListOptions{})) != 0 {
		t.Error("an empty list has groups")
	}
}

// Only what passed the checker is listed.
func TestListed(t *testing.T) {
	f := newFixture()
	f.propose("p1", LDTT).rate("p2", thisYear, Done).propose("p2", LDTT).propose("p3", BKTTg).reason("Thành tích đột xuất")
	vs, err := Check(f.in)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Listed(vs) {
		got = append(got, p.Person+" "+p.Form.Code())
	}
	if strings.Join(got, ", ") != "p1 LDTT, p3 BKTTG" {
		t.Errorf("listed: %v", got)
	}
}

func TestListColumns(t *testing.T) {
	if got := strings.Join(ListColumns(i18n.VI), " | "); got != "STT | Họ và tên | Chức vụ | Đơn vị | Hình thức đề nghị | Thành tích" {
		t.Errorf("columns: %s", got)
	}
	if roman(4) != "IV" || roman(14) != "XIV" || roman(0) != "?" {
		t.Error("roman numerals")
	}
}
