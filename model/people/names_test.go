package people

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestParts(t *testing.T) {
	cases := map[string][3]string{
		"Nguyễn Thị Minh Khai": {"Nguyễn", "Thị Minh", "Khai"},
		"Lê An":                {"Lê", "", "An"},
		"Thuận":                {"", "", "Thuận"},
		"":                     {"", "", ""},
		"Tôn Nữ Thị Hà":        {"Tôn", "Nữ Thị", "Hà"},
	}
	for in, want := range cases {
		f, m, g := Parts(in)
		if [3]string{f, m, g} != want {
			t.Errorf("Parts(%q) = %q %q %q", in, f, m, g)
		}
	}
}

func names(ps []Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, norm.NFC.String(p.Name))
	}
	return strings.Join(out, ", ")
}

// Offices sort by given name, then middle names, then family name, in
// Vietnamese order: "Đ" after "D", "ư" after "u", "ơ" after "o", tones
// only break ties between the same letters.
func TestSortOfficeOrder(t *testing.T) {
	in := []string{
		"Trần Văn Đức", "Nguyễn Thị Dung", "Lê Văn Hưng", "Phạm Văn Hùng", "Nguyễn Văn An", "Trần Thị An",
		"Lê Thị Ánh", "Võ Văn Anh", "Đặng Thị Bình", "Bùi Văn Bình", "Nguyễn Thị Ơn", "Phan Văn Oanh",
		norm.NFD.String("Hoàng Thị Yến"), "Thuận",
	}
	var ps []Person
	for i, n := range in {
		ps = append(ps, Person{ID: string(rune('a' + i)), Name: n})
	}
	Sort(ps)
	want := "Trần Thị An, Nguyễn Văn An, Võ Văn Anh, Lê Thị Ánh, Đặng Thị Bình, Bùi Văn Bình, Nguyễn Thị Dung, Trần Văn Đức, " +
		"Phạm Văn Hùng, Lê Văn Hưng, Phan Văn Oanh, Nguyễn Thị Ơn, Thuận, Hoàng Thị Yến"
	if got := names(ps); got != want {
		t.Errorf("order\n got %s\nwant %s", got, want)
	}
}

// Namesakes are told apart by year of birth, the elder first, then by id,
// whatever order they came in.
func TestSortNamesakes(t *testing.T) {
	ps := []Person{
		{ID: "3", Name: "Nguyễn Thị Hoa", BirthYear: 1990},
		{ID: "2", Name: "Nguyễn Thị Hoa", BirthYear: 1980},
		{ID: "1", Name: "Nguyễn Thị Hoa", BirthYear: 1990},
	}
	Sort(ps)
	if ps[0].ID != "2" || ps[1].ID != "1" || ps[2].ID != "3" {
		t.Errorf("namesakes: %v", ps)
	}
}

func TestSearch(t *testing.T) {
	ps := []Person{
		{ID: "1", Name: "Nguyễn Văn Anh", Position: "Chuyên viên"},
		{ID: "2", Name: "Nguyễn Văn An", Position: "Trưởng phòng"},
		{ID: "3", Name: "Nguyễn Văn Toàn", Position: "Phó Trưởng phòng"},
		{ID: "4", Name: "Đặng Thị Đào", Position: "Kế toán"},
	}
	cases := map[string]string{
		"nguyen van an":    "Nguyễn Văn An, Nguyễn Văn Anh", // the whole word first
		"NGUYỄN VĂN AN":    "Nguyễn Văn An, Nguyễn Văn Anh",
		"an":               "Nguyễn Văn An, Nguyễn Văn Anh", // not Toàn
		"dang dao":         "Đặng Thị Đào",
		"đào":              "Đặng Thị Đào",
		"pho truong":       "Nguyễn Văn Toàn, Nguyễn Văn An", // "pho" begins "phòng" too
		"truong phong":     "Nguyễn Văn An, Nguyễn Văn Toàn",
		"ke toan":          "Đặng Thị Đào",
		"toan":             "Đặng Thị Đào, Nguyễn Văn Toàn", // whole word in a name or a position
		"le":               "",
		"   ":              "Nguyễn Văn An, Nguyễn Văn Anh, Đặng Thị Đào, Nguyễn Văn Toàn",
		"van an chuyen":    "Nguyễn Văn Anh",
		"nguyen van an xx": "",
	}
	for q, want := range cases {
		if got := names(Search(ps, q)); got != want {
			t.Errorf("Search(%q) = %s, want %s", q, got, want)
		}
	}
}
