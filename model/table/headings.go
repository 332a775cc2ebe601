package table

import (
	"strings"
	"unicode"

	"thidua/model"
)

// Heading names a column of an imported table: the headings that name it
// exactly, and the phrases a longer heading may contain ("Điểm chuẩn (điểm
// tối đa)" contains "diem chuan"). Both are written folded, without accents
// or punctuation ("so tt" for "Số TT").
type Heading struct {
	Exact    []string
	Contains []string
}

// HeadingKey is the form headings are compared in: folded (no accents,
// lower case, "đ" as "d"), punctuation as spaces, single spaces.
func HeadingKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, model.Fold(s))
	return strings.Join(strings.Fields(s), " ")
}

// FindHeadings finds each field's column in a header row: the index of its
// column, or -1. A column serves one field only, and a heading that names a
// field exactly wins over one that merely contains a phrase, so "Điểm tối
// đa" and "Tối đa không quá" can stand side by side.
func FindHeadings(header []string, fields ...Heading) []int {
	keys := make([]string, len(header))
	for i, h := range header {
		keys[i] = HeadingKey(h)
	}
	out := make([]int, len(fields))
	used := map[int]bool{}
	for k, f := range fields {
		out[k] = -1
	exact:
		for _, name := range f.Exact { // the names in order of preference
			for i, key := range keys {
				if !used[i] && key == name {
					out[k], used[i] = i, true
					break exact
				}
			}
		}
	}
	for k, f := range fields {
		if out[k] >= 0 {
			continue
		}
	search:
		for i, key := range keys {
			if used[i] || key == "" {
				continue
			}
			for _, phrase := range f.Contains {
				if strings.Contains(" "+key+" ", " "+phrase+" ") {
					out[k], used[i] = i, true
					break search
				}
			}
		}
	}
	return out
}

// Headings of a criteria table, in every form offices and thidua write them.
var (
	// HeadCode is the number of a criterion ("STT", "Mã").
	HeadCode = Heading{Exact: []string{"code", "ma", "ma so", "ma tieu chi", "stt", "tt", "so tt", "so thu tu", "thu tu", "muc", "ky hieu"}}
	// HeadTitle is the text of a criterion ("Nội dung tiêu chí").
	HeadTitle = Heading{
		Exact:    []string{"title", "criterion", "noi dung", "ten tieu chi", "tieu chi", "noi dung tieu chi", "noi dung cham diem"},
		Contains: []string{"noi dung", "tieu chi", "tieu chuan", "criterion"},
	}
	// HeadMax is a criterion's maximum ("Điểm chuẩn", "Điểm tối đa",
	// "Khung điểm", a merged "Điểm" over "Chuẩn | Tự chấm | Khối chấm").
	HeadMax = Heading{
		Exact: []string{"max", "maximum", "diem toi da", "toi da", "diem chuan", "thang diem", "khung diem", "diem",
			"diem diem chuan", "diem chuan diem", "diem toi da diem", "diem quy dinh", "muc diem", "so diem", "diem chuan toi da"},
		Contains: []string{"diem toi da", "diem chuan", "thang diem", "khung diem", "diem quy dinh", "diem dinh muc", "muc diem toi da", "maximum"},
	}
	// HeadGuide is how a criterion is scored, in words ("Hướng dẫn chấm",
	// "Điều kiện chấm điểm", "Cách đánh giá").
	HeadGuide = Heading{
		Exact: []string{"guidance", "huong dan", "huong dan cham", "cach cham", "phuong phap cham", "ghi chu",
			"cach tinh diem", "phuong phap tinh diem", "cach cham diem"},
		Contains: []string{"huong dan", "cach cham", "phuong phap cham", "cach tinh diem", "dieu kien cham", "cach danh gia", "phuong phap danh gia", "guidance"},
	}
	headKind   = Heading{Exact: []string{"kind", "loai"}}
	headLevel  = Heading{Exact: []string{"level", "cap"}}
	headRule   = Heading{Exact: []string{"rule", "cach tinh"}}
	headCapped = Heading{Exact: []string{"capped", "gioi han"}}
)

// Columns are the positions of a criteria table's fields in its rows; -1
// for a field the table does not have.
type Columns struct {
	Code, Title, Max, Guidance, Kind, Level, Rule, Capped int
}

// FindColumns recognises the header row of a criteria table. It returns
// the fields a table must have but this header lacks ("code", "title",
// "max"); none when the row is a criteria header.
func FindColumns(header []string) (Columns, []string) {
	i := FindHeadings(header, HeadCode, HeadTitle, HeadMax, HeadGuide, headKind, headLevel, headRule, headCapped)
	c := Columns{Code: i[0], Title: i[1], Max: i[2], Guidance: i[3], Kind: i[4], Level: i[5], Rule: i[6], Capped: i[7]}
	var missing []string
	for _, f := range []struct {
		name string
		at   int
	}{{"code", c.Code}, {"title", c.Title}, {"max", c.Max}} {
		if f.at < 0 {
			missing = append(missing, f.name)
		}
	}
	return c, missing
}

// IsHeader reports whether a row is the header of a criteria table.
func IsHeader(header []string) bool {
	_, missing := FindColumns(header)
	return len(missing) == 0
}

func get(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}
