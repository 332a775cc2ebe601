package sheet

import (
	"bytes"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// A table as an office writes it in Excel on Vietnamese Windows: semicolons,
// comma decimals, no level column, no kinds, a bonus heading with its cap.
const officeCSV = "\xef\xbb\xbfMã;Nội dung;Điểm tối đa;Hướng dẫn chấm\n" +
	"I;THỰC HIỆN NHIỆM VỤ;15;\n" +
	"I.1;Giải quyết việc làm;7,5;Đạt 100%: 7,5 điểm\n" +
	"I.2;Giảm nghèo;7,5;\n" +
	";;;\n" +
	"II;Thi đua khen thưởng;5;\n" +
	"III;ĐIỂM THƯỞNG (tối đa không quá 2 điểm);2;\n" +
	"III.1;Được tặng Cờ thi đua;2;\n" +
	"III.2;Có mô hình mới;1;\n" +
	"IV;ĐIỂM TRỪ (tối đa trừ 3 điểm);3;\n" +
	"IV.1;Báo cáo chậm;3;0,5 điểm/lần\n"

func TestParseCriteriaCSV(t *testing.T) {
	rows, err := ParseCriteriaCSV(strings.NewReader(officeCSV))
	if err != nil {
		t.Fatal(err)
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		t.Fatal(err)
	}
	if p := tree.Problems(); len(p) != 0 {
		t.Errorf("problems = %v", p[0].Err)
	}
	var got []string
	for _, c := range tree.Nodes() {
		got = append(got, c.Code+":"+c.Kind.String()+":"+c.Max.String()+":"+itoa(tree.Depth(c.ID)))
	}
	want := "I:group:15:1 I.1:standard:7.5:2 I.2:standard:7.5:2 II:standard:5:1 III:group:2:1 III.1:bonus:2:2 " +
		"III.2:bonus:1:2 IV:group:3:1 IV.1:deduction:3:2"
	if strings.Join(got, " ") != want {
		t.Errorf("tree = %s", strings.Join(got, " "))
	}
	if c, _ := tree.Resolve("III"); !c.Capped {
		t.Error("a heading with 'tối đa không quá' is capped")
	}
	if c, _ := tree.Resolve("I.1"); c.Guidance != "Đạt 100%: 7,5 điểm" {
		t.Errorf("guidance = %q", c.Guidance)
	}
}

// csvTree is a 20-point table with a capped bonus part and a deduction
// part, a criterion scored per occurrence among them.
func csvTree(t *testing.T) *model.Tree {
	t.Helper()
	crit := func(id, parent, code string, kind model.Kind, max model.Points) model.Criterion {
		return model.Criterion{ID: id, ParentID: parent, Code: code, Title: "Nội dung " + code, Kind: kind, Max: max}
	}
	bonus := crit("B", "", "III", model.Group, 300)
	bonus.Capped = true
	count := crit("I2", "I", "I.2", model.Standard, 500)
	count.Rule = model.Rule{Kind: model.RuleCount, Each: 100}
	rows := []model.Criterion{
		crit("I", "", "I", model.Group, 1000), crit("I1", "I", "I.1", model.Standard, 500), count,
		crit("II", "", "II", model.Standard, 1000),
		bonus, crit("B1", "B", "III.1", model.Bonus, 200), crit("B2", "B", "III.2", model.Bonus, 200),
		crit("D", "", "IV", model.Group, 500), crit("D1", "D", "IV.1", model.Deduction, 500),
	}
	for i := range rows {
		rows[i].Position = i
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

func TestCriteriaCSVRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCriteriaCSV(&buf, csvTree(t), i18n.VI); err != nil {
		t.Fatal(err)
	}
	rows, err := ParseCriteriaCSV(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := model.NewTree(rows)
	var buf2 bytes.Buffer
	WriteCriteriaCSV(&buf2, back, i18n.VI)
	if buf.String() != buf2.String() {
		t.Errorf("round trip differs:\n%s\n%s", buf.String(), buf2.String())
	}
	if c, _ := back.Resolve("I.2"); c.Rule.String() != "count each=1" {
		t.Errorf("rule lost: %v", c.Rule)
	}
}

func TestParseCriteriaCSVErrors(t *testing.T) {
	cases := []struct {
		name, csv, want string
	}{
		{"missing max column", "code,title\nI,x\n", "Tệp không có dòng tiêu đề của bảng tiêu chí"},
		{"max not a number", "code,title,max\nI,Phần I,abc\nII,Phần II,10\n", "Dòng 2: «abc» không phải là số"},
		{"missing max", "code,title,max\nI,Phần I,10\nI.1,Tiêu chí,\n", "Dòng 3: tiêu chí I / I.1 chưa có điểm tối đa"},
		{"level jump", "code,title,max,level\nI,Phần I,10,1\nx,y,10,3\n", "Dòng 3: cấp 3 không hợp lệ"},
		{"bad kind", "code,title,max,kind\nI,Phần I,10,lạ\n", "Dòng 2: Loại tiêu chí của I không hợp lệ"},
		{"bad rule", "code,title,max,rule\nI,Phần I,10,magic\n", "Dòng 2: cách tính «magic» không đúng mẫu"},
		{"empty", "code,title,max\n", "Dưới dòng tiêu đề không có tiêu chí nào"},
		{"nothing", "", "Tệp không có dòng dữ liệu nào"},
	}
	for _, c := range cases {
		_, err := ParseCriteriaCSV(strings.NewReader(c.csv))
		if msg := model.Message(i18n.VI, err); !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.want)
		}
	}
}

func TestParseUnitsCSV(t *testing.T) {
	units, err := ParseUnitsCSV(strings.NewReader("\xef\xbb\xbfMã;Tên đơn vị;Tên gọn\nxuanlanh;Ủy ban nhân dân xã Xuân Lãnh;Xuân Lãnh\nXUANPHUOC;Ủy ban nhân dân xã Xuân Phước;\n"))
	if err != nil || len(units) != 2 || units[0].Code != "XUANLANH" || units[0].ShortName != "Xuân Lãnh" {
		t.Fatalf("units = %+v, %v", units, err)
	}
	// A short name and a kind left out come from the official name.
	if units[1].ShortName != "Xuân Phước" || units[1].Kind != "Xã" || units[0].Kind != "Xã" {
		t.Errorf("derived = %+v", units[1])
	}
	_, err = ParseUnitsCSV(strings.NewReader("code,name\nA,An\nA,Again\nB C,Bad code\nD,\n"))
	msg := model.Message(i18n.VI, err)
	for _, want := range []string{"Dòng 3: mã A đã có ở dòng 2", "Dòng 4: Mã đơn vị B C", "Dòng 5: Đơn vị D cần có tên"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
}
