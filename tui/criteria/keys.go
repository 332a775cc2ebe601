package criteria

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
)

// KeyMap are the criteria screen's keys.
type KeyMap struct {
	Up, Down, Top, Bottom                    key.Binding
	PrevVersion, NextVersion, NewDraft, Use  key.Binding
	AddAfter, AddChild, Edit, Delete         key.Binding
	MoveUp, MoveDown, Indent, Outdent, Issue key.Binding
	Import, ReadRule, Changes                key.Binding
	Stop                                     key.Binding // a file being read
}

// DefaultKeyMap returns the keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	b := func(keys []string, help, id string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, i18n.T(l, id)))
	}
	return KeyMap{
		Up:          b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:        b([]string{"down", "j"}, "↓/j", "key.down"),
		Top:         b([]string{"home", "g"}, "g", "key.top"),
		Bottom:      b([]string{"end", "G"}, "G", "key.bottom"),
		PrevVersion: b([]string{"["}, "[", "key.prev_version"),
		NextVersion: b([]string{"]"}, "]", "key.next_version"),
		NewDraft:    b([]string{"c"}, "c", "key.new_draft"),
		Use:         b([]string{"u"}, "u", "key.use_version"),
		AddAfter:    b([]string{"a"}, "a", "key.add_row"),
		AddChild:    b([]string{"A"}, "A", "key.add_child"),
		Edit:        b([]string{"e", "enter"}, "e", "key.edit"),
		Delete:      b([]string{"d"}, "d", "key.delete_row"),
		MoveUp:      b([]string{"K"}, "K", "key.move_up"),
		MoveDown:    b([]string{"J"}, "J", "key.move_down"),
		Indent:      b([]string{">"}, ">", "key.indent"),
		Outdent:     b([]string{"<"}, "<", "key.outdent"),
		Stop:        b([]string{"esc"}, "esc", "key.stop"),
		Issue:       b([]string{"i"}, "i", "key.issue"),
		Import:      b([]string{"o"}, "o", "key.import_file"),
		ReadRule:    b([]string{"r"}, "r", "key.read_rule"),
		Changes:     b([]string{"v"}, "v", "key.changes"),
	}
}
