package scoring

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
)

// check validates the typed value as the store would, for an immediate
// message while typing: first what the cell takes at all (a character that
// cannot be part of a score is named at once), then the value.
func (m Model) check(c model.Criterion) string {
	if len(m.buf) == 0 {
		return ""
	}
	if msg := m.cellRefusal(); msg != "" {
		return msg
	}
	if _, _, err := model.Evaluate(c, string(m.buf), m.sheet.Rules.Step); err != nil {
		return model.Message(m.lang, err)
	}
	return ""
}

// isValueKey reports whether a key starts or continues a typed value: the
// characters a score or a rule's measure is made of (digits, a decimal
// comma or point, % and the / of actual/target), and the minus sign, which
// is refused with a word on deductions.
func isValueKey(msg tea.KeyPressMsg) bool {
	if !isText(msg) {
		return false
	}
	for _, r := range msg.Text {
		if !strings.ContainsRune("0123456789,.-/%", r) {
			return false
		}
	}
	return true
}

// narrowKey turns the full-width digits and signs some input methods type
// (８, ，, ．, ％, ／) into the ASCII ones they stand for: "８" typed in
// a score cell is 8, not a character silently dropped.
func narrowKey(msg tea.KeyPressMsg) tea.KeyPressMsg {
	if t := model.Narrow(msg.Text); t != msg.Text {
		msg.Text = t
		if r := []rune(t); len(r) == 1 {
			msg.Code = r[0]
		}
	}
	return msg
}

// stray reports whether a key types a character that is neither part of a
// value nor one of the sheet's commands (a space is harmless and ignored).
func (m Model) stray(msg tea.KeyPressMsg) bool {
	k := m.keys
	return isText(msg) && strings.TrimSpace(msg.Text) != "" &&
		!key.Matches(msg, k.Top, k.Bottom, k.Missing, k.Note, k.Evidence, k.Jump, k.Clear, k.Undo,
			k.Return, k.Answer, k.Stage, k.Details, k.Unit)
}

// isText reports whether a key types text (not a command with ctrl or
// alt, not a named key).
func isText(msg tea.KeyPressMsg) bool {
	return msg.Text != "" && !msg.Mod.Contains(tea.ModCtrl) && !msg.Mod.Contains(tea.ModAlt)
}

// cellRefusal says why what is typed in the cell cannot be a score or a
// rule's measure, naming the first character the cell does not take: only
// digits, one decimal mark per number, one "/" (actual/target) and a "%"
// at the end. "" when the characters are fine (the value is then checked
// against the criterion).
func (m Model) cellRefusal() string {
	var numberMarks, slashes int
	for i, r := range m.buf {
		last := i == len(m.buf)-1
		switch {
		case r >= '0' && r <= '9':
		case r == ',' || r == '.':
			numberMarks++
			if numberMarks > 1 {
				return i18n.T(m.lang, "scoring.two_marks", string(m.buf))
			}
		case r == '/':
			slashes++
			numberMarks = 0
			if slashes > 1 {
				return i18n.T(m.lang, "scoring.bad_char", "/", string(m.buf))
			}
		case r == '%' && last && slashes == 0:
		case r == '-':
			return i18n.T(m.lang, "scoring.minus", string(m.buf))
		default:
			return i18n.T(m.lang, "scoring.bad_char", string(r), string(m.buf))
		}
	}
	return ""
}

// paste types a pasted value into the focused cell, checked as if typed
// (a score copied from a spreadsheet cell comes with a line break, which
// is dropped); several values at once are refused with a word, never
// dropped in silence.
func (m Model) paste(s string) (Model, tea.Cmd) {
	if p := m.picker; p != nil { // a unit's name pasted into the picker's filter
		var cmd tea.Cmd
		p.filter, cmd = p.filter.Update(tea.PasteMsg{Content: s})
		p.apply()
		return m, cmd
	}
	s = strings.TrimSpace(s)
	if s == "" || m.sheet == nil {
		return m, nil
	}
	if strings.ContainsAny(s, "\r\n\t") {
		m.errMsg = i18n.T(m.lang, "scoring.paste_many")
		return m, nil
	}
	k := tea.KeyPressMsg{Text: model.Narrow(s), Code: []rune(s)[0]}
	if m.saving {
		m.pending = append(m.pending, k)
		return m, nil
	}
	return m.typeKey(k)
}
