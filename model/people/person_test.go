package people

import (
	"strings"
	"testing"

	"thidua/model"

	"golang.org/x/text/unicode/norm"
)

func TestPersonValidate(t *testing.T) {
	ok := Person{ID: "p1", Unit: "u1", Name: "Nguyễn Văn An", Position: "Phó Trưởng phòng", Sex: Male, BirthYear: 1985}
	cases := []struct {
		name string
		edit func(p *Person)
		code string
	}{
		{"valid", func(p *Person) {}, ""},
		{"ethnic name with apostrophe", func(p *Person) { p.Name = "Ksor H'Bla" }, ""},
		{"hyphenated name", func(p *Person) { p.Name = "Lê Thị Hồng-Nhung" }, ""},
		{"one-word name", func(p *Person) { p.Name = "Thuận" }, ""},
		{"unknown sex and year", func(p *Person) { p.Sex, p.BirthYear = SexUnknown, 0 }, ""},
		{"no position", func(p *Person) { p.Position = "" }, ""},
		{"no id", func(p *Person) { p.ID = " " }, ENoID},
		{"no unit", func(p *Person) { p.Unit = "" }, ENoUnit},
		{"no name", func(p *Person) { p.Name = "" }, ENoName},
		{"name with a year", func(p *Person) { p.Name = "Nguyễn Văn An 1985" }, ENameChars},
		{"name with a tab", func(p *Person) { p.Name = "Nguyễn\tAn" }, EBadText},
		{"name not NFC", func(p *Person) { p.Name = norm.NFD.String("Nguyễn Văn An") }, EBadText},
		{"name with a zero-width space", func(p *Person) { p.Name = "Nguyễn\u200bAn" }, EBadText},
		{"name with an escape", func(p *Person) { p.Name = "An\x1b[31m" }, EBadText},
		{"name too long", func(p *Person) { p.Name = strings.Repeat("An ", 30) + "An" }, ENameLong},
		{"position too long", func(p *Person) { p.Position = strings.Repeat("x", MaxPosition+1) }, EPositionLong},
		{"position with a newline", func(p *Person) { p.Position = "Kế toán\nviên" }, EBadText},
		{"bad sex", func(p *Person) { p.Sex = 7 }, EBadSex},
		{"year too early", func(p *Person) { p.BirthYear = 1850 }, EBadBirthYear},
		{"two-digit year", func(p *Person) { p.BirthYear = 85 }, EBadBirthYear},
	}
	for _, c := range cases {
		p := ok
		c.edit(&p)
		err := p.Validate()
		if c.code == "" && err != nil || c.code != "" && model.ErrorCode(err) != c.code {
			t.Errorf("%s: got %v, want %q", c.name, err, c.code)
		}
	}
}

func TestClean(t *testing.T) {
	cases := map[string]string{
		"  Nguyễn   Văn\u00a0An ":               "Nguyễn Văn An",
		norm.NFD.String("Trần Thị Bình"):        "Trần Thị Bình",
		"Lê\u200b Văn\u00ad Cường\ufeff":        "Lê Văn Cường",
		"Phó\tTrưởng\r\nphòng":                  "Phó Trưởng phòng",
		"An\x00\x07":                            "An",
		"":                                      "",
		"\u202fHoàng\u2007Thị\u00a0\u00a0Dung ": "Hoàng Thị Dung",
	}
	for in, want := range cases {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRecase(t *testing.T) {
	cases := []struct {
		in, want string
		changed  bool
	}{
		{"NGUYỄN VĂN AN", "Nguyễn Văn An", true},
		{"đặng thị ánh", "Đặng Thị Ánh", true},
		{"KSOR H'BLA", "Ksor H'Bla", true},
		{"LÊ THỊ HỒNG-NHUNG", "Lê Thị Hồng-Nhung", true},
		{"Nguyễn Văn An", "Nguyễn Văn An", false},
		{"Đỗ THỊ mai", "Đỗ THỊ mai", false}, // mixed: someone's choice
		{"A", "A", false},
	}
	for _, c := range cases {
		got, changed := Recase(c.in)
		if got != c.want || changed != c.changed {
			t.Errorf("Recase(%q) = %q, %v; want %q, %v", c.in, got, changed, c.want, c.changed)
		}
	}
}

func TestParseSex(t *testing.T) {
	cases := map[string]Sex{"Nam": Male, "NỮ": Female, "nu": Female, "male": Male, "female": Female, "": SexUnknown, " Nữ. ": Female}
	for in, want := range cases {
		if got, ok := ParseSex(in); !ok || got != want {
			t.Errorf("ParseSex(%q) = %v, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"x", "1", "Nam/Nữ"} {
		if _, ok := ParseSex(bad); ok {
			t.Errorf("ParseSex(%q) accepted", bad)
		}
	}
	for _, s := range []Sex{SexUnknown, Male, Female} {
		if got, ok := ParseSex(s.String()); !ok || got != s {
			t.Errorf("round trip of %v", s)
		}
	}
}

func TestParseBirthYear(t *testing.T) {
	cases := map[string]int{
		"1985": 1985, "1985.0": 1985, " 1990 ": 1990, "15/03/1985": 1985, "5/3/1985": 1985, "15-03-1985": 1985,
		"15.03.1985": 1985, "03/1985": 1985, "1985-03-15": 1985, "1985-03-15 00:00:00": 1985,
		"31121": 1985, // an Excel date serial: 15 March 1985
		"1900":  1900,
		"１９８５":  1985, "15/03/１９８５": 1985, // full-width digits, as some input methods type them
	}
	for in, want := range cases {
		if got, ok := ParseBirthYear(in); !ok || got != want {
			t.Errorf("ParseBirthYear(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "85", "15/3/85", "năm 1985", "1985 (nữ)", "abc", "99999999", "-1985", "1.985"} {
		if y, ok := ParseBirthYear(bad); ok {
			t.Errorf("ParseBirthYear(%q) = %d, accepted", bad, y)
		}
	}
}
