// Package input makes text fields that are safe for Vietnamese typing.
//
// Unikey and EVKey compose a letter by sending Backspace (0x7F, or 0x08
// which arrives as ctrl+h) followed by the new letter, so a field must treat
// both as "delete one character" and must never bind them, or
// ctrl+backspace, to anything that deletes more. Text is normalised to NFC
// only when it is committed (model.NFC), never while it is typed: the IME
// counts the characters it has to erase.
package input

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
)

// New returns a text field with the IME-safe key map.
func New(prompt, placeholder string, isDark bool) textinput.Model {
	t := textinput.New()
	t.Prompt = prompt
	t.Placeholder = placeholder
	Restyle(&t, isDark)
	km := textinput.DefaultKeyMap()
	km.DeleteCharacterBackward = key.NewBinding(key.WithKeys("backspace", "ctrl+h"))
	km.DeleteWordBackward = key.NewBinding(key.WithKeys("alt+backspace", "ctrl+w"))
	t.KeyMap = km
	return t
}

// Restyle gives a field the styles of a dark or light background.
func Restyle(t *textinput.Model, isDark bool) {
	st := textinput.DefaultStyles(isDark)
	// A steady cursor: no blink timer firing twice a second on an office
	// PC, and screens that can be read back in tests and screen readers.
	st.Cursor.Blink = false
	t.SetStyles(st)
}
