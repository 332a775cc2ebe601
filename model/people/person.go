package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// Sex is what the forms print in their "Nam/Nữ" column.
type Sex int

const (
	// SexUnknown: the list did not say; the forms leave the cell empty.
	SexUnknown Sex = iota
	// Male prints as "Nam".
	Male
	// Female prints as "Nữ".
	Female
)

var sexNames = [...]string{"", "male", "female"}

// String returns "", "male" or "female", the stored names.
func (s Sex) String() string {
	if s >= 0 && int(s) < len(sexNames) {
		return sexNames[s]
	}
	return "?"
}

// Localize implements i18n.Localizer: "Nam", "Nữ", or "" when unknown.
func (s Sex) Localize(l i18n.Lang) string {
	if s == Male || s == Female {
		return i18n.T(l, "sex."+s.String())
	}
	return ""
}

// ParseSex reads a stored name or what a list writes: "Nam", "Nữ", "nu",
// "M", "F", "x" is not a sex. The empty string is SexUnknown.
func ParseSex(s string) (Sex, bool) {
	switch strings.Trim(model.Fold(s), ".") {
	case "":
		return SexUnknown, true
	case "male", "nam", "m", "trai":
		return Male, true
	case "female", "nu", "f", "gai":
		return Female, true
	}
	return SexUnknown, false
}

// Limits of a person's fields: a name longer than MaxName is a paste of
// something else; a position longer than MaxPosition is a sentence.
const (
	MaxName      = 80
	MaxPosition  = 120
	MinBirthYear = 1900
	// MinWorkingAge is the youngest a member of staff can be (the Labour
	// Code's working age): a year of birth typed later than this many
	// years ago is a typing mistake.
	MinWorkingAge = 15
	MaxBirthYear  = 2100
)

// Person is one member of a unit's staff, with only what the printed forms
// need.
//
// Invariants (Validate): ID and Unit are set; Name is clean text (Clean),
// 1 to MaxName characters of letters, spaces, hyphens and apostrophes;
// Position is clean text of at most MaxPosition characters, possibly
// empty; Sex is one of the three values; BirthYear is 0 (not known) or a
// year from MinBirthYear to MaxBirthYear. Storage assigns ID; Unit is the
// id of the model.Unit the person works in.
type Person struct {
	ID        string
	Unit      string
	Name      string // "Nguyễn Văn An", family name first
	Position  string // "chức vụ": "Phó Trưởng phòng", "Chuyên viên"
	Sex       Sex
	BirthYear int
}

// Validate checks the invariants of a person before it is stored.
func (p *Person) Validate() error {
	if strings.TrimSpace(p.ID) == "" {
		return model.Errorf(ENoID, p.Name)
	}
	if strings.TrimSpace(p.Unit) == "" {
		return model.Errorf(ENoUnit, p.Name)
	}
	return p.validateFields()
}

// validateFields checks what a staff list gives (all but ID and Unit).
func (p *Person) validateFields() error {
	if err := ValidateName(p.Name); err != nil {
		return err
	}
	if p.Position != Clean(p.Position) {
		return model.Errorf(EBadText, p.Position)
	}
	if utf8.RuneCountInString(p.Position) > MaxPosition {
		return model.Errorf(EPositionLong, cut(p.Position, 40), MaxPosition)
	}
	if p.Sex < SexUnknown || p.Sex > Female {
		return model.Errorf(EBadSex, p.Name)
	}
	if p.BirthYear != 0 && (p.BirthYear < MinBirthYear || p.BirthYear > MaxBirthYear) {
		return model.Errorf(EBadBirthYear, p.BirthYear, p.Name)
	}
	return nil
}

// ValidateName checks a person's full name: clean, not empty, not too
// long, and made of letters ("Ksor H'Bla" and "Lê Thị Hồng-Nhung" are
// names; "Nguyễn Văn An 1985" is a name and a year in one cell).
func ValidateName(name string) error {
	if strings.TrimSpace(name) == "" {
		return model.Errorf(ENoName)
	}
	if name != Clean(name) {
		return model.Errorf(EBadText, name)
	}
	if utf8.RuneCountInString(name) > MaxName {
		return model.Errorf(ENameLong, cut(name, 40), MaxName)
	}
	for _, r := range name {
		if !nameRune(r) {
			return model.Errorf(ENameChars, name, string(r))
		}
	}
	return nil
}

func nameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == ' ' || r == '-' || r == '\'' || r == '’'
}

// Clean returns s as it is stored: invisible characters (zero-width
// spaces, soft hyphens, byte-order marks) and control characters dropped,
// no-break spaces and tabs made spaces, runs of spaces made one, trimmed,
// in Unicode normal form C.
func Clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || unicode.IsSpace(r):
			return ' '
		case unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return model.NFC(strings.Join(strings.Fields(s), " "))
}

// Recase writes a name typed all in capitals or all in small letters the
// way the forms print it ("NGUYỄN VĂN AN" → "Nguyễn Văn An", "h'bla" →
// "H'Bla"); a name in mixed case is someone's choice and is kept. It
// reports whether it changed anything.
func Recase(name string) (string, bool) {
	upper, lower := 0, 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper > 0 && lower > 0 || upper+lower < 2 {
		return name, false
	}
	var b strings.Builder
	start := true
	for _, r := range name {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '’'
	}
	out := b.String()
	return out, out != name
}

// cut shortens s to n characters for a message.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
