package scoring

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
	"thidua/tui/keys"
)

// KeyMap are the scoring screen's keys. Digits, ',', '.', '/', '%' and '-'
// are typed into the focused cell; letters are commands.
type KeyMap struct {
	Save, Next, Prev, Up, Down, Top, Bottom key.Binding
	RowUp, RowDown                          key.Binding // the arrows: they also save a value typed
	Cancel, Erase, Clear                    key.Binding
	Note, Evidence, Jump, Missing           key.Binding
	Unit, Stage, Details, Undo              key.Binding
	Return, Answer                          key.Binding
	Legend                                  []key.Binding // status marks, for the full help
}

// DefaultKeyMap returns the keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	t := func(id string) string { return i18n.T(l, id) }
	return KeyMap{
		Save:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t("key.score_save"))),
		Next:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t("key.score_next"))),
		Prev:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t("key.score_prev"))),
		Up:       keys.Up(l),
		Down:     keys.Down(l),
		RowUp:    key.NewBinding(key.WithKeys("up")),
		RowDown:  key.NewBinding(key.WithKeys("down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", t("key.top"))),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", t("key.bottom"))),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("key.score_cancel"))),
		Erase:    key.NewBinding(key.WithKeys("backspace", "ctrl+h"), key.WithHelp("←", t("key.erase"))),
		Clear:    key.NewBinding(key.WithKeys("delete"), key.WithHelp("del", t("key.score_clear"))),
		Note:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t("key.note"))),
		Evidence: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", t("key.evidence"))),
		Jump:     key.NewBinding(key.WithKeys(":"), key.WithHelp(":", t("key.jump"))),
		Missing:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", t("key.missing"))),
		Unit:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", t("key.pick_unit"))),
		Stage:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t("key.stage"))),
		Details:  key.NewBinding(key.WithKeys("h"), key.WithHelp("h", t("key.history"))),
		Undo:     key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", t("key.undo"))),
		Return:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t("key.return_criterion"))),
		Answer:   key.NewBinding(key.WithKeys("a"), key.WithHelp("a", t("key.answer_return"))),
		Legend: []key.Binding{
			key.NewBinding(key.WithKeys(markSaved), key.WithHelp(markSaved, t("mark.saved"))),
			key.NewBinding(key.WithKeys(markMissing), key.WithHelp(markMissing, t("mark.missing"))),
			key.NewBinding(key.WithKeys(markNote), key.WithHelp(markNote, t("mark.note"))),
			key.NewBinding(key.WithKeys(markChanged), key.WithHelp(markChanged, t("mark.changed"))),
			key.NewBinding(key.WithKeys(markLocked), key.WithHelp(markLocked, t("mark.locked"))),
			key.NewBinding(key.WithKeys(markReturn), key.WithHelp(markReturn, t("mark.returned"))),
			key.NewBinding(key.WithKeys(markOverridden), key.WithHelp(markOverridden, t("mark.overridden"))),
		},
	}
}

// Status marks of a row. They are in the WGL4 set, so the classic Windows
// console fonts (Consolas, Lucida Console) draw them.
const (
	markSaved   = "√"
	markMissing = "○"
	markNote    = "¶"
	markChanged = "∆"
	markLocked  = "■"
	markReturn  = "↩" // returned by the leader, not answered yet
	// markOverridden: the leader changed the unit's signed self-score.
	markOverridden = "≠"
)

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	if m.dialog.Open() || m.picker != nil {
		return nil
	}
	if len(m.buf) > 0 {
		// A value is being typed: every key is the cell's but these.
		return []key.Binding{m.keys.Save, m.keys.Next, m.keys.Cancel, m.keys.Erase}
	}
	return []key.Binding{m.keys.Save, m.keys.Jump, m.keys.Missing, m.keys.Note, m.keys.Unit, m.keys.Stage, m.keys.Return,
		m.keys.Answer, m.keys.Undo}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Save, k.Next, k.Prev, k.Up, k.Down, k.Top, k.Bottom},
		{k.Cancel, k.Clear, k.Note, k.Evidence, k.Jump, k.Missing},
		{k.Unit, k.Stage, k.Details, k.Undo, k.Return, k.Answer},
		k.Legend,
	}
}
