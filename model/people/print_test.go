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
	if got := strings.Join(ListColumns(i18n.VI, false), " | "); got != "STT | Họ và tên | Chức vụ | Đơn vị | Hình thức đề nghị | Thành tích" {
		t.Errorf("columns: %s", got)
	}
	if got := ListColumns(i18n.EN, true); got[len(got)-1] != "Outcome (the province's decision)" {
		t.Errorf("columns with the outcome: %v", got)
	}
	if roman(4) != "IV" || roman(14) != "XIV" || roman(0) != "?" {
		t.Error("roman numerals")
	}
}

// The province's decisions as the printed lists say them: what was
// given and by which decision, or the refusal and its reason.
func TestDecisionResult(t *testing.T) {
	for _, c := range []struct {
		d      Decision
		vi, en string
	}{
		{Decision{Form: LDTT, Ruling: RulingAccepted, Number: "512/QĐ-UBND", Date: "2019-12-20"},
			"Đồng ý — Quyết định số 512/QĐ-UBND ngày 20/12/2019", "Awarded — Decision No. 512/QĐ-UBND of 20/12/2019"},
		{Decision{Form: BKTinh, Ruling: RulingDowngraded, DowngradedTo: GiayKhen, Number: "7/QĐ-UBND", Date: "2019-12-21"},
			"Tặng Giấy khen — Quyết định số 7/QĐ-UBND ngày 21/12/2019", "Given Certificate of commendation instead — Decision No. 7/QĐ-UBND of 21/12/2019"},
		{Decision{Form: LDTT, Ruling: RulingRefused}, "Không đồng ý", "Not awarded"},
		{Decision{Form: LDTT, Ruling: RulingRefused, Reason: "Chưa đủ 5 năm"}, "Không đồng ý\nLý do: Chưa đủ 5 năm", "Not awarded\nReason: Chưa đủ 5 năm"},
	} {
		if vi, en := c.d.Result(i18n.VI), c.d.Result(i18n.EN); vi != c.vi || en != c.en {
			t.Errorf("%+v: %q / %q", c.d, vi, en)
		}
	}
	ps := []Person{{ID: "a", Unit: "u", Name: "Lê Văn A"}, {ID: "b", Unit: "u", Name: "Lê Văn B"}}
	props := []Proposal{{Person: "a", Form: LDTT}, {Person: "b", Form: LDTT}}
	gs := List(ps, props, DefaultSettings(), ListOptions{Lang: i18n.VI,
		Decisions: map[string]Decision{DecisionKey("b", LDTT): {Form: LDTT, Ruling: RulingRefused}}})
	if len(gs) != 1 || gs[0].Rows[0].Outcome != "" || gs[0].Rows[1].Outcome != "Không đồng ý" {
		t.Errorf("the list's outcomes: %+v", gs)
	}
}
