package people

import (
	"thidua/model/table"
)

// Headings of a staff list, in the forms offices write them, folded as
// table.HeadingKey folds them ("Họ và tên" is "ho va ten").
var (
	headName = table.Heading{
		Exact: []string{"ho va ten", "ho ten", "ho va ten can bo", "ho ten can bo", "ho va ten ca nhan", "ho va ten cong chuc",
			"ho va ten nguoi lao dong", "ho va ten vien chuc", "full name", "name"},
		Contains: []string{"ho va ten", "ho ten"},
	}
	// A list may split the name: "Họ và tên đệm" | "Tên", "Họ" | "Tên".
	headFamily = table.Heading{Exact: []string{"ho va ten dem", "ho dem", "ho va dem", "ho va chu lot", "ho chu lot", "ho"}}
	headGiven  = table.Heading{Exact: []string{"ten", "given name"}}
	headPos    = table.Heading{
		Exact: []string{"chuc vu", "chuc danh", "chuc vu chuc danh", "chuc danh chuc vu", "chuc vu hien nay", "chuc vu hoac chuc danh",
			"chuc vu don vi cong tac", "chuc vu noi cong tac", "position"},
		Contains: []string{"chuc vu", "chuc danh"},
	}
	headSex  = table.Heading{Exact: []string{"gioi tinh", "nam nu", "nam hay nu", "phai", "sex", "gender"}, Contains: []string{"gioi tinh"}}
	headYear = table.Heading{
		Exact: []string{"nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam", "ngay sinh thang sinh nam sinh", "year of birth",
			"birth year", "date of birth"},
		Contains: []string{"nam sinh", "ngay sinh"},
	}
	// The old form writes the date of birth under "Nam" or "Nữ", telling
	// the sex by the column: a merged "Năm sinh" over "Nam | Nữ".
	headMale   = table.Heading{Exact: []string{"nam", "nam sinh nam", "ngay sinh nam", "ngay thang nam sinh nam"}}
	headFemale = table.Heading{Exact: []string{"nu", "nam sinh nu", "ngay sinh nu", "ngay thang nam sinh nu"}}
	headNo     = table.Heading{Exact: []string{"stt", "tt", "so tt", "so thu tu", "no"}}
)

// staffCols are the columns of a staff list; -1 for a column it lacks.
type staffCols struct {
	name, family, given, pos, sex, year, male, female, no int
}

// staffHeaderSearch is how far down a header may sit under the title lines
// and the office's letterhead.
const staffHeaderSearch = 60

// findColumns reads one header row; ok when it names the person (one
// column, or family and given names) and at least one other field, so that
// a line of a letterhead that happens to say "Họ và tên" is not a header.
func findColumns(row []string) (staffCols, bool) {
	i := table.FindHeadings(row, headFamily, headGiven, headName, headPos, headSex, headYear, headMale, headFemale, headNo)
	c := staffCols{family: i[0], given: i[1], name: i[2], pos: i[3], sex: i[4], year: i[5], male: i[6], female: i[7], no: i[8]}
	if c.family < 0 || c.given < 0 {
		c.family, c.given = -1, -1
	}
	if c.male < 0 || c.female < 0 {
		c.male, c.female = -1, -1
	}
	named := c.name >= 0 || c.family >= 0
	other := c.pos >= 0 || c.sex >= 0 || c.year >= 0 || c.male >= 0 || c.no >= 0
	return c, named && other
}

// findHeader finds a sheet's header row, and under it the "Nam | Nữ" row
// of the old form when there is one; it returns the columns and the first
// row of people.
func findHeader(s *table.Sheet) (staffCols, int, bool) {
	for r := 0; r < len(s.Rows) && r < staffHeaderSearch; r++ {
		c, ok := findColumns(s.HeaderRow(r))
		if !ok {
			continue
		}
		if c.male < 0 && r+1 < len(s.Rows) {
			sub := s.HeaderRow(r + 1)
			i := table.FindHeadings(sub, headMale, headFemale)
			if i[0] >= 0 && i[1] >= 0 {
				c.male, c.female = i[0], i[1]
				if c.year == i[0] || c.year == i[1] {
					c.year = -1 // the merged "Năm sinh" is the two columns
				}
				return c, r + 2, true
			}
		}
		return c, r + 1, true
	}
	return staffCols{}, 0, false
}
