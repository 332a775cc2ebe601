// Package keys holds the key bindings every screen shares, with their help
// in the person's language.
package keys

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
)

// Bind is a binding for keys whose help shows the first key and the
// message id in language l.
func Bind(l i18n.Lang, id string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], i18n.T(l, id)))
}

// Up moves up a list (↑ or k).
func Up(l i18n.Lang) key.Binding {
	return key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", i18n.T(l, "key.up")))
}

// Down moves down a list (↓ or j).
func Down(l i18n.Lang) key.Binding {
	return key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", i18n.T(l, "key.down")))
}
