package people

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/table"
)

// MaxStaff is the most people one staff list may hold: more is not a
// unit's staff but a province's payroll, or a runaway file.
const MaxStaff = 5000

// StaffRow is one person read from a staff list and the row it is on.
type StaffRow struct {
	Person Person // ID and Unit are left empty: the caller gives them
	Ref    table.Ref
}

// Staff is a staff list read from rows.
type Staff struct {
	Sheet string // the sheet the list was on ("" for CSV)
	Rows  []StaffRow
	// Problems stop the list from being saved: each names its row and
	// says what to change. Notes say what was skipped or rewritten.
	Problems, Notes []table.Note
}

// OK reports whether the list can be saved.
func (s *Staff) OK() bool { return len(s.Problems) == 0 }

// People returns the people read, in list order.
func (s *Staff) People() []Person {
	out := make([]Person, len(s.Rows))
	for i, r := range s.Rows {
		out[i] = r.Person
	}
	return out
}

// ReadStaff reads a unit's staff list from the cells of a workbook's
// sheets or of a CSV file: the first sheet with a header row naming the
// people ("Họ và tên", or "Họ và tên đệm" and "Tên") and one of "Chức vụ",
// "Giới tính" ("Nam/Nữ"), "Năm sinh" (or "Ngày sinh", or the old form's
// "Năm sinh" over "Nam | Nữ"), "STT". year is the period's year, for the
// note on unlikely ages (0: no note). It fails only when no sheet has such
// a header; every row it cannot read is a problem tied to its line.
func ReadStaff(sheets []table.Sheet, year int) (*Staff, error) {
	empty := true
	for i := range sheets {
		s := &sheets[i]
		if len(s.Rows) > 0 {
			empty = false
		}
		cols, start, ok := findHeader(s)
		if !ok {
			continue
		}
		st := &Staff{Sheet: s.Name}
		readRows(st, s, cols, start, year)
		if len(st.Rows) == 0 && st.OK() {
			st.Problems = append(st.Problems, table.Note{Err: model.Errorf(EStaffNoRows)})
		}
		return st, nil
	}
	if empty {
		return nil, model.Errorf(EStaffEmpty)
	}
	return nil, model.Errorf(EStaffNoHeader)
}

// readRows reads the people under the header, up to the footer.
func readRows(st *Staff, s *table.Sheet, c staffCols, start, year int) {
	seen := map[string]int{}      // name, year, position → line
	namesakes := map[string]int{} // name → line
	for r := start; r < len(s.Rows); r++ {
		ref := table.Ref{Sheet: s.Name, Line: s.Line(r)}
		l := cellsOf(s, r, c)
		switch l.kind() {
		case lineEmpty:
			continue
		case lineFooter:
			st.Notes = append(st.Notes, table.Note{Ref: ref, Err: model.Errorf(NStaffFooter, cut(l.first, 40))})
			return
		case lineHeading:
			st.Notes = append(st.Notes, table.Note{Ref: ref, Err: model.Errorf(NStaffHeading, cut(l.name, 40))})
			continue
		}
		if len(st.Rows) == MaxStaff {
			st.Problems = append(st.Problems, table.Note{Ref: ref, Err: model.Errorf(EStaffTooMany, MaxStaff)})
			return
		}
		p, notes, err := l.person(year)
		for _, n := range notes {
			st.Notes = append(st.Notes, table.Note{Ref: ref, Err: n})
		}
		if err != nil {
			st.Problems = append(st.Problems, table.Note{Ref: ref, Err: asError(err)})
			continue
		}
		key := model.Fold(p.Name)
		full := key + "|" + strconv.Itoa(p.BirthYear) + "|" + model.Fold(p.Position)
		if first, dup := seen[full]; dup {
			st.Problems = append(st.Problems, table.Note{Ref: ref, Err: model.Errorf(EStaffDuplicate, p.Name, first)})
			continue
		}
		if first, same := namesakes[key]; same {
			st.Notes = append(st.Notes, table.Note{Ref: ref, Err: model.Errorf(NStaffSameName, p.Name, first)})
		}
		seen[full], namesakes[key] = ref.Line, ref.Line
		st.Rows = append(st.Rows, StaffRow{Person: p, Ref: ref})
	}
}

// staffLine is one row's cells, by field.
type staffLine struct {
	no, name, pos, sex, year, male, female string
	joined                                 bool   // the name was joined from two columns
	first                                  string // the first non-empty cell
}

func cellsOf(s *table.Sheet, r int, c staffCols) staffLine {
	l := staffLine{no: s.Cell(r, c.no), pos: s.Cell(r, c.pos), sex: s.Cell(r, c.sex), year: s.Cell(r, c.year),
		male: s.Cell(r, c.male), female: s.Cell(r, c.female)}
	if c.family >= 0 {
		f, g := s.Cell(r, c.family), s.Cell(r, c.given)
		l.name, l.joined = strings.TrimSpace(f+" "+g), f != "" && g != ""
	} else {
		l.name = s.Cell(r, c.name)
	}
	if r < len(s.Rows) {
		for i := range s.Rows[r] {
			if t := s.Cell(r, i); t != "" {
				l.first = t
				break
			}
		}
	}
	return l
}

type lineKind int

const (
	linePerson lineKind = iota
	lineEmpty
	lineFooter
	lineHeading
)

var (
	// totalLineRE: the line that counts the list ("Tổng cộng: 25 người").
	totalLineRE = regexp.MustCompile(`^(tong cong|tong so|cong|danh sach co|total)\b`)
	// groupRE: a heading that groups the people under it ("I. Lãnh đạo
	// phòng", "A. KHỐI VĂN PHÒNG", "Tổ Kế toán:"); family names that are
	// also words ("Tô", "Bàn", "Đới") are not taken for headings.
	groupRE    = regexp.MustCompile(`^([ivxlc]+|[a-z])[.)]\s|:$|^(lanh dao|phong|bo phan|khoi|khoa|van phong|trung tam|chi cuc|nhom|to (cong tac|chuyen mon|nghiep vu|van phong|hanh chinh|ke toan)|can bo|cong chuc|vien chuc|nguoi lao dong|lao dong hop dong)\b`)
	groupNoRE  = regexp.MustCompile(`^([IVXLC]+|[A-Z])[.)]?$`)
	hasDigitRE = regexp.MustCompile(`[0-9]`)
)

// kind says what a row is before it is read as a person.
func (l staffLine) kind() lineKind {
	data := l.sex != "" || l.year != "" || l.male != "" || l.female != ""
	switch {
	case l.first == "":
		return lineEmpty
	case !data && (table.IsFooter(l.first) || totalLineRE.MatchString(table.HeadingKey(l.first))):
		return lineFooter
	case l.name == "" && l.pos == "" && !data: // only numbered, as templates come
		return lineEmpty
	case l.name != "" && !data && l.pos == "" && (groupNoRE.MatchString(l.no) ||
		l.no == "" && (groupRE.MatchString(model.Fold(l.name)) || hasDigitRE.MatchString(l.name))):
		return lineHeading
	}
	return linePerson
}

// person reads a row as a person: the name as the forms print it, the
// sex from its column or from which of "Nam | Nữ" holds the date, the year
// of birth from a year or a date. Notes say what was rewritten.
func (l staffLine) person(year int) (Person, []*model.Error, error) {
	var notes []*model.Error
	p := Person{Name: Clean(l.name), Position: Clean(l.pos)}
	if p.Name == "" {
		return p, nil, model.Errorf(ENoName)
	}
	if l.joined {
		notes = append(notes, model.Errorf(NStaffJoined, p.Name))
	}
	if n, changed := Recase(p.Name); changed {
		notes = append(notes, model.Errorf(NStaffRecased, p.Name, n))
		p.Name = n
	}
	var ok bool
	if p.Sex, ok = ParseSex(l.sex); !ok {
		return p, notes, model.Errorf(EStaffSex, cut(l.sex, 20), p.Name)
	}
	born := l.year
	switch {
	case l.male != "" && l.female != "":
		return p, notes, model.Errorf(EStaffBothSexes, p.Name)
	case l.male != "":
		p.Sex, born = Male, l.male
	case l.female != "":
		p.Sex, born = Female, l.female
	}
	if born != "" {
		y, ok := ParseBirthYear(born)
		if !ok {
			return p, notes, model.Errorf(EStaffYear, cut(born, 20), p.Name)
		}
		p.BirthYear = y
	}
	if err := p.validateFields(); err != nil {
		return p, notes, err
	}
	if age := year - p.BirthYear; year > 0 && p.BirthYear > 0 && (age < 15 || age > 75) {
		notes = append(notes, model.Errorf(NStaffAge, p.Name, p.BirthYear, age))
	}
	return p, notes, nil
}

var (
	// dateRE: a date written day first, as Vietnamese writes it
	// (15/3/1985, 15-03-1985, 15.03.1985), or only month and year.
	dateRE = regexp.MustCompile(`^(?:[0-9]{1,2}[/.\-])?[0-9]{1,2}[/.\-]([0-9]{4})$`)
	// isoRE: a date as a computer writes it (1985-03-15, 1985-03-15 00:00:00).
	isoRE = regexp.MustCompile(`^([0-9]{4})-[0-9]{1,2}-[0-9]{1,2}(?:[ T][0-9:.]+)?$`)
	// wholeRE: a whole number as a spreadsheet stores it ("1985", "1985.0").
	wholeRE = regexp.MustCompile(`^([0-9]{1,5})(?:[.,]0+)?$`)
)

// ParseBirthYear reads a year of birth from what a staff list holds: a
// year (1985), a date (15/03/1985, 1985-03-15, "03/1985") or an Excel date
// serial number (31121 is 15 March 1985). A two-digit year ("15/3/85") is
// refused: it could be 1985 or 2085 to a program, and the forms print four
// digits.
func ParseBirthYear(s string) (int, bool) {
	s = model.Narrow(strings.TrimSpace(s)) // full-width digits (１９８５) are digits
	if m := dateRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	if m := isoRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	m := wholeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	switch {
	case n >= 1000 && n <= MaxBirthYear: // a year; Validate says if it is too early
		return n, true
	case n > MaxBirthYear && n <= 73050: // up to 31/12/2099 as a serial
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Year(), true
	}
	return 0, false
}

// asError returns err as a domain error for a note.
func asError(err error) *model.Error {
	if e, ok := err.(*model.Error); ok {
		return e
	}
	return model.Errorf(EInvalid, err.Error())
}
