package form

import (
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model/i18n"
	"thidua/tui/table"
)

// View renders the form as a framed box (the picker, while it is open).
// Everything is wrapped to the box; a hint or an error goes under its
// field.
func (m Model) View() string {
	if m.picker != nil {
		return m.picker.View()
	}
	paneWidth := max(30, m.width-2)
	inner := paneWidth - 4
	lw := m.labelWidth()
	indent := lw + 4
	if indent > inner/2 {
		indent = 4 // long labels: hints start near the left
	}
	under := func(st lipgloss.Style, text string) []string {
		wrapped := lipgloss.NewStyle().Width(max(10, inner-indent)).Render(text)
		var out []string
		for _, l := range strings.Split(wrapped, "\n") {
			out = append(out, strings.Repeat(" ", indent)+st.Render(l))
		}
		return out
	}
	var lines []string
	lines = append(lines, m.styles.Title.Render(table.Cut(m.title, inner)))
	if m.intro != "" {
		lines = append(lines, m.styles.Dim.Width(inner).Render(m.intro))
	}
	lines = append(lines, "")
	focusLine := 0
	for i, f := range m.fields {
		label := f.label + strings.Repeat(" ", lw-lipgloss.Width(f.label))
		mark := "  "
		if i == m.focus {
			mark = "› "
			focusLine = len(lines)
		}
		var value string
		if f.choices != nil {
			value = "‹ " + f.choices[f.choice] + " ›"
			if i == m.focus {
				value = m.styles.Table.Selected.Render(value)
			}
		} else {
			value = f.input.View()
		}
		lines = append(lines, mark+label+"  "+value)
		hint := f.hint
		if f.path != nil && i == m.focus {
			hint = strings.TrimPrefix(hint+" · "+i18n.T(m.lang, "form.pick_hint"), " · ")
		}
		if f.err != "" {
			lines = append(lines, under(m.styles.Error, f.err)...)
		} else if hint != "" && i == m.focus {
			lines = append(lines, under(m.styles.Dim, hint)...)
		}
	}
	lines = append(lines, "", m.styles.Dim.Render(table.Parts(m.footerParts(), " · ", inner)))
	// Scroll so that the focused field stays visible; the title and the
	// keys stay.
	if room := m.height - 2; room > 4 && len(lines) > room {
		last := lines[len(lines)-1]
		body := lines[1 : len(lines)-1]
		focusLine--
		n := room - 2
		start := min(max(0, focusLine-n/2), len(body)-n)
		lines = append(append([]string{lines[0]}, body[start:start+n]...), last)
	}
	return m.styles.Pane.Width(paneWidth).Render(strings.Join(lines, "\n"))
}

// footerParts are the form's keys, most needed first.
func (m Model) footerParts() []string {
	if len(m.fields) == 0 {
		return strings.Split(i18n.T(m.lang, "form.confirm_keys"), " · ")
	}
	return strings.Split(i18n.T(m.lang, "form.keys"), " · ")
}

func (m Model) labelWidth() int {
	w := 0
	for _, f := range m.fields {
		w = max(w, lipgloss.Width(f.label))
	}
	return w
}
