package welcome

import (
	"strings"

	"thidua/model"
	"thidua/tui/form"
)

// unitField names the field of the unit form an error is about.
func unitField(err error) string {
	switch model.ErrorCode(err) {
	case model.EUnitNoName:
		return "name"
	}
	return "code"
}

// suggestCode makes an ASCII code from a name's initials ("Cụm thi đua số
// 3" → "CTDS3").
func suggestCode(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(model.Fold(name)) {
		r := []rune(w)
		if r[0] >= '0' && r[0] <= '9' {
			b.WriteString(w)
		} else if r[0] >= 'a' && r[0] <= 'z' {
			b.WriteRune(r[0] - 'a' + 'A')
		}
	}
	if b.Len() == 0 {
		return "KHOI"
	}
	return b.String()
}

// typedUnit is the unit a form holds; a short name or kind left out comes
// from the official name.
func typedUnit(f *form.Model) model.Unit {
	u := model.Unit{Code: model.NormalizeCode(f.Value("code")), Name: f.Value("name"), ShortName: f.Value("short"), Kind: f.Value("kind")}
	short, kind := model.SplitUnitName(u.Name)
	if u.ShortName == "" {
		u.ShortName = short
	}
	if u.Kind == "" {
		u.Kind = kind
	}
	return u
}
